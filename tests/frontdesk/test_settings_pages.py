"""Receptionist settings pages: the owner sees and edits their own receptionist, the next call
(the router's CallConfig) uses the edit, bad input is shown back with its reason, and nobody
else gets in."""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django_tenants.utils import schema_context

from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from frontdesk.voice_cloning import sample_encrypt
from tenants.models import PhoneNumber, Tenant
from tenants.router import MultiTenantRouter
from tenants.services import phone_number_pool_add
from tests.portal.conftest import tenant_host

pytestmark = pytest.mark.django_db

PAGES = ["/settings/", "/settings/greeting/", "/settings/services/", "/settings/faq/",
         "/settings/hours/", "/settings/booking/", "/settings/transfer/", "/settings/voice/",
         "/settings/providers/"]


def _config(schema: str = "t_dental") -> ReceptionistConfig:
    with schema_context(schema):
        return ReceptionistConfig.objects.get()


def _next_call(schema: str = "t_dental"):
    return MultiTenantRouter().get_client_config(schema)


def _body(response) -> str:
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


@pytest.mark.parametrize("path", PAGES)
def test_the_owner_sees_each_settings_page_of_their_business(dental_client, path):
    response = dental_client.get(path)
    assert response.status_code == 200
    body = _body(response)
    assert "Fleet Dental" in body and "Receptionist settings" in body
    assert "Fleet Law" not in body


@pytest.mark.parametrize("path", PAGES + ["/settings/voice/preview/", "/settings/voice/jobs/1/"])
def test_anonymous_visitors_are_sent_to_log_in(anonymous_dental, path):
    response = anonymous_dental.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"


