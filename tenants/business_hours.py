"""Opening hours as {"mon": [["09:00", "17:00"]], ..., "sun": []}: validation and speech."""

from __future__ import annotations

import re
from datetime import datetime

from receptionist.errors import ApplicationError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def validate_business_hours(hours: object) -> dict[str, list[list[str]]]:
    """The hours with every day present (closed when missing), or ApplicationError."""
    if not isinstance(hours, dict):
        raise ApplicationError("business hours must be an object keyed by day",
                               field="business_hours")
    unknown = set(hours) - set(DAYS)
    if unknown:
        raise ApplicationError(f"unknown day(s) {sorted(unknown)}; use {', '.join(DAYS)}",
                               field="business_hours")
    clean: dict[str, list[list[str]]] = {}
    for day in DAYS:
        intervals = hours.get(day) or []
        if not isinstance(intervals, list):
            raise ApplicationError(f"{day}: expected a list of [open, close] pairs",
                                   field="business_hours")
        previous_close = ""
        for interval in intervals:
            if (not isinstance(interval, list | tuple) or len(interval) != 2
                    or not all(isinstance(t, str) and _TIME.match(t) for t in interval)):
                raise ApplicationError(f"{day}: {interval!r} is not an [\"HH:MM\", \"HH:MM\"] pair",
                                       field="business_hours")
            if interval[0] >= interval[1]:
                raise ApplicationError(f"{day}: opens at {interval[0]} but closes at {interval[1]}",
                                       field="business_hours")
            if interval[0] < previous_close:
                raise ApplicationError(f"{day}: intervals overlap or are out of order",
                                       field="business_hours")
            previous_close = interval[1]
        clean[day] = [list(interval) for interval in intervals]
    return clean


def _spoken_time(hhmm: str) -> str:
    hour, minute = (int(part) for part in hhmm.split(":"))
    suffix = "AM" if hour < 12 else "PM"
    hour12 = hour % 12 or 12
    return f"{hour12} {suffix}" if minute == 0 else f"{hour12}:{minute:02d} {suffix}"


def describe_business_hours(hours: dict[str, list[list[str]]]) -> str:
    """'Monday to Friday 9 AM to 5 PM; Saturday 10 AM to 2 PM; closed Sunday.' for prompts."""
    def day_text(day: str) -> str:
        intervals = hours.get(day) or []
        return " and ".join(f"{_spoken_time(a)} to {_spoken_time(b)}" for a, b in intervals)

    groups: list[tuple[str, str, str]] = []
    for day in DAYS:
        text = day_text(day)
        if groups and groups[-1][2] == text:
            groups[-1] = (groups[-1][0], day, text)
        else:
            groups.append((day, day, text))
    parts, closed = [], []
    for first, last, text in groups:
        span = DAY_NAMES[first] if first == last else f"{DAY_NAMES[first]} to {DAY_NAMES[last]}"
        if text:
            parts.append(f"{span} {text}")
        else:
            closed.append(span)
    if closed:
        parts.append("closed " + " and ".join(closed))
    return "; ".join(parts) + "." if parts else "Hours not set."


def is_open(hours: dict[str, list[list[str]]], local: datetime) -> bool:
    """Whether `local` (a wall-clock time in the business's zone) falls inside opening hours."""
    clock = local.strftime("%H:%M")
    return any(start <= clock < end for start, end in hours.get(DAYS[local.weekday()]) or [])
