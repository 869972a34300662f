"""Local stand-ins for the cloud voice vendors, each speaking its vendor's wire protocol.

A cloud provider is tested by pointing the unmodified vendor SDK or LiveKit plugin at one of
these servers on 127.0.0.1, never by patching the SDK. What the tests need from a server, beyond
the happy path, is what a real vendor does on a bad day: answer with an error status, accept a
request and never answer, or drop the connection half way through a stream. Every server records
what it received so a test can assert what the provider actually put on the wire.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from multidict import CIMultiDict


@dataclass
class RecordedRequest:
    """One request as it arrived: what a test asserts the provider sent."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: CIMultiDict[str]
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Faults:
    """What a server should do wrong, set by a test before (or between) requests.

    ``status`` answers with that HTTP status; ``times`` limits it (and ``close_mid_stream``) to the
    first N requests so a test can watch a retry succeed; ``hang`` accepts the request and never
    answers; ``close_mid_stream`` sends part of a streamed answer, then drops the connection.
    """

    status: int | None = None
    times: int | None = None
    hang: bool = False
    close_mid_stream: bool = False
    _used: int = field(default=0, repr=False)

    def take(self) -> Faults:
        """The faults that apply to the request now arriving (counted against ``times``)."""
        if self.times is not None and self._used >= self.times:
            return Faults()
        self._used += 1
        return Faults(status=self.status, hang=self.hang, close_mid_stream=self.close_mid_stream)


class FakeServer:
    """An aiohttp app on 127.0.0.1 with an ephemeral port, used as ``async with Server() as s``."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[RecordedRequest] = []
        self.faults = Faults()
        self._tls = tls
        self._released = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.add_routes(self.routes())
        # handler_cancellation: a client that gives up (timeout) cancels the hanging handler
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self._tls)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._released.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def record(self, request: web.Request) -> RecordedRequest:
        body = await request.read() if request.can_read_body else b""
        query: dict[str, list[str]] = {}
        for key, value in request.query.items():
            query.setdefault(key, []).append(value)
        recorded = RecordedRequest(
            method=request.method,
            path=request.path,
            query=query,
            headers=CIMultiDict(request.headers),
            body=body,
        )
        self.requests.append(recorded)
        return recorded

    async def hang(self) -> None:
        """Never answer: returns only when the server shuts down."""
        await self._released.wait()

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]


@dataclass
class TLSFiles:
    """A self-signed certificate for 127.0.0.1: the server context and the CA file to trust."""

    server_context: ssl.SSLContext
    ca_file: str


def self_signed_tls() -> TLSFiles:
    """For SDKs that refuse plain http (watsonx requires https URLs)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = Path(tempfile.mkdtemp(prefix="fake-vendor-tls-"))
    cert_file = folder / "cert.pem"
    key_file = folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return TLSFiles(server_context=context, ca_file=str(cert_file))


def sse(data: Any, *, event: str | None = None, id: str | None = None) -> bytes:
    """One server-sent event, framed as the vendors frame them."""
    lines = []
    if id is not None:
        lines.append(f"id: {id}")
    if event is not None:
        lines.append(f"event: {event}")
    payload = data if isinstance(data, str) else json.dumps(data)
    lines.append(f"data: {payload}")
    return ("\n".join(lines) + "\n\n").encode()


def drop_connection(request: web.Request) -> None:
    """Cut the TCP connection without finishing the response: what a crashed upstream does."""
    transport = request.transport
    if transport is not None:
        transport.abort()


def pcm_tone(seconds: float, *, sample_rate: int, frequency: float = 440.0) -> bytes:
    """Deterministic 16-bit mono PCM, so a test can compare the exact audio it got back."""
    import numpy as np

    t = np.arange(int(seconds * sample_rate)) / sample_rate
    return (8000 * np.sin(2 * np.pi * frequency * t)).astype("<i2").tobytes()
