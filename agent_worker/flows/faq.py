"""Questions the business already answered (hours, prices, services, the FAQ, the address),
sentence by sentence, so a question inside an answer is answered and the answer kept."""

from __future__ import annotations

import re

from agent_worker.flows import intents
from agent_worker.flows.base import (
    _ANSWER_STAGES,
    FlowBase,
)
from agent_worker.flows.intent_model import split_clauses
from agent_worker.flows.knowledge import (
    asks_duration,
    asks_hours,
    asks_offered,
    asks_price,
    checks_a_price,
    content_words,
    duration_answer,
    faq_answer,
    hours_answer,
    match_service,
    match_services,
    offered_answer,
    price_answer,
    service_price,
    with_listed_price,
)
from agent_worker.flows.location import (
    MESSAGE_OFFER,
    asks_location,
    asks_parking,
    location_answer,
    location_gap,
)
from agent_worker.flows.names import offered_name
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.state import Offer, Task
from agent_worker.flows.text import (
    WEEKDAYS,
    clean,
    is_question,
    split_sentences,
    words,
)
from agent_worker.flows.when import numbers_in, parse_when
from agent_worker.guardrails import objection

# a statement that asks all the same ("I'd like to know about your cancellation policy")
_ASKING = re.compile(r"\b(wondering|want to know|like to know|tell me about|curious|question "
                     r"about|asking about|need to know)\b")


# words a tag question is made of ("is that okay?", "would that be a problem?")
_TAG_WORDS = frozenset({"alright", "fine", "problem", "right", "issue", "allowed", "possible",
                        "cool", "good", "still", "true", "case", "so"})


# a question put as a statement: "I just wanted to know what a first consultation costs",
# "I was wondering if you take walk-ins"
_INDIRECT = re.compile(
    r"\b(?:want(?:ed)?|would like|'d like|like|trying|need(?:ed)?|hoping|calling) to (?:know|ask|"
    r"find out|check|see) (?:what|how|if|whether|when|where|which|who|about)\b|\b(?:wondering|"
    r"curious|not sure) (?:what|how|if|whether|when|where|which|who|about)\b")
# what the caller believes of the business, said as a fact ("your website says you're open till
# eight", "my friend said you see rabbits", "last spring it was one fifty here"): answered from
# the business's own words as if asked, so a wrong belief is set right
_BELIEF = re.compile(
    r"\b(?:(?:your|the) (?:website|site|ad|advert|listing|sign|page|flyer)|google|yelp|my \w+|"
    r"someone|somebody|people|they) (?:says?|said|told me|mentioned|showed)(?: that)? (?:you|"
    r"y'all|the (?:office|clinic|salon|shop|firm|practice))\b|"
    r"\bi (?:thought|heard|read|was told|believe|assumed|figured)(?: that)? (?:you|y'all|the "
    r"(?:office|clinic|salon|shop|firm|practice))(?:'re| are| do| see| offer| have| open| close|"
    r"'ll| will| take)\b|"
    r"\blast (?:time|year|spring|summer|fall|autumn|winter|month|visit) it was\b|"
    r"\bit (?:used to be|was only) (?:\$|\d|one|two|three|four|five|six|seven|eight|nine|"
    r"a hundred)")
_WH = re.compile(r"^(?:(?:hi|hello|hey|so|and|oh|okay|ok|sorry|um)[,.!\s]+)*(?:what|when|where|"
                 r"who|whom|whose|why|how|which)\b")


_ASKS_FOR = re.compile(r"(?<!do )(?<!would )\b(i'?d like|i would like|i want|i need|i'?m looking|"
                       r"can i|could i|can you|could you|can we|could we|may i|is it possible)\b")


# answers given to one line at most: a caller who asks three things in one breath ("do you take
# PPO, how much is a cleaning, and are you open Fridays?") hears all three
MAX_ANSWERS = 3

# whether a home is still for sale or rent: only an agent can say
_LISTING_STATUS = re.compile(
    r"\b(?:is|are) (?:it|that|this|they|these|those|the (?:\w+ ){0,3}?(?:house|home|flat|"
    r"apartment|condo|unit|place|property|listing|rental|bedroom)) (?:still )?(?:available|on the "
    r"market|for (?:sale|rent)|taken|gone|sold|rented|let|under (?:contract|offer))\b|"
    r"\bstill (?:available|on the market|for (?:sale|rent))\b")
