"""What every provider chain shares: retry timing and the pipeline the factory hands out.

Providers themselves subclass LiveKit's `stt.STT`, `llm.LLM` and `tts.TTS`; LiveKit's base
classes own the retry loop. We only change its timing: LiveKit retries first at once and then at
a fixed interval, the design asks for exponential backoff with at most three attempts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from livekit.agents import APIConnectOptions, stt
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, NotGivenOr
from livekit.agents.voice.agent_session import SessionConnectOptions

MAX_BACKOFF_SECONDS = 2.0


@dataclass(frozen=True)
class BackoffConnectOptions(APIConnectOptions):
    """APIConnectOptions whose n-th retry waits retry_interval * 2**n (capped at 2 s).

    LiveKit copies connect options with `dataclasses.replace`, which keeps this subclass, so
    the fallback adapters' per-provider retries back off exponentially too.
    """

    def _interval_for_retry(self, num_retries: int) -> float:
        return min(self.retry_interval * (2 ** num_retries), MAX_BACKOFF_SECONDS)


def chain_options(*, base_seconds: float, timeout: float = 10.0) -> BackoffConnectOptions:
    """Connect options for a whole fallback chain: the chain itself is not retried (that would
    multiply attempts); each provider inside it gets `max_retry_per_*` retries, and the
    adapters derive those providers' options from these, keeping the exponential backoff."""
    return BackoffConnectOptions(max_retry=0, retry_interval=base_seconds, timeout=timeout)


class BatchSTTAdapter(stt.StreamAdapter):
    """LiveKit's StreamAdapter, retrying in one place only.

    On the `recognize()` path LiveKit retries around the adapter and again inside it, so three
    attempts became nine. The live (`stream()`) path already retries once, in the wrapped STT;
    this makes `recognize()` do the same.
    """

    async def _recognize_impl(self, buffer: Any, *, language: NotGivenOr[str] = NOT_GIVEN,
                              conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
                              ) -> stt.SpeechEvent:
        return await self._stt.recognize(buffer=buffer, language=language,
                                         conn_options=replace(conn_options, max_retry=0))


@dataclass
class VoicePipeline:
    """One call's providers, ready for `AgentSession(stt=, llm=, tts=, vad=, conn_options=)`."""

    stt: Any
    llm: Any
    tts: Any
    vad: Any | None
    conn_options: SessionConnectOptions
    chains: dict[str, list[str]] = field(default_factory=dict)  # kind -> provider keys, in order
    # whether the caller's latest words are still being transcribed (batch STT only)
    transcribing: Callable[[], bool] = field(default=lambda: False)
