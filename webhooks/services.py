"""Writes of webhooks: the owner's endpoints, the events the business's services emit, and
each attempt at a delivery. All functions run inside the business's schema.

Emitting is part of the write that caused it (a booking, a message, a call's end): its delivery
rows commit with it, or not at all, and only then is an attempt queued (webhooks/dispatch.py).
Nothing about an endpoint can fail or slow that write: emitting is a query and an insert, in a
savepoint whose failure is logged and dropped.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from receptionist.errors import ApplicationError
from webhooks.events import EVENT_TYPES
from webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from webhooks.signing import secret_decrypt, secret_encrypt, secret_generate, signed_headers
from webhooks.transport import AddressRefused, SendResult, url_check, webhook_post

logger = logging.getLogger(__name__)

# Seconds before each retry: 10 s x 3^n, nine retries after the first attempt, the last one
# about 27 hours after the event (10 s, 30 s, 90 s, 4.5 min, 13.5 min, 40 min, 2 h, 6 h, 18 h).
RETRY_DELAYS: tuple[int, ...] = tuple(10 * 3 ** n for n in range(9))
MAX_ATTEMPTS = 1 + len(RETRY_DELAYS)
RESPONSE_KEEP_CHARS = 1000
OVERDUE_AFTER = timedelta(minutes=2)  # the sweep leaves a just-due attempt to its own job


# --- endpoints ----------------------------------------------------------------------------------
def _clean_events(events: list[str]) -> list[str]:
    unknown = sorted(set(events) - EVENT_TYPES)
    if unknown:
        raise ApplicationError(f"unknown events: {', '.join(unknown)}", field="events")
    if not events:
        raise ApplicationError("choose at least one event", field="events")
    return sorted(set(events))


def _clean_url(url: str) -> str:
    url = (url or "").strip()
    try:
        url_check(url)
    except AddressRefused as exc:
        raise ApplicationError(str(exc), field="url") from None
    return url


def webhook_endpoint_create(*, url: str, events: list[str],
                            description: str = "") -> tuple[WebhookEndpoint, str]:
    """A new endpoint with a new signing secret; returns both (the secret to show the owner)."""
    secret = secret_generate()
    endpoint = WebhookEndpoint.objects.create(
        url=_clean_url(url), events=_clean_events(events), description=description.strip()[:200],
        secret_encrypted=secret_encrypt(secret))
    return endpoint, secret


def _endpoint(endpoint_id: int) -> WebhookEndpoint:
    endpoint = WebhookEndpoint.objects.filter(pk=endpoint_id).first()
    if endpoint is None:
        raise ApplicationError(f"endpoint {endpoint_id} does not exist", field="endpoint")
    return endpoint


def webhook_endpoint_update(*, endpoint_id: int, url: str, events: list[str], description: str,
                            enabled: bool) -> WebhookEndpoint:
    endpoint = _endpoint(endpoint_id)
    endpoint.url, endpoint.events = _clean_url(url), _clean_events(events)
    endpoint.description, endpoint.enabled = description.strip()[:200], enabled
    endpoint.save(update_fields=["url", "events", "description", "enabled", "updated_at"])
    return endpoint


def webhook_endpoint_delete(*, endpoint_id: int) -> None:
    """The endpoint and its deliveries are gone; attempts already queued find nothing to send."""
    _endpoint(endpoint_id).delete()


def webhook_endpoint_secret_rotate(*, endpoint_id: int, now: datetime | None = None
                                   ) -> tuple[WebhookEndpoint, str]:
    """A new signing secret; the one it replaces keeps signing every message (a second
    signature) for WEBHOOK_SECRET_GRACE_HOURS, so the owner can switch their receiver over."""
    now = now or timezone.now()
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=_endpoint(endpoint_id).pk)
        secret = secret_generate()
        endpoint.previous_secret_encrypted = endpoint.secret_encrypted
        endpoint.previous_secret_expires_at = now + timedelta(
            hours=settings.WEBHOOK_SECRET_GRACE_HOURS)
        endpoint.secret_encrypted = secret_encrypt(secret)
        endpoint.save(update_fields=["secret_encrypted", "previous_secret_encrypted",
                                     "previous_secret_expires_at", "updated_at"])
    return endpoint, secret


def endpoint_secrets(endpoint: WebhookEndpoint, *, now: datetime) -> list[str]:
    """The secrets a message is signed with: the current one, and the previous one while its
    grace period lasts."""
    secrets = [secret_decrypt(endpoint.secret_encrypted)]
    if (endpoint.previous_secret_encrypted and endpoint.previous_secret_expires_at
            and now < endpoint.previous_secret_expires_at):
        secrets.append(secret_decrypt(endpoint.previous_secret_encrypted))
    return secrets


# --- events ------------------------------------------------------------------------------------
def _business() -> dict[str, str]:
    from tenants.models import Tenant

    schema = connection.schema_name
    name = Tenant.objects.filter(schema_name=schema).values_list("business_name", flat=True)
    return {"id": schema, "name": name.first() or ""}


def webhook_event_emit(*, event_type: str, data: dict[str, Any],
                       at: datetime | None = None) -> list[int]:
    """Queue `event_type` for every enabled endpoint that asked for it; returns the deliveries'
    ids. The rows commit with the caller's transaction and attempts start after that commit.
    A failure here is logged and swallowed: a webhook never fails the write it reports."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event {event_type!r}")
    try:
        with transaction.atomic():
            endpoints = list(WebhookEndpoint.objects.filter(enabled=True,
                                                            events__contains=[event_type])
                             .values_list("pk", flat=True))
            if not endpoints:
                return []
            at = at or timezone.now()
            body = json.dumps({"type": event_type, "timestamp": at.isoformat(),
                               "data": {"business": _business(), **data}},
                              separators=(",", ":"), default=str)
            deliveries = WebhookDelivery.objects.bulk_create([
                WebhookDelivery(endpoint_id=pk, message_id=f"msg_{uuid.uuid4().hex}",
                                event_type=event_type, body=body, next_attempt_at=at)
                for pk in endpoints])
    except DatabaseError:
        logger.exception("webhook event %s not queued in %s", event_type,
                         connection.schema_name)
        return []
    from webhooks.dispatch import deliver_after_commit

    ids = [d.pk for d in deliveries]
    deliver_after_commit(delivery_ids=ids)
    return ids


