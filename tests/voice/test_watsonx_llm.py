"""WatsonxLLM against a local HTTPS server doing IBM IAM's token exchange and chat_stream."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import AsyncIterator

import pytest
from livekit.agents import (
    APIConnectionError,
    APIConnectOptions,
    APIError,
    APIStatusError,
    APITimeoutError,
    llm,
)

from tests.voice.servers import TLSFiles, self_signed_tls
from tests.voice.servers.watsonx_server import WatsonxServer
from voice.llm.watsonx import WatsonxLLM

NO_RETRY = APIConnectOptions(max_retry=0, timeout=5.0)
# WatsonxLLM filters this SDK warning at import; pytest resets filters per test
pytestmark = pytest.mark.filterwarnings("ignore:\\s*When setting `scope_validation`:UserWarning")
MODEL = "ibm/granite-3-3-8b-instruct"


@pytest.fixture(scope="module")
def tls() -> TLSFiles:
    return self_signed_tls()


@pytest.fixture
async def server(tls: TLSFiles) -> AsyncIterator[WatsonxServer]:
    async with WatsonxServer(tls) as s:
        yield s


def make_llm(server: WatsonxServer, **kwargs: object) -> WatsonxLLM:
    options: dict[str, object] = {
        "model_id": MODEL,
        "api_key": "wx-test-key",
        "url": server.url,
        "platform_url": server.url,
        "iam_url": server.iam_url,
        "project_id": "11111111-2222-3333-4444-555555555555",
        "verify": server.ca_file,
    }
    options.update(kwargs)
    return WatsonxLLM(**options)  # type: ignore[arg-type]


def caller_says(text: str) -> llm.ChatContext:
    ctx = llm.ChatContext()
    ctx.add_message(role="system", content="You are the receptionist of a dental practice.")
    ctx.add_message(role="user", content=text)
    return ctx


async def test_it_exchanges_the_api_key_then_streams_the_reply(server: WatsonxServer) -> None:
    model = make_llm(server)
    chunks = [c async for c in model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY)]

    assert [c.delta.content for c in chunks if c.delta and c.delta.content] == [
        "Good",
        " morning, how",
        " can I help?",
    ]
    [token_request] = server.requests_to("/identity/token")
    assert token_request.headers["Authorization"] == "Basic Yng6Yng="
    assert b"apikey=wx-test-key" in token_request.body
    [chat] = server.requests_to("/ml/v1/text/chat_stream")
    assert chat.headers["Authorization"] == f"Bearer {server.issued_tokens[0]}"
    await model.aclose()


async def test_it_reports_usage_from_the_last_chunk(server: WatsonxServer) -> None:
    server.script.prompt_tokens, server.script.completion_tokens = 512, 23
    model = make_llm(server)
    response = await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    assert response.text == "Good morning, how can I help?"
    assert response.usage is not None
    assert (response.usage.prompt_tokens, response.usage.completion_tokens) == (512, 23)
    assert response.usage.total_tokens == 535
    await model.aclose()


async def test_it_sends_model_project_parameters_and_api_version(server: WatsonxServer) -> None:
    model = make_llm(server, temperature=0.1, max_tokens=150)
    await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    [chat] = server.requests_to("/ml/v1/text/chat_stream")
    body = chat.json()
    assert body["model_id"] == MODEL
    assert body["project_id"] == "11111111-2222-3333-4444-555555555555"
    assert (body["temperature"], body["max_tokens"]) == (0.1, 150)
    assert body["messages"] == [
        {"role": "system", "content": "You are the receptionist of a dental practice."},
        {"role": "user", "content": "Hi"},
    ]
    assert chat.param("version")
    await model.aclose()


async def test_the_token_is_reused_across_requests(server: WatsonxServer) -> None:
    model = make_llm(server, space_id="space-1", project_id=None)
    for _ in range(3):
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert len(server.requests_to("/identity/token")) == 1
    assert [r.json()["space_id"] for r in server.requests_to("/ml/v1/text/chat_stream")] == [
        "space-1"
    ] * 3
    await model.aclose()


@llm.function_tool
async def book_appointment(day: str) -> str:
    """Book an appointment on a day."""
    return "booked"


async def test_it_offers_tools_and_reassembles_tool_calls(server: WatsonxServer) -> None:
    server.script.fragments = []
    server.script.tool_calls = [
        {
            "index": 0,
            "id": "chatcmpl-tool-1",
            "type": "function",
            "function": {"name": "book_appointment", "arguments": '{"day": '},
        },
        {"index": 0, "function": {"arguments": '"Friday"}'}},
    ]
    model = make_llm(server)
    response = await model.chat(
        chat_ctx=caller_says("Friday"),
        tools=[book_appointment],
        tool_choice="auto",
        conn_options=NO_RETRY,
    ).collect()

    [call] = response.tool_calls
    assert (call.name, call.arguments, call.call_id) == (
        "book_appointment",
        '{"day": "Friday"}',
        "chatcmpl-tool-1",
    )
    body = server.requests_to("/ml/v1/text/chat_stream")[0].json()
    assert body["tools"][0]["function"]["name"] == "book_appointment"
    assert body["tool_choice_option"] == "auto"
    await model.aclose()


async def test_a_rejected_api_key_is_a_non_retryable_error(server: WatsonxServer) -> None:
    model = make_llm(server, api_key="wx-wrong")
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == 400
    assert caught.value.retryable is False
    assert "could not be found" in caught.value.message
    assert not server.requests_to("/ml/v1/text/chat_stream")
    await model.aclose()


async def test_an_iam_outage_is_retryable(server: WatsonxServer) -> None:
    server.iam_faults_status = 503
    model = make_llm(server)
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == 503
    assert caught.value.retryable is True
    assert len(server.requests_to("/identity/token")) == 1  # the SDK's own retries are off
    await model.aclose()


@pytest.mark.parametrize(
    ("status", "retryable"), [(400, False), (401, False), (404, False), (429, True), (500, True)]
)
async def test_error_statuses_map_to_api_status_errors(
    server: WatsonxServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    model = make_llm(server)
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    assert len(server.requests_to("/ml/v1/text/chat_stream")) == 1
    await model.aclose()


async def test_a_retryable_error_is_retried_by_livekits_loop(server: WatsonxServer) -> None:
    server.faults.status, server.faults.times = 429, 1
    model = make_llm(server)
    response = await model.chat(
        chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=1, retry_interval=0)
    ).collect()
    assert response.text == "Good morning, how can I help?"
    assert len(server.requests_to("/ml/v1/text/chat_stream")) == 2
    await model.aclose()


async def test_a_silent_server_times_out_within_the_attempt_timeout(server: WatsonxServer) -> None:
    model = make_llm(server)
    await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()  # token first
    server.faults.hang = True
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await model.chat(
            chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=0, timeout=0.3)
        ).collect()
    assert time.monotonic() - started < 2.0
    await model.aclose()


async def test_a_dropped_connection_mid_reply_is_not_retried(server: WatsonxServer) -> None:
    server.faults.close_mid_stream = True
    model = make_llm(server)
    received: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        async with model.chat(
            chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=2)
        ) as stream:
            async for chunk in stream:
                if chunk.delta and chunk.delta.content:
                    received.append(chunk.delta.content)
    assert received == ["Good"]
    assert caught.value.retryable is False
    assert len(server.requests_to("/ml/v1/text/chat_stream")) == 1
    await model.aclose()


async def test_an_error_event_inside_the_stream_is_an_api_error(server: WatsonxServer) -> None:
    server.script.error_event_after_fragments = "model overloaded"
    model = make_llm(server)
    with pytest.raises(APIError, match="model overloaded") as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert not isinstance(caught.value, APIStatusError)
    assert caught.value.retryable is False
    await model.aclose()


async def test_fallback_adapter_switches_from_a_failing_server_to_a_working_one(
    server: WatsonxServer, tls: TLSFiles
) -> None:
    async with WatsonxServer(tls) as broken:
        broken.faults.status = 500
        primary, secondary = make_llm(broken), make_llm(server)
        adapter = llm.FallbackAdapter([primary, secondary], attempt_timeout=5.0, retry_interval=0)

        response = await adapter.chat(chat_ctx=caller_says("Hi")).collect()

        assert response.text == "Good morning, how can I help?"
        assert broken.requests_to("/ml/v1/text/chat_stream")
        assert len(server.requests_to("/ml/v1/text/chat_stream")) == 1
        await adapter.aclose()
        await primary.aclose()
        await secondary.aclose()


def test_it_needs_exactly_one_of_project_or_space() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        WatsonxLLM(model_id=MODEL, api_key="k")
    with pytest.raises(ValueError, match="exactly one"):
        WatsonxLLM(model_id=MODEL, api_key="k", project_id="p", space_id="s")


def test_it_names_the_install_command_when_the_sdk_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ibm_watsonx_ai", None)
    monkeypatch.delitem(sys.modules, "voice.llm.watsonx")
    with pytest.raises(ImportError, match=r"pip install ibm-watsonx-ai"):
        importlib.import_module("voice.llm.watsonx")
