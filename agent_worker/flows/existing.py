"""Cancelling and moving an existing booking: only the caller's own (the number it was booked
under and the name on it), otherwise a message for the team."""

from __future__ import annotations

import re

from agent_worker.flows import intents, replies
from agent_worker.flows.base import (
    _OTHER_DATE,
    FlowBase,
    Reply,
)
from agent_worker.flows.names import name_answer, name_said_around, offered_name
from agent_worker.flows.state import Offer, Stage, Task
from agent_worker.flows.text import clean
from agent_worker.flows.when import When, parse_when
from calls import appointments
from calls.appointments import Slot
from calls.models import Appointment
from receptionist.errors import ApplicationError

# where a move's new time starts: "move my Friday cut to Thursday evening"
_TO = re.compile(r"\b(?:to|till|until|into|over to|for)\b", re.IGNORECASE)
_MOVED_TO = re.compile(r"\b(?:to|till|until|into|over to)\b", re.IGNORECASE)
# the parts of a line, each read on its own: "I've got a cleaning Thursday at ten, and I need
# to push it back"
_CLAUSE = re.compile(r"(?<=[.;!?,])\s+|\s+(?:and|but|so)\s+", re.IGNORECASE)
# what is said around a name given in passing: "Morning.", "Sam Ortiz here", "Lee Park speaking"
_SAID_AROUND = re.compile(r"^(?:good )?(?:morning|afternoon|evening)\b\W*|\s+(?:here|speaking|"
                          r"calling)$", re.IGNORECASE)


# "from Friday the 13th at nine to Tuesday at two": where the booking being moved is said
_FROM_OLD = re.compile(r"\bfrom\s+(.+?)\s+(?=(?:to|till|until|into|over to)\b)", re.IGNORECASE)
_YES_FIRST = re.compile(r"\s*(?:(?:yes|yeah|yep|ok(?:ay)?|sure|right|great|perfect|please)\b"
                        r"[\s,]*)+", re.IGNORECASE)
# where the old slot and the new one part in a line that says both ("Thursday at ten comes off,
# and put me in on Tuesday", "move Thursday the twelfth at ten to the nineteenth")
_OLD_OR_NEW = re.compile(r"[.;:!?](?=\s|$)\s*|,?\s+(?:and|but|so|then|to|into|over to|instead of|"
                         r"rather than)\s+", re.IGNORECASE)


def _clauses(line: str) -> list[str]:
    return [part for part in _CLAUSE.split(line or "") if part and part.strip()]


def _same_time(when: When, slot: Slot) -> bool:
    """Whether a day and time said is this booking's: its day, and its time if one was said."""
    local = slot.local_start
    on_day = when.day_from is not None and when.day_from <= local.date() <= (
        when.day_to or when.day_from)
    return on_day and (when.at is None or when.at == local.time())


# what makes a wish to cancel less than a request to do it now
_CANCEL_DOUBT = re.compile(r"\b(?:or|maybe|might|perhaps|whether|if|should i|do i (?:have|need)|"
                           r"how (?:do|can|would) i|can i still|thinking (?:of|about)|not sure|"
                           r"move|reschedule|(?<!oil )(?<!tire )(?<!tyre )change)\b")


# "No, I don't want to make another one": no to a new booking, not to the cancellation
_NO_REBOOK = re.compile(r"\b(?:another|new|rebook|reschedule|re-?book|make (?:a|one|another)|"
                        r"book (?:a|another|one|anything|something)|anything else)\b")


