"""Qualification: the profession template's questions a booking asks (what kind of visit, new
or returning...), asked once per call, in order, the answers kept as the caller said them."""

from __future__ import annotations

from agent_worker.flows.base import (
    _DAYTIME_Q,
    _NAME_Q,
    _REASON_Q,
    MAX_QUESTIONS,
    FlowBase,
    Reply,
)
from agent_worker.flows.knowledge import (
    match_service,
)
from agent_worker.flows.text import (
    is_question,
    is_yes,
)


class Qualification(FlowBase):
    """The template's questions for this booking, and the caller's answers."""

    def _questions(self) -> list[str]:
        """The template's qualification questions this booking asks: its first question and
        its question about the reason, minus what the caller already said."""
        usable = [q for q in self.config.qualification_questions
                  if not _DAYTIME_Q.search(q.lower()) and not _NAME_Q.search(q.lower())]
        if not usable:
            return []
        reason_like = [q for q in usable if _REASON_Q.search(q.lower())]
        chosen = [usable[0]]
        if usable[0] in reason_like:
            chosen += usable[1:2]
        else:
            chosen += reason_like[:1]
        if self.state.reason:
            chosen = [q for q in chosen if q not in reason_like]
        asked = {q for q, _ in self.state.answers}  # asked once per call, never restarted
        return [q for q in chosen if q not in asked][:MAX_QUESTIONS]

    def _qualify(self, raw: str, text: str) -> Reply:
        s = self.state
        question = s.questions.pop(0)
        answer = raw.strip()
        s.answers.append((question, answer))
        if "emergency" in question.lower() and is_yes(text):
            return self._emergency(raw)
        if _REASON_Q.search(question.lower()) and not s.reason:
            s.reason = answer
            service = match_service(self.config, raw)
            if service and not s.service:
                s.service = str(service["name"])
        self._take_details(raw, service=False)
        return self._next()


    def _answer_qualify(self, raw: str, text: str) -> Reply | None:
        if not self.state.questions or (is_question(raw) and raw.strip().endswith("?")):
            return None
        return self._qualify(raw, text)
