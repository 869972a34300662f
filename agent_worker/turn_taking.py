"""Has the caller finished? A phone-line end-of-turn detector decided by the words so far.

LiveKit asks a turn detector for the probability that the transcript so far ends the caller's
turn; when it is unlikely, the session waits `max_delay` instead of `min_delay` before answering.
That lets the wait after a finished question be short while a caller who pauses inside a phone
number ("four one five ... five five five ..."), after a filler ("um") or a dangling word ("my
name is", "on Tuesday and") keeps the floor. The audio end-of-turn model judged spoken numbers
unfinished every time (shared/notes/voice-latency.md); these rules look at what a phone
receptionist hears: digits, fillers and unfinished phrases.

Finished turns come in two kinds. A question, a goodbye, a request closed with "please" or
"thank you", a yes/no to the receptionist's question, or a statement that wholly answers it is
the clearest end a caller gives, so it is answered as soon as its words are in
(`min_delay` after the end of speech). A plain
statement ("The best time is Thursday") is where callers most often go on after a breath ("or
maybe Friday morning"), so it keeps the floor for `statement_wait` after the VAD's end of speech
before the receptionist answers. Words still being transcribed are never judged: the detector
waits for them (LiveKit asks again when the transcript arrives).
"""

from __future__ import annotations

import asyncio
import enum
import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from agent_worker.flows.when import names_a_day, parse_when

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
                                r"callback|it's|is)\b[^.!]*$", re.IGNORECASE)  # STT adds "?"
_WORD = re.compile(r"[a-z0-9']+")
_CLOSING = re.compile(r"\b(bye|goodbye|bye-bye|that'?s all|that is all|that'?s it|"
                      r"have a (?:good|nice|great) (?:day|one|evening|afternoon|weekend))\W*$",
                      re.IGNORECASE)
# seconds after the VAD's end of speech (itself 0.3 s of quiet): callers pause up to 0.7 s
# inside a line ("I'd like to book, um, a cleaning"), the STT often drops the "um", and the VAD
# notices renewed speech 0.15-0.25 s after it starts
STATEMENT_WAIT = 0.65
POLL = 0.02  # how often a wait looks for renewed speech or a transcript
SETTLE_LIMIT = 2.0  # longest wait for words the STT is still working on
# a yes or no to the receptionist's question is a whole answer
_CONFIRMING = (r"(?:yes|yeah|yep|yup|no|nope|sure|okay|ok|correct|right|exactly|perfect|great|"
               r"that works|that's right|that's correct|that is correct|that is right|"
               r"sounds good|that's fine|fine|no thanks|no thank you)")
# "yes", and "yes, that's correct": one or more of them
_CONFIRMATION = re.compile(rf"^{_CONFIRMING}(?: {_CONFIRMING})*(?: please| thanks| thank you)?$")


# A statement that fully answers what the receptionist just asked is closed, not one callers add
# to: a name of two words or more to "your name", a whole number to "your number", one short
# choice among the times offered ("Which would you prefer?"), a day with a time or a part of the
# day to "what day and time" ("Thursday afternoon would be best"; a day alone is where callers add
# "or maybe Friday"). (LiveKit's audio end-of-turn model
# was tried for statements: on phone-line voices it scored finished and unfinished lines alike,
# 0.1-0.6 both: BENCHMARKS.md "Open turns".)
_ASKS_NAME = re.compile(r"\b(?:your|the caller'?s|the patient'?s) (?:full |first and last )?name\b",
                        re.IGNORECASE)
_OFFERS_CHOICE = re.compile(r"\bwhich (?:one )?(?:would you prefer|works|suits)\b|"
                            r"\bwould you prefer\b", re.IGNORECASE)
_ASKS_WHEN = re.compile(r"\bday and time\b|\bwhat (?:day|time)\b|\bwhen would\b|"
                        r"\bwhen (?:is|are) (?:best|good)\b", re.IGNORECASE)
# what comes before a closing "bye" the recogniser wrote as "by" ("that's all by")
_CLOSED_BY = re.compile(r"\b(?:that'?s all|that'?s it|that'?s everything|thanks|thank you|okay|ok|"
                        r"alright|all right|great|perfect|bye|goodbye|cheers)$")
# a request closed with a courtesy ("..., please." "..., thank you.") is finished
_COURTESY_END = re.compile(r"\b(?:please|thank you|thanks)\W*$", re.IGNORECASE)
# a question the recogniser wrote without its "?": the last sentence is in a question's word
# order ("Is that normal", "Do you take walk-ins", "How much is a filling")
_AUX = (r"(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|have|has|isn't|"
        r"aren't|don't|doesn't|can't|won't)")
