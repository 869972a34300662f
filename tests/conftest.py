"""Test database: real PostgreSQL (DATABASE_URL, or the embedded pgserver when unset).

Schema creation is the slow part of multi-tenancy, so a small fleet of businesses is created
once per session (committed) and every test runs inside a transaction rolled back at its end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.factories import FLEET, fleet_create


def pytest_configure(config):
    from django.conf import settings

    # the in-process housekeeper (receptionist/housekeeping.py) would close the tests' calls by
    # the wall clock; tests run its jobs themselves
    settings.HOUSEKEEPING_IN_PROCESS = False


class _Rollback(Exception):
    pass


@contextlib.contextmanager
def rolled_back() -> Iterator[None]:
    """Run a block in a savepoint that is always undone: one hypothesis example, one world."""
    try:
        with transaction.atomic():
            yield
            raise _Rollback
    except _Rollback:
        pass
    finally:
        cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from tenants import schema_clone
    from tenants.services import public_tenant_ensure

    with django_db_blocker.unblock():
        schema_clone.migrate_template(verbosity=0)
        public_tenant_ensure()
        fleet_create()
    yield
    # the calls' database threads and asgiref's thread keep their connections open; the test
    # database can only be dropped once they are closed
    from asgiref.sync import SyncToAsync
    from django.db import connections

    from agent_worker.db import close_connections

    with django_db_blocker.unblock():
        close_connections()
        SyncToAsync.single_thread_executor.submit(connections.close_all).result()
        # and any other thread's (a channels consumer's, an eager task's): end their sessions
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
    from django.db import connection

    connection.set_schema_to_public()  # a test that entered a business never leaks it


@pytest.fixture
def fleet(db):
    """The session's businesses, by schema name."""
    from tenants.models import Tenant

    return {t.schema_name: t for t in Tenant.objects.filter(schema_name__in=[f["schema_name"]
                                                                            for f in FLEET])}
