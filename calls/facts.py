"""What a call did, read from the rows it wrote: the appointments it booked and cancelled, the
messages it took and the transfers it made. A call's outcome and its after-call summary are
built from these facts, so neither can say a call booked, took a message or transferred when it
did not, nor leave out something it did.

- `call_outcome_from_records`: the outcome a closing call is given (calls.analytics_service
  `_close`), whatever the flow or the model believed.
- `call_facts_get`: the facts of one call; `facts_summary` says them in one sentence.
- `summary_holds_up`: whether a sentence someone else wrote (the local model) claims nothing
  beyond the facts (no booking, cancellation, message or transfer that is not there; no name,
  price, day or time that is not in them) and leaves none of them out.

Runs inside the business's schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Q, QuerySet

from calls.appointments import Slot, spoken_clock
from calls.models import Appointment, Call, CallbackMessage, CallTransfer
from frontdesk.call_config import CallConfig

QUOTE_MAX = 160  # how much of a message's reason the summary quotes


@dataclass(frozen=True)
class AppointmentFact:
    service: str
    when: str  # as the receptionist says it: "Tuesday, March 3rd at 10:30 AM"
    weekday: str  # "Tuesday"
    clock: str  # "10:30 AM"
    caller_name: str

    @property
    def what(self) -> str:
        return self.service or "an appointment"


@dataclass(frozen=True)
class MessageFact:
    caller_name: str
    reason: str
    urgent: bool


@dataclass(frozen=True)
class TransferFact:
    reason: str  # why, as the flow or the model noted it: kept, never repeated as a fact


@dataclass(frozen=True)
class CallFacts:
    """Everything a call wrote, plus who the caller is and what they asked about (for a call
    that wrote nothing). Only these may be claimed about the call."""

    bookings: tuple[AppointmentFact, ...] = ()
    cancellations: tuple[AppointmentFact, ...] = ()
    messages: tuple[MessageFact, ...] = ()
    transfers: tuple[TransferFact, ...] = ()
    caller_name: str = ""
    asked_about: tuple[str, ...] = ()
    outcome: str = ""
    names: tuple[str, ...] = field(default=())  # every name on the call's records

    @property
    def wrote_anything(self) -> bool:
        return bool(self.bookings or self.cancellations or self.messages or self.transfers)

    def words(self) -> str:
        """The facts' own text: what a summary may repeat (names, services, times, reasons)."""
        parts = [self.caller_name, *self.names, *self.asked_about]
        for a in (*self.bookings, *self.cancellations):
            parts += [a.service, a.when, a.clock, a.caller_name]
        for m in self.messages:
            parts += [m.caller_name, m.reason]
        return "\n".join(p for p in parts if p)


# --- the records of one call -------------------------------------------------------------------


def appointments_booked_by(call: Call, *, until: datetime | None = None) -> QuerySet:
    """The appointments `call` booked and did not cancel again before it ended (`until`): a
    booking cancelled later, by another call or the owner, was still booked by this one."""
    undone = Q(status=Appointment.Status.CANCELLED) & (
        Q(cancelled_by_call=call) | (Q(cancelled_at__lte=until) if until else Q()))
    return Appointment.objects.filter(call=call).exclude(undone).order_by("starts_at", "pk")


def appointments_cancelled_by(call: Call) -> QuerySet:
    return Appointment.objects.filter(cancelled_by_call=call,
                                      status=Appointment.Status.CANCELLED).order_by("starts_at",
                                                                                    "pk")


def call_outcome_from_records(*, call: Call, proposed: str,
                              until: datetime | None = None) -> str:
    """The outcome the call's rows bear out: booked if it booked an appointment, else
    message_taken if it took a message, else transferred if it put the caller through; with
    none of these, `proposed` if that is abandoned, rejected or failed (the line's or the
    system's doing, not a record), else information_only."""
    if appointments_booked_by(call, until=until).exists():
        return Call.Outcome.BOOKED
    if CallbackMessage.objects.filter(call=call).exists():
        return Call.Outcome.MESSAGE_TAKEN
    if CallTransfer.objects.filter(call=call).exists():
        return Call.Outcome.TRANSFERRED
    if proposed in (Call.Outcome.ABANDONED, Call.Outcome.REJECTED, Call.Outcome.FAILED):
        return proposed
    return Call.Outcome.INFORMATION_ONLY


