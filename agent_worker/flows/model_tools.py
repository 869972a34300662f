"""What the model's tools and the call's events do to the call, through the flow: the flow is
the only writer of the call's state (flows.state.FlowState).

A model that can call tools (Ollama, OpenAI, watsonx) may find times, ask for a booking or a
message, transfer or end the call; the agent's tools (agent_worker/agent.py) call these methods.
A booking or a message asked for by a model is never written at once: the flow fills in what the
model gathered and reads it back, and only the caller's yes to that read-back writes it, exactly
as for a line the flow answered itself (issue 14: what is written is exactly the read-back the
caller accepted).
"""

from __future__ import annotations

from datetime import datetime

from agent_worker.flows import replies
from agent_worker.flows.base import FlowBase
from agent_worker.flows.llm_guard import ADVICE, PROMISE, REFUSAL
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.state import Offer, Stage, Task
from calls.appointments import Slot


class ModelTools(FlowBase):
    """Entry points for the agent's tools and for what happens on the line."""

    def offer_slots(self, slots: list[Slot]) -> None:
        """Times a tool found and the model offered: the caller's choice is the flow's again."""
        s = self.state
        s.offered = list(slots)
        if slots:
            if s.task == Task.NONE:
                s.task = Task.BOOK
            s.stage = Stage.CHOOSE_SLOT

    def request_booking(self, *, starts_at: datetime, caller_name: str, callback_number: str,
                        reason: str = "", service: str = "") -> str:
        """The model asks to book an offered time: the flow takes what it gathered and says
        what comes next (a missing detail, or the read-back). Raises ValueError for a time
        that was not offered."""
        s = self.state
        slot = next((sl for sl in s.offered if sl.starts_at == starts_at), None)
        if slot is None:
            raise ValueError("That time is not available to book: offer only the times "
                             "check_availability returned, then book one of them.")
        if s.task not in (Task.BOOK, Task.RESCHEDULE):
            s.task = Task.BOOK
        s.chosen = slot
        self._gathered(caller_name, callback_number, reason)
        if service and not s.service:
            s.service = service
        return self._next().text or ""

    def request_message(self, *, caller_name: str, callback_number: str, reason: str,
                        urgent: bool = False) -> str:
        """The model asks to leave a message: read back first, like any other."""
        s = self.state
        s.task, s.offer = Task.MESSAGE, Offer.NONE
        s.urgent = s.urgent or urgent
        self._gathered(caller_name, callback_number, reason)
        return self._next().text or ""

    def _gathered(self, caller_name: str, callback_number: str, reason: str) -> None:
        s = self.state
        if caller_name.strip():
            s.caller_name = caller_name.strip()
        number = find_phone_number(callback_number or "", region=self.region)
        if number:
            s.callback_number = number
        if reason.strip() and not s.reason:
            s.reason = reason.strip()

    def model_reply_dropped(self, cut: str) -> str:
        """The guard dropped the model's open-turn reply (flows.llm_guard; `cut`: why it ended
        it, "" when nothing was left): what the caller hears instead, never silence. Advice or
        a promise gets the template's safe alternative, as advice the flow recognises itself
        does; anything else an offer to take a message, or to put the caller through when
        someone can take the call now, which a yes takes up. With a question of the flow's
        still to come, a statement only: the open turn asks it again."""
        s = self.state
        if cut in (ADVICE, PROMISE) and self.config.safe_alternative:
            if s.task == Task.NONE:
                s.offer, s.last_prompt = Offer.BOOK, ""
            return self.config.safe_alternative
        if s.task != Task.NONE or s.offer != Offer.NONE:
            return replies.instead_of_model(transfer=False, pending=True, refused=False)
        transfer, _ = self._can_transfer()
        s.offer = Offer.TRANSFER if transfer else Offer.MESSAGE
        s.last_prompt = replies.WOULD_YOU
        return replies.instead_of_model(transfer=transfer, pending=False,
                                        refused=cut == REFUSAL)

    def mark_transferred(self) -> None:
        self.state.transfer_requested = False
        self.state.transferred = True

    def mark_ended(self) -> None:
        self.state.ended, self.state.stage = True, Stage.ENDED

    def action_interrupted(self) -> None:
        """The caller talked over the goodbye or the transfer: they are not done yet."""
        s = self.state
        s.ended, s.transfer_requested = False, False
        s.stage = Stage.ANYTHING_ELSE

    def transfer_failed(self) -> str:
        """The transfer could not be made: a message instead. What to say."""
        s = self.state
        s.transfer_requested = False
        s.task, s.offer = Task.MESSAGE, Offer.NONE
        reply = self._next("I'm sorry, I couldn't connect you. I can take a message instead.")
        return reply.text or replies.ASK_NAME
