from django.apps import AppConfig


class TeamConfig(AppConfig):
    """Its models live in each TENANT schema, beside the business's own logins."""

    name = "team"
    default_auto_field = "django.db.models.BigAutoField"
