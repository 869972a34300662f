"""Property 4 through the browser: an owner's portal shows their business and nothing else."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calls.models import Appointment, Call, CallbackMessage, Turn
from tests.conftest import rolled_back
from tests.factories import FLEET
from tests.portal.owner_login import make_call, make_turn, owner_client, page_json, tenant_domain

pytestmark = pytest.mark.django_db
SCHEMAS = [f["schema_name"] for f in FLEET]
AUDIO_NAME = "calls/agent_audio/isolation/reply.wav"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    path = tmp_path / AUDIO_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(b"RIFF....WAVEfmt secret audio")
    return path


@pytest.fixture
def owners(fleet):
    """Every fleet owner logged in on their own domain, once per test."""
    return {schema: owner_client(schema) for schema in SCHEMAS}


def _seed(schema: str, marker: str) -> dict[str, object]:
    """A call with everything the portal shows, each piece carrying `marker`."""
    now = timezone.now()
    call = make_call(schema=schema, start=now - timedelta(minutes=5), outcome="booked",
                     sentiment="positive", revenue="777.00", caller="+15105550199",
                     transcript=f"Caller: my code word is {marker}\nReceptionist: noted",
                     caller_name=f"Caller {marker}", summary=f"Summary {marker}",
                     analysed=True)
    turn = make_turn(schema=schema, call=call, index=0, at=call.start_time,
                     user_text=f"my code word is {marker}", total_latency_ms=654.0)
    with schema_context(schema):
        Turn.objects.filter(pk=turn.pk).update(agent_audio=AUDIO_NAME)
        Appointment.objects.create(call=call, caller_name=f"Visit {marker}",
                                   callback_number="+15105550199",
                                   starts_at=now + timedelta(days=1),
                                   ends_at=now + timedelta(days=1, minutes=30))
        message = CallbackMessage.objects.create(call=call, caller_name=f"Note {marker}",
                                                 callback_number="+15105550199",
                                                 reason=f"about {marker}", urgent=True)
    return {"call": call, "message": message}


def _portal(client, call_id: uuid.UUID, message_id: int) -> dict[str, object]:
    """Everything one owner can fetch that could show the other business's call."""
    return {
        "dashboard": client.get("/dashboard/?days=7"),
        "calls": client.get("/calls/"),
        "search": client.get("/calls/", {"q": "code word"}),
        "detail": client.get(f"/calls/{call_id}/"),
        "audio": client.get(f"/calls/{call_id}/turns/0/audio/"),
        "appointments": client.get("/appointments/"),
        "messages": client.get("/messages/?show=all"),
        "handled": client.post(f"/messages/{message_id}/handled/", {"handled": "1"}),
    }


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pair=st.lists(st.sampled_from(SCHEMAS), min_size=2, max_size=2, unique=True),
       marker=st.uuids().map(lambda u: f"m{u.hex[:12]}"))
def test_property_4_multi_tenant_data_isolation_in_the_portal(owners, media, pair, marker):
    """Property 4: for any client in the system, all call data, analytics, and configuration
    should be completely isolated from other clients, with no cross-client data leakage.

    At the web level: for any two businesses, the other owner's dashboard, calls list, search,
    call page, recordings, appointments and messages show nothing of this business's call,
    and its figures do not move; the business's own owner sees all of it."""
    writer, reader = pair
    with rolled_back():
        before = page_json(owners[reader].get("/dashboard/?days=7").content.decode(),
                           "dashboard-data")
        seeded = _seed(writer, marker)
        call, message = seeded["call"], seeded["message"]
        # a call of four days ago: its day is summed once and cached; the writer's own view
        # caches it first, and the reader must still never see it
        make_call(schema=writer, start=timezone.now() - timedelta(days=4), outcome="booked",
                  revenue="555.00")
        cache.clear()
        assert 555.0 in page_json(owners[writer].get("/dashboard/?days=7").content.decode(),
                                  "dashboard-data")["revenue"]

        seen = _portal(owners[reader], call.call_id, message.pk)
        for page in ("dashboard", "calls", "search", "appointments", "messages"):
            assert seen[page].status_code == 200, page
            html = seen[page].content.decode()
            assert marker not in html and str(call.call_id) not in html, page
        for page in ("detail", "audio", "handled"):
            assert seen[page].status_code == 404, page
        after = page_json(seen["dashboard"].content.decode(), "dashboard-data")
        assert after == before
        with schema_context(writer):
            assert not CallbackMessage.objects.get(pk=message.pk).handled

        own = owners[writer]
        assert marker in own.get("/calls/", {"q": "code word"}).content.decode()
        assert marker in own.get(f"/calls/{call.call_id}/").content.decode()
        assert own.get(f"/calls/{call.call_id}/turns/0/audio/").status_code == 200
        assert marker in own.get("/appointments/").content.decode()
        assert marker in own.get("/messages/").content.decode()
        assert sum(page_json(own.get("/dashboard/?days=7").content.decode(),
                             "dashboard-data")["revenue"]) >= 777.0 + 555.0


def test_an_owners_session_is_worth_nothing_on_another_business_domain(owners):
    """Sessions live in each business's schema: the same cookie on another domain is a
    stranger, sent to that business's login page."""
    from django.contrib.sessions.models import Session
    from django.test import Client

    key = owners["t_dental"].cookies["sessionid"].value
    with schema_context("t_dental"):
        assert Session.objects.filter(session_key=key).exists()
    with schema_context("t_law"):
        assert not Session.objects.filter(session_key=key).exists()
    stranger = Client(HTTP_HOST=tenant_domain("t_law"))
    stranger.cookies["sessionid"] = key
    for path in ("/dashboard/", "/calls/", "/messages/"):
        response = stranger.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/accounts/login/"), path


def test_another_owner_gets_404_for_this_business_call_and_recording(owners, media):
    seeded = _seed("t_vet", "vetonly")
    call = seeded["call"]
    assert owners["t_vet"].get(f"/calls/{call.call_id}/").status_code == 200
    assert owners["t_vet"].get(f"/calls/{call.call_id}/turns/0/audio/").status_code == 200
    assert owners["t_auto"].get(f"/calls/{call.call_id}/").status_code == 404
    assert owners["t_auto"].get(f"/calls/{call.call_id}/turns/0/audio/").status_code == 404
    found = owners["t_auto"].get("/calls/?q=vetonly").content.decode()
    assert str(call.call_id) not in found and "No calls match" in found
    with schema_context("t_auto"):
        assert not Call.objects.filter(call_id=call.call_id).exists()
