from __future__ import annotations

from django.apps import AppConfig


class AuditConfig(AppConfig):
    """Lives in BOTH schemas: each business's log in its own, staff-wide changes in public."""

    name = "audit"
    verbose_name = "Audit log"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from auditlog.signals import post_log
        from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

        from audit import services

        user_logged_in.connect(services.on_logged_in, dispatch_uid="audit-logged-in")
        user_logged_out.connect(services.on_logged_out, dispatch_uid="audit-logged-out")
        # after django-axes' own receiver (axes is installed first): it marks a locked-out request
        user_login_failed.connect(services.on_login_failed, dispatch_uid="audit-login-failed")
        post_log.connect(services.audit_entry_mirror, dispatch_uid="audit-mirror")
