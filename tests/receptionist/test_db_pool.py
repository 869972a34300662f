"""A burst of requests waits for one of the process's pooled database connections instead of
opening one per server thread and running PostgreSQL out of connections (issue 16, finding 8:
60 concurrent anonymous requests held 54 connections and drew "too many clients" 500s)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.live_server import request, runserver

pytestmark = pytest.mark.django_db
BURST = 60
POOL_MAX = 6


def _server_connections(conninfo: dict, app_name: str) -> int:
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                            [app_name]).fetchone()[0]


def test_a_burst_of_requests_queues_for_the_pool_and_never_fails(tmp_path, fleet):
    params = connection.get_connection_params()
    conninfo = {k: params[k] for k in ("dbname", "user", "password", "host", "port")
                if params.get(k)}
    app_name = f"pool-test-{secrets.token_hex(4)}"  # libpq names the server's connections
    with runserver(tmp_path / "server.log", PGAPPNAME=app_name,
                   DB_POOL_MAX_SIZE=str(POOL_MAX), DB_POOL_MIN_SIZE="1") as port:
        assert request(port, "t-dental.localhost", "GET", "/accounts/login/").status == 200
        statuses: list[int] = []
        peak = 0
        start, done = threading.Barrier(BURST + 1), threading.Event()

        def one() -> None:
            start.wait()
            statuses.append(request(port, "t-dental.localhost", "GET", "/accounts/login/").status)

        workers = [threading.Thread(target=one) for _ in range(BURST)]
        for worker in workers:
            worker.start()
        with psycopg.connect(**conninfo, autocommit=True) as watcher:
            start.wait()
            threading.Thread(target=lambda: ([w.join() for w in workers], done.set())).start()
            while not done.is_set():
                count = watcher.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                    [app_name]).fetchone()[0]
                peak = max(peak, count)
        after = _server_connections(conninfo, app_name)

    assert sorted(set(statuses)) == [200] and len(statuses) == BURST
    assert 1 <= peak <= POOL_MAX, f"the server held {peak} connections at once"
    assert after <= POOL_MAX


def _database_settings(tmp_path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DB_")}
    script = ("from django.conf import settings; d = settings.DATABASES['default']; "
              "print(d['CONN_MAX_AGE'], d['OPTIONS'].get('pool'))")
    return subprocess.run(
        [sys.executable, "-c", script], cwd=settings.BASE_DIR, capture_output=True, text=True,
        env=clean | {"DJANGO_SETTINGS_MODULE": "receptionist.settings",
                     "DATA_DIR": str(tmp_path)} | env, timeout=60)


def test_the_pool_is_on_by_default_with_its_sizes_from_the_environment(tmp_path):
    default = _database_settings(tmp_path)
    assert default.stdout.split(maxsplit=1) == [
        "0", "{'min_size': 1, 'max_size': 10, 'timeout': 30.0}\n"]
    sized = _database_settings(tmp_path, DB_POOL_MAX_SIZE="4", DB_POOL_MIN_SIZE="2",
                               DB_POOL_TIMEOUT="5")
    assert sized.stdout.strip() == "0 {'min_size': 2, 'max_size': 4, 'timeout': 5.0}"
    off = _database_settings(tmp_path, DB_POOL_MAX_SIZE="0", DB_CONN_MAX_AGE="60")
    assert off.stdout.strip() == "60 None"


@pytest.mark.parametrize(("env", "message"), [
    ({"DB_CONN_MAX_AGE": "60"}, "DB_CONN_MAX_AGE must be 0 or unset while the connection pool"),
    ({"DB_POOL_MIN_SIZE": "5", "DB_POOL_MAX_SIZE": "2"}, "DB_POOL_MIN_SIZE=5 must not exceed"),
])
def test_a_pool_setting_that_cannot_work_stops_the_start_with_one_line(tmp_path, env, message):
    result = _database_settings(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr.strip().splitlines()[-1]
