"""Webhooks are sent after the row commits, by Celery (or, without a broker, by this process's
own delivery threads), and a slow or failing endpoint never delays a call.

What a worker reads must be committed, so each test does its work on a connection of its own
(`committed`: a thread in autocommit, as the agent worker's database thread is) and removes what
it made.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.analytics_service import call_end, call_start
from calls.appointments import (
    appointment_book,
    appointment_cancel,
    appointment_cancel_by_business,
    appointment_move,
    appointment_move_for_caller,
    available_slots,
    callback_message_take,
)
from calls.models import Appointment, Call, CallbackMessage
from frontdesk.call_config import call_config_get
from receptionist.celery import app as celery_app
from webhooks import events
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.services import RETRY_DELAYS, webhook_endpoint_create
from webhooks.tasks import retry_due_everywhere

pytestmark = pytest.mark.django_db
SCHEMA = "t_dental"
CALLER = "+14155550123"


def committed(body: Callable[[], None]) -> None:
    """Run `body` on a database connection of its own, in autocommit: what it writes is
    committed as it goes (on_commit hooks fire)."""

    def run() -> None:
        try:
            body()
        finally:
            cache.clear()
            connection.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(run).result()


def wait_until(done: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"no {what} within {timeout} s"
        time.sleep(0.05)


def _clean_up() -> None:
    WebhookEndpoint.objects.all().delete()
    Appointment.objects.filter(callback_number=CALLER).delete()
    CallbackMessage.objects.filter(callback_number=CALLER).delete()
    Call.objects.filter(caller_number=CALLER).delete()


def test_a_slow_endpoint_never_delays_a_call_without_a_broker(eager_celery, receiver, settings):
    """Eager Celery would run the delivery inside the call's own commit; instead it goes to
    the process's delivery threads, and the call goes on at once."""
    settings.WEBHOOK_TIMEOUT_SECONDS = 1.0
    receiver.delay = 4.0
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                endpoint, _ = webhook_endpoint_create(url=receiver.url,
                                                      events=[events.CALL_STARTED])
                started = time.monotonic()
                call = call_start(client_id=SCHEMA, caller_number=CALLER)
                seen["took"] = time.monotonic() - started
                wait_until(lambda: WebhookDelivery.objects.filter(
                    endpoint=endpoint, attempt_count=1).exists(), "first attempt")
                delivery = WebhookDelivery.objects.get(endpoint=endpoint)
                seen.update(call=call, delivery=delivery, attempt=delivery.attempts.get())
            finally:
                _clean_up()

    committed(body)
    assert seen["took"] < 0.5, seen["took"]  # the endpoint holds each request for 4 s
    delivery, attempt = seen["delivery"], seen["attempt"]
    assert delivery.status == WebhookDelivery.Status.PENDING  # to be retried
    assert delivery.last_error.startswith("timed out")
    assert attempt.duration_ms < 2000  # the whole attempt ends by its deadline
    assert len(receiver.received) == 1


