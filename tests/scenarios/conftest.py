from __future__ import annotations

import pytest
from asgiref.sync import sync_to_async

from tests.factories import FLEET


@pytest.fixture
async def scenario_cleanup():
    """Scenario calls write from asgiref's worker thread, outside the test's transaction."""
    from tests.scenarios.harness import cleanup

    schemas = [spec["schema_name"] for spec in FLEET]
    await sync_to_async(cleanup)(schemas)
    yield
    await sync_to_async(cleanup)(schemas)