# --- deliveries ---------------------------------------------------------------------------------
def _claim(delivery_id: int, *, now: datetime) -> bool:
    """Take the delivery's due attempt, or learn that another job has it (or it is done): its
    next attempt moves past this one's deadline, so a crashed attempt is retried later."""
    lease = now + timedelta(seconds=3 * settings.WEBHOOK_TIMEOUT_SECONDS + 60)
    return bool(WebhookDelivery.objects.filter(
        pk=delivery_id, status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now,
    ).update(next_attempt_at=lease))


def _send(delivery: WebhookDelivery, *, now: datetime) -> tuple[SendResult, bool]:
    """(what came of it, whether retrying is pointless)."""
    endpoint = delivery.endpoint
    if not endpoint.enabled:
        return SendResult(None, "", "not sent: the endpoint is disabled", 0.0), True
    try:
        secrets = endpoint_secrets(endpoint, now=now)
    except InvalidToken:
        return SendResult(None, "", "not sent: the signing secret cannot be decrypted "
                                    "(was WEBHOOK_SECRET_KEY changed?)", 0.0), False
    headers = signed_headers(message_id=delivery.message_id, body=delivery.body,
                             secrets_=secrets, at=now)
    return webhook_post(url=endpoint.url, body=delivery.body, headers=headers), False


def webhook_delivery_attempt(*, delivery_id: int, manual: bool = False,
                             now: datetime | None = None
                             ) -> tuple[WebhookDelivery | None, float | None]:
    """Send the delivery once, if its attempt is due and no other job has it, and record the
    attempt. Returns (the delivery, seconds until the next attempt or None), or (None, None)
    when there was nothing to do."""
    now = now or timezone.now()
    if not _claim(delivery_id, now=now):
        return None, None
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None:  # its endpoint was deleted a moment ago
        return None, None
    result, final = _send(delivery, now=now)
    done_at = now + timedelta(milliseconds=result.duration_ms)
    retry_in: float | None = None
    with transaction.atomic():
        if not WebhookDelivery.objects.select_for_update().filter(pk=delivery_id).exists():
            return None, None  # deleted while it was being sent
        WebhookAttempt.objects.create(
            delivery=delivery, attempted_at=now, status_code=result.status_code,
            response_body=result.response[:RESPONSE_KEEP_CHARS], error=result.error[:500],
            duration_ms=result.duration_ms, manual=manual)
        delivery.attempt_count += 1
        delivery.last_status_code = result.status_code
        delivery.last_response = result.response[:RESPONSE_KEEP_CHARS]
        delivery.last_error = result.error[:500]
        if result.ok:
            delivery.status, delivery.delivered_at = WebhookDelivery.Status.SUCCEEDED, done_at
            delivery.next_attempt_at = None
        elif final or manual or delivery.attempt_count >= MAX_ATTEMPTS:
            delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.FAILED, None
        else:
            retry_in = float(RETRY_DELAYS[delivery.attempt_count - 1])
            delivery.next_attempt_at = done_at + timedelta(seconds=retry_in)
        delivery.save(update_fields=["attempt_count", "last_status_code", "last_response",
                                     "last_error", "status", "delivered_at", "next_attempt_at"])
    return delivery, retry_in


def webhook_delivery_redeliver(*, delivery_id: int,
                               now: datetime | None = None) -> WebhookDelivery:
    """The owner's "send again": the same message (same `webhook-id`, so a receiver that has it
    can tell) sent once more, now, whatever the delivery's state. A redelivery that fails is
    not retried on its own: the owner asked for one attempt and sees how it went."""
    now = now or timezone.now()
    delivery = WebhookDelivery.objects.filter(pk=delivery_id).first()
    if delivery is None:
        raise ApplicationError(f"delivery {delivery_id} does not exist", field="delivery")
    delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.PENDING, now
    delivery.save(update_fields=["status", "next_attempt_at"])
    from webhooks.dispatch import deliver_after_commit

    deliver_after_commit(delivery_ids=[delivery.pk], manual=True)
    return delivery


def webhook_deliveries_overdue(*, now: datetime | None = None) -> list[int]:
    """Deliveries whose attempt should have run a while ago (for the periodic sweep)."""
    now = now or timezone.now()
    return list(WebhookDelivery.objects.filter(
        status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now - OVERDUE_AFTER,
    ).order_by("next_attempt_at").values_list("pk", flat=True)[:500])


def webhook_deliveries_prune(*, now: datetime | None = None) -> int:
    """Delete finished deliveries (and their attempts) older than WEBHOOK_RETENTION_DAYS;
    returns how many. One still being retried is kept whatever its age."""
    now = now or timezone.now()
    deleted, by_model = WebhookDelivery.objects.filter(
        status__in=[WebhookDelivery.Status.SUCCEEDED, WebhookDelivery.Status.FAILED],
        created_at__lt=now - timedelta(days=settings.WEBHOOK_RETENTION_DAYS),
    ).delete()
    return by_model.get(WebhookDelivery._meta.label, 0)
