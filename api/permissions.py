"""What a caller of the API may do: the portal's roles (team/access.py), and a key's scope.

On a business's domain every endpoint names the roles that may use it (`roles` on the view,
owners alone unless it says otherwise, as in the portal): the front desk has calls,
appointments, messages and the dashboard's figures; settings and phone numbers are the
owners'. An API key counts as an owner, and a read-only key may not write. The staff API is
for staff logins' tokens only."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from api.authentication import on_public_site
from api.models import ApiKey
from team.access import OWNERS
from team.selectors import team_member_role


class BusinessRole(BasePermission):
    message = "Your login's role does not include this."

    def has_permission(self, request: Request, view: Any) -> bool:
        if on_public_site() or not request.user or not request.user.is_authenticated:
            return False
        if isinstance(request.auth, ApiKey):
            if request.method not in SAFE_METHODS and not request.auth.can_write:
                self.message = "This API key is read-only."
                return False
            return True
        role = team_member_role(user=request.user)
        if role is None:
            self.message = "This login has no role in this business."
            return False
        return role in getattr(view, "roles", OWNERS)


class Staff(BasePermission):
    message = "The staff API is for staff logins."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return (on_public_site() and not isinstance(request.auth, ApiKey) and bool(user)
                and user.is_authenticated and user.is_active and user.is_staff)
