"""Greetings rendered to audio ahead of time, so the caller hears the first words on pickup.

One WAV per business and (greeting text, voice): the file name is a hash of both, so an edited
greeting or a new voice simply misses the cache and is rendered again; stale files of the same
business are removed when a new one is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

from django.conf import settings
from livekit import rtc

from frontdesk.call_config import CallConfig
from voice.audio_io import pcm_frames, read_wav, write_wav
from voice.factory import VoiceAssistantFactory
from voice.tts.watermarked import watermark_tag


def greeting_path(config: CallConfig) -> Path:
    key = "\n".join([config.greeting, config.voice_provider, config.voice_id, watermark_tag()])
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return Path(settings.MEDIA_ROOT) / "greetings" / config.client_id / f"{digest}.wav"


async def greeting_render(config: CallConfig, *, factory: VoiceAssistantFactory | None = None
                          ) -> Path:
    """The greeting's audio file, rendered with the business's own voice chain if missing."""
    path = greeting_path(config)
    if path.exists():
        return path
    tts_chain = (factory or VoiceAssistantFactory()).create_tts(config.voice)
    try:
        frames = [ev.frame async for ev in tts_chain.synthesize(config.greeting)]
    finally:
        await tts_chain.aclose()
    if not frames:
        raise RuntimeError(f"no audio for {config.client_id}'s greeting")
    write_wav(path, b"".join(bytes(f.data) for f in frames), frames[0].sample_rate)
    for old in path.parent.glob("*.wav"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


async def greeting_frames(config: CallConfig) -> AsyncIterator[rtc.AudioFrame]:
    """Frames to hand `session.say(greeting, audio=...)`: no TTS wait on pickup."""
    pcm, rate = read_wav(await greeting_render(config))
    for frame in pcm_frames(pcm, rate):
        yield frame