@pytest.mark.parametrize("path", PAGES)
def test_another_business_owner_session_does_not_open_these_pages(law_client, path):
    """t_law's session cookie means nothing on t_dental's host: sessions live per schema."""
    response = law_client.get(path, HTTP_HOST=tenant_host("t_dental"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_each_owner_sees_their_own_receptionist(dental_client, law_client):
    with schema_context("t_law"):
        ReceptionistConfig.objects.update(greeting="Hale and partners, law office greeting.")
    assert "law office greeting" in _body(law_client.get("/settings/"))
    assert "law office greeting" not in _body(dental_client.get("/settings/"))
    assert "law office greeting" not in _body(dental_client.get("/settings/greeting/"))


def test_the_overview_shows_what_the_next_call_uses(dental_client):
    body = _body(dental_client.get("/settings/"))
    live = _next_call()
    assert live.greeting in body
    assert "Monday" in body and "your trade's defaults" not in body  # fleet has own services
    assert "No phone number yet" in body


# --- greeting ---------------------------------------------------------------------------------
def test_a_greeting_edit_persists_and_reaches_the_next_call(dental_client):
    assert "Sunny" not in _next_call().greeting  # cached now: the edit must invalidate it
    response = dental_client.post("/settings/greeting/", {
        "greeting": "  Hello, {business_name}   here. Sunny   day!  "})
    assert response.status_code == 302 and response["Location"] == "/settings/greeting/"
    assert _config().greeting == "Hello, {business_name} here. Sunny day!"
    assert _next_call().greeting == "Hello, Fleet Dental here. Sunny day!"
    assert "Saved" in _body(dental_client.get("/settings/greeting/"))


def test_an_empty_greeting_goes_back_to_the_trade_greeting(dental_client):
    dental_client.post("/settings/greeting/", {"greeting": "Custom hello."})
    dental_client.post("/settings/greeting/", {"greeting": ""})
    tenant = Tenant.objects.get(schema_name="t_dental")
    assert _next_call().greeting == tenant.profession.greeting_template.format(
        business_name="Fleet Dental")


@pytest.mark.parametrize(("greeting", "message"), [
    ("Hi from {owner_name}!", "Only these placeholders can be used"),
    ("Hi {business_name", "A brace is not closed"),
    ("x" * 601, "at most 600 characters"),
])
def test_a_greeting_that_would_break_calls_is_refused_and_kept(dental_client, greeting, message):
    before = _config().greeting
    response = dental_client.post("/settings/greeting/", {"greeting": greeting})
    assert response.status_code == 200
    body = _body(response)
    assert message in body and greeting[:50] in body
    assert _config().greeting == before
    assert not _next_call().is_safe_default


# --- services and FAQ ---------------------------------------------------------------------
def _rows(prefix: str, rows: list[dict], *, initial: int = 0) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{key}": value for key, value in row.items()})
    return data


def test_services_and_prices_are_edited_as_a_list(dental_client):
    response = dental_client.post("/settings/services/", _rows("services", [
        {"name": "Cleaning", "price_usd": "99.50", "duration_minutes": "45"},
        {"name": "Consultation", "price_usd": "", "duration_minutes": ""},
        {"name": "Old service", "price_usd": "10", "duration_minutes": "30", "DELETE": "on"},
        {"name": "", "price_usd": "", "duration_minutes": ""},
    ], initial=3))
    assert response.status_code == 302, response.context["formset"].errors
    expected = [{"name": "Cleaning", "price_usd": 99.5, "duration_minutes": 45},
                {"name": "Consultation", "price_usd": None}]
    assert _config().services == expected
    assert list(_next_call().services) == expected
    body = _body(dental_client.get("/settings/services/"))
    assert 'value="Cleaning"' in body and 'value="99.50"' in body
    assert "New patient exam" in body  # the trade's defaults, shown alongside


@pytest.mark.parametrize(("row", "message"), [
    ({"name": "Cleaning", "price_usd": "-5", "duration_minutes": ""}, "greater than or equal"),
    ({"name": "Cleaning", "price_usd": "ten", "duration_minutes": ""}, "Enter a number"),
    ({"name": "Cleaning", "price_usd": "", "duration_minutes": "2"}, "greater than or equal"),
    ({"name": "", "price_usd": "40", "duration_minutes": ""}, "This field is required"),
])
def test_a_bad_service_row_is_refused_and_nothing_is_lost(dental_client, row, message):
    before = _config().services
    response = dental_client.post("/settings/services/", _rows("services", [
        {"name": "Whitening deluxe", "price_usd": "300", "duration_minutes": "60"}, row]))
    assert response.status_code == 200
    body = _body(response)
    assert message in body and 'value="Whitening deluxe"' in body
    assert _config().services == before


def test_a_service_listed_twice_is_refused(dental_client):
    response = dental_client.post("/settings/services/", _rows("services", [
        {"name": "Cleaning", "price_usd": "1", "duration_minutes": ""},
        {"name": " cleaning ", "price_usd": "2", "duration_minutes": ""}]))
    assert "listed twice" in _body(response)


def test_with_no_services_left_callers_hear_the_trade_defaults(dental_client):
    count = len(_config().services)
    dental_client.post("/settings/services/", _rows("services", [
        {"name": "x", "price_usd": "", "duration_minutes": "", "DELETE": "on"}] * 1, initial=1))
    assert _config().services == [] and count > 0
    tenant = Tenant.objects.get(schema_name="t_dental")
    assert list(_next_call().services) == tenant.profession.default_services
    assert "your trade's defaults" in _body(dental_client.get("/settings/services/"))


def test_faq_entries_are_edited_and_reach_the_next_call(dental_client):
    response = dental_client.post("/settings/faq/", _rows("faq", [
        {"question": "Do you have parking?", "answer": "Yes,  behind the building."},
        {"question": "", "answer": ""}]))
    assert response.status_code == 302
    expected = [{"question": "Do you have parking?", "answer": "Yes, behind the building."}]
    assert _config().faq == expected and list(_next_call().faq) == expected
    assert "parking" in _next_call().system_prompt


def test_a_question_without_an_answer_is_refused(dental_client):
    response = dental_client.post("/settings/faq/", _rows("faq", [
        {"question": "Do you have parking?", "answer": ""}]))
    assert response.status_code == 200 and "This field is required" in _body(response)
    assert "Do you have parking?" in _body(response)


# --- hours ---------------------------------------------------------------------------------
def _week(**days: tuple[str, ...]) -> dict:
    data = {"timezone": "America/Chicago"}
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        times = days.get(day, ())
        for name, value in zip(("opens", "closes", "opens_2", "closes_2"),
                               times + ("",) * (4 - len(times)), strict=True):
            data[f"{day}-{name}"] = value
    return data


def test_opening_hours_and_time_zone_reach_the_next_call(dental_client):
    _next_call()
    response = dental_client.post("/settings/hours/", _week(
        mon=("08:00", "12:00", "13:00", "17:30"), sat=("09:00", "12:00")))
    assert response.status_code == 302
    tenant = Tenant.objects.get(schema_name="t_dental")
    assert tenant.timezone == "America/Chicago"
    assert tenant.business_hours["mon"] == [["08:00", "12:00"], ["13:00", "17:30"]]
    assert tenant.business_hours["tue"] == [] and tenant.business_hours["sat"] == [["09:00",
                                                                                    "12:00"]]
    live = _next_call()
    assert live.business_hours == tenant.business_hours and live.timezone == "America/Chicago"
    assert "Monday 8 AM to 12 PM and 1 PM to 5:30 PM" in live.system_prompt
    body = _body(dental_client.get("/settings/hours/"))
    assert 'value="13:00"' in body and "America/Chicago" in body


@pytest.mark.parametrize(("days", "message"), [
    ({"mon": ("17:00", "09:00")}, "Closes before it opens"),
    ({"mon": ("09:00",)}, "Give both the opening and the closing time"),
    ({"mon": ("09:00", "13:00", "12:00", "17:00")}, "overlaps the first"),
    ({"mon": ("9 o'clock", "17:00")}, "Enter a valid time"),
])
def test_impossible_hours_are_refused_and_kept(dental_client, days, message):
    before = Tenant.objects.get(schema_name="t_dental").business_hours
    response = dental_client.post("/settings/hours/", _week(**days))
    assert response.status_code == 200 and message in _body(response)
    assert Tenant.objects.get(schema_name="t_dental").business_hours == before


def test_an_unknown_time_zone_is_refused(dental_client):
    response = dental_client.post("/settings/hours/", _week() | {"timezone": "Moon/Base"})
    assert "not one of the available choices" in _body(response)
    assert Tenant.objects.get(schema_name="t_dental").timezone != "Moon/Base"


# --- booking, transfer, providers ----------------------------------------------------------------
def test_booking_rules_are_stored(dental_client):
    response = dental_client.post("/settings/booking/", {
        "min_notice_minutes": "120", "max_days_ahead": "30", "notes": "Bring  your X-rays."})
    assert response.status_code == 302
    assert _config().booking_rules == {"min_notice_minutes": 120, "max_days_ahead": 30,
                                       "notes": "Bring your X-rays."}
    assert 'value="120"' in _body(dental_client.get("/settings/booking/"))


def test_booking_rules_refuse_negative_notice(dental_client):
    response = dental_client.post("/settings/booking/", {"min_notice_minutes": "-1"})
    assert response.status_code == 200 and "greater than or equal to 0" in _body(response)


def test_a_transfer_number_is_normalised_and_reaches_the_next_call(dental_client):
    _next_call()
    response = dental_client.post("/settings/transfer/", {
        "transfer_number": "(415) 555-0199", "transfer_outside_hours": "on"})
    assert response.status_code == 302
    live = _next_call()
    assert (live.transfer_number, live.transfer_outside_hours) == ("+14155550199", True)
    assert "+14155550199" in live.system_prompt


def test_a_bad_transfer_number_is_refused_and_kept(dental_client):
    response = dental_client.post("/settings/transfer/", {"transfer_number": "555-CALL-ME"})
    body = _body(response)
    assert response.status_code == 200 and "555-CALL-ME" in body and "not" in body
    assert _config().transfer_number == ""


def test_provider_preferences_reach_the_next_call(dental_client):
    _next_call()
    response = dental_client.post("/settings/providers/", {"stt_provider": "whisper",
                                                          "llm_provider": "local"})
    assert response.status_code == 302
    live = _next_call()
    assert (live.stt_provider, live.llm_provider) == ("whisper", "local")


@override_settings(DEEPGRAM_API_KEY="", OPENAI_API_KEY="")
def test_a_provider_this_server_lacks_is_refused(dental_client):
    body = _body(dental_client.get("/settings/providers/"))
    assert "Deepgram (cloud): not set up on this server" in body
    response = dental_client.post("/settings/providers/", {"stt_provider": "deepgram",
                                                          "llm_provider": "openai"})
    assert response.status_code == 200
    assert _body(response).count("not set up on this server (its API key is missing)") == 2
    assert _config().stt_provider == "auto"


@override_settings(DEEPGRAM_API_KEY="dg-key")
def test_a_configured_cloud_provider_can_be_chosen(dental_client):
    response = dental_client.post("/settings/providers/", {"stt_provider": "deepgram",
                                                          "llm_provider": "auto"})
    assert response.status_code == 302 and _config().stt_provider == "deepgram"


# --- voice --------------------------------------------------------------------------------
def test_the_voice_page_offers_the_stock_voices_and_shows_the_current_one(dental_client):
    body = _body(dental_client.get("/settings/voice/"))
    assert 'value="piper:en_US-joe-medium"' in body
    assert 'value="kokoro:jf_alpha" selected' in body  # the fleet gave t_dental this voice


def test_a_voice_change_reaches_the_next_call(dental_client):
    _next_call()
    response = dental_client.post("/settings/voice/", {"action": "voice",
                                                       "voice": "kokoro:jm_kumo"})
    assert response.status_code == 302
    live = _next_call()
    assert (live.voice_provider, live.voice_id) == ("kokoro", "jm_kumo")


def test_a_voice_that_is_not_offered_is_refused(dental_client):
    response = dental_client.post("/settings/voice/", {"action": "voice",
                                                       "voice": "kokoro:not_a_voice"})
    assert response.status_code == 400
    assert "not one of the available choices" in _body(response)
    assert _config().voice_id == "jf_alpha"


def test_a_voice_preview_of_another_voice_is_refused(dental_client):
    response = dental_client.get("/settings/voice/preview/", {"voice": "espeak:robot"})
    assert response.status_code == 400


@pytest.mark.slow
def test_a_voice_preview_speaks_the_greeting_and_is_rendered_once(dental_client, tmp_path,
                                                                 settings):
    settings.MEDIA_ROOT = tmp_path
    response = dental_client.get("/settings/voice/preview/", {"voice": "piper:en_US-joe-medium"})
    assert response.status_code == 200 and response["Content-Type"] == "audio/wav"
    audio = b"".join(response.streaming_content)
    with wave.open(io.BytesIO(audio)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    assert 2.0 < seconds < 30.0 and np.abs(samples).max() > 1000
    files = list(tmp_path.glob("voice_previews/t_dental/*.wav"))
    assert len(files) == 1

    mtime = files[0].stat().st_mtime_ns
    again = dental_client.get("/settings/voice/preview/", {"voice": "piper:en_US-joe-medium"})
    assert b"".join(again.streaming_content) == audio
    assert files[0].stat().st_mtime_ns == mtime  # served from the file, not rendered again


def _tone(seconds: float = 4.0, rate: int = 16000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * 220 * t) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())
    return buffer.getvalue()


@override_settings(CARTESIA_API_KEY="")
def test_cloning_says_when_this_server_cannot_clone(dental_client):
    body = _body(dental_client.get("/settings/voice/"))
    assert "Voice cloning needs a Cartesia account" in body
    response = dental_client.post("/settings/voice/", {
        "action": "clone", "name": "Me", "sample": SimpleUploadedFile("me.wav", _tone())})
    assert response.status_code == 400 and "set CARTESIA_API_KEY" in _body(response)
    with schema_context("t_dental"):
        assert not VoiceCloneJob.objects.exists()


@override_settings(CARTESIA_API_KEY="test-key")
def test_an_uploaded_recording_starts_a_cloning_job_shown_with_its_progress(dental_client):
    response = dental_client.post("/settings/voice/", {
        "action": "clone", "name": "Front desk Anna",
        "sample": SimpleUploadedFile("anna.wav", _tone(), content_type="audio/wav")})
    assert response.status_code == 302
    with schema_context("t_dental"):
        job = VoiceCloneJob.objects.get()
    assert (job.name, job.status) == ("Front desk Anna", VoiceCloneJob.Status.PENDING)

    body = _body(dental_client.get("/settings/voice/"))
    assert "Front desk Anna" in body and "Waiting to start" in body
    assert f'hx-get="/settings/voice/jobs/{job.pk}/"' in body  # polled while unfinished

    with schema_context("t_dental"):
        VoiceCloneJob.objects.filter(pk=job.pk).update(
            status=VoiceCloneJob.Status.FAILED, error="Cartesia refused the recording",
            progress="Failed")
    partial = _body(dental_client.get(f"/settings/voice/jobs/{job.pk}/"))
    assert "Cartesia refused the recording" in partial and "hx-get" not in partial


@override_settings(CARTESIA_API_KEY="test-key")
@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("notes.wav", b"%PDF-1.4 not audio at all" * 40), "not an audio"),
    (SimpleUploadedFile("short.wav", _tone(1.0)), "between 3 and 60 seconds"),
    (SimpleUploadedFile("silent.wav", _tone(5.0)[:44] + bytes(160000)), "silent"),
])
def test_a_bad_recording_is_refused_with_the_reason(dental_client, upload, message):
    response = dental_client.post("/settings/voice/", {"action": "clone", "name": "Me",
                                                       "sample": upload})
    assert response.status_code == 400 and message in _body(response)
    assert 'value="Me"' in _body(response)
    with schema_context("t_dental"):
        assert not VoiceCloneJob.objects.exists()


