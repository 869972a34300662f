"""The watermark in the receptionist's synthesised speech (design: Voice Clone Security,
"Watermarking for generated audio"): marked speech from the real voices is found, on the voice's
own output and after a phone line; unmarked speech (the same voice without the mark, espeak-ng)
is not; `manage.py detect_watermark` says so with its exit status. Figures: bench/watermark.py."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from livekit.agents import utils

from tests.voice import audio
from tests.voice.servers.cartesia_server import CartesiaServer
from voice.factory import VoiceAssistantFactory, VoiceSettings
from voice.preferences import VoicePreferences
from voice.tts.cartesia import build_cartesia_tts
from voice.tts.piper import JOE_SAMPLE_RATE, PiperTTS
from voice.tts.watermarked import WatermarkedTTS
from voice.watermark import (
    THRESHOLD,
    Marker,
    UnreadableAudio,
    watermark_detect,
    watermark_pcm,
)

KEY = "a-test-key-long-enough-for-a-secret"
LINES = [
    "Thank you for calling Bright Smile Dental, how can I help you today?",
    "I can book you in for a cleaning next Tuesday morning at ten.",
    "Could you tell me your full name and the best number to reach you?",
]


def pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()


def floats(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768


async def spoken(voice, texts=LINES) -> bytes:
    pcm = b""
    for text in texts:
        async with voice.synthesize(text) as stream:
            pcm += b"".join([bytes(ev.frame.data) async for ev in stream])
    return pcm


@pytest.fixture(scope="module")
def piper_pcm() -> bytes:
    """The shipped Piper voice, unmarked, saying three receptionist lines (about 10 s)."""
    return pcm16(np.concatenate([audio.piper_speech(t)[0] for t in LINES]))


@pytest.mark.slow
async def test_the_voice_s_own_speech_carries_the_mark_and_the_plain_voice_does_not():
    marked = await spoken(WatermarkedTTS(PiperTTS(), key=KEY))
    plain = await spoken(PiperTTS())

    found = watermark_detect(floats(marked), JOE_SAMPLE_RATE, keys=[KEY])
    assert found.marked and found.score >= THRESHOLD
    assert not watermark_detect(floats(plain), JOE_SAMPLE_RATE, keys=[KEY]).marked


@pytest.mark.slow
def test_the_mark_survives_a_phone_line(piper_pcm):
    marked = floats(watermark_pcm(piper_pcm, JOE_SAMPLE_RATE, key=KEY))
    phone = audio.phone_line(marked, JOE_SAMPLE_RATE)  # 300-3400 Hz, 8 kHz, G.711 mu-law
    assert watermark_detect(phone, audio.PHONE_RATE, keys=[KEY]).marked
    plain = audio.phone_line(floats(piper_pcm), JOE_SAMPLE_RATE)
    assert not watermark_detect(plain, audio.PHONE_RATE, keys=[KEY]).marked


@pytest.mark.slow
def test_only_the_key_that_marked_finds_the_mark_and_rotation_keeps_old_keys(piper_pcm):
    marked = floats(watermark_pcm(piper_pcm, JOE_SAMPLE_RATE, key=KEY))
    other = "another key, just as long as the first"
    assert not watermark_detect(marked, JOE_SAMPLE_RATE, keys=[other]).marked
    assert watermark_detect(marked, JOE_SAMPLE_RATE, keys=[other, KEY]).marked


@pytest.mark.slow
def test_the_mark_is_quiet_beside_the_speech(piper_pcm):
    speech = floats(piper_pcm)
    mark = floats(watermark_pcm(piper_pcm, JOE_SAMPLE_RATE, key=KEY)) - speech
    assert 10 * np.log10(np.sum(speech**2) / np.sum(mark**2)) >= 20


@pytest.mark.skipif(not os.path.exists("/usr/bin/espeak-ng"), reason="needs espeak-ng")
def test_other_synthetic_speech_is_not_marked():
    speech = np.concatenate([audio.espeak_speech(t)[0] for t in LINES])
    rate = audio.espeak_speech(LINES[0])[1]
    assert not watermark_detect(speech, rate, keys=[KEY]).marked


def test_too_little_sound_cannot_be_judged():
    rng = np.random.default_rng(1)
    with pytest.raises(UnreadableAudio, match="too little speech to judge"):
        watermark_detect(rng.normal(0, 0.1, 8000), 8000, keys=[KEY])
    with pytest.raises(UnreadableAudio):
        watermark_detect(np.zeros(80_000), 16000, keys=[KEY])


@hsettings(max_examples=25, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=40_000), max_size=8),
       rate=st.sampled_from([8000, 16000, 22050, 24000]))
def test_marking_chunk_by_chunk_is_marking_the_whole_utterance(cuts, rate):
    """Streaming: each chunk is marked as it arrives (even one cut inside a sample), and the
    result is exactly what marking the whole utterance at once gives."""
    rng = np.random.default_rng(len(cuts))
    pcm = pcm16(rng.normal(0, 0.2, rate * 2))
    marker, out, start = Marker(KEY, rate), [], 0
    for cut in sorted(set(c for c in cuts if c < len(pcm))) + [len(pcm)]:
        out.append(marker.mark(pcm[start:cut]))
        start = cut
    out.append(marker.flush())
    assert b"".join(out) == watermark_pcm(pcm, rate, key=KEY)


async def test_a_streaming_cloud_voice_is_marked_as_it_streams():
    async with utils.http_context.open(), CartesiaServer() as server:
        def voice():
            return build_cartesia_tts(api_key="sk_car_test", voice="v", base_url=server.url)

        async def stream(engine) -> bytes:
            s = engine.stream()
            s.push_text(" ".join(LINES))
            s.end_input()
            async with asyncio.timeout(10):
                pcm = b"".join([bytes(ev.frame.data) async for ev in s])
            await s.aclose()
            return pcm

        plain = await stream(voice())
        marked = await stream(WatermarkedTTS(voice(), key=KEY))
    assert len(marked) >= len(plain) > 0
    assert marked[:len(plain)] == watermark_pcm(plain, 24000, key=KEY)[:len(plain)]


def test_the_factory_marks_every_voice_with_the_first_key_unless_turned_off():
    prefs = VoicePreferences(voice_provider="piper")
    voices = VoiceAssistantFactory(VoiceSettings.from_django(
        WATERMARK_KEYS=(KEY, "an-older-key-kept-for-detection"))).tts_voices(prefs)
    assert voices and all(isinstance(v, WatermarkedTTS) for v in voices)
    assert voices[0].marker()._h is Marker(KEY, voices[0].sample_rate)._h
    off = VoiceAssistantFactory(VoiceSettings.from_django(WATERMARK=False)).tts_voices(prefs)
    assert not any(isinstance(v, WatermarkedTTS) for v in off)


@pytest.mark.slow
async def test_a_call_s_voice_chain_speaks_marked_audio():
    chain = VoiceAssistantFactory().create_tts(VoicePreferences(voice_provider="piper"))
    try:
        pcm = await spoken(chain)
    finally:
        await chain.aclose()
    assert watermark_detect(floats(pcm), chain.sample_rate, keys=settings.WATERMARK_KEYS).marked


# --- manage.py detect_watermark ---------------------------------------------------------------
def _write_wav(path: Path, pcm: bytes, rate: int) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return path


def _detect(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "detect_watermark", str(path)], cwd=settings.BASE_DIR,
        capture_output=True, text=True, timeout=120,
        env=os.environ | {"LOG_LEVEL": "WARNING", "WATERMARK_KEY": KEY})


@pytest.mark.slow
def test_the_command_says_marked_with_exit_0_and_not_marked_with_exit_1(piper_pcm, tmp_path):
    marked = _detect(_write_wav(tmp_path / "marked.wav",
                                watermark_pcm(piper_pcm, JOE_SAMPLE_RATE, key=KEY),
                                JOE_SAMPLE_RATE))
    assert marked.returncode == 0, marked.stderr
    assert "verdict=marked" in marked.stdout and "score=" in marked.stdout
    plain = _detect(_write_wav(tmp_path / "plain.wav", piper_pcm, JOE_SAMPLE_RATE))
    assert plain.returncode == 1, plain.stderr
    assert "verdict=not marked" in plain.stdout


@pytest.mark.parametrize("name, content, reason", [
    ("missing.wav", None, "no such file"),
    ("notes.wav", b"these are meeting notes, not audio" * 100, "not a WAV file"),
    ("short.wav", "short", "too little speech to judge"),
    ("cut.wav", "cut", "cannot be decoded"),
])
def test_the_command_exits_2_with_one_line_when_it_cannot_judge(tmp_path, name, content, reason):
    path = tmp_path / name
    if content == "short":
        _write_wav(path, pcm16(np.random.default_rng(0).normal(0, 0.1, 8000)), 8000)
    elif content == "cut":
        _write_wav(path, pcm16(np.zeros(8000)), 8000)
        path.write_bytes(path.read_bytes()[:30])  # the header itself cut short
    elif content is not None:
        path.write_bytes(content)
    result = _detect(path)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("CommandError: ") and reason in line
