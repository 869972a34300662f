"""Shared set-up for benchmarks: Django on a database of the benchmark's own, kept between runs."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent


def django_setup(database: str, *, migrate: bool = True) -> None:
    """Point Django at `database` (on DATABASE_URL's server, or the embedded one) and migrate."""
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
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
    if not migrate:
        return
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
