"""A real webhook receiver for the tests: an HTTP server on 127.0.0.1 in a thread that checks
every request the way an owner's receiver would, with the Standard Webhooks library's own
`Webhook(secret).verify` (signature, id, and a timestamp no older than five minutes)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError


@dataclass
class Received:
    headers: dict[str, str]
    body: str
    verified: bool
    error: str = ""
    payload: Any = None


@dataclass
class Receiver:
    """What it answers is set by the test: `secrets` it accepts (none: no check), the
    `status` of a verified message, and `delay` seconds before answering."""

    port: int = 0
    secrets: list[str] = field(default_factory=list)
    status: int = 204
    answer: str = ""
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def check(self, body: str, headers: dict[str, str]) -> Received:
        if not self.secrets:
            return Received(headers, body, verified=False, payload=json.loads(body))
        error = ""
        for secret in self.secrets:
            try:
                payload = Webhook(secret).verify(body, headers)
            except WebhookVerificationError as exc:
                error = str(exc)
                continue
            return Received(headers, body, verified=True, payload=payload)
        return Received(headers, body, verified=False, error=error)

    def verified(self) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.verified]

    def wait_for(self, count: int, *, timeout: float = 20.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.05)
        raise AssertionError(f"{len(self.received)} requests arrived, not {count}")


@contextmanager
def receiving(**options: Any) -> Iterator[Receiver]:
    receiver = Receiver(**options)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode()
            got = receiver.check(body, {k: v for k, v in self.headers.items()})
            # the answer is the one set when the request arrived
            status = receiver.status if (got.verified or not receiver.secrets) else 400
            text = (receiver.answer if got.verified or not receiver.secrets
                    else got.error).encode()
            delay = receiver.delay
            with receiver.lock:
                receiver.received.append(got)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Length", str(len(text)))
                self.end_headers()
                self.wfile.write(text)
            except OSError:
                pass  # the sender gave up waiting

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
