"""What every part of the call flow shares: the flow's fields (the business, the call's state,
its clock), the reply type, and the small helpers and limits every task uses."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from agent_worker.flows import intents
from agent_worker.flows.intent_model import IntentScores, intent_model
from agent_worker.flows.knowledge import (
    content_words,
)
from agent_worker.flows.state import FlowState, Offer, Stage, Task
from calls.models import Call
from frontdesk.call_config import CallConfig
from tenants.business_hours import is_open, validate_business_hours

logger = logging.getLogger(__name__)
SEARCH_DAYS = 14  # how far ahead "the earliest" and "no day said" look
MAX_REFUSALS = 3  # offers turned down before the receptionist suggests a message instead
MAX_MISSES = 2  # answers not understood in a row before it offers a message instead
MAX_SAME = 2  # the same reply said this many times in a row: the third is a way out instead
MAX_QUESTIONS = 2  # qualification questions asked per booking: enough to book well, not a quiz
_DAYTIME_Q = re.compile(r"\b(what day|which day|day and time|what time|when would|when works|"
                        r"good time)\b")
_NAME_Q = re.compile(r"\b(full name|date of birth|your name)\b")
_REASON_Q = re.compile(r"\b(reason|what'?s going on|what type of|which service|calling about|"
                       r"summary|describe|"
                       r"what kind of (?:matter|problem|service)|what'?s the problem|"
                       r"what is the problem)\b")
# agreement said after the start of the line (a clipped "yes" still leaves "...book it")
_AGREES = re.compile(r"\b(book it|go ahead|that'?s (?:right|correct|perfect)|sounds (?:good|right|"
                     r"great)|please do|pass it on|send it|all correct|all good|go for it|"
                     r"let'?s do it|do it|cool|awesome|sweet)\b")
# ("about the oil drip after the oil change": a service named, no change asked for)
_DISAGREES = re.compile(r"\b(no|not|don'?t|wait|(?<!oil )(?<!tire )(?<!tyre )(?<!filter )change|"
                        r"wrong|instead|actually|hold on)\b")
_GENERIC = frozenset("""
    book booking schedule appointment appointments make like want need would could message leave
    call back someone somebody have get come see time please today tomorrow morning afternoon
    evening week next earliest available soon possible hi hello thank thanks okay sure yes name
    number consultation visit in out over by i'd i'll can set up monday tuesday wednesday thursday
    friday saturday sunday noon am pm slot opening reserve asap one two three four five six seven
    eight nine ten eleven twelve o'clock quick then me for doctor dentist vet attorney lawyer
    nurse team office person anyone anything something talk speak help really just real human
    somebody someone live actual put through transfer connect can't cannot great fine alright
    callback callbacks ring return
    perfect good then okay ok sounds works work that'd calling called hoping wondering wanted
    trying everything bye goodbye much lot correct right from with about
    """.split())


_PLEASANTRY = re.compile(r"(?:(?:hi|hello|hey|thanks|thank you|okay|ok|so|well|great|sorry|"
                         r"yes|yeah|oh|and|also|quick question|one more thing|just wondering)"
                         r"[\s,.!]*)+")
_YES_LEAD = re.compile(r"^(?:yes|yeah|yep|sure|ok(?:ay)?|fine|no|please|that'?s fine|"
                       r"that number is (?:fine|good|right)|this number is (?:fine|good))"
                       r"\b[\s,.!]*")
# ("today or tomorrow", "today or whenever": a day or so, not the same day only)
_SAME_DAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|right away|"
                       r"as soon as (?:you can|possible))\b(?! or (?:tomorrow|whenever|"
                       r"(?:early )?next week|monday|later|anytime|any time))")
_BIRTH = re.compile(r"\b(born|birth|birthday|dob|d\.o\.b)\b")  # a date that is not a visit's
# a date the caller gives about their matter, not for the visit: "we'd like to move in by April
# first", "the closing is on the 30th", "my court date is Friday"
_OTHER_DATE = re.compile(r"\b(born|birth|birthday|dob|move in|moving in|move-in|moving out|"
                         r"closing|close on|lease (?:starts|begins|ends|is up)|start date|"
                         r"deadline|due (?:date|on|by)|court date|hearing|trial|expires?)\b")
# Steps where the caller's line is first read as the answer to the question just asked.
_ANSWER_STAGES = frozenset({Stage.CONFIRM, Stage.CONFIRM_CALLER_ID, Stage.ASK_NUMBER,
                            Stage.ASK_TIME, Stage.CHOOSE_SLOT, Stage.ASK_NAME, Stage.QUALIFY,
                            Stage.ASK_REASON, Stage.ASK_CHANGE})
# Steps whose question is not about the caller's name or number: a name or number said there
# is kept, not lost.
_ABSORB_STAGES = frozenset({Stage.ASK_TIME, Stage.CHOOSE_SLOT, Stage.QUALIFY, Stage.ASK_REASON,
                            Stage.ASK_NAME, Stage.ASK_NUMBER, Stage.CONFIRM_CALLER_ID})


def _only_goodbye(text: str) -> bool:
    """'Thanks, bye', 'no that's everything, bye': a goodbye with nothing else to act on."""
    if not intents.says_goodbye(text):
        return False
    # "by": how speech recognition often writes a closing "bye" ("that's all by")
    rest = re.sub(r"\b("
                  # "Great, that's all I needed. Thanks, bye."
                  r"(?:that'?s|that is) (?:all|what|everything) (?:i|we) (?:wanted to know|"
                  r"needed to know|needed|need|wanted|was after|had)|"
                  r"thank you|thanks?|so much|ok(?:ay)?|no|nope|great|perfect|bye|by|goodbye|"
                  r"good bye|that'?s (?:all|it|everything)|that is (?:all|it|everything)|"
                  r"nothing else|have a (?:good|nice|great) (?:day|one|evening|night|afternoon)|"
                  r"i'?m (?:all set|good|done)|see you|talk to you later|you too|then|alright|"
                  r"all right|actually|well|oh|a lot|very much|cheers|take care|now|"
                  r"tomorrow|soon|later|then|dear|mate|again|that'?s me|"
                  r"(?:i )?appreciate (?:it|that|you)|much appreciated|"
                  # "Thanks, that's great. Bye!", "That's a relief. Thank you, goodbye."
                  r"that'?s (?:great|lovely|brilliant|perfect|wonderful|fine|good|a relief|"
                  r"(?:very )?helpful|grand)|lovely|brilliant|wonderful|fantastic|excellent|"
                  r"for now|for (?:your|all your) help|for everything|ever so much|"
                  r"you'?ve been (?:very |so |a (?:great |big )?)?help(?:ful)?|good to know|"
                  r"good|phew|(?:what )?a relief)\b",
                  " ", text)
    return not re.search(r"[a-z0-9]", rest)


