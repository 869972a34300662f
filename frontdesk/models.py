from __future__ import annotations

from django.db import models


class ReceptionistConfig(models.Model):
    """The business's receptionist, as the owner tuned it. One row per tenant schema.

    Starts as a copy of the profession template's defaults; the owner's edits live here so a
    template change by staff never overwrites them.
    """

    class SttProvider(models.TextChoices):
        AUTO = "auto", "Automatic (local first)"
        WHISPER = "whisper", "faster-whisper (local)"
        DEEPGRAM = "deepgram", "Deepgram (cloud)"

    class LlmProvider(models.TextChoices):
        AUTO = "auto", "Automatic (local, complex turns to cloud)"
        LOCAL = "local", "Local only"
        OLLAMA = "ollama", "Ollama"
        OPENAI = "openai", "OpenAI"
        WATSONX = "watsonx", "IBM watsonx"

    class TtsProvider(models.TextChoices):
        AUTO = "auto", "Automatic (local first)"
        PIPER = "piper", "Piper (local)"
        KOKORO = "kokoro", "Kokoro (local)"
        CARTESIA = "cartesia", "Cartesia (cloud)"

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    greeting = models.TextField(blank=True, help_text="Empty: the profession template's greeting")
    services = models.JSONField(default=list, blank=True)
    faq = models.JSONField(default=list, blank=True)
    booking_rules = models.JSONField(default=dict, blank=True)
    transfer_number = models.CharField(max_length=16, blank=True)
    address = models.CharField(
        max_length=300, blank=True,
        help_text="Where callers find the business, as it is read to them; empty: the "
                  "receptionist says it does not have the address and offers a message")
    directions = models.CharField(
        max_length=300, blank=True,
        help_text="Parking, entrance, landmarks: read after the address")
    transfer_outside_hours = models.BooleanField(default=False)
    voice_provider = models.CharField(
        max_length=20, choices=TtsProvider.choices, default=TtsProvider.AUTO
    )
    voice_id = models.CharField(max_length=128, blank=True)
    stt_provider = models.CharField(
        max_length=20, choices=SttProvider.choices, default=SttProvider.AUTO
    )
    llm_provider = models.CharField(
        max_length=20, choices=LlmProvider.choices, default=LlmProvider.AUTO
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "agent_worker_receptionistconfig"  # the table predates the frontdesk app
        constraints = [
            models.CheckConstraint(condition=models.Q(singleton=True),
                                   name="one_receptionist_config")
        ]

    def __str__(self) -> str:
        return "Receptionist configuration"


class VoiceCloneJob(models.Model):
    """One request to clone the owner's voice: the encrypted recording and what became of it.

    The recording is kept only as Fernet ciphertext (`frontdesk.voice_cloning`), never as a
    plain file; the background job decrypts it in memory to send it to the cloning provider.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to start"
        PROCESSING = "processing", "Cloning"
        SUCCEEDED = "succeeded", "Ready"
        FAILED = "failed", "Failed"

    class Provider(models.TextChoices):
        CARTESIA = "cartesia", "Cartesia"

    name = models.CharField(max_length=100, help_text="The voice's name at the provider")
    provider = models.CharField(max_length=20, choices=Provider.choices,
                                default=Provider.CARTESIA)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    progress = models.CharField(max_length=200, blank=True,
                                help_text="What the job is doing, in words for the owner")
    error = models.TextField(blank=True, help_text="Why it failed, in words for the owner")
    voice_id = models.CharField(max_length=128, blank=True)
    sample_encrypted = models.BinaryField(editable=False)
    sample_format = models.CharField(max_length=16, help_text="Container the upload came in")
    sample_seconds = models.FloatField()
    sample_bytes = models.PositiveIntegerField(help_text="Size of the plain recording")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "agent_worker_voiceclonejob"  # the table predates the frontdesk app
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Voice clone {self.name!r} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)
