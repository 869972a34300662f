"""Retention: a daily job deletes audit entries older than AUDIT_RETENTION_DAYS (default 400),
in the public schema and in every business's, and nothing newer."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from django_tenants.utils import schema_context

from audit.models import AuditEntry
from audit.services import audit_event_record
from audit.tasks import prune_everywhere
from receptionist import housekeeping

pytestmark = pytest.mark.django_db
SCHEMAS = ("public", "t_dental", "t_law")


def _aged(schema: str, text: str, days: float) -> int:
    with schema_context(schema):
        entry = audit_event_record(kind=AuditEntry.Kind.OTHER, event=AuditEntry.Event.UPDATED,
                                   object_repr=text)
        AuditEntry.objects.filter(pk=entry.pk).update(
            timestamp=timezone.now() - timedelta(days=days))
        return entry.pk


def _exists(schema: str, pk: int) -> bool:
    with schema_context(schema):
        return AuditEntry.objects.filter(pk=pk).exists()


def test_the_retention_is_400_days_unless_set():
    assert "AUDIT_RETENTION_DAYS" in os.environ or django_settings.AUDIT_RETENTION_DAYS == 400


def test_the_retention_job_deletes_only_entries_older_than_the_setting(fleet, eager_celery,
                                                                      settings):
    settings.AUDIT_RETENTION_DAYS = 30
    old = {schema: _aged(schema, "too old", 30.5) for schema in SCHEMAS}
    kept = {schema: _aged(schema, "still kept", 29.5) for schema in SCHEMAS}
    assert prune_everywhere.delay().get() >= len(SCHEMAS) - 1
    for schema in SCHEMAS:
        assert not _exists(schema, old[schema]), schema
        assert _exists(schema, kept[schema]), schema


def test_the_retention_job_is_on_the_periodic_schedule(fleet, eager_celery):
    entry = next(e for e in django_settings.CELERY_BEAT_SCHEDULE.values()
                 if e["task"] == "audit.prune_everywhere")
    assert float(entry["schedule"]) == 24 * 3600
    old = _aged("t_vet", "too old", 401)
    assert housekeeping.run_due({"prune": entry}, {}, now=1000.0) == ["prune"]
    assert not _exists("t_vet", old)
