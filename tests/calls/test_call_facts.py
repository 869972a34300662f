"""True records of a call: its outcome and its summary come from the rows it wrote (bookings,
cancellations, messages, transfers), whatever the session believed or the model wrote."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from calls.analysis import call_read
from calls.analytics_service import call_end, call_start, call_turn_record
from calls.appointments import (
    Slot,
    appointment_book,
    appointment_cancel,
    available_slots,
    callback_message_take,
    reason_in_callers_words,
    spoken_clock,
)
from calls.facts import call_outcome_from_records
from calls.models import Appointment, Call
from calls.services import call_details_record, call_transfer_record
from tenants.router import MultiTenantRouter
from tests.conftest import rolled_back
from tests.voice.fakes import FakeLLM

pytestmark = pytest.mark.django_db

CALLER = "+14155550100"
NAMES = ("Maria Lopez", "Tom Baker", "Priya Raman", "Ann Lee")
CALLER_LINES = (
    "How much is teeth whitening?",
    "This is Maria Lopez.",
    "My name is Tom Baker.",
    "What time do you open on Saturday?",
    "I'd like to book a cleaning next week.",
    "Can you just pass a message to the doctor?",
    "I need to cancel my appointment.",
    "Can I talk to a real person?",
    "Where are you located?",
    "I'm calling about my invoice.",
)
REASONS = (
    "Invoice query, third call",
    "Wants to book a cleaning but no time suits",
    "Wants to move an appointment (not changed on the call)",
    "Pain in a back tooth since Monday",
    "Please transfer the records to the new dentist",
)
FALSE_CLAIMS = (
    "Maria Lopez booked a cleaning.",
    "The caller booked In-office teeth whitening for $450.",
    "Left a message for the team.",
    "The caller was transferred to the office.",
    "Cancelled the appointment on Friday at 3 PM.",
    "Tom Baker wants a callback tomorrow, it is urgent.",
    "Dana Whitfield called about a boiler service.",
)
HARMLESS = ("The caller asked about prices.", "The caller asked some questions.")


@pytest.fixture
def dental(fleet):
    with schema_context("t_dental"):
        yield MultiTenantRouter().get_client_config("t_dental")


def model(summary: str, *, name: str = "unknown", reason: str = "unknown") -> FakeLLM:
    """The local model as a fake LLM (a real `llm.LLM`) that always writes these notes."""
    return FakeLLM("local", reply=f"Summary: {summary}\nName: {name}\nReason: {reason}")


def a_call(lines: list[str], *, reply: str = "Of course.") -> Call:
    call = call_start(client_id="t_dental", caller_number=CALLER, dialled_number="+15105550101")
    for line in lines:
        call_turn_record(call=call, user_text=line, agent_text=reply)
    return call


def separate_slots(config, now, count: int) -> list[Slot]:
    """Open slots for the longest visit on `count` different days: no two can clash."""
    found: dict = {}
    for slot in available_slots(config=config, day_from=now.date() + timedelta(days=2),
                                day_to=now.date() + timedelta(days=20), now=now,
                                service=long_service(config)):
        found.setdefault(slot.local_start.date(), slot)
        if len(found) == count:
            break
    return list(found.values())


def long_service(config) -> str:
    return next((s["name"] for s in config.services if "whitening" in s["name"]),
                config.services[0]["name"])


def slot_words(appointment: Appointment, config) -> tuple[str, str]:
    local = Slot.of(appointment, config=config).local_start
    return f"{local:%A}", spoken_clock(local.time())


# --- the property -------------------------------------------------------------------------------

records = st.fixed_dictionaries({
    "lines": st.lists(st.sampled_from(CALLER_LINES), min_size=1, max_size=4),
    "bookings": st.lists(st.tuples(st.sampled_from(NAMES), st.booleans(), st.booleans()),
                         max_size=2),  # (name, with a service, cancelled again on the call)
    "cancellations": st.integers(0, 2),
    "messages": st.lists(st.tuples(st.sampled_from(REASONS), st.booleans()), max_size=2),
    "transferred": st.booleans(),
    "proposed": st.sampled_from([o for o in Call.Outcome.values if o]),
})


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=records, data=st.data())
def test_a_summary_claims_exactly_what_the_call_recorded(dental, spec, data):
    """For any call (any mix of bookings, cancellations, messages and transfers it wrote, any
    outcome the session believed) and any summary the model writes (true, false or both): the
    summary claims no booking, cancellation, message or transfer that does not exist, no name
    nobody gave and no price, and every one that exists is in it; the outcome is the records'."""
    now = timezone.now()
    with rolled_back():
        names = [n for n, _, _ in spec["bookings"]] + ["Ann Lee"] * bool(spec["cancellations"])
        call = a_call(spec["lines"] + [f"It's {n}." for n in dict.fromkeys(names)],
                      reply="Of course, let me see what the team can do.")
        free = separate_slots(dental, now, 4)
        booked, cancelled = [], []
        for i, (name, with_service, undone) in enumerate(spec["bookings"]):
            made = appointment_book(config=dental, starts_at=free[i].starts_at, caller_name=name,
                                    callback_number=CALLER, service=long_service(dental)
                                    if with_service else "", call=call, now=now)
            if undone:
                cancelled.append(appointment_cancel(appointment_id=made.pk, caller_id=CALLER,
                                                    caller_name=name, call=call))
            else:
                booked.append(made)
        for j in range(spec["cancellations"]):
            earlier = appointment_book(config=dental, starts_at=free[2 + j].starts_at,
                                       caller_name="Ann Lee", callback_number=CALLER, now=now)
            cancelled.append(appointment_cancel(appointment_id=earlier.pk, caller_id=CALLER,
                                                caller_name="Ann Lee", call=call))
        messages = [callback_message_take(caller_name="Tom Baker", callback_number=CALLER,
                                          reason=reason, urgent=urgent, call=call)
                    for reason, urgent in spec["messages"]]
        if spec["transferred"]:
            call_transfer_record(call=call, number="+14155550199", reason="wants a person")

        true_claims = [f"{a.caller_name} booked {a.service or 'an appointment'} for "
                       f"{' at '.join(slot_words(a, dental))}." for a in booked]
        true_claims += [f"{a.caller_name} cancelled the appointment on "
                        f"{' at '.join(slot_words(a, dental))}." for a in cancelled]
        if messages:
            urgent = any(m.urgent for m in messages)
            true_claims.append(f"Left {'an urgent' if urgent else 'a'} message for the team.")
        if spec["transferred"]:
            true_claims.append("Was transferred to the team.")
        told = data.draw(st.lists(st.sampled_from(true_claims + list(FALSE_CLAIMS + HARMLESS)),
                                  max_size=5), label="model summary")
        if data.draw(st.booleans(), label="the model tells the whole truth"):
            told = true_claims or list(HARMLESS[:1])
        notes_name = data.draw(st.sampled_from(("unknown", *NAMES)), label="model name")

        call = call_end(call=call, outcome=spec["proposed"], config=dental)
        reading = call_read(call, config=dental,
                            model=model(" ".join(told), name=notes_name, reason="cleaning"))

        # the outcome is the records'
        expected = (Call.Outcome.BOOKED if booked else Call.Outcome.MESSAGE_TAKEN if messages
                    else Call.Outcome.TRANSFERRED if spec["transferred"]
                    else spec["proposed"] if spec["proposed"] in (Call.Outcome.ABANDONED,
                                                                  Call.Outcome.REJECTED,
                                                                  Call.Outcome.FAILED)
                    else Call.Outcome.INFORMATION_ONLY)
        assert call.outcome == expected

        summary = reading.summary
        event("the model's summary stood" if summary == " ".join(told) else
              "the summary was built from the records")
        said = " ".join(spec["lines"] + names)
        text = summary
        for m in messages:  # a message's reason is the caller's words, not a claim
            text = text.replace(m.reason, "")
        low = text.lower()
        # nothing claimed that the records do not hold
        assert booked or "book" not in low, summary
        assert booked or cancelled or "appointment" not in low, summary
        assert cancelled or "cancel" not in low, summary
        assert messages or ("message" not in low and "call back" not in low
                            and "callback" not in low), summary
        assert any(m.urgent for m in messages) or "urgent" not in low, summary
        assert spec["transferred"] or "transfer" not in low, summary
        assert "$" not in text and "450" not in text, summary
        known = {a.caller_name for a in booked + cancelled} | {m.caller_name for m in messages}
        for name in (*NAMES, "Dana Whitfield"):
            if name in text:
                assert name in known or name in said, summary
        # and everything it holds is there
        for a in booked + cancelled:
            weekday, clock = slot_words(a, dental)
            assert weekday in summary and clock.lower() in summary.lower(), summary
        for a in booked:
            assert "book" in low and (not a.service or a.service in summary), summary
        assert not cancelled or "cancel" in low, summary
        assert not messages or "message" in low, summary
        assert not any(m.urgent for m in messages) or "urgent" in low, summary
        assert not spec["transferred"] or "transferred" in low, summary


