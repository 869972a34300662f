from django.apps import AppConfig


class CallsConfig(AppConfig):
    """Lives in each TENANT schema."""

    name = "calls"
    default_auto_field = "django.db.models.BigAutoField"
