"""A call's database work, off the event loop, on a pool of threads of the calls' own.

asgiref's ``sync_to_async`` runs every function on one thread of the process by default (it
is "thread sensitive"). With many calls in one worker process, each call's turn then queued
behind every other call's turn records and flow lookups: at 35 simultaneous calls the flow
step that precedes a reply waited 0.6 s for that one thread. Here each job runs on one of
``CALL_DB_THREADS`` threads, each with its own connection to PostgreSQL, opened and recycled
as Django does around a request (``CONN_MAX_AGE``, health checks).

Nothing a call does needs the thread of another: every job enters its business's schema
itself (``schema_context``) and leaves it on the way out.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from asgiref.sync import sync_to_async
from django.db import close_old_connections, connections

P = ParamSpec("P")
R = TypeVar("R")

# Enough for the turn-time bursts of a few dozen calls; each thread holds one connection.
CALL_DB_THREADS = 4

_executor = ThreadPoolExecutor(max_workers=CALL_DB_THREADS, thread_name_prefix="call-db")


def call_db(func: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """``func`` as a coroutine function that runs on the calls' database threads."""

    @functools.wraps(func)
    def job(*args: P.args, **kwargs: P.kwargs) -> R:
        close_old_connections()  # a connection past its age or failing its check is replaced
        try:
            return func(*args, **kwargs)
        finally:
            close_old_connections()

    return sync_to_async(job, thread_sensitive=False, executor=_executor)


def close_connections() -> None:
    """Close the connection of every call thread (a test's clean-up, a worker's shutdown)."""
    everyone = threading.Barrier(CALL_DB_THREADS)

    def close() -> None:
        connections.close_all()
        everyone.wait(timeout=10)  # keeps this thread busy until each thread has one

    for done in [_executor.submit(close) for _ in range(CALL_DB_THREADS)]:
        done.result()
