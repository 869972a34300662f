"""The OpenAI Chat Completions API (and the compatible servers: vLLM, llama.cpp, Groq, ...).

``POST /v1/chat/completions`` with ``stream: true`` answers server-sent events, one
``chat.completion.chunk`` per ``data:`` line: a role delta, content deltas, tool-call deltas whose
``arguments`` arrive in pieces, a ``finish_reason`` chunk, then, when the request asked for
``stream_options.include_usage``, a chunk with empty ``choices`` and the ``usage``; ``data: [DONE]``
ends the stream. Errors are ``{"error": {"message", "type", "code"}}`` bodies. ``GET /v1/models``
is what clients call to warm the connection.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.voice.servers import FakeServer, drop_connection, sse


@dataclass
class ToolCallScript:
    name: str
    arguments: str
    call_id: str = "call_abc123"


@dataclass
class OpenAIScript:
    fragments: list[str] = field(default_factory=lambda: ["Sure", ", what day", " suits you?"])
    tool_calls: list[ToolCallScript] = field(default_factory=list)
    prompt_tokens: int = 120
    completion_tokens: int = 9
    cached_tokens: int = 64
    delay: float = 0.0  # before each fragment
    first_token_delay: float = 0.0  # before the first fragment: a cloud model's time to first token


class OpenAIServer(FakeServer):
    def __init__(self, *, api_key: str | None = "sk-test") -> None:
        super().__init__()
        self.api_key = api_key
        self.script = OpenAIScript()
        self.models = ["gpt-4.1-mini"]

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v1/chat/completions", self._completions),
            web.get("/v1/models", self._models),
        ]

    @staticmethod
    def _error(status: int, message: str, code: str | None = None) -> web.Response:
        kind = "invalid_request_error" if status < 500 else "server_error"
        return web.json_response(
            {"error": {"message": message, "type": kind, "param": None, "code": code}},
            status=status,
        )

    def _unauthorised(self, request: web.Request) -> web.Response | None:
        if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            return self._error(401, "Incorrect API key provided.", "invalid_api_key")
        return None

    async def _models(self, request: web.Request) -> web.Response:
        await self.record(request)
        if denied := self._unauthorised(request):
            return denied
        return web.json_response(
            {
                "object": "list",
                "data": [
                    {"id": m, "object": "model", "created": 0, "owned_by": "test"}
                    for m in self.models
                ],
            }
        )

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        if denied := self._unauthorised(request):
            return denied
        faults = self.faults.take()
        if faults.hang:
            await self.hang()
        if faults.status is not None:
            return self._error(faults.status, f"injected {faults.status}")
        body = recorded.json()
        model = body.get("model")
        if model not in self.models:
            return self._error(404, f"The model `{model}` does not exist.", "model_not_found")
        if not body.get("stream"):
            return self._error(400, "this test server only streams")

        script = self.script
        base = {
            "id": "chatcmpl-test1",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_test",
        }

        def choice(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {
                **base,
                "choices": [
                    {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
                ],
            }

        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(sse(choice({"role": "assistant", "content": ""})))
        if script.first_token_delay:
            await asyncio.sleep(script.first_token_delay)
        for index, fragment in enumerate(script.fragments):
            if script.delay:
                await asyncio.sleep(script.delay)
            await response.write(sse(choice({"content": fragment})))
            if faults.close_mid_stream and index == 0:
                drop_connection(request)
                return response
        for index, call in enumerate(script.tool_calls):
            head = {
                "index": index,
                "id": call.call_id,
                "type": "function",
                "function": {"name": call.name, "arguments": ""},
            }
            await response.write(sse(choice({"tool_calls": [head]})))
            half = len(call.arguments) // 2
            for piece in (call.arguments[:half], call.arguments[half:]):
                await response.write(
                    sse(
                        choice({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
                    )
                )
        await response.write(sse(choice({}, "tool_calls" if script.tool_calls else "stop")))
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {
                "prompt_tokens": script.prompt_tokens,
                "completion_tokens": script.completion_tokens,
                "total_tokens": script.prompt_tokens + script.completion_tokens,
                "prompt_tokens_details": {"cached_tokens": script.cached_tokens},
                "completion_tokens_details": {"reasoning_tokens": 0},
            }
            await response.write(sse({**base, "choices": [], "usage": usage}))
        await response.write(sse("[DONE]"))
        await response.write_eof()
        return response
