"""The REST API on the business with 1,000,000 calls (issue 18): the calls list and the dashboard
summary through the API, p50/p95 of server time (goals <= 50 ms and <= 200 ms) and the API's
median over the portal page's showing the same (goal <= 1.2x).

Takes: the first run builds bench/dashboard.py's million calls if they are not there yet (a few
minutes on 2 cores, once; reused by later runs and by dashboard.py), then about 2 minutes;
--quick (20,000 calls) about a minute the first time, 20 s after.

Data: bench/dashboard.py's business `dash_big` (New York time), built by its own builder in
its database; the process's clock is set to the moment the data end, as there. Requests go
through Django's test client on the business's domain over HTTPS (as behind a TLS proxy), with
DEBUG off and the rate limits on (set high enough not to refuse): middleware, authentication,
role check, rate-limit counting, queries and JSON included. The API is called with a read-only
API key, as an integration would (a person's JWT is measured too); the pages as the logged-in
owner. API and page take turns, so they share whatever else the machine is doing. Server time is
the time the test client takes to answer, in this process (no network).

Run (DATABASE_URL's server, or the embedded PostgreSQL):
    .venv/bin/python bench/api.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import timedelta
from urllib.parse import urlparse

import _common
import dashboard
from _common import percentile

try:  # the shared command line and RESULT lines (bench/_common.py), where it has them
    from _common import bench_parser, bench_start, quick, result
except ImportError:  # a _common.py from before --quick was shared: the same here
    _QUICK = [False]

    def bench_parser(doc: str | None) -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(description=doc,
                                         formatter_class=argparse.RawDescriptionHelpFormatter)
        parser.add_argument("--quick", action="store_true",
                            help="small data and few repetitions through the same code paths; "
                                 "prints `RESULT quick name=value`, never a figure to quote")
        return parser

    def bench_start(parser: argparse.ArgumentParser) -> argparse.Namespace:
        args = parser.parse_args()
        _QUICK[0] = args.quick
        print(" ".join(line.strip() for line in (parser.description or "").split("\n\n")[1]
                       .splitlines()), flush=True)
        if args.quick:
            print("QUICK MODE: small data, few repetitions; its RESULT lines say `quick` and "
                  "are no measurement", flush=True)
        return args

    def quick() -> bool:
        return _QUICK[0]

    def result(name: str, value: object) -> None:
        line = f"RESULT {'quick ' if quick() else ''}{name}={value}"
        print(line, flush=True)

QUICK_CALLS = 20_000
FULL_RUNS, QUICK_RUNS = 40, 4
WARMUP = 3
GOALS = {"p50": 50.0, "p95": 200.0, "ratio": 1.2}


def _database(small: bool) -> str:
    url = os.environ.get("DATABASE_URL")
    base = (urlparse(url).path.lstrip("/") if url else "") or os.environ.get(
        "EMBEDDED_POSTGRES_DB", "receptionist")
    return f"{base}_bench_dashboard" + ("_quick" if small else "")


def _setup(small: bool) -> None:
    """Django on dashboard.py's database: through the shared helper's own naming where it has
    one, else the same name (<database>_bench_dashboard[_quick])."""
    if hasattr(_common, "database_name"):
        _common.django_setup("bench_dashboard")
    else:
        _common.django_setup(_database(small))


def _business() -> None:
    """dashboard.py's business, as its builder makes it."""
    from tenants.models import Tenant
    from tenants.services import tenant_create

    if not Tenant.objects.filter(schema_name=dashboard.SCHEMA).exists():
        tenant_create(schema_name=dashboard.SCHEMA, business_name="Million Calls Dental",
                      profession="dental", owner_email="owner@dash-big.example",
                      timezone=dashboard.TZ, subscription_status="active")


