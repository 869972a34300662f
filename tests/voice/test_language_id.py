"""A caller in another language is recognised on the audio path: Silero VAD and whisper tiny.en,
checked by whisper base (voice/stt/whisper.py), wrapped as the factory wraps them for a call
(voice/stt/early.py), fed a phone-line caller in real time. No model is faked.

Spanish and French callers are espeak-ng voices (no recordings ship with the repo); the English
caller is the shipped Piper voice. Accuracy over more lines, and the cost, are
bench/language_id.py's to measure.
"""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from livekit.agents import stt

from tests.voice import audio
from voice.stt.early import EarlyTranscriptAdapter
from voice.stt.whisper import LANGUAGE_ID_TURNS, WhisperSTT
from voice.vad import load_vad

pytestmark = pytest.mark.slow

SPANISH = "Quiero cambiar mi cita para el jueves por la tarde."
FRENCH = "J'ai très mal aux dents et je dois voir le dentiste aujourd'hui."
ENGLISH = "Hi, I would like to book a cleaning for next Tuesday morning."


def _caller(text: str, *, voice: str | None = None) -> np.ndarray:
    """`text` on a phone line, in espeak-ng's `voice` or else the Piper voice."""
    speech, rate = audio.espeak_speech(text, voice=voice) if voice else audio.piper_speech(text)
    return audio.with_silence(audio.phone_line(speech, rate), audio.PHONE_RATE, lead=0.4,
                              tail=1.0)


async def _finals(engine: WhisperSTT, samples: np.ndarray) -> list[stt.SpeechData]:
    """The call's STT stream (VAD, early transcripts, whisper) on one caller line, at real time."""
    stream = EarlyTranscriptAdapter(stt=engine, vad=load_vad()).stream()
    finals: list[stt.SpeechData] = []

    async def read() -> None:
        async for event in stream:
            if event.type == stt.SpeechEventType.FINAL_TRANSCRIPT:
                finals.append(event.alternatives[0])

    reader = asyncio.ensure_future(read())
    for frame in audio.to_frames(samples, audio.PHONE_RATE):
        stream.push_frame(frame)
        await asyncio.sleep(0.02)
    stream.end_input()
    await reader
    await stream.aclose()
    return finals


async def test_a_spanish_caller_is_heard_as_spanish_and_in_spanish():
    engine = WhisperSTT(language_id_model="base")

    finals = await _finals(engine, _caller(SPANISH, voice="es"))

    assert [f.language for f in finals] == ["es"], finals
    # base's words, not tiny.en's English-sounding guess: the message keeps what they said
    assert len(audio.words(finals[0].text) & {"quiero", "cambiar", "mi", "cita", "para", "el",
                                               "jueves", "por", "la", "tarde"}) >= 4, finals
    assert engine.other_language == "es"


async def test_a_french_caller_is_heard_as_french():
    engine = WhisperSTT(language_id_model="base")

    finals = await _finals(engine, _caller(FRENCH, voice="fr"))

    assert [f.language for f in finals] == ["fr"], finals


async def test_an_english_caller_is_not_flagged_and_costs_no_check():
    engine = WhisperSTT(language_id_model="base")

    finals = await _finals(engine, _caller(ENGLISH))

    assert [f.language for f in finals] == ["en"]
    assert audio.wer(ENGLISH, finals[0].text) <= 0.2, finals[0].text
    assert engine.language_checks == 0  # tiny.en was sure: the multilingual model never ran


async def test_the_check_stops_once_the_call_has_settled_on_english():
    """Only the first transcripts of a call are checked: a caller who has spoken English that
    long is English, and a later line tiny.en mishears must not turn the call around."""
    engine = WhisperSTT(language_id_model="base")
    english = [audio.piper_speech(line) for line in audio.CALLER_LINES[:LANGUAGE_ID_TURNS]]
    for speech, rate in english:
        line = audio.with_silence(audio.phone_line(speech, rate), audio.PHONE_RATE, lead=0.5)
        event = await engine.recognize(audio.to_frames(line, audio.PHONE_RATE))
        assert event.alternatives[0].language == "en"

    spanish = _caller(SPANISH, voice="es")
    event = await engine.recognize(audio.to_frames(spanish, audio.PHONE_RATE))

    assert event.alternatives[0].language == "en" and engine.language_checks == 0


async def test_a_word_or_two_is_too_little_to_flag():
    """Whisper base gave a noisy "Hi." 0.37 for English: short lines are taken as tiny.en
    heard them."""
    engine = WhisperSTT(language_id_model="base")
    speech, rate = audio.piper_speech("Hi.")
    line = audio.with_silence(audio.phone_line(speech, rate, noise_db=-40, seed=5),
                              audio.PHONE_RATE, lead=0.5, tail=0.3)

    event = await engine.recognize(audio.to_frames(line, audio.PHONE_RATE))

    assert event.alternatives[0].language == "en" and engine.language_checks == 0


async def test_line_noise_is_no_language_and_no_transcript():
    engine = WhisperSTT(language_id_model="base")
    for level in (-50, -30):
        noise = audio.with_silence(np.zeros(0, np.float32), audio.PHONE_RATE, lead=1.2,
                                   tail=1.2, noise_db=level, seed=1)
        event = await engine.recognize(audio.to_frames(audio.mulaw_roundtrip(noise),
                                                       audio.PHONE_RATE))
        assert (event.alternatives[0].text, event.alternatives[0].language) == ("", "en")
    assert engine.other_language == ""


def test_the_check_needs_a_model_held_to_english():
    with pytest.raises(ValueError, match="held to English"):
        WhisperSTT(model="base", language=None, language_id_model="base")
