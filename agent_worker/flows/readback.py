"""The read-back: what a task still needs is asked for, then everything is read back, and a
correction or a change of mind at any point updates it; what is written is exactly what the
caller said yes to."""

from __future__ import annotations

import re
from dataclasses import replace as dataclass_replace

from agent_worker.flows import intents, replies
from agent_worker.flows.base import (
    _AGREES,
    _DISAGREES,
    _YES_LEAD,
    FlowBase,
    Reply,
    _only_goodbye,
)
from agent_worker.flows.contact import caller_id_accepted
from agent_worker.flows.existing import _NO_REBOOK
from agent_worker.flows.names import (
    INTRODUCED,
    booked_under_their_name,
    fuller_name,
    name_answer,
    name_said_around,
    offered_name,
)
from agent_worker.flows.phone import find_phone_number, read_back
from agent_worker.flows.state import Stage, Task
from agent_worker.flows.text import (
    clean,
    fold,
    is_no,
    is_question,
    is_yes,
    split_sentences,
)
from agent_worker.flows.when import DATE_NAMED, WEEKDAYS, When, parse_when

# Steps that ask about the day and time themselves, and so read a change of it on their own.
_TIME_STAGES = frozenset({Stage.ASK_TIME, Stage.CHOOSE_SLOT, Stage.CONFIRM, Stage.ASK_CHANGE})
_CHANGE_OF_MIND = re.compile(r"\b(actually|instead|make it|change (?:it|that|the time|the day)|"
                             r"rather|not (?:on )?(?:monday|tuesday|wednesday|thursday|friday|"
                             r"saturday|sunday|today|tomorrow)|switch (?:it|to)|move it|"
                             r"can we do|could we do|how about|what about)\b")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
# a move said whole: "from Thursday the twelfth at ten to Tuesday the seventeenth at three"
_FROM_TO = re.compile(r"\bfrom\b(?P<old>[^.!?]+?)\b(?:to|over to|until)\b(?P<new>[^.!?]+)",
                      re.IGNORECASE)
# a day and time put forward as the caller's wish ("thursday the twelfth at eight forty works"):
# a change when it names both, even without "actually"
_PUTS_FORWARD = re.compile(r"\b(works?(?: (?:better|best|for me))?|suits? me|(?:is|would be|be) "
                           r"(?:better|best|good|fine|great|perfect)|better for me|i(?:'d| would) "
                           r"prefer|i (?:can|could) (?:do|come|make)|i'?ll take|ideal|"
                           r"(?:can|could|may) (?:i|we) (?:get|have|do|come|book|grab)|"
                           r"(?:can|could) you (?:do|fit|squeeze|give me)|let'?s (?:do|book|"
                           r"make it|go with|say)|book (?:it|that|the \w+|me) (?:for|on)|"
                           # "He'd like to come in on Thursday the 12th at eleven"
                           r"(?:i|we|he|she|they)(?:'d| would) (?:like|love|prefer|want) to "
                           r"(?:come|come in|bring \w+(?: in)?|do it|meet|be seen))\b")

# a "no" that turns something down or corrects it ("No, Friday.", "no wait"), not one that
# describes ("no hot water", "no pain")
_NO_SAID = (r"\bno\b(?=\s*(?:[,.!?;]|$|wait|actually|sorry|not\b|make|let'?s|change|i\b|"
            r"rather|instead|that'?s not|the \w+day|on\b|at\b))")
# an urgent message asked for in so many words
_MARK_URGENT = re.compile(r"\b(?:make|mark|flag) (?:it|this|that|the message|my message) (?:as )?"
                          r"(?:urgent|a priority)\b|\bit'?s urgent\b")
