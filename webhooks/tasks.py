"""Background jobs of webhooks. Each takes a schema name and plain ids; TenantTask enters the
business's schema around the run. webhooks/dispatch.py says how they are queued."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django_tenants.utils import get_public_schema_name, schema_context

from receptionist.tasks_base import TenantTask
from webhooks.services import (
    webhook_deliveries_overdue,
    webhook_deliveries_prune,
    webhook_delivery_attempt,
)


@shared_task(base=TenantTask, name="webhooks.deliver")
def webhook_deliver(*, schema_name: str, delivery_id: int, manual: bool = False) -> str:
    """One attempt at one delivery, and the next one queued if it failed and may be retried.
    Returns the delivery's status ("skipped" when another attempt had it or it was done)."""
    from webhooks.dispatch import retry_later

    delivery, retry_in = webhook_delivery_attempt(delivery_id=delivery_id, manual=manual)
    if delivery is None:
        return "skipped"
    if retry_in is not None:
        retry_later(schema=schema_name, delivery_id=delivery_id, seconds=retry_in)
    return delivery.status


def _schemas() -> list[str]:
    from tenants.models import Tenant

    return list(Tenant.objects.exclude(schema_name__in=[get_public_schema_name(),
                                                        settings.TENANT_BASE_SCHEMA])
                .values_list("schema_name", flat=True))


@shared_task(name="webhooks.retry_due_everywhere")
def retry_due_everywhere() -> int:
    """The periodic sweep: queue every delivery, in every business, whose attempt is overdue
    (its queued job was lost, or the process that held its timer stopped); returns how many."""
    from webhooks.dispatch import deliver_now

    queued = 0
    for schema in _schemas():
        with schema_context(schema):
            due = webhook_deliveries_overdue()
        for delivery_id in due:
            deliver_now(schema=schema, delivery_id=delivery_id)
        queued += len(due)
    return queued


@shared_task(name="webhooks.prune_everywhere")
def prune_everywhere() -> int:
    """The daily clean-up: finished deliveries older than WEBHOOK_RETENTION_DAYS, in every
    business; returns how many were deleted."""
    deleted = 0
    for schema in _schemas():
        with schema_context(schema):
            deleted += webhook_deliveries_prune()
    return deleted
