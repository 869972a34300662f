"""Corrections and read-backs as a property over generated calls (issue 14).

Corrections and changes of mind ("actually Thursday", "no, it's 0193", "not Wednesday") update
the call at any point; a read-back always says the latest values; what is written is exactly the
read-back the caller accepted.

The calls are generated turn by turn: a simulated caller hears each reply, answers what was
asked or (drawn) volunteers, corrects or changes something, and says yes only to a read-back
that says what it wants. What the receptionist said is read from its words (engine `_summary`,
`phone.read_back`, `replies.offer_text`), never from the flow's state; what was written is read
from the business's schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from agent_worker.flows import FlowRunner
from agent_worker.flows.replies import NAME_NOT_GIVEN
from calls.models import Appointment, CallbackMessage
from frontdesk.call_config import CallConfig
from tests.agent_worker.flow_support import TUESDAY_9AM, call_flow
from tests.conftest import rolled_back
from tests.strategies import us_numbers

pytestmark = pytest.mark.django_db
SETTINGS = settings(max_examples=60, deadline=None,
                    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

CALLER_ID = "+14155550123"  # the number flow_support's calls come from
TODAY = TUESDAY_9AM.date()
MAX_TURNS = 24
MAX_CHANGES = 4  # volunteered, out-of-order or changed values per call

# Days the caller may ask for (not today, not "next ...", which callers read two ways), how
# they say them, and the latest half hour a 90-minute visit still fits in (dental: Mon-Thu
# 8-17, Fri 8-14; the grid is made half-hourly below so "2:30" is a real appointment time).
DAYS = {
    date(2026, 3, 11): (["Wednesday", "tomorrow", "March 11th"], time(15, 30)),
    date(2026, 3, 12): (["Thursday", "March 12th"], time(15, 30)),
    date(2026, 3, 13): (["Friday", "March 13th"], time(12, 30)),
    date(2026, 3, 16): (["Monday", "March 16th"], time(15, 30)),
}
NAMES = ["Ann Lee", "Sam Rivera", "Maria Gonzalez", "Priya Patel", "Tom O'Brien",
         "Mary-Jane Watson", "David Kim", "Grace Okafor"]
REASONS = ["my insurance claim", "the bill from my last visit", "my x-ray results",
           "the forms I sent in", "my payment plan"]
SERVICES = ["a cleaning", "teeth whitening", "a filling", "a crown"]
WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()

# --- what the receptionist says --------------------------------------------------------------

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_PHRASE = rf"(?:today|tomorrow|{WEEKDAY}, [A-Z][a-z]+ \d{{1,2}}(?:st|nd|rd|th))"
CLOCK = r"\d{1,2}(?::\d{2})? [AP]M"
SPOKEN_NUMBER = r"(?:plus, )?\d(?:,? \d)*"
BOOK_READBACK = re.compile(
    rf"So that's (?P<name>[^,]+), (?P<when>{WEEKDAY}, [A-Z][a-z]+ \d{{1,2}}(?:st|nd|rd|th) at "
    rf"{CLOCK})(?:, for (?P<service>.+?))?, and your number is (?P<number>{SPOKEN_NUMBER})\. "
    r"Shall I book that\?")
MESSAGE_READBACK = re.compile(
    rf"a message(?: from (?P<name>.+?),)? on (?P<number>{SPOKEN_NUMBER}), about: "
    rf"(?P<reason>.*?)\. "
    r"Shall I pass that on\?")
OFFER_SLOT = re.compile(rf"({DAY_PHRASE}) at ({CLOCK})(?: or ({CLOCK}))?")


@dataclass(frozen=True)
class ReadBack:
    name: str
    number: str  # E.164
    when: datetime | None = None  # bookings
    reason: str | None = None  # messages


def heard_number(spoken: str) -> str:
    """'4 1 5, 5 5 5, 0 1 4 2' -> '+14155550142' (the inverse of phone.read_back)."""
    digits = re.sub(r"\D", "", spoken)
    return f"+{digits}" if spoken.startswith("plus") else f"+1{digits}"


def heard_day(phrase: str) -> date:
    if phrase == "today":
        return TODAY
    if phrase == "tomorrow":
        return TODAY + timedelta(days=1)
    plain = re.sub(r"(\d)(?:st|nd|rd|th)", r"\1", phrase)
    return datetime.strptime(f"{TODAY.year} {plain}", "%Y %A, %B %d").date()


def heard_clock(phrase: str) -> time:
    return datetime.strptime(phrase, "%I:%M %p" if ":" in phrase else "%I %p").time()


def heard(text: str, tz: ZoneInfo) -> tuple[str, object]:
    """What kind of turn the caller has to answer, and what it carries."""
    if m := BOOK_READBACK.search(text):
        day_part, clock_part = m["when"].split(" at ")
        when = datetime.combine(heard_day(day_part), heard_clock(clock_part), tzinfo=tz)
        return "readback", ReadBack(m["name"], heard_number(m["number"]), when=when)
    if m := MESSAGE_READBACK.search(text):
        # no name: the caller's could not be understood twice, and it went on without it
        return "readback", ReadBack(m["name"] or NAME_NOT_GIVEN, heard_number(m["number"]),
                                    reason=m["reason"])
    if "What should I change" in text:
        return "change", None
    if re.search(r"Which would you prefer\?|Would that work for you\?|Which one would you like",
                 text):
        slots = []
        for day, first, second in OFFER_SLOT.findall(text):
            slots += [datetime.combine(heard_day(day), heard_clock(c), tzinfo=tz)
                      for c in (first, second) if c]
        if slots:
            return "offer", slots
    if "Is the number you're calling from" in text:
        return "caller_id", None
    if re.search(r"best number to reach you|correct number|full phone number|valid phone "
                 r"number", text):
        return "number", None
    if re.search(r"full name|correct name|catch your name|your name", text):
        return "name", None
    if re.search(r"What day and time|Which day and time|other day or time", text):
        return "time", None
    if "been to our office before" in text:
        return "qualify_visit", None
    if "reason for your visit" in text:
        return "qualify_reason", None
    if "What would you like me to tell the team" in text:
        return "reason", None
    if re.search(r"anything else|take a message|Goodbye|won't book", text):
        return "over", None
    return "unknown", None


# --- how the caller says things --------------------------------------------------------------

def clock_phrases(at: time) -> list[str]:
    h12 = at.hour % 12 or 12
    suffix = "am" if at.hour < 12 else "pm"
    if at.minute == 0:
        return [f"{h12} {suffix}", f"{h12}", f"{WORDS[h12]} o'clock", f"{h12}:00 {suffix}"]
    return [f"{h12}:30 {suffix}", f"{h12}:30", f"half past {WORDS[h12]}", f"{WORDS[h12]} thirty"]


def number_phrases(e164: str) -> list[str]:
    """A US number as callers say it: grouped digits, punctuated, with the 1, digit words."""
    national = e164[2:]
    groups = (national[:3], national[3:6], national[6:])

    def spoken(zero: str) -> str:
        return ", ".join(" ".join(zero if d == "0" else WORDS[int(d)] for d in g)
                         for g in groups)

    a, b, c = groups
    return [f"{a} {b} {c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"1 {a} {b} {c}",
            f"+1 {a} {b} {c}", spoken("zero"), spoken("oh"), f"one, {spoken('oh')}"]


def partial_phrases(e164: str) -> list[str]:
    """The number without its area code."""
    national = e164[2:]
    return [f"{national[3:6]} {national[6:]}",
            " ".join(WORDS[int(d)] for d in national[3:])]


def spoken_day(day: date) -> str:
    """A day offered outside DAYS, as a caller names it back (offers are two weeks at most)."""
    if day == TODAY:
        return "today"
    if day == TODAY + timedelta(days=1):
        return "tomorrow"
    return f"{day:%A}" if day < TODAY + timedelta(days=7) else f"{day:%B} {day.day}"


def day_words(day: date) -> list[str]:
    return DAYS[day][0]


def slot_times(day: date) -> list[time]:
    last = DAYS[day][1]
    times = [time(h, m) for h in range(8, 16) for m in (0, 30)]
    return [t for t in times if t <= last]


def _slots_on(day: date) -> st.SearchStrategy:
    return st.tuples(st.just(day), st.sampled_from(slot_times(day)))


# (named functions, never lambdas, in the strategies: hypothesis describes a lambda by parsing
# its source, and on a busy CI run that parse failed inside CPython ("AST constructor recursion
# depth mismatch") while another thread compiled; a function is described by its name)
slots = st.sampled_from(sorted(DAYS)).flatmap(_slots_on)


@dataclass
class Want:
    """What the caller wants on record now: the latest value it said for each."""

    name: str | None = None
    number: str | None = None
    day: date | None = None
    at: time | None = None  # None with a day: any time that day
    reason: str | None = None  # messages: what the caller wants to tell the team
    reason_said: bool = False  # whether it has said it yet
    old_reasons: set[str] = field(default_factory=set)

    def slot_ok(self, when: datetime) -> bool:
        return self.day == when.date() and (self.at is None or self.at == when.time())


@dataclass
class Turn:
    line: str
    kind: str  # what the line is: yes, no, name, number, ...
    heard: str = ""


class Caller:
    """Draws each line from what it just heard and what it wants."""

    def __init__(self, data: st.DataObject, task: str) -> None:
        self.data, self.task = data, task
        self.want = Want()
        self.changes = 0
        self.last_readback: ReadBack | None = None

    def draw(self, strategy: st.SearchStrategy, label: str):
        return self.data.draw(strategy, label=label)

    def pick(self, options: list[str], label: str) -> str:
        return self.draw(st.sampled_from(options), label)

    # one value, said
    def say_name(self, name: str, forms: list[str]) -> str:
        return self.pick(forms, "name form").format(name=name)

    def say_number(self, number: str, forms: list[str]) -> str:
        spoken = self.pick(number_phrases(number), "number form")
        return self.pick(forms, "number sentence").format(number=spoken)

    def say_slot(self, day: date, at: time | None, forms: list[str]) -> str:
        day_said = self.pick(day_words(day), "day form")
        if at is None:
            return self.pick(forms, "day sentence").format(day=day_said)
        clock = self.pick(clock_phrases(at), "clock form")
        return self.pick(forms, "time sentence").format(day=day_said, clock=clock)

    def new_name(self) -> str:
        def another_name(name: str) -> bool:
            return name != self.want.name

        return self.draw(st.sampled_from(NAMES).filter(another_name), "name")

    def new_number(self) -> str:
        def another_number(number: str) -> bool:
            return number not in (self.want.number, CALLER_ID)

        return self.draw(us_numbers().filter(another_number),
                         "number")

    # --- opening ------------------------------------------------------------------------
    def opening(self) -> Turn:
        w = self.want
        parts = []
        if self.draw(st.booleans(), "opens with name"):
            w.name = self.new_name()
            parts.append(f"Hi, this is {w.name}.")
        if self.task == "message":
            w.reason = self.pick(REASONS, "reason")
            if self.draw(st.booleans(), "opens with reason"):
                w.reason_said = True
                parts.append(self.pick(["Could someone call me back about {r}?",
                                        "I'd like to leave a message about {r}."],
                                       "opening").format(r=w.reason))
            else:
                parts.append("I'd like to leave a message for the team.")
        else:
            service = self.draw(st.none() | st.sampled_from(SERVICES), "service")
            ask = f"I'd like to book {service}" if service else "I'd like to book an appointment"
            how = self.pick(["none", "day", "slot"], "opens with when")
            if how == "slot":
                w.day, w.at = self.draw(slots, "slot")
                ask += " " + self.say_slot(w.day, w.at, ["on {day} at {clock}"]).replace(
                    "on tomorrow", "tomorrow")
            elif how == "day":
                w.day = self.pick(sorted(DAYS), "day")
                ask += " " + self.say_slot(w.day, None, ["on {day}"]).replace(
                    "on tomorrow", "tomorrow")
            parts.append(ask + ".")
        if self.draw(st.booleans(), "opens with number"):
            w.number = self.new_number()
            parts.append(self.say_number(w.number, ["My number is {number}."]))
        return Turn(" ".join(parts), "request")

    # --- a change of mind, volunteered at any point ------------------------------------
    def change(self, kind: str, readback: ReadBack | None) -> Turn:
        w = self.want
        self.changes += 1
        fields = (["name", "number", "partial", "reason"] if self.task == "message" else
                  ["name", "number", "partial", "slot", "day"])
        what = self.pick(fields, "change")
        if what == "name":
            w.name = self.new_name()
            return Turn(self.say_name(w.name, ["Sorry, my name is {name}.", "This is {name}.",
                                               "My name is {name}.",
                                               "Actually, the name is {name}."]), "name")
        if what == "number":
            w.number = self.new_number()
            return Turn(self.say_number(w.number, ["No, my number is {number}.",
                                                   "My number is {number}.",
                                                   "You can reach me at {number}.",
                                                   "Actually, my number is {number}."]),
                        "number")
        if what == "partial":  # without the area code: nothing to take yet
            return Turn(f"My number is {self.pick(partial_phrases(self.new_number()), 'partial')}.",
                        "partial")
        if what == "reason":
            w.old_reasons.add(w.reason or "")
            def another_reason(reason: str) -> bool:
                return reason != w.reason

            w.reason = self.draw(st.sampled_from(REASONS).filter(another_reason),
                                 "reason")
            w.reason_said = True
            return Turn(self.pick(["Actually, the message is about {r}.",
                                   "Sorry, it's about {r}."], "reason form").format(r=w.reason),
                        "reason")
        old_day = readback.when.date() if readback and readback.when else w.day
        if what == "slot":
            def another_slot(slot: tuple[date, time]) -> bool:
                return slot != (w.day, w.at)

            w.day, w.at = self.draw(slots.filter(another_slot), "slot")
            return Turn(self.say_slot(w.day, w.at, [
                "Actually, can we do {day} at {clock} instead?",
                "Could we make it {day} at {clock}?",
                "How about {day} at {clock} instead?"]), "slot")
        def another_day(day: date) -> bool:
            return day != old_day

        w.day = self.draw(st.sampled_from(sorted(DAYS)).filter(another_day), "day")
        w.at = None
        forms = ["Actually, {day} would be better.", "Can we do {day} instead?"]
        if old_day in DAYS and kind == "readback":
            not_day = self.pick([x for x in day_words(old_day) if "March" not in x], "not day")
            forms.append(f"Not {not_day}, {{day}}.")
        return Turn(self.say_slot(w.day, None, forms), "day")

    # --- the answer to what was asked ----------------------------------------------------
    def mismatches(self, rb: ReadBack) -> list[str]:
        """What the caller would not say yes to: a stale value, or a message about something
        else than it wants to say (it may not have said it yet)."""
        wrong = list(stale_fields(self.want, rb))
        if rb.reason is not None and "reason" not in wrong and (
                (self.want.reason or "").lower() not in rb.reason.lower()):
            wrong.append("reason")
        return wrong

    def fix(self, what: str, rb: ReadBack | None, *, lead: str) -> Turn:
        turn = self._fix(what, rb)
        if lead and turn.line.split()[0] in ("My", "It's", "Not", "Can", "Use"):
            turn.line = turn.line[:1].lower() + turn.line[1:]
        turn.line = lead + turn.line
        return turn

    def _fix(self, what: str, rb: ReadBack | None) -> Turn:
        w = self.want
        if what == "name":
            return Turn(self.say_name(w.name or self.new_name(), [
                "My name is {name}.", "It's {name}."]), "name")
        if what == "number":
            if w.number is None:
                w.number = self.new_number()
            if w.number == CALLER_ID:
                return Turn("Use the number I'm calling from.", "number")
            return Turn(self.say_number(w.number, ["My number is {number}.",
                                                   "It's {number}."]), "number")
        if what == "reason":
            w.reason_said = True
            return Turn(f"It's about {w.reason}.", "reason")
        if w.day is None:
            w.day, w.at = self.draw(slots, "slot")
        if w.at is None:
            forms = ["{day} would be better.", "I wanted {day}."]
            if rb is not None and rb.when is not None:
                said = [x for x in day_words(rb.when.date()) if "March" not in x] if (
                    rb.when.date() in DAYS) else []
                if said:
                    forms.append(f"Not {self.pick(said, 'not day')}, {{day}}.")
            return Turn(self.say_slot(w.day, None, forms), "day")
        return Turn(self.say_slot(w.day, w.at, ["I wanted {day} at {clock}.",
                                                "Can we do {day} at {clock} instead?"]),
                    "slot")

    def answer(self, kind: str, payload: object, previous: Turn | None) -> Turn | None:
        w = self.want
        if kind == "readback":
            assert isinstance(payload, ReadBack)
            wrong = self.mismatches(payload)
            if not wrong:
                return Turn(self.pick(["Yes.", "Yes, that's right.", "That's correct.",
                                       "Yes please.", "Yep, that's right."], "yes"), "yes")
            what = self.pick(wrong, "what to fix")
            if self.draw(st.booleans(), "just no"):
                return Turn(self.pick(["No.", "No, that's not right."], "no"), "no")
            return self.fix(what, payload, lead="No, ")
        if kind == "change":
            rb = self.last_readback
            wrong = self.mismatches(rb) if rb else []
            if not wrong:
                return Turn("Nothing, it's all correct.", "yes")
            what = self.pick(wrong, "what to fix")
            if self.draw(st.booleans(), "say what to change"):
                return Turn({"name": "My name.", "number": "The number.", "slot": "The time.",
                             "reason": "The message."}[what], "change")
            return self.fix(what, rb, lead="")
        if kind == "offer":
            assert isinstance(payload, list)
            offered: list[datetime] = payload
            fits = [s for s in offered if w.day and w.slot_ok(s)]
            if not fits and w.day is not None and self.draw(st.booleans(), "insist"):
                return self.fix("slot", None, lead="")
            choice = self.pick(fits or offered, "pick")
            w.day, w.at = choice.date(), choice.time()
            return self.pick_line(choice, offered)
        if kind == "caller_id":
            if w.number is None:
                w.number = self.pick([CALLER_ID, "other"], "caller id ok")
                if w.number == "other":
                    w.number = None
            if w.number == CALLER_ID:
                return Turn(self.pick(["Yes.", "Yes, that's my cell."], "yes"), "yes")
            if self.draw(st.booleans(), "just no"):
                return Turn("No.", "no")
            return self.fix("number", None, lead="No, ")
        if kind == "number":
            return self.fix("number", None, lead="")
        if kind == "name":
            if w.name is None:
                w.name = self.new_name()
            return Turn(self.say_name(w.name, ["{name}", "It's {name}.", "My name is {name}."]),
                        "name")
        if kind == "time":
            if w.day is None:
                how = self.pick(["slot", "day", "earliest"], "when")
                if how == "earliest":
                    return Turn("Whatever's earliest.", "time")
                w.day, w.at = self.draw(slots, "slot") if how == "slot" else (
                    self.pick(sorted(DAYS), "day"), None)
            if w.at is None:
                return Turn(self.say_slot(w.day, None, ["{day} works.", "{day}, please."]),
                            "day")
            return Turn(self.say_slot(w.day, w.at, ["{day} at {clock}.",
                                                    "How about {day} at {clock}?"]), "slot")
        if kind == "qualify_visit":
            return Turn(self.pick(["I've been before.", "I'm a new patient."], "visit"),
                        "qualify")
        if kind == "qualify_reason":
            return Turn(self.pick(["Just a cleaning.", "A filling.", "A checkup."], "visit"),
                        "qualify")
        if kind == "reason":
            w.reason_said = True
            return Turn(self.pick(["It's about {r}.", "Please tell them it's about {r}."],
                                  "reason form").format(r=w.reason), "reason")
        if kind == "unknown" and previous is not None and previous.kind != "repeat":
            return Turn(previous.line, "repeat")
        return None  # the call went somewhere else: hang up

    def pick_line(self, choice: datetime, offered: list[datetime]) -> Turn:
        if len(offered) == 1:
            return Turn(self.pick(["Yes, that works.", "That works."], "take it"), "pick")
        forms = ["both"]
        forms += ["ordinal"] if len(offered) == 2 else []
        forms += ["time"] if [s.time() for s in offered].count(choice.time()) == 1 else []
        forms += ["day"] if [s.date() for s in offered].count(choice.date()) == 1 else []
        how = self.pick(forms, "pick by")
        if how == "ordinal":
            first = choice == offered[0]
            return Turn(self.pick(["The first one.", "The earlier one."] if first else
                                  ["The second one.", "The later one."], "ordinal"), "pick")
        if how == "time":
            clock = self.pick(clock_phrases(choice.time()), "clock form")
            return Turn(self.pick([f"{clock} works.", f"{clock}, please."], "by time"),
                        "pick")
        if how == "day":
            day = spoken_day(choice.date())
            return Turn(self.pick([f"{day} works.", f"{day}, please."], "by day"), "pick")
        if choice.date() in DAYS:
            return Turn(self.say_slot(choice.date(), choice.time(), ["{day} at {clock}, please."]),
                        "pick")
        clock = self.pick(clock_phrases(choice.time()), "clock form")
        return Turn(f"{spoken_day(choice.date())} at {clock}, please.", "pick")


# --- the call ----------------------------------------------------------------------------------

def transcript(turns: list[Turn]) -> str:
    return "\n".join(f"  caller: {t.line!r}\n  receptionist: {t.heard!r}" for t in turns)


def run_call(config: CallConfig, data: st.DataObject, task: str) -> None:
    tz = ZoneInfo(config.timezone)
    flow = call_flow(config)
    runner = FlowRunner(flow)
    caller = Caller(data, task)
    turns: list[Turn] = []
    turn = caller.opening()
    previous_kind, previous_payload = "", None  # what the caller heard before `turn`
    accepted: ReadBack | None = None
    stale: dict[str, str] = {}  # field -> the first read-back that did not say the latest
    # field -> (line, what it answered) where the caller last changed it
    w = caller.want
    said_on = {name: (1, "the greeting") for name, given in (
        ("name", w.name), ("number", w.number), ("slot", w.day), ("reason", w.reason_said))
        if given}
    outcome = "turn cap"
    for number in range(1, MAX_TURNS + 1):
        reply = runner.respond(number, turn.line)
        turn.heard = " ".join(p for p in (reply.text or "", reply.follow_up) if p)
        turns.append(turn)
        if turn.kind == "yes" and previous_kind == "readback":
            accepted = previous_payload
        written = (list(Appointment.objects.all()), list(CallbackMessage.objects.all()))
        if written != ([], []):
            said = transcript(turns)
            # (a) a write only right after a yes to a read-back
            assert turn.kind == "yes" and previous_kind == "readback", (
                f"wrote on {turn.line!r}, which is not a yes to a read-back:\n{said}")
            assert accepted is not None
            if task == "booking":
                assert written[1] == [] and len(written[0]) == 1, f"wrote {written}:\n{said}"
                booked = written[0][0]
                # (b) the appointment is the accepted read-back
                assert (booked.starts_at, booked.caller_name, booked.callback_number) == (
                    accepted.when, accepted.name, accepted.number), (
                    f"booked {booked.starts_at.astimezone(tz):%a %d %H:%M}, "
                    f"{booked.caller_name}, {booked.callback_number}; accepted {accepted}:\n"
                    f"{said}")
            else:
                assert written[0] == [] and len(written[1]) == 1, f"wrote {written}:\n{said}"
                message = written[1][0]
                # (c) the message is the accepted read-back
                assert (message.caller_name, message.callback_number,
                        message.reason.rstrip(".?! ")) == (
                    accepted.name, accepted.number, accepted.reason), (
                    f"took {message.caller_name}, {message.callback_number}, "
                    f"{message.reason!r}; accepted {accepted}:\n{said}")
            outcome = "written"
            break
        if reply.action:
            outcome = reply.action
            break
        kind, payload = heard(turn.heard, tz)
        if kind == "readback":
            assert isinstance(payload, ReadBack)
            caller.last_readback = payload
            for name, wrong in stale_fields(caller.want, payload).items():
                line, asked = said_on.get(name, (0, ""))
                stale.setdefault(name, f"stale {name}: reply {len(turns)} {wrong} (on line "
                                       f"{line}, answering {asked or 'nothing'})")
        before = replace(caller.want)
        if caller.changes < MAX_CHANGES and kind not in ("over", "unknown") and caller.draw(
                st.integers(0, 3), "volunteer something") == 3:
            turn = caller.change(kind, payload if isinstance(payload, ReadBack) else None)
        else:
            answer = caller.answer(kind, payload, turns[-1])
            if answer is None:
                outcome = f"left at {kind}"
                break
            turn = answer
        for name in ("name", "number", "slot", "reason"):
            if fields_of(before)[name] != fields_of(caller.want)[name]:
                said_on[name] = (len(turns) + 1, kind)
        previous_kind, previous_payload = kind, payload
    event(f"{task}: {outcome}")
    # (d) every read-back said the latest name, number and slot (reason) the caller gave
    said = transcript(turns)
    for name in stale:
        event(f"stale {name}")
    assert "name" not in stale, f"{stale.get('name')}\n{said}"
    assert "number" not in stale, f"{stale.get('number')}\n{said}"
    assert "slot" not in stale, f"{stale.get('slot')}\n{said}"
    assert "reason" not in stale, f"{stale.get('reason')}\n{said}"


def fields_of(want: Want) -> dict[str, object]:
    return {"name": want.name, "number": want.number, "slot": (want.day, want.at),
            "reason": (want.reason, want.reason_said)}


def stale_fields(want: Want, rb: ReadBack) -> dict[str, str]:
    """(d) the fields of a read-back that do not say the latest value the caller gave."""
    stale = {}
    if rb.name != want.name and not (rb.name == NAME_NOT_GIVEN and want.name is None):
        stale["name"] = f"read back {rb.name!r}, the caller last said {want.name!r}"
    if rb.number != want.number:
        stale["number"] = f"read back {rb.number}, the caller last said {want.number}"
    if rb.when is not None and not (want.day is not None and want.slot_ok(rb.when)):
        stale["slot"] = (f"read back {rb.when:%a %b %d %H:%M}, the caller last asked for "
                         f"{want.day} at {want.at or 'any time'}")
    if rb.reason is not None and want.reason_said:
        latest = (want.reason or "").lower()
        old = [r for r in want.old_reasons
               if r and r.lower() not in latest and r.lower() in rb.reason.lower()]
        if latest not in rb.reason.lower() or old:
            stale["reason"] = f"read back {rb.reason!r}, the caller last said {want.reason!r}"
    return stale


@dataclass(frozen=True)
class Business:
    config: CallConfig

    def __repr__(self) -> str:  # keeps hypothesis failure reports readable
        return f"<{self.config.business_name}, {self.config.appointment_minutes}-minute grid>"


@pytest.fixture
def half_hourly(dental) -> Business:
    """Fleet Dental on a half-hour grid, so "2:30" is an appointment time, as in the issue."""
    return Business(replace(dental, appointment_minutes=30))


@SETTINGS
@given(data=st.data())
def test_a_booking_is_the_read_back_the_caller_last_said_yes_to(half_hourly, data):
    """Corrections and changes of mind update the call at any point; a read-back always says
    the latest values; the booked slot, name and number always equal the last read-back the
    caller said yes to; nothing is booked without one."""
    with rolled_back(), schema_context("t_dental"):
        run_call(half_hourly.config, data, "booking")


@SETTINGS
@given(data=st.data())
def test_a_message_is_the_read_back_the_caller_last_said_yes_to(half_hourly, data):
    """The same for messages: the stored name, number and reason are the read-back the caller
    accepted, and every read-back carries the latest correction."""
    with rolled_back(), schema_context("t_dental"):
        run_call(half_hourly.config, data, "message")
