from django.apps import AppConfig


class FrontdeskConfig(AppConfig):
    """Its models live in each TENANT schema."""

    name = "frontdesk"
    default_auto_field = "django.db.models.BigAutoField"
