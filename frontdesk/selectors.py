"""Reads of the receptionist's configuration; call inside the tenant's schema."""

from __future__ import annotations

from frontdesk.models import ReceptionistConfig, VoiceCloneJob


def receptionist_config_get() -> ReceptionistConfig | None:
    return ReceptionistConfig.objects.first()


def voice_clone_jobs_recent(*, limit: int = 10) -> list[VoiceCloneJob]:
    """The business's latest cloning jobs, newest first (without the encrypted recording)."""
    return list(VoiceCloneJob.objects.defer("sample_encrypted")[:limit])


def voice_clone_job_get(*, job_id: int) -> VoiceCloneJob | None:
    """One cloning job of this business (for a progress page), or None."""
    return VoiceCloneJob.objects.defer("sample_encrypted").filter(pk=job_id).first()
