"""The dashboard's live feed (/ws/live/): who may open it, and that each business hears of its
own calls only (Property 4), as they start, take turns and end."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from asgiref.sync import sync_to_async
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.analytics_service import call_end, call_start, call_turn_record, calls_close_abandoned
from tenants.router import MultiTenantRouter
from tests.channels.conftest import refused_with, socket

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thread_db_cleanup")]
LIVE = "/ws/live/"


def a_whole_call(schema: str) -> str:
    """A call that starts, takes one turn and ends, each step committed as a phone call's is."""
    with schema_context(schema):
        call = call_start(client_id=schema, caller_number="+14155550123",
                          dialled_number="+15105550100")
        call_turn_record(call=call, user_text="Are you open on Friday?",
                         agent_text="Yes, from eight until two.")
        call_end(call=call, outcome="information_only",
                 config=MultiTenantRouter().get_client_config(schema))
        return str(call.call_id)


def a_call_starts(schema: str) -> str:
    with schema_context(schema):
        return str(call_start(client_id=schema, caller_number="+14155550199").call_id)


async def test_it_refuses_an_anonymous_socket(hosts):
    error, code = await refused_with(socket(LIVE, hosts["t_dental"]))
    assert code == 4401 and error["type"] == "error" and error["code"] == "unauthenticated"


async def test_it_refuses_an_address_that_is_no_business(owner_session):
    session = await owner_session("t_dental")
    for host in ("nobody.localhost", "localhost"):  # unknown, and the public site
        error, code = await refused_with(socket(LIVE, host, session=session))
        assert code == 4403 and error["code"] == "forbidden"


async def test_it_refuses_a_session_of_another_business(owner_session, hosts):
    """B's owner's cookie, sent to A's domain, finds no session in A's schema."""
    law_session = await owner_session("t_law")
    error, code = await refused_with(socket(LIVE, hosts["t_dental"], session=law_session))
    assert code == 4401 and error["code"] == "unauthenticated"


async def test_it_refuses_a_page_of_another_site(owner_session, hosts):
    session = await owner_session("t_dental")
    comm = socket(LIVE, hosts["t_dental"], session=session, origin=hosts["t_law"])
    connected, code = await comm.connect(timeout=10)
    assert not connected  # the handshake itself is refused
    comm = socket(LIVE, hosts["t_dental"], session=session, origin="evil.example")
    connected, code = await comm.connect(timeout=10)
    assert not connected


async def test_an_owner_follows_a_call_as_it_starts_takes_a_turn_and_ends(owner_session, hosts):
    comm = socket(LIVE, hosts["t_dental"], session=await owner_session("t_dental"))
    connected, _ = await comm.connect(timeout=10)
    assert connected

    call_id = await sync_to_async(a_whole_call)("t_dental")
    events = [await comm.receive_json_from(timeout=10) for _ in range(3)]

    assert [e["kind"] for e in events] == ["call_started", "turn", "call_ended"]
    assert {e["call_id"] for e in events} == {call_id}
    assert all(e["type"] == "call" and e["caller_number"] == "+14155550123" for e in events)
    assert events[1]["turn"] == {"index": 0, "user_text": "Are you open on Friday?",
                                 "agent_text": "Yes, from eight until two.",
                                 "interrupted": False}
    assert events[2]["status"] == "completed" and events[2]["outcome"] == "information_only"
    assert await comm.receive_nothing()
    await comm.disconnect()


