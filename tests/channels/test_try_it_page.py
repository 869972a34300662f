"""The "Try it" page (/try/): its owner gets the call controls, nobody else does."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import Tenant

pytestmark = pytest.mark.django_db


def owner_client(schema: str, *, host_of: str | None = None) -> Client:
    """`schema`'s owner, logged in; on `host_of`'s domain when given (a stolen cookie)."""
    with schema_context(schema):
        owner = get_user_model().objects.get(username=f"owner@{schema.replace('_', '-')}.example")
        client = Client(HTTP_HOST=f"{schema.replace('_', '-')}.localhost")
        client.force_login(owner)
    if host_of:
        client.defaults["HTTP_HOST"] = f"{host_of.replace('_', '-')}.localhost"
    return client


def test_the_owner_gets_the_call_controls(fleet):
    response = owner_client("t_law").get("/try/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-ws-path="/ws/try/"' in page and "portal/try_it.js" in page
    assert 'id="try-start"' in page and "disabled" not in page.split('id="try-start"')[1][:30]
    assert "Thank you for calling Fleet Law" in page  # the greeting the caller will hear


def test_it_sends_anonymous_visitors_to_the_login_page(fleet):
    response = Client(HTTP_HOST="t-law.localhost").get("/try/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_another_business_owner_cannot_open_it(fleet):
    response = owner_client("t_vet", host_of="t_law").get("/try/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_lapsed_subscription_disables_the_call(fleet):
    Tenant.objects.filter(schema_name="t_law").update(
        subscription_status=Tenant.SubscriptionStatus.CANCELED)
    page = owner_client("t_law").get("/try/").content.decode()
    assert "subscription is not active" in page
    assert "disabled" in page.split('id="try-start"')[1][:30]
