"""Migrate the public schema, the tenant template that new businesses are cloned from, and every
existing business schema, in that order."""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand

from tenants import schema_clone


class Command(BaseCommand):
    help = "Migrate public schema, tenant template schema and all tenant schemas."

    def handle(self, *args, **options) -> None:
        verbosity = options["verbosity"]
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=verbosity)
        schema_clone.migrate_template(verbosity=verbosity)
        call_command("migrate_schemas", tenant=True, interactive=False, verbosity=verbosity)
        self.stdout.write(self.style.SUCCESS("All schemas migrated."))
