"""Ollama's native REST API: ``POST /api/chat`` streamed as NDJSON, the way ``ollama serve`` does.

Each streamed line is a ``ChatResponse``: ``message.content`` fragments with ``done: false``,
then one ``done: true`` line carrying ``done_reason`` and the token counts
(``prompt_eval_count``, ``eval_count``). An empty ``messages`` list only loads the model (what a
warm-up sends) and answers ``done_reason: "load"``. Errors are ``{"error": "..."}`` bodies, and a
failure after streaming started is an ``{"error": ...}`` line in the stream.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from tests.voice.servers import FakeServer, drop_connection


@dataclass
class OllamaScript:
    """What the model "says": content fragments, tool calls, the counts on the final line."""

    fragments: list[str] = field(default_factory=lambda: ["Hello", ", how can", " I help?"])
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    prompt_eval_count: int = 42
    eval_count: int = 7
    error_after_fragments: str | None = None
    delay: float = 0.0


class OllamaServer(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.script = OllamaScript()
        self.models = ["qwen2.5:0.5b"]

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/api/chat", self._chat)]

    @staticmethod
    def _now() -> str:
        return datetime.now(UTC).isoformat().replace("+00:00", "Z")

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        body = recorded.json()
        faults = self.faults.take()
        if faults.hang:
            await self.hang()
        if faults.status is not None:
            return web.json_response({"error": f"injected {faults.status}"}, status=faults.status)
        model = body.get("model", "")
        if model not in self.models:
            return web.json_response(
                {"error": f"model '{model}' not found, try pulling it first"}, status=404
            )

        script = self.script
        base = {"model": model, "created_at": self._now()}
        final = {
            **base,
            "message": {"role": "assistant", "content": ""},
            "done": True,
            "done_reason": "stop",
            "total_duration": 123_000_000,
            "load_duration": 1_000_000,
            "prompt_eval_count": script.prompt_eval_count,
            "prompt_eval_duration": 10_000_000,
            "eval_count": script.eval_count,
            "eval_duration": 100_000_000,
        }
        if not body.get("messages"):
            return web.json_response({**final, "done_reason": "load"})
        if body.get("stream") is False:
            content = "".join(script.fragments)
            message: dict[str, Any] = {"role": "assistant", "content": content}
            if script.tool_calls:
                message["tool_calls"] = script.tool_calls
            return web.json_response({**final, "message": message})

        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)

        async def line(obj: dict[str, Any]) -> None:
            await response.write(json.dumps(obj).encode() + b"\n")

        for index, fragment in enumerate(script.fragments):
            if script.delay:
                await asyncio.sleep(script.delay)
            await line(
                {**base, "message": {"role": "assistant", "content": fragment}, "done": False}
            )
            if faults.close_mid_stream and index == 0:
                drop_connection(request)
                return response
        if script.error_after_fragments is not None:
            await line({"error": script.error_after_fragments})
            await response.write_eof()
            return response
        if script.tool_calls:
            await line(
                {
                    **base,
                    "message": {
                        "role": "assistant",
                        "content": "",
                        "tool_calls": script.tool_calls,
                    },
                    "done": False,
                }
            )
        await line(final)
        await response.write_eof()
        return response
