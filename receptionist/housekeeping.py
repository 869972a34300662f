"""Periodic jobs (closing abandoned calls, and those later issues add), on one schedule.

`CELERY_BEAT_SCHEDULE` in settings is the schedule. With Redis (REDIS_URL) a Celery beat process
sends each job to the workers (`celery -A receptionist beat`). With the embedded defaults there is
no broker and no beat, so the web process and the agent worker each run the same schedule in a
background thread of their own (`start_in_process`); every job is idempotent, so two processes
running it is harmless.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections

logger = logging.getLogger(__name__)

_started: threading.Event | None = None
_lock = threading.Lock()


def scheduled_task(name: str):
    """The registered task `name`, discovering the apps' tasks modules first: a process that
    never queued a job (the web process, the worker) has not imported them yet."""
    from receptionist.celery import app

    app.loader.import_default_modules()  # runs autodiscover_tasks
    return app.tasks[name]


def run_due(schedule: dict, last_run: dict[str, float], now: float) -> list[str]:
    """Run (eagerly, in this thread) every entry whose interval has passed; returns their names."""
    ran = []
    for name, entry in schedule.items():
        interval = float(entry["schedule"])
        if now - last_run.get(name, float("-inf")) < interval:
            continue
        last_run[name] = now
        try:
            scheduled_task(entry["task"]).apply(kwargs=entry.get("kwargs", {})).get()
            ran.append(name)
        except Exception:
            logger.exception("periodic job %s failed", name)
    return ran


def start_in_process(*, first_delay: float = 30.0) -> bool:
    """Run the beat schedule in a daemon thread of this process, when no broker carries it.

    Returns whether a thread was started (once per process; never with a broker, where the beat
    process does it)."""
    global _started
    if (not settings.HOUSEKEEPING_IN_PROCESS or not settings.CELERY_TASK_ALWAYS_EAGER
            or not settings.CELERY_BEAT_SCHEDULE):
        return False
    with _lock:
        if _started is not None:
            return False
        _started = threading.Event()
    schedule = dict(settings.CELERY_BEAT_SCHEDULE)
    tick = min(float(e["schedule"]) for e in schedule.values())

    def loop() -> None:
        last_run: dict[str, float] = {}
        time.sleep(first_delay)  # let the process finish starting first
        while True:
            run_due(schedule, last_run, time.monotonic())
            close_old_connections()  # this thread's connection, between runs
            time.sleep(tick)

    threading.Thread(target=loop, name="housekeeping", daemon=True).start()
    logger.info("periodic jobs run in this process every %.0f s (no Celery beat: no REDIS_URL)",
                tick)
    return True
