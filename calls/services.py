"""Writes of the owner's inbox (the calls' messages). Call lifecycle writes are the
AnalyticsService's (calls/analytics_service.py); the appointment book is calls/appointments.py.
All functions run inside the business's schema."""

from __future__ import annotations

from calls.models import CallbackMessage
from receptionist.errors import ApplicationError


def callback_message_handled_set(*, message_id: int, handled: bool) -> CallbackMessage:
    """The owner ticks a message off (or back on) in the portal's inbox."""
    updated = CallbackMessage.objects.filter(pk=message_id).update(handled=handled)
    if not updated:
        raise ApplicationError(f"message {message_id} does not exist", field="message")
    return CallbackMessage.objects.get(pk=message_id)
