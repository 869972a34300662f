"""The "Try it" test call's WebSocket (/ws/try/), on each business's own domain.

It admits only an owner of the business whose domain the socket was opened on
(receptionist/channels_tenant.py, PortalSocket; why the front desk has no Try it:
team/access.py). A refused socket is accepted, told why in an
``error`` event, and closed with 4401 (not logged in) or 4403 (no business at this address), so a
page can tell the two apart. A call that cannot start (every line busy, or a start that failed)
is told why in an ``error`` event and closed with 4503. The consumer is an adapter: it checks the
input and hands it to BrowserCall.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from channels.db import database_sync_to_async
from django.urls import NoReverseMatch, reverse

from frontdesk.call_config import CallConfig
from frontdesk.try_it.browser_call import (
    INPUT_RATES,
    MAX_CHUNK_SECONDS,
    OUTPUT_RATE,
    BrowserCall,
    Message,
)
from frontdesk.try_it.lines import LineBusy
from receptionist.channels_tenant import (
    CLOSE_CALL_FAILED,
    CLOSE_FORBIDDEN,
    PortalSocket,
)
from tenants.router import MultiTenantRouter, validate_subscription

logger = logging.getLogger(__name__)
CALL_FAILED_MESSAGE = ("Your receptionist could not answer: the call could not be started. It is "
                       "listed in your calls as failed, and the error has been logged for the "
                       "server's administrator.")


def _call_url(call_id: str) -> str:
    try:
        return reverse("call-detail", kwargs={"call_id": call_id})
    except NoReverseMatch:
        return ""


def _config(schema: str) -> CallConfig | None:
    return MultiTenantRouter().get_client_config(schema)


class TryItConsumer(PortalSocket):
    """A test call with the business's receptionist, from the owner's browser."""

    # no channel-layer inbox: nothing is sent to a call, and a blocking read of a Redis inbox
    # must not share the loop with the agent session for nothing; so a login removed or made
    # front desk during a test call is found by a check every LOGIN_CHECK_SECONDS instead
    channel_layer_alias = None
    what = "Try it"
    LOGIN_CHECK_SECONDS = 5.0
    call: BrowserCall | None = None
    runner: asyncio.Task | None = None
    watcher: asyncio.Task | None = None
    socket_open = True
    hung_up = False

    async def admitted(self) -> None:
        await self.accept()
        await self.send_event({
            "type": "hello", "input_sample_rates": list(INPUT_RATES),
            "output_sample_rate": OUTPUT_RATE, "max_chunk_ms": int(MAX_CHUNK_SECONDS * 1000),
        })
        self.watcher = asyncio.ensure_future(self.watch_login())

    async def watch_login(self) -> None:
        """End the call and close once the login may no longer use Try it."""
        while self.socket_open:
            await asyncio.sleep(self.LOGIN_CHECK_SECONDS)
            refusal = await self.login_refusal()
            if refusal is not None and self.socket_open:
                await self.login_ended(*refusal)
                return

    async def login_ended(self, code: int, error: str, message: str) -> None:
        if self.call is not None and not self.hung_up:
            self.hung_up = True
            await self.call.finish(socket_open=False)
        await self.end_socket(code=code, error=(error, message))

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
        except LineBusy as busy:
            await call.finish()
            await self.end_socket(error=("busy", busy.message), code=CLOSE_CALL_FAILED)
            return
        except Exception:
            logger.exception("browser test call for %s could not start", self.schema)
            await call.finish()
            await self.end_socket(error=("call_failed", CALL_FAILED_MESSAGE),
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
        if self.watcher is not None and not self.watcher.done():
            self.watcher.cancel()
        if self.call is not None:
            await self.call.finish(socket_open=False)  # the caller hung up
        if self.runner is not None and not self.runner.done():
            self.runner.cancel()
        await super().disconnect(code)