# --- the measured cases ------------------------------------------------------------------------


def test_a_price_question_is_not_summarised_as_a_booking(dental):
    call = a_call(["Hi, how much is teeth whitening?", "OK, thanks, bye."])
    call = call_end(call=call, outcome=Call.Outcome.BOOKED, config=dental)  # the flow was wrong
    reading = call_read(call, config=dental, model=model(
        "Maria Lopez booked a tooth whitening for $450.", name="Maria Lopez",
        reason="teeth whitening"))
    assert call.outcome == Call.Outcome.INFORMATION_ONLY
    assert reading.summary == ("Someone called and asked about in-office teeth whitening and "
                               "prices.")
    assert reading.caller_name == ""  # nobody said that name


def test_a_true_summary_from_the_model_is_kept(dental):
    now = timezone.now()
    call = a_call(["I'd like teeth whitening, please.", "Priya Raman, 415 555 0100."])
    slot = available_slots(config=dental, day_from=now.date() + timedelta(days=2),
                           day_to=now.date() + timedelta(days=9), now=now, limit=1)[0]
    appointment = appointment_book(config=dental, starts_at=slot.starts_at,
                                   caller_name="Priya Raman", callback_number=CALLER,
                                   service="In-office teeth whitening", call=call, now=now)
    call = call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    weekday, clock = slot_words(appointment, dental)
    told = f"Priya Raman booked In-office teeth whitening for {weekday} at {clock}."
    assert call.outcome == Call.Outcome.BOOKED  # the flow said otherwise; the book did not
    assert call_read(call, config=dental, model=model(told)).summary == told
    # the same sentence with another day is not what happened
    other = "Monday" if weekday != "Monday" else "Tuesday"
    wrong = call_read(call, config=dental, model=model(told.replace(weekday, other)))
    assert wrong.summary == (f"Priya Raman called and booked In-office teeth whitening for "
                             f"{slot.spoken()}.")


