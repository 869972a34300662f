from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.voice.fakes import Behaviour, FakeLLM, FakeSTT, FakeTTS
from voice import registry
from voice.factory import VoiceSettings

AMPLITUDES = {"piper": 1000, "kokoro": 2000, "cartesia": 3000}


@dataclass
class FakeProviders:
    """Registry entries that build failure-injecting fakes under the real provider keys."""

    behaviours: dict[tuple[str, str], Behaviour] = field(default_factory=dict)
    built: list[object] = field(default_factory=list)

    def behaviour(self, kind: str, key: str) -> Behaviour:
        return self.behaviours.setdefault((kind, key), Behaviour())

    def factory(self, kind: str, key: str) -> Callable[..., object]:
        def build(**options: object) -> object:
            b = self.behaviour(kind, key)
            if kind == "stt":
                obj = FakeSTT(key, b)
            elif kind == "llm":
                obj = FakeLLM(key, b, temperature=options.get("temperature"))
            else:
                obj = FakeTTS(key, b, amplitude=AMPLITUDES.get(key, 500),
                              voice=str(options.get("voice") or "default"))
            self.built.append(obj)
            return obj
        return build


@pytest.fixture
def fake_providers(monkeypatch) -> FakeProviders:
    fakes = FakeProviders()
    for (kind, key), spec in list(registry.PROVIDERS.items()):
        monkeypatch.setitem(registry._extra, (kind, key), fakes.factory(kind, key))
        monkeypatch.setitem(registry.PROVIDERS, (kind, key), spec)
    return fakes


@pytest.fixture
def all_providers_settings(settings) -> VoiceSettings:
    """Settings with every vendor configured (keys point nowhere: the fakes answer)."""
    return VoiceSettings.from_django(
        OLLAMA_HOST="http://127.0.0.1:9", OPENAI_API_KEY="sk-test", WATSONX_API_KEY="wx",
        WATSONX_PROJECT_ID="p", DEEPGRAM_API_KEY="dg", CARTESIA_API_KEY="ca",
        CARTESIA_VOICE="stock-voice", PROVIDER_RETRY_BASE_SECONDS=0.0)