# ("Thanks for passing that on.", "Please pass it along.")
_PASS_IT_ON = re.compile(r"\bpass(?:ing)? (?:it|that|this|the message|my message) (?:on|along)\b")
# a line closed with thanks ("..., about the refill. Thanks.")
_THANKS_LAST = re.compile(r"\b(?:thanks|thank you|cheers)(?: (?:so much|very much|a lot))?\W*$")
# how a caller closes a yes ("Yes, that's everything. Thanks so much."): nothing to add to it
_CLOSERS = re.compile(r"\b(?:that'?s (?:everything|all|it)|that'?s (?:the |my )?(?:best |right |"
                      r"correct |good )?(?:number|one)|"
                      r"thanks?(?: you)?(?: (?:so|very) much| a lot)?|"
                      r"bye(?:[- ]bye)?|goodbye|(?:please )?pass (?:it|that|this|the message) "
                      r"(?:on|along)|(?:please )?go ahead|send it)\b")


# a go-ahead for the booking the caller has just said back, and what doubts it
_YES_SAID = re.compile(r"\b(?:yes|yeah|yep|yup|correct|that'?s right|exactly)\b|"
                       # ("So please move Dorothy Hale ... to Tuesday the 17th at 10:40.")
                       r"\b(?:move|book|do|change) it\b|\bplease (?:move|book)\b")
_GO_AHEAD = re.compile(r"(?:^|[.!?] )(?:yes|yeah|yep|yup|great|perfect|okay|ok|sure|alright)\b|"
                       r"\b(?:book "
                       r"(?:it|that|me in|me)|go ahead|please book|put me down|lock it in|"
                       r"(?:please )?schedule (?:it|that|me|us)(?: in)?|please schedule|"
                       # ("Please put that in.", "Please lock that in.", "Please confirm the
                       # booking.")
                       r"put (?:it|that|this) in|lock (?:that|this) in|please confirm(?: it| that| "
                       r"the (?:booking|appointment|time))?|confirm the (?:booking|appointment)|"
                       r"move (?:it|my \w+) (?:there|to)|works (?:for me|great|fine)|that works|"
                       r"is perfect|go for it|(?:please|kindly|you may) proceed|proceed with "
                       r"(?:it|that|the (?:change|move|booking)))\b")
# ("one question before you book it", "don't book it yet": not a go-ahead)
_BOOK_IT = re.compile(r"(?<!before you )(?<!before we )(?<!don't )(?<!dont )(?<!not )"
                      r"(?<!until you )\b(?:book (?:it|that|me in)|go ahead and book|please book|"
                      r"put me down|lock it in|schedule (?:it|that|me in)|please schedule|go ahead "
                      r"and schedule|put (?:it|that|this) in|lock (?:that|this) in|please confirm|"
                      r"confirm the (?:booking|appointment))\b")
_DOUBTS = re.compile(r"\b(?:no(?! (?:hot|heat|cold|water|leaks?|pain|swelling|bleeding|fever|"
                     # ("..., 7 Birch Lane, no hot water. Please book it.": what is wrong at
                     # home, described; not a doubt about what was read back)
                     r"rush|hurry|insurance|preference|problems?|issues?|emergency|urgency|"
                     r"big deal|kids|pets|allergies|symptoms|damage)\b)|"
                     # ("that's my cell, not the landlord's": whose number, no doubt)
                     r"not(?! (?:the|my|his|her|our|their) (?:landlord|landlady|work|office|home|"
                     r"house|wife|husband|mom|dad|mother|father|boss|partner|old)\w*(?:'s)?\b)|"
                     r"don'?t|wait (?:no|actually|sorry|a sec\w*|a minute|a "
                     r"moment)|actually|instead|rather|or|maybe|unless|change (?:it|that|"
                     r"the (?:time|day|date))|hold on|hmm|whichever|either)\b|^wait\b")


# asking whether another time is free ("do you have anything on Friday at 11?", "is the 9 AM
# window on the 12th free?"): the time is looked up, never left to a model to guess
_ASKS_AVAILABILITY = re.compile(
    r"\b(?:do|would|could) you (?:have|got) (?:anything|something|any(?:thing)? (?:open|free|"
    r"available)|a (?:slot|space|spot|time|window|opening)|an opening|openings|room|space)|"
    r"\b(?:is|are) (?:there )?(?:\w+ ){0,6}(?:free|open|available|taken)\b|"
    r"\bany (?:openings|availability|slots|spots|times)\b|\banything (?:on|at|for|around) ")


