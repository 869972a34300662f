"""Deepgram streaming STT against a local server speaking the /v1/listen WebSocket protocol."""

from __future__ import annotations

import asyncio
import importlib
import sys
import time
from collections.abc import AsyncIterator

import pytest
from livekit import rtc
from livekit.agents import APIConnectionError, APIConnectOptions, APIStatusError, stt, utils

from tests.voice.servers import pcm_tone
from tests.voice.servers.deepgram_server import DeepgramServer, Heard
from voice.stt.deepgram import build_deepgram_stt, listen_url

NO_RETRY = APIConnectOptions(max_retry=0, timeout=2.0)
RATE = 16000


@pytest.fixture
async def server() -> AsyncIterator[DeepgramServer]:
    async with utils.http_context.open(), DeepgramServer() as s:
        yield s


def frames(seconds: float, *, ms: int = 10) -> list[rtc.AudioFrame]:
    pcm = pcm_tone(seconds, sample_rate=RATE)
    step = RATE * ms // 1000 * 2
    return [
        rtc.AudioFrame(
            data=pcm[i : i + step],
            sample_rate=RATE,
            num_channels=1,
            samples_per_channel=len(pcm[i : i + step]) // 2,
        )
        for i in range(0, len(pcm), step)
    ]


async def feed(stream: stt.RecognizeStream, seconds: float = 1.0, *, end: bool = True) -> None:
    """Push audio a little faster than real time, as a phone call does, then end the input."""
    for frame in frames(seconds):
        stream.push_frame(frame)
        await asyncio.sleep(0.001)
    if end:
        stream.end_input()


async def events_until(
    stream: stt.RecognizeStream, kind: stt.SpeechEventType
) -> list[stt.SpeechEvent]:
    seen: list[stt.SpeechEvent] = []
    async with asyncio.timeout(10):
        async for event in stream:
            seen.append(event)
            if event.type == kind:
                break
    return seen


def make_stt(server: DeepgramServer, **kwargs: object) -> stt.STT:
    options: dict[str, object] = {"api_key": "dg-test", "base_url": server.url}
    options.update(kwargs)
    return build_deepgram_stt(**options)  # type: ignore[arg-type]


async def test_it_streams_audio_and_yields_interim_final_and_end_of_speech(
    server: DeepgramServer,
) -> None:
    dg = make_stt(server)
    stream = dg.stream(conn_options=NO_RETRY)
    feeding = asyncio.create_task(feed(stream))

    events = await events_until(stream, stt.SpeechEventType.END_OF_SPEECH)

    kinds = [e.type for e in events if e.type != stt.SpeechEventType.RECOGNITION_USAGE]
    assert kinds == [
        stt.SpeechEventType.START_OF_SPEECH,
        stt.SpeechEventType.INTERIM_TRANSCRIPT,
        stt.SpeechEventType.FINAL_TRANSCRIPT,
        stt.SpeechEventType.END_OF_SPEECH,
    ]
    final = next(e for e in events if e.type == stt.SpeechEventType.FINAL_TRANSCRIPT)
    assert final.alternatives[0].text == "I'd like to book a cleaning."
    assert final.alternatives[0].language == "en-US"
    assert [w for w in final.alternatives[0].words or []][-1] == "cleaning."
    await feeding
    session = server.sessions[0]
    await asyncio.wait_for(session.close_stream_received.wait(), 5)
    assert session.audio_seconds == pytest.approx(1.0, abs=0.001)
    assert session.controls[-2:] == ["Finalize", "CloseStream"]
    await stream.aclose()


async def test_it_sends_the_options_and_key_the_real_api_reads(server: DeepgramServer) -> None:
    dg = make_stt(
        server,
        model="nova-3",
        language="en-GB",
        keyterms=["Dr. Okafor", "Invisalign"],
        endpointing_ms=300,
    )
    stream = dg.stream(conn_options=NO_RETRY)
    for frame in frames(0.05):
        stream.push_frame(frame)
    # closing a stream while its handshake completes trips a Python 3.11 wait_for race
    await asyncio.wait_for(server.audio_arrived.wait(), 5)

    request = server.sessions[0].request
    assert request.path == "/v1/listen"
    assert request.headers["Authorization"] == "Token dg-test"
    assert request.param("model") == "nova-3"
    assert request.param("language") == "en-GB"
    assert request.param("encoding") == "linear16"
    assert request.param("sample_rate") == "16000"
    assert request.param("channels") == "1"
    assert request.param("interim_results") == "true"
    assert request.param("endpointing") == "300"
    assert request.query["keyterm"] == ["Dr. Okafor", "Invisalign"]
    await stream.aclose()


