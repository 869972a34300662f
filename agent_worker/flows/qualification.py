"""Qualification: the profession template's questions a booking asks (what kind of visit, new
or returning...), asked once per call, in order, the answers kept as the caller said them."""

from __future__ import annotations

import re

from agent_worker.flows.base import (
    _DAYTIME_Q,
    _NAME_Q,
    _REASON_Q,
    MAX_QUESTIONS,
    FlowBase,
    Reply,
    Stage,
)
from agent_worker.flows.knowledge import (
    match_service,
)
from agent_worker.flows.location import HOUSE_NUMBER, NOT_STREET
from agent_worker.flows.names import name_answer
from agent_worker.flows.text import (
    is_no,
    is_question,
    is_yes,
    split_sentences,
)
from agent_worker.flows.when import parse_when
from calls.services import call_details_record


def _option_given(question: str, said: str) -> str:
    """The option of an either/or question ("buy, sell or rent", "drop it off or wait") the
    caller's words already chose, or ''. Only one-word options count, and only when exactly one
    of them was said."""
    found = re.search(r"\b((?:\w+, )*\w+),? or (\w+)\?$", question.lower().strip())
    if not found or not said:
        return ""
    options = [o.strip() for o in found.group(1).split(",")] + [found.group(2)]
    words = set(re.findall(r"[a-z']+", said.lower()))

    def said_it(option: str) -> bool:
        stem = option[:-1] if option.endswith("e") else option
        return any(w == option or (len(stem) >= 3 and w.startswith(stem)
                                   and len(w) <= len(option) + 3) for w in words)
    chosen = [o for o in options if len(o) >= 3 and said_it(o)]
    if not chosen:  # the option in other words ("I want to make an offer on it": to buy)
        chosen = [o for o in options if o in _OPTION_WORDS
                  and re.search(_OPTION_WORDS[o], said.lower())]
    return chosen[0] if len(chosen) == 1 else ""


# an either/or option said in other words
_OPTION_WORDS = {
    "buy": r"\b(?:make|put in|submit|place) an? offer\b|\bpurchas\w*|\bpre-?approv\w*|"
           r"\bmortgage\b|\bfirst[- ]time (?:home ?)?buyer\b|\b(?:see|tour|view) (?:the|a|that|"
           r"this) (?:house|home|condo|property|listing|place)\b",
    "sell": r"\b(?:list|put) (?:my|our) (?:house|home|condo|place|property)\b|\bon the market\b|"
            r"\bwhat (?:my|our) (?:house|home|condo|place|property) is worth\b|\bvaluation\b",
    "rent": r"\blease\b|\btenan(?:t|cy)\b|\bfor rent\b|\brental\b",
}


# a model year as the recogniser writes it: "twenty nineteen", "two thousand and eight",
# "nineteen ninety nine", "twenty oh five"
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_YEAR_IN_WORDS = (rf"(?:twenty (?:(?:oh|o) {_UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                  rf"sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]{_UNIT})?)|nineteen "
                  rf"(?:sixty|seventy|eighty|ninety)(?:[- ]{_UNIT})?|two thousand(?: and)?"
                  rf"(?: {_UNIT}| ten| eleven| twelve| thirteen| fourteen| fifteen| sixteen|"
                  rf" seventeen| eighteen| nineteen)?)")

# Answers callers give before they are asked, for questions every trade asks in its own words:
# (what the question asks, what in the caller's words answers it). The answer kept is the
# caller's own phrase.
# the makes of car callers name, for "a Ford Escape, year 2015"
_MAKES = ("toyota|honda|ford|chevy|chevrolet|nissan|hyundai|kia|subaru|mazda|volkswagen|vw|bmw|"
          "mercedes|audi|lexus|jeep|dodge|gmc|buick|cadillac|tesla|volvo|acura|infiniti|"
          "mitsubishi|porsche|chrysler|lincoln|fiat|jaguar|ram|mini|genesis|land rover")
