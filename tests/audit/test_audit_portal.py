"""Owners read their business's audit log on the portal (newest first, paginated, filtered by
kind and date; a bad filter is a form error); no other business's owner sees or reaches it."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEntry
from audit.selectors import PAGE_SIZE

from .conftest import SECRET_GREETING, WHERE, entries, page_text, record, tenant_host

pytestmark = pytest.mark.django_db


# --- the owner's page -------------------------------------------------------------------------
def test_the_owner_sees_who_what_when_and_where(dental_client):
    dental_client.post("/settings/greeting/", {"greeting": SECRET_GREETING}, **WHERE)
    response = dental_client.get("/activity/")
    assert response.status_code == 200
    body = page_text(response)
    assert "Dental-only greeting 4417" in body and "owner@t-dental.example" in body
    assert WHERE["REMOTE_ADDR"] in body and "AuditTest/1.0" in body
    assert "Receptionist settings" in body and "→" in body


def test_the_log_is_newest_first_and_paginated(dental_client):
    now = timezone.now()
    for n in range(PAGE_SIZE + 5):
        record("t_dental", f"entry-{n:03d}", at=now - timedelta(minutes=PAGE_SIZE + 5 - n))
    first = page_text(dental_client.get("/activity/"))
    newest, older = f"entry-{PAGE_SIZE + 4:03d}", f"entry-{PAGE_SIZE + 3:03d}"
    assert first.index(newest) < first.index(older)
    assert "entry-000" not in first and "Older →" in first
    second = page_text(dental_client.get("/activity/?page=2"))
    assert "entry-000" in second and newest not in second


def test_the_log_filters_by_kind_and_by_the_business_days(dental_client):
    zone = zoneinfo.ZoneInfo("America/New_York")  # the fleet's businesses' time zone
    record("t_dental", "late-on-the-10th", at=datetime(2024, 3, 10, 23, 30, tzinfo=zone))
    record("t_dental", "early-on-the-11th", at=datetime(2024, 3, 11, 0, 30, tzinfo=zone))
    record("t_dental", "a-login-entry", kind=AuditEntry.Kind.LOGIN)
    day = page_text(dental_client.get("/activity/?date_from=2024-03-10&date_to=2024-03-10"))
    assert "late-on-the-10th" in day and "early-on-the-11th" not in day
    logins = page_text(dental_client.get("/activity/?kind=login"))
    assert "a-login-entry" in logins and "late-on-the-10th" not in logins


@pytest.mark.parametrize("query, error", [
    ("kind=hacking", "Select a valid choice"),
    ("date_from=not-a-date", "Enter a valid date"),
    ("date_to=2024-13-45", "Enter a valid date"),
    ("date_from=99999-01-01", "Enter a valid date"),
    ("date_from=0001-01-01", "Choose a date between"),
    ("date_from=2024-03-12&date_to=2024-03-10", "The end date is before the start date"),
    ("page=abc", "There is no page"),
    ("page=-3", "There is no page"),
    ("kind=%00", "Select a valid choice"),
])
def test_a_bad_filter_is_a_form_error_and_the_log_still_shows(dental_client, query, error):
    record("t_dental", "still-listed")
    response = dental_client.get(f"/activity/?{query}")
    assert response.status_code == 200
    body = page_text(response)
    assert error in body and "still-listed" in body


def test_a_page_past_the_last_shows_the_last(dental_client):
    record("t_dental", "only-page")
    response = dental_client.get("/activity/?page=99999")
    assert response.status_code == 200 and "only-page" in page_text(response)


def test_the_log_is_for_logged_in_owners_and_cannot_be_written(anonymous_dental, dental_client):
    response = anonymous_dental.get("/activity/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    entry = record("t_dental", "not-deletable")
    for method in ("post", "put", "delete"):
        assert getattr(dental_client, method)("/activity/", {"id": entry.pk}).status_code == 405
    assert entries("t_dental", pk=entry.pk)


def test_another_business_owner_never_sees_or_reaches_the_log(dental_client, law_client):
    dental_client.post("/settings/greeting/", {"greeting": SECRET_GREETING}, **WHERE)
    record("public", "staff-wide-entry-5521")
    own = page_text(dental_client.get("/activity/"))
    assert "Dental-only greeting 4417" in own and "staff-wide-entry-5521" not in own

    other = law_client.get("/activity/")
    assert other.status_code == 200
    body = page_text(other)
    assert "Dental-only greeting 4417" not in body and "owner@t-dental.example" not in body
    assert "staff-wide-entry-5521" not in body
    # law's owner on dental's portal is nobody there
    reached = law_client.get("/activity/", HTTP_HOST=tenant_host("t_dental"))
    assert reached.status_code == 302 and "/accounts/login/" in reached["Location"]
