"""Webhook tests: a real receiver on 127.0.0.1 (allowed for these tests only), Celery eager or
not as each test says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from receptionist.celery import app as celery_app
from tests.webhooks.receiver import Receiver, receiving


@pytest.fixture
def local_allowed(settings) -> None:
    """The one address the receivers use: refused by default like every internal address."""
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]


@pytest.fixture
def receiver(local_allowed) -> Iterator[Receiver]:
    with receiving() as server:
        yield server


@pytest.fixture
def eager_celery() -> Iterator[None]:
    """No broker, as with the embedded defaults (CI also runs the suite with REDIS_URL)."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous
