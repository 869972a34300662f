"""When the caller wants to come in, resolved by code against the business's clock.

"next Tuesday morning" is a window (a day and a part of it), "tomorrow at ten" an exact time,
"the earliest you have" a search from now, "any time Friday afternoon" a day and a window. The
result is a `When`; the call flow turns it into slots from the appointment book, never the LLM.

Relative words (today, tomorrow, weekdays, next week, in two weeks) are resolved here, because
they need the business's own "today" and a receptionist's reading of "next Tuesday". Calendar
dates ("March 12th", "the 12th of March", "3/12") go through `dateparser`, with the business's
local time as its relative base and future dates preferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import dateparser

from agent_worker.flows.location import without_address
from agent_worker.flows.text import WEEKDAYS, clean, fold
from calls.appointments import ordinal, spoken_clock

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\b"
                        r"(?!:\d|\s*(?:am|pm|o'?clock)\b)")  # "14 march 11:00": 11 is the time
_DAY_MONTH = re.compile(rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\b")
# a date said, not only a weekday: "the 18th", "next Wednesday", "tomorrow", "March 18"
DATE_NAMED = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|(?:twenty[- ]|thirty[- ])?(?:{'|'.join(_ORDINALS)})|next|"
    r"this|coming|tomorrow|today|tonight|week|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{1,2}/\d{1,2})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
_THE_NTH = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")
_IN_N = re.compile(r"\b(?:in|after) (a|an|one|two|three|four|\d+) (day|days|week|weeks)\b|"
                   r"\b(a|an|one|two|three|four|\d+) (day|days|week|weeks) from (?:now|today)\b")
# a day counted from another: "a week from tomorrow", "two weeks from today", "a week from
# Thursday", "3 days after Monday", "a week on Friday"; and "the Monday after next"
_FROM_DAY = re.compile(
    r"\b(a|an|one|two|three|four|\d+) (day|days|week|weeks) (?:from|after|on) "
    r"(today|tomorrow|(?:this |next |this coming )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b")
_AFTER_NEXT = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
                         r"after next\b")
_EARLIEST = re.compile(
    r"\b(earliest|soonest|first (?:available|opening|open|free|slot|appointment|thing)|"
    r"as soon as (?:possible|you can|you have)|asap|next (?:available|opening|free)|"
    r"whatever(?:'s| is) (?:first|soonest|earliest)|any ?time soon|right away|sooner the better)\b")
# the day's last time asked for ("what's your last appointment on Thursday?", "the latest you
# have Friday"), never the caller's own last visit ("my last appointment was in May")
_LATEST = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )\b(?:latest|last "
    r"(?:available |possible |open )?(?:appointment|appt|slot|window|opening|showing|booking|"
    r"visit|spot|available|"
    r"(?:time|one) (?:you have|available|open|on|that day|of the day))|as late as (?:possible|"
    r"you can|you have|you go))\b(?! (?:was|were|i had|we had))")
_PARTS = {  # part of day -> [after, before)
    "early morning": (time(0), time(10)),
    "morning": (time(0), time(12)),
    "lunch": (time(11, 30), time(13, 30)),
    "late afternoon": (time(15), time(17)),
    "afternoon": (time(12), time(17)),
    "end of the day": (time(15), time(23, 59)),
    "after work": (time(17), time(23, 59)),
    "evening": (time(17), time(23, 59)),
    "tonight": (time(17), time(23, 59)),
}
_PART = re.compile(r"\b(early morning|late afternoon|end of the day|after work|morning|"
                   r"afternoon|evening|tonight|lunch ?time|lunch)(?:s\b|\b)")


@dataclass(frozen=True)
class When:
    """A caller's wish: a span of local days, maybe a window of the day or an exact time."""

    day_from: date | None = None
    day_to: date | None = None
    after: time | None = None  # window start, inclusive
    before: time | None = None  # window end, exclusive
    at: time | None = None  # an exact clock time
    earliest: bool = False
    latest: bool = False  # the day's last time ("your last appointment on Thursday")
    day_phrase: str = ""  # how to say the day back: "Tuesday, March 17th", "next week"
    part_phrase: str = ""  # "in the morning", "after 3 PM"
    # times the caller would take instead of `at` ("9:30, or ten if 9:30's gone"), in order
    or_at: tuple[time, ...] = ()
    # weekdays ruled out (0 is Monday): "any morning but Wednesday", "not on Fridays"
    not_weekdays: frozenset[int] = frozenset()

    @property
    def single_day(self) -> date | None:
        return self.day_from if self.day_from and self.day_from == self.day_to else None

    def fits(self, local: datetime) -> bool:
        """Whether a local start time is inside the window (the day span is checked by the
        search)."""
        if local.weekday() in self.not_weekdays:
            return False
        clock = local.time()
        if self.at is not None:
            return clock == self.at
        if self.after is not None and clock < self.after:
            return False
        return not (self.before is not None and clock >= self.before)

    def spoken(self) -> str:
        """'Tuesday, March 17th in the morning', 'tomorrow at 10 AM', 'the earliest time'."""
        if self.at is not None:
            clock = f"at {spoken_clock(self.at)}"
            return f"{self.day_phrase} {clock}".strip() if self.day_phrase else clock
        parts = [p for p in (self.day_phrase, self.part_phrase) if p]
        return " ".join(parts) or "then"


def day_phrase(day: date, today: date) -> str:
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return f"{day:%A}, {day:%B} {ordinal(day.day)}"


_KEEP_ORDINAL = re.compile(r"(?:first|second|third) (?:one|thing|available|opening|slot|time|"
                           r"meeting|visit|appointment|consultation|consult|session|exam|"
                           r"check|step|question|opinion|offense|offence|floor|child|kid|car|"
                           # ("I missed the first part", "the second half", "the first number")
                           r"part|half|bit|word|words|sentence|number|digit|name|letter|line|"
                           r"page|item|point|choice|option|try|attempt|round|"
                           # one thing of several counted off: "the second is for my daughter",
                           # "the first showing is 14 Harbor View Drive"
                           r"(?:is|was|would|will|should|showing|listing|property|house|home|"
                           r"unit|person|patient|pet|dog|cat|haircut|cut|service|vehicle|job|"
                           r"repair|booking|reservation)\b)")


def _ordinal(text: str, word: str, n: int) -> str:
    """'the twelfth' -> 'the 12th', but 'the first one' (a choice) stays as it is."""
    def swap(m: re.Match[str]) -> str:
        if _KEEP_ORDINAL.match(text, m.start()) or _KEEP_ORDINAL.match(text, m.start() + 7):
            return m.group(0)
        return f"{n + (20 if m.group(0).startswith('twenty') else 0)}th"
    return re.sub(rf"\b(?:twenty[- ])?{word}\b", swap, text)


_FIGURE_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}


