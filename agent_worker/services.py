"""Writes to the receptionist's configuration; call inside the tenant's schema."""

from __future__ import annotations

from django.db import connection, transaction

from agent_worker.models import ReceptionistConfig
from tenants.phone_numbers import normalize_e164
from tenants.router import routing_cache_invalidate

_EDITABLE = {"greeting", "services", "faq", "booking_rules", "transfer_number",
             "transfer_outside_hours", "voice_provider", "voice_id", "stt_provider",
             "llm_provider"}


@transaction.atomic
def receptionist_config_update(**changes: object) -> ReceptionistConfig:
    """Apply the owner's edits; the next call routed to this business uses them."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    if changes.get("transfer_number"):
        changes["transfer_number"] = normalize_e164(str(changes["transfer_number"]))
    config, _ = ReceptionistConfig.objects.select_for_update().get_or_create(singleton=True)
    for name, value in changes.items():
        setattr(config, name, value)
    config.full_clean()
    config.save()
    schema = connection.schema_name
    routing_cache_invalidate(schemas=[schema])
    if {"greeting", "voice_provider", "voice_id"} & set(changes):
        from agent_worker.tasks import greeting_prerender

        transaction.on_commit(lambda: greeting_prerender.delay(schema_name=schema))
    return config
