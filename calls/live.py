"""Live call events for the portal: a business's dashboard follows its calls as they happen.

Each event goes to one channel-layer group per tenant schema, and only sockets opened on that
business's own domain by one of its own logins join it (calls.consumers.LiveFeedConsumer),
so no business ever sees another's calls (Property 4). Events are sent once the write that
caused them commits; a dashboard that misses an update must never fail a call, so a channel
layer that is down costs a log line, not the write.
"""

from __future__ import annotations

from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from calls.models import Call, Turn
from receptionist.channels_tenant import group_send_now

CALL_STARTED = "call_started"
CALL_TURN = "turn"
CALL_ENDED = "call_ended"
KINDS = (CALL_STARTED, CALL_TURN, CALL_ENDED)
MESSAGE_TYPE = "call.event"  # the consumer's handler is LiveFeedConsumer.call_event


def live_group(schema: str) -> str:
    """The channel-layer group of one business's live feed."""
    return f"live.{schema}"


def call_event(*, kind: str, call: Call, turn: Turn | None = None) -> dict[str, Any]:
    """What a dashboard is told: enough to list the call and link to it, nothing more."""
    if kind not in KINDS:
        raise ValueError(f"unknown live event {kind!r}")
    event: dict[str, Any] = {
        "kind": kind,
        "call_id": str(call.call_id),
        "caller_number": call.caller_number,
        "status": call.status,
        "is_test": call.is_test,
        "started_at": call.start_time.isoformat() if call.start_time else None,
        "outcome": call.outcome,
        "duration_seconds": call.duration_seconds,
        "at": timezone.now().isoformat(),
    }
    if turn is not None:
        event["turn"] = {"index": turn.index, "user_text": turn.user_text,
                         "agent_text": turn.agent_text, "interrupted": turn.interrupted}
    return event


def call_event_publish(*, kind: str, call: Call, turn: Turn | None = None,
                       schema: str | None = None) -> None:
    """Tell the business's open dashboards about `call`, once the current transaction commits
    (at once outside one). Runs inside the business's schema unless `schema` is given."""
    schema = schema or connection.schema_name
    message = {"type": MESSAGE_TYPE, "schema": schema,
               "event": call_event(kind=kind, call=call, turn=turn)}
    transaction.on_commit(lambda: group_send_now(live_group(schema), message), robust=True)