def test_another_business_cloning_job_is_not_found(dental_client):
    with schema_context("t_law"):
        job = VoiceCloneJob.objects.create(
            name="Law voice", sample_encrypted=sample_encrypt(b"x"), sample_format="wav",
            sample_seconds=5.0, sample_bytes=1)
    with schema_context("t_dental"):
        assert not VoiceCloneJob.objects.filter(pk=job.pk).exists()
    response = dental_client.get(f"/settings/voice/jobs/{job.pk}/")
    assert response.status_code == 404
    assert "Law voice" not in _body(dental_client.get("/settings/voice/"))


def test_a_cloned_voice_can_be_chosen_once_ready(dental_client, settings):
    settings.CARTESIA_API_KEY = "test-key"
    with schema_context("t_dental"):
        VoiceCloneJob.objects.create(
            name="Anna", status=VoiceCloneJob.Status.SUCCEEDED, voice_id="cl-123",
            sample_encrypted=sample_encrypt(b"x"), sample_format="wav", sample_seconds=5.0,
            sample_bytes=1)
    assert "Your voice “Anna” (cloned)" in _body(dental_client.get("/settings/voice/"))
    response = dental_client.post("/settings/voice/", {"action": "voice",
                                                       "voice": "cartesia:cl-123"})
    assert response.status_code == 302
    assert (_next_call().voice_provider, _next_call().voice_id) == ("cartesia", "cl-123")


