"""What code must answer whatever else a line says: attempts to reach the instructions or other
callers' data, the trade's emergencies, advice the trade must not give, another language."""

from __future__ import annotations

import re

from agent_worker.flows import intents, replies, when
from agent_worker.flows.base import (
    _ANSWER_STAGES,
    FlowBase,
    Reply,
)
from agent_worker.flows.knowledge import asks_price, match_service
from agent_worker.flows.location import without_address
from agent_worker.flows.names import INTRODUCED, caller_name, offered_name
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.state import Offer, Stage, Task
from agent_worker.flows.text import (
    clean,
    is_no,
    is_question,
    is_yes,
    split_sentences,
    words,
)
from agent_worker.guardrails import forbidden_advice

# An emergency is the trade's patterns (intents.emergency) or the intent model's top reading at
# this probability or more. Chosen on bench/intent_dev_set.py (`bench/intent_model.py
# --emergency`: the best recall at precision >= 0.95; 1.000 / 0.946 on its routine-vs-emergency
# block). The first bank read routine problems as emergencies ("My gums bleed when I brush"
# 1.00), so the model was kept out until the bank learnt them (bench: emergency_precision).
EMERGENCY_SCORE = 0.595
# a line in another language: its emergencies score 0.999 ("Meu cachorro comeu chocolate"), its
# ordinary requests up to 0.64 ("Hi, olá bom dia ... marcar a vacina do meu cachorro")
FOREIGN_EMERGENCY_SCORE = 0.9


# A line that asks for advice, not for something to be done.
_ASKS_ADVICE = re.compile(r"\b(should i|should we|do i need|is it (?:safe|ok|okay|normal|bad)|"
                          r"can (?:i|we) (?:just |still |also )?(?:take|give|use|sue|win)|"
                          r"how (?:much|many) (?:should|can)|"
                          r"what (?:should|can) i (?:take|give|do)|is (?:this|that|it) "
                          r"(?:infected|serious|broken)|do you think|would you recommend|"
                          r"what do you recommend|yes or no|will i win|do i have a case|"
                          r"(?:can|could) i (?:sue|win)|(?:walk|talk) me through|myself|"
                          r"safe to|worth|sell for|what'?s wrong|how (?:do|can) i|"
                          r"chances? (?:of|to|at|are))\b")


# a name given after "my name is" in any case (the name itself: one or two words)
_NAME_GIVEN = re.compile(r"(?i)\b(?:my |the |his |her )?name(?:'s| is|s) [\w'-]+(?: [\w'-]+)?")
# said of an emergency: whether it is real, whether it can wait, whether to go on as planned
_DOUBT = re.compile(r"\b(?:are you sure|is (?:that|it|this) (?:normal|bad|dangerous|a "
                    r"problem|an emergency)|(?:can'?t|can|could|couldn'?t) (?:i|we) (?:just |"
                    r"still )?(?:wait|hold off|leave it|bring|come|drive|take|book)|(?:wait|hold "
                    r"off) (?:until|till|for|and see)|still (?:book|come|make|bring|drive)|"
                    r"what (?:do|should|can) (?:i|we) do|do (?:i|we) (?:still )?(?:need|have) to)"
                    r"\b")
# said before the safety line when a caller asks what to do about their emergency
NO_ADVICE = "I'm not able to advise on that over the phone."
_DETAIL_STAGES = frozenset({Stage.ASK_NAME, Stage.ASK_NUMBER, Stage.CONFIRM_CALLER_ID,
                            Stage.CONFIRM, Stage.ASK_CHANGE})


# a routine visit asked for ("my blood pressure check", "a follow-up", "her annual shots"): the
# intent model's nearness to an emergency is not taken over it, unless the line says it is acute
_ROUTINE_VISIT = re.compile(r"\b(?:check|checkup|check-up|check up|follow-?up|follow up|"
                            r"physical|annual|routine|yearly|screening|vaccin\w*|shots?|"
                            r"cleaning|appointment|"
                            # ("I need a doctor to keep an eye on my blood pressure, I just moved")
                            r"keep an eye on|monitor\w*|manag\w*|ongoing|long[- ]term|chronic|"
                            r"new (?:doctor|patient|provider)|primary care|establish care)\b")