async def test_another_business_owner_never_hears_of_these_calls(owner_session, hosts):
    """Property 4: a business's data never reaches another business's owner."""
    dental = socket(LIVE, hosts["t_dental"], session=await owner_session("t_dental"))
    law = socket(LIVE, hosts["t_law"], session=await owner_session("t_law"))
    assert (await dental.connect(timeout=10))[0] and (await law.connect(timeout=10))[0]

    dental_call = await sync_to_async(a_whole_call)("t_dental")
    assert [(await dental.receive_json_from(timeout=10))["call_id"] for _ in range(3)] == \
        [dental_call] * 3  # all of them were published before the law firm's call below
    law_call = await sync_to_async(a_call_starts)("t_law")

    first = await law.receive_json_from(timeout=10)
    assert first["call_id"] == law_call and first["kind"] == "call_started"
    assert await law.receive_nothing()
    await dental.disconnect()
    await law.disconnect()


async def test_a_call_that_is_rolled_back_is_never_announced(owner_session, hosts):
    comm = socket(LIVE, hosts["t_vet"], session=await owner_session("t_vet"))
    assert (await comm.connect(timeout=10))[0]

    def rolled_back() -> None:
        with schema_context("t_vet"):
            try:
                with transaction.atomic():
                    call_start(client_id="t_vet", caller_number="+14155550111")
                    raise RuntimeError("the worker crashed before commit")
            except RuntimeError:
                pass
    await sync_to_async(rolled_back)()
    committed = await sync_to_async(a_call_starts)("t_vet")

    assert (await comm.receive_json_from(timeout=10))["call_id"] == committed
    await comm.disconnect()


async def test_a_call_closed_as_abandoned_is_announced_as_ended(owner_session, hosts):
    comm = socket(LIVE, hosts["t_salon"], session=await owner_session("t_salon"))
    assert (await comm.connect(timeout=10))[0]

    def abandon() -> tuple[str, int]:
        with schema_context("t_salon"):
            call = call_start(client_id="t_salon", caller_number="+14155550122",
                              started_at=timezone.now() - timedelta(hours=1))
            closed = calls_close_abandoned(config=MultiTenantRouter().get_client_config(
                "t_salon"))
            return str(call.call_id), closed
    call_id, closed = await sync_to_async(abandon)()

    started = await comm.receive_json_from(timeout=10)
    ended = await comm.receive_json_from(timeout=10)
    assert closed == 1 and started["call_id"] == ended["call_id"] == call_id
    assert ended["kind"] == "call_ended" and ended["status"] == "abandoned"
    await comm.disconnect()


async def test_it_answers_pings_and_explains_what_it_does_not_take(owner_session, hosts):
    comm = socket(LIVE, hosts["t_dental"], session=await owner_session("t_dental"))
    assert (await comm.connect(timeout=10))[0]
    await comm.send_json_to({"type": "ping"})
    assert await comm.receive_json_from(timeout=5) == {"type": "pong"}
    await comm.send_to(bytes_data=b"\x00\x01")
    assert (await comm.receive_json_from(timeout=5))["code"] == "read_only"
    await comm.send_to(text_data="not json")
    assert (await comm.receive_json_from(timeout=5))["code"] == "bad_json"
    await comm.send_json_to({"type": "subscribe", "schema": "t_law"})
    assert (await comm.receive_json_from(timeout=5))["code"] == "unknown_type"
    await comm.disconnect()


async def test_a_feed_left_idle_still_delivers_the_next_call(owner_session, hosts, settings):
    """channels_redis blocks 5 s per read of a socket's inbox; redis-py 8's default 5 s socket
    timeout cut those reads, and every dashboard idle for 5 s lost its feed."""
    if "Redis" not in settings.CHANNEL_LAYERS["default"]["BACKEND"]:
        pytest.skip("the in-memory channel layer has no blocking reads")
    from channels_redis.core import RedisChannelLayer

    comm = socket(LIVE, hosts["t_auto"], session=await owner_session("t_auto"))
    assert (await comm.connect(timeout=10))[0]
    await asyncio.sleep(RedisChannelLayer.brpop_timeout + 1.5)  # idle through a whole read
    call_id = await sync_to_async(a_call_starts)("t_auto")
    assert (await comm.receive_json_from(timeout=10))["call_id"] == call_id
    await comm.disconnect()
