"""Who may open which portal page: every page is the owners' unless marked otherwise.

`TeamAccessMiddleware` checks each request on a business's domain before its view runs: a page
marked `open_to_everyone` (logging in, resetting a password, accepting an invitation) is
anyone's; any other page sends visitors to the login page, and refuses (403) a login whose role
the page is not marked for. A page added without a mark is thus the owners' alone until
someone decides the front desk may have it too.

The front desk answers to callers: calls, appointments, messages and the dashboard with its
live feed. It has no settings, phone numbers, voice cloning, team page, plan or billing, and
no Try it: Try it is how an owner checks settings the front desk cannot change, it holds the
business's one test line (TRY_IT_MAX_CALLS_PER_BUSINESS), so a colleague's test call would
keep the owner from checking a change, and it runs on the paid cloud providers when set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from team.models import Role
from team.selectors import team_member_role

OWNERS = frozenset({Role.OWNER.value})
EVERY_ROLE = frozenset(Role.values)

View = Callable[..., Any]


def front_desk_allowed(view: View) -> View:
    """Mark a page the front desk may open as well as the owners."""
    view.team_roles = EVERY_ROLE
    return view


def open_to_everyone(view: View) -> View:
    """Mark a page anyone may open, logged in or not, whatever their role (account pages)."""
    view.team_open = True
    return view


def view_roles(view: View) -> frozenset[str] | None:
    """The roles that may open `view`; None when anyone may."""
    if getattr(view, "team_open", False):
        return None
    return getattr(view, "team_roles", OWNERS)


class TeamAccessMiddleware:
    """Puts the login's role on ``request.team_role`` and enforces `view_roles` on a business's
    domain (the public site's admin has its own staff check)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.team_role = (team_member_role(user=request.user) if _on_a_business(request)
                             else None)
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: View, args: Any, kwargs: Any
                     ) -> HttpResponse | None:
        if not _on_a_business(request):
            return None
        roles = view_roles(view)
        if roles is None:
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.team_role not in roles:
            raise PermissionDenied("Your login's role does not include this page.")
        return None


def _on_a_business(request: HttpRequest) -> bool:
    tenant = getattr(request, "tenant", None)
    return tenant is not None and tenant.schema_name != settings.PUBLIC_SCHEMA_NAME
