"""Local speech-to-text with faster-whisper (CTranslate2, int8 on CPU).

Batch only: the session wraps it in ``stt.StreamAdapter`` with Silero VAD, so each call here is
one caller utterance of a few seconds. Stock faster-whisper pads every utterance to Whisper's
30 s encoder window (``pad_or_trim`` to 3000 mel frames, whatever ``chunk_length`` says), so a 2 s
"yes, Tuesday works" costs the encoder as much as 30 s of speech. This module runs the same
CTranslate2 model on a window just long enough for the utterance (at least ``min_window`` s), which
cuts the encoder's work roughly threefold on phone utterances. Utterances longer than 30 s fall
back to the stock ``transcribe`` loop.
"""

from __future__ import annotations

import asyncio
import logging
import math
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from livekit import rtc
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectOptions,
    APIError,
    stt,
    utils,
)
from livekit.agents.types import NOT_GIVEN, NotGivenOr
from livekit.agents.utils import is_given

from voice import assets
from voice.errors import local_inference_error

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

logger = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
_FRAMES_PER_SECOND = 100  # whisper's mel hop is 10 ms
_MAX_FRAMES = 3000  # whisper's 30 s window
_TOKENS_PER_SECOND = 8  # generous bound on speech rate; stops greedy repetition loops early


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    avg_logprob: float
    no_speech_prob: float


@dataclass(frozen=True)
class WhisperOptions:
    model: str = "tiny.en"
    language: str | None = "en"
    cpu_threads: int = 2
    compute_type: str = "int8"
    min_window: float = 10.0
    beam_size: int = 1
    prompt: str | None = None
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0


def transcribe_short(
    model: WhisperModel,
    audio: np.ndarray,
    *,
    language: str | None,
    min_window: float,
    beam_size: int = 1,
    prompt: str | None = None,
    no_speech_threshold: float = 0.6,
    log_prob_threshold: float = -1.0,
) -> Transcript:
    """Decode one utterance (16 kHz mono float32) on an encoder window sized to it."""
    from faster_whisper.tokenizer import Tokenizer
    from faster_whisper.transcribe import get_ctranslate2_storage, get_suppressed_tokens

    duration = len(audio) / SAMPLE_RATE
    if duration > _MAX_FRAMES / _FRAMES_PER_SECOND:
        return _transcribe_long(model, audio, language=language, beam_size=beam_size, prompt=prompt)

    features = model.feature_extractor(audio)
    content = features.shape[-1] - 1
    window = max(content, int(min_window * _FRAMES_PER_SECOND))
    window = min(_MAX_FRAMES, window + window % 2)  # the encoder's convolution has stride 2
    segment = np.zeros((1, features.shape[0], window), dtype=np.float32)
    segment[0, :, : min(content, window)] = features[:, : min(content, window)]
    encoded = model.model.encode(get_ctranslate2_storage(segment), to_cpu=False)

    if language is None and model.model.is_multilingual:
        language = model.model.detect_language(encoded)[0][0][0][2:-2]
    tokenizer = Tokenizer(
        model.hf_tokenizer,
        model.model.is_multilingual,
        task="transcribe",
        language=language or "en",
    )
    previous = tokenizer.encode(" " + prompt.strip()) if prompt else []
    prompt_tokens = model.get_prompt(tokenizer, previous, without_timestamps=True)
    max_new = min(
        model.max_length - len(prompt_tokens), int(math.ceil(duration * _TOKENS_PER_SECOND)) + 8
    )

    result = model.model.generate(
        encoded,
        [prompt_tokens],
        beam_size=beam_size,
        max_length=len(prompt_tokens) + max_new,
        return_scores=True,
        return_no_speech_prob=True,
        suppress_blank=True,
        suppress_tokens=list(get_suppressed_tokens(tokenizer, (-1,)) or ()),
    )[0]
    tokens = result.sequences_ids[0]
    avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1) if tokens else -math.inf
    text = tokenizer.decode(tokens).strip()
    silent = result.no_speech_prob > no_speech_threshold and avg_logprob < log_prob_threshold
    if silent or not any(ch.isalnum() for ch in text):
        # A cough or line noise that the VAD let through. Whisper is borderline there and may
        # answer "Thank you." or ". . ." instead of nothing; neither is a caller turn.
        text = ""
    return Transcript(
        text=text,
        language=tokenizer.language_code,
        avg_logprob=float(avg_logprob),
        no_speech_prob=float(result.no_speech_prob),
    )


def _transcribe_long(
    model: WhisperModel,
    audio: np.ndarray,
    *,
    language: str | None,
    beam_size: int,
    prompt: str | None,
) -> Transcript:
    segments, info = model.transcribe(
        audio,
        language=language,
        beam_size=beam_size,
        vad_filter=False,
        without_timestamps=True,
        initial_prompt=prompt,
        condition_on_previous_text=False,
    )
    segs = list(segments)
    logprob = float(np.mean([s.avg_logprob for s in segs])) if segs else -math.inf
    nospeech = float(np.mean([s.no_speech_prob for s in segs])) if segs else 1.0
    return Transcript(
        text=" ".join(s.text.strip() for s in segs).strip(),
        language=info.language,
        avg_logprob=logprob,
        no_speech_prob=nospeech,
    )


