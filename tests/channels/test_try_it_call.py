"""A whole "Try it" call on the real local models: a caller's voice (Piper, at a browser's
48 kHz, paced in real time with a quiet room between lines) goes up the socket into the same
session a phone call gets (Silero VAD, whisper, the embedded LLM, Piper); the agent's audio and
the transcript come back down, a page-like client reports playback, and the call is stored as a
test call that the dashboard's live feed follows."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django_tenants.utils import schema_context

from calls.models import Call
from tests.channels.conftest import socket
from tests.channels.test_try_it_protocol import connected, next_message
from tests.voice.audio import wer
from voice.audio_io import PacedAudioInput, Utterance
from voice.phone_line import piper_speech

pytestmark = [pytest.mark.django_db, pytest.mark.slow,
              pytest.mark.usefixtures("thread_db_cleanup")]
BROWSER_RATE = 48_000
LINE = "What are your opening hours on Friday?"


class Page:
    """What try_it.js does with the socket: plays each segment (here: waits its duration),
    reports it played, drops everything on "clear", and keeps the transcript."""

    def __init__(self, comm: WebsocketCommunicator) -> None:
        self.comm = comm
        self.events: list[dict[str, Any]] = []
        self.audio: dict[int, bytearray] = {}
        self.close_code: int | None = None
        self._current: int | None = None
        self._playhead = 0.0
        self._acks: dict[int, asyncio.TimerHandle] = {}
        self._changed = asyncio.Event()

    async def run(self) -> None:
        while self.close_code is None:
            message = await next_message(self.comm, within=300)
            if isinstance(message, bytes):
                self.audio[self._current].extend(message)
            elif "close" in message:
                self.close_code = message["close"]
            else:
                self.events.append(message)
                self._handle(message)
            self._changed.set()

    def _handle(self, message: dict[str, Any]) -> None:
        loop = asyncio.get_running_loop()
        if message["type"] == "segment_start":
            self._current = message["segment"]
            self.audio[self._current] = bytearray()
            self._playhead = max(self._playhead, time.time())
        elif message["type"] == "segment_end":
            segment = message["segment"]
            self._playhead += message["duration"]
            self._acks[segment] = loop.call_later(
                max(self._playhead - time.time(), 0.0), lambda: asyncio.ensure_future(
                    self.comm.send_json_to({"type": "played", "segment": segment})))
        elif message["type"] == "clear":
            for ack in self._acks.values():
                ack.cancel()
            self._playhead = time.time()

    async def until(self, done: Callable[[], bool], within: float = 180) -> None:
        async with asyncio.timeout(within):
            while not done():
                self._changed.clear()
                await self._changed.wait()

    def transcripts(self, role: str, *, final: bool) -> list[str]:
        return [e["text"] for e in self.events if e["type"] == "transcript"
                and e["role"] == role and e["final"] is final]


async def talk(line: PacedAudioInput, comm: WebsocketCommunicator) -> None:
    async for frame in line:
        await comm.send_to(bytes_data=bytes(frame.data))


async def test_a_caller_talks_to_the_receptionist_through_the_socket(owner_session, hosts,
                                                                     settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    speech, rate = await asyncio.to_thread(piper_speech, LINE)  # never on the event loop
    session = await owner_session("t_law")  # Fleet Law speaks with Piper's joe
    live = socket("/ws/live/", hosts["t_law"], session=session)
    assert (await live.connect(timeout=10))[0]
    comm = socket("/ws/try/", hosts["t_law"], session=session)
    await connected(comm)
    await comm.send_json_to({"type": "start", "sample_rate": BROWSER_RATE})
    page = Page(comm)
    line = PacedAudioInput(sample_rate=BROWSER_RATE)
    tasks = [asyncio.ensure_future(page.run()), asyncio.ensure_future(talk(line, comm))]
    try:
        await page.until(lambda: page.transcripts("agent", final=True))  # the greeting played
        await line.play(Utterance.from_array(speech, rate, text=LINE))
        await page.until(lambda: len(page.transcripts("agent", final=True)) >= 2)
        await comm.send_json_to({"type": "hangup"})
        await page.until(lambda: page.close_code is not None, within=60)
    finally:
        line.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    started = next(e for e in page.events if e["type"] == "started")
    ended = next(e for e in page.events if e["type"] == "ended")
    assert page.close_code == 1000 and ended["call_id"] == started["call_id"]
    heard = page.transcripts("user", final=True)
    assert heard and wer(LINE, heard[0]) < 0.3
    assert page.transcripts("user", final=False)  # shown while the caller was still talking
    greeting, reply = page.transcripts("agent", final=True)[:2]
    assert greeting.startswith("Thank you for calling Fleet Law") and reply
    assert len(page.audio) >= 2  # the greeting, then the reply: 16-bit PCM at 24 kHz
    assert all(len(pcm) > 24_000 * 2 // 2 for pcm in list(page.audio.values())[:2])

    def stored() -> tuple[Call, list[tuple[str, str, str]]]:
        with schema_context("t_law"):
            call = Call.objects.get(call_id=started["call_id"])
            return call, list(call.turns.order_by("index").values_list(
                "user_text", "agent_text", "llm_provider"))
    call, turns = await sync_to_async(stored)()
    assert call.is_test and call.status == Call.Status.COMPLETED
    assert call.outcome == Call.Outcome.INFORMATION_ONLY
    assert turns[0][:2] == ("", greeting)
    # answered on this machine: by the local LLM, or by a scripted step of the call flow
    assert turns[1][0] == heard[0] and turns[1][1] and turns[1][2] in ("llama_cpp", "flow")

    kinds = []
    while not kinds or kinds[-1] != "call_ended":
        event = await live.receive_json_from(timeout=30)
        assert event["call_id"] == started["call_id"] and event["is_test"]
        kinds.append(event["kind"])
    assert kinds[0] == "call_started" and kinds.count("turn") == len(turns)
    await live.disconnect()
