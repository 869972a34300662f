"""VoiceAssistantFactory (design §2): one call's STT, LLM and TTS chains for one business.

Chains are ordered by the business's preferences and filtered by what this deployment has:
local models always, Ollama when OLLAMA_HOST is set, each cloud vendor when its key is set.
Every chain ends in a local provider, so a call keeps going when the network does not.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from django.conf import settings
from livekit.agents import stt, tts
from livekit.agents.voice.agent_session import SessionConnectOptions

from voice import registry
from voice.base import VoicePipeline, chain_options
from voice.llm import tool_schemas
from voice.preferences import VoicePreferences
from voice.routing import ComplexityClassifier, Leg, LLMRouter
from voice.tts.phrase_cache import PhraseBook, PhraseCachedTTS
from voice.tts.watermarked import WatermarkedTTS

logger = logging.getLogger(__name__)
tool_schemas.install()  # every process that builds a call's LLM sends tool schemas

LOCAL_TTS_KEYS = ("piper", "kokoro")


@dataclass(frozen=True)
class VoiceSettings:
    """The voice part of Django settings, as one value the factory (and tests) can pass around."""

    MODEL_CACHE_DIR: Path
    WHISPER_MODEL: str
    WHISPER_LANGUAGE_ID_MODEL: str
    LOCAL_TTS: str
    KOKORO_VOICE: str
    LLM_N_CTX: int
    LLM_LOCAL_TEMPERATURE: float
    LLM_CLOUD_TEMPERATURE: float
    LLM_MAX_TOKENS: int
    LOCAL_THREADS: int
    OLLAMA_HOST: str
    OLLAMA_MODEL: str
    OLLAMA_KEEP_ALIVE: str
    OPENAI_API_KEY: str
    OPENAI_BASE_URL: str
    OPENAI_MODEL: str
    WATSONX_API_KEY: str
    WATSONX_URL: str
    WATSONX_PROJECT_ID: str
    WATSONX_MODEL_ID: str
    WATSONX_IAM_URL: str
    WATSONX_PLATFORM_URL: str
    DEEPGRAM_API_KEY: str
    DEEPGRAM_BASE_URL: str
    DEEPGRAM_MODEL: str
    CARTESIA_API_KEY: str
    CARTESIA_BASE_URL: str
    CARTESIA_MODEL: str
    CARTESIA_VOICE: str
    PROVIDER_MAX_ATTEMPTS: int
    PROVIDER_RETRY_BASE_SECONDS: float
    LLM_ATTEMPT_TIMEOUT: float
    LLM_LOCAL_HISTORY_MESSAGES: int = 4
    WATERMARK: bool = True
    WATERMARK_KEYS: tuple[str, ...] = ()

    @classmethod
    def from_django(cls, **overrides: Any) -> VoiceSettings:
        values = {f.name: getattr(settings, f.name) for f in fields(cls)}
        values["WATERMARK_KEYS"] = tuple(values["WATERMARK_KEYS"])
        return cls(**(values | overrides))


class VoiceAssistantFactory:
    """Builds providers by registry key and assembles per-business chains."""

    def __init__(self, voice_settings: VoiceSettings | None = None, *,
                 classifier: ComplexityClassifier | None = None) -> None:
        self.s = voice_settings or VoiceSettings.from_django()
        self.classifier = classifier or ComplexityClassifier()

    # --- what this deployment has ---------------------------------------------------------
    def local_llm_keys(self) -> list[str]:
        return (["ollama"] if self.s.OLLAMA_HOST else []) + ["llama_cpp"]

    def cloud_llm_keys(self) -> list[str]:
        keys = []
        if self.s.WATSONX_API_KEY and self.s.WATSONX_PROJECT_ID:
            keys.append("watsonx")
        if self.s.OPENAI_API_KEY:
            keys.append("openai")
        return keys

    def stt_keys(self) -> list[str]:
        return ["whisper"] + (["deepgram"] if self.s.DEEPGRAM_API_KEY else [])

    def tts_keys(self) -> list[str]:
        local = [self.s.LOCAL_TTS] + [k for k in LOCAL_TTS_KEYS if k != self.s.LOCAL_TTS]
        return local + (["cartesia"] if self.s.CARTESIA_API_KEY else [])

    def provider_keys(self) -> list[tuple[registry.Kind, str]]:
        """Every (kind, key) a call's chains may hold here."""
        return ([("stt", k) for k in self.stt_keys()]
                + [("llm", k) for k in self.local_llm_keys() + self.cloud_llm_keys()]
                + [("tts", k) for k in self.tts_keys()])

    # --- single providers (design: get_*_provider) ------------------------------------------
    def get_stt_provider(self, key: str) -> stt.STT:
        s = self.s
        options: dict[str, Any] = {
            "whisper": {"model": s.WHISPER_MODEL, "cpu_threads": s.LOCAL_THREADS or 2,
                        "language_id_model": s.WHISPER_LANGUAGE_ID_MODEL or None,
                        "cache_dir": s.MODEL_CACHE_DIR},
            "deepgram": {"api_key": s.DEEPGRAM_API_KEY, "base_url": s.DEEPGRAM_BASE_URL,
                         "model": s.DEEPGRAM_MODEL},
        }.get(key, {})
        return registry.build("stt", key, **options)

    def get_llm_provider(self, key: str, *, temperature: float) -> Any:
        s = self.s
        options: dict[str, Any] = {
            "llama_cpp": {"temperature": temperature, "n_ctx": s.LLM_N_CTX,
                          "max_tokens": s.LLM_MAX_TOKENS, "n_threads": s.LOCAL_THREADS or None,
                          "cache_dir": s.MODEL_CACHE_DIR,
                          "history_messages": s.LLM_LOCAL_HISTORY_MESSAGES},
            "ollama": {"model": s.OLLAMA_MODEL, "host": s.OLLAMA_HOST, "temperature": temperature,
                       "keep_alive": s.OLLAMA_KEEP_ALIVE},
            "openai": {"model": s.OPENAI_MODEL, "api_key": s.OPENAI_API_KEY,
                       "base_url": s.OPENAI_BASE_URL, "temperature": temperature,
                       "max_completion_tokens": s.LLM_MAX_TOKENS},
            "watsonx": {"model_id": s.WATSONX_MODEL_ID, "api_key": s.WATSONX_API_KEY,
                        "url": s.WATSONX_URL, "project_id": s.WATSONX_PROJECT_ID,
                        "iam_url": s.WATSONX_IAM_URL or None,
                        "platform_url": s.WATSONX_PLATFORM_URL or None,
                        "temperature": temperature, "max_tokens": s.LLM_MAX_TOKENS},
        }.get(key, {"temperature": temperature})
        return registry.build("llm", key, **options)

    def get_tts_provider(self, key: str, *, voice_id: str = "") -> tts.TTS:
        s = self.s
        options: dict[str, Any] = {
            "piper": {"cache_dir": s.MODEL_CACHE_DIR},
            "kokoro": {"voice": voice_id or s.KOKORO_VOICE, "cache_dir": s.MODEL_CACHE_DIR},
            "cartesia": {"api_key": s.CARTESIA_API_KEY, "base_url": s.CARTESIA_BASE_URL,
                         "model": s.CARTESIA_MODEL, "voice": voice_id or s.CARTESIA_VOICE},
        }.get(key, {"voice": voice_id} if voice_id else {})
        if key == "piper" and voice_id:
            options["voice"] = voice_id
        return self._marked(registry.build("tts", key, **options))

    def _marked(self, voice: tts.TTS) -> tts.TTS:
        """Every voice's audio carries the product's watermark (voice/watermark.py), unless the
        deployment turned it off."""
        if not self.s.WATERMARK:
            return voice
        if not self.s.WATERMARK_KEYS:
            raise RuntimeError("WATERMARK is on but no WATERMARK_KEY is configured")
        return WatermarkedTTS(voice, key=self.s.WATERMARK_KEYS[0])

    # --- chains -----------------------------------------------------------------------------
    def stt_chain(self, prefs: VoicePreferences) -> list[str]:
        keys = self.stt_keys()
        return _preferred_first(keys, prefs.stt_provider)

    def llm_chains(self, prefs: VoicePreferences) -> tuple[list[str], list[str]]:
        """(simple-turn chain, complex-turn chain); the complex one is empty when every turn
        should stay on the simple chain (no cloud, or the owner chose one provider)."""
        local, cloud = self.local_llm_keys(), self.cloud_llm_keys()
        preference = prefs.llm_provider
        if preference == "local":
            return local, []
        if preference in local + cloud:
            return _preferred_first(local + cloud, preference), []
        if preference not in ("auto", ""):
            logger.warning("%s prefers LLM %r, which this deployment lacks; routing instead",
                           prefs.label, preference)
        return local + cloud, (cloud + local if cloud else [])

    def tts_chain(self, prefs: VoicePreferences) -> list[tuple[str, str]]:
        """(provider, voice id) pairs: the business's own voice first, then local voices."""
        available = self.tts_keys()
        preferred = prefs.voice_provider if prefs.voice_provider not in ("", "auto") else None
        chain: list[tuple[str, str]] = []
        if preferred in available:
            chain.append((preferred, prefs.voice_id))
        elif preferred:
            logger.warning("%s's voice provider %r is not configured here; using %s",
                           prefs.label, preferred, available[0])
        for key in available:
            if key not in (k for k, _ in chain):
                chain.append((key, ""))
        return chain

    # --- the whole call ---------------------------------------------------------------------
    def create_assistant(self, prefs: VoicePreferences, *, vad: Any | None = None,
                         phrases: PhraseBook | None = None) -> VoicePipeline:
        """A call's pipeline; `phrases` holds the business's sentences rendered ahead."""
        from voice.vad import for_call, load_vad

        s = self.s
        retry = chain_options(base_seconds=s.PROVIDER_RETRY_BASE_SECONDS)
        vad = for_call(vad if vad is not None else load_vad())  # the call's own, model shared
        stt_keys = self.stt_chain(prefs)
        stt_providers = [_streaming(self.get_stt_provider(k), vad) for k in stt_keys]
        stt_chain = stt.FallbackAdapter(
            stt_providers, vad=vad,
            max_retry_per_stt=s.PROVIDER_MAX_ATTEMPTS - 1,
            retry_interval=s.PROVIDER_RETRY_BASE_SECONDS)
        simple_keys, complex_keys = self.llm_chains(prefs)
        routed = LLMRouter(
            simple=[self._leg(k, s.LLM_LOCAL_TEMPERATURE) for k in simple_keys],
            complex=[self._leg(k, s.LLM_CLOUD_TEMPERATURE) for k in complex_keys] or None,
            classifier=self.classifier, attempt_timeout=s.LLM_ATTEMPT_TIMEOUT,
            max_retry_per_llm=s.PROVIDER_MAX_ATTEMPTS - 1,
            retry_interval=s.PROVIDER_RETRY_BASE_SECONDS)
        tts_pairs = self.tts_chain(prefs)
        tts_chain = self.create_tts(prefs, phrases=phrases)
        return VoicePipeline(
            stt=stt_chain, llm=routed, tts=tts_chain, vad=vad,
            transcribing=lambda: any(getattr(p, "transcribing", False) for p in stt_providers),
            conn_options=SessionConnectOptions(stt_conn_options=retry, llm_conn_options=retry,
                                               tts_conn_options=retry),
            chains={"stt": stt_keys, "llm_simple": simple_keys, "llm_complex": complex_keys,
                    "tts": [f"{k}:{v}" if v else k for k, v in tts_pairs]},
        )

    def create_tts(self, prefs: VoicePreferences, *, phrases: PhraseBook | None = None
                   ) -> tts.FallbackAdapter:
        """The business's voice chain alone (greetings are rendered with it ahead of calls).

        With `phrases`, each sentence voice plays what the book holds; streaming voices are
        left as they are."""
        voices = self.tts_voices(prefs)
        if phrases is not None:
            voices = [v if v.capabilities.streaming else PhraseCachedTTS(v, phrases)
                      for v in voices]
        return tts.FallbackAdapter(voices, max_retry_per_tts=self.s.PROVIDER_MAX_ATTEMPTS - 1)

    def tts_voices(self, prefs: VoicePreferences) -> list[tts.TTS]:
        """The business's voices, preferred first, each on its own."""
        return [self._tts(k, v, prefs) for k, v in self.tts_chain(prefs)]

    def default_tts(self) -> tts.FallbackAdapter:
        """Local voices only, for callers no business answers (an unknown number)."""
        keys = [k for k in self.tts_keys() if registry.spec("tts", k).local]
        return tts.FallbackAdapter([self.get_tts_provider(k) for k in keys],
                                   max_retry_per_tts=self.s.PROVIDER_MAX_ATTEMPTS - 1)

    def _leg(self, key: str, temperature: float) -> Leg:
        return Leg(key=key, llm=self.get_llm_provider(key, temperature=temperature),
                   local=registry.spec("llm", key).local)

    def _tts(self, key: str, voice_id: str, prefs: VoicePreferences) -> tts.TTS:
        try:
            return self.get_tts_provider(key, voice_id=voice_id)
        except ValueError as exc:  # a voice id this provider does not know
            logger.error("%s: voice %r rejected by %s (%s); using its default voice",
                         prefs.label, voice_id, key, exc)
            return self.get_tts_provider(key)


def _streaming(provider: stt.STT, vad: Any) -> stt.STT:
    """Streaming STTs as they are; batch ones (whisper) transcribe during the closing silence."""
    if provider.capabilities.streaming:
        return provider
    from voice.stt.early import EarlyTranscriptAdapter

    return EarlyTranscriptAdapter(stt=provider, vad=vad)


def _preferred_first(keys: list[str], preference: str) -> list[str]:
    if preference in keys:
        return [preference] + [k for k in keys if k != preference]
    return list(keys)
