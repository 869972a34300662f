"""Audio sinks for an AgentSession that runs without a LiveKit room (simulator, tests, browser).

The session only measures latency and enters the speaking state when its output reports
playback: the first frame of a segment must be followed by `on_playback_started`, and each
flushed or cleared segment by exactly one `on_playback_finished` (see
shared/notes/voice-latency.md).
"""

from __future__ import annotations

import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from livekit import rtc
from livekit.agents.voice import io

FRAME_MS = 20


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


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with wave.open(str(partial), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)
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
