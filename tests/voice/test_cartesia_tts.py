"""Cartesia TTS and voice cloning against a local server speaking Cartesia's WebSocket/HTTP API."""

from __future__ import annotations

import asyncio
import importlib
import sys
import time
from collections.abc import AsyncIterator

import pytest
from livekit import rtc
from livekit.agents import (
    APIConnectionError,
    APIConnectOptions,
    APIError,
    APIStatusError,
    APITimeoutError,
    tts,
    utils,
)

from tests.voice.servers import pcm_tone
from tests.voice.servers.cartesia_server import CartesiaServer, speech_for
from voice.tts.cartesia import CartesiaTTS, build_cartesia_tts, clone_voice

NO_RETRY = APIConnectOptions(max_retry=0, timeout=2.0)
VOICE = "a0e99841-438c-4a64-b679-ae501e7d6091"
REPLY = "Thanks for calling. How can I help you today?"


@pytest.fixture
async def server() -> AsyncIterator[CartesiaServer]:
    async with utils.http_context.open(), CartesiaServer() as s:
        yield s


def make_tts(server: CartesiaServer, **kwargs: object) -> CartesiaTTS:
    options: dict[str, object] = {"api_key": "sk_car_test", "voice": VOICE, "base_url": server.url}
    options.update(kwargs)
    return build_cartesia_tts(**options)  # type: ignore[arg-type]


async def speak(
    engine: tts.TTS, text: str = REPLY, conn_options: APIConnectOptions = NO_RETRY
) -> rtc.AudioFrame:
    stream = engine.stream(conn_options=conn_options)
    stream.push_text(text)
    stream.end_input()
    frames = []
    async with asyncio.timeout(10):
        async for event in stream:
            frames.append(event.frame)
    await stream.aclose()
    return rtc.combine_audio_frames(frames)


async def test_it_streams_text_and_gets_back_audio_for_every_sentence(
    server: CartesiaServer,
) -> None:
    engine = make_tts(server)
    audio = await speak(engine)

    [socket] = server.sockets
    spoken = [m for m in socket.messages if m["transcript"].strip()]
    assert " ".join(m["transcript"] for m in spoken).split() == REPLY.split()
    expected_seconds = sum(len(speech_for(m["transcript"], 24000)) / 2 / 24000 for m in spoken)
    assert audio.sample_rate == 24000
    # LiveKit's emitter may close the segment with up to 10 ms of padding
    assert audio.duration == pytest.approx(expected_seconds, abs=0.021)
    assert socket.messages[-1]["continue"] is False
    assert len({m["context_id"] for m in socket.messages}) == 1
    await engine.aclose()


async def test_it_sends_the_voice_model_format_and_key(server: CartesiaServer) -> None:
    engine = make_tts(server, model="sonic-3", language="en", speed=1.1, sample_rate=16000)
    assert engine.voice == VOICE
    await speak(engine)

    [socket] = server.sockets
    first = socket.messages[0]
    assert first["voice"] == {"mode": "id", "id": VOICE}
    assert first["model_id"] == "sonic-3"
    assert first["language"] == "en"
    assert first["output_format"] == {
        "container": "raw",
        "encoding": "pcm_s16le",
        "sample_rate": 16000,
    }
    assert first["generation_config"] == {"speed": 1.1}
    assert socket.request.headers["X-API-Key"] == "sk_car_test"
    assert socket.request.param("cartesia_version")
    await engine.aclose()


async def test_update_options_changes_the_voice_used(server: CartesiaServer) -> None:
    engine = make_tts(server)
    engine.update_options(voice="cloned-voice-id")
    assert engine.voice == "cloned-voice-id"
    await speak(engine)
    assert server.sockets[0].messages[0]["voice"]["id"] == "cloned-voice-id"
    await engine.aclose()


async def test_synthesize_returns_exactly_the_audio_the_bytes_endpoint_sent(
    server: CartesiaServer,
) -> None:
    engine = make_tts(server)
    audio = await engine.synthesize(
        "Your appointment is confirmed.", conn_options=NO_RETRY
    ).collect()

    expected = speech_for("Your appointment is confirmed.", 24000)
    received = audio.data.tobytes()
    assert received[: len(expected)] == expected
    assert set(received[len(expected) :]) <= {0}  # the emitter's closing silence, if any
    [request] = server.requests_to("/tts/bytes")
    body = request.json()
    assert body["transcript"] == "Your appointment is confirmed."
    assert body["voice"] == {"mode": "id", "id": VOICE}
    assert request.headers["Cartesia-Version"]
    await engine.aclose()


