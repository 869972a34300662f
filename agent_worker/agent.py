"""The receptionist Agent: the business's profession prompt and facts, and tools that do real
work in the business's schema (check availability, book, take a message, transfer, hang up).

The LLM chooses a tool and fills its arguments; the tool decides what is true (open slots, valid
numbers, business hours) and answers in a sentence the LLM can repeat. Each database step runs
in a worker thread inside the business's schema: no schema is held across an await.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from asgiref.sync import sync_to_async
from django.utils import timezone
from django_tenants.utils import schema_context
from livekit.agents import Agent, ModelSettings, RunContext, ToolError, function_tool, llm

from agent_worker.guardrails import scripted_reply
from calls import appointments
from calls.models import Call
from receptionist.errors import ApplicationError
from tenants.business_hours import describe_business_hours, is_open
from tenants.router import TenantConfig

logger = logging.getLogger(__name__)
SEARCH_DAYS = 14


@dataclass
class CallState:
    """One call's facts, shared by the tools (LiveKit's per-session `userdata`)."""

    config: TenantConfig
    call_pk: int | None = None
    caller_number: str = ""
    clock: Callable[[], datetime] = timezone.now
    transfer: Callable[[str], Awaitable[None]] | None = None
    hang_up: Callable[[], Awaitable[None]] | None = None
    offered: list[appointments.Slot] = field(default_factory=list)
    booked_appointment: int | None = None
    message_taken: bool = False
    transferred: bool = False
    ended: bool = False

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.config.timezone)

    @property
    def outcome(self) -> str:
        if self.booked_appointment:
            return Call.Outcome.BOOKED
        if self.transferred:
            return Call.Outcome.TRANSFERRED
        if self.message_taken:
            return Call.Outcome.MESSAGE_TAKEN
        return Call.Outcome.INFORMATION_ONLY


def instructions_for(config: TenantConfig, now: datetime) -> str:
    """The profession prompt plus what this call needs to know to use the tools well."""
    local = now.astimezone(ZoneInfo(config.timezone))
    questions = " ".join(config.qualification_questions)
    objections = " ".join(f"If the caller says it is {k.replace('_', ' ')}: {v}"
                          for k, v in config.objection_handlers.items())
    return "\n\n".join(part for part in [
        config.system_prompt,
        f"Right now it is {local:%A, %B %d, %Y, %I:%M %p} for the business "
        f"({config.timezone}). Opening hours: {describe_business_hours(config.business_hours)}",
        "Tools: use check_availability before offering any time and offer only the times it "
        "returns; use book_appointment once the caller has chosen a time and given their name "
        "and callback number; use take_message when the caller wants a call back; use "
        "transfer_to_human when they ask for a person; use end_call after saying goodbye. "
        "Dates and times you pass to tools are in the business's local time.",
        f"Questions to ask, in order, when they fit: {questions}" if questions else "",
        objections,
        f"When asked for advice you must not give, say: {config.safe_alternative}"
        if config.safe_alternative else "",
    ] if part)


class Receptionist(Agent):
    def __init__(self, config: TenantConfig, *, now: datetime | None = None) -> None:
        super().__init__(instructions=instructions_for(config, now or timezone.now()))
        self.config = config

    async def llm_node(self, chat_ctx: llm.ChatContext, tools: list[llm.Tool],
                       model_settings: ModelSettings):
        """Forbidden advice and known objections get the template's words; the rest the LLM's."""
        last = next((m for m in reversed(chat_ctx.messages()) if m.role == "user"), None)
        reply = scripted_reply(self.config, last.text_content or "") if last else None
        if reply is not None:
            yield reply
            return
        async for chunk in Agent.default.llm_node(self, chat_ctx, tools, model_settings):
            yield chunk

    # --- database steps: each enters the schema in its own thread -------------------------
    @staticmethod
    @sync_to_async
    def _in_schema(schema: str, work: Callable[[], object]) -> object:
        with schema_context(schema):
            return work()

    def _call(self, state: CallState) -> Call | None:
        return Call.objects.filter(pk=state.call_pk).first() if state.call_pk else None

    # --- tools ------------------------------------------------------------------------------
    @function_tool
    async def check_availability(self, context: RunContext[CallState], day: str = "",
                                 preferred_time: str = "") -> str:
        """Find open appointment times.

        Args:
            day: the local date wanted, as YYYY-MM-DD; empty for the earliest openings.
            preferred_time: the local time wanted that day, as HH:MM (24-hour); optional.
        """
        state = context.userdata
        now = state.clock()
        try:
            wanted_day = date.fromisoformat(day) if day else None
            wanted_time = (datetime.strptime(preferred_time, "%H:%M").time()
                           if preferred_time else None)
        except ValueError:
            raise ToolError("Use day as YYYY-MM-DD and preferred_time as HH:MM.") from None

        def find() -> list[appointments.Slot]:
            cfg = state.config
            if wanted_day and wanted_time:
                wanted = datetime.combine(wanted_day, wanted_time, tzinfo=state.tz)
                return appointments.slots_near(config=cfg, wanted=wanted, now=now, count=3)
            first = wanted_day or now.astimezone(state.tz).date()
            last = wanted_day or first + timedelta(days=SEARCH_DAYS)
            return appointments.available_slots(config=cfg, day_from=first, day_to=last,
                                                now=now, limit=3)

        slots = await self._in_schema(state.config.client_id, find)
        state.offered = list(slots)
        if not slots:
            return ("There are no open times then. Offer another day, or to take a message so "
                    "the team can call back.")
        exact = wanted_day and wanted_time and any(
            s.starts_at.astimezone(state.tz).time() == wanted_time
            and s.starts_at.astimezone(state.tz).date() == wanted_day for s in slots)
        listing = "; ".join(s.spoken() for s in slots)
        if wanted_time and not exact:
            return f"That time is not available. The closest open times are: {listing}."
        return f"Open times: {listing}."

    @function_tool
    async def book_appointment(self, context: RunContext[CallState], start: str,
                               caller_name: str, callback_number: str, reason: str = "",
                               service: str = "") -> str:
        """Book an appointment at a time check_availability offered.

        Args:
            start: the local start time as YYYY-MM-DDTHH:MM.
            caller_name: the caller's full name.
            callback_number: the caller's phone number.
            reason: why they are coming in.
            service: the service from the price list, if the caller named one.
        """
        state = context.userdata
        try:
            starts_at = datetime.fromisoformat(start).replace(tzinfo=state.tz)
        except ValueError:
            raise ToolError("Use start as YYYY-MM-DDTHH:MM in local time.") from None

        def book() -> appointments.Appointment:
            return appointments.appointment_book(
                config=state.config, starts_at=starts_at, caller_name=caller_name,
                callback_number=callback_number or state.caller_number, reason=reason,
                service=service, call=self._call(state), now=state.clock())

        try:
            appointment = await self._in_schema(state.config.client_id, book)
        except ApplicationError as exc:
            raise ToolError(exc.message) from None
        state.booked_appointment = appointment.pk
        slot = appointments.Slot(appointment.starts_at, appointment.ends_at, state.config.timezone)
        digits = " ".join(appointment.callback_number.removeprefix("+1"))
        return (f"Booked {appointment.caller_name} for {slot.spoken()}. Confirm the time and "
                f"read back the callback number: {digits}.")

    @function_tool
    async def take_message(self, context: RunContext[CallState], caller_name: str,
                           callback_number: str, reason: str, urgent: bool = False) -> str:
        """Leave a message for the team to call the caller back.

        Args:
            caller_name: the caller's full name.
            callback_number: the best number to call back.
            reason: what the call is about.
            urgent: true if the caller says it cannot wait.
        """
        state = context.userdata

        def take() -> object:
            return appointments.callback_message_take(
                caller_name=caller_name, callback_number=callback_number or state.caller_number,
                reason=reason, urgent=urgent, call=self._call(state))

        try:
            message = await self._in_schema(state.config.client_id, take)
        except ApplicationError as exc:
            raise ToolError(exc.message) from None
        state.message_taken = True
        digits = " ".join(message.callback_number.removeprefix("+1"))
        return f"Message saved. Tell the caller the team will call back on {digits}."

    @function_tool
    async def transfer_to_human(self, context: RunContext[CallState], reason: str = "") -> str:
        """Connect the caller to a person at the business.

        Args:
            reason: why the caller wants a person.
        """
        state = context.userdata
        config = state.config
        local = state.clock().astimezone(state.tz)
        if not config.transfer_number or state.transfer is None:
            return "Nobody can take the call directly. Offer to take a message instead."
        if not (config.transfer_outside_hours or is_open(config.business_hours, local)):
            return ("The office is closed right now, so nobody can take the call. Offer to take "
                    "a message for the team.")
        await state.transfer(config.transfer_number)
        state.transferred = True
        logger.info("%s: transferred to %s (%s)", config.client_id, config.transfer_number,
                    reason)
        return "The caller is being transferred now."

    @function_tool
    async def end_call(self, context: RunContext[CallState]) -> str:
        """Hang up, after you have said goodbye."""
        state = context.userdata
        state.ended = True
        if state.hang_up is not None:
            await state.hang_up()
        return "The call has ended."
