from __future__ import annotations

from typing import Any

from auditlog.models import AbstractLogEntry, LogEntryManager
from django.db import models

SECRET_MASK = "[hidden]"
VALUE_DISPLAY_CHARS = 140
SUBSCRIPTION_FIELDS = frozenset({"subscription_status", "plan", "subscription_ends_at"})
BUSINESS_SETTINGS_FIELDS = frozenset({"business_hours", "timezone"})


def secret_mask(value: str) -> str:
    """AUDITLOG_MASK_CALLABLE: a secret's value is never written, not even part of it (the
    library's default keeps half of it)."""
    return SECRET_MASK


class AuditEntryManager(LogEntryManager):
    def log_create(self, instance: models.Model, force_log: bool = False, **kwargs: Any):
        """django-auditlog's receivers create every tracked change here: add what kind of action
        it was, who did it and from where."""
        from audit.context import entry_fields

        changes = kwargs.get("changes") or {}
        kind, event = entry_kind(instance._meta.label_lower, kwargs.get("action"), changes)
        kwargs.setdefault("kind", kind)
        kwargs.setdefault("event", event)
        for name, value in entry_fields().items():
            kwargs.setdefault(name, value)
        return super().log_create(instance, force_log=force_log, **kwargs)


class AuditEntry(AbstractLogEntry):
    """One action: who (`actor_label`, and `actor` when the user lives in this schema), what
    (`kind`, `event`, the object and its fields' old and new values in `changes`), when
    (`timestamp`) and from where (`remote_addr`, `user_agent`)."""

    class Kind(models.TextChoices):
        SETTINGS = "settings", "Receptionist settings"
        PHONE_NUMBER = "phone_number", "Phone numbers"
        SUBSCRIPTION = "subscription", "Subscription and plan"
        LOGIN = "login", "Logins and passwords"
        EXPORT = "export", "Exports"
        VOICE_CLONE = "voice_clone", "Voice clones"
        TEAM = "team", "Team"
        OTHER = "other", "Other records"

    class Event(models.TextChoices):
        CREATED = "created", "Created"
        UPDATED = "updated", "Changed"
        DELETED = "deleted", "Deleted"
        LOGIN_SUCCEEDED = "login_succeeded", "Logged in"
        LOGIN_FAILED = "login_failed", "Login failed"
        LOCKED_OUT = "locked_out", "Login refused: locked out after too many failures"
        LOGGED_OUT = "logged_out", "Logged out"
        PASSWORD_RESET_REQUESTED = "password_reset_requested", "Password reset requested"
        PASSWORD_CHANGED = "password_changed", "Password changed"
        EXPORTED = "exported", "Exported"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    event = models.CharField(max_length=32, choices=Event.choices, default=Event.UPDATED)
    actor_label = models.CharField(
        max_length=200, default="system",
        help_text='Who: the user\'s login, "staff: <username>", "anonymous" or "system"')
    user_agent = models.CharField(max_length=300, blank=True)

    objects = AuditEntryManager()

    class Meta(AbstractLogEntry.Meta):
        verbose_name = "audit entry"
        verbose_name_plural = "audit entries"
        ordering = ["-timestamp", "-id"]
        indexes = [models.Index(fields=["kind", "timestamp"], name="audit_kind_time")]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.object_repr}"

    @property
    def changes_shown(self) -> list[tuple[str, str, str]]:
        """(field, old, new) for each changed field, long values cut, in the field's own words."""
        try:
            shown = self.changes_display_dict
        except Exception:  # a model since removed, or a value the library cannot render
            shown = self.changes_dict
        rows = []
        for field, values in (shown or {}).items():
            if isinstance(values, dict):  # a many-to-many change
                values = ["", f"{values.get('operation', '')} {values.get('objects', '')}"]
            old, new = (list(values) + ["", ""])[:2]
            rows.append((str(field), _cut(old), _cut(new)))
        return rows


def _cut(value: object) -> str:
    text = "" if value in (None, "None") else str(value)
    return text if len(text) <= VALUE_DISPLAY_CHARS else text[:VALUE_DISPLAY_CHARS - 1] + "…"


def entry_kind(model: str, action: int | None, changes: dict) -> tuple[str, str]:
    """(kind, event) of a tracked change to a row of `model` ("app_label.model")."""
    event = {AuditEntry.Action.CREATE: AuditEntry.Event.CREATED,
             AuditEntry.Action.DELETE: AuditEntry.Event.DELETED}.get(action,
                                                                    AuditEntry.Event.UPDATED)
    fields = set(changes or {})
    kind = {
        "frontdesk.receptionistconfig": AuditEntry.Kind.SETTINGS,
        "frontdesk.voiceclonejob": AuditEntry.Kind.VOICE_CLONE,
        "tenants.phonenumber": AuditEntry.Kind.PHONE_NUMBER,
        "auth.user": AuditEntry.Kind.TEAM,
        "team.teammember": AuditEntry.Kind.TEAM,
        "team.teaminvitation": AuditEntry.Kind.TEAM,
    }.get(model, AuditEntry.Kind.OTHER)
    if model == "tenants.tenant":
        if fields & SUBSCRIPTION_FIELDS:
            kind = AuditEntry.Kind.SUBSCRIPTION
        elif fields & BUSINESS_SETTINGS_FIELDS:
            kind = AuditEntry.Kind.SETTINGS
    if model == "auth.user" and event == AuditEntry.Event.UPDATED and fields == {"password"}:
        kind, event = AuditEntry.Kind.LOGIN, AuditEntry.Event.PASSWORD_CHANGED
    return kind, event