_ACUTE = re.compile(r"\b(?:right now|now|today|tonight|severe|worst|can'?t|cannot|bleeding|"
                    r"emergency|urgent|sudden\w*|collaps\w*|unconscious|swallowed|ate|"
                    r"breath\w*|chest|numb\w*|faint\w*|seizure|won'?t stop)\b")


# a question that starts by asking what, how, when... (not for something to be done)
_WH_ASKED = re.compile(r"^(?:(?:so|and|roughly|just|hi|hello|hey|ok|okay|um|uh|well|quick "
                       r"question)[,\s]+)*(?:what|how|when|where|which|who|why)\b")


# names given, the caller's or a pet's: "the dog's name is Pepper", "and I'm Curtis Vandermeer"
_INTRODUCING = re.compile(r"(?i:\b(?:(?:my|the|our|his|her|their) [\w]+'?s name is|"
                          r"(?:his|her|their) name is|my name is|my name'?s|name'?s|i'?m|i am|"
                          r"this is|it'?s|call me))\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|"
                          r"(?i:\b(?:hi|hello|hey|and|so|yes|yeah|okay|ok)\b)")
def describes_something(raw: str) -> bool:
    """Whether a line says more than who is calling and for whom: the intent model reads a bare
    introduction at a vet's ("my puppy's name is Olive and I'm Grace Park") as an emergency."""
    return len(words(_INTRODUCING.sub(" ", raw))) >= 4


# what is going on as the caller speaks, beside something that happened before
# medicine about to run out, said without the word "refill"
_RUNNING_OUT = re.compile(r"\b(?:pills?|meds|medication|medicine|tablets?|prescription)\b[^.!?]*"
                          r"\b(?:almost (?:finish\w*|out|gone|done|empty)|running (?:low|out)|"
                          r"(?:\w+ )?days? left|last (?:few|one|pill|dose))\b|"
                          r"\b(?:almost|nearly) (?:finish\w*|out|gone|empty)\b[^.!?]*\b(?:pills?|"
                          r"meds|medication|medicine|tablets?)\b")
_STILL = re.compile(r"\b(?:now|right now|still|currently|getting worse|worse|won'?t stop|"
                    r"can'?t (?:breathe|stop|move|get)|keeps?|is (?:bleeding|swelling|"
                    r"spreading|leaking|flooding|burning))\b")


