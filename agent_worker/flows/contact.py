"""Contact details: the caller's name and a callback number, taken whenever the caller gives
them (whatever step the call is at) and asked for when a task needs them."""

from __future__ import annotations

import re

from agent_worker.flows import intents, replies
from agent_worker.flows.base import (
    _OTHER_DATE,
    FlowBase,
    Reply,
)
from agent_worker.flows.intent_model import split_clauses
from agent_worker.flows.knowledge import (
    match_service,
)
from agent_worker.flows.names import (
    _KIN,
    CUED,
    INTRODUCED,
    booked_under_their_name,
    fuller_name,
    name_answer,
    name_said_around,
    offered_name,
)
from agent_worker.flows.phone import find_phone_number, has_digits, spoken_digits
from agent_worker.flows.state import Stage, Task
from agent_worker.flows.text import (
    clean,
    is_no,
    is_yes,
    split_sentences,
    words,
)
from agent_worker.flows.when import narrowed, parse_when
from receptionist.errors import ApplicationError

# the caller says who they are to the one the booking is for: "I'm her mom", "this is his son"
_KIN_OF = re.compile(rf"\b(?:i'?m|i am|this is) (?:his|her|their|the (?:patient|child|kid)'?s) "
                     rf"(?:{_KIN}|guardian|caregiver|carer)\b")
_OWN_NAME = re.compile(r"\b(my name is|my name'?s|this is|i'?m|i am|sorry,? it'?s|actually,? "
                       r"it'?s|no,? it'?s|i mean|the name is|it'?s actually)\b")


# the booking put under the caller's own name ("book it under my name, ...", "put it in my name")
# ("my name is ..." alone may be a parent's, beside a child's booking: not said to move it)
_UNDER_MY_NAME = re.compile(r"\b(?:under|in|on) my (?:own )?name\b")
# the caller's own number offered for the callback, in words ("call me on the number I'm
# calling from", "this number's good", "same number"), and what turns it down
_CALLER_ID_IS_FINE = re.compile(
    r"\b(?:(?:the|this|my) (?:telephone |phone |mobile |cell )?(?:number|one|cell|phone|line) "
    r"(?:i'?m|i am) (?:calling |ringing |"
    r"phoning )?(?:from|on)|"
    r"(?:this|that|the same|same) (?:number|one|cell|mobile|phone|line)(?:'s| is)? (?:is )?"
    r"(?:fine|good|best|"
    r"great|right|works|okay|ok|the best)|(?:on|at|use|call me (?:on|at)) (?:this|the same|"
    r"same) (?:number|one|cell|phone|line)|same number)\b|"
    # "Same one I'm calling from.", "the same one as I'm ringing on"
    r"\b(?:the )?same (?:one|number|phone|line)(?: as)? (?:i'?m|i am) (?:calling|ringing|"
    r"phoning) (?:from|on)\b|"
    # "That's the house phone, that's fine.": the number called from, described and accepted
    r"\b(?:that'?s|it'?s|this is|this (?:number|one|phone)(?:'s| is)) (?:the|my|our|an?) "
    r"(?:(?:house|home|work|office|business|shop|company) )?(?:house|home|work|office|business|"
    r"shop|company|land ?line|cell|mobile)(?: phone| number| line)?,? (?:and |so )?(?:that'?s|"
    r"it'?s|is) (?:fine|good|okay|ok|best|great)\b|"
    # "this number is the one to call", "this is the number to use"
    r"\b(?:this|that|the same) (?:number|one|cell|phone|line)(?:'s| is) the (?:one|number|best "
    r"one|right one) (?:to (?:call|use|ring|reach me(?: on| at)?)|for (?:me|us|a call ?back|"
    r"call ?backs))\b|\b(?:this|that)(?:'s| is) the (?:number|one) to (?:call|use|ring)\b|"
    # "I'm Gwen Tallis, and this is my number."
    r"\bthis is my (?:number|cell|cell phone|mobile|phone)(?= *(?:[.,!;]|$| so\b))|"
    # "Ed Novak, this number.": said last, with nothing after it
    r"\b(?:this|the same|same) (?:number|phone|cell|line|one)(?: please)?[.!]?$|"
    # "this number is a cell", "that's my mobile": the number called from, described as theirs
    # (at the end of the line or of its clause: "this number is my cell, and my email is ...")
    r"\b(?:this|that|it)(?: number| one)?(?:'s| is) (?:a|my|my own) (?:cell|mobile)"
    r"(?: phone| number)?(?: so \w+(?: \w+){0,4})?(?:[.!]?$|(?=,| and\b))")
