"""The audit log's retention: a daily job (CELERY_BEAT_SCHEDULE "prune-audit-log") deletes
entries older than AUDIT_RETENTION_DAYS, in the public schema and in every business's."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django_tenants.utils import get_public_schema_name, schema_context

from audit.services import audit_entries_prune
from receptionist.tasks_base import TenantTask


@shared_task(base=TenantTask, name="audit.prune")
def prune(*, schema_name: str) -> int:
    """This business's entries older than the retention; returns how many were deleted."""
    return audit_entries_prune()


@shared_task(name="audit.prune_everywhere")
def prune_everywhere() -> int:
    """The periodic fan-out: prunes the public schema's entries here and queues one `prune` per
    business; returns how many businesses were queued."""
    from tenants.models import Tenant

    with schema_context(get_public_schema_name()):
        audit_entries_prune()
        schemas = list(Tenant.objects.exclude(schema_name__in=[get_public_schema_name(),
                                                               settings.TENANT_BASE_SCHEMA])
                       .values_list("schema_name", flat=True))
    for schema in schemas:
        prune.delay(schema_name=schema)
    return len(schemas)
