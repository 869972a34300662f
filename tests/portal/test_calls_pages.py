from __future__ import annotations

import re
import wave
from datetime import datetime, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from django_tenants.utils import schema_context

from calls import selectors
from calls.appointments import appointment_cancel
from calls.models import Appointment, Call, CallbackMessage
from calls.selectors import CallFilters, call_list
from calls.services import call_details_record, call_transfer_record
from tests.portal.owner_login import anonymous_client, make_call, make_turn, owner_client

pytestmark = pytest.mark.django_db
SCHEMA = "t_law"
NY = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def _empty_business(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with schema_context(SCHEMA):
        Appointment.objects.all().delete()
        CallbackMessage.objects.all().delete()
        Call.objects.all().delete()


@pytest.fixture
def owner():
    return owner_client(SCHEMA)


def _wav() -> bytes:
    buffer = BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 800)
    return buffer.getvalue()


def _ids(html: str) -> list[str]:
    return re.findall(r'href="/calls/([0-9a-f-]{36})/"', html)


def test_the_list_shows_calls_newest_first_a_page_at_a_time(owner):
    base = timezone.now() - timedelta(days=1)
    made = [make_call(schema=SCHEMA, start=base + timedelta(minutes=i)) for i in range(27)]
    # three calls at the very same instant: the page boundary must neither skip nor repeat one
    made += [make_call(schema=SCHEMA, start=base + timedelta(minutes=10)) for _ in range(3)]
    expected = [str(c.call_id) for c in sorted(made, key=lambda c: (c.start_time, c.pk),
                                                reverse=True)]
    first = owner.get("/calls/").content.decode()
    assert _ids(first) == expected[:25]
    assert "30 calls" in first and "Newer calls" not in first
    older = re.search(r'href="\?before=([0-9.]+)"', first).group(1)
    second = owner.get(f"/calls/?before={older}").content.decode()
    assert _ids(second) == expected[25:]
    assert "Older calls" not in second
    newer = re.search(r'href="\?after=([0-9.]+)"', second).group(1)
    assert _ids(owner.get(f"/calls/?after={newer}").content.decode()) == expected[:25]


def test_paging_by_cursor_never_skips_a_call_among_equal_times():
    start = timezone.now() - timedelta(hours=1)
    made = {make_call(schema=SCHEMA, start=start).pk for _ in range(7)}
    seen: list[int] = []
    cursor = ""
    with schema_context(SCHEMA):
        while True:
            page = call_list(filters=CallFilters(), tz=NY, before=cursor, page_size=3)
            seen += [c.pk for c in page.calls]
            if not page.older:
                break
            cursor = page.older
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))


