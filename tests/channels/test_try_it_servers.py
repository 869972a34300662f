"""Try it under every documented way of running the web server (issue 19): `make run`'s
`manage.py runserver` with its autoreloader, which serves from a thread that is not the process's
main one, `runserver --noreload`, and daphne on the ASGI application (README, "Running in
production"). Each is a real server process on the test database, reached over the page's
WebSocket protocol with a real owner login; the call runs on the local models, hears one line
and answers it. A start that fails ends its call as failed and tells the page why at once."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django_tenants.utils import schema_context

from calls.models import Call
from frontdesk.try_it.consumers import CALL_FAILED_MESSAGE
from receptionist.channels_tenant import CLOSE_CALL_FAILED
from tests.live_server import SERVERS, server
from voice.phone_line import piper_speech, resample

pytestmark = [pytest.mark.django_db, pytest.mark.slow,
              pytest.mark.usefixtures("thread_db_cleanup")]
LINE = "Hi, what time do you open on Friday?"
RATE = 16_000
CHUNK = RATE // 50  # 20 ms, as the page's worklet sends it
# what a server must never say while it serves a call (the traceback)
NEVER_LOGGED = ("Plugins must be registered on the main thread", "RuntimeError")


class Closed(Exception):
    pass


class Page:
    """The Try it page's side of /ws/try/ (receptionist/static/portal/try_it.js)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, seen: list[Any]) -> None:
        self.ws = ws
        self.seen = seen  # every event, kept by the test for its failure message

    async def next(self) -> Any:
        message = await self.ws.receive()
        if message.type == aiohttp.WSMsgType.TEXT:
            event = json.loads(message.data)
            self.seen.append(event)
            if event.get("type") == "segment_end":  # played at once: the page is quick
                await self.send({"type": "played", "segment": event["segment"]})
            return event
        if message.type == aiohttp.WSMsgType.BINARY:
            return message.data
        raise Closed(self.ws.close_code)

    async def until(self, done: Any, within: float) -> Any:
        # one deadline for the whole wait: aiohttp starts a receive's timeout again on every
        # ping, and daphne pings every 20 s
        async with asyncio.timeout(within):
            while True:
                message = await self.next()
                if done(message):
                    return message

    async def send(self, message: dict[str, Any]) -> None:
        if not self.ws.closed:
            await self.ws.send_str(json.dumps(message))


def event(kind: str, **fields: Any):
    def match(message: Any) -> bool:
        return isinstance(message, dict) and message.get("type") == kind and all(
            message.get(k) == v for k, v in fields.items())
    return match


@contextlib.asynccontextmanager
async def try_it_page(port: int, host: str, session_key: str, seen: list[Any]):
    origin = f"http://{host}:{port}"
    async with aiohttp.ClientSession() as http, http.ws_connect(
            f"ws://127.0.0.1:{port}/ws/try/", origin=origin, max_msg_size=0,
            headers={"Host": f"{host}:{port}",
                     "Cookie": f"{settings.SESSION_COOKIE_NAME}={session_key}"}) as ws:
        page = Page(ws, seen)
        assert event("hello")(await page.until(lambda m: True, within=30))
        yield page


def caller_line() -> bytes:
    speech, rate = piper_speech(LINE)
    return (np.clip(resample(speech, rate, RATE), -1, 1) * 32767).astype(np.int16).tobytes()


async def speak(page: Page, line: bytes) -> None:
    """A microphone in real time: a moment of a quiet room, the line, then the room again
    until cancelled (the session drops audio that arrives faster than it reads)."""
    rng = np.random.default_rng(0)

    def room(seconds: float) -> bytes:
        return rng.normal(0, 30, int(seconds * RATE)).astype(np.int16).tobytes()

    loop = asyncio.get_running_loop()
    started, sent = loop.time(), 0
    audio = room(0.4) + line
    while True:
        if len(audio) < CHUNK * 2:
            audio += room(1.0)
        chunk, audio = audio[:CHUNK * 2], audio[CHUNK * 2:]
        await page.ws.send_bytes(chunk)
        sent += CHUNK
        await asyncio.sleep(max(started + sent / RATE - loop.time(), 0))


