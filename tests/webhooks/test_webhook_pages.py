"""The owner's webhook pages: who may open them (owners; not the front desk, nor another
business's login), bad input as form errors (never a 500), and what each button does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tenants.utils import schema_context

from tests.conftest import rolled_back
from tests.factories import colleague_create
from tests.portal.owner_login import anonymous_client, owner_client
from tests.webhooks.test_dispatch import committed, wait_until
from webhooks import events
from webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from webhooks.services import webhook_endpoint_create
from webhooks.signing import secret_decrypt

pytestmark = pytest.mark.django_db
SCHEMA, OTHER = "t_dental", "t_law"
LOGIN, DENIED = "login", 403

# path template: ((GET as anonymous, front desk, owner), (POST as anonymous, front desk, owner))
TABLE = {
    "/webhooks/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "/webhooks/{endpoint}/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "/webhooks/{endpoint}/rotate/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "/webhooks/{endpoint}/delete/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "/webhooks/deliveries/{delivery}/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 405)),
    "/webhooks/deliveries/{delivery}/redeliver/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
}
FORM = {"url": "http://127.0.0.1:9/hooks", "description": "CRM",
        "events": [events.CALL_STARTED, events.CALL_ENDED], "enabled": "on"}


@pytest.fixture
def world(fleet, local_allowed):
    desk = colleague_create(schema=SCHEMA, email="desk@example.com", role="front_desk")
    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url="http://127.0.0.1:9/old",
                                                   events=[events.MESSAGE_TAKEN])
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, message_id="msg_matrix", event_type=events.MESSAGE_TAKEN,
            body='{"type":"message.taken"}', status=WebhookDelivery.Status.FAILED,
            attempt_count=10, last_status_code=500, last_response="boom")
        WebhookAttempt.objects.create(delivery=delivery, attempted_at=timezone.now(),
                                      status_code=500, response_body="boom", duration_ms=12)
    desk_client = anonymous_client(SCHEMA)
    with schema_context(SCHEMA):
        desk_client.force_login(get_user_model().objects.get(pk=desk.pk))
    outsider = owner_client(OTHER)  # another business's owner, with its session cookie ...
    outsider.defaults["HTTP_HOST"] = anonymous_client(SCHEMA).defaults["HTTP_HOST"]  # ... here
    return {"endpoint": endpoint, "secret": secret, "delivery": delivery, "clients": {
        "anonymous": anonymous_client(SCHEMA), "front_desk": desk_client,
        "owner": owner_client(SCHEMA), "other business": outsider}}


def _state() -> list:
    with schema_context(SCHEMA):
        return [list(WebhookEndpoint.objects.order_by("pk").values_list(
                    "pk", "url", "events", "enabled", "description", "secret_encrypted")),
                list(WebhookDelivery.objects.order_by("pk").values_list(
                    "pk", "status", "next_attempt_at", "attempt_count"))]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("template", TABLE)
def test_only_owners_open_the_webhook_pages(world, template, method):
    path = template.format(endpoint=world["endpoint"].pk, delivery=world["delivery"].pk)
    expected = dict(zip(("anonymous", "front_desk", "owner"),
                        TABLE[template][method == "post"], strict=True))
    expected["other business"] = expected["anonymous"]  # its session means nothing here
    for who, client in world["clients"].items():
        client.raise_request_exception = False
        with rolled_back():
            before = _state()
            response = getattr(client, method)(path, FORM if method == "post" else {})
            want = expected[who]
            if want == LOGIN:
                assert response.status_code == 302, (who, method, path)
                assert response["Location"].startswith("/accounts/login/")
            else:
                assert response.status_code == want, (who, method, path, response.status_code)
            if want in (LOGIN, DENIED):
                assert _state() == before, f"{who} {method} {path} changed something"


@pytest.mark.parametrize("template", [t for t in TABLE if "{" in t])
def test_another_business_finds_none_of_this_business_endpoints(world, template):
    """Another business's owner, on its own domain, with this business's ids: not found."""
    client = owner_client(OTHER)
    client.raise_request_exception = False
    path = template.format(endpoint=world["endpoint"].pk, delivery=world["delivery"].pk)
    before = _state()
    method = "get" if TABLE[template][0][2] == 200 else "post"
    response = getattr(client, method)(path, FORM if method == "post" else {})
    assert response.status_code == 404, (method, path, response.status_code)
    assert _state() == before


def test_the_menu_shows_webhooks_to_owners_only(world):
    assert 'href="/webhooks/"' in world["clients"]["owner"].get("/dashboard/").content.decode()
    page = world["clients"]["front_desk"].get("/dashboard/").content.decode()
    assert 'href="/webhooks/"' not in page


def test_an_owner_adds_an_endpoint_and_sees_its_secret(world):
    owner = world["clients"]["owner"]
    response = owner.post("/webhooks/", FORM)
    assert response.status_code == 302
    with schema_context(SCHEMA):
        endpoint = WebhookEndpoint.objects.get(url=FORM["url"])
    assert response["Location"] == f"/webhooks/{endpoint.pk}/"
    assert endpoint.events == sorted(FORM["events"]) and endpoint.enabled
    page = owner.get(response["Location"]).content.decode()
    assert secret_decrypt(endpoint.secret_encrypted) in page
    assert FORM["url"] in owner.get("/webhooks/").content.decode()


BAD = [
    ({"url": "", "events": [events.CALL_STARTED]}, "url"),
    ({"url": "not a url", "events": [events.CALL_STARTED]}, "url"),
    ({"url": "ftp://example.com/x", "events": [events.CALL_STARTED]}, "url"),
    ({"url": "http://10.0.0.7/hooks", "events": [events.CALL_STARTED]}, "internal address"),
    ({"url": "http://169.254.169.254/latest/meta-data", "events": [events.CALL_ENDED]},
     "internal address"),
    ({"url": "http://127.0.0.1:9/hooks", "events": []}, "Choose at least one event"),
    ({"url": "http://127.0.0.1:9/hooks", "events": ["call.exploded"]}, "call.exploded"),
    ({"url": "http://127.0.0.1:99999/hooks", "events": [events.CALL_STARTED]}, "url"),
    ({"url": "https://" + "a" * 2100 + ".com/", "events": [events.CALL_STARTED]}, "url"),
]


@pytest.mark.parametrize(("form", "says"), BAD)
def test_bad_input_is_a_form_error_never_a_server_error(world, settings, form, says):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]  # 10.x and 169.254.x stay refused
    owner = world["clients"]["owner"]
    owner.raise_request_exception = False
    before = _state()
    for path in ("/webhooks/", f"/webhooks/{world['endpoint'].pk}/"):
        response = owner.post(path, form)
        assert response.status_code == 200, (path, form, response.status_code)
        page = response.content.decode()
        assert "errorlist" in page and (says in page or says == "url"), (path, form)
    assert _state() == before


def test_an_owner_edits_disables_rotates_and_deletes_an_endpoint(world, settings):
    settings.WEBHOOK_SECRET_GRACE_HOURS = 24
    owner, endpoint = world["clients"]["owner"], world["endpoint"]
    path = f"/webhooks/{endpoint.pk}/"
    form = {"url": "http://127.0.0.1:9/new", "events": [events.APPOINTMENT_BOOKED],
            "description": "calendar"}  # no "enabled": switched off
    assert owner.post(path, form).status_code == 302
    with schema_context(SCHEMA):
        endpoint = WebhookEndpoint.objects.get(pk=endpoint.pk)
    assert (endpoint.url, endpoint.events, endpoint.enabled) == (
        "http://127.0.0.1:9/new", [events.APPOINTMENT_BOOKED], False)

    assert owner.post(f"{path}rotate/").status_code == 302
    with schema_context(SCHEMA):
        endpoint = WebhookEndpoint.objects.get(pk=endpoint.pk)
    new = secret_decrypt(endpoint.secret_encrypted)
    assert new != world["secret"]
    assert secret_decrypt(endpoint.previous_secret_encrypted) == world["secret"]
    assert endpoint.previous_secret_expires_at > timezone.now() + timedelta(hours=23)
    page = owner.get(path).content.decode()
    assert new in page and "previous secret still signs" in page

    assert owner.post(f"{path}delete/").status_code == 302
    with schema_context(SCHEMA):
        assert not WebhookEndpoint.objects.filter(pk=endpoint.pk).exists()
        assert not WebhookDelivery.objects.filter(pk=world["delivery"].pk).exists()
    assert owner.get(path).status_code == 404


def test_the_deliveries_show_their_status_and_answers(world):
    owner = world["clients"]["owner"]
    page = owner.get(f"/webhooks/{world['endpoint'].pk}/").content.decode()
    assert "message.taken" in page and "failed" in page and "HTTP 500" in page
    page = owner.get(f"/webhooks/deliveries/{world['delivery'].pk}/").content.decode()
    assert "msg_matrix" in page and "boom" in page and "Redeliver" in page
    failed = owner.get(f"/webhooks/{world['endpoint'].pk}/?status=failed").content.decode()
    assert f"delivery-{world['delivery'].pk}" in failed
    delivered = owner.get(f"/webhooks/{world['endpoint'].pk}/?status=succeeded")
    assert f"delivery-{world['delivery'].pk}" not in delivered.content.decode()


def test_redeliver_sends_a_failed_delivery_again_by_hand(eager_celery, receiver):
    """End to end: the button's POST commits, the attempt runs after it, the page shows it."""
    seen: dict[str, object] = {}

    def body() -> None:
        with schema_context(SCHEMA):
            try:
                endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                           events=[events.MESSAGE_TAKEN])
                receiver.secrets = [secret]
                delivery = WebhookDelivery.objects.create(
                    endpoint=endpoint, message_id="msg_again", event_type=events.MESSAGE_TAKEN,
                    body='{"type":"message.taken","data":{}}',
                    status=WebhookDelivery.Status.FAILED, attempt_count=10)
            except BaseException:
                WebhookEndpoint.objects.all().delete()
                raise
        owner = owner_client(SCHEMA)
        try:
            response = owner.post(f"/webhooks/deliveries/{delivery.pk}/redeliver/")
            seen["status"] = response.status_code
            receiver.wait_for(1)
            with schema_context(SCHEMA):
                wait_until(lambda: WebhookDelivery.objects.get(pk=delivery.pk).status
                           == WebhookDelivery.Status.SUCCEEDED, "the redelivery")
                seen["attempt"] = WebhookAttempt.objects.get(delivery=delivery)
            seen["page"] = owner.get(f"/webhooks/deliveries/{delivery.pk}/").content.decode()
        finally:
            owner.logout()
            with schema_context(SCHEMA):
                WebhookEndpoint.objects.all().delete()

    committed(body)
    assert seen["status"] == 302
    assert receiver.received[0].verified
    assert receiver.received[0].headers["webhook-id"] == "msg_again"
    assert seen["attempt"].manual and seen["attempt"].status_code == 204
    assert "by hand" in seen["page"] and "delivered" in seen["page"]
