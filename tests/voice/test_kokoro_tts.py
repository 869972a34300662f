"""KokoroTTS (int8 ONNX, shipped Japanese voices speaking en-us), through ``TTS.synthesize``.

Kokoro is deterministic for a given text, voice and speed, which lets the tests prove that each
synthesis used the configured voice: its audio equals kokoro-onnx's own output for that voice and
differs from every other voice's. Measured WER of its speech transcribed back by whisper tiny.en
over the agent lines: 0.02-0.09 depending on the voice (jf_alpha 0.09); bound 0.2.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.voice import audio
from voice import assets
from voice.stt.whisper import WhisperSTT
from voice.tts.kokoro import SAMPLE_RATE, VOICES, KokoroTTS, to_pcm16

pytestmark = pytest.mark.slow

AGENT_LINES = [
    "Thank you for calling Bright Smile Dental, how can I help you today?",
    "I can book you in for a cleaning next Tuesday morning.",
    "Could you tell me your full name, please?",
]


async def _synthesize(tts: KokoroTTS, text: str) -> tuple[np.ndarray, str]:
    stream = tts.synthesize(text)
    frames = []
    async with stream:
        async for event in stream:
            assert (event.frame.sample_rate, event.frame.num_channels) == (SAMPLE_RATE, 1)
            frames.append(event.frame)
    return np.frombuffer(b"".join(bytes(f.data) for f in frames), dtype=np.int16), stream.voice


def _raw(text: str, voice: str, speed: float = 1.0) -> np.ndarray:
    samples, _ = assets.load_kokoro().create(text, voice=voice, speed=speed, lang="en-us")
    return np.frombuffer(to_pcm16(samples), dtype=np.int16)


def _same(ours: np.ndarray, raw: np.ndarray) -> bool:
    return len(ours) >= len(raw) and np.array_equal(ours[: len(raw)], raw)


async def test_its_speech_is_transcribed_back_to_the_text():
    tts, stt = KokoroTTS(), WhisperSTT()
    heard = []
    for text in AGENT_LINES:
        pcm, _ = await _synthesize(tts, text)
        frames = audio.to_frames(pcm.astype(np.float32) / 32768.0, SAMPLE_RATE)
        heard.append((await stt.recognize(frames)).alternatives[0].text)

    assert audio.wer(AGENT_LINES, heard) <= 0.2, heard


async def test_every_synthesis_uses_the_configured_voice():
    tts = KokoroTTS(voice="jm_kumo", speed=1.1)
    assert tts.voice == "jm_kumo"
    for text in AGENT_LINES[1:]:
        ours, voice = await _synthesize(tts, text)
        assert voice == "jm_kumo"
        assert _same(ours, _raw(text, "jm_kumo", 1.1))
        assert not _same(ours, _raw(text, "jf_alpha", 1.1))


async def test_a_voice_change_applies_to_the_next_synthesis_only():
    tts = KokoroTTS(voice="jf_alpha")
    text = AGENT_LINES[2]
    in_flight = tts.synthesize(text)

    tts.update_options(voice="jf_nezumi")
    after, voice_after = await _synthesize(tts, text)
    frames = [ev.frame async for ev in in_flight]
    await in_flight.aclose()
    before = np.frombuffer(b"".join(bytes(f.data) for f in frames), dtype=np.int16)

    assert in_flight.voice == "jf_alpha" and _same(before, _raw(text, "jf_alpha"))
    assert voice_after == tts.voice == "jf_nezumi" and _same(after, _raw(text, "jf_nezumi"))


async def test_it_never_blocks_the_event_loop():
    tts = KokoroTTS()
    await tts.warm()

    _, stall = await audio.max_loop_stall(_synthesize(tts, AGENT_LINES[0]))

    assert stall < 0.1  # inference on the loop would stall it for the whole synthesis or decode


def test_only_shipped_voices_and_sane_speeds_are_accepted():
    assert VOICES == ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
    with pytest.raises(ValueError, match="jf_alpha"):
        KokoroTTS(voice="af_heart")
    with pytest.raises(ValueError, match="speed"):
        KokoroTTS(speed=3.0)
    tts = KokoroTTS()
    with pytest.raises(ValueError):
        tts.update_options(voice="af_bella")
    assert tts.voice == "jf_alpha"
