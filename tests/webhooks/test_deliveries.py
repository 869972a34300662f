"""Webhooks (issue 18): each event is signed per Standard Webhooks and checked by a real
receiver with the same library; a replayed (old) message is refused by that check; secrets
rotate with a grace period; failures are retried with exponential backoff for about a day, each
attempt recorded; owners' URLs cannot reach internal addresses.

These tests run in the test's transaction and make each attempt themselves
(`webhook_delivery_attempt`); how attempts are queued after commit, and that a slow endpoint
never delays a call, is in test_dispatch.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from calls.appointments import callback_message_take
from receptionist.errors import ApplicationError
from webhooks import events
from webhooks.models import WebhookAttempt, WebhookDelivery
from webhooks.services import (
    MAX_ATTEMPTS,
    RETRY_DELAYS,
    endpoint_secrets,
    webhook_delivery_attempt,
    webhook_endpoint_create,
    webhook_endpoint_secret_rotate,
    webhook_event_emit,
)
from webhooks.signing import secret_decrypt, signed_headers
from webhooks.transport import webhook_post

pytestmark = pytest.mark.django_db
SCHEMA = "t_dental"


def _take_message(*, urgent: bool = False):
    return callback_message_take(caller_name="Ann Lee", callback_number="+14155550100",
                                 reason="Please call me about my crown", urgent=urgent)


def test_a_delivery_is_signed_so_the_receivers_library_verifies_it(receiver):
    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                   events=[events.MESSAGE_TAKEN])
        receiver.secrets = [secret]
        message = _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery.pk)
        attempt = WebhookAttempt.objects.get(delivery=delivery)
    [got] = receiver.received
    assert got.verified, got.error
    assert got.headers["webhook-id"] == delivery.message_id
    assert got.headers["Content-Type"] == "application/json"
    assert got.payload["type"] == "message.taken"
    assert got.payload["data"]["business"] == {"id": SCHEMA, "name": "Fleet Dental"}
    assert got.payload["data"]["message"] == {
        "id": message.pk, "name": "Ann Lee", "callback_number": "+14155550100",
        "text": "Please call me about my crown", "urgent": False,
        "created_at": message.created_at.isoformat(), "call_id": None}
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED and retry_in is None
    assert (attempt.status_code, attempt.error, attempt.manual) == (204, "", False)
    assert attempt.duration_ms > 0


def test_a_replayed_message_with_an_old_timestamp_is_refused_by_the_receivers_check(receiver):
    """The signature covers id, timestamp and body: an old message cannot be made fresh, and
    the library refuses one older than five minutes."""
    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                   events=[events.MESSAGE_TAKEN])
        receiver.secrets = [secret]
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    old = timezone.now() - timedelta(minutes=6)
    replay = signed_headers(message_id=delivery.message_id, body=delivery.body,
                            secrets_=[secret], at=old)
    answer = webhook_post(url=receiver.url, body=delivery.body, headers=replay)
    assert answer.status_code == 400 and "too old" in answer.response
    # the old signature with a fresh timestamp does not match
    bumped = {**replay, "webhook-timestamp": str(int(timezone.now().timestamp()))}
    answer = webhook_post(url=receiver.url, body=delivery.body, headers=bumped)
    assert answer.status_code == 400 and "No matching signature" in answer.response
    # nor does a body changed in transit
    fresh = signed_headers(message_id=delivery.message_id, body=delivery.body,
                           secrets_=[secret], at=timezone.now())
    answer = webhook_post(url=receiver.url, body=delivery.body.replace("Ann", "Eve"),
                          headers=fresh)
    assert answer.status_code == 400
    assert [r.verified for r in receiver.received] == [False, False, False]
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(delivery.body, replay)


def test_a_rotated_secret_keeps_signing_beside_the_new_one_for_the_grace_period(
        receiver, settings):
    settings.WEBHOOK_SECRET_GRACE_HOURS = 24
    now = timezone.now()
    with schema_context(SCHEMA):
        endpoint, old = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        endpoint, new = webhook_endpoint_secret_rotate(endpoint_id=endpoint.pk, now=now)
        assert new != old and secret_decrypt(endpoint.secret_encrypted) == new
        receiver.secrets = [old]  # a receiver not switched over yet
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        webhook_delivery_attempt(delivery_id=delivery.pk)
        during = endpoint_secrets(endpoint, now=now + timedelta(hours=23))
        after = endpoint_secrets(endpoint, now=now + timedelta(hours=24, seconds=1))
    [got] = receiver.received
    assert got.verified and len(got.headers["webhook-signature"].split(" ")) == 2
    headers = signed_headers(message_id="msg_1", body="{}", secrets_=during, at=timezone.now())
    Webhook(old).verify("{}", headers)
    Webhook(new).verify("{}", headers)
    assert during == [new, old] and after == [new]
    headers = signed_headers(message_id="msg_1", body="{}", secrets_=after, at=timezone.now())
    Webhook(new).verify("{}", headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(old).verify("{}", headers)


def test_secrets_are_stored_encrypted():
    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url="https://8.8.8.8/hooks",
                                                   events=[events.CALL_STARTED])
        stored = bytes(type(endpoint).objects.get(pk=endpoint.pk).secret_encrypted)
    assert secret.startswith("whsec_") and secret.encode() not in stored
    assert secret_decrypt(stored) == secret


def test_a_failing_endpoint_is_retried_with_exponential_backoff_for_about_a_day(receiver):
    receiver.status, receiver.answer = 500, "database is down"
    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        created = delivery.next_attempt_at
        waits = []
        due = created
        for _ in range(MAX_ATTEMPTS):
            # an attempt before it is due does nothing
            assert webhook_delivery_attempt(delivery_id=delivery.pk,
                                            now=due - timedelta(seconds=1)) == (None, None)
            delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery.pk, now=due)
            if retry_in is None:
                break
            waits.append(retry_in)
            assert delivery.status == WebhookDelivery.Status.PENDING
            due = delivery.next_attempt_at
        attempts = list(delivery.attempts.order_by("attempted_at"))
    assert waits == list(RETRY_DELAYS)
    assert all(b == 3 * a for a, b in zip(waits, waits[1:], strict=False))  # exponential
    span = attempts[-1].attempted_at - attempts[0].attempted_at
    assert timedelta(hours=24) <= span <= timedelta(hours=28)
    assert delivery.status == WebhookDelivery.Status.FAILED and delivery.next_attempt_at is None
    assert len(attempts) == MAX_ATTEMPTS == delivery.attempt_count
    assert {(a.status_code, a.response_body) for a in attempts} == {(500, "database is down")}
    assert len(receiver.received) == MAX_ATTEMPTS
    # the same message every time: one id, one body
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1
    assert len({r.body for r in receiver.received}) == 1


def test_an_endpoint_that_recovers_gets_the_message_on_the_next_attempt(receiver):
    receiver.status = 503
    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url=receiver.url,
                                                   events=[events.MESSAGE_TAKEN])
        receiver.secrets = [secret]
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery.pk)
        assert (delivery.last_status_code, retry_in) == (503, RETRY_DELAYS[0])
        receiver.status = 200
        delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery.pk,
                                                      now=delivery.next_attempt_at)
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED and retry_in is None
    assert delivery.attempt_count == 2 and delivery.delivered_at is not None


def test_an_unreachable_endpoint_is_an_attempt_with_its_error(local_allowed, settings):
    from tests.live_server import free_port

    settings.WEBHOOK_TIMEOUT_SECONDS = 2
    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url=f"http://127.0.0.1:{free_port()}/",
                                              events=[events.MESSAGE_TAKEN])
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery.pk)
    assert delivery.status == WebhookDelivery.Status.PENDING and retry_in == RETRY_DELAYS[0]
    assert delivery.last_status_code is None
    assert delivery.last_error.startswith("could not connect")


def test_only_enabled_endpoints_that_asked_for_the_event_get_it(receiver):
    with schema_context(SCHEMA):
        wants, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        other, _ = webhook_endpoint_create(url=receiver.url, events=[events.CALL_STARTED])
        off, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        type(off).objects.filter(pk=off.pk).update(enabled=False)
        _take_message()
        assert set(WebhookDelivery.objects.values_list("endpoint_id", flat=True)) == {wants.pk}
    with schema_context("t_law"):  # another business's endpoints hear nothing of it
        assert not WebhookDelivery.objects.exists()


def test_an_urgent_message_is_a_message_and_an_urgent_call(receiver):
    with schema_context(SCHEMA):
        webhook_endpoint_create(url=receiver.url,
                                events=[events.MESSAGE_TAKEN, events.CALL_URGENT])
        message = _take_message(urgent=True)
        bodies = {d.event_type: d.body for d in WebhookDelivery.objects.all()}
    assert set(bodies) == {"message.taken", "call.urgent"}
    import json

    urgent = json.loads(bodies["call.urgent"])["data"]
    assert urgent["reason"] == "Please call me about my crown"
    assert urgent["message"]["id"] == message.pk and urgent["message"]["urgent"] is True


def test_an_unknown_event_is_a_programming_error():
    with schema_context(SCHEMA), pytest.raises(ValueError):
        webhook_event_emit(event_type="call.exploded", data={})


# --- SSRF: owners' URLs reach only the public internet ---------------------------------------
INTERNAL = ["http://127.0.0.1:8000/", "http://localhost/", "http://10.1.2.3/",
            "http://192.168.0.10/", "http://172.16.5.5/", "http://169.254.169.254/latest/",
            "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://[fd00::1]/", "ftp://example.com/",
            "file:///etc/passwd"]


@pytest.mark.parametrize("url", INTERNAL)
def test_internal_addresses_are_refused_when_saved(url):
    with schema_context(SCHEMA), pytest.raises(ApplicationError) as refused:
        webhook_endpoint_create(url=url, events=[events.CALL_STARTED])
    assert refused.value.field == "url"


def test_an_address_that_became_internal_is_refused_when_sent_without_connecting(
        receiver, settings):
    """The check is made on the addresses the connection uses, not only when the URL is saved
    (a DNS name can be pointed elsewhere later)."""
    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        settings.WEBHOOK_ALLOWED_NETWORKS = []
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        delivery, _ = webhook_delivery_attempt(delivery_id=delivery.pk)
    assert receiver.received == []
    assert delivery.last_error.startswith("refused") and "internal address" in delivery.last_error


def test_a_redirect_is_not_followed(receiver):
    receiver.status = 307  # a redirect to anywhere is an answer, not a place to go
    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        delivery, _ = webhook_delivery_attempt(delivery_id=delivery.pk)
    assert len(receiver.received) == 1 and delivery.last_status_code == 307
    assert delivery.status == WebhookDelivery.Status.PENDING


def test_an_emergency_put_through_is_an_urgent_call(receiver):
    """The emergency flow either takes an urgent message (above) or puts the caller through:
    the flow marks that transfer urgent, and its record tells the webhooks."""
    from agent_worker.flows.state import Task
    from calls.services import call_transfer_record
    from tests.agent_worker.flow_support import business_flow, talk
    from tests.portal.owner_login import make_call

    line = "There's a smell like rotten eggs coming from the boiler room."
    flow = business_flow("t_plumb", transfer=True)
    said = talk(flow, line)
    assert "911" in said[0] and flow.state.transfer_requested
    assert flow.state.urgent and flow.state.reason == line and flow.state.task == Task.NONE
    call = make_call(schema="t_plumb", start=timezone.now())
    with schema_context("t_plumb"):
        webhook_endpoint_create(url=receiver.url, events=[events.CALL_URGENT])
        call_transfer_record(call=call, number="+12125550166", reason=flow.state.reason,
                             urgent=flow.state.urgent)
        call_transfer_record(call=call, number="+12125550166", reason="wants the owner")
        [delivery] = WebhookDelivery.objects.all()
    import json

    data = json.loads(delivery.body)["data"]
    assert data["call"]["id"] == str(call.call_id)
    assert (data["reason"], data["transferred_to"]) == (line, "+12125550166")


def test_finished_deliveries_are_pruned_after_the_retention_period(settings):
    from webhooks.services import webhook_deliveries_prune

    settings.WEBHOOK_RETENTION_DAYS = 30
    now = timezone.now()
    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url="https://8.8.8.8/hooks",
                                              events=[events.CALL_STARTED])

        def delivery(status: str, age_days: int) -> WebhookDelivery:
            row = WebhookDelivery.objects.create(
                endpoint=endpoint, message_id=f"msg_{status}_{age_days}",
                event_type=events.CALL_STARTED, body="{}", status=status)
            WebhookDelivery.objects.filter(pk=row.pk).update(
                created_at=now - timedelta(days=age_days))
            return row

        old_done = delivery(WebhookDelivery.Status.SUCCEEDED, 31)
        old_failed = delivery(WebhookDelivery.Status.FAILED, 31)
        old_retrying = delivery(WebhookDelivery.Status.PENDING, 31)
        recent = delivery(WebhookDelivery.Status.SUCCEEDED, 29)
        assert webhook_deliveries_prune(now=now) == 2
        kept = set(WebhookDelivery.objects.values_list("pk", flat=True))
    assert kept == {old_retrying.pk, recent.pk}
    assert not kept & {old_done.pk, old_failed.pk}


def test_the_audit_log_records_endpoint_changes_without_the_secrets():
    from audit.models import AuditEntry

    with schema_context(SCHEMA):
        endpoint, secret = webhook_endpoint_create(url="https://8.8.8.8/hooks",
                                                   events=[events.CALL_STARTED])
        webhook_endpoint_secret_rotate(endpoint_id=endpoint.pk)
        entries = list(AuditEntry.objects.filter(object_pk=str(endpoint.pk),
                                                 content_type__model="webhookendpoint"))
    assert entries, "the endpoint's creation is in the business's audit log"
    text = " ".join(str(e.changes) for e in entries)
    assert "https://8.8.8.8/hooks" in text
    assert "secret_encrypted" not in text and secret not in text
    assert any("previous_secret_expires_at" in e.changes and e.changes[
        "previous_secret_expires_at"][1] != "None" for e in entries)  # the rotation shows


def test_a_delivery_whose_endpoint_was_deleted_is_dropped_quietly(receiver):
    from webhooks.services import webhook_endpoint_delete

    with schema_context(SCHEMA):
        endpoint, _ = webhook_endpoint_create(url=receiver.url, events=[events.MESSAGE_TAKEN])
        _take_message()
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        webhook_endpoint_delete(endpoint_id=endpoint.pk)
        assert webhook_delivery_attempt(delivery_id=delivery.pk) == (None, None)
    assert receiver.received == []


def test_a_call_ends_once_for_the_webhooks_when_it_is_first_analysed(receiver):
    """call.ended carries the after-call summary, so it is sent by the call's first analysis
    (queued by every close: hang-up, refusal, abandoned line), and a re-analysis sends none."""
    import json

    from calls.analysis import call_analyse
    from tests.portal.owner_login import make_call

    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(minutes=3),
                     outcome="information_only", duration=42.0, caller="+14155550100")
    with schema_context(SCHEMA):
        webhook_endpoint_create(url=receiver.url, events=[events.CALL_ENDED])
        call = call_analyse(call_id=str(call.call_id))
        call_analyse(call_id=str(call.call_id), force=True)
        [delivery] = WebhookDelivery.objects.all()
    data = json.loads(delivery.body)["data"]["call"]
    assert data["id"] == str(call.call_id) and data["summary"] == call.summary != ""
    assert (data["outcome"], data["duration_seconds"]) == ("information_only", 42.0)
