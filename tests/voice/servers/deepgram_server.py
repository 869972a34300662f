"""Deepgram's live transcription WebSocket, ``/v1/listen``.

The options ride on the query string (``model``, ``language``, ``encoding=linear16``,
``sample_rate``, ``channels``, ``interim_results``, ``vad_events``, ...) and the key on
``Authorization: Token <key>``; a bad key or an outage is refused before the upgrade with an HTTP
status. After the upgrade the client sends binary audio frames and JSON control messages
(``KeepAlive``, ``Finalize``, ``CloseStream``); the server sends ``SpeechStarted``, ``Results``
(``is_final``/``speech_final``, ``channel.alternatives[].transcript`` and ``words``) and, on
``CloseStream``, a ``Metadata`` message before closing.

There is no recogniser behind it: the test scripts which transcript is "heard" after how many
seconds of audio arrived, because the protocol, not speech recognition, is what is under test.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from tests.voice.servers import FakeServer, RecordedRequest


@dataclass
class Heard:
    """A result the server sends once ``at`` seconds of audio have arrived on the connection."""

    at: float
    transcript: str
    is_final: bool
    speech_final: bool = False


def default_script() -> list[Heard]:
    return [
        Heard(0.3, "I'd like to", is_final=False),
        Heard(0.6, "I'd like to book a cleaning.", is_final=True, speech_final=True),
    ]


@dataclass
class ListenSession:
    """One WebSocket connection as the server saw it."""

    request: RecordedRequest
    sample_rate: int
    channels: int
    audio_bytes: int = 0
    controls: list[str] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    close_stream_received: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def audio_seconds(self) -> float:
        return self.audio_bytes / (2 * self.channels * self.sample_rate)


class DeepgramServer(FakeServer):
    def __init__(self, *, api_key: str = "dg-test") -> None:
        super().__init__()
        self.api_key = api_key
        self.script: list[Heard] = default_script()
        self.close_mid_stream_after: float = 0.2
        self.sessions: list[ListenSession] = []
        self.audio_arrived = asyncio.Event()

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/v1/listen", self._listen)]

    @staticmethod
    def _refuse(status: int, code: str, message: str) -> web.Response:
        return web.json_response(
            {"err_code": code, "err_msg": message, "request_id": str(uuid.uuid4())},
            status=status,
        )

    async def _listen(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        faults = self.faults.take()
        if faults.hang:
            await self.hang()
        if request.headers.get("Authorization") != f"Token {self.api_key}":
            return self._refuse(401, "INVALID_AUTH", "Invalid credentials.")
        if faults.status is not None:
            return self._refuse(faults.status, "INJECTED", f"injected {faults.status}")
        if recorded.param("encoding") != "linear16":
            return self._refuse(400, "Bad Request", "this test server only takes linear16")

        request_id = str(uuid.uuid4())
        ws = web.WebSocketResponse()
        ws.headers["dg-request-id"] = request_id
        await ws.prepare(request)
        session = ListenSession(
            request=recorded,
            sample_rate=int(recorded.param("sample_rate") or 16000),
            channels=int(recorded.param("channels") or 1),
        )
        self.sessions.append(session)
        pending = list(self.script)
        vad_events = recorded.param("vad_events") == "true"
        interim = recorded.param("interim_results") == "true"

        async def send(payload: dict[str, Any]) -> None:
            session.sent.append(payload)
            await ws.send_str(json.dumps(payload))

        async def emit_due(*, finalize: bool) -> None:
            while pending and (finalize or pending[0].at <= session.audio_seconds):
                heard = pending.pop(0)
                if finalize and not heard.is_final:
                    continue
                if heard.is_final or interim:
                    await send(self._results(heard, request_id, session, from_finalize=finalize))

        async for message in ws:
            if message.type == WSMsgType.BINARY:
                first_audio = session.audio_bytes == 0
                session.audio_bytes += len(message.data)
                self.audio_arrived.set()
                if first_audio and vad_events:
                    await send({"type": "SpeechStarted", "channel": [0], "timestamp": 0.0})
                if faults.close_mid_stream and session.audio_seconds >= self.close_mid_stream_after:
                    await ws.close(code=1011, message=b"internal error")
                    break
                await emit_due(finalize=False)
            elif message.type == WSMsgType.TEXT:
                control = json.loads(message.data)["type"]
                session.controls.append(control)
                if control == "Finalize":
                    await emit_due(finalize=True)
                elif control == "CloseStream":
                    session.close_stream_received.set()
                    await send(self._metadata(request_id, session))
                    await ws.close()
                    break
        return ws

    @staticmethod
    def _results(
        heard: Heard, request_id: str, session: ListenSession, *, from_finalize: bool
    ) -> dict[str, Any]:
        words = heard.transcript.split()
        step = heard.at / max(len(words), 1)
        return {
            "type": "Results",
            "channel_index": [0, 1],
            "duration": heard.at,
            "start": 0.0,
            "is_final": heard.is_final,
            "speech_final": heard.speech_final,
            "from_finalize": from_finalize,
            "channel": {
                "alternatives": [
                    {
                        "transcript": heard.transcript,
                        "confidence": 0.97,
                        "words": [
                            {
                                "word": w.strip(".,?!").lower(),
                                "start": round(i * step, 3),
                                "end": round((i + 1) * step, 3),
                                "confidence": 0.97,
                                "punctuated_word": w,
                            }
                            for i, w in enumerate(words)
                        ],
                    }
                ]
            },
            "metadata": {
                "request_id": request_id,
                "model_info": {"name": "general-nova-3", "version": "2024-12-20", "arch": "nova-3"},
                "model_uuid": str(uuid.uuid4()),
            },
        }

    @staticmethod
    def _metadata(request_id: str, session: ListenSession) -> dict[str, Any]:
        return {
            "type": "Metadata",
            "transaction_key": "deprecated",
            "request_id": request_id,
            "sha256": "0" * 64,
            "created": datetime.now(UTC).isoformat(),
            "duration": session.audio_seconds,
            "channels": session.channels,
        }