def _appointment_fact(appointment: Appointment, config: CallConfig | None) -> AppointmentFact:
    slot = (Slot.of(appointment, config=config) if config is not None else
            Slot(starts_at=appointment.starts_at.astimezone(UTC),
                 ends_at=appointment.ends_at.astimezone(UTC)))
    local = slot.local_start
    return AppointmentFact(service=appointment.service, when=slot.spoken(),
                           weekday=f"{local:%A}", clock=spoken_clock(local.time()),
                           caller_name=appointment.caller_name)


# --- what a caller asked about ---------------------------------------------------------------

_TOPICS = (
    ("prices", r"\b(prices?|pricing|costs?|how much|charges?|fees?|rates?|expensive|cheap)\b"),
    ("opening hours", r"\b(hours|open|opens|closed?|closes|closing)\b"),
    ("the address", r"\b(address|where are you|located|location|directions|find you)\b"),
    ("parking", r"\bpark(ing)?\b"),
    ("insurance", r"\b(insurance|insured|coverage)\b"),
    ("payment", r"\b(pay|paying|payment|credit card|financing)\b"),
    ("availability", r"\b(availab\w*|openings?|free (?:slots?|times?)|any (?:slots?|times?))\b"),
)
_ABOUT = re.compile(r"\b(?:calling|call|ringing|question|questions|asking|ask|enquiring|"
                    r"inquiring|it's|is)\s+(?:about|regarding)\s+(?:(my|our|the|a|an)\s+)?"
                    r"([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})")
_ABOUT_STOP = {"and", "but", "because", "so", "which", "that", "it", "i", "nobody", "please",
               "if", "when", "with", "to", "for", "from", "again", "too", "now", "today",
               "tomorrow", "yesterday", "the", "a", "an", "my", "on", "at", "in", "you"}
_THEIR = {"my": "their", "our": "their", "the": "the", "a": "a", "an": "an"}
_GENERIC_SERVICE_WORDS = {"service", "services", "appointment", "visit", "general", "check"}


def _service_asked(service: str, said: str) -> bool:
    name = service.casefold().strip()
    if not name:
        return False
    if re.search(rf"\b{re.escape(name)}s?\b", said):
        return True
    words = [w for w in re.findall(r"[a-z]+", name)
             if len(w) >= 5 and w not in _GENERIC_SERVICE_WORDS]
    heard = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", said))
    return bool(words) and 3 * heard >= 2 * len(words)  # "teeth whitening": in-office one


def topics_asked(caller_words: str, *, config: CallConfig | None) -> tuple[str, ...]:
    """What the caller's own lines asked about, as short topics ("tooth whitening", "prices"):
    the business's services they named, then the usual questions. Never what happened."""
    said = caller_words.casefold()
    found: list[str] = []
    for item in (config.services if config is not None else ()):
        name = " ".join(str(item.get("name", "")).split())
        if name and _service_asked(name, said) and name.casefold() not in found:
            found.append(name.casefold())
    for topic, pattern in _TOPICS:
        if re.search(pattern, said):
            found.append(topic)
    for match in _ABOUT.finditer(said):  # "I'm calling about my invoice": "their invoice"
        words: list[str] = []
        for word in match.group(2).split():
            if word in _ABOUT_STOP:
                break
            words.append(word)
        if words:
            topic = " ".join([_THEIR[match.group(1)]] * bool(match.group(1)) + words)
            if topic not in found:
                found.append(topic)
    return tuple(found)


def call_facts_get(*, call: Call, config: CallConfig | None, caller_name: str = "",
                   caller_words: str = "", reason: str = "") -> CallFacts:
    """The facts of a closed call. `caller_name` is a name the caller said (used when the
    records hold none); `caller_words` their lines (for what they asked about); `reason` a
    topic to fall back on when their lines name none (kept only if it claims nothing)."""
    until = call.end_time
    bookings = tuple(_appointment_fact(a, config) for a in appointments_booked_by(call,
                                                                                  until=until))
    cancellations = tuple(_appointment_fact(a, config) for a in appointments_cancelled_by(call))
    messages = tuple(MessageFact(caller_name=m.caller_name, reason=" ".join(m.reason.split()),
                                 urgent=m.urgent)
                     for m in CallbackMessage.objects.filter(call=call).order_by("created_at",
                                                                                  "pk"))
    transfers = tuple(TransferFact(reason=t.reason)
                      for t in CallTransfer.objects.filter(call=call).order_by("created_at"))
    names = tuple(dict.fromkeys(n for n in [*(a.caller_name for a in bookings + cancellations),
                                            *(m.caller_name for m in messages)] if n))
    facts = CallFacts(bookings=bookings, cancellations=cancellations, messages=messages,
                      transfers=transfers, caller_name=names[0] if names else caller_name,
                      outcome=call.outcome, names=names)
    if facts.wrote_anything:
        return facts
    asked = tuple(t for t in topics_asked(caller_words, config=config) if _claims_nothing(t))
    if not asked and reason:
        topic = reason.strip().rstrip(".")
        if topic[:1].isupper() and topic[1:2].islower():
            topic = topic[0].lower() + topic[1:]
        if topic and _claims_only_facts(topic, facts):
            asked = (topic,)
    return CallFacts(caller_name=facts.caller_name, outcome=call.outcome, names=names,
                     asked_about=asked)


