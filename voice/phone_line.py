"""A caller on a phone line: speech synthesised locally and passed through what the PSTN does to
it (300-3400 Hz, 8 kHz, G.711 mu-law). The simulator's `--say` callers and the voice tests hear
the same line."""

from __future__ import annotations

import numpy as np

PHONE_RATE = 8000

def piper_speech(
    text: str, *, length_scale: float | None = None, deterministic: bool = True
) -> tuple[np.ndarray, int]:
    """Caller speech from the shipped Piper joe voice: (float32 mono in [-1, 1], sample rate).

    Piper samples noise inside its ONNX graph, so two runs of one line differ and so would a WER
    measured on them; ``deterministic`` zeroes both noise scales to make every run hear the same
    caller.
    """
    from piper.config import SynthesisConfig

    from voice import assets

    voice = assets.load_piper()
    noise = 0.0 if deterministic else None
    cfg = SynthesisConfig(length_scale=length_scale, noise_scale=noise, noise_w_scale=noise)
    chunks = list(voice.synthesize(text, syn_config=cfg))
    audio = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
    return audio, voice.config.sample_rate

def resample(audio: np.ndarray, rate: int, new_rate: int) -> np.ndarray:
    """Band-limited FFT resampling: exact enough for test audio, no scipy needed."""
    if rate == new_rate:
        return audio.astype(np.float32)
    n = len(audio)
    m = int(round(n * new_rate / rate))
    spec = np.fft.rfft(audio)
    keep = min(len(spec), m // 2 + 1)
    out = np.fft.irfft(spec[:keep], n=m) * (m / n)
    return out.astype(np.float32)

def mulaw_roundtrip(audio: np.ndarray, mu: int = 255) -> np.ndarray:
    """Quantise through 8-bit mu-law, as G.711 does on the PSTN."""
    x = np.clip(audio, -1.0, 1.0)
    encoded = np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu)
    q = np.round((encoded + 1) / 2 * mu)  # 256 levels
    decoded = q / mu * 2 - 1
    return (np.sign(decoded) * ((1 + mu) ** np.abs(decoded) - 1) / mu).astype(np.float32)

def phone_line(
    audio: np.ndarray,
    rate: int,
    *,
    level_db: float = -6.0,
    noise_db: float | None = None,
    seed: int = 0,
) -> np.ndarray:
    """Caller audio as it reaches the agent from a phone call: 8 kHz, 300-3400 Hz, mu-law.

    ``noise_db`` adds white noise at that level (dB relative to full scale) before the codec,
    standing in for a cheap handset or a street.
    """
    if noise_db is not None:
        rng = np.random.default_rng(seed)
        peak = float(np.max(np.abs(audio))) or 1.0
        audio = audio / peak * (10 ** (level_db / 20))
        audio = audio + rng.normal(0, 10 ** (noise_db / 20), len(audio)).astype(np.float32)
    spec = np.fft.rfft(audio)
    freqs = np.fft.rfftfreq(len(audio), d=1.0 / rate)
    spec[(freqs < 300) | (freqs > 3400)] = 0
    band = np.fft.irfft(spec, n=len(audio))
    narrow = resample(band, rate, PHONE_RATE)
    peak = float(np.max(np.abs(narrow))) or 1.0
    narrow = narrow / peak * (10 ** (level_db / 20))
    return mulaw_roundtrip(narrow)
