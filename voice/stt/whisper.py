"""Local speech-to-text with faster-whisper (CTranslate2, int8 on CPU).

Batch only: the session wraps it in ``stt.StreamAdapter`` with Silero VAD, so each call here is
one caller utterance of a few seconds. Stock faster-whisper pads every utterance to Whisper's
30 s encoder window (``pad_or_trim`` to 3000 mel frames, whatever ``chunk_length`` says), so a 2 s
"yes, Tuesday works" costs the encoder as much as 30 s of speech. This module runs the same
CTranslate2 model on a window just long enough for the utterance (at least ``min_window`` s), which
cuts the encoder's work roughly threefold on phone utterances. Utterances longer than 30 s fall
back to the stock ``transcribe`` loop.

Callers in another language: the call's model is English-only (tiny.en), and on Spanish, French
or German it writes English-sounding nonsense. So while the caller's language is not settled (the
first ``language_id_turns`` transcripts of a call long enough to tell, or for the rest of a call
once another language was heard), a transcript tiny.en is unsure of (average log-probability under
``UNSURE_LOGPROB``, or a repetition loop) is checked by the multilingual model (whisper base):
its language probabilities on the utterance. Under ``ENGLISH_BELOW`` for English, the transcript
carries the caller's most likely language and, when base is sure enough of it, base's transcript
in that language. English callers tiny.en is sure of pay nothing; bench/language_id.py measures
the rest.
"""

from __future__ import annotations

import asyncio
import logging
import math
import uuid
import zlib
from dataclasses import dataclass, replace
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

# Language identification. Thresholds chosen on phone-line callers synthesised with espeak-ng
# (6 lines each in Spanish, French, German) and 8 English lines (Piper, Piper with -40 dB line
# noise, espeak-ng en-us); bench/language_id.py checks them on other lines.
# - tiny.en's average log-probability was -0.07..-0.37 on every Piper English line (down to
#   -0.64 for robotic espeak English) and -0.58..-1.9 on every Spanish, French and German one;
UNSURE_LOGPROB = -0.5
# - or it loops ("Sprechen Sie..." came out "English English English ..."): faster-whisper's own
#   threshold for a failed decode;
UNSURE_COMPRESSION = 2.4
# - base's probability for English, on an encoder window sized to the utterance, was 0.77..1.00
#   for English and 0.00..0.36 for the others;
ENGLISH_BELOW = 0.5
# - base names the other language less well on robotic voices, spreading it over languages
#   nobody calls in (Latin, Thai, Welsh, Nynorsk): it is named from the languages callers most
#   often speak instead (the flow has replies for most of them). Every one named with at least
#   0.5 was right; only then is base's transcript in it worth more than tiny.en's.
CALLER_LANGUAGES = ("es", "fr", "de", "it", "pt", "zh", "ja", "ko", "vi", "ar", "ru", "hi")
TRANSCRIBE_ABOVE = 0.5
LANGUAGE_ID_WINDOW = 3.0  # s; as accurate as 10 s here, and half the encoder's work
# A word or two is too little to tell languages apart: on clean Piper English, "Hi." and "Yep."
# (1.2-1.3 s with the VAD's padding) got 0.30-0.40 for English, and with line noise "I see." and
# "Hi there." (1.5 s) too. From 1.9 s of audio on (about 1.2 s of speech) no English line in that
# set was taken for another language.
LANGUAGE_ID_MIN_SECONDS = 2.0
LANGUAGE_ID_TURNS = 3  # transcripts of a call whose language may still be checked


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    avg_logprob: float
    no_speech_prob: float
    language_checked: bool = False  # the multilingual model was asked for its language


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
    language_id_model: str | None = None
    language_id_turns: int = LANGUAGE_ID_TURNS
    caller_languages: tuple[str, ...] = CALLER_LANGUAGES


def _encode(model: WhisperModel, audio: np.ndarray, min_window: float) -> object:
    """The encoder's output for one utterance of 30 s at most, on a window sized to it."""
    from faster_whisper.transcribe import get_ctranslate2_storage

    features = model.feature_extractor(audio)
    content = features.shape[-1] - 1
    window = max(content, int(min_window * _FRAMES_PER_SECOND))
    window = min(_MAX_FRAMES, window + window % 2)  # the encoder's convolution has stride 2
    segment = np.zeros((1, features.shape[0], window), dtype=np.float32)
    segment[0, :, : min(content, window)] = features[:, : min(content, window)]
    return model.model.encode(get_ctranslate2_storage(segment), to_cpu=False)


