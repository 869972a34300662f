"""Deepgram streaming speech-to-text over its ``/v1/listen`` WebSocket.

LiveKit's Deepgram plugin already is a streaming ``stt.STT`` (binary audio in, ``Results`` out,
``KeepAlive``/``Finalize``/``CloseStream`` control, reconnect on a dropped socket, errors mapped to
``APIStatusError``/``APIConnectionError``), so this module only builds it from explicit settings:
a deployment never picks up ``DEEPGRAM_API_KEY`` from the environment by accident, and the
endpoint can be a self-hosted Deepgram or a test server.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from livekit.agents.types import NOT_GIVEN

from voice.errors import SDKMissing

try:
    from livekit.plugins import deepgram
except ImportError as exc:  # pragma: no cover - exercised by test_it_names_the_install_command
    raise SDKMissing("livekit-plugins-deepgram", "livekit-plugins-deepgram==1.8.9") from exc

PROVIDER = "deepgram"
LISTEN_PATH = "/v1/listen"


def listen_url(base_url: str) -> str:
    """``https://api.deepgram.com`` -> ``https://api.deepgram.com/v1/listen`` (ws/wss kept)."""
    parts = urlsplit(base_url)
    path = parts.path.rstrip("/")
    if not path.endswith(LISTEN_PATH):
        path += LISTEN_PATH
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def build_deepgram_stt(
    *,
    api_key: str,
    base_url: str = "https://api.deepgram.com",
    model: str = "nova-3",
    language: str = "en-US",
    interim_results: bool = True,
    endpointing_ms: int = 25,
    smart_format: bool = False,
    sample_rate: int = 16000,
    keyterms: Sequence[str] = (),
    http_session: aiohttp.ClientSession | None = None,
) -> deepgram.STT:
    """A streaming Deepgram STT.

    ``keyterms`` (Nova-3 keyterm prompting) is where a business's own vocabulary goes: staff
    names, treatments, street names. Without ``http_session`` the plugin uses the agent job's
    shared session, so outside a job pass one (or open ``utils.http_context``).
    """
    if not api_key:
        raise ValueError("api_key is required")
    return deepgram.STT(
        api_key=api_key,
        base_url=listen_url(base_url),
        model=model,
        language=language,
        interim_results=interim_results,
        endpointing_ms=endpointing_ms,
        smart_format=smart_format,
        sample_rate=sample_rate,
        keyterm=list(keyterms) if keyterms else NOT_GIVEN,
        http_session=http_session,
    )
