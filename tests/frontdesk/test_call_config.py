"""The one call configuration: every setting the owner can change on the settings pages reaches
the configuration the next call runs on, and the booking rules bind a real call end to end."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import timedelta

import pytest
from django import forms as django_forms
from django_tenants.utils import schema_context

from agent_worker.flows import FlowRunner
from calls.models import Appointment
from frontdesk import forms as settings_forms
from frontdesk.call_config import CallConfig, call_config_get
from tests.agent_worker.flow_support import TUESDAY_9AM, call_flow
from tests.frontdesk.test_settings_pages import _rows, _week

pytestmark = pytest.mark.django_db

Check = Callable[[CallConfig], bool]


def _monday(config: CallConfig, interval: int, end: int) -> str | None:
    spans = config.business_hours.get("mon") or []
    return spans[interval][end] if interval < len(spans) else None


# (form, field) -> (page, what the owner posts, what the next call must then carry).
# A field added to a settings form without a row here fails the completeness test below.
REACHES: dict[tuple[str, str], tuple[str, dict, Check]] = {
    ("GreetingForm", "greeting"): (
        "/settings/greeting/", {"greeting": "Howdy from {business_name}."},
        lambda c: c.greeting == "Howdy from Fleet Dental."),
    ("GreetingForm", "address"): (
        "/settings/greeting/", {"greeting": "", "address": "12 Elm Street, Springfield"},
        lambda c: c.address == "12 Elm Street, Springfield"),
    ("GreetingForm", "directions"): (
        "/settings/greeting/", {"greeting": "", "address": "12 Elm Street",
                                "directions": "Park behind the bakery"},
        lambda c: c.directions.startswith("Park behind the bakery")),
    ("ServiceForm", "name"): (
        "/settings/services/", _rows("services", [{"name": "Whitening", "price_usd": "",
                                                   "duration_minutes": ""}]),
        lambda c: [s["name"] for s in c.services] == ["Whitening"]),
    ("ServiceForm", "price_usd"): (
        "/settings/services/", _rows("services", [{"name": "Whitening", "price_usd": "249",
                                                   "duration_minutes": ""}]),
        lambda c: c.services[0]["price_usd"] == 249),
    ("ServiceForm", "duration_minutes"): (
        "/settings/services/", _rows("services", [{"name": "Whitening", "price_usd": "",
                                                   "duration_minutes": "75"}]),
        lambda c: c.services[0]["duration_minutes"] == 75),
    ("FaqForm", "question"): (
        "/settings/faq/", _rows("faq", [{"question": "Do you see children?", "answer": "Yes."}]),
        lambda c: c.faq[0]["question"] == "Do you see children?"),
    ("FaqForm", "answer"): (
        "/settings/faq/", _rows("faq", [{"question": "Do you see children?",
                                         "answer": "From age three."}]),
        lambda c: c.faq[0]["answer"] == "From age three."),
    ("DayHoursForm", "opens"): (
        "/settings/hours/", _week(mon=("07:00", "12:00")),
        lambda c: _monday(c, 0, 0) == "07:00"),
    ("DayHoursForm", "closes"): (
        "/settings/hours/", _week(mon=("07:00", "11:15")),
        lambda c: _monday(c, 0, 1) == "11:15"),
    ("DayHoursForm", "opens_2"): (
        "/settings/hours/", _week(mon=("07:00", "11:00", "13:45", "17:00")),
        lambda c: _monday(c, 1, 0) == "13:45"),
    ("DayHoursForm", "closes_2"): (
        "/settings/hours/", _week(mon=("07:00", "11:00", "13:00", "18:30")),
        lambda c: _monday(c, 1, 1) == "18:30"),
    ("TimezoneForm", "timezone"): (
        "/settings/hours/", _week(mon=("09:00", "17:00")) | {"timezone": "Europe/Dublin"},
        lambda c: c.timezone == "Europe/Dublin"),
    ("BookingRulesForm", "min_notice_minutes"): (
        "/settings/booking/", {"min_notice_minutes": "180"},
        lambda c: c.booking.lead_time == timedelta(hours=3)),
    ("BookingRulesForm", "max_days_ahead"): (
        "/settings/booking/", {"max_days_ahead": "21"},
        lambda c: c.booking.max_days_ahead == 21),
    ("BookingRulesForm", "notes"): (
        "/settings/booking/", {"notes": "Bring your insurance card"},
        lambda c: c.booking.notes == "Bring your insurance card"),
    ("TransferForm", "transfer_number"): (
        "/settings/transfer/", {"transfer_number": "(415) 555-0199"},
        lambda c: c.transfer_number == "+14155550199"),
    ("TransferForm", "transfer_outside_hours"): (
        "/settings/transfer/", {"transfer_number": "(415) 555-0199",
                                "transfer_outside_hours": "on"},
        lambda c: c.transfer_outside_hours is True),
    ("VoiceForm", "voice"): (
        "/settings/voice/", {"action": "voice", "voice": "kokoro:jm_kumo"},
        lambda c: (c.voice_provider, c.voice_id) == ("kokoro", "jm_kumo")
        and (c.voice.voice_provider, c.voice.voice_id) == ("kokoro", "jm_kumo")),
    ("ProvidersForm", "stt_provider"): (
        "/settings/providers/", {"stt_provider": "whisper", "llm_provider": "auto"},
        lambda c: c.stt_provider == "whisper" and c.voice.stt_provider == "whisper"),
    ("ProvidersForm", "llm_provider"): (
        "/settings/providers/", {"stt_provider": "auto", "llm_provider": "local"},
        lambda c: c.llm_provider == "local" and c.voice.llm_provider == "local"),
}
# Fields whose effect reaches the call through a background job, proved where that job is.
THROUGH_A_JOB = {
    ("VoiceCloneForm", "name"): "tests/jobs/test_voice_clone.py::"
                                "test_a_clone_makes_the_receptionist_speak_with_the_new_voice",
    ("VoiceCloneForm", "sample"): "tests/jobs/test_voice_clone.py::"
                                  "test_a_clone_makes_the_receptionist_speak_with_the_new_voice",
}


def _settings_form_fields() -> set[tuple[str, str]]:
    found = set()
    for name, cls in inspect.getmembers(settings_forms, inspect.isclass):
        if issubclass(cls, django_forms.BaseForm) and cls.__module__ == settings_forms.__name__:
            found |= {(name, field) for field in cls.base_fields
                      if not name.startswith("_")}
    return found


def test_every_settings_field_is_proved_to_reach_the_call():
    assert _settings_form_fields() == set(REACHES) | set(THROUGH_A_JOB)


@pytest.mark.parametrize("form_field", sorted(REACHES), ids=lambda f: ".".join(f))
def test_a_settings_field_reaches_the_next_call(dental_client, form_field):
    page, data, check = REACHES[form_field]
    before = call_config_get("t_dental")  # cached now: the edit must reach past the cache
    assert not check(before)
    response = dental_client.post(page, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert check(call_config_get("t_dental"))


def test_a_lead_time_set_on_the_page_stops_a_call_booking_sooner(dental_client):
    """End to end: the owner asks for two days' notice on the booking rules page; a caller who
    asks for tomorrow is told it is too soon, and what gets booked is never sooner than the
    rule allows; the owner's booking instructions are said once it is booked."""
    assert dental_client.post("/settings/booking/", {
        "min_notice_minutes": str(2 * 24 * 60), "notes": "Bring your insurance card"}
    ).status_code == 302
    config = call_config_get("t_dental")
    runner = FlowRunner(call_flow(config))
    said = []
    with schema_context("t_dental"):
        lines = ["Book me a cleaning tomorrow at 10", "I've been before", "9 AM", "Ann Lee",
                 "yes", "yes"]
        for turn, line in enumerate(lines, start=1):
            said.append(runner.respond(turn, line).text or "")
            if Appointment.objects.exists():
                break
        transcript = "\n".join(said)
        assert "tomorrow is too soon" in said[1], transcript
        booked = Appointment.objects.get()
    assert booked.starts_at >= TUESDAY_9AM + timedelta(days=2), transcript
    assert "Bring your insurance card." in said[-1]


def test_the_voice_providers_get_only_the_voice_preferences(fleet):
    prefs = call_config_get("t_plumb").voice
    assert set(vars(prefs)) == {"stt_provider", "llm_provider", "voice_provider", "voice_id",
                                "label"}
