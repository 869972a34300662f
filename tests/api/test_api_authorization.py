"""Who may do what through the API, for every operation of /api/v1/ (issue 18, authorization
matrix): anonymous callers, the owner's and the front desk's tokens, read-only and read-write
keys; another business's token or key; a revoked key; an expired or tampered token. The
operations are read from the URL conf, so an endpoint added later is tested too (owners only
unless the table says otherwise, as in the portal). A refused request changes nothing."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from django_tenants.utils import schema_context
from rest_framework_simplejwt.tokens import AccessToken

from api.authentication import SCHEMA_CLAIM
from api.selectors import api_key_for_secret
from api.services import api_key_revoke
from calls.models import Appointment, CallbackMessage, Turn
from frontdesk.models import ReceptionistConfig
from tenants.models import Tenant
from tests.api.conftest import OTHER, SCHEMA, Api, jwt_for, key_for, owner
from tests.conftest import rolled_back
from tests.factories import colleague_create
from tests.portal.owner_login import make_call, make_turn

pytestmark = pytest.mark.django_db
EVERY, OWNERS = "owner and front desk", "owners"
OK, UNAUTHORIZED, FORBIDDEN = "answered", 401, 403

# (method, route): who may use it
TABLE: dict[tuple[str, str], str] = {
    ("get", "api/v1/calls/"): EVERY,
    ("get", "api/v1/calls/<str:call_id>/"): EVERY,
    ("get", "api/v1/calls/<str:call_id>/turns/<str:index>/recording/"): EVERY,
    ("get", "api/v1/appointments/"): EVERY,
    ("post", "api/v1/appointments/"): EVERY,
    ("get", "api/v1/appointments/<str:appointment_id>/"): EVERY,
    ("post", "api/v1/appointments/<str:appointment_id>/move/"): EVERY,
    ("post", "api/v1/appointments/<str:appointment_id>/cancel/"): EVERY,
    ("get", "api/v1/messages/"): EVERY,
    ("post", "api/v1/messages/<str:message_id>/handled/"): EVERY,
    ("get", "api/v1/settings/"): OWNERS,
    ("patch", "api/v1/settings/"): OWNERS,
    ("get", "api/v1/analytics/summary/"): EVERY,
    ("get", "api/v1/phone-numbers/"): OWNERS,
    ("post", "api/v1/phone-numbers/claim/"): OWNERS,
}
BODIES = {
    "api/v1/appointments/": {"starts_at": "2030-01-07T10:00:00-05:00", "caller_name": "Ann Lee",
                             "callback_number": "+15105550199"},
    "api/v1/appointments/<str:appointment_id>/move/": {"starts_at": "2030-01-08T10:00:00-05:00"},
    "api/v1/messages/<str:message_id>/handled/": {"handled": True},
    "api/v1/settings/": {"greeting": "Hello from {business_name}, via the API"},
}


def _operations() -> list[tuple[str, str]]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif (prefix + str(pattern.pattern)).startswith("api/v1/"):
                view = pattern.callback.view_class
                for method in ("get", "post", "put", "patch", "delete"):
                    if hasattr(view, method):
                        yield method, prefix + str(pattern.pattern)

    return sorted(set(walk(get_resolver("receptionist.urls_tenant").url_patterns)))


OPERATIONS = _operations()


def _forged(token: str, **claims) -> str:
    """The token with its claims changed and its signature kept: what a tamperer can make."""
    head, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data.update(claims)
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{head}.{forged}.{signature}"


@pytest.fixture(scope="module")
def credentials(django_db_setup, django_db_blocker):
    """Every kind of caller, made once (committed: each test's writes are rolled back)."""
    with django_db_blocker.unblock():
        desk = colleague_create(schema=SCHEMA, email="api-desk@example.com", role="front_desk")
        revoked = key_for(SCHEMA)
        with schema_context(SCHEMA):
            api_key_revoke(key_id=api_key_for_secret(secret=revoked).pk)
            expired = AccessToken.for_user(owner(SCHEMA))
            expired[SCHEMA_CLAIM] = SCHEMA
            expired.set_exp(from_time=timezone.now() - timedelta(hours=1))
        creds = {
            "anonymous": "",
            "owner's token": f"Bearer {jwt_for(SCHEMA)}",
            "front desk's token": f"Bearer {jwt_for(SCHEMA, desk)}",
            "read-only key": f"Api-Key {key_for(SCHEMA, 'read')}",
            "read-write key": f"Api-Key {key_for(SCHEMA, 'read_write')}",
            "another business's token": f"Bearer {jwt_for(OTHER)}",
            "another business's key": f"Api-Key {key_for(OTHER)}",
            "revoked key": f"Api-Key {revoked}",
            "expired token": f"Bearer {expired}",
            "tampered token": f"Bearer {_forged(jwt_for(OTHER), schema=SCHEMA)}",
        }
    yield creds
    with django_db_blocker.unblock():
        from api.models import ApiKey

        for schema in (SCHEMA, OTHER):
            with schema_context(schema):
                ApiKey.objects.all().delete()
                get_user_model().objects.filter(username="api-desk@example.com").delete()


def _expected(who: str, method: str, allowed: str) -> object:
    if who in ("anonymous", "another business's token", "another business's key",
               "revoked key", "expired token", "tampered token"):
        return UNAUTHORIZED
    if who == "front desk's token" and allowed == OWNERS:
        return FORBIDDEN
    if who == "read-only key" and method != "get":
        return FORBIDDEN
    return OK


@pytest.fixture
def world(fleet, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    audio = "calls/agent_audio/api/reply.wav"
    (tmp_path / audio).parent.mkdir(parents=True)
    (tmp_path / audio).write_bytes(b"RIFF....WAVEfmt audio")
    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(minutes=5))
    turn = make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time)
    with schema_context(SCHEMA):
        Turn.objects.filter(pk=turn.pk).update(agent_audio=audio)
        message = CallbackMessage.objects.create(call=call, caller_name="Ann",
                                                 callback_number="+15105550199", reason="x")
        start = timezone.now() + timedelta(days=3)
        appointment = Appointment.objects.create(
            caller_name="Ann Lee", callback_number="+15105550199", starts_at=start,
            ends_at=start + timedelta(minutes=30))
    return {"call_id": str(call.call_id), "index": "0", "message_id": str(message.pk),
            "appointment_id": str(appointment.pk)}


