"""A short sample of the receptionist's greeting in a chosen voice, for the settings page.

Rendered with the same TTS chain a call would use (`VoiceAssistantFactory.create_tts`), so the
owner hears what a caller would, including the fallback when a cloud voice is not set up here.
Each (text, voice) is rendered once and kept as a WAV file under MEDIA_ROOT.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
import wave
from pathlib import Path

from django.conf import settings
from livekit.agents.utils import http_context

from frontdesk.call_config import CallConfig
from voice.factory import VoiceAssistantFactory

MAX_PREVIEW_CHARS = 220  # the first sentence or two: a sample, not a speech
KEEP_PER_BUSINESS = 12


def preview_text(greeting: str) -> str:
    """The greeting, cut after the last sentence that fits in MAX_PREVIEW_CHARS."""
    text = " ".join(greeting.split())
    if len(text) <= MAX_PREVIEW_CHARS:
        return text
    head = text[:MAX_PREVIEW_CHARS]
    ends = [m.end() for m in re.finditer(r"[.!?](\s|$)", head)]
    return head[: ends[-1]].strip() if ends else head.rsplit(" ", 1)[0] + "."


def voice_preview_path(config: CallConfig, *, provider: str, voice_id: str) -> Path:
    key = "\n".join([preview_text(config.greeting), provider, voice_id])
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return Path(settings.MEDIA_ROOT) / "voice_previews" / config.client_id / f"{digest}.wav"


async def voice_preview_render(config: CallConfig, *, provider: str, voice_id: str,
                               factory: VoiceAssistantFactory | None = None) -> Path:
    """The sample's WAV file, rendered now unless an earlier request already did."""
    path = voice_preview_path(config, provider=provider, voice_id=voice_id)
    if path.exists():
        return path
    voiced = dataclasses.replace(config, voice_provider=provider, voice_id=voice_id)
    async with http_context.open():  # cloud voices need an HTTP session outside a LiveKit job
        chain = (factory or VoiceAssistantFactory()).create_tts(voiced.voice)
        try:
            frames = [ev.frame async for ev in chain.synthesize(preview_text(config.greeting))]
        finally:
            await chain.aclose()
    if not frames:
        raise RuntimeError(f"no audio for {config.client_id}'s voice preview")
    _write_wav_atomically(path, b"".join(bytes(f.data) for f in frames), frames[0].sample_rate)
    _forget_old(path.parent)
    return path


def _write_wav_atomically(path: Path, pcm: bytes, sample_rate: int) -> None:
    """Two requests rendering the same sample each write their own file; the last one wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(sample_rate)
            wav.writeframes(pcm)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _forget_old(directory: Path) -> None:
    files = sorted(directory.glob("*.wav"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_PER_BUSINESS:]:
        old.unlink(missing_ok=True)
