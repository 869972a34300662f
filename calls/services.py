"""Writes of the owner's inbox (the calls' messages) and of what a call learnt and did beyond the
appointment book: the caller's qualification answers and transfers. Call lifecycle writes are
the AnalyticsService's (calls/analytics_service.py); the appointment book is
calls/appointments.py. All functions run inside the business's schema."""

from __future__ import annotations

from django.db import transaction

from calls.models import Call, CallbackMessage, CallTransfer
from receptionist.errors import ApplicationError
from tenants.phone_numbers import normalize_e164
from webhooks import events as webhook_events
from webhooks.services import webhook_event_emit

DETAIL_FIELD_MAX = 200  # a label, or the question itself
DETAIL_VALUE_MAX = 500
DETAILS_MAX = 40  # fields kept per call: a runaway flow cannot grow the row without bound


def callback_message_handled_set(*, message_id: int, handled: bool) -> CallbackMessage:
    """The owner ticks a message off (or back on) in the portal's inbox."""
    updated = CallbackMessage.objects.filter(pk=message_id).update(handled=handled)
    if not updated:
        raise ApplicationError(f"message {message_id} does not exist", field="message")
    return CallbackMessage.objects.get(pk=message_id)


def _one_line(text: str, limit: int) -> str:
    line = " ".join(str(text or "").replace("\x00", "").split())
    return line if len(line) <= limit else line[:limit - 3].rstrip() + "..."


@transaction.atomic
def call_details_record(*, call: Call, fields: list[tuple[str, str]]) -> Call:
    """Merge the caller's qualification answers into `call.details`, for the owner's call page.

    `fields` are (field, value): a short label or the question asked, and the caller's answer.
    Whitespace is collapsed and both are capped in length; a pair with an empty field or value
    is skipped. A field already recorded (case and spacing aside) keeps its place and takes the
    latest value, so an answer the caller corrects is shown once, corrected. Works during the
    call and after it.
    """
    locked = Call.objects.select_for_update().get(pk=call.pk)
    details = [dict(item) for item in (locked.details or []) if isinstance(item, dict)]
    index = {str(item.get("field", "")).casefold(): i for i, item in enumerate(details)}
    for raw_field, raw_value in fields:
        name = _one_line(raw_field, DETAIL_FIELD_MAX)
        value = _one_line(raw_value, DETAIL_VALUE_MAX)
        if not name or not value:
            continue
        key = name.casefold()
        if key in index:
            details[index[key]]["value"] = value
        elif len(details) < DETAILS_MAX:
            index[key] = len(details)
            details.append({"field": name, "value": value})
    if details != locked.details:
        locked.details = details
        locked.save(update_fields=["details"])
    call.details = locked.details
    return locked


@transaction.atomic
def call_transfer_record(*, call: Call, number: str, reason: str = "",
                         region: str | None = None, urgent: bool = False) -> CallTransfer:
    """Record that the caller was put through to `number` (after the transfer happened: the
    call's outcome and summary say "transferred" only from this row). The transfer has already
    happened, so a number that does not read as E.164 is kept as given rather than refused.
    An `urgent` transfer (the flow's emergency) is a `call.urgent` for the owner's webhooks."""
    try:
        number = normalize_e164(number, region=region)
    except ApplicationError:
        number = _one_line(number, 16)
    transfer = CallTransfer.objects.create(call=call, number=number,
                                           reason=_one_line(reason, 2000))
    if urgent:
        webhook_event_emit(event_type=webhook_events.CALL_URGENT, data={
            "call": webhook_events.call_data(call), "reason": transfer.reason,
            "transferred_to": transfer.number})
    return transfer