# --- saying the facts ----------------------------------------------------------------------


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _quoted(reason: str) -> str:
    text = reason.replace('"', "'")
    if len(text) > QUOTE_MAX:
        text = text[:QUOTE_MAX].rsplit(" ", 1)[0].rstrip(",;: ") + "..."
    return f'"{text}"'


def facts_summary(facts: CallFacts) -> str:
    """One sentence that says what the call did and nothing else."""
    who = facts.caller_name or "Someone"
    parts: list[str] = []

    def under(name: str) -> str:
        return f" under {name}" if name and name != who else ""

    if facts.bookings:
        parts.append("booked " + _join([f"{b.what} for {b.when}{under(b.caller_name)}"
                                        for b in facts.bookings]))
    if facts.cancellations:
        parts.append("cancelled " + _join([f"{c.what} on {c.when}{under(c.caller_name)}"
                                           for c in facts.cancellations]))
    for m in facts.messages:
        kind = "an urgent message" if m.urgent else "a message"
        parts.append(f"left {kind} for a call back: {_quoted(m.reason)}")
    if facts.transfers:
        parts.append("was transferred to the team")
    if not facts.wrote_anything:
        if facts.asked_about:
            parts.append("asked about " + _join(list(facts.asked_about)))
        if facts.outcome == Call.Outcome.ABANDONED:
            parts.append("hung up before the call was finished")
        elif facts.outcome == Call.Outcome.REJECTED:
            parts.append("was not put through: the line is not taking calls")
        elif facts.outcome == Call.Outcome.FAILED:
            parts.append("was not answered: the call could not be started")
    if not parts:
        return f"{who} called."
    return f"{who} called and {_join(parts)}."


# --- checking a sentence against the facts -----------------------------------------------------

_BOOKING = re.compile(r"\b(book\w*|schedul\w*|reserv\w*|confirm\w*)", re.I)
_APPOINTMENT = re.compile(r"\bappointments?\b", re.I)
_CANCELLING = re.compile(r"\b(cancel\w*|reschedul\w*|mov(?:ed|ing) (?:\w+ )?(?:appointment|"
                         r"booking|visit))", re.I)
_MESSAGE = re.compile(r"\b(messages?|voicemail|callback|call-back|call(?:ed|s|ing)? (?:\w+ )?"
                      r"back|pass(?:ed|es|ing)? (?:\w+ )?on|note (?:for|to) the|get back to)\b",
                      re.I)
_URGENT = re.compile(r"\b(urgent\w*|emergenc\w*|asap|immediately)\b", re.I)
_TRANSFER = re.compile(r"\b(transferr?\w*|put (?:\w+ )?through|connect\w*|hand(?:ed)? (?:\w+ )?"
                       r"(?:off|over)|(?:spoke|speak|speaking|talked|talking) (?:to|with))\b",
                       re.I)
_MONEY = re.compile(r"[$€£¥]|\b(dollars?|bucks|usd|euros?|pounds?|cents?)\b", re.I)
_DIGITS = re.compile(r"\d+")
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I)
# in capitals these are checked as proper words (below); "may" and "march" are verbs too
_DAY_NAMES = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                        r"february|april|june|july|august|september|october|november|"
                        r"december)\b", re.I)
