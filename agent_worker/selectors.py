"""Reads of the receptionist's configuration; call inside the tenant's schema."""

from __future__ import annotations

from agent_worker.models import ReceptionistConfig


def receptionist_config_get() -> ReceptionistConfig | None:
    return ReceptionistConfig.objects.first()
