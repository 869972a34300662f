"""Can the receptionist's synthesised speech be told from other speech, and what does it cost?

Takes: about 4 minutes on 2 cores, every run (its speech is made anew each time); --quick (three
lines per voice, two keys) about 1 minute.

Run from the repo root: ``.venv/bin/python bench/watermark.py [--quick]``. Builds its own data:
receptionist lines spoken by the shipped voices through the product's own wrapper
(``voice/tts/watermarked.py``, marked chunk by chunk as the voice pushes audio) and by the same
voices without it, plus espeak-ng speech (another synthesiser, never marked). Each clip is
judged by ``voice.watermark.watermark_detect`` (what ``manage.py detect_watermark`` runs).

- Piper (en_US joe, its sampling noise on, as on a call): 12 lines.
- Kokoro (two shipped voices): 6 lines.
- espeak-ng (en-us and en): 12 lines.

A clip is one line (one reply, 2.5-5 s) or three consecutive lines (7-15 s). Every unmarked clip
is judged against 8 keys (each an independent trial), and every marked one against 7 keys that
did not mark it (a mark under another key must not count either).

Prints one row per condition, then ``RESULT name=value`` lines:

- ``detection_rate``: marked one-line clips found (the voice's own output).
- ``detection_rate_three_lines``: the same for three-line clips.
- ``phone_detection_rate``: marked one-line clips found after the phone line (300-3400 Hz band,
  resampled to 8 kHz, G.711 mu-law; ``voice/phone_line.py``, the tests' and simulator's line).
- ``phone_detection_rate_three_lines``.
- ``false_positive_rate``: unmarked trials (Piper and Kokoro without the mark, espeak-ng; voice
  and phone line; one and three lines; marked clips judged with another key) called marked.
- ``mark_snr_db``: speech energy over mark energy (the marked output minus the same audio
  unmarked), over all marked audio.
- ``mark_ms_per_second_of_audio``: CPU to mark one second of 24 kHz audio arriving in 20 ms
  chunks (a streaming cloud voice's worst case; a sentence voice's one big chunk costs less:
  ``mark_ms_per_second_sentence_chunks``).
- ``detect_ms_per_second_of_audio``.
- Robustness beyond the phone line (the limits): ``*_detection_rate`` after 5 % speed-up
  (resampled: pitch and tempo), white noise at 10 dB SNR, a room (a synthetic 0.5 s reverberation
  tail, standing in for playing through a speaker and recording again), Opus at 12 kbit/s and
  MP3 at 32 kbit/s, each on three-line clips.
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from _common import bench_parser, bench_start, quick, result  # noqa: E402

from tests.voice import audio  # noqa: E402
from voice.phone_line import PHONE_RATE, phone_line, resample  # noqa: E402
from voice.tts.kokoro import KokoroTTS  # noqa: E402
from voice.tts.piper import PiperTTS  # noqa: E402
from voice.tts.watermarked import WatermarkedTTS  # noqa: E402
from voice.watermark import THRESHOLD, Marker, UnreadableAudio, watermark_detect  # noqa: E402

KEYS = [f"bench-watermark-key-{i:02d}-0123456789abcdef" for i in range(8)]
KEY = KEYS[0]
LINES = [
    "Thank you for calling Fleet Dental, how can I help you today?",
    "We are open Monday to Friday from eight in the morning until six in the evening.",
    "I can book you in for a cleaning next Tuesday at ten thirty, does that work for you?",
    "Please hold while I put you through to the office manager.",
    "Your appointment is confirmed; we will send you a reminder the day before.",
    "A new patient exam costs one hundred and twenty dollars, including x rays.",
    "Could I have your name and the best number to reach you on?",
    "The parking lot is behind the building, and the entrance is on Maple Street.",
    "I'm sorry, the doctor is with a patient right now; can I take a message?",
    "We do accept most insurance plans, and we can check yours before your visit.",
    "If this is an emergency, please hang up and call nine one one.",
    "Is there anything else I can help you with today?",
]
COST_SECONDS = 60  # of audio marked to measure the mark's CPU cost


def _quick_plan() -> None:
    """--quick: three lines (one three-line clip) per voice, two keys, ten seconds marked."""
    global LINES, KEYS, COST_SECONDS
    LINES, KEYS, COST_SECONDS = LINES[:3], KEYS[:2], 10


def floats(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768


async def speak(voice, text: str) -> bytes:
    async with voice.synthesize(text) as stream:
        return b"".join([bytes(ev.frame.data) async for ev in stream])


async def corpus() -> dict[str, list[tuple[np.ndarray, int]]]:
    """name -> clips (samples, rate), one per line."""
    out: dict[str, list[tuple[np.ndarray, int]]] = {}
    piper = PiperTTS()
    marked_piper = WatermarkedTTS(PiperTTS(), key=KEY)
    out["piper"] = [(floats(await speak(piper, t)), piper.sample_rate) for t in LINES]
    out["piper+mark"] = [(floats(await speak(marked_piper, t)), piper.sample_rate)
                         for t in LINES]
    print(f"piper: {len(LINES)} lines each way", flush=True)
    kokoro_lines = [(t, v) for t, v in zip(LINES[:6], ["jf_alpha", "jm_kumo"] * 3, strict=False)]
    out["kokoro"], out["kokoro+mark"] = [], []
    for text, voice in kokoro_lines:
        plain = KokoroTTS(voice=voice)
        out["kokoro"].append((floats(await speak(plain, text)), plain.sample_rate))
        marked = WatermarkedTTS(KokoroTTS(voice=voice), key=KEY)
        out["kokoro+mark"].append((floats(await speak(marked, text)), plain.sample_rate))
    print(f"kokoro: {len(kokoro_lines)} lines each way", flush=True)
    out["espeak"] = [audio.espeak_speech(t, voice="en-us" if i % 2 else "en")
                     for i, t in enumerate(LINES)]
    print(f"espeak-ng: {len(LINES)} lines", flush=True)
    return out


def threes(clips: list[tuple[np.ndarray, int]]) -> list[tuple[np.ndarray, int]]:
    """Consecutive lines joined three at a time, with a quarter second of silence between."""
    out = []
    for i in range(0, len(clips) - 2, 3):
        rate = clips[i][1]
        gap = np.zeros(rate // 4)
        out.append((np.concatenate([p for c in clips[i:i + 3] for p in (c[0], gap)]), rate))
    return out


def score(samples: np.ndarray, rate: int, key: str) -> float | None:
    try:
        return watermark_detect(samples, rate, keys=[key]).score
    except UnreadableAudio:
        return None


def phone(clip: tuple[np.ndarray, int]) -> tuple[np.ndarray, int]:
    return phone_line(clip[0].astype(np.float32), clip[1]), PHONE_RATE


def codec(clip: tuple[np.ndarray, int], name: str, bitrate: int) -> tuple[np.ndarray, int]:
    import av

    samples, rate = clip
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    rate_out = 48000 if name == "libopus" else rate
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg" if name == "libopus" else "mp3") as out:
        stream = out.add_stream(name, rate=rate_out, layout="mono")
        stream.bit_rate = bitrate
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate_out)
        for chunk in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    buffer.seek(0)
    with av.open(buffer) as inp:
        decoded = np.concatenate([f.to_ndarray().reshape(-1) for f in inp.decode(audio=0)])
    return decoded.astype(np.float64), rate_out


def room(clip: tuple[np.ndarray, int], seed: int) -> tuple[np.ndarray, int]:
    """A synthetic room: exponentially decaying noise, 0.5 s RT60, direct sound first."""
    samples, rate = clip
    rng = np.random.default_rng(seed)
    n = rate // 2
    tail = rng.normal(0, 1, n) * np.exp(-6.9 * np.arange(n) / n)
    tail *= 0.3 / np.sqrt(np.sum(tail**2))
    rir = np.concatenate([[1.0], tail])
    size = 1 << (len(samples) + n).bit_length()
    wet = np.fft.irfft(np.fft.rfft(samples, size) * np.fft.rfft(rir, size), size)
    return wet[:len(samples)], rate


def noisy(clip: tuple[np.ndarray, int], seed: int) -> tuple[np.ndarray, int]:
    samples, rate = clip
    power = np.mean(samples**2)
    return samples + np.random.default_rng(seed).normal(0, np.sqrt(power / 10), len(samples)), rate


def faster(clip: tuple[np.ndarray, int]) -> tuple[np.ndarray, int]:
    samples, rate = clip
    return resample(samples, rate, int(rate / 1.05)).astype(np.float64), rate


def rate_of(scores: list[float | None]) -> tuple[float, int, int]:
    """(share judged marked, how many, of how many judged); clips too short are left out."""
    judged = [s for s in scores if s is not None]
    hits = sum(s >= THRESHOLD for s in judged)
    return (hits / len(judged) if judged else float("nan")), hits, len(judged)


def row(name: str, scores: list[float | None], *, marked: bool) -> float:
    judged = [s for s in scores if s is not None]
    share, hits, n = rate_of(scores)
    low = min(judged) if judged else float("nan")
    high = max(judged) if judged else float("nan")
    unjudged = len(scores) - len(judged)
    print(f"{name:<44} {'found' if marked else 'false':>5} {hits:>3}/{n:<3} = {share:5.3f}   "
          f"score {low:5.1f} .. {high:5.1f}" + (f"   ({unjudged} too short)" if unjudged else ""))
    return share


def main() -> None:
    started = time.perf_counter()
    print(f"load before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; threshold "
          f"{THRESHOLD}", flush=True)
    data = asyncio.run(corpus())
    marked_lines = data["piper+mark"] + data["kokoro+mark"]
    marked_three = threes(data["piper+mark"]) + threes(data["kokoro+mark"])
    plain_lines = data["piper"] + data["kokoro"] + data["espeak"]
    plain_three = threes(data["piper"]) + threes(data["kokoro"]) + threes(data["espeak"])
    print()

    results: dict[str, float] = {}
    results["detection_rate"] = row("marked, one line, voice output",
                                    [score(*c, KEY) for c in marked_lines], marked=True)
    results["detection_rate_three_lines"] = row(
        "marked, three lines, voice output", [score(*c, KEY) for c in marked_three], marked=True)
    phone_lines = [phone(c) for c in marked_lines]
    phone_three = [phone(c) for c in marked_three]
    results["phone_detection_rate"] = row("marked, one line, phone line",
                                          [score(*c, KEY) for c in phone_lines], marked=True)
    results["phone_detection_rate_three_lines"] = row(
        "marked, three lines, phone line", [score(*c, KEY) for c in phone_three], marked=True)

    false: list[float | None] = []
    for name, clips in [("unmarked, one line, voice output", plain_lines),
                        ("unmarked, three lines, voice output", plain_three),
                        ("unmarked, one line, phone line", [phone(c) for c in plain_lines]),
                        ("unmarked, three lines, phone line", [phone(c) for c in plain_three])]:
        scores = [score(*c, k) for c in clips for k in KEYS]
        row(f"{name} (x{len(KEYS)} keys)", scores, marked=False)
        false += scores
    other = [score(*c, k) for c in marked_lines + phone_lines for k in KEYS[1:]]
    row(f"marked, judged with another key (x{len(KEYS) - 1})", other, marked=False)
    false += other
    results["false_positive_rate"], _, trials = rate_of(false)
    print(f"{'all unmarked trials':<44} false {results['false_positive_rate']:.4f} of {trials}")

    for name, change in [("speed_5pct", faster),
                         ("noise_10db", lambda c: noisy(c, 1)),
                         ("room_reverb", lambda c: room(c, 2)),
                         ("opus_12k", lambda c: codec(c, "libopus", 12000)),
                         ("mp3_32k", lambda c: codec(c, "libmp3lame", 32000))]:
        changed = [change(c) for c in marked_three]
        results[f"{name}_detection_rate"] = row(f"marked, three lines, {name}",
                                                [score(*c, KEY) for c in changed], marked=True)
        row(f"unmarked, three lines, {name}",
            [score(*change(c), KEY) for c in plain_three], marked=False)

    # the mark's loudness: the same audio with and without it
    speech = np.concatenate([c[0] for c in data["piper"] + data["kokoro"]])
    energy = mark_energy = 0.0
    for samples, rate in data["piper"] + data["kokoro"]:
        pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
        marker = Marker(KEY, rate)
        mark = floats(marker.mark(pcm) + marker.flush()) - floats(pcm)
        energy += float(np.sum(floats(pcm) ** 2))
        mark_energy += float(np.sum(mark**2))
    results["mark_snr_db"] = 10 * np.log10(energy / mark_energy)

    # cost: a minute (ten seconds in quick mode) of 24 kHz speech-like audio, in 20 ms chunks
    # and in 3 s chunks
    rate = 24000
    minute = (np.tile(speech, 4)[: rate * COST_SECONDS] * 32767).astype("<i2").tobytes()
    for label, chunk in [("mark_ms_per_second_of_audio", rate // 50 * 2),
                         ("mark_ms_per_second_sentence_chunks", rate * 3 * 2)]:
        marker = Marker(KEY, rate)
        begin = time.process_time()
        for i in range(0, len(minute), chunk):
            marker.mark(minute[i:i + chunk])
        results[label] = (time.process_time() - begin) * 1000 / COST_SECONDS
    begin = time.process_time()
    for samples, clip_rate in marked_three:
        score(samples, clip_rate, KEY)
    seconds = sum(len(s) / r for s, r in marked_three)
    results["detect_ms_per_second_of_audio"] = (time.process_time() - begin) * 1000 / seconds

    print()
    for name, value in results.items():
        result(name, f"{value:.4g}")
    result("seconds", f"{time.perf_counter() - started:.0f}")
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    bench_start(bench_parser(__doc__))
    if quick():
        _quick_plan()
    main()
