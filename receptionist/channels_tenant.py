"""WebSockets on a business's own domain: the tenant from the Host header, the login from the
session cookie, both looked up where they live.

django-tenants resolves HTTP requests in its middleware; Channels has no equivalent, so the
socket's Host is looked up among the Domains (public schema) here and the tenant put on
``scope["tenant"]``. Sessions and logins live in each business's own schema, so the session
cookie is read inside that schema: a cookie from another business's domain finds no session
there and the socket stays anonymous.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse

from channels.auth import AuthMiddleware
from channels.db import database_sync_to_async
from channels.security.websocket import WebsocketDenier
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.contrib import auth
from django.contrib.auth.models import AnonymousUser
from django.http.request import split_domain_port
from django_tenants.utils import get_public_schema_name, remove_www, schema_context, tenant_context

from tenants.models import Domain, Tenant


def _header(scope: dict[str, Any], name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin1")
    return ""


def host_name(host: str) -> str:
    """`Host` header -> the domain name django-tenants routes by (no port, no www.)."""
    domain, _port = split_domain_port(host.strip())
    return remove_www(domain)


def tenant_for_host(host: str) -> Tenant | None:
    """The business whose domain `host` is; None for unknown hosts and the public site."""
    name = host_name(host)
    if not name:
        return None
    with schema_context(get_public_schema_name()):
        domain = Domain.objects.select_related("tenant").filter(domain=name).first()
    if domain is None or domain.tenant.schema_name == get_public_schema_name():
        return None
    return domain.tenant


class TenantMiddleware:
    """Puts the socket's business (or None) on ``scope["tenant"]``.

    A socket must also come from a page of the same site it connects to: the Origin's host name
    must equal the Host's. The Origin allow-list (ALLOWED_HOSTS) admits every business's
    domain, and a page on one of them has no business opening a socket to another's.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        if scope["type"] != "websocket":
            return await self.inner(scope, receive, send)
        host = _header(scope, b"host")
        origin = _header(scope, b"origin")
        if origin and host_name(urlparse(origin).netloc) != host_name(host):
            return await WebsocketDenier()(scope, receive, send)
        tenant = await database_sync_to_async(tenant_for_host)(host)
        return await self.inner(dict(scope, tenant=tenant), receive, send)


@database_sync_to_async
def _tenant_user(scope: dict[str, Any]) -> Any:
    tenant = scope.get("tenant")
    if tenant is None:
        return AnonymousUser()
    with tenant_context(tenant):  # django_session and auth_user of this business
        return auth.get_user(SimpleNamespace(session=scope["session"]))


class TenantAuthMiddleware(AuthMiddleware):
    """Channels' AuthMiddleware with the session and user read in the socket's tenant schema."""

    async def resolve_scope(self, scope: dict[str, Any]) -> None:
        scope["user"]._wrapped = await _tenant_user(scope)


def TenantAuthMiddlewareStack(inner: Any) -> Any:  # noqa: N802 (named like Channels' stacks)
    return TenantMiddleware(CookieMiddleware(SessionMiddleware(TenantAuthMiddleware(inner))))
