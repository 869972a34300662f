"""Ollama through its native chat API, not the OpenAI-compatible ``/v1`` shim.

The native API is the one that takes ``keep_alive`` (keep the model resident between calls, so a
caller never waits for a cold load) and per-request ``options`` such as ``num_ctx``; the ``/v1``
shim silently drops both.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import httpx
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectionError,
    APIConnectOptions,
    APIError,
    APIStatusError,
    APITimeoutError,
    llm,
    utils,
)
from livekit.agents.types import NOT_GIVEN, NotGivenOr

from voice.errors import SDKMissing

try:
    import ollama
except ImportError as exc:  # pragma: no cover - exercised by test_it_names_the_install_command
    raise SDKMissing("ollama", "ollama==0.6.3") from exc

PROVIDER = "ollama"


class OllamaLLM(llm.LLM):
    """Streams a reply from an Ollama server; one instance per model and sampling setup."""

    def __init__(
        self,
        *,
        model: str,
        host: str = "http://127.0.0.1:11434",
        temperature: float | None = None,
        num_ctx: int | None = None,
        keep_alive: float | str | None = "30m",
        think: bool | None = None,
        options: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._model = model
        self._host = host
        self._keep_alive = keep_alive
        self._think = think
        self._options: dict[str, Any] = dict(options or {})
        if temperature is not None:
            self._options["temperature"] = temperature
        if num_ctx is not None:
            self._options["num_ctx"] = num_ctx
        # no client-level timeout: each attempt is bounded by its conn_options instead
        self._client = ollama.AsyncClient(host=host, headers=dict(headers or {}), timeout=None)

    @property
    def model(self) -> str:
        return self._model

    @property
    def provider(self) -> str:
        return PROVIDER

    @property
    def temperature(self) -> float | None:
        return self._options.get("temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        if value is None:
            self._options.pop("temperature", None)
        else:
            self._options["temperature"] = value

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[llm.ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> OllamaLLMStream:
        # Ollama has no tool_choice; "none" is honoured by not offering the tools at all
        offered = [] if tool_choice == "none" else list(tools or [])
        return OllamaLLMStream(self, chat_ctx=chat_ctx, tools=offered, conn_options=conn_options)

    async def _prewarm_impl(self) -> None:
        # an empty message list makes Ollama load the model and keep it for keep_alive
        await self._client.chat(model=self._model, messages=[], keep_alive=self._keep_alive)

    async def aclose(self) -> None:
        await super().aclose()
        await self._client.close()

    def _request(self, chat_ctx: llm.ChatContext, tools: list[llm.Tool]) -> dict[str, Any]:
        schemas = (
            [
                _flatten_optionals(schema)
                for schema in llm.ToolContext(tools).parse_function_tools("openai", strict=False)
            ]
            if tools
            else None
        )
        return {
            "model": self._model,
            "messages": to_ollama_messages(chat_ctx),
            "tools": schemas,
            "stream": True,
            "keep_alive": self._keep_alive,
            "options": dict(self._options) or None,
            "think": self._think,
        }


class OllamaLLMStream(llm.LLMStream):
    async def _run(self) -> None:
        ollama_llm: OllamaLLM = self._llm  # type: ignore[assignment]
        request_id = utils.shortuuid("ollama-")
        timeout = self._conn_options.timeout
        # once the caller heard part of a reply, a retry would repeat it
        retryable = True
        parts = None
        try:
            parts = await ollama_llm._client.chat(
                **ollama_llm._request(self._chat_ctx, self._tools)
            )
            while True:
                # a bound per chunk, like an HTTP read timeout: a long reply is fine, a stall is not
                async with asyncio.timeout(timeout):
                    try:
                        part = await anext(parts)
                    except StopAsyncIteration:
                        break
                chunk = _to_chat_chunk(request_id, part)
                if chunk is not None:
                    if chunk.has_response():
                        retryable = False
                    self._event_ch.send_nowait(chunk)
        except TimeoutError:
            raise APITimeoutError(retryable=retryable) from None
        except ollama.ResponseError as e:
            if e.status_code >= 400:
                raise APIStatusError(
                    e.error, status_code=e.status_code, body=e.error, retryable=retryable
                ) from None
            # an {"error": ...} line inside a stream that had started: the server failed mid-reply
            raise APIError(f"ollama: {e.error}", body=e.error, retryable=retryable) from None
        except httpx.TimeoutException as e:
            raise APITimeoutError(retryable=retryable) from e
        except (ConnectionError, httpx.TransportError, json.JSONDecodeError) as e:
            raise APIConnectionError(f"ollama at {ollama_llm._host}", retryable=retryable) from e
        finally:
            if parts is not None:
                await parts.aclose()


def _to_chat_chunk(request_id: str, part: ollama.ChatResponse) -> llm.ChatChunk | None:
    message = part.message
    tool_calls = [
        llm.FunctionToolCall(
            name=call.function.name,
            arguments=json.dumps(dict(call.function.arguments)),
            call_id=utils.shortuuid("call_"),
        )
        for call in message.tool_calls or []
    ]
    usage = None
    if part.done:
        prompt = part.prompt_eval_count or 0
        completion = part.eval_count or 0
        usage = llm.CompletionUsage(
            prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion
        )
    if not message.content and not tool_calls and usage is None:
        return None
    delta = None
    if message.content or tool_calls:
        delta = llm.ChoiceDelta(
            role="assistant", content=message.content or None, tool_calls=tool_calls
        )
    return llm.ChatChunk(id=request_id, delta=delta, usage=usage)


def _flatten_optionals(schema: dict[str, Any]) -> dict[str, Any]:
    """``Optional[str]`` arrives as ``anyOf: [{type: string}, {type: null}]``, which the ollama
    client's Tool model drops, leaving the model no type at all; name the non-null type(s)."""
    properties = schema.get("function", {}).get("parameters", {}).get("properties", {})
    for prop in properties.values():
        if "type" in prop or "anyOf" not in prop:
            continue
        types = [a["type"] for a in prop["anyOf"] if a.get("type") not in (None, "null")]
        if types:
            prop["type"] = types[0] if len(types) == 1 else types
            items = [a["items"] for a in prop["anyOf"] if "items" in a]
            if items and "items" not in prop:
                prop["items"] = items[0]
    return schema


