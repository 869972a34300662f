"""Rebuild the intent model's shipped cache after agent_worker/flows/intent_examples.py changed.

Without it the model still works: it embeds the bank at first load (seconds) and caches it in
MODEL_CACHE_DIR. Running this keeps every fresh process on the fast path.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from agent_worker.flows.intent_model import intent_bank_write


class Command(BaseCommand):
    help = "Embed the intent example bank, train the intent layer and write intent_bank.npz."

    def handle(self, *args, **options) -> None:
        path = intent_bank_write(progress=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"wrote {path} ({path.stat().st_size // 1024} KiB)"))
