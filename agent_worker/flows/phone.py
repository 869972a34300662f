"""Callback numbers as callers say them ("four one five, five five five, oh one four two",
"double five", "(415) 555-0142"), normalised to E.164 with `phonenumbers` and read back in digit
groups so the caller can check them."""

from __future__ import annotations

import re

from agent_worker.flows.text import fold
from receptionist.errors import ApplicationError
from tenants.phone_numbers import normalize_e164

# digits a phone recogniser writes as other words ("oh won too too", "five five ate"), read as
# digits only inside a run of them
_HOMOPHONES = {"won": "1", "too": "2", "to": "2", "ate": "8"}
_DIGITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
           "three": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7",
           "eight": "8", "nine": "9",
           # a Spanish-speaking caller's digits (the language handoff takes their message)
           "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
           "seis": "6", "siete": "7", "ocho": "8", "nueve": "9"}
_TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
          "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
          "nineteen": "19"}
_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
         "seventy": "7", "eighty": "8", "ninety": "9"}
_MULTIPLIERS = {"double": 2, "triple": 3}
_GLUE = frozenset({"-", "dash", "and", "area", "code", "is", "its", "it's", "plus", "+"})
# "...0106. Oh, and what time do you close?": "oh" opening a sentence or a clause and followed by
# anything but a digit is a word, not a zero
_INTERJECTION = re.compile(r"(?:^|(?<=[.!?,;]))\s*oh\b(?=\s*[,.!?]|\s*$|\s+(?!(?:zero|oh|o|one|two|"
                           r"three|four|for|five|six|seven|eight|nine|double|triple)\b|\d))")


def spoken_digits(text: str) -> list[str]:
    """Runs of digits in `text`, spoken or written; each run is one candidate number."""
    tokens = re.findall(r"\+|\d+|[a-z']+",
                        _INTERJECTION.sub(" ", fold(text)).replace("-", " - "))
    runs: list[str] = []
    current = ""
    repeat = 1
    i = 0

    def flush() -> None:
        nonlocal current
        if current:
            runs.append(current)
        current = ""

    while i < len(tokens):
        tok = tokens[i]
        piece = None
        if tok.isdigit():
            piece = tok
        elif tok in _DIGITS and (tok != "for" or current) and (tok != "o" or current):
            piece = _DIGITS[tok]
        elif tok in _HOMOPHONES and current and len(current.lstrip("+")) < 10 and (
                tokens[i - 1] in _DIGITS or tokens[i - 1] in _HOMOPHONES or (
                    tokens[i - 1].isdigit() and len(tokens[i - 1]) == 1)) and (tok != "to" or (
                        i + 1 < len(tokens) and (
                            tokens[i + 1] in _DIGITS or tokens[i + 1].isdigit()))):
            # "oh won too too": a recogniser's digits, inside a run of single digits (never after
            # a time's "thirty": "eight thirty is too early")
            piece = _HOMOPHONES[tok]
        elif tok in _TEENS:
            piece = _TEENS[tok]
        elif tok in _TENS:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt in _DIGITS and nxt not in ("oh", "o", "zero", "for"):
                piece, i = _TENS[tok] + _DIGITS[nxt], i + 1
            else:
                piece = _TENS[tok] + "0"
        elif tok == "hundred" and current:
            piece = "00"
        elif tok == "thousand" and current:
            piece = "000"
        elif tok in _MULTIPLIERS:
            repeat = _MULTIPLIERS[tok]
            i += 1
            continue
        elif tok == "+" and not current:
            current = "+"
            i += 1
            continue
        elif tok in _GLUE and current:
            i += 1
            continue
        if piece is None:
            flush()
            repeat = 1
        else:
            current += piece[0] * (repeat - 1) + piece if repeat > 1 else piece
            repeat = 1
        i += 1
    flush()
    return [r for r in runs if len(r.lstrip("+")) >= 3]


# where a caller takes back what they just said
_CORRECTION = re.compile(r"\b(?:no,? sorry|sorry,? no|no,? wait|wait,? no|wait,? sorry|"
                         r"sorry,? wait|oops|actually|i mean|"
                         r"correction|scratch that|let me correct|my mistake)\b|"
                         # "oh one— oh one five nine": a group started again after a dash
                         r"(?<=\w)\s*[—–]\s*(?=\w)", re.IGNORECASE)


# a sentence that is nothing but a group of digits ("Zero one six five.")
_ONLY_DIGITS = re.compile(r"[\s\W]*(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
                          r"[\s,.-]*){3,4}[.!]?", re.IGNORECASE)


# the area code said after the rest of the number: "five five five, oh one five two, and the
# area code is three oh five"
_AREA_CODE_AFTER = re.compile(r"\b(?:the |my |its |it's )?area code(?: is|'s| being| would be|:)?"
                              r"\s+([^.!?;]+)", re.IGNORECASE)


def _area_code_last(text: str, *, region: str | None) -> str | None:
    """The number whose area code was said after its seven digits, or None."""
    found = _AREA_CODE_AFTER.search(text)
    if found is None:
        return None
    area = "".join(spoken_digits(found.group(1))).lstrip("+")[:3]
    before = "".join(spoken_digits(text[:found.start()])).lstrip("+")
    if len(area) != 3 or len(before) < 7 or len(before) >= 10:
        return None
    try:
        return normalize_e164(area + before[-7:], region=region)
    except ApplicationError:
        return None


