"""Test audio: callers synthesised at run time, squeezed through a phone line, scored by WER.

No recordings ship with the repo, so caller speech is made by the shipped Piper voice (natural
enough for whisper to be judged on: ~10 % WER on a phone line) or by espeak-ng (robotic; only a
secondary check). The phone line is modelled in numpy rather than with sox, so the tests need no
Debian package for it: 300-3400 Hz band-limit, resample to 8 kHz, 8-bit G.711 mu-law.
"""

from __future__ import annotations

import asyncio
import io
import re
import shutil
import subprocess
import wave
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import jiwer
import numpy as np
from livekit import rtc

from voice.phone_line import (  # noqa: F401  (re-exported for the tests)
    PHONE_RATE,
    mulaw_roundtrip,
    phone_line,
    piper_speech,
    resample,
)

T = TypeVar("T")

# What callers to a dental practice say; no digits, so WER needs no number normalisation.
CALLER_LINES: tuple[str, ...] = (
    "Hi, I would like to book a cleaning for next Tuesday morning.",
    "Can I move my appointment to Friday afternoon?",
    "My name is Sarah Johnson and I am a new patient.",
    "Do you take my insurance?",
    "I have a terrible toothache and I need to see someone today.",
    "What time do you open on Saturday?",
    "Please cancel my appointment for tomorrow.",
    "Is the doctor available at any time next week?",
)

_NORMALISE = jiwer.Compose(
    [
        jiwer.ToLowerCase(),
        jiwer.ExpandCommonEnglishContractions(),
        jiwer.SubstituteRegexes({r"[-‐]": " "}),
        jiwer.RemovePunctuation(),
        jiwer.RemoveMultipleSpaces(),
        jiwer.Strip(),
        jiwer.ReduceToListOfListOfWords(),
    ]
)


def wer(reference: str | list[str], hypothesis: str | list[str]) -> float:
    """Word error rate after case, punctuation and contraction normalisation."""
    return float(
        jiwer.wer(
            reference,
            hypothesis,
            reference_transform=_NORMALISE,
            hypothesis_transform=_NORMALISE,
        )
    )




def espeak_speech(text: str, *, voice: str = "en-us", wpm: int = 150) -> tuple[np.ndarray, int]:
    """Caller speech from espeak-ng (needs the Debian package)."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise RuntimeError("espeak-ng is not installed: apt-get install -y espeak-ng")
    wav = subprocess.run(
        [exe, "-v", voice, "-s", str(wpm), "--stdout", text], check=True, capture_output=True
    ).stdout
    return read_wav(wav)


def read_wav(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(data)) as w:
        frames = w.readframes(w.getnframes())
        rate, channels = w.getframerate(), w.getnchannels()
    # espeak's --stdout header carries a bogus frame count; readframes still returns all data.
    pcm = np.frombuffer(frames, dtype=np.int16).astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm.reshape(-1, channels).mean(axis=1)
    return pcm, rate








def with_silence(
    audio: np.ndarray,
    rate: int,
    *,
    lead: float = 0.2,
    tail: float = 0.3,
    noise_db: float = -60.0,
    seed: int = 0,
) -> np.ndarray:
    """Pad with low line noise, since a real line is never digitally silent."""
    rng = np.random.default_rng(seed)
    amp = 10 ** (noise_db / 20)
    pre = rng.normal(0, amp, int(lead * rate)).astype(np.float32)
    post = rng.normal(0, amp, int(tail * rate)).astype(np.float32)
    return np.concatenate([pre, audio.astype(np.float32), post])


def to_frames(audio: np.ndarray, rate: int, *, frame_ms: int = 20) -> list[rtc.AudioFrame]:
    """Split into int16 ``rtc.AudioFrame``s the way a LiveKit track delivers them."""
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    step = rate * frame_ms // 1000
    frames = []
    for start in range(0, len(pcm), step):
        chunk = pcm[start : start + step]
        frames.append(rtc.AudioFrame(chunk.tobytes(), rate, 1, len(chunk)))
    return frames


def frames_to_array(frames: Iterable[rtc.AudioFrame]) -> tuple[np.ndarray, int]:
    """Concatenate frames (as a TTS emits them) into float32 mono and their sample rate."""
    frames = list(frames)
    if not frames:
        return np.zeros(0, np.float32), 0
    combined = rtc.combine_audio_frames(frames)
    pcm = np.frombuffer(combined.data, dtype=np.int16).astype(np.float32) / 32768.0
    if combined.num_channels > 1:
        pcm = pcm.reshape(-1, combined.num_channels).mean(axis=1)
    return pcm, combined.sample_rate


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


async def max_loop_stall(awaitable: Awaitable[T], *, tick: float = 0.005) -> tuple[T, float]:
    """Await something while a ticker measures the longest gap the event loop went unserved.

    A provider that runs inference on the loop shows a stall as long as the inference; one that
    runs it in a thread keeps the gap near ``tick``.
    """
    loop = asyncio.get_running_loop()
    worst = 0.0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal worst
        last = loop.time()
        while not done.is_set():
            await asyncio.sleep(tick)
            now = loop.time()
            worst = max(worst, now - last - tick)
            last = now

    task = asyncio.create_task(ticker())
    try:
        result = await awaitable
    finally:
        done.set()
        await task
    return result, worst
