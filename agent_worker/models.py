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
        constraints = [
            models.CheckConstraint(condition=models.Q(singleton=True),
                                   name="one_receptionist_config")
        ]

    def __str__(self) -> str:
        return "Receptionist configuration"
