"""Cancelling and moving an existing booking: only the caller's own (the number it was booked
under and the name on it), otherwise a message for the team."""

from __future__ import annotations

import re

from agent_worker.flows import replies
from agent_worker.flows.base import (
    FlowBase,
    Reply,
)
from agent_worker.flows.state import Offer, Stage, Task
from agent_worker.flows.when import When, parse_when
from calls import appointments
from calls.appointments import Slot
from receptionist.errors import ApplicationError

# where a move's new time starts: "move my Friday cut to Thursday evening"
_TO = re.compile(r"\b(?:to|till|until|into|over to|for)\b", re.IGNORECASE)


class ExistingBooking(FlowBase):
    """Finding the caller's own booking, cancelling it or moving it."""

    def _start_existing(self, raw: str, task: Task) -> Reply:
        """Find the caller's own booking to cancel or move: booked under the number this call
        comes from (caller ID) and under the name the caller gives. A number the caller says is
        kept only as where to call them back; it never finds a booking. When nothing matches,
        the caller hears the same words whether or not someone else's booking exists, and is
        offered a message for the team instead."""
        s = self.state
        s.task, s.offer, s.misses = task, Offer.NONE, 0
        if raw:
            s.requested = self._new_time(raw)
            self._take_contact(raw)
        caller_id = self._caller_id()
        if caller_id and not s.caller_name:
            s.stage = Stage.ASK_NAME
            question = "Sure. What's the name on the appointment?"
            return self._ask(question, prompt=question)
        found = appointments.appointments_for_caller(
            caller_id=caller_id, caller_name=s.caller_name, now=self.clock(),
            region=self.region) if caller_id else []
        if not found:
            return self._existing_not_verified(task)
        appointment = found[0]
        slot = Slot.of(appointment, config=self.config)
        s.existing_appointment, s.existing_slot = appointment.pk, slot
        s.verified_name = s.caller_name
        if task == Task.CANCEL:
            s.stage = Stage.CONFIRM
            question = (f"I see an appointment for {appointment.caller_name} on {slot.spoken()}. "
                        "Would you like me to cancel it?")
            return self._ask(question)
        s.caller_name, s.callback_number = appointment.caller_name, appointment.callback_number
        s.reason, s.service = appointment.reason, appointment.service
        s.chosen, s.questions = None, []
        if s.requested is not None:
            return self._search(s.requested, f"I see your appointment on {slot.spoken()}.")
        s.stage = Stage.ASK_TIME
        question = "What day and time would you like instead?"
        return self._ask(f"I see your appointment on {slot.spoken()}. {question}",
                         prompt=question)

    def _new_time(self, raw: str) -> When | None:
        """When the caller wants instead: in "move my Friday appointment to Thursday evening"
        the day before "to" names the booking they have, the one after it the new time."""
        if self.state.task == Task.RESCHEDULE:
            for found in reversed(list(_TO.finditer(raw))):
                after = parse_when(raw[found.end():], now=self.now(),
                                   date_order=self.date_order)
                if after is not None:
                    return after
            if _TO.search(raw):
                return None  # "move my Friday appointment to another day": no new time yet
        return parse_when(raw, now=self.now(), date_order=self.date_order)

    def _existing_not_verified(self, task: Task) -> Reply:
        """No booking under this caller ID and name (or no caller ID at all): nothing is said
        about any appointment; a message for the team says what the caller wanted.
        (`appointments.appointment_code_send`, a code by text message, is the later way in.)"""
        s = self.state
        what = "cancel" if task == Task.CANCEL else "move"
        s.reset_task()
        s.reason = (f"Wants to {what} an appointment (not changed on the call: it can only be "
                    "done from the number it was booked under, with the name it is under)")
        s.offer = Offer.MESSAGE
        question = ("I can take a message, and the team will call you back to sort it out. "
                    "Would you like that?")
        return self._ask(f"I'm sorry, I can't find an appointment under your name and the number "
                         f"you're calling from, so I can't {what} one on this call. {question}",
                         prompt=question)

    def _commit_cancel(self) -> Reply:
        s = self.state
        assert s.existing_appointment is not None and s.existing_slot is not None
        try:
            appointments.appointment_cancel(
                appointment_id=s.existing_appointment, caller_id=self._caller_id(),
                caller_name=s.verified_name, region=self.region, call=self._call())
        except ApplicationError as exc:
            s.reset_task()
            s.stage = Stage.ANYTHING_ELSE
            return self._ask(f"{exc.message} {replies.ANYTHING_ELSE}",
                             prompt=replies.ANYTHING_ELSE)
        self.effects.append(("cancelled", s.existing_appointment))
        slot = s.existing_slot
        s.reset_task()
        s.topic = []
        s.offer = Offer.BOOK
        question = "Would you like to book a new time?"
        return self._ask(f"Done: your appointment on {slot.spoken()} is cancelled. {question}",
                         prompt=question)
