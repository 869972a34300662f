"""Audio sinks for an AgentSession that runs without a LiveKit room (simulator, tests, browser).

The session only measures latency and enters the speaking state when its output reports
playback: the first frame of a segment must be followed by `on_playback_started`, and each
flushed or cleared segment by exactly one `on_playback_finished` (see
shared/notes/voice-latency.md).
"""

from __future__ import annotations

import asyncio
import time
import wave
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import numpy as np
from livekit import rtc
from livekit.agents.voice import io

FRAME_MS = 20  # the agent's audio is played in frames of this length
# The caller's audio as every call hears it, from a LiveKit room, the browser or the simulator:
# a phone line carries 8 kHz and whisper and Silero run at 16 kHz, so more would only be
# resampled away. Frames of 32 ms are one Silero window each (512 samples): a window is
# evaluated the moment its last sample arrives, as with 20 ms frames (a window waited for the
# frame holding its end), while every call's session, STT and VAD handle 31 frames a second
# instead of 50, which cut the event loop's time by a fifth at 50 simultaneous calls
# (BENCHMARKS.md). LiveKit's default of 50 ms held each frame back 18 ms more.
INPUT_RATE = 16_000
INPUT_FRAME_MS = 32


def pcm_frames(pcm: bytes, sample_rate: int) -> Iterator[rtc.AudioFrame]:
    """16-bit mono PCM as 20 ms frames, the unit an AgentSession plays."""
    step = sample_rate * FRAME_MS // 1000 * 2
    for start in range(0, len(pcm), step):
        chunk = pcm[start:start + step]
        yield rtc.AudioFrame(chunk, sample_rate, 1, len(chunk) // 2)


def read_wav(path: Path) -> tuple[bytes, int]:
    """(PCM, sample rate) of a 16-bit mono WAV file."""
    with wave.open(str(path), "rb") as wav:
        if wav.getnchannels() != 1 or wav.getsampwidth() != 2:
            raise ValueError(f"{path} must be 16-bit mono")
        return wav.readframes(wav.getnframes()), wav.getframerate()


def wav_bytes(pcm: bytes, sample_rate: int) -> bytes:
    """16-bit mono `pcm` as the bytes of a WAV file."""
    buffer = BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)
    return buffer.getvalue()


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(wav_bytes(pcm, sample_rate))
    partial.replace(path)


@dataclass
class Segment:
    """One stretch of agent speech as the caller would have heard it."""

    frames: list[rtc.AudioFrame] = field(default_factory=list)
    started_at: float = 0.0
    interrupted: bool = False

    @property
    def duration(self) -> float:
        return sum(f.duration for f in self.frames)

    @property
    def sample_rate(self) -> int:
        return self.frames[0].sample_rate if self.frames else 0

    def pcm(self) -> bytes:
        return b"".join(bytes(f.data) for f in self.frames)


class CaptureAudioOutput(io.AudioOutput):
    """Keeps every frame the agent speaks, segment by segment, instead of playing it."""

    def __init__(self, *, label: str = "capture") -> None:
        super().__init__(label=label, capabilities=io.AudioOutputCapabilities(pause=False),
                         sample_rate=None)
        self.segments: list[Segment] = []
        self._current: Segment | None = None

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        await super().capture_frame(frame)
        if self._current is None:
            self._current = Segment(started_at=time.time())
            self.on_playback_started(created_at=self._current.started_at)
        self._current.frames.append(frame)

    def flush(self) -> None:
        super().flush()
        self._finish(interrupted=False)

    def clear_buffer(self) -> None:
        self._finish(interrupted=True)

    def _finish(self, *, interrupted: bool) -> None:
        segment, self._current = self._current, None
        if segment is None:
            return
        segment.interrupted = interrupted
        self.segments.append(segment)
        self.on_playback_finished(playback_position=segment.duration, interrupted=interrupted)


# --- a caller on a phone line, paced in real time -------------------------------------------

FRAME_SECONDS = FRAME_MS / 1000
INPUT_FRAME_SECONDS = INPUT_FRAME_MS / 1000
QUIET_FRAMES = 100  # 3.2 s of line noise, replayed between utterances


@dataclass(frozen=True)
class Utterance:
    """One caller line: 16-bit mono PCM at its own rate (the input resamples it to the line's).

    ``speech_end`` is where speech stops, in seconds into ``pcm``; left None, it is estimated
    from the audio's energy (see ``speech_end_offset``).
    """

    pcm: bytes
    sample_rate: int
    text: str = ""
    speech_end: float | None = None

    @classmethod
    def from_wav(cls, path: Path, *, text: str = "") -> Utterance:
        pcm, rate = read_wav(path)
        return cls(pcm, rate, text)

    @classmethod
    def from_array(cls, samples: np.ndarray, sample_rate: int, *, text: str = "") -> Utterance:
        """From int16 samples, or floats in [-1, 1] as synthesisers and numpy filters give."""
        if samples.dtype != np.int16:
            samples = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
        return cls(samples.tobytes(), sample_rate, text)

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate

    def speech_end_offset(self) -> float:
        """The end of the last 20 ms frame that stands well above the line noise: 10 dB over
        the quietest frames and within 40 dB of the loudest.

        Counting trailing line noise as speech would flatter every latency by its length.
        """
        if self.speech_end is not None:
            return min(self.speech_end, self.duration)
        step = self.sample_rate * FRAME_MS // 1000
        samples = np.frombuffer(self.pcm, dtype=np.int16).astype(np.float64) / 32768.0
        count = len(samples) // step
        if count == 0:
            return self.duration
        frames = samples[: count * step].reshape(count, step)
        level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
        threshold = max(float(np.percentile(level, 10)) + 10.0, float(level.max()) - 40.0)
        loud = np.flatnonzero(level > threshold)
        return (int(loud[-1]) + 1) * FRAME_SECONDS if len(loud) else self.duration


