"""Shared set-up for benchmarks: the command line every benchmark has (`--quick`), its RESULT
lines, and Django on a database of the benchmark's own, kept between runs.

Quick mode runs the same code paths on small data with few repetitions, so CI can tell that a
benchmark still runs (bench/run_quick.py). Its figures are printed as `RESULT quick name=value`:
a reader or a script looking for `RESULT name=value` never takes them for a measurement.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
QUICK_HELP = ("small data and few repetitions through the same code paths, to check that the "
              "benchmark runs; prints `RESULT quick name=value`, never a figure to quote")
# The benchmark's database, once chosen: worker processes it starts inherit it.
DATABASE_VARIABLE = "BENCH_DATABASE"

_quick = False


def bench_parser(doc: str | None) -> argparse.ArgumentParser:
    """The benchmark's command line: its docstring as the help, and --quick."""
    parser = argparse.ArgumentParser(description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    return parser


def bench_start(parser: argparse.ArgumentParser, argv: list[str] | None = None,
                ) -> argparse.Namespace:
    """Parse the command line, then say how long this run will take (the docstring's `Takes:`
    paragraph) and whether its figures are real."""
    global _quick
    args = parser.parse_args(argv)
    _quick = args.quick
    takes = _takes(parser.description or "")
    if takes:
        print(takes, flush=True)
    if _quick:
        print("QUICK MODE: small data, few repetitions; its RESULT lines say `quick` and are no "
              "measurement", flush=True)
    return args


def quick() -> bool:
    """Whether this run is a quick one (set by bench_start)."""
    return _quick


def result(name: str, value: Any) -> None:
    """Print one figure as `RESULT name=value` (`RESULT quick name=value` in quick mode)."""
    print(f"RESULT {'quick ' if quick() else ''}{name}={value}", flush=True)


def _takes(doc: str) -> str:
    lines = doc.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Takes:"):
            paragraph = []
            for rest in lines[i:]:
                if not rest.strip():
                    break
                paragraph.append(rest.strip())
            return " ".join(paragraph)
    return ""


def database_name(suffix: str) -> str:
    """The benchmark's own database beside the configured one: `<database>_<suffix>`, with
    `_quick` added in quick mode (quick data never mixes with the full data).

    The configured database is DATABASE_URL's, else EMBEDDED_POSTGRES_DB's (`receptionist`), so
    `.../receptionist` gives `receptionist_bench_dashboard` and a database of your own name
    keeps your benchmarks' data apart from anyone else's on the same server.
    """
    chosen = os.environ.get(DATABASE_VARIABLE)
    if chosen:
        return chosen
    url = os.environ.get("DATABASE_URL")
    base = (urlparse(url).path.lstrip("/") if url else "") or os.environ.get(
        "EMBEDDED_POSTGRES_DB", "receptionist")
    return f"{base}_{suffix}" + ("_quick" if quick() else "")


def django_setup(suffix: str, *, migrate: bool = True) -> str:
    """Point Django at the benchmark's database (`database_name(suffix)`, on DATABASE_URL's
    server or the embedded one), create it if needed, migrate; returns its name."""
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    database = database_name(suffix)
    os.environ[DATABASE_VARIABLE] = database
    url = os.environ.get("DATABASE_URL")
    if url:
        parsed = urlparse(url)
        os.environ["DATABASE_URL"] = urlunparse(parsed._replace(path=f"/{database}"))
        _create_database(os.environ["DATABASE_URL"], database)
    else:
        os.environ["EMBEDDED_POSTGRES_DB"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    print(f"database {database} ({'DATABASE_URL' if url else 'embedded PostgreSQL'})",
          flush=True)
    if not migrate:
        return database
    from django.core.management import call_command
    from django.db import connection

    from tenants import schema_clone
    from tenants.models import Tenant
    from tenants.services import public_tenant_ensure

    # Migrating thousands of kept schemas on every run is slow: do it only when they are behind.
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    schema_clone.migrate_template(verbosity=0)
    sample = Tenant.objects.exclude(schema_name="public").values_list("schema_name", flat=True)
    sample = sample.order_by("-id").first()
    if sample:
        with connection.cursor() as cursor:
            counts = []
            for schema in (schema_clone.TEMPLATE_SCHEMA, sample):
                cursor.execute(f'SELECT count(*) FROM "{schema}".django_migrations')
                counts.append(cursor.fetchone()[0])
        if counts[0] != counts[1]:
            print("kept businesses are behind the migrations: migrating them (slow, once)")
            call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
    public_tenant_ensure()
    return database


def raw_connection(**options: Any) -> Any:
    """A psycopg connection of its own to the benchmark's database, for hand-written SQL.

    Its parameters are the ones Django's own connection uses, so it reaches the embedded
    server's socket as well as DATABASE_URL's server."""
    import psycopg
    from django.db import connection

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)  # Django's own cursor classes
    return psycopg.connect(**params, **options)


def _create_database(url: str, database: str) -> None:
    import psycopg
    from psycopg import sql

    parsed = urlparse(url)
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))


def progress(label: str, done: int, total: int, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    eta = (total - done) / rate if rate else 0
    print(f"\r  {label}: {done}/{total} ({rate:.1f}/s, ~{eta:.0f}s left)   ", end="", flush=True)
    if done == total:
        print()


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)