# a dispute between the caller and someone else: that someone is the other side
_DISPUTE = re.compile(r"\b(?:divorc\w*|separat\w*|custody|su(?:e|ing|ed)|against|other (?:driver|"
                      r"party|side)|opposing|my ex\b|ex-(?:wife|husband|partner)|dispute)")
# "My landlord is Mr. Patel, 917 555 0134": a number that is someone else's, not the callback
_THEIRS = re.compile(r"\b(?:my|our|the) (?:landlord|landlady|wife|husband|partner|boss|manager|"
                     r"tenant|son|daughter|mom|mother|dad|father|friend|neighbou?r|"
                     r"property manager|super|superintendent|lawyer|attorney|insurer|"
                     r"insurance company|employer|school|pharmacy)\b|"
                     r"\b(?:his|her|their) (?:number|cell|phone)\b")
_MINE = re.compile(r"\b(?:reach|call|text|contact|ring) (?:me|us|back)\b|"
                   r"\bmy (?:number|cell|phone)\b|"
                   r"\b(?:i'?m|i am) (?:on|at)\b|"
                   # "have her call my wife's phone": where the call back goes
                   r"\b(?:call|reach|text|ring)\b(?: \S+){0,4} (?:phone|number|cell|line)\b")
# "you can reach me on the number I'm calling from": the caller ID, even after another number
_CALLING_FROM = re.compile(r"\b(?:number|one|phone|line|cell) (?:i'?m|i am) calling (?:from|on)\b")
# "not this number", "a different number": the caller ID is not the one to use
_OTHER_NUMBER = re.compile(r"\b(?:not (?:on )?(?:this|that|the same) (?:number|one|phone|cell)|"
                           r"(?:a|another|different|other|better) (?:number|phone number|cell)|"
                           r"don'?t (?:use|call) (?:this|that) (?:number|one))\b")
# "I don't have another one", "it's the only phone I have": the number called from is the one
_ONLY_NUMBER = re.compile(
    r"\b(?:(?:i |we )?(?:(?:don'?t|do not) have|(?:haven'?t|have not) got) (?:another|a "
    r"different|any other|a second|an other)(?: one| number| phone| line)?|(?:it'?s|that'?s|this "
    r"is) (?:the |my )?only (?:one|number|phone|line)(?: i have)?|no other (?:number|phone|line)|"
    r"only (?:have|got) (?:this|the one|one)(?: number| phone| line)?)\b")
# the same said in the words of a caller whose English is a second language: "number is the
# same from which I am calling", "this number I call from is good", "the one I use to call you"
_CALLER_ID_PLAINLY = re.compile(
    r"\b(?:number|one|cell|mobile|phone|line)(?: is)? (?:the )?same (?:as |from which |that |"
    r"which |with which )?(?:the one |what |which )?(?:i'?m |i am |i )?(?:call|calling|ring|"
    r"ringing|phone|phoning|use)\b|"
    r"\b(?:this|the|my) (?:number|one|cell|mobile|phone|line) (?:that |which |what )?(?:i |i'?m |"
    r"i am )(?:call|calling|ring|ringing|phone|phoning|use)(?: you)?(?: from| on| with| now)?"
    r"(?: now)?(?:,)? (?:is )?(?:fine|good|ok|okay|best|the best|correct|right|works)\b|"
    # "The number is this one I call from.": said last, nothing after it
    r"\b(?:this|the same|same) (?:number|one|cell|mobile|phone|line) (?:that |which )?(?:i |i'?m |"
    r"i am )(?:call|calling|ring|ringing|phone|phoning|use)(?: you)?(?: from| on| with)?"
    r"(?: now)?[.!]?$")
# what a negation belongs to: the clause it is in ("No pain at all, and the cell I'm calling
# from is the best number" says no only to the pain)
_CLAUSES = re.compile(r"[,;]\s*|\s+(?:and|but|so|plus)\s+")


def caller_id_accepted(text: str) -> bool:
    """'Please use my number, the one I'm calling from.', 'Call me on the number I'm calling
    from, not the tenant.': the number called from is the one to use. Read in the clause that
    says so, or the sentence when no one clause does; "not the tenant" says whose number it is
    not, and is no refusal of it."""
    def says_it(part: str) -> bool:
        return bool(_CALLER_ID_IS_FINE.search(part) or _CALLER_ID_PLAINLY.search(part))

    def refused(part: str) -> bool:
        return bool(_NOT_THIS_NUMBER.search(_NOT_SOMEONE.sub(" ", part)))

    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        if not says_it(sentence):
            continue
        clauses = [c for c in _CLAUSES.split(sentence) if says_it(c)] or [sentence]
        if any(not refused(c) for c in clauses):
            return True
    return False