_KNOWN_ANSWERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\b(been (?:to|seen|here|in)|new (?:patient|client|customer)|before)\b",
                re.IGNORECASE),
     re.compile(r"\b(already (?:a |an )?(?:patient|client|customer)(?: (?:there|here|of yours))?|"
                r"(?:existing|returning|current|regular|established|long-?time|old) (?:patient|"
                r"client|customer)|"
                # "I come to you before", "we came here before": the tense a caller speaking
                # English as a second language may use
                r"(?:i|we|he|she|they) (?:come|came|was|were|went) (?:to you|here|there|to your "
                r"\w+)(?: \w+){0,3}? before|"
                r"(?:i'?ve|we'?ve|i have|we have|he'?s|she'?s|he has|she has|they'?ve|they have) "
                r"been (?:there|here|in|coming|to you|seen)"
                r"(?: \w+){0,5}? before|(?:i'?ve|we'?ve|i have|we have) been before|"
                r"(?:i'?ve|we'?ve|i have|we have) been (?:coming|going) (?:here |there |to (?:you|"
                r"your \w+|the \w+) )?(?:for|since)\b|"
                r"been (?:there|here|in|seen) before|new (?:patient|client|"
                r"customer)|first time|never been (?:there|here|in|before|to you|to your \w+)|"
                r"(?:i'?m|i am|we'?re|we are) (?:brand |totally |completely )?new(?: here| to "
                r"(?:you|your \w+|the \w+))?(?=[\s,.!]|$)|"
                r"been (?:a |your )?(?:patient|client|customer)s?(?: (?:there|here|of yours|with "
                r"you))?|(?:patient|client|customer)s? of yours|"
                r"(?:i'?m|i am|we'?re|we are|he'?s|she'?s|he is|she is) (?:a |an )?(?:patient|"
                r"client|customer)(?: (?:there|here|of yours|with you))?)\b", re.IGNORECASE)),
    # "Do you have a stylist you'd like to see, or is anyone fine?"
    (re.compile(r"\b(?:prefer|preference|like to see|would like|'d like|particular|anyone)\b",
                re.IGNORECASE),
     re.compile(r"\b(?:anyone|anybody|whoever|no preference|(?:it )?doesn'?t matter|(?:i )?don'?t "
                r"mind|any (?:stylist|one|of them|doctor|agent|technician|attorney|lawyer))"
                r"(?: is| would be)?(?: fine| good| ok(?:ay)?| great)?\b", re.IGNORECASE)),
    (re.compile(r"\bemergency\b", re.IGNORECASE),
     re.compile(r"\b(?:no|not an?|isn'?t an?|nothing) (?:emergency|urgent)\b|\bnot urgent\b|"
                r"\bjust (?:a|her|his|their) (?:routine |regular |yearly |annual )?(?:checkup|"
                r"check-up|check up|vaccines?|shots)\b|"
                # a routine visit named as such ("due for her yearly shots", "get him fixed",
                # "he's doing much better"); signs of trouble said with it still ask
                r"\b(?:due for|time for) (?:his|her|their|its) |\b(?:yearly|annual|routine) "
                r"(?:shots|vaccines?|vaccinations?|boosters?)\b|"
                r"\bget (?:him|her|them|it) (?:fixed|neutered|spayed|chipped|microchipped)\b|"
                r"\b(?:doing|feeling|eating) (?:much |a lot |way )?better\b|\bperfectly healthy\b",
                re.IGNORECASE)),
    (re.compile(r"\b(make|model|vehicle)\b", re.IGNORECASE),
     re.compile(rf"\b(?:19[5-9]\d|20[0-4]\d|{_YEAR_IN_WORDS}) [a-z][\w-]*(?: [a-z][\w-]*)?\b|"
                # "It is Ford Escape, year 2015": the make first, the year after it
                rf"\b(?:{_MAKES}) [a-z][\w-]*,? (?:year |model year |from |of )?"
                rf"(?:19[5-9]\d|20[0-4]\d)\b", re.IGNORECASE)),
    (re.compile(r"\baddress\b", re.IGNORECASE),
     re.compile(rf"\b{HOUSE_NUMBER} (?:(?!{NOT_STREET})[a-z0-9]+ ){{1,3}}(?:street|st|avenue|"
                r"ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|terrace|"
                r"circle|parkway|highway)\b"
                r"(?:[ ,]+\d{5})?",
                re.IGNORECASE)),
)


_YES_NO_QUESTION = re.compile(r"^(?:is|are|do|does|did|have|has|had|would|will|can|could)\b",
                              re.IGNORECASE)


