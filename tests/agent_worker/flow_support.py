"""What the call-flow tests share: the pinned clock and a flow for a business on it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from agent_worker.flows import CallFlow, FlowState

NY = ZoneInfo("America/New_York")
TUESDAY_9AM = datetime(2026, 3, 10, 9, 0, tzinfo=NY)


def call_flow(config, state: FlowState | None = None) -> CallFlow:
    return CallFlow(config=config, state=state or FlowState(), clock=lambda: TUESDAY_9AM,
                    caller_number="+14155550123")
