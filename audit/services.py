"""Writes to the audit log: the actions no tracked row records (logins, lockouts, password-reset
requests, exports), the copy of staff's changes in the business's own schema, and pruning."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.http import HttpRequest
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context, schema_exists

from audit.context import entry_fields
from audit.models import AuditEntry

logger = logging.getLogger(__name__)
REPR_CHARS = 200


def _text(value: object, limit: int = REPR_CHARS) -> str:
    return str(value or "").replace("\x00", "")[:limit]


def audit_event_record(*, kind: str, event: str, obj: models.Model | None = None,
                       object_repr: str = "", details: dict[str, Any] | None = None,
                       request: HttpRequest | None = None, user: Any = None) -> AuditEntry:
    """Record an action that changes no tracked row, in the current schema. `obj` is what it was
    about (default: a user account, named by `object_repr`, e.g. the login someone typed)."""
    pk = obj.pk if obj is not None else None
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj._meta.model if obj is not None
                                                       else get_user_model()),
        object_pk=_text(pk if pk is not None else "", 255),
        object_id=pk if isinstance(pk, int) else None,
        object_repr=_text(object_repr or obj), action=AuditEntry.Action.ACCESS,
        kind=kind, event=event, additional_data=details or None,
        **entry_fields(request=request, user=user))


def audit_export_record(*, what: str, rows: int, request: HttpRequest) -> AuditEntry:
    """An owner downloaded data from the portal (`what`, e.g. "calls CSV")."""
    return audit_event_record(kind=AuditEntry.Kind.EXPORT, event=AuditEntry.Event.EXPORTED,
                              object_repr=what, details={"rows": rows}, request=request)


# --- logins, from Django's signals (connected in audit.apps) ------------------------------------
def on_logged_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    audit_event_record(kind=AuditEntry.Kind.LOGIN, event=AuditEntry.Event.LOGIN_SUCCEEDED,
                       obj=user, request=request, user=user)


def on_logged_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is None:  # logging out while not logged in
        return
    audit_event_record(kind=AuditEntry.Kind.LOGIN, event=AuditEntry.Event.LOGGED_OUT,
                       obj=user, request=request, user=user)


def on_login_failed(sender: Any, credentials: dict, request: HttpRequest | None = None,
                    **kwargs: Any) -> None:
    """A wrong password, or an attempt refused because django-axes locked this login out. The
    password is never recorded (Django passes it masked anyway); the login typed is."""
    typed = _text(credentials.get(get_user_model().USERNAME_FIELD)
                  or credentials.get("username"))
    account = get_user_model()._default_manager.filter(username=typed).first() if typed else None
    locked = bool(getattr(request, "axes_locked_out", False))
    audit_event_record(
        kind=AuditEntry.Kind.LOGIN,
        event=AuditEntry.Event.LOCKED_OUT if locked else AuditEntry.Event.LOGIN_FAILED,
        obj=account, object_repr=typed or "(no login given)", details={"login": typed},
        request=request)


def audit_password_reset_requested(*, email: str, request: HttpRequest) -> AuditEntry:
    account = get_user_model()._default_manager.filter(email__iexact=email).first()
    return audit_event_record(kind=AuditEntry.Kind.LOGIN,
                              event=AuditEntry.Event.PASSWORD_RESET_REQUESTED,
                              obj=account, object_repr=_text(email), details={"email": email},
                              request=request)


# --- staff's changes to a business's public rows, in the business's log too ---------------------
def _businesses_of(entry: AuditEntry, instance: models.Model,
                   old: models.Model | None) -> set[str]:
    from tenants.models import Domain, PhoneNumber, Tenant

    if isinstance(instance, Tenant):
        # a new business's schema does not exist yet when its row is saved; a deleted one's is
        # about to go
        return {instance.schema_name} if entry.action == AuditEntry.Action.UPDATE else set()
    if isinstance(instance, PhoneNumber | Domain):
        return {row.tenant.schema_name for row in (instance, old)
                if row is not None and row.tenant_id and row.tenant is not None}
    return set()


def audit_entry_mirror(sender: Any, instance: models.Model, log_entry: AuditEntry | None = None,
                       log_created: bool = False, instance_old: models.Model | None = None,
                       **kwargs: Any) -> None:
    """django-auditlog's post_log: a change made on the public side (staff, the system) to a row
    that belongs to one business (its own row: plan, subscription, hours; its numbers and
    domains) is copied into that business's schema, so its owner sees it in their log. The copy
    names the staff user but does not link to them (they are not this schema's users)."""
    if not log_created or log_entry is None or connection.schema_name != get_public_schema_name():
        return
    skip = {get_public_schema_name(), settings.TENANT_BASE_SCHEMA}
    for schema in sorted(_businesses_of(log_entry, instance, instance_old) - skip):
        if not schema_exists(schema):
            continue
        with schema_context(schema):
            AuditEntry.objects.create(
                content_type=ContentType.objects.get_for_model(type(instance)),
                object_pk=log_entry.object_pk, object_id=log_entry.object_id,
                object_repr=log_entry.object_repr, action=log_entry.action,
                changes=log_entry.changes, changes_text=log_entry.changes_text,
                timestamp=log_entry.timestamp, kind=log_entry.kind, event=log_entry.event,
                actor_label=log_entry.actor_label, remote_addr=log_entry.remote_addr,
                user_agent=log_entry.user_agent, cid=log_entry.cid,
                additional_data=log_entry.additional_data)


# --- retention ----------------------------------------------------------------------------------
def audit_entries_prune(*, now: datetime | None = None, days: int | None = None) -> int:
    """Delete this schema's entries older than AUDIT_RETENTION_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days or settings.AUDIT_RETENTION_DAYS)
    deleted, _ = AuditEntry.objects.filter(timestamp__lt=cutoff).delete()
    if deleted:
        logger.info("audit log of %s: %d entries older than %s deleted", connection.schema_name,
                    deleted, cutoff.date())
    return deleted