@dataclass
class Reply:
    """What the receptionist says next, or `text=None` for an open turn the LLM answers."""

    text: str | None
    action: str = ""  # "transfer" or "hang_up", done once the reply has been heard
    note: str = ""  # open turns: the call so far, for the model
    follow_up: str = ""  # open turns: the question to put again after the model's answer
    kind: str = "flow"  # what decided it: flow, guard, knowledge, open


@dataclass
class FlowBase:
    """The fields and helpers of one call's flow; the tasks (booking.py, messages.py, ...) add
    their steps to it and engine.CallFlow puts them together. `effects` records what a turn
    wrote, so a discarded turn can be undone (see FlowRunner)."""

    config: CallConfig
    state: FlowState
    clock: Callable[[], datetime]
    caller_number: str = ""
    call_pk: int | None = None
    transfer_available: bool = False  # the line can transfer (the business's number is set too)
    heard_language: str = ""  # ISO 639-1 code the speech recogniser heard this turn ("" = English)
    effects: list[tuple[str, int]] = field(default_factory=list)
    # the intent model's reading of the line being answered: (line, scores), computed once
    _read: tuple[str, IntentScores | None] | None = field(default=None, repr=False,
                                                           compare=False)
    # the line being read is what is left beside a question just answered ("Do you work on
    # Ford trucks? I've got a 2019 F-150."): only words that ask for something start a task
    _beside_answers: bool = field(default=False, repr=False, compare=False)
    # a booking the caller queued is being started from their words (Booking._book_queued)
    _queued_start: bool = field(default=False, repr=False, compare=False)

    def _reading(self, raw: str) -> IntentScores | None:
        """What the intent model (flows/intent_model.py) reads in the line, once per line;
        None when the model cannot run (the patterns then decide alone)."""
        if self._read is None or self._read[0] != raw:
            try:
                scores: IntentScores | None = intent_model().classify(raw)
            except Exception:
                logger.exception("the intent model could not read a line")
                scores = None
            self._read = (raw, scores)
        return self._read[1]

    def _means(self, raw: str, label: str, at_least: float = 0.5) -> bool:
        """Whether the model reads `label` as what the line is mainly about."""
        scores = self._reading(raw)
        if scores is None:
            return False
        top, score = scores.top()
        return top == label and score >= at_least

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.config.timezone)

    def now(self) -> datetime:
        return self.clock().astimezone(self.tz)

    @property
    def today(self) -> date:
        return self.now().date()

    @property
    def region(self) -> str | None:
        return self.config.phone_region

    @property
    def date_order(self) -> str:
        return "MDY" if self.region in (None, "US", "CA", "PH") else "DMY"

    def _ask(self, text: str, *, prompt: str | None = None, kind: str = "flow") -> Reply:
        """Say `text`; `prompt` (default: all of it) is what to repeat if asked again."""
        self.state.last_prompt = prompt if prompt is not None else text
        return Reply(text=text, kind=kind)

    def _noted(self) -> Reply:
        """More said about the visit or the message while something else is asked: kept by
        the caller of this, thanked for, and the question put again."""
        prompt = self.state.last_prompt
        return self._ask(f"Thanks, I've noted that. {prompt}".strip(), prompt=prompt)

    def _pending(self) -> str:
        s = self.state
        return s.last_prompt if (s.task != Task.NONE or s.offer != Offer.NONE) else ""

    def _with_pending(self, text: str, kind: str = "flow") -> Reply:
        pending = self._pending()
        return Reply(text=f"{text} {pending}" if pending else text, kind=kind)

    def _call(self) -> Call | None:
        return Call.objects.filter(pk=self.call_pk).first() if self.call_pk else None

    def _service(self) -> str:
        names = {str(s.get("name", "")) for s in self.config.services}
        return self.state.service if self.state.service in names else ""

    def _can_transfer(self) -> tuple[bool, str]:
        if not (self.transfer_available and self.config.transfer_number):
            return False, ("There's nobody available to take your call right now, but I can take "
                           "a message and have someone call you back.")
        if not (self.config.transfer_outside_hours
                or is_open(validate_business_hours(self.config.business_hours), self.now())):
            return False, ("The office is closed right now, so nobody can take your call, but I "
                           "can take a message and have someone call you back.")
        return True, ""

    def _substance(self, raw: str) -> bool:
        """Whether the line says more than 'I want an appointment' (so it is the reason);
        "not urgent", "no rush" say how soon, which the message keeps apart, not what about."""
        return any(not w.isdigit() for w in content_words(
            intents.without_not_urgent(raw)) - _GENERIC)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _t(hhmm: str) -> time:
    hour, minute = (int(p) for p in hhmm.split(":"))
    return time(hour, minute)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute

