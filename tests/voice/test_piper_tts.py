"""PiperTTS with the shipped joe voice, driven through ``TTS.synthesize`` as a session drives it.

Speech is checked by ear-proxy: whisper transcribes it back. Measured WER over the four agent
lines below: 0.0-0.07 with tiny.en (Piper samples noise, so runs differ); bound 0.2.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from tests.voice import audio
from voice import assets
from voice.stt.whisper import WhisperSTT
from voice.tts.piper import JOE_SAMPLE_RATE, JOE_VOICE, PiperTTS

pytestmark = pytest.mark.slow

AGENT_LINES = [
    "Thank you for calling Bright Smile Dental, how can I help you today?",
    "I can book you in for a cleaning next Tuesday morning.",
    "Could you tell me your full name, please?",
    "Your appointment is confirmed, we look forward to seeing you.",
]


async def _synthesize(tts: PiperTTS, text: str) -> tuple[list, str, float, float]:
    """(frames, voice the stream used, seconds to first frame, seconds in total)."""
    started = time.perf_counter()
    first = None
    frames = []
    stream = tts.synthesize(text)
    async with stream:
        async for event in stream:
            first = first if first is not None else time.perf_counter() - started
            frames.append(event.frame)
    return frames, stream.voice, first or 0.0, time.perf_counter() - started


async def test_its_speech_is_transcribed_back_to_the_text():
    tts, stt = PiperTTS(), WhisperSTT()
    heard = []
    for text in AGENT_LINES:
        frames, _, _, _ = await _synthesize(tts, text)
        heard.append((await stt.recognize(frames)).alternatives[0].text)

    assert audio.wer(AGENT_LINES, heard) <= 0.2, heard


async def test_every_synthesis_uses_the_configured_voice_at_its_native_rate():
    tts = PiperTTS()
    assert tts.voice == JOE_VOICE
    for text in AGENT_LINES[:2]:
        frames, voice, _, _ = await _synthesize(tts, text)
        assert voice == JOE_VOICE
        assert {(f.sample_rate, f.num_channels) for f in frames} == {(JOE_SAMPLE_RATE, 1)}


async def test_the_wrapper_pushes_exactly_what_piper_makes():
    """With Piper's noise off its output is deterministic, so the wrapper must match it sample for
    sample: same voice, same options, int16 PCM untouched."""
    from piper.config import SynthesisConfig

    tts = PiperTTS(noise_scale=0.0, noise_w_scale=0.0, length_scale=1.1)
    text = "Hello, this is Bright Smile Dental. We open at eight."
    cfg = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, length_scale=1.1)
    raw = np.concatenate(
        [c.audio_int16_array for c in assets.load_piper().synthesize(text, syn_config=cfg)]
    )

    frames, _, _, _ = await _synthesize(tts, text)
    ours = np.frombuffer(b"".join(bytes(f.data) for f in frames), dtype=np.int16)

    assert len(ours) >= len(raw)
    assert np.array_equal(ours[: len(raw)], raw)
    assert not ours[len(raw) :].any()  # only the emitter's zero padding of the last frame


async def test_a_long_first_sentence_starts_at_its_first_comma_and_still_reads_whole():
    """ "On Fridays," is made and pushed before the rest of the sentence: the wrapper's output is
    Piper's for the two pieces, in order, and a listener still hears the whole sentence."""
    from piper.config import SynthesisConfig

    from voice.tts.piper import first_clause_apart

    text = "On Fridays, we're open from eight in the morning to two in the afternoon."
    assert first_clause_apart(text) == [
        "On Fridays,", "we're open from eight in the morning to two in the afternoon."]
    assert first_clause_apart("Yes, we do.") == ["Yes, we do."]  # short: whole
    assert first_clause_apart("It's $1,250, give or take, for a crown.") == [
        "It's $1,250, give or take, for a crown."]  # a number's comma is no clause

    tts = PiperTTS(noise_scale=0.0, noise_w_scale=0.0)
    cfg = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
    voice = assets.load_piper()
    raw = np.concatenate([c.audio_int16_array for piece in first_clause_apart(text)
                          for c in voice.synthesize(piece, syn_config=cfg)])
    frames, _, _, _ = await _synthesize(tts, text)
    ours = np.frombuffer(b"".join(bytes(f.data) for f in frames), dtype=np.int16)
    assert np.array_equal(ours[: len(raw)], raw)

    heard = (await WhisperSTT().recognize(frames)).alternatives[0].text
    assert audio.wer(text, heard) <= 0.2, heard


async def test_a_long_reply_starts_playing_after_its_first_sentence():
    """Audio of the first sentence reaches the caller while later sentences are still being
    synthesised: frames arrive in bursts, not all at once at the end. (How soon is a benchmark
    figure, bench/voice_components.py, not a test.)"""
    tts = PiperTTS()
    await tts.warm()
    arrivals = []
    async with tts.synthesize(" ".join(AGENT_LINES)) as stream:
        async for _ in stream:
            arrivals.append(time.perf_counter())
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert max(gaps) > 0.02, "every frame arrived at once: the reply was synthesised whole"


async def test_it_never_blocks_the_event_loop():
    tts = PiperTTS()
    await tts.warm()

    _, stall = await audio.max_loop_stall(_synthesize(tts, " ".join(AGENT_LINES)))

    assert stall < 0.1  # inference on the loop would stall it for the whole synthesis or decode


def test_only_the_shipped_voice_is_accepted():
    with pytest.raises(ValueError, match="en_US-joe-medium"):
        PiperTTS(voice="en_US-amy-medium")
