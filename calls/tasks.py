"""Background jobs on calls. Each takes a schema name and plain ids; TenantTask enters the
business's schema around the run."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django_tenants.utils import get_public_schema_name

from calls.analysis import call_analyse as call_analyse_service
from calls.analytics_service import calls_close_abandoned
from frontdesk.call_config import call_config_get
from receptionist.tasks_base import TenantTask

ABANDONED_AFTER = timedelta(minutes=10)  # no turn for this long: the line is gone


@shared_task(base=TenantTask, name="calls.call_analyse")
def call_analyse(*, schema_name: str, call_id: str) -> bool:
    """Sentiment, summary, caller name, reason and callback number of a closed call
    (`call_id` is Call.call_id, the UUID); True when the call now carries its analysis."""
    call = call_analyse_service(call_id=call_id)
    return call is not None and call.analysed_at is not None


@shared_task(base=TenantTask, name="calls.close_abandoned")
def close_abandoned(*, schema_name: str) -> int:
    """Close this business's calls nobody ended (a dropped line, a crashed worker) once they
    have been idle for ABANDONED_AFTER; returns how many were closed."""
    config = call_config_get(schema_name)
    if config is None:
        return 0
    return calls_close_abandoned(config=config, idle_for=ABANDONED_AFTER)


@shared_task(name="calls.close_abandoned_everywhere")
def close_abandoned_everywhere() -> int:
    """The periodic fan-out (Celery beat, or the in-process scheduler of receptionist/
    housekeeping.py): one `close_abandoned` job per business; returns how many were queued."""
    from tenants.models import Tenant

    schemas = list(Tenant.objects.exclude(schema_name__in=[get_public_schema_name(),
                                                           settings.TENANT_BASE_SCHEMA])
                   .values_list("schema_name", flat=True))
    for schema in schemas:
        close_abandoned.delay(schema_name=schema)
    return len(schemas)