def _build_quick() -> None:
    """dashboard.py's newest QUICK_CALLS calls (same statements), with their turns, messages and
    appointments, unless they are there."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {dashboard.SCHEMA}, public")
        cursor.execute("SELECT count(*) FROM calls_call")
        if cursor.fetchone()[0] != QUICK_CALLS:
            print(f"building {QUICK_CALLS:,} calls in {dashboard.SCHEMA} (quick; kept)")
            for table in dashboard.TABLES:
                cursor.execute(f"TRUNCATE {table} RESTART IDENTITY CASCADE")
            cursor.execute(dashboard.CALLS_SQL, {"lo": dashboard.CALLS - QUICK_CALLS + 1,
                                                 "hi": dashboard.CALLS, "end": dashboard.DATA_END})
            cursor.execute(dashboard.TURNS_SQL, {"lo": 1, "hi": QUICK_CALLS})
            cursor.execute(dashboard.MESSAGES_SQL, {"end": dashboard.DATA_END})
            cursor.execute(dashboard.APPOINTMENTS_SQL, {"end": dashboard.DATA_END})
            for table in dashboard.TABLES:
                cursor.execute(f"ANALYZE {table}")
        cursor.execute("SET search_path TO public")


def _build(small: bool) -> None:
    from django.db import connection

    if hasattr(dashboard, "QUICK") and hasattr(dashboard, "SIZE"):  # dashboard.py sizes itself
        dashboard.SIZE = dashboard.QUICK if small else dashboard.FULL
        dashboard.build(False)
        return
    _business()
    # dashboard.py's statements here predate the calls' `details` column (NOT NULL, no
    # default in the database): the column gets its model default while they run
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {dashboard.SCHEMA}.calls_call "
                       "ALTER COLUMN details SET DEFAULT '[]'::jsonb")
    try:
        _build_quick() if small else dashboard.build(False)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {dashboard.SCHEMA}.calls_call "
                           "ALTER COLUMN details DROP DEFAULT")


def _timed(cases: dict[str, object], runs: int) -> dict[str, list[float]]:
    """Milliseconds of each case, run in turn."""
    for _ in range(WARMUP):
        for fn in cases.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, fn in cases.items():
            t0 = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - t0) * 1000)
    return samples


def main() -> None:
    bench_start(bench_parser(__doc__))
    is_quick = quick()

    # what a deployment runs: DEBUG off (no query log) and the keys it must set
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-" + "x" * 40)
    if not os.environ.get("VOICE_SAMPLE_KEY"):
        from cryptography.fernet import Fernet

        os.environ["VOICE_SAMPLE_KEY"] = Fernet.generate_key().decode()
    for name in ("API_RATE_LIMIT_PER_KEY", "API_RATE_LIMIT_PER_BUSINESS",
                 "REQUEST_RATE_LIMIT_PER_CLIENT", "REQUEST_RATE_LIMIT_PER_BUSINESS"):
        os.environ.setdefault(name, "1000000")  # counted, never refused
    _setup(is_quick)

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from django_tenants.utils import schema_context

    from analytics.selectors import dashboard_summary
    from api.models import ApiKey
    from api.services import api_key_create
    from api.tokens import tokens_issue
    from tenants.models import Domain

    _build(is_quick)
    now = dashboard.DATA_END + timedelta(minutes=1)
    timezone.now = lambda: now  # the data end here; the clock stays with them

    domain = Domain.objects.get(tenant__schema_name=dashboard.SCHEMA).domain
    with schema_context(dashboard.SCHEMA):
        owner = get_user_model().objects.get(username="owner@dash-big.example")
        ApiKey.objects.filter(name="bench/api.py").delete()
        _, secret = api_key_create(name="bench/api.py", scope="read", created_by=owner)
        jwt = tokens_issue(user=owner)["access"]
        page = Client(HTTP_HOST=domain)
        page.force_login(owner)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM calls_call")
            calls = cursor.fetchone()[0]
    by_key = Client(HTTP_HOST=domain, HTTP_AUTHORIZATION=f"Api-Key {secret}")
    by_jwt = Client(HTTP_HOST=domain, HTTP_AUTHORIZATION=f"Bearer {jwt}")
    print(f"business {dashboard.SCHEMA}: {calls:,} calls; clock at {now:%Y-%m-%d %H:%M}Z; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)

    def get(client: Client, path: str):
        def run() -> None:
            response = client.get(path, secure=True)
            assert response.status_code == 200, (path, response.status_code,
                                                  response.content[:300])
        return run

    def summary_alone() -> None:
        with schema_context(dashboard.SCHEMA):
            dashboard_summary(tz_name=dashboard.TZ, days=30)

    runs = QUICK_RUNS if is_quick else FULL_RUNS
    figures: dict[str, float] = {}
    for label, api_path, page_path in (
            ("calls_list", "/api/v1/calls/", "/calls/"),
            ("dashboard_summary", "/api/v1/analytics/summary/?days=30", "/dashboard/?days=30")):
        cases = {"api": get(by_key, api_path), "jwt": get(by_jwt, api_path),
                 "page": get(page, page_path)}
        if label == "dashboard_summary":  # what the figures cost without any request around
            cases["selector"] = summary_alone
        samples = _timed(cases, runs)
        p50, p95 = percentile(samples["api"], 50), percentile(samples["api"], 95)
        page50 = percentile(samples["page"], 50)
        figures[f"api_{label}_p50_ms"] = p50
        figures[f"api_{label}_p95_ms"] = p95
        figures[f"api_{label}_jwt_p50_ms"] = percentile(samples["jwt"], 50)
        figures[f"portal_{label}_p50_ms"] = page50
        figures[f"api_{label}_vs_portal"] = p50 / page50
        if "selector" in samples:
            figures[f"{label}_selector_p50_ms"] = percentile(samples["selector"], 50)
            print(f"  analytics.selectors.dashboard_summary alone: p50 "
                  f"{figures[f'{label}_selector_p50_ms']:.1f} ms", flush=True)
        print(f"  {api_path}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (goals {GOALS['p50']:.0f}/"
              f"{GOALS['p95']:.0f}); with a JWT p50 {figures[f'api_{label}_jwt_p50_ms']:.1f} "
              f"ms; the page {page_path} p50 {page50:.1f} ms: {p50 / page50:.2f}x "
              f"(goal <= {GOALS['ratio']})", flush=True)
    with schema_context(dashboard.SCHEMA):
        from calls.models import Call
        from calls.selectors import cursor_encode

        deep = Call.objects.order_by("-start_time", "-id")[calls // 2]
    extra = {"api_calls_deep_page_p50_ms": f"/api/v1/calls/?before={cursor_encode(deep)}",
             "api_calls_outcome_filter_p50_ms": "/api/v1/calls/?outcome=rejected",
             "api_messages_p50_ms": "/api/v1/messages/",
             "api_appointments_p50_ms": "/api/v1/appointments/"}
    for name, path in extra.items():
        figures[name] = percentile(_timed({"api": get(by_key, path)},
                                          max(2, runs // 4))["api"], 50)
        print(f"  {path}: p50 {figures[name]:.1f} ms", flush=True)
    with schema_context(dashboard.SCHEMA):
        ApiKey.objects.filter(name="bench/api.py").delete()

    for name, value in figures.items():
        result(name, f"{value:.2f}" if name.endswith("_vs_portal") else f"{value:.1f}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
