"""What the call-flow tests share: the pinned clock and a flow for a business on it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent_worker.flows import CallFlow, FlowState

NY = ZoneInfo("America/New_York")
TUESDAY_9AM = datetime(2026, 3, 10, 9, 0, tzinfo=NY)


def call_flow(config, state: FlowState | None = None) -> CallFlow:
    return CallFlow(config=config, state=state or FlowState(), clock=lambda: TUESDAY_9AM,
                    caller_number="+14155550123")


def business_flow(schema: str, *, clock: datetime = TUESDAY_9AM, caller: str = "+14155550123",
                  transfer: bool = False) -> CallFlow:
    """A flow for one of the fleet's businesses (tests.factories), on the pinned clock;
    `transfer`: the business has a number to put callers through to."""
    from dataclasses import replace

    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config(schema)
    if transfer:
        config = replace(config, transfer_number="+12125550166")
    return CallFlow(config=config, state=FlowState(), clock=lambda: clock, caller_number=caller,
                    transfer_available=transfer)


def talk(flow: CallFlow, *lines: str) -> list[str]:
    """The caller's lines through the flow, one turn each; what the receptionist said to each
    ('' for a turn the flow left to the model)."""
    from django_tenants.utils import schema_context

    from agent_worker.flows import FlowRunner

    runner = FlowRunner(flow)
    with schema_context(flow.config.client_id):
        return [runner.respond(turn, line).text or ""
                for turn, line in enumerate(lines, start=flow.state.turns + 1)]


def appointments_in_book(flow: CallFlow) -> list[tuple[str, str, str]]:
    """The business's appointment book as (local start, name, status), earliest first."""
    from django_tenants.utils import schema_context

    from calls.models import Appointment

    with schema_context(flow.config.client_id):
        return [(a.starts_at.astimezone(TUESDAY_9AM.tzinfo).strftime("%Y-%m-%d %H:%M"),
                 a.caller_name, a.status) for a in Appointment.objects.order_by("starts_at")]


def bookings_made(flow: CallFlow) -> list[tuple[str, str]]:
    """The bookings standing in the business's book as (local start, name), earliest first."""
    return [(when, name) for when, name, status in appointments_in_book(flow)
            if status == "booked"]


def seed_booking(flow: CallFlow, at: str, name: str, number: str = "+14155550123") -> None:
    """A booking made the day before the pinned clock, at local time `at`, from `number`."""
    from django_tenants.utils import schema_context

    from calls import appointments

    with schema_context(flow.config.client_id):
        appointments.appointment_book(
            config=flow.config, starts_at=datetime.fromisoformat(at).replace(tzinfo=flow.tz),
            caller_name=name, callback_number=number, reason="seeded",
            now=TUESDAY_9AM - timedelta(days=1))


def messages_taken(flow: CallFlow) -> list:
    """The business's callback messages."""
    from django_tenants.utils import schema_context

    from calls.models import CallbackMessage

    with schema_context(flow.config.client_id):
        return list(CallbackMessage.objects.all())
