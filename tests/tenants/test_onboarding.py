from __future__ import annotations

import os
import re
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection
from django_tenants.utils import schema_context, schema_exists

from frontdesk.models import ReceptionistConfig
from receptionist.errors import ApplicationError
from tenants import schema_clone
from tenants.models import Domain, PhoneNumber, Tenant
from tenants.router import MultiTenantRouter
from tenants.services import phone_number_pool_add, tenant_create

pytestmark = pytest.mark.django_db


def _create(**overrides) -> Tenant:
    args = {"schema_name": "acme_dental", "business_name": "Acme Dental",
            "profession": "dental", "owner_email": "ann@acme.example",
            "owner_password": "a-long-owner-password", "phone_number": "+1 (415) 555-0142"}
    return tenant_create(**(args | overrides))


def test_it_creates_schema_domain_owner_receptionist_and_number(db):
    tenant = _create()
    assert schema_exists("acme_dental")
    assert tenant.get_primary_domain().domain == "acme-dental.localhost"
    assert PhoneNumber.objects.get(e164="+14155550142").tenant == tenant
    with schema_context("acme_dental"):
        owner = get_user_model().objects.get()
        assert owner.email == "ann@acme.example" and owner.check_password("a-long-owner-password")
        config = ReceptionistConfig.objects.get()
        assert config.services == tenant.profession.default_services
    decision = MultiTenantRouter().route_call("4155550142")
    assert decision.accepted and decision.config.client_id == "acme_dental"


def test_it_claims_a_number_from_the_pool(db):
    phone_number_pool_add(number="+1 415 555 0143")
    tenant = _create(phone_number="4155550143")
    assert PhoneNumber.objects.get(e164="+14155550143").tenant == tenant


def test_owner_without_password_must_set_one(db):
    _create(owner_password=None)
    with schema_context("acme_dental"):
        assert not get_user_model().objects.get().has_usable_password()


def _columns_constraints_indexes(schema: str) -> dict[str, object]:
    """A schema's structure with its own name taken out, for comparison."""
    queries = {
        # column order, not attnum: a migrated table keeps holes where columns were dropped
        "columns": """SELECT table_name, column_name, data_type, is_nullable,
                             coalesce(column_default, ''), is_identity, character_maximum_length,
                             row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position)
                      FROM information_schema.columns WHERE table_schema = %s""",
        "constraints": """SELECT rel.relname, con.conname, con.contype,
                                 pg_get_constraintdef(con.oid)
                          FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
                          JOIN pg_namespace n ON n.oid = con.connamespace WHERE n.nspname = %s""",
        "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %s",
        "sequences": """SELECT sequence_name, data_type, start_value, increment
                        FROM information_schema.sequences WHERE sequence_schema = %s""",
        "migrations": "SELECT app, name FROM {schema}.django_migrations",
        "content_types": "SELECT app_label, model FROM {schema}.django_content_type",
        "permissions": "SELECT codename FROM {schema}.auth_permission",
    }
    result = {}
    with connection.cursor() as cursor:
        for key, sql in queries.items():
            if "{schema}" in sql:
                cursor.execute(sql.format(schema=f'"{schema}"'))
            else:
                cursor.execute(sql, [schema])
            rows = [tuple(str(v).replace(f'"{schema}".', "S.").replace(f"{schema}.", "S.")
                          for v in row) for row in cursor.fetchall()]
            result[key] = sorted(rows)
    return result


def test_a_cloned_schema_is_identical_to_a_migrated_one(db):
    """New tenants are clones of the template; this proves a clone is what running every
    migration would have produced (tables, columns, constraints, indexes, sequences, and the
    migration/contenttype/permission rows)."""
    _create()
    with connection.cursor() as cursor:
        cursor.execute('CREATE SCHEMA "migrated_ref"')
    from django.core.management import call_command as run

    run("migrate_schemas", tenant=True, schema_name="migrated_ref", interactive=False,
        verbosity=0)
    connection.set_schema_to_public()
    cloned, migrated = _columns_constraints_indexes("acme_dental"), \
        _columns_constraints_indexes("migrated_ref")
    for key in cloned:
        assert cloned[key] == migrated[key], key
    assert len(cloned["migrations"]) > 10 and len(cloned["indexes"]) > 10
    # identity sequences continue independently in the clone
    with schema_context("acme_dental"):
        assert ReceptionistConfig.objects.get().pk == 1


@pytest.mark.parametrize("bad_name", ["", "a", "1abc", "Acme", "acme-dental", "acme dental",
                                      "public", "tenant_template", "pg_catalog", "x" * 49,
                                      'acme";drop', "information_schema"])
def test_it_refuses_schema_names_that_are_not_valid_identifiers(db, bad_name):
    with pytest.raises(ApplicationError) as err:
        _create(schema_name=bad_name)
    assert err.value.field == "schema_name"


