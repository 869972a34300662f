"""Any OpenAI-compatible chat endpoint (OpenAI, Groq, vLLM, llama.cpp server, ...) as a fallback.

LiveKit's OpenAI plugin already is an ``llm.LLM`` with the right streaming, usage, tool-call and
error mapping, so this module only builds it from explicit settings: a deployment never relies on
``OPENAI_API_KEY`` leaking in from the environment, and a missing plugin fails with the command
that installs it.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Mapping

from livekit.agents.types import NOT_GIVEN

from voice.errors import SDKMissing

try:
    from livekit.plugins import openai as lk_openai
except ImportError as exc:  # pragma: no cover - exercised by test_it_names_the_install_command
    raise SDKMissing("livekit-plugins-openai", "livekit-plugins-openai==1.8.9") from exc

PROVIDER = "openai"

# One HTTP client per endpoint and event loop, shared by every call's LLM: building an
# `openai.AsyncClient` costs ~20-40 ms of CPU (its SSL context), paid at every call's start when
# each call had its own, and a shared pool keeps connections to the endpoint warm between calls.
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[str, str], object]] = (
    weakref.WeakKeyDictionary())


def _shared_client(api_key: str, base_url: str) -> object | None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return None  # outside a loop: the plugin builds its own, bound to no loop yet
    import httpx
    import openai

    clients = _clients.setdefault(loop, {})
    client = clients.get((api_key, base_url))
    if client is None:
        client = clients[(api_key, base_url)] = openai.AsyncClient(
            api_key=api_key, base_url=base_url, max_retries=0,
            http_client=httpx.AsyncClient(
                timeout=httpx.Timeout(connect=15.0, read=5.0, write=5.0, pool=5.0),
                follow_redirects=True,
                limits=httpx.Limits(max_connections=200, max_keepalive_connections=100,
                                    keepalive_expiry=120)))
    return client


def build_openai_llm(
    *,
    model: str,
    api_key: str,
    base_url: str = "https://api.openai.com/v1",
    temperature: float | None = None,
    max_completion_tokens: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> lk_openai.LLM:
    """An OpenAI-compatible LLM; each attempt is bounded by LiveKit's ``conn_options.timeout``.

    ``api_key`` is required even for servers that ignore it, because the OpenAI client refuses to
    start without one and would otherwise read ``OPENAI_API_KEY`` from the environment.
    """
    if not api_key:
        raise ValueError("api_key is required (use any placeholder for servers without auth)")
    client = _shared_client(api_key, base_url)
    return lk_openai.LLM(
        model=model,
        api_key=api_key,
        base_url=base_url,
        client=client,
        temperature=NOT_GIVEN if temperature is None else temperature,
        max_completion_tokens=(
            NOT_GIVEN if max_completion_tokens is None else max_completion_tokens
        ),
        extra_headers=dict(extra_headers) if extra_headers else NOT_GIVEN,
    )
