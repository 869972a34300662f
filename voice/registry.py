"""Provider keys -> the module that builds them, imported only when a chain uses that vendor.

A deployment that never configures Deepgram never imports the Deepgram SDK; a missing SDK
surfaces as an ImportError naming the pip command, from the vendor module itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["stt", "llm", "tts"]


@dataclass(frozen=True)
class ProviderSpec:
    kind: Kind
    key: str
    target: str  # "package.module:callable"
    local: bool  # runs on this machine (free, private); else a paid cloud API
    description: str
    plugin: str = ""  # the LiveKit plugin package it builds on (loaded at start-up: plugins.py)


PROVIDERS: dict[tuple[str, str], ProviderSpec] = {
    (spec.kind, spec.key): spec
    for spec in [
        ProviderSpec("stt", "whisper", "voice.stt.whisper:WhisperSTT", True,
                     "faster-whisper on the CPU"),
        ProviderSpec("stt", "deepgram", "voice.stt.deepgram:build_deepgram_stt", False,
                     "Deepgram streaming", plugin="livekit.plugins.deepgram"),
        ProviderSpec("llm", "llama_cpp", "voice.llm.llama_cpp:LlamaCppLLM", True,
                     "embedded Qwen2.5 0.5B via llama.cpp"),
        ProviderSpec("llm", "ollama", "voice.llm.ollama:OllamaLLM", True,
                     "an Ollama server you run"),
        ProviderSpec("llm", "openai", "voice.llm.openai:build_openai_llm", False,
                     "OpenAI or any OpenAI-compatible API", plugin="livekit.plugins.openai"),
        ProviderSpec("llm", "watsonx", "voice.llm.watsonx:WatsonxLLM", False, "IBM watsonx.ai"),
        ProviderSpec("tts", "piper", "voice.tts.piper:PiperTTS", True, "Piper, fast CPU voice"),
        ProviderSpec("tts", "kokoro", "voice.tts.kokoro:KokoroTTS", True, "Kokoro-82M ONNX"),
        ProviderSpec("tts", "cartesia", "voice.tts.cartesia:build_cartesia_tts", False,
                     "Cartesia streaming, voice cloning", plugin="livekit.plugins.cartesia"),
    ]
}
# Test doubles and third-party plugins register here too (see `register`).
_extra: dict[tuple[str, str], Callable[..., Any]] = {}


def provider_key(kind: Kind, label: str) -> str:
    """The registry key of the provider a LiveKit metrics `label` names ("voice.stt.whisper.
    WhisperSTT", "livekit.plugins.deepgram.stt.STT"), or "" when it is none of ours."""
    lowered = label.lower()
    for (k, key) in PROVIDERS:
        if k == kind and key in lowered:
            return key
    return ""


def spec(kind: Kind, key: str) -> ProviderSpec:
    try:
        return PROVIDERS[(kind, key)]
    except KeyError:
        known = ", ".join(k for (c, k) in PROVIDERS if c == kind)
        raise KeyError(f"unknown {kind} provider {key!r}; known: {known}") from None


def builder(kind: Kind, key: str) -> Callable[..., Any]:
    if (kind, key) in _extra:
        return _extra[(kind, key)]
    module_name, _, attr = spec(kind, key).target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def build(kind: Kind, key: str, **options: Any) -> Any:
    """Construct provider `key` of `kind` (a LiveKit STT/LLM/TTS object)."""
    return builder(kind, key)(**options)


def register(kind: Kind, key: str, factory: Callable[..., Any], *, local: bool = True,
             description: str = "") -> None:
    """Add a provider that is not shipped here (a plugin of your own, or a test double)."""
    _extra[(kind, key)] = factory
    PROVIDERS[(kind, key)] = ProviderSpec(kind, key, f"<registered {key}>", local, description)


def unregister(kind: Kind, key: str) -> None:
    _extra.pop((kind, key), None)
    PROVIDERS.pop((kind, key), None)
