"""The call flow: one caller line in, the receptionist's next line out, decided by code.

The flow holds the call's state (flows.state.FlowState) and walks the profession template's
booking flow: what the caller wants, the template's qualification questions, a day and time
resolved against the business's clock, slots from the appointment book only, the caller's name
and a callback number read back digit by digit, and a final read-back before anything is written.
Messages, cancellations, moves and transfers are flows of their own. Hours, prices and the FAQ
are answered from the business's own words.

Whatever it cannot place (an open question, free speech outside a step) it hands back as an
open turn (`Reply.text is None`) with a note of the call so far, and the agent lets the LLM
answer it. The LLM never decides a booking: bookings are written here, after the caller said yes
to a read-back of a slot the book offered.

Everything here runs synchronously inside the business's schema (`schema_context`); the agent
calls it from a worker thread.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from agent_worker.flows import intents, replies
from agent_worker.flows.base import (
    _ABSORB_STAGES,
    _ANSWER_STAGES,
    _PLEASANTRY,
    MAX_MISSES,
    MAX_SAME,
    Reply,
    _only_goodbye,
)
from agent_worker.flows.booking import Booking
from agent_worker.flows.contact import ContactDetails
from agent_worker.flows.existing import _NO_REBOOK, ExistingBooking
from agent_worker.flows.faq import BusinessAnswers
from agent_worker.flows.knowledge import (
    asks_hours,
    asks_price,
    match_service,
    match_services,
    price_answer,
)
from agent_worker.flows.location import gives_address, without_address
from agent_worker.flows.messages import Messages
from agent_worker.flows.model_tools import ModelTools
from agent_worker.flows.names import offered_name
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.process import process_answer, process_question
from agent_worker.flows.qualification import Qualification, standing_given
from agent_worker.flows.readback import _BOOK_IT, _DOUBTS, ReadBack
from agent_worker.flows.safety import Safety, describes_something
from agent_worker.flows.state import FlowState, Offer, Stage, Task
from agent_worker.flows.text import (
    clean,
    is_garbled,
    is_no,
    is_question,
    is_yes,
    says_none_of,
    split_sentences,
    without_fillers,
    words,
)
from agent_worker.flows.when import When, day_phrase, numbers_in, parse_when
from agent_worker.guardrails import forbidden_advice, objection
from calls.models import Appointment, CallbackMessage

# Which answer each step's question expects: the method that reads the caller's line as that
# answer (None: it was not one).
STAGE_ANSWERS: dict[Stage, str] = {
    Stage.QUALIFY: "_answer_qualify",  # qualification.py
    Stage.ASK_TIME: "_answer_time",  # booking.py
    Stage.CHOOSE_SLOT: "_choose",  # booking.py
    Stage.ASK_NAME: "_answer_name",  # contact.py
    Stage.CONFIRM_CALLER_ID: "_answer_caller_id",  # contact.py
    Stage.ASK_NUMBER: "_answer_number",  # contact.py
    Stage.ASK_REASON: "_answer_reason",  # messages.py
    Stage.CONFIRM: "_confirm",  # readback.py
    Stage.ASK_CHANGE: "_change",  # readback.py
}

# a lawyer wanted, not a particular one ("I think I need to talk to a lawyer"), and now
# (a need told, not "can I speak to an attorney, please?", which asks to be put through)
_A_LAWYER = re.compile(r"\b(?:i|we)(?: think (?:i|we)| probably| really| definitely)? (?:need|"
                       r"want|will need|'ll need|'m going to need|are going to need) (?:to "
                       r"(?:talk|speak|meet|consult) (?:to|with) )?(?:a|an|some) (?:lawyer|"
                       r"attorney)\b|\b(?:i'?m|we'?re) looking for (?:a|an) (?:lawyer|attorney)\b|"
                       # "I'd like to talk to someone about an injury claim", "my sister said I
                       # should talk to a lawyer": a new matter ("about my divorce" may be the
                       # firm's own matter, or a call back: as before)
                       r"\b(?:talk|speak) (?:to|with) (?:someone|somebody|a lawyer|an attorney|"
                       r"one of (?:your|the) (?:lawyers|attorneys)) about (?:a|an) |"
                       r"\bsaid (?:i|we) should (?:talk|speak|see) (?:to |with )?(?:a|an) "
                       r"(?:lawyer|attorney)\b|"
                       # "I need to talk to one of your criminal attorneys, I don't have a lawyer
                       # yet": someone new to the firm with a matter
                       r"\b(?:need|want|'d like|would like) to (?:talk|speak) (?:to|with) "
                       r"(?:one of your|an?) (?:\w+ )?(?:lawyers?|attorneys?)\b(?=.*\b(?:don'?t|"
                       r"do not) have (?:a|an) (?:lawyer|attorney)\b)")
_NOW = re.compile(r"\b(?:right now|(?:lawyer|attorney|someone|somebody) now|right away|"
                  r"immediately|today|tonight|urgent\w*|asap|on the (?:phone|line))\b")


# How a line (what is left of it once its questions are answered) is read, in this order: the
# first check with a reply wins; a line none of them places is an open turn for the model.
LINE_CHECKS: tuple[str, ...] = (
    "_check_pending_answer",  # the answer to the question just asked, and what else it carries
    "_check_booking_named_again",  # existing.py: no booking under one name, another given
    "_check_goodbye",
    "_check_objection",  # the template's objection handlers ("too expensive", "let me think")
    "_check_never_mind",
    "_check_person",  # a person asked for: a transfer, or a message when nobody can take it
    "_check_out_of_scope",
    "_check_new_task",  # moving, cancelling, a message, a booking, from any step
    "_check_offer",  # yes or no to what the receptionist offered
    "_check_anything_else",
    "_check_greeting",
    "_check_thanks",
    "_check_contact",  # a name or number given outside a question about them
    "_check_missed",  # inside a task: not understood, said so (never a model's guess)
)


# Requests the intent model may start when no pattern matched, in the order they are tried, and
# how sure it must be (measured on bench/intent_eval_set.py: `book` over-fires on questions, so
# only statements reach this, and only outside a task).
MODEL_TASK_SCORE = 0.6
# how the caller asks for it to be said again: "Slower?", "a little louder please"
_HOW_TO_REPEAT = re.compile(r"(?:(?:and |but |a (?:little|bit) |little |bit |much |more |please |"
                            r"just |maybe |can you |could you |say it |speak )*(?:slower|slowly|"
                            r"louder|more slowly|more clearly|clearer|slow|loud)(?: please| for "
                            r"me| dear)*)")
# the fewest words of a question that, unanswered beside a request, is passed on to the team
UNANSWERED_WORDS = 5
# how sure the model must be that a statement of a problem wants the business's help, for the
# flow to offer a booking (an offer, not a booking: the caller still says yes)
PROBLEM_SCORE = 0.4
# a complaint about the business itself (its staff, its work, its bill), not about the caller's
# own car, pipes or pet: the team calls back about it
_ABOUT_THE_BUSINESS = re.compile(
    r"\b(?:(?:you|you guys|y'?all) (?:sent|charged|did|gave|told|said|were(?! (?:out|here|over|"
    r"by|there|in|at)\b)|put|used|fixed|cut|"
    r"colou?red|dyed|left|made|broke|missed|forgot|never)|(?:your|the) (?:staff|team|"
    r"receptionist|front desk|"
    r"technician|tech|plumber|mechanic|stylist|agent|doctor|dentist|vet|nurse|hygienist|lawyer|"
    r"attorney|guy|lady|woman|man) (?:who|that)|(?:my|the) last (?:visit|appointment|time)|"
    r"i was (?:there|in)|when i (?:came|was) in)\b")
# words that ask to come in, not to be called back ("could I come in Thursday at nine instead?");
# a time that "works" for the caller during a message is when to call them
_A_VISIT = re.compile(r"\b(?:(?:can|could|may) (?:i|we) (?:just )?(?:come|stop|pop) (?:in|by|over)|"
                      r"(?:can|could|may) (?:i|we) (?:just )?(?:bring|drop) (?:it|him|her|them|the "
                      r"\w+) (?:in|by|off))\b")
# what a cancellation names ("cancel my tire rotation", "cancelling our consultation")
_CANCEL_MY = re.compile(r"\b(?:cancel|cancell?ing) (?:my|our|the|his|her|their)"
                        r"(?P<what>(?: [\w'-]+){1,4})")
# a booking asked for in so many words
_BOOK_WORD = re.compile(r"\b(?:book|schedule|reserve|an appointment|a booking|put me down)\b")
# "call me back on ...", "reach me at ...": where to reach the caller
_BACK_ON = re.compile(r"\b(?:call|ring|reach|text|phone) (?:me|us)(?: back)? (?:on|at)\b")
_OWN_LINE = re.compile(r"\b(?:my|this|our|the) (?:cell|cellphone|mobile|office|work|home|"
                       r"landline|number|line|phone)\b")
# a time taken up, for a new visit ("Saturday at eleven works, the booking is under my name")
_TAKES_A_TIME = re.compile(r"\b(?:works|would work|will work|is good|is fine|suits me|i'?ll take|"
                           r"let'?s do|let'?s say|book (?:me|it|that))\b")
# no visit wanted ("I don't need an appointment, just the refill"), said beside a message
_NO_VISIT = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not) (?:need|want) (?:an? |to )?"
                       r"(?:appointment|booking|book|visit|come in|bring (?:him|her|them|it) in)")
_CALL_ME = re.compile(r"\b(?:call|ring|phone|reach|text) (?:me|us)\b|\bcall ?back\b")
# a booking the caller wants kept after all
_KEEP_IT = re.compile(r"\b(?:keep (?:it|that|the \w+)|don'?t cancel|not cancel|instead)\b")
# a figure just heard, checked: "was that forty-five?", "twenty-nine, you said?", "is it $120?"
_FIGURE_CHECK = re.compile(r"^(?:so |sorry,? |and |okay,? )?(?:was (?:that|it)|is (?:that|it)|"
                           r"did you say|you said)\b|\b(?:you said|did you say|was it|was that|"
                           r"right|correct)\W*$")
# a line this long with no name or number in it, said to "your name?", says more about the
# matter (a name is never this long)
DETAIL_WORDS = 7
HEARD_KEPT = 12  # the caller's last lines the flow keeps (details said before a task started)
TOPIC_KEPT = 6  # the caller's lines since the last task a new booking's reason is read from
# a question about something ("how early do you open?"), not a request ("can someone come?")
_WH_QUESTION = re.compile(r"^(?:(?:hi|hello|hey|so|and|oh|okay|ok|sorry|um)[,.!\s]+)*"
                          # "and just so I know, how much notice...?": a lead-in, then the question
                          r"(?:(?:and |but )?(?:just )?(?:so i know|out of interest|by the way|"
                          r"quick question|one more thing|while i have you|also)[,.!\s]+)?"
                          r"(?:what|when|where|who|whom|whose|why|how|which)\b")
_NEEDS = re.compile(r"\b(?:i|we|she|he|it|(?:my|our|his|her|their) \w+|and)(?: (?:really |finally |"
                    r"just |also |still |"
                    r"definitely )?(?:need|needs|want|wants|would like|"
                    r"am looking for|'m looking for|are looking for|'re looking for)|"
                    r"'d (?:really )?(?:like|love)(?= (?:a|an|the|some|my|our|to (?:book|get|"
                    r"schedule|come in|start with|have|set up|make))\b)|'re after|'m after)"
                    r"(?! to (?:know|ask|find out|check|understand)\b)"
                    r"\b|(?:i|we|she|he|it|(?:my|our|his|her|their) \w+|and) (?:really |finally |"
                    r"just |also |still |"
                    r"definitely )?(?:need|needs|want|wants|'d like|"
                    r"would like|am looking for|'m looking for|are looking for|'re looking for)"
                    # ("want to see if...", not "want to see it")
                    r"(?! to (?:know|ask|find out|check|understand|see(?! (?:it|the|them|this|"
                    r"that|a|an|one)\b)))\b|"
                    # "it's about due", "she's due for her shots", "same thing as last time"
                    r"\b(?:it'?s|it is|she'?s|he'?s|i'?m|we'?re|they'?re|is|are) "
                    r"(?:about |almost |nearly |over|past |now )?due\b|"
                    r"\bsame (?:thing|service|as) (?:as )?last time\b|"
                    # "I'll go with the blowout", "let's do the wellness exam": a service chosen
                    r"\b(?:i'?ll|we'?ll|i will|we will|let'?s|i'?d|we'?d) (?:go with|go for|"
                    r"take|do|have|pick|choose|try)\b")
_STANDING_WORDS = 16  # a line that says only who the caller is to the business is this short
_TERSE = 6  # words in a line that names a service and little else ("Drain cleaning, kitchen.")
# a service talked of, not asked for ("She's been talking about a balayage.")
_TALK_OF = re.compile(r"\b(?:talking|thinking|wondering|asking|heard|hearing|reading|read|curious|"
                      r"dreaming|raving) about\b")
# what any trade's visit is called, for a terse line that names no service ("Checkup. I've been
# before.")
_VISIT = re.compile(r"\b(?:appointments?|visits?|check-?ups?|check ups?|exams?|examinations?|"
                    r"consultations?|consults?|sessions?|showings?|viewings?|estimates?|"
                    r"inspections?|follow-?ups?|follow ups?|physicals?|cleanings?|vaccines?|"
                    r"vaccinations?|shots?|tune-?ups?)\b")
# the choice of what to do left to the trade's person ("whichever the technician thinks",
# "I'll leave it up to the mechanic"): the visit, not a person asked for now
_DEFERS = re.compile(
    r"\b(?:whichever|whatever|what(?:ever)?) (?:the|your|my) [\w-]+ (?:thinks|recommends|says|"
    r"suggests|decides|prefers|advises|wants)|\bleave it (?:up )?to (?:the|your|my) [\w-]+|"
    r"\b(?:the|your) [\w-]+(?:'s| can) (?:call|choice|decide)\b")
# "that's all" closing a request of three words or more in its sentence: only that is wanted
_JUST_THAT = re.compile(r"(?:^|[.!?]\s)(?:(?!that'?s all)[^.!?])*?(?:\b[\w'-]+\b\W+){4,}"
                        r"that'?s all\b(?! i (?:need|want))")
_FILLERS = re.compile(r"\b(?:okay|ok|great|no|yes|yeah|well|so|alright|all right|perfect|then|"
                      r"i think|i guess|um|uh|actually|and|oh|right|sure|fine|good|i believe)\b")
# (a thanks is no farewell after a request: "I'd like the dentist to look at the loose crown,
# that's all, thank you" still wants it)
_FAREWELL_WORD = re.compile(r"\b(?:bye|goodbye|cheers|have a (?:good|nice|great)|take care)\b")
# the caller done with the call ("that's all I needed", "I'll figure out when I can come")
_DONE_HERE = re.compile(r"\bthat'?s all i (?:needed|wanted|need|want)(?: to know)?\b|\bthat'?s "
                        r"all (?:i had|for now)\b|\bi'?ll (?:figure out|work out|sort out|see) "
                        r"when\b")
# a question about what is needed ("do I need an appointment, or can I walk in?")
_ASKS_IF_NEEDED = re.compile(r"\b(?:do|does|would|will) (?:i|we|he|she|they) (?:need|have to|"
                             r"require)\b")
_MODEL_TASKS: tuple[tuple[str, Callable[[CallFlow, str], Reply]], ...] = (
    ("reschedule", lambda flow, raw: flow._start_existing(raw, Task.RESCHEDULE)),
    ("cancel", lambda flow, raw: flow._start_existing(raw, Task.CANCEL)),
    ("message", lambda flow, raw: flow._start_message(raw)),
    ("human", lambda flow, raw: flow._transfer(raw)),
    ("book", lambda flow, raw: flow._start_booking(raw)),
)


# something cheaper asked for ("is there a cheaper option, like just a single color?")
_CHEAPER = re.compile(r"\b(?:cheaper|less expensive|more affordable|lower[- ]priced|"
                      r"budget option)\b")
# the booking a move left behind ("cancel the old slot", "and drop the old one")
_THE_OLD_ONE = re.compile(r"\b(?:the|my) (?:old|original|previous|other|first|earlier) (?:one|slot|"
                          r"time|appointment|booking|date|day|spot)\b")
# "Yes, please move it." just after a move was made: the move asked for again
# ("So: move Jordan Fields to Saturday the 21st at ten. Yes, please do it.")
_MOVE_IT_AGAIN = re.compile(r"\b(?:move|change|switch|reschedule) (?:it|that)\b|\bplease move\b|"
                            r"\bmove(?: [\w'-]+){1,3}? (?:to|over to)\b|\bplease do (?:it|that)\b")
# a detail of the booking just made said again ("It's the same service, the men's haircut, and
# the same number"): no new booking
_SAME_AS_BOOKED = re.compile(r"\b(?:the )?same (?:service|thing|appointment|kind|type|one|number|"
                             r"phone|as (?:before|last time|always))\b")


@dataclass
class CallFlow(Safety, BusinessAnswers, ContactDetails, Qualification, Booking, ReadBack,
               Messages, ExistingBooking, ModelTools):
    """The flow of one call: one caller line in (`respond`), the receptionist's next line out.
    The tasks live in their own modules (see the bases); this class reads the line and hands it
    to them in the order LINE_CHECKS gives. `effects` records what a turn wrote, so a discarded
    turn can be undone (see FlowRunner)."""

    def respond(self, raw: str) -> Reply:
        s = self.state
        s.turns += 1
        after_silence, s.silences = s.silences > 0, 0
        # "Uh, the doctor already called" is "The doctor already called": every reading below
        # sees the caller's words, not the sounds between them
        raw = self.without_moved_from(without_fillers(raw or ""))
        # what the caller said, without talk about the line ("Hello? Can you hear me?")
        rest, line_talk = intents.line_talk(raw or "")
        said = rest if line_talk else raw or ""
        s.heard = [*s.heard[-(HEARD_KEPT - 1):], said]
        s.topic = [*s.topic[-(TOPIC_KEPT - 1):], said]
        reply = self._respond(raw or "", clean(raw or ""), after_silence, (rest, line_talk))
        if reply.text and not reply.action and reply.kind != "guard":
            # "your website says you're open till eight": what the business's own words say,
            # before whatever the call does next, so a wrong belief is never left standing
            beliefs = [b for b in self._belief_answers(said) if b not in reply.text]
            if beliefs:
                reply = replace(reply, text=f"{' '.join(beliefs)} {reply.text}")
        if reply.text is not None and not s.condoled and intents.distress(raw or ""):
            # "we think it's time to put him to sleep", "my mother passed away last week": said
            # once, before whatever the call does next
            s.condoled = True
            if "sorry to hear" not in reply.text:
                reply = replace(reply, text=f"I'm so sorry to hear that. {reply.text}")
        elif reply.text is not None and not s.apologised and intents.dissatisfied(raw or "") and (
                not reply.action):
            # "frankly I'm upset, nobody has called me back": heard and said sorry for, once,
            # before what the call does about it
            s.apologised = True
            if not re.search(r"\b(?:sorry|apologi[sz]e|understand)\b", reply.text, re.I):
                reply = replace(reply, text=f"I'm sorry about that. {reply.text}")
        elif reply.text is not None and s.apologised and not s.understood and (
                intents.dissatisfied(raw or "")) and not reply.action and not re.search(
                    r"\b(?:sorry|apologi[sz]e|understand)\b", reply.text, re.I):
            # unhappy again ("I'm frustrated, nobody ever picks up"): heard, in other words
            s.understood = True
            reply = replace(reply, text=f"I understand how frustrating that is. {reply.text}")
        if reply.text is not None:
            s.same_replies = s.same_replies + 1 if reply.text == s.last_reply else 0
            if s.same_replies >= MAX_SAME and not reply.action and reply.kind == "flow":
                reply = self._stuck()
                s.same_replies = 0
            s.last_reply = reply.text
        if reply.action == "hang_up":
            s.stage, s.ended = Stage.ENDED, True
        return reply

    def silence(self) -> Reply:
        """The caller said nothing for a while: ask once, then say goodbye and hang up."""
        s = self.state
        s.silences += 1
        if s.silences == 1:
            return Reply(text=replies.STILL_THERE)
        s.stage, s.ended, s.abandoned = Stage.ENDED, True, True
        return Reply(text=(f"I haven't heard anything, so I'll end the call now. Please call "
                           f"{self.config.business_name} back any time. Goodbye."),
                     action="hang_up")

    def guarded(self, raw: str) -> bool:
        """Whether the line is one code must answer whatever model is available (safety,
        privacy, language), so no model may take it."""
        return bool(intents.injection(raw) or intents.emergency(self.config.profession, raw)
                    or forbidden_advice(self.config, raw) or intents.other_language(raw))

    def _respond(self, raw: str, text: str, after_silence: bool,
                 talk: tuple[str, str]) -> Reply:
        s = self.state
        if s.stage == Stage.ENDED:
            return Reply(text="Goodbye.", action="hang_up")
        rest, line_talk = talk  # the line's talk about the line itself, read in respond()
        if line_talk:
            # "Hello? Can you hear me?", "Sorry, you cut out", "I'm in the car": about the line,
            # answered as such; what else the line says is read without it
            if not clean(rest) or _PLEASANTRY.fullmatch(clean(rest).strip(" .,!?")):
                return self._about_the_line(line_talk)
            raw, text = rest, clean(rest)
        checked = self._figure_checked(raw)
        if checked:
            return self._with_pending(checked, "knowledge")
        if (not text or is_garbled(raw)) and not intents.other_language(raw) and not is_yes(text):
            # (a line in another script, "对。", is a language, not noise)
            return self._missed(garbled=True)

        # what code must answer, whatever else the line says
        guarded = self._guards(raw, text)
        if guarded is not None:
            return guarded
        if s.task == Task.MESSAGE and s.urgent and (
                intents.says_not_urgent(raw) or intents.denies_a_sign(raw)) and not any(
                intents.emergency(self.config.profession, line) or intents.urgent(line)
                for line in s.heard):
            # "He is okay, he eats, he walks, no emergency. I just need more pills.": an urgent
            # message the intent model's reading started, said by the caller not to be one, is
            # a routine one (a sign the trade's patterns know, or "urgent" said, stays urgent)
            s.urgent = False
        queued = self._queue_another_booking(raw)
        if queued is not None:
            # "... and can I get one for myself too, right after his?": kept for after this
            # booking; the rest of the line is read for this one
            left, said = queued
            if not clean(left).strip(" .,!?"):
                return self._with_pending(said)
            reply = self._respond(left, clean(left), after_silence, (left, ""))
            if not reply.text or s.booked_slot is not None and not s.queued:
                return reply  # (this one written and the next begun: said as it happens)
            return replace(reply, text=f"{said} {reply.text}")
        self._switch_service(raw, text)
        if after_silence and intents.still_here(text) and len(text.split()) <= 5:
            return Reply(text=f"Great. {s.last_prompt or replies.HOW_CAN_I_HELP}")
        if intents.asks_repeat(text):
            # ("Slower?", "A bit louder, please." say how to say it again, nothing more)
            others = " ".join(x for x in split_sentences(raw) if not intents.asks_repeat(clean(x))
                              and not _HOW_TO_REPEAT.fullmatch(clean(x).strip(" .,!?")))
            said = clean(others)
            if said.strip(" .,!?") and (parse_when(others, now=self.now(),
                                                  date_order=self.date_order) is not None
                                       or is_yes(said) or is_no(said) or is_question(others)
                                       or offered_name(others) or find_phone_number(
                                           others, region=self.region)
                                       or self._has_request(others)):
                # "Sorry, what was that time again? Seven o'clock Thursday's perfect.": what
                # they go on to say answers it; read without the asking again ("He's talking
                # in my other ear" says why they ask, and the reply is said again)
                raw, text = others, clean(others)
            elif (intents.asks_what_was_said(text) or line_talk == "cut") and s.last_reply:
                return Reply(text=s.last_reply)  # ("you cut out, can you say that again?")
            else:
                return Reply(text=s.last_prompt or s.last_reply or replies.HOW_CAN_I_HELP)
        asked = process_question(raw) or self._process_read(raw)
        if asked:
            answer = process_answer(asked, business=self.config.business_name, task=str(s.task),
                                    now=self.now())
            rest = " ".join(x for x in split_sentences(raw) if not process_question(x))
            said = clean(rest)
            # ("Are you a real person? I need to know I'm talking to someone who can help.":
            # the same question, not a person asked for; only a request in so many words is)
            about_who = asked in ("is_ai", "who", "office") and not (
                intents.wants_booking(said) or intents.wants_message(said)
                or intents.wants_cancel(said) or intents.wants_reschedule(said)
                or intents.wants_human(said) or find_phone_number(rest, region=self.region)
                or parse_when(rest, now=self.now(), date_order=self.date_order) is not None)
            if said.strip(" .,!?") and rest != raw and not about_who and self._has_request(rest):
                # "I need to move my appointment, it's Thursday at ten twenty. Is this
                # automated?": answered, and what else the line asks for is done too
                reply = self._respond(rest, clean(rest), after_silence, (rest, ""))
                if reply.text:
                    return replace(reply, text=f"{answer} {reply.text}")
            if self._absorb_contact(raw) and s.task != Task.NONE and s.stage in (
                    Stage.ASK_NAME, Stage.ASK_NUMBER, Stage.CONFIRM_CALLER_ID):
                # "Why do you need my number? Anyway, it's 415 555 0104.": answered, and the
                # number kept; the call goes on from there, not back to the question it answered
                s.misses = 0
                return Reply(text=f"{answer} {self._next().text}", kind="knowledge")
            return self._with_pending(answer, "knowledge")

        # questions the business already answered, sentence by sentence; what is left of the
        # line (an answer, a request) is read on its own, so "Weekday hours are hard for me,
        # I'll take Saturday at nine" is a choice, not a question about hours
        known, rest = self._known_answers(raw)
        if not known:
            before = s.task
            reply = self._rest(raw, clean(raw))
            asked = self._unanswered(raw, reply) if s.task != Task.NONE and (
                before == Task.NONE) else ""
            if asked:
                # "Before I come and see it, do they allow a medium-sized dog?" with a visit
                # asked for: the question is not lost, it goes to the team with the booking
                if s.task in (Task.BOOK, Task.RESCHEDULE):
                    self._add_to_reason(asked)
                elif asked not in s.reason:
                    s.reason = f"{s.reason} {asked}".strip()
                return replace(reply, text=f"{replies.QUESTION_PASSED_ON} {reply.text}")
            return reply
        if s.task == Task.BOOK and not s.service and asks_price(clean(raw)):
            # "How much is a women's cut and style?" while a visit is being booked with no
            # service named yet: the one asked about is what the visit is for
            asked_about = match_services(self.config, raw)
            if len(asked_about) == 1:
                s.service = str(asked_about[0]["name"])
        rest_text = clean(rest)
        if not rest_text or is_garbled(rest) or intents.thanks(rest_text) or (
                intents.greeting(rest_text)) or _PLEASANTRY.fullmatch(rest_text.strip(" .,!")):
            return self._with_pending(" ".join(known), "knowledge")
        before = copy.deepcopy(self.state)
        self._beside_answers = True
        try:
            reply = self._rest(rest, clean(rest))
        finally:
            self._beside_answers = False
        if self.state.misses > before.misses:
            # what is left was context for the questions answered ("We have Aetna"), not a
            # failed answer: nothing it did is kept, the pending question is put again
            self.state.__dict__.update(before.__dict__)
            return self._with_pending(" ".join(known), "knowledge")
        if reply.text is None:
            return self._with_pending(" ".join(known), "knowledge")
        return Reply(text=f"{' '.join(known)} {reply.text}", action=reply.action,
                     kind="knowledge")

    def _about_the_line(self, kind: str) -> Reply:
        """The reply to a line that was only about the call's line: heard, so the pending
        question again; cut out, so what was said again."""
        s = self.state
        pending = s.last_prompt or replies.HOW_CAN_I_HELP
        if kind == "cut":
            if s.turns > 1 and s.last_reply:
                return Reply(text=f"Sorry about that. I said: {s.last_reply}", kind="flow")
            return Reply(text=f"I can hear you now. {pending}", kind="flow")
        if kind == "hear":
            return Reply(text=f"Yes, I can hear you. {pending}", kind="flow")
        if kind == "wait":  # ("give me a second to pull over"): the question waits with them
            return Reply(text="Of course, take your time.", kind="flow")
        return Reply(text=f"No problem. {pending}", kind="flow")

    def _figure_checked(self, raw: str) -> str:
        """"Was that forty-five?", "Twenty-nine, you said?": a figure the receptionist just said,
        checked; the sentence that said it, confirmed ('' when the line is not that)."""
        said = clean(raw)
        last = self.state.last_reply or ""
        if not last or len(said.split()) > 7 or not _FIGURE_CHECK.search(said) or not (
                raw.rstrip().endswith("?")):
            return ""
        figures = numbers_in(raw)
        if len(figures) != 1:
            return ""
        for sentence in split_sentences(last):
            if re.search(rf"(?<![\d:]){figures[0]}(?![\d:])", sentence.replace(",", "")):
                return f"Yes, that's right. {sentence}"
        return ""

    def _answer_offer(self, raw: str, text: str) -> Reply:
        s = self.state
        offer, s.offer = s.offer, Offer.NONE
        if is_no(text):
            if offer == Offer.MESSAGE:
                s.reason = ""  # the message it would have carried is not wanted
            s.stage = Stage.ANYTHING_ELSE
            return self._ask(f"No problem. {replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)
        if offer == Offer.BOOK:
            # a bare "yes please": the booking is read on what the caller said it is for
            return self._start_booking(s.reason if s.reason and not self._substance(raw) else raw)
        if offer == Offer.MESSAGE:
            return self._start_message("")
        return self._transfer(raw)

    def _transfer(self, raw: str) -> Reply:
        s = self.state
        ok, why = self._can_transfer()
        sorry = "I'm so sorry to hear that. " if intents.distress(raw) else ""
        if ok:
            s.transfer_requested = True
            s.offer = Offer.NONE
            if not s.reason:
                s.reason = self._what_about(raw)  # the transfer's record keeps what it was about
            return Reply(text=f"{sorry}{replies.TRANSFER_NOW}", action="transfer")
        s.task = Task.MESSAGE
        s.offer = Offer.NONE
        s.urgent = s.urgent or intents.urgent(raw)
        self._take_contact(raw)  # "my name is ... and I'd like to talk to someone": kept
        if not s.caller_name:
            s.caller_name = self._introduced_before(raw)  # ("This is Ann Lee of ..." first)
        if not s.reason:
            s.reason = self._what_about(raw)
        return self._next(f"{sorry}{why}")

    def _goodbye(self) -> Reply:
        s = self.state
        abandoned = s.abandoned
        passed_on = self.finish()
        s.abandoned = abandoned  # (a goodbye said is no hang-up in the middle of a booking)
        s.reset_task()
        closing = replies.GOODBYE.format(business=self.config.business_name)
        if passed_on:
            closing = f"I'll pass your message on. {closing}"
        return Reply(text=closing, action="hang_up")

    def _missed(self, *, garbled: bool = False) -> Reply:
        s = self.state
        s.misses += 1
        if s.misses >= MAX_MISSES and s.task == Task.MESSAGE:
            return self._message_without(s.stage)
        if s.misses >= MAX_MISSES and s.task != Task.NONE:
            s.reset_task()
            s.offer = Offer.MESSAGE
            return self._ask(replies.TROUBLE_UNDERSTANDING, prompt=replies.OFFER_MESSAGE)
        by_stage = {
            Stage.ASK_NAME: replies.NAME_AGAIN,
            Stage.ASK_NUMBER: replies.NUMBER_AGAIN,
            Stage.ASK_TIME: replies.TIME_AGAIN,
            Stage.CHOOSE_SLOT: f"Sorry, which would you prefer? {s.last_prompt}",
            Stage.CONFIRM: f"Sorry, I didn't catch that. {s.last_prompt}",
            Stage.CONFIRM_CALLER_ID: f"Sorry, I didn't catch that. {s.last_prompt}",
        }
        text = by_stage.get(s.stage)
        if text is None:
            pending = self._pending() or (s.last_prompt if garbled else "")
            text = f"{replies.NOT_CAUGHT} {pending}".strip() if pending else replies.NOT_CAUGHT
        return Reply(text=text)

    def _message_without(self, stage: Stage) -> Reply:
        """A message whose name could not be understood twice goes on without it (the team
        has the number); any other part not understood twice: a person if one can take the
        call, else the question once more in other words."""
        s = self.state
        s.misses = 0
        if stage == Stage.ASK_NAME:
            s.caller_name = replies.NAME_NOT_GIVEN
            return self._next("No problem, I'll pass it on with your number.")
        ok, _ = self._can_transfer()
        if ok:
            s.task, s.offer = Task.NONE, Offer.TRANSFER
            question = "Would you like me to put you through to the team instead?"
            return self._ask(f"I'm sorry, I'm having trouble understanding. {question}",
                             prompt=question)
        # the question the task needs now, with the step it belongs to: the words last asked
        # may be another step's ("is the number you're calling from the best one?" said before
        # a number came in that could not be read), and a yes must answer what was heard
        return self._next("I'm sorry, I'm having trouble understanding. Let's try once more:")

    def _stuck(self) -> Reply:
        """The same words would be said a third time: no loop, a way out instead (a message,
        with whatever the caller already gave, or the team)."""
        s = self.state
        ok, _ = self._can_transfer()
        if ok:
            s.offer = Offer.TRANSFER
            question = ("Would you like me to put you through to the team, or take a message so "
                        "someone can call you back?")
        else:
            s.offer = Offer.MESSAGE
            question = replies.OFFER_MESSAGE
        reason = s.reason
        s.reset_task()
        s.reason = reason
        s.offer = Offer.TRANSFER if ok else Offer.MESSAGE
        return self._ask(f"I'm sorry, I don't seem to be getting this right. {question}",
                         prompt=question)

    def _open(self, raw: str) -> Reply:
        """An open turn: the model answers, told what the call is about and what it may not
        do; the pending question is put again after its answer."""
        return Reply(text=None, note=self.note(), follow_up=self._pending(), kind="open")

    def note(self) -> str:
        s = self.state
        facts = []
        if s.caller_name:
            facts.append(f"The caller's name is {s.caller_name}.")
        if s.booked_slot is not None:
            facts.append(f"Already booked in this call: {s.booked_slot.spoken()}.")
        if s.message_taken:
            facts.append("A message for the team was already taken in this call.")
        if s.offered and s.stage == Stage.CHOOSE_SLOT:
            facts.append("Times offered, the only ones that are free: "
                         + "; ".join(sl.spoken() for sl in s.offered) + ".")
        # the standing rules of an open turn are in the prompts (agent.instructions_for, and
        # the local model's cached open_turns.SHARED_RULES): each word here costs every turn
        return " ".join(facts)


    # --- reading the rest of the line, in LINE_CHECKS order ---------------------------------
    def _rest(self, raw: str, text: str) -> Reply:
        if self.state.task == Task.RESCHEDULE:
            # "the 3 o'clock, and cancel the Thursday one": the booking being moved, said again,
            # is not an answer about the new time
            kept = self._without_booking_had(raw)
            if kept != raw and clean(kept):
                raw, text = kept, clean(kept)
        for check in LINE_CHECKS:
            reply = getattr(self, check)(raw, text)
            if reply is not None:
                return reply
        return self._open(raw)

    def _stage(self, raw: str, text: str) -> Reply | None:
        answer = STAGE_ANSWERS.get(self.state.stage)
        return getattr(self, answer)(raw, text) if answer else None

    def _check_pending_answer(self, raw: str, text: str) -> Reply | None:
        s = self.state
        changes_task = s.stage in (Stage.QUALIFY, Stage.ASK_NAME, Stage.ASK_TIME,
                                   Stage.CHOOSE_SLOT) and (
            intents.wants_message(text) or intents.wants_human(text)
            or self._cancels(text) or intents.wants_reschedule(text)) or (
            self._existing_task(text) is not None) or self._visit_instead_of_message(raw, text)
        # "just cancel it, I'll call back when I know": a yes to a cancellation, not a never mind
        never_mind = intents.never_mind(text) and not (
            s.task == Task.CANCEL and intents.wants_to_call_off(text)) and not (
            # "no, I don't want to book another one": about a new booking, not this one
            s.task == Task.CANCEL and s.stage == Stage.CONFIRM and _NO_REBOOK.search(
                text)) and not (
            # "I don't want to book anything, just a call back": the message is what they want
            s.task == Task.MESSAGE and intents.declines_booking(text) and (
                intents.wants_message(text) or _CALL_ME.search(text)))
        # "I'll check with my accountant first, so I won't book today": a booking turned down
        # (a message being taken goes on: "not ready to book, just have someone call me")
        never_mind = never_mind or (intents.declines_booking(text) and s.task in (
            Task.BOOK, Task.RESCHEDULE))
        # "Perfect, thanks, bye" to "Shall I book that?" is a yes first, then a goodbye
        # ("That's all." to a read-back confirms it: only a farewell in so many words, or a no,
        # leaves from there)
        leaving = _only_goodbye(text) and not (
            s.stage in (Stage.CONFIRM, Stage.CONFIRM_CALLER_ID) and (is_yes(text) or not (
                intents.says_farewell(text) or is_no(text)))) and not (
            s.stage == Stage.CONFIRM and s.task == Task.CANCEL and self._plainly_cancels(""))
        # "Okay, that's all I needed, I'll figure out when I can get over there. Thanks, bye."
        # to a question of a booking the caller never asked for: leaving, not an answer
        leaving = leaving or (intents.says_goodbye(text) and bool(_DONE_HERE.search(text)) and (
            s.stage not in (Stage.CONFIRM, Stage.CONFIRM_CALLER_ID)))
        if s.stage not in _ANSWER_STAGES or never_mind or leaving or changes_task:
            return None
        if any(is_question(part) and intents.out_of_scope(clean(part))
               for part in split_sentences(raw)) and not find_phone_number(raw,
                                                                           region=self.region):
            # "is it supposed to rain Saturday?" while a time is asked for: not a time, and
            # answered as what it is
            return None
        if s.stage in (Stage.ASK_NAME, Stage.ASK_NUMBER, Stage.CONFIRM_CALLER_ID,
                       Stage.ASK_REASON) and intents.says_goodbye(text) and not (
                offered_name(raw) or find_phone_number(raw, region=self.region)) and not (
                # "Yes, that's it, Thursday the 12th. Please book me in.": a yes, not a farewell
                s.stage == Stage.CONFIRM_CALLER_ID and is_yes(text)):
            return None  # "I'm leaving now, goodbye": not a name, the caller is going
        # a name or number said with a new time is kept: "make it eight instead. Name's Ann Lee"
        learned = self._absorb_contact(raw) if s.stage in _ABSORB_STAGES else False
        changed = self._time_changed(raw, text) or self._reason_changed(raw, text)
        if changed is not None:
            return changed
        if learned and s.task == Task.MESSAGE and not s.reason:
            # "It's Kevin Lowe, 201 555 0126, I need my referral sent over": the message too
            s.reason = self._callers_reason(raw, clauses=True)
        if not learned and s.stage == Stage.QUALIFY and not s.caller_name:
            learned = self._bare_name_to_yes_no(raw, text)
        handled = None
        # "Yes, that's everything" to a read-back confirms it; only a farewell in so many words
        # ends the call there
        leaves = (intents.says_farewell if s.stage in (Stage.CONFIRM, Stage.CONFIRM_CALLER_ID)
                  else intents.says_goodbye)(text)
        if not (learned and s.stage in (Stage.QUALIFY, Stage.ASK_REASON)
                and not self._residue(raw) and not (
                    # "Thursday at eleven, please. Priya Raman." to "Which stylist?": the
                    # time is kept with the name
                    s.stage == Stage.QUALIFY and parse_when(
                        raw, now=self.now(), date_order=self.date_order) is not None)):
            handled = self._stage(raw, text)
        if handled is not None:
            if leaves and s.task == Task.MESSAGE and (
                    s.stage == Stage.CONFIRM) and handled.action == "":
                # "my number's 202 555 0176, I'm going outside to call the police, bye": the
                # message has all it needs and the caller is gone: passed on, call ended
                return self._goodbye()
            if leaves and s.task == Task.NONE and handled.text and handled.action == "":
                closing = replies.GOODBYE.format(business=self.config.business_name)
                return Reply(text=f"{handled.text.replace(replies.ANYTHING_ELSE, '')}"
                                  f"{closing}".replace("  ", " "), action="hang_up")
            return handled
        if learned:
            s.misses = 0
            name = replies.first_name(s.caller_name) if s.caller_name else ""
            thanks = f"Thanks, {name}." if name else "Thanks."
            if s.stage == Stage.QUALIFY and s.questions:
                s.requalified += 1
                if s.requalified >= 2:  # passed over twice: not asked a third time
                    s.questions.pop(0)
                    s.requalified = 0
                    return self._next(thanks)
            return self._ask(f"{thanks} {s.last_prompt}".strip(), prompt=s.last_prompt)
        return None

    def _visit_instead_of_message(self, raw: str, text: str) -> bool:
        """'Could I come in Monday at eleven instead?' while a routine message is taken: a
        visit asked for at a time, which the flow books instead (a call back asked for at a
        time is still the message)."""
        s = self.state
        if s.task != Task.MESSAGE or s.urgent or s.stage not in (
                Stage.ASK_NAME, Stage.ASK_NUMBER, Stage.CONFIRM_CALLER_ID, Stage.CONFIRM):
            return False
        if intents.wants_message(text) or _CALL_ME.search(text):
            return False
        when = parse_when(raw, now=self.now(), date_order=self.date_order)
        # ("I need my yearly physical" in the message, then "Friday the 13th at ten, please")
        # (not "I need my attorney to call me back about the lease": a call back is the message)
        needed = bool(_NEEDS.search(clean(s.reason))) and match_service(
            self.config, s.reason) is not None and not (
            intents.wants_message(clean(s.reason)) or _CALL_ME.search(clean(s.reason)))
        return when is not None and (when.single_day is not None or when.at is not None) and (
            bool(_A_VISIT.search(text)) or needed)

    def _check_goodbye(self, raw: str, text: str) -> Reply | None:
        if not intents.says_goodbye(text) or _JUST_THAT.search(_FILLERS.sub(" ", text)) and not (
                _FAREWELL_WORD.search(text)):
            # ("I'd like the dentist to look at the loose crown, that's all.": only that, asked)
            return None
        s = self.state
        if s.task == Task.MESSAGE and not s.urgent and intents.never_mind(text):
            # "I'll call back later with my son. Thank you, bye.": the caller will ring again
            # themselves; the message they did not finish is not sent in their place
            s.reset_task()
        return self._goodbye()

    def _check_objection(self, raw: str, text: str) -> Reply | None:
        s = self.state
        handler = objection(self.config, raw)
        if not handler or (s.stage == Stage.CHOOSE_SLOT and (intents.wants_sooner(text)
                                                             or intents.wants_later(text))):
            return None
        if not s.offered and intents.wants_sooner(text) and parse_when(
                raw, now=self.now(), date_order=self.date_order) is not None:
            # "do you have anything sooner? This Friday afternoon?" before any time was
            # offered: a day asked for, searched, not an objection to times never given
            return None
        if (asks_price(text) or _CHEAPER.search(text)) and match_service(
                self.config, raw) is not None:
            # "How much are flu shots if I don't have insurance?", "is there a cheaper option,
            # like just a single color?": the price of what was named comes first, then what
            # the business says to the objection
            handler = f"{price_answer(self.config, raw)} {handler}"
        if intents.never_mind(text) or re.search(r"\bthink\b|\bcheck\b", text):
            s.reset_task()
            s.stage = Stage.ANYTHING_ELSE
            return Reply(text=handler, kind="knowledge")
        return self._with_pending(handler, "knowledge")

    def _check_never_mind(self, raw: str, text: str) -> Reply | None:
        s = self.state
        declined = intents.declines_booking(text) and (
            s.task in (Task.BOOK, Task.RESCHEDULE) or s.offer == Offer.BOOK)
        if not (intents.never_mind(text) or declined) or (
                s.task == Task.NONE and s.offer == Offer.NONE):
            return None
        if s.task == Task.RESCHEDULE and intents.wants_cancel(text):
            # "Just cancel it, I'll call another time to rebook.": the move becomes the
            # cancellation asked for, not nothing
            return None
        if (intents.wants_message(text) or intents.wants_human(text)) and s.task != Task.MESSAGE:
            # "I don't want to book yet, just have someone ring me about it", "I require a word
            # with the listing agent, it is not a matter for an appointment": the booking is
            # dropped for the message asked for instead
            return None
        if s.task != Task.MESSAGE and _CALL_ME.search(text) and (
                declined or _NO_VISIT.search(text)):
            # "I don't need an appointment, just a call back if the vet wants to see her": the
            # message instead, about what the booking was for
            reason = s.reason
            s.reset_task()
            s.reason = reason
            return self._start_message(raw)
        if s.task == Task.MESSAGE and (intents.declines_booking(text) or _NO_VISIT.search(
                text)) and (intents.wants_message(text) or _CALL_ME.search(text)):
            # "I don't want to book anything, just a call back, please." while the message is
            # taken: the message is what they want, not nothing
            return None
        had_booking = s.task in (Task.BOOK, Task.RESCHEDULE)
        s.reset_task()
        s.stage = Stage.ANYTHING_ELSE
        done = "No problem, I won't book anything." if had_booking else "No problem."
        return self._ask(f"{done} {replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)

    def _number_for_the_booking(self, raw: str, text: str) -> bool:
        """"Call me back on my office line, two one two ..." while a time is being booked:
        where the booking's confirmation reaches them, not a message instead of the booking."""
        if self.state.task not in (Task.BOOK, Task.RESCHEDULE) or (
                self.state.chosen is None and not self.state.offered) or not _BACK_ON.search(text):
            return False  # (before a time is offered, a call back asked for is a message)
        gives = find_phone_number(raw, region=self.region) is not None or _OWN_LINE.search(text)
        return bool(gives) and not intents.wants_message(_BACK_ON.sub(" ", text))

    def _check_person(self, raw: str, text: str) -> Reply | None:
        if self.state.task == Task.NONE and "law" in (self.config.profession or "") and (
                _A_LAWYER.search(text)) and not intents.named_person(raw) and not (
                _NOW.search(text)):
            # "I think I need to talk to a lawyer": at a law firm, what it offers (a
            # consultation), not a person to be put through to
            return self._start_booking(raw)
        return self._transfer(raw) if (intents.wants_human(text)
                                       or intents.named_person(raw)) else None

    def _check_out_of_scope(self, raw: str, text: str) -> Reply | None:
        if not intents.out_of_scope(text):
            return None
        return self._with_pending(replies.OUT_OF_SCOPE.format(
            business=self.config.business_name), kind="guard")

    def _check_new_task(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if s.task == Task.NONE and s.offer == Offer.NONE and intents.called_by_the_business(
                text) and not (intents.wants_booking(text) or intents.wants_cancel(text)
                or intents.wants_reschedule(text) or intents.wants_human(text)):
            # "I have a missed call from this number, do you know what it was about?",
            # "I'm returning the vet's call": who called and why is the team's to say (never
            # guessed); a message so they call back
            s.offer = Offer.MESSAGE
            s.reason = s.reason or raw.strip()
            question = replies.OFFER_MESSAGE
            # ("the vet left me a voicemail about Milo's bloodwork": who and why already known)
            lead = ("Thanks for calling back." if intents.knows_why_they_were_called(text)
                    else "I can't see who called you from here, I'm afraid.")
            return self._ask(f"{lead} {question}", prompt=question)
        if s.task == Task.NONE and s.offer == Offer.NONE and intents.asks_a_promise(text):
            # "Can you promise me it'll be ready by five today?": not the receptionist's to
            # promise; the team asked to call back about it
            return self._offer_for_problem(
                raw, Offer.MESSAGE, "I'm not able to promise that myself, but the team can tell "
                "you.", replies.OFFER_MESSAGE)
        if s.task == Task.NONE and intents.asks_private_number(text):
            # "could you give me Doctor Alvarez's personal cell?": never given out; a message
            # for them offered instead
            return self._offer_for_problem(
                raw, Offer.MESSAGE, "I'm sorry, I can't give out anyone's personal number.",
                replies.OFFER_MESSAGE)
        if s.task == Task.NONE and s.moved_from is not None and s.booked_slot is not None and (
                intents.wants_cancel(text)) and _THE_OLD_ONE.search(text):
            # "... moved to Saturday at eleven. Cancel the old slot.": the move cancelled it
            # already; the new booking is never the one cancelled
            return self._ask(f"Your old appointment, {s.moved_from.spoken()}, is already "
                             f"cancelled, and you're booked for {s.booked_slot.spoken()}. "
                             f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)
        if s.stage == Stage.ANYTHING_ELSE and s.booked_slot is not None and (
                s.task == Task.NONE) and (_BOOK_IT.search(text) or _MOVE_IT_AGAIN.search(
                    text)) and not _DOUBTS.search(text) and self._the_booking_made(raw):
            # "Yes, that's right, please book it." just after "You're all set" (or "yes,
            # please move it" after a move): the booking already made, said again, not a new one
            return self._ask(f"Yes, that's booked: {s.booked_slot.spoken()}. "
                             f"{replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)
        if s.task == Task.NONE and s.cancelled_slot is not None and intents.wants_cancel(
                text) and not intents.wants_reschedule(text) and self._names_cancelled(raw):
            # "Yes, please cancel the Thursday the twelfth ten o'clock appointment." just after
            # it was cancelled: done already, never a booking of the slot now free
            return self._ask(f"That's done: your appointment on {s.cancelled_slot.spoken()} is "
                             f"cancelled. {replies.ANYTHING_ELSE}", prompt=replies.ANYTHING_ELSE)
        if s.stage == Stage.ANYTHING_ELSE and s.booked_slot is not None and (
                s.task == Task.NONE) and _SAME_AS_BOOKED.search(text) and not (
                    intents.another_booking(text) or is_question(raw)) and (
                        self._the_booking_made(raw)
                        or str((match_service(self.config, raw) or {}).get("name")) == s.service
                        or not s.service) and parse_when(
                            raw, now=self.now(), date_order=self.date_order) is None:
            # "It's the same service, the men's haircut, and the same number, the one I'm
            # calling from." just after the booking was made or moved: what it already is
            return self._ask(f"Thanks, that's all as it was: you're booked for "
                             f"{s.booked_slot.spoken()}. {replies.ANYTHING_ELSE}",
                             prompt=replies.ANYTHING_ELSE)
        if s.task == Task.CANCEL and s.stage == Stage.CONFIRM and self._plainly_cancels("") and (
                intents.wants_booking(text) or self._needs_a_service(raw, text)) and not (
                intents.wants_reschedule(text) or _KEEP_IT.search(text)):
            # "please cancel Saturday at eleven" ... "while I have you, I'd like a haircut on
            # Thursday": the cancellation asked for in so many words is done, then the booking
            done = self._commit_cancel(rebook=False)
            if s.task != Task.NONE or s.stage != Stage.ANYTHING_ELSE or not (
                    done.text or "").startswith("Done"):
                return done  # it could not be cancelled: the caller hears why
            s.stage = Stage.LISTENING
            cancelled = (done.text or "").replace(f" {replies.ANYTHING_ELSE}", "")
            booking = self._start_booking(raw)
            return Reply(text=f"{cancelled} {booking.text or ''}".strip(), action=booking.action,
                         kind=booking.kind)
        latest = intents.last_said(text)
        if latest != text and s.task not in (Task.CANCEL, Task.RESCHEDULE):
            # "I was going to move it to next week, but actually, just cancel it": what the
            # caller settled on, after their own correction
            if self._cancels(latest) or (intents.wants_to_call_off(latest) and not (
                    intents.says_move(latest)) and self._existing_task(text) is not None):
                return self._start_existing(raw, Task.CANCEL)
            if intents.wants_reschedule(latest):
                return self._start_existing(raw, Task.RESCHEDULE)
        if s.task == Task.NONE and s.offer == Offer.NONE and intents.confirms_booking(text) and (
                not intents.wants_cancel(text) and not intents.wants_reschedule(text)):
            return self._confirm_existing(raw)
        if s.task == Task.NONE and intents.running_late(text) and not (
                intents.wants_cancel(text) or intents.wants_reschedule(text)
                or intents.says_move(intents.without_refusals(text))):
            # "I got the reminder for ten forty today and I'm stuck in traffic": word for the
            # team that they are on the way, not a move
            return self._start_message(raw)
        existing = self._existing_task(text)
        if existing is not None:
            return self._start_existing(raw, existing)
        if intents.wants_reschedule(text):
            return self._start_existing(raw, Task.RESCHEDULE)
        if self._cancels(text):
            return self._start_existing(raw, Task.CANCEL)
        if intents.wants_message(text) and not self._number_for_the_booking(raw, text):
            return self._start_message(raw)
        if s.task == Task.NONE and s.offer == Offer.NONE and intents.refers_to_booked(text) and (
                not is_question(raw)) and not _TAKES_A_TIME.search(text):
            # "I have a showing Friday at three for the condo": the booking they have, not a
            # new one; what they want done with it comes next
            question = "Would you like to move it to another time, or cancel it?"
            return self._ask(f"Sure, I can help with your appointment. {question}",
                             prompt=question)
        if s.task not in (Task.BOOK, Task.RESCHEDULE) and not (
                s.task == Task.MESSAGE and (s.urgent or _NO_VISIT.search(text) or (
                    # "I'd like someone to call me back" ... "starting around eight if the
                    # stylists can come in early": the call back asked for stays the message,
                    # unless a booking or a visit is asked for in so many words
                    any(_CALL_ME.search(clean(line)) for line in s.heard[:-1])
                    and not (_BOOK_WORD.search(text) or _A_VISIT.search(text))))) and (
                # an urgent message is taken first: "should I bring him in today?" does not
                # turn an emergency into a booking
                intents.wants_booking(text) or (s.task == Task.NONE and self._asks_for_time(raw))
                or (s.task == Task.NONE and self._needs_a_service(raw, text))
                or self._visit_instead_of_message(raw, text)):
            return self._start_booking(raw)
        # no request in the words the patterns know: what the intent model reads in the line
        # (the whole line first, then each of its sentences: "Is my car ready? It's the blue
        # Jeep I dropped off Thursday" asks in its first)
        if s.task == Task.NONE and s.offer == Offer.NONE and not _WH_QUESTION.match(text) and not (
                # "Do you work on Ford trucks? I've got a 2019 F-150.": what is left beside a
                # question just answered is its context; only words that ask for something
                # start a task from it, never the model's nearness to one
                self._beside_answers) and not (
                # "It's 88 Cedar Court, 10001.": where, not what they want
                gives_address(raw) and not describes_something(without_address(raw))):
            sentences = split_sentences(raw)
            for part in [raw, *(sentences if len(sentences) > 1 else [])]:
                if _WH_QUESTION.match(clean(part)) or (
                        _ASKS_IF_NEEDED.search(clean(part)) and part.rstrip().endswith("?")):
                    # ("do I need an appointment for that, or can I just walk in?": how it
                    # works, asked; no task the model may find near it)
                    continue
                for label, start in _MODEL_TASKS:
                    if label == "human" and _DEFERS.search(clean(part)):
                        continue  # the choice left to the trade's person, no one asked for
                    if self._means(part, label, MODEL_TASK_SCORE):
                        return start(self, raw)
            what = self._without_names(raw)
            if not is_question(raw) and describes_something(what) and self._means(
                    what, "emergency", MODEL_TASK_SCORE):
                # a problem the model reads as urgent and the safety check did not ("no hot
                # water since yesterday, nothing is leaking"): someone should come and look
                return self._start_booking(raw)
            if not is_question(raw) and describes_something(raw):
                # a problem told in the caller's own words that no pattern places ("there's no
                # pressure in the upstairs shower only", "something's odd on my invoice"): what
                # the business can do about it is offered, never a model's guess
                about_us = bool(_ABOUT_THE_BUSINESS.search(text))
                if about_us and self._means(raw, "complaint", PROBLEM_SCORE):
                    return self._offer_for_problem(
                        raw, Offer.MESSAGE, "I'm sorry about that. I can take a message so "
                        "someone from the team calls you back about it.",
                        "Would you like me to do that?")
                if any(self._means(raw, label, PROBLEM_SCORE) for label in ("book", "complaint")):
                    return self._offer_for_problem(
                        raw, Offer.BOOK, "I can book you an appointment so the team can look "
                        "into that, or take a message for them.", "Would you like me to book that?")
        return None

    def _names_cancelled(self, raw: str) -> bool:
        """Whether the line names no day and time but the booking just cancelled."""
        slot = self.state.cancelled_slot
        when = parse_when(raw, now=self.now(), date_order=self.date_order)
        if when is None or slot is None:
            return when is None
        local = slot.local_start
        return when.single_day == local.date() and when.at in (None, local.time())

    def _the_booking_made(self, raw: str) -> bool:
        """Whether the line names nothing but the booking just made: no time and no service,
        or its own day and time ("Yes, Saturday the 14th at 10 AM for the consultation, please
        book it." just after it was booked) with its service or none."""
        s = self.state
        start = s.booked_slot.local_start if s.booked_slot else None
        # ("Yes, the noon showing. Go ahead and book it.": a time alone is the booking's day)
        when = parse_when(raw, now=self.now(), date_order=self.date_order, expect_time=True,
                          default_day=start.date() if start else None)
        service = match_service(self.config, raw)
        if when is None:
            return service is None
        return start is not None and when.single_day == start.date() and when.at is not None and (
            when.at == start.time().replace(second=0, microsecond=0)) and (
            service is None or str(service["name"]) == s.service or not s.service)

    def _offer_for_problem(self, raw: str, offer: Offer, lead: str, question: str) -> Reply:
        """Offer what the business can do about a problem the caller told; what they said since
        the last task is kept as what it is about."""
        s = self.state
        s.offer = offer
        s.reason = s.reason or self._topic_reason() or raw.strip()
        return self._ask(f"{lead} {question}", prompt=question)

    def _existing_task(self, text: str) -> Task | None:
        """A move or a cancellation of the booking the caller has described, in this line or
        one since the last task ("I've got a cleaning Thursday at ten" ... "I can't make it
        now"): the wish on its own names nothing, the description says what it is about."""
        s = self.state
        if s.task in (Task.CANCEL, Task.RESCHEDULE):
            return None
        text = intents.without_refusals(text)  # ("I don't want to change the appointment")
        if intents.running_late(text) and not (intents.says_move(text)
                                               or intents.wants_cancel(text)):
            return None  # ("won't be home until eleven thirty": late, not another time)
        if not (intents.refers_to_booked(text) or any(
                intents.refers_to_booked(clean(line)) for line in s.topic[:-1])) and not (
                intents.had_a_booking(text) and (intents.wants_to_call_off(text)
                                                 or intents.wants_to_change(text))):
            return None
        if intents.wants_to_call_off(text) and not intents.says_move(text):
            return Task.CANCEL  # "I can't make it, so please cancel it"
        if intents.wants_to_change(text):
            return Task.RESCHEDULE
        return None

    def _switch_service(self, raw: str, text: str) -> None:
        """'Then can I book the free color consultation?' while booking a color correction:
        the service the caller now asks to book replaces the one before (a slot already chosen
        for the other is chosen again)."""
        s = self.state
        if s.task not in (Task.BOOK, Task.RESCHEDULE) or not s.service or not (
                intents.wants_booking(text)):
            return
        found = match_service(self.config, raw)
        if found is not None and any(match_service(self.config, line) == found
                                     for line in s.queued):
            return  # ("my flu shot at four, please book both": the next booking's service)
        if found is not None and str(found["name"]) != s.service:
            s.service = str(found["name"])
            if s.chosen is not None:  # the time chosen is asked for again, for this service
                start = s.chosen.local_start
                s.requested = When(day_from=start.date(), day_to=start.date(),
                                   at=start.time().replace(tzinfo=None),
                                   day_phrase=day_phrase(start.date(), self.today))
            s.chosen, s.offered = None, []

    def _needs_a_service(self, raw: str, text: str) -> bool:
        """"I need an oil change on my 2020 Mazda", or tersely "Vaccines. Two dogs.": one of
        the business's services, said as a need or named on its own (not asked about: "how much
        is an oil change?" is a question)."""
        terse = len(words(raw)) <= _TERSE and not _TALK_OF.search(text)
        if bool(_NEEDS.search(text) or terse) and not is_question(raw) and not asks_price(
                text) and (match_service(self.config, raw) is not None or (
                terse and bool(_VISIT.search(text)))):
            return True
        # "We just got a kitten and he needs his vaccines. Oh, and can you chip him too?": the
        # need said in a sentence of its own, beside a question
        sentences = split_sentences(raw)
        return len(sentences) > 1 and any(
            _NEEDS.search(clean(x)) and not is_question(x) and not asks_price(clean(x))
            and match_service(self.config, x) is not None for x in sentences)

    def _cancels(self, text: str) -> bool:
        """A cancellation asked for. Inside another task only one that names something booked
        here counts: "I'll cancel my gym class for it" while booking is a detail, not a
        request."""
        # ("cancel my tire rotation on Friday": one of the business's services, booked)
        named = _CANCEL_MY.search(text)
        a_service = bool(named) and match_service(self.config, named.group("what")) is not None
        if self.state.task == Task.NONE:  # (a cancel of nothing named is asked about)
            return intents.wants_cancel(text) and (intents.cancels_a_booking(text) or a_service
                                                   or not intents.wants_booking(text))
        return intents.cancels_a_booking(text) or a_service

    def _unanswered(self, raw: str, reply: Reply) -> str:
        """The question in the caller's line that nothing answered while the flow went on with
        what else it asked for (a visit, a message), or ''. Only a question about the business
        or the matter counts: not a request, a time, a price, the hours or the call itself."""
        if reply.kind != "flow" or not reply.text or reply.action:
            return ""
        for sentence in split_sentences(raw):
            text = clean(sentence)
            if find_phone_number(sentence, region=self.region) or offered_name(sentence):
                continue  # ("Can you use 415 555 0187 instead?": a detail given, as a question)
            if not sentence.strip().endswith("?") or len(words(sentence)) < UNANSWERED_WORDS or (
                    self._asks_to_act(sentence)) or parse_when(
                    sentence, now=self.now(), date_order=self.date_order) is not None or (
                    process_question(sentence)) or asks_price(text) or asks_hours(text) or (
                    intents.wants_booking(text)) or intents.asks_what_was_said(text) or (
                    match_service(self.config, sentence) is not None) or self._clause_answers(
                    sentence, faq=True):
                continue
            return sentence.strip()
        return ""

    def _process_read(self, raw: str) -> str:
        """A question about the call the patterns missed, as the intent model reads it (only a
        line that asks something: the model reads a bare name, "David Kim", as "who is this")."""
        if not is_question(raw):
            return ""
        scores = self._reading(raw)
        if scores is None:
            return ""
        top, score = scores.top()
        return top.removeprefix("process_") if top.startswith("process_") and (
            score >= MODEL_TASK_SCORE) else ""

    def _check_offer(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if s.offer == Offer.NONE or s.offered_on == s.turns:
            return None  # (an offer made beside an answer to this line is not answered by it)
        if is_yes(text) or (is_no(text) and not says_none_of(raw)):
            # ("No swelling, the face is normal. Only pain when I drink something cold." to
            # "Would you like me to book that?" tells more; it turns nothing down)
            return self._answer_offer(raw, text)
        # the details the offer needs, given instead of a yes: "I want the manager to call me.
        # My name is Ana Torres." to a message offered; the address or a time to a booking
        gives = bool(offered_name(raw) or find_phone_number(raw, region=self.region))
        if s.offer == Offer.MESSAGE and (gives or intents.wants_message(text)
                                         or re.search(r"\bcall me\b", text)):
            self._absorb_contact(raw)
            return self._answer_offer(raw, "yes")
        if s.offer == Offer.BOOK and (gives or (not is_question(raw) and self._substance(raw)
                                                and not self._beside_answers)):
            # (what is left beside a question just answered, "I want to budget for when we're
            # back", is its context, not a yes)
            self._absorb_contact(raw)
            return self._answer_offer(raw, "yes")
        return None

    def _check_anything_else(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if s.stage != Stage.ANYTHING_ELSE:
            return None
        if is_no(text) or text in ("nope", "no thanks"):
            return self._goodbye()
        if is_yes(text) and len(text.split()) <= 3:
            s.stage = Stage.LISTENING
            return self._ask("Sure, what can I help you with?")
        return None

    def _check_greeting(self, raw: str, text: str) -> Reply | None:
        if not intents.greeting(text):
            return None
        prompt = self.state.last_prompt or replies.HOW_CAN_I_HELP
        return self._ask(f"Hi! {prompt}", prompt=prompt)

    def _check_thanks(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if not intents.thanks(text):
            return None
        if s.task == Task.NONE and s.stage == Stage.ANYTHING_ELSE and s.offer == Offer.NONE:
            # "Okay, thanks so much." to "Anything else?": thanked back, not asked again; the
            # line stays open (only a goodbye ends the call, and silence after this one does)
            return self._ask("You're welcome! Take care.", prompt=replies.ANYTHING_ELSE)
        if s.task == Task.NONE:
            s.stage = Stage.ANYTHING_ELSE
            return self._ask(f"You're welcome! {replies.ANYTHING_ELSE}",
                             prompt=replies.ANYTHING_ELSE)
        return self._with_pending("You're welcome!")

    def _check_contact(self, raw: str, text: str) -> Reply | None:
        s = self.state
        learned = self._absorb_contact(raw)
        if learned and s.task != Task.NONE:
            return self._next("Thanks.")
        if learned and s.caller_name and s.offer == Offer.NONE and not self._residue(raw):
            # "Great. My name is Brianna Castellanos.": an introduction; what was asked before
            # it ("would you like to move it, or cancel it?") is asked again
            s.stage = Stage.LISTENING
            first = replies.first_name(s.caller_name)
            if s.turns > 1 and s.last_prompt and s.last_prompt not in (
                    replies.HOW_CAN_I_HELP, replies.ANYTHING_ELSE):
                return self._ask(f"Thanks, {first}. {s.last_prompt}", prompt=s.last_prompt)
            return self._ask(f"Nice to meet you, {first}. How can I help you today?",
                             prompt=replies.HOW_CAN_I_HELP)
        if s.task == Task.NONE and s.offer == Offer.NONE and not any(
                is_question(part) for part in split_sentences(raw)) and (
                standing_given(raw)) and len(words(self._without_names(raw))) <= _STANDING_WORDS:
            # "I'm a customer of yours, I've been coming for years.", "We're new here.", "this
            # is rosa delgado, i'm a patient of doctor kim": who they are to the business (kept
            # for the questions a booking asks), not a request
            thanks = (f"Thanks, {replies.first_name(s.caller_name)}." if learned and (
                s.caller_name) else "Thanks for letting me know.")
            return self._ask(f"{thanks} {replies.HOW_CAN_I_HELP}", prompt=replies.HOW_CAN_I_HELP)
        if s.task == Task.NONE and s.offer == Offer.NONE and gives_address(raw) and not any(
                is_question(part) for part in split_sentences(raw)) and not self._has_request(raw):
            # "Fine. It's 88 Cedar Court, 10001.": where the work is, told before anything was
            # asked of them; kept with what they said (a booking's reason is read from it) and
            # the visit it is for offered
            s.offer = Offer.BOOK
            question = "Would you like me to book an appointment?"
            return self._ask(f"Thanks, I've noted the address. {question}", prompt=question)
        return None

    def _check_missed(self, raw: str, text: str) -> Reply | None:
        # a question anywhere in the line ("Do you work on Volkswagens, by the way? It's a
        # 2012 Jetta.") is answered, never met with "I didn't catch your name"
        s = self.state
        if s.task != Task.NONE and not any(is_question(part) for part in split_sentences(raw)):
            repeated = self._said_again(raw)
            if repeated:
                return self._with_pending(repeated)
            if s.task in (Task.BOOK, Task.RESCHEDULE) and s.stage in (
                    Stage.ASK_TIME, Stage.CHOOSE_SLOT) and len(words(raw)) >= 4 and (
                    self._substance(raw)):
                # "The other driver was Curtis Whitfield, his insurer is Granite Mutual": more
                # about the matter, said while a time is asked for; noted, not "sorry"
                if s.task == Task.BOOK:
                    self._add_to_reason(raw)
                return self._noted()
            if s.task in (Task.BOOK, Task.MESSAGE) and s.stage in (
                    Stage.ASK_NAME, Stage.CONFIRM_CALLER_ID) and len(
                    words(raw)) >= DETAIL_WORDS and self._substance(raw) and not (
                    find_phone_number(raw, region=self.region)):
                # "My insurance says they never got the pre-authorization..." to "your name?",
                # "the pharmacy is the walgreens on main street" to "is this number best?":
                # what the visit or the message is about, kept; the question put again (to
                # "your number?" such a line is met by offering the number called from)
                self._add_to_reason(raw)
                return self._noted()
            return self._missed()
        return None

    def _said_again(self, raw: str) -> str:
        """"Sorry, I repeat myself: Thursday the 19th at nine, and my name": a line that only
        says again the time already chosen (and maybe the name given) is acknowledged with what
        the call holds, not met with "I didn't catch that"."""
        s = self.state
        if s.chosen is None or s.stage not in (Stage.ASK_NAME, Stage.CONFIRM_CALLER_ID,
                                               Stage.ASK_NUMBER):
            return ""
        when = parse_when(raw, now=self.now(), date_order=self.date_order)
        if when is None or not self._chosen_fits(when):
            return ""
        slot = replies.slot_phrase(s.chosen, self.today)
        return f"Yes, that's {slot}."


class FlowRunner:
    """Runs the flow once per caller turn, and answers a turn given twice from the same start.

    LiveKit may start a reply before the caller has finished (preemptive generation) and throw
    it away when they go on talking; the same turn then comes again with the longer line. The
    runner keeps the state from before the turn and undoes what the thrown-away reply wrote, so
    a half-heard "yes" never leaves a booking behind.
    """

    def __init__(self, flow: CallFlow) -> None:
        self.flow = flow
        self._turn: object = None
        self._before: FlowState | None = None

    def respond(self, turn: object, text: str) -> Reply:
        if turn == self._turn and self._before is not None:
            self._undo()
            restored = copy.deepcopy(self._before)
            for f in fields(FlowState):
                setattr(self.flow.state, f.name, getattr(restored, f.name))
        else:
            self._turn = turn
            self._before = copy.deepcopy(self.flow.state)
        self.flow.effects = []
        return self.flow.respond(text)

    def _undo(self) -> None:
        for kind, pk in reversed(self.flow.effects):
            if kind == "appointment":
                Appointment.objects.filter(pk=pk).delete()
            elif kind == "message":
                CallbackMessage.objects.filter(pk=pk).delete()
            elif kind == "cancelled":
                Appointment.objects.filter(pk=pk).update(status=Appointment.Status.BOOKED,
                                                         cancelled_at=None,
                                                         cancelled_by_call=None)
        self.flow.effects = []
