"""The API against its own OpenAPI schema (issue 18): schemathesis generates requests for every
operation the schema describes, valid ones and invalid ones, sends them to a real server
(`manage.py runserver`, tests/live_server.py) as the business's owner, and checks each answer:
never a server error, and every status, content type and body as the schema documents it.

The staff API (public site) is run the same way as a staff login. The server writes what it is
sent, so the requests go to a business of their own (`t_api_live`, made for this test and
dropped after it; its staff login is switched off). A fifth of the cases use the ids of real
rows (a call with a recorded turn, an appointment, a message, the business itself), so the
operations on one object get past "not found". Examples are limited per operation to keep the
run to a couple of minutes."""

from __future__ import annotations

import json
import os
import urllib.request
from collections.abc import Iterator
from datetime import timedelta

import pytest
import schemathesis
from django.conf import settings
from django.utils import timezone
from django_tenants.utils import schema_context
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.authentication import SCHEMA_CLAIM
from tests.browser.conftest import committed_write
from tests.live_server import runserver

pytestmark = pytest.mark.django_db
LIVE = "t_api_live"
EXAMPLES = 12  # per operation and per mode (valid, invalid)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


URLCONFS = {"business": "api.urls", "staff": "api.urls_staff"}

# schemathesis imports most of its OpenAPI support on first use, and pytest rewrites those
# modules as they are imported (schemathesis is a pytest plugin). Done inside the fixture, that
# compile ran deep in the stack and CPython 3.11.7 failed it on an embedded CI run ("SystemError:
# AST constructor recursion depth mismatch", every test of this module in error); loading them
# here, at collection, keeps the compile off the fixture's stack.
schemathesis.openapi.from_dict({"openapi": "3.0.0", "info": {"title": "load", "version": "1"},
                                "paths": {}})


def _operations(urlconf: str) -> list[tuple[str, str]]:
    described = SchemaGenerator(urlconf=urlconf).get_schema(request=None, public=True)
    return sorted((method.upper(), path) for path, item in described["paths"].items()
                  for method in item)


OPERATIONS = [(site, method, path) for site, urlconf in URLCONFS.items()
              for method, path in _operations(urlconf)]
STAFF = "api-live-staff"


def _make_business(media_root: str) -> dict[str, str]:
    from calls.models import Appointment, Call, CallbackMessage, Turn
    from tenants.models import Domain, Tenant
    from tenants.services import tenant_create

    old = Tenant.objects.filter(schema_name=LIVE).first()
    if old:  # left over by an interrupted run on a reused database
        old.delete(force_drop=True)
    tenant = tenant_create(schema_name=LIVE, business_name="API Live Dental",
                           profession="dental", owner_email="owner@t-api-live.example",
                           subscription_status=Tenant.SubscriptionStatus.ACTIVE)
    audio = "calls/agent_audio/live/reply.wav"
    os.makedirs(os.path.join(media_root, "calls/agent_audio/live"), exist_ok=True)
    with open(os.path.join(media_root, audio), "wb") as handle:
        handle.write(b"RIFF....WAVEfmt audio")
    now = timezone.now()
    with schema_context(LIVE):
        from django.contrib.auth import get_user_model

        call = Call.objects.create(client_id=LIVE, caller_number="+15105550100",
                                   start_time=now - timedelta(hours=1), status="completed",
                                   outcome="booked", sentiment="positive", summary="Booked.")
        Turn.objects.create(call=call, index=0, started_at=call.start_time, user_text="Hi",
                            agent_text="Hello", agent_audio=audio)
        start = now + timedelta(days=3)
        appointment = Appointment.objects.create(
            call=call, caller_name="Ann Lee", callback_number="+15105550199", starts_at=start,
            ends_at=start + timedelta(minutes=30))
        message = CallbackMessage.objects.create(call=call, caller_name="Ann Lee",
                                                 callback_number="+15105550199", reason="x")
        owner = get_user_model().objects.get(username="owner@t-api-live.example")
        refresh = RefreshToken.for_user(owner)
        refresh[SCHEMA_CLAIM] = LIVE
        access = refresh.access_token
        access.set_exp(lifetime=timedelta(minutes=30))
    # kept afterwards (deleting a public login reaches for the businesses' team tables)
    staff, _ = get_user_model().objects.update_or_create(
        username=STAFF, defaults={"is_staff": True, "is_active": True})
    staff_refresh = RefreshToken.for_user(staff)
    staff_refresh[SCHEMA_CLAIM] = "public"
    staff_access = staff_refresh.access_token
    staff_access.set_exp(lifetime=timedelta(minutes=30))
    return {"host": Domain.objects.get(tenant=tenant).domain, "token": str(access),
            "staff_token": str(staff_access),
            "call_id": str(call.call_id), "index": 0, "appointment_id": appointment.pk,
            "message_id": message.pk}


