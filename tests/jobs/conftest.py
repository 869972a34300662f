"""Fixtures for the background jobs: Celery in eager mode, the fake Cartesia server, samples."""

from __future__ import annotations

import asyncio
import io
import threading
import wave
from collections.abc import Iterator

import numpy as np
import pytest

from receptionist.celery import app as celery_app
from tests.voice.conftest import fake_providers  # noqa: F401
from tests.voice.servers.cartesia_server import CartesiaServer


@pytest.fixture
def eager_celery() -> Iterator[None]:
    """Run tasks in the caller's process whatever REDIS_URL says (CI runs both ways)."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


class ThreadedServer:
    """A fake vendor server on its own event loop thread, for tests that stay synchronous (so
    their database work stays in the test's transaction) or for another process to call."""

    def __init__(self, server: CartesiaServer) -> None:
        self.server = server
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> CartesiaServer:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(10)
        return self.server

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def cartesia(settings, tmp_path) -> Iterator[CartesiaServer]:
    """Cartesia (cloning and TTS) on 127.0.0.1, configured as the deployment's Cartesia."""
    settings.MEDIA_ROOT = tmp_path / "media"  # the greeting rendered in the new voice goes here
    with ThreadedServer(CartesiaServer()) as server:
        settings.CARTESIA_API_KEY = server.api_key
        settings.CARTESIA_BASE_URL = server.url
        yield server


def wav_bytes(seconds: float, *, rate: int = 16000, amplitude: int = 8000, width: int = 2) -> bytes:
    """A mono tone (speech-like enough for a cloning provider's input checks)."""
    n = int(seconds * rate)
    tone = np.sin(np.arange(n) * 0.05) * amplitude
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(rate)
        if width == 2:
            w.writeframes(tone.astype("<i2").tobytes())
        else:
            w.writeframes((tone * 65536).astype("<i4").tobytes())
    return buffer.getvalue()


def encoded(seconds: float, *, container: str, codec: str, rate: int = 16000) -> bytes:
    """The same tone compressed by FFmpeg (PyAV): what a phone or a browser uploads."""
    import av

    pcm = (np.sin(np.arange(int(seconds * rate)) * 0.05) * 8000).astype(np.int16)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as out:
        out_rate = 48000 if codec == "libopus" else rate
        stream = out.add_stream(codec, rate=out_rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=out_rate)
        for piece in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(piece):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()