def numbers_in(text: str) -> list[str]:
    """The numbers a line says, in digits: "was that sixty-five?" -> ["65"], "a hundred and
    twenty" -> ["120"], "$1,200" -> ["1200"]."""
    units = {w: i for i, w in enumerate(_UNITS)}
    found: list[str] = []
    value: int | None = None
    for token in re.findall(r"\d+|[a-z]+", fold(text).replace(",", "").replace("-", " ")):
        if token.isdigit():
            if value is not None:
                found.append(str(value))
            value = int(token)
            found.append(str(value))
            value = None
        elif token in _FIGURE_TENS:
            if value is not None and value % 100:
                found.append(str(value))
                value = None
            value = (value or 0) + _FIGURE_TENS[token]
        elif token in units:
            if value is not None and (value % 10 or 0 < value % 100 < 20 or (
                    value % 100 == 0 and units[token] >= 20)):
                found.append(str(value))
                value = None
            value = (value or 0) + units[token]
        elif token == "hundred" and value is not None:
            value *= 100
        elif token == "hundred":
            value = 100
        elif token == "and" and value is not None and value % 100 == 0:
            continue
        elif value is not None:
            found.append(str(value))
            value = None
    if value is not None:
        found.append(str(value))
    return found


def _number_words(text: str) -> str:
    """'ten thirty' -> '10 30', 'half past two' -> '2:30', 'the twelfth' -> 'the 12th'."""
    text = re.sub(r"\b(?:one|a|1|half a) sec(?:ond)?s?\b", "a moment", text)  # "hold on one second"
    # "Thursday at for", "at to twenty in the afternoon": a recogniser's four and two
    text = re.sub(r"\bat (for|to|too)\b(?= (?:twenty|thirty|forty|fifteen|fifty|ten|o'?clock|in "
                  r"the|pm|p\.m|am|a\.m)\b|\s*[.,?!]|\s*$)",
                  lambda m: "at four" if m.group(1) == "for" else "at two", text)
    # "eight-forty", "twelve-thirty", "nine-oh-five": an hour and its minutes, written joined
    text = re.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?=(?:oh|"
                  r"o|ten|fifteen|twenty|thirty|forty|fifty)\b)", r"\1 ", text)
    text = re.sub(r"\b(oh|o)-(?=(?:one|two|three|four|five|six|seven|eight|nine)\b)", r"\1 ", text)
    for word, n in _ORDINALS.items():
        text = _ordinal(text, word, n)
    text = re.sub(r"\bthirty[- ]first\b", "31st", text)
    units = {w: i for i, w in enumerate(_UNITS)}
    for tens, value in _TENS.items():
        text = re.sub(rf"\b{tens}[- ]({'|'.join(_UNITS[1:10])})\b",
                      lambda m, v=value: str(v + units[m.group(1)]), text)
        text = re.sub(rf"\b{tens}\b", str(value), text)
    keep_one = r"(?<!\bthat )(?<!\bthis )(?<!\bthe )(?<!\bno )(?<!\bany )(?<!\bwhich )" \
               r"(?<!\bfirst )(?<!\bsecond )(?<!\blast )(?<!\blater )(?<!\bearlier )" \
               r"(?<!\bbook )(?<!\bget )(?<!\bmake )(?<!\bschedule )(?<!\bneed )" \
               r"(?<!\bwant )(?<!\bgrab )(?<!\bhave )(?<!\bhad )(?<!\bgot )(?<!\bnew )" \
               r"(?<!\banother )" \
               r"(?<!\bbest )(?<!\bright )(?<!\bgood )(?<!\bsame )(?<!\bother )(?<!\bonly )" \
               r"(?<!\bmain )(?<!\bcorrect )"  # "book one", "the best one"
    for i in range(19, -1, -1):
        word = _UNITS[i]
        # ("the one o'clock window": a time, whatever stands before it)
        pattern = rf"{keep_one}\b{word}\b(?! of\b)|\b{word}\b(?= o'?clock\b)" if (
            word == "one") else rf"\b{word}\b"
        text = re.sub(pattern, str(i), text)
    text = re.sub(r"\bnoon\b|\bmidday\b|\b12 noon\b", "12:00 pm", text)
    text = re.sub(r"\bhalf (?:past|after) (\d{1,2})\b", r"\1:30", text)
    text = re.sub(r"\bhalf (1[0-2]|[1-9])\b(?! (?:hours?|days?|weeks?|dozen|of)\b)", r"\1:30",
                  text)  # "half nine": half past nine, as said in Britain and Ireland
    text = re.sub(r"\bquarter (?:past|after) (\d{1,2})\b", r"\1:15", text)
    # "twenty to eleven", "ten past nine", "five to three": minutes before or after the hour
    text = re.sub(r"\b(5|10|20|25) (?:minutes )?(to|till|of|past|after) (1[0-2]|[1-9])\b(?!:)",
                  lambda m: (f"{(int(m.group(3)) - 2) % 12 + 1}:{60 - int(m.group(1)):02d}"
                             if m.group(2) in ("to", "till", "of")
                             else f"{m.group(3)}:{int(m.group(1)):02d}"), text)
    text = re.sub(r"\bquarter (?:to|of|till) (\d{1,2})\b",
                  lambda m: f"{(int(m.group(1)) - 2) % 12 + 1}:45", text)
    # "at 10 30", "10 30 am": an hour and minutes said as two numbers
    text = re.sub(r"\b(1[0-2]|0?[1-9]) (00|15|30|45|[0-5][05])\b(?! (?:days?|weeks?|minutes?))",
                  r"\1:\2", text)
    text = re.sub(r"\b(\d{1,2}) o'?clock\b", r"\1:00", text)
    text = re.sub(r"\b(\d{1,2}(?::\d\d)?)[- ]?ish\b", r"around \1", text)  # "ten-ish"
    # "eleven in the morning", "4:30 in the afternoon": the part of the day says it is a time
    text = re.sub(r"\b(1[0-2]|0?[1-9])(:[0-5]\d)? (?=in the morning\b)", r"\1\2 am ", text)
    text = re.sub(r"\b(1[0-2]|0?[1-9])(:[0-5]\d)? (?=in the (?:afternoon|evening)\b|at night\b)",
                  r"\1\2 pm ", text)
    text = re.sub(r"\b([ap])\.? ?m\.?(?=\W|$)", r"\1m", text)
    # "not before ten", "no later than 4": the other side of the time said
    text = re.sub(r"\b(?:not before|no earlier than|not earlier than)(?= \d)", "after", text)
    text = re.sub(r"\b(?:not after|no later than|not later than)(?= \d)", "before", text)
    # "between two and four": a window
    return re.sub(r"\bbetween (\d{1,2}(?::\d\d)?(?: ?[ap]m)?) (?:and|to) (\d{1,2}(?::\d\d)?"
                  r"(?: ?[ap]m)?)\b(?!:)", r"after \1 before \2", text)


def _hour(hour: int, minute: int, meridiem: str | None, window: tuple[time, time] | None
          ) -> time | None:
    """A clock time from a spoken hour: business-hours guess when no AM/PM was said."""
    if not 0 <= minute < 60:
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif meridiem is None and hour <= 12:
        if window is not None and window[0] >= time(12) and hour < 12:
            hour += 12
        elif window is not None and window[1] <= time(12):
            pass
        elif 1 <= hour <= 6:
            hour += 12
    return time(hour, minute) if 0 <= hour < 24 else None


