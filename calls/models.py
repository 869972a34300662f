from __future__ import annotations

import uuid

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeOperators
from django.db import models

from tenants.models import E164_REGEX


class Call(models.Model):
    """One phone call to this business: the design's CallRecord."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"
        ABANDONED = "abandoned", "Abandoned"

    class Outcome(models.TextChoices):
        PENDING = "", "Pending"
        BOOKED = "booked", "Booked"
        MESSAGE_TAKEN = "message_taken", "Message taken"
        TRANSFERRED = "transferred", "Transferred"
        INFORMATION_ONLY = "information_only", "Information only"
        REJECTED = "rejected", "Rejected"
        ABANDONED = "abandoned", "Abandoned"
        FAILED = "failed", "Failed"  # the call could not be started: nobody answered

    class Sentiment(models.TextChoices):
        UNKNOWN = "", "Unknown"
        POSITIVE = "positive", "Positive"
        NEUTRAL = "neutral", "Neutral"
        NEGATIVE = "negative", "Negative"

    call_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    client_id = models.CharField(max_length=63, help_text="The tenant's schema name")
    caller_number = models.CharField(max_length=32, blank=True)
    dialled_number = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    is_test = models.BooleanField(default=False)
    start_time = models.DateTimeField(db_index=True)
    end_time = models.DateTimeField(null=True, blank=True)
    duration_seconds = models.FloatField(null=True, blank=True)
    stt_latency_ms = models.FloatField(null=True, blank=True)
    llm_latency_ms = models.FloatField(null=True, blank=True)
    tts_latency_ms = models.FloatField(null=True, blank=True)
    total_latency_ms = models.FloatField(null=True, blank=True)
    transcript = models.TextField(blank=True)
    sentiment = models.CharField(max_length=16, choices=Sentiment.choices, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    revenue_estimate = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    room_name = models.CharField(max_length=128, blank=True)
    sip_call_id = models.CharField(max_length=128, blank=True)
    # Filled by the after-call analysis job (calls.tasks.call_analyse) once the call has ended.
    summary = models.TextField(blank=True)
    caller_name = models.CharField(max_length=100, blank=True)
    call_reason = models.TextField(blank=True)
    callback_number = models.CharField(max_length=16, blank=True, help_text="E.164")
    analysed_at = models.DateTimeField(null=True, blank=True)
    # The caller's answers to the business's qualification questions, in the order first asked:
    # [{"field": "Property", "value": "three-bedroom house"}, ...] (calls.services
    # call_details_record writes it).
    details = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-start_time"]
        indexes = [
            models.Index(fields=["outcome", "start_time"]),
            models.Index(fields=["caller_number"]),
        ]

    def __str__(self) -> str:
        return f"Call {self.call_id} from {self.caller_number or 'unknown'}"


class Turn(models.Model):
    """One exchange: what the caller said, what the receptionist answered, and what it took."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="turns")
    index = models.PositiveIntegerField()
    user_text = models.TextField(blank=True)
    agent_text = models.TextField(blank=True)
    started_at = models.DateTimeField()
    end_of_turn_ms = models.FloatField(null=True, blank=True)
    stt_latency_ms = models.FloatField(null=True, blank=True)
    llm_latency_ms = models.FloatField(null=True, blank=True, help_text="Time to first token")
    tts_latency_ms = models.FloatField(null=True, blank=True, help_text="Time to first audio")
    total_latency_ms = models.FloatField(
        null=True, blank=True, help_text="End of caller speech to first agent audio"
    )
    stt_provider = models.CharField(max_length=32, blank=True)
    llm_provider = models.CharField(max_length=32, blank=True)
    tts_provider = models.CharField(max_length=32, blank=True)
    complexity = models.CharField(max_length=16, blank=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    interrupted = models.BooleanField(default=False)
    agent_audio = models.FileField(
        upload_to="calls/agent_audio/%Y/%m/", blank=True,
        help_text="The agent's rendered reply (WAV), where the call path stored it",
    )

    class Meta:
        ordering = ["call", "index"]
        constraints = [
            models.UniqueConstraint(fields=["call", "index"], name="turn_index_unique_per_call")
        ]

    def __str__(self) -> str:
        return f"Turn {self.index} of {self.call_id}"


class TsTzRange(models.Func):
    """PostgreSQL's tstzrange(start, end): half-open, so back-to-back appointments never clash."""

    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class Appointment(models.Model):
    """A booked (or cancelled) visit. The database, not the code path, refuses double bookings."""

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        CANCELLED = "cancelled", "Cancelled"

    call = models.ForeignKey(
        Call, on_delete=models.SET_NULL, null=True, blank=True, related_name="appointments"
    )
    caller_name = models.CharField(max_length=100)
    callback_number = models.CharField(max_length=16, help_text="E.164")
    reason = models.TextField(blank=True)
    service = models.CharField(max_length=200, blank=True)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.BOOKED)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by_call = models.ForeignKey(
        Call, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="cancelled_appointments",
        help_text="The call on which the caller cancelled it (or moved it to another time)",
    )

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["callback_number", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="appointment_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(callback_number__regex=E164_REGEX),
                name="appointment_callback_number_is_e164",
            ),
            # Two calls racing for one slot both pass the service's overlap check; only the
            # database sees both rows, so it is the one that refuses the second.
            ExclusionConstraint(
                name="appointment_no_double_booking",
                expressions=[(TsTzRange("starts_at", "ends_at"), RangeOperators.OVERLAPS)],
                condition=models.Q(status="booked"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.caller_name} at {self.starts_at:%Y-%m-%d %H:%M %Z} ({self.status})"


class CallbackMessage(models.Model):
    """A message for the team to call someone back: what a caller leaves when nobody can help."""

    call = models.ForeignKey(
        Call, on_delete=models.SET_NULL, null=True, blank=True, related_name="callback_messages"
    )
    caller_name = models.CharField(max_length=100)
    callback_number = models.CharField(max_length=16, help_text="E.164")
    reason = models.TextField()
    urgent = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    handled = models.BooleanField(default=False)

    class Meta:
        ordering = ["handled", "-urgent", "-created_at"]
        indexes = [models.Index(fields=["handled", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(callback_number__regex=E164_REGEX),
                name="callback_message_number_is_e164",
            ),
        ]

    def __str__(self) -> str:
        return f"Message from {self.caller_name} ({self.callback_number})"


class CallTransfer(models.Model):
    """A caller handed to a person at the business: written once the line was transferred, so a
    call's outcome and summary can say "transferred" only when it happened."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="transfers")
    number = models.CharField(max_length=16, help_text="E.164: where the call was put through")
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Transfer of {self.call_id} to {self.number}"