def test_the_count_stops_at_its_limit(monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_LIMIT", 3)
    for i in range(5):
        make_call(schema=SCHEMA, start=timezone.now() - timedelta(minutes=i))
    with schema_context(SCHEMA):
        page = call_list(filters=CallFilters(), tz=NY)
    assert (page.matches, page.matches_capped, len(page.calls)) == (3, True, 5)


def test_filters_narrow_the_list(owner):
    now = timezone.now()
    booked = make_call(schema=SCHEMA, start=now - timedelta(days=2), outcome="booked",
                       sentiment="positive", caller="+15105550111")
    rejected = make_call(schema=SCHEMA, start=now - timedelta(days=20), outcome="rejected",
                         sentiment="negative", caller="+15105550122")
    pending = make_call(schema=SCHEMA, start=now - timedelta(minutes=1), outcome="",
                        sentiment="")
    test = make_call(schema=SCHEMA, start=now - timedelta(days=1), is_test=True)
    assert _ids(owner.get("/calls/?outcome=booked").content.decode()) == [str(booked.call_id)]
    assert _ids(owner.get("/calls/?outcome=in_progress").content.decode()) == [
        str(pending.call_id)]
    assert _ids(owner.get("/calls/?sentiment=negative").content.decode()) == [
        str(rejected.call_id)]
    assert _ids(owner.get("/calls/?sentiment=unknown").content.decode()) == [
        str(pending.call_id)]
    # typed the way people write numbers; stored in E.164
    assert _ids(owner.get("/calls/", {"caller": "(510) 555-0122"}).content.decode()) == [
        str(rejected.call_id)]
    local = (now - timedelta(days=20)).astimezone(NY).date()
    assert _ids(owner.get("/calls/", {"date_from": local.isoformat(),
                                      "date_to": local.isoformat()}).content.decode()) == [
        str(rejected.call_id)]
    assert str(test.call_id) not in _ids(owner.get("/calls/?hide_tests=on").content.decode())
    assert str(test.call_id) in _ids(owner.get("/calls/").content.decode())


def test_search_finds_words_in_transcripts_and_marks_them(owner):
    now = timezone.now()
    hit = make_call(schema=SCHEMA, start=now - timedelta(hours=1),
                    transcript="Caller: Smith & Sons need wills <script>alert(1)</script>\n"
                               "Receptionist: Our estate planning team drafts wills.")
    make_call(schema=SCHEMA, start=now - timedelta(hours=2),
              transcript="Caller: Are you open on Saturday?\nReceptionist: We are closed.")
    html = owner.get("/calls/", {"q": "wills"}).content.decode()
    assert _ids(html) == [str(hit.call_id)]
    assert "<mark>wills</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "Smith &amp; Sons" in html  # the excerpt is escaped; only the marks are markup
    assert _ids(owner.get("/calls/", {"q": '"estate planning" -saturday'}).content.decode()) == [
        str(hit.call_id)]
    assert _ids(owner.get("/calls/", {"q": "divorce"}).content.decode()) == []


def test_search_uses_the_transcript_index():
    """The list's search expression must be the one migration 0004 indexed, or a million
    transcripts would be read one by one."""
    from django.db import connection

    with schema_context(SCHEMA):
        qs = selectors.calls_filtered(filters=CallFilters(search="will"), tz=NY)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
            sql, params = qs.values("id").query.sql_with_params()
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "calls_call_transcript_fts_idx" in plan


@pytest.mark.parametrize("query, complaint", [
    ({"date_from": "2026-13-45"}, "Enter a valid date"),
    ({"outcome": "won_the_lottery"}, "Select a valid choice"),
    ({"sentiment": "ecstatic"}, "Select a valid choice"),
    ({"caller": "not a number"}, "not a phone number"),
    ({"date_from": "2026-03-10", "date_to": "2026-03-01"}, "end date is before the start date"),
    ({"q": "x" * 500}, "at most 200 characters"),
    ({"before": "garbage"}, "that page link is not valid"),
    ({"after": "99999999999999999999.1"}, "that page link is not valid"),
])
def test_bad_filter_input_is_reported_and_the_list_still_shows(owner, query, complaint):
    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(hours=1))
    response = owner.get("/calls/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert complaint.lower() in html.lower()
    assert _ids(html) == [str(call.call_id)]


def test_search_for_only_stop_words_matches_nothing_without_an_error(owner):
    make_call(schema=SCHEMA, start=timezone.now(), transcript="Caller: the a of")
    response = owner.get("/calls/", {"q": "the"})
    assert response.status_code == 200 and _ids(response.content.decode()) == []


def test_the_detail_shows_the_conversation_with_each_turns_figures(owner):
    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(minutes=30),
                     outcome="booked", caller="+15105550177")
    make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time,
              user_text="Can I book a consultation?", agent_text="Of course, which day suits?",
              end_of_turn_ms=610.0, stt_latency_ms=140.0, llm_latency_ms=2310.0,
              tts_latency_ms=95.0, total_latency_ms=2555.0, llm_provider="openai",
              stt_provider="whisper", tts_provider="piper", complexity="complex",
              cost_usd="0.001250", interrupted=True)
    make_turn(schema=SCHEMA, call=call, index=1, at=call.start_time + timedelta(seconds=20),
              user_text="Friday, please.", agent_text="Booked for Friday at 10.")
    html = owner.get(f"/calls/{call.call_id}/").content.decode()
    assert html.index("Can I book a consultation?") < html.index("Of course, which day suits?")
    assert html.index("Of course, which day suits?") < html.index("Friday, please.")
    for figure in ("end of turn 610 ms", "STT 140 ms", "LLM 2,310 ms", "TTS 95 ms",
                   "total 2,555 ms", "whisper / openai / piper", "complex", "$0.0013",
                   "interrupted"):
        assert figure in html, figure
    assert "Analysis pending" in html
    assert "<audio" not in html  # nothing stored: no player


