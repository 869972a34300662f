from __future__ import annotations

from functools import reduce
from operator import or_

from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    """What a login may do. Owners: everything. Front desk: calls, appointments, messages and
    the live feed (team/access.py has the list)."""

    OWNER = "owner", "Owner"
    FRONT_DESK = "front_desk", "Front desk"


# role = 'owner' OR role = 'front_desk': PostgreSQL reads back an IN (...) check differently from
# how it wrote it, and new schemas are copies of the template's definitions (tenants/schema_clone)
ROLE_KNOWN = reduce(or_, (models.Q(role=role) for role in Role.values))


class TeamMember(models.Model):
    """A login's role in this business. A login without one (removed, or made outside the
    portal) opens no portal page."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                primary_key=True, related_name="team_member")
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=ROLE_KNOWN, name="team_member_role_known")]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class TeamInvitation(models.Model):
    """An emailed link that lets one person make their login here, once, until it expires.

    Only a hash of the link's token is kept: a copy of the database opens no account.
    """

    email = models.EmailField()
    role = models.CharField(max_length=20, choices=Role.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=ROLE_KNOWN,
                                              name="team_invitation_role_known")]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_role_display()})"