def test_every_event_reaches_the_receiver_once_its_write_commits(eager_celery, receiver):
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                           events=sorted(events.EVENT_TYPES))
                receiver.secrets = [secret]
                config = call_config_get(SCHEMA)
                now = timezone.now()
                first, second, third = available_slots(
                    config=config, day_from=now.date() + timedelta(days=1),
                    day_to=now.date() + timedelta(days=14), now=now, limit=3)
                call = call_start(client_id=SCHEMA, caller_number=CALLER,
                                  dialled_number="+14155550000")
                booked = appointment_book(config=config, starts_at=first.starts_at,
                                          caller_name="Ann Lee", callback_number=CALLER,
                                          service="", call=call, now=now)
                moved, _ = appointment_move_for_caller(
                    config=config, appointment_id=booked.pk, caller_id=CALLER,
                    verified_name="Ann Lee", starts_at=second.starts_at, caller_name="Ann Lee",
                    callback_number=CALLER, call=call, now=now)
                other = appointment_book(config=config, starts_at=third.starts_at,
                                         caller_name="Ann Lee", callback_number=CALLER, now=now)
                appointment_cancel(appointment_id=other.pk, caller_id=CALLER,
                                   caller_name="Ann Lee")
                message = callback_message_take(caller_name="Ann Lee", callback_number=CALLER,
                                                reason="The crown came off, it hurts a lot",
                                                urgent=True, call=call)
                call = call_end(call=call, outcome=Call.Outcome.BOOKED, config=config)
                receiver.wait_for(8)
                wait_until(lambda: not WebhookDelivery.objects.exclude(
                    status=WebhookDelivery.Status.SUCCEEDED).exists(), "every delivery done")
                seen.update(call=Call.objects.get(pk=call.pk), booked=booked, moved=moved,
                            other=other, message=message,
                            deliveries=list(WebhookDelivery.objects.filter(endpoint=endpoint)))
            finally:
                _clean_up()

    committed(body)
    got = {r.payload["type"]: r.payload for r in receiver.received if r.verified
           and r.payload["data"].get("appointment", {}).get("id") != seen["other"].pk
           or r.payload["type"] == "appointment.cancelled"}
    assert len(receiver.received) == 8 and set(got) == events.EVENT_TYPES, receiver.received
    call = seen["call"]
    assert got["call.started"]["data"]["call"] == {
        "id": str(call.call_id), "caller_number": CALLER, "dialled_number": "+14155550000",
        "started_at": call.start_time.isoformat(), "is_test": False}
    ended = got["call.ended"]["data"]["call"]
    assert ended["outcome"] == "booked" and ended["summary"] == call.summary != ""
    assert ended["duration_seconds"] is not None and ended["ended_at"] == call.end_time.isoformat()
    assert ended["caller_number"] == CALLER and ended["status"] == "completed"
    booked, moved = got["appointment.booked"]["data"], got["appointment.moved"]["data"]
    assert booked["appointment"]["id"] == seen["booked"].pk
    assert booked["appointment"]["call_id"] == str(call.call_id)
    assert booked["appointment"]["name"] == "Ann Lee"
    assert booked["appointment"]["starts_at"] == seen["booked"].starts_at.isoformat()
    assert moved["appointment"]["id"] == seen["moved"].pk
    assert moved["previous"]["id"] == seen["booked"].pk
    assert moved["previous"]["status"] == "cancelled"
    assert moved["appointment"]["status"] == "booked"
    cancelled = got["appointment.cancelled"]["data"]["appointment"]
    assert (cancelled["id"], cancelled["status"]) == (seen["other"].pk, "cancelled")
    assert got["message.taken"]["data"]["message"]["text"] == "The crown came off, it hurts a lot"
    assert got["call.urgent"]["data"]["call"]["id"] == str(call.call_id)
    assert all(d.attempt_count == 1 for d in seen["deliveries"])
    # the booking made for the move is announced as the move, not as a booking of its own
    assert {r.payload["data"]["appointment"]["id"] for r in receiver.received
            if r.payload["type"] == "appointment.booked"} == {seen["booked"].pk, seen["other"].pk}


def test_the_business_s_own_move_and_cancellation_are_announced_once_each(eager_celery,
                                                                          receiver):
    """The portal's and the API's writes (appointment_move, appointment_cancel_by_business)
    tell the webhooks as a caller's do: one `appointment.moved`, one `appointment.cancelled`
    however often it is cancelled."""
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                _, secret = webhook_endpoint_create(url=receiver.url, events=[
                    events.APPOINTMENT_MOVED, events.APPOINTMENT_CANCELLED])
                receiver.secrets = [secret]
                config = call_config_get(SCHEMA)
                now = timezone.now()
                first, second = available_slots(
                    config=config, day_from=now.date() + timedelta(days=1),
                    day_to=now.date() + timedelta(days=14), now=now, limit=2)
                booked = appointment_book(config=config, starts_at=first.starts_at,
                                          caller_name="Ann Lee", callback_number=CALLER, now=now)
                moved = appointment_move(config=config, appointment_id=booked.pk,
                                         starts_at=second.starts_at, now=now)
                appointment_cancel_by_business(appointment_id=moved.pk)
                appointment_cancel_by_business(appointment_id=moved.pk)  # harmless twice
                receiver.wait_for(2)
                time.sleep(0.5)
                seen.update(booked=booked, moved=moved)
            finally:
                _clean_up()

    committed(body)
    got = [(r.payload["type"], r.payload["data"]["appointment"]["id"]) for r in receiver.received]
    assert sorted(got) == [("appointment.cancelled", seen["moved"].pk),
                           ("appointment.moved", seen["moved"].pk)]
    assert all(r.verified for r in receiver.received)


