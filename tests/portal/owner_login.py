"""Owners of the fleet's businesses, logged in on their own domains, and call-building helpers
for the dashboard and calls pages' tests."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.models import Call, Turn
from tenants.models import Domain


def tenant_domain(schema: str) -> str:
    with schema_context("public"):
        return Domain.objects.get(tenant__schema_name=schema, is_primary=True).domain


def owner_client(schema: str) -> Client:
    """A browser logged in as the business's owner on the business's domain (the session lives
    in the business's schema, like a real login)."""
    client = Client(HTTP_HOST=tenant_domain(schema))
    with schema_context(schema):
        user = get_user_model().objects.get(username=f"owner@{schema.replace('_', '-')}.example")
        client.force_login(user)
    return client


def anonymous_client(schema: str) -> Client:
    return Client(HTTP_HOST=tenant_domain(schema))


def make_call(*, schema: str, start: datetime, outcome: str = Call.Outcome.INFORMATION_ONLY,
              sentiment: str = Call.Sentiment.NEUTRAL, revenue: str | Decimal = "0",
              cost: str | Decimal = "0", duration: float | None = 60.0, is_test: bool = False,
              caller: str = "+15105550100", transcript: str = "", analysed: bool = False,
              **fields: Any) -> Call:
    in_progress = outcome == Call.Outcome.PENDING
    with schema_context(schema):
        return Call.objects.create(
            call_id=fields.pop("call_id", None) or uuid.uuid4(), client_id=schema,
            caller_number=caller, start_time=start, outcome=outcome, sentiment=sentiment,
            status=Call.Status.IN_PROGRESS if in_progress else Call.Status.COMPLETED,
            end_time=None if in_progress else start, duration_seconds=duration,
            revenue_estimate=Decimal(revenue), cost_usd=Decimal(cost), is_test=is_test,
            transcript=transcript, analysed_at=timezone.now() if analysed else None, **fields,
        )


def make_turn(*, schema: str, call: Call, index: int, at: datetime, **fields: Any) -> Turn:
    with schema_context(schema):
        return Turn.objects.create(call=call, index=index, started_at=at,
                                   user_text=fields.pop("user_text", f"caller line {index}"),
                                   agent_text=fields.pop("agent_text", f"agent line {index}"),
                                   **fields)


def page_json(html: str, element_id: str) -> Any:
    """The JSON a page embeds with json_script."""
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html,
                      re.S)
    assert match, f"no {element_id} JSON block in the page"
    return json.loads(match.group(1))