def _drop_business() -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth import get_user_model

    from tenants.models import Tenant

    for tenant in Tenant.objects.filter(schema_name=LIVE):
        tenant.delete(force_drop=True)
    get_user_model().objects.filter(username=STAFF).update(is_active=False, is_staff=False)
    for model in (AccessAttempt, AccessLog, AccessFailureLog):  # the token endpoint's guesses
        model.objects.filter(username__startswith=f"{LIVE}:").delete()


def _served(base: str, host: str) -> dict:
    """The schema as the server serves it on `host` (a business's, or the public site's)."""
    request = urllib.request.Request(f"{base}/api/schema/?format=json", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=120) as answer:
        assert answer.status == 200
        return json.loads(answer.read())


@pytest.fixture(scope="module")
def live(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[dict]:
    media = tmp_path_factory.mktemp("api-live-media")
    log = tmp_path_factory.mktemp("api-live") / "server.log"
    with django_db_blocker.unblock():
        world = committed_write(lambda: _make_business(str(media)))
        try:
            with runserver(log, MEDIA_ROOT=str(media), SECRET_KEY=settings.SECRET_KEY,
                           REQUEST_RATE_LIMIT_PER_CLIENT="0", REQUEST_RATE_LIMIT_PER_BUSINESS="0",
                           API_RATE_LIMIT_PER_KEY="0", API_RATE_LIMIT_PER_BUSINESS="0",
                           LOGIN_FAILURE_LIMIT="100000",
                           LOGIN_FAILURE_LIMIT_PER_IP="100000") as port:
                base = f"http://127.0.0.1:{port}"
                schemas = {site: schemathesis.openapi.from_dict(_served(base, host))
                           for site, host in (("business", world["host"]),
                                              ("staff", "localhost"))}
                yield {**world, "base": base, "schemas": schemas, "log": log}
        finally:
            committed_write(_drop_business)


def test_each_site_serves_the_schema_of_its_own_api(live):
    for site, schema in live["schemas"].items():
        described = {(site, m.upper(), p) for p, item in schema.raw_schema["paths"].items()
                     for m in item}
        assert described == {op for op in OPERATIONS if op[0] == site}
    business = live["schemas"]["business"].raw_schema
    assert {"jwt", "apiKey"} <= set(business["components"]["securitySchemes"])
    assert not any(p.startswith("/api/staff/") for p in business["paths"])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
@pytest.mark.parametrize(("site", "method", "path"), OPERATIONS)
def test_every_answer_matches_the_schema(live, site, method, path, mode):
    """The business's API as its owner; the staff API as staff."""
    operation = live["schemas"][site][path][method]
    ids = {"call_id": live["call_id"], "index": live["index"],
           "appointment_id": live["appointment_id"], "message_id": live["message_id"],
           "schema_name": LIVE}
    headers = ({"Host": live["host"], "Authorization": f"Bearer {live['token']}"}
               if site == "business" else
               {"Host": "localhost", "Authorization": f"Bearer {live['staff_token']}"})

    @given(case=operation.as_strategy(generation_mode=mode), real=st.integers(0, 4))
    @hypothesis_settings(max_examples=EXAMPLES, deadline=None, database=None,
                         derandomize=True, phases=[Phase.explicit, Phase.generate],
                         suppress_health_check=list(HealthCheck))
    def check(case, real):
        if real == 0 and case.path_parameters:
            case.path_parameters.update({k: v for k, v in ids.items()
                                         if k in case.path_parameters})
        response = case.call(base_url=live["base"], headers=headers, timeout=60)
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except Exception:
            print(live["log"].read_text()[-4000:])
            raise

    check()
