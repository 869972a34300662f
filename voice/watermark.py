"""An inaudible mark in the receptionist's synthesised speech, and the test that finds it.

The mark is a keyed time-spread echo: the speech plus a faint copy of itself filtered by a
secret pseudo-noise kernel (1,024 random-sign taps, 30 to 158 ms after the sound, only in the
phone band 300-3400 Hz, about 26 dB below the speech). It sounds like a touch of room
reverberation. Because it is a property of the speech's own structure (an echo), finding it needs
no synchronisation: any stretch of marked speech carries it, however it was cut, and a causal
filter adds it sample by sample as the voice produces audio, with no look-ahead.

Detection (`watermark_detect`) works on the phone band at 8 kHz, so it reads the audio a call
carries after resampling and G.711 mu-law as well as the voice's own output. The echo adds the
kernel's frequency response to every frame's log spectrum (a cepstral peak spread over the
kernel's taps); the score correlates the frames' log spectra with that response and compares
the result with the same correlation for 127 decoy kernels nobody used (a z-score), so the
speaker's own spectral structure, which correlates a little with any kernel, is measured on the
audio at hand instead of assumed away.

Limits (figures in BENCHMARKS.md, "Watermark"; docs/VOICE_SECURITY.md): a few seconds of speech
are needed (one short sentence scores lower; under 1.8 s of sound is not judged); pitch and tempo
changes remove it, and re-recording through a speaker, vocoders or voice changers may; and anyone
holding the key can mark a real recording, so the key is a secret like SECRET_KEY.
"""

from __future__ import annotations

import hashlib
import io
import wave
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from voice.phone_line import resample

RATE = 8000  # detection (and the kernel's design) happens on the phone band
BAND = (300.0, 3400.0)
DELAY_TAPS, KERNEL_TAPS = 240, 1024  # at 8 kHz: 30 ms, then 128 ms of echoes
KERNEL_LEN = 1344  # taps kept after band-limiting (168 ms at 8 kHz)
FRAME = 4096  # analysis frame at 8 kHz (512 ms), hop half of it
STRENGTH = 0.05  # the echo's gain: about 26 dB below the speech
THRESHOLD = 4.5  # z-score from which a clip counts as marked
DECOYS = 127
MIN_FRAMES = 6  # frames with sound (half a second each, overlapping): 1.8 s; less is not judged


class UnreadableAudio(ValueError):
    """The audio cannot be read or holds too little speech to judge."""


@dataclass(frozen=True)
class Detection:
    score: float  # z-score against the decoys; about N(0, 1) for unmarked audio
    marked: bool
    seconds: float  # speech analysed

    @property
    def verdict(self) -> str:
        return "marked" if self.marked else "not marked"


def _band_mask(n: int) -> np.ndarray:
    f = np.fft.rfftfreq(n, 1 / RATE)
    return (f >= BAND[0]) & (f <= BAND[1])


