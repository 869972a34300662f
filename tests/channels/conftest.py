"""WebSocket tests: real ASGI stack (Origin check, tenant by Host, session and login from the
tenant's schema), real channel layer (Redis when REDIS_URL is set), real PostgreSQL.

Consumers and the code under them write from asgiref's worker thread, outside the test's
rolled-back transaction, so logins and calls made here are committed and removed afterwards.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client
from django_tenants.utils import schema_context

from tests.agent_worker.conftest import thread_db_cleanup  # noqa: F401
from tests.voice.conftest import fake_providers  # noqa: F401


def domain_of(schema: str) -> str:
    from tenants.models import Domain

    return Domain.objects.get(tenant__schema_name=schema, is_primary=True).domain


def socket(path: str, host: str, *, session: str = "", origin: str | None = None
           ) -> WebsocketCommunicator:
    """A browser's WebSocket to `host`, from a page of `origin` (the same host by default)."""
    from receptionist.asgi import application

    headers = [(b"host", host.encode()), (b"origin", f"http://{origin or host}".encode())]
    if session:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={session}".encode()))
    return WebsocketCommunicator(application, path, headers=headers)


Login = Callable[[str], Awaitable[str]]


@pytest.fixture
async def owner_session(fleet) -> AsyncIterator[Login]:
    """Log a business's owner in on its own domain (Django's real login, in its schema) and
    return the session cookie's value."""
    made: list[tuple[str, str]] = []

    def login(schema: str) -> str:
        from django.contrib.auth import get_user_model

        with schema_context(schema):
            owner = get_user_model().objects.get(
                username=f"owner@{schema.replace('_', '-')}.example")
            client = Client(HTTP_HOST=domain_of(schema))
            client.force_login(owner)
            key = client.cookies[settings.SESSION_COOKIE_NAME].value
        made.append((schema, key))
        return key

    yield sync_to_async(login)

    def forget() -> None:
        from django.contrib.sessions.models import Session
        from django.db import connection

        for schema, key in made:
            with schema_context(schema):
                Session.objects.filter(session_key=key).delete()
        connection.close()
    await sync_to_async(forget)()


@pytest.fixture
async def hosts(fleet) -> dict[str, str]:
    return {schema: await sync_to_async(domain_of)(schema) for schema in fleet}


async def refused_with(comm: WebsocketCommunicator) -> tuple[dict, int]:
    """Connect a socket that is to be refused: (its error event, its close code)."""
    connected, _ = await comm.connect(timeout=10)
    assert connected  # accepted so that the page can be told why
    error = await comm.receive_json_from(timeout=5)
    closed = await comm.receive_output(timeout=5)
    assert closed["type"] == "websocket.close"
    return error, closed["code"]
