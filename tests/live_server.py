"""A real server process (`manage.py runserver`: daphne, as in development) on the test database,
for tests that need real concurrency: many requests at once, each on its own server thread.
`server` starts any documented way of running it (SERVERS), for tests that need the way itself.

`runserver` yields its port; `get`/`post` send one request from a chosen client address (any
127.x.y.z reaches a server on 127.0.0.1), with the Host header of a business's domain, so the
server sees a real REMOTE_ADDR and a real tenant."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]


def database_env() -> dict[str, str]:
    """The server process uses the test database this session created."""
    db = settings.DATABASES["default"]
    if not os.environ.get("DATABASE_URL"):
        return {"EMBEDDED_POSTGRES_DB": db["NAME"]}
    auth = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    if str(db["HOST"]).startswith("/"):
        return {"DATABASE_URL": f"postgres://{auth}@/{db['NAME']}?host={db['HOST']}"}
    port = f":{db['PORT']}" if db["PORT"] else ""
    return {"DATABASE_URL": f"postgres://{auth}@{db['HOST']}{port}/{db['NAME']}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Every documented way of running the web server (README, Makefile), as the argv after Python:
# `make run`'s runserver with its autoreloader (the server runs in a thread that is not the
# process's main thread), runserver without it, and daphne on the ASGI application (production).
SERVERS: dict[str, Callable[[int], list[str]]] = {
    "runserver": lambda port: ["manage.py", "runserver", f"127.0.0.1:{port}"],
    "runserver --noreload": lambda port: ["manage.py", "runserver", f"127.0.0.1:{port}",
                                          "--noreload"],
    "daphne": lambda port: ["-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
                            "receptionist.asgi:application"],
}


@contextmanager
def server(kind: str, log_path: Path, *, stop_timeout: float = 60, **env: str) -> Iterator[int]:
    """Web server `kind` (one of SERVERS) on a free port of the test database, with `env`
    added; its output goes to `log_path`. Yields the port once it accepts connections.

    The server gets a process group of its own, stopped as a whole: the autoreloader's parent
    exits on SIGTERM without its child, which would keep serving."""
    port = free_port()
    full_env = os.environ | database_env() | {"DEBUG": "1"} | env
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, *SERVERS[kind](port)], cwd=ROOT, env=full_env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while True:
                assert process.poll() is None, log_path.read_text()
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
            yield port
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=stop_timeout)
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)  # whatever of the group is left


@contextmanager
def runserver(log_path: Path, **env: str) -> Iterator[int]:
    """`manage.py runserver --noreload` on a free port with `env` added."""
    with server("runserver --noreload", log_path, **env) as port:
        yield port


@dataclass
class Response:
    status: int
    body: str
    cookies: dict[str, str] = field(default_factory=dict)
    location: str = ""


def request(port: int, host: str, method: str, path: str, *, client_ip: str = "127.0.0.1",
            form: dict[str, str] | None = None, cookies: dict[str, str] | None = None
            ) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120,
                                      source_address=(client_ip, 0))
    headers = {"Host": f"{host}:{port}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://{host}:{port}{path}"
    try:
        conn.request(method, path, body=body, headers=headers)
        raw = conn.getresponse()
        jar = SimpleCookie()
        for value in raw.headers.get_all("Set-Cookie") or []:
            jar.load(value)
        return Response(status=raw.status, body=raw.read().decode(errors="replace"),
                        cookies={k: m.value for k, m in jar.items()},
                        location=raw.headers.get("Location", ""))
    finally:
        conn.close()
