"""Silero VAD with phone defaults: where it cuts a caller's speech into turns."""

from __future__ import annotations

import numpy as np
import pytest
from livekit.agents.vad import VADEventType

from tests.voice import audio
from voice.vad import PHONE_DEFAULTS, load_vad

pytestmark = pytest.mark.slow


def _trim(samples: np.ndarray) -> np.ndarray:
    """Drop the silence Piper leaves around a sentence, so `gap` is the whole pause."""
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    return samples[loud[0] : loud[-1] + 1]


def _caller(gap: float) -> np.ndarray:
    """Two phrases on a phone line separated by `gap` seconds of line noise."""
    first, rate = audio.piper_speech("My number is five five five.")
    second, _ = audio.piper_speech("Zero one two three.")
    a = _trim(audio.phone_line(first, rate))
    b = _trim(audio.phone_line(second, rate))
    pause = audio.with_silence(np.zeros(0, np.float32), 8000, lead=gap, tail=0.0, seed=1)
    return audio.with_silence(np.concatenate([a, pause, b]), 8000, lead=0.5, tail=1.2)


async def _segments(vad, samples: np.ndarray) -> list[float]:
    """Durations of the speech segments the VAD reports."""
    stream = vad.stream()
    for frame in audio.to_frames(samples, 8000):
        stream.push_frame(frame)
    stream.end_input()
    durations = []
    async for event in stream:
        if event.type == VADEventType.END_OF_SPEECH:
            durations.append(event.speech_duration)
    await stream.aclose()
    return durations


def test_it_loads_once_per_tuning_with_phone_defaults():
    vad = load_vad()
    assert vad is load_vad()
    assert vad._opts.min_silence_duration == PHONE_DEFAULTS["min_silence_duration"] == 0.30

    tuned = load_vad(min_silence_duration=0.5)
    assert tuned is not vad
    assert tuned._opts.min_silence_duration == 0.5
    assert vad._opts.min_silence_duration == 0.30


async def test_a_short_pause_inside_a_phone_number_stays_one_turn():
    segments = await _segments(load_vad(), _caller(gap=0.25))
    assert len(segments) == 1, segments


async def test_a_real_pause_ends_the_turn():
    segments = await _segments(load_vad(), _caller(gap=1.0))
    assert len(segments) == 2, segments


async def test_a_shorter_silence_setting_splits_the_number():
    """The override reaches Silero: the tuning the notes warn against splits the same audio."""
    segments = await _segments(load_vad(min_silence_duration=0.08), _caller(gap=0.25))
    assert len(segments) >= 2, segments
