"""Failure-injecting providers for chain tests. Each subclasses LiveKit's real base class, so the
framework's own retry loop, FallbackAdapter and metrics run around it unchanged."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field

import numpy as np
from livekit.agents import APIConnectionError, APIStatusError, APITimeoutError, llm, stt, tts
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, APIConnectOptions
from livekit.agents.utils import AudioBuffer

FAILURES = {
    "ok": None,
    "5xx": lambda name: APIStatusError(f"{name}: 503", status_code=503, retryable=True),
    "4xx": lambda name: APIStatusError(f"{name}: 401", status_code=401, retryable=False),
    "down": lambda name: APIConnectionError(f"{name}: connection refused"),
    "timeout": lambda name: APITimeoutError(f"{name}: timed out"),
}


@dataclass
class Behaviour:
    """`fail_first` attempts fail with `failure`, then it works; `always` means it never works."""

    failure: str = "ok"
    fail_first: int = 0
    always: bool = False
    calls: int = 0

    def check(self, name: str) -> None:
        self.calls += 1
        if self.failure == "ok":
            return
        if self.always or self.calls <= self.fail_first:
            raise FAILURES[self.failure](name)

    @property
    def works(self) -> bool:
        return self.failure == "ok" or not self.always

    def serves(self, attempts: int = 3) -> bool:
        """Whether a request gets an answer from it: a non-retryable error (4xx) is not retried,
        a transient one is, up to `attempts` attempts."""
        if self.failure == "ok" or self.fail_first == 0 and not self.always:
            return True
        if self.always:
            return False
        retryable = self.failure != "4xx"
        return retryable and self.fail_first < attempts


class FakeSTT(stt.STT):
    def __init__(self, name: str, behaviour: Behaviour, text: str = "") -> None:
        super().__init__(capabilities=stt.STTCapabilities(streaming=False, interim_results=False))
        self.name, self.behaviour, self.text = name, behaviour, text or f"heard by {name}"

    @property
    def model(self) -> str:
        return self.name

    async def _recognize_impl(self, buffer: AudioBuffer, *, language=None,
                              conn_options: APIConnectOptions) -> stt.SpeechEvent:
        self.behaviour.check(self.name)
        return stt.SpeechEvent(type=stt.SpeechEventType.FINAL_TRANSCRIPT,
                               alternatives=[stt.SpeechData(language="en", text=self.text)])


class FakeLLM(llm.LLM):
    def __init__(self, name: str, behaviour: Behaviour | None = None, reply: str = "",
                 temperature: float | None = None) -> None:
        super().__init__()
        self.name, self.behaviour = name, behaviour or Behaviour()
        self.reply = reply or f"reply from {name}"
        self.temperature = temperature
        self.received: list[llm.ChatContext] = []
        self.conn_options: list[APIConnectOptions] = []

    @property
    def model(self) -> str:
        return self.name

    @property
    def provider(self) -> str:
        return "fake"

    def chat(self, *, chat_ctx: llm.ChatContext, tools=None,
             conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS, **_: object
             ) -> llm.LLMStream:
        self.received.append(chat_ctx.copy())
        self.conn_options.append(conn_options)
        return _FakeLLMStream(self, chat_ctx=chat_ctx, tools=tools or [],
                              conn_options=conn_options)


class _FakeLLMStream(llm.LLMStream):
    async def _run(self) -> None:
        fake: FakeLLM = self._llm  # type: ignore[assignment]
        fake.behaviour.check(fake.name)
        request_id = uuid.uuid4().hex
        for word in fake.reply.split(" "):
            self._event_ch.send_nowait(llm.ChatChunk(
                id=request_id, delta=llm.ChoiceDelta(role="assistant", content=word + " ")))
            await asyncio.sleep(0)
        self._event_ch.send_nowait(llm.ChatChunk(id=request_id, usage=llm.CompletionUsage(
            completion_tokens=len(fake.reply.split()), prompt_tokens=100, total_tokens=100 + len(
                fake.reply.split()))))


class FakeTTS(tts.TTS):
    """Speaks a tone whose amplitude identifies the provider; records the voice of each request."""

    def __init__(self, name: str, behaviour: Behaviour | None = None, amplitude: int = 1000,
                 voice: str = "default", sample_rate: int = 16000) -> None:
        super().__init__(capabilities=tts.TTSCapabilities(streaming=False),
                         sample_rate=sample_rate, num_channels=1)
        self.name, self.behaviour, self.amplitude = name, behaviour or Behaviour(), amplitude
        self.voice = voice
        self.requests: list[tuple[str, str]] = []

    @property
    def model(self) -> str:
        return self.name

    def synthesize(self, text: str, *,
                   conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
                   ) -> tts.ChunkedStream:
        return _FakeChunkedStream(tts=self, input_text=text, conn_options=conn_options)


class _FakeChunkedStream(tts.ChunkedStream):
    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        fake: FakeTTS = self._tts  # type: ignore[assignment]
        fake.behaviour.check(fake.name)
        fake.requests.append((self.input_text, fake.voice))
        output_emitter.initialize(request_id=uuid.uuid4().hex, sample_rate=fake.sample_rate,
                                  num_channels=1, mime_type="audio/pcm")
        samples = np.full(fake.sample_rate // 10, fake.amplitude, dtype=np.int16)
        output_emitter.push(samples.tobytes())
        output_emitter.flush()


@dataclass
class Chain:
    behaviours: list[Behaviour] = field(default_factory=list)

    @property
    def any_works(self) -> bool:
        return any(b.works for b in self.behaviours)
