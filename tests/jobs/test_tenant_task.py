"""TenantTask: every job runs inside the business it names, and only there."""

from __future__ import annotations

import pytest
from celery import shared_task
from django.db import connection

from calls.tasks import call_analyse
from frontdesk.tasks import greeting_prerender, voice_clone
from receptionist.tasks_base import TenantTask

pytestmark = pytest.mark.django_db


@shared_task(base=TenantTask, name="tests.jobs.schema_seen")
def schema_seen(*, schema_name: str) -> str:
    return connection.schema_name


def test_a_task_runs_inside_the_schema_it_names_and_leaves_it_after(fleet, eager_celery):
    assert connection.schema_name == "public"
    assert schema_seen.delay(schema_name="t_vet").get() == "t_vet"
    assert schema_seen.apply(kwargs={"schema_name": "t_salon"}).get() == "t_salon"
    assert connection.schema_name == "public"


def test_a_task_without_a_business_is_refused(fleet):
    with pytest.raises(TypeError, match="needs schema_name"):
        schema_seen.apply(kwargs={}).get()
    with pytest.raises(ValueError, match="not the public one"):
        schema_seen.apply(kwargs={"schema_name": "public"}).get()


@pytest.mark.parametrize("task, ids", [
    (greeting_prerender, {}), (voice_clone, {"job_id": 1}),
    (call_analyse, {"call_id": "7b0c7f3e-0000-4000-8000-000000000000"}),
])
def test_every_job_skips_a_business_that_no_longer_exists(fleet, caplog, task, ids):
    assert task.apply(kwargs={"schema_name": "t_closed_down", **ids}).get() is None
    assert f"{task.name} skipped: no business with schema 't_closed_down'" in caplog.text
