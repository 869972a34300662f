"""The owner's webhook pages (owners only: no mark for the front desk, team/access.py): the
endpoints, each one's events, secret and deliveries, and a delivery's attempts with "send
again". Every lookup runs in the request's schema, so another business's id is a 404."""

from __future__ import annotations

import json

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from calls.views import render_local
from receptionist.errors import ApplicationError
from webhooks import selectors
from webhooks.events import EVENT_CHOICES
from webhooks.forms import EndpointForm
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.services import (
    endpoint_secrets,
    webhook_delivery_redeliver,
    webhook_endpoint_create,
    webhook_endpoint_delete,
    webhook_endpoint_secret_rotate,
    webhook_endpoint_update,
)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _form_error(form: EndpointForm, exc: ApplicationError) -> None:
    form.add_error(exc.field if exc.field in form.fields else None, _sentence(exc.message))


def _endpoint_or_404(endpoint_id: int) -> WebhookEndpoint:
    endpoint = selectors.webhook_endpoint_get(endpoint_id=endpoint_id)
    if endpoint is None:
        raise Http404("no such endpoint")
    return endpoint


def endpoint_list(request: HttpRequest) -> HttpResponse:
    form = EndpointForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            endpoint, _secret = webhook_endpoint_create(
                url=form.cleaned_data["url"], events=form.cleaned_data["events"],
                description=form.cleaned_data["description"])
        except ApplicationError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, "Endpoint added. Give its signing secret (below) to the "
                                      "receiver, which checks every message with it.")
            return redirect("webhook-endpoint", endpoint.pk)
    return render_local(request, "portal/webhooks.html", {
        "nav": "webhooks", "form": form, "endpoints": selectors.webhook_endpoints(),
        "event_choices": EVENT_CHOICES, "timeout": round(settings.WEBHOOK_TIMEOUT_SECONDS),
    })


def endpoint_detail(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    endpoint = _endpoint_or_404(endpoint_id)
    initial = {"url": endpoint.url, "description": endpoint.description,
               "events": endpoint.events, "enabled": endpoint.enabled}
    form = EndpointForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            webhook_endpoint_update(
                endpoint_id=endpoint.pk, url=form.cleaned_data["url"],
                events=form.cleaned_data["events"],
                description=form.cleaned_data["description"],
                enabled=form.cleaned_data["enabled"])
        except ApplicationError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, "Endpoint saved.")
            return redirect("webhook-endpoint", endpoint.pk)
    try:
        secrets = endpoint_secrets(endpoint, now=timezone.now())
    except InvalidToken:  # WEBHOOK_SECRET_KEY replaced without keeping the old key
        secrets = [""]
    status = request.GET.get("status", "")
    return render_local(request, "portal/webhook_endpoint.html", {
        "nav": "webhooks", "endpoint": endpoint, "form": form, "secret": secrets[0],
        "previous_until": endpoint.previous_secret_expires_at if len(secrets) > 1 else None,
        "deliveries": selectors.webhook_deliveries(endpoint=endpoint, status=status),
        "status": status if status in WebhookDelivery.Status.values else "",
        "statuses": WebhookDelivery.Status.choices,
    })


@require_POST
def endpoint_rotate(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    endpoint = _endpoint_or_404(endpoint_id)
    endpoint, _secret = webhook_endpoint_secret_rotate(endpoint_id=endpoint.pk)
    messages.success(request, "New signing secret made. Messages carry a signature with the "
                              "old one as well until the time shown, so switch your receiver "
                              "over before then.")
    return redirect("webhook-endpoint", endpoint.pk)


@require_POST
def endpoint_delete(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    endpoint = _endpoint_or_404(endpoint_id)
    webhook_endpoint_delete(endpoint_id=endpoint.pk)
    messages.success(request, f"Endpoint {endpoint.url} deleted, with its deliveries.")
    return redirect("webhooks")


@require_GET
def delivery_detail(request: HttpRequest, delivery_id: int) -> HttpResponse:
    delivery = selectors.webhook_delivery_get(delivery_id=delivery_id)
    if delivery is None:
        raise Http404("no such delivery")
    try:
        body = json.dumps(json.loads(delivery.body), indent=2)
    except ValueError:
        body = delivery.body
    return render_local(request, "portal/webhook_delivery.html", {
        "nav": "webhooks", "delivery": delivery, "endpoint": delivery.endpoint, "body": body,
        "attempts": delivery.attempts.all(),
    })


@require_POST
def delivery_redeliver(request: HttpRequest, delivery_id: int) -> HttpResponse:
    try:
        delivery = webhook_delivery_redeliver(delivery_id=delivery_id)
    except ApplicationError:
        raise Http404("no such delivery") from None
    messages.success(request, "Sending it again now; reload this page to see how it went.")
    return redirect("webhook-delivery", delivery.pk)
