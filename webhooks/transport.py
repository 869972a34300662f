"""Sending one webhook: a POST to an owner's URL that can reach only the public internet.

The URL is the owner's, so it must not become a way into this machine or its network (SSRF):
every address its host resolves to is checked when the connection is made (not only when the
URL is saved, so a name that later resolves elsewhere is caught), and the socket connects to
the very address that was checked. Loopback, private, link-local, shared (CGNAT), multicast and
reserved ranges are refused unless listed in WEBHOOK_ALLOWED_NETWORKS (tests allow 127.0.0.1).
Redirects are not followed and proxies from the environment are not used. Each attempt has a
deadline of WEBHOOK_TIMEOUT_SECONDS in all (connecting, sending and reading), and only the
start of the answer is read.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
from django.conf import settings

RESPONSE_KEEP_BYTES = 2048  # what is kept of an answer, for the owner's deliveries page
USER_AGENT = "AI-Receptionist-Webhooks/1"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """The URL's host is (or resolves to) an address webhooks may not reach."""


@dataclass(frozen=True)
class SendResult:
    status_code: int | None
    response: str
    error: str
    duration_ms: float

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def _allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(n, strict=False) for n in settings.WEBHOOK_ALLOWED_NETWORKS]


def address_allowed(address: IPAddress) -> bool:
    """A public address, or one inside a network the deployment allows."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address in network for network in _allowed_networks()):
        return True
    return address.is_global and not address.is_multicast


def host_addresses(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, or AddressRefused if any of them is not allowed (a name
    with one public and one internal address could be steered to the internal one)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressRefused(f"{host} could not be found ({exc})") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for raw in addresses:
        address = ipaddress.ip_address(raw.split("%", 1)[0])
        if not address_allowed(address):
            raise AddressRefused(f"{host} is an internal address ({address}); webhooks go only "
                                 "to public addresses")
    return addresses


def url_check(url: str) -> None:
    """AddressRefused unless `url` is http(s) to a host that resolves only to allowed addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused("the address must start with https:// (or http://)")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise AddressRefused("the port is not a number from 1 to 65535") from None
    host_addresses(parts.hostname, port)


class _DeadlineStream(httpcore.NetworkStream):
    """A stream whose every read and write ends by the attempt's deadline, so an endpoint that
    answers a byte at a time cannot hold a worker past it."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner, self._deadline = inner, deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the endpoint took longer than the deadline")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to checked addresses (TLS still verifies the URL's host name: httpcore
    passes it as the server name)."""

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        error: Exception | None = None
        for address in host_addresses(host, port):
            left = self._deadline - time.monotonic()
            if left <= 0:
                break
            try:
                stream = super().connect_tcp(address, port, min(timeout or left, left),
                                             local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise error or httpcore.ConnectTimeout("the endpoint took longer than the deadline")


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    kind = {httpcore.ConnectTimeout: "timed out connecting", httpcore.ReadTimeout: "timed out",
            httpcore.WriteTimeout: "timed out sending", httpcore.ConnectError: "could not connect",
            AddressRefused: "refused"}.get(type(exc), type(exc).__name__)
    return f"{kind}: {text}"[:500]


def webhook_post(*, url: str, body: str, headers: dict[str, str],
                 timeout: float | None = None) -> SendResult:
    """POST `body` to `url` once. Never raises for what the endpoint does: a refusal, a timeout
    or a connection error comes back as the result's `error`."""
    timeout = float(timeout or settings.WEBHOOK_TIMEOUT_SECONDS)
    started = time.monotonic()
    deadline = started + timeout
    sent_headers = [("Content-Type", "application/json"), ("User-Agent", USER_AGENT),
                    *headers.items()]
    status: int | None = None
    kept = b""
    error = ""
    try:
        url_check(url)  # a clear refusal for a bad scheme before any connection
        with httpcore.ConnectionPool(network_backend=_GuardedBackend(deadline),
                                     ssl_context=ssl.create_default_context(), retries=0,
                                     max_connections=1) as pool:
            extensions = {"timeout": {"connect": timeout, "read": timeout, "write": timeout,
                                      "pool": timeout}}
            with pool.stream("POST", url, headers=sent_headers, content=body.encode(),
                             extensions=extensions) as response:
                status = response.status
                for chunk in response.iter_stream():
                    kept += chunk[:RESPONSE_KEEP_BYTES - len(kept)]
                    if len(kept) >= RESPONSE_KEEP_BYTES:
                        break
    except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
            httpcore.UnsupportedProtocol, httpcore.LocalProtocolError, AddressRefused,
            ssl.SSLError, OSError, ValueError) as exc:
        error = _short(exc)
    return SendResult(status_code=status, response=kept.decode("utf-8", "replace"), error=error,
                      duration_ms=(time.monotonic() - started) * 1000)
