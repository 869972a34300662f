"""Silero VAD tuned for a phone line, loaded once per process and tuning.

The defaults come from measurement on this CPU (shared/notes/voice-latency.md): LiveKit's 0.55 s
end-of-speech silence adds a quarter second to every turn, while anything under 0.3 s splits
callers who pause inside a phone number into two turns.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from voice.assets import import_sdk

if TYPE_CHECKING:
    from livekit.agents.vad import VAD

PHONE_DEFAULTS: dict[str, Any] = {
    "min_silence_duration": 0.30,
    "min_speech_duration": 0.05,
    "prefix_padding_duration": 0.5,
    "activation_threshold": 0.5,
    "max_buffered_speech": 60.0,
    "sample_rate": 16000,
}

_vads: dict[tuple[tuple[str, Any], ...], VAD] = {}
_lock = threading.Lock()


def load_vad(**tuning: Any) -> VAD:
    """A shared Silero ``VAD`` with the phone defaults, each overridable by keyword.

    One instance per distinct tuning: every ``stream()`` of it has its own model state, so sharing
    it across calls is safe. Do not call ``update_options`` on the returned object; that would
    retune every call in the process. Ask for a different tuning instead.
    """
    silero = import_sdk("livekit.plugins.silero", "livekit-plugins-silero==1.8.9")
    opts = {**PHONE_DEFAULTS, **tuning}
    key = tuple(sorted(opts.items()))
    with _lock:
        vad = _vads.get(key)
        if vad is None:
            vad = _vads[key] = silero.VAD.load(**opts)
        return vad