LISTING_OFFER = ("I can take a message so an agent calls you back about it, or book you a "
                 "viewing. Would you like me to take a message?")
LISTING_ANSWER = ("I can't see which homes are still available from here, but one of our agents "
                  "can tell you.")
# whether the firm acts for someone ("does your firm represent my husband?", "is she a client of
# yours?"): never confirmed either way; the conflict check is what answers it
_REPRESENTS = re.compile(
    r"\b(?:do|does|did|have|has) (?:you|your firm|the firm|y'?all|anyone there|any of your "
    r"(?:lawyers|attorneys)) (?:ever )?(?:represent(?:ed)?|act(?:ed)? for|work(?:ed)? for)\b|"
    r"\b(?:is|was|are|were) [\w ,.'-]{1,40}? (?:a |one of )(?:your |the firm'?s )?clients?"
    r"\b|\bare you (?:his|her|their) "
    r"(?:lawyers?|attorneys?)\b")
REPRESENTS_ANSWER = ("I can't say whether anyone is or was a client of the firm, but before any "
                     "consultation the firm runs a conflict check with the names of everyone "
                     "involved, so you won't be booked with a lawyer on the other side.")
# a charge asked about for cancelling, calling off or not turning up
_CANCEL_FEE = re.compile(r"\bcancel|\bcall(?:ing|ed|s)? (?:\w+ )?off\b|\bno-?show|\bskip|"
                         r"\bmiss(?:ed|ing)?\b|\b(?:didn'?t|don'?t|do not|forg[eo]t to|fail(?:ed)? "
                         r"to|not) (?:turn(?:ing)?|show(?:ing)?|com(?:e|ing)) (?:up|in)\b")
# a question about something said before it
# the words a "do you do ...?" asks with, which say nothing of what is asked about
_ASKED_WITH = frozenset({"do", "does", "you", "guys", "also", "offer", "provide", "have", "work",
                     "on", "take", "treat", "see", "handle", "perform", "carry", "sell", "fix",
                     "still", "even", "any", "hi", "hello", "hey", "there", "folks", "y'all",
                     # what points back at something said before ("Do you sell them?")
                     "them", "it", "that", "those", "these", "this", "they", "one", "ones"})
# words a service's name shares with many things asked for: matched on one of these alone, the
# service is not what was asked about when the rest of the words name something else
_GENERIC_SERVICE_WORDS = frozenset({"adult", "inspection", "exam", "visit", "consultation",
                                    "service", "repair", "check", "physical", "appointment",
                                    "new", "patient", "call", "single", "line", "test",
                                    "replacement", "installation", "cleaning", "kind", "sort"})
# more work asked for on the same visit ("could they also fix the upstairs toilet?")
_ALSO_DO = re.compile(r"\b(?:can|could|would) (?:they|you|he|she|someone|somebody|the \w+) "
                      r"(?:please )?also (?:fix|look at|check|do|add|replace|repair|clean|"
                      r"service|take a look at|have a look at)\b")
NOT_LISTED_BESIDE = "I don't see that on our list of services here, so I can't say for sure."
NOT_LISTED = ("I don't see that on our list of services here, so I can't say for sure, but the "
              "team can tell you.")
