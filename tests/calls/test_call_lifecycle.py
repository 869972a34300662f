"""The call lifecycle: Properties 5 (history round-trip) and 8 (analytics completeness)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calls.analytics_service import (
    TurnMetrics,
    call_end,
    call_start,
    call_transcript,
    call_turn_record,
    calls_close_abandoned,
)
from calls.appointments import callback_message_take
from calls.models import Appointment, Call
from calls.selectors import call_history
from calls.services import call_transfer_record
from receptionist.errors import ApplicationError
from tenants.router import MultiTenantRouter
from tests.conftest import rolled_back
from tests.factories import FLEET

pytestmark = pytest.mark.django_db
SCHEMAS = [f["schema_name"] for f in FLEET]
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
speech = st.text(st.characters(blacklist_categories=["Cs"]), max_size=120)
latency = st.one_of(st.none(), st.floats(0, 5000, allow_nan=False))
metrics = st.builds(TurnMetrics, end_of_turn_ms=latency, stt_ms=latency, llm_ms=latency,
                    tts_ms=latency, total_ms=latency,
                    llm_provider=st.sampled_from(["llama_cpp", "watsonx", ""]),
                    prompt_tokens=st.integers(0, 4000), completion_tokens=st.integers(0, 400),
                    cost_usd=st.floats(0, 0.05, allow_nan=False))


@pytest.fixture
def configs(fleet):
    return {s: MultiTenantRouter().get_client_config(s) for s in SCHEMAS}


@settings(max_examples=100, deadline=None, suppress_health_check=HEALTH)
@given(schema=st.sampled_from(SCHEMAS),
       exchanges=st.lists(st.tuples(speech, speech), min_size=0, max_size=12))
def test_property_5_conversation_history_round_trip(configs, schema, exchanges):
    """Property 5: for any conversation, saving the complete history and retrieving it
    preserves all user-agent exchanges in the correct chronological order."""
    with rolled_back(), schema_context(schema):
        call = call_start(client_id=schema, caller_number="+14155550100")
        start = timezone.now()
        for i, (user, agent) in enumerate(exchanges):
            call_turn_record(call=call, user_text=user, agent_text=agent,
                             started_at=start + timedelta(seconds=i))
        history = call_history(call=Call.objects.get(pk=call.pk))
        assert [(e.user, e.agent) for e in history] == [
            (u.replace("\x00", ""), a.replace("\x00", "")) for u, a in exchanges]
        assert [e.at for e in history] == sorted(e.at for e in history)


@settings(max_examples=100, deadline=None, suppress_health_check=HEALTH)
@given(schema=st.sampled_from(SCHEMAS), turns=st.lists(st.tuples(speech, speech, metrics),
                                                       max_size=6),
       outcome=st.sampled_from([o for o in Call.Outcome.values if o]),
       sentiment=st.sampled_from(["", "positive", "neutral", "negative"]))
def test_property_8_analytics_completeness(configs, schema, turns, outcome, sentiment):
    """Property 8: for any completed call, the system logs all required metrics (duration,
    latencies, transcript, sentiment, revenue estimate) with no missing fields."""
    config = configs[schema]
    with rolled_back(), schema_context(schema):
        call = call_start(client_id=schema, caller_number="+14155550100",
                          dialled_number="+15105550101")
        for user, agent, m in turns:
            call_turn_record(call=call, user_text=user, agent_text=agent, metrics=m)
        _record_what_the_outcome_says(call, outcome)
        call = call_end(call=call, outcome=outcome, config=config, sentiment=sentiment,
                        ended_at=call.start_time + timedelta(seconds=42))
        stored = Call.objects.get(pk=call.pk)
        for field in ("duration_seconds", "stt_latency_ms", "llm_latency_ms", "tts_latency_ms",
                      "total_latency_ms", "revenue_estimate", "end_time"):
            assert getattr(stored, field) is not None, field
        assert stored.sentiment in ("positive", "neutral", "negative")
        assert stored.outcome == outcome and stored.status == Call.Status.COMPLETED
        assert stored.duration_seconds == pytest.approx(42)
        assert stored.transcript == call_transcript(call=stored)
        measured = [m.total_ms for _, _, m in turns if m.total_ms is not None]
        if measured:
            assert stored.total_latency_ms == pytest.approx(sum(measured) / len(measured))
        assert stored.cost_usd == pytest.approx(
            sum(Decimal(str(m.cost_usd)) for _, _, m in turns), abs=Decimal("0.00001"))
        if outcome == Call.Outcome.BOOKED:
            assert stored.revenue_estimate == Decimal(str(config.average_booking_value_usd))
        elif outcome in (Call.Outcome.REJECTED, Call.Outcome.ABANDONED, Call.Outcome.FAILED,
                         Call.Outcome.INFORMATION_ONLY):
            assert stored.revenue_estimate == 0


def _record_what_the_outcome_says(call: Call, outcome: str) -> None:
    """The row a call's outcome stands on (an outcome is never taken on the session's word)."""
    if outcome == Call.Outcome.BOOKED:
        starts = timezone.now() + timedelta(days=3)
        Appointment.objects.create(call=call, caller_name="Ann Lee",
                                   callback_number="+14155550100", starts_at=starts,
                                   ends_at=starts + timedelta(minutes=30))
    elif outcome == Call.Outcome.MESSAGE_TAKEN:
        callback_message_take(caller_name="Ann Lee", callback_number="+14155550100",
                              reason="call me back", call=call)
    elif outcome == Call.Outcome.TRANSFERRED:
        call_transfer_record(call=call, number="+14155550199")


def test_a_dropped_call_is_closed_as_abandoned_with_its_partial_transcript(configs):
    with schema_context("t_dental"):
        call = call_start(client_id="t_dental", caller_number="+14155550100")
        call_turn_record(call=call, user_text="I'd like a cleaning", agent_text="Sure, when?",
                         started_at=timezone.now() - timedelta(minutes=30))
        fresh = call_start(client_id="t_dental", caller_number="+14155550101")
        assert calls_close_abandoned(config=configs["t_dental"]) == 1
        call.refresh_from_db()
        assert (call.status, call.outcome) == (Call.Status.ABANDONED, Call.Outcome.ABANDONED)
        assert call.transcript == "Caller: I'd like a cleaning\nReceptionist: Sure, when?"
        fresh.refresh_from_db()
        assert fresh.status == Call.Status.IN_PROGRESS


def test_an_ended_call_takes_no_more_turns_and_cannot_end_twice(configs):
    with schema_context("t_law"):
        call = call_start(client_id="t_law")
        call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=configs["t_law"])
        with pytest.raises(ApplicationError, match="already completed"):
            call_turn_record(call=call, user_text="hello?", agent_text="")
        with pytest.raises(ApplicationError, match="already completed"):
            call_end(call=call, outcome=Call.Outcome.BOOKED, config=configs["t_law"])
        with pytest.raises(ApplicationError, match="unknown outcome"):
            call_end(call=call_start(client_id="t_law"), outcome="won", config=configs["t_law"])
