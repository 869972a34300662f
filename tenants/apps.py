from django.apps import AppConfig


class TenantsConfig(AppConfig):
    """Lives in the SHARED (public) schema."""

    name = "tenants"
    default_auto_field = "django.db.models.BigAutoField"
