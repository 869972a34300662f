"""Local text-to-speech with Piper (VITS on onnxruntime), the shipped en_US "joe" voice.

Piper is the fast local voice (real-time factor ~0.06 on 2 cores), so it is the default local TTS
on a phone line. It speaks one sentence per inference; each sentence is pushed as soon as it is
made, so a long reply starts playing after its first sentence.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    from piper import PiperVoice

logger = logging.getLogger(__name__)

JOE_VOICE = "en_US-joe-medium"
JOE_SAMPLE_RATE = 22_050


def first_clause_apart(text: str) -> list[str]:
    """`text` as Piper should speak it: a long first sentence with an early comma goes as two
    pieces, so the caller hears "On Fridays," while "we're open 8 AM to 2 PM." is made (Piper
    synthesises a whole sentence before its first sample; a comma is a pause anyway)."""
    match = _FIRST_CLAUSE.match(text)
    if match is None:
        return [text]
    lead, rest = match.group(1), match.group(2)
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(lead.split()) < 2 or len(sentence.split()) < MIN_SPLIT_WORDS:
        return [text]
    return [lead, rest]


MIN_SPLIT_WORDS = 6  # a first sentence shorter than this is quick enough whole
_FIRST_CLAUSE = re.compile(r"^\s*([^.!?,]*\w,)\s+(\S.*)$", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


@dataclass(frozen=True)
class PiperOptions:
    voice: str = JOE_VOICE
    length_scale: float | None = None
    noise_scale: float | None = None
    noise_w_scale: float | None = None
    volume: float = 1.0


class PiperTTS(tts.TTS):
    """Piper on this machine's CPU. Synthesises in a worker thread; never blocks the event loop."""

    def __init__(
        self,
        *,
        voice: str = JOE_VOICE,
        length_scale: float | None = None,
        noise_scale: float | None = None,
        noise_w_scale: float | None = None,
        volume: float = 1.0,
        threads: int | None = None,
        cache_dir: Path | str | None = None,
    ) -> None:
        if voice != JOE_VOICE:
            raise ValueError(f"only the shipped Piper voice {JOE_VOICE!r} is available")
        super().__init__(
            capabilities=tts.TTSCapabilities(streaming=False),
            sample_rate=JOE_SAMPLE_RATE,
            num_channels=1,
        )
        self._opts = PiperOptions(
            voice=voice,
            length_scale=length_scale,
            noise_scale=noise_scale,
            noise_w_scale=noise_w_scale,
            volume=volume,
        )
        self._threads = threads
        self._cache_dir = cache_dir
        self._voice_model: PiperVoice | None = None
        self._prewarm_task: asyncio.Task[None] | None = None

    @property
    def model(self) -> str:
        return f"piper-{self._opts.voice}"

    @property
    def provider(self) -> str:
        return "piper"

    @property
    def voice(self) -> str:
        return self._opts.voice

    @property
    def options(self) -> PiperOptions:
        return self._opts

    def update_options(
        self,
        *,
        length_scale: NotGivenOr[float | None] = NOT_GIVEN,
        volume: NotGivenOr[float] = NOT_GIVEN,
    ) -> None:
        """Applies to syntheses started afterwards; one in flight keeps its options."""
        changes: dict[str, Any] = {}
        if is_given(length_scale):
            changes["length_scale"] = length_scale
        if is_given(volume):
            changes["volume"] = volume
        self._opts = replace(self._opts, **changes)

    def _load(self) -> PiperVoice:
        if self._voice_model is None:
            model = assets.load_piper(threads=self._threads, cache_dir=self._cache_dir)
            if model.config.sample_rate != JOE_SAMPLE_RATE:
                raise RuntimeError(
                    f"{JOE_VOICE} reports {model.config.sample_rate} Hz, expected {JOE_SAMPLE_RATE}"
                )
            self._voice_model = model
        return self._voice_model

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
        """Load the voice and run one short inference so the first reply is not the slow one."""
        try:
            await asyncio.to_thread(lambda: list(self._sentences("Hello.", self._opts)))
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc

    def _sentences(self, text: str, opts: PiperOptions) -> Iterator[bytes]:
        from piper.config import SynthesisConfig

        cfg = SynthesisConfig(
            length_scale=opts.length_scale,
            noise_scale=opts.noise_scale,
            noise_w_scale=opts.noise_w_scale,
            volume=opts.volume,
        )
        voice = self._load()
        for unit in first_clause_apart(text):
            for chunk in voice.synthesize(unit, syn_config=cfg):
                yield chunk.audio_int16_bytes

    def synthesize(
        self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> ChunkedStream:
        return ChunkedStream(tts=self, input_text=text, conn_options=conn_options)


class ChunkedStream(tts.ChunkedStream):
    def __init__(self, *, tts: PiperTTS, input_text: str, conn_options: APIConnectOptions) -> None:
        super().__init__(tts=tts, input_text=input_text, conn_options=conn_options)
        self._piper = tts
        self._opts = tts.options  # frozen: a later update_options cannot change this synthesis

    @property
    def voice(self) -> str:
        """The voice this synthesis used."""
        return self._opts.voice

    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        output_emitter.initialize(
            request_id=uuid.uuid4().hex,
            sample_rate=JOE_SAMPLE_RATE,
            num_channels=1,
            mime_type="audio/pcm",
        )
        sentences = self._piper._sentences(self.input_text, self._opts)
        try:
            # one sentence per thread hop: a cancelled reply stops after the sentence in hand
            while (pcm := await asyncio.to_thread(next, sentences, None)) is not None:
                output_emitter.push(pcm)
        except APIError:
            raise
        except Exception as exc:
            raise local_inference_error(exc, provider=self._piper.provider) from exc
