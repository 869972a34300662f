"""Cartesia's TTS WebSocket, its bytes endpoint and voice cloning.

``GET /tts/websocket?cartesia_version=...`` (key in ``X-API-Key``) upgrades to a socket on which
the client sends one JSON message per piece of text: ``context_id``, ``transcript``, ``continue``,
``model_id``, ``voice`` (``{"mode": "id", "id": ...}``), ``output_format`` and ``language``. The
server answers, per context, ``chunk`` messages with base64 PCM in ``data``, ``timestamps``
messages (``word_timestamps``: words, start, end) when ``add_timestamps`` is set, and ``done``
once a message with ``continue: false`` has been spoken; failures are ``error`` messages.
``POST /tts/bytes`` takes the same JSON with the whole transcript and streams raw PCM back.
``POST /voices/clone`` takes a multipart upload (``clip``, ``name``, ``language``, ...) and returns
the new voice's metadata, its ``id`` first among them.
"""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from tests.voice.servers import FakeServer, RecordedRequest, drop_connection, pcm_tone

SECONDS_PER_CHARACTER = 0.01


def speech_for(text: str, sample_rate: int) -> bytes:
    """The "speech" for a piece of text: a tone whose length follows the text, so tests can
    predict exactly how much audio comes back."""
    return pcm_tone(max(len(text.strip()), 1) * SECONDS_PER_CHARACTER, sample_rate=sample_rate)


@dataclass
class ClonedVoice:
    request: RecordedRequest
    fields: dict[str, str]
    clip: bytes
    clip_filename: str
    clip_content_type: str
    voice_id: str


@dataclass
class TTSSocket:
    """One WebSocket connection as the server saw it."""

    request: RecordedRequest
    messages: list[dict[str, Any]] = field(default_factory=list)


class CartesiaServer(FakeServer):
    def __init__(self, *, api_key: str = "sk_car_test") -> None:
        super().__init__()
        self.api_key = api_key
        self.sockets: list[TTSSocket] = []
        self.clones: list[ClonedVoice] = []
        self.error_message: str | None = None
        self.first_audio_delay = 0.0  # seconds before a context's first chunk, as a cloud voice

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/tts/websocket", self._websocket),
            web.post("/tts/bytes", self._bytes),
            web.post("/voices/clone", self._clone),
        ]

    def _authorised(self, request: web.Request) -> bool:
        return (
            request.headers.get("X-API-Key") == self.api_key
            or request.headers.get("Authorization") == f"Bearer {self.api_key}"
        )

    @staticmethod
    def _refuse(status: int, message: str) -> web.Response:
        return web.json_response(
            {"error": message, "message": message, "request_id": str(uuid.uuid4())},
            status=status,
        )

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        faults = self.faults.take()
        if not self._authorised(request):
            return self._refuse(401, "Invalid API key")
        if faults.status is not None:
            return self._refuse(faults.status, f"injected {faults.status}")
        if not recorded.param("cartesia_version"):
            return self._refuse(400, "cartesia_version is required")

        ws = web.WebSocketResponse()
        await ws.prepare(request)
        socket = TTSSocket(request=recorded)
        self.sockets.append(socket)
        started: set[str] = set()
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            body = json.loads(message.data)
            socket.messages.append(body)
            context_id = body["context_id"]
            if faults.hang:
                continue
            if self.error_message is not None:
                await ws.send_json(
                    {
                        "type": "error",
                        "context_id": context_id,
                        "done": True,
                        "status_code": 400,
                        "error": self.error_message,
                    }
                )
                continue
            rate = body["output_format"]["sample_rate"]
            text = body.get("transcript", "")
            if text.strip():
                if self.first_audio_delay and context_id not in started:
                    await asyncio.sleep(self.first_audio_delay)
                started.add(context_id)
                audio = speech_for(text, rate)
                quarter = max(len(audio) // 4 // 2 * 2, 2)
                for start in range(0, len(audio), quarter):
                    await ws.send_json(
                        {
                            "type": "chunk",
                            "context_id": context_id,
                            "done": False,
                            "status_code": 206,
                            "step_time": 1.0,
                            "data": base64.b64encode(audio[start : start + quarter]).decode(),
                        }
                    )
                    if faults.close_mid_stream:
                        await ws.close(code=1011, message=b"internal error")
                        return ws
                if body.get("add_timestamps"):
                    await ws.send_json(self._timestamps(context_id, text))
            if body.get("continue") is False:
                await ws.send_json(
                    {"type": "done", "context_id": context_id, "done": True, "status_code": 206}
                )
        return ws

    @staticmethod
    def _timestamps(context_id: str, text: str) -> dict[str, Any]:
        words = text.split()
        starts, ends, clock = [], [], 0.0
        for word in words:
            starts.append(round(clock, 3))
            clock += len(word) * SECONDS_PER_CHARACTER
            ends.append(round(clock, 3))
        return {
            "type": "timestamps",
            "context_id": context_id,
            "done": False,
            "status_code": 206,
            "word_timestamps": {"words": words, "start": starts, "end": ends},
        }

    async def _bytes(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        faults = self.faults.take()
        if not self._authorised(request):
            return self._refuse(401, "Invalid API key")
        if faults.hang:
            await self.hang()
        if faults.status is not None:
            return self._refuse(faults.status, f"injected {faults.status}")
        body = recorded.json()
        if body.get("output_format", {}).get("container") != "raw":
            return self._refuse(400, "this test server only returns raw PCM")
        audio = speech_for(body["transcript"], body["output_format"]["sample_rate"])
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        await response.prepare(request)
        half = len(audio) // 2 // 2 * 2
        await response.write(audio[:half])
        if faults.close_mid_stream:
            await asyncio.sleep(0.05)
            drop_connection(request)
            return response
        await response.write(audio[half:])
        await response.write_eof()
        return response

    async def _clone(self, request: web.Request) -> web.Response:
        faults = self.faults.take()
        if not self._authorised(request):
            await self.record(request)
            return self._refuse(401, "Invalid API key")
        if faults.status is not None:
            await self.record(request)
            return self._refuse(faults.status, f"injected {faults.status}")
        recorded = RecordedRequest(
            method=request.method, path=request.path, query={}, headers=request.headers.copy()
        )
        self.requests.append(recorded)
        fields: dict[str, str] = {}
        clip, filename, content_type = b"", "", ""
        async for part in await request.multipart():
            if part.name == "clip":
                clip = await part.read()  # type: ignore[union-attr]
                filename = part.filename or ""  # type: ignore[union-attr]
                content_type = part.headers.get("Content-Type", "")
            elif part.name:
                fields[part.name] = await part.text()  # type: ignore[union-attr]
        if not clip or not fields.get("name") or not fields.get("language"):
            return self._refuse(400, "clip, name and language are required")
        voice_id = str(uuid.uuid4())
        self.clones.append(ClonedVoice(recorded, fields, clip, filename, content_type, voice_id))
        return web.json_response(
            {
                "id": voice_id,
                "user_id": "user_test",
                "access": "private",
                "visibility": "owner",
                "name": fields["name"],
                "description": fields.get("description", ""),
                "tagline": "",
                "language": fields["language"],
                "created_at": datetime.now(UTC).isoformat(),
            }
        )
