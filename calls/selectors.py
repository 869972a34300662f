"""Reads of calls; run inside the business's schema."""

from __future__ import annotations

from calls.conversation import Exchange
from calls.models import Call


def call_history(*, call: Call) -> list[Exchange]:
    """The conversation as it was saved, oldest exchange first."""
    return [Exchange(user=t.user_text, agent=t.agent_text, at=t.started_at)
            for t in call.turns.order_by("index")]