@pytest.mark.parametrize("field, value, message", [
    ("profession", "astrology", "unknown profession 'astrology'; choose one of: "),
    ("phone_number", "12", "is not a valid phone number"),
    ("phone_number", "call me maybe", "is not a phone number"),
    ("owner_email", "not-an-email", "is not a valid email address"),
    ("timezone", "Mars/Olympus", "is not a known time zone"),
    ("business_name", "  ", "business name is required"),
    ("domain", "bad domain!", "is not a valid domain name"),
])
def test_it_refuses_bad_input_with_a_clear_error_and_creates_nothing(db, field, value, message):
    with pytest.raises(ApplicationError) as err:
        _create(**{field: value})
    assert message in err.value.message
    assert not schema_exists("acme_dental")
    assert not Tenant.objects.filter(schema_name="acme_dental").exists()


def test_it_refuses_a_number_that_belongs_to_another_business(fleet):
    _create(schema_name="first_dental", phone_number="+14155550144")
    with pytest.raises(ApplicationError, match="already belongs to another business"):
        _create(phone_number="(415) 555-0144")
    assert not schema_exists("acme_dental")


def test_it_refuses_a_duplicate_schema_or_domain(db):
    _create()
    with pytest.raises(ApplicationError, match="already exists"):
        _create(phone_number=None)
    with pytest.raises(ApplicationError, match="already taken"):
        _create(schema_name="acme_two", domain="acme-dental.localhost", phone_number=None)


def test_a_failure_after_the_schema_exists_leaves_no_schema_behind(db):
    with mock.patch.object(ReceptionistConfig.objects, "create",
                           side_effect=IntegrityError("injected")):
        with pytest.raises(ApplicationError, match="injected"):
            _create()
    assert not schema_exists("acme_dental")
    assert not Tenant.objects.filter(schema_name="acme_dental").exists()
    assert not Domain.objects.filter(domain="acme-dental.localhost").exists()
    assert not PhoneNumber.objects.filter(e164="+14155550142").exists()


def test_create_tenant_command_prints_what_it_made(db, capsys):
    call_command("create_tenant", "--schema", "cmd_law", "--name", "Cmd Law",
                 "--profession", "law_firm", "--owner-email", "o@cmd.example",
                 "--phone-number", "+1 212 555 0145")
    out = capsys.readouterr().out
    assert "Created Cmd Law (schema cmd_law)" in out and "+12125550145" in out


def test_create_tenant_command_fails_with_one_line(db):
    with pytest.raises(CommandError) as err:
        call_command("create_tenant", "--schema", "Bad Name", "--name", "X",
                     "--profession", "dental", "--owner-email", "o@x.example")
    assert "\n" not in str(err.value) and "not a valid schema name" in str(err.value)


def test_seed_demo_creates_three_businesses_and_prints_logins(db, capsys, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    out = capsys.readouterr().out
    for name in ("Bright Smile Dental", "Hale & Partners Law", "Rapid Flow Plumbing"):
        assert name in out
    assert out.count("login owner@") == 3
    assert MultiTenantRouter().route_call("+1 510 555 0101").config.profession == "dental"
    assert MultiTenantRouter().get_client_config("hale_law").address == (
        "250 Park Avenue South, 7th Floor, New York, NY 10003")
    with schema_context("bright_smile"):
        ReceptionistConfig.objects.update(address="1 Owner Place, Oakland")
    call_command("seed_demo")  # idempotent
    assert Tenant.objects.filter(schema_name__in=["bright_smile", "hale_law",
                                                  "rapid_plumbing"]).count() == 3
    with schema_context("bright_smile"):  # a reseed never overwrites the owner's address
        assert ReceptionistConfig.objects.get().address == "1 Owner Place, Oakland"


def test_the_template_is_ready_after_migrate_all(db):
    assert schema_clone.template_ready()


def test_demo_logins_exist_only_with_debug_on(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="runs only with DEBUG on"):
        call_command("seed_demo")
    assert not Tenant.objects.filter(schema_name="bright_smile").exists()


def test_the_demo_password_is_printed_by_seed_demo_and_written_nowhere(db, capsys, settings):
    """Issue 16, finding 1: demo passwords only in seed_demo's output, never in the code."""
    settings.DEBUG = True
    call_command("seed_demo")
    logins = re.findall(r"login (owner@bright-smile\.example) / (\S+)", capsys.readouterr().out)
    [(email, password)] = logins
    with schema_context("bright_smile"):
        assert get_user_model().objects.get(username=email).check_password(password)
    sources = []
    for folder, dirs, files in os.walk(django_settings.BASE_DIR):
        dirs[:] = [d for d in dirs if d not in (".venv", ".data", ".git", "test-output")]
        sources += [Path(folder, f) for f in files
                    if f.endswith((".py", ".html", ".md", ".txt", ".example")) or f == "Makefile"]
    for known in (password, "demo-" + "receptionist"):  # the constant it used to be
        assert not [p for p in sources if known in p.read_text(errors="ignore")], known