class ExistingBooking(FlowBase):
    """Finding the caller's own booking, cancelling it or moving it."""

    def _start_existing(self, raw: str, task: Task) -> Reply:
        """Find the caller's own booking to cancel or move: booked under the number this call
        comes from (caller ID) and under the name the caller gives. A number the caller says is
        kept only as where to call them back; it never finds a booking. When nothing matches,
        the caller hears the same words whether or not someone else's booking exists, and is
        offered a message for the team instead. A day and time the caller used to describe the
        booking they have says which one it is; it is never taken as the new time."""
        s = self.state
        s.task, s.offer, s.misses, s.unfound = task, Offer.NONE, 0, Task.NONE
        s.questions = []  # someone with a booking is not asked a new client's questions
        if raw:
            s.existing_said = self._existing_said() or s.existing_said
            s.requested = self._new_time(raw)
            self._take_contact(raw)
        caller_id = self._caller_id()
        if caller_id and not s.caller_name:
            s.caller_name = self._name_on_booking(caller_id)
        if caller_id and not s.caller_name:
            s.stage = Stage.ASK_NAME
            question = "Sure. What's the name on the appointment?"
            return self._ask(question, prompt=question)
        found = appointments.appointments_for_caller(
            caller_id=caller_id, caller_name=s.caller_name, now=self.clock(),
            region=self.region) if caller_id else []
        if not found and caller_id:
            # "it's Lucy Amadi, assistant to Ingrid Solberg, calling from the line her
            # appointments are under": the booking of the one the caller speaks for, under
            # this number
            other = self._name_on_booking(caller_id)
            if other and other != s.caller_name:
                found = appointments.appointments_for_caller(
                    caller_id=caller_id, caller_name=other, now=self.clock(), region=self.region)
                s.caller_name = other if found else s.caller_name
        if not found:
            return self._existing_not_verified(task)
        appointment = self._the_one_said(found)
        slot = Slot.of(appointment, config=self.config)
        s.existing_appointment, s.existing_slot = appointment.pk, slot
        s.on_the_books = True
        s.verified_name = s.caller_name
        if s.requested is not None and _same_time(s.requested, slot):
            s.requested = None  # the day and time of the booking they have, said again
        if task == Task.CANCEL:
            s.stage = Stage.CONFIRM
            question = (f"I see an appointment for {appointment.caller_name} on {slot.spoken()}. "
                        "Would you like me to cancel it?")
            return self._ask(question)
        s.caller_name, s.callback_number = appointment.caller_name, appointment.callback_number
        s.reason, s.service = appointment.reason, appointment.service
        s.chosen = None
        if s.requested is not None:
            return self._search(s.requested, f"I see your appointment on {slot.spoken()}.")
        s.stage = Stage.ASK_TIME
        question = "What day and time would you like instead?"
        return self._ask(f"I see your appointment on {slot.spoken()}. {question}",
                         prompt=question)

    def _confirm_existing(self, raw: str) -> Reply:
        """"I'm calling to confirm my cleaning tomorrow at nine, under Tom Reyes": the booking
        found as a cancellation finds it (the caller ID and the name on it), and said to be on
        the books; nothing found is met with the same words whether or not someone else's
        booking exists, and a message for the team to confirm is offered."""
        s = self.state
        self._take_contact(raw)
        s.existing_said = self._existing_said() or s.existing_said
        caller_id = self._caller_id()
        if caller_id and not s.caller_name:
            s.caller_name = self._name_on_booking(caller_id)
        found = appointments.appointments_for_caller(
            caller_id=caller_id, caller_name=s.caller_name, now=self.clock(),
            region=self.region) if caller_id and s.caller_name else []
        if not found:
            s.offer = Offer.MESSAGE
            s.reason = s.reason or raw.strip()
            question = replies.OFFER_MESSAGE
            return self._ask("I'm sorry, I can't confirm that from here. " + question,
                             prompt=question)
        slot = Slot.of(self._the_one_said(found), config=self.config)
        s.on_the_books = True
        s.stage = Stage.ANYTHING_ELSE
        return self._ask(f"Yes, I see your appointment on {slot.spoken()}, and it's still on. "
                         f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)

    def without_moved_from(self, raw: str) -> str:
        """The line without the booking being moved (or just moved) said beside the new time:
        "Yes, please move it from Friday the 13th at nine to Tuesday at two", "move the
        Thursday the twelfth at ten to the nineteenth", "Thursday at ten comes off, and put me
        in on Tuesday at three", "take me off Wednesday at eight thirty and put me on Monday"
        all read as the new time alone: the old day and time said back is never taken as the
        new one. Only once that booking is known, and only when another time is said too."""
        s = self.state
        slot = s.existing_slot if s.task == Task.RESCHEDULE else (
            s.moved_from if s.task in (Task.NONE, Task.BOOK) else None)
        if slot is None or not raw:
            return raw
        for found in _FROM_OLD.finditer(raw):
            old = parse_when(found.group(1), now=self.now(), date_order=self.date_order,
                             default_day=slot.local_start.date())
            if old is not None and _same_time(old, slot):
                return f"{raw[:found.start()]}{raw[found.end():]}"
        # ("seven thirty a.m. Same number": the end of a sentence, "a.m. on Monday" none)
        line = re.sub(r"\b([ap])\.m\.(?=\s+[A-Z]|\s*$)", r"\1m.", raw, flags=re.IGNORECASE)
        line = re.sub(r"\b([ap])\.m\.", r"\1m", line, flags=re.IGNORECASE)
        parts = [(m.start(), m.end()) for m in _OLD_OR_NEW.finditer(line)]
        bounds = [0, *[b for span in parts for b in span], len(line)]
        pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
        old_pieces, other_times = [], False
        for start, end in pieces:
            when = parse_when(line[start:end], now=self.now(), date_order=self.date_order)
            if when is None:
                continue
            if when.at is not None and when.day_from is not None and _same_time(when, slot):
                old_pieces.append((start, end))
            elif not _same_time(when, slot):
                other_times = True
        if not old_pieces or not other_times:
            return raw
        for start, end in reversed(old_pieces):
            # ("Yes, take me off Wednesday at 8:30 and ...": the yes kept)
            yes = _YES_FIRST.match(line, start, end)
            line = f"{line[:start]}{yes.group(0) if yes else ''} {line[end:]}"
        return line

    def _check_booking_named_again(self, raw: str, text: str) -> Reply | None:
        """Another name given after no booking was found under the first ("It's booked under
        my legal name, Robert Hale; I go by Bob"): the booking is looked for again under it,
        with the same caller ID, so it still finds only the caller's own. (`text`: unused, the
        line checks' signature.)"""
        s = self.state
        task = s.unfound
        if task == Task.NONE or s.task != Task.NONE or s.offer != Offer.MESSAGE or not (
                self._caller_id()):
            return None
        name = offered_name(raw)
        if not name or len(name.split()) < 2 or name.lower() == s.caller_name.lower():
            return None
        s.caller_name = name
        return self._start_existing(raw, task)

    def _plainly_cancels(self, raw: str) -> bool:
        """Whether this line asks to cancel in so many words, with no doubt or other choice in
        it ("please cancel it", "I have to cancel my cleaning on Friday"; not "cancel or move
        it", "should I cancel?", "how do I cancel?")."""
        lines = [raw] if raw else self.state.topic[-4:]  # asked before the name was
        return any(intents.wants_to_call_off(clean(line))
                   and not _CANCEL_DOUBT.search(clean(line)) for line in lines)

    def _existing_said(self) -> When | None:
        """When the caller said the booking they have is, in the lines since the last task
        ("I've got a cleaning with you Thursday at ten"): the last such day and time."""
        said = None
        for line in self.state.topic:
            for part in _clauses(line):
                if intents.refers_to_booked(clean(part)) or intents.names_old_day(clean(part)):
                    when = parse_when(part, now=self.now(), date_order=self.date_order)
                    said = when or said
        return said

    def _the_one_said(self, found: list[Appointment]) -> Appointment:
        """Of the caller's bookings, the one on the day (and at the time) they described."""
        said = self.state.existing_said
        if said is not None and len(found) > 1:
            for appointment in found:
                if _same_time(said, Slot.of(appointment, config=self.config)):
                    return appointment
        return found[0]

    def _name_on_booking(self, caller_id: str) -> str:
        """A name said in passing since the last task ("Hi, Sam Ortiz here.", "..., Lee Park.")
        that, with the caller ID, finds a booking: a guess that cannot be wrong, since it only
        counts when the book has that name under this number."""
        for line in reversed(self.state.topic):
            # (and whom the caller speaks for: "assistant to Ingrid Solberg")
            for name in [name_said_around(line), *(
                    name_answer(_SAID_AROUND.sub("", part.strip(" .,!?")).strip())
                    for part in _clauses(line) if part.strip(" .,!?"))]:
                if name is None or len(name.split()) < 2:
                    continue
                if appointments.appointments_for_caller(caller_id=caller_id, caller_name=name,
                                                        now=self.clock(), region=self.region):
                    return name
        return ""

    def _without_booking_had(self, raw: str) -> str:
        """The line without its parts about the booking being moved ("drop the Thursday one",
        "I can't make Friday")."""
        parts = _clauses(raw)
        # ("The appointment is under Gloria Pearson": whose it is, kept)
        kept = [part for part in parts if not (intents.names_old_day(clean(part))
                                               or intents.refers_to_booked(clean(part)))
                or offered_name(part)]
        return raw if len(kept) == len(parts) else ", ".join(kept)

    def _name_asked_again(self, raw: str) -> Reply | None:
        """No name, but the new time, said while the name on the booking is asked for: kept,
        and the name asked for again."""
        s = self.state
        if s.task != Task.RESCHEDULE or s.existing_appointment is not None:
            return None
        when = self._new_time(raw)
        if when is None:
            return None
        s.requested = when
        question = "What's the name on the appointment?"
        return self._ask(f"Thanks, I've noted that. {question}", prompt=question)

    def _names_the_booking(self, raw: str) -> bool:
        """'It's next Wednesday at two': the caller says again which booking it is."""
        slot = self.state.existing_slot
        when = parse_when(raw, now=self.now(), date_order=self.date_order)
        return slot is not None and when is not None and _same_time(when, slot)

    def _new_time(self, raw: str) -> When | None:
        """When the caller wants instead: in "move my Friday appointment to Thursday evening"
        the day before "to" names the booking they have, the one after it the new time; a part
        of the line that describes the booking they have ("I've got a cleaning Thursday at ten",
        "I can't make Friday") or another date ("born April 2nd") is never the new time."""
        parts = []
        for part in _clauses(raw):
            text = clean(part)
            if _OTHER_DATE.search(text):
                continue
            if intents.refers_to_booked(text) or intents.names_old_day(text):
                # "my Friday appointment to Thursday evening": only what comes after "to"
                moved_to = list(_MOVED_TO.finditer(part))
                if moved_to:
                    parts.append(part[moved_to[-1].end():])
                continue
            parts.append(part)
        kept = ", ".join(parts)
        if self.state.task == Task.RESCHEDULE:
            for found in reversed(list(_TO.finditer(kept))):
                after = parse_when(kept[found.end():], now=self.now(),
                                   date_order=self.date_order)
                if after is not None:
                    return after
            if _TO.search(kept):
                return None  # "move my Friday appointment to another day": no new time yet
        return parse_when(kept, now=self.now(), date_order=self.date_order) if kept else None

    def _existing_not_verified(self, task: Task) -> Reply:
        """No booking under this caller ID and name (or no caller ID at all): nothing is said
        about any appointment; a message for the team says what the caller wanted.
        (`appointments.appointment_code_send`, a code by text message, is the later way in.)"""
        s = self.state
        what = "cancel" if task == Task.CANCEL else "move"
        s.reset_task()
        s.unfound = task  # another name given next is looked up (_check_booking_named_again)
        s.reason = (f"Wants to {what} an appointment (not changed on the call: it can only be "
                    "done from the number it was booked under, with the name it is under)")
        s.offer = Offer.MESSAGE
        question = ("I can take a message, and the team will call you back to sort it out. "
                    "Would you like that?")
        return self._ask(f"I'm sorry, I can't find an appointment under your name and the number "
                         f"you're calling from, so I can't {what} one on this call. {question}",
                         prompt=question)

    def _commit_cancel(self, *, leaving: bool = False, rebook: bool = True) -> Reply:
        """Cancel the booking found; `leaving`: the caller said goodbye with their go-ahead, so
        the call ends once they have heard it is done."""
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
        s.cancelled_one = True
        slot = s.cancelled_slot = s.existing_slot
        s.reset_task()
        s.topic = []
        if leaving:
            closing = replies.GOODBYE.format(business=self.config.business_name)
            return Reply(text=f"Done: your appointment on {slot.spoken()} is cancelled. {closing}",
                         action="hang_up")
        if not rebook:  # "no, I don't want to make another one"
            s.stage = Stage.ANYTHING_ELSE
            return self._ask(f"Done: your appointment on {slot.spoken()} is cancelled. "
                             f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)
        s.offer = Offer.BOOK
        question = "Would you like to book a new time?"
        return self._ask(f"Done: your appointment on {slot.spoken()} is cancelled. {question}",
                         prompt=question)
