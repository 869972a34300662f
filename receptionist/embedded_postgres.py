"""The embedded PostgreSQL server (pgserver) that runs when DATABASE_URL is unset.

One server per data directory, started on first use by any process and reused by the others;
pgserver stops it when the last process that used it exits.
"""

from __future__ import annotations

import json
import os
import threading
import warnings
from pathlib import Path

from django.conf import settings

_lock = threading.Lock()
_server = None
_created_databases: set[str] = set()


def data_dir() -> Path:
    return Path(settings.EMBEDDED_POSTGRES_DIR)


def ensure_running(*, database: str | None = None) -> Path:
    """Start (or attach to) the embedded server and make sure `database` exists.

    Returns the Unix socket directory to connect through.
    """
    global _server
    with _lock:
        if _server is None:
            path = data_dir()
            path.parent.mkdir(parents=True, exist_ok=True)
            with warnings.catch_warnings():  # no XDG_RUNTIME_DIR in CI: /tmp fallback is fine
                warnings.simplefilter("ignore")
                try:
                    import pgserver
                except ImportError as exc:  # pragma: no cover - requirements include it
                    raise ImportError(
                        "DATABASE_URL is unset and the embedded PostgreSQL is missing: "
                        "pip install pgserver"
                    ) from exc
                _use_atomic_pid_list()
                _server = pgserver.get_server(path, cleanup_mode="stop")
        socket_dir = _server.get_postmaster_info().socket_dir
        if database and database not in _created_databases and not database.startswith("test_"):
            _create_database(socket_dir, database)
            _created_databases.add(database)
        return socket_dir


def _use_atomic_pid_list() -> None:
    """pgserver keeps the processes using a server in a JSON file that it rewrites in place
    (truncate, then write). A process killed between the two (a benchmark's pool worker ended
    while it registered) leaves the file empty, and every later start then fails on it (seen
    in CI: `JSONDecodeError` in `bench/routing.py`, `tenant_onboarding.py`, `turn_latency.py`).
    Its list is written whole to a temporary file and renamed over the old one instead, and an
    empty or unreadable list reads as no processes. (pgserver's own inter-process lock still
    orders the readers and writers.)"""
    import pgserver.postgres_server as server_module
    from pgserver.utils import DiskList

    if getattr(server_module.DiskList, "atomic", False):
        return

    class AtomicDiskList(DiskList):
        atomic = True

        def get(self) -> list[int]:
            try:
                values = json.loads(self.path.read_text() or "[]")
            except (FileNotFoundError, json.JSONDecodeError):
                return []
            return [v for v in values if isinstance(v, int)] if isinstance(values, list) else []

        def put(self, values: list[int]) -> None:
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
            partial.write_text(json.dumps(values))
            os.replace(partial, self.path)

    server_module.DiskList = AtomicDiskList


def _create_database(socket_dir: Path, database: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(host=str(socket_dir), dbname="postgres", user="postgres",
                         autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
