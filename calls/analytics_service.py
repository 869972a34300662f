"""AnalyticsService (design §4): a call's start, its metrics turn by turn, its end, and what it
was worth. The design's methods are these functions:

- log_call_start          -> `call_start`
- log_call_metrics        -> `call_turn_record` (one row per exchange, with its latencies,
                             providers, tokens and cost, as it happens)
- log_call_end            -> `call_end` (and `calls_close_abandoned` for calls nobody ended)
- calculate_revenue_value -> `calculate_revenue_value`

Each turn is committed on its own, so a dropped call or a crashed worker loses at most the turn
in progress; `calls_close_abandoned` (scheduled, see receptionist/celery.py) later closes such
calls with their partial transcript. All functions run inside the business's schema.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Avg, Max, Sum
from django.utils import timezone

from calls.facts import call_outcome_from_records
from calls.live import CALL_ENDED, CALL_STARTED, CALL_TURN, call_event_publish
from calls.models import Call, Turn
from calls.sentiment import lexicon_sentiment
from frontdesk.call_config import CallConfig
from receptionist.errors import ApplicationError
from webhooks import events as webhook_events
from webhooks.services import webhook_event_emit


@dataclass(frozen=True)
class TurnMetrics:
    """What one exchange took; milliseconds, None where a stage did not run (a templated reply
    has no LLM time, a text-mode turn no STT time)."""

    end_of_turn_ms: float | None = None
    stt_ms: float | None = None
    llm_ms: float | None = None
    tts_ms: float | None = None
    total_ms: float | None = None
    stt_provider: str = ""
    llm_provider: str = ""
    tts_provider: str = ""
    complexity: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    interrupted: bool = False


def _clean(text: str) -> str:
    return (text or "").replace("\x00", "")  # PostgreSQL text cannot hold NUL


@transaction.atomic
def call_start(*, client_id: str, caller_number: str = "", dialled_number: str = "",
               call_id: uuid.UUID | None = None, room_name: str = "", sip_call_id: str = "",
               is_test: bool = False, started_at: datetime | None = None) -> Call:
    """Store a call as it is answered. The dashboards' live feed and the owner's webhooks
    (`call.started`) hear of it once the row commits; neither can hold up the answer."""
    call = Call.objects.create(
        call_id=call_id or uuid.uuid4(), client_id=client_id, caller_number=caller_number[:32],
        dialled_number=dialled_number[:32], room_name=room_name[:128],
        sip_call_id=sip_call_id[:128], is_test=is_test, start_time=started_at or timezone.now(),
    )
    call_event_publish(kind=CALL_STARTED, call=call)  # the dashboards' live feed, on commit
    webhook_event_emit(event_type=webhook_events.CALL_STARTED,
                       data={"call": webhook_events.call_data(call)})
    return call


@transaction.atomic
def call_turn_record(*, call: Call, user_text: str, agent_text: str,
                     started_at: datetime | None = None,
                     metrics: TurnMetrics | None = None) -> Turn:
    locked = Call.objects.select_for_update().get(pk=call.pk)
    if locked.status != Call.Status.IN_PROGRESS:
        raise ApplicationError(f"call {call.call_id} is already {locked.status}")
    m = metrics or TurnMetrics()
    last = locked.turns.aggregate(last=Max("index"))["last"]
    index = 0 if last is None else last + 1
    turn = Turn.objects.create(
        call=locked, index=index, user_text=_clean(user_text), agent_text=_clean(agent_text),
        started_at=started_at or timezone.now(), end_of_turn_ms=m.end_of_turn_ms,
        stt_latency_ms=m.stt_ms, llm_latency_ms=m.llm_ms, tts_latency_ms=m.tts_ms,
        total_latency_ms=m.total_ms, stt_provider=m.stt_provider[:32],
        llm_provider=m.llm_provider[:32], tts_provider=m.tts_provider[:32],
        complexity=m.complexity[:16], prompt_tokens=m.prompt_tokens,
        completion_tokens=m.completion_tokens, cost_usd=Decimal(str(m.cost_usd)),
        interrupted=m.interrupted,
    )
    call_event_publish(kind=CALL_TURN, call=locked, turn=turn)
    return turn


def call_transcript(*, call: Call) -> str:
    lines = []
    for turn in call.turns.order_by("index"):
        if turn.user_text:
            lines.append(f"Caller: {turn.user_text}")
        if turn.agent_text:
            lines.append(f"Receptionist: {turn.agent_text}")
    return "\n".join(lines)


def _close(call: Call, *, ended_at: datetime, outcome: str, status: str, sentiment: str,
           config: CallConfig) -> Call:
    """Close the call. Its outcome is the one its rows bear out (calls.facts): whatever the
    flow or a model believed, a call is "booked" only with an appointment it booked, "message
    taken" only with its message, "transferred" only with its transfer."""
    outcome = call_outcome_from_records(call=call, proposed=outcome, until=ended_at)
    stats = call.turns.aggregate(stt=Avg("stt_latency_ms"), llm=Avg("llm_latency_ms"),
                                 tts=Avg("tts_latency_ms"), total=Avg("total_latency_ms"),
                                 cost=Sum("cost_usd"))
    call.transcript = call_transcript(call=call)
    call.status, call.outcome, call.end_time = status, outcome, ended_at
    call.duration_seconds = max(0.0, (ended_at - call.start_time).total_seconds())
    # a call with no measured stage (rejected at once, text-only) reports 0 ms, not nothing
    call.stt_latency_ms = stats["stt"] or 0.0
    call.llm_latency_ms = stats["llm"] or 0.0
    call.tts_latency_ms = stats["tts"] or 0.0
    call.total_latency_ms = stats["total"] or 0.0
    call.cost_usd = stats["cost"] or Decimal("0")
    call.sentiment = sentiment or lexicon_sentiment(call.transcript)
    call.revenue_estimate = calculate_revenue_value(outcome=outcome, config=config)
    call.save()
    call_event_publish(kind=CALL_ENDED, call=call)  # ended or closed as abandoned
    _analyse_after_commit(call)
    return call