def find_phone_number(text: str, *, region: str | None) -> str | None:
    """The E.164 number said in `text`, or None when there is no complete, valid one."""
    area_last = _area_code_last(text, region=region)
    if area_last:
        return area_last
    # the latest number said wins: "...zero one three nine. No, sorry, it's zero one nine three"
    parts = _CORRECTION.split(text)
    if len(parts) > 1:
        for part in reversed(parts[1:]):
            found = _last_number(part, region=region)
            if found:
                return found
        # "three one four, five five five, zero one eight. No, sorry, zero one two eight": the
        # last group said again, put right; the number is what came before with it in place
        before = "".join(spoken_digits(" ".join(parts[:-1]))).lstrip("+")
        after_runs = spoken_digits(parts[-1])
        after = "".join(after_runs)
        if 3 <= len(after) <= 4 and 10 - len(after) <= len(before) < 10:
            try:
                return normalize_e164(before[:10 - len(after)] + after, region=region)
            except ApplicationError:
                pass
        # "...zero one six three. Wait, the last digit is a five, not a three. Zero one six
        # five.": a whole number said, then its last group said again, put right
        whole = before[1:] if len(before) == 11 and before.startswith("1") else before
        last = re.split(r"(?<=[.!?])\s+", parts[-1].strip())[-1]
        tail = "".join(spoken_digits(last)).lstrip("+")
        if 3 <= len(tail) <= 4 and len(whole) == 10 and _ONLY_DIGITS.fullmatch(last):
            try:
                return normalize_e164(whole[:10 - len(tail)] + tail, region=region)
            except ApplicationError:
                pass
    runs = spoken_digits(text)
    candidates = runs + ["".join(runs)] if len(runs) > 1 else runs
    for run in sorted(candidates, key=len, reverse=True):
        if len(run.lstrip("+")) < 10:
            continue
        try:
            return normalize_e164(run, region=region)
        except ApplicationError:
            continue
    return None


def _last_number(text: str, *, region: str | None) -> str | None:
    """The last whole number in `text`, however its digits were grouped ("zero one nine three.
    Four one five, five five five, zero one nine three" holds one, at its end)."""
    runs = spoken_digits(text)
    for end in range(len(runs), 0, -1):
        for start in range(end - 1, -1, -1):
            run = "".join(runs[start:end]).lstrip("+")
            # digits said on without a pause run together: the number is their last ten
            tails = [run] if len(run) <= 11 else [run[-11:], run[-10:]]
            for tail in tails:
                if len(tail) < 10:
                    continue
                try:
                    return normalize_e164(tail, region=region)
                except ApplicationError:
                    continue
            if len(run) > 11:
                break
    return None


_DIGIT_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)"
# a callback number said in a line, with what leads into it: "and my cell is two one two five
# five five zero one nine three", "call me at 312-555-0143"
_NUMBER_SAID = re.compile(
    rf"(?:,?\s*(?:and\s+)?(?:(?:my|the|our|a) (?:cell|cellphone|mobile|phone|number|home|work)"
    rf"(?: number| phone)?(?: is|'s)?|(?:call|reach|text) (?:me|us) (?:back )?(?:at|on)|"
    rf"(?:at|on))\s+)?(?:(?:\+?1[\s.-]?)?\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]?\d{{4}}\b|"
    rf"(?:{_DIGIT_WORD}\b[\s,.()-]*){{7,}})", re.IGNORECASE)
# a name spelled letter by letter: "t r a n", "c h e n"
_SPELT = re.compile(r"\b(?:[a-z](?:[\s.-]+|,\s*)){2,}[a-z]\b", re.IGNORECASE)
# a sentence about how a name is spelled: "Xiomara starts with an X", "Van Dyke is two words,
# capital V", "B as in boy", "Gray like the color"
SPELLING_TALK = re.compile(r"\b(?:starts|begins|ends) with (?:an? |the letter )?[a-z]\b|"
                           r"\b(?:is|it'?s) (?:two|three|one) words?\b|\bcapital [a-z]\b|"
                           r"\b[a-z] as in \w+|\bspelled\b|\bspelt\b|\bhyphen(?:ated)?\b|"
                           r"\blike the (?:color|colour|city|state|country|month|bird|tree|"
                           r"flower|river|saint)\b", re.IGNORECASE)


def without_contact(text: str) -> str:
    """`text` without a phone number said in it (and the words leading into it) or a name
    spelled out letter by letter: what a message is about, not how to reach the caller."""
    text = _SPELT.sub(" ", _NUMBER_SAID.sub(" ", text))
    return re.sub(r"\s{2,}", " ", text).strip(" ,.")


def has_digits(text: str) -> bool:
    """Whether the caller said something number-like (a partial or invalid number)."""
    return any(len(r.lstrip("+")) >= 3 for r in spoken_digits(text))


def read_back(e164: str) -> str:
    """'+14155550142' -> '4 1 5, 5 5 5, 0 1 4 2': digit by digit, in the groups people use."""
    digits = e164.lstrip("+")
    if e164.startswith("+1") and len(digits) == 11:
        groups = [digits[1:4], digits[4:7], digits[7:]]
    else:
        groups = [digits[i:i + 3] for i in range(0, len(digits) - 4, 3)] + [digits[-4:]]
        groups = [g for g in groups if g]
        if not e164.startswith("+1"):
            groups.insert(0, "plus")
    return ", ".join(" ".join(g) if g != "plus" else g for g in groups)
