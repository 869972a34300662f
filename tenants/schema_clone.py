"""New tenant schemas are copies of one migrated template schema.

Running every migration for each sign-up costs seconds and grows with the migration history;
copying the template (tables, indexes, constraints, sequences and the rows of django_migrations,
contenttypes and permissions) costs a fraction of that and stays flat.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_tenants.clone import CloneSchema
from django_tenants.utils import schema_exists as _schema_exists

TEMPLATE_SCHEMA: str = settings.TENANT_BASE_SCHEMA


def schema_exists(name: str) -> bool:
    return _schema_exists(name)


def template_ready() -> bool:
    """The template exists and holds a migrated tenant schema."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL",
                       [f"{TEMPLATE_SCHEMA}.django_migrations"])
        return bool(cursor.fetchone()[0])


def _clone_function_installed() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public' AND p.proname = 'clone_schema')"
        )
        return bool(cursor.fetchone()[0])


def clone_template(schema_name: str) -> None:
    """Create `schema_name` as a copy of the template, data included."""
    cloner = CloneSchema()
    if not _clone_function_installed():
        cloner._create_clone_schema_function()
    with connection.cursor() as cursor:
        cursor.execute("SELECT public.clone_schema(%s, %s, 'DATA')", [TEMPLATE_SCHEMA, schema_name])
        _restore_constraint_names(cursor, schema_name)
    connection.set_schema_to_public()


def _restore_constraint_names(cursor, schema_name: str) -> None:
    """Give constraints the template's names back.

    The clone function recreates multi-column UNIQUE constraints under PostgreSQL's default
    names (`t_a_b_key`), so a later migration that drops Django's named constraint would fail on
    every cloned schema. Match each by table, kind and definition, and rename.
    """
    cursor.execute(
        """
        SELECT rel.relname, clone.conname, tmpl.conname
        FROM pg_constraint tmpl
        JOIN pg_class trel ON trel.oid = tmpl.conrelid
        JOIN pg_namespace tns ON tns.oid = trel.relnamespace AND tns.nspname = %(template)s
        JOIN pg_class rel ON rel.relname = trel.relname
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace AND ns.nspname = %(clone)s
        JOIN pg_constraint clone ON clone.conrelid = rel.oid AND clone.contype = tmpl.contype
             AND pg_get_constraintdef(clone.oid) = pg_get_constraintdef(tmpl.oid)
        WHERE clone.conname <> tmpl.conname
          AND NOT EXISTS (SELECT 1 FROM pg_constraint same
                          WHERE same.conrelid = rel.oid AND same.conname = tmpl.conname)
        """,
        {"template": TEMPLATE_SCHEMA, "clone": schema_name},
    )
    for table, current, wanted in cursor.fetchall():
        cursor.execute(
            f'ALTER TABLE "{schema_name}"."{table}" RENAME CONSTRAINT "{current}" TO "{wanted}"'
        )


def migrate_template(*, verbosity: int = 1) -> None:
    """Create the template schema if needed and bring it to the latest tenant migrations."""
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{TEMPLATE_SCHEMA}"')
    call_command("migrate_schemas", tenant=True, schema_name=TEMPLATE_SCHEMA,
                 interactive=False, verbosity=verbosity)
    connection.set_schema_to_public()
