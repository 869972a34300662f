"""The "Try it" socket (/ws/try/) without real models: who may call, what malformed input gets
(an error event, never a crash), and a call's life from start to hang-up on LiveKit's real
AgentSession, with the providers replaced by the suite's tone-speaking fakes (tests/voice/fakes.py)
and the real Silero VAD. The real-model call is test_try_it_call.py."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django_tenants.utils import schema_context

from calls.models import Call
from frontdesk.try_it import browser_call
from receptionist.channels_tenant import CLOSE_CALL_FAILED
from tests.channels.conftest import refused_with, socket

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thread_db_cleanup")]
TRY = "/ws/try/"


async def next_message(comm: WebsocketCommunicator, within: float = 30) -> Any:
    """The next event (dict), audio (bytes) or close ({"close": code})."""
    out = await comm.receive_output(within)
    if out["type"] == "websocket.close":
        return {"close": out.get("code")}
    assert out["type"] == "websocket.send"
    return json.loads(out["text"]) if out.get("text") is not None else out["bytes"]


async def read_until(comm: WebsocketCommunicator, done: Any, within: float = 30) -> list[Any]:
    """Messages up to and including the first for which `done(message)` holds."""
    got = []
    while True:
        message = await next_message(comm, within)
        got.append(message)
        if done(message):
            return got
        assert not (isinstance(message, dict) and "close" in message), got


def event(kind: str, **fields: Any):
    def match(message: Any) -> bool:
        return isinstance(message, dict) and message.get("type") == kind and all(
            message.get(k) == v for k, v in fields.items())
    return match


def stored(schema: str) -> list[Call]:
    with schema_context(schema):
        return list(Call.objects.prefetch_related("turns").order_by("start_time"))


async def connected(comm: WebsocketCommunicator) -> dict:
    ok, _ = await comm.connect(timeout=10)
    assert ok
    hello = await comm.receive_json_from(timeout=10)
    assert hello["type"] == "hello"
    return hello


@pytest.fixture
def fake_voice(fake_providers, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the greeting is rendered here, by the fake voice
    return fake_providers


async def test_it_refuses_an_anonymous_caller(hosts):
    error, code = await refused_with(socket(TRY, hosts["t_law"]))
    assert code == 4401 and error["code"] == "unauthenticated"


async def test_it_refuses_a_session_of_another_business(owner_session, hosts):
    error, code = await refused_with(socket(TRY, hosts["t_law"],
                                            session=await owner_session("t_vet")))
    assert code == 4401


async def test_malformed_messages_get_an_error_each_and_the_socket_stays_up(owner_session,
                                                                            hosts):
    comm = socket(TRY, hosts["t_law"], session=await owner_session("t_law"))
    hello = await connected(comm)
    assert 48000 in hello["input_sample_rates"] and hello["output_sample_rate"] == 24000

    cases = [
        ({"text_data": "{not json"}, "bad_json"),
        ({"text_data": "[1, 2]"}, "bad_message"),
        ({"text_data": json.dumps({"kind": "start"})}, "bad_message"),
        ({"text_data": json.dumps({"type": "dial", "number": "+1"})}, "unknown_type"),
        ({"text_data": "x" * 5000}, "too_large"),
        ({"bytes_data": b"\x00\x01" * 160}, "not_started"),
        ({"text_data": json.dumps({"type": "hangup"})}, "not_started"),
        ({"text_data": json.dumps({"type": "start", "sample_rate": 12345})}, "bad_sample_rate"),
        ({"text_data": json.dumps({"type": "start", "sample_rate": "48000"})}, "bad_sample_rate"),
        ({"text_data": json.dumps({"type": "start", "sample_rate": True})}, "bad_sample_rate"),
        ({"text_data": json.dumps({"type": "start"})}, "bad_sample_rate"),
        ({"text_data": json.dumps({"type": "played", "segment": "one"})}, "bad_message"),
    ]
    for sent, code in cases:
        await comm.send_to(**sent)
        reply = await comm.receive_json_from(timeout=5)
        assert reply["type"] == "error" and reply["code"] == code, (sent, reply)
        assert reply["message"]
    assert await comm.receive_nothing()  # still open, nothing started
    assert await sync_to_async(stored)("t_law") == []
    await comm.disconnect()


async def test_a_client_that_keeps_sending_junk_is_closed(owner_session, hosts):
    comm = socket(TRY, hosts["t_law"], session=await owner_session("t_law"))
    await connected(comm)
    for _ in range(browser_call_errors := 20):
        await comm.send_to(text_data="junk")
    messages = await read_until(comm, lambda m: isinstance(m, dict) and "close" in m)
    assert [m["code"] for m in messages[:-1]] == ["bad_json"] * browser_call_errors + [
        "too_many_errors"]
    assert messages[-1] == {"close": 4400}


async def test_a_test_call_is_greeted_takes_audio_and_is_stored_as_a_test_call(
        owner_session, hosts, fake_voice, monkeypatch):
    monkeypatch.setattr(browser_call, "PLAYBACK_GRACE", 600.0)  # only the page ends playback
    comm = socket(TRY, hosts["t_law"], session=await owner_session("t_law"))
    await connected(comm)
    await comm.send_json_to({"type": "start", "sample_rate": 48000})

    greeting = await read_until(comm, event("segment_end"), within=60)
    if not any(event("started")(m) for m in greeting):  # it may follow the greeting's audio
        greeting += await read_until(comm, event("started"), within=30)
    started = next(m for m in greeting if event("started")(m))
    segment_start = next(m for m in greeting if event("segment_start")(m))
    audio = b"".join(m for m in greeting if isinstance(m, bytes))
    segment_end = next(m for m in greeting if event("segment_end")(m))
    assert segment_start["segment"] == segment_end["segment"] == 1
    # the fake voice speaks 100 ms of tone per sentence, sent as 16-bit PCM at 24 kHz
    assert len(audio) >= 24000 * 2 // 10 and np.frombuffer(audio, np.int16).any()

    noise = np.random.default_rng(0).normal(0, 30, 960).astype(np.int16).tobytes()
    for _ in range(10):  # 200 ms of a quiet room at 48 kHz: taken without a word
        await comm.send_to(bytes_data=noise)
    await comm.send_to(bytes_data=noise[:-1])
    odd = (await read_until(comm, event("error")))[-1]
    assert odd["code"] == "bad_audio" and "odd" in odd["message"]
    await comm.send_to(bytes_data=b"\x00" * (48000 // 2 * 2))  # 500 ms in one message
    oversize = (await read_until(comm, event("error")))[-1]
    assert oversize["code"] == "bad_audio" and "at most 250 ms" in oversize["message"]
    await comm.send_json_to({"type": "start", "sample_rate": 16000})
    assert (await read_until(comm, event("error")))[-1]["code"] == "already_started"

    await comm.send_json_to({"type": "played", "segment": 1})  # the page played the greeting
    said = await read_until(comm, event("transcript", role="agent", final=True), within=30)
    config_greeting = said[-1]["text"]
    assert config_greeting.startswith("Thank you for calling Fleet Law")

    await comm.send_json_to({"type": "hangup"})
    rest = await read_until(comm, lambda m: isinstance(m, dict) and "close" in m)
    ended = next(m for m in rest if event("ended")(m))
    assert rest[-1] == {"close": 1000}
    assert ended["call_id"] == started["call_id"] and ended["outcome"] == "abandoned"
    assert ended["url"] == f"/calls/{started['call_id']}/"

    [call] = await sync_to_async(stored)("t_law")
    assert str(call.call_id) == started["call_id"] and call.is_test
    assert call.status == Call.Status.COMPLETED and call.outcome == Call.Outcome.ABANDONED
    assert call.room_name == "try-it:owner@t-law.example"
    assert [(t.user_text, t.agent_text) for t in call.turns.all()] == [("", config_greeting)]


async def test_a_caller_who_closes_the_page_ends_the_call(owner_session, hosts, fake_voice):
    comm = socket(TRY, hosts["t_law"], session=await owner_session("t_law"))
    await connected(comm)
    await comm.send_json_to({"type": "start", "sample_rate": 16000})
    await read_until(comm, event("started"), within=60)
    await comm.disconnect()  # returns once the consumer has finished with the call

    [call] = await sync_to_async(stored)("t_law")
    assert call.status == Call.Status.COMPLETED and call.is_test and call.end_time


async def test_a_busy_line_is_refused_with_a_reason(owner_session, hosts, fake_voice, settings):
    settings.TRY_IT_MAX_CALLS = 1
    session = await owner_session("t_law")
    first, second = socket(TRY, hosts["t_law"], session=session), socket(
        TRY, hosts["t_law"], session=session)
    await connected(first)
    await connected(second)
    await first.send_json_to({"type": "start", "sample_rate": 16000})
    await read_until(first, event("started"), within=60)

    await second.send_json_to({"type": "start", "sample_rate": 16000})
    refused = await read_until(second, lambda m: isinstance(m, dict) and "close" in m)
    assert any(event("error", code="busy")(m) for m in refused)
    assert refused[-1] == {"close": CLOSE_CALL_FAILED}
    await first.disconnect()
    assert len(await sync_to_async(stored)("t_law")) == 1


async def _start(comm: WebsocketCommunicator) -> list[Any]:
    await connected(comm)
    await comm.send_json_to({"type": "start", "sample_rate": 16000})
    return await read_until(comm, lambda m: event("started")(m) or (
        isinstance(m, dict) and "close" in m), within=60)


async def test_one_business_holding_its_lines_does_not_block_another(owner_session, hosts,
                                                                    fake_voice, settings):
    """Issue 16, finding 6: the limit was one counter for the whole process."""
    settings.TRY_IT_MAX_CALLS_PER_BUSINESS = 2
    settings.TRY_IT_MAX_CALLS = 4
    law = await owner_session("t_law")
    held = [socket(TRY, hosts["t_law"], session=law) for _ in range(2)]
    for comm in held:
        assert event("started")((await _start(comm))[-1])

    third = socket(TRY, hosts["t_law"], session=law)
    refused = await _start(third)
    assert refused[-1] == {"close": CLOSE_CALL_FAILED}
    [error] = [m for m in refused if event("error")(m)]
    assert error["code"] == "busy" and "2 test calls" in error["message"]

    dental = socket(TRY, hosts["t_dental"], session=await owner_session("t_dental"))
    assert event("started")((await _start(dental))[-1])  # another business still calls
    for comm in [*held, dental]:
        await comm.disconnect()


async def test_the_global_cap_holds_with_a_reason_the_owner_can_read(owner_session, hosts,
                                                                    fake_voice, settings):
    settings.TRY_IT_MAX_CALLS_PER_BUSINESS = 1
    settings.TRY_IT_MAX_CALLS = 2
    held = [socket(TRY, hosts[schema], session=await owner_session(schema))
            for schema in ("t_law", "t_dental")]
    for comm in held:
        assert event("started")((await _start(comm))[-1])

    vet = socket(TRY, hosts["t_vet"], session=await owner_session("t_vet"))
    refused = await _start(vet)
    [error] = [m for m in refused if event("error")(m)]
    assert error["code"] == "busy" and "Every test line is in use" in error["message"]
    assert refused[-1] == {"close": CLOSE_CALL_FAILED}
    await held[0].disconnect()  # a line comes free: the next call gets it
    again = socket(TRY, hosts["t_vet"], session=await owner_session("t_vet"))
    assert event("started")((await _start(again))[-1])
    for comm in (held[1], again):
        await comm.disconnect()
