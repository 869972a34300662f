"""The API against its own OpenAPI schema (issue 18): schemathesis generates requests for every
operation the schema describes, valid ones and invalid ones, sends them to a real server
(`manage.py runserver`, tests/live_server.py) as the business's owner, and checks each answer:
never a server error, and every status, content type and body as the schema documents it.

The server writes what it is sent, so the requests go to a business of their own
(`t_api_live`, made for this test and dropped after it). A fifth of the cases use the ids of
real rows (a call with a recorded turn, an appointment, a message), so the operations on one
object get past "not found". Examples are limited per operation to keep the run to a couple of
minutes."""

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


def _operations() -> list[tuple[str, str]]:
    described = SchemaGenerator(urlconf="api.urls").get_schema(request=None, public=True)
    return sorted((method.upper(), path) for path, item in described["paths"].items()
                  for method in item)


OPERATIONS = _operations()


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
    return {"host": Domain.objects.get(tenant=tenant).domain, "token": str(access),
            "call_id": str(call.call_id), "index": 0, "appointment_id": appointment.pk,
            "message_id": message.pk}


def _drop_business() -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from tenants.models import Tenant

    for tenant in Tenant.objects.filter(schema_name=LIVE):
        tenant.delete(force_drop=True)
    for model in (AccessAttempt, AccessLog, AccessFailureLog):  # the token endpoint's guesses
        model.objects.filter(username__startswith=f"{LIVE}:").delete()


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
                request = urllib.request.Request(f"{base}/api/schema/?format=json",
                                                 headers={"Host": world["host"]})
                with urllib.request.urlopen(request, timeout=120) as answer:
                    assert answer.status == 200
                    served = json.loads(answer.read())
                yield {**world, "base": base, "schema": schemathesis.openapi.from_dict(served),
                       "log": log}
        finally:
            committed_write(_drop_business)


def test_the_schema_describes_every_api_operation(live):
    described = {(m.upper(), p) for p, item in live["schema"].raw_schema["paths"].items()
                 for m in item}
    assert described == set(OPERATIONS)
    assert {"jwt", "apiKey"} <= set(live["schema"].raw_schema["components"]["securitySchemes"])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_every_answer_matches_the_schema(live, method, path, mode):
    operation = live["schema"][path][method]
    ids = {"call_id": live["call_id"], "index": live["index"],
           "appointment_id": live["appointment_id"], "message_id": live["message_id"]}
    headers = {"Host": live["host"], "Authorization": f"Bearer {live['token']}"}

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
