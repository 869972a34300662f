"""The events a business's endpoints can ask for, and what each one's `data` holds.

Every message is a Standard Webhooks payload: `{"type", "timestamp", "data"}`, and `data`
always starts with the business (`{"id": its schema name, "name"}`). Times are ISO 8601 in
UTC, ids are the portal's (a call's is its UUID). Fields are only ever added, never renamed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

CALL_STARTED = "call.started"
CALL_ENDED = "call.ended"
CALL_URGENT = "call.urgent"
APPOINTMENT_BOOKED = "appointment.booked"
APPOINTMENT_MOVED = "appointment.moved"
APPOINTMENT_CANCELLED = "appointment.cancelled"
MESSAGE_TAKEN = "message.taken"

EVENT_CHOICES = [
    (CALL_STARTED, "A call started"),
    (CALL_ENDED, "A call ended (with its summary and outcome)"),
    (CALL_URGENT, "A caller left something urgent"),
    (APPOINTMENT_BOOKED, "An appointment was booked"),
    (APPOINTMENT_MOVED, "An appointment was moved to another time"),
    (APPOINTMENT_CANCELLED, "An appointment was cancelled"),
    (MESSAGE_TAKEN, "A message was taken"),
]
EVENT_TYPES = frozenset(value for value, _ in EVENT_CHOICES)


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def call_data(call: Any) -> dict[str, Any]:
    """A call as it starts: who called which number, and whether it was the owner's test."""
    return {
        "id": str(call.call_id),
        "caller_number": call.caller_number,
        "dialled_number": call.dialled_number,
        "started_at": _when(call.start_time),
        "is_test": call.is_test,
    }


def call_ended_data(call: Any) -> dict[str, Any]:
    """A closed, analysed call: its outcome and the summary the after-call analysis wrote."""
    return {
        **call_data(call),
        "ended_at": _when(call.end_time),
        "duration_seconds": (round(call.duration_seconds, 1)
                             if call.duration_seconds is not None else None),
        "status": call.status,
        "outcome": call.outcome,
        "summary": call.summary,
        "caller_name": call.caller_name,
        "reason": call.call_reason,
        "callback_number": call.callback_number,
        "sentiment": call.sentiment,
    }


def appointment_data(appointment: Any) -> dict[str, Any]:
    return {
        "id": appointment.pk,
        "status": appointment.status,
        "starts_at": _when(appointment.starts_at),
        "ends_at": _when(appointment.ends_at),
        "service": appointment.service,
        "name": appointment.caller_name,
        "callback_number": appointment.callback_number,
        "reason": appointment.reason,
        "call_id": str(appointment.call.call_id) if appointment.call_id else None,
    }


def message_data(message: Any) -> dict[str, Any]:
    return {
        "id": message.pk,
        "name": message.caller_name,
        "callback_number": message.callback_number,
        "text": message.reason,
        "urgent": message.urgent,
        "created_at": _when(message.created_at),
        "call_id": str(message.call.call_id) if message.call_id else None,
    }
