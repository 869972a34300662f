"""Staff read the whole audit log in the public admin (staff-wide entries, or any business's),
where nobody can add, change or delete an entry."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django_tenants.utils import schema_context

from .conftest import SECRET_GREETING, STAFF_WHERE, WHERE, entries, page_text, record

pytestmark = pytest.mark.django_db

ADMIN = "/admin/audit/auditentry/"


def test_staff_see_staff_wide_entries_and_any_business_log(staff_client, dental_client):
    dental_client.post("/settings/greeting/", {"greeting": SECRET_GREETING}, **WHERE)
    record("public", "staff-wide-entry-5521")
    public = page_text(staff_client.get(ADMIN, **STAFF_WHERE))
    assert "staff-wide-entry-5521" in public and "Dental-only greeting" not in public
    response = staff_client.get(f"{ADMIN}?schema=t_dental", **STAFF_WHERE)
    assert response.status_code == 200
    dental = page_text(response)
    assert "owner@t-dental.example" in dental and WHERE["REMOTE_ADDR"] in dental
    assert "staff-wide-entry-5521" not in dental
    assert "Fleet Dental (t_dental)" in dental  # the filter names the business shown


def test_an_unknown_business_in_the_admin_shows_the_staff_wide_log(staff_client):
    record("public", "staff-wide-entry-5521")
    for value in ("nope", "tenant_template", "'; DROP TABLE x; --"):
        response = staff_client.get(ADMIN, {"schema": value}, **STAFF_WHERE)
        assert response.status_code == 200 and "staff-wide-entry-5521" in page_text(response)


def test_the_admin_is_read_only(staff_client, dental_client):
    dental_client.post("/settings/greeting/", {"greeting": SECRET_GREETING}, **WHERE)
    [entry] = entries("t_dental", kind="settings", event="updated")
    public = record("public", "staff-wide-entry-5521")

    page = staff_client.get(f"{ADMIN}{entry.pk}/change/",
                            {"_changelist_filters": "schema=t_dental"}, **STAFF_WHERE)
    assert page.status_code == 200
    assert "Dental-only greeting 4417" in page_text(page) and 'name="_save"' not in page_text(page)
    for url, data in [(f"{ADMIN}{public.pk}/change/", {"object_repr": "rewritten"}),
                      (f"{ADMIN}{public.pk}/delete/", {"post": "yes"}),
                      (f"{ADMIN}add/", {"object_repr": "forged"})]:
        assert staff_client.post(url, data, **STAFF_WHERE).status_code == 403
    staff_client.post(f"{ADMIN}?schema=t_dental", {
        "action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
        **STAFF_WHERE)
    staff_client.post(ADMIN, {"action": "delete_selected", "_selected_action": [public.pk],
                              "post": "yes"}, **STAFF_WHERE)
    assert entries("t_dental", pk=entry.pk)[0].object_repr == entry.object_repr
    assert entries("public", pk=public.pk)[0].object_repr == "staff-wide-entry-5521"


def test_staff_need_the_view_permission_read_from_the_public_schema(dental_client):
    dental_client.post("/settings/greeting/", {"greeting": SECRET_GREETING}, **WHERE)
    client = Client(HTTP_HOST="localhost")
    with schema_context("public"):  # staff users live in the public schema
        clerk = get_user_model().objects.create_user("clerk", password="a-long-clerk-password",
                                                     is_staff=True)
        client.force_login(clerk)
    assert client.get(f"{ADMIN}?schema=t_dental").status_code == 403
    with schema_context("public"):
        clerk.user_permissions.add(Permission.objects.get(codename="view_auditentry",
                                                          content_type__app_label="audit"))
    response = client.get(f"{ADMIN}?schema=t_dental")
    assert response.status_code == 200 and "owner@t-dental.example" in page_text(response)
