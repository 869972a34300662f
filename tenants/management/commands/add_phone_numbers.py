"""Load numbers bought from the carrier into the pool that sign-ups claim from."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from receptionist.errors import ApplicationError
from tenants.services import phone_number_pool_add


class Command(BaseCommand):
    help = "Add phone numbers (any common format) to the unassigned pool."

    def add_arguments(self, parser) -> None:
        parser.add_argument("numbers", nargs="+")
        parser.add_argument("--label", default="")

    def handle(self, *args, **o) -> None:
        errors = []
        for raw in o["numbers"]:
            try:
                phone = phone_number_pool_add(number=raw, label=o["label"])
                self.stdout.write(f"{phone.e164} in pool")
            except ApplicationError as exc:
                errors.append(exc.message)
        if errors:
            raise CommandError("; ".join(errors))
