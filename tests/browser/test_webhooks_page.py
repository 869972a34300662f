"""The Webhooks page in a real browser (under the enforced Content Security Policy): an owner
adds an endpoint, reads its secret, a call's event reaches a receiver that verifies it with that
secret, and the delivery is listed and sent again by hand. Screenshots go to
test-output/screenshots/."""

from __future__ import annotations

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

from receptionist.celery import app as celery_app
from tests.browser.conftest import committed_write, screenshot, watch_csp
from tests.webhooks.receiver import receiving

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
SCHEMA, HOST = "t_dental", "t-dental.localhost"


def _session_cookie() -> str:
    def login() -> str:
        client = Client(HTTP_HOST=HOST)
        with schema_context(SCHEMA):
            client.force_login(get_user_model().objects.get(username="owner@t-dental.example"))
        return client.cookies["sessionid"].value
    return committed_write(login)


def _reload_until(page: object, done: object, what: str) -> None:
    deadline = time.monotonic() + 20
    while not done():
        assert time.monotonic() < deadline, f"no {what}"
        page.wait_for_timeout(300)
        page.reload()


def _clean_up() -> None:
    from calls.models import Call
    from webhooks.models import WebhookEndpoint

    def clean() -> None:
        with schema_context(SCHEMA):
            WebhookEndpoint.objects.all().delete()
            Call.objects.filter(caller_number="+14155550188").delete()
    committed_write(clean)


def test_an_owner_connects_a_receiver_and_watches_its_deliveries(browser, live_url, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    portal = live_url.replace("localhost", HOST)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    violations = watch_csp(context)
    context.add_cookies([{"name": "sessionid", "value": _session_cookie(), "url": portal}])
    page = context.new_page()
    try:
        with receiving() as receiver:
            page.goto(f"{portal}/webhooks/")
            page.get_by_label("Endpoint URL").fill(receiver.url)
            page.get_by_label("A call started").check()
            page.get_by_label("A message was taken").check()
            screenshot(page, "webhooks-01-add")
            page.get_by_role("button", name="Add the endpoint").click()
            page.wait_for_url(re.compile(r".*/webhooks/\d+/$"))
            page.get_by_text("Show the secret").click()
            secret = page.locator("#webhook-secret code").inner_text()
            assert secret.startswith("whsec_")
            receiver.secrets = [secret]
            screenshot(page, "webhooks-02-endpoint")

            def a_call() -> None:
                from calls.analytics_service import call_start

                with schema_context(SCHEMA):
                    call_start(client_id=SCHEMA, caller_number="+14155550188")
            committed_write(a_call)
            [got] = receiver.wait_for(1)
            assert got.verified and got.payload["type"] == "call.started"

            _reload_until(page, lambda: "delivered" in page.locator("body").inner_text(),
                          "the delivery listed as delivered")
            screenshot(page, "webhooks-03-deliveries")
            page.locator("#webhook-deliveries a", has_text="call.started").click()
            page.get_by_role("button", name="Redeliver now").click()
            receiver.wait_for(2)
            _reload_until(page, lambda: "by hand" in page.locator("body").inner_text(),
                          "the redelivery listed")
            assert "HTTP 204" in page.locator("#webhook-attempts").inner_text()
            screenshot(page, "webhooks-04-delivery")
        assert violations == []
    finally:
        celery_app.conf.task_always_eager = eager
        context.close()
        _clean_up()
