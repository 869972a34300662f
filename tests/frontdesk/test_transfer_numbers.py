"""Issue 16, finding 11: a transfer number is a person's ordinary number in the business's own
country, never a number this service answers itself.

One check (`tenants.phone_numbers.transfer_number_check`) serves the owner's form, the service
every writer goes through, and the call configuration (for numbers stored before it existed).
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import schema_context

from frontdesk.call_config import call_config_get
from frontdesk.models import ReceptionistConfig
from frontdesk.services import receptionist_config_update
from receptionist.errors import ApplicationError
from tenants.models import PhoneNumber, Tenant
from tenants.router import routing_cache_invalidate

pytestmark = pytest.mark.django_db


def _body(response) -> str:
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


def _stored(schema: str = "t_dental") -> str:
    with schema_context(schema):
        return ReceptionistConfig.objects.get().transfer_number


@pytest.fixture
def numbers(fleet):
    """t_dental answers +1 415 555 0141, t_law answers +1 415 555 0142, +1 415 555 0143 is in the
    pool."""
    PhoneNumber.objects.create(e164="+14155550141", tenant=fleet["t_dental"])
    PhoneNumber.objects.create(e164="+14155550142", tenant=fleet["t_law"])
    PhoneNumber.objects.create(e164="+14155550143")
    return fleet


@pytest.mark.parametrize(("number", "reason"), [
    ("+1 900 234 5678", "premium-rate number"),
    ("+1 800 234 5678", "toll-free number"),
    ("+44 20 7946 0018", "a number in United Kingdom; transfers go only to numbers in "
                         "United States"),
    ("+1 876 555 0123", "a number in Jamaica"),  # +1, but another country
    ("(415) 555-0141", "your receptionist's own number"),
    ("+1 415 555 0142", "a number this service answers"),
    ("+1 415 555 0143", "a number this service answers"),
    ("555-CALL-ME", "is not a valid phone number"),
])
def test_the_owner_is_told_why_a_transfer_number_is_refused(dental_client, numbers, number,
                                                            reason):
    response = dental_client.post("/settings/transfer/", {"transfer_number": number})
    assert response.status_code == 200
    body = _body(response)
    assert reason in body and number in body  # what they typed stays in the field
    assert _stored() == ""


def test_an_ordinary_number_in_the_business_country_is_accepted(dental_client, numbers):
    response = dental_client.post("/settings/transfer/", {"transfer_number": "(415) 555-0199"})
    assert response.status_code == 302 and _stored() == "+14155550199"


def test_staff_can_let_a_business_transfer_abroad_in_the_admin(dental_client, numbers, client):
    staff = get_user_model().objects.create_superuser("staff", "staff@example.com", "pw-1234567")
    client.force_login(staff)
    page = client.get(f"/admin/tenants/tenant/{numbers['t_dental'].pk}/change/",
                      HTTP_HOST="localhost")
    assert page.status_code == 200 and "transfer_abroad_allowed" in _body(page)
    Tenant.objects.filter(schema_name="t_dental").update(transfer_abroad_allowed=True)

    response = dental_client.post("/settings/transfer/", {"transfer_number": "+44 20 7946 0018"})
    assert response.status_code == 302 and _stored() == "+442079460018"
    # abroad, but still never a premium-rate or shared-cost line
    response = dental_client.post("/settings/transfer/", {"transfer_number": "+33 810 12 34 56"})
    assert response.status_code == 200 and "shared-cost number" in _body(response)


def test_every_writer_goes_through_the_same_check(numbers):
    with schema_context("t_dental"), pytest.raises(ApplicationError) as refused:
        receptionist_config_update(transfer_number="+1 900 234 5678")
    assert refused.value.field == "transfer_number"
    assert "premium-rate" in refused.value.message
    assert _stored() == ""


def test_a_stored_number_that_is_now_refused_is_not_dialled(numbers):
    """A number saved before these checks (or the business's own, assigned since) is not used:
    the receptionist takes a message instead, and the call goes on."""
    with schema_context("t_dental"):
        ReceptionistConfig.objects.update(transfer_number="+19002345678")
    routing_cache_invalidate(schemas=["t_dental"])
    config = call_config_get("t_dental")
    assert config.transfer_number == "" and not config.is_safe_default

    with schema_context("t_dental"):
        ReceptionistConfig.objects.update(transfer_number="+14155550141")
    routing_cache_invalidate(schemas=["t_dental"])
    assert call_config_get("t_dental").transfer_number == ""

    with schema_context("t_dental"):
        ReceptionistConfig.objects.update(transfer_number="+14155550199")
    routing_cache_invalidate(schemas=["t_dental"])
    assert call_config_get("t_dental").transfer_number == "+14155550199"