_RELATIVE = re.compile(r"\b(today|tonight|tomorrow|yesterday|weekend|this (?:morning|afternoon|"
                       r"evening|week)|next (?:week|month|year|\w+day)|noon|midnight|o'?clock|"
                       r"half past|quarter (?:past|to)|(?:one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|eleven|twelve)(?:[\s-]\w+)? [ap]\.?m)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# words a sentence about a call may start with or contain in capitals without naming anyone
_PLAIN = {
    "a", "an", "the", "i", "caller", "they", "he", "she", "someone", "somebody",
    "customer", "client", "patient", "owner", "it", "this", "that", "there", "their", "his",
    "her", "no", "nothing", "after", "when", "while", "then", "also", "and", "but", "asked",
    "called", "wanted", "wants", "inquired", "enquired", "requested", "left", "was", "were",
    "is", "had", "has", "got", "needed", "needs", "said", "mentioned", "rang", "phoned",
    "summary", "call", "caller's", "yes", "booked", "cancelled", "canceled", "transferred",
    "took", "made", "would", "will", "for", "on", "at", "about",
}


def _without(text: str, strings: list[str]) -> str:
    """`text` with every occurrence of the facts' own strings (a message's reason, a service,
    a name) blanked: the words a caller said are not claims about what the call did."""
    for s in sorted({s for s in strings if s}, key=len, reverse=True):
        text = re.sub(re.escape(s), " ", text, flags=re.IGNORECASE)
    return text


def _claims_nothing(text: str) -> bool:
    """No booking, appointment, cancellation, message, urgency, transfer or price in `text`:
    what a topic the caller asked about must be to be repeated for a call that wrote nothing."""
    return not any(p.search(text) for p in (_BOOKING, _APPOINTMENT, _CANCELLING, _MESSAGE,
                                             _URGENT, _TRANSFER, _MONEY))


def _claims_only_facts(text: str, facts: CallFacts) -> bool:
    """Whether `text` claims nothing beyond `facts` (see the module docstring)."""
    own = [facts.caller_name, *facts.names, *(m.reason for m in facts.messages),
           *(a.service for a in (*facts.bookings, *facts.cancellations))]
    rest = _without(text, own)
    if _BOOKING.search(rest) and not facts.bookings:
        return False
    if _APPOINTMENT.search(rest) and not (facts.bookings or facts.cancellations):
        return False
    if _CANCELLING.search(rest) and not facts.cancellations:
        return False
    if _MESSAGE.search(rest) and not facts.messages:
        return False
    if _URGENT.search(rest) and not any(m.urgent for m in facts.messages):
        return False
    if _TRANSFER.search(rest) and not facts.transfers:
        return False
    if _MONEY.search(rest):
        return False  # a call's records hold no prices
    words = facts.words()
    lowered = words.casefold()
    known_digits = set(_DIGITS.findall(words))
    if any(d not in known_digits for d in _DIGITS.findall(rest)):
        return False
    clocks = {spoken_clock_key(a.clock) for a in (*facts.bookings, *facts.cancellations)}
    if any(_clock_key(m) not in clocks for m in _CLOCK.finditer(rest)):
        return False
    if any(d.group(0).casefold() not in lowered for d in _DAY_NAMES.finditer(rest)):
        return False
    if any(r.group(0).casefold() not in lowered for r in _RELATIVE.finditer(rest)):
        return False
    known_words = set(re.findall(r"[\w'’-]+", lowered))
    for word in _CAPITALISED.findall(rest):
        key = word.casefold()
        if key not in _PLAIN and key not in known_words:
            return False  # a name (or anything proper) the records do not hold
    return True


def _clock_key(match: re.Match[str]) -> tuple[int, int]:
    hour, minute, half = int(match.group(1)) % 12, int(match.group(2) or 0), match.group(3)
    return (hour + (12 if half.lower() == "p" else 0), minute)


def spoken_clock_key(clock: str) -> tuple[int, int]:
    """(hour, minute) of a clock as `spoken_clock` says it ("10:30 AM")."""
    match = _CLOCK.search(clock)
    return _clock_key(match) if match else (-1, -1)


def _covers(text: str, facts: CallFacts) -> bool:
    """Whether `text` mentions every record: each booking (a booking word, its day and clock,
    its service) and cancellation (likewise), the messages (and their urgency), the transfer."""
    lowered = text.casefold()
    clocks = {_clock_key(m) for m in _CLOCK.finditer(text)}

    def has_slot(a: AppointmentFact) -> bool:
        return (a.weekday.casefold() in lowered and spoken_clock_key(a.clock) in clocks
                and (not a.service or a.service.casefold() in lowered))

    rest = _without(text, [m.reason for m in facts.messages])
    if facts.bookings and not (_BOOKING.search(rest) and all(map(has_slot, facts.bookings))):
        return False
    if facts.cancellations and not (_CANCELLING.search(rest)
                                    and all(map(has_slot, facts.cancellations))):
        return False
    if facts.messages and not _MESSAGE.search(rest):
        return False
    if any(m.urgent for m in facts.messages) and not _URGENT.search(rest):
        return False
    return not (facts.transfers and not _TRANSFER.search(rest))


def summary_holds_up(text: str, facts: CallFacts) -> bool:
    """Whether a summary someone else wrote may stand for the call: it claims nothing beyond
    the facts and leaves none of the records out."""
    text = " ".join((text or "").split())
    return bool(text) and _claims_only_facts(text, facts) and _covers(text, facts)
