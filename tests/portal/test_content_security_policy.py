"""Issue 16, finding 9: every page is served with a Content Security Policy that allows only this
site's own scripts and styles, and no page needs more (no inline code anywhere).

A real browser holding the pages to the policy is tests/browser/test_owner_journey.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.portal.owner_login import make_call, owner_client

pytestmark = pytest.mark.django_db
TEMPLATES = Path(settings.BASE_DIR) / "templates"
# code a policy without 'unsafe-inline' refuses to run or apply
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I),
     "inline script"),
    (re.compile(r"<style\b", re.I), "style element"),
    (re.compile(r"\sstyle=[\"']", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+=[\"']", re.I), "event handler attribute"),
    (re.compile(r"\shx-on[:-]", re.I), "htmx inline handler"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]
PORTAL_PAGES = ["/dashboard/", "/calls/", "/appointments/", "/messages/", "/settings/",
                "/settings/greeting/", "/settings/services/", "/settings/faq/",
                "/settings/hours/", "/settings/booking/", "/settings/transfer/",
                "/settings/voice/", "/settings/providers/", "/try/"]


def inline_code(html: str) -> list[str]:
    return [f"{what}: {match.group(0)!r}" for pattern, what in INLINE
            for match in pattern.finditer(html)]


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_no_template_carries_inline_code():
    found = {str(path.relative_to(TEMPLATES)): inline_code(path.read_text())
             for path in TEMPLATES.rglob("*.html")}
    assert {name: code for name, code in found.items() if code} == {}


@pytest.mark.parametrize("path", PORTAL_PAGES)
def test_each_portal_page_is_served_under_a_policy_it_satisfies(path):
    from datetime import timedelta

    from django.utils import timezone

    make_call(schema="t_dental", start=timezone.now() - timedelta(hours=1))
    response = owner_client("t_dental").get(path)

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert inline_code(response.content.decode()) == []


@pytest.mark.parametrize("path", ["/", "/signup/", "/login/"])
def test_the_public_pages_are_served_under_the_same_policy(public_client, path):
    response = public_client.get(path)

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]
    assert inline_code(response.content.decode()) == []


def test_a_call_and_a_cloning_job_render_without_inline_code(dental_client):
    from datetime import timedelta

    from django.utils import timezone
    from django_tenants.utils import schema_context

    from frontdesk.models import VoiceCloneJob
    from tests.portal.owner_login import make_turn

    call = make_call(schema="t_dental", start=timezone.now() - timedelta(hours=1))
    make_turn(schema="t_dental", call=call, index=0, at=call.start_time)
    with schema_context("t_dental"):
        job = VoiceCloneJob.objects.create(name="My voice", sample_seconds=30, sample_bytes=1,
                                         sample_encrypted=b"", sample_format="wav")

    detail = dental_client.get(f"/calls/{call.call_id}/")
    polled = dental_client.get(f"/settings/voice/jobs/{job.pk}/")

    assert (detail.status_code, polled.status_code) == (200, 200)
    assert inline_code(detail.content.decode() + polled.content.decode()) == []
