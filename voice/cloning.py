"""Voice cloning: an owner's recording becomes the voice id their receptionist speaks with.

Only a cloud provider can clone here (Cartesia); the local voices are fixed. The sample is
checked before it leaves the machine, so a bad upload gets a reason instead of a vendor error.
"""

from __future__ import annotations

import io
import wave

from receptionist.errors import ApplicationError
from voice.factory import VoiceSettings

MIN_SECONDS, MAX_SECONDS = 3.0, 60.0
MAX_BYTES = 10 * 1024 * 1024


def validate_voice_sample(sample: bytes) -> float:
    """Duration in seconds of a usable WAV sample, or ApplicationError saying what is wrong."""
    if len(sample) > MAX_BYTES:
        raise ApplicationError(f"the sample is larger than {MAX_BYTES // (1024 * 1024)} MB",
                               field="sample")
    try:
        with wave.open(io.BytesIO(sample), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
            if wav.getsampwidth() not in (2, 3, 4) or rate < 8000:
                raise ApplicationError("the sample must be 16-bit (or better) audio, 8 kHz or more",
                                       field="sample")
    except (wave.Error, EOFError):
        raise ApplicationError("the sample is not a WAV recording", field="sample") from None
    seconds = frames / rate
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise ApplicationError(
            f"the sample is {seconds:.1f} s long; record between {MIN_SECONDS:.0f} and "
            f"{MAX_SECONDS:.0f} seconds of clear speech", field="sample")
    return seconds


async def clone_voice(sample: bytes, *, name: str, voice_settings: VoiceSettings | None = None
                      ) -> tuple[str, str]:
    """(provider, voice id) of a new voice made from `sample`."""
    validate_voice_sample(sample)
    s = voice_settings or VoiceSettings.from_django()
    if not s.CARTESIA_API_KEY:
        raise ApplicationError("voice cloning needs Cartesia: set CARTESIA_API_KEY",
                               field="sample")
    from voice.tts.cartesia import clone_voice as cartesia_clone

    voice_id = await cartesia_clone(sample, name=name, api_key=s.CARTESIA_API_KEY,
                                    base_url=s.CARTESIA_BASE_URL)
    return "cartesia", voice_id
