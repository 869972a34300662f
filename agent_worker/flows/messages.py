"""Messages for the team: the caller's own words for the reason, their name and number read
back, urgency flagged; a message asked for is passed on even if the caller leaves first."""

from __future__ import annotations

import re

from agent_worker.flows import intents, replies
from agent_worker.flows.base import (
    _SAME_DAY,
    _YES_LEAD,
    FlowBase,
    Reply,
)
from agent_worker.flows.contact import caller_id_accepted
from agent_worker.flows.intent_model import split_clauses
from agent_worker.flows.knowledge import content_words
from agent_worker.flows.phone import SPELLING_TALK, read_back, without_contact
from agent_worker.flows.state import Offer, Stage, Task
from agent_worker.flows.text import (
    clean,
    is_no,
    is_question,
    is_yes,
    split_sentences,
)
from calls import appointments
from receptionist.errors import ApplicationError

# asking for a message, which is not what the message is about
_MESSAGE_ASK = re.compile(r"\b(leave|take|pass on|give (?:him|her|them))\b.{0,12}\b(message|note)\b"
                          r"(?: for (?:the )?(?:team|office|doctor|dentist|vet|lawyer|attorney|"
                          r"him|her|them|(?:(?:dr|mr|mrs|ms)\.? )?\w+))?|"
                          r"\b(?:can|could|would|will) (?:you|someone|"
                          r"somebody|they|he|she) (?:please )?(?:call|ring) me back\b|"
                          r"\b(?:have|get) (?:someone|somebody|him|her|them) (?:to )?call me\b",
                          re.IGNORECASE)


_CORRECTION_LEAD = re.compile(r"^(?:(?:no|nope|actually|sorry|well|so|oh|wait|and|also)[,.!]?\s+)+",
                              re.IGNORECASE)
_ABOUT_FIRST = re.compile(r"^(?:(?:oh|so|and|well|um|uh)[,\s]+)?(?:about|regarding|re) (?!"
                          r"(?:it|that|this|them|those|these|the same)\b)\w")
_REASON_CUE = re.compile(r"\b(the message is|message is about|it'?s (?:actually )?about|it is "
                         r"about|tell (?:them|her|him) (?:that|it'?s))\b|"
                         # "About toning my color next month.": said first, what it is about
                         + _ABOUT_FIRST.pattern)


# a message whose words point back at what was said before ("call me about it")
_REFERS_BACK = re.compile(r"\b(?:about|regarding|on|for|with) (?:it|that|this|them|those|these)"
                          r"\b(?! (?:\w+ )?(?:appointment|bill|invoice|quote|estimate|visit|"
                          r"car|pipe|leak|tooth|dog|cat)\b)")


# an FAQ entry about how to ask for something, and the words that only say so
_HOW_TO_ASK = re.compile(r"^how (?:do|can|should) (?:i|we) (?:request|get|order|ask for|"
                         r"arrange)\b", re.I)
_ASKING_WORDS = frozenset({"request", "get", "order", "ask", "arrange", "how"})
# a sentence that says how long something takes
_A_WAIT = re.compile(r"\b(?:\w+ )?(?:business |working )?(?:days?|hours?|weeks?)\b", re.I)


# a day's word that says when the business is shut or the caller busy, not when to call back
_NOT_WHEN_TO_CALL = re.compile(r"\b(?:closed|shut|off|open|busy|working|away|out)(?: all)? "
                               r"(?:today|tonight|this (?:morning|afternoon|evening))\b|"
                               # "I got a statement in the mail today": when it happened
                               r"\b(?:got|received|noticed|came|arrived|saw|found|started|"
                               r"happened|opened|picked up|dropped off|was|were)\b(?: [\w'-]+)"
                               r"{0,8}? (?:today|this (?:morning|afternoon))\b")


