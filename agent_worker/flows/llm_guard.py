"""What the LLM may say on an open turn, checked sentence by sentence as it streams.

A small model repeats itself, drifts into lists, recites its prompt or claims it booked a time;
a large one can still be talked into reading its instructions out. Each sentence is passed on
only if it is new, short, spoken text that does not echo the instructions, claim a booking or
transfer that code did not make, or offer a clock time the appointment book did not give.
"""

from __future__ import annotations

import re

from agent_worker.flows.text import words

MAX_SENTENCES = 3
MAX_CHARS = 400
SHINGLE = 6  # words in a row shared with the instructions that count as reciting them
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_MARKDOWN = re.compile(r"[*#`>|~]+|(?<!\w)_+|_+(?!\w)|^\s*(?:[-•]|\d+[.)])\s+", re.MULTILINE)
_EMOJI = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf]")
_META = re.compile(
    r"\b(system prompt|my (?:instructions|prompt|guidelines)|these instructions|i was told to|"
    r"as an ai|language model|check_availability|book_appointment|take_message|"
    r"transfer_to_human|end_call|function call|tool call|assistant:|user:|caller:)\b",
    re.IGNORECASE)
_BOOKING_CLAIM = re.compile(
    r"\b(?:i'?ve|i have|we'?ve|we have|i'?ll|i will|you'?re|you are|it'?s|that'?s|is now) "
    r"(?:all )?(?:booked|scheduled|confirmed|reserved|set up|put you down|booked you|"
    r"scheduled you|got you (?:booked|down|in))|your (?:appointment|booking|visit) (?:is|has "
    r"been) (?:booked|confirmed|scheduled|set)|\bi(?:'ve| have) (?:booked|scheduled|reserved|"
    r"cancelled|canceled)|(?:message|note) (?:has been|is) (?:saved|sent|passed|taken)|"
    r"i(?:'ve| have) (?:passed|sent|left) (?:on )?(?:your|the|a) message",
    re.IGNORECASE)
_TRANSFER_CLAIM = re.compile(r"\b(transferr?ing you|put(?:ting)? you through|connect(?:ing)? "
                             r"you (?:to|with|now)|i'?ll transfer)\b", re.IGNORECASE)
_TIME_OFFER = re.compile(r"\b\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?)|\bo'?clock\b",
                         re.IGNORECASE)
_AVAILABILITY = re.compile(r"\b(available|availability|opening|open slot|slot|free|book|"
                           r"appointment|come in|i have|we have|how about|would you like)\b",
                           re.IGNORECASE)


class ReplyGuard:
    """Feed it the model's text as it arrives; it returns the sentences that may be spoken."""

    def __init__(self, instructions: str, *, speakable: str = "",
                 may_claim_booking: bool = False, may_claim_transfer: bool = False) -> None:
        """`speakable`: the parts of the instructions the receptionist may read out (the FAQ
        answers, the price list, the hours), which are facts, not instructions."""
        tokens = words(instructions)
        said = words(speakable)
        self._shingles = ({tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
                          - {tuple(said[i:i + SHINGLE]) for i in range(len(said) - SHINGLE + 1)})
        self._instructions = f" {' '.join(tokens)} "
        self._speakable = f" {' '.join(said)} "
        self._may_claim_booking = may_claim_booking
        self._may_claim_transfer = may_claim_transfer
        self._buffer = ""
        self._said: list[set[str]] = []
        self._chars = 0
        self.dropped: list[str] = []
        self.done = False

    def feed(self, text: str) -> list[str]:
        if self.done:
            return []
        self._buffer += text
        parts = _SENTENCE_END.split(self._buffer)
        self._buffer = parts.pop()
        return [s for s in (self._check(p) for p in parts) if s]

    def finish(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        out = self._check(rest) if rest.strip() and not self.done else None
        self.done = True
        return [out] if out else []

    @property
    def spoke(self) -> bool:
        return bool(self._said)

    def _check(self, sentence: str) -> str | None:
        if self.done:
            return None
        text = _EMOJI.sub("", _MARKDOWN.sub(" ", sentence))
        text = " ".join(text.split()).strip()
        if not re.search(r"[A-Za-z]", text):
            return None
        reason = self._reject(text)
        if reason:
            self.dropped.append(f"{reason}: {text}")
            if reason == "repeat":  # a model that starts repeating has nothing more to say
                self.done = True
            return None
        self._said.append(set(words(text)))
        self._chars += len(text) + 1
        if len(self._said) >= MAX_SENTENCES or self._chars >= MAX_CHARS:
            self.done = True
        return text

    def _reject(self, text: str) -> str:
        tokens = words(text)
        bag = set(tokens)
        for earlier in self._said:
            if bag and len(bag & earlier) / len(bag | earlier) >= 0.7:
                return "repeat"
        if _META.search(text):
            return "meta"
        if any(tuple(tokens[i:i + SHINGLE]) in self._shingles
               for i in range(len(tokens) - SHINGLE + 1)) or (
                len(tokens) >= 4 and f" {' '.join(tokens)} " in self._instructions
                and f" {' '.join(tokens)} " not in self._speakable):
            return "recites instructions"
        if not self._may_claim_booking and _BOOKING_CLAIM.search(text):
            return "claims a booking"
        if not self._may_claim_transfer and _TRANSFER_CLAIM.search(text):
            return "claims a transfer"
        if _TIME_OFFER.search(text) and _AVAILABILITY.search(text) and not re.search(
                r"\b(open|close|closed|hours)\b.*\b(to|until|till)\b", text, re.IGNORECASE):
            return "offers a time the book did not give"
        if self._chars + len(text) > MAX_CHARS + 100:
            return "too long"
        return ""
