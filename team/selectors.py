"""Reads of the business's team (inside the request's or socket's tenant schema)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone

from receptionist.errors import ApplicationError
from team.models import Role, TeamInvitation, TeamMember


def token_hash(token: str) -> str:
    return hashlib.sha256((token or "").encode("utf-8", "surrogatepass")).hexdigest()


def team_member_role(*, user: AbstractBaseUser | AnonymousUser) -> str | None:
    """The login's role here; None for visitors and for logins without one (removed)."""
    if not user.is_authenticated or not user.is_active:
        return None
    return TeamMember.objects.filter(user_id=user.pk).values_list("role", flat=True).first()


def team_member_get(*, user_id: int) -> TeamMember | None:
    """A colleague who may sign in here (a removed one is gone from the team)."""
    return TeamMember.objects.select_related("user").filter(
        user_id=user_id, user__is_active=True).first()


def team_members() -> list[TeamMember]:
    """The business's logins that may sign in, owners first."""
    return list(TeamMember.objects.select_related("user").filter(user__is_active=True)
                .order_by("-role", "user__username"))  # "owner" sorts after "front_desk"


def team_invitations_pending(*, now: datetime | None = None) -> list[TeamInvitation]:
    return list(TeamInvitation.objects.filter(accepted_at__isnull=True,
                                              expires_at__gt=now or timezone.now()))


def team_login_exists(*, email: str) -> bool:
    """Someone may already sign in here with this address (their username is their email)."""
    return get_user_model().objects.filter(username__iexact=email.strip(), is_active=True).exists()


def team_invitation_for_token(*, token: str, now: datetime | None = None) -> TeamInvitation:
    """The pending invitation the link carries; ApplicationError saying why it no longer works
    (forged, for another business, used, cancelled, replaced or expired)."""
    invitation = TeamInvitation.objects.filter(token_hash=token_hash(token)).first()
    if invitation is None or invitation.accepted_at is not None:
        raise ApplicationError("this invitation link no longer works: it was used, cancelled "
                               "or replaced by a newer one")
    if invitation.expires_at <= (now or timezone.now()):
        raise ApplicationError("this invitation link has expired")
    return invitation


def role_label(role: str) -> str:
    return Role(role).label if role in Role.values else role
