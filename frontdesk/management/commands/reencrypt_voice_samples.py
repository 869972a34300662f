"""Re-encrypt every business's stored voice samples under the newest VOICE_SAMPLE_KEY.

Key rotation (README, "Rotating the voice-sample key"): put a new key first in VOICE_SAMPLE_KEY,
keep the old one after it, restart, run this, then drop the old key. Safe to run again: samples
already under the newest key are left as they are. All businesses change in one transaction, so
a sample no configured key opens stops the run with one line and nothing is changed.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_tenants.utils import schema_context

from frontdesk.services import voice_samples_reencrypt
from receptionist.errors import ApplicationError
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Re-encrypt every business's voice samples under the first VOICE_SAMPLE_KEY."

    def handle(self, *args, **o) -> None:
        schemas = list(Tenant.objects.exclude(schema_name=settings.PUBLIC_SCHEMA_NAME)
                       .order_by("schema_name").values_list("schema_name", flat=True))
        changed = current = 0
        try:
            with transaction.atomic():
                for number, schema in enumerate(schemas, start=1):
                    with schema_context(schema):
                        done, kept = voice_samples_reencrypt()
                    changed, current = changed + done, current + kept
                    if done or kept or o["verbosity"] > 1:
                        self.stdout.write(f"[{number}/{len(schemas)}] {schema}: {done} "
                                          f"re-encrypted, {kept} already under the newest key")
        except ApplicationError as exc:
            raise CommandError(f"{exc.message}; nothing was changed") from None
        self.stdout.write(self.style.SUCCESS(
            f"{len(schemas)} businesses: {changed} samples re-encrypted, {current} already "
            "under the newest key"))
