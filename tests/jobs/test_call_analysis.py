"""After each call a background job reads it: sentiment, summary, who called, why and on which
number, and what it was worth. Recorded facts win, the local model fills in, code checks it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.analysis import call_analyse, parse_notes
from calls.analytics_service import call_end, call_start, call_turn_record, calls_close_abandoned
from calls.appointments import Slot, appointment_book, callback_message_take, earliest_slot
from calls.models import Call
from calls.tasks import call_analyse as call_analyse_task
from tenants.router import MultiTenantRouter
from tests.voice.fakes import Behaviour

pytestmark = pytest.mark.django_db

ANGRY = [
    ("This is the third time I'm calling about my invoice and nobody calls me back. "
     "It's ridiculous.", "I'm sorry. I'll take a message for the billing team. What's your name?"),
    ("My name is Tom Baker. You can reach me at (510) 555-0199.",
     "Thank you, Tom, I've noted it as urgent."),
]


@pytest.fixture
def dental(fleet):
    with schema_context("t_dental"):
        yield MultiTenantRouter().get_client_config("t_dental")


@pytest.fixture
def model_down(fake_providers):
    """The local model refuses every request (non-retryable), so only the fallbacks work."""
    fake_providers.behaviours[("llm", "llama_cpp")] = Behaviour("4xx", always=True)
    return fake_providers


def a_call(lines, *, caller_number: str = "+14155550100") -> Call:
    call = call_start(client_id="t_dental", caller_number=caller_number,
                      dialled_number="+15105550101")
    for user, agent in lines:
        call_turn_record(call=call, user_text=user, agent_text=agent)
    return call


def end(call: Call, outcome: str, config, capture) -> Call:
    with capture(execute=True) as queued:
        call_end(call=call, outcome=outcome, config=config)
    assert len(queued) >= 1  # the analysis is queued by the close, once it commits
    return Call.objects.get(pk=call.pk)


def test_a_booked_call_is_filled_from_its_appointment_even_with_the_model_down(
        dental, model_down, eager_celery, django_capture_on_commit_callbacks):
    call = a_call([("Hi, I'd like a cleaning please.", "Sure. Your name and number?"),
                   ("Priya Raman, 415 555 0134. Thanks so much!", "You're booked.")])
    slot = earliest_slot(config=dental, now=timezone.now(), service="")
    appointment = appointment_book(config=dental, starts_at=slot.starts_at,
                                   caller_name="Priya Raman", callback_number="4155550134",
                                   reason="cleaning", call=call, now=timezone.now())
    call = end(call, Call.Outcome.BOOKED, dental, django_capture_on_commit_callbacks)
    when = Slot.of(appointment, config=dental).spoken()
    assert call.caller_name == "Priya Raman" and call.callback_number == "+14155550134"
    what = " - ".join(p for p in (appointment.service, "cleaning") if p)
    assert call.call_reason == f"appointment: {what}"
    assert call.summary == (f"Priya Raman called and booked "
                            f"{appointment.service or 'an appointment'} for {when}.")
    assert call.sentiment == "positive"  # the word list: "thanks so much"
    assert call.revenue_estimate == Decimal(str(dental.average_booking_value_usd)).quantize(
        Decimal("0.01"))
    assert call.analysed_at is not None
    assert model_down.behaviours[("llm", "llama_cpp")].calls >= 1  # it was asked, and failed


def test_a_message_call_takes_name_number_and_reason_from_the_message(
        dental, model_down, eager_celery, django_capture_on_commit_callbacks):
    call = a_call(ANGRY)
    callback_message_take(caller_name="Tom Baker", callback_number="(510) 555-0199",
                          reason="Invoice query, third call", urgent=True, call=call)
    call = end(call, Call.Outcome.MESSAGE_TAKEN, dental, django_capture_on_commit_callbacks)
    assert (call.caller_name, call.callback_number, call.call_reason) == (
        "Tom Baker", "+15105550199", "Invoice query, third call")
    assert call.summary == ('Tom Baker called and left an urgent message for a call back: '
                            '"Invoice query, third call".')
    assert call.sentiment == "negative"
    assert call.revenue_estimate == Decimal(str(dental.message_value_usd)).quantize(
        Decimal("0.01"))


def test_a_name_and_number_said_on_the_call_are_read_when_nothing_was_recorded(
        dental, model_down, eager_celery, django_capture_on_commit_callbacks):
    call = a_call(ANGRY, caller_number="anonymous")
    call = end(call, Call.Outcome.INFORMATION_ONLY, dental, django_capture_on_commit_callbacks)
    assert call.caller_name == "Tom Baker"
    assert call.callback_number == "+15105550199"  # what they said, in E.164
    assert call.call_reason.startswith("This is the third time I'm calling about my invoice")
    assert call.revenue_estimate == 0
    assert call.summary == "Tom Baker called and asked about their invoice."


def test_the_caller_id_is_the_callback_number_when_none_was_said(dental, model_down):
    call = a_call([("What time do you open on Saturday?", "9 to 1.")],
                  caller_number="tel:+1-415-555-0100")
    call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    call = call_analyse(call_id=str(call.call_id))
    assert (call.callback_number, call.caller_name) == ("+14155550100", "")
    withheld = a_call([("What time do you open on Saturday?", "9 to 1.")],
                      caller_number="anonymous")
    call_end(call=withheld, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    assert call_analyse(call_id=str(withheld.call_id)).callback_number == ""


def test_a_refused_call_is_summarised_without_asking_the_model(
        dental, fake_providers, eager_celery, django_capture_on_commit_callbacks):
    call = end(a_call([]), Call.Outcome.REJECTED, dental, django_capture_on_commit_callbacks)
    assert call.summary == ("Someone called and was not put through: the line is not taking "
                            "calls.")
    assert call.sentiment == "neutral" and call.analysed_at is not None
    assert not [p for p in fake_providers.built if hasattr(p, "received")]  # no LLM built


def test_an_abandoned_call_is_analysed_when_it_is_closed(
        dental, model_down, eager_celery, django_capture_on_commit_callbacks):
    call = call_start(client_id="t_dental", caller_number="+14155550100")
    call_turn_record(call=call, user_text="Hi, my name is Ann Lee, I need to move my visit",
                     agent_text="Of course, when suits you?",
                     started_at=timezone.now() - timedelta(minutes=30))
    with django_capture_on_commit_callbacks(execute=True):
        assert calls_close_abandoned(config=dental) == 1
    call.refresh_from_db()
    assert call.analysed_at is not None and call.caller_name == "Ann Lee"
    assert call.summary.endswith("hung up before the call was finished.")


def test_running_the_analysis_twice_changes_nothing(dental, model_down):
    call = a_call(ANGRY)
    call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    kwargs = {"schema_name": "t_dental", "call_id": str(call.call_id)}
    assert call_analyse_task.apply(kwargs=kwargs).get() is True
    first = Call.objects.get(pk=call.pk)
    assert call_analyse_task.apply(kwargs=kwargs).get() is True
    again = Call.objects.get(pk=call.pk)
    fields = ("summary", "caller_name", "call_reason", "callback_number", "sentiment",
              "revenue_estimate", "analysed_at")
    assert [getattr(again, f) for f in fields] == [getattr(first, f) for f in fields]
    forced = call_analyse(call_id=str(call.call_id), force=True)
    assert [getattr(forced, f) for f in fields[:-1]] == [getattr(first, f) for f in fields[:-1]]
    assert forced.analysed_at > first.analysed_at


def test_a_call_still_in_progress_is_left_for_later(dental):
    call = a_call(ANGRY)
    assert call_analyse_task.apply(
        kwargs={"schema_name": "t_dental", "call_id": str(call.call_id)}).get() is False
    assert Call.objects.get(pk=call.pk).analysed_at is None


def test_the_task_only_sees_the_business_it_was_given(dental, model_down):
    call = a_call(ANGRY)
    call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=dental)
    other = call_analyse_task.apply(kwargs={"schema_name": "t_law", "call_id": str(call.call_id)})
    assert other.get() is False and Call.objects.get(pk=call.pk).analysed_at is None
    own = call_analyse_task.apply(kwargs={"schema_name": "t_dental",
                                          "call_id": str(call.call_id)})
    assert own.get() is True


def test_what_the_model_says_is_kept_only_if_the_call_bears_it_out():
    transcript = ("Caller: Hi, I'm calling about a cracked tooth, it hurts.\n"
                  "Receptionist: I'm sorry. Can you come in today at 3?\nCaller: Yes.")
    said = "Hi, I'm calling about a cracked tooth, it hurts.\nYes."
    good = parse_notes("Summary: The caller booked a visit for a cracked tooth today at 3.\n"
                       "Name: unknown\nReason: cracked tooth", caller_words=said,
                       transcript=transcript)
    assert good.summary.startswith("The caller booked a visit") and good.caller_name == ""
    assert good.call_reason == "cracked tooth"
    invented = parse_notes("Summary: Dana Whitfield booked a boiler service.\n"
                           "Name: Dana Whitfield\nReason: boiler service", caller_words=said,
                           transcript=transcript)
    assert invented == type(invented)()  # the prompt's example, copied: all dropped
    unrelated = parse_notes("**Summary:** Xylophones rule.\nName: Bob\nReason: -",
                            caller_words=said, transcript=transcript)
    assert (unrelated.summary, unrelated.caller_name, unrelated.call_reason) == ("", "", "")


@pytest.mark.slow
def test_the_local_model_reads_an_angry_call(dental, eager_celery,
                                             django_capture_on_commit_callbacks):
    call = end(a_call(ANGRY, caller_number="anonymous"), Call.Outcome.INFORMATION_ONLY, dental,
               django_capture_on_commit_callbacks)
    assert call.sentiment == "negative"
    assert call.caller_name == "Tom Baker" and call.callback_number == "+15105550199"
    assert call.summary and not call.summary.endswith("got the information they needed.")
    assert "invoice" in call.summary.lower()  # the model's sentence, not the stand-in