@dataclass(frozen=True)
class PlayedUtterance:
    """When an utterance went down the line, in wall-clock seconds (``time.time()``, the clock
    of ``Segment.started_at`` and LiveKit's events): as the caller lived it, not when the
    session happened to read the frames."""

    utterance: Utterance
    started_at: float
    speech_ended_at: float
    ended_at: float

    def latency_to(self, agent_starts: Iterable[float]) -> float | None:
        """End of the caller's speech -> the first agent audio after it (the latency a caller
        hears), given the times agent segments started; None if the agent has not answered."""
        after = [t for t in agent_starts if t >= self.speech_ended_at]
        return min(after) - self.speech_ended_at if after else None


@dataclass
class _Playing:
    utterance: Utterance
    done: asyncio.Future[PlayedUtterance]
    frames: list[rtc.AudioFrame]
    started_at: float
    index: int = 0


class PacedAudioInput(io.AudioInput):
    """A caller on a phone line, as the audio input of an AgentSession without a room.

    The session reads its input as fast as frames come, while VAD, endpointing and interruption
    are timed for a live line, so this input paces itself: one 32 ms frame per 32 ms of wall
    clock. Between utterances the line carries low noise, never digital silence, which no real
    line carries. A driver pushes the next line with ``play`` once the agent has answered.
    """

    def __init__(self, *, sample_rate: int = INPUT_RATE, pause: float = 0.5,
                 noise_db: float = -60.0, seed: int = 0, label: str = "paced-caller") -> None:
        """``pause``: seconds of line noise before each utterance starts (after the previous
        one, or after the line opened), so two queued lines never run into each other."""
        super().__init__(label=label)
        if pause < 0:
            raise ValueError("pause must not be negative")
        self.sample_rate = sample_rate
        self.pause = pause
        self.played: list[PlayedUtterance] = []
        self._per_frame = sample_rate * INPUT_FRAME_MS // 1000
        self._noise_std = 32768.0 * 10 ** (noise_db / 20)
        self._rng = np.random.default_rng(seed)
        # The quiet line between utterances: a few seconds of noise drawn once and replayed,
        # so the caller's side of a simulated call costs no draw and no new frame per 32 ms
        # (with dozens of calls in one process, that was CPU taken from the calls measured).
        self._quiet = [self._frame(chunk) for chunk in
                       self._noise(self._per_frame * QUIET_FRAMES).reshape(-1, self._per_frame)]
        self._queue: deque[tuple[Utterance, asyncio.Future[PlayedUtterance]]] = deque()
        self._playing: _Playing | None = None
        self._quiet_frames = 0
        self._attached = asyncio.Event()
        self._attached.set()
        self._closed = False
        self._origin: float | None = None  # loop.time() at the start of the first frame
        self._wall_origin = 0.0
        self._sent = 0

    # --- the driver's side -----------------------------------------------------------------
    def enqueue(self, utterance: Utterance) -> asyncio.Future[PlayedUtterance]:
        """Queue a line; the future resolves once all of it has gone down the line."""
        if self._closed:
            raise RuntimeError("the line is closed")
        done: asyncio.Future[PlayedUtterance] = asyncio.get_running_loop().create_future()
        self._queue.append((utterance, done))
        return done

    async def play(self, utterance: Utterance) -> PlayedUtterance:
        """Say a line (after any queued before it) and return when it has been said."""
        return await self.enqueue(utterance)

    @property
    def idle(self) -> bool:
        """Nothing is being said or waits to be."""
        return self._playing is None and not self._queue

    def close(self) -> None:
        """Hang up: iteration ends and lines not yet said are cancelled."""
        self._closed = True
        self._attached.set()
        pending = [done for _, done in self._queue]
        if self._playing is not None:
            pending.append(self._playing.done)
        self._queue.clear()
        self._playing = None
        for done in pending:
            done.cancel()

    # --- the session's side ----------------------------------------------------------------
    def on_attached(self) -> None:
        super().on_attached()
        if not self._attached.is_set():
            self._origin = None  # a line that was off restarts its clock when it comes back
        self._attached.set()

    def on_detached(self) -> None:
        super().on_detached()
        self._attached.clear()

    async def __anext__(self) -> rtc.AudioFrame:
        while not self._attached.is_set() and not self._closed:
            await self._attached.wait()
        if self._closed:
            raise StopAsyncIteration
        loop = asyncio.get_running_loop()
        if self._origin is None:
            self._origin, self._wall_origin, self._sent = loop.time(), time.time(), 0
        frame, finished = self._next_frame(self._wall_origin + self._sent * INPUT_FRAME_SECONDS)
        self._sent += 1
        try:
            # a frame is delivered when its 32 ms have been spoken, as a live track does
            delay = self._origin + self._sent * INPUT_FRAME_SECONDS - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
        finally:
            if finished is not None:
                finished()
        return frame

    def _next_frame(self, starts_at: float) -> tuple[rtc.AudioFrame, Callable[[], None] | None]:
        if (self._playing is None and self._queue
                and self._quiet_frames * INPUT_FRAME_SECONDS >= self.pause - 1e-9):
            utterance, done = self._queue.popleft()
            self._playing = _Playing(utterance, done, self._frames(utterance), starts_at)
        playing = self._playing
        if playing is None:
            self._quiet_frames += 1
            return self._quiet[self._quiet_frames % len(self._quiet)], None
        frame = playing.frames[playing.index]
        playing.index += 1
        if playing.index < len(playing.frames):
            return frame, None
        self._playing, self._quiet_frames = None, 0
        played = PlayedUtterance(
            utterance=playing.utterance,
            started_at=playing.started_at,
            speech_ended_at=playing.started_at + playing.utterance.speech_end_offset(),
            ended_at=playing.started_at + len(playing.frames) * INPUT_FRAME_SECONDS,
        )

        def finished() -> None:
            self.played.append(played)
            if not playing.done.done():
                playing.done.set_result(played)

        return frame, finished

    def _frames(self, utterance: Utterance) -> list[rtc.AudioFrame]:
        pcm = utterance.pcm
        if utterance.sample_rate != self.sample_rate:
            resampler = rtc.AudioResampler(utterance.sample_rate, self.sample_rate, num_channels=1,
                                           quality=rtc.AudioResamplerQuality.HIGH)
            source = rtc.AudioFrame(pcm, utterance.sample_rate, 1, len(pcm) // 2)
            pcm = b"".join(bytes(f.data) for f in [*resampler.push(source), *resampler.flush()])
        samples = np.frombuffer(pcm, dtype=np.int16)
        short = -len(samples) % self._per_frame
        if short:
            samples = np.concatenate([samples, self._noise(short)])
        return [self._frame(chunk) for chunk in samples.reshape(-1, self._per_frame)]

    def _noise(self, count: int) -> np.ndarray:
        noise = self._rng.normal(0.0, self._noise_std, count).round()
        return np.clip(noise, -32768, 32767).astype(np.int16)

    def _frame(self, samples: np.ndarray) -> rtc.AudioFrame:
        return rtc.AudioFrame(samples.tobytes(), self.sample_rate, 1, len(samples))


class RealtimeCaptureAudioOutput(CaptureAudioOutput):
    """A CaptureAudioOutput that takes as long to play as a loudspeaker would.

    The plain capture reports each segment played the moment it is flushed, so the agent is
    never speaking long enough for a caller to interrupt it. Here a segment finishes its
    duration after it started (after the previous one, if that was still playing), and
    ``clear_buffer`` cuts it short with ``interrupted=True`` at the position reached.
    """

    def __init__(self, *, label: str = "realtime-capture") -> None:
        super().__init__(label=label)
        self._queued: list[Segment] = []  # flushed, still playing or waiting to
        self._timer: asyncio.TimerHandle | None = None

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        # The parent would start the segment's clock now; it starts when the line is free.
        await io.AudioOutput.capture_frame(self, frame)
        if self._current is None:
            last = self._queued[-1] if self._queued else None
            start = max(time.time(), last.started_at + last.duration if last else 0.0)
            self._current = Segment(started_at=start)
            self.on_playback_started(created_at=start)
        self._current.frames.append(frame)

    def flush(self) -> None:
        io.AudioOutput.flush(self)
        segment, self._current = self._current, None
        if segment is not None:
            self._queued.append(segment)
            self._schedule()

    def clear_buffer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        cut = self._queued + ([self._current] if self._current is not None else [])
        self._queued, self._current = [], None
        now = time.time()
        for segment in cut:
            self._report(segment, interrupted=True,
                         position=min(max(now - segment.started_at, 0.0), segment.duration))

    def _schedule(self) -> None:
        if self._timer is not None or not self._queued:
            return
        segment = self._queued[0]
        delay = max(segment.started_at + segment.duration - time.time(), 0.0)
        self._timer = asyncio.get_running_loop().call_later(delay, self._played_out)

    def _played_out(self) -> None:
        self._timer = None
        segment = self._queued.pop(0)
        self._report(segment, interrupted=False, position=segment.duration)
        self._schedule()

    def _report(self, segment: Segment, *, interrupted: bool, position: float) -> None:
        segment.interrupted = interrupted
        self.segments.append(segment)
        self.on_playback_finished(playback_position=position, interrupted=interrupted)
