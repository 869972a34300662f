"""The professional goodbye when a chain is exhausted, and voice cloning's input checks."""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest
from livekit.agents import utils

from receptionist.errors import ApplicationError
from tests.voice.audio import wer
from tests.voice.servers.cartesia_server import CartesiaServer
from voice import error_handler
from voice.cloning import clone_voice, validate_voice_sample
from voice.error_handler import GOODBYE_TEXT, SHIPPED_GOODBYE
from voice.factory import VoiceSettings


def _wav(seconds: float, rate: int = 16000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        tone = (np.sin(np.arange(int(seconds * rate)) * 0.05) * 8000).astype(np.int16)
        w.writeframes(tone.tobytes())
    return buffer.getvalue()


@pytest.mark.slow
async def test_the_shipped_goodbye_says_the_goodbye():
    from voice.stt.whisper import WhisperSTT

    with wave.open(str(SHIPPED_GOODBYE), "rb") as w:
        pcm, rate = w.readframes(w.getnframes()), w.getframerate()
    from livekit import rtc

    frame = rtc.AudioFrame(pcm, rate, 1, len(pcm) // 2)
    event = await WhisperSTT(model="base", language="en").recognize(frame)
    assert wer(GOODBYE_TEXT, event.alternatives[0].text) < 0.15


@pytest.mark.slow
async def test_the_goodbye_is_rendered_once_by_the_local_voice(monkeypatch):
    from voice.tts.piper import PiperTTS

    monkeypatch.setattr(error_handler, "_goodbye_pcm", None)
    pcm, rate = await error_handler.prerender_goodbye(PiperTTS())
    assert rate == PiperTTS().sample_rate and len(pcm) / 2 / rate > 4
    assert await error_handler.prerender_goodbye() == (pcm, rate)  # cached for the process
    frames = [f async for f in error_handler.goodbye_frames()]
    assert sum(f.duration for f in frames) == pytest.approx(len(pcm) / 2 / rate, abs=0.03)


async def test_a_failing_local_voice_falls_back_to_the_shipped_recording(monkeypatch):
    from tests.voice.fakes import Behaviour, FakeTTS

    monkeypatch.setattr(error_handler, "_goodbye_pcm", None)
    pcm, rate = await error_handler.prerender_goodbye(FakeTTS("x", Behaviour("down", always=True)))
    assert rate == 16000 and len(pcm) / 2 / rate > 4
    monkeypatch.setattr(error_handler, "_goodbye_pcm", None)


@pytest.mark.parametrize("sample, message", [
    (b"not audio at all", "is not a WAV recording"),
    (_wav(1.0), "record between 3 and 60 seconds"),
    (_wav(61.0, rate=8000), "record between 3 and 60 seconds"),
    (b"RIFF" + b"\0" * (11 * 1024 * 1024), "larger than 10 MB"),
])
def test_it_refuses_unusable_voice_samples_with_the_reason(sample, message):
    with pytest.raises(ApplicationError) as err:
        validate_voice_sample(sample)
    assert message in err.value.message and err.value.field == "sample"


async def test_cloning_needs_a_cloning_provider(settings):
    with pytest.raises(ApplicationError, match="needs Cartesia"):
        await clone_voice(_wav(5.0), name="Ann", voice_settings=VoiceSettings.from_django())


async def test_it_clones_through_cartesia_and_returns_the_voice_id(settings):
    async with utils.http_context.open(), CartesiaServer() as server:
        s = VoiceSettings.from_django(CARTESIA_API_KEY="sk_car_test",
                                      CARTESIA_BASE_URL=server.url)
        provider, voice_id = await clone_voice(_wav(5.0), name="Ann", voice_settings=s)
        clone = server.clones[0]
        assert (provider, voice_id) == ("cartesia", clone.voice_id)
        assert clone.fields["name"] == "Ann" and clone.clip == _wav(5.0)