# a yes to "is your pet having an emergency?" said as one, not an "okay" that goes on
_CLEAR_YES = re.compile(r"^(?:yes|yeah|yep|yup|yes it is|it is|he is|she is|they are|i think so|"
                        r"i'?m afraid so|possibly|maybe|kind of|sort of)\b")
# a yes that answers something else ("Yes, the number I'm calling from is good", "Yes, that's
# right, please book it"): the caller goes on with the booking, not with an emergency
_YES_TO_SOMETHING_ELSE = re.compile(
    r"^(?:yes|yeah|yep|yup)\b[,.!]?\s*(?:that'?s (?:right|correct|it|fine|good)|(?:the|this|my) "
    r"(?:number|one i'?m calling from)|(?:please )?book|go ahead|you can|that works|sounds good|"
    r"perfect|great)")
# what makes a visit more than routine, whatever else the caller named
_SIGNS = re.compile(r"\b(?:bleed\w*|vomit\w*|throw\w* up|ate|eaten|swallow\w*|poison\w*|toxic|"
                    r"collaps\w*|seizure\w*|can'?t (?:breathe|walk|stand|pee)|hit by|limp\w*|"
                    r"injur\w*|hurt|swollen|swelling|pain)\b", re.IGNORECASE)


ON_THE_BOOKS = "Returning (a booking of theirs was found on this call)"


def _known_answer(question: str, said: str) -> str:
    """The caller's own words that already answer `question` (a question every trade asks in
    its own words: new or returning, the address), or ''."""
    for asks, answers in _KNOWN_ANSWERS:
        if asks.search(question):
            if asks.pattern == r"\bemergency\b" and _SIGNS.search(said):
                continue  # "due for shots, but she ate a sock": the question is asked
            found = answers.search(said)
            if found:
                return found.group(0)
    return ""


def standing_given(said: str) -> bool:
    """Whether the caller said who they are to the business: new, or a patient, client or
    customer already ("I've been coming to you for years")."""
    return bool(_KNOWN_ANSWERS[0][1].search(said))


# a question about which service or matter it is (a service's name answers it), not why
_WHAT_Q = re.compile(r"\b(which service|what type of|what kind of (?:matter|service))\b")


