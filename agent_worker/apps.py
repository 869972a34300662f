from django.apps import AppConfig


class AgentWorkerConfig(AppConfig):
    """No models; installed for its commands and its migration history (see frontdesk)."""

    name = "agent_worker"
    default_auto_field = "django.db.models.BigAutoField"
