"""Jobs end to end through a real Celery worker process and the Redis broker.

The worker is `celery -A receptionist worker`, started as a subprocess on this test session's
database and on a queue of its own (CELERY_QUEUE), so it never takes another run's messages.
What it reads must be committed, so each test does its work on a connection of its own (in a
thread, in autocommit, as a web request would), outside the test's rolled-back transaction, and
removes what it made.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tenants.utils import schema_context

from agent_worker.greetings import greeting_path
from calls.analytics_service import call_end, call_start, call_turn_record
from calls.models import Call
from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from frontdesk.services import voice_clone_start
from receptionist.celery import app as celery_app
from tenants.router import MultiTenantRouter
from tests.jobs.conftest import ThreadedServer, wav_bytes
from tests.voice.servers.cartesia_server import CartesiaServer

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="a real Celery worker needs the Redis "
                       "broker: set REDIS_URL (CI runs the suite with it once)"),
    pytest.mark.django_db,
]

DEADLINE_SECONDS = 300  # a ceiling against hanging forever, not a speed assertion


def _test_database_env() -> dict[str, str]:
    name = connection.settings_dict["NAME"]  # test_<name>, which pytest-django created
    if settings.DATABASE_URL:
        return {"DATABASE_URL": urlparse(settings.DATABASE_URL)._replace(path=f"/{name}").geturl()}
    return {"EMBEDDED_POSTGRES_DB": name}


@pytest.fixture(scope="module")
def cartesia_server() -> Iterator[CartesiaServer]:
    with ThreadedServer(CartesiaServer()) as server:
        yield server


class Worker:
    def __init__(self, process: subprocess.Popen, log: Path, media: Path) -> None:
        self.process, self.log, self.media = process, log, media

    def wait_for(self, done, what: str) -> None:
        """Poll the database until `done()` holds; fail with the worker's log if it never does."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not done():
            if self.process.poll() is not None:
                pytest.fail(f"the worker exited ({self.process.returncode}) before {what}:\n"
                            + self.log.read_text()[-4000:])
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {DEADLINE_SECONDS} s:\n"
                            + self.log.read_text()[-4000:])
            time.sleep(0.2)


@pytest.fixture(scope="module")
def worker(django_db_setup, django_db_blocker, cartesia_server, tmp_path_factory
           ) -> Iterator[Worker]:
    """A Celery worker on its own queue; this process sends to that queue, not eagerly."""
    queue = f"jobs-test-{uuid.uuid4().hex[:12]}"
    folder = tmp_path_factory.mktemp("worker")
    log = folder / "worker.log"
    env = os.environ | _test_database_env() | {
        "DJANGO_SETTINGS_MODULE": "receptionist.settings", "REDIS_URL": settings.REDIS_URL,
        "PYTHONUNBUFFERED": "1",
        "CELERY_QUEUE": queue, "MEDIA_ROOT": str(folder / "media"),
        "CARTESIA_API_KEY": cartesia_server.api_key, "CARTESIA_BASE_URL": cartesia_server.url,
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "receptionist", "worker", "--loglevel=INFO",
             "--concurrency=1", "--without-gossip", "--without-mingle", "--without-heartbeat",
             f"--hostname={queue}@%h"],
            cwd=settings.BASE_DIR, env=env, stdout=out, stderr=subprocess.STDOUT)
    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = False, queue
    try:
        yield Worker(process, log, folder / "media")
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous
        process.terminate()  # warm shutdown: finishes the job in hand
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def committed(body: Callable[[], None]) -> None:
    """Run `body` on a database connection of its own, in autocommit: what it writes is
    committed as it goes (on_commit hooks fire), so the worker process sees it."""

    def run() -> None:
        try:
            body()
        finally:
            cache.clear()
            connection.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(run).result()


def test_a_worker_clones_the_voice_and_the_receptionist_switches_to_it(
        worker, cartesia_server, settings):
    settings.CARTESIA_API_KEY = cartesia_server.api_key
    settings.MEDIA_ROOT = worker.media  # where the worker renders the greeting
    sample = wav_bytes(5.0)
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context("t_law"):
            voice = ReceptionistConfig.objects.values("voice_provider", "voice_id").get()
            try:
                job = voice_clone_start(sample=SimpleUploadedFile("me.wav", sample), name="Sam")
                worker.wait_for(lambda: VoiceCloneJob.objects.get(pk=job.pk).is_finished,
                                "the clone job to finish")
                job.refresh_from_db()
                config = ReceptionistConfig.objects.get()
                seen.update(job=job, voice=(config.voice_provider, config.voice_id))
                cache.clear()
                routed = MultiTenantRouter().get_client_config("t_law")
                seen["routed_voice"] = routed.voice_id
                # the worker queued the greeting render itself, on its queue, and ran it
                worker.wait_for(lambda: greeting_path(routed).exists(),
                                "the greeting in the new voice")
            finally:
                VoiceCloneJob.objects.all().delete()
                ReceptionistConfig.objects.update(**voice)  # no greeting job for the restore

    committed(body)
    job = seen["job"]
    assert job.status == VoiceCloneJob.Status.SUCCEEDED, job.error
    clone = cartesia_server.clones[-1]
    assert job.voice_id == clone.voice_id and clone.clip == sample
    assert seen["voice"] == ("cartesia", clone.voice_id) and seen["routed_voice"] == clone.voice_id
    assert cartesia_server.requests_to("/tts/bytes")[-1].json()["voice"]["id"] == clone.voice_id
    ran = worker.log.read_text()  # the worker process ran both jobs, not this one eagerly
    assert "frontdesk.voice_clone[" in ran and "frontdesk.greeting_prerender[" in ran


@pytest.mark.slow
def test_a_worker_analyses_a_call_after_it_ends(worker):
    seen: dict[str, Call] = {}

    def body() -> None:
        config = MultiTenantRouter().get_client_config("t_dental")
        with schema_context("t_dental"):
            call = call_start(client_id="t_dental", caller_number="+14155550100")
            try:
                call_turn_record(call=call, user_text="Hi, this is Ann Lee. I chipped a tooth "
                                 "and it really hurts. Can someone see me today?",
                                 agent_text="I'm sorry to hear that. I'll ask the dentist to "
                                            "call you back.")
                call_turn_record(call=call, user_text="Thank you so much.",
                                 agent_text="Take care.")
                call_end(call=call, outcome=Call.Outcome.INFORMATION_ONLY, config=config)
                worker.wait_for(lambda: Call.objects.get(pk=call.pk).analysed_at is not None,
                                "the analysis")
                seen["call"] = Call.objects.get(pk=call.pk)
            finally:
                Call.objects.filter(pk=call.pk).delete()

    committed(body)
    call = seen["call"]
    assert call.caller_name == "Ann Lee" and call.callback_number == "+14155550100"
    assert call.sentiment in ("positive", "neutral", "negative")
    assert call.summary and call.call_reason
    assert "calls.call_analyse[" in worker.log.read_text()
