"""OllamaLLM against a local server speaking Ollama's native /api/chat NDJSON stream."""

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

from tests.voice.servers.ollama_server import OllamaServer
from voice.llm.ollama import OllamaLLM

NO_RETRY = APIConnectOptions(max_retry=0, timeout=5.0)


@pytest.fixture
async def server() -> AsyncIterator[OllamaServer]:
    async with OllamaServer() as s:
        yield s


def caller_says(text: str) -> llm.ChatContext:
    ctx = llm.ChatContext()
    ctx.add_message(role="system", content="You are the receptionist of a dental practice.")
    ctx.add_message(role="user", content=text)
    return ctx


def make_llm(server: OllamaServer, **kwargs: object) -> OllamaLLM:
    return OllamaLLM(model="qwen2.5:0.5b", host=server.url, **kwargs)  # type: ignore[arg-type]


async def test_it_streams_the_reply_as_chat_chunks(server: OllamaServer) -> None:
    model = make_llm(server)
    chunks = [c async for c in model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY)]

    texts = [c.delta.content for c in chunks if c.delta and c.delta.content]
    assert texts == ["Hello", ", how can", " I help?"]
    assert all(c.delta.role == "assistant" for c in chunks if c.delta)
    assert len({c.id for c in chunks}) == 1
    await model.aclose()


async def test_it_reports_usage_from_the_final_line(server: OllamaServer) -> None:
    server.script.prompt_eval_count = 613
    server.script.eval_count = 19
    model = make_llm(server)
    metrics: list[object] = []
    model.on("metrics_collected", metrics.append)

    response = await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    assert response.text == "Hello, how can I help?"
    assert response.usage is not None
    assert (response.usage.prompt_tokens, response.usage.completion_tokens) == (613, 19)
    assert response.usage.total_tokens == 632
    assert [m.completion_tokens for m in metrics] == [19]  # type: ignore[attr-defined]
    await model.aclose()


async def test_it_sends_keep_alive_options_and_history_natively(server: OllamaServer) -> None:
    model = make_llm(server, temperature=0.2, num_ctx=4096, keep_alive="1h", think=False)
    await model.chat(
        chat_ctx=caller_says("Can I book a cleaning?"), conn_options=NO_RETRY
    ).collect()

    body = server.requests_to("/api/chat")[0].json()
    assert body["model"] == "qwen2.5:0.5b"
    assert body["stream"] is True
    assert body["keep_alive"] == "1h"
    assert body["think"] is False
    assert body["options"] == {"temperature": 0.2, "num_ctx": 4096}
    assert body["messages"] == [
        {"role": "system", "content": "You are the receptionist of a dental practice."},
        {"role": "user", "content": "Can I book a cleaning?"},
    ]
    await model.aclose()


async def test_temperature_can_be_changed_per_instance(server: OllamaServer) -> None:
    model = make_llm(server, temperature=0.7)
    model.temperature = 0.0
    await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    model.temperature = None
    await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    first, second = (r.json() for r in server.requests_to("/api/chat"))
    assert first["options"] == {"temperature": 0.0}
    assert "options" not in second
    await model.aclose()


@llm.function_tool
async def book_appointment(day: str, time_of_day: str) -> str:
    """Book an appointment.

    Args:
        day: The day, e.g. "Tuesday".
        time_of_day: "morning" or "afternoon".
    """
    return "booked"


async def test_it_offers_tools_and_returns_the_models_tool_calls(server: OllamaServer) -> None:
    server.script.fragments = []
    server.script.tool_calls = [
        {
            "function": {
                "name": "book_appointment",
                "arguments": {"day": "Tuesday", "time_of_day": "morning"},
            }
        }
    ]
    model = make_llm(server)

    response = await model.chat(
        chat_ctx=caller_says("Tuesday morning please"),
        tools=[book_appointment],
        conn_options=NO_RETRY,
    ).collect()

    [call] = response.tool_calls
    assert call.name == "book_appointment"
    assert call.call_id
    assert call.arguments == '{"day": "Tuesday", "time_of_day": "morning"}'
    [tool] = server.requests_to("/api/chat")[0].json()["tools"]
    assert tool["function"]["name"] == "book_appointment"
    assert set(tool["function"]["parameters"]["properties"]) == {"day", "time_of_day"}
    await model.aclose()


@llm.function_tool
async def leave_message(caller_name: str, note: str | None = None) -> str:
    """Leave a message for the dentist.

    Args:
        caller_name: Who is calling.
        note: What to pass on, if anything.
    """
    return "noted"


async def test_optional_tool_parameters_keep_their_type(server: OllamaServer) -> None:
    model = make_llm(server)
    await model.chat(
        chat_ctx=caller_says("Tell her I called"), tools=[leave_message], conn_options=NO_RETRY
    ).collect()

    [tool] = server.requests_to("/api/chat")[0].json()["tools"]
    properties = tool["function"]["parameters"]["properties"]
    assert properties["note"]["type"] == "string"
    assert properties["note"]["description"] == "What to pass on, if anything."
    assert tool["function"]["parameters"]["required"] == ["caller_name"]
    await model.aclose()


async def test_tool_choice_none_offers_no_tools(server: OllamaServer) -> None:
    model = make_llm(server)
    await model.chat(
        chat_ctx=caller_says("Hi"),
        tools=[leave_message],
        tool_choice="none",
        conn_options=NO_RETRY,
    ).collect()
    assert not server.requests_to("/api/chat")[0].json().get("tools")  # the client sends []
    await model.aclose()