_AT = re.compile(r"\b(at|around|about|by|for|after|before|from|til|till|until|say|maybe|like)? ?"
                 r"(?<![/\d])(\d{1,2})(?::(\d{2}))? ?(am|pm)?\b(?!:| ?(?:/|st\b|nd\b|rd\b|th\b|"
                 r"days?\b|"
                 r"weeks?\b|minutes?\b|hours?\b|seconds?\b|secs?\b|moment\b|of\b|years?\b|"
                 r"miles?\b|thousand\b|hundred\b|dollars?\b|bucks?\b|%|"
                 r"months?\b|-?(?:bed|bedroom|bath|bathroom|br|room|floor|stor(?:y|ey|ies)|"
                 r"unit|acre|square|sq|feet|foot|inch|pound|lb|kg|kid|child|children|people|"
                 r"person|dog|cat|pet|car|vehicle|door|tooth|teeth|percent|cylinder|speed|"
                 r"year-old|months?-old|weeks?-old|old)\w*\b|(?:\s?[a-z]+){1,3}\s(?:street|st|avenue|"
                 r"ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|terrace|"
                 r"circle|parkway)\b))")


_TIME_CORRECTION = re.compile(r"\b(?:no,? wait|wait,? no|no,? sorry|sorry,? no|oh,? no|actually|"
                              r"well,? (?=\d)|"
                              r"make it|i mean|rather|instead(?! of))\b")


def _latest_day_span(text: str, now: datetime, date_order: str):
    """The day said in the last sentence that names one, of what follows a correction ("No,
    wait, he's got therapy Thursday. Friday. Friday morning at ten": Friday)."""
    parts = re.split(r"(?<=[.!?;])\s+", text)
    for start in range(len(parts) - 1, -1, -1):
        if _BUSY_THEN.search(parts[start]):
            continue  # "Thursday is bad", "he's got therapy Thursday": the day ruled out
        found = _day_span(" ".join(parts[start:]), now, date_order)
        if found is not None:
            return found
    return _day_span(text, now, date_order)


# (what follows a weekday ruled out, when only a part of it is: "Saturday mornings")
_NOT_A_PART = r"(?! (?:morning|afternoon|evening|night)s?\b)"
# a day ruled out ("any afternoon except Wednesday", "any day but Monday", "not on Fridays")
_EXCEPT_DAY = re.compile(
    r"\b(?:except(?: for)?|excluding|but not|other than|apart from|not on|(?:any ?(?:day|time|"
    r"afternoon|morning|evening)|anything|whenever)(?: (?:next|this) week)?,? but)(?: on)? "
    r"(?:a )?(?:" + "|".join(WEEKDAYS)
    + r")s?\b" + _NOT_A_PART)
# a weekday ruled out in so many words: "not on Wednesdays", "not Monday", "Fridays are no good",
# "I can't do Tuesdays" (not "I can't do Saturday mornings": a part of the day, not the day)
_NOT_WEEKDAY = re.compile(
    r"\bnot (?:on )?(?:a )?(?P<a>" + "|".join(WEEKDAYS) + r")s?\b" + _NOT_A_PART + "|"
    r"\b(?P<b>" + "|".join(WEEKDAYS) + r")s? (?:is|are|'s) (?:bad|out|no good|not good|"
    r"impossible|tough|hard|difficult|a no)\b|"
    r"\b(?:can'?t|cannot|can not) (?:do|make|come)(?: (?:on|in))? (?:a )?(?P<c>"
    + "|".join(WEEKDAYS) + r")s?\b" + _NOT_A_PART)
_WEEKDAY_IN = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b")


def ruled_out_weekdays(text: str) -> frozenset[int]:
    """The weekdays a line rules out (0 is Monday): "any afternoon except Wednesday", "not on
    Fridays", "Mondays are no good"."""
    found: set[int] = set()
    for m in _EXCEPT_DAY.finditer(text):
        found.update(WEEKDAYS.index(d) for d in _WEEKDAY_IN.findall(m.group(0)))
    for m in _NOT_WEEKDAY.finditer(text):
        found.add(WEEKDAYS.index(m.group("a") or m.group("b") or m.group("c")))
    return frozenset(found)


def _without_ruled_out(text: str) -> str:
    """The line without the weekdays it rules out; "any morning but wednesday" keeps "any
    morning"."""
    def keep_part(m: re.Match[str]) -> str:
        kept = [found.group(0) for found in (re.search(r"\b(?:next|this) week\b", m.group(0)),
                                             _PART.search(m.group(0))) if found]
        return f" {' '.join(kept)} "
    return _NOT_WEEKDAY.sub(" ", _EXCEPT_DAY.sub(keep_part, text))


# busy until a time: free from then on ("I work until six", "she's in school till three")
_BUSY_UNTIL = re.compile(
    r"\b(?:i|we|he|she|they)(?:'m| am| are|'re|'s| is)? (?:work|works|working|at work|busy|in "
    r"class|in school|at school|tied up|stuck at work|on shift|teach|teaching|in meetings)"
    r"(?: \w+){0,2}? (?:until|till|til|"
    r"'til) (?=\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)")
# a part of the day ruled out ("mornings are impossible for me", "not mornings", "if what you've
# got is a morning, I'll have to pass"): never the window asked for
_PART_RULED_OUT = (
    re.compile(r"\b(?:not|no|never|can'?t do|cannot do|can'?t make|can'?t come in|can'?t come)"
               r"(?: (?:in|on|during))?(?: the| a)? (?P<part>morning|afternoon|evening)s?\b"),
    re.compile(r"\b(?P<part>morning|afternoon|evening)s? (?:are|is|'s|are just|are totally) "
               r"(?:impossible|out|bad|no good|not good|tough|hard|difficult|a no|a no-go|"
               r"hopeless)\b"),
    re.compile(r"\b(?:a|the) (?P<part>morning|afternoon|evening)\b[^.!?]{0,30}?\b(?:i'?ll "
               r"(?:have to )?pass|won'?t work|doesn'?t work|no good|can'?t)\b"),
)
# what is left when one part of the day is ruled out and no other is named
_OTHER_PART = {"morning": ("afternoon", (time(12), time(23, 59))),
               "afternoon": ("morning", (time(0), time(12)))}


def ruled_out_parts(text: str) -> set[str]:
    """The parts of the day a line rules out ("mornings are impossible for me": morning)."""
    return {m.group("part") for pattern in _PART_RULED_OUT for m in pattern.finditer(text)}


# a day said as the one that does not work
_BUSY_THEN = re.compile(r"\b(?:can'?t|cannot|won'?t (?:work|do)|doesn'?t work|does not work|is "
                        r"(?:bad|no good|out)|busy|(?:i|he|she|we|they)(?:'ve| have|'s| has)? got|"
                        r"(?:he|she|it) has|i have|we have|they have|not)\b")


# a clause that asks for a day ("could somebody come tomorrow?", "Friday would suit me better"),
# not one that tells the story ("this morning there's no hot water", "I was going to say Friday")
_ASKING = re.compile(r"\?|\b(?:would|could|can|can't|will|i'?d like|i want|do you have|is "
                     r"there|any chance|how about|what about|suits?|works?|good for|fine for|"
                     r"available|free|"
                     r"open|book|come in|come (?:out|by|over)|see (?:me|him|her|us|them))\b")
