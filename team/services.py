"""Writes to the business's team: invitations, roles, removals.

A business always keeps an owner: every change that could take away the last one locks the
owners' rows first, so two owners demoting each other at the same moment cannot both succeed.
A removed login is deactivated and its password made unusable: Django then finds none of its
sessions valid (the session's password hash no longer matches), so every browser it was signed
in on is logged out at its next request, and its open sockets are told at once.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import connection, transaction
from django.utils import timezone

from receptionist.channels_tenant import team_login_changed
from receptionist.errors import ApplicationError
from team.models import Role, TeamInvitation, TeamMember
from team.selectors import role_label, team_invitation_for_token, team_login_exists, token_hash


def _role_check(role: str) -> str:
    if role not in Role.values:
        raise ApplicationError(f"unknown role {role!r}; choose one of: "
                               f"{', '.join(Role.labels)}", field="role")
    return role


def team_owner_add(*, user: AbstractBaseUser) -> TeamMember:
    """The login a business is created with is its first owner."""
    return TeamMember.objects.create(user=user, role=Role.OWNER)


@transaction.atomic
def team_invitation_create(*, email: str, role: str, invited_by: AbstractBaseUser | None,
                           now: datetime | None = None) -> tuple[TeamInvitation, str]:
    """A new invitation and the token its link carries (kept nowhere else). An earlier pending
    invitation for the same address stops working."""
    address = (email or "").strip().lower()
    try:
        validate_email(address)
    except ValidationError:
        raise ApplicationError(f"{email!r} is not a valid email address", field="email") from None
    _role_check(role)
    if team_login_exists(email=address):
        raise ApplicationError(f"{address} already has a login in this business; change its "
                               "role below instead", field="email")
    TeamInvitation.objects.filter(email=address, accepted_at__isnull=True).delete()
    token = secrets.token_urlsafe(32)
    invitation = TeamInvitation.objects.create(
        email=address, role=role, token_hash=token_hash(token), invited_by=invited_by,
        expires_at=(now or timezone.now()) + timedelta(days=settings.TEAM_INVITATION_DAYS))
    return invitation, token


def team_invitation_send(*, invitation: TeamInvitation, link: str, business_name: str) -> None:
    """Mail the invitation (the link is built by the caller, which knows the portal's host)."""
    inviter = invitation.invited_by.get_username() if invitation.invited_by else "The owner"
    send_mail(
        subject=f"You're invited to {business_name}'s receptionist portal",
        message=(f"{inviter} invited you to {business_name}'s AI receptionist portal as "
                 f"{role_label(invitation.role).lower()}.\n\nOpen this link to choose your "
                 f"password; you will sign in with this email address:\n\n{link}\n\n"
                 f"The link works once, for {settings.TEAM_INVITATION_DAYS} days. If you did "
                 f"not expect it, ignore this message."),
        from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[invitation.email])


@transaction.atomic
def team_invitation_accept(*, token: str, password: str,
                           now: datetime | None = None) -> AbstractBaseUser:
    """The invited person's login, with the password they chose. The invitation is locked and
    used up in the same transaction: of two submissions of one link only the first makes a
    login. A login removed earlier comes back with the new password and role."""
    invitation = team_invitation_for_token(token=token, now=now)
    invitation = TeamInvitation.objects.select_for_update().get(pk=invitation.pk)
    team_invitation_for_token(token=token, now=now)  # again, now that no one else can use it
    if team_login_exists(email=invitation.email):
        raise ApplicationError(f"{invitation.email} already has a login in this business; log "
                               "in with it")
    model = get_user_model()
    user = model.objects.filter(username__iexact=invitation.email).first() or model(
        username=invitation.email, email=invitation.email)
    try:
        password_validation.validate_password(password, user=user)
    except ValidationError as exc:
        raise ApplicationError(" ".join(exc.messages), field="new_password1") from None
    user.set_password(password)
    user.is_active = True
    user.save()
    TeamMember.objects.update_or_create(user=user, defaults={"role": invitation.role})
    invitation.accepted_at = now or timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


def team_invitation_cancel(*, invitation_id: int) -> TeamInvitation:
    invitation = TeamInvitation.objects.filter(pk=invitation_id,
                                               accepted_at__isnull=True).first()
    if invitation is None:
        raise ApplicationError("no such invitation")
    invitation.delete()
    return invitation


def _member_locked(user_id: int) -> TeamMember:
    """The member's row, with every owner's row locked (owner changes happen one at a time)."""
    list(TeamMember.objects.select_for_update().filter(role=Role.OWNER).order_by("pk"))
    member = TeamMember.objects.select_for_update().select_related("user").filter(
        user_id=user_id, user__is_active=True).first()
    if member is None:
        raise ApplicationError("no such colleague")
    return member


def _last_owner_check(member: TeamMember, doing: str) -> None:
    if member.role != Role.OWNER:
        return
    others = TeamMember.objects.filter(role=Role.OWNER, user__is_active=True).exclude(
        pk=member.pk).exists()
    if not others:
        raise ApplicationError(f"{member.user.get_username()} is this business's last owner and "
                               f"cannot be {doing}: make someone else an owner first")


@transaction.atomic
def team_member_role_set(*, user_id: int, role: str) -> TeamMember:
    member = _member_locked(user_id)
    _role_check(role)
    if role != Role.OWNER:
        _last_owner_check(member, "made front desk")
    member.role = role
    member.save(update_fields=["role", "updated_at"])
    schema = connection.schema_name
    transaction.on_commit(lambda: team_login_changed(schema=schema, user_id=user_id))
    return member


@transaction.atomic
def team_member_remove(*, user_id: int) -> AbstractBaseUser:
    """The colleague can no longer sign in; each of their sessions ends at once."""
    member = _member_locked(user_id)
    _last_owner_check(member, "removed")
    user = member.user
    user.is_active = False
    user.set_unusable_password()  # changes the sessions' hash: none of them is valid any more
    user.save(update_fields=["is_active", "password"])
    member.delete()
    schema = connection.schema_name
    transaction.on_commit(lambda: team_login_changed(schema=schema, user_id=user_id))
    return user
