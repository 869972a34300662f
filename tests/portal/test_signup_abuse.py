"""Issue 16, finding 4: open sign-up cannot empty the number pool, is limited per address and
per client, stops scripted posts, and puts every business on a trial that ends."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core import signing
from django.test import Client
from django.utils import timezone

from tenants.models import PhoneNumber, Tenant
from tenants.router import MultiTenantRouter, RouteReason
from tenants.services import phone_number_pool_add, tenant_phone_number_claim
from tenants.signup import signup_form_token_create, verification_token_create
from tests.portal.conftest import PUBLIC_HOST

pytestmark = pytest.mark.django_db

POOL = ["+14155550181", "+14155550182", "+14155550183", "+14155550184"]


def _form(n: int, **changes: str) -> dict[str, str]:
    return {"business_name": f"Fake Shop {n}", "subdomain": f"fake-shop-{n}",
            "profession": "salon", "owner_email": f"bot{n}@fake.example",
            "password": "a-long-bot-password-1", "timezone": "UTC",
            "started": signup_form_token_create(issued_at=time.time() - 30)} | changes


def _post(form: dict[str, str], ip: str = "198.51.100.7"):
    return Client(HTTP_HOST=PUBLIC_HOST).post("/signup/", form, REMOTE_ADDR=ip)


@pytest.fixture
def pool():
    PhoneNumber.objects.filter(tenant__isnull=True).delete()
    for number in POOL:
        phone_number_pool_add(number=number)


def _form_errors(response) -> str:
    form = response.context["form"]
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


def test_four_unconfirmed_sign_ups_leave_the_pool_untouched(pool, settings):
    """The finding: four fake sign-ups took every pooled number. Now none is assigned before
    the owner opens the link mailed to them."""
    settings.SIGNUP_MAX_PER_IP = 10
    for n in range(4):
        assert _post(_form(n), ip=f"198.51.100.{n}").status_code == 302
    assert Tenant.objects.filter(schema_name__startswith="fake_shop_").count() == 4
    assert PhoneNumber.objects.filter(e164__in=POOL, tenant__isnull=True).count() == 4


def test_a_number_comes_only_with_a_valid_link_for_this_business(pool, fleet):
    from tenants.services import tenant_signup, tenant_signup_email_verify

    tenant = tenant_signup(schema_name="fake_shop_9", business_name="Fake Shop",
                           profession="salon", owner_email="Owner@Shop.example",
                           owner_password="a-long-shop-password", timezone="UTC")
    with pytest.raises(Exception, match="confirm your email address first"):
        tenant_phone_number_claim(tenant=tenant)  # the portal's "claim a number" waits too
    other = verification_token_create(schema_name="t_law", email="owner@shop.example")
    wrong_email = verification_token_create(schema_name="fake_shop_9", email="x@shop.example")
    for token in (other, wrong_email, "forged", ""):
        with pytest.raises(Exception, match="confirmation link"):
            tenant_signup_email_verify(tenant=tenant, token=token)
    with pytest.raises(Exception, match="has expired"):
        tenant_signup_email_verify(tenant=tenant, token=_aged_link(4 * 24 * 3600))
    assert not tenant.phone_numbers.exists()
    good = verification_token_create(schema_name="fake_shop_9", email="owner@shop.example")
    assert tenant_signup_email_verify(tenant=tenant, token=good).e164 == POOL[0]


def _aged_link(seconds: int) -> str:
    class Aged(signing.TimestampSigner):
        def timestamp(self) -> str:
            return signing.b62_encode(int(time.time()) - seconds)

    return Aged(salt="tenants.signup.verify-email").sign_object(
        {"s": "fake_shop_9", "e": "owner@shop.example"})


def test_the_owner_sees_what_is_pending_and_can_have_the_link_sent_again(pool, mailoutbox):
    response = _post(_form(1))
    url = urlsplit(response["Location"])
    portal = Client(HTTP_HOST=url.netloc)
    page = portal.get(url.path, parse_qs(url.query), follow=True).content.decode()
    assert "Confirm your email address: open the link we sent to bot1@fake.example" in page
    assert 'data-notice="verify"' in page
    sent = len(mailoutbox)
    again = portal.post("/accounts/verify-email/resend/", follow=True).content.decode()
    assert "sent a new link to bot1@fake.example" in again
    assert len(mailoutbox) == sent + 1
    link = re.search(r"/accounts/verify-email/\?token=\S+", mailoutbox[-1].body).group(0)
    done = portal.get(link, follow=True).content.decode()
    assert f"answers {POOL[0]}" in done and 'data-notice="verify"' not in done
    assert Client(HTTP_HOST=url.netloc).post("/accounts/verify-email/resend/").status_code == 302


def test_one_address_can_sign_up_only_so_many_businesses_a_day(pool, settings):
    settings.SIGNUP_MAX_PER_EMAIL = 2
    for n in range(2):
        assert _post(_form(n, owner_email="same@fake.example"), ip=f"203.0.113.{n}"
                     ).status_code == 302
    refused = _post(_form(2, owner_email="SAME@fake.example"), ip="203.0.113.9")
    assert refused.status_code == 200
    assert "signed up as many businesses as it can today" in _form_errors(refused)
    assert "owner_email" in refused.context["form"].errors
    assert not Tenant.objects.filter(schema_name="fake_shop_2").exists()


def test_one_client_can_sign_up_only_so_many_businesses_a_day(pool, settings):
    settings.SIGNUP_MAX_PER_IP = 2
    for n in range(2):
        assert _post(_form(n)).status_code == 302
    refused = _post(_form(2))
    assert "Too many businesses have been signed up from your network today" in (
        _form_errors(refused))
    assert not Tenant.objects.filter(schema_name="fake_shop_2").exists()
    assert _post(_form(3), ip="192.0.2.1").status_code == 302  # another client is not held up


def test_form_posts_per_client_are_limited_even_when_each_fails(pool, settings):
    settings.SIGNUP_MAX_ATTEMPTS_PER_IP = 3
    for _ in range(3):
        assert "too short" in _form_errors(_post(_form(1, password="short")))
    refused = _post(_form(1))
    assert "Too many sign-up attempts from your network" in _form_errors(refused)
    assert not Tenant.objects.filter(schema_name="fake_shop_1").exists()


@pytest.mark.parametrize(("changes", "complaint"), [
    ({"website": "http://spam.example"}, "leave the last field empty"),
    ({"started": ""}, "was not sent from our page"),
    ({"started": "1700000000:forged"}, "was not sent from our page"),
    ({"started": "now"}, "quicker than a person"),
    ({"started": "a day old"}, "has expired"),
])
def test_what_only_a_script_sends_is_refused(pool, changes, complaint):
    now = time.time()
    if changes.get("started") == "now":
        changes = {"started": signup_form_token_create(issued_at=now)}
    elif changes.get("started") == "a day old":
        changes = {"started": signup_form_token_create(issued_at=now - 25 * 3600)}
    refused = _post(_form(1, **changes))
    assert refused.status_code == 200 and complaint in _form_errors(refused)
    assert not Tenant.objects.filter(schema_name="fake_shop_1").exists()


def test_the_served_form_carries_its_signed_time_and_a_hidden_honeypot():
    body = Client(HTTP_HOST=PUBLIC_HOST).get("/signup/").content.decode()
    token = re.search(r'name="started" value="([^"]+)"', body).group(1)
    assert abs(int(token.split(":")[0]) - time.time()) < 5
    assert re.search(r'class="field honeypot" aria-hidden="true">\s*'
                     r'<label for="id_website">Leave this field empty', body)
    # moved off screen by the stylesheet (the page's policy refuses inline styles)
    css = (Path(django_settings.BASE_DIR) / "receptionist" / "static" / "portal.css").read_text()
    assert re.search(r"\.honeypot \{ position: absolute; left: -10000px;", css)


def test_a_trial_ends_after_its_days_and_then_calls_get_the_polite_refusal(
        pool, settings, monkeypatch):
    from tenants.services import tenant_signup, tenant_signup_email_verify

    settings.TRIAL_DAYS = 14
    before = timezone.now()
    tenant = tenant_signup(schema_name="fake_shop_7", business_name="Trial Salon",
                           profession="salon", owner_email="trial@fake.example",
                           owner_password="a-long-trial-password", timezone="UTC")
    token = verification_token_create(schema_name="fake_shop_7", email="trial@fake.example")
    number = tenant_signup_email_verify(tenant=tenant, token=token).e164
    tenant.refresh_from_db()
    assert tenant.subscription_status == Tenant.SubscriptionStatus.TRIALING
    assert before + timedelta(days=14) <= tenant.subscription_ends_at <= (
        timezone.now() + timedelta(days=14))

    router = MultiTenantRouter()
    assert router.route_call(number).accepted
    later = tenant.subscription_ends_at + timedelta(minutes=1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    decision = router.route_call(number)
    assert not decision.accepted and decision.reason == RouteReason.INACTIVE_SUBSCRIPTION
    assert decision.message.startswith("Thank you for calling Trial Salon. We're unable to take "
                                       "your call right now.")


def test_after_the_trial_the_owner_sees_why_and_what_to_do(pool, settings):
    from tests.portal.owner_login import owner_client

    settings.SUPPORT_EMAIL = "plans@receptionist.example"
    Tenant.objects.filter(schema_name="t_law").update(
        subscription_status=Tenant.SubscriptionStatus.TRIALING,
        subscription_ends_at=timezone.now() - timedelta(days=1))
    page = owner_client("t_law").get("/dashboard/").content.decode()
    assert 'data-notice="inactive"' in page
    assert "Your free trial ended on" in page
    assert "callers hear that you can't take their call right now" in page.replace("&#x27;", "'")
    assert "plans@receptionist.example" in page

    Tenant.objects.filter(schema_name="t_law").update(
        subscription_ends_at=timezone.now() + timedelta(days=3))
    soon = owner_client("t_law").get("/dashboard/").content.decode()
    assert 'data-notice="trial"' in soon and "Your free trial ends on" in soon