def test_a_cancellation_on_the_call_is_in_its_summary_and_no_booking_is(dental):
    now = timezone.now()
    slot = available_slots(config=dental, day_from=now.date() + timedelta(days=2),
                           day_to=now.date() + timedelta(days=9), now=now, limit=1)[0]
    earlier = appointment_book(config=dental, starts_at=slot.starts_at, caller_name="Ann Lee",
                               callback_number=CALLER, now=now)
    call = a_call(["Hi, this is Ann Lee, I need to cancel my appointment."])
    cancelled = appointment_cancel(appointment_id=earlier.pk, caller_id=CALLER,
                                   caller_name="Ann Lee", call=call)
    assert cancelled.cancelled_by_call_id == call.pk and cancelled.call_id is None
    call = call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    reading = call_read(call, config=dental, model=None)
    assert call.outcome == Call.Outcome.INFORMATION_ONLY
    assert reading.summary == f"Ann Lee called and cancelled an appointment on {slot.spoken()}."


def test_a_call_that_wrote_nothing_says_only_what_was_asked(dental):
    call = a_call(["This is Maria Lopez. Where are you located, and is there parking?"])
    call = call_end(call=call, outcome=Call.Outcome.MESSAGE_TAKEN, config=dental)
    reading = call_read(call, config=dental, model=model(
        "Maria Lopez left a message asking for directions.", reason="directions"))
    assert call.outcome == Call.Outcome.INFORMATION_ONLY
    assert reading.summary == "Maria Lopez called and asked about the address and parking."


# --- the outcome --------------------------------------------------------------------------------


def test_the_outcome_is_the_one_the_records_bear_out(dental):
    transferred = a_call(["Can I talk to a person?"])
    assert call_outcome_from_records(call=transferred, proposed=Call.Outcome.TRANSFERRED) == (
        Call.Outcome.INFORMATION_ONLY)  # the session believed it; nothing was put through
    call_transfer_record(call=transferred, number="+1 (415) 555-0199", reason="a person")
    assert transferred.transfers.get().number == "+14155550199"
    ended = call_end(call=transferred, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    assert ended.outcome == Call.Outcome.TRANSFERRED and ended.revenue_estimate > 0

    silent = a_call(["My boiler... hello?"])
    callback_message_take(caller_name="Tom Baker", callback_number=CALLER, reason="leak",
                          call=silent)
    ended = call_end(call=silent, outcome=Call.Outcome.ABANDONED, config=dental)
    assert ended.outcome == Call.Outcome.MESSAGE_TAKEN  # the message was taken all the same

    hung_up = call_end(call=a_call(["Hello?"]), outcome=Call.Outcome.ABANDONED, config=dental)
    assert hung_up.outcome == Call.Outcome.ABANDONED


# --- qualification answers and reasons ----------------------------------------------------------


def test_qualification_answers_are_merged_latest_value_first_place(dental):
    call = a_call([])
    call_details_record(call=call, fields=[("Property", "  three-bedroom\n house "),
                                           ("Timeline", "this spring"), ("Empty", "   ")])
    stored = call_details_record(call=call, fields=[("property", "four-bedroom house"),
                                                    ("Budget", "x" * 900), ("", "orphan")])
    assert stored.details == [
        {"field": "Property", "value": "four-bedroom house"},
        {"field": "Timeline", "value": "this spring"},
        {"field": "Budget", "value": "x" * 497 + "..."},
    ]
    assert Call.objects.get(pk=call.pk).details == stored.details and call.details == stored.details


def test_a_booking_reason_keeps_the_callers_words_not_the_receptionists_question(dental):
    question, pain = dental.qualification_questions[1], dental.qualification_questions[2]
    asked = f"a chipped tooth | {question} a chipped tooth | {pain.upper()} yes, a little"
    assert reason_in_callers_words(asked, config=dental) == (
        "a chipped tooth | a chipped tooth | yes, a little")
    now = timezone.now()
    slot = available_slots(config=dental, day_from=now.date() + timedelta(days=2),
                           day_to=now.date() + timedelta(days=9), now=now, limit=1)[0]
    appointment = appointment_book(config=dental, starts_at=slot.starts_at,
                                   caller_name="Ann Lee", callback_number=CALLER,
                                   reason=f"{question} a chipped tooth", now=now)
    assert appointment.reason == "a chipped tooth"
    assert not re.search(r"\?", appointment.reason)
