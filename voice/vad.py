"""Silero VAD tuned for a phone line, loaded once per process and tuning.

The defaults come from measurement on this CPU (shared/notes/voice-latency.md): LiveKit's 0.55 s
end-of-speech silence adds a quarter second to every turn, while anything under 0.3 s splits
callers who pause inside a phone number into two turns.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, Any

from voice.assets import import_sdk
from voice.vad_batch import BatchingLoop

if TYPE_CHECKING:
    from livekit.agents.vad import VAD

PHONE_DEFAULTS: dict[str, Any] = {
    "min_silence_duration": 0.30,
    "min_speech_duration": 0.05,
    # the audio before the start of speech that goes to the STT with the utterance: Silero scores
    # a soft start through the phone band low ("It's James" at 0.2-0.36 before "Carter" crosses
    # 0.5), and with 0.5 s whisper heard "James Carter" or, on a short line, nothing at all
    "prefix_padding_duration": 0.8,
    "activation_threshold": 0.5,
    "max_buffered_speech": 60.0,
    "sample_rate": 16000,
}

SILERO = "livekit.plugins.silero"  # imported at start-up on the main thread: voice/plugins.py
SILERO_REQUIREMENT = "livekit-plugins-silero==1.8.9"

_vads: dict[tuple[tuple[str, Any], ...], VAD] = {}
_lock = threading.Lock()


def _silero() -> Any:
    return import_sdk(SILERO, SILERO_REQUIREMENT)


def load_vad(**tuning: Any) -> VAD:
    """A shared Silero ``VAD`` with the phone defaults, each overridable by keyword.

    One instance per distinct tuning, holding the loaded model. Give each call its own view of
    it with ``for_call``: an AgentSession listens to its VAD's metrics, so calls sharing one VAD
    object would each hear every other call's (see ``for_call``). Do not call
    ``update_options`` on the returned object; that would retune every call in the process. Ask
    for a different tuning instead.
    """
    silero = _silero()
    opts = {**PHONE_DEFAULTS, **tuning}
    key = tuple(sorted(opts.items()))
    with _lock:
        vad = _vads.get(key)
        if vad is None:
            vad = _vads[key] = silero.VAD.load(**opts)
        return vad


def for_call(vad: VAD) -> VAD:
    """A VAD of one call's own that shares ``vad``'s loaded model and tuning.

    Every AgentSession subscribes to its VAD's ``metrics_collected``, and each VAD stream emits
    one such event a second on the VAD object. With one object shared by N calls, every event
    reaches all N sessions: N² handler runs a second, each copying the session's usage, and
    each call's usage counting the others' inference time. A view per call costs no model load:
    the ONNX session (thread-safe to run) and the options are shared, the emitter is not.
    Anything other than a Silero VAD is returned as it is.
    """
    silero = _silero()
    if not isinstance(vad, silero.VAD):
        return vad
    return _phone_vad_class()(session=vad._onnx_session, opts=vad._opts)


@functools.cache
def _phone_vad_class() -> type:
    silero = _silero()

    class PhoneVAD(silero.VAD):
        """Silero whose streams share batched inference off the event loop (voice.vad_batch)."""

        def stream(self) -> Any:
            stream = super().stream()
            # the stream's task has not started yet: it first runs on the loop's next turn
            stream._loop = BatchingLoop(stream._loop)
            return stream

    return PhoneVAD
