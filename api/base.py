"""What every API endpoint shares: authentication, roles, rate limits, JSON errors, and the
errors each documents in the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, JsonResponse
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.views import APIView

from api.authentication import ApiKeyAuthentication, SiteJWTAuthentication
from api.errors import ErrorSerializer, field_errors
from api.permissions import BusinessRole, Staff
from api.throttling import ApiRateThrottle
from team.access import EVERY_ROLE, OWNERS

__all__ = ["BusinessView", "StaffView", "EVERY_ROLE", "OWNERS", "PAGE", "int_id",
           "page_number", "responses"]

ALWAYS = (401, 403, 429)
PAGE_MAX = 100_000
PAGE = OpenApiParameter("page", int, description=f"From 1 to {PAGE_MAX}.")


def responses(ok: Any, *codes: int, status: int | tuple[int, str] = 200) -> dict[Any, Any]:
    """An operation's documented answers: `ok` under `status` (or (status, media type)), and
    JSON errors under each of `codes` and the ones every endpoint can give (401, 403, 429)."""
    documented: dict[Any, Any] = {status: ok}
    for code in (*codes, *ALWAYS):
        documented[code] = ErrorSerializer
    return documented


def int_id(value: str, what: str) -> int:
    """A path's id, or 404: ids are taken as strings so that any text gets a JSON answer."""
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise Http404(f"No such {what}.")
    return int(value)


def page_number(request: Request) -> int:
    """?page= of a list paged by number, or a 400 naming it."""
    raw = request.query_params.get("page", "1")
    if raw.isascii() and raw.isdigit() and len(raw) <= 6 and 1 <= int(raw) <= PAGE_MAX:
        return int(raw)
    raise field_errors({"page": [f"A page is a number from 1 to {PAGE_MAX}."]})


class _ApiView(APIView):
    throttle_classes = [ApiRateThrottle]

    def check_throttles(self, request: Request) -> None:
        """As DRF's, with the limit's own reason in the 429."""
        for throttle in self.get_throttles():
            if not throttle.allow_request(request, self):
                raise Throttled(wait=throttle.wait(),
                                detail=f"{getattr(throttle, 'reason', 'Too many requests')}.")


class BusinessView(_ApiView):
    """An endpoint on a business's domain, in its schema. `roles`: who may use it."""

    authentication_classes = [SiteJWTAuthentication, ApiKeyAuthentication]
    permission_classes = [BusinessRole]
    roles = OWNERS


class StaffView(_ApiView):
    """An endpoint of the staff API, on the public site."""

    authentication_classes = [SiteJWTAuthentication]
    permission_classes = [Staff]


def no_such_endpoint(request: HttpRequest) -> JsonResponse:
    """A path under /api/ without its trailing slash: a JSON 404 that says so, not Django's
    redirect (which drops a POST's body, and is a server error under DEBUG)."""
    path = request.path_info
    return JsonResponse({"detail": f"There is no API endpoint at {path}; the API's paths end "
                                   f"with a slash ({path}/)."}, status=404)