_ASKED_ORDER = re.compile(
    rf"^(?:(?:and|so|but|also|oh|okay|ok|well|um|uh)\W+)?(?:{_AUX} (?:you|i|we|it|that|this|"
    r"there|they|he|she|my|your|the|a|an|someone|anyone|anybody|somebody)|"
    rf"(?:what|when|where|why|who|which|how) (?:{_AUX}|much|many|long|far|soon|late|early|"
    r"often|time|day|days|kind|sort|type)|how's|what's|when's|where's|who's)\b", re.IGNORECASE)
# ... and ends on what it asks about, not on its verb ("Do you have" goes on: "... Saturdays")
_OPEN_VERB = {"have", "get", "need", "want", "know", "take", "offer", "book", "see", "do",
              "make", "like", "fix", "charge", "cost", "mean", "say", "tell", "give", "send",
              "come", "go", "bring", "call", "find", "check", "use", "accept", "open", "close",
              "help", "it", "that", "this", "there", "they", "i", "you", "we", "he", "she"}
# the receptionist's own yes/no question ("Have you been to our office before, ...?")
_YES_NO_ASKED = re.compile(rf"^{_AUX} (?:you|i|we|it|that|this|there|they|he|she)\b",
                           re.IGNORECASE)
_AUX_WORDS = set(_AUX[3:-1].split("|"))
_YES_NO = re.compile(r"^(?:yes|yeah|yep|yup|no|nope|sure|not)\b")
_JOINS = {"and", "but", "because", "so", "also", "though", "although", "except", "unless"}
WHOLE_NUMBER_DIGITS = 10
NAME_WORDS = (2, 5)
CHOICE_WORDS = 8
YES_NO_WORDS = 8


def _answers_question(words: list[str], asked: str) -> bool:
    """Whether the caller's words are the whole answer to what was `asked` (see above)."""
    if _ASKS_NUMBER.search(asked) and _digits_in(words) >= WHOLE_NUMBER_DIGITS:
        return True
    if _ASKS_NAME.search(asked) and NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and not any(
            _digit_count(w) for w in words):
        return True
    if _ASKS_WHEN.search(asked):
        said, now = " ".join(words), datetime.now()
        when = parse_when(said, now=now)
        if when is not None and names_a_day(said, now=now) and (
                when.at is not None or when.after is not None or when.before is not None):
            return True
    if _OFFERS_CHOICE.search(asked) and len(words) <= CHOICE_WORDS:
        return True
    # a yes or no with a few words to a yes/no question ("No, I'd be a new patient.") answers it;
    # one that goes on ("No, but my husband ...") is a statement like any other
    question = _last_sentence(asked)
    return (question.endswith("?") and bool(_YES_NO_ASKED.match(question))
            and bool(_YES_NO.match(" ".join(words))) and len(words) <= YES_NO_WORDS
            and not _JOINS & set(words[1:]))


def _asked_without_mark(sentence: str) -> bool:
    """A question in a question's word order whose "?" the recogniser left out."""
    words = _WORD.findall(sentence.lower())
    return (len(words) >= 3 and bool(_ASKED_ORDER.match(sentence)) and words[-1] not in _OPEN_VERB
            and words[-1] not in _AUX_WORDS)


def _last_sentence(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.?!])\s+", text.strip()) if p]
    return parts[-1] if parts else ""


class Ending(enum.Enum):
    UNFINISHED = "unfinished"  # more is coming: wait up to max_delay
    STATEMENT = "statement"  # reads finished; callers often add to it after a breath
    CLOSED = "closed"  # a question or a goodbye: answer now


def _digits_in(words: list[str]) -> int:
    return sum(_digit_count(w) for w in words)


def _digit_count(word: str) -> int:
    if word.isdigit():
        return len(word)
    if word in _DIGIT_WORDS:
        return 3 if word == "triple" else 2 if word == "double" else 1
    return 0


def _trailing_run(words: list[str]) -> list[str]:
    """The trailing run of numerals and digit words, last word first."""
    run: list[str] = []
    for word in reversed(words):
        if not _digit_count(word):
            break
        run.append(word)
    return run


def end_of_turn_likely(text: str, *, asked: str = "") -> bool:
    """Whether `text` (the caller's words so far in this turn) reads as finished, given what the
    receptionist last `asked`: after "What number can we reach you on?" a number is finished at
    seven digits or more, and "Okay." answers a question but only opens a turn otherwise."""
    return turn_ending(text, asked=asked) != Ending.UNFINISHED


