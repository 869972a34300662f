"""Issue 16, finding 5: a greeting is a template with five placeholders and nothing else.

The owner's form refuses format specs, conversions and attribute or index access, naming the
placeholders that exist; a greeting stored before these rules (or edited by hand) still renders,
quickly and within GREETING_MAX_CHARS, on every page and every call.
"""

from __future__ import annotations

import time

import pytest
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from frontdesk.call_config import call_config_get
from frontdesk.models import ReceptionistConfig
from frontdesk.templating import PLACEHOLDERS, template_render
from tenants.models import Tenant

pytestmark = pytest.mark.django_db


def _store_greeting(greeting: str, schema: str = "t_dental") -> None:
    """As a row written before the form's rules, or by hand: past the form."""
    with schema_context(schema):
        ReceptionistConfig.objects.update(greeting=greeting)
    from tenants.router import routing_cache_invalidate

    routing_cache_invalidate(schemas=[schema])


def _body(response) -> str:
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


@pytest.mark.parametrize("greeting", [
    "Welcome to {business_name:.>3000000}.",
    "Welcome to {business_name!r}.",
    "Welcome to {business_name.__class__.__mro__}.",
    "Welcome to {business_name[0]}.",
    "Welcome to {0}.",
    "Welcome to {}.",
    "Welcome to { business_name }.",
])
def test_the_form_refuses_anything_but_the_documented_placeholders(dental_client, greeting):
    with schema_context("t_dental"):
        before = ReceptionistConfig.objects.get().greeting
    response = dental_client.post("/settings/greeting/", {"greeting": greeting})
    assert response.status_code == 200
    body = _body(response)
    assert "is not a placeholder" in body
    assert "{business_name}, {hours}, {services}, {faq}, {transfer_number}" in body
    with schema_context("t_dental"):
        assert ReceptionistConfig.objects.get().greeting == before


def test_a_doubled_brace_is_a_brace(dental_client):
    response = dental_client.post("/settings/greeting/", {
        "greeting": "{business_name} {{the best}} in town."})
    assert response.status_code == 302
    assert call_config_get("t_dental").greeting == "Fleet Dental {the best} in town."


def test_a_stored_greeting_with_format_specs_renders_safely_at_call_time(settings):
    _store_greeting("Welcome to {business_name:.>3000000}, {business_name}! "
                    "{business_name.__class__.__mro__}{business_name!r}How can I help?")
    started = time.perf_counter()
    config = call_config_get("t_dental")
    assert time.perf_counter() - started < 2.0
    assert not config.is_safe_default
    assert config.greeting == "Welcome to , Fleet Dental! How can I help?"
    assert len(config.greeting) <= settings.GREETING_MAX_CHARS


def test_a_stored_greeting_that_would_exhaust_memory_breaks_no_page_and_no_call(dental_client):
    """format_map raised MemoryError for this: a 500 on every settings page and no greeting."""
    _store_greeting("{business_name:.>9999999999999}")
    for page in ("/settings/", "/settings/greeting/", "/settings/voice/"):
        assert dental_client.get(page).status_code == 200
    config = call_config_get("t_dental")
    tenant = Tenant.objects.get(schema_name="t_dental")
    # nothing left to say: the trade's greeting, as for an empty one
    assert config.greeting == tenant.profession.greeting_template.replace(
        "{business_name}", "Fleet Dental")
    assert not config.is_safe_default


def test_the_rendered_greeting_is_capped_by_the_setting(settings):
    settings.GREETING_MAX_CHARS = 120
    with schema_context("t_dental"):
        ReceptionistConfig.objects.update(faq=[
            {"question": f"Question {i}?", "answer": "A long answer. " * 20} for i in range(40)])
    _store_greeting("Hello from {business_name}. {faq}")
    config = call_config_get("t_dental")
    assert len(config.greeting) <= 120
    assert config.greeting.startswith("Hello from Fleet Dental. Q: Question 0? A: A long answer.")
    assert config.greeting.endswith(".")  # cut after a whole sentence


templates = st.lists(st.sampled_from(list("{}:.!>[]0_ab rs") + [
    *(f"{{{name}}}" for name in PLACEHOLDERS), "{business_name:.>999999999}", "{{", "}}",
    "{business_name.__class__}", "{0}", "{}"]), max_size=80).map("".join) | st.text(max_size=300)


@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(template=templates, cap=st.integers(min_value=0, max_value=400),
       values=st.fixed_dictionaries({name: st.text(max_size=500) for name in PLACEHOLDERS}))
def test_property_rendering_any_template_never_raises_and_never_exceeds_the_cap(template, cap,
                                                                                values):
    """For any template string, rendering never raises and never exceeds the cap."""
    rendered = template_render(template, values, limit=cap)
    assert isinstance(rendered, str) and len(rendered) <= cap
