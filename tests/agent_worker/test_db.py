"""The calls' database threads: calls do not wait for each other's database work."""

from __future__ import annotations

import asyncio
import threading

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from agent_worker.db import CALL_DB_THREADS, call_db, close_connections

pytestmark = pytest.mark.django_db


async def test_calls_database_work_runs_side_by_side_each_in_its_schema():
    together = threading.Barrier(CALL_DB_THREADS, timeout=10)

    @call_db
    def turn_of(schema: str) -> tuple[str, str]:
        together.wait()  # returns only once every call's job is running at the same time
        with schema_context(schema), connection.cursor() as cursor:
            cursor.execute("SHOW search_path")
            return threading.current_thread().name, cursor.fetchone()[0]

    schemas = [f"call_{i}" for i in range(CALL_DB_THREADS)]
    try:
        done = await asyncio.gather(*(turn_of(schema) for schema in schemas))
    finally:
        await asyncio.to_thread(close_connections)
    assert len({thread for thread, _ in done}) == CALL_DB_THREADS
    assert all(thread.startswith("call-db") for thread, _ in done)
    assert [path.split(",")[0] for _, path in done] == schemas


async def test_an_error_reaches_the_call_and_the_thread_keeps_serving():
    @call_db
    def broken() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT no_such_column FROM no_such_table")

    @call_db
    def fine() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0]

    try:
        with pytest.raises(Exception, match="no_such_table"):
            await broken()
        assert [await fine() for _ in range(CALL_DB_THREADS * 2)] == [1] * CALL_DB_THREADS * 2
    finally:
        await asyncio.to_thread(close_connections)