def buffer_to_16k(buffer: utils.AudioBuffer) -> np.ndarray:
    """Any LiveKit audio (8/16/24/48 kHz, mono or stereo, int16) -> 16 kHz mono float32."""
    frame = rtc.combine_audio_frames(buffer)
    if frame.samples_per_channel == 0:
        return np.zeros(0, np.float32)
    pcm = np.frombuffer(frame.data, dtype=np.int16)
    if frame.num_channels > 1:
        pcm = pcm.reshape(-1, frame.num_channels).mean(axis=1).astype(np.int16)
    if frame.sample_rate != SAMPLE_RATE:
        resampler = rtc.AudioResampler(
            frame.sample_rate, SAMPLE_RATE, num_channels=1, quality=rtc.AudioResamplerQuality.HIGH
        )
        mono = rtc.AudioFrame(pcm.tobytes(), frame.sample_rate, 1, len(pcm))
        out = resampler.push(mono) + resampler.flush()
        pcm = (
            np.concatenate([np.frombuffer(f.data, dtype=np.int16) for f in out]) if out else pcm[:0]
        )
    return pcm.astype(np.float32) / 32768.0


class WhisperSTT(stt.STT):
    """Whisper on this machine's CPU. Decodes in a worker thread; never blocks the event loop."""

    def __init__(
        self,
        *,
        model: str = "tiny.en",
        language: str | None = "en",
        cpu_threads: int = 2,
        compute_type: str = "int8",
        min_window: float = 10.0,
        beam_size: int = 1,
        prompt: str | None = None,
        no_speech_threshold: float = 0.6,
        log_prob_threshold: float = -1.0,
        cache_dir: Path | str | None = None,
    ) -> None:
        super().__init__(capabilities=stt.STTCapabilities(streaming=False, interim_results=False))
        if model.endswith(".en") and language not in (None, "en"):
            raise ValueError(f"whisper {model} is English-only; got language={language!r}")
        if not 1.0 <= min_window <= 30.0:
            raise ValueError("min_window must be between 1 and 30 seconds")
        self._opts = WhisperOptions(
            model=model,
            language="en" if model.endswith(".en") else language,
            cpu_threads=cpu_threads,
            compute_type=compute_type,
            min_window=min_window,
            beam_size=beam_size,
            prompt=prompt,
            no_speech_threshold=no_speech_threshold,
            log_prob_threshold=log_prob_threshold,
        )
        self._cache_dir = cache_dir
        self._model: WhisperModel | None = None
        self._prewarm_task: asyncio.Task[None] | None = None

    @property
    def model(self) -> str:
        return f"whisper-{Path(self._opts.model).name}"

    @property
    def provider(self) -> str:
        return "faster-whisper"

    @property
    def options(self) -> WhisperOptions:
        return self._opts

    def _load(self) -> WhisperModel:
        if self._model is None:
            self._model = assets.load_whisper(
                self._opts.model,
                cpu_threads=self._opts.cpu_threads,
                compute_type=self._opts.compute_type,
                cache_dir=self._cache_dir,
            )
        return self._model

    def _transcribe(self, audio: np.ndarray, language: str | None) -> Transcript:
        o = self._opts
        return transcribe_short(
            self._load(),
            audio,
            language=language,
            min_window=o.min_window,
            beam_size=o.beam_size,
            prompt=o.prompt,
            no_speech_threshold=o.no_speech_threshold,
            log_prob_threshold=o.log_prob_threshold,
        )

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
        """Load the model and run one decode: CTranslate2's first encode is ~8x slower."""
        noise = np.random.default_rng(0).normal(0, 1e-3, SAMPLE_RATE).astype(np.float32)
        try:
            await asyncio.to_thread(self._transcribe, noise, self._opts.language)
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc

    async def _recognize_impl(
        self,
        buffer: utils.AudioBuffer,
        *,
        language: NotGivenOr[str] = NOT_GIVEN,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
    ) -> stt.SpeechEvent:
        lang = self._opts.language
        if is_given(language) and language and not self._opts.model.endswith(".en"):
            lang = str(language).split("-")[0].lower()  # LiveKit may say "en-US"; whisper "en"
        try:
            audio = buffer_to_16k(buffer)
            result = await asyncio.to_thread(self._transcribe, audio, lang)
        except APIError:
            raise
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc
        duration = len(audio) / SAMPLE_RATE
        return stt.SpeechEvent(
            type=stt.SpeechEventType.FINAL_TRANSCRIPT,
            request_id=uuid.uuid4().hex,
            alternatives=[
                stt.SpeechData(
                    language=result.language,
                    text=result.text,
                    start_time=0.0,
                    end_time=duration,
                    confidence=float(np.exp(result.avg_logprob)) if result.text else 0.0,
                )
            ],
            recognition_usage=stt.RecognitionUsage(audio_duration=duration),
        )
