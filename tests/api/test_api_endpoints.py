"""What the API does (issue 18): the portal's reads and writes, through the same selectors and
services, answered in JSON; bad input is a 4xx with a reason that loses nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from analytics.selectors import dashboard_summary
from calls.appointments import available_slots
from calls.models import Appointment, Call, CallbackMessage
from frontdesk.call_config import call_config_get
from frontdesk.models import ReceptionistConfig
from tenants.models import PhoneNumber, Tenant
from tests.api.conftest import OTHER, SCHEMA, as_owner
from tests.portal.owner_login import make_call, make_turn

pytestmark = pytest.mark.django_db


def _slots(count: int = 2):
    config = call_config_get(SCHEMA)
    now = timezone.now()
    today = now.date()
    with schema_context(SCHEMA):
        return available_slots(config=config, day_from=today + timedelta(days=2),
                               day_to=today + timedelta(days=20), now=now, limit=count)


# --- calls -----------------------------------------------------------------------------------
def test_the_calls_list_pages_newest_first_by_cursor(fleet):
    start = timezone.now() - timedelta(days=1)
    made = [make_call(schema=SCHEMA, start=start + timedelta(minutes=i)) for i in range(30)]
    api = as_owner()
    first = api.get("/api/v1/calls/").json()
    assert [c["call_id"] for c in first["results"]] == [str(c.call_id) for c in made[::-1][:25]]
    assert first["count"] == 30 and first["newer"] is None
    second = api.get("/api/v1/calls/", {"before": first["older"]}).json()
    assert [c["call_id"] for c in second["results"]] == [str(c.call_id) for c in made[4::-1]]
    back = api.get("/api/v1/calls/", {"after": second["newer"]}).json()
    assert back["results"] == first["results"]


def test_the_calls_list_takes_the_portals_filters(fleet):
    now = timezone.now()
    booked = make_call(schema=SCHEMA, start=now - timedelta(hours=2), outcome="booked",
                       caller="+15105550123")
    make_call(schema=SCHEMA, start=now - timedelta(hours=1), outcome="information_only")
    api = as_owner()
    by_outcome = api.get("/api/v1/calls/", {"outcome": "booked"}).json()["results"]
    assert [c["call_id"] for c in by_outcome] == [str(booked.call_id)]
    by_caller = api.get("/api/v1/calls/", {"caller": "(510) 555-0123"}).json()["results"]
    assert [c["call_id"] for c in by_caller] == [str(booked.call_id)]


def test_a_bad_filter_or_cursor_is_a_400_naming_it(fleet):
    api = as_owner()
    response = api.get("/api/v1/calls/", {"outcome": "exploded", "date_from": "9999-99-99"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"outcome", "date_from"}
    response = api.get("/api/v1/calls/", {"before": "not-a-cursor"})
    assert response.status_code == 400 and "page link" in response.json()["detail"]


def test_a_call_comes_with_its_turns_summary_outcome_and_recording_link(fleet, settings,
                                                                         tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "calls/agent_audio/x").mkdir(parents=True)
    (tmp_path / "calls/agent_audio/x/r.wav").write_bytes(b"RIFF....WAVE")
    call = make_call(schema=SCHEMA, start=timezone.now(), outcome="booked",
                     summary="Booked a cleaning.", details=[{"field": "Insurance",
                                                             "value": "Delta"}])
    make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time,
              agent_audio="calls/agent_audio/x/r.wav")
    make_turn(schema=SCHEMA, call=call, index=1, at=call.start_time)
    api = as_owner()
    body = api.get(f"/api/v1/calls/{call.call_id}/").json()
    assert body["outcome"] == "booked" and body["summary"] == "Booked a cleaning."
    assert body["details"] == [{"field": "Insurance", "value": "Delta"}]
    assert [t["index"] for t in body["turns"]] == [0, 1]
    assert body["turns"][1]["recording"] is None
    link = body["turns"][0]["recording"]
    assert link.endswith(f"/api/v1/calls/{call.call_id}/turns/0/recording/")
    audio = api.get(link.split("testserver")[-1].split(".localhost")[-1])
    assert audio.status_code == 200 and b"".join(audio.streaming_content) == b"RIFF....WAVE"


@pytest.mark.parametrize("call_id", ["00000000-0000-0000-0000-000000000000", "not-a-uuid",
                                     "%00", "9" * 200])
def test_an_unknown_call_is_a_json_404(fleet, call_id):
    response = as_owner().get(f"/api/v1/calls/{call_id}/")
    assert response.status_code == 404 and response.json()["detail"] == "No such call."


# --- appointments ----------------------------------------------------------------------------
def test_a_booking_through_the_api_keeps_the_books_rules(fleet):
    slot, _ = _slots()
    api = as_owner()
    response = api.post("/api/v1/appointments/", {
        "starts_at": slot.starts_at.isoformat(), "caller_name": "Ann Lee",
        "callback_number": "(510) 555-0199", "reason": "a cleaning"})
    assert response.status_code == 201, response.content
    assert response.json()["callback_number"] == "+15105550199"
    again = api.post("/api/v1/appointments/", {
        "starts_at": slot.starts_at.isoformat(), "caller_name": "Bob Ray",
        "callback_number": "+15105550100"})
    assert again.status_code == 400 and "already booked" in again.json()["detail"]
    off_grid = api.post("/api/v1/appointments/", {
        "starts_at": (slot.starts_at + timedelta(minutes=7)).isoformat(),
        "caller_name": "Bob Ray", "callback_number": "+15105550100"})
    assert off_grid.status_code == 400 and off_grid.json()["errors"]["starts_at"]
    with schema_context(SCHEMA):
        assert Appointment.objects.filter(status="booked").count() == 1


def test_moving_books_the_new_slot_and_cancels_the_old_or_changes_nothing(fleet):
    first, second = _slots()
    api = as_owner()
    made = api.post("/api/v1/appointments/", {
        "starts_at": first.starts_at.isoformat(), "caller_name": "Ann Lee",
        "callback_number": "+15105550199"}).json()
    refused = api.post(f"/api/v1/appointments/{made['id']}/move/",
                       {"starts_at": (timezone.now() - timedelta(days=1)).isoformat()})
    assert refused.status_code == 400
    with schema_context(SCHEMA):
        assert Appointment.objects.get(pk=made["id"]).status == "booked"
    moved = api.post(f"/api/v1/appointments/{made['id']}/move/",
                     {"starts_at": second.starts_at.isoformat()})
    assert moved.status_code == 200, moved.content
    with schema_context(SCHEMA):
        assert Appointment.objects.get(pk=made["id"]).status == "cancelled"
        new = Appointment.objects.get(pk=moved.json()["id"])
    assert (new.status, new.starts_at, new.caller_name) == ("booked", second.starts_at, "Ann Lee")


def test_cancelling_is_harmless_twice_and_frees_the_slot(fleet):
    slot, _ = _slots()
    api = as_owner()
    made = api.post("/api/v1/appointments/", {
        "starts_at": slot.starts_at.isoformat(), "caller_name": "Ann Lee",
        "callback_number": "+15105550199"}).json()
    for _ in range(2):
        response = api.post(f"/api/v1/appointments/{made['id']}/cancel/")
        assert response.status_code == 200 and response.json()["status"] == "cancelled"
    rebooked = api.post("/api/v1/appointments/", {
        "starts_at": slot.starts_at.isoformat(), "caller_name": "Bob Ray",
        "callback_number": "+15105550100"})
    assert rebooked.status_code == 201
    assert api.post("/api/v1/appointments/999999999/cancel/").status_code == 404


def test_the_appointments_list_refuses_an_unknown_list_or_page(fleet):
    api = as_owner()
    assert api.get("/api/v1/appointments/", {"when": "past"}).status_code == 200
    assert api.get("/api/v1/appointments/", {"when": "someday"}).status_code == 400
    assert api.get("/api/v1/appointments/", {"page": "-1"}).status_code == 400


# --- messages --------------------------------------------------------------------------------
def test_a_message_is_marked_handled_and_leaves_the_open_list(fleet):
    with schema_context(SCHEMA):
        message = CallbackMessage.objects.create(caller_name="Ann", reason="call me",
                                                 callback_number="+15105550199")
    api = as_owner()
    assert [m["id"] for m in api.get("/api/v1/messages/").json()["results"]] == [message.pk]
    response = api.post(f"/api/v1/messages/{message.pk}/handled/", {"handled": True})
    assert response.status_code == 200 and response.json()["handled"] is True
    assert api.get("/api/v1/messages/").json()["results"] == []
    assert api.post(f"/api/v1/messages/{message.pk}/handled/",
                    {"handled": "maybe"}).status_code == 400


# --- settings --------------------------------------------------------------------------------
def test_settings_are_checked_as_the_settings_pages_check_them(fleet):
    api = as_owner()
    before = api.get("/api/v1/settings/").json()
    response = api.patch("/api/v1/settings/", {
        "greeting": "Hi {caller.__class__}", "booking_rules": {"max_days_ahead": 9999},
        "services": [{"name": "Cleaning"}, {"name": "cleaning"}]})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"greeting", "booking_rules", "services"}
    assert api.get("/api/v1/settings/").json() == before


def test_settings_saved_through_the_api_reach_the_next_call(fleet):
    api = as_owner()
    response = api.patch("/api/v1/settings/", {
        "greeting": "Hello from {business_name}!",
        "services": [{"name": "Whitening", "price_usd": 350, "duration_minutes": 60}],
        "business_hours": {"mon": [["08:00", "12:00"]]}, "timezone": "Europe/Paris"})
    assert response.status_code == 200, response.content
    config = call_config_get(SCHEMA)
    assert config.greeting.startswith("Hello from Fleet Dental")
    assert config.services[0]["name"] == "Whitening"
    assert config.timezone == "Europe/Paris" and config.business_hours["mon"] == [
        ["08:00", "12:00"]]


def test_the_voice_is_one_the_voice_page_offers(fleet):
    api = as_owner()
    refused = api.patch("/api/v1/settings/", {"voice": "piper:someone-else"})
    assert refused.status_code == 400 and refused.json()["errors"]["voice"]
    response = api.patch("/api/v1/settings/", {"voice": "kokoro:jm_kumo"})
    assert response.status_code == 200 and response.json()["voice"] == "kokoro:jm_kumo"
    assert (call_config_get(SCHEMA).voice_provider, call_config_get(SCHEMA).voice_id) == (
        "kokoro", "jm_kumo")


def test_a_refused_transfer_number_or_unknown_setting_is_a_400(fleet):
    api = as_owner()
    refused = api.patch("/api/v1/settings/", {"transfer_number": "+19005550100"})
    assert refused.status_code == 400 and refused.json()["errors"]["transfer_number"]
    unknown = api.patch("/api/v1/settings/", {"voice_id": "x", "secret": 1})
    assert unknown.status_code == 400 and "voice_id" in unknown.json()["errors"]
    with schema_context(SCHEMA):
        assert ReceptionistConfig.objects.get().transfer_number == ""


# --- figures and numbers --------------------------------------------------------------------
def test_the_summary_is_the_dashboards(fleet):
    make_call(schema=SCHEMA, start=timezone.now() - timedelta(hours=1), outcome="booked",
              revenue="120")
    body = as_owner().get("/api/v1/analytics/summary/", {"days": "7"}).json()
    with schema_context(SCHEMA):
        summary = dashboard_summary(tz_name=Tenant.objects.get(schema_name=SCHEMA).timezone,
                                    days=7)
    assert (body["calls"], body["answered"], body["outcomes"]["booked"]) == (
        summary.calls, summary.answered, summary.outcomes["booked"])
    assert body["revenue"] == f"{summary.revenue:.2f}" and len(body["days"]) == 7
    assert as_owner().get("/api/v1/analytics/summary/", {"days": "8"}).status_code == 400


def test_phone_numbers_are_the_businesss_own(fleet):
    mine = PhoneNumber.objects.create(e164="+14155550111", tenant=fleet[SCHEMA])
    PhoneNumber.objects.create(e164="+14155550112", tenant=fleet[OTHER])
    body = as_owner().get("/api/v1/phone-numbers/").json()
    assert mine.e164 in [n["e164"] for n in body]
    assert "+14155550112" not in [n["e164"] for n in body]


def test_a_business_without_a_number_claims_one_from_the_pool_once(fleet):
    PhoneNumber.objects.filter(tenant=fleet[SCHEMA]).update(tenant=None)
    PhoneNumber.objects.create(e164="+14155550177", label="pool")
    api = as_owner()
    claimed = api.post("/api/v1/phone-numbers/claim/")
    assert claimed.status_code == 201, claimed.content
    assert PhoneNumber.objects.get(e164=claimed.json()["e164"]).tenant == fleet[SCHEMA]
    again = api.post("/api/v1/phone-numbers/claim/")
    assert again.status_code == 400 and "already answers" in again.json()["detail"]


def test_a_body_that_is_not_json_is_a_4xx(fleet):
    api = as_owner()
    response = api.client.post("/api/v1/appointments/", "caller_name=Ann",
                               content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415 and response.json()["detail"]
    response = api.client.patch("/api/v1/settings/", "{not json", content_type="application/json")
    assert response.status_code == 400 and response.json()["detail"]
    response = api.patch("/api/v1/settings/", ["a", "list"])
    assert response.status_code == 400


@pytest.mark.parametrize("method", ["get", "post", "patch"])
def test_a_path_without_its_slash_is_a_json_404_not_a_redirect(fleet, method):
    api = as_owner()
    response = api.get("/api/v1/calls") if method == "get" else api.send(method, "/api/v1/calls")
    assert response.status_code == 404 and "/api/v1/calls/" in response.json()["detail"]


def test_call_rows_of_another_business_never_show(fleet):
    theirs = make_call(schema=OTHER, start=timezone.now())
    body = as_owner().get("/api/v1/calls/").json()
    assert str(theirs.call_id) not in [c["call_id"] for c in body["results"]]
    with schema_context(SCHEMA):
        assert not Call.objects.filter(call_id=theirs.call_id).exists()
