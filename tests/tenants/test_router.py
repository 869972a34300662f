from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontdesk.services import receptionist_config_update
from tenants.models import PhoneNumber, ProfessionTemplate, RejectedCall, Tenant
from tenants.router import MultiTenantRouter, RouteReason
from tenants.services import (
    phone_number_assign,
    phone_number_release,
    profession_template_changed,
    tenant_subscription_set,
)
from tests.conftest import rolled_back
from tests.factories import FLEET
from tests.strategies import e164_numbers, written_forms

pytestmark = pytest.mark.django_db
router = MultiTenantRouter()
FLEET_VOICES = {f["schema_name"]: f["voice"] for f in FLEET}
ACTIVE = [Tenant.SubscriptionStatus.ACTIVE, Tenant.SubscriptionStatus.TRIALING]
INACTIVE = [Tenant.SubscriptionStatus.PAST_DUE, Tenant.SubscriptionStatus.CANCELED,
            Tenant.SubscriptionStatus.SUSPENDED]


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), numbers=st.lists(e164_numbers, min_size=1, max_size=8, unique=True))
def test_property_1_call_routing_accuracy(fleet, data, numbers):
    """Property 1: for any incoming phone number in the system, the router maps it to exactly
    one valid client configuration with the correct profession prompt and voice clone ID;
    unknown numbers and inactive subscriptions are rejected with the right reason."""
    with rolled_back():
        schemas = sorted(fleet)
        statuses = {s: data.draw(st.sampled_from(ACTIVE + INACTIVE), label=f"status {s}")
                    for s in schemas}
        for schema, status in statuses.items():
            Tenant.objects.filter(schema_name=schema).update(subscription_status=status)
        owners = {}
        for number in numbers:
            owner = data.draw(st.sampled_from([None, *schemas]), label=f"owner {number}")
            if owner:
                PhoneNumber.objects.create(e164=number, tenant=fleet[owner])
            owners[number] = owner

        for number, owner in owners.items():
            dialled = data.draw(written_forms(number), label="as written")
            for _attempt in ("cold", "warm"):
                rejected_before = RejectedCall.objects.count()
                decision = router.route_call(dialled, "+14155550000")
                assert decision.dialled_number == number
                if owner is None:
                    assert not decision.accepted
                    assert decision.reason == RouteReason.UNKNOWN_NUMBER
                    assert decision.config is None
                    assert "not in service" in decision.message
                    assert RejectedCall.objects.count() == rejected_before + 1
                    continue
                tenant = fleet[owner]
                config = decision.config
                assert config.client_id == owner
                assert config.profession == tenant.profession.slug
                assert tenant.business_name in config.system_prompt
                assert (config.voice_provider, config.voice_id) == FLEET_VOICES[owner]
                assert number in config.phone_numbers
                if statuses[owner] in ACTIVE:
                    assert decision.accepted and decision.reason == RouteReason.ACCEPTED
                    assert decision.message == config.greeting
                    assert RejectedCall.objects.count() == rejected_before
                else:
                    assert not decision.accepted
                    assert decision.reason == RouteReason.INACTIVE_SUBSCRIPTION
                    assert tenant.business_name in decision.message
                    logged = RejectedCall.objects.latest("created_at")
                    assert (logged.tenant_id, logged.reason) == (tenant.pk, "inactive_subscription")


def test_it_routes_every_profession_to_its_own_prompt(fleet):
    for schema, tenant in fleet.items():
        template = tenant.profession
        config = router.get_client_config(schema)
        expected = template.system_prompt.split("{business_name}")[-1][:40]
        assert expected and expected in config.system_prompt
        assert config.objection_handlers == template.objection_handlers
        assert not config.is_safe_default


def test_it_rejects_malformed_dialled_numbers(db):
    for bad in ["", "12", "not-a-number", "+999 123", "5" * 50]:
        decision = router.route_call(bad, "")
        assert not decision.accepted
        assert decision.reason == RouteReason.INVALID_NUMBER
        assert "not in service" in decision.message