_SAME_TIME = re.compile(r"\b(same time|same hour|the same time|at the same time)\b")


# a message's reason said again at its read-back
_YES_FIRST = re.compile(r"(?:yes|yeah|yep|yup|sure|okay|ok|right|correct)\b")
# what says the read-back is not right ("wait, that's not it", "hold on"; not "I'll wait here")
_A_CORRECTION = re.compile(r"(?<!'ll )(?<!will )(?<!to )(?<!can )(?<!i )(?<!we )\bwait\b"
                           r"(?! (?:here|there|for|in|inside|outside|until|till|by|at|on)\b)|"
                           r"\b(?:hold on|actually|not right|wrong|mistake)\b")
_NEW_REASON = re.compile(r"\b(it'?s about|it is about|about|regarding|the message is|tell (?:them|"
                         r"her|him)|it'?s (?:actually )?(?:for|re))\b")



class ReadBack(FlowBase):
    """Asking for what is missing, reading it back, and changes to it."""

    def _next(self, prefix: str = "") -> Reply:
        """Ask for whatever the task still needs, or read it all back."""
        s = self.state
        lead = f"{prefix} " if prefix else ""
        if s.task in (Task.BOOK, Task.RESCHEDULE):
            if s.questions:
                s.stage = Stage.QUALIFY
                return self._ask(lead + s.questions[0], prompt=s.questions[0])
            if s.chosen is None:
                if s.requested is not None:
                    return self._search(s.requested, prefix)
                s.stage = Stage.ASK_TIME
                return self._ask(lead + replies.ASK_TIME, prompt=replies.ASK_TIME)
        if s.task in (Task.BOOK, Task.RESCHEDULE, Task.MESSAGE):
            if not s.caller_name:
                s.stage = Stage.ASK_NAME
                return self._ask(lead + replies.ASK_NAME, prompt=replies.ASK_NAME)
            if not s.callback_number:
                caller_id = self._caller_id()
                if caller_id and not s.other_number:
                    s.stage = Stage.CONFIRM_CALLER_ID
                    question = (f"Is the number you're calling from, {read_back(caller_id)}, "
                                "the best one to reach you?")
                    return self._ask(lead + question, prompt=question)
                s.stage = Stage.ASK_NUMBER
                return self._ask(lead + replies.ASK_NUMBER, prompt=replies.ASK_NUMBER)
        if s.task == Task.MESSAGE and not s.reason:
            s.stage = Stage.ASK_REASON
            return self._ask(lead + replies.ASK_REASON, prompt=replies.ASK_REASON)
        moved = self._go_ahead_elsewhere()
        if moved is not None:  # "Yes, Thursday at 3, please book it" after 2 PM was offered
            s.chosen, s.requested, s.offered = None, moved, []
            return self._search(moved, prefix or "Sure.")
        if s.task in (Task.BOOK, Task.RESCHEDULE) and self._went_ahead():
            # the caller said the booking back themselves and asked for it: it is written and
            # everything said back, so a caller who hangs up now has what they asked for
            return self._commit_booking(said_back=True)
        if s.task in (Task.BOOK, Task.RESCHEDULE, Task.MESSAGE):
            s.stage = Stage.CONFIRM
            summary = self._summary()
            return self._ask(lead + summary, prompt=summary)
        s.stage = Stage.LISTENING
        return self._ask(lead + replies.HOW_CAN_I_HELP, prompt=replies.HOW_CAN_I_HELP)

    def _go_ahead_line(self) -> str:
        """The caller's line just heard when it is a go-ahead ("yes...", "book it"), else ''."""
        line = self.state.heard[-1] if self.state.heard else ""
        if self._queued_start:  # (a booking the caller queued is read from its own words)
            return ""
        return line if _GO_AHEAD.search(" ".join(line.lower().split())) else ""

    def _moved_to(self, raw: str) -> str:
        """The words of a line that say when, for a move said whole ("from Thursday the twelfth
        at ten to Tuesday the seventeenth at three"): those after "to", the time it moves to."""
        moved = _FROM_TO.search(raw) if self.state.task == Task.RESCHEDULE else None
        if moved and parse_when(moved.group("new"), now=self.now(),
                                date_order=self.date_order) is not None:
            return moved.group("new")
        return raw

    def _go_ahead_elsewhere(self) -> When | None:
        """A go-ahead that names another clock time than the one chosen: the time said."""
        s = self.state
        line = self._moved_to(self._go_ahead_line())
        if s.task not in (Task.BOOK, Task.RESCHEDULE) or s.chosen is None or not line:
            return None
        when = parse_when(line, now=self.now(), date_order=self.date_order,
                          expect_time=True, default_day=s.chosen.local_start.date())
        return when if when is not None and when.at is not None and self._other_slot(
            when, line) else None

    def _went_ahead(self) -> bool:
        """Whether the line that completed the booking is the caller's own read-back: a go-ahead
        ("yes", "book it", "please move it there") that says the chosen day and time again,
        with nothing in it that doubts or changes them. ("Yes, Thursday the 12th at 2 PM.
        Book it for Priya Raman, on the number I'm calling from.")"""
        s = self.state
        raw = self._go_ahead_line()
        text = clean(raw)
        if s.chosen is None or not raw or _DOUBTS.search(text) or raw.rstrip().endswith("?"):
            return False
        raw = self._moved_to(raw)

        def says_the_slot(line: str) -> bool:
            when = parse_when(line, now=self.now(), date_order=self.date_order,
                              expect_time=True)
            return when is not None and when.single_day is not None and when.at is not None and (
                not self._other_slot(when, line))
        # the day and time said back in this line, or in the line before it when this one
        # asks for the booking in so many words ("Thursday the 12th at 10:20. That's all
        # correct." then "Please book it.")
        if parse_when(raw, now=self.now(), date_order=self.date_order) is not None:
            return says_the_slot(raw)  # a time in this line: it must be the one chosen
        before = s.heard[-2] if len(s.heard) > 1 else ""
        return bool(_BOOK_IT.search(text)) and not _DOUBTS.search(clean(before)) and not (
            before.rstrip().endswith("?")) and says_the_slot(before)

    def _summary(self) -> str:
        s = self.state
        number = read_back(s.callback_number)
        if s.task == Task.MESSAGE:
            who = "" if s.caller_name == replies.NAME_NOT_GIVEN else f" from {s.caller_name},"
            return (f"Let me read that back: a message{who} on {number}, about: "
                    f"{s.reason.rstrip('.?!')}. Shall I pass that on?")
        assert s.chosen is not None
        when = s.chosen.spoken()
        if s.task == Task.RESCHEDULE and s.existing_slot is not None:
            return (f"So I'll move your appointment from {s.existing_slot.spoken()} to {when}, "
                    f"for {s.caller_name} on {number}. Shall I go ahead?")
        what = f", for {self._service().lower()}" if self._service() else ""
        return (f"So that's {s.caller_name}, {when}{what}, and your number is {number}. "
                "Shall I book that?")

    def _time_changed(self, raw: str, text: str) -> Reply | None:
        """'Actually, make it 11', 'not Wednesday, Thursday': a change of day or time said while
        the receptionist asks something else (a qualification question, the name, the number).
        The booking's time is updated at once and the question put again, so the read-back
        always says the latest time. (The steps that ask about the time read it themselves.)"""
        s = self.state
        if s.task not in (Task.BOOK, Task.RESCHEDULE) or s.stage in _TIME_STAGES:
            return None
        cued = bool(_CHANGE_OF_MIND.search(text) or _ASKS_AVAILABILITY.search(text))
        if not cued and not _PUTS_FORWARD.search(text):
            return None
        day = (s.chosen.local_start.date() if s.chosen else
               s.requested.single_day if s.requested else None)
        raw = self._moved_to(raw)
        when = self._same_time(parse_when(raw, now=self.now(), date_order=self.date_order,
                                          expect_time=True, default_day=day), text)
        if not cued and (s.chosen is None or when is None or when.at is None or not (
                DATE_NAMED.search(text) or _WEEKDAY.search(text))):
            # "mornings work better": not a time to move to on its own; nor a time said to a
            # question before one was chosen (it is the time asked for, read with the answer)
            return None
        if when is None or self._chosen_fits(when) or self._requested_fits(when):
            return None  # "yes, Saturday the 14th, whichever is open": what was chosen, again
        s.requested, s.chosen, s.offered = when, None, []
        self._answered_in_passing(raw)  # "Friday at three, with whoever is free"
        # ("Is there any Saturday afternoon option?" where Saturdays end at noon: told now,
        # not after the questions)
        none_then = self._none_on_the_day(when) if s.stage == Stage.QUALIFY and (
            when.at is None) else ""
        return self._next(none_then or "Sure.")

    def _requested_fits(self, when: When) -> bool:
        """Whether the time already asked for ("the 14th at 9") is inside `when` ("Saturday
        the 14th"): said again in fewer words, not changed."""
        asked = self.state.requested
        if asked is None or asked.day_from is None or when.day_from is None:
            return False
        if not (when.day_from <= asked.day_from
                and (asked.day_to or asked.day_from) <= (when.day_to or when.day_from)):
            return False
        if when.at is not None:
            return asked.at == when.at
        if when.after is None and when.before is None:
            return True
        return asked.at is not None and (when.after is None or when.after <= asked.at) and (
            when.before is None or asked.at < when.before)

    def _chosen_fits(self, when: When) -> bool:
        """Whether the slot already chosen is what `when` asks for (the caller said it again)."""
        chosen = self.state.chosen
        if chosen is None or when.day_from is None:
            return False
        start = chosen.local_start
        day_to = when.day_to or when.day_from
        if not when.day_from <= start.date() <= day_to:
            return False
        if when.at is not None:
            return when.at == start.time().replace(tzinfo=None)
        return (when.after is None or when.after <= start.time().replace(tzinfo=None)) and (
            when.before is None or start.time().replace(tzinfo=None) < when.before)

    def _same_time(self, when: When | None, text: str) -> When | None:
        """'Thursday, same time': another day at the time already chosen."""
        s = self.state
        # the time chosen, or when moving a booking, the time of the one being moved
        slot = s.chosen or (s.existing_slot if s.task == Task.RESCHEDULE else None)
        if when is None or when.at is not None or slot is None or not _SAME_TIME.search(text):
            return when
        return dataclass_replace(when, at=slot.local_start.time(), after=None, before=None,
                                 part_phrase="")

    def _confirm(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if s.task == Task.MESSAGE and not s.urgent and not intents.says_not_urgent(raw) and (
                intents.urgent(text) or _MARK_URGENT.search(text)):
            # "Please mark it urgent and have someone call me today." at the read-back: flagged
            s.urgent = True
        if s.task == Task.MESSAGE and intents.wants_human(text) and self._can_transfer()[0]:
            # "Can you put me through to someone, please?" at the message's read-back: a person
            # asked for and one there to take it, not more for the message
            return None
        if s.task in (Task.BOOK, Task.RESCHEDULE) and s.chosen is None:
            return self._next()  # the slot read back was let go (another service): found again
        if s.task in (Task.BOOK, Task.RESCHEDULE):
            said = name_said_around(raw) if booked_under_their_name(raw) else offered_name(raw)
            if said and (fuller_name(said, s.caller_name) or (
                    len(said.split()) > 1 and (len(s.caller_name.split()) < 2 or (
                        fold(said) != fold(s.caller_name) and (
                            _GO_AHEAD.search(text) or _BOOK_IT.search(text)))))):
                # "So: Mireille Tanaka, ..., please book it" to a read-back of "Tanaka": the
                # name read back, said in full, is what is written; and the full name of the
                # caller's own summary with a go-ahead ("To recap: Samuel Ostrowski, Thursday
                # at eleven. Please put that in." from his office manager) over the one held
                s.caller_name = said
            when = self._same_time(parse_when(
                self._moved_to(raw), now=self.now(), date_order=self.date_order,
                default_day=s.chosen.local_start.date() if s.chosen else None), text)
            changing = re.search(
                rf"{_NO_SAID}|\b(wait|actually|instead|make it|change|rather|how about|"
                r"what about)\b", text)
            accepts = (_GO_AHEAD.search(text) or _YES_SAID.search(text)) and not (
                raw.rstrip().endswith("?"))
            if when is not None and accepts and self._chosen_fits(when) and not re.search(
                    rf"{_NO_SAID}|\b(?:not|wait|rather|how about|what about)\b", text):
                # "ok so monday the sixteenth at one instead of thursday, yes move it": the slot
                # read back said again with a yes ("instead" of the old one, not of this one)
                return self._commit_booking()
            if when is not None and not changing and not self._other_slot(when, raw) and (
                    _GO_AHEAD.search(text) and not raw.rstrip().endswith("?")):
                # "Wednesday at ten is great, go ahead": the slot read back, agreed to
                return self._commit_booking()
            if when is not None and (not is_yes(text) or changing or self._other_slot(when, raw)):
                # "Yes, Wednesday at four thirty" to a read-back of 3 PM: the time said wins
                s.chosen = None
                return self._search(when, "Sure.")
        name = offered_name(raw) or (name_answer(raw) if re.search(
            r"\b(name is|name's|it's spelled|spelled)\b", text) else None)
        if name and s.task == Task.MESSAGE and name == name_said_around(raw) and not (
                booked_under_their_name(raw)) and not offered_name(raw, least=INTRODUCED):
            # "Her name is Ava, she's eleven" at an urgent message's read-back: whom it is
            # about, not who is calling; kept in the message
            self._add_to_reason(raw)
            if any(is_yes(clean(x)) for x in split_sentences(raw)) and not is_no(text):
                return self._commit_message()  # ("... Yes, please pass it on.")
            name = None
        number = find_phone_number(raw, region=self.region)
        name_again = bool(name) and fold(name) == fold(s.caller_name)
        if name_again:
            name = None  # "yes, Friday at 10 for Ann Lee": the name read back, said again
        if number is None and caller_id_accepted(text) and self._caller_id() and (
                self._caller_id() != s.callback_number) and s.task in (Task.BOOK, Task.MESSAGE):
            # "For me, the number I'm calling from is the best one" to a read-back of another
            # number (the landlord's, given earlier): the number called from
            number = self._caller_id()
        said_again = bool(number) and number == s.callback_number
        if said_again:
            number = None
        if name or number:
            if name:
                s.caller_name = name
            if number:
                s.callback_number = number
            return self._next("Thanks, I've updated that.")
        if (name_again or said_again) and (_THANKS_LAST.search(text) or (_PASS_IT_ON.search(
                text) and not re.match(r"\W*(?:yes|yeah|yep)\b", text))) and not (
                _DISAGREES.search(text) or is_no(text) or is_question(raw)) and s.task in (
                Task.MESSAGE, Task.BOOK):
            # "So that's Dana Reyes, six one seven ..., about the refill. Thanks.": what was
            # read back, said back, and thanked for: agreed
            return self._commit_message() if s.task == Task.MESSAGE else self._commit_booking()
        if name_again and not number and not (is_yes(text) or _GO_AHEAD.search(text)
                                              or is_no(text)):
            # "Nadia Petrov, P E T R O V, date of birth October 2nd": who they are, said to
            # check it is theirs; thanked, and the question put again
            return self._ask(f"Thanks, {replies.first_name(s.caller_name)}. {s.last_prompt}",
                             prompt=s.last_prompt)
        if said_again and not (is_yes(text) or _GO_AHEAD.search(text)) and not is_no(text):
            # "It's the one I gave you at the start, six three six...": the number read back,
            # said again to check it
            return self._ask(f"Yes, that's the number I have. {s.last_prompt}",
                             prompt=s.last_prompt)
        if s.task == Task.MESSAGE and _NEW_REASON.search(text) and self._substance(raw):
            if not _YES_FIRST.match(text):
                s.reason = self._callers_reason(raw)  # "Sorry, it's about the bill, not..."
                return self._next("Thanks, I've updated that.")
            # ("Yes, please tell them we're coming.": a yes to what was read back, and more,
            # kept with it below)
        # "That's all." / "That's it, thanks": what was read back is everything, so it is agreed
        closed = bool(_CLOSERS.search(text)) and not _DISAGREES.search(text) and not clean(
            _CLOSERS.sub(" ", text)).strip(" .,!")
        if s.task == Task.MESSAGE and not is_question(raw) and (intents.declines_booking(text) or (
                re.match(r"(?:no,? )?just\b", text) and not _DISAGREES.search(text))) and (
                intents.wants_message(text) or re.search(r"\bcall ?back\b|\bcall me\b", text)):
            # "I don't want to book anything, just a call back, please.": the message read back
            # is what they want
            return self._commit_message()
        if s.task == Task.MESSAGE and not (is_yes(text) or is_no(text) or is_question(raw) or closed
                                           or _AGREES.search(text) or _DISAGREES.search(text)) and (
                self._substance(raw)):
            # more for the message, said at its read-back ("please send me the address"): kept;
            # said with a goodbye ("Evenings are best. Okay, thanks, bye."), the message goes
            # with it and the call ends
            more = " ".join(x for x in split_sentences(raw) if not _only_goodbye(clean(x)))
            more = more.strip() or raw.strip()
            s.reason = f"{s.reason.rstrip(' .?!')}. {more}" if s.reason else more
            if intents.says_farewell(text):
                return self._goodbye()
            return self._next("Thanks, I've added that.")
        if s.task == Task.CANCEL:
            if is_yes(text) or intents.wants_to_call_off(text):
                return self._commit_cancel(leaving=intents.says_farewell(text),
                                           rebook=not _NO_REBOOK.search(text))
            if self._plainly_cancels("") and (
                    _only_goodbye(text) or intents.thanks(text) or (
                        is_no(text) and _NO_REBOOK.search(text)
                        and not re.search(r"\b(?:keep|don'?t cancel|not cancel)\b", text))):
                # asked in so many words ("I have to cancel my cleaning on Friday"), then "thank
                # you, goodbye" or "no, I don't want to make another one": done as asked
                return self._commit_cancel(leaving=intents.says_farewell(text),
                                           rebook=not _NO_REBOOK.search(text))
            if self._names_the_booking(raw):
                question = "Would you like me to cancel it?"
                return self._ask(f"Yes, that's the one. {question}", prompt=s.last_prompt)
            if is_no(text):
                s.reset_task()
                s.stage = Stage.ANYTHING_ELSE
                return self._ask(f"Okay, I've left it as it is. {replies.ANYTHING_ELSE}",
                                 prompt=replies.ANYTHING_ELSE)
            return None
        thanked = intents.thanks(text) and len(text.split()) <= 4 and not re.search(
            r"\b(?:no|not|but|wait|actually)\b", text)  # "thanks" to "shall I pass that on?"
        if is_yes(text) or thanked or closed or (_AGREES.search(text)
                                                 and not _DISAGREES.search(text)):
            if s.task == Task.MESSAGE:
                extra = _CLOSERS.sub(" ", _AGREES.sub(" ", _YES_LEAD.sub("", text)))
                if self._substance(extra) and not is_question(raw):
                    # "please send me the address": a yes that adds to the message
                    s.reason = f"{s.reason.rstrip(' .?!')}. {raw.strip()}"
                return self._commit_message()
            return self._commit_booking()
        if is_no(text) and s.task in (Task.BOOK, Task.RESCHEDULE) and not re.search(
                r"\b(?:wrong|not right|incorrect|change|different|mistake|actually|instead|wait|"
                r"time|day|date|name|number|spell\w*|book|cancel)\b", text) and len(
                text.split()) >= 6 and self._substance(raw):
            # "No, dear, no pain at all. And I still have Delta Dental": a no to something else
            # (pain, an emergency), said with more about the visit: noted, read back again
            self._add_to_reason(raw)
            return self._noted()
        if s.task == Task.MESSAGE and intents.says_farewell(text) and not _DISAGREES.search(
                text) and not is_no(text) and not _A_CORRECTION.search(text):
            # "Thanks, I'll wait here. Bye.": the caller leaves content with what was read back
            return self._commit_message()
        if is_no(text) or _A_CORRECTION.search(text):
            s.stage = Stage.ASK_CHANGE
            direct = self._change(raw, text)
            if direct is not None:
                return direct
            question = ("Sorry about that. What should I change: the time, your name or the "
                        "number?" if s.task != Task.MESSAGE else
                        "Sorry about that. What should I change: your name, the number or the "
                        "message?")
            return self._ask(question)
        if s.task in (Task.BOOK, Task.RESCHEDULE) and not is_question(raw) and (
                self._substance(raw)):
            # "I've got Delta Dental through work": more about the visit, not an answer to the
            # read-back; kept with the booking's reason, and the read-back put again
            self._add_to_reason(raw)
            return self._noted()
        return None

    def _other_slot(self, when: When, line: str = "") -> bool:
        """Whether `when` names another day or clock time than the slot read back. The slot's
        weekday said without a date ("Wednesday at five" to Wednesday the 18th read back) is
        the slot's day, not the nearest Wednesday."""
        chosen = self.state.chosen
        if chosen is None:
            return False
        local = chosen.local_start
        other_day = when.single_day is not None and when.single_day != local.date() and not (
            line and when.single_day.weekday() == local.weekday()
            and not DATE_NAMED.search(clean(line)))
        return bool((when.at is not None and when.at != local.time()) or other_day)

    def _change(self, raw: str, text: str) -> Reply | None:
        s = self.state
        if s.task in (Task.BOOK, Task.RESCHEDULE):
            when = self._same_time(parse_when(raw, now=self.now(), date_order=self.date_order),
                                   text)
            if when is not None:
                s.chosen = None
                return self._search(when)
        name = offered_name(raw)
        number = find_phone_number(raw, region=self.region)
        if name or number:
            s.caller_name = name or s.caller_name
            s.callback_number = number or s.callback_number
            return self._next("Thanks.")
        if re.search(r"\b(time|day|date|slot)\b", text) and s.task != Task.MESSAGE:
            s.chosen = None
            s.stage = Stage.ASK_TIME
            return self._ask(replies.ASK_TIME)
        if re.search(r"\bname\b", text):
            s.caller_name, s.for_someone_else = "", False
            s.stage = Stage.ASK_NAME
            return self._ask("What's the correct name?", prompt=replies.ASK_NAME)
        if re.search(r"\b(number|phone)\b", text):
            s.callback_number = ""
            s.stage = Stage.ASK_NUMBER
            return self._ask("What's the correct number, including the area code?",
                             prompt=replies.ASK_NUMBER)
        if re.search(r"\b(message|reason)\b", text) and s.task == Task.MESSAGE:
            s.reason = ""
            s.stage = Stage.ASK_REASON
            return self._ask(replies.ASK_REASON)
        if re.search(r"\b(?:nothing|(?:that|it)(?:'s| is| will be| would be) (?:all )?(?:fine|"
                     r"right|"
                     r"correct|good|ok|okay))\b", text) and s.chosen is not None or (
                s.task == Task.MESSAGE and re.search(r"\b(?:nothing|fine|correct)\b", text)):
            # "Yes, that will be fine" to "what should I change?": nothing, it was right
            return self._commit_message() if s.task == Task.MESSAGE else self._commit_booking()
        if is_yes(text) or re.search(r"\b(nothing|it'?s (?:fine|right|correct))\b", text):
            return self._next()
        if s.task == Task.MESSAGE and self._substance(raw):  # the message, said again
            s.reason = self._callers_reason(raw) or raw.strip()
            return self._next("Thanks.")
        return None
