"""Portal tests: HTTP clients on the public host and on a fleet business's own host."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

from tests.factories import FLEET

PUBLIC_HOST = "localhost"
OWNER_PASSWORD = "a-long-owner-password"


def tenant_host(schema_name: str) -> str:
    return f"{schema_name.replace('_', '-')}.localhost"


def owner_email(schema_name: str) -> str:
    spec = next(s for s in FLEET if s["schema_name"] == schema_name)
    return f"owner@{spec['schema_name'].replace('_', '-')}.example"


@pytest.fixture
def public_client(db) -> Client:
    return Client(HTTP_HOST=PUBLIC_HOST)


def _owner_client(schema_name: str) -> Client:
    with schema_context(schema_name):
        owner = get_user_model().objects.get(username=owner_email(schema_name))
        owner.set_password(OWNER_PASSWORD)
        owner.save()
        client = Client(HTTP_HOST=tenant_host(schema_name))
        client.force_login(owner)  # the session row lives in the business's own schema
    return client


@pytest.fixture
def dental_client(db) -> Client:
    """t_dental's owner, logged in on t_dental's host."""
    return _owner_client("t_dental")


@pytest.fixture
def law_client(db) -> Client:
    """t_law's owner, logged in on t_law's host."""
    return _owner_client("t_law")


@pytest.fixture
def anonymous_dental(db) -> Client:
    return Client(HTTP_HOST=tenant_host("t_dental"))