def test_the_detail_shows_the_after_call_analysis_once_it_is_done(owner):
    call = make_call(schema=SCHEMA, start=timezone.now(), analysed=True,
                     summary="Wants a will drafted before travelling.", caller_name="Ana Diaz",
                     call_reason="Will drafting", callback_number="+15105550190")
    html = owner.get(f"/calls/{call.call_id}/").content.decode()
    assert "Wants a will drafted before travelling." in html
    assert "Ana Diaz" in html and 'href="tel:+15105550190"' in html
    assert "Analysis pending" not in html


def test_the_detail_shows_the_callers_answers_and_what_the_call_did(owner):
    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(hours=1),
                     outcome="transferred")
    make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time, llm_provider="flow",
              user_text="What are your hours?", agent_text="We're open 9 to 5.")
    make_turn(schema=SCHEMA, call=call, index=1, at=call.start_time, llm_provider="llama_cpp")
    earlier = _appointment(timezone.now() + timedelta(days=3), "Ana Diaz")
    with schema_context(SCHEMA):
        call_details_record(call=call, fields=[("Type of legal matter", "a <b>will</b>"),
                                               ("Court date", "none")])
        call_transfer_record(call=call, number="+13125550199")
        appointment_cancel(appointment_id=earlier.pk, caller_id="+15105550150",
                           caller_name="Ana Diaz", call=call)
    html = owner.get(f"/calls/{call.call_id}/").content.decode()
    assert "<dt>Type of legal matter</dt><dd>a &lt;b&gt;will&lt;/b&gt;</dd>" in html
    assert "<dt>Court date</dt><dd>none</dd>" in html
    assert "Transferred to +13125550199" in html
    assert "Cancelled the appointment of" in html and "Ana Diaz" in html
    # a turn the call flow answered says so; a model's turn names its provider
    assert "call flow (no model)" in html and "llama_cpp" in html
    assert ">flow<" not in html and "/ flow" not in html
    # another business's owner does not see any of it
    assert owner_client("t_dental").get(f"/calls/{call.call_id}/").status_code == 404


def test_the_agents_audio_plays_through_the_portal_only(owner):
    call = make_call(schema=SCHEMA, start=timezone.now())
    turn = make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time)
    audio = _wav()
    with schema_context(SCHEMA):
        turn.agent_audio.save("reply.wav", ContentFile(audio))
    html = owner.get(f"/calls/{call.call_id}/").content.decode()
    url = f"/calls/{call.call_id}/turns/0/audio/"
    assert f'src="{url}"' in html
    assert "/media/" not in html
    response = owner.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "audio/wav"
    assert b"".join(response.streaming_content) == audio
    assert anonymous_client(SCHEMA).get(url).status_code == 302
    assert owner.get(f"/calls/{call.call_id}/turns/1/audio/").status_code == 404


def test_a_recording_that_is_gone_is_a_404_not_an_error(owner):
    call = make_call(schema=SCHEMA, start=timezone.now())
    turn = make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time)
    with schema_context(SCHEMA):
        turn.agent_audio.name = "calls/agent_audio/2026/01/missing.wav"
        turn.save()
    assert owner.get(f"/calls/{call.call_id}/turns/0/audio/").status_code == 404


def test_an_unknown_call_is_a_404(owner):
    assert owner.get("/calls/00000000-0000-4000-8000-000000000000/").status_code == 404
    assert owner.get("/calls/not-a-uuid/").status_code == 404


