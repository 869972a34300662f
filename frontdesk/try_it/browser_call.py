"""A test call from the portal's "Try it" page: the owner's microphone in, the receptionist's
voice out, over the page's WebSocket, through the very session a phone call gets.

`BrowserCall` starts the call with `start_call` as the phone entrypoint does (same factory, VAD,
agent, greeting and turn recorder) and stores it as a test call (``is_test=True``: listed, never
counted as revenue). Only the audio I/O differs: the socket's PCM frames are the caller's line,
and the agent's frames go back down the socket for the page to play.

Wire format (the consumer validates it; see frontdesk/try_it/consumers.py):
- page -> server: binary messages of 16-bit little-endian mono PCM at the rate announced in
  ``{"type": "start", "sample_rate": ...}``; ``{"type": "played", "segment": n}`` once segment n
  has finished playing; ``{"type": "hangup"}``.
- server -> page: ``segment_start`` / binary PCM at OUTPUT_RATE / ``segment_end`` for each stretch
  of agent speech, ``clear`` when the caller talks over it (stop playing at once), ``transcript``
  (role user|agent, final or not), ``state`` and ``started`` events; the consumer adds ``hello``,
  ``ended`` and ``error``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context
from livekit import rtc
from livekit.agents.voice import io

from agent_worker.session import CallHandle, finish_call, start_call
from calls.models import Call
from frontdesk.call_config import CallConfig
from frontdesk.try_it import lines as try_it_lines
from frontdesk.try_it.lines import (
    Lines,
    try_it_line_claim,
    try_it_line_release,
    try_it_line_renew,
)
from voice.audio_io import INPUT_FRAME_MS
from voice.factory import VoiceAssistantFactory

logger = logging.getLogger(__name__)

INPUT_RATE = 16_000  # what the VAD and whisper work at; the page's audio is resampled to it
INPUT_RATES = (8_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)
OUTPUT_RATE = 24_000  # the agent's audio as sent to the page
MAX_CHUNK_SECONDS = 0.25  # one binary message holds at most this much audio
# audio the session has not read yet; older frames are dropped. A busy two-core machine's
# session can fall a couple of seconds behind while the call starts (a CI run lost a caller's
# first words at 2 s), so this holds more than a stall, and a drop is logged at hang-up.
MAX_BUFFERED_SECONDS = 5.0
PLAYBACK_GRACE = 2.0  # a page that never reports playback: a segment counts as played this late

Message = dict[str, Any] | bytes
Send = Callable[[Message], Awaitable[None]]


def max_chunk_bytes(sample_rate: int) -> int:
    return int(sample_rate * MAX_CHUNK_SECONDS) * 2


class BrowserAudioInput(io.AudioInput):
    """The page's microphone as the caller's line.

    The page captures in real time, so unlike the simulator's input this one needs no pacing:
    it cuts what arrives into 32 ms frames at INPUT_RATE and hands them over as they come.
    A session that falls behind loses the oldest audio, never the newest.
    """

    def __init__(self, *, sample_rate: int, label: str = "browser-microphone") -> None:
        super().__init__(label=label)
        if sample_rate not in INPUT_RATES:
            raise ValueError(f"sample rate {sample_rate} Hz is not one of {INPUT_RATES}")
        self.sample_rate = sample_rate
        self._resampler = (None if sample_rate == INPUT_RATE else rtc.AudioResampler(
            sample_rate, INPUT_RATE, num_channels=1, quality=rtc.AudioResamplerQuality.HIGH))
        self._frame_bytes = INPUT_RATE * INPUT_FRAME_MS // 1000 * 2
        self._max_frames = int(MAX_BUFFERED_SECONDS * 1000 / INPUT_FRAME_MS)
        self._pending = bytearray()
        self._frames: asyncio.Queue[rtc.AudioFrame | None] = asyncio.Queue()
        self._closed = False
        self.received_seconds = 0.0
        self.dropped_frames = 0

    def push(self, pcm: bytes) -> None:
        """Take one binary message; ValueError says what is wrong with a malformed one."""
        if len(pcm) % 2:
            raise ValueError(f"audio must be 16-bit samples; got {len(pcm)} bytes, an odd count")
        limit = max_chunk_bytes(self.sample_rate)
        if len(pcm) > limit:
            raise ValueError(f"an audio message holds at most {MAX_CHUNK_SECONDS * 1000:.0f} ms "
                             f"({limit} bytes at {self.sample_rate} Hz); got {len(pcm)} bytes")
        if self._closed or not pcm:
            return
        self.received_seconds += len(pcm) / 2 / self.sample_rate
        if self._resampler is not None:
            frame = rtc.AudioFrame(pcm, self.sample_rate, 1, len(pcm) // 2)
            pcm = b"".join(bytes(f.data) for f in self._resampler.push(frame))
        self._pending += pcm
        step = self._frame_bytes
        while len(self._pending) >= step:
            chunk = bytes(self._pending[:step])
            del self._pending[:step]
            if self._frames.qsize() >= self._max_frames:
                self._frames.get_nowait()
                self.dropped_frames += 1
            self._frames.put_nowait(rtc.AudioFrame(chunk, INPUT_RATE, 1, step // 2))

    def close(self) -> None:
        """The caller hung up: reading ends once what arrived has been read."""
        if not self._closed:
            self._closed = True
            self._frames.put_nowait(None)

    async def __anext__(self) -> rtc.AudioFrame:
        frame = await self._frames.get()
        if frame is None:
            self._frames.put_nowait(None)  # every later read ends too
            raise StopAsyncIteration
        return frame


@dataclass
class _Segment:
    id: int
    starts_at: float  # wall clock when the page starts playing it
    duration: float = 0.0
    timer: asyncio.TimerHandle | None = None


class BrowserAudioOutput(io.AudioOutput):
    """The page's loudspeaker: each stretch of agent speech is sent as it is synthesised and
    counts as played when the page says so (or its duration plus PLAYBACK_GRACE after it
    started, for a page that never says). ``clear_buffer`` (the caller talked over the agent)
    tells the page to stop at once and reports how far each cut segment got.

    The session's contract (shared/notes/voice-latency.md): ``on_playback_started`` on a
    segment's first frame, exactly one ``on_playback_finished`` per flushed or cleared segment.
    """

    def __init__(self, post: Callable[[Message], None], *, sample_rate: int = OUTPUT_RATE,
                 grace: float | None = None, label: str = "browser-speaker") -> None:
        super().__init__(label=label, capabilities=io.AudioOutputCapabilities(pause=False),
                         sample_rate=sample_rate)
        self._post = post
        self._grace = PLAYBACK_GRACE if grace is None else grace
        self._next_id = 1
        self._current: _Segment | None = None
        self._playing: list[_Segment] = []  # flushed, not yet played out, in order
        self.sent_seconds = 0.0
        self.interrupted_segments = 0

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        await super().capture_frame(frame)
        if self._current is None:
            last = self._playing[-1] if self._playing else None
            starts = max(time.time(), last.starts_at + last.duration if last else 0.0)
            self._current = _Segment(id=self._next_id, starts_at=starts)
            self._next_id += 1
            self._post({"type": "segment_start", "segment": self._current.id})
            self.on_playback_started(created_at=starts)
        self._current.duration += frame.duration
        self.sent_seconds += frame.duration
        self._post(bytes(frame.data))

    def flush(self) -> None:
        super().flush()
        segment, self._current = self._current, None
        if segment is None:
            return
        self._post({"type": "segment_end", "segment": segment.id,
                    "duration": round(segment.duration, 3)})
        self._playing.append(segment)
        delay = segment.starts_at + segment.duration + self._grace - time.time()
        segment.timer = asyncio.get_running_loop().call_later(max(delay, 0.0), self.played,
                                                              segment.id)

    def played(self, segment_id: int) -> bool:
        """The page finished playing `segment_id`, and so every segment before it. False for
        a segment that is not playing (already reported, cleared, or never sent)."""
        if all(s.id != segment_id for s in self._playing):
            return False
        while self._playing:
            segment = self._playing.pop(0)
            if segment.timer is not None:
                segment.timer.cancel()
            self.on_playback_finished(playback_position=segment.duration, interrupted=False)
            if segment.id == segment_id:
                break
        return True

    def clear_buffer(self) -> None:
        cut = self._playing + ([self._current] if self._current is not None else [])
        self._playing, self._current = [], None
        if not cut:
            return
        self._post({"type": "clear"})
        now = time.time()
        for segment in cut:
            if segment.timer is not None:
                segment.timer.cancel()
            self.interrupted_segments += 1
            self.on_playback_finished(
                playback_position=min(max(now - segment.starts_at, 0.0), segment.duration),
                interrupted=True)

    def close(self) -> None:
        for segment in self._playing:
            if segment.timer is not None:
                segment.timer.cancel()


class BrowserTranscriptOutput(io.TextOutput):
    """The agent's words as they are generated, so the page can show them while they play."""

    def __init__(self, post: Callable[[Message], None]) -> None:
        super().__init__(label="browser-transcript", next_in_chain=None)
        self._post = post

    async def capture_text(self, text: str) -> None:
        if text:
            self._post({"type": "transcript", "role": "agent", "text": text, "final": False})

    def flush(self) -> None:
        pass


