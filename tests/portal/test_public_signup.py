"""The public site: home page, sign-up of a new business, the one-time link into its portal."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context, schema_exists

from frontdesk.models import ReceptionistConfig
from tenants.login_links import login_link_token_create
from tenants.models import Domain, PhoneNumber, Tenant
from tenants.router import MultiTenantRouter
from tenants.services import phone_number_pool_add
from tenants.signup import signup_form_token_create

from .conftest import tenant_host

pytestmark = pytest.mark.django_db

GOOD = {
    "business_name": "Sunny Side Dental", "subdomain": "sunny-side", "profession": "dental",
    "owner_email": "Mia@Sunny.example", "password": "open-wide-please-42",
    "timezone": "Europe/Paris",
}


def _pool_only(*numbers: str) -> None:
    PhoneNumber.objects.filter(tenant__isnull=True).delete()
    for number in numbers:
        phone_number_pool_add(number=number)


def _signup(client: Client, **changes: str):
    """Post the form as a person would: served a minute ago, the honeypot left empty."""
    started = signup_form_token_create(issued_at=time.time() - 60)
    return client.post("/signup/", GOOD | {"started": started} | changes)


def _confirm_link(mailoutbox) -> tuple[str, str]:
    """(host, path?query) of the link in the last confirmation mail."""
    [link] = re.findall(r"http://\S+/accounts/verify-email/\?token=\S+", mailoutbox[-1].body)
    url = urlsplit(link)
    return url.netloc, f"{url.path}?{url.query}"


def test_home_page_says_what_the_product_does(public_client):
    response = public_client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "answers every call" in body and "books appointments" in body
    assert 'href="/signup/"' in body and "Dental practice".lower() in body.lower()


def test_signup_page_offers_every_profession_and_time_zone(public_client):
    body = public_client.get("/signup/").content.decode()
    for slug in ("dental", "law_firm", "home_services", "salon", "veterinary"):
        assert f'value="{slug}"' in body
    assert 'value="Europe/Paris"' in body and 'value="America/New_York" selected' in body


def test_it_signs_up_a_business_and_gives_it_a_number_once_the_email_is_confirmed(
        public_client, mailoutbox):
    _pool_only("+1 415 555 0170")
    response = _signup(public_client)

    assert response.status_code == 302
    tenant = Tenant.objects.get(schema_name="sunny_side")
    assert (tenant.business_name, tenant.profession.slug, tenant.timezone) == (
        "Sunny Side Dental", "dental", "Europe/Paris")
    assert schema_exists("sunny_side")
    assert Domain.objects.get(tenant=tenant).domain == "sunny-side.localhost"
    with schema_context("sunny_side"):
        owner = get_user_model().objects.get()
        assert owner.email == "mia@sunny.example"
        assert owner.check_password("open-wide-please-42")
        assert ReceptionistConfig.objects.get().services == tenant.profession.default_services
    assert not tenant.phone_numbers.exists()  # not before the address is confirmed
    assert mailoutbox[-1].to == ["mia@sunny.example"]

    host, link = _confirm_link(mailoutbox)
    assert host == "sunny-side.localhost"
    landing = Client(HTTP_HOST=host).get(link, follow=True)
    assert "email address is confirmed" in landing.content.decode()
    assert list(tenant.phone_numbers.values_list("e164", flat=True)) == ["+14155550170"]
    decision = MultiTenantRouter().route_call("+14155550170")
    assert decision.accepted and decision.config.business_name == "Sunny Side Dental"
    Client(HTTP_HOST=host).get(link)  # opening it again changes nothing
    assert tenant.phone_numbers.count() == 1


def test_signup_sends_the_owner_into_their_portal_logged_in(public_client):
    _pool_only("+1 415 555 0171")
    response = _signup(public_client)
    url = urlsplit(response["Location"])
    assert (url.scheme, url.netloc, url.path) == ("http", "sunny-side.localhost",
                                                  "/accounts/welcome/")

    portal = Client(HTTP_HOST=url.netloc)
    landing = portal.get(url.path, parse_qs(url.query))
    assert landing.status_code == 302 and landing["Location"] == "/settings/"
    assert portal.get("/accounts/password_change/").status_code == 200  # logged in there
    assert Client(HTTP_HOST=url.netloc).get("/accounts/password_change/").status_code == 302


def test_the_portal_link_keeps_the_port_the_site_is_served_on(db):
    _pool_only()
    response = _signup(Client(HTTP_HOST="localhost:8000"))
    assert response["Location"].startswith("http://sunny-side.localhost:8000/accounts/welcome/")


def test_signup_succeeds_without_a_number_when_the_pool_is_empty(public_client, mailoutbox):
    _pool_only()
    response = _signup(public_client)
    tenant = Tenant.objects.get(schema_name="sunny_side")

    url = urlsplit(response["Location"])
    portal = Client(HTTP_HOST=url.netloc)
    portal.get(url.path, parse_qs(url.query))
    _, link = _confirm_link(mailoutbox)
    page = portal.get(link, follow=True)
    assert "No phone number is free right now" in page.content.decode()
    assert not tenant.phone_numbers.exists()


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"subdomain": "t-dental"}, "subdomain", "already exists"),
    ({"subdomain": "www"}, "subdomain", "reserved"),
    ({"subdomain": "9lives"}, "subdomain", "starting with a letter"),
    ({"subdomain": "bad--name"}, "subdomain", "single hyphens"),
    ({"subdomain": ""}, "subdomain", "required"),
    ({"business_name": "  "}, "business_name", "required"),
    ({"owner_email": "not-an-email"}, "owner_email", "valid email"),
    ({"password": "short"}, "password", "too short"),
    ({"password": "password123"}, "password", "too common"),
    ({"profession": "astrology"}, "profession", "not one of the available choices"),
    ({"timezone": "Mars/Olympus_Mons"}, "timezone", "not one of the available choices"),
])
def test_bad_input_shows_field_errors_and_creates_nothing(public_client, changes, field,
                                                          message):
    _pool_only("+1 415 555 0172")
    tenants_before = Tenant.objects.count()
    response = _signup(public_client, **changes)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field])
    assert message in response.content.decode().replace("&#x27;", "'")
    assert Tenant.objects.count() == tenants_before
    assert not schema_exists("sunny_side")
    assert PhoneNumber.objects.get(e164="+14155550172").tenant is None
    # what the owner typed is still there, except the password
    body = response.content.decode()
    if field != "business_name":
        assert 'value="Sunny Side Dental"' in body
    assert "open-wide-please-42" not in body


def test_a_service_refusal_lands_on_the_field_it_concerns(public_client):
    """A schema left behind without its business passes the form's check; the service refuses
    it, and the owner reads why next to the address field."""
    _pool_only()
    with connection.cursor() as cursor:
        cursor.execute("CREATE SCHEMA sunny_side")
    response = _signup(public_client)
    assert response.status_code == 200
    assert "already exists" in " ".join(response.context["form"].errors["subdomain"])
    assert not Tenant.objects.filter(schema_name="sunny_side").exists()


def test_a_taken_address_and_a_weak_password_are_reported_together(public_client):
    response = _signup(public_client, subdomain="t-dental", password="password")
    errors = response.context["form"].errors
    assert "already exists" in " ".join(errors["subdomain"])
    assert "too common" in " ".join(errors["password"])


def test_the_login_link_works_once(public_client):
    _pool_only()
    url = urlsplit(_signup(public_client)["Location"])
    Client(HTTP_HOST=url.netloc).get(url.path, parse_qs(url.query))

    again = Client(HTTP_HOST=url.netloc)
    response = again.get(url.path, parse_qs(url.query), follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/login/"
    assert "already been used" in response.content.decode()
    assert again.get("/accounts/password_change/").status_code == 302


def _token_aged(seconds: int, **payload: object) -> str:
    class Aged(signing.TimestampSigner):
        def timestamp(self) -> str:
            return signing.b62_encode(int(time.time()) - seconds)

    return Aged(salt="tenants.login-link").sign_object(payload, compress=True)


def test_an_expired_or_forged_login_link_is_refused(anonymous_dental):
    with schema_context("t_dental"):
        owner_id = get_user_model().objects.get().pk
    expired = _token_aged(120, s="t_dental", u=owner_id, n="abc")
    response = anonymous_dental.get("/accounts/welcome/", {"token": expired}, follow=True)
    assert "has expired" in response.content.decode()

    fresh = _token_aged(0, s="t_dental", u=owner_id, n="abd")
    forged = fresh[:-1] + ("A" if fresh[-1] != "A" else "B")
    response = anonymous_dental.get("/accounts/welcome/", {"token": forged}, follow=True)
    assert "not valid" in response.content.decode()
    assert anonymous_dental.get("/accounts/password_change/").status_code == 302


def test_a_login_link_for_one_business_does_not_open_another(anonymous_dental):
    with schema_context("t_law"):
        law_owner = get_user_model().objects.get().pk
    token = login_link_token_create(schema_name="t_law", user_id=law_owner)
    response = anonymous_dental.get("/accounts/welcome/", {"token": token}, follow=True)
    assert "for another business" in response.content.decode()
    assert anonymous_dental.get("/accounts/password_change/").status_code == 302


def test_find_portal_sends_an_owner_to_their_business_login(public_client):
    response = public_client.post("/login/", {"subdomain": "T-Dental.localhost"})
    assert response.status_code == 302
    assert response["Location"] == f"http://{tenant_host('t_dental')}/accounts/login/"

    missing = public_client.post("/login/", {"subdomain": "nobody-here"})
    assert "No business uses nobody-here.localhost" in missing.content.decode()


def test_the_public_host_has_no_portal_pages(public_client):
    assert public_client.get("/settings/").status_code == 404
    assert public_client.get("/accounts/login/").status_code == 404


def test_two_confirmations_at_once_get_different_numbers(db):
    """Both run on their own connections, committed, as two web requests would."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from django.db import connections

    from tenants.services import tenant_signup, tenant_signup_email_verify
    from tenants.signup import verification_token_create

    pool = ["+14155550191", "+14155550192"]
    barrier = Barrier(2)

    def in_thread(fn):
        try:
            return fn()
        finally:
            connections.close_all()

    def sign_up(name: str) -> str | None:
        tenant = tenant_signup(schema_name=name, business_name=name.title(),
                               profession="salon", owner_email=f"{name}@race.example",
                               owner_password="a-long-race-password", timezone="UTC")
        token = verification_token_create(schema_name=name, email=tenant.signup_email)
        barrier.wait()
        number = tenant_signup_email_verify(tenant=tenant, token=token)
        return number.e164 if number else None

    def clean() -> None:
        for tenant in Tenant.objects.filter(schema_name__in=["race_one", "race_two"]):
            tenant.delete(force_drop=True)
        PhoneNumber.objects.filter(e164__in=pool).delete()

    with ThreadPoolExecutor(2) as threads:
        threads.submit(in_thread, lambda: [phone_number_pool_add(number=n) for n in pool]
                       ).result()
        try:
            got = list(threads.map(lambda name: in_thread(lambda: sign_up(name)),
                                   ["race_one", "race_two"]))
            assert None not in got and len(set(got)) == 2
        finally:
            threads.submit(in_thread, clean).result()