@pytest.mark.parametrize(
    ("status", "retryable"), [(400, False), (401, False), (429, True), (500, True)]
)
async def test_error_statuses_on_the_socket_map_to_api_status_errors(
    server: CartesiaServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    engine = make_tts(server)
    with pytest.raises(APIStatusError) as caught:
        await speak(engine)
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    await engine.aclose()


async def test_a_wrong_key_is_refused_and_not_retried(server: CartesiaServer) -> None:
    engine = make_tts(server, api_key="sk_car_wrong")
    with pytest.raises(APIStatusError) as caught:
        await speak(engine, conn_options=APIConnectOptions(max_retry=3, retry_interval=0))
    assert caught.value.status_code == 401
    assert len(server.requests_to("/tts/websocket")) == 1
    await engine.aclose()


@pytest.mark.parametrize(("status", "retryable"), [(401, False), (429, True), (503, True)])
async def test_error_statuses_on_the_bytes_endpoint_carry_cartesias_message(
    server: CartesiaServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    engine = make_tts(server)
    with pytest.raises(APIStatusError) as caught:
        await engine.synthesize("Hello.", conn_options=NO_RETRY).collect()
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    assert f"injected {status}" in caught.value.message
    await engine.aclose()


async def test_an_error_message_on_the_socket_fails_the_attempt(server: CartesiaServer) -> None:
    server.error_message = "voice not found"
    engine = make_tts(server)
    with pytest.raises(APIError) as caught:
        await speak(engine)
    # Cartesia marks error messages done: true, which the plugin reads as "finished, no audio"
    assert caught.value.retryable is True
    assert server.sockets[0].messages
    await engine.aclose()


async def test_a_silent_socket_times_out_within_the_attempt_timeout(
    server: CartesiaServer,
) -> None:
    server.faults.hang = True
    engine = make_tts(server)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await speak(engine, conn_options=APIConnectOptions(max_retry=0, timeout=0.3))
    assert time.monotonic() - started < 2.0
    await engine.aclose()


async def test_a_silent_bytes_endpoint_times_out_within_the_attempt_timeout(
    server: CartesiaServer,
) -> None:
    server.faults.hang = True
    engine = make_tts(server)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await engine.synthesize(
            "Hello.", conn_options=APIConnectOptions(max_retry=0, timeout=0.3)
        ).collect()
    assert time.monotonic() - started < 2.0
    await engine.aclose()


async def test_a_socket_closed_after_audio_started_is_not_retried(
    server: CartesiaServer,
) -> None:
    server.faults.close_mid_stream = True
    engine = make_tts(server)
    with pytest.raises(APIStatusError) as caught:
        await speak(engine, conn_options=APIConnectOptions(max_retry=3, retry_interval=0))
    assert caught.value.status_code == 1011  # the WebSocket close code
    assert len(server.requests_to("/tts/websocket")) == 1  # the caller already heard audio
    await engine.aclose()


async def test_a_bytes_response_cut_short_is_a_connection_error(server: CartesiaServer) -> None:
    server.faults.close_mid_stream = True
    engine = make_tts(server)
    with pytest.raises(APIConnectionError):
        await engine.synthesize("A long confirmation message.", conn_options=NO_RETRY).collect()
    await engine.aclose()


async def test_fallback_adapter_switches_from_a_failing_server_to_a_working_one(
    server: CartesiaServer,
) -> None:
    async with CartesiaServer() as broken:
        broken.faults.status = 500
        primary, secondary = make_tts(broken), make_tts(server)
        adapter = tts.FallbackAdapter([primary, secondary], max_retry_per_tts=0)
        changes: list[bool] = []
        adapter.on("tts_availability_changed", lambda ev: changes.append(ev.available))

        audio = await speak(adapter, conn_options=APIConnectOptions(max_retry=0, timeout=2.0))

        assert audio.duration > 0.3
        assert broken.requests_to("/tts/websocket")
        assert server.sockets
        assert changes[0] is False
        await adapter.aclose()
        await primary.aclose()
        await secondary.aclose()


async def test_clone_voice_uploads_the_sample_and_returns_the_new_voice_id(
    server: CartesiaServer,
) -> None:
    sample = pcm_tone(0.5, sample_rate=16000)
    voice_id = await clone_voice(
        sample,
        name="Dr. Patel",
        description="Owner of Smile Dental",
        language="en",
        api_key="sk_car_test",
        base_url=server.url,
    )

    [clone] = server.clones
    assert voice_id == clone.voice_id
    assert clone.clip == sample
    assert (clone.clip_filename, clone.clip_content_type) == ("sample.wav", "audio/wav")
    assert clone.fields == {
        "name": "Dr. Patel",
        "language": "en",
        "description": "Owner of Smile Dental",
    }
    assert clone.request.headers["Authorization"] == "Bearer sk_car_test"
    assert clone.request.headers["Cartesia-Version"]


async def test_a_cloned_voice_is_then_used_for_speech(server: CartesiaServer) -> None:
    voice_id = await clone_voice(
        b"RIFF....", name="Owner", api_key="sk_car_test", base_url=server.url
    )
    engine = make_tts(server, voice=voice_id)
    await speak(engine, "Hello.")
    assert server.sockets[0].messages[0]["voice"]["id"] == voice_id
    await engine.aclose()


@pytest.mark.parametrize(("status", "retryable"), [(401, False), (429, True), (500, True)])
async def test_clone_voice_errors_map_to_api_status_errors(
    server: CartesiaServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    with pytest.raises(APIStatusError) as caught:
        await clone_voice(
            b"RIFF....", name="Owner", api_key="sk_car_test", base_url=server.url, max_retries=0
        )
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    assert server.clones == []


def test_it_names_the_install_command_when_the_plugin_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import livekit.plugins

    monkeypatch.setitem(sys.modules, "livekit.plugins.cartesia", None)
    monkeypatch.delattr(livekit.plugins, "cartesia")
    monkeypatch.delitem(sys.modules, "voice.tts.cartesia")
    with pytest.raises(ImportError, match=r"pip install livekit-plugins-cartesia"):
        importlib.import_module("voice.tts.cartesia")


async def test_clone_names_the_install_command_when_the_sdk_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "cartesia", None)
    with pytest.raises(ImportError, match=r"pip install cartesia"):
        await clone_voice(b"x", name="n", api_key="k", base_url="http://127.0.0.1:9")
