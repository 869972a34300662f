"""The business's address on the greeting page: the owner types it, the next call reads it out,
a too-long one is refused on its field, and no other business sees it."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from agent_worker.flows import CallFlow, FlowState
from frontdesk.models import ReceptionistConfig
from tenants.router import MultiTenantRouter

pytestmark = pytest.mark.django_db

ADDRESS = "48 Harbor Road, Suite 2, Oakland, CA 94607"  # not the field's placeholder


def _config(schema: str = "t_dental") -> ReceptionistConfig:
    with schema_context(schema):
        return ReceptionistConfig.objects.get()


def _body(response) -> str:
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


def _post(client, **fields: str):
    data = {"greeting": _config().greeting, "address": "", "directions": ""} | fields
    return client.post("/settings/greeting/", data)


def test_the_greeting_page_has_the_address_and_directions_fields(dental_client):
    body = _body(dental_client.get("/settings/greeting/"))
    assert 'name="address"' in body and 'name="directions"' in body
    assert 'maxlength="300"' in body
    assert "Asked where you are" in body and "I don't have the address here" in body


def test_an_address_is_saved_shown_and_read_on_the_next_call(dental_client):
    assert MultiTenantRouter().get_client_config("t_dental").address == ""  # cached now
    response = _post(dental_client, address="  48 Harbor Road,\r\n Suite 2 \r\nOakland, CA 94607 ",
                     directions="Free parking behind the building\nEntrance on Maple Street")
    assert response.status_code == 302 and response["Location"] == "/settings/greeting/"
    config = _config()
    assert config.address == ADDRESS
    assert config.directions == "Free parking behind the building. Entrance on Maple Street."

    page = _body(dental_client.get("/settings/greeting/"))
    assert "Saved" in page and ADDRESS in page
    assert "We're at 48 Harbor Road, Suite 2, Oakland. Free parking" in page
    assert ADDRESS in _body(dental_client.get("/settings/"))

    live = MultiTenantRouter().get_client_config("t_dental")
    assert live.address == ADDRESS
    flow = CallFlow(config=live, state=FlowState(), clock=timezone.now)
    with schema_context("t_dental"):
        assert flow.respond("Okay, where are you located?").text == (
            "We're at 48 Harbor Road, Suite 2, Oakland. Free parking behind the building. "
            "Entrance on Maple Street.")


def test_an_address_too_long_to_read_out_is_refused_on_its_field(dental_client):
    before = _config()
    response = _post(dental_client, address="1 Main Street, " + "Building B, " * 30,
                     greeting="A new greeting that must not be saved either.")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["address"]
    assert "Keep the address to 300 characters" in errors["address"][0]
    assert "Keep the address to 300 characters" in _body(response)
    after = _config()
    assert (after.address, after.greeting) == (before.address, before.greeting)


def test_directions_too_long_are_refused_on_their_field(dental_client):
    response = _post(dental_client, address=ADDRESS, directions="Turn left. " * 40)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["directions"]
    assert _config().address == ""


def test_clearing_the_address_goes_back_to_offering_a_message(dental_client):
    _post(dental_client, address=ADDRESS)
    _post(dental_client, address="   ")
    assert _config().address == ""
    assert MultiTenantRouter().get_client_config("t_dental").address == ""
    assert "No address: callers who ask are offered a message" in _body(
        dental_client.get("/settings/"))


def test_an_address_edit_does_not_render_the_greeting_again(dental_client,
                                                            django_capture_on_commit_callbacks):
    """Only a changed greeting (or voice) needs new audio; the address is read by the flow."""
    def renders(callbacks) -> bool:
        return any("greeting_prerender" in c.__code__.co_freevars for c in callbacks)

    with django_capture_on_commit_callbacks() as callbacks:
        assert _post(dental_client, address=ADDRESS).status_code == 302
    assert callbacks and not renders(callbacks)  # the router's cache is dropped, nothing else
    with django_capture_on_commit_callbacks() as callbacks:
        _post(dental_client, address=ADDRESS, greeting="Hello from {business_name}.")
    assert renders(callbacks)


def test_another_business_never_sees_the_address(dental_client, law_client):
    _post(dental_client, address=ADDRESS)
    assert ADDRESS not in _body(law_client.get("/settings/greeting/"))
    assert ADDRESS not in _body(law_client.get("/settings/"))
    assert _config("t_law").address == ""
    assert MultiTenantRouter().get_client_config("t_law").address == ""
