from __future__ import annotations

import pytest
from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context

from agent_worker.db import close_connections
from tests.factories import FLEET
from tests.voice.conftest import all_providers_settings, fake_providers  # noqa: F401


@pytest.fixture
def dental(fleet):
    from tenants.router import MultiTenantRouter

    return MultiTenantRouter().get_client_config("t_dental")


@pytest.fixture
async def thread_db_cleanup():
    """Agent tools and the call recorder work on the calls' database threads, on connections of
    their own and so outside the test's rolled-back transaction: remove what a test made
    there, and close those connections so the test database can be dropped."""
    yield

    def clean() -> None:
        from django.db import connection

        from calls.models import Appointment, Call, CallbackMessage

        for spec in FLEET:
            with schema_context(spec["schema_name"]):
                Appointment.objects.all().delete()
                CallbackMessage.objects.all().delete()
                Call.objects.all().delete()
        connection.close()
    await sync_to_async(clean)()
    await sync_to_async(close_connections)()


@pytest.fixture
def configs(fleet):
    """Each fleet business's CallConfig, by schema."""
    from tenants.router import MultiTenantRouter

    router = MultiTenantRouter()
    return {s: router.get_client_config(s) for s in fleet}


@pytest.fixture
async def server():
    """A local server speaking OpenAI's chat-completions protocol, replying as scripted."""
    from tests.agent_worker.test_receptionist_agent import ScriptedOpenAIServer

    async with ScriptedOpenAIServer() as s:
        yield s