def language_probabilities(
    model: WhisperModel, audio: np.ndarray, *, min_window: float = LANGUAGE_ID_WINDOW
) -> dict[str, float]:
    """A multilingual whisper's probability for each language it knows, on one utterance
    (16 kHz mono float32; its first 30 s), most likely first."""
    if not model.model.is_multilingual:
        raise ValueError("language identification needs a multilingual whisper model")
    encoded = _encode(model, audio[: _MAX_FRAMES * SAMPLE_RATE // _FRAMES_PER_SECOND], min_window)
    return {token[2:-2]: float(p) for token, p in model.model.detect_language(encoded)[0]}


def compression_ratio(text: str) -> float:
    """faster-whisper's repetition measure: how well the text compresses (loops compress)."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def unsure(transcript: Transcript) -> bool:
    """Whether an English-only model's transcript may be another language misheard as English."""
    return (transcript.avg_logprob < UNSURE_LOGPROB
            or compression_ratio(transcript.text) > UNSURE_COMPRESSION)


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
    from faster_whisper.transcribe import get_suppressed_tokens

    duration = len(audio) / SAMPLE_RATE
    if duration > _MAX_FRAMES / _FRAMES_PER_SECOND:
        return _transcribe_long(model, audio, language=language, beam_size=beam_size, prompt=prompt)

    encoded = _encode(model, audio, min_window)

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
        language_id_model: str | None = None,
        language_id_turns: int = LANGUAGE_ID_TURNS,
        caller_languages: tuple[str, ...] = CALLER_LANGUAGES,
        cache_dir: Path | str | None = None,
    ) -> None:
        """`language_id_model` (a multilingual whisper, "base") checks the language of the
        transcripts the English model is unsure of, on the first `language_id_turns` transcripts
        of the call and, once another language was heard, on all of them; a caller confidently
        not speaking English is named from `caller_languages`. One instance serves one call
        (the factory builds one per call): it counts the call's transcripts."""
        super().__init__(capabilities=stt.STTCapabilities(streaming=False, interim_results=False))
        if model.endswith(".en") and language not in (None, "en"):
            raise ValueError(f"whisper {model} is English-only; got language={language!r}")
        if not 1.0 <= min_window <= 30.0:
            raise ValueError("min_window must be between 1 and 30 seconds")
        held_to_english = model.endswith(".en") or language == "en"
        if language_id_model and not held_to_english:
            raise ValueError("language_id_model checks a model held to English; "
                             f"whisper {model} with language={language!r} detects it already")
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
            language_id_model=language_id_model or None,
            language_id_turns=language_id_turns,
            caller_languages=tuple(caller_languages),
        )
        self._cache_dir = cache_dir
        self._model: WhisperModel | None = None
        self._language_id: WhisperModel | None = None
        self._prewarm_task: asyncio.Task[None] | None = None
        self._transcripts = 0  # this call's transcripts long enough to tell a language by
        self.other_language = ""  # the latest language other than English this call heard
        self.language_checks = 0  # utterances the multilingual model was asked about

    @property
    def model(self) -> str:
        return f"whisper-{Path(self._opts.model).name}"

    @property
    def provider(self) -> str:
        return "faster-whisper"

    @property
    def options(self) -> WhisperOptions:
        return self._opts

    def _whisper(self, name: str) -> WhisperModel:
        return assets.load_whisper(name, cpu_threads=self._opts.cpu_threads,
                                   compute_type=self._opts.compute_type,
                                   cache_dir=self._cache_dir)

    def _load(self) -> WhisperModel:
        if self._model is None:
            self._model = self._whisper(self._opts.model)
        return self._model

    def _load_language_id(self) -> WhisperModel:
        if self._language_id is None:
            assert self._opts.language_id_model
            self._language_id = self._whisper(self._opts.language_id_model)
        return self._language_id

    @property
    def checks_language(self) -> bool:
        """Whether the next transcript's language may be checked: the call's language is not
        settled yet, or another language has been heard on it."""
        o = self._opts
        return bool(o.language_id_model) and (
            self._transcripts < o.language_id_turns or bool(self.other_language))

    def _hear(self, audio: np.ndarray, language: str | None, check: bool) -> Transcript:
        heard = self._transcribe(audio, language)
        if (not check or language != "en" or len(audio) < LANGUAGE_ID_MIN_SECONDS * SAMPLE_RATE
                or not unsure(heard)):
            return heard
        return self._identify(audio, heard)

    def _identify(self, audio: np.ndarray, heard: Transcript) -> Transcript:
        """`heard` (the English model's), or the same utterance in the caller's language when
        the multilingual model says it is confidently not English."""
        model = self._load_language_id()
        probabilities = language_probabilities(model, audio)
        heard = replace(heard, language_checked=True)
        if probabilities.get("en", 0.0) >= ENGLISH_BELOW:
            return heard
        language, probability = max(
            ((code, probabilities.get(code, 0.0)) for code in self._opts.caller_languages),
            key=lambda pair: pair[1])
        if probability >= TRANSCRIBE_ABOVE:
            o = self._opts
            own = transcribe_short(
                model,
                audio,
                language=language,
                min_window=o.min_window,
                beam_size=o.beam_size,
                no_speech_threshold=o.no_speech_threshold,
                log_prob_threshold=o.log_prob_threshold,
            )
            if own.text:
                return replace(own, language_checked=True)
        # nothing heard (line noise the VAD let through) has no language either
        return replace(heard, language=language) if heard.text else heard

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

        def run() -> None:
            self._transcribe(noise, self._opts.language)
            if self._opts.language_id_model:
                language_probabilities(self._load_language_id(), noise)

        try:
            await asyncio.to_thread(run)
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
            result = await asyncio.to_thread(self._hear, audio, lang, self.checks_language)
        except APIError:
            raise
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc
        duration = len(audio) / SAMPLE_RATE
        # the call's transcripts long enough to tell a language by (an early guess cancelled in
        # flight is not counted; one dropped after it finished is, so a caller who pauses
        # mid-sentence settles the call sooner)
        if result.text and duration >= LANGUAGE_ID_MIN_SECONDS:
            self._transcripts += 1
        self.language_checks += result.language_checked
        if result.text and result.language != "en":
            self.other_language = result.language
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
