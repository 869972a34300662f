"""An owner's voice recording: decoded and checked on upload, encrypted at rest.

The recording is decoded for real (not judged by its file name or header) so a renamed PDF, a
silent clip or a three-minute podcast is refused with a reason the owner can act on. What is
stored, and later sent to the cloning provider, is a plain PCM WAV: WAV uploads as they came,
MP3/OGG/WebM (a browser's MediaRecorder) decoded by PyAV (FFmpeg, already installed for LiveKit).
The WAV exists only in memory and as Fernet ciphertext in the database, never as a file.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

import numpy as np
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from receptionist.errors import ApplicationError
from voice.audio_io import wav_bytes
from voice.cloning import MAX_BYTES, MAX_SECONDS, MIN_SECONDS, validate_voice_sample

ACCEPTED = "WAV, MP3, OGG or WebM"
# FFmpeg's container names for the formats we accept (a WAV the stdlib cannot read, e.g. float
# samples, is decoded by FFmpeg too).
_CONTAINERS = {"wav": "wav", "mp3": "mp3", "ogg": "ogg", "matroska,webm": "webm"}
_MIN_RATE, _MAX_RATE = 8000, 48000
SILENCE_PEAK = 0.005  # about -46 dBFS: nothing a microphone picked up

__all__ = ["ACCEPTED", "InvalidToken", "VoiceSample", "sample_decrypt", "sample_encrypt",
           "sample_is_current", "sample_reencrypt", "voice_sample_read"]


@dataclass(frozen=True)
class VoiceSample:
    wav: bytes  # what is stored (encrypted) and sent to the provider
    source_format: str  # "wav", "mp3", "ogg" or "webm"
    seconds: float


def _refuse(message: str) -> ApplicationError:
    return ApplicationError(message, field="sample")


def _too_big(size: int) -> ApplicationError:
    return _refuse(f"the recording is {size / 1024 / 1024:.1f} MB; the limit is "
                   f"{MAX_BYTES // (1024 * 1024)} MB (a minute of speech is plenty)")


def voice_sample_read(data: bytes) -> VoiceSample:
    """Decode an upload into a checked WAV, or ApplicationError(field="sample") saying why not."""
    if not data:
        raise _refuse("the file is empty")
    if len(data) > MAX_BYTES:
        raise _too_big(len(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            return _read_wav(data)
        except wave.Error:
            pass  # not PCM (float, ADPCM, ...): FFmpeg decodes it below
    return _decode(data)


def _read_wav(data: bytes) -> VoiceSample:
    with wave.open(io.BytesIO(data), "rb") as wav:
        width, rate, channels = wav.getsampwidth(), wav.getframerate(), wav.getnchannels()
        declared = wav.getnframes()
        frames = wav.readframes(declared)
    got = len(frames) // (width * channels) if width and channels else 0
    if got == 0:
        raise _refuse("the WAV file holds no audio")
    if got < declared * 0.98:
        raise _refuse(f"the WAV file is cut short: it holds {got / rate:.1f} s of the "
                      f"{declared / rate:.1f} s its header announces")
    validate_voice_sample(data)  # width, rate and length, with the cloning module's wording
    _check_not_silent(_peak(frames, width))
    return VoiceSample(wav=data, source_format="wav", seconds=got / rate)


def _peak(frames: bytes, width: int) -> float:
    """Largest absolute sample, 0..1."""
    if width == 2:
        samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768
    elif width == 4:
        samples = np.frombuffer(frames, dtype="<i4").astype(np.float64) / 2**31
    elif width == 3:
        raw = np.frombuffer(frames[: len(frames) // 3 * 3], dtype=np.uint8).reshape(-1, 3)
        ints = (raw[:, 0].astype(np.int32) | raw[:, 1].astype(np.int32) << 8
                | raw[:, 2].astype(np.int32) << 16)
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        samples = ints.astype(np.float64) / 2**23
    else:
        raise _refuse("the recording must be 16-bit (or better) audio")
    return float(np.abs(samples).max()) if samples.size else 0.0


def _check_not_silent(peak: float) -> None:
    if peak < SILENCE_PEAK:
        raise _refuse("the recording is silent; check the microphone and record again")


def _decode(data: bytes) -> VoiceSample:
    import av

    not_audio = _refuse(f"the file is not an audio recording ({ACCEPTED})")
    try:
        container = av.open(io.BytesIO(data), mode="r")
    except (av.error.FFmpegError, ValueError, OSError):
        raise not_audio from None
    with container:
        source = _CONTAINERS.get(container.format.name)
        if source is None or not container.streams.audio:
            raise not_audio
        stream = container.streams.audio[0]
        rate = stream.rate or stream.codec_context.sample_rate or 0
        if rate < _MIN_RATE:
            raise _refuse("the recording must be sampled at 8 kHz or more")
        out_rate = min(rate, _MAX_RATE)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=out_rate)
        limit = int(MAX_SECONDS * out_rate)
        chunks: list[np.ndarray] = []
        count = 0
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    chunks.append(chunk)
                    count += chunk.size
                if count > limit:
                    total = (container.duration or 0) / 1_000_000
                    length = f"{total:.0f} s" if total > MAX_SECONDS else "too"
                    raise _refuse(f"the recording is {length} long; record between "
                                  f"{MIN_SECONDS:.0f} and {MAX_SECONDS:.0f} seconds of clear "
                                  "speech")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            raise _refuse(f"the recording is damaged and cannot be played ({exc.strerror})"
                          ) from None
    pcm = np.concatenate(chunks).astype("<i2") if chunks else np.zeros(0, dtype="<i2")
    if pcm.size == 0:
        raise _refuse("the recording holds no audio")
    converted = wav_bytes(pcm.tobytes(), out_rate)
    seconds = validate_voice_sample(converted)
    _check_not_silent(float(np.abs(pcm.astype(np.float32)).max()) / 32768)
    return VoiceSample(wav=converted, source_format=source, seconds=seconds)


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in settings.VOICE_SAMPLE_KEYS])


def sample_encrypt(plain: bytes) -> bytes:
    """Ciphertext under the newest VOICE_SAMPLE_KEY."""
    return _fernet().encrypt(plain)


def sample_decrypt(token: bytes) -> bytes:
    """The recording back; InvalidToken when no configured key opens it (or it was altered)."""
    return _fernet().decrypt(bytes(token))


def sample_is_current(token: bytes) -> bool:
    """Whether the newest key alone opens `token` (nothing to re-encrypt)."""
    try:
        Fernet(settings.VOICE_SAMPLE_KEYS[0].encode()).decrypt(bytes(token))
    except InvalidToken:
        return False
    return True


def sample_reencrypt(token: bytes) -> bytes:
    """`token` under the newest key (same recording, same timestamp); InvalidToken when no
    configured key opens it."""
    return _fernet().rotate(bytes(token))