def _appointment(starts: datetime, name: str, call: Call | None = None, **extra) -> Appointment:
    with schema_context(SCHEMA):
        return Appointment.objects.create(call=call, caller_name=name,
                                          callback_number="+15105550150", starts_at=starts,
                                          ends_at=starts + timedelta(minutes=30), **extra)


def test_appointments_are_split_into_upcoming_and_past_in_local_time(owner):
    now = timezone.now()
    call = make_call(schema=SCHEMA, start=now - timedelta(days=1), outcome="booked")
    _appointment(now + timedelta(days=2), "Later Larry")
    _appointment(now + timedelta(days=1), "Soon Sara", call=call, service="Consultation")
    _appointment(now - timedelta(days=3), "Past Pat", status="cancelled", cancelled_at=now)
    upcoming = owner.get("/appointments/").content.decode()
    assert upcoming.index("Soon Sara") < upcoming.index("Later Larry")
    assert "Past Pat" not in upcoming
    assert f'href="/calls/{call.call_id}/"' in upcoming
    local = (now + timedelta(days=1)).astimezone(NY).strftime("%H:%M")
    assert local in upcoming  # shown in the business's time zone, not UTC
    past = owner.get("/appointments/?when=past").content.decode()
    assert "Past Pat" in past and "Cancelled" in past and "Soon Sara" not in past
    odd = owner.get("/appointments/?when=tomorrow&page=-4")
    assert odd.status_code == 200 and "Soon Sara" in odd.content.decode()


def _message(name: str, *, urgent: bool = False, handled: bool = False,
             call: Call | None = None) -> CallbackMessage:
    with schema_context(SCHEMA):
        return CallbackMessage.objects.create(call=call, caller_name=name,
                                              callback_number="+15105550160",
                                              reason=f"{name} wants a call back", urgent=urgent,
                                              handled=handled)


def test_messages_show_urgent_ones_first_and_can_be_marked_handled(owner):
    call = make_call(schema=SCHEMA, start=timezone.now(), outcome="message_taken")
    plain = _message("Plain Paula")
    _message("Urgent Uma", urgent=True, call=call)
    _message("Done Dan", handled=True)
    inbox = owner.get("/messages/").content.decode()
    assert inbox.index("Urgent Uma") < inbox.index("Plain Paula")
    assert "Done Dan" not in inbox
    assert f'href="/calls/{call.call_id}/"' in inbox
    response = owner.post(f"/messages/{plain.pk}/handled/",
                          {"handled": "1", "next": "/messages/?show=open"})
    assert response.status_code == 302 and response["Location"] == "/messages/?show=open"
    with schema_context(SCHEMA):
        assert CallbackMessage.objects.get(pk=plain.pk).handled
    after = owner.get("/messages/").content.decode()
    assert f'id="message-{plain.pk}"' not in after
    assert "Message from Plain Paula marked handled." in after
    assert "Plain Paula" in owner.get("/messages/?show=handled").content.decode()
    owner.post(f"/messages/{plain.pk}/handled/", {"handled": "0"})
    with schema_context(SCHEMA):
        assert not CallbackMessage.objects.get(pk=plain.pk).handled


def test_a_bad_toggle_changes_nothing_and_says_why(owner):
    message = _message("Plain Paula")
    response = owner.post(f"/messages/{message.pk}/handled/",
                          {"handled": "maybe", "next": "https://evil.example/"}, follow=True)
    assert response.status_code == 200
    assert "say whether it is handled" in response.content.decode()
    assert response.redirect_chain[-1][0] == "/messages/"  # never an outside address
    with schema_context(SCHEMA):
        assert not CallbackMessage.objects.get(pk=message.pk).handled
    assert owner.get(f"/messages/{message.pk}/handled/").status_code == 405
    assert owner.post("/messages/987654321/handled/", {"handled": "1"}).status_code == 404


@pytest.mark.parametrize("path", ["/calls/", "/appointments/", "/messages/",
                                  "/calls/00000000-0000-4000-8000-000000000000/"])
def test_every_page_asks_a_visitor_to_log_in(path):
    response = anonymous_client(SCHEMA).get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
