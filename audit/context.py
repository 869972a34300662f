"""Who is acting and from where, for every audit entry written while a request is served.

The request is kept in a context variable for the length of the request; an entry written
outside any request (a background job, a management command) is the system's.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django_tenants.utils import get_public_schema_name, schema_context

from receptionist.limits import client_ip

USER_AGENT_CHARS = 300
_request: ContextVar[HttpRequest | None] = ContextVar("audit_request", default=None)


class AuditContextMiddleware:
    """After the authentication middleware: entries written during the request name its user,
    client address and user agent."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def request_schema(request: HttpRequest) -> str:
    """The schema the request's user and session live in (the host's business, or public)."""
    tenant = getattr(request, "tenant", None)
    return getattr(tenant, "schema_name", None) or connection.schema_name


def _request_user(request: HttpRequest, schema: str) -> Any:
    """request.user, loaded from the request's own schema even while a service works in another
    (a lazy user read there would look for the session in the wrong schema)."""
    if connection.schema_name == schema:
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else None
    with schema_context(schema):
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else None


def entry_fields(*, request: HttpRequest | None = None, user: Any = None) -> dict[str, Any]:
    """Who and from where, as AuditEntry fields. `actor` (a foreign key to the schema's own
    users) only when the entry is written in the schema the user lives in."""
    request = request if request is not None else _request.get()
    if request is None:
        return {"actor_label": "system"}
    schema = request_schema(request)
    if user is None or not getattr(user, "is_authenticated", False):
        user = _request_user(request, schema)
    fields: dict[str, Any] = {
        "remote_addr": client_ip(request),
        "user_agent": request.META.get("HTTP_USER_AGENT", "").replace("\x00", "")[
            :USER_AGENT_CHARS],
        "actor_label": "anonymous",
    }
    if user is not None:
        name = user.get_username()
        fields["actor_label"] = (f"staff: {name}" if schema == get_public_schema_name()
                                 else name)[:200]
        if connection.schema_name == schema:
            fields["actor"] = user
    return fields