def test_nothing_is_sent_for_a_write_that_rolls_back(eager_celery, receiver):
    counts: dict[str, int] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
                with pytest.raises(RuntimeError), transaction.atomic():
                    callback_message_take(caller_name="Ann Lee", callback_number=CALLER,
                                          reason="Call me")
                    raise RuntimeError("the rest of the write failed")
                time.sleep(0.5)
                counts["deliveries"] = WebhookDelivery.objects.count()
            finally:
                _clean_up()

    committed(body)
    assert counts["deliveries"] == 0 and receiver.received == []


def test_the_sweep_sends_a_delivery_whose_queued_attempt_was_lost(eager_celery, receiver):
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                           events=[events.MESSAGE_TAKEN])
                receiver.secrets = [secret]
                lost = WebhookDelivery.objects.create(
                    endpoint=endpoint, message_id=f"msg_{uuid.uuid4().hex}",
                    event_type=events.MESSAGE_TAKEN, body='{"type":"message.taken"}',
                    next_attempt_at=timezone.now() - timedelta(minutes=10))
            except BaseException:
                _clean_up()
                raise
        try:
            seen["queued"] = retry_due_everywhere.apply().get()
            receiver.wait_for(1)
            with schema_context(SCHEMA):
                wait_until(lambda: WebhookDelivery.objects.get(pk=lost.pk).status
                           == WebhookDelivery.Status.SUCCEEDED, "the lost delivery sent")
        finally:
            with schema_context(SCHEMA):
                _clean_up()

    committed(body)
    assert seen["queued"] == 1 and receiver.received[0].verified


# --- with a broker: a real Celery worker ----------------------------------------------------
def _test_database_env() -> dict[str, str]:
    name = connection.settings_dict["NAME"]
    if settings.DATABASE_URL:
        return {"DATABASE_URL": urlparse(settings.DATABASE_URL)._replace(path=f"/{name}").geturl()}
    return {"EMBEDDED_POSTGRES_DB": name}


@pytest.fixture
def worker(django_db_setup, tmp_path) -> Iterator[Path]:
    """A Celery worker on a queue of its own; this process sends to that queue, not eagerly."""
    queue = f"webhooks-test-{uuid.uuid4().hex[:12]}"
    log = tmp_path / "worker.log"
    env = os.environ | _test_database_env() | {
        "DJANGO_SETTINGS_MODULE": "receptionist.settings", "REDIS_URL": settings.REDIS_URL,
        "PYTHONUNBUFFERED": "1", "CELERY_QUEUE": queue, "HOUSEKEEPING_IN_PROCESS": "false",
        "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1/32", "WEBHOOK_TIMEOUT_SECONDS": "2",
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
        yield log
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.skipif(not settings.REDIS_URL, reason="a real Celery worker needs the Redis "
                    "broker: set REDIS_URL (CI runs the suite with it once)")
def test_a_celery_worker_sends_and_retries_with_its_countdown(worker, receiver):
    receiver.status = 500
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                           events=[events.CALL_STARTED])
                receiver.secrets = [secret]
                started = time.monotonic()
                call_start(client_id=SCHEMA, caller_number=CALLER)
                seen["took"] = time.monotonic() - started
                receiver.wait_for(1, timeout=120)  # the worker's start-up included
                receiver.status = 204
                wait_until(lambda: WebhookDelivery.objects.filter(
                    endpoint=endpoint, status=WebhookDelivery.Status.SUCCEEDED).exists(),
                    "the retry", timeout=RETRY_DELAYS[0] + 30)
                delivery = WebhookDelivery.objects.get(endpoint=endpoint)
                seen.update(delivery=delivery, attempts=list(
                    delivery.attempts.order_by("attempted_at")))
            finally:
                _clean_up()

    committed(body)
    assert seen["took"] < 0.5
    first, second = seen["attempts"]
    assert (first.status_code, second.status_code) == (500, 204)
    gap = (second.attempted_at - first.attempted_at).total_seconds()
    assert RETRY_DELAYS[0] <= gap < RETRY_DELAYS[0] + 10
    assert [r.verified for r in receiver.received] == [True, True]
    assert worker.read_text().count("webhooks.deliver[") >= 2
