"""Writes to the receptionist's configuration and voice cloning; call inside the tenant's
schema."""

from __future__ import annotations

import logging
from datetime import timedelta

from asgiref.sync import async_to_sync
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context
from livekit.agents import APIConnectionError, APIStatusError, APITimeoutError

from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from frontdesk.voice_cloning import (
    InvalidToken,
    sample_decrypt,
    sample_encrypt,
    sample_is_current,
    sample_reencrypt,
    voice_sample_read,
)
from receptionist.errors import ApplicationError
from tenants.models import Tenant
from tenants.router import routing_cache_invalidate
from tenants.transfers import transfer_number_check
from voice.cloning import MAX_BYTES, clone_voice

logger = logging.getLogger(__name__)

_EDITABLE = {"greeting", "services", "faq", "booking_rules", "transfer_number",
             "transfer_outside_hours", "voice_provider", "voice_id", "stt_provider",
             "llm_provider", "address", "directions"}


def _current_tenant() -> Tenant:
    tenant = getattr(connection, "tenant", None)
    if isinstance(tenant, Tenant):
        return tenant
    return Tenant.objects.get(schema_name=connection.schema_name)


@transaction.atomic
def receptionist_config_update(**changes: object) -> ReceptionistConfig:
    """Apply the owner's edits; the next call routed to this business uses them.

    A transfer number is checked here, for every writer (`tenants.transfers`): ApplicationError
    with field "transfer_number" says why one is refused."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    if changes.get("transfer_number"):
        changes["transfer_number"] = transfer_number_check(
            number=str(changes["transfer_number"]), tenant=_current_tenant())
    config, _ = ReceptionistConfig.objects.select_for_update().get_or_create(singleton=True)
    for name, value in changes.items():
        setattr(config, name, value)
    config.full_clean()
    config.save()
    schema = connection.schema_name
    routing_cache_invalidate(schemas=[schema])
    if {"greeting", "voice_provider", "voice_id"} & set(changes):
        from frontdesk.tasks import greeting_prerender

        # robust: a broker outage (or, eagerly, a failing voice) is logged, the edit stays saved
        transaction.on_commit(lambda: greeting_prerender.delay(schema_name=schema), robust=True)
    return config


# --- Voice cloning --------------------------------------------------------------------------
CLONE_STALE_AFTER = timedelta(minutes=15)  # an unfinished job this quiet no longer blocks a new one


@transaction.atomic
def voice_clone_start(*, sample: UploadedFile, name: str,
                      provider: str = VoiceCloneJob.Provider.CARTESIA) -> VoiceCloneJob:
    """Check the owner's recording, store it encrypted and queue the cloning job.

    `sample` is the uploaded file (WAV, MP3, OGG or WebM; 3 to 60 seconds of speech; at most
    10 MB) and `name` the voice's name at the provider. Bad input raises ApplicationError with
    `field` set to "sample" or "name" (None for a problem with the deployment, such as no
    cloning provider configured) and a message to show as is; nothing is stored then.

    Returns the new job in status "pending". The job runs in the background once this
    transaction commits (`frontdesk.voice_clone`); poll it with the selectors
    `voice_clone_job_get` / `voice_clone_jobs_recent` and show `status`, `progress` and, when
    it failed, `error`. When it succeeds the receptionist switches to the new voice
    (voice_provider/voice_id) and its greeting is rendered again, so the next call uses it.
    Only one job runs at a time per business: while one is unfinished (and not stale) another
    upload is refused.
    """
    name = (name or "").strip()
    if not name:
        raise ApplicationError("give the voice a name", field="name")
    if len(name) > 100:
        raise ApplicationError("the name is longer than 100 characters", field="name")
    if provider not in VoiceCloneJob.Provider.values:
        raise ApplicationError(f"{provider!r} cannot clone voices", field="provider")
    if not settings.CARTESIA_API_KEY:
        raise ApplicationError("voice cloning needs Cartesia: set CARTESIA_API_KEY")
    if sample.size is not None and sample.size > MAX_BYTES:
        raise ApplicationError(
            f"the recording is {sample.size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_BYTES // (1024 * 1024)} MB (a minute of speech is plenty)", field="sample")
    recording = voice_sample_read(b"".join(sample.chunks()))
    busy = VoiceCloneJob.objects.filter(
        status__in=[VoiceCloneJob.Status.PENDING, VoiceCloneJob.Status.PROCESSING],
        updated_at__gte=timezone.now() - CLONE_STALE_AFTER,
    ).select_for_update()
    if busy.exists():
        raise ApplicationError("a voice is already being cloned; wait for it to finish",
                               field="sample")
    job = VoiceCloneJob.objects.create(
        name=name, provider=provider, progress="Waiting for a worker to start",
        sample_encrypted=sample_encrypt(recording.wav), sample_format=recording.source_format,
        sample_seconds=round(recording.seconds, 2), sample_bytes=len(recording.wav),
    )
    schema, job_id = connection.schema_name, job.pk
    transaction.on_commit(lambda: _voice_clone_dispatch(schema_name=schema, job_id=job_id))
    return job


def _voice_clone_dispatch(*, schema_name: str, job_id: int) -> None:
    from frontdesk.tasks import voice_clone

    try:
        voice_clone.delay(schema_name=schema_name, job_id=job_id)
    except Exception:  # the broker is down: say so on the job rather than leave it pending
        logger.exception("could not queue voice clone job %s in %s", job_id, schema_name)
        with schema_context(schema_name):
            _voice_clone_fail(job_id, "the job could not be queued (the background worker's "
                                      "broker is unreachable); try again in a few minutes")


def _voice_clone_fail(job_id: int, error: str) -> None:
    VoiceCloneJob.objects.filter(pk=job_id).exclude(status=VoiceCloneJob.Status.SUCCEEDED).update(
        status=VoiceCloneJob.Status.FAILED, error=error, progress="Failed",
        finished_at=timezone.now(), updated_at=timezone.now())


def voice_clone_process(*, job_id: int) -> VoiceCloneJob | None:
    """Run one cloning job (the task's body; inside the business's schema).

    Idempotent: a finished job is left as it is, so a redelivered message does nothing. Every
    failure ends in status "failed" with a reason the owner can read; none escapes as an
    exception, so the job never stays "processing" because the worker gave up on it.
    """
    with transaction.atomic():
        job = VoiceCloneJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None:
            logger.warning("voice clone job %s not found in %s", job_id, connection.schema_name)
            return None
        if job.is_finished:
            return job
        label = job.get_provider_display()
        job.status, job.started_at, job.error = VoiceCloneJob.Status.PROCESSING, timezone.now(), ""
        job.progress = f"Sending your recording to {label}"
        job.save(update_fields=["status", "started_at", "error", "progress", "updated_at"])
        token = bytes(job.sample_encrypted)
    try:
        # LiveKit registers a plugin only from the main thread, and async_to_sync runs the
        # coroutine on another one: import the vendor module here (a no-op once imported).
        import voice.tts.cartesia  # noqa: F401

        sample = sample_decrypt(token)
        provider, voice_id = async_to_sync(clone_voice)(sample, name=job.name)
    except InvalidToken:
        error = ("the stored recording could not be decrypted (was VOICE_SAMPLE_KEY changed?); "
                 "upload it again")
    except ApplicationError as exc:
        error = exc.message
    except APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        reason = str(body.get("message") or body.get("error") or exc.message.split(": ", 1)[-1])
        error = f"{label} refused the recording (HTTP {exc.status_code}): {reason}"
    except (APIConnectionError, APITimeoutError) as exc:
        error = f"{label} could not be reached ({exc.message}); try again in a few minutes"
    except Exception as exc:
        logger.exception("voice clone job %s in %s failed", job_id, connection.schema_name)
        error = f"cloning stopped on an unexpected error ({type(exc).__name__}); try again"
    else:
        with transaction.atomic():
            job.status, job.voice_id, job.provider = (VoiceCloneJob.Status.SUCCEEDED, voice_id,
                                                      provider)
            job.progress = "Ready: your receptionist now speaks with this voice"
            job.finished_at = timezone.now()
            job.save(update_fields=["status", "voice_id", "provider", "progress", "finished_at",
                                    "updated_at"])
            receptionist_config_update(voice_provider=provider, voice_id=voice_id)
        return job
    logger.warning("voice clone job %s in %s failed: %s", job_id, connection.schema_name, error)
    _voice_clone_fail(job_id, error)
    job.refresh_from_db()
    return job


def voice_samples_reencrypt() -> tuple[int, int]:
    """Put every stored voice sample of this business under the newest VOICE_SAMPLE_KEY (key
    rotation); returns (re-encrypted, already under it). Call inside the business's schema and
    a transaction.

    ApplicationError naming the job when no configured key opens a sample (it was encrypted
    under a key no longer listed); nothing is changed for that sample.
    """
    changed = current = 0
    jobs = VoiceCloneJob.objects.select_for_update().only("pk", "sample_encrypted").order_by("pk")
    for job in jobs:
        token = bytes(job.sample_encrypted)
        if sample_is_current(token):
            current += 1
            continue
        try:
            job.sample_encrypted = sample_reencrypt(token)
        except InvalidToken:
            raise ApplicationError(
                f"{connection.schema_name}: voice sample of clone job {job.pk} opens with none "
                "of the VOICE_SAMPLE_KEY keys (add the key it was stored under after the new "
                "one, then run this again)") from None
        job.save(update_fields=["sample_encrypted"])
        changed += 1
    return changed, current
