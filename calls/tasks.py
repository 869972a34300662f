"""Background jobs on calls. Each takes a schema name and plain ids; TenantTask enters the
business's schema around the run."""

from __future__ import annotations

from celery import shared_task

from calls.analysis import call_analyse as call_analyse_service
from receptionist.tasks_base import TenantTask


@shared_task(base=TenantTask, name="calls.call_analyse")
def call_analyse(*, schema_name: str, call_id: str) -> bool:
    """Sentiment, summary, caller name, reason and callback number of a closed call
    (`call_id` is Call.call_id, the UUID); True when the call now carries its analysis."""
    call = call_analyse_service(call_id=call_id)
    return call is not None and call.analysed_at is not None
