"""The OpenAI-compatible fallback LLM against a local Chat Completions SSE server."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import AsyncIterator

import pytest
from livekit.agents import (
    APIConnectionError,
    APIConnectOptions,
    APIStatusError,
    APITimeoutError,
    llm,
)

from tests.voice.servers.openai_server import OpenAIServer, ToolCallScript
from voice.llm.openai import build_openai_llm

NO_RETRY = APIConnectOptions(max_retry=0, timeout=5.0)


@pytest.fixture
async def server() -> AsyncIterator[OpenAIServer]:
    async with OpenAIServer() as s:
        yield s


def caller_says(text: str) -> llm.ChatContext:
    ctx = llm.ChatContext()
    ctx.add_message(role="system", content="You are the receptionist of a dental practice.")
    ctx.add_message(role="user", content=text)
    return ctx


def make_llm(server: OpenAIServer, **kwargs: object) -> llm.LLM:
    options = {"model": "gpt-4.1-mini", "api_key": "sk-test", "base_url": f"{server.url}/v1"}
    options.update(kwargs)
    return build_openai_llm(**options)  # type: ignore[arg-type]


async def test_it_streams_the_reply_and_reports_usage(server: OpenAIServer) -> None:
    model = make_llm(server)
    chunks = [c async for c in model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY)]

    assert [c.delta.content for c in chunks if c.delta and c.delta.content] == [
        "Sure",
        ", what day",
        " suits you?",
    ]
    [usage] = [c.usage for c in chunks if c.usage]
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (120, 9, 129)
    assert usage.prompt_cached_tokens == 64
    await model.aclose()


async def test_it_sends_model_temperature_key_and_asks_for_usage(server: OpenAIServer) -> None:
    model = make_llm(
        server,
        temperature=0.3,
        max_completion_tokens=200,
        extra_headers={"X-Tenant": "smile-dental"},
    )
    await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    [request] = server.requests_to("/v1/chat/completions")
    body = request.json()
    assert body["model"] == "gpt-4.1-mini"
    assert body["temperature"] == 0.3
    assert body["max_completion_tokens"] == 200
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["messages"][-1] == {"role": "user", "content": "Hi"}
    assert request.headers["Authorization"] == "Bearer sk-test"
    assert request.headers["X-Tenant"] == "smile-dental"
    await model.aclose()


@llm.function_tool
async def book_appointment(day: str) -> str:
    """Book an appointment on a day."""
    return "booked"


async def test_streamed_tool_call_arguments_are_reassembled(server: OpenAIServer) -> None:
    server.script.fragments = []
    server.script.tool_calls = [ToolCallScript("book_appointment", '{"day": "Tuesday"}')]
    model = make_llm(server)

    response = await model.chat(
        chat_ctx=caller_says("Tuesday"), tools=[book_appointment], conn_options=NO_RETRY
    ).collect()

    [call] = response.tool_calls
    assert (call.name, call.arguments, call.call_id) == (
        "book_appointment",
        '{"day": "Tuesday"}',
        "call_abc123",
    )
    await model.aclose()


async def test_a_wrong_key_is_a_non_retryable_401(server: OpenAIServer) -> None:
    model = make_llm(server, api_key="sk-wrong")
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == 401
    assert caught.value.retryable is False
    await model.aclose()


@pytest.mark.parametrize(("status", "retryable"), [(400, False), (429, True), (500, True)])
async def test_error_statuses_map_to_api_status_errors(
    server: OpenAIServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    model = make_llm(server)
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    await model.aclose()


async def test_a_silent_server_times_out_within_the_attempt_timeout(server: OpenAIServer) -> None:
    server.faults.hang = True
    model = make_llm(server)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await model.chat(
            chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=0, timeout=0.3)
        ).collect()
    assert time.monotonic() - started < 2.0
    await model.aclose()


async def test_a_dropped_connection_mid_reply_is_not_retried(server: OpenAIServer) -> None:
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
    assert received == ["Sure"]
    assert caught.value.retryable is False
    assert len(server.requests_to("/v1/chat/completions")) == 1
    await model.aclose()


async def test_fallback_adapter_switches_from_a_failing_server_to_a_working_one(
    server: OpenAIServer,
) -> None:
    async with OpenAIServer() as broken:
        broken.faults.status = 503
        primary, secondary = make_llm(broken), make_llm(server)
        adapter = llm.FallbackAdapter([primary, secondary], attempt_timeout=2.0, retry_interval=0)

        response = await adapter.chat(chat_ctx=caller_says("Hi")).collect()

        assert response.text == "Sure, what day suits you?"
        assert broken.requests_to("/v1/chat/completions")
        assert len(server.requests_to("/v1/chat/completions")) == 1
        await adapter.aclose()
        await primary.aclose()
        await secondary.aclose()


def test_it_refuses_an_empty_key_rather_than_reading_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    with pytest.raises(ValueError, match="api_key"):
        build_openai_llm(model="gpt-4.1-mini", api_key="")


def test_it_names_the_install_command_when_the_plugin_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import livekit.plugins

    monkeypatch.setitem(sys.modules, "livekit.plugins.openai", None)
    monkeypatch.delattr(livekit.plugins, "openai")
    monkeypatch.delitem(sys.modules, "voice.llm.openai")
    with pytest.raises(ImportError, match=r"pip install livekit-plugins-openai"):
        importlib.import_module("voice.llm.openai")


async def test_calls_share_one_http_client_per_endpoint(server: OpenAIServer) -> None:
    """Each call builds its own LLM; they share the endpoint's client (its SSL context costs
    tens of milliseconds to build), and closing one call's LLM leaves the others working."""
    first, second = make_llm(server), make_llm(server, temperature=0.2)
    other = make_llm(server, api_key="sk-other")
    assert first._client is second._client
    assert other._client is not first._client

    await first.aclose()
    chunks = [c async for c in second.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY)]
    assert any(c.delta and c.delta.content for c in chunks)
    await second.aclose()
    await other.aclose()