class Qualification(FlowBase):
    """The template's questions for this booking, and the caller's answers."""

    def _questions(self, said: str = "") -> list[str]:
        """The template's qualification questions this booking asks, in the template's order:
        its first question and its question about the reason (or the next one), minus what
        the caller already said (`said`: their words so far) and what was asked before."""
        usable = [q for q in self.config.qualification_questions
                  if not _DAYTIME_Q.search(q.lower()) and not _NAME_Q.search(q.lower())]
        if not usable:
            return []
        reason_like = [q for q in usable if _REASON_Q.search(q.lower())]
        chosen = [usable[0]]
        if usable[0] in reason_like:
            chosen += usable[1:2]
        else:
            chosen += reason_like[:1] or usable[1:2]
        if self.state.reason or self.state.service:
            # what they come for is known: "which service / what type of matter" is not asked;
            # why (the summary, the reason for the visit) only when this line said it in the
            # caller's own words ("a consultation about a divorce", not "a consultation")
            described = bool(said) and bool(self._topic_reason([said]))
            chosen = [q for q in chosen if q not in reason_like or not (
                described or _WHAT_Q.search(q.lower()))]
        asked = {q for q, _ in self.state.answers}  # asked once per call, never restarted
        chosen = [q for q in chosen if q not in asked]
        said = " ".join([*self.state.heard, said])
        for question in list(chosen):
            option = _option_given(question, said) or _known_answer(question, said) or (
                # a caller whose booking was found this call has been here before
                ON_THE_BOOKS if self.state.on_the_books and _KNOWN_ANSWERS[0][0].search(
                    question) else "")
            if option:  # "Are you looking to buy, sell or rent?" after "I want to sell"
                self.state.answers.append((question, option))
                self._record_answer(question, option)
                chosen.remove(question)
        return chosen[:MAX_QUESTIONS]

    def _qualify(self, raw: str, text: str) -> Reply:
        s = self.state
        question = s.questions.pop(0)
        s.requalified = 0
        answer = raw.strip()
        s.answers.append((question, answer))
        self._record_answer(question, answer)
        if "emergency" in question.lower() and is_yes(text) and (
                _CLEAR_YES.match(text) or len(text.split()) <= 2) and not (
                _YES_TO_SOMETHING_ELSE.match(text) and not _SIGNS.search(text)):
            # ("Okay, no worries. Then I'd like a wellness exam" is no yes to an emergency)
            return self._emergency(raw)
        if _REASON_Q.search(question.lower()) and not s.reason:
            s.reason = answer
            service = match_service(self.config, raw)
            if service and not s.service:
                s.service = str(service["name"])
        self._take_details(raw, service=False)
        return self._next()


    def _answered_beside_question(self, raw: str) -> None:
        """A statement beside a question that answers the pending qualification question
        (an option it offers, or a known answer: "never been there", "I own the place") is
        kept as its answer, and the call moves to its next step."""
        if self._answered_in_passing(raw):
            self._next()

    def _answered_in_passing(self, raw: str) -> bool:
        """Whether the line's statements answer the pending qualification question (an option
        it offers, or a known answer) while they say something else ("Friday at three, with
        whoever is free"); the answer is kept and the question not asked again."""
        s = self.state
        if s.stage != Stage.QUALIFY or not s.questions:
            return False
        question = s.questions[0]
        said = " ".join(x for x in split_sentences(raw) if not is_question(x))
        answer = _option_given(question, said) or _known_answer(question, said)
        if not answer:
            return False
        s.questions.pop(0)
        s.requalified = 0
        s.answers.append((question, answer))
        self._record_answer(question, answer)
        return True

    def _bare_name_to_yes_no(self, raw: str, text: str) -> bool:
        """'Jenny Park' said to 'Is your pet having an emergency?': a name (two or three
        capitalised words, as speech recognition writes names), not the answer to a yes/no
        question. Kept as the caller's name; whether it was one."""
        question = self.state.questions[0] if self.state.questions else ""
        if not _YES_NO_QUESTION.match(question) or is_yes(text) or is_no(text):
            return False
        tokens = raw.strip(" .!?,").split()
        if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
            return False
        name = name_answer(raw)
        if name:
            self.state.caller_name = name
        return bool(name)

    def _record_answer(self, question: str, answer: str) -> None:
        """The answer as a field of the call the owner sees (latest answer per question)."""
        call = self._call()
        if call is not None:
            call_details_record(call=call, fields=[(question.rstrip("?").strip(), answer)])

    def _answer_qualify(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if not s.questions:
            return None
        when = parse_when(raw, now=self.now(), date_order=self.date_order, expect_time=True,
                          default_day=s.requested.single_day if s.requested else None)
        if when is not None and not self._substance(raw) and not (is_yes(text) or is_no(text)):
            # "Next Tuesday at eleven" said to "Could you give me a brief summary?": the time
            # is kept, and the question, asked once, is not put again
            s.questions.pop(0)
            s.requested, s.chosen, s.offered = when, None, []
            return self._next()
        if is_question(raw) and raw.strip().endswith("?"):
            if not self._asks_to_act(raw):
                # "I've never been there before. How much is it for a new patient?": the
                # statement answers the question pending, the question is answered elsewhere,
                # and the step after this one is what is asked next
                self._answered_beside_question(raw)
                return None
            # "Can I book the free color consultation then, Friday at noon?": what it asks
            # for is kept (the day, the service, what it is for), the question put again
            # once; a question the caller passed over twice is not asked a third time (the
            # template's questions help the team, the booking does not need them)
            self._take_details(raw)
            self._add_to_reason(raw)
            told = " ".join(x for x in split_sentences(raw) if not is_question(x))
            if told and (self._substance(told) or _option_given(s.questions[0], told)
                         or _known_answer(s.questions[0], told)):
                # "We're buying, yes. Could we see it Saturday at eleven-thirty?": the statement
                # answers the question, and what the question asks for is kept
                return self._qualify(raw, text)
            # ("Is there any Saturday afternoon option?" where Saturdays end at noon: told now)
            lead = self._none_on_the_day(s.requested) or "Sure."
            if s.requalified >= 1:
                s.questions.pop(0)
                s.requalified = 0
                return self._next(lead)
            s.requalified += 1
            return self._ask(f"{lead} {s.questions[0]}", prompt=s.questions[0])
        return self._qualify(raw, text)
