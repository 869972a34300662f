"""Staff manage businesses, numbers, subscriptions and templates from the public admin."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tenants.models import PhoneNumber, ProfessionTemplate, Tenant
from tenants.router import MultiTenantRouter, RouteReason

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def staff_client(client):
    staff = get_user_model().objects.create_superuser("staff", "staff@example.com", "pw-12345678")
    client.force_login(staff)
    return client


def test_staff_see_the_businesses_numbers_and_templates(staff_client, fleet):
    for url, text in [("/admin/tenants/tenant/", "Fleet Dental"),
                      ("/admin/tenants/professiontemplate/", "Veterinary"),
                      ("/admin/tenants/phonenumber/", "phone number")]:
        response = staff_client.get(url, **HOST)
        assert response.status_code == 200 and text in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_admin_login(client, fleet):
    response = client.get("/admin/tenants/tenant/", **HOST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_add_a_number_in_any_format_and_it_routes(staff_client, fleet):
    response = staff_client.post("/admin/tenants/phonenumber/add/", {
        "e164": "(510) 555-0166", "tenant": fleet["t_vet"].pk, "label": "main"}, **HOST)
    assert response.status_code == 302
    assert PhoneNumber.objects.get(e164="+15105550166").tenant == fleet["t_vet"]
    assert MultiTenantRouter().route_call("+15105550166").config.client_id == "t_vet"


def test_a_malformed_number_is_a_form_error(staff_client, fleet):
    before = PhoneNumber.objects.count()
    response = staff_client.post("/admin/tenants/phonenumber/add/", {
        "e164": "call me", "tenant": fleet["t_vet"].pk}, **HOST)
    assert response.status_code == 200
    assert "is not a phone number" in response.content.decode()
    assert PhoneNumber.objects.count() == before


def test_suspending_a_business_from_admin_rejects_its_next_call(staff_client, fleet):
    PhoneNumber.objects.create(e164="+15105550167", tenant=fleet["t_salon"])
    router = MultiTenantRouter()
    assert router.route_call("+15105550167").accepted
    response = staff_client.post("/admin/tenants/tenant/", {
        "action": "suspend", "_selected_action": [fleet["t_salon"].pk]}, **HOST)
    assert response.status_code == 302
    assert Tenant.objects.get(pk=fleet["t_salon"].pk).subscription_status == "suspended"
    assert router.route_call("+15105550167").reason == RouteReason.INACTIVE_SUBSCRIPTION


def test_editing_a_template_in_admin_reaches_the_next_call(staff_client, fleet):
    PhoneNumber.objects.create(e164="+15105550168", tenant=fleet["t_auto"])
    router = MultiTenantRouter()
    router.route_call("+15105550168")
    template = ProfessionTemplate.objects.get(slug="auto_repair")
    url = f"/admin/tenants/professiontemplate/{template.pk}/change/"
    form = staff_client.get(url, **HOST).context["adminform"].form
    data = {name: form.initial.get(name, "") for name in form.fields}
    for name in ("qualification_questions", "objection_handlers", "never_say",
                 "default_services", "default_faq", "default_hours"):
        data[name] = form[name].value()
    data["greeting_template"] = "{business_name} garage, what's your car doing?"
    response = staff_client.post(url, data, **HOST)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert router.route_call("+15105550168").message == "Fleet Auto garage, what's your car doing?"


@pytest.mark.parametrize(("field", "text"), [
    ("greeting_template", "{business_name:.>3000000} here"),
    ("system_prompt", "You answer for {business_name.__class__.__mro__}."),
])
def test_a_template_placeholder_that_is_not_one_of_the_five_is_a_form_error(staff_client, fleet,
                                                                            field, text):
    """Issue 16, finding 5: staff templates follow the owners' rules (no format specs,
    conversions or attribute access)."""
    template = ProfessionTemplate.objects.get(slug="salon")
    before = getattr(template, field)
    url = f"/admin/tenants/professiontemplate/{template.pk}/change/"
    form = staff_client.get(url, **HOST).context["adminform"].form
    data = {name: form.initial.get(name, "") for name in form.fields}
    for name in ("qualification_questions", "objection_handlers", "never_say",
                 "default_services", "default_faq", "default_hours"):
        data[name] = form[name].value()
    data[field] = text
    response = staff_client.post(url, data, **HOST)
    assert response.status_code == 200
    assert "is not a placeholder" in response.content.decode()
    template.refresh_from_db()
    assert getattr(template, field) == before
