"""Background jobs of the receptionist. Each takes a schema name and enters that business."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from celery import shared_task

from agent_worker.greetings import greeting_render
from tenants.router import MultiTenantRouter


@shared_task(name="agent_worker.greeting_prerender")
def greeting_prerender(*, schema_name: str) -> str:
    """Render the business's current greeting so its next call starts speaking at once."""
    config = MultiTenantRouter().get_client_config(schema_name)
    if config is None:
        return ""
    return str(async_to_sync(greeting_render)(config))