# "not the tenant", "not my husband's": whose number it is not
_NOT_SOMEONE = re.compile(r"\bnot (?:the|my|his|her|their|our) (?!(?:number|one|phone|cell|line|"
                          r"mobile|home)\b)\w+(?:'s)?(?: (?:number|one|phone|cell|line))?\b")
_NOT_THIS_NUMBER = re.compile(r"\b(?:not|don'?t|isn'?t|no(?! (?:worries|problem|bother|rush))|"
                              r"never|rather|instead|different|another|other)\b")


class ContactDetails(FlowBase):
    """Names and numbers: kept from any line, asked for when missing."""

    def _own_words(self) -> frozenset[str]:
        """The business's own words (its name, services, address): "Fleet Dental" said by a
        caller is not the caller's name."""
        c = self.config
        said = " ".join([c.business_name, c.address, c.directions,
                         *(str(s.get("name", "")) for s in c.services)])
        return frozenset(re.findall(r"[a-z][\w'-]*", said.lower()))

    def _is_vet(self) -> bool:
        return "vet" in (self.config.profession or "").lower()

    def _name_around(self, raw: str) -> str | None:
        """Whom a booking is for, said with whose name it is ("her name is Maya Cole"); at a law
        firm, a name said in a dispute the caller told of ("my wife and I are separating ... her
        name is Dana Cole") is the other side's, for the conflict check, never the client's."""
        around = name_said_around(raw, pets=self._is_vet())
        if around and booked_under_their_name(raw):
            return around
        if around and "law" in (self.config.profession or "").lower() and any(
                _DISPUTE.search(clean(line)) for line in [*self.state.heard, raw]):
            return None
        return around

    def _number(self, raw: str) -> str | None:
        """The number in this line, or in the digits cut off last turn followed by this line."""
        number = find_phone_number(raw, region=self.region)
        if number is None and self.state.partial_digits:
            number = find_phone_number(f"{self.state.partial_digits} {raw}", region=self.region)
        if number is not None:
            self.state.partial_digits = ""
        return number

    def _caller_id(self) -> str:
        try:
            return find_phone_number(self.caller_number, region=self.region) or ""
        except ApplicationError:
            return ""

    def _take_contact(self, raw: str) -> None:
        """A name and a callback number. The latest number said wins; a name once given is
        replaced only by one the caller introduces as theirs ("this is...", "sorry, my name
        is...", "actually it's..."), not by a bare "it's Max" (a pet, a child)."""
        s = self.state
        # a booking is under the name of whom it is for ("it's for my husband, his name is
        # Tom Baker"), said at any step; otherwise the name the caller gives as theirs
        # ("take the message under his name, Martin Okafor": a message's too)
        around = self._name_around(raw) if s.task in (Task.NONE, Task.BOOK) or (
            booked_under_their_name(raw)) else None
        if around:
            s.caller_name, s.for_someone_else = around, True
            name = None
        else:
            name = offered_name(raw, exclude=self._own_words())
        if name and s.caller_name and s.task == Task.BOOK and _KIN_OF.search(clean(raw)):
            # "for Mia Cole, ..." then "I'm her mom, Karin Cole": the name held is whom the
            # booking is for; the caller is someone of theirs
            s.for_someone_else = True
        elif name and (not s.caller_name or (_OWN_NAME.search(clean(raw))
                                             and not s.for_someone_else)
                       or fuller_name(name, s.caller_name)):
            s.caller_name = name
        number = self._callers_number(raw)
        if number:
            s.callback_number = number
        elif (not s.callback_number or _CALLING_FROM.search(clean(raw))) and (
                caller_id_accepted(clean(raw))):
            s.callback_number = self._caller_id()  # "on the number I'm calling from"
        elif not s.callback_number and _OTHER_NUMBER.search(clean(raw)):
            s.other_number = True  # asked for, not offered the caller ID

    def _introduced_before(self, raw: str) -> str:
        """A name the caller introduced themselves by ("this is ...", "my name is ...") in an
        earlier line of the call, or ""."""
        for line in reversed(self.state.heard):
            if line == raw:
                continue
            found = offered_name(line, least=INTRODUCED, exclude=self._own_words())
            if found:
                return found
        return ""

    def _callers_number(self, raw: str) -> str | None:
        """The number in a line, unless it is plainly someone else's ("my landlord is Mr. Patel,
        917 555 0134"): a sentence that names another person and not the caller's own number."""
        kept = " ".join(part for part in split_sentences(raw)
                        if not (_THEIRS.search(clean(part)) and not _MINE.search(clean(part))))
        return find_phone_number(kept, region=self.region) if kept else None

    def _take_details(self, raw: str, *, service: bool = True) -> None:
        """Whatever the caller volunteered: name, number, service, when."""
        s = self.state
        self._take_contact(raw)
        found = match_service(self.config, raw) if service else None
        if found and not s.service:
            s.service = str(found["name"])
        # the clauses that name another date (a birthday, a closing, a court date) are not
        # about the visit: "date of birth March 22nd 1981, ..., Friday the 13th at 10:20"
        about_visit = " ".join(c for c in split_clauses(raw) if not _OTHER_DATE.search(clean(c)))
        when = self._or_else(about_visit, parse_when(
            about_visit, now=self.now(), date_order=self.date_order,
            default_day=s.requested.single_day if s.requested else None)) if (
            about_visit.strip()) else None  # "at 10": that day
        when = narrowed(s.requested, when, about_visit, now=self.now(),
                        date_order=self.date_order)  # "any morning", after "after the 15th"
        if when is not None and not self._requested_fits(when):  # (said again: kept as was)
            s.requested = when

    def _absorb_contact(self, raw: str) -> bool:
        """A name or a number the caller gave while answering something else: kept, whatever
        step the call is at (the latest number wins; a name once given is kept unless the
        caller corrects it at a read-back). Whether anything new was learned."""
        s = self.state
        before = (s.caller_name, s.callback_number)
        self._take_contact(raw)
        return (s.caller_name, s.callback_number) != before

    def _residue(self, raw: str) -> bool:
        """Whether the line says anything beyond the caller's name and number."""
        rest = raw
        for token in (self.state.caller_name or "").split():
            rest = re.sub(rf"\b{re.escape(token)}\b", " ", rest, flags=re.IGNORECASE)
        rest = re.sub(r"[\d()+-]+", " ", rest)
        rest = re.sub(r"(?<![\w'])[a-z](?![\w'])", " ", rest, flags=re.IGNORECASE)  # "O, K, A, F"
        rest = re.sub(r"\b(my name is|my name'?s|this is|it'?s|i'?m|i am|number|phone|is|and|"
                      r"the|my|at|on|oh|zero|one|two|three|four|five|six|seven|eight|nine|"
                      r"hi|hello|yes|yeah|sure|okay|ok|sorry|call|me|reach|cell|cellphone|"
                      r"mobile|landline|home|work|best|good|fine|under|in|as|put|it|name(?:'s)?|"
                      r"booked|booking|appointment)\b", " ", rest,
                      flags=re.IGNORECASE)
        return self._substance(rest)


    # --- answers to "May I have your name?" and "What's the best number?" --------------------
    def _answer_name(self, raw: str, text: str) -> Reply | None:
        s = self.state
        own = self._own_words()
        # whose the booking is ("it's for my son, Leo Grant"), then a name the caller plainly
        # gives ("... my name is Ann Lee"), then the answer read as a bare name ("Ann Lee")
        around = self._name_around(raw)
        # the message is from the caller, whoever it is about, unless the caller says it goes
        # under someone's name ("take the message under his name, Martin Okafor")
        if s.task == Task.MESSAGE and not (around and booked_under_their_name(raw)):
            mine = offered_name(raw, exclude=own)
            if around and not mine:
                # "my husband's name is Marc Dubois, for the conflict check": who the message
                # is about, kept in it; the caller's own name is asked for again
                self._add_to_reason(raw)
                return self._noted()
            around = None
        name = (around or offered_name(raw, least=CUED, exclude=own)
                or name_answer(raw, _around=False) or offered_name(raw, exclude=own))
        if name is None:
            return self._name_asked_again(raw)
        s.caller_name, s.for_someone_else = name, bool(around)
        number = find_phone_number(raw, region=self.region)
        if number:
            s.callback_number = number
        if s.task == Task.MESSAGE:
            # "I am Carmen Delgado. I had a blood test last week, I want the doctor to call me
            # about the results": what the message is about, said with the name
            more = self._callers_reason(raw, clauses=True)
            if more and more not in s.reason and len(words(more)) >= 4:
                s.reason = f"{s.reason} {more}".strip()
        s.misses = 0
        if s.task in (Task.CANCEL, Task.RESCHEDULE) and s.existing_appointment is None:
            return self._start_existing("", s.task)
        return self._next()

    def _answer_caller_id(self, raw: str, text: str) -> Reply | None:
        s = self.state
        named = offered_name(raw)
        if named and s.task == Task.BOOK and _UNDER_MY_NAME.search(text):
            # "Book it under my name, Colin Shaw. My number is ...": whose name the booking
            # is under, said with the number
            s.caller_name, s.for_someone_else = named, False
        elif s.task == Task.BOOK and booked_under_their_name(raw) and name_said_around(raw):
            # "Please use his cell for callbacks: .... The booking is under Arjun Mehta."
            s.caller_name, s.for_someone_else = name_said_around(raw), True
        number = self._number(raw)
        if number:
            s.callback_number = number
            return self._next()
        only = bool(_ONLY_NUMBER.search(text))
        rest = _ONLY_NUMBER.sub(" ", text)
        sentences = [clean(x) for x in split_sentences(raw)]
        # "So Rosa Castellano, Thursday the 19th at eleven. Yes, please book it.": what is held
        # said back, and a yes in a sentence of its own
        yes_apart = len(sentences) > 1 and any(is_yes(x) for x in sentences) and not any(
            is_no(x) for x in sentences)
        if is_yes(text) or yes_apart or only or caller_id_accepted(rest):
            s.callback_number = self._caller_id()
            more = [x for x in split_sentences(raw) if not caller_id_accepted(clean(x)) and not (
                is_yes(clean(x))) and not _ONLY_NUMBER.search(clean(x)) and self._substance(x)
                and not self._said_again(x)]
            if more and s.task in (Task.BOOK, Task.MESSAGE):
                # "Send it to the Walgreens on Main Street. And this number is fine.": the
                # number, and more about what the call is for
                self._add_to_reason(" ".join(more))
            return self._next()
        # (the digits of a date of birth said with a name are no number begun: "My wife name
        # is Lan Nguyen. Her birthday April second, nineteen seventy-eight.")
        numeric = " ".join(c for c in split_sentences(raw) if not _OTHER_DATE.search(clean(c)))
        if has_digits(numeric):  # the start of a number, the rest cut off
            s.partial_digits = "".join(spoken_digits(numeric))[-9:]
            s.stage = Stage.ASK_NUMBER
            return self._missed()
        if is_no(text) and intents.without_refusals(text) == clean(text):
            # ("No, I don't want to move it or cancel it": the no is the move's, not the
            # number's)
            s.stage = Stage.ASK_NUMBER
            return self._ask("No problem. " + replies.ASK_NUMBER, prompt=replies.ASK_NUMBER)
        name = name_answer(raw) if len(raw.split()) <= 4 and s.task in (
            Task.BOOK, Task.MESSAGE) else None
        if name and name != s.caller_name:
            # "Ron Sato." to "is this number the best one?": the name, given late (or put
            # right), kept; the question put again
            s.caller_name = name
            return self._next(f"Thanks, {replies.first_name(name)}.")
        if s.caller_name and s.task in (Task.BOOK, Task.MESSAGE) and s.caller_name in (
                self._name_around(raw), offered_name(raw, least=CUED, exclude=self._own_words())):
            # "My wife name is Lan Nguyen, N, G, U, Y, E, N. Her birthday ...": the name (kept
            # as the line was heard) with what goes with it; the question put again
            return self._next(f"Thanks, {replies.first_name(s.caller_name)}.")
        return None

    def _answer_number(self, raw: str, text: str) -> Reply | None:
        s = self.state
        number = self._number(raw)
        if number is None and (re.search(r"\b(same (?:one|number)|the same|this (?:one|number)|"
                                         r"the one i'?m calling from|calling from|my cell|"
                                         r"caller id)\b", text)
                               or _ONLY_NUMBER.search(text)) and (
                self._caller_id()):
            number = self._caller_id()
        if number is None:
            if has_digits(raw):
                s.partial_digits = "".join(spoken_digits(raw))[-9:]
                return self._missed()
            return None
        s.callback_number = number
        s.misses = 0
        if s.task in (Task.CANCEL, Task.RESCHEDULE) and s.existing_appointment is None:
            return self._start_existing("", s.task)
        return self._next()