def _path(route: str, params: dict[str, str]) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: params[m.group(1)], route)


def _state() -> dict[str, object]:
    with schema_context(SCHEMA):
        return {
            "appointments": list(Appointment.objects.order_by("pk").values_list(
                "pk", "starts_at", "status")),
            "messages": list(CallbackMessage.objects.order_by("pk").values_list("pk", "handled")),
            "config": [model_to_dict(c) for c in ReceptionistConfig.objects.all()],
            "tenant": model_to_dict(Tenant.objects.get(schema_name=SCHEMA)),
        }


def test_the_table_names_only_operations_that_exist():
    assert set(TABLE) <= set(OPERATIONS), set(TABLE) - set(OPERATIONS)


@pytest.mark.parametrize(("method", "route"), OPERATIONS)
def test_each_caller_gets_what_the_table_says(world, credentials, method, route):
    """Each kind of caller: answered, 401 or 403 as the table says; a refusal changes nothing;
    never a server error."""
    allowed = TABLE.get((method, route), OWNERS)
    path = _path(route, world)
    for who, authorization in credentials.items():
        api = Api(SCHEMA, authorization)
        with rolled_back():
            before = _state()
            response = (api.get(path) if method == "get"
                        else api.send(method, path, BODIES.get(route, {})))
            expected = _expected(who, method, allowed)
            where = f"{who}: {method.upper()} {path} -> {response.status_code}"
            assert response.status_code < 500, where
            assert response["Content-Type"].startswith(("application/json", "audio/wav")), where
            if expected == OK:
                assert response.status_code not in (401, 403), where
            else:
                assert response.status_code == expected, where
                assert response.json()["detail"], where
                assert _state() == before, f"{where} changed something"


@pytest.mark.parametrize(("method", "route"), [op for op in OPERATIONS if "<" in op[1]])
def test_another_business_finds_none_of_this_business_objects(world, credentials, method,
                                                                route):
    """Another business's owner, on its own domain, with this business's ids: 404."""
    api = Api(OTHER, f"Bearer {jwt_for(OTHER)}")
    path = _path(route, world)
    with rolled_back():
        before = _state()
        response = (api.get(path) if method == "get"
                    else api.send(method, path, BODIES.get(route, {})))
        assert response.status_code == 404, (path, response.status_code, response.content)
        assert _state() == before
