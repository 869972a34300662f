"""Issue 16, build item 13, the sockets: every WebSocket route (read from the routing, so a
socket added later is tested too) x visitors, the front desk, owners and another business's
login, from one table; and a login removed or made front desk loses its sockets at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.test import Client
from django_tenants.utils import schema_context

from frontdesk.try_it.consumers import TryItConsumer
from receptionist import channels_tenant
from receptionist.routing import websocket_urlpatterns
from tests.channels.conftest import domain_of, socket
from tests.factories import colleague_create

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thread_db_cleanup")]
SCHEMA, OTHER = "t_dental", "t_law"
OPEN = "accepted"
UNAUTHENTICATED, FORBIDDEN = 4401, 4403
ROLES = ("anonymous", "front_desk", "owner", "other business")

# route: what anonymous, front desk, owner, another business's login get
TABLE = {
    "ws/live/": (UNAUTHENTICATED, OPEN, OPEN, UNAUTHENTICATED),
    "ws/try/": (UNAUTHENTICATED, FORBIDDEN, OPEN, UNAUTHENTICATED),
}
OWNERS_ONLY = (UNAUTHENTICATED, FORBIDDEN, OPEN, UNAUTHENTICATED)  # a socket not in the table
ROUTES = sorted(str(p.pattern) for p in websocket_urlpatterns)

Login = Callable[[str, str, str], Awaitable[str]]


@pytest.fixture
async def login(fleet) -> AsyncIterator[Login]:
    """Log a login in on its business's domain (committed, like a real one: the consumers
    read it on their own threads) and return its session cookie; `role` "" is the existing
    owner, otherwise a new colleague with that role is made first. All removed afterwards."""
    made: list[tuple[str, str, int | None]] = []

    def log_in(schema: str, email: str, role: str) -> str:
        from django.contrib.auth import get_user_model

        if role:
            user = colleague_create(schema=schema, email=email, role=role)
        with schema_context(schema):
            user = get_user_model().objects.get(username=email)
            client = Client(HTTP_HOST=domain_of(schema))
            client.force_login(user)
            key = client.cookies[settings.SESSION_COOKIE_NAME].value
        made.append((schema, key, user.pk if role else None))
        return key

    yield sync_to_async(log_in)

    def forget() -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.sessions.models import Session
        from django.db import connection

        for schema, key, user_id in made:
            with schema_context(schema):
                Session.objects.filter(session_key=key).delete()
                if user_id is not None:
                    get_user_model().objects.filter(pk=user_id).delete()
        connection.close()
    await sync_to_async(forget)()


async def outcome(path: str, host: str, session: str) -> str | int:
    """OPEN, or the close code of a socket refused after its handshake."""
    comm = socket(path, host, session=session)
    connected, _ = await comm.connect(timeout=10)
    assert connected
    if await comm.receive_nothing(timeout=0.5):
        await comm.disconnect()
        return OPEN
    first = await comm.receive_json_from(timeout=5)
    if first["type"] != "error":  # Try it's hello
        await comm.disconnect()
        return OPEN
    closed = await comm.receive_output(timeout=5)
    assert closed["type"] == "websocket.close"
    return closed["code"]


async def sessions(login: Login) -> dict[str, str]:
    return {"anonymous": "",
            "front_desk": await login(SCHEMA, "desk@example.com", "front_desk"),
            "owner": await login(SCHEMA, "owner@t-dental.example", ""),
            "other business": await login(OTHER, "owner@t-law.example", "")}


@pytest.mark.parametrize("route", ROUTES)
async def test_each_role_gets_the_socket_the_table_says(login, route):
    host = await sync_to_async(domain_of)(SCHEMA)
    cookies = await sessions(login)
    expected = dict(zip(ROLES, TABLE.get(route, OWNERS_ONLY), strict=True))
    got = {who: await outcome(f"/{route}", host, cookies[who]) for who in ROLES}
    assert got == expected


async def test_the_table_names_every_socket_it_expects():
    assert set(TABLE) <= set(ROUTES)


@pytest.fixture
def quick_checks(monkeypatch):
    monkeypatch.setattr(TryItConsumer, "LOGIN_CHECK_SECONDS", 0.2)


async def _opened(path: str, host: str, session: str):
    comm = socket(path, host, session=session)
    assert (await comm.connect(timeout=10))[0]
    if path == "/ws/try/":
        assert (await comm.receive_json_from(timeout=5))["type"] == "hello"
    return comm


async def _closed_with(comm) -> int:
    error = await comm.receive_json_from(timeout=5)
    closed = await comm.receive_output(timeout=5)
    assert error["type"] == "error" and closed["type"] == "websocket.close"
    return closed["code"]


def _owner_change(action: str, email: str) -> None:
    from django.contrib.auth import get_user_model

    from team.services import team_member_remove, team_member_role_set

    with schema_context(SCHEMA):
        user_id = get_user_model().objects.get(username=email).pk
        if action == "remove":
            team_member_remove(user_id=user_id)
        else:
            team_member_role_set(user_id=user_id, role="front_desk")


async def test_a_removed_login_loses_its_open_sockets_at_once(login, quick_checks):
    host = await sync_to_async(domain_of)(SCHEMA)
    session = await login(SCHEMA, "second@example.com", "owner")
    live = await _opened("/ws/live/", host, session)
    try_it = await _opened("/ws/try/", host, session)

    await sync_to_async(_owner_change)("remove", "second@example.com")
    assert await asyncio.wait_for(_closed_with(live), 2) == UNAUTHENTICATED
    assert await asyncio.wait_for(_closed_with(try_it), 2) == UNAUTHENTICATED
    assert await outcome("/ws/live/", host, session) == UNAUTHENTICATED


async def test_an_owner_made_front_desk_keeps_the_live_feed_but_not_try_it(login, quick_checks):
    host = await sync_to_async(domain_of)(SCHEMA)
    session = await login(SCHEMA, "second@example.com", "owner")
    live = await _opened("/ws/live/", host, session)
    try_it = await _opened("/ws/try/", host, session)

    await sync_to_async(_owner_change)("demote", "second@example.com")
    assert await asyncio.wait_for(_closed_with(try_it), 2) == FORBIDDEN
    assert await live.receive_nothing(timeout=0.5)
    await live.send_json_to({"type": "ping"})
    assert (await live.receive_json_from(timeout=5))["type"] == "pong"
    await live.disconnect()


def test_every_close_code_is_one_a_server_may_send():
    """RFC 6455 7.4.2: an application closes with 1000 or 3000-4999. Daphne raises on any other
    code and leaves the socket open, the page waiting (Try it's 1011, issue 19); the in-process
    communicator of these tests does not check, a real server does
    (tests/channels/test_try_it_servers.py)."""
    codes = {name: code for name, code in vars(channels_tenant).items()
             if name.startswith("CLOSE_")}
    assert codes and all(c == 1000 or 3000 <= c <= 4999 for c in codes.values()), codes
