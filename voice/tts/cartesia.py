"""Cartesia text-to-speech (LiveKit's plugin) and voice cloning (Cartesia's SDK).

Live calls use the plugin's WebSocket stream, which already honours ``conn_options.timeout`` per
message. Its one-shot ``synthesize()`` (the bytes endpoint) caps a request at a fixed 30 s instead,
so a hung Cartesia would hold a caller in silence for half a minute; ``CartesiaTTS`` bounds each
read by ``conn_options.timeout`` there too, and puts Cartesia's error text into the error.
"""

from __future__ import annotations

import aiohttp
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectionError,
    APIConnectOptions,
    APIStatusError,
    APITimeoutError,
    tts,
    utils,
)

from voice.errors import SDKMissing

try:
    from livekit.plugins import cartesia as lk_cartesia
    from livekit.plugins.cartesia import tts as lk_cartesia_tts
    from livekit.plugins.cartesia.constants import API_AUTH_HEADER, API_VERSION_HEADER, USER_AGENT
except ImportError as exc:  # pragma: no cover - exercised by test_it_names_the_install_command
    raise SDKMissing("livekit-plugins-cartesia", "livekit-plugins-cartesia==1.8.9") from exc

PROVIDER = "cartesia"
DEFAULT_BASE_URL = "https://api.cartesia.ai"


class CartesiaTTS(lk_cartesia.TTS):
    """Streaming Cartesia TTS for one voice (a stock voice id or one made by ``clone_voice``)."""

    @property
    def voice(self) -> str | None:
        """The Cartesia voice id in use (None if a raw embedding was set instead)."""
        voice = self._opts.voice
        return voice if isinstance(voice, str) else None

    def synthesize(
        self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> lk_cartesia_tts.ChunkedStream:
        return _BoundedChunkedStream(tts=self, input_text=text, conn_options=conn_options)


class _BoundedChunkedStream(lk_cartesia_tts.ChunkedStream):
    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        payload = lk_cartesia_tts._to_cartesia_options(self._opts, streaming=False)
        payload["transcript"] = self._input_text
        limit = self._conn_options.timeout
        try:
            async with self._tts._ensure_session().post(
                self._opts.get_http_url("/tts/bytes"),
                headers={
                    API_AUTH_HEADER: self._opts.api_key,
                    API_VERSION_HEADER: self._opts.api_version,
                    "User-Agent": USER_AGENT,
                },
                json=payload,
                timeout=aiohttp.ClientTimeout(sock_connect=limit, sock_read=limit),
            ) as resp:
                if resp.status >= 400:
                    body = await resp.text()
                    raise APIStatusError(
                        f"cartesia: {body}",
                        status_code=resp.status,
                        request_id=resp.headers.get("X-Request-Id"),
                        body=body,
                    )
                output_emitter.initialize(
                    request_id=resp.headers.get("X-Request-Id") or utils.shortuuid(),
                    sample_rate=self._opts.sample_rate,
                    num_channels=1,
                    mime_type="audio/pcm",
                )
                async for data, _ in resp.content.iter_chunks():
                    output_emitter.push(data)
                output_emitter.flush()
        except TimeoutError:
            raise APITimeoutError() from None
        except (aiohttp.ClientError, ConnectionError) as e:
            raise APIConnectionError("cartesia bytes endpoint") from e


def build_cartesia_tts(
    *,
    api_key: str,
    voice: str,
    base_url: str = DEFAULT_BASE_URL,
    model: str = "sonic-3",
    language: str = "en",
    sample_rate: int = 24000,
    speed: float | None = None,
    http_session: aiohttp.ClientSession | None = None,
) -> CartesiaTTS:
    """A Cartesia TTS speaking with ``voice``.

    Without ``http_session`` the plugin uses the agent job's shared session, so outside a job pass
    one (or open ``utils.http_context``).
    """
    if not api_key:
        raise ValueError("api_key is required")
    return CartesiaTTS(
        api_key=api_key,
        voice=voice,
        base_url=base_url.rstrip("/"),
        model=model,
        language=language,
        sample_rate=sample_rate,
        speed=speed,
        http_session=http_session,
    )


async def clone_voice(
    sample: bytes,
    *,
    name: str,
    api_key: str,
    base_url: str = DEFAULT_BASE_URL,
    language: str = "en",
    description: str | None = None,
    filename: str = "sample.wav",
    content_type: str = "audio/wav",
    request_timeout: float = 60.0,
    max_retries: int = 2,
) -> str:
    """Create a Cartesia voice from a recording of the business owner; returns its voice id.

    Cartesia recommends a clean clip of about five seconds. Errors are LiveKit's ``APIError``
    family, like the providers', so one handler covers onboarding and live calls.
    """
    try:
        import cartesia
    except ImportError as exc:  # pragma: no cover - exercised by test_clone_names_the_install_cmd
        raise SDKMissing("cartesia", "cartesia==4.2.0") from exc

    try:
        async with cartesia.AsyncCartesia(
            api_key=api_key,
            base_url=base_url.rstrip("/"),
            timeout=request_timeout,
            max_retries=max_retries,
        ) as client:
            voice = await client.voices.clone(
                clip=(filename, sample, content_type),
                name=name,
                language=language,
                description=description if description is not None else cartesia.omit,
            )
    except cartesia.APIStatusError as e:
        raise APIStatusError(
            f"cartesia voice clone: {e.message}",
            status_code=e.status_code,
            request_id=e.response.headers.get("X-Request-Id"),
            body=e.body,
        ) from None
    except cartesia.APITimeoutError:
        raise APITimeoutError("cartesia voice clone timed out") from None
    except cartesia.APIConnectionError as e:
        raise APIConnectionError("cartesia voice clone") from e
    return voice.id