def test_it_rejects_a_subscription_past_its_end_date(fleet):
    tenant = fleet["t_law"]
    phone_number_assign(number="+1 212 555 0199", tenant=tenant)
    assert router.route_call("2125550199").accepted
    tenant_subscription_set(tenant=tenant, status="active",
                            ends_at=timezone.now() - timedelta(minutes=1))
    decision = router.route_call("2125550199")
    assert decision.reason == RouteReason.INACTIVE_SUBSCRIPTION
    assert router.validate_subscription("t_law") is False


def test_it_sees_a_moved_number_on_the_next_call(fleet):
    phone_number_assign(number="+15105550177", tenant=fleet["t_dental"])
    assert router.route_call("+15105550177").config.client_id == "t_dental"
    phone_number_release(number="+15105550177")
    assert router.route_call("+15105550177").reason == RouteReason.UNKNOWN_NUMBER
    phone_number_assign(number="+15105550177", tenant=fleet["t_salon"])
    assert router.route_call("+15105550177").config.client_id == "t_salon"


def test_it_sees_a_lapsed_subscription_on_the_next_call(fleet):
    phone_number_assign(number="+15105550178", tenant=fleet["t_vet"])
    assert router.route_call("+15105550178").accepted
    tenant_subscription_set(tenant=fleet["t_vet"], status="canceled")
    assert router.route_call("+15105550178").reason == RouteReason.INACTIVE_SUBSCRIPTION


def test_it_sees_the_owners_new_voice_and_greeting_on_the_next_call(fleet):
    phone_number_assign(number="+15105550179", tenant=fleet["t_auto"])
    assert router.route_call("+15105550179").config.voice_id == "jm_kumo"
    with schema_context("t_auto"):
        receptionist_config_update(voice_id="jf_gongitsune",
                                   greeting="Fleet Auto, this is Robin. What can I fix for you?")
    decision = router.route_call("+15105550179")
    assert decision.config.voice_id == "jf_gongitsune"
    assert decision.message == "Fleet Auto, this is Robin. What can I fix for you?"


def test_it_sees_a_template_edit_on_the_next_call(fleet):
    phone_number_assign(number="+15105550180", tenant=fleet["t_salon"])
    router.route_call("+15105550180")
    template = ProfessionTemplate.objects.get(slug="salon")
    template.greeting_template = "Hi, you've reached {business_name}. Ready for a new look?"
    template.save()
    profession_template_changed(template=template)
    assert router.route_call("+15105550180").message == (
        "Hi, you've reached Fleet Salon. Ready for a new look?")


def test_it_answers_with_the_safe_default_when_the_template_is_missing(fleet):
    phone_number_assign(number="+15105550181", tenant=fleet["t_plumb"])
    Tenant.objects.filter(schema_name="t_plumb").update(profession=None)
    decision = router.route_call("+15105550181")
    assert decision.accepted
    assert decision.reason == RouteReason.CONFIGURATION_ERROR
    assert decision.config.is_safe_default
    assert "Fleet Plumbing" in decision.message
    assert "Take a message" in decision.config.system_prompt


def test_it_answers_with_the_safe_default_when_a_template_placeholder_is_broken(fleet):
    phone_number_assign(number="+15105550182", tenant=fleet["t_vet"])
    ProfessionTemplate.objects.filter(slug="veterinary").update(
        system_prompt="You work at {business_name} for {owner_name}.")
    decision = router.route_call("+15105550182")
    assert decision.reason == RouteReason.CONFIGURATION_ERROR
    assert any("placeholder" in p for p in decision.config.problems)


def test_it_serves_warm_lookups_from_the_cache(fleet, django_assert_num_queries):
    phone_number_assign(number="+15105550183", tenant=fleet["t_dental"])
    router.route_call("+15105550183")
    with django_assert_num_queries(0):
        assert router.route_call("+1 (510) 555-0183").accepted


def test_it_caches_unknown_numbers_but_still_logs_each_attempt(db):
    router.route_call("+15105550184")
    with CaptureQueriesContext(connection) as ctx:
        assert router.route_call("+15105550184").reason == RouteReason.UNKNOWN_NUMBER
    statements = [q["sql"] for q in ctx.captured_queries if not q["sql"].startswith("SET ")]
    assert len(statements) == 1 and statements[0].startswith('INSERT INTO "tenants_rejectedcall"')
    assert cache.get("routing:number:+15105550184") == ""
