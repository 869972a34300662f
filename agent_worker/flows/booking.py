"""Booking: a day and time resolved against the business's clock, slots from the appointment
book only, the caller's choice, and the write once the caller said yes to the read-back."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from agent_worker.flows import intents, replies
from agent_worker.flows import when as when_module
from agent_worker.flows.base import (
    _OTHER_DATE,
    MAX_REFUSALS,
    SEARCH_DAYS,
    FlowBase,
    Reply,
    _cap,
    _minutes,
    _t,
)
from agent_worker.flows.faq import _tag_questions_joined
from agent_worker.flows.knowledge import (
    asks_hours,
    hours_answer,
    match_service,
    spoken_duration,
)
from agent_worker.flows.names import name_said_around, offered_name
from agent_worker.flows.phone import read_back
from agent_worker.flows.state import Offer, Stage, Task
from agent_worker.flows.text import (
    WEEKDAYS,
    clean,
    is_no,
    is_question,
    is_yes,
    split_sentences,
)
from agent_worker.flows.when import When, narrowed, parse_when
from calls import appointments
from calls.appointments import Slot, ordinal, spoken_clock
from receptionist.errors import ApplicationError
from tenants.business_hours import DAY_NAMES, DAYS, is_open, validate_business_hours

# a first visit (the new patient's exam, a new client), and the FAQ entry about what to bring
_NEW_VISITOR = re.compile(r"\bnew (?:patient|client|customer)s?\b|\bfirst (?:visit|time)\b|"
                          r"\bnever been\b", re.I)
_RETURNING_VISITOR = re.compile(r"\b(?:not|n'?t) (?:a )?new\b|\b(?:existing|returning|current) "
                                r"(?:patient|client|customer)\b", re.I)
_FIRST_VISIT_Q = re.compile(r"\bbring\b.*\b(?:first|new)\b|\b(?:first|new)\b.*\bbring\b|"
                            r"\bfirst (?:visit|appointment)\b", re.I)


# the day of the booking just made, pointed back at ("the same day", "right after me")
_SAME_DAY = re.compile(r"\b(?:(?:the )?same day|that day|right after (?:me|mine|her|him|that|"
                       r"it)|after (?:me|mine)|before (?:me|mine)|back to back)\b")
# a second choice, for when the first is full: "Thursday afternoon? If not, next Wednesday"
_OR_ELSE = re.compile(r"\b(?:if not|otherwise|or else|failing that|if (?:that'?s|it'?s|you'?re|"
                      r"that is) (?:full|taken|booked(?: up)?|not (?:free|open|"
                      r"available|possible))|if you don'?t have (?:that|anything|one|room))\b",
                      re.IGNORECASE)

# a time said about when the business opens or closes ("you'd be open until five", "you close
# at six on Fridays"), not one the caller asks to come at
_OPEN_UNTIL = re.compile(r"\b(?:(?:be|are|is|stay|stays|you'?re) open|(?:you|they|it|the \w+) "
                         r"(?:opens?|close|closes|shut|shuts)) (?:at|until|till|til|by|from|"
                         r"late|early|on)\b")


# a yes to the booking in hand, before a further one is asked for in the same sentence
_YES_THEN = re.compile(r"^((?:yes|yeah|yep|sure|okay|ok|great|perfect|please do|go ahead)"
                       r"(?:,? (?:please|that'?s (?:right|fine|great)|book (?:it|that)))?)[,.!]?"
                       r"\s+(?:and\s+)?", re.IGNORECASE)


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})s?\b")
# two times for two people in one sentence ("three in the afternoon for me and four o'clock for
# him, right after"): the first part, and the second
_WHO_FOR = r"\bfor (?:me|myself|him|her|them|my \w+|his \w+|her \w+|[A-Z]\w+)\b"
_TWO_FOR = re.compile(rf"^(?P<first>.*?{_WHO_FOR}.*?),? and (?:then )?(?P<second>.*?{_WHO_FOR}.*)$")
# what the caller cannot make ("I can never get there before six", "I can't get there before
# eight thirty")
_CANNOT_BY = re.compile(r"\b(?:i|we) (?:can'?t|cannot|can never|never|won'?t be able to|am not "
                        r"able to|'m not able to) (?:get|make it|come|be)\b(?: \w+){0,3}? "
                        r"(?:before|until|till|by)\b")


class Booking(FlowBase):
    """Finding, offering and booking a time."""

    def _asks_for_time(self, raw: str) -> bool:
        """'Can you come at 8:15 tomorrow?', 'A blowout on Sunday?': a time is a booking
        request when it is a clock time, or comes with a service or a statement ('Friday.'),
        not when it is a question about a day ('Is the owner in today?')."""
        # ("Are you open late on Thursdays? I can never get there before six.": what the caller
        # cannot do, told with a question about the hours, asks for no time)
        said = " ".join(x for x in split_sentences(raw) if not (_CANNOT_BY.search(clean(x)) and (
            parse_when(x, now=self.now(), date_order=self.date_order) or When()).at is None))
        when = parse_when(said, now=self.now(), date_order=self.date_order) if said else None
        if when is None or (when.at is None and asks_hours(clean(raw))) or _OPEN_UNTIL.search(
                clean(raw)):
            return False  # ("I figured you'd be open until five": the business's hours)
        if when.at or when.after or when.before or when.earliest or when.latest:
            return True
        return not is_question(raw) or match_service(self.config, raw) is not None

    def _start_booking(self, raw: str, *, same_service: str = "") -> Reply:
        """Book what `raw` asks for; `same_service`: the one just booked, for a further booking
        that names none ("and one for my son as well")."""
        s = self.state
        if s.task == Task.NONE and s.booked_appointment is not None:
            # a second booking after one was made ("can you also book my husband?"): what the
            # first was for, when and its answers are not this one's
            s.service = s.reason = ""
            s.answers, s.requested = [], None
            if s.booked_slot is not None and _SAME_DAY.search(clean(raw)):
                # ("... at three, the same day", "right after me"): the first booking's day
                day = s.booked_slot.local_start.date()
                s.requested = When(day_from=day, day_to=day,
                                   day_phrase=replies.day_phrase(day, self.today))
        if s.reason.startswith("Asked: "):
            s.reason = ""  # the question a message was offered for, not what the visit is for
        s.task, s.offer, s.refusals, s.misses = Task.BOOK, Offer.NONE, 0, 0
        s.chosen, s.offered = None, []
        self._take_details(raw)
        if not s.service and s.topic:  # "I'd like to book one": the one asked about (this line
            # too: a booking started after a question answered first is read on what is left)
            found = match_service(self.config, " ".join(s.topic))
            if found:
                s.service = str(found["name"])
        if not s.service and same_service:
            s.service = same_service
        if not s.reason:
            s.reason = self._topic_reason() or s.service
        s.questions = self._questions(raw)
        return self._next()

    def _queue_another_booking(self, raw: str) -> tuple[str, str] | None:
        """A further booking described while this one is being made ("And can I get a flu shot
        for myself too, right after his, at four? That's for Carmen Alvarez."): its sentences
        are kept in the caller's words, to be booked once this one is written (they are not
        this booking's time or name). (What is left of the line, what to say of it), or None."""
        s = self.state
        if s.task != Task.BOOK:
            return None
        sentences = split_sentences(raw)
        if s.chosen is None and (s.requested is None or s.requested.at is None):
            split = self._two_for_two(sentences)
            if split is not None:
                return split
        if s.chosen is None and s.requested is None:
            return None
        first = next((i for i, x in enumerate(sentences) if intents.another_booking(x)), None)
        if first is None:
            return None
        queued, left, taking = [sentences[first]], sentences[:first], True
        said_yes = _YES_THEN.match(sentences[first])
        if said_yes:  # ("Yes, and book my son in too, right after me": a yes to this one)
            left.append(said_yes.group(1))
            queued = [sentences[first][said_yes.end():]]
        for sentence in sentences[first + 1:]:
            # ("That's for Carmen Alvarez, date of birth ...": who the next one is for, or when;
            # "Any stylist is fine for both of us." is about this one too)
            taking = taking and bool(
                name_said_around(sentence) or offered_name(sentence) or parse_when(
                    sentence, now=self.now(), date_order=self.date_order))
            (queued if taking else left).append(sentence)
        s.queued.append(" ".join(queued))
        return " ".join(left), "Sure, I'll book that one right after this one."

    def _two_for_two(self, sentences: list[str]) -> tuple[str, str] | None:
        """"Thursday at three for me and four o'clock for him, right after": two times for two
        people in one breath; the second is queued (on the first one's day when it names none),
        the first is this booking's. (What is left of the line, what to say of it), or None."""
        for i, sentence in enumerate(sentences):
            pair = _TWO_FOR.match(sentence)
            if pair is None:
                continue
            first, second = pair.group("first"), pair.group("second")
            day, then = (parse_when(part, now=self.now(), date_order=self.date_order,
                                    expect_time=True) for part in (first, second))
            if day is None or then is None:
                continue
            if day.single_day is not None and not (
                    when_module.DATE_NAMED.search(clean(second)) or _WEEKDAY.search(clean(second))):
                second = f"{day.single_day:%A} the {ordinal(day.single_day.day)}: {second}"
            # ("... and four for him": a bare hour is a clock time here)
            second = re.sub(r"^((?:\w+ the \w+: )?)(?:at )?", r"\1at ", second, count=1)
            self.state.queued.append(second)
            left = [*sentences[:i], first, *sentences[i + 1:]]
            return " ".join(left), "Sure, I'll book the second one right after this one."
        return None

    def _book_queued(self, done: str) -> Reply | None:
        """After a booking is written, the next one the caller described while it was being
        made, started from their own words (the callback number is kept; whose name it is
        under is read from them). Booked at once when the go-ahead asked for both and the
        caller's words gave everything it needs ("Yes, please book both"); `done` is what was
        said of the one just written."""
        s = self.state
        if not s.queued:
            return None
        line, service = s.queued.pop(0), self._service()
        both = bool(s.heard) and intents.books_both(s.heard[-1])
        s.caller_name, s.for_someone_else, s.topic = "", False, [line]
        self._queued_start = True
        try:
            reply = self._start_booking(line, same_service=service)
        finally:
            self._queued_start = False
        if both and s.task == Task.BOOK and s.stage == Stage.CONFIRM and s.chosen is not None:
            reply = self._commit_booking(said_back=True)
        elif not s.caller_name and s.stage == Stage.ASK_NAME:
            question = "Who is the next one for? May I have their full name?"
            reply = self._ask(question, prompt=question)
        return self._ask(f"{done} Now the next one. {reply.text}", prompt=s.last_prompt)

    def _topic_reason(self, lines: list[str] | None = None) -> str:
        """What the booking is for, in the caller's own words: every sentence they said since
        the last task (or in `lines`) that says more than who they are and that they want a
        time (a question about the business they only asked is not one)."""
        kept: list[str] = []
        for line in self.state.topic if lines is None else lines:
            for sentence in _tag_questions_joined(split_sentences(line)):
                sentence = sentence.strip()
                if is_question(sentence) and not self._asks_to_act(sentence):
                    continue
                if sentence and sentence not in kept and self._residue(sentence) and (
                        self._substance(sentence)):
                    kept.append(sentence)
        return " ".join(kept)

    def _add_to_reason(self, raw: str) -> None:
        """More the caller said about what they come for, kept beside what they said before."""
        s = self.state
        said = raw.strip()
        if said and said not in s.reason and self._substance(said):
            before = s.reason.rstrip()
            if before and before[-1] not in ".!?":
                before = f"{before}."  # ("...four pills left. Send it to the Walgreens.")
            s.reason = f"{before} {said}".strip() if s.reason != s.service else said

    def _evening_meant(self, when: When) -> When:
        """"Thursday, like seven?" at a salon open 10 to 8: seven in the evening. A morning
        hour said without AM or 'morning' is taken in the afternoon or evening when the business
        is closed then and open twelve hours later on that day."""
        day = when.single_day
        if when.at is None or day is None or when.at.hour >= 12 or re.search(
                r"\b(?:a\.?m\b|morning|early)", clean(self.state.heard[-1] if self.state.heard
                                                     else "")):
            return when
        hours = validate_business_hours(self.config.business_hours)
        said = datetime.combine(day, when.at, tzinfo=self.tz)
        later = said + timedelta(hours=12)
        if not is_open(hours, said) and is_open(hours, later):
            return replace(when, at=later.time())
        return when

    def _grid_reason(self, wanted: datetime) -> str:
        """Why a requested time cannot be had, as the receptionist says it."""
        hours = validate_business_hours(self.config.business_hours)
        day = DAYS[wanted.weekday()]
        clock = spoken_clock(wanted.time())
        when = f"{clock} {replies.day_phrase(wanted.date(), self.today)}"
        if wanted <= self.now() + self.config.booking.lead_time:
            return f"{_cap(when)} is too soon for me to book."
        if wanted.date() > appointments.last_bookable_day(config=self.config, now=self.clock()):
            return (f"I can only book up to {self.config.booking.max_days_ahead} days ahead, "
                    f"so {when} is too far out.")
        if not hours[day]:
            return f"We're closed on {DAY_NAMES[day]}s."
        if not is_open(hours, wanted):
            spans = " and ".join(f"{spoken_clock(_t(a))} to {spoken_clock(_t(b))}"
                                 for a, b in hours[day])
            return f"We're not open at {clock} on {DAY_NAMES[day]}s; we're open {spans}."
        opening = min(_minutes(_t(a)) for a, _ in hours[day])
        if (wanted.hour * 60 + wanted.minute - opening) % self.config.appointment_minutes:
            return f"{clock} isn't one of our appointment times."
        service = self._service()
        minutes = appointments.service_minutes(self.config, service)
        start = wanted.hour * 60 + wanted.minute
        if service and not any(_minutes(_t(a)) <= start and start + minutes <= _minutes(_t(b))
                               for a, b in hours[day]):
            return (f"{_cap(service)} takes {spoken_duration(minutes)}, so {clock} is too close to "
                    "closing.")
        return f"{_cap(when)} is already booked."

    def _available(self, day_from: date, day_to: date, when: When | None = None,
                   limit: int = 2) -> list[Slot]:
        found: list[Slot] = []
        if day_to < day_from:
            return found
        for slot in appointments.available_slots(
                config=self.config, day_from=day_from, day_to=day_to, now=self.clock(),
                service=self._service()):
            if when is None or when.fits(slot.local_start):
                found.append(slot)
                if len(found) >= limit:
                    break
        return found

    def _or_else(self, raw: str, when: When | None) -> When | None:
        """The time to look for when the caller names a second choice for the first being full
        ("anything Thursday afternoon? If not, next Wednesday at four thirty"): the first when
        it has room, otherwise the second; `when` (the line read whole) when no second choice
        is named."""
        parts = _OR_ELSE.split(raw, maxsplit=1)
        if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
            return when
        first = parse_when(parts[0], now=self.now(), date_order=self.date_order, expect_time=True)
        second = parse_when(parts[1], now=self.now(), date_order=self.date_order,
                            expect_time=True)
        if first is None or second is None:
            return when
        slots, note, exact = self._find(first)
        fits = exact or (bool(slots) and not note and first.at is None)
        return first if fits else second

    def _find(self, when: When) -> tuple[list[Slot], str, bool]:
        """(slots to offer, what to say first, whether the exact wanted time is free)."""
        today = self.today
        horizon = today + timedelta(days=SEARCH_DAYS - 1)
        if when.at is not None:
            day = when.single_day or today
            wanted = datetime.combine(day, when.at, tzinfo=self.tz)
            free = [sl for sl in self._available(day, day, when, limit=1)
                    if sl.local_start.replace(tzinfo=None) == wanted.replace(tzinfo=None)]
            if free:
                return free, "", True
            note = self._grid_reason(wanted)
            for other in when.or_at:  # "or ten, if nine thirty's gone"
                instead = datetime.combine(day, other, tzinfo=self.tz)
                free = [sl for sl in self._available(day, day, replace(when, at=other), limit=1)
                        if sl.local_start.replace(tzinfo=None) == instead.replace(tzinfo=None)]
                if free:
                    return free, note, True
            near = appointments.slots_near(config=self.config, wanted=wanted, now=self.clock(),
                                           count=2, service=self._service())
            if near:
                return near, note, False
            return [], note, False
        day_from = max(when.day_from or today, today)
        day_to = when.day_to or (day_from if when.day_from else horizon)
        found = self._available(day_from, day_to, when)
        if found and when.earliest and when.day_from:
            return found[:1], "", True  # "first thing Friday": the first time that day
        if found and when.latest and when.single_day:
            # "what's your last appointment on Thursday?": the last time free that day
            return self._available(day_from, day_to, when, limit=200)[-1:], "", True
        if found:
            return found, "", False
        windowed = when.after is not None or when.before is not None
        if when.single_day and not validate_business_hours(
                self.config.business_hours)[DAYS[when.single_day.weekday()]]:
            note = f"We're closed on {DAY_NAMES[DAYS[when.single_day.weekday()]]}s."
        elif when.single_day and windowed and not self._open_in(when):
            # "any Saturday afternoon option?" at a vet that closes at noon on Saturdays: the
            # day's hours say why
            day = DAY_NAMES[DAYS[when.single_day.weekday()]]
            note = (f"I'm sorry, I don't have anything open {when.spoken()}. "
                    f"{hours_answer(self.config, day, self.now())}")
        elif when.day_from or windowed:
            note = f"I'm sorry, I don't have anything open {when.spoken()}."
        else:
            note = ""
        alternatives: list[Slot] = []
        if windowed and when.day_from:
            alternatives = self._available(day_from, day_to)
        if not alternatives:
            start = day_to + timedelta(days=1)
            end = start + timedelta(days=SEARCH_DAYS - 1)
            alternatives = (self._available(start, end, when) if windowed else []) or (
                self._available(start, end))
        if not alternatives and not when.day_from:
            alternatives = self._available(today, horizon)
        if alternatives:
            return alternatives, note, False
        return [], note, False

    def _none_on_the_day(self, when: When | None) -> str:
        """What is said when the day asked for has nothing in the window asked ("Is there any
        Saturday afternoon option?" where Saturdays end at noon: the day's hours), told at
        once, before the booking's other questions; "" when it has something."""
        if when is None or not when.single_day:
            return ""
        return self._find(when)[1]

    def _open_in(self, when: When) -> bool:
        """Whether the business is open at some time inside `when`'s window on its day."""
        day = when.single_day
        spans = validate_business_hours(self.config.business_hours)[DAYS[day.weekday()]] if (
            day) else []
        return any((when.before is None or _t(a) < when.before) and (
            when.after is None or when.after < _t(b)) for a, b in spans)

    def _search(self, when: When, prefix: str = "") -> Reply:
        s = self.state
        when = self._evening_meant(when)
        # the same time asked for again (a fallback said with it or not: "8:15? Or 8:30?")
        same_again = (s.requested is not None and replace(s.requested, or_at=()) == replace(
            when, or_at=()) and s.stage == Stage.CHOOSE_SLOT and bool(s.offered))
        s.requested = when
        slots, note, exact = self._find(when)
        lead = " ".join(p for p in (prefix, note) if p)
        if exact:
            s.chosen, s.offered, s.misses = slots[0], slots, 0
            when_text = replies.slot_phrase(slots[0], self.today)
            if when.at is None:  # the earliest (or the latest) of a day the caller named
                first_or_last = "latest" if when.latest else "earliest"
                return self._next(f"{lead} The {first_or_last} I have is {when_text}.".strip())
            return self._next(f"{lead} {when_text[0].upper()}{when_text[1:]} is available."
                              .strip())
        if same_again:
            s.refusals += 1
            if s.refusals >= MAX_REFUSALS:
                return self._give_up_booking()
            lead = f"I'm sorry, {lead[0].lower()}{lead[1:]}" if lead else "I'm sorry."
        if not slots:
            s.offer = Offer.MESSAGE
            s.task, s.stage = Task.NONE, Stage.LISTENING
            empty = lead or "I'm sorry, I don't have any openings in the next two weeks."
            if "openings" not in empty and not when.day_from:
                empty = "I'm sorry, I don't have any openings in the next two weeks."
            question = ("Would you like me to take a message so the team can call you back?")
            return self._ask(f"{empty} {question}", prompt=question)
        s.offered, s.stage, s.misses = slots, Stage.CHOOSE_SLOT, 0
        offer = replies.offer_text(slots, self.today)
        text = f"{lead} {offer}".strip() if lead else offer
        return self._ask(text, prompt=offer)

    def _give_up_booking(self) -> Reply:
        s = self.state
        reason = s.reason
        s.reset_task()
        s.reason = reason
        s.offer = Offer.MESSAGE
        question = ("Would you like me to take a message so the team can call you back with "
                    "more options?")
        return self._ask(f"I'm sorry I couldn't find a time that suits you. {question}",
                         prompt=question)

    def _choose(self, raw: str, text: str) -> Reply | None:
        s = self.state
        offered = s.offered
        if not offered:
            # the times offered were for another service, switched to in this line ("let's do
            # the consultation then, Friday at eleven"): a time said is searched for the new
            # one, otherwise the time asked for before
            when = parse_when(raw, now=self.now(), date_order=self.date_order, expect_time=True)
            return self._search(when or s.requested) if (when or s.requested) else None
        pick = None
        when = parse_when(raw, now=self.now(), date_order=self.date_order, expect_time=True,
                          default_day=offered[0].local_start.date())
        timed = when is not None and when.at is not None
        # ("If you have nine and nine thirty, I'll take the later one, nine thirty": the one
        # named as such, whichever of the times offered the line says first)
        named = re.search(r"\b(?:the )?(later|latter|second|earlier|former|first) one\b", text)
        if named and timed and when.at in {sl.local_start.time() for sl in offered}:
            pick = offered[-1] if named.group(1) in ("later", "latter", "second") else offered[0]
        # ("nine-thirty, she has to go out first": a time said wins over a word like "first")
        elif timed:
            pass
        elif re.search(r"\b(first|earlier|earliest|former|1st)\b(?! (?:choice|pick|preference|"
                       r"option|priority))", text) and not re.search(
                r"\b(earlier|before) than\b|anything earlier|something earlier", text):
            pick = offered[0]
        elif re.search(r"\b(second|later one|latter|last one|2nd|the later)\b", text):
            pick = offered[-1]
        if pick is None and when is not None and when.at is not None:
            for slot in offered:
                local = slot.local_start
                same_day = when.day_from is None or when.single_day == local.date() or (
                    when.day_from <= local.date() <= (when.day_to or when.day_from))
                if local.time() == when.at and same_day:
                    pick = slot
                    break
        if pick is None and when is not None and when.at is None and when.single_day and (
                not when.after and not when.before):
            on_day = [sl for sl in offered if sl.local_start.date() == when.single_day]
            if len(on_day) == 1 or (on_day and is_yes(text)):
                pick = on_day[0]
        if pick is not None:
            s.chosen, s.misses = pick, 0
            return self._next(f"Great, {replies.slot_phrase(pick, self.today)}.")
        if intents.wants_sooner(text) and (when is None or when.at is None):
            first = offered[0].local_start
            earlier = [sl for sl in self._available(self.today, first.date(), limit=50)
                       if sl.starts_at < offered[0].starts_at][:2]
            if earlier:
                s.offered = earlier
                return self._ask(replies.offer_text(earlier, self.today))
            s.refusals += 1
            if s.refusals >= MAX_REFUSALS:
                return self._give_up_booking()
            return self._ask(f"I'm sorry, that's the earliest I have. "
                             f"{replies.offer_text(offered, self.today)}",
                             prompt=replies.offer_text(offered, self.today))
        if intents.wants_later(text) and (when is None or when.at is None):
            last = offered[-1]
            later = [sl for sl in self._available(last.local_start.date(),
                                                  last.local_start.date() + timedelta(days=7),
                                                  limit=50)
                     if sl.starts_at > last.starts_at][:2]
            if later:
                s.offered = later
                return self._ask(replies.offer_text(later, self.today))
        if when is not None:
            return self._search(when)
        if is_no(text) or re.search(r"\b(neither|none of (?:those|them|these)|(?:doesn'?t|don'?t|"
                                    r"won'?t) work|can'?t (?:make|do) (?:it|that|those|either)|"
                                    r"no good|not good)\b", text):
            s.refusals += 1
            if s.refusals >= MAX_REFUSALS:
                return self._give_up_booking()
            s.stage = Stage.ASK_TIME
            return self._ask("No problem. What other day or time would work for you?",
                             prompt=replies.ASK_TIME)
        if re.search(r"\b(either|any of|anyone|whichever|both work|doesn'?t matter|don'?t mind|"
                     r"any is fine|any one)\b", text) or (is_yes(text) and len(offered) == 1):
            s.chosen = offered[0]
            return self._next(f"Great, {replies.slot_phrase(offered[0], self.today)}.")
        if is_yes(text):  # "yes" to two times: which one?
            times = " or ".join(replies.slot_phrase(sl, self.today) for sl in offered)
            return self._ask(f"Which one would you like: {times}?",
                             prompt=replies.offer_text(offered, self.today))
        return None

    def _reason_text(self) -> str:
        """Why the caller is coming, in their own words (the answers to the qualification
        questions are the call's details, not the reason)."""
        s = self.state
        reason = s.reason or next((a for _, a in s.answers if a), "")
        return appointments.reason_in_callers_words(reason, config=self.config)[
            :appointments.REASON_MAX]

    def _first_visit_note(self) -> str:
        """What the owner's FAQ tells a new patient or client to bring to a first visit, said
        once their first visit is booked ('' for a returning one, or when the FAQ says
        nothing of it)."""
        s = self.state
        told = " ".join([self._service(), *(answer for _, answer in s.answers)])
        if not _NEW_VISITOR.search(told) or _RETURNING_VISITOR.search(told):
            return ""
        for entry in self.config.faq:
            if _FIRST_VISIT_Q.search(str(entry.get("question", ""))):
                return str(entry.get("answer", "")).strip()
        return ""

    def _commit_booking(self, *, said_back: bool = False) -> Reply:
        """Write the booking the caller accepted; `said_back`: they said it back themselves
        (ReadBack._went_ahead), so the confirmation reads everything back once."""
        s = self.state
        assert s.chosen is not None
        slot = s.chosen
        booking = dict(config=self.config, starts_at=slot.starts_at, caller_name=s.caller_name,
                       callback_number=s.callback_number, reason=self._reason_text(),
                       service=self._service(), call=self._call(), now=self.clock())
        moving = s.task == Task.RESCHEDULE and s.existing_appointment is not None
        moved, old_cancelled = "", False
        try:
            if moving:
                try:  # the new time and the old one's cancellation, together
                    appointment, _old = appointments.appointment_move_for_caller(
                        appointment_id=s.existing_appointment, caller_id=self._caller_id(),
                        verified_name=s.verified_name, region=self.region, **booking)
                    moved, old_cancelled = " Your old appointment is cancelled.", True
                except ApplicationError as exc:
                    if getattr(exc, "field", "") != "appointment_id":
                        raise
                    appointment = appointments.appointment_book(**booking)
                    moved = " Please call us if you need to cancel the old one."
            else:
                appointment = appointments.appointment_book(**booking)
        except ApplicationError as exc:
            s.chosen = None
            field_name = getattr(exc, "field", "")
            if field_name == "caller_name":
                s.caller_name, s.stage = "", Stage.ASK_NAME
                return self._ask(exc.message, prompt=replies.ASK_NAME)
            if field_name == "callback_number":
                s.callback_number, s.stage = "", Stage.ASK_NUMBER
                return self._ask(exc.message, prompt=replies.ASK_NUMBER)
            return self._search(When(day_from=slot.local_start.date(),
                                     day_to=slot.local_start.date(),
                                     day_phrase=replies.day_phrase(slot.local_start.date(),
                                                                   self.today)),
                                f"I'm sorry, {exc.message[0].lower()}{exc.message[1:]}")
        self.effects.append(("appointment", appointment.pk))
        if old_cancelled:
            self.effects.append(("cancelled", s.existing_appointment))
            s.moved_from = s.existing_slot
        s.booked_appointment, s.booked_slot = appointment.pk, slot
        done = f"You're all set, {replies.first_name(s.caller_name)}: {slot.spoken()}."
        if s.for_someone_else:  # not the caller's name: said as whom the booking is for
            done = f"You're all set: {slot.spoken()}, for {s.caller_name}."
        if said_back:
            what = f", for {self._service().lower()}" if self._service() else ""
            done = (f"You're all set: {s.caller_name}, {slot.spoken()}{what}, on "
                    f"{read_back(s.callback_number)}.")
        s.task, s.stage, s.offer = Task.NONE, Stage.ANYTHING_ELSE, Offer.NONE
        s.questions, s.offered, s.topic = [], [], []
        notes = replies.booking_notes(self.config.booking.notes)
        first = self._first_visit_note()
        if first and first not in notes:
            notes = f"{notes} {first}".strip()
        notes = f" {notes}" if notes else ""
        queued = self._book_queued(f"{done}{moved}{notes}")
        if queued is not None:
            return queued
        return self._ask(f"{done}{moved}{notes} "
                         f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)


    def _answer_time(self, raw: str, text: str) -> Reply | None:
        """The answer to "What day and time would work best?"."""
        s = self.state
        # ("..., date of birth March 3rd, 1993": a birth date said beside the time is left out
        # of the time by parse_when itself, and the sentence still gives the visit's time)
        other = _OTHER_DATE.search(clean(when_module.BIRTH_DATE.sub(" ", text)))
        if other and not re.search(r"\b(see|visit|come|meet|view|tour)\b", text):
            # "we'd like to move in by April first": about the matter, not the visit; kept,
            # and a time asked for in another sentence of the line ("There's no court date.
            # What do you have Wednesday at four?") is still the visit's
            about = [x for x in split_sentences(raw) if _OTHER_DATE.search(clean(
                when_module.BIRTH_DATE.sub(" ", clean(x))))]
            rest = " ".join(x for x in split_sentences(raw) if x not in about)
            self._add_to_reason(" ".join(about))
            if not rest.strip():
                return self._ask(f"Thanks, I've noted that. {replies.ASK_TIME}",
                                 prompt=replies.ASK_TIME)
            raw, text = rest, clean(rest)
        when = self._same_time(self._or_else(raw, parse_when(
            raw, now=self.now(), date_order=self.date_order, expect_time=True,
            default_day=s.requested.single_day if s.requested else None)), text)
        when = narrowed(s.requested, when, raw, now=self.now(), date_order=self.date_order)
        if when is not None:
            if not s.service:
                # "Let's start with the estate planning consultation, Friday at ten": the
                # service named with the time, when none was yet
                found = match_service(self.config, raw)
                if found:
                    s.service = str(found["name"])
            return self._search(when)
        if intents.wants_sooner(text):
            return self._search(When(earliest=True))
        return None

