"""IBM Cloud IAM plus watsonx.ai's chat stream, over HTTPS (the SDK refuses plain http URLs).

``POST /identity/token`` exchanges an API key (form body ``apikey=...&grant_type=...apikey``,
``Authorization: Basic Yng6Yng=``) for a JWT bearer token whose ``exp`` the SDK reads to schedule
refreshes; an unknown key is a 400 with an IAM ``errorCode``. ``POST /ml/v1/text/chat_stream
?version=YYYY-MM-DD`` takes ``model_id``, ``messages``, ``project_id`` or ``space_id`` and the
sampling parameters, and answers server-sent events (``id:``, ``event: message``, ``data:``) in the
OpenAI chunk shape plus ``model_id``; the last chunk carries ``usage``. A failure after the stream
started is an ``event: error`` frame. Errors are ``{"errors": [...], "trace", "status_code"}``.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web

from tests.voice.servers import FakeServer, TLSFiles, drop_connection, sse


def _b64(obj: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def make_iam_jwt(*, lifetime: int = 3600) -> str:
    """A JWT shaped like IAM's: the SDK decodes ``exp`` (it never checks the signature)."""
    now = int(time.time())
    header = {"kid": "test", "alg": "RS256"}
    payload = {
        "iam_id": "iam-ServiceId-test",
        "sub": "ServiceId-test",
        "iat": now,
        "exp": now + lifetime,
        "scope": "ibm openid",
        "jti": uuid.uuid4().hex,
    }
    return f"{_b64(header)}.{_b64(payload)}.{secrets.token_urlsafe(32)}"


@dataclass
class WatsonxScript:
    fragments: list[str] = field(default_factory=lambda: ["Good", " morning, how", " can I help?"])
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    prompt_tokens: int = 88
    completion_tokens: int = 11
    error_event_after_fragments: str | None = None
    delay: float = 0.0


class WatsonxServer(FakeServer):
    def __init__(self, tls: TLSFiles, *, api_key: str = "wx-test-key") -> None:
        super().__init__(tls=tls.server_context)
        self.ca_file = tls.ca_file
        self.api_key = api_key
        self.script = WatsonxScript()
        self.iam_faults_status: int | None = None
        self.issued_tokens: list[str] = []

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/identity/token", self._token),
            web.post("/ml/v1/text/chat_stream", self._chat_stream),
        ]

    @property
    def iam_url(self) -> str:
        return f"{self.url}/identity/token"

    @staticmethod
    def _errors(status: int, code: str, message: str) -> web.Response:
        return web.json_response(
            {
                "errors": [{"code": code, "message": message}],
                "trace": uuid.uuid4().hex,
                "status_code": status,
            },
            status=status,
        )

    async def _token(self, request: web.Request) -> web.Response:
        recorded = await self.record(request)
        if self.iam_faults_status is not None:
            return web.json_response(
                {"errorCode": "BXNIM0000E", "errorMessage": "injected"},
                status=self.iam_faults_status,
            )
        form = parse_qs(recorded.body.decode())
        if form.get("grant_type") != ["urn:ibm:params:oauth:grant-type:apikey"]:
            return web.json_response(
                {"errorCode": "BXNIM0109E", "errorMessage": "Property missing or empty"}, status=400
            )
        if form.get("apikey") != [self.api_key]:
            return web.json_response(
                {"errorCode": "BXNIM0415E", "errorMessage": "Provided API key could not be found."},
                status=400,
            )
        token = make_iam_jwt()
        self.issued_tokens.append(token)
        return web.json_response(
            {
                "access_token": token,
                "refresh_token": "not_supported",
                "token_type": "Bearer",
                "expires_in": 3600,
                "expiration": int(time.time()) + 3600,
                "scope": "ibm openid",
            }
        )

    async def _chat_stream(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer not in self.issued_tokens:
            return self._errors(
                401,
                "authentication_token_not_valid",
                "Failed to authenticate the request due to invalid token",
            )
        if not recorded.param("version"):
            return self._errors(400, "missing_version", "Missing version parameter")
        faults = self.faults.take()
        if faults.hang:
            await self.hang()
        if faults.status is not None:
            return self._errors(faults.status, "injected", f"injected {faults.status}")
        body = recorded.json()
        if not (body.get("project_id") or body.get("space_id")):
            return self._errors(
                400, "json_validation_error", "Either 'project_id' or 'space_id' must be specified"
            )

        script = self.script
        base = {
            "id": f"chat-{uuid.uuid4().hex}",
            "object": "chat.completion.chunk",
            "model_id": body["model_id"],
            "model": body["model_id"],
            "created": int(time.time()),
            "model_version": "3.3.0",
            "created_at": "2026-01-01T00:00:00.000Z",
        }
        counter = 0

        async def send(payload: dict[str, Any]) -> None:
            nonlocal counter
            counter += 1
            await response.write(sse(payload, event="message", id=str(counter)))

        def choice(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {**base, "choices": [{"index": 0, "finish_reason": finish, "delta": delta}]}

        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await send(choice({"role": "assistant", "content": ""}))
        for index, fragment in enumerate(script.fragments):
            if script.delay:
                await asyncio.sleep(script.delay)
            await send(choice({"content": fragment}))
            if faults.close_mid_stream and index == 0:
                drop_connection(request)
                return response
        if script.error_event_after_fragments is not None:
            counter += 1
            await response.write(
                sse(
                    {
                        "errors": [
                            {
                                "code": "internal_error",
                                "message": script.error_event_after_fragments,
                            }
                        ],
                        "status_code": 500,
                    },
                    event="error",
                    id=str(counter),
                )
            )
            await response.write_eof()
            return response
        for call in script.tool_calls:  # each a delta; same "index" = same call continued
            await send(choice({"tool_calls": [call]}))
        usage = {
            "completion_tokens": script.completion_tokens,
            "prompt_tokens": script.prompt_tokens,
            "total_tokens": script.completion_tokens + script.prompt_tokens,
        }
        finish = "tool_calls" if script.tool_calls else "stop"
        await send({**choice({"content": ""}, finish), "usage": usage})
        await response.write_eof()
        return response
