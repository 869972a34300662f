from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calls.models import Call, Turn
from frontdesk.models import ReceptionistConfig
from tests.conftest import rolled_back
from tests.factories import FLEET

pytestmark = pytest.mark.django_db
SCHEMAS = [f["schema_name"] for f in FLEET]


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pair=st.lists(st.sampled_from(SCHEMAS), min_size=2, max_size=2, unique=True),
       caller=st.from_regex(r"\+1[2-9]\d{9}", fullmatch=True),
       # what a database can hold: no NUL, no lone surrogate (not UTF-8)
       transcript=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1,
                          max_size=200),
       turns=st.integers(1, 4))
def test_property_4_multi_tenant_data_isolation(fleet, pair, caller, transcript, turns):
    """Property 4: for any client in the system, all call data, analytics, and configuration are
    completely isolated from other clients, with no cross-client data leakage."""
    writer, reader = pair
    with rolled_back():
        with schema_context(reader):
            before = (Call.objects.count(), Turn.objects.count(),
                      ReceptionistConfig.objects.get().greeting)
        marker = uuid.uuid4()
        with schema_context(writer):
            call = Call.objects.create(call_id=marker, client_id=writer, caller_number=caller,
                                       start_time=timezone.now(), transcript=transcript)
            for i in range(turns):
                Turn.objects.create(call=call, index=i, user_text=transcript,
                                    started_at=timezone.now())
            ReceptionistConfig.objects.update(greeting=f"secret greeting {marker}")
        with schema_context(reader):
            assert not Call.objects.filter(call_id=marker).exists()
            assert not Call.objects.filter(caller_number=caller, transcript=transcript).exists()
            assert (Call.objects.count(), Turn.objects.count(),
                    ReceptionistConfig.objects.get().greeting) == before
            with connection.cursor() as cursor:  # raw SQL sees the reader's schema only
                cursor.execute("SELECT count(*) FROM calls_call WHERE call_id = %s", [marker])
                assert cursor.fetchone()[0] == 0
        with schema_context(writer):
            assert Call.objects.get(call_id=marker).turns.count() == turns


def test_tenant_tables_do_not_exist_in_the_public_schema(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.calls_call'), "
                       "to_regclass('public.agent_worker_receptionistconfig')")
        assert cursor.fetchone() == (None, None)