_CLAUSES = re.compile(r"(?<=[.!?;])\s+|,?\s+\b(?:but|so)\b\s+|,\s+and\s+")


def _asked_day_span(text: str, now: datetime, date_order: str):
    """The day named in the first clause that asks for one, when other clauses name a different
    day without asking for it, and those clauses; None when that does not tell them apart."""
    clauses = [(c, _day_span(c, now, date_order)) for c in _CLAUSES.split(text) if c]
    named = [(c, span) for c, span in clauses if span is not None]
    if len({span[:2] for _, span in named}) < 2:
        return None
    asked = [span for c, span in named if _ASKING.search(c)]
    told = [c for c, span in named if not _ASKING.search(c)]
    return (asked[0], told) if asked and told else None


# a condition the caller puts on what they asked for, before what they would take instead ("if
# tomorrow doesn't work, then Tuesday at two", "if eight doesn't work, nine is fine", "if you
# close before then, five thirty works")
_IF_NOT = re.compile(r"\bif (?:[^.,;?!]{0,40}?)\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|"
                     r"can'?t|cannot|won'?t|not|no good|bad|close|closes|closed|full|taken|"
                     r"booked|gone|unavailable)(?: (?:work|works|work out|out|possible|available|"
                     r"open|free|"
                     r"(?:for|with) (?:you|me|us|them)|that day|that time|then|before then|that "
                     r"late|that early|by then|yet))?\b[.,;]?\s*(?:then\s+)?")


def _after_correction(text: str) -> str:
    """The words after the caller's last correction when a clock time is said there ("three
    o'clock? no wait... make it four thirty"), else all of them."""
    marks = list(_TIME_CORRECTION.finditer(text))
    for mark in reversed(marks):
        rest = text[mark.start():]
        if _AT.search(rest):
            return rest
    return text


_ADDRESS_BEFORE = re.compile(r"\b(?:apartment|apt|unit|suite|ste|room|floor|number|no|zip|"
                             r"box|building|bldg|lot|route|highway|exit|interstate|#)\.?\s*$")
_ADDRESS_AFTER = re.compile(r"\s*(?:[a-z]+ )?(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|"
                            r"court|ct|boulevard|blvd|way|place|pl|terrace|circle|parkway)\b")


# "Saturday morning, like 11": a time said loosely after a day or a part of the day ("I'd like
# 2 cleanings" is no time)
_LIKE_AFTER = re.compile(r"(?:morning|afternoon|evening|night|tomorrow|today|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday|week|[,-])\s*$")


# a clock time that tells the caller's own day ("he's out of school at three", "I get off work
# at five"), not the time they ask for when they name another
_SCHEDULE_BEFORE = re.compile(r"\b(?:off|out|done|home|finish(?:es)?|ends?|starts?|leaves?|until|"
                              r"school|class|practice|shift|pick (?:\w+ )?up|picks (?:\w+ )?up)"
                              r"(?: [a-z']+){0,3}? ?(?:at|around|about)? ?$")


def _times(text: str, window: tuple[time, time] | None, expect_time: bool
           ) -> tuple[time | None, time | None, time | None]:
    """(exact, after, before) clock times said in `text`."""
    at = after = before = None
    own_day: time | None = None  # the first exact time that tells the caller's own day
    for m in _AT.finditer(text):
        word, hour, minute, meridiem = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        explicit = minute is not None or meridiem is not None or word in (
            "at", "around", "about", "by", "after", "before", "from", "til", "till", "until",
            "say") or (word == "like" and _LIKE_AFTER.search(text[:m.start()]))
        if not explicit and not expect_time:
            continue
        if hour > 12 and minute is None and meridiem is None:
            continue  # "the 17" or a street number, not a clock
        if re.search(r"\d[\d\s-]{6,}", text[max(0, m.start() - 8):m.end() + 8]):
            continue  # part of a phone number
        if _ADDRESS_BEFORE.search(text[:m.start(2)]) or _ADDRESS_AFTER.match(text[m.end():]):
            continue  # "apartment 2", "7 Willow Court": part of an address
        clock = _hour(hour, int(minute or 0), meridiem, window)
        if clock is None:
            continue
        if word == "after" or word == "from":
            after = clock
        elif word in ("before", "by", "til", "till", "until"):
            before = clock
        elif at is None and _SCHEDULE_BEFORE.search(re.split(r"[.!?;]", text[:m.start(2)])[-1]):
            own_day = own_day or clock
        elif at is None:
            at = clock
    return at or own_day, after, before


# a second time offered as a fallback: "nine thirty, or ten if that's gone", "at 2 or maybe 3"
_OR_TIME = re.compile(r"\bor (?:at |maybe |say |else |even )?(\d{1,2})(?::(\d{2}))? ?(am|pm)?\b"
                      r"(?!:| ?(?:/|st\b|nd\b|rd\b|th\b|days?\b|weeks?\b|minutes?\b|hours?\b|"
                      r"people\b|of\b))")


def _alternatives(text: str, at: time, window: tuple[time, time] | None) -> tuple[time, ...]:
    """The other clock times the caller said they would take instead of `at`."""
    found: list[time] = []
    for m in _OR_TIME.finditer(text):
        hour, minute, meridiem = int(m.group(1)), m.group(2), m.group(3)
        if hour > 12 and minute is None and meridiem is None:
            continue
        clock = _hour(hour, int(minute or 0), meridiem, window)
        if clock is not None and clock != at and clock not in found:
            found.append(clock)
    return tuple(found)


def _weekday(text: str, today: date) -> tuple[date, str] | None:
    m = re.search(r"\b(?:(this|next|coming|on|this coming|a) )?(" + "|".join(WEEKDAYS) +
                  r")s?\b", text)
    if m is None:
        return None
    qualifier, name = m.group(1), m.group(2)
    if re.match(r"\s*(?:of |in )?(?:next week|the (?:following|next) week|the week after)\b",
                text[m.end():]) or (qualifier in (None, "on") and re.search(
                    r"\bnext week,? (?:on )?(?:the )?$", text[:m.start()]) or (
                    # "sometime next week would be good. Wednesday afternoon?"
                    re.search(r"\bnext week\b", text[max(0, m.start() - 80):m.start()])
                    and not re.search(r"\bthis week\b", text[:m.start()]))):
        qualifier = "next"  # "Wednesday next week", "next week, on the Wednesday"
    ahead = (WEEKDAYS.index(name) - today.weekday()) % 7
    if ahead == 0 and qualifier not in ("this",):
        ahead = 7
    elif qualifier == "next" and today.weekday() + ahead <= 6:
        ahead += 7  # said on a Tuesday, "next Wednesday" is the one in next week
    day = today + timedelta(days=ahead)
    return day, day_phrase(day, today)


