"""New tenant schemas are copies of one migrated template schema.

Running every migration for each sign-up costs seconds and grows with the migration history.
django-tenants' generic clone function avoids that but introspects information_schema on every
call, which slows down as the database fills with schemas (about a second per clone at 250
tenants). Instead the template's DDL is read from the catalog once per process (and again only
when the template's migrations change), and replayed for each new schema: tables with their
columns, defaults and identity columns, every constraint and index under its own name, and the
rows of the tables that hold data (migrations, content types, permissions). A test proves the
result is identical to a migrated schema.
"""

from __future__ import annotations

import threading

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_tenants.utils import schema_exists as _schema_exists

TEMPLATE_SCHEMA: str = settings.TENANT_BASE_SCHEMA
SCHEMA_PLACEHOLDER = "__new_schema__"

_lock = threading.Lock()
_script: tuple[tuple[int, int], str] | None = None  # (template version, DDL with placeholder)


def schema_exists(name: str) -> bool:
    return _schema_exists(name)


def template_ready() -> bool:
    """The template exists and holds a migrated tenant schema."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL",
                       [f"{TEMPLATE_SCHEMA}.django_migrations"])
        return bool(cursor.fetchone()[0])


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _template_version(cursor) -> tuple[int, int]:
    cursor.execute(f"SELECT count(*), coalesce(max(id), 0) FROM "
                   f"{_ident(TEMPLATE_SCHEMA)}.django_migrations")
    count, last = cursor.fetchone()
    return int(count), int(last)


def _build_script(cursor) -> str:
    """DDL + data copy that recreates the template in a schema called SCHEMA_PLACEHOLDER."""
    cursor.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind NOT IN ('r', 'i', 'S')", [TEMPLATE_SCHEMA])
    if cursor.fetchone()[0]:
        raise RuntimeError(f"{TEMPLATE_SCHEMA} holds views or other relations this clone does "
                           "not copy; extend tenants/schema_clone.py")
    # Render definitions as seen from inside the template: its own names come out unqualified
    # and so resolve to the new schema; anything in public stays qualified.
    cursor.execute(f"SET search_path TO {_ident(TEMPLATE_SCHEMA)}")
    try:
        cursor.execute(
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE n.nspname = %s AND c.relkind = 'r'
            ORDER BY c.relname, a.attnum
            """, [TEMPLATE_SCHEMA])
        tables: dict[str, list[str]] = {}
        identities: list[tuple[str, str]] = []
        for table, column, type_, not_null, default, identity in cursor.fetchall():
            parts = [_ident(column), type_]
            if identity in ("a", "d"):
                kind = "ALWAYS" if identity == "a" else "BY DEFAULT"
                parts.append(f"GENERATED {kind} AS IDENTITY")
                identities.append((table, column))
            elif default is not None:
                parts.append(f"DEFAULT {default}")
            if not_null:
                parts.append("NOT NULL")
            tables.setdefault(table, []).append(" ".join(parts))
        cursor.execute(
            """
            SELECT c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND con.contype <> 'n'
            ORDER BY CASE con.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'c' THEN 2 ELSE 3 END,
                     c.relname, con.conname
            """, [TEMPLATE_SCHEMA])
        constraints = cursor.fetchall()
        cursor.execute(
            """
            SELECT pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
            ORDER BY 1
            """, [TEMPLATE_SCHEMA])
        # pg_get_indexdef always qualifies the table; point it at the new schema instead
        indexes = [row[0].replace(f" ON {TEMPLATE_SCHEMA}.", " ON ", 1)
                   for row in cursor.fetchall()]
        filled = []
        for table in sorted(tables):
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {_ident(table)})")
            if cursor.fetchone()[0]:
                filled.append(table)
    finally:
        cursor.execute("SET search_path TO public")

    new, tmpl = _ident(SCHEMA_PLACEHOLDER), _ident(TEMPLATE_SCHEMA)
    statements = [f"CREATE SCHEMA {new}", f"SET search_path TO {new}, public"]
    for table, columns in tables.items():
        statements.append(f"CREATE TABLE {_ident(table)} ({', '.join(columns)})")
    for table, name, _kind, definition in constraints:
        statements.append(
            f"ALTER TABLE {_ident(table)} ADD CONSTRAINT {_ident(name)} {definition}")
    statements += indexes
    for table in filled:
        statements.append(f"INSERT INTO {_ident(table)} OVERRIDING SYSTEM VALUE "
                          f"SELECT * FROM {tmpl}.{_ident(table)}")
    for table, column in identities:
        if table in filled:
            statements.append(
                f"SELECT setval(pg_get_serial_sequence('{new}.{_ident(table)}', '{column}'), "
                f"coalesce(max({_ident(column)}), 0) + 1, false) FROM {_ident(table)}")
    statements.append("SET search_path TO public")
    return ";\n".join(statements)


def clone_template(schema_name: str) -> None:
    """Create `schema_name` as a copy of the template (structure and rows)."""
    global _script
    with connection.cursor() as cursor:
        version = _template_version(cursor)
        with _lock:
            if _script is None or _script[0] != version:
                _script = (version, _build_script(cursor))
            script = _script[1]
        cursor.execute(script.replace(_ident(SCHEMA_PLACEHOLDER), _ident(schema_name))
                       .replace(f"'{_ident(SCHEMA_PLACEHOLDER)}", f"'{_ident(schema_name)}"))
    connection.set_schema_to_public()


def migrate_template(*, verbosity: int = 1) -> None:
    """Create the template schema if needed and bring it to the latest tenant migrations."""
    global _script
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {_ident(TEMPLATE_SCHEMA)}")
    call_command("migrate_schemas", tenant=True, schema_name=TEMPLATE_SCHEMA,
                 interactive=False, verbosity=verbosity)
    connection.set_schema_to_public()
    with _lock:
        _script = None
