"""How the development sets' scripted callers check what the receptionist read back: a day and a
time said either way round, with loose wording, so any good phrasing passes. Shared by the
twelfth and later sets (each of them had written the same function)."""

from __future__ import annotations

_HOURS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven")
_MINUTES = {0: "", 20: "[ -]twenty", 30: "[ -]thirty", 40: "[ -]forty"}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def at(day: int, hhmm: str) -> str:
    """A loose read-back of a March 2026 day and a time, either way round: "Thursday, March 12th
    at 8 AM", "the 12th at eight", "Thursday at 3:40 p.m.", "half past ten on Thursday"."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    h12, half = hour % 12 or 12, "a" if hour < 12 else "p"
    digits = rf"{h12}(?::00)?" if minute == 0 else rf"{h12}:{minute:02d}"
    spoken = _HOURS[h12 % 12] + _MINUTES[minute]
    if minute == 30:
        spoken = rf"(?:{spoken}|half past {_HOURS[h12 % 12]})"
    if minute == 40:
        spoken = rf"(?:{spoken}|twenty to {_HOURS[(h12 + 1) % 12]})"
    noon = r"|\bnoon\b" if hhmm == "12:00" else ""
    weekday = _WEEKDAYS[(day + 5) % 7]  # 1 March 2026 is a Sunday
    date = rf"(?:\b{weekday}\b|March {day}(?:st|nd|rd|th)?\b|\b{day}(?:st|nd|rd|th)\b)"
    time = rf"(?:\b{digits}\s*{half}\.?\s?m\b|\b{spoken}\b{noon})"
    return rf"{date}.{{0,40}}?{time}|{time}.{{0,25}}?{date}"


_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def read_back(number: str) -> str:
    """The ten digits of a +1 number read back in order, each as a digit or a word ("oh" for a
    zero), with any spacing or punctuation between them: "6 5 0, 5 5 5, 0 1 3 7", "(650)
    555-0137", "six five oh, five five five, oh one three seven"."""
    words = []
    for digit in number[-10:]:
        spoken = [digit, _DIGITS[int(digit)], *(("oh",) if digit == "0" else ())]
        words.append("(?:" + "|".join(spoken) + ")")
    return r"\W{0,4}".join(words)