def to_ollama_messages(chat_ctx: llm.ChatContext) -> list[dict[str, Any]]:
    """The chat history in Ollama's message shape.

    Starts from LiveKit's OpenAI format and changes what Ollama reads differently: tool-call
    arguments are objects, not JSON strings; a tool result names its tool (``tool_name``) instead
    of a call id; images travel as base64 in ``images``; there is no "developer" role.
    """
    messages, _ = chat_ctx.to_provider_format("openai")
    tool_names: dict[str, str] = {}
    converted: list[dict[str, Any]] = []
    for msg in messages:
        role = "system" if msg["role"] == "developer" else msg["role"]
        out: dict[str, Any] = {"role": role}
        text, images = _split_content(msg.get("content"))
        out["content"] = text
        if images:
            out["images"] = images
        if calls := msg.get("tool_calls"):
            out["tool_calls"] = []
            for call in calls:
                tool_names[call["id"]] = call["function"]["name"]
                out["tool_calls"].append(
                    {
                        "function": {
                            "name": call["function"]["name"],
                            "arguments": json.loads(call["function"]["arguments"] or "{}"),
                        }
                    }
                )
        if role == "tool":
            out["tool_name"] = tool_names.get(msg.get("tool_call_id", ""), "")
        converted.append(out)
    return converted


def _split_content(content: Any) -> tuple[str, list[str]]:
    if content is None:
        return "", []
    if isinstance(content, str):
        return content, []
    texts: list[str] = []
    images: list[str] = []
    for part in content:
        if part.get("type") == "text":
            texts.append(part["text"])
        elif part.get("type") == "image_url":
            url: str = part["image_url"]["url"]
            # Ollama cannot fetch remote images; only inline data URLs can be passed on
            if url.startswith("data:") and ";base64," in url:
                images.append(url.split(";base64,", 1)[1])
    return "".join(texts), images