async def test_it_replays_tool_calls_and_results_in_ollamas_shape(server: OllamaServer) -> None:
    ctx = caller_says("Tuesday morning please")
    ctx.insert(
        llm.FunctionCall(
            call_id="c1",
            name="book_appointment",
            arguments='{"day": "Tuesday", "time_of_day": "morning"}',
        )
    )
    ctx.insert(
        llm.FunctionCallOutput(
            call_id="c1", name="book_appointment", output="booked", is_error=False
        )
    )
    model = make_llm(server)
    await model.chat(chat_ctx=ctx, conn_options=NO_RETRY).collect()

    messages = server.requests_to("/api/chat")[0].json()["messages"]
    assert messages[-2]["tool_calls"] == [
        {
            "function": {
                "name": "book_appointment",
                "arguments": {"day": "Tuesday", "time_of_day": "morning"},
            }
        }
    ]
    assert messages[-1] == {"role": "tool", "content": "booked", "tool_name": "book_appointment"}
    await model.aclose()


async def test_prewarm_loads_the_model_with_keep_alive(server: OllamaServer) -> None:
    model = make_llm(server, keep_alive=-1)
    model.prewarm()
    assert model._prewarm_task is not None
    await model._prewarm_task

    [load] = server.requests_to("/api/chat")
    assert "messages" not in load.json() or load.json()["messages"] == []
    assert load.json()["keep_alive"] == -1
    await model.aclose()


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(400, False), (401, False), (408, True), (429, True), (500, True), (503, True)],
)
async def test_error_statuses_map_to_api_status_errors(
    server: OllamaServer, status: int, retryable: bool
) -> None:
    server.faults.status = status
    model = make_llm(server)

    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()

    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    await model.aclose()


async def test_an_unknown_model_is_a_non_retryable_404(server: OllamaServer) -> None:
    model = OllamaLLM(model="llama-nope", host=server.url)
    with pytest.raises(APIStatusError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.status_code == 404
    assert "not found" in caught.value.message
    assert caught.value.retryable is False
    await model.aclose()


async def test_a_retryable_error_is_retried_by_livekits_loop(server: OllamaServer) -> None:
    server.faults.status, server.faults.times = 503, 1
    model = make_llm(server)

    response = await model.chat(
        chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=1, retry_interval=0)
    ).collect()

    assert response.text == "Hello, how can I help?"
    assert len(server.requests_to("/api/chat")) == 2
    await model.aclose()


async def test_a_silent_server_times_out_within_the_attempt_timeout(server: OllamaServer) -> None:
    server.faults.hang = True
    model = make_llm(server)

    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await model.chat(
            chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=0, timeout=0.3)
        ).collect()

    assert time.monotonic() - started < 2.0
    assert caught.value.retryable is True
    await model.aclose()


async def test_a_stall_between_chunks_times_out_too(server: OllamaServer) -> None:
    server.script.delay = 1.0
    model = make_llm(server)
    with pytest.raises(APITimeoutError):
        await model.chat(
            chat_ctx=caller_says("Hi"), conn_options=APIConnectOptions(max_retry=0, timeout=0.3)
        ).collect()
    await model.aclose()


async def test_a_dropped_connection_mid_reply_is_not_retried(server: OllamaServer) -> None:
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

    assert received == ["Hello"]
    assert caught.value.retryable is False
    assert len(server.requests_to("/api/chat")) == 1
    await model.aclose()


async def test_an_error_line_inside_the_stream_is_an_api_error(server: OllamaServer) -> None:
    server.script.error_after_fragments = "model runner has unexpectedly stopped"
    model = make_llm(server)
    with pytest.raises(APIError, match="unexpectedly stopped") as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.retryable is False  # part of the reply was already out
    await model.aclose()


async def test_nothing_listening_is_a_retryable_connection_error() -> None:
    async with OllamaServer() as gone:
        url = gone.url
    model = OllamaLLM(model="qwen2.5:0.5b", host=url)
    with pytest.raises(APIConnectionError) as caught:
        await model.chat(chat_ctx=caller_says("Hi"), conn_options=NO_RETRY).collect()
    assert caught.value.retryable is True
    await model.aclose()


async def test_fallback_adapter_switches_from_a_failing_server_to_a_working_one(
    server: OllamaServer,
) -> None:
    async with OllamaServer() as broken:
        broken.faults.status = 500
        adapter = llm.FallbackAdapter(
            [make_llm(broken), make_llm(server)], attempt_timeout=2.0, retry_interval=0
        )
        changes: list[bool] = []
        adapter.on("llm_availability_changed", lambda ev: changes.append(ev.available))

        response = await adapter.chat(chat_ctx=caller_says("Hi")).collect()

        assert response.text == "Hello, how can I help?"
        assert len(broken.requests_to("/api/chat")) >= 1
        assert len(server.requests_to("/api/chat")) == 1
        assert changes[0] is False
        await adapter.aclose()


def test_it_names_the_install_command_when_the_sdk_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ollama", None)
    monkeypatch.delitem(sys.modules, "voice.llm.ollama")
    with pytest.raises(ImportError, match=r"pip install ollama"):
        importlib.import_module("voice.llm.ollama")
