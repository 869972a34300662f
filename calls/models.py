from __future__ import annotations

import uuid

from django.db import models


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

    class Meta:
        ordering = ["call", "index"]
        constraints = [
            models.UniqueConstraint(fields=["call", "index"], name="turn_index_unique_per_call")
        ]

    def __str__(self) -> str:
        return f"Turn {self.index} of {self.call_id}"
