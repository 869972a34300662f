"""Whisper transcribing during the caller's closing silence (voice/stt/early.py), on the real
Silero VAD and whisper tiny.en, with the caller fed in real time as a session feeds it."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
from livekit.agents import stt

from tests.voice import audio
from voice.stt.early import EarlyTranscriptAdapter
from voice.stt.whisper import WhisperSTT
from voice.vad import load_vad

pytestmark = pytest.mark.slow


def _line(*parts: str, pause: float = 0.0) -> np.ndarray:
    """The parts on a phone line, `pause` seconds of quiet between them (Piper's own silence
    around each part trimmed, so the pause is exactly that)."""
    pieces = []
    for i, text in enumerate(parts):
        speech, rate = audio.piper_speech(text)
        line = audio.phone_line(speech, rate)
        loud = np.flatnonzero(np.abs(line) > 0.01)
        margin = int(0.05 * audio.PHONE_RATE)
        pieces.append(line[max(0, loud[0] - margin): loud[-1] + 1 + margin])
        if i < len(parts) - 1:
            pieces.append(np.zeros(int(pause * audio.PHONE_RATE), np.float32))
    return audio.with_silence(np.concatenate(pieces), audio.PHONE_RATE, lead=0.4, tail=1.0)


async def _events(adapter: stt.STT, samples: np.ndarray) -> list[tuple[float, stt.SpeechEvent]]:
    """The stream's events with their arrival times, the caller paced at real time."""
    stream = adapter.stream()
    events: list[tuple[float, stt.SpeechEvent]] = []

    async def read() -> None:
        async for event in stream:
            events.append((time.monotonic(), event))

    reader = asyncio.ensure_future(read())
    for frame in audio.to_frames(samples, audio.PHONE_RATE):
        stream.push_frame(frame)
        await asyncio.sleep(0.02)
    stream.end_input()
    await reader
    await stream.aclose()
    return events


@pytest.fixture(scope="module")
def whisper() -> WhisperSTT:
    return WhisperSTT()


async def test_the_transcript_is_ready_when_the_vad_declares_the_end_of_speech(whisper):
    adapter = EarlyTranscriptAdapter(stt=whisper, vad=load_vad())
    events = await _events(adapter, _line("What are your opening hours on Friday?"))
    kinds = [e.type for _, e in events]
    assert kinds == [stt.SpeechEventType.START_OF_SPEECH, stt.SpeechEventType.END_OF_SPEECH,
                     stt.SpeechEventType.FINAL_TRANSCRIPT]
    (ended, _), (final_at, final) = events[1], events[2]
    assert audio.words(final.alternatives[0].text) >= {"opening", "hours", "friday"}
    assert adapter.guesses_used == 1  # transcribed during the silence, not after it
    assert final_at >= ended
    assert not adapter.transcribing


async def test_a_guess_is_dropped_when_the_caller_goes_on_after_a_breath(whisper):
    """A 0.2 s breath (shorter than the VAD's 0.3 s) starts a guess; the caller goes on, so the
    transcript must hold both halves, exactly as the stock adapter gives them."""
    samples = _line("My name is", "Maria Lopez.", pause=0.2)
    early = EarlyTranscriptAdapter(stt=whisper, vad=load_vad())
    events = await _events(early, samples)
    finals = [e.alternatives[0].text for _, e in events
              if e.type == stt.SpeechEventType.FINAL_TRANSCRIPT]
    assert len(finals) == 1 and audio.words(finals[0]) >= {"name", "maria", "lopez"}
    assert early.guesses > early.guesses_used == 1

    stock = stt.StreamAdapter(stt=whisper, vad=load_vad())
    stock_finals = [e.alternatives[0].text for _, e in await _events(stock, samples)
                    if e.type == stt.SpeechEventType.FINAL_TRANSCRIPT]
    assert stock_finals == finals


async def test_it_counts_words_on_their_way_to_a_transcript(whisper):
    adapter = EarlyTranscriptAdapter(stt=whisper, vad=load_vad())
    seen: list[bool] = []
    stream = adapter.stream()

    async def read() -> None:
        async for event in stream:
            seen.append(adapter.transcribing)
            if event.type == stt.SpeechEventType.FINAL_TRANSCRIPT:
                break

    reader = asyncio.ensure_future(read())
    for frame in audio.to_frames(_line("Thanks, goodbye."), audio.PHONE_RATE):
        stream.push_frame(frame)
        await asyncio.sleep(0.02)
    stream.end_input()
    await reader
    await stream.aclose()
    assert seen[0] is True  # from the start of speech...
    assert adapter.in_flight == 0  # ...until the transcript is out
