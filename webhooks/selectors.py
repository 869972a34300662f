"""Reads of webhooks for the owner's pages. All run inside the business's schema."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from webhooks.models import WebhookDelivery, WebhookEndpoint

DELIVERIES_SHOWN = 50


def webhook_endpoints() -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.annotate(
        failed=Count("deliveries", filter=Q(deliveries__status=WebhookDelivery.Status.FAILED)),
        pending=Count("deliveries", filter=Q(deliveries__status=WebhookDelivery.Status.PENDING)),
    ).order_by("created_at", "id")


def webhook_endpoint_get(*, endpoint_id: int) -> WebhookEndpoint | None:
    return WebhookEndpoint.objects.filter(pk=endpoint_id).first()


def webhook_deliveries(*, endpoint: WebhookEndpoint, status: str = "",
                       limit: int = DELIVERIES_SHOWN) -> list[WebhookDelivery]:
    """The endpoint's newest deliveries, optionally only those with `status`."""
    qs = endpoint.deliveries.all()
    if status in WebhookDelivery.Status.values:
        qs = qs.filter(status=status)
    return list(qs.order_by("-created_at", "-id")[:limit])


def webhook_delivery_get(*, delivery_id: int) -> WebhookDelivery | None:
    return (WebhookDelivery.objects.select_related("endpoint").prefetch_related("attempts")
            .filter(pk=delivery_id).first())
