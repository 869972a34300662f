"""One call's structured state: what the caller wants, what they told us, what was offered and
what was done. The flow reads and writes it every turn; the agent's tools write it too, so a
stronger model that books through a tool leaves the flow knowing what happened."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from agent_worker.flows.when import When
from calls.appointments import Slot


class Task(enum.StrEnum):
    NONE = ""
    BOOK = "book"
    MESSAGE = "message"
    CANCEL = "cancel"
    RESCHEDULE = "reschedule"


class Stage(enum.StrEnum):
    LISTENING = "listening"  # waiting to hear what the caller wants
    QUALIFY = "qualify"  # asking the profession's qualification questions
    ASK_TIME = "ask_time"  # asked which day and time suits
    CHOOSE_SLOT = "choose_slot"  # offered slots, waiting for a choice
    ASK_NAME = "ask_name"
    ASK_NUMBER = "ask_number"  # asked for a callback number
    CONFIRM_CALLER_ID = "confirm_caller_id"  # asked whether the calling number is the best one
    ASK_REASON = "ask_reason"  # message: what to tell the team
    CONFIRM = "confirm"  # read everything back, waiting for yes
    ASK_CHANGE = "ask_change"  # caller said the read-back was wrong: what to change
    ANYTHING_ELSE = "anything_else"
    ENDED = "ended"


class Offer(enum.StrEnum):
    """A yes/no question the receptionist asked outside a task: a 'yes' takes it up."""

    NONE = ""
    BOOK = "book"
    MESSAGE = "message"
    TRANSFER = "transfer"


@dataclass
class FlowState:
    task: Task = Task.NONE
    stage: Stage = Stage.LISTENING
    offer: Offer = Offer.NONE
    caller_name: str = ""
    for_someone_else: bool = False  # caller_name is whom the booking is for, not the caller
    callback_number: str = ""  # E.164
    other_number: bool = False  # the caller said the number they call from is not the one
    partial_digits: str = ""  # the start of a number cut off mid-way (the line split a turn)
    reason: str = ""
    service: str = ""  # the price-list name, when the caller named one
    answers: list[tuple[str, str]] = field(default_factory=list)  # qualification Q and A
    questions: list[str] = field(default_factory=list)  # qualification questions still to ask
    requested: When | None = None
    offered: list[Slot] = field(default_factory=list)
    chosen: Slot | None = None
    booked_appointment: int | None = None
    booked_slot: Slot | None = None
    existing_appointment: int | None = None  # the booking to cancel or move
    existing_slot: Slot | None = None
    verified_name: str = ""  # the name the caller gave that, with the caller ID, found it
    existing_said: When | None = None  # when the caller said their booking is (not a new time)
    on_the_books: bool = False  # a booking of the caller's was found this call: not a new client
    unfound: Task = Task.NONE  # the move or cancel whose booking was not found under the name
    message_taken: bool = False
    message_id: int | None = None
    urgent: bool = False
    transfer_requested: bool = False
    transferred: bool = False
    ended: bool = False
    abandoned: bool = False  # ended because the caller went silent
    refusals: int = 0  # offers the caller turned down in this booking
    misses: int = 0  # answers the flow could not understand in a row
    silences: int = 0  # "are you still there?" prompts in a row
    same_replies: int = 0  # the last reply repeated word for word this many times in a row
    condoled: bool = False  # the receptionist said it was sorry for a loss the caller told of
    apologised: bool = False  # ... and for what the caller was unhappy with at the business
    cancelled_one: bool = False  # a booking was cancelled on this call
    cancelled_slot: Slot | None = None  # ... and when it was
    moved_from: Slot | None = None  # the old time of a booking moved on this call
    offered_on: int = -1  # the turn an offer was made on, beside an answer to it
    understood: bool = False  # ... and, unhappy again, told it is understood (once more)
    warned_again: bool = False  # the safety line said again for an emergency told anew
    requalified: int = 0  # times the current qualification question was put again
    # further bookings the caller described while one was being made ("... and one for me
    # too, right after his"), in their words: each is booked after the one in hand
    queued: list[str] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)  # the caller's lines so far (the last few)
    # the caller's lines since the last task was done: what a new booking is about is read
    # from them ("I was hurt in a car accident... I'd like to book one for Friday")
    topic: list[str] = field(default_factory=list)
    last_prompt: str = ""  # the question the caller has to answer now
    last_reply: str = ""
    turns: int = 0

    def reset_task(self) -> None:
        """Forget an unfinished task (the caller changed their mind), keep who they are."""
        self.task, self.stage, self.offer = Task.NONE, Stage.LISTENING, Offer.NONE
        self.reason = self.service = ""
        self.answers, self.questions = [], []
        self.requested, self.offered, self.chosen = None, [], None
        self.existing_appointment, self.existing_slot, self.verified_name = None, None, ""
        self.existing_said = None
        self.unfound = Task.NONE
        self.queued = []
        self.refusals = self.misses = 0
        self.urgent = False
        self.last_prompt = ""
