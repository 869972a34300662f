from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Lives in each TENANT schema."""

    name = "webhooks"
    default_auto_field = "django.db.models.BigAutoField"