_STOP = object()


class BrowserCall:
    """One test call over one socket. `post` queues a message for the page; a single sender
    keeps everything (JSON events and audio) in the order it was posted."""

    def __init__(self, config: CallConfig, *, send: Send, input_rate: int, caller_label: str = "",
                 factory: VoiceAssistantFactory | None = None, vad: Any | None = None,
                 session_options: dict[str, Any] | None = None) -> None:
        self.config = config
        self.input = BrowserAudioInput(sample_rate=input_rate)
        self.output = BrowserAudioOutput(self.post)
        self.transcript = BrowserTranscriptOutput(self.post)
        self.handle: CallHandle | None = None
        self.call_id = ""
        self.call: Call | None = None  # once finished
        self.heard_caller = False
        self.ended = asyncio.Event()  # the session closed: the agent hung up, or it failed
        self._caller_label = caller_label
        self._factory = factory
        self._vad = vad
        self._session_options = session_options
        self._send = send
        self._outbox: asyncio.Queue[Any] = asyncio.Queue()
        self._sender: asyncio.Task | None = None
        self._started = asyncio.Event()
        self._starting = False
        self._lines: Lines | None = None
        self._renewer: asyncio.Task | None = None
        self._finish_lock = asyncio.Lock()
        self._socket_open = True

    # --- to the page ------------------------------------------------------------------------
    def post(self, message: Message) -> None:
        if self._socket_open:
            self._outbox.put_nowait(message)

    async def _send_loop(self) -> None:
        while (message := await self._outbox.get()) is not _STOP:
            if not self._socket_open:
                continue
            try:
                await self._send(message)
            except Exception:  # the socket went away under us; the call still ends cleanly
                logger.info("browser call %s: page gone", self.call_id, exc_info=True)
                self._socket_open = False

    # --- the call -----------------------------------------------------------------------------
    async def start(self) -> str:
        """Answer: store the call, start the session, play the greeting. Returns the call id.
        LineBusy (with the owner's reason) when this business's or everyone's test lines are
        all in use (frontdesk/try_it/lines.py)."""
        if self._starting:
            raise RuntimeError("a browser call starts once")
        self._starting = True
        self._sender = asyncio.ensure_future(self._send_loop())
        try:
            self._lines = await sync_to_async(try_it_line_claim, thread_sensitive=False)(
                schema_name=self.config.client_id)
            self._renewer = asyncio.ensure_future(self._keep_lines(self._lines))
            self.handle = await start_call(
                self.config, configure_io=self._configure, hang_up=self._agent_hangs_up,
                factory=self._factory, vad=self._vad, is_test=True,
                room_name=f"try-it:{self._caller_label}"[:128],
                session_options=self._session_options)
            self.call_id = await sync_to_async(_call_id)(self.config.client_id,
                                                         self.handle.call_pk)
        except BaseException:
            await self._release()
            raise
        finally:
            self._started.set()
        self.post({"type": "started", "call_id": self.call_id,
                   "business_name": self.config.business_name})
        return self.call_id

    def _configure(self, session: Any) -> None:
        session.input.audio = self.input
        session.output.audio = self.output
        session.output.transcription = self.transcript
        session.on("user_input_transcribed", self._on_user_transcribed)
        session.on("conversation_item_added", self._on_item)
        session.on("agent_state_changed",
                   lambda ev: self.post({"type": "state", "agent": ev.new_state}))
        session.on("user_state_changed",
                   lambda ev: self.post({"type": "state", "user": ev.new_state}))
        session.on("close", lambda _ev: self.ended.set())

    def _on_user_transcribed(self, event: Any) -> None:
        if event.transcript.strip():
            self.post({"type": "transcript", "role": "user", "text": event.transcript,
                       "final": False})

    def _on_item(self, event: Any) -> None:
        item = event.item
        if getattr(item, "type", None) != "message" or item.role not in ("user", "assistant"):
            return
        text = (item.text_content or "").strip()
        if item.role == "user" and text:
            self.heard_caller = True
        self.post({"type": "transcript", "role": "user" if item.role == "user" else "agent",
                   "text": text, "final": True, "interrupted": bool(item.interrupted)})

    async def _agent_hangs_up(self) -> None:
        # called from the end_call tool: let the goodbye play out, then close the session
        if self.handle is not None:
            self.handle.session.shutdown(drain=True)

    def played(self, segment_id: int) -> bool:
        return self.output.played(segment_id)

    async def finish(self, *, socket_open: bool = True) -> Call | None:
        """Hang up (idempotent): close the session, store the call (abandoned when the caller
        never said a word) and send what is still queued. Waits for a start in progress."""
        if not socket_open:
            self._socket_open = False
        async with self._finish_lock:
            if self._starting:
                await self._started.wait()
            if self.handle is not None and self.call is None:
                self.input.close()
                try:
                    await self.handle.session.aclose()
                finally:
                    if self.input.dropped_frames:
                        logger.warning("browser call %s: dropped %d ms of the caller's audio "
                                       "(the session fell behind)", self.call_id,
                                       self.input.dropped_frames * INPUT_FRAME_MS)
                    outcome = None if self.heard_caller else Call.Outcome.ABANDONED
                    self.call = await finish_call(self.handle, outcome=outcome)
                    self.output.close()
                    await self._release()
            self.ended.set()
            await self._stop_sender()
        return self.call

    async def _stop_sender(self) -> None:
        if self._sender is None:
            return
        self._outbox.put_nowait(_STOP)
        with contextlib.suppress(Exception):
            async with asyncio.timeout(5.0):
                await self._sender
        if not self._sender.done():
            self._sender.cancel()
        self._sender = None

    async def _keep_lines(self, lines: Lines) -> None:
        """Renew the call's lines while it runs; a process that dies stops renewing them."""
        while True:
            await asyncio.sleep(try_it_lines.RENEW_SECONDS)
            try:
                kept = await sync_to_async(try_it_line_renew, thread_sensitive=False)(
                    lines=lines)
            except Exception:  # the cache is down for a moment: the lease covers a few tries
                logger.warning("browser call %s: could not renew its test line", self.call_id,
                               exc_info=True)
                continue
            if not kept:
                logger.warning("browser call %s: its test line lapsed", self.call_id)

    async def _release(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
            self._renewer = None
        if self._lines is not None:
            lines, self._lines = self._lines, None
            await sync_to_async(try_it_line_release, thread_sensitive=False)(lines=lines)


def _call_id(schema: str, call_pk: int) -> str:
    with schema_context(schema):
        return str(Call.objects.values_list("call_id", flat=True).get(pk=call_pk))
