"""Onboard one business from the command line (ops); the portal's sign-up calls the same service."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from receptionist.errors import ApplicationError
from tenants.services import tenant_create


class Command(BaseCommand):
    help = "Create a business: schema, domain, owner login, receptionist and optional number."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--schema", required=True, help="schema name, e.g. smile_dental")
        parser.add_argument("--name", required=True, help="business name")
        parser.add_argument("--profession", required=True, help="profession template slug")
        parser.add_argument("--owner-email", required=True)
        parser.add_argument("--owner-password", default=None,
                            help="omit to create the owner without a password (reset link)")
        parser.add_argument("--domain", default=None)
        parser.add_argument("--phone-number", default=None)
        parser.add_argument("--timezone", default="America/New_York")
        parser.add_argument("--plan", default="starter")
        parser.add_argument("--status", default="trialing", help="subscription status")

    def handle(self, *args, **o) -> None:
        started = time.perf_counter()
        try:
            tenant = tenant_create(
                schema_name=o["schema"], business_name=o["name"], profession=o["profession"],
                owner_email=o["owner_email"], owner_password=o["owner_password"],
                domain=o["domain"], phone_number=o["phone_number"], timezone=o["timezone"],
                plan=o["plan"], subscription_status=o["status"],
            )
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        domain = tenant.get_primary_domain()
        numbers = ", ".join(tenant.phone_numbers.values_list("e164", flat=True)) or "none"
        self.stdout.write(self.style.SUCCESS(
            f"Created {tenant.business_name} (schema {tenant.schema_name}) in "
            f"{time.perf_counter() - started:.2f}s: http://{domain.domain}:8000/ numbers: {numbers}"
        ))
