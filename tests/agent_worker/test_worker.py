"""The agent worker: real livekit-agents, no LiveKit server.

The command runs in a subprocess, as in production, registering with a port where nothing
listens: it keeps retrying, which is what a worker does while LiveKit is down, and its health
port must answer and SIGTERM must stop it cleanly all the same.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from livekit.agents import JobContext, JobExecutorType, JobProcess

from agent_worker.worker import (
    ENTRYPOINT,
    LiveKitCredentials,
    build_server,
    prewarm,
    run_entrypoint,
    serve,
)

REPO = Path(__file__).resolve().parents[2]
STAND_IN = f"{__name__}.stand_in_entrypoint"
AGENT_NAME = "test-receptionist"


async def stand_in_entrypoint(ctx: JobContext) -> None:
    """Takes the receptionist's place: no call reaches these workers."""
    await ctx.connect()


async def three_second_call(ctx: JobContext) -> None:
    """A call that is still going when the worker is told to stop, then hangs up."""
    await asyncio.sleep(3)
    ctx.shutdown(reason="caller hung up")


def free_port() -> int:
    """A port nothing listens on (the OS just handed it out and it was closed again)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(condition: Callable[[], object], *, timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def http_get(url: str) -> tuple[int, str] | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status, response.read().decode()
    except OSError:
        return None


@pytest.mark.parametrize(
    ("unset", "named"),
    [
        (("LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"),
         "LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET are not set"),
        (("LIVEKIT_API_SECRET",), "LIVEKIT_API_SECRET is not set"),
    ],
)
def test_it_refuses_to_start_naming_each_missing_livekit_setting(settings, unset, named):
    settings.LIVEKIT_URL = "wss://example.livekit.cloud"
    settings.LIVEKIT_API_KEY = "APIkey"
    settings.LIVEKIT_API_SECRET = "secret"
    for name in unset:
        setattr(settings, name, "")
    with pytest.raises(CommandError) as excinfo:
        call_command("run_agent_worker")
    message = str(excinfo.value)
    assert named in message
    assert "\n" not in message


def test_it_refuses_an_entrypoint_it_cannot_import(settings):
    settings.LIVEKIT_URL = "wss://example.livekit.cloud"
    settings.LIVEKIT_API_KEY = "APIkey"
    settings.LIVEKIT_API_SECRET = "secret"
    with pytest.raises(CommandError, match="cannot import the entrypoint agent_worker.nope.go"):
        call_command("run_agent_worker", "--entrypoint", "agent_worker.nope.go")


def test_the_default_entrypoint_unpickles_in_a_process_without_django():
    """A job process unpickles its entrypoint before prewarm sets Django up, and the
    receptionist's entrypoint imports models: what is pickled must import none."""
    payload = pickle.dumps(functools.partial(run_entrypoint, dotted=ENTRYPOINT))
    script = (
        "import pickle, sys\n"
        "from django.apps import apps\n"
        "fn = pickle.loads(sys.stdin.buffer.read())\n"
        "assert not apps.ready\n"
        "assert 'agent_worker.entrypoint' not in sys.modules\n"
        "print(fn.func.__module__, fn.func.__name__, fn.keywords['dotted'])\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "receptionist.settings"}
    done = subprocess.run([sys.executable, "-c", script], input=payload, capture_output=True,
                          cwd=REPO, env=env, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().split() == ["agent_worker.worker", "run_entrypoint", ENTRYPOINT]


async def test_run_entrypoint_runs_the_entrypoint_it_names(monkeypatch):
    seen: list[object] = []

    async def entrypoint(ctx: object) -> None:
        seen.append(ctx)

    monkeypatch.setattr(sys.modules[__name__], "stand_in_entrypoint", entrypoint)
    ctx = object()
    await run_entrypoint(ctx, dotted=STAND_IN)  # type: ignore[arg-type]
    assert seen == [ctx]


@pytest.mark.slow
def test_prewarm_loads_the_vad_once_per_process_and_is_idempotent(caplog):
    caplog.set_level("INFO", logger="agent_worker.worker")
    proc = JobProcess(executor_type=JobExecutorType.THREAD, user_arguments=None, http_proxy=None)

    gc.unfreeze()
    prewarm(proc)
    frozen = gc.get_freeze_count()
    gc.unfreeze()  # the rest of the test run collects as usual
    vad = proc.userdata["vad"]
    warmed = list(proc.userdata["warmed"])
    started = time.perf_counter()
    prewarm(proc)
    again = time.perf_counter() - started

    from livekit.plugins.silero import VAD

    assert isinstance(vad, VAD)
    assert proc.userdata["vad"] is vad
    assert proc.userdata["warmed"] == warmed
    assert warmed[0] == "silero-vad" and any(w.startswith("whisper-") for w in warmed)
    assert again < 0.1
    assert frozen > 100_000  # the warm process's objects are out of the collector's reach
    assert sum("prewarmed job process" in r.getMessage() for r in caplog.records) == 1

    other = JobProcess(executor_type=JobExecutorType.THREAD, user_arguments=None, http_proxy=None)
    prewarm(other)
    assert other.userdata["vad"] is vad  # one VAD per process, shared by its calls


@pytest.mark.slow
def test_prewarm_logs_a_local_model_that_will_not_load_and_still_readies_the_process(
        settings, caplog):
    settings.LOCAL_TTS = "no-such-voice"
    proc = JobProcess(executor_type=JobExecutorType.THREAD, user_arguments=None, http_proxy=None)

    prewarm(proc)

    assert proc.userdata["vad"] is not None
    assert not any("no-such-voice" in w for w in proc.userdata["warmed"])
    assert any(r.levelname == "ERROR" and "no-such-voice" in r.getMessage()
               for r in caplog.records)


@pytest.fixture
def worker(tmp_path) -> Iterator[Callable[..., tuple[subprocess.Popen[bytes], Path, int]]]:
    """Start `manage.py run_agent_worker` (the receptionist's own entrypoint) against a LiveKit
    URL where nothing listens."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*extra: str) -> tuple[subprocess.Popen[bytes], Path, int]:
        health_port = free_port()
        log = tmp_path / "worker.log"
        env = {
            **os.environ,
            "DATABASE_URL": os.environ.get(
                "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/receptionist_w"),
            "LIVEKIT_URL": f"ws://127.0.0.1:{free_port()}",
            "LIVEKIT_API_KEY": "APIworkertest",
            "LIVEKIT_API_SECRET": "worker-test-secret-" + "x" * 24,
            "LIVEKIT_AGENT_NAME": AGENT_NAME,
            "PYTHONUNBUFFERED": "1",
        }
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "manage.py", "run_agent_worker",
                 "--health-port", str(health_port), *extra],
                cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        started.append(proc)
        return proc, log, health_port

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


@pytest.mark.slow
def test_it_serves_health_while_livekit_is_unreachable_and_drains_on_sigterm(worker):
    proc, log, port = worker("--idle-processes", "1", "--drain-timeout", "5")
    output = log.read_text

    health = wait_for(lambda: http_get(f"http://127.0.0.1:{port}/"), timeout=60,
                      what="the health endpoint")
    assert health == (200, "OK")
    status, body = http_get(f"http://127.0.0.1:{port}/worker")  # type: ignore[misc]
    assert status == 200 and json.loads(body)["agent_name"] == AGENT_NAME
    wait_for(lambda: "failed to connect to livekit, retrying" in output(), timeout=30,
             what="a registration retry")
    wait_for(lambda: "prewarmed job process" in output(), timeout=90,
             what="the idle job process to prewarm")
    assert http_get(f"http://127.0.0.1:{port}/") == (200, "OK")
    assert f"Agent worker '{AGENT_NAME}' started for ws://127.0.0.1:" in output()
    assert f"health check on port {port}" in output()

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0, output()
    text = output()
    assert "received SIGTERM: draining worker" in text
    assert "Agent worker stopped." in text
    assert "Traceback" not in text, text


@pytest.mark.slow
async def test_a_stop_signal_lets_the_active_call_finish_before_closing():
    credentials = LiveKitCredentials(url=f"ws://127.0.0.1:{free_port()}", api_key="APIworkertest",
                                     api_secret="worker-test-secret-" + "x" * 24)
    server = build_server(entrypoint=three_second_call, credentials=credentials,
                          agent_name=AGENT_NAME, health_port=0, idle_processes=0,
                          drain_timeout=30)
    started = asyncio.Event()
    serving = asyncio.create_task(serve(server, on_started=lambda _: started.set(),
                                        stop_signals=(signal.SIGUSR1,)))
    await asyncio.wait_for(started.wait(), 30)
    await server.simulate_job("call-drain-test", fake_job=True)
    for _ in range(100):
        if server.active_jobs:
            break
        await asyncio.sleep(0.05)
    assert len(server.active_jobs) == 1

    signalled = time.monotonic()
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.5)
    assert server.draining and not serving.done()
    await asyncio.wait_for(serving, 60)

    assert time.monotonic() - signalled >= 1.5  # it waited for the call, not just closed
    assert server.active_jobs == []


@pytest.mark.slow
async def test_a_drain_that_times_out_still_closes_the_worker(caplog):
    caplog.set_level("INFO")
    credentials = LiveKitCredentials(url=f"ws://127.0.0.1:{free_port()}", api_key="APIworkertest",
                                     api_secret="worker-test-secret-" + "x" * 24)
    server = build_server(entrypoint=three_second_call, credentials=credentials,
                          agent_name=AGENT_NAME, health_port=0, idle_processes=0,
                          drain_timeout=1)
    started = asyncio.Event()
    serving = asyncio.create_task(serve(server, on_started=lambda _: started.set(),
                                        stop_signals=(signal.SIGUSR1,)))
    await asyncio.wait_for(started.wait(), 30)
    await server.simulate_job("call-drain-timeout-test", fake_job=True)
    for _ in range(100):
        if server.active_jobs:
            break
        await asyncio.sleep(0.05)

    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.wait_for(serving, 60)

    assert any("drain timed out with 1 call(s) still active" in r.getMessage()
               for r in caplog.records)
