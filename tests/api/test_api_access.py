"""Getting in (issue 18): tokens for a business's logins only on its own domain, throttled like
the portal's login; refresh tokens that end with the login; API keys made, shown once and
revoked by owners on the portal; limits per key and per business (429 with Retry-After); the
staff API for staff tokens only."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import schema_context

from api.models import ApiKey
from api.services import secret_hash
from tenants.models import Tenant
from tests.api.conftest import OTHER, SCHEMA, Api, jwt_for, key_for, owner, with_key
from tests.factories import colleague_create
from tests.portal.owner_login import anonymous_client, owner_client, tenant_domain

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-api-password"


@pytest.fixture
def owner_password(fleet):
    with schema_context(SCHEMA):
        user = owner(SCHEMA)
        user.set_password(PASSWORD)
        user.save()
    return user


def _login(schema: str, username: str, password: str):
    return Api(schema).post("/api/token/", {"username": username, "password": password})


# --- tokens ----------------------------------------------------------------------------------
def test_an_owner_logs_in_and_uses_the_token_on_their_own_domain_only(owner_password):
    response = _login(SCHEMA, "Owner@T-Dental.example", PASSWORD)
    assert response.status_code == 200, response.content
    tokens = response.json()
    assert Api(SCHEMA, f"Bearer {tokens['access']}").get("/api/v1/calls/").status_code == 200
    elsewhere = Api(OTHER, f"Bearer {tokens['access']}").get("/api/v1/calls/")
    assert elsewhere.status_code == 401 and "not issued on this site" in elsewhere.json()["detail"]
    assert _login(OTHER, "owner@t-dental.example", PASSWORD).status_code == 401


def test_a_wrong_password_is_refused_and_then_the_client_waits(owner_password, settings):
    settings.AXES_FAILURE_LIMIT = 3
    answers = [_login(SCHEMA, "owner@t-dental.example", "wrong").status_code for _ in range(3)]
    assert answers == [401, 401, 429]  # the third failure reaches the limit, as on the portal
    locked = _login(SCHEMA, "owner@t-dental.example", PASSWORD)
    assert locked.status_code == 429 and "Too many failed attempts" in locked.json()["detail"]
    assert int(locked["Retry-After"]) == settings.LOGIN_COOLOFF_MINUTES * 60


def test_a_refresh_token_gives_access_while_the_login_may_still_sign_in(fleet):
    desk = colleague_create(schema=SCHEMA, email="refresh-desk@example.com", role="front_desk")
    from api.tokens import tokens_issue

    with schema_context(SCHEMA):
        refresh = tokens_issue(user=desk)["refresh"]
    api = Api(SCHEMA)
    fresh = api.post("/api/token/refresh/", {"refresh": refresh})
    assert fresh.status_code == 200
    assert Api(SCHEMA, f"Bearer {fresh.json()['access']}").get("/api/v1/calls/").status_code \
        == 200
    assert Api(OTHER).post("/api/token/refresh/", {"refresh": refresh}).status_code == 401
    with schema_context(SCHEMA):
        desk.set_password("a-new-password-for-desk")
        desk.save()
    assert api.post("/api/token/refresh/", {"refresh": refresh}).status_code == 401
    assert api.post("/api/token/refresh/", {"refresh": "nonsense"}).status_code == 401


def test_a_removed_colleagues_token_opens_nothing(fleet):
    from team.services import team_member_remove

    desk = colleague_create(schema=SCHEMA, email="gone-desk@example.com", role="front_desk")
    token = jwt_for(SCHEMA, desk)
    with schema_context(SCHEMA):
        team_member_remove(user_id=desk.pk)
    assert Api(SCHEMA, f"Bearer {token}").get("/api/v1/calls/").status_code in (401, 403)


# --- API keys and their page -----------------------------------------------------------------
def test_an_owner_makes_a_key_sees_it_once_and_revokes_it(fleet):
    page = owner_client(SCHEMA)
    response = page.post("/api-keys/", {"name": "CRM sync", "scope": "read"})
    assert response.status_code == 200
    html = response.content.decode()
    secret = html.split('id="new-key-secret">')[1].split("<")[0]
    assert secret.startswith("rk_")
    with schema_context(SCHEMA):
        key = ApiKey.objects.get(name="CRM sync")
    assert key.secret_hash == secret_hash(secret) and secret not in key.secret_hash
    assert secret not in page.get("/api-keys/").content.decode()  # shown once
    api = Api(SCHEMA, f"Api-Key {secret}")
    assert api.get("/api/v1/calls/").status_code == 200
    assert api.post("/api/v1/appointments/1/cancel/").status_code == 403  # read-only
    assert page.post(f"/api-keys/{key.pk}/revoke/").status_code == 302
    refused = api.get("/api/v1/calls/")
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]


def test_making_and_revoking_a_key_is_in_the_activity_log_without_its_secret(fleet):
    from audit.models import AuditEntry

    page = owner_client(SCHEMA)
    html = page.post("/api-keys/", {"name": "Helpdesk", "scope": "read_write"}).content.decode()
    secret = html.split('id="new-key-secret">')[1].split("<")[0]
    with schema_context(SCHEMA):
        key = ApiKey.objects.get(name="Helpdesk")
    page.post(f"/api-keys/{key.pk}/revoke/")
    with schema_context(SCHEMA):
        entries = list(AuditEntry.objects.filter(object_repr__startswith="Helpdesk")
                       .order_by("timestamp"))
    assert [e.event for e in entries] == ["created", "updated"]
    assert entries[0].actor_label == "owner@t-dental.example"
    assert "revoked_at" in entries[1].changes_dict
    assert all(secret not in str(e.changes) and key.secret_hash not in str(e.changes)
               for e in entries)


def test_the_page_limit_answers_the_api_in_json(fleet, settings):
    settings.REQUEST_RATE_LIMIT_PER_CLIENT = 2
    api = with_key(SCHEMA)
    assert [api.get("/api/v1/messages/").status_code for _ in range(2)] == [200, 200]
    refused = api.get("/api/v1/messages/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "more than 2 requests" in refused.json()["detail"]


def test_the_key_page_is_the_owners_and_refuses_a_nameless_key(fleet):
    desk = colleague_create(schema=SCHEMA, email="keys-desk@example.com", role="front_desk")
    client = anonymous_client(SCHEMA)
    with schema_context(SCHEMA):
        client.force_login(get_user_model().objects.get(pk=desk.pk))
    assert client.get("/api-keys/").status_code == 403
    assert client.post("/api-keys/", {"name": "x", "scope": "read"}).status_code == 403
    response = owner_client(SCHEMA).post("/api-keys/", {"name": "  ", "scope": "admin"})
    assert response.status_code == 400
    with schema_context(SCHEMA):
        assert not ApiKey.objects.exists()


def test_another_business_cannot_revoke_this_business_key(fleet):
    secret = key_for(SCHEMA)
    with schema_context(SCHEMA):
        key = ApiKey.objects.get()
    assert owner_client(OTHER).post(f"/api-keys/{key.pk}/revoke/").status_code == 404
    assert Api(SCHEMA, f"Api-Key {secret}").get("/api/v1/calls/").status_code == 200


def test_a_key_stops_when_its_owner_is_no_longer_one(fleet):
    from team.services import team_member_role_set

    second = colleague_create(schema=SCHEMA, email="second-owner@example.com", role="owner")
    from api.services import api_key_create

    with schema_context(SCHEMA):
        _, secret = api_key_create(name="made by second", scope="read", created_by=second)
        team_member_role_set(user_id=second.pk, role="front_desk")
    assert Api(SCHEMA, f"Api-Key {secret}").get("/api/v1/calls/").status_code == 401


# --- rate limits -----------------------------------------------------------------------------
def test_a_key_over_its_limit_gets_a_429_with_retry_after(fleet, settings):
    settings.API_RATE_LIMIT_PER_KEY = 3
    api, other_key = with_key(SCHEMA), with_key(SCHEMA)
    assert [api.get("/api/v1/calls/").status_code for _ in range(3)] == [200] * 3
    refused = api.get("/api/v1/calls/")
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert "This key" in refused.json()["detail"]
    assert other_key.get("/api/v1/calls/").status_code == 200  # its own count


def test_a_business_over_its_limit_gets_a_429_and_the_others_do_not(fleet, settings):
    settings.API_RATE_LIMIT_PER_BUSINESS = 4
    keys = [with_key(SCHEMA) for _ in range(3)]
    statuses = [k.get("/api/v1/messages/").status_code for k in keys for _ in range(2)]
    assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}
    assert with_key(OTHER).get("/api/v1/messages/").status_code == 200


# --- staff API -------------------------------------------------------------------------------
@pytest.fixture
def staff_token(fleet):
    from api.tokens import tokens_issue

    with schema_context("public"):
        user = get_user_model().objects.create_user(username="api-staff", password=None,
                                                    is_staff=True)
        yield tokens_issue(user=user)["access"]


def _public(authorization: str = "") -> Api:
    api = Api(SCHEMA, authorization)
    api.client.defaults["HTTP_HOST"] = "localhost"
    return api


def test_staff_read_businesses_numbers_and_usage_and_set_subscriptions(staff_token):
    api = _public(f"Bearer {staff_token}")
    names = [b["schema_name"] for b in api.get("/api/staff/businesses/").json()["results"]]
    assert SCHEMA in names and "public" not in names
    assert api.get(f"/api/staff/businesses/{SCHEMA}/usage/", {"days": "30"}).status_code == 200
    assert api.get("/api/staff/numbers/", {"unassigned": "true"}).status_code == 200
    response = api.send("put", f"/api/staff/businesses/{SCHEMA}/subscription/",
                        {"subscription_status": "past_due", "plan": "pro"})
    assert response.status_code == 200, response.content
    tenant = Tenant.objects.get(schema_name=SCHEMA)
    assert (tenant.subscription_status, tenant.plan) == ("past_due", "pro")
    assert api.get("/api/staff/businesses/nobody/").status_code == 404
    bad = api.send("put", f"/api/staff/businesses/{SCHEMA}/subscription/",
                   {"subscription_status": "free forever"})
    assert bad.status_code == 400


def test_the_staff_api_is_for_staff_tokens_only(staff_token, fleet):
    assert _public().get("/api/staff/businesses/").status_code == 401
    owners_token = _public(f"Bearer {jwt_for(SCHEMA)}").get("/api/staff/businesses/")
    assert owners_token.status_code == 401
    key = _public(f"Api-Key {key_for(SCHEMA)}").get("/api/staff/businesses/")
    assert key.status_code == 401
    on_a_business = Api(SCHEMA, f"Bearer {staff_token}").get("/api/v1/calls/")
    assert on_a_business.status_code == 401
    with schema_context("public"):
        get_user_model().objects.create_user(username="not-staff", password=PASSWORD)
    assert _public().post("/api/token/", {"username": "not-staff", "password": PASSWORD}
                          ).status_code == 403
    assert tenant_domain(SCHEMA) != "localhost"