def server_log(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def stored(schema: str) -> list[Call]:
    with schema_context(schema):
        return list(Call.objects.order_by("start_time"))


@pytest.mark.parametrize("kind", list(SERVERS))
async def test_a_test_call_answers_under_every_documented_server(kind, owner_session, hosts,
                                                                 tmp_path):
    log = tmp_path / "server.log"
    session_key = await owner_session("t_law")
    line = await asyncio.to_thread(caller_line)
    seen: list[Any] = []
    with server(kind, log, MEDIA_ROOT=str(tmp_path / "media"), stop_timeout=180) as port:
        try:
            async with try_it_page(port, hosts["t_law"], session_key, seen) as page:
                await page.send({"type": "start", "sample_rate": RATE})
                started = await page.until(event("started"), within=240)
                # the greeting is heard (and reported played) before the caller speaks
                await page.until(event("transcript", role="agent", final=True), within=120)
                speaking = asyncio.ensure_future(speak(page, line))
                try:
                    heard = await page.until(
                        lambda m: event("transcript", role="user", final=True)(m)
                        and m["text"].strip(), within=120)
                    answer = await page.until(event("transcript", role="agent", final=True),
                                              within=180)
                finally:
                    speaking.cancel()
                    with contextlib.suppress(asyncio.CancelledError, ConnectionError):
                        await speaking
                await page.send({"type": "hangup"})
                ended = await page.until(event("ended"), within=60)
        except (Closed, TimeoutError) as exc:
            raise AssertionError(f"{exc!r}; the page got {seen}\n--- server ---\n"
                                 f"{server_log(log)}") from None
    said = [line for line in server_log(log).splitlines() if any(s in line for s in NEVER_LOGGED)]
    assert not said, server_log(log)
    assert "friday" in heard["text"].lower() and answer["text"].strip()
    assert ended["call_id"] == started["call_id"] and ended["status"] == Call.Status.COMPLETED
    [call] = await sync_to_async(stored)("t_law")
    assert str(call.call_id) == started["call_id"] and call.status == Call.Status.COMPLETED


async def test_a_start_that_fails_ends_the_call_as_failed_and_tells_the_page(owner_session,
                                                                             hosts, tmp_path):
    """A voice that cannot load (a Kokoro voice it does not ship) fails every start, after the
    call's row is stored: the page is told at once and the call is never left in progress."""
    log = tmp_path / "server.log"
    session_key = await owner_session("t_law")
    seen: list[Any] = []
    with server("runserver", log, MEDIA_ROOT=str(tmp_path / "media"),
                KOKORO_VOICE="no_such_voice") as port:
        async with try_it_page(port, hosts["t_law"], session_key, seen) as page:
            await page.send({"type": "start", "sample_rate": RATE})
            try:
                await page.until(lambda m: False, within=120)
            except Closed as exc:
                closed = exc.args
            except TimeoutError:
                raise AssertionError(f"the page was left waiting; it got {seen}\n--- server "
                                     f"---\n{server_log(log)}") from None
    errors = [m for m in seen if event("error")(m)]
    assert closed == (CLOSE_CALL_FAILED,), (seen, server_log(log))
    assert [e["code"] for e in errors] == ["call_failed"], (seen, server_log(log))
    assert errors[0]["message"] == CALL_FAILED_MESSAGE
    assert not any(event("started")(m) for m in seen)
    [call] = await sync_to_async(stored)("t_law")
    assert call.status != Call.Status.IN_PROGRESS and call.end_time is not None
    assert call.outcome == Call.Outcome.FAILED and call.is_test
    assert "no_such_voice" in server_log(log)  # the operator's log says what failed
