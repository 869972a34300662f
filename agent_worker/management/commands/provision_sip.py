"""Make LiveKit's SIP trunk and dispatch rules match the phone numbers in the database.

The trunk takes calls only from LIVEKIT_SIP_ALLOWED_ADDRESSES (the carrier's signalling ranges)
and, when set, with digest authentication; an empty list is refused without --allow-any-source.

Safe to run repeatedly (after a deploy, from cron, after assigning numbers): it changes only
what differs, and only what it created. `--dry-run` shows the plan and changes nothing.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from agent_worker.sip import sip_provision
from receptionist.errors import ApplicationError


class Command(BaseCommand):
    help = ("Create or update the LiveKit inbound SIP trunk and one dispatch rule per active "
            "business number; --dry-run prints the plan only.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true",
                            help="print what would change on LiveKit and change nothing")
        parser.add_argument("--allow-any-source", action="store_true",
                            help="with LIVEKIT_SIP_ALLOWED_ADDRESSES empty, create the inbound "
                                 "trunk open to calls from any address (refused otherwise)")

    def handle(self, *args, **options) -> None:
        dry_run = options["dry_run"]
        try:
            result = sip_provision(dry_run=dry_run, allow_any_source=options["allow_any_source"],
                                   progress=self.stdout.write)
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        if dry_run:
            self.stdout.write(result.plan.describe())
            self.stdout.write("Dry run: nothing was changed on LiveKit.")
            return
        for warning in result.plan.warnings:
            self.stderr.write(f"warning: {warning}")
        if result.applied:
            self.stdout.write(self.style.SUCCESS(
                f"{len(result.applied)} change(s) applied; {len(result.plan.routes)} number(s) "
                "routed."))
        else:
            self.stdout.write(f"Nothing to change: LiveKit already routes "
                              f"{len(result.plan.routes)} number(s).")
