from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    """Lives in each TENANT schema."""

    name = "analytics"
    default_auto_field = "django.db.models.BigAutoField"