class Messages(FlowBase):
    """Taking a message for the team."""

    def _start_message(self, raw: str) -> Reply:
        s = self.state
        already = s.task == Task.MESSAGE  # asked for again while it is being taken
        keep_reason = s.reason
        s.task, s.offer, s.misses = Task.MESSAGE, Offer.NONE, 0
        s.reason = keep_reason
        # a callback wanted the same day is urgent for the owner
        # ("I know you're closed today" says when the business is shut, not when to call)
        # ("No rush today, whenever it comes in": said not to be urgent)
        s.urgent = s.urgent or (not intents.says_not_urgent(raw) and (
            intents.urgent(raw) or bool(_SAME_DAY.search(_NOT_WHEN_TO_CALL.sub(" ", clean(raw))))))
        self._take_contact(raw)
        if not s.caller_name:
            # "This is Charles Whitmore of Keystone Mortgage." said first, before anything was
            # asked: the message is from them
            s.caller_name = self._introduced_before(raw)
        own = self._callers_reason(raw) if raw else ""
        if own and s.reason and own not in s.reason:
            # "I need a refill on my lisinopril" after a booking was started: the message is
            # about this too, in the caller's words, never only what the booking was for
            before = s.reason.rstrip()
            s.reason = f"{before}{'' if before[-1:] in '.!?' else '.'} {own}"
        if raw and not s.reason:
            s.reason = own
            told = [line for line in s.topic[:-1] if line.strip() and line.strip() not in own]
            before = self._topic_reason(told) if told else ""
            if s.reason and before and not _REFERS_BACK.search(clean(s.reason)):
                # "my brakes squeak, how much would pads be" then "have one of the service
                # guys call me with a ballpark": what was said since the last task, then this
                s.reason = f"{before} {s.reason}"
            elif s.reason and _REFERS_BACK.search(clean(s.reason)):
                # "just have someone call me about it": what "it" is, the line before that
                # says something
                before = next((said for said in map(self._topic_reason,
                                                    ([line] for line in s.topic[-2::-1]))
                               if said), "")
                if before and before not in s.reason:
                    s.reason = f"{before} {s.reason}"
        if not s.reason:  # "Yes, just a callback, please.": what they said before it
            s.reason = self._what_about(raw)
        return self._next("Thanks, I've added that to your message." if already else (
            "Of course, I'll get a message to the team."))

    def _what_about(self, raw: str) -> str:
        """What a caller who asks for a person wants them for, in their own words: what they
        said since the last task, without the asking ("I was charged twice for my cleaning.
        Is there anybody I can talk to about it?" is about the charge)."""
        told = [sentence for line in self.state.topic for sentence in split_sentences(line)
                if not (intents.wants_human(clean(sentence))
                        or intents.wants_message(clean(sentence)))]
        about = self._topic_reason(told) if told else ""
        return about or (raw.strip() if raw and self._substance(raw) and not (
            intents.wants_message(clean(raw))) else "")

    def _callers_reason(self, raw: str, *, clauses: bool = False) -> str:
        """The caller's own words for what the message is about: the sentences of the line
        that say more than who they are, their number and that they want a message taken
        ('Hi, this is Ann Lee. I'd like to leave a message.' carries no reason). `clauses`:
        read clause by clause (a line that gives name, number and reason between commas)."""
        parts = split_clauses(raw) if clauses else split_sentences(raw)
        # (how the name is spelled is not what the message is about)
        kept = [x for x in parts if self._residue(x) and self._substance(
            _MESSAGE_ASK.sub(" ", x)) and not SPELLING_TALK.search(x)]
        return without_contact(_CORRECTION_LEAD.sub("", " ".join(kept).strip()))

    def _reason_changed(self, raw: str, text: str) -> Reply | None:
        """'Actually, the message is about the bill': a new reason said while the receptionist
        asks something else; kept at once, the question put again."""
        s = self.state
        if s.task != Task.MESSAGE or s.stage in (Stage.ASK_REASON, Stage.CONFIRM,
                                                 Stage.ASK_CHANGE) or not (
                _REASON_CUE.search(text)) or not self._substance(raw):
            return None
        number_taken = s.stage == Stage.CONFIRM_CALLER_ID and (caller_id_accepted(text)
                                                               or is_yes(text))
        if number_taken:
            # "The number I'm calling from is the best one, and it's about my filling": the
            # question is answered in the same line; the rest is what the message is about
            kept = [c.strip(" ,.") for c in split_clauses(raw)
                    if not caller_id_accepted(clean(c)) and not is_yes(clean(c))]
            raw = " ".join(f"{c[:1].upper()}{c[1:]}." for c in kept if c)
        said = self._callers_reason(raw) or raw.strip()
        if s.reason and _ABOUT_FIRST.match(text) and self._substance(s.reason):
            # "Message for my stylist." ... "About toning my color.": what it is about, added
            s.reason = f"{s.reason.rstrip(' .')}. {said}"
        else:
            s.reason = said
        if number_taken:
            s.callback_number = self._caller_id()
            return self._next()
        return self._noted()

    def _commit_message(self) -> Reply:
        s = self.state
        try:
            message = appointments.callback_message_take(
                caller_name=s.caller_name, callback_number=s.callback_number, reason=s.reason,
                urgent=s.urgent, call=self._call(), region=self.region)
        except ApplicationError as exc:
            if exc.field == "callback_number":
                s.callback_number, s.stage = "", Stage.ASK_NUMBER
                return self._ask(exc.message, prompt=replies.ASK_NUMBER)
            if exc.field == "caller_name":
                s.caller_name, s.stage = "", Stage.ASK_NAME
                return self._ask(exc.message, prompt=replies.ASK_NAME)
            s.reason, s.stage = "", Stage.ASK_REASON
            return self._ask(exc.message, prompt=replies.ASK_REASON)
        self.effects.append(("message", message.pk))
        s.message_taken, s.message_id = True, message.pk
        name = replies.first_name(s.caller_name)
        s.task, s.stage, s.offer = Task.NONE, Stage.ANYTHING_ELSE, Offer.NONE
        s.topic = []
        thanks = f"Thank you, {name}." if name else "Thank you."
        then = self._how_long(s.reason)
        then = f" {then}" if then else ""
        return self._ask(f"{thanks} I've passed your message on, and the team will call "
                         f"you back on {read_back(s.callback_number)}.{then} "
                         f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)

    def _how_long(self, reason: str) -> str:
        """How long what the message asks for takes, as the owner's FAQ says it ("Please allow
        two business days for the provider to review it" for a refill): from the entry that
        says how to ask for the thing the message names, its sentence with a time in it."""
        said = content_words(reason)
        entries = [(entry, content_words(str(entry.get("question", ""))))
                   for entry in self.config.faq]
        for entry, asked in entries:
            if not _HOW_TO_ASK.match(str(entry.get("question", ""))):
                continue
            own = {w for w in asked - _ASKING_WORDS
                   if sum(w in other for _, other in entries) == 1}
            if not own & said:
                continue
            timed = [x for x in split_sentences(str(entry.get("answer", "")))
                     if _A_WAIT.search(x)]
            return " ".join(timed)
        return ""

    def finish(self) -> bool:
        """The caller is leaving (said goodbye or hung up): a message they asked for is passed
        on if it has a number to call back and a reason, even without its read-back (it is
        marked as such), unless they were put through to a person; nothing is ever booked
        without one. Whether a message was written. A caller who hangs up in the middle of a
        booking, a move or a cancellation (the receptionist did not end the call) abandoned
        it."""
        s = self.state
        if not s.ended and not s.transferred and not s.cancelled_one and s.task in (
                Task.BOOK, Task.RESCHEDULE, Task.CANCEL):
            s.abandoned = True  # (the outcome says so only when nothing else was done)
        if s.task != Task.MESSAGE or s.message_taken or not s.reason:
            return False
        if s.transferred or s.transfer_requested:
            return False  # put through to a person, who has it from the caller themselves
        number = s.callback_number or self._caller_id()
        if not number:
            return False
        try:
            message = appointments.callback_message_take(
                caller_name=s.caller_name or "Unknown caller", callback_number=number,
                reason=f"{s.reason} (not read back: the caller hung up first)"
                if s.stage != Stage.CONFIRM else s.reason,
                urgent=s.urgent, call=self._call(), region=self.region)
        except ApplicationError:
            return False
        self.effects.append(("message", message.pk))
        s.message_taken, s.message_id = True, message.pk
        s.task, s.stage = Task.NONE, Stage.ANYTHING_ELSE
        return True


    def _answer_reason(self, raw: str, text: str) -> Reply | None:
        """The answer to "What would you like me to tell the team?": the caller's own words."""
        s = self.state
        if is_question(raw) and raw.strip().endswith("?"):
            return None
        if (is_yes(text) or is_no(text)) and not self._substance(_YES_LEAD.sub("", text)):
            return self._missed()  # "yes", "that number is fine": not what to tell them
        s.reason = raw.strip()
        s.urgent = s.urgent or intents.urgent(text)
        return self._next()
