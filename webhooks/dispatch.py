"""How a delivery reaches a worker without ever holding up the code that caused it.

With a broker (REDIS_URL) each attempt is a Celery job, queued once the row commits and, after
a failure, queued again with the retry's countdown. Without one Celery runs jobs eagerly, in the
caller's thread: a webhook sent there would make a call wait on the owner's endpoint (and
Celery's eager retries ignore their countdown). So in eager mode attempts go to two daemon
threads of this process instead, and a retry is a timer. Either way the periodic sweep
(`webhooks.retry_due_everywhere`) re-queues any delivery whose attempt is overdue (a lost
message, a restarted process), and an attempt claims its row first, so a delivery queued twice
is sent once.
"""

from __future__ import annotations

import logging
import queue
import threading

from django.db import connection, transaction

logger = logging.getLogger(__name__)

EAGER_THREADS = 2

_jobs: queue.SimpleQueue[tuple[str, int, bool]] = queue.SimpleQueue()
_threads: list[threading.Thread] = []
_lock = threading.Lock()


def _eager() -> bool:
    from webhooks.tasks import webhook_deliver

    return bool(webhook_deliver.app.conf.task_always_eager)


def _work() -> None:
    from webhooks.tasks import webhook_deliver

    while True:
        schema, delivery_id, manual = _jobs.get()
        try:
            webhook_deliver(schema_name=schema, delivery_id=delivery_id, manual=manual)
        except Exception:
            logger.exception("webhook delivery %s of %s failed to run", delivery_id, schema)
        finally:
            connection.close()  # this thread's connection goes back (to the pool)


def _submit(schema: str, delivery_id: int, manual: bool) -> None:
    with _lock:
        while len(_threads) < EAGER_THREADS:
            thread = threading.Thread(target=_work, name=f"webhooks-{len(_threads)}", daemon=True)
            thread.start()
            _threads.append(thread)
    _jobs.put((schema, delivery_id, manual))


def deliver_now(*, schema: str, delivery_id: int, manual: bool = False) -> None:
    """Queue an attempt at once (call after the delivery row is committed)."""
    if _eager():
        _submit(schema, delivery_id, manual)
        return
    from webhooks.tasks import webhook_deliver

    webhook_deliver.delay(schema_name=schema, delivery_id=delivery_id, manual=manual)


def deliver_after_commit(*, delivery_ids: list[int], manual: bool = False) -> None:
    """Queue an attempt at each delivery once the current transaction commits (at once outside
    one). A broker that is down costs a log line and leaves the rows to the sweep."""
    schema = connection.schema_name

    def send() -> None:
        for delivery_id in delivery_ids:
            deliver_now(schema=schema, delivery_id=delivery_id, manual=manual)

    transaction.on_commit(send, robust=True)


def retry_later(*, schema: str, delivery_id: int, seconds: float) -> None:
    """Queue the next attempt in `seconds`."""
    if _eager():
        timer = threading.Timer(seconds, _submit, args=(schema, delivery_id, False))
        timer.daemon = True
        timer.start()
        return
    from webhooks.tasks import webhook_deliver

    webhook_deliver.apply_async(kwargs={"schema_name": schema, "delivery_id": delivery_id},
                                countdown=seconds)