# --- phone number -------------------------------------------------------------------------
def test_an_owner_without_a_number_claims_one_from_the_pool(dental_client):
    PhoneNumber.objects.filter(tenant__isnull=True).delete()
    response = dental_client.post("/settings/number/claim/", follow=True)
    assert "no phone number is free right now" in _body(response).lower()

    phone_number_pool_add(number="+1 415 555 0188")
    MultiTenantRouter().route_call("+14155550188")  # cached as unknown: the claim must clear it
    response = dental_client.post("/settings/number/claim/", follow=True)
    assert "Your receptionist now answers +14155550188" in _body(response)
    assert MultiTenantRouter().route_call("+14155550188").config.client_id == "t_dental"

    again = dental_client.post("/settings/number/claim/", follow=True)
    assert "already answers +14155550188" in _body(again)


def test_claiming_needs_a_post_by_the_owner(anonymous_dental, dental_client):
    assert dental_client.get("/settings/number/claim/").status_code == 405
    assert anonymous_dental.post("/settings/number/claim/").status_code == 302


def test_the_public_host_has_no_settings(db):
    assert Client(HTTP_HOST="localhost").get("/settings/greeting/").status_code == 404


def test_hours_never_set_show_the_trade_hours_callers_hear(dental_client):
    Tenant.objects.filter(schema_name="t_dental").update(business_hours={})
    tenant = Tenant.objects.get(schema_name="t_dental")
    opens, closes = tenant.profession.default_hours["mon"][0]
    body = _body(dental_client.get("/settings/hours/"))
    assert f'name="mon-opens" value="{opens}"' in body.replace('type="time" ', "")
    assert f'value="{closes}"' in body
