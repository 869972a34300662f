"""The portal's WebSockets, on each business's own domain: the "Try it" test call (/ws/try/)
and the dashboard's live feed (/ws/live/).

Both admit only a login of the business whose domain the socket was opened on (the tenant and
the user come from receptionist/channels_tenant.py). A refused socket is accepted, told why in
an ``error`` event, and closed with 4401 (not logged in) or 4403 (no business at this address),
so a page can tell the two apart; a browser never sees the reason of a refused handshake.
Consumers are adapters: they check the input and hand it to BrowserCall or the channel layer.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.urls import NoReverseMatch, reverse

from agent_worker.browser_call import (
    INPUT_RATES,
    MAX_CHUNK_SECONDS,
    OUTPUT_RATE,
    BrowserCall,
    LineBusy,
    Message,
)
from calls.live import live_group
from tenants.router import MultiTenantRouter, TenantConfig, validate_subscription

logger = logging.getLogger(__name__)

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_BAD_INPUT = 4400  # after too many malformed messages
CLOSE_CALL_FAILED = 1011
MAX_BAD_MESSAGES = 20
MAX_TEXT_CHARS = 4096


class PortalSocket(AsyncWebsocketConsumer):
    """A socket for one login of the business that owns the domain."""

    schema = ""
    bad_messages = 0

    async def connect(self) -> None:
        tenant = self.scope.get("tenant")
        user = self.scope.get("user")
        if tenant is None:
            await self.refuse(CLOSE_FORBIDDEN, "forbidden", "There is no business at this address.")
            return
        if user is None or not user.is_authenticated:
            await self.refuse(CLOSE_UNAUTHENTICATED, "unauthenticated",
                              "Log in to your portal first, then reload this page.")
            return
        self.schema = tenant.schema_name
        await self.admitted()

    async def admitted(self) -> None:
        await self.accept()

    async def refuse(self, code: int, error: str, message: str) -> None:
        await self.accept()
        await self.send_event({"type": "error", "code": error, "message": message})
        await self.close(code=code)

    async def send_event(self, event: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(event))

    async def bad_input(self, code: str, message: str) -> None:
        """Say what was wrong and carry on; a client that keeps sending junk is closed."""
        self.bad_messages += 1
        await self.send_event({"type": "error", "code": code, "message": message})
        if self.bad_messages >= MAX_BAD_MESSAGES:
            await self.send_event({"type": "error", "code": "too_many_errors",
                                   "message": "Too many malformed messages; closing."})
            await self.close(code=CLOSE_BAD_INPUT)

    async def read_json(self, text_data: str) -> dict[str, Any] | None:
        if len(text_data) > MAX_TEXT_CHARS:
            await self.bad_input("too_large", f"Text messages hold at most {MAX_TEXT_CHARS} "
                                              "characters.")
            return None
        try:
            message = json.loads(text_data)
        except ValueError:
            await self.bad_input("bad_json", "Text messages must be JSON objects.")
            return None
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            await self.bad_input("bad_message", 'A message is a JSON object with a "type".')
            return None
        return message


class LiveFeedConsumer(PortalSocket):
    """The dashboard's live feed: call started, turn, call ended, for this business only."""

    group = ""

    async def admitted(self) -> None:
        self.group = live_group(self.schema)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

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


def _call_url(call_id: str) -> str:
    try:
        return reverse("call-detail", kwargs={"call_id": call_id})
    except NoReverseMatch:
        return ""


def _config(schema: str) -> TenantConfig | None:
    return MultiTenantRouter().get_client_config(schema)


