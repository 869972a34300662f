"""The dashboard's live feed (/ws/live/): call started, turn, call ended, for this business only.

Admits only a login of the business whose domain the socket was opened on
(receptionist/channels_tenant.py), owners and front desk alike; events arrive on the channel
layer from calls/live.py.
"""

from __future__ import annotations

from typing import Any

from calls.live import live_group
from receptionist.channels_tenant import PortalSocket
from team.access import EVERY_ROLE


class LiveFeedConsumer(PortalSocket):
    """The dashboard's live feed: call started, turn, call ended, for this business only."""

    roles = EVERY_ROLE
    what = "the live feed"
    group = ""

    async def admitted(self) -> None:
        self.group = live_group(self.schema)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)
        await super().disconnect(code)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None
                      ) -> None:
        if text_data is None:
            await self.bad_input("read_only", "The live feed takes no audio or binary data.")
            return
        message = await self.read_json(text_data)
        if message is None:
            return
        if message["type"] == "ping":
            await self.send_event({"type": "pong"})
        else:
            await self.bad_input("unknown_type", 'The live feed only answers {"type": "ping"}.')

    async def call_event(self, message: dict[str, Any]) -> None:
        if message.get("schema") != self.schema:  # never another business's call
            return
        await self.send_event({"type": "call", **message["event"]})