def _seed(key: str, purpose: str) -> int:
    digest = hashlib.sha256(f"receptionist-watermark\n{purpose}\n{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@lru_cache(maxsize=512)
def _kernel8k(key: str, purpose: str = "mark") -> np.ndarray:
    """The kernel at 8 kHz: random signs on 1,024 taps after the delay, band-limited, unit
    energy."""
    rng = np.random.default_rng(_seed(key, purpose))
    h = np.zeros(FRAME)
    h[DELAY_TAPS:DELAY_TAPS + KERNEL_TAPS] = rng.choice([-1.0, 1.0], KERNEL_TAPS)
    spectrum = np.fft.rfft(h)
    spectrum[~_band_mask(FRAME)] = 0
    h = np.fft.irfft(spectrum, FRAME)[:KERNEL_LEN]
    return h / np.sqrt(np.sum(h**2))


@lru_cache(maxsize=64)
def _kernel(key: str, rate: int) -> np.ndarray:
    """The same echo as a filter at `rate` (same response in the phone band)."""
    return resample(_kernel8k(key), RATE, rate).astype(np.float64) * (RATE / rate)


class Marker:
    """Adds the mark to one stream of 16-bit mono PCM, chunk by chunk.

    Exactly the whole-utterance result whatever the chunking: the filter's memory (the last
    168 ms of input) carries over between chunks, and nothing waits for later audio.
    """

    def __init__(self, key: str, sample_rate: int, strength: float = STRENGTH) -> None:
        self._h = _kernel(key, sample_rate)
        self._strength = strength
        self._history = np.zeros(len(self._h) - 1)
        self._odd = b""

    def mark(self, pcm: bytes) -> bytes:
        data = self._odd + pcm
        cut = len(data) - len(data) % 2
        data, self._odd = data[:cut], data[cut:]
        if not data:
            return b""
        x = np.frombuffer(data, dtype="<i2").astype(np.float64)
        extended = np.concatenate([self._history, x])
        k = len(self._h) - 1
        size = 1 << (len(extended) + k).bit_length()
        echo = np.fft.irfft(np.fft.rfft(extended, size) * np.fft.rfft(self._h, size), size)
        self._history = extended[-k:]
        y = x + self._strength * echo[k:k + len(x)]
        return np.clip(np.round(y), -32768, 32767).astype("<i2").tobytes()

    def flush(self) -> bytes:
        """A dangling odd byte (a chunk split inside a sample) goes out as it came."""
        rest, self._odd = self._odd, b""
        return rest


def watermark_pcm(pcm: bytes, sample_rate: int, *, key: str,
                  strength: float = STRENGTH) -> bytes:
    """A whole clip marked at once (rendering ahead, the bench)."""
    marker = Marker(key, sample_rate, strength)
    return marker.mark(pcm) + marker.flush()


@lru_cache(maxsize=16)
def _references(key: str) -> np.ndarray:
    """The key's kernel response in the band (row 0), then the decoys'; centred, unit norm."""
    band = _band_mask(FRAME)
    kernels = [_kernel8k(key)] + [_kernel8k(key, f"decoy {i}") for i in range(DECOYS)]
    refs = np.array([np.real(np.fft.rfft(h, FRAME))[band] for h in kernels])
    refs -= refs.mean(axis=1, keepdims=True)
    return refs / np.linalg.norm(refs, axis=1, keepdims=True)


def _log_spectra(audio8k: np.ndarray) -> np.ndarray:
    """Centred log power spectra (phone band) of the frames that hold sound."""
    hop = FRAME // 2
    count = 1 + (len(audio8k) - FRAME) // hop if len(audio8k) >= FRAME else 0
    if count <= 0:
        return np.zeros((0, int(_band_mask(FRAME).sum())))
    index = np.arange(FRAME)[None, :] + hop * np.arange(count)[:, None]
    frames = audio8k[index] * np.hanning(FRAME)
    energy = np.sum(frames**2, axis=1)
    loud = energy >= max(float(energy.max()) * 1e-3, FRAME * 1e-8)  # skip pauses
    spectra = np.abs(np.fft.rfft(frames[loud], axis=1))[:, _band_mask(FRAME)] ** 2
    logs = np.log(spectra + 1e-12)
    return logs - logs.mean(axis=1, keepdims=True)


def watermark_detect(samples: np.ndarray, sample_rate: int, *, keys: list[str] | tuple[str, ...],
                     threshold: float = THRESHOLD) -> Detection:
    """Whether `samples` (mono, any scale) carry the mark of one of `keys` (the best score).

    UnreadableAudio when there is too little sound to judge (under 1.8 s)."""
    if not keys:
        raise ValueError("no watermark key")
    audio = resample(np.asarray(samples, dtype=np.float64), sample_rate, RATE).astype(np.float64)
    logs = _log_spectra(audio)
    if len(logs) < MIN_FRAMES:
        raise UnreadableAudio(
            f"too little speech to judge ({_seconds(len(logs)):.1f} s of sound; "
            f"at least {_seconds(MIN_FRAMES):.1f} s needed)")
    best = -np.inf
    for key in keys:
        stats = (logs @ _references(key).T).mean(axis=0)
        decoys = stats[1:]
        best = max(best, float((stats[0] - decoys.mean()) / decoys.std(ddof=1)))
    return Detection(score=best, marked=best >= threshold, seconds=_seconds(len(logs)))


def _seconds(frames: int) -> float:
    return (frames + 1) * (FRAME // 2) / RATE if frames else 0.0


def wav_read(data: bytes) -> tuple[np.ndarray, int]:
    """Mono samples in [-1, 1] and the rate of a WAV file (PCM by the standard library; float,
    mu-law, A-law and other encodings by FFmpeg); UnreadableAudio saying why not."""
    if not data:
        raise UnreadableAudio("the file is empty")
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise UnreadableAudio("not a WAV file (no RIFF/WAVE header)")
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            width, rate, channels = w.getsampwidth(), w.getframerate(), w.getnchannels()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError):
        return _decode(data)
    if width not in (1, 2, 4) or not frames:
        return _decode(data)
    dtype = {1: np.uint8, 2: "<i2", 4: "<i4"}[width]
    ints = np.frombuffer(frames[: len(frames) // (width * channels) * width * channels],
                         dtype=dtype).astype(np.float64)
    scale = {1: 128.0, 2: 32768.0, 4: 2.0**31}[width]
    samples = (ints - 128.0) / scale if width == 1 else ints / scale
    return samples.reshape(-1, channels).mean(axis=1), rate


def _decode(data: bytes) -> tuple[np.ndarray, int]:
    import av

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.audio:
                raise UnreadableAudio("the WAV file holds no audio stream")
            stream = container.streams.audio[0]
            rate = stream.rate or stream.codec_context.sample_rate or 0
            if rate <= 0:
                raise UnreadableAudio("the WAV file names no sample rate")
            resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
            chunks = [out.to_ndarray().reshape(-1)
                      for frame in container.decode(stream) for out in resampler.resample(frame)]
    except UnreadableAudio:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise UnreadableAudio(f"the WAV file cannot be decoded ({exc})") from None
    if not chunks:
        raise UnreadableAudio("the WAV file holds no audio")
    return np.concatenate(chunks).astype(np.float64), rate
