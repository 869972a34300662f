"""Audit log tests: the portal's logged-in owners, staff in the public admin, entries read from
one schema at a time."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.test import Client
from django_tenants.utils import schema_context

from audit.models import AuditEntry
from audit.services import audit_event_record
from tests.jobs.conftest import cartesia, eager_celery  # noqa: F401
from tests.portal.conftest import (  # noqa: F401
    OWNER_PASSWORD,
    anonymous_dental,
    dental_client,
    law_client,
    owner_email,
    public_client,
    tenant_host,
)

# where the tests' requests come from
WHERE = {"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": "AuditTest/1.0 (owner's laptop)"}
STAFF_WHERE = {"REMOTE_ADDR": "198.51.100.20", "HTTP_USER_AGENT": "AuditTest/1.0 (staff desk)",
               "HTTP_HOST": "localhost"}
STAFF_PASSWORD = "a-long-staff-password"
SECRET_GREETING = "Dental-only greeting 4417 from {business_name}"


def entries(schema: str, **filters: Any) -> list[AuditEntry]:
    """That schema's entries matching `filters`, oldest first, with their content type read
    there (content types differ between schemas)."""
    with schema_context(schema):
        found = list(AuditEntry.objects.filter(**filters).select_related("content_type")
                     .order_by("timestamp", "id"))
        for entry in found:
            entry.model_name = entry.content_type.model
            entry.shown = entry.changes_shown
    return found


def dumped(entry: AuditEntry) -> str:
    """Everything an entry holds, as one string (to prove a secret is nowhere in it)."""
    return json.dumps(model_to_dict(entry), default=str) + entry.changes_text + entry.object_repr


def holds_part_of(text: str, secret: str, *, chunk: int = 10) -> bool:
    """Whether any `chunk` characters of `secret` appear in `text` (a half-masked hash would)."""
    return any(secret[i:i + chunk] in text for i in range(0, max(len(secret) - chunk, 0) + 1))


def page_text(response) -> str:
    return response.content.decode()


def record(schema: str, text: str, *, at: datetime | None = None,
            kind: str = AuditEntry.Kind.OTHER) -> AuditEntry:
    with schema_context(schema):
        entry = audit_event_record(kind=kind, event=AuditEntry.Event.UPDATED, object_repr=text)
        if at is not None:
            AuditEntry.objects.filter(pk=entry.pk).update(timestamp=at)
    return entry


@pytest.fixture
def staff_client(db) -> Client:
    staff = get_user_model().objects.create_superuser("staff", "staff@example.com",
                                                      STAFF_PASSWORD)
    client = Client(HTTP_HOST="localhost")
    client.force_login(staff)
    return client
