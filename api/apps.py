from django.apps import AppConfig


class ApiConfig(AppConfig):
    """API keys live in each TENANT schema; the staff API reads the public schema."""

    name = "api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from api import schema  # noqa: F401  (the API key scheme, for the OpenAPI schema)
