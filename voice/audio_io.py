"""Audio sinks for an AgentSession that runs without a LiveKit room (simulator, tests, browser).

The session only measures latency and enters the speaking state when its output reports
playback: the first frame of a segment must be followed by `on_playback_started`, and each
flushed or cleared segment by exactly one `on_playback_finished` (see
shared/notes/voice-latency.md).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from livekit import rtc
from livekit.agents.voice import io


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