# a day or a time named: what the caller asks for is a time (the booking flow's)
_A_TIME_ASKED = re.compile(r"\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|"
                           r"friday|saturday|sunday|morning|afternoon|evening|noon|"
                           r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|o'clock)\b")
_REFERS = re.compile(r"\b(?:it|that|this|those|them|these|they)\b")
# the same question again, about something else ("and a balayage?", "what about Saturdays?")
# a discount asked for ("do I get a discount", "ten percent off", "any coupons?")
_DISCOUNT = re.compile(r"\b(?:discounts?|discounted|percent off|% off|coupons?|promo codes?|"
                       r"promotions?|deals? for|specials? for)\b")
_FOLLOW_UP = re.compile(r"^(?:and|also|plus|what about|how about|and what about|and how about)\b")
_A_DAY = re.compile(r"\b(?:" + "|".join(f"{day}s?" for day in WEEKDAYS)
                    + r"|weekends?|weekdays?|tomorrow|today|evenings?|holidays?)\b")
# a charge for something that may happen ("is there a charge if I miss it?"), not a price
_A_FEE = re.compile(r"\b(?:charge|charges|charged|fee|fees|penalty|penalized|free)\b")
# a question about the services just named together ("what do those two run?", "for both?")
_BOTH = re.compile(r"\b(?:both|those two|these two|the two|them both|the pair|together|in total|"
                   r"altogether|all together|all of (?:it|that|them))\b")
# words that say nothing of what a question is about ("would you see them?", "what happens?")
_THIN = frozenset({"them", "him", "her", "they", "happen", "happens", "see", "charge",
                   "ok", "okay", "fine", "alright", "true", "possible", "problem", "allowed",
                   "still", "then", "me", "us", "you", "would", "will", "do", "does", "get"})


# "do you do that?", "is that something you offer?": a service asked about ("do you take
# that?" after an insurer is the FAQ's)
_DO_THAT = re.compile(r"\b(?:do|does|offer|offers|provide|provides|perform|performs|handle|"
                      r"handles) (?:that|this|it|those|these)\b|\bsomething (?:that )?(?:you|"
                      r"y'?all|you guys) (?:do|offer|provide|handle|can do)\b")
# words that ask about the visit itself, whatever it is for ("is there a charge to talk to
# someone?", "what will the appointment cost me?")
_THE_VISIT = _THIN | frozenset({
    "charge", "cost", "price", "fee", "much", "how", "there", "talk", "speak", "meet", "someone",
    "somebody", "anyone", "anybody", "lawyer", "attorney", "doctor", "vet", "dentist", "visit",
    "appointment", "consultation", "come", "coming", "first", "initial", "one", "time",
    "anything", "something", "just", "to", "going", "be", "run"})


# a price asked with nothing named ("What's the price?", "how much?"): of what was said before
_BARE_PRICE = re.compile(r"^(?:and |so |okay |ok |um |uh )?(?:what'?s|what is|how much is|"
                         r"how much'?s|what would be|what'?d be) (?:the |your )?(?:price|cost|"
                         r"charge|fee|rate)s?[?.!]*$|^(?:and |so )?how much[?.!]*$")
# "Do you sell them?", "do you guys have those?": whether the business has what was just named
_HAVE_THEM = re.compile(r"^(?:do|does|can|could|would) (?:you|y'?all|you guys|you all|they) "
                        r"(?:\w+ )?(?:sell|have|offer|carry|do|make|stock) (?:them|those|these|"
                        r"that|it|one|ones)\b")


_SAYS_A_PRICE = re.compile(r"\$\d|\bfree of charge\b|\bprice of\b|, that's \$")
# what any visit is called, in a question about "that kind of visit"
_ANY_VISIT = re.compile(r"\b(?:visits?|appointments?|services?|sessions?)\b", re.IGNORECASE)
# "the inspection", "that cleaning": a visit already talked about
_DEFINITE = re.compile(r"\b(?:the|that|this)\b")


def _name_words(service: dict) -> set[str]:
    return set(words(str(service.get("name", "")).lower()))

class BusinessAnswers(FlowBase):
    """The business's own answers to the questions in a line."""

    def _belief_answers(self, raw: str) -> list[str]:
        """What the business's own words say about what the caller believes of it, said as a
        fact ("your website says you're open till eight on weeknights": the hours; "last
        spring it was one fifty here": the price; "my friend said you see rabbits": which
        animals are seen), so a wrong belief is set right, never agreed to."""
        found: list[str] = []
        for sentence in split_sentences(raw):
            text = clean(sentence)
            if not _BELIEF.search(text) or is_question(sentence):
                continue  # (a question is answered as one)
            if re.search(r"\b(?:open|opens|close|closes|closed|hours)\b", text):
                answer = hours_answer(self.config, sentence, self.now())
            elif numbers_in(sentence) or re.search(r"\b(?:\$|dollars|bucks|price|cost)\b", text):
                answer = price_answer(self.config, raw) if match_service(
                    self.config, raw) is not None else ""
            else:
                answers = self._clause_answers(sentence, faq=True)
                answer = " ".join(a for a in answers if a != price_answer(self.config, ""))
            if answer and answer not in found:
                found.append(answer)
        return found

    def _known_answers(self, raw: str) -> tuple[list[str], str]:
        """Answers from the business's own words to the questions in this line, and the rest
        of the line. A sentence counts as a question when it asks one; a line with no question
        in it is asked about only when it carries no request of its own ("I'd like to know
        your Saturday hours", not "Weekday hours are hard for me, Saturday at nine")."""
        s = self.state
        sentences = _tag_questions_joined(split_sentences(raw))
        questions = [x for x in sentences if is_question(x) or _INDIRECT.search(clean(x)) or (
            checks_a_price(x)) or (
            self.config.profession == "real_estate" and _LISTING_STATUS.search(clean(x)))]
        if not questions:
            if s.stage in _ANSWER_STAGES or self._has_request(raw):
                return [], raw
            questions = [raw]
            sentences = [raw]
        known: list[str] = []
        answered: list[str] = []
        for said in questions:
            at = sentences.index(said)
            sentence = self._follow_up(said, sentences[at - 1] if at else None)
            joined = False  # the sentence before was joined to say what "that" is
            earlier = " ".join(sentences[:sentences.index(said)])
            if (asks_price(clean(sentence)) or asks_offered(sentence)) and ((_REFERS.search(
                    clean(sentence)) or _BARE_PRICE.match(clean(sentence))) and match_service(
                    # ("How much is that kind of visit?": "visit" names none of them)
                    self.config, _ANY_VISIT.sub(" ", sentence)) is None or bool(
                    earlier) and self._names_only_part(sentence, earlier)):
                # "I'd like someone to look a used car over first. Do you do that, and what does
                # it cost?", "I need it inspected. Do you do that?": what "that" is was said
                # before the question
                before = " ".join(sentences[:sentences.index(said)])
                if before and match_service(self.config, f"{before} {sentence}") is not None:
                    if asks_offered(sentence) and not asks_price(clean(sentence)) and (
                            _DO_THAT.search(clean(sentence))):
                        # (asked as a question of its own, "Do you do that?")
                        answer = offered_answer(self.config, before)
                        if answer and answer not in known:
                            known.append(answer)
                            answered.append(said)
                            continue
                    sentence, joined = f"{before} {sentence}", True
            context = self._context_of(said, sentences)
            if context and not _A_TIME_ASKED.search(clean(said)) and self._clause_answers(
                    sentence, faq=True) in (
                    [], [price_answer(self.config, "")]):
                # "Rabbits. You see them?", "Running late sometimes. What happens?": a question
                # of a word or two that finds nothing of its own (or only the price list) asks
                # about what the caller said just before it (in the line before, for "How long
                # does that take?" after "Refill. Lisinopril."); a statement that may answer
                # the question asked stays to be read as that answer
                joined = self._clause_answers(f"{context} {said}", faq=True)
                if joined:
                    known.extend(a for a in joined if a not in known)
                    answered.append(said)
                    if context in sentences and s.stage not in _ANSWER_STAGES:
                        answered.append(context)
                    continue
            request = self._asks_to_act(sentence)
            # a question that asks for something ("can I bring my cat in Thursday?") is a
            # request: only a question it asks outright (hours, a price) is answered as well,
            # and the request itself is kept; the FAQ answers it only when it names no day or
            # time, so it asks how the business works ("can I do the consultation over
            # video?"), not for a visit
            timed = request and parse_when(sentence, now=self.now(),
                                           date_order=self.date_order) is not None
            # ("can I speak to an attorney?" asks for a person: no FAQ entry answers that)
            # (nor a sentence joined only to name what a price is asked of: "the vet said at our
            # last visit she needs a dental. How much is that?" asks no FAQ about visits)
            faq = not timed and not joined and not (intents.wants_human(clean(sentence)) or (
                intents.named_person(sentence))) and (is_question(sentence) or bool(
                    _ASKING.search(clean(sentence))))
            found = False
            for answer in self._clause_answers(sentence, faq=faq):
                found = True
                if answer not in known:
                    known.append(answer)
            if found and not request:
                answered.append(said)
            elif not found and not request and s.task == Task.NONE:
                again = self._same_entry_again(said)
                if again:
                    # "Do you sell gift cards?" ... "Can I buy it over the phone, or do I have
                    # to come in?": asked about what the owner's answer just told
                    known.append(again)
                    answered.append(said)
        rest = " ".join(x for x in sentences if x not in answered)
        return self._each_price_once(known)[:MAX_ANSWERS], rest

    def _same_entry_again(self, question: str) -> str:
        """The owner's FAQ answer to the line before, when this question points back at what
        it asked ("it", "that") and, read with it, asks the same entry; '' otherwise."""
        heard = self.state.heard
        if len(heard) < 2 or not is_question(question) or not _REFERS.search(clean(question)) or (
                match_service(self.config, question) is not None) or _A_TIME_ASKED.search(
                clean(question)):
            # ("Could we make it Wednesday at 8 am?" asks for another time, not the FAQ again)
            return ""
        before = faq_answer(self.config, heard[-2])
        if not before or faq_answer(self.config, f"{heard[-2]} {question}") != before:
            return ""
        return before

    def _follow_up(self, question: str, said_before: str | None = None) -> str:
        """"And a balayage, roughly?" just after "how much is a men's cut?" (the line before, or
        the sentence before in this line): the question before asked again about the thing
        this one names (a price, or the hours of a day)."""
        text = clean(question)
        heard = self.state.heard
        if not _FOLLOW_UP.match(text) or len(text.split()) > 9 or asks_price(text) or (
                asks_hours(text)) or (len(heard) < 2 and not said_before):
            return question
        before = clean(said_before or heard[-2])
        if asks_price(before) and match_service(self.config, question) is not None:
            return f"How much is {question}"
        if asks_hours(before) and _A_DAY.search(text):
            return f"What are your hours {question}"
        return question

    def _context_of(self, question: str, sentences: list[str]) -> str:
        """The statement a thin question leans on ("You see them?", "What happens?", "Would you
        charge me?" say nothing of their own): the sentence just before it, when that is a
        short statement that asks for nothing; '' otherwise."""
        at = sentences.index(question)
        if not is_question(question):
            return ""
        own = {w for w in content_words(question) - _THIN if not w.isdigit()}
        if at == 0:
            # the line before, when this one points back at it
            heard = self.state.heard
            if len(sentences) > 1 or len(heard) < 2 or not _REFERS.search(clean(question)):
                return ""
            before = heard[-2]
            if len(own) > 2 or is_question(before) or len(before.split()) > 12:
                return ""
            return before
        before = sentences[at - 1]
        if _HAVE_THEM.match(clean(question)) and not is_question(before) and (
                len(before.split()) <= 20):
            # "I'd like to get my wife a gift card for her birthday. Do you sell them?": what
            # "them" is, said just before, however it was put
            return before
        if len(own) > 1 or is_question(before) or len(before.split()) > 8 or (
                self._has_request(before)):
            return ""
        return before

    def _clause_answers(self, sentence: str, *, faq: bool) -> list[str]:
        """The answers to a sentence that may ask two things ("How much is a drain cleaning,
        and do you work on Saturdays?"): each clause is asked on its own, and when fewer than
        two clauses find an answer, the whole sentence is asked instead."""
        clauses = split_clauses(sentence)
        for i in range(1, len(clauses)):
            if asks_price(clean(clauses[i - 1])) and _FOLLOW_UP.match(clean(clauses[i])) and not (
                    asks_price(clean(clauses[i]))) and match_service(
                    self.config, clauses[i]) is not None:
                # "What does the will package cost, and what about the estate consultation?":
                # the price asked again, of the thing this clause names
                clauses[i] = f"How much is {clauses[i]}"
        if len(clauses) > 1 and not (asks_price(clean(sentence)) and _CANCEL_FEE.search(
                clean(sentence))):
            # (a charge for calling off late is one question, the cancellation policy)
            # each clause asks on its own: "quick questions do you take PPO ... and are you
            # open Fridays" is a question in its clauses even when the whole line does not
            # start like one
            whole = match_service(self.config, sentence)
            named = whole is not None
            # "can you fix a running toilet, how much?": a price asked in a clause of its own is
            # the price of what the sentence names
            # ("the brakes, you check them for free?": "them" is the brakes, whatever else
            # "check" may name on its own)
            answers = [a for a in (
                # "do you fix water heaters, and a price for a repair?": the water heater's
                # repair only, never the toilet's as well
                price_answer(self.config, str(whole["name"]))
                if whole is not None and asks_price(clean(c)) and self._names_only_part(c, sentence)
                else self._knowledge(
                    sentence if named and asks_price(clean(c)) and (match_service(
                        self.config, c) is None or _REFERS.search(clean(c))) else c,
                    faq=faq or is_question(c))
                for c in clauses) if a]
            if len(set(answers)) > 1:
                # an answer another one already says ("Yes, we do. The price of toilet repair
                # depends..." and the price again) is said once
                kept = list(dict.fromkeys(answers))
                kept = [a for a in kept if not any(a != b and a in b for b in kept)]
                return self._each_price_once(kept)
        answer = self._knowledge(sentence, faq=faq)
        return [answer] if answer else []

    def _names_only_part(self, clause: str, context: str) -> bool:
        """Whether `clause` names a service only by a word of the one `context` names ("do you
        fix water heaters, and can you give me a price for a repair?": "a repair" is the water
        heater's, not the first repair on the list)."""
        own, whole = match_service(self.config, clause), match_service(self.config, context)
        return own is not None and whole is not None and own is not whole and bool(
            _name_words(own) & _name_words(whole) & set(words(clause.lower())))

    def _each_price_once(self, answers: list[str]) -> list[str]:
        """Answers whose sentences say a service's price once ("Yes, we do. Whitening is $450."
        and "Whitening, that's $450." for a line that asked both whether and how much): a
        sentence naming the same service with the same figures (or none) as one already said
        is dropped."""
        names = [str(x.get("name", "")) for x in self.config.services if x.get("name")]
        said: set[tuple[str, tuple[str, ...]]] = set()
        kept: list[str] = []
        for answer in answers:
            sentences = []
            for sentence in split_sentences(answer):
                named = [n for n in names if n.lower() in sentence.lower()]
                # (only a sentence that says a price: "X usually takes an hour" stays)
                key = (named[0], tuple(re.findall(r"\$[\d,.]+", sentence))) if len(
                    named) == 1 and _SAYS_A_PRICE.search(sentence) else None
                if key is not None and key in said:
                    continue
                if key is not None:
                    said.add(key)
                sentences.append(sentence)
            if sentences:
                kept.append(" ".join(sentences))
        return kept

    def _knowledge(self, sentence: str, *, faq: bool = True) -> str:
        """The business's answer to one question, or ''. `faq`: whether the owner's FAQ may
        answer it (matched by its words, so only for a line that really asks a question)."""
        s, text = self.state, clean(sentence)
        if asks_hours(text) and not (asks_price(text) and match_service(self.config, sentence)):
            # ("what's the service call fee, and is it more after hours?" asks a price)
            return hours_answer(self.config, sentence, self.now())
        if asks_location(text):
            parking = asks_parking(text)
            if location_gap(self.config, parking=parking):
                answer = faq_answer(self.config, sentence) if faq else None
                if answer:
                    return answer
                if s.task == Task.NONE and s.offer == Offer.NONE:
                    s.offer = Offer.MESSAGE  # the pending question, put after the answer
                    s.last_prompt = MESSAGE_OFFER
                    s.reason = f"Asked: {sentence.strip()}"  # what the message would be
            return location_answer(self.config, parking=parking)
        if _DISCOUNT.search(text) and not any(
                _DISCOUNT.search(clean(f"{e.get('question', '')} {e.get('answer', '')}"))
                for e in self.config.faq):
            # "If I pay in cash, do I get ten percent off?": no discount the owner wrote of is
            # promised; the listed price of what was named, said with it
            named = match_service(self.config, sentence) or (
                match_service(self.config, " ".join(s.topic)) if s.topic else None)
            price = f" {price_answer(self.config, str(named['name']))}" if named else ""
            return f"I don't see any discounts on our list here, so I can't promise one.{price}"
        if self.config.profession == "real_estate" and _LISTING_STATUS.search(text):
            # "the two bedroom on grove street, is it still available?": the listings are the
            # agents' to speak for; what the receptionist can do is offered
            if s.task == Task.NONE and s.offer == Offer.NONE:
                s.offer = Offer.MESSAGE
                s.last_prompt = LISTING_OFFER
            return LISTING_ANSWER
        if "law" in (self.config.profession or "") and _REPRESENTS.search(sentence.lower()):
            return REPRESENTS_ANSWER
        if objection(self.config, sentence):
            return ""  # an objection is handled with the rest of the line (it may end a task)
        if asks_duration(text):
            # "how long does a cleaning take?", or "that" while booking one: as the owner listed
            # it; a refill's or a repair's turnaround is the FAQ's, asked below
            service = match_service(self.config, sentence) or (
                match_service(self.config, s.service) if s.service and s.task in (
                    Task.BOOK, Task.RESCHEDULE) else None) or (
                # "... for single-process color, same as always. How long does it take?": the
                # one named earlier in the line
                match_service(self.config, s.heard[-1]) if s.heard and _REFERS.search(
                    text) else None) or (
                # "How much is a balayage?" ... "and how long does it take?": the one just named
                match_service(self.config, s.heard[-2]) if len(s.heard) > 1 and _REFERS.search(
                    text) else None)
            before = match_service(self.config, s.heard[-2]) if len(s.heard) > 1 else None
            if service is not None and before is not None and before is not service and (
                    _DEFINITE.search(sentence.lower())) and (
                    _name_words(service) & _name_words(before) & set(words(sentence.lower()))):
                # "How much is the pre-purchase inspection?" ... "how long does the inspection
                # take?": the inspection just named, not the first on the list that is one
                service = before
            answer = duration_answer(service) if service is not None else None
            if answer:
                return answer
            if service is None and s.message_taken and s.task == Task.NONE and _REFERS.search(
                    text):
                # "How long does that usually take?" after a refill's message: what the owner
                # says it takes
                answer = self._how_long(s.reason)
                if answer:
                    return answer
        if asks_price(text) and _BOTH.search(text) and match_service(self.config, sentence) is None:
            # "I need an oil change and a tire rotation. What do those two run?": the price of
            # each service the caller just named, in this line or the one before
            for context in (s.heard[-1:], s.heard[-2:]):
                named = match_services(self.config, " ".join(context))
                if len(named) > 1:
                    return " ".join(service_price(service) for service in named)
        if asks_price(text):
            # a fee the owner's FAQ explains ("is there a fee for cancelling?", "do you charge
            # for estimates?") is answered in the owner's words; the price list only when no
            # entry matches and no service is named
            if s.service and s.task in (Task.BOOK, Task.RESCHEDULE) and (
                    len(text.split()) <= 4 or not content_words(text) - _THE_VISIT) and (
                    match_service(self.config, sentence) is None):
                # "Price?", "how much?", "is there a charge to talk to someone?" while booking
                # a rabies shot or a consultation: the price of what is being booked
                booked = match_service(self.config, s.service)
                if booked is not None:
                    return price_answer(self.config, str(booked["name"]))
            if faq and match_service(self.config, sentence) is None:
                answer = ""
                if s.task in (Task.CANCEL, Task.RESCHEDULE) or _CANCEL_FEE.search(text):
                    # "do I get charged anything?" while cancelling, "is there a charge for
                    # cancelling?": the cancellation policy, before any other fee
                    answer = faq_answer(self.config, f"{sentence} cancellation policy")
                if not answer and not content_words(text) - _THE_VISIT:
                    # "is there a charge to talk to someone?" asks what a first talk costs: an
                    # entry about consultations answers it before one about fees in general
                    answer = faq_answer(self.config, "free consultation")
                answer = answer or faq_answer(self.config, sentence)
                if answer and (asks_price(answer) or "$" in answer or _A_FEE.search(text)):
                    # (an entry that says nothing of money, "what to bring to the visit",
                    # does not answer "what will the visit cost me?"; "is there a charge if I
                    # miss it?" is the policy's to answer)
                    return with_listed_price(self.config, answer)
            if _REFERS.search(text) and len(s.heard) > 1 and match_service(
                    self.config, sentence) is None:
                # "Yes, we do. Pre-purchase inspection is $149." ... "How much is it?": the
                # service the line before named
                named = match_service(self.config, s.heard[-2])
                if named is not None:
                    return price_answer(self.config, str(named["name"]))
            return price_answer(self.config, sentence)
        answer = faq_answer(self.config, sentence) if faq else None
        if answer:
            return answer
        if asks_offered(sentence):
            answer = offered_answer(self.config, sentence)
            something_else = bool(answer) and self._names_something_else(sentence)
            if answer and not something_else:
                return answer
            if faq and parse_when(
                    sentence, now=self.now(), date_order=self.date_order) is None and not (
                    self._asks_to_act(sentence)) and (something_else or (
                        # ("do you board dogs?": "dogs" is in the owner's answers, "board" in
                        # nothing the business wrote)
                        content_words(text) - _ASKED_WITH - self._owners_words())):
                # "Do you guys do Invisalign?", "do you work on hybrids?": not on the price
                # list nor in the owner's answers; said so, and the team offered to confirm
                # (never a model's guess about what the business does); asked beside a
                # request ("... And I'm overdue for a cleaning"), said so and the request goes on
                if s.task != Task.NONE or s.offer not in (Offer.NONE, Offer.MESSAGE):
                    return NOT_LISTED_BESIDE
                s.offer = Offer.MESSAGE
                s.offered_on = s.turns  # ("Yeah, hi, ... do you do X?": no yes to it)
                s.last_prompt = MESSAGE_OFFER
                s.reason = f"Asked: {sentence.strip()}"
                return NOT_LISTED
        return ""

    def _names_something_else(self, sentence: str) -> bool:
        """"Do you do Invisalign or braces for adults?", "do you do state safety inspections?":
        the service the words match shares only a generic word with them ("adult",
        "inspection"), and the thing asked for is named in words neither the price list nor
        the owner's answers have; not that service, so never a "yes, we do" for it."""
        service = match_service(self.config, sentence)
        if service is None:
            return False
        said = content_words(clean(sentence)) - _ASKED_WITH
        hit = said & content_words(str(service.get("name", "")).lower())
        if not hit or not hit <= _GENERIC_SERVICE_WORDS:
            return False
        listed = set().union(*(content_words(str(x.get("name", "")).lower())
                               for x in self.config.services))
        return bool({w for w in said - listed - self._owners_words() - _GENERIC_SERVICE_WORDS
                     if len(w) > 3})

    def _owners_words(self) -> set[str]:
        """Every word of the owner's FAQ and price list: a thing asked about that is in them
        ("do you sell gift cards?") is the owner's to answer, never said to be missing."""
        said = " ".join([*(f"{e.get('question', '')} {e.get('answer', '')}"
                           for e in self.config.faq),
                         *(str(x.get("name", "")) for x in self.config.services)])
        return content_words(said) | {w.rstrip("s") for w in content_words(said)}

    def _has_request(self, raw: str) -> bool:
        """Whether a line asks for something to be done (a booking, a message, a person...) or
        carries details for it, rather than only asking about the business."""
        text = clean(raw)
        if (intents.wants_booking(text) or intents.wants_message(text)
                or intents.wants_cancel(text) or intents.wants_reschedule(text)
                or intents.wants_human(text) or intents.named_person(raw)
                or intents.never_mind(text)
                or intents.says_goodbye(text)):
            return True
        if offered_name(raw) or find_phone_number(raw, region=self.region):
            return True
        # a request in words the patterns do not know ("the quote is fine, go ahead with it"):
        # as the intent model reads the line
        if any(self._means(raw, label, 0.6) for label in ("human", "message", "cancel",
                                                          "reschedule")):
            return True
        when = parse_when(raw, now=self.now(), date_order=self.date_order)
        if when is not None and when.at is None and asks_hours(text):
            return False  # "(are you) open on Monday": the hours, not a booking
        return when is not None and (when.at is not None or not is_question(raw))

    def _asks_to_act(self, sentence: str) -> bool:
        """Whether a question asks the business to do something ("can I bring my cat in for
        her shots, maybe Thursday?", "could someone call me back?") rather than asking about
        it ("how much is a consultation?", "what should I bring to my appointment?")."""
        text = clean(sentence)
        if (intents.wants_message(text) or intents.wants_cancel(text)
                or intents.wants_reschedule(text) or intents.wants_human(text)
                or intents.named_person(sentence) or _ALSO_DO.search(text)):
            return True
        when = parse_when(sentence, now=self.now(), date_order=self.date_order)
        if when is not None and when.at is not None:
            return True
        if when is not None and when.day_from is not None and any(
                is_question(x) and len(x.split()) <= 10 and not _WH.match(clean(x))
                and not asks_hours(clean(x)) and parse_when(
                    x, now=self.now(), date_order=self.date_order) is not None
                for x in split_sentences(sentence)):
            return True  # "Tuesday morning?", "Thursday the 19th, like seven?": a time asked for
        if not _ASKS_FOR.search(text) or (_WH.match(text) and not when):
            return False
        return bool(intents.wants_booking(text) or when or any(
            self._means(sentence, label, 0.6) for label in ("book", "message")))


def _tag_questions_joined(sentences: list[str]) -> list[str]:
    """A question that says nothing of its own ("..., is that okay?", "Is that a problem?")
    asks about the sentence before it: the two are read as one question."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and is_question(sentence) and not content_words(sentence) - _TAG_WORDS and (
                not asks_price(clean(sentence)) or is_question(joined[-1])):
            # ("I'd like a flu shot. How much is it?" asks the price of what was named, read
            # with it below; "Could you fix a leaking toilet, and how much?" is one question)
            joined[-1] = f"{joined[-1].rstrip('.!,;')}, {sentence}"
        else:
            joined.append(sentence)
    return joined