class Safety(FlowBase):
    """Guards run on every line before anything else."""

    def _guards(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if intents.injection(raw):
            refused = replies.INJECTION.format(business=self.config.business_name)
            if (s.last_reply or "").startswith(replies.INJECTION_AGAIN):
                refused = replies.INJECTION_AGAIN  # asked again: no need to list it all again
            return self._with_pending(refused, kind="guard")
        if self.config.profession == "home_services" and intents.water_near_power(raw) and (
                replies.WATER_NEAR_POWER not in (s.last_reply or "")):
            # "the water go near the plug in the wall": the template's warning first, then the
            # emergency (or the urgent message already being taken, with this in it)
            if s.urgent and s.task == Task.MESSAGE:
                if raw.strip() not in s.reason:
                    s.reason = f"{s.reason} {raw.strip()}".strip()
                return self._with_pending(replies.WATER_NEAR_POWER, kind="guard")
            reply = self._emergency(raw)
            return Reply(text=f"{replies.WATER_NEAR_POWER} {reply.text}", action=reply.action,
                         kind="guard")
        if s.urgent and s.message_taken and s.task == Task.NONE and intents.says_farewell(
                text) and (intents.emergency(self.config.profession, raw)
                           or self._model_emergency(raw)):
            # "I have to go, the ambulance is coming. Bye." once the urgent message is passed
            # on: the safety line, and the caller let go (not a second message)
            closing = replies.GOODBYE.format(business=self.config.business_name)
            return Reply(text=f"{self._safety_line()} {closing}", action="hang_up", kind="guard")
        if (intents.emergency(self.config.profession, raw) or self._model_emergency(raw)) and not (
                s.urgent and s.task == Task.MESSAGE):
            return self._emergency(raw)
        if s.urgent and s.task == Task.MESSAGE and not s.warned_again and ((intents.emergency(
                self.config.profession, raw) and intents.happening_now(raw)) or (
                    intents.not_made_safe(raw))):
            # "Actually, it's happening right now, a crushing pain in my chest", "I can't find
            # the shut-off, the water's still coming": the emergency told anew, worse, or not
            # made safe: the safety line again (once), kept in the message
            s.warned_again = True
            if raw.strip() not in s.reason:
                s.reason = f"{s.reason} {raw.strip()}".strip()
            if s.stage in _DETAIL_STAGES and (offered_name(raw) or find_phone_number(
                    raw, region=self.region) or caller_name(raw)):
                # ("I can't find the shut-off. My name is Lauren Fisher, call me on this
                # number."): the safety line again, and the details given taken
                self._take_contact(raw)
                reply = self._next(self._safety_line())
                return Reply(text=reply.text, action=reply.action, kind="guard")
            return self._with_pending(self._safety_line(), kind="guard")
        if s.urgent and s.task == Task.MESSAGE and s.stage == Stage.CONFIRM and (
                intents.says_farewell(text)):
            # "I'll turn the water off upstairs and wait for your call. Bye." at the read-back:
            # what they will do, and goodbye; the message goes on as read (the farewell's)
            return None
        if s.urgent and s.task == Task.MESSAGE and self._doubts_the_emergency(raw):
            # "should I make him throw up?", "can't I just wait till tomorrow?", "is it okay to
            # turn the lights on?": no verdict, the safety line again, and the message goes on
            return self._with_pending(f"{NO_ADVICE} {self._safety_line()}", kind="guard")
        if self._asks_advice(raw) and not self._requests_something(raw):
            if s.task == Task.NONE:
                s.offer = Offer.BOOK
                s.last_prompt = ""
            return self._with_pending(self.config.safe_alternative
                                      or replies.SAFE_FALLBACK, kind="guard")
        language = self.heard_language if self.heard_language not in ("", "en") else (
            None if is_yes(text) or is_no(text) else intents.other_language(raw))
        if language and language == self.heard_language and self._understood_in_english(raw):
            language = None
        if language and not (s.task == Task.MESSAGE and s.reason.startswith("Caller speaking")):
            return self._language_handoff(raw, language)
        return None

    def _asks_advice(self, raw: str) -> bool:
        """Whether the line asks what the trade must not advise on, outside its price questions
        ("How much is it to find out what's wrong?" asks a price, not a diagnosis)."""
        if not forbidden_advice(self.config, raw):
            return False
        before = self.state.heard[-2] if len(self.state.heard) > 1 else ""
        return any(forbidden_advice(self.config, x) and not (
            # the price of one of the business's services, named here or the line before
            asks_price(clean(x)) and (match_service(self.config, x) or match_service(
                self.config, f"{before} {x}")) is not None)
            for x in split_sentences(raw))

    def _understood_in_english(self, raw: str) -> bool:
        """A line the recogniser tagged with another language but left in English words (it
        was unsure which language it heard: English with an accent scores low for English)
        that the flow can act on as it stands: a request, a question, a yes or no, a detail it
        asked for. Such a caller is served in English; an English transcript that makes no
        sense still hands off. (A language the recogniser was sure of comes transcribed in it.)
        Measured: bench/language_id.py, English said by Kokoro's Japanese voices."""
        if not raw.isascii() or intents.other_language(raw):
            return False
        text = clean(raw)
        return (is_yes(text) or is_no(text) or self.state.stage in _ANSWER_STAGES
                or self._requests_something(raw)
                or (raw.rstrip().endswith("?") and len(words(raw)) >= 3))

    def _without_names(self, raw: str) -> str:
        """The line without the caller's name: "name's gary lindstrom", "this is uh rosa
        delgado d e l g a d o" (as the recogniser writes it, lowercase, spelled out) is who is
        calling, not what happened, and the intent model must not read it as a problem."""
        raw = _NAME_GIVEN.sub(" ", raw)
        found = caller_name(raw)
        if found:
            for token in found[0].split():
                raw = re.sub(rf"(?i)\b{re.escape(token)}\b", " ", raw)
            raw = re.sub(r"\b(?:[a-zA-Z][\s.-]+){2,}[a-zA-Z]\b", " ", raw)  # its spelling
        return raw

    def _model_emergency(self, raw: str) -> bool:
        """The intent model's emergency, only for a line that describes something: a bare name,
        a number or a yes (its reading of "Maria Lopez" was 'emergency') is never one, nor a
        line that answers a question about the caller's details."""
        s = self.state
        if s.stage in _DETAIL_STAGES or len(words(raw)) < 4 or find_phone_number(
                raw, region=self.region) or is_yes(raw) or is_no(raw):
            return False
        if intents.says_not_urgent(raw) or intents.denies_a_sign(raw):
            return False  # the caller says it is not one (the trade's own patterns still count)
        if s.task == Task.BOOK and s.stage in _ANSWER_STAGES and not (
                _ACUTE.search(clean(raw)) or _STILL.search(clean(raw))):
            # "Other driver name is Brian Kessler, I have the police paper. No court." while a
            # consultation is being booked: details for it, not something happening now
            return False
        if when.PAST.search(clean(raw)) and not _STILL.search(clean(raw)):
            return False  # "I was in a car accident last week": what happened, not happening
        raw = self._without_names(raw)
        if when.parse_when(raw, now=self.now(), date_order=self.date_order) is not None and len(
                words(raw)) <= 8:
            return False  # "Monday the 16th, 9:30 AM.": a time, however the model reads it
        if not describes_something(raw) or not describes_something(without_address(raw)):
            # "The dog's name is Pepper, and I'm Curtis Vandermeer", "I live at 88 Cedar
            # Court": who and where, not what
            return False
        if (re.search(r"\brefills?\b", clean(raw)) or _RUNNING_OUT.search(clean(raw))) and not (
                _STILL.search(clean(raw))):
            # "a refill of her thyroid pills, she's almost out", "he take pills for the heart,
            # the bottle is almost finish, four days left": routine
            return False
        if _ROUTINE_VISIT.search(clean(raw)) and not _ACUTE.search(clean(raw)):
            return False  # "I need to see the doctor for my blood pressure check": routine
        # (a line in another language is held to a higher bar: "Hi, olá bom dia ... marcar a
        # vacina do meu cachorro" scored 0.64, a dog that ate chocolate in Portuguese 0.999)
        return self._means(raw, "emergency", FOREIGN_EMERGENCY_SCORE if intents.other_language(
            raw) else EMERGENCY_SCORE)

    def _requests_something(self, raw: str) -> bool:
        """'I need a refill on my medication, can the doctor call it in?': a request for the
        business to do something (a message, a visit, a person), not a question asking for
        advice, even if it names what the trade must not advise on. (The model's reply, if
        the line reaches one, is still guarded sentence by sentence.)"""
        text = clean(raw)
        asked = [x for x in split_sentences(raw) if is_question(x)]
        if asked and all(forbidden_advice(self.config, x) for x in asked) and not any(
                intents.wants_booking(clean(x)) or intents.wants_message(clean(x))
                for x in asked):
            # "My ex wants to change the custody schedule. Do I have to agree to it?": the
            # advice asked in so many words, whatever the story before it reads like
            return False
        if (intents.wants_message(text) or intents.wants_booking(text)
                or intents.wants_human(text) or intents.wants_cancel(text)
                or intents.wants_reschedule(text)):
            # ("I'd like an agent to call me about what it might be worth": no question asked,
            # a call back about it is)
            return not _ASKS_ADVICE.search(text) or (intents.wants_message(text) and not any(
                is_question(x) for x in split_sentences(raw)))
        if _WH_ASKED.match(text) and is_question(raw):
            return False  # "roughly what does a three-bedroom go for?": asks, whatever it is near
        return any(self._means(raw, label, 0.6) for label in ("message", "book")) and not (
            _ASKS_ADVICE.search(text))

    def _emergency(self, raw: str = "") -> Reply:
        """The trade's emergency, however it was put: the template's safety line, then a
        transfer when someone can take it now, otherwise an urgent message for the owner in the
        caller's own words (never just information)."""
        s = self.state
        s.reset_task()
        self._take_contact(raw)
        if s.for_someone_else:
            # "my son's name is Leo Grant, he was arrested": whom it is about; the urgent
            # message is from the caller, whose own name is asked for
            # ("My name is Karen Holt, his name is Tyler": the caller's own, said with it)
            s.caller_name = offered_name(raw, least=INTRODUCED) or ""
            s.for_someone_else = False
        text = self._safety_line()
        if intents.self_harm(raw) and "988" not in text:
            text = (f"{text} If someone may hurt themselves, please call or text 988, the "
                    "Suicide and Crisis Lifeline, right away.")
        ok, _ = self._can_transfer()
        # what it is about, as the caller put it: the urgent transfer's record, or the message
        s.urgent, s.reason = True, raw.strip()
        # a caller in another language hears first, in it, what happens next
        language = intents.other_language(raw) or (
            self.heard_language if self.heard_language not in ("", "en") else None)
        if ok:
            s.transfer_requested = True
            local = replies.HANDOFF_TRANSFER.get(language or "", "")
            return Reply(text=" ".join(p for p in (
                local, f"{text} I'm putting you through to the team right now, please hold.")
                if p), action="transfer", kind="guard")
        s.task = Task.MESSAGE
        if language:
            spoken = replies.LANGUAGE_NAMES.get(language, language)
            s.reason = f"Caller speaking {spoken}: {s.reason}"
            local = replies.HANDOFF.get(language, "")
            if local:
                text = f"{local} I'm sorry, I can only help in English. {text}"
        reply = self._next(f"{text} I'll take an urgent message so the team calls you back as "
                           "soon as possible.")
        return Reply(text=reply.text, kind="guard")

    def _safety_line(self) -> str:
        """The template's safety sentences (911, the emergency animal hospital, the main valve,
        a tow), or a general one for a trade that has none."""
        sentences = re.split(r"(?<=[.!?])\s+", self.config.safe_alternative or "")
        urgent = [x for x in sentences if re.search(
            r"911|emergency|hospital|tow|gas|leaking|breathing|safe", x, re.IGNORECASE)]
        return " ".join(urgent) or ("This sounds urgent. If anyone is in danger or has "
                                    "trouble breathing, please hang up and call 911.")

    def _doubts_the_emergency(self, raw: str) -> bool:
        """A question put while an urgent message is being taken that asks what to do about the
        emergency, or whether it can wait ("are you sure?", "can I just drive it over?"), as
        opposed to a question about the business or the call, or the details being asked for."""
        if find_phone_number(raw, region=self.region) or offered_name(raw):
            # ("I won't drive it, I'll call a tow. I'm Hannah Ruiz, on this number.": what they
            # decided, and the details asked for)
            return False
        text = clean(raw)
        return bool(_ASKS_ADVICE.search(text) or _DOUBT.search(text))

    def _language_handoff(self, raw: str, language: str) -> Reply:
        s = self.state
        s.reset_task()
        ok, _ = self._can_transfer()
        local = replies.HANDOFF.get(language, "")
        if ok:
            s.transfer_requested = True
            text = " ".join(p for p in (replies.HANDOFF_TRANSFER.get(language, ""),
                                        "One moment, I'll put you through to the team.") if p)
            return Reply(text=text, action="transfer", kind="guard")
        s.task = Task.MESSAGE
        s.reason = f"Caller speaking {replies.LANGUAGE_NAMES.get(language, language)}: {raw}"
        english = ("I'm sorry, I can only help in English. If you leave your name and number, "
                   "someone from the team will call you back.")
        name_question = replies.ASK_NAME
        s.stage = Stage.ASK_NAME
        return self._ask(" ".join(p for p in (local, english, name_question) if p),
                         prompt=name_question, kind="guard")
