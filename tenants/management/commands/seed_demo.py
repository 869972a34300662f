"""Three demo businesses with numbers and owner logins, for a first look at the product.

The demo owners' password is this installation's own (derived from its SECRET_KEY, which is
random per installation) and appears only in this command's output; the command refuses to run
with DEBUG off, so a production site never has demo logins.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import salted_hmac
from django_tenants.utils import schema_context

from receptionist.errors import ApplicationError
from tenants.models import Tenant
from tenants.services import public_tenant_ensure, tenant_create, tenant_subscription_set


def demo_password() -> str:
    """Stable for one installation (so `make run` twice prints the same login), unguessable from
    outside it."""
    return "demo-" + salted_hmac("seed_demo.password", "demo owners").hexdigest()[:16]

DEMOS = [
    {"schema_name": "bright_smile", "business_name": "Bright Smile Dental",
     "profession": "dental", "phone_number": "+1 510 555 0101",
     "owner_email": "owner@bright-smile.example", "timezone": "America/Los_Angeles"},
    {"schema_name": "hale_law", "business_name": "Hale & Partners Law",
     "profession": "law_firm", "phone_number": "+1 212 555 0102",
     "owner_email": "owner@hale-law.example", "timezone": "America/New_York"},
    {"schema_name": "rapid_plumbing", "business_name": "Rapid Flow Plumbing",
     "profession": "home_services", "phone_number": "+1 312 555 0103",
     "owner_email": "owner@rapid-flow.example", "timezone": "America/Chicago"},
]

# Where each demo business is, as its owner would type it on the greeting page.
ADDRESSES = {
    "bright_smile": ("120 Grand Avenue, Suite 4, Oakland, CA 94612",
                     "Free parking behind the building; the entrance is on Webster Street."),
    "hale_law": ("250 Park Avenue South, 7th Floor, New York, NY 10003",
                 "Take the elevator to the 7th floor; reception is on the left."),
    "rapid_plumbing": ("1840 West Fulton Street, Chicago, IL 60612",
                       "Customer parking is in front of the shop."),
}


class Command(BaseCommand):
    help = "Create the demo businesses (idempotent) and print their logins."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--port", type=int, default=8000, help="port the site is served on")
        parser.add_argument("--allow-without-debug", action="store_true",
                            help="seed even with DEBUG off (a staging site; never production)")

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["allow_without_debug"]:
            raise CommandError("seed_demo creates logins with a printed password; it runs only "
                               "with DEBUG on (or --allow-without-debug for a staging site)")
        password = demo_password()
        public_tenant_ensure()
        for demo in DEMOS:
            tenant = Tenant.objects.filter(schema_name=demo["schema_name"]).first()
            if tenant is None:
                try:
                    tenant = tenant_create(**demo, owner_password=password)
                except ApplicationError as exc:
                    self.stderr.write(f"skipped {demo['business_name']}: {exc.message}")
                    continue
                tenant_subscription_set(tenant=tenant, status=Tenant.SubscriptionStatus.ACTIVE,
                                        plan=Tenant.Plan.GROWTH)
                self.stdout.write(f"created {tenant.business_name}")
            self._address(tenant)
        self.stdout.write("\nDemo businesses:")
        for demo in DEMOS:
            tenant = Tenant.objects.filter(schema_name=demo["schema_name"]).first()
            if tenant is None:
                continue
            numbers = ", ".join(tenant.phone_numbers.values_list("e164", flat=True))
            self.stdout.write(
                f"  {tenant.business_name:24} "
                f"http://{tenant.get_primary_domain().domain}:{options['port']}/"
                f"  number {numbers}  login {demo['owner_email']} / {password}"
            )

    def _address(self, tenant: Tenant) -> None:
        """Give a demo business its address, unless it has one (the owner's edit stays)."""
        from frontdesk.selectors import receptionist_config_get
        from frontdesk.services import receptionist_config_update

        address, directions = ADDRESSES[tenant.schema_name]
        with schema_context(tenant.schema_name):
            config = receptionist_config_get()
            if config is None or not config.address:
                receptionist_config_update(address=address, directions=directions)
