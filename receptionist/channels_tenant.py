"""WebSockets on a business's own domain: the tenant from the Host header, the login from the
session cookie, both looked up where they live.

django-tenants resolves HTTP requests in its middleware; Channels has no equivalent, so the
socket's Host is looked up among the Domains (public schema) here and the tenant put on
``scope["tenant"]``. Sessions and logins live in each business's own schema, so the session
cookie is read inside that schema: a cookie from another business's domain finds no session
there and the socket stays anonymous.

`PortalSocket` is the base of the portal's sockets (Try it, the live feed): a refused socket is
accepted, told why in an ``error`` event and closed with 4401 (not logged in) or 4403 (no business
at this address, or a role the socket is not for: team/access.py), since a browser never sees
the reason of a refused handshake. A login removed or given another role while its sockets are
open is told so and its sockets that it may no longer use are closed at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse

from asgiref.sync import async_to_sync
from channels.auth import AuthMiddleware
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from channels.security.websocket import WebsocketDenier
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.contrib import auth
from django.contrib.auth.models import AnonymousUser
from django.http.request import split_domain_port
from django_tenants.utils import get_public_schema_name, remove_www, schema_context, tenant_context

from team.access import OWNERS
from team.selectors import team_member_role
from tenants.models import Domain, Tenant

logger = logging.getLogger(__name__)


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


@database_sync_to_async
def _login_state(tenant: Tenant, user_id: Any) -> tuple[bool, str | None]:
    """(the login may still sign in, its role) now, in its business's schema."""
    from django.contrib.auth import get_user_model

    with tenant_context(tenant):
        user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
        return user is not None, team_member_role(user=user) if user else None


def team_login_group(schema: str, user_id: Any) -> str:
    """The channel-layer group of one login's open sockets."""
    return f"team.{schema}.{user_id}"


def team_login_changed(*, schema: str, user_id: Any) -> None:
    """Tell a login's open sockets that it was removed or its role changed (each checks again
    and closes if it may no longer stay open)."""
    group_send_now(team_login_group(schema, user_id), {"type": "team.login_changed"})


_pending: set[asyncio.Task] = set()  # sends scheduled on a running loop, kept until done


def group_send_now(group: str, message: dict[str, Any]) -> None:
    """Send to a channel-layer group from sync code; a layer that is down costs a log line."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is not None:  # sync code on an event loop's own thread cannot block on the loop
        task = loop.create_task(layer.group_send(group, message))
        _pending.add(task)
        task.add_done_callback(_sent)
        return
    try:
        async_to_sync(layer.group_send)(group, message)
    except Exception:
        logger.warning("message to %s not delivered", group, exc_info=True)


def _sent(task: asyncio.Task) -> None:
    _pending.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.warning("channel-layer message not delivered", exc_info=task.exception())


class TenantAuthMiddleware(AuthMiddleware):
    """Channels' AuthMiddleware with the session and user read in the socket's tenant schema."""

    async def resolve_scope(self, scope: dict[str, Any]) -> None:
        scope["user"]._wrapped = await _tenant_user(scope)


def TenantAuthMiddlewareStack(inner: Any) -> Any:  # noqa: N802 (named like Channels' stacks)
    return TenantMiddleware(CookieMiddleware(SessionMiddleware(TenantAuthMiddleware(inner))))


# A server may close with 1000 or a code of 3000-4999 only (RFC 6455 7.4.2): daphne refuses any
# other (1011 raised inside it, and the socket stayed open with the page waiting).
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_BAD_INPUT = 4400  # after too many malformed messages
CLOSE_CALL_FAILED = 4503  # the test call could not start: every line busy, or a failed start
MAX_BAD_MESSAGES = 20
MAX_TEXT_CHARS = 4096


class PortalSocket(AsyncWebsocketConsumer):
    """A socket for one login of the business that owns the domain, whose role is in `roles`
    (the owners' alone unless a consumer says otherwise, like the portal's pages)."""

    roles: frozenset[str] = OWNERS
    what = "this"  # what the socket is, for the refusal ("Your role does not include ...")
    schema = ""
    login_group = ""
    bad_messages = 0

    async def connect(self) -> None:
        tenant = self.scope.get("tenant")
        user = self.scope.get("user")
        if tenant is None:
            await self.refuse(CLOSE_FORBIDDEN, "forbidden", "There is no business at this address.")
            return
        if user is None or not user.is_authenticated:
            await self.refuse(CLOSE_UNAUTHENTICATED, "unauthenticated",
                              "Log in to your portal first, then reload this page.")
            return
        refusal = await self.login_refusal()
        if refusal is not None:
            await self.refuse(*refusal)
            return
        self.schema = tenant.schema_name
        if self.channel_layer is not None:
            self.login_group = team_login_group(self.schema, user.pk)
            await self.channel_layer.group_add(self.login_group, self.channel_name)
        await self.admitted()

    async def login_refusal(self) -> tuple[int, str, str] | None:
        """Why this socket's login may not (or may no longer) use it; None when it may."""
        active, role = await _login_state(self.scope["tenant"], self.scope["user"].pk)
        if not active:
            return (CLOSE_UNAUTHENTICATED, "unauthenticated",
                    "You are no longer logged in to this portal.")
        if role not in self.roles:
            return (CLOSE_FORBIDDEN, "forbidden", f"Your role does not include {self.what}; "
                                                  "ask an owner of this business.")
        return None

    async def team_login_changed(self, message: dict[str, Any]) -> None:
        """The login was removed or its role changed: close if it may no longer use this."""
        refusal = await self.login_refusal()
        if refusal is not None:
            await self.login_ended(*refusal)

    async def login_ended(self, code: int, error: str, message: str) -> None:
        """The socket's login may no longer use it: say why and close."""
        await self.send_event({"type": "error", "code": error, "message": message})
        await self.close(code=code)

    async def disconnect(self, code: int) -> None:
        if self.login_group:
            await self.channel_layer.group_discard(self.login_group, self.channel_name)

    async def admitted(self) -> None:
        await self.accept()

    async def refuse(self, code: int, error: str, message: str) -> None:
        await self.accept()
        await self.send_event({"type": "error", "code": error, "message": message})
        await self.close(code=code)

    async def send_event(self, event: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(event))

    async def bad_input(self, code: str, message: str) -> None:
        """Say what was wrong and carry on; a client that keeps sending junk is closed."""
        self.bad_messages += 1
        await self.send_event({"type": "error", "code": code, "message": message})
        if self.bad_messages >= MAX_BAD_MESSAGES:
            await self.send_event({"type": "error", "code": "too_many_errors",
                                   "message": "Too many malformed messages; closing."})
            await self.close(code=CLOSE_BAD_INPUT)

    async def read_json(self, text_data: str) -> dict[str, Any] | None:
        if len(text_data) > MAX_TEXT_CHARS:
            await self.bad_input("too_large", f"Text messages hold at most {MAX_TEXT_CHARS} "
                                              "characters.")
            return None
        try:
            message = json.loads(text_data)
        except ValueError:
            await self.bad_input("bad_json", "Text messages must be JSON objects.")
            return None
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            await self.bad_input("bad_message", 'A message is a JSON object with a "type".')
            return None
        return message
