"""Answer calls: run the LiveKit agent worker until SIGTERM, then drain and exit.

Run as many of these as the machines allow, all with the same agent name: LiveKit spreads the
calls over them and stops offering calls to one that reports itself full.
"""

from __future__ import annotations

import asyncio

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from livekit.agents import AgentServer

from agent_worker.worker import (
    DEFAULT_DRAIN_TIMEOUT,
    DEFAULT_LOAD_THRESHOLD,
    ENTRYPOINT,
    build_server,
    health_port_default,
    livekit_credentials,
    prepare_models,
    serve,
)
from receptionist import housekeeping
from receptionist.errors import ApplicationError
from voice.errors import AssetCorrupted


class Command(BaseCommand):
    help = ("Run the LiveKit agent worker that answers calls (explicit dispatch by "
            "LIVEKIT_AGENT_NAME); SIGTERM drains active calls, then exits.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--health-port", type=int, default=None,
                            help="HTTP health check port (GET / answers OK, GET /worker the "
                                 "worker's status); default LIVEKIT_WORKER_PORT "
                                 f"({health_port_default()}); 0 picks a free port")
        parser.add_argument("--idle-processes", type=int, default=None,
                            help="job processes kept warm (models loaded) ahead of calls; "
                                 "default one per CPU core")
        parser.add_argument("--drain-timeout", type=int, default=DEFAULT_DRAIN_TIMEOUT,
                            help="seconds active calls may go on after SIGTERM "
                                 f"(default {DEFAULT_DRAIN_TIMEOUT}; 0 waits as long as they last)")
        parser.add_argument("--load-threshold", type=float, default=DEFAULT_LOAD_THRESHOLD,
                            help="CPU load (0-1) above which LiveKit sends this worker no "
                                 f"new calls (default {DEFAULT_LOAD_THRESHOLD})")
        parser.add_argument("--prometheus-port", type=int, default=None,
                            help="expose Prometheus metrics on this port (default: off)")
        parser.add_argument("--entrypoint", default=ENTRYPOINT,
                            help=f"dotted path of the job entrypoint (default {ENTRYPOINT})")

    def handle(self, *args, **options) -> None:
        try:
            credentials = livekit_credentials()
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        for name in ("idle_processes", "drain_timeout", "health_port", "prometheus_port"):
            if options[name] is not None and options[name] < 0:
                raise CommandError(f"--{name.replace('_', '-')} must not be negative")
        try:
            server = build_server(
                entrypoint=options["entrypoint"],
                credentials=credentials,
                health_port=options["health_port"],
                idle_processes=options["idle_processes"],
                drain_timeout=options["drain_timeout"],
                load_threshold=options["load_threshold"],
                prometheus_port=options["prometheus_port"],
            )
        except ImportError as exc:
            raise CommandError(f"cannot import the entrypoint {options['entrypoint']}: {exc}"
                               ) from None
        try:
            prepare_models(progress=self.stdout.write)
        except (ImportError, AssetCorrupted, ValueError) as exc:
            raise CommandError(str(exc)) from None
        try:
            asyncio.run(serve(server, on_started=self._started))
        except Exception as exc:
            raise CommandError(f"agent worker stopped: {exc}") from exc
        self.stdout.write("Agent worker stopped.")

    def _started(self, server: AgentServer) -> None:
        housekeeping.start_in_process()  # without Redis no Celery beat closes abandoned calls
        self.stdout.write(self.style.SUCCESS(
            f"Agent worker '{settings.LIVEKIT_AGENT_NAME}' started for {settings.LIVEKIT_URL}; "
            f"health check on port {server.worker_info.http_port}"))
