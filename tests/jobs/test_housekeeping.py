"""Periodic housekeeping: calls nobody ended are closed on a schedule, by Celery beat with Redis
or by the processes themselves with the embedded defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.analytics_service import call_start, call_turn_record
from calls.models import Call
from calls.tasks import close_abandoned, close_abandoned_everywhere
from receptionist import housekeeping
from receptionist.celery import app as celery_app

pytestmark = pytest.mark.django_db


def _call(schema: str, *, idle: timedelta) -> Call:
    with schema_context(schema):
        call = call_start(client_id=schema, caller_number="+14155550123",
                          started_at=timezone.now() - idle - timedelta(minutes=1))
        call_turn_record(call=call, user_text="Hello?", agent_text="Hi, how can I help?",
                         started_at=timezone.now() - idle)
        return call


def _status(schema: str, call: Call) -> tuple[str, str]:
    with schema_context(schema):
        call.refresh_from_db()
        return call.status, call.outcome


def test_the_schedule_closes_every_business_abandoned_calls_and_no_live_one(fleet,
                                                                           eager_celery):
    dropped = _call("t_dental", idle=timedelta(minutes=30))
    elsewhere = _call("t_law", idle=timedelta(hours=2))
    live = _call("t_dental", idle=timedelta(minutes=2))
    assert close_abandoned_everywhere.delay().get() >= 2
    assert _status("t_dental", dropped) == (Call.Status.ABANDONED, Call.Outcome.ABANDONED)
    assert _status("t_law", elsewhere) == (Call.Status.ABANDONED, Call.Outcome.ABANDONED)
    assert _status("t_dental", live) == (Call.Status.IN_PROGRESS, "")
    with schema_context("t_dental"):
        dropped.refresh_from_db()
        assert "Hello?" in dropped.transcript  # the partial transcript is kept


def test_closing_twice_is_harmless(fleet, eager_celery):
    dropped = _call("t_vet", idle=timedelta(minutes=30))
    assert close_abandoned.delay(schema_name="t_vet").get() == 1
    assert close_abandoned.delay(schema_name="t_vet").get() == 0
    assert _status("t_vet", dropped)[0] == Call.Status.ABANDONED


def test_the_beat_schedule_names_jobs_a_fresh_process_finds():
    """The web process and the worker never imported calls/tasks.py before their first run."""
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule, "nothing would close abandoned calls"
    assert all(float(entry["schedule"]) >= 10 for entry in schedule.values())
    script = ("import django; django.setup()\n"
              "from django.conf import settings\n"
              "from receptionist import housekeeping\n"
              "for e in settings.CELERY_BEAT_SCHEDULE.values():\n"
              "    print(housekeeping.scheduled_task(e['task']).name)\n")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=120, cwd=settings.BASE_DIR,
                           env={**os.environ, "DJANGO_SETTINGS_MODULE": "receptionist.settings"})
    assert found.returncode == 0, found.stderr[-2000:]
    assert found.stdout.split() == [e["task"] for e in schedule.values()]
    celery_app.loader.import_default_modules()  # as a worker does before it runs anything
    assert all(e["task"] in celery_app.tasks for e in schedule.values())


def test_the_in_process_scheduler_runs_each_job_when_due_and_not_before(fleet, eager_celery):
    dropped = _call("t_salon", idle=timedelta(minutes=30))
    schedule = {"close": {"task": "calls.close_abandoned_everywhere", "schedule": 60.0}}
    last_run: dict[str, float] = {}
    assert housekeeping.run_due(schedule, last_run, now=1000.0) == ["close"]
    assert _status("t_salon", dropped)[0] == Call.Status.ABANDONED
    assert housekeeping.run_due(schedule, last_run, now=1030.0) == []
    assert housekeeping.run_due(schedule, last_run, now=1060.0) == ["close"]


def test_the_in_process_scheduler_stays_off_with_a_broker_or_when_turned_off(settings):
    settings.HOUSEKEEPING_IN_PROCESS = True
    settings.CELERY_TASK_ALWAYS_EAGER = False  # Redis: Celery beat does it
    assert housekeeping.start_in_process() is False
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.HOUSEKEEPING_IN_PROCESS = False  # the tests' own setting
    assert housekeeping.start_in_process() is False
