"""The design's ErrorHandler: when a whole provider chain has failed, the caller hears a
professional goodbye and the call ends; never dead air.

The goodbye cannot depend on the TTS chain (it may be what failed), so its audio is rendered
once per process by a local voice and kept in memory; if even that is impossible, a recording
shipped with the code is played.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from livekit import rtc

from voice.audio_io import pcm_frames, read_wav

logger = logging.getLogger(__name__)

GOODBYE_TEXT = (
    "I'm sorry, I'm having technical difficulties and can't continue this call. "
    "Please call us back in a few minutes. Thank you for calling, goodbye."
)
SHIPPED_GOODBYE = Path(__file__).parent / "static" / "goodbye.wav"

_goodbye_pcm: tuple[bytes, int] | None = None


def log_error(error_type: str, context: dict[str, Any], severity: str = "error") -> None:
    """Structured error log line (design: ErrorHandler.log_error)."""
    level = {"warning": logging.WARNING, "critical": logging.CRITICAL}.get(severity, logging.ERROR)
    logger.log(level, "%s %s", error_type, " ".join(f"{k}={v!r}" for k, v in context.items()))


async def prerender_goodbye(tts: Any | None = None) -> tuple[bytes, int]:
    """Render the goodbye once per process with `tts` (a local voice); keep it in memory."""
    global _goodbye_pcm
    if _goodbye_pcm is not None:
        return _goodbye_pcm
    if tts is not None:
        try:
            frames = [ev.frame async for ev in tts.synthesize(GOODBYE_TEXT)]
            if frames:
                _goodbye_pcm = (b"".join(bytes(f.data) for f in frames), frames[0].sample_rate)
                return _goodbye_pcm
        except Exception as exc:  # the shipped recording is the fallback
            log_error("goodbye_prerender_failed", {"tts": getattr(tts, "label", tts),
                                                    "error": exc}, "warning")
    _goodbye_pcm = read_wav(SHIPPED_GOODBYE)
    return _goodbye_pcm


async def goodbye_frames() -> AsyncIterator[rtc.AudioFrame]:
    pcm, rate = await prerender_goodbye()
    for frame in pcm_frames(pcm, rate):
        yield frame


def install_graceful_degradation(
    session: Any, *, on_goodbye: Callable[[str], Awaitable[None]] | None = None
) -> asyncio.Event:
    """On the first unrecoverable STT, LLM or TTS error, play the goodbye and end the call.

    Returns an event set once the goodbye has finished playing. `on_goodbye(reason)` runs
    afterwards (hang up the SIP call, close the session, record the outcome).
    """
    done = asyncio.Event()
    state = {"started": False}

    async def _goodbye(reason: str) -> None:
        try:
            handle = session.say(GOODBYE_TEXT, audio=goodbye_frames(),
                                 allow_interruptions=False, add_to_chat_ctx=True)
            await handle.wait_for_playout()
        except Exception as exc:
            log_error("goodbye_failed", {"reason": reason, "error": exc}, "critical")
        finally:
            done.set()
            if on_goodbye is not None:
                await on_goodbye(reason)

    def _on_error(event: Any) -> None:
        error = getattr(event, "error", None)
        if state["started"] or getattr(error, "recoverable", True):
            return
        state["started"] = True
        reason = f"{getattr(error, 'type', 'error')}: {getattr(error, 'error', error)}"
        log_error("provider_chain_exhausted", {"reason": reason}, "critical")
        asyncio.ensure_future(_goodbye(reason))

    session.on("error", _on_error)
    return done