class TryItConsumer(PortalSocket):
    """A test call with the business's receptionist, from the owner's browser."""

    # no channel-layer inbox: nothing is sent to a call, and a blocking read of a Redis inbox
    # must not share the loop with the agent session for nothing
    channel_layer_alias = None
    call: BrowserCall | None = None
    runner: asyncio.Task | None = None
    socket_open = True
    hung_up = False

    async def admitted(self) -> None:
        await self.accept()
        await self.send_event({
            "type": "hello", "input_sample_rates": list(INPUT_RATES),
            "output_sample_rate": OUTPUT_RATE, "max_chunk_ms": int(MAX_CHUNK_SECONDS * 1000),
        })

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None
                      ) -> None:
        if bytes_data is not None:
            await self.audio(bytes_data)
            return
        message = await self.read_json(text_data or "")
        if message is None:
            return
        kind = message["type"]
        if kind == "start":
            await self.start(message)
        elif kind == "played":
            await self.played(message)
        elif kind == "hangup":
            await self.hang_up()
        else:
            await self.bad_input("unknown_type", f"Unknown message type {kind[:40]!r}; expected "
                                                 "start, played or hangup.")

    async def audio(self, pcm: bytes) -> None:
        if self.call is None:
            await self.bad_input("not_started", 'Send {"type": "start", "sample_rate": ...} '
                                                "before any audio.")
            return
        try:
            self.call.input.push(pcm)
        except ValueError as exc:
            await self.bad_input("bad_audio", str(exc))

    async def start(self, message: dict[str, Any]) -> None:
        if self.call is not None:
            await self.bad_input("already_started", "One call per connection: hang up and "
                                                    "reconnect to call again.")
            return
        rate = message.get("sample_rate")
        if isinstance(rate, bool) or not isinstance(rate, int) or rate not in INPUT_RATES:
            await self.bad_input("bad_sample_rate", "sample_rate must be one of "
                                 f"{', '.join(map(str, INPUT_RATES))} (Hz).")
            return
        config = await database_sync_to_async(_config)(self.schema)
        if config is None:
            await self.refuse(CLOSE_FORBIDDEN, "forbidden", "There is no business here.")
            return
        if not validate_subscription(config.subscription_status, config.subscription_ends_at):
            await self.bad_input("subscription_inactive", "Your subscription is not active, so "
                                 "your receptionist does not answer calls. Renew it to try it.")
            return
        self.call = BrowserCall(config, send=self.send_message, input_rate=rate,
                                caller_label=self.scope["user"].get_username())
        self.runner = asyncio.ensure_future(self.run_call(self.call))

    async def run_call(self, call: BrowserCall) -> None:
        """Start the call, then wait for the agent's side to end it (end_call, or failure)."""
        try:
            await call.start()
        except LineBusy:
            await call.finish()
            await self.end_socket(error=("busy", "Every test line is in use; try again in a "
                                                 "minute."), code=CLOSE_CALL_FAILED)
            return
        except Exception:
            logger.exception("browser test call for %s could not start", self.schema)
            await call.finish()
            await self.end_socket(error=("call_failed", "The call could not be started; the "
                                                        "error has been logged."),
                                  code=CLOSE_CALL_FAILED)
            return
        await call.ended.wait()
        await self.hang_up()

    async def played(self, message: dict[str, Any]) -> None:
        segment = message.get("segment")
        if isinstance(segment, bool) or not isinstance(segment, int):
            await self.bad_input("bad_message", '"played" needs the integer "segment" it ends.')
            return
        if self.call is not None:
            self.call.played(segment)  # an old or cleared segment is no error: it already ended

    async def hang_up(self) -> None:
        if self.call is None:
            await self.bad_input("not_started", "There is no call to hang up.")
            return
        if self.hung_up:
            return
        self.hung_up = True
        call = await self.call.finish(socket_open=self.socket_open)
        if call is not None and self.socket_open:
            await self.send_event({"type": "ended", "call_id": str(call.call_id),
                                   "outcome": call.outcome, "status": call.status,
                                   "url": _call_url(str(call.call_id))})
        await self.end_socket(code=1000)

    async def end_socket(self, *, code: int, error: tuple[str, str] | None = None) -> None:
        if not self.socket_open:
            return
        if error is not None:
            await self.send_event({"type": "error", "code": error[0], "message": error[1]})
        self.socket_open = False
        await self.close(code=code)

    async def send_message(self, message: Message) -> None:
        if isinstance(message, bytes):
            await self.send(bytes_data=message)
        else:
            await self.send_event(message)

    async def disconnect(self, code: int) -> None:
        self.socket_open = False
        if self.call is not None:
            await self.call.finish(socket_open=False)  # the caller hung up
        if self.runner is not None and not self.runner.done():
            self.runner.cancel()
