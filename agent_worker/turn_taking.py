"""Has the caller finished? A phone-line end-of-turn detector decided by the words so far.

LiveKit asks a turn detector for the probability that the transcript so far ends the caller's
turn; when it is unlikely, the session waits `max_delay` instead of `min_delay` before answering.
That lets the wait after a finished question be short while a caller who pauses inside a phone
number ("four one five ... five five five ..."), after a filler ("um") or a dangling word ("my
name is", "on Tuesday and") keeps the floor. The audio end-of-turn model judged spoken numbers
unfinished every time (shared/notes/voice-latency.md); these rules look at what a phone
receptionist hears: digits, fillers and unfinished phrases.
"""

from __future__ import annotations

import re
from typing import Any

LIKELY = 0.95
UNLIKELY = 0.05
THRESHOLD = 0.5

_DIGIT_WORDS = {"zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "double", "triple"}
# a caller who stops on one of these has more to say
_DANGLING = {
    "um", "uh", "er", "erm", "hmm", "uhm", "like", "so", "and", "or", "but", "because", "the",
    "a", "an", "my", "your", "our", "is", "was", "are", "at", "on", "in", "for", "to", "with",
    "from", "about", "of", "it's", "its", "i'm", "we", "number", "name", "called", "if",
    "around", "between", "after", "before", "until", "by",
}
# a turn that is only an opener ("Hi," "So," "Okay,") is how callers start, not what they want
_OPENERS = {"hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon",
            "good evening", "so", "well", "okay", "ok", "okay so", "alright", "right", "um", "uh",
            "yeah so", "yes so", "oh", "oh hi", "hey there", "hiya"}
_ASKS_NUMBER = re.compile(r"\b(number|phone|reach you|call you back|callback)\b", re.IGNORECASE)
_INTRODUCES_NUMBER = re.compile(r"\b(number|phone|cell|mobile|reach me|call me|call back|"
                                r"callback|it's|is)\b[^.?!]*$", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9']+")


def _digits_in(words: list[str]) -> int:
    return sum(_digit_count(w) for w in words)


def _digit_count(word: str) -> int:
    if word.isdigit():
        return len(word)
    if word in _DIGIT_WORDS:
        return 3 if word == "triple" else 2 if word == "double" else 1
    return 0


def _digits_at_end(words: list[str]) -> int:
    """How many digits the trailing run of numerals and digit words holds."""
    count = 0
    for word in reversed(words):
        digits = _digit_count(word)
        if not digits:
            break
        count += digits
    return count


def end_of_turn_likely(text: str, *, asked: str = "") -> bool:
    """Whether `text` (the caller's words so far in this turn) reads as finished, given what the
    receptionist last `asked`: after "What number can we reach you on?" a number is finished at
    seven digits or more, and "Okay." answers a question but only opens a turn otherwise."""
    stripped = text.strip()
    if not stripped:
        return False
    words = _WORD.findall(stripped.lower().replace("-", " "))
    if not words:
        return True  # noise the STT rendered as punctuation: nothing to wait for
    if stripped.endswith((",", "...", "…", "-", "—")):
        return False
    digits = _digits_at_end(words)
    if _ASKS_NUMBER.search(asked) and 0 < _digits_in(words) < 7:
        return False  # the number they were asked for is not all there yet
    if words[-1] in _DANGLING:
        return False  # "Could you call me back on?": the STT's question mark is a guess
    if stripped.endswith("?"):
        return True  # a question is the clearest end of a turn
    if " ".join(words) in _OPENERS and not (asked.rstrip().endswith("?")
                                             and words[0] in ("okay", "ok", "alright", "right")):
        return False
    # a phone number read in groups: 3 or 6 digits so far is a pause between groups
    if 0 < digits < 10 and (digits in (3, 6) or _INTRODUCES_NUMBER.search(stripped)):
        return False
    return True


class PhoneTurnDetector:
    """LiveKit's turn-detector protocol, answered by `end_of_turn_likely` on the last user line."""

    @property
    def model(self) -> str:
        return "phone-rules"

    @property
    def provider(self) -> str:
        return "receptionist"

    async def unlikely_threshold(self, language: Any) -> float | None:
        return THRESHOLD

    async def supports_language(self, language: Any) -> bool:
        return True  # digits and pauses are what it looks at; other words simply never match

    async def predict_end_of_turn(
        self, chat_ctx: Any, *, timeout: float | None = None  # noqa: ASYNC109 - LiveKit's name
    ) -> float:
        said, asked = None, ""
        for item in reversed(chat_ctx.items):
            if getattr(item, "type", None) != "message":
                continue
            if item.role == "user" and said is None:
                said = item.text_content or ""
            elif item.role == "assistant" and said is not None:
                asked = item.text_content or ""
                break
        if said is None:
            return LIKELY
        return LIKELY if end_of_turn_likely(said, asked=asked) else UNLIKELY
