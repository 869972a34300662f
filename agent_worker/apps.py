from django.apps import AppConfig


class AgentWorkerConfig(AppConfig):
    """Its models live in each TENANT schema."""

    name = "agent_worker"
    default_auto_field = "django.db.models.BigAutoField"
