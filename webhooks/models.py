from __future__ import annotations

from django.db import models


class WebhookEndpoint(models.Model):
    """An address of the owner's that is told about the business's calls, bookings and messages.

    The signing secret is stored encrypted (webhooks/signing.py). After a rotation the previous
    secret still signs every message until `previous_secret_expires_at`, so a receiver that has
    not switched yet keeps verifying (Standard Webhooks: several signatures in one header)."""

    url = models.URLField(max_length=2000)
    description = models.CharField(max_length=200, blank=True)
    events = models.JSONField(default=list, help_text="The event types sent to this endpoint")
    enabled = models.BooleanField(default=True)
    secret_encrypted = models.BinaryField()
    previous_secret_encrypted = models.BinaryField(null=True, blank=True)
    previous_secret_expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One event for one endpoint: the exact body that is signed and sent, and where it stands.

    `message_id` is the Standard Webhooks `webhook-id`: the same on every attempt, so a receiver
    can drop a message it already has. `next_attempt_at` is when the next attempt is due (None
    once the delivery succeeded or gave up); an attempt claims the row by moving it forward."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUCCEEDED = "succeeded", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE,
                                 related_name="deliveries")
    message_id = models.CharField(max_length=64, unique=True)
    event_type = models.CharField(max_length=40)
    body = models.TextField(help_text="The JSON sent, byte for byte what is signed")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_response = models.TextField(blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["endpoint", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} {self.message_id} ({self.status})"


class WebhookAttempt(models.Model):
    """One try at sending a delivery: what the endpoint answered, or why nothing came back."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE,
                                 related_name="attempts")
    attempted_at = models.DateTimeField()
    status_code = models.PositiveIntegerField(null=True, blank=True)
    response_body = models.TextField(blank=True, help_text="The start of the answer")
    error = models.CharField(max_length=500, blank=True)
    duration_ms = models.FloatField(default=0)
    manual = models.BooleanField(default=False, help_text="Redelivered by hand")

    class Meta:
        ordering = ["-attempted_at", "-id"]

    def __str__(self) -> str:
        return f"Attempt at {self.attempted_at:%Y-%m-%d %H:%M:%S}: {self.status_code or self.error}"
