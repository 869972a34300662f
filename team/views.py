"""The team page (owners only: team/access.py) and the invitation link (anyone with it)."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from receptionist.errors import ApplicationError
from team.access import open_to_everyone
from team.forms import InviteForm, JoinForm, RoleForm
from team.models import Role
from team.selectors import (
    role_label,
    team_invitation_for_token,
    team_invitations_pending,
    team_member_get,
    team_members,
)
from team.services import (
    team_invitation_accept,
    team_invitation_cancel,
    team_invitation_create,
    team_invitation_send,
    team_member_remove,
    team_member_role_set,
)

logger = logging.getLogger(__name__)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def team(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation, token = team_invitation_create(
                email=form.cleaned_data["email"], role=form.cleaned_data["role"],
                invited_by=request.user)
        except ApplicationError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, _sentence(exc.message))
        else:
            link = request.build_absolute_uri(reverse("team-join", args=[token]))
            try:
                team_invitation_send(invitation=invitation, link=link,
                                     business_name=request.tenant.business_name)
            except OSError:  # the mail server refused or is down (smtplib's errors are OSErrors)
                logger.warning("invitation mail to %s not sent", invitation.email, exc_info=True)
                team_invitation_cancel(invitation_id=invitation.pk)
                form.add_error("email", "The invitation could not be mailed just now, so none "
                                        "was made; please try again in a few minutes.")
            else:
                messages.success(request, f"Invitation sent to {invitation.email} "
                                          f"({role_label(invitation.role).lower()}).")
                return redirect("team")
    return render(request, "portal/team.html", {
        "nav": "team", "form": form, "members": team_members(),
        "invitations": team_invitations_pending(), "roles": Role.choices, "now": timezone.now(),
    })


@require_POST
def team_member_role_change(request: HttpRequest, user_id: int) -> HttpResponse:
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Choose a role: {', '.join(Role.labels)}.")
        return redirect("team")
    if team_member_get(user_id=user_id) is None:
        raise Http404("no such colleague")
    try:
        member = team_member_role_set(user_id=user_id, role=form.cleaned_data["role"])
    except ApplicationError as exc:
        messages.error(request, _sentence(exc.message))
    else:
        messages.success(request, f"{member.user.get_username()} is now "
                                  f"{member.get_role_display().lower()}.")
        if member.user_id == request.user.pk and member.role != Role.OWNER:
            return redirect("dashboard")  # the team page is no longer theirs
    return redirect("team")


@require_POST
def team_member_remove_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if team_member_get(user_id=user_id) is None:
        raise Http404("no such colleague")
    try:
        user = team_member_remove(user_id=user_id)
    except ApplicationError as exc:
        messages.error(request, _sentence(exc.message))
    else:
        if user.pk == request.user.pk:  # an owner who removed themselves is logged out
            return redirect("login")
        messages.success(request, f"{user.get_username()} can no longer log in; they were "
                                  "logged out everywhere.")
    return redirect("team")


@require_POST
def team_invitation_cancel_view(request: HttpRequest, invitation_id: int) -> HttpResponse:
    try:
        invitation = team_invitation_cancel(invitation_id=invitation_id)
    except ApplicationError as exc:
        raise Http404(exc.message) from None
    messages.success(request, f"The invitation to {invitation.email} no longer works.")
    return redirect("team")


@open_to_everyone
def team_join(request: HttpRequest, token: str) -> HttpResponse:
    """The invitation link: the invited person chooses a password and is logged in."""
    try:
        invitation = team_invitation_for_token(token=token)
    except ApplicationError as exc:
        return render(request, "registration/team_join.html", {"problem": _sentence(exc.message)})
    model = get_user_model()
    form = JoinForm(model(username=invitation.email, email=invitation.email),
                    request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            user = team_invitation_accept(token=token, password=form.cleaned_data["new_password1"])
        except ApplicationError as exc:
            if exc.field is None:
                return render(request, "registration/team_join.html",
                              {"problem": _sentence(exc.message)})
            form.add_error("new_password1", _sentence(exc.message))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welcome to {request.tenant.business_name}'s portal. "
                                      f"You sign in with {user.get_username()}.")
            return redirect("dashboard")
    return render(request, "registration/team_join.html", {
        "form": form, "invitation": invitation, "role": role_label(invitation.role)})
