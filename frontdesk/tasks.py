"""Background jobs of the receptionist. Each takes a schema name and plain ids; TenantTask
enters that business's schema around the run."""

from __future__ import annotations

from pathlib import Path

from asgiref.sync import async_to_sync
from celery import shared_task
from django.db import connection
from livekit.agents.utils import http_context

from agent_worker.greetings import greeting_render
from frontdesk.services import voice_clone_process
from receptionist.tasks_base import TenantTask
from tenants.router import MultiTenantRouter


@shared_task(base=TenantTask, name="frontdesk.greeting_prerender")
def greeting_prerender(*, schema_name: str) -> str:
    """Render the business's current greeting so its next call starts speaking at once."""
    config = MultiTenantRouter().get_client_config(connection.schema_name)
    if config is None:
        return ""

    async def render() -> Path:
        # outside a LiveKit job the cloud voices need an HTTP session of their own, or the
        # chain silently falls back to a local voice instead of the business's own
        async with http_context.open():
            return await greeting_render(config)

    return str(async_to_sync(render)())


@shared_task(base=TenantTask, name="frontdesk.voice_clone")
def voice_clone(*, schema_name: str, job_id: int) -> str:
    """Clone the owner's voice from job `job_id`'s recording; returns the job's final status."""
    job = voice_clone_process(job_id=job_id)
    return job.status if job is not None else ""