async def test_flush_finalizes_what_was_heard_so_far(server: DeepgramServer) -> None:
    server.script = [Heard(5.0, "Is the clinic open on Saturday?", is_final=True)]
    dg = make_stt(server)
    stream = dg.stream(conn_options=NO_RETRY)
    await feed(stream, 0.5, end=False)
    stream.flush()

    events = await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)

    assert events[-1].alternatives[0].text == "Is the clinic open on Saturday?"
    assert server.sessions[0].controls[-1] == "Finalize"
    assert server.sessions[0].sent[-1]["from_finalize"] is True
    usage = [e for e in events if e.type == stt.SpeechEventType.RECOGNITION_USAGE]
    assert usage and usage[0].recognition_usage is not None
    assert usage[0].recognition_usage.audio_duration == pytest.approx(0.5, abs=0.001)
    await stream.aclose()


async def test_a_wrong_key_is_refused_with_a_non_retryable_401(server: DeepgramServer) -> None:
    dg = make_stt(server, api_key="dg-wrong")
    stream = dg.stream(conn_options=APIConnectOptions(max_retry=3, retry_interval=0))
    stream.push_frame(frames(0.05)[0])
    with pytest.raises(APIStatusError) as caught:
        await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)
    assert caught.value.status_code == 401
    assert caught.value.retryable is False
    assert len(server.requests_to("/v1/listen")) == 1
    await stream.aclose()


@pytest.mark.parametrize(("status", "retryable"), [(400, False), (429, True), (500, True)])
async def test_error_statuses_map_to_api_status_errors(
    server: DeepgramServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    dg = make_stt(server)
    stream = dg.stream(conn_options=NO_RETRY)
    stream.push_frame(frames(0.05)[0])
    with pytest.raises(APIStatusError) as caught:
        await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    await stream.aclose()


async def test_a_hanging_handshake_fails_within_the_connect_timeout(server: DeepgramServer) -> None:
    server.faults.hang = True
    dg = make_stt(server)
    stream = dg.stream(conn_options=APIConnectOptions(max_retry=0, timeout=0.3))
    stream.push_frame(frames(0.05)[0])
    started = time.monotonic()
    with pytest.raises(APIConnectionError) as caught:
        await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)
    assert time.monotonic() - started < 2.0
    assert caught.value.retryable is True
    await stream.aclose()


async def test_a_socket_closed_mid_stream_is_a_retryable_error(server: DeepgramServer) -> None:
    server.faults.close_mid_stream = True
    dg = make_stt(server)
    stream = dg.stream(conn_options=NO_RETRY)
    feeding = asyncio.create_task(feed(stream))
    with pytest.raises(APIStatusError) as caught:
        await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)
    assert caught.value.status_code == 1011  # the WebSocket close code
    assert caught.value.retryable is True
    feeding.cancel()
    await stream.aclose()


async def test_a_socket_closed_mid_stream_reconnects_and_keeps_transcribing(
    server: DeepgramServer,
) -> None:
    server.faults.close_mid_stream, server.faults.times = True, 1
    dg = make_stt(server)
    stream = dg.stream(conn_options=APIConnectOptions(max_retry=1, retry_interval=0, timeout=2))
    feeding = asyncio.create_task(feed(stream))

    events = await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)

    assert events[-1].alternatives[0].text == "I'd like to book a cleaning."
    assert len(server.sessions) == 2
    await feeding
    await stream.aclose()


async def test_fallback_adapter_switches_from_a_failing_server_to_a_working_one(
    server: DeepgramServer,
) -> None:
    async with DeepgramServer() as broken:
        broken.faults.status = 503
        adapter = stt.FallbackAdapter(
            [make_stt(broken), make_stt(server)], max_retry_per_stt=0, attempt_timeout=2.0
        )
        changes: list[bool] = []
        adapter.on("stt_availability_changed", lambda ev: changes.append(ev.available))
        stream = adapter.stream()
        feeding = asyncio.create_task(feed(stream))

        events = await events_until(stream, stt.SpeechEventType.FINAL_TRANSCRIPT)

        assert events[-1].alternatives[0].text == "I'd like to book a cleaning."
        assert broken.requests_to("/v1/listen")
        assert server.sessions
        assert changes[0] is False
        await feeding
        await stream.aclose()
        await adapter.aclose()


def test_listen_url_accepts_an_api_root_or_a_full_listen_url() -> None:
    assert listen_url("https://api.deepgram.com") == "https://api.deepgram.com/v1/listen"
    assert listen_url("wss://dg.internal:8080/") == "wss://dg.internal:8080/v1/listen"
    assert listen_url("https://x.test/v1/listen") == "https://x.test/v1/listen"


def test_it_names_the_install_command_when_the_plugin_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import livekit.plugins

    monkeypatch.setitem(sys.modules, "livekit.plugins.deepgram", None)
    monkeypatch.delattr(livekit.plugins, "deepgram")
    monkeypatch.delitem(sys.modules, "voice.stt.deepgram")
    with pytest.raises(ImportError, match=r"pip install livekit-plugins-deepgram"):
        importlib.import_module("voice.stt.deepgram")