def _count(word: str) -> int:
    return {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(word) or int(word)


def _calendar_date(text: str, now: datetime, date_order: str) -> date | None:
    """A calendar date through dateparser: 'march 12', 'the 12th of march', '3/12'."""
    found = [m for m in (p.search(text) for p in (_MONTH_DAY, _DAY_MONTH, _NUMERIC_DATE)) if m]
    fragment = min(found, key=lambda m: m.start()).group(0) if found else None  # the first said
    if fragment is None:
        return None
    parsed = dateparser.parse(
        fragment.removeprefix("the "), languages=["en"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now.replace(tzinfo=None),
                  "DATE_ORDER": date_order, "REQUIRE_PARTS": ["day", "month"],
                  "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    day = parsed.date()
    return day if day >= now.date() else None


# a day said as the first or the last the caller can come: "sometime after the 15th", "any day
# after March 20th", "from the 16th on", "not before the 20th", "before the 25th", "by Friday the
# 20th"; and "the week after next"
_DATE_WORDS = (rf"(?:{_MONTH}\.? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?|"
               rf"(?:the )?\d{{1,2}}(?:st|nd|rd|th)(?: of {_MONTH})?|\d{{1,2}}/\d{{1,2}})")
_FROM_DATE = re.compile(
    rf"\b(?P<how>after|past|later than|not before|no earlier than|anytime after|any time after|"
    rf"from|starting(?: from| on)?|beginning(?: on)?)(?: (?:{'|'.join(WEEKDAYS)}))?,? "
    rf"(?P<date>{_DATE_WORDS})(?P<on>,? (?:on|onwards?|or later|and after|and later))?\b")
_UNTIL_DATE = re.compile(
    rf"\b(?P<how>before|by|no later than|not after|until|till)(?: (?:{'|'.join(WEEKDAYS)}))?,? "
    rf"(?P<date>{_DATE_WORDS})\b(?!:| ?(?:am|pm)\b)")
SPAN_DAYS = 14  # how far past the first day a caller can come the search looks


def _bounded_span(text: str, now: datetime, date_order: str
                  ) -> tuple[date, date, str] | None:
    """The days from the first one the caller can come ("after the 15th": the 16th on), or up
    to the last ("before the 20th": until the 19th)."""
    today = now.date()
    m = _FROM_DATE.search(text)
    if m and re.search(rf"\b(?:{'|'.join(WEEKDAYS)}),? $", text[:m.start()]):
        m = None  # "the Thursday after, the nineteenth": the weekday after it, no first day
    if m and (m.group("how") not in ("from", "starting", "beginning") or m.group("on")
              or m.group("how").startswith(("starting ", "beginning "))):
        said = _day_span(m.group("date"), now, date_order)
        if said is not None:
            exclusive = m.group("how") in ("after", "past", "later than", "anytime after",
                                           "any time after")
            first = max(said[0] + timedelta(days=1 if exclusive else 0), today)
            return first, first + timedelta(days=SPAN_DAYS - 1), f"from {day_phrase(first, today)}"
    m = _UNTIL_DATE.search(text)
    if m:
        said = _day_span(m.group("date"), now, date_order)
        if said is not None:
            last = said[0] if m.group("how") in ("by", "not after", "no later than") else (
                said[0] - timedelta(days=1))
            if last >= today:
                return today, last, (f"by {day_phrase(last, today)}" if last == said[0] else
                                     f"before {day_phrase(said[0], today)}")
    if re.search(r"\bweek after next\b", text):
        start = today - timedelta(days=today.weekday()) + timedelta(days=14)
        return start, start + timedelta(days=6), "the week after next"
    return None


def _day_span(text: str, now: datetime, date_order: str
              ) -> tuple[date, date, str] | None:
    today = now.date()
    bounded = _bounded_span(text, now, date_order)
    if bounded is not None:
        return bounded
    m = _FROM_DAY.search(text)
    if m:
        anchor = m.group(3)
        base = (today if anchor == "today" else today + timedelta(days=1)
                if anchor == "tomorrow" else _weekday(anchor, today)[0])
        amount = _count(m.group(1))
        day = base + (timedelta(weeks=amount) if m.group(2).startswith("week")
                      else timedelta(days=amount))
        return day, day, day_phrase(day, today)
    m = _AFTER_NEXT.search(text)
    if m:  # said on a Tuesday, "next Monday" is the 16th and "Monday after next" the 23rd
        day = _weekday(f"next {m.group(1)}", today)[0] + timedelta(weeks=1)
        return day, day, day_phrase(day, today)
    if re.search(r"\bday after tomorrow\b", text):
        day = today + timedelta(days=2)
        return day, day, day_phrase(day, today)
    if re.search(r"\b(today|tonight|this (?:morning|afternoon|evening))\b", text):
        return today, today, "today"
    if re.search(r"\btomorrow\b", text):
        day = today + timedelta(days=1)
        return day, day, "tomorrow"
    found = _calendar_date(text, now, date_order)
    if found is not None:
        return found, found, day_phrase(found, today)
    weekday = _weekday(text, today)
    m = _THE_NTH.search(text)
    if weekday is not None and not (m and 1 <= int(m.group(1)) <= 31):
        return weekday[0], weekday[0], weekday[1]
    if m and 1 <= int(m.group(1)) <= 31:  # "Thursday the 19th": the date says which Thursday
        n, day = int(m.group(1)), today
        for _ in range(62):
            if day.day == n:
                return day, day, day_phrase(day, today)
            day += timedelta(days=1)
    m = _IN_N.search(text)
    if m:
        amount = _count(m.group(1) or m.group(3))
        unit = m.group(2) or m.group(4)
        if unit.startswith("week"):
            start = today + timedelta(weeks=amount)
            return start, start + timedelta(days=6), f"in {amount} week{'s' * (amount > 1)}"
        day = today + timedelta(days=amount)
        return day, day, day_phrase(day, today)
    monday = today - timedelta(days=today.weekday())
    if re.search(r"\bnext week\b", text):
        start = monday + timedelta(days=7)
        return start, start + timedelta(days=6), "next week"
    if re.search(r"\b(this|later this|rest of the) week\b", text):
        return today, monday + timedelta(days=6), "this week"
    if re.search(r"\bnext weekend\b", text):
        start = monday + timedelta(days=12)
        return start, start + timedelta(days=1), "next weekend"
    if re.search(r"\b(this |the )?weekend\b", text):
        start = monday + timedelta(days=5)
        start = max(start, today)
        return start, monday + timedelta(days=6), "this weekend"
    return None


# Seven or more digits in a row, as a phone number is said ("2 oh 1, 2 oh 1, oh oh oh oh",
# "201-201-0000"): never a date or a clock time.
_DIGIT = r"(?:\d|oh|zero|double|triple)"
# a date of birth, or any date said with a year of the last century: never a visit's day
_DATE_SAID = (rf"(?:(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|{_MONTH}\.? (?:the )?"
              rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}[/-]\d{{1,2}})")
# a year as said once _number_words has read it: "1978", "19 seventy 8", "sixty 4",
# "2 thousand 1"
_TENS_SAID = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_YEAR_SAID = (rf"(?:\d thousand(?: and)?(?: {_TENS_SAID})?(?: \d{{1,2}})?|"
              rf"\d{{2,4}}(?:[ -](?:{_TENS_SAID}|oh|0|\d{{1,2}}))?|{_TENS_SAID})(?:[ -]\d)?")
_BIRTH = re.compile(
    rf"\b(?:date of birth|d\.?o\.?b|d o b|born(?: on)?|birthday|birth date)[\s,:.]*(?:is |was )?"
    rf"{_DATE_SAID}(?:,? ?[/-]?{_YEAR_SAID})?\b"
    rf"|\b{_DATE_SAID},? (?:19\d\d|'\d\d|19 {_TENS_SAID}(?: \d)?)\b")
BIRTH_DATE = _BIRTH  # a birth date said in full: never a visit's day
_PHONE_RUN = re.compile(rf"(?<![:\d])(?:\+?{_DIGIT}[\s,.()-]*){{7,}}")  # (not "12:30, 3 4 7...")


# When something happened, not when the caller wants to come: "since this morning", "yesterday
# afternoon", "last Friday", "two days ago", "I was in on Saturday", "it started Monday night".
_DAYWORD = (r"(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|the (?:weekend|\w+ (?:of|on)))")
# a number that counts what was just said or offered ("either of those two", "the two
# times", "both of them"), never a clock time
_COUNTED = re.compile(r"\b(?:those|these|the|them|us|all) (?:two|three|four|2|3|4)\b"
                      r"(?![:.]\d| ?(?:o'?clock|thirty|fifteen|forty[- ]five|am|pm|a\.m|p\.m|"
                      r"in the)\b)")
# a number that counts things ("one question before you book it", "two more things", "one
# sec"), never a clock time
_A_COUNT = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve) (?:(?:more|quick|last|other|small|little) )?(?:questions?|"
                      r"things?|more\b|of (?:them|those|these|us|you|my|our|the)|secs?|seconds?|"
                      r"moments?|people|persons|kids|children|pets|dogs|cats|cars|vehicles|"
                      r"visits|items|bedrooms?|bathrooms?|beds|baths|stories|floors|teeth|"
                      r"shots|vaccines|words?|letters?|syllables?|parts?|names?|l'?s|n'?s|"
                      r"s'?s|t'?s)\b|"
                      # "we paid for three commercial ovens": a count of any things said in the
                      # plural (not "two on Thursdays", "four hours", "ten thirty")
                      r"(?<!at )(?<!by )(?<!around )(?<!till )(?<!until )(?<!before )(?<!after )"
                      r"(?<!from )(?<!past )(?<!to )(?<!about )"
                      r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve) (?:(?!(?:on|at|in|for|or|and|to|the|pm|am|a\.m|p\.m|o'?clock|"
                      r"sharp|ish|is|was|would|will|works?|sounds?|suits?|fits?|fine|good|great|"
                      r"perfect|please|thanks|then|okay|ok|that|this|it|is|also|too|either|"
                      r"tomorrow|today|next|this)\b)[a-z]+ )?(?!(?:hours|minutes|days|weeks|"
                      r"months|years|mornings|afternoons|evenings|nights|weekends|mondays|"
                      r"tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|times|thirtys|"
                      r"fifteens|is|was|works|does|suits|sounds|fits|this|has|thanks|yes|"
                      r"please|sharps|comes|goes|gets|starts|ends|opens|closes|means|makes|takes|"
                      r"needs|seems|looks|stays|leaves|runs)\b)[a-z]{2,}s\b")
# someone's age ("he's nine", "she is eleven years old", "my son, age seven"): no time of day
_AGE = re.compile(r"\b(?:(?:he|she|they)(?:'s| is| are| was)|aged?|age of)(?: just| only| about| "
                  r"almost| nearly)? (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"eleven|twelve)(?: years? old| months? old| and a half)?\b(?! ?(?:am|pm|a\.m|"
                  r"p\.m|o'?clock|thirty|fifteen|forty-five|in the)\b)")
# "the next one", "this one", "which one": a thing pointed at, not one o'clock
_ONE_THING = re.compile(r"\b(?:the (?:next|other|last|first|second|third|same|new|old|earlier|"
                        r"later|early|late)|this|that|which|each|every|any|another|no|a new) one\b"
                        r"(?! ?(?:o'?clock|pm|am|p\.m|a\.m|thirty|fifteen|forty|:|in the))")
# the day being given up, not the day wanted: "instead of tomorrow", "rather than thursday"
_INSTEAD_OF = re.compile(r"\b(?:instead of|rather than) (?:this |next |on |the )?(?:tomorrow|today|"
                         r"tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                         r"(?:'s| one| appointment| visit)?\b")
# the day of the booking given up: "and cancel tomorrow's", "drop the Friday one"
_CALLED_OFF_DAY = re.compile(r"\b(?:cancel|drop|scrap|forget|free up|release|give up|lose)(?: "
                             r"(?:the|my|our))? (?:tomorrow|today|tonight|monday|tuesday|"
                             r"wednesday|thursday|friday|saturday|sunday)(?:'s|s)?(?: (?:one|"
                             r"appointment|booking|visit|slot|time))?\b")
# "my arraignment isn't until April 2nd", "our wedding is June 6th": the day of something else
# the caller told about, not the visit's
_EVENT_DAY = re.compile(r"\b(?:my|our|the|his|her|their) (?:\w+ )?(?:arraignment|hearing|court "
                        r"date|trial date|court appearance|closing|wedding|surgery|flight|"
                        r"deadline|birthday|party|trip|vacation|due date|lease|move-in|move-out)"
                        r"s? (?:is|isn'?t|was|'s|are|aren'?t|were|falls?|comes?|lands?)"
                        r"(?: (?:not|until|till|on|for|in|set|scheduled|at|the|this|next|coming|"
                        r"actually|only|just))*"
                        r" (?:(?:january|february|march|april|may|june|july|august|september|"
                        r"october|november|december)(?: \d{1,2}(?:st|nd|rd|th)?)?|"
                        r"\d{1,2}(?:st|nd|rd|th)(?: of \w+)?|(?:monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)|tomorrow|today|tonight)"
                        r"(?: (?:at|by) [\d:]+(?: ?[ap]\.?m\.?)?)?\b")
# "I'm leaving Friday at noon", "we fly out Sunday morning": when the caller is away, never the
# time wanted
_LEAVING_DAY = re.compile(r"\b(?:i'?m|i am|we'?re|we are|i|we|he|she|he'?s|she'?s) (?:leaving|"
                          r"leave|flying out|fly out|flies out|heading out|travel(?:l)?ing|away|"
                          r"out of town) (?:on |this |next |until |till )?(?:monday|tuesday|"
                          r"wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)"
                          r"(?: (?:at|by|around) [\d:]+(?: ?[ap]\.?m\.?)?| (?:at |around )?noon| "
                          r"(?:morning|afternoon|evening|night))?\b")
# "I know you're closed Mondays", "since the office is shut on Sundays": the business's closed
# day, said as a fact, never the day wanted
_CLOSED_DAY = re.compile(r"\b(?:(?:you|you guys|y'?all|they|the (?:office|shop|salon|clinic|"
                         r"practice|firm|garage))(?: are|'re| is|'s)?|you'?re) (?:always |"
                         r"usually |normally |all )?(?:closed|not open|shut)(?: on)?"
                         r"(?: (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|"
                         r"sundays?|weekends?)"
                         r"(?: and| or|,)?)+\b|\bclosed (?:on )?(?:mondays|tuesdays|wednesdays|"
                         r"thursdays|fridays|saturdays|sundays)\b")
# "move it from Thursday to Saturday at eleven": the day it is moved from is the old one
_MOVED_FROM = re.compile(r"\b(?:move|moving|moved|switch|switching|change|changing|push|"
                         r"pushing|bump|bumping)\b(?: (?:it|that|this|me|us|my \w+|the \w+))? "
                         r"(\bfrom (?:this |next |on |the )?(?:tomorrow|today|tonight|monday|"
                         r"tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:'s)?(?: (?:"
                         r"morning|afternoon|evening))?(?: at [\d:]+(?: ?[ap]\.?m\.?)?)?) (?=to\b)")
PAST = re.compile(
    rf"\b(?:since|ever since|started|began|happened|broke|stopped) (?:on |at |in |about |around "
    rf"|last |this )?{_DAYWORD}(?: (?:morning|afternoon|evening|night))?|\byesterday(?: (?:"
    rf"morning|afternoon|evening|night))?|\blast (?:night|week|weekend|month|time|year|{_DAYWORD}"
    rf")(?: (?:morning|afternoon|evening|night))?|\b(?:a|an|one|two|three|four|five|six|seven|"
    rf"few|couple of|\d+) (?:hours?|days?|weeks?|months?|years?) ago|\b(?:was|were|came|had "
    rf"been|went) (?:in|here|there|by|over|down) (?:on |at )?(?:last )?{_DAYWORD}\b|"
    # "my crown came off this morning eating a bagel", "she ate a grape earlier today"
    rf"\b(?:came|fell|broke|popped|cracked|chipped|snapped|happened|quit|died|ate|swallowed|"
    rf"threw up|vomited|collapsed|twisted|burst|leaked|flooded|noticed)\b(?: [\w'-]+){{0,4}}? "
    rf"(?:this (?:morning|afternoon|evening)|earlier today)\b")


# a day something was done on, told as what happened ("we adopted her on Saturday", "I noticed a
# drip Sunday night", "she cracked it on Friday"): a past-tense verb, at most three words, the
# weekday; not the verbs that ask for or describe a visit ("booked", "scheduled", "I'm tied up")
_DONE_ON = re.compile(
    r"\b(?!(?:need|want|hop|wonder|schedul|book|interest|plann|suppos|prefer|pencill?|reserv|"
    r"confirm|fix|finish|clos|open|tir|us|bless|relax|excit|worri|concern|lock|"
    r"pack|slamm|swamp|jamm|rush|ti|pleas|aim|cancell?)ed\b)(?:[a-z]{3,}(?<!e)ed|ate|bit|broke|"
    r"fell|hit|ran|swallowed|cut|hurt|lost|found|saw|bought|threw up|came home|went (?:out|off))"
    r"(?: (?!(?:on|over|last|this|next|for|to|at|by|until|till|and|but|so)\b)[a-z']+){0,3}? "
    r"(?:on |over |this past |last )?(?:" + "|".join(WEEKDAYS) + r")\b(?: (?:morning|afternoon|"
    r"evening|night))?")
# words before such a verb that make it a wish ("I need it serviced Friday", "get it cleaned on
# Monday"), not a thing done
_WISHED_BEFORE = re.compile(r"\b(?:need|needs|want|wants|like|get|getting|have|having|had to|"
                            r"be|been|will|would|could|can|to)(?: [a-z']+){0,2}\s*$")


def _without_days_done(text: str) -> str:
    """`text` without the days the caller told something happened on."""
    def blank(m: re.Match) -> str:
        return m.group(0) if _WISHED_BEFORE.search(text[:m.start()]) else " "
    return _DONE_ON.sub(blank, text)


_GOOD_MORNING = re.compile(r"^(?:(?:hi|hello|hey|oh|yes|yeah)\W+)*good (?:morning|afternoon|"
                           r"evening)\b")
_GREETED = re.compile(r"^(?:(?:hi|hello|hey|oh|yes|yeah)\W+)*(?:good )?(?:morning|afternoon|"
                      r"evening)(?:\W+(?:there|guys|folks|all|everyone|dear|sir|ma'?am|madam|"
                      r"love|hon|to you))?(?=\s*[.!,]|$)")


def names_a_day(raw: str, *, now: datetime, date_order: str = "MDY") -> bool:
    """Whether the caller named a day ("Thursday", "the 18th", "tomorrow"), not only a time or
    a weekday ruled out ("any morning but Wednesday")."""
    text = _without_days_done(_bare_days(_number_words(clean(raw)), now.date()))
    ruled_out = ruled_out_weekdays(text)
    span = _day_span(_without_ruled_out(text), now, date_order)
    return span is not None and not (span[0] == span[1] and span[0].weekday() in ruled_out)


def narrowed(before: When | None, when: When | None, raw: str, *, now: datetime,
             date_order: str = "MDY") -> When | None:
    """A wish said on top of an earlier one: a part of the day or a weekday ruled out, with no
    day named ("any morning but Wednesday" after "sometime after the 15th"), narrows the days
    asked for before; a day named replaces them."""
    if before is None or when is None or before.day_from is None or (
            when.at is not None and before.single_day is None) or names_a_day(
                raw, now=now, date_order=date_order):
        return when
    return replace(when, day_from=before.day_from, day_to=before.day_to,
                   day_phrase=before.day_phrase,
                   not_weekdays=before.not_weekdays | when.not_weekdays)


# a weekday and the day of the month said as a bare number, day first as many callers say it
# ("Thursday 19, at four", "Wednesday the 18 at eleven", "Friday, 13"): a date when that day
# of this month or the next is that weekday, and no clock mark follows the number
_WEEKDAY_NUMBER = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:the )?(\d{1,2})\b"
    r"(?!:|st\b|nd\b|rd\b|th\b| ?(?:am|pm|o'?clock)\b| (?:in the|at night|tonight|this|in)\b)")
# "the 12, at eleven", "the 19 in the morning": the day of the month after "the", said without
# its ordinal ending
_THE_NUMBER = re.compile(r"\bthe (\d{1,2})(?=,? at\b|, \d| in the\b)")
_WEEKDAY_INDEX = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_A_TIME_AFTER = re.compile(r",? (?:at |around |about |say )?(?:\d{1,2}(?::\d\d)?(?: ?[ap]m)?|"
                           r"in the (?:morning|afternoon|evening))\b")
AHEAD_DAYS = 62  # how far ahead a bare day of the month is looked for


def _bare_days(text: str, today: date) -> str:
    """'thursday 19, at 4' -> 'thursday the 19th, at 4' when the 19th is a Thursday soon;
    'the 12, at 11' -> 'the 12th, at 11'."""
    def weekday_date(m: re.Match) -> str:
        n = int(m.group(2))
        wanted = _WEEKDAY_INDEX[m.group(1)]
        if n <= 12 and " the " not in m.group(0) and not _A_TIME_AFTER.match(text, m.end()):
            return m.group(0)  # "Friday 10": an hour, unless a time is said after it
        for ahead in range(AHEAD_DAYS):
            day = today + timedelta(days=ahead)
            if day.day == n and day.weekday() == wanted:
                return f"{m.group(1)} {day:%B} {ordinal(n)}".lower()
        return m.group(0)

    text = _WEEKDAY_NUMBER.sub(weekday_date, text)
    return _THE_NUMBER.sub(lambda m: f"the {ordinal(int(m.group(1)))}"
                           if 1 <= int(m.group(1)) <= 31 else m.group(0), text)


def parse_when(raw: str, *, now: datetime, date_order: str = "MDY", expect_time: bool = False,
               default_day: date | None = None) -> When | None:
    """What the caller said about when, or None if they said nothing about it.

    `now` is the business's local time. `expect_time` lets a bare number count as a clock time
    ("ten works"), as it does right after times were offered; `default_day` is the day a time
    without a day refers to (the day being discussed).
    """
    # "three oh two Willow Street": a house, not a time
    text = _PHONE_RUN.sub(" ", _number_words(without_address(clean(raw))))  # "at 2 oh 1, 2 oh 1"
    text = _LEAVING_DAY.sub(" ", text)  # "I'm leaving Friday at noon": when they are away
    text = _bare_days(text, now.date())  # "thursday 19, at 4": the 19th
    text = PAST.sub(" ", text)  # "no hot water since this morning": when it began, not a visit
    text = _without_days_done(text)  # "we adopted her on Saturday": a day gone by
    text = _BIRTH.sub(" ", text)  # "date of birth March 22nd 1981": not a day for the visit
    text = _COUNTED.sub(" ", text)  # "whichever of those two is open": a count, not 2 o'clock
    text = _A_COUNT.sub(" ", text)  # "one question before you book it": a count, not 1 PM
    text = _AGE.sub(" ", text)  # "Eli Okafor, he's nine, ...": an age, not 9 o'clock
    text = _ONE_THING.sub(" ", text)  # "the next one is for my son": not 1 o'clock
    text = _INSTEAD_OF.sub(" ", text)  # "friday at 11:30 instead of tomorrow": the old day
    text = _CALLED_OFF_DAY.sub(" ", text)  # "..., and cancel tomorrow's": the old one
    text = _EVENT_DAY.sub(" ", text)  # "my hearing is on the 9th": another thing's day
    text = _CLOSED_DAY.sub(" ", text)  # "I know you're closed Mondays": the business's day off
    text = _MOVED_FROM.sub(lambda m: m.group(0).replace(m.group(1), " "), text)
    text = _BUSY_UNTIL.sub(" after ", text)  # "I work until six": free after six
    ruled_out = ruled_out_weekdays(text)
    text = _without_ruled_out(text)  # "any afternoon except Wednesday": a day ruled out
    # "Good morning." or, unasked, "Morning. This is Kwame": a greeting, not a time of day
    text = (_GOOD_MORNING if expect_time else _GREETED).sub(" ", text)
    fallback = ""
    m = _IF_NOT.search(text)
    if m and (_day_span(text[m.end():], now, date_order) or _times(text[m.end():], None, True)[0]):
        # what the caller would take instead is what they ask for; the condition says nothing
        fallback = text[m.end():]
        text = f"{text[:m.start()]} {fallback}"
    today = now.date()
    earliest = bool(_EARLIEST.search(text))
    latest = not earliest and bool(_LATEST.search(text))
    # "Thursday the 12th at ten? Actually, no... make it Friday the 13th, same time": the day
    # said after the caller's last correction
    span = next((found for mark in reversed(list(_TIME_CORRECTION.finditer(text)))
                 if (found := _latest_day_span(text[mark.end():], now, date_order)) is not None),
                None)
    if span is None and (asked := _asked_day_span(text, now, date_order)) is not None:
        # "I have a colour booked Wednesday at two, but anything earlier? Like Friday
        # afternoon?": the day asked for, and no time from the clause that told the other day
        span, told = asked
        for clause in told:
            text = text.replace(clause, " ")
    span = span or _day_span(text, now, date_order)
    if span is not None and ruled_out and span[0] == span[1] and span[0].weekday() in ruled_out:
        span = None  # "not Wednesday, she has swim on Wednesdays": the day ruled out, told
    if span is None and ruled_out:
        span = (today, today + timedelta(days=SPAN_DAYS - 1), "")  # "any day but Monday"
    if span is not None and default_day is not None and span[0] == span[1] != default_day and (
            span[0].weekday() == default_day.weekday() and not DATE_NAMED.search(text)):
        # "Wednesday at eleven" while Wednesday the 18th is being discussed: that Wednesday
        span = (default_day, default_day, day_phrase(default_day, today))
    window: tuple[time, time] | None = None
    part_phrase = ""
    # the part of the day in the last sentence that names one and does not rule it out ("that
    # Thursday morning I have jury duty. Same day, but in the afternoon": the afternoon)
    ruled_parts = ruled_out_parts(text)
    told = [found for sentence in re.split(r"(?<=[.!?;])\s+", text)
            if not _BUSY_THEN.search(sentence) and (found := next((
                p for p in _PART.finditer(sentence) if p.group(1) not in ruled_parts), None))]
    m = told[-1] if told else next((p for p in _PART.finditer(text)
                                    if p.group(1) not in ruled_parts), None)
    if m is None and len(ruled_parts) == 1 and next(iter(ruled_parts)) in _OTHER_PART:
        # "not mornings": the afternoon
        other, window = _OTHER_PART[next(iter(ruled_parts))]
        part_phrase = f"in the {other}"
    if m:
        key = "lunch" if m.group(1).startswith("lunch") else m.group(1)
        window = _PARTS[key]
        part_phrase = {"tonight": "in the evening", "lunch": "around lunchtime",
                       "after work": "after work", "end of the day": "at the end of the day",
                       }.get(key, f"in the {key}")
    at, after, before = _times(_after_correction(text), window, expect_time)
    instead = _times(fallback, window, True)[0] if fallback else None
    if window is not None:
        after = after or window[0]
        before = before or window[1]
    if after is not None and before is not None and not part_phrase:
        part_phrase = f"between {spoken_clock(after)} and {spoken_clock(before)}"
    elif after is not None and not part_phrase:
        part_phrase = f"after {spoken_clock(after)}"
    elif before is not None and not part_phrase:
        part_phrase = f"before {spoken_clock(before)}"
    at = at or instead
    if not (earliest or latest or span or at or after or before or ruled_out):
        return None
    or_at = _alternatives(_after_correction(text), at, window) if at else ()
    if instead is not None and instead != at and instead not in or_at:
        or_at = (instead, *or_at)
    when = When(after=after, before=before, at=at, earliest=earliest, latest=latest and at is None,
                part_phrase=part_phrase,
                or_at=or_at, not_weekdays=ruled_out)
    if span is not None:
        when = replace(when, day_from=span[0], day_to=span[1], day_phrase=span[2])
    elif at is not None or after is not None or before is not None:
        day = default_day
        if day is None:
            day = today if (at or after or time(0)) > now.time() else today + timedelta(days=1)
        when = replace(when, day_from=day, day_to=day, day_phrase=day_phrase(day, today))
    return when