def _analyse_after_commit(call: Call) -> None:
    """Queue the after-call analysis (summary, caller, reason, the LLM's sentiment) once the
    close is committed; a broker that is down is logged, never fails the call's close."""
    from calls.tasks import call_analyse

    schema, call_id = connection.schema_name, str(call.call_id)
    transaction.on_commit(lambda: call_analyse.delay(schema_name=schema, call_id=call_id),
                          robust=True)


@transaction.atomic
def call_end(*, call: Call, outcome: str, config: CallConfig, ended_at: datetime | None = None,
             sentiment: str = "") -> Call:
    """Close the call with everything the dashboards need (Property 8: no field left empty).

    `outcome` is what the session believes; the records of the call have the last word
    (`_close`). `sentiment` comes from the local LLM when the caller of this function has it;
    otherwise a word-list estimate stands in until the after-call job refines it.
    """
    if outcome not in Call.Outcome.values or not outcome:
        raise ApplicationError(f"unknown outcome {outcome!r}")
    if sentiment and sentiment not in Call.Sentiment.values:
        raise ApplicationError(f"unknown sentiment {sentiment!r}")
    locked = Call.objects.select_for_update().get(pk=call.pk)
    if locked.status != Call.Status.IN_PROGRESS:
        raise ApplicationError(f"call {call.call_id} is already {locked.status}")
    return _close(locked, ended_at=ended_at or timezone.now(), outcome=outcome,
                  status=Call.Status.COMPLETED, sentiment=sentiment, config=config)


def calls_close_abandoned(*, config: CallConfig, idle_for: timedelta = timedelta(minutes=10),
                          now: datetime | None = None) -> int:
    """Close calls nobody ended (dropped line, crashed worker) with their partial transcript."""
    now = now or timezone.now()
    closed = 0
    for call in Call.objects.filter(status=Call.Status.IN_PROGRESS):
        last = call.turns.aggregate(last=Max("started_at"))["last"] or call.start_time
        if now - last < idle_for:
            continue
        with transaction.atomic():
            locked = Call.objects.select_for_update().get(pk=call.pk)
            if locked.status == Call.Status.IN_PROGRESS:
                _close(locked, ended_at=last, outcome=Call.Outcome.ABANDONED,
                       status=Call.Status.ABANDONED, sentiment="", config=config)
                closed += 1
    return closed


# --- revenue ------------------------------------------------------------------------------------
# What a call was worth, from its outcome and the trade. Per-profession values live on the
# profession template (staff tune them in admin): a booked appointment is worth the trade's
# average booking; a message or a transfer is a lead, worth a fraction of that; information-only,
# rejected and abandoned calls are worth nothing measurable.
TRANSFER_SHARE = Decimal("0.5")  # a live hand-off converts about half as well as a booking


def calculate_revenue_value(*, outcome: str, config: CallConfig) -> Decimal:
    booking = Decimal(str(config.average_booking_value_usd))
    message = Decimal(str(config.message_value_usd))
    value = {
        Call.Outcome.BOOKED: booking,
        Call.Outcome.MESSAGE_TAKEN: message,
        Call.Outcome.TRANSFERRED: max(message, booking * TRANSFER_SHARE),
    }.get(outcome, Decimal("0"))
    return value.quantize(Decimal("0.01"))