def turn_ending(text: str, *, asked: str = "") -> Ending:
    """How the caller's words so far end: unfinished, a statement, or closed (see module doc)."""
    stripped = text.strip()
    if not stripped:
        return Ending.UNFINISHED
    words = _WORD.findall(stripped.lower().replace("-", " "))
    if not words:
        return Ending.STATEMENT  # noise the STT rendered as punctuation: nothing to wait for
    if stripped.endswith((",", "...", "…", "-", "—")):
        return Ending.UNFINISHED
    run = _trailing_run(words)
    digits = _digits_in(run)  # in the trailing run
    if _ASKS_NUMBER.search(asked) and 0 < _digits_in(words) < 7:
        return Ending.UNFINISHED  # the number they were asked for is not all there yet
    if words[-1] == "by" and _CLOSED_BY.search(" ".join(words[:-1])):
        return Ending.CLOSED  # "Alright, that's all by.": how the recogniser writes "bye"
    if words[-1] in _DANGLING:
        return Ending.UNFINISHED  # "Could you call me back on?": the STT's "?" is a guess
    if stripped.endswith("?") or _CLOSING.search(stripped) or _COURTESY_END.search(stripped):
        return Ending.CLOSED  # a question, a goodbye or a courtesy is the clearest end of a turn
    if asked.rstrip().endswith("?") and _CONFIRMATION.match(" ".join(words)):
        return Ending.CLOSED
    if " ".join(words) in _OPENERS and not (asked.rstrip().endswith("?")
                                             and words[0] in ("okay", "ok", "alright", "right")):
        return Ending.UNFINISHED
    if len(run) >= 5 and len(set(run[:5])) == 1:
        return Ending.UNFINISHED  # "5 5 5 5 5 5 5 ...": whisper looping on a digit, not a number
    # a phone number read in groups: 3 or 6 digits so far is a pause between groups, and so is
    # any short run of several groups ("650 2 2") but a local seven-digit number; "at 3" is one
    # number, not a run
    if 0 < digits < 10 and (digits in (3, 6) or _INTRODUCES_NUMBER.search(stripped)
                            or (len(run) >= 2 and digits != 7)):
        return Ending.UNFINISHED
    if _answers_question(words, asked) or _asked_without_mark(_last_sentence(stripped)):
        return Ending.CLOSED
    return Ending.STATEMENT


def last_exchange(items: Any) -> tuple[str | None, str]:
    """(the caller's last line, what the receptionist said before it) in a chat context's items;
    None for the line when the caller has not spoken."""
    said, asked = None, ""
    for item in reversed(items):
        if getattr(item, "type", None) != "message":
            continue
        if item.role == "user" and said is None:
            said = item.text_content or ""
        elif item.role == "assistant" and said is not None:
            asked = item.text_content or ""
            break
    return said, asked


class PhoneTurnDetector:
    """LiveKit's turn-detector protocol, answered by `turn_ending` on the last user line.

    `attach` it to the session to time statements from the caller's end of speech, and give it
    `transcribing` (the pipeline's) so words still in the STT are waited for, not judged."""

    def __init__(self, *, statement_wait: float = STATEMENT_WAIT,
                 transcribing: Callable[[], bool] | None = None) -> None:
        self.statement_wait = statement_wait
        self.transcribing = transcribing
        self._speech_ended_at: float | None = None  # when the VAD last said the caller stopped

    def attach(self, session: Any) -> None:
        session.on("user_state_changed", self._on_user_state)

    def _on_user_state(self, event: Any) -> None:
        if event.new_state == "speaking":
            self._speech_ended_at = None
        elif event.old_state == "speaking":
            self._speech_ended_at = time.time()

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
        said, asked = last_exchange(chat_ctx.items)
        if said is None:
            return LIKELY
        # Words still in the STT are not judged: LiveKit asks again, with them, when their
        # transcript arrives (and cancels this). A transcript that never comes (noise) ends the
        # wait and the words already here are judged.
        settle_by = time.time() + SETTLE_LIMIT
        while self._busy():
            if time.time() > settle_by:
                return UNLIKELY
            await asyncio.sleep(POLL)
        ending = turn_ending(said, asked=asked)
        if ending == Ending.UNFINISHED:
            return UNLIKELY
        if ending == Ending.STATEMENT and self._speech_ended_at is not None:
            # LiveKit cancels this wait when the caller goes on; the STT hears renewed speech a
            # little sooner, and the wait holds while it does
            until = self._speech_ended_at + self.statement_wait
            while (remaining := until - time.time()) > 0 or self._busy():
                if time.time() > until + SETTLE_LIMIT:
                    return UNLIKELY
                await asyncio.sleep(POLL if remaining <= 0 else min(remaining, POLL))
        return LIKELY

    def _busy(self) -> bool:
        return self.transcribing is not None and self.transcribing()
