"""Owner accounts on each business's own host: log in, log out, reset a forgotten password."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django_tenants.utils import schema_context

from .conftest import OWNER_PASSWORD, owner_email, tenant_host

pytestmark = pytest.mark.django_db


def _set_password(schema: str, password: str | None) -> None:
    with schema_context(schema):
        owner = get_user_model().objects.get(username=owner_email(schema))
        owner.set_password(password)  # None: unusable, as for a business staff created
        owner.save()


def _logged_in(client: Client) -> bool:
    return client.get("/accounts/password_change/").status_code == 200


def test_the_login_page_names_the_business(anonymous_dental):
    response = anonymous_dental.get("/accounts/login/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Fleet Dental" in body and 'name="username"' in body and "Forgot your password" in body


def test_an_owner_logs_in_with_email_and_password_and_lands_on_the_dashboard(anonymous_dental):
    _set_password("t_dental", OWNER_PASSWORD)
    response = anonymous_dental.post("/accounts/login/", {
        "username": owner_email("t_dental").upper(), "password": OWNER_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    assert _logged_in(anonymous_dental)


def test_login_returns_to_the_page_that_asked_for_it(anonymous_dental):
    _set_password("t_dental", OWNER_PASSWORD)
    response = anonymous_dental.post("/accounts/login/?next=/settings/voice/", {
        "username": owner_email("t_dental"), "password": OWNER_PASSWORD,
        "next": "/settings/voice/"})
    assert response["Location"] == "/settings/voice/"


def test_a_wrong_password_is_refused_and_the_email_kept(anonymous_dental):
    _set_password("t_dental", OWNER_PASSWORD)
    response = anonymous_dental.post("/accounts/login/", {
        "username": owner_email("t_dental"), "password": "not-the-password"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Please enter a correct" in body and owner_email("t_dental") in body
    assert not _logged_in(anonymous_dental)


def test_an_owner_cannot_log_in_to_another_business(db):
    """Logins live in each business's schema: t_dental's owner is unknown on t_law's host."""
    _set_password("t_dental", OWNER_PASSWORD)
    client = Client(HTTP_HOST=tenant_host("t_law"))
    response = client.post("/accounts/login/", {"username": owner_email("t_dental"),
                                                "password": OWNER_PASSWORD})
    assert response.status_code == 200 and not _logged_in(client)


def test_logout_is_a_post_and_ends_the_session(dental_client):
    assert dental_client.get("/accounts/logout/").status_code == 405
    assert _logged_in(dental_client)
    response = dental_client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert not _logged_in(dental_client)


def test_the_portal_menu_logs_out_with_a_form(dental_client):
    body = dental_client.get("/settings/").content.decode()
    assert 'action="/accounts/logout/"' in body and 'method="post"' in body
    for link in ("/dashboard/", "/calls/", "/appointments/", "/messages/", "/settings/",
                 "/try/"):
        assert f'href="{link}"' in body


def _reset_link(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", body)
    assert match, body
    return match.group(1)


@pytest.mark.parametrize("password", [OWNER_PASSWORD, None])
def test_an_owner_resets_a_forgotten_or_never_set_password(anonymous_dental, password):
    """An owner created by staff has no usable password; this flow is how they set one."""
    _set_password("t_dental", password)
    response = anonymous_dental.post("/accounts/password_reset/",
                                     {"email": owner_email("t_dental")})
    assert response.status_code == 302 and response["Location"] == "/accounts/password_reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner_email("t_dental")] and "Fleet Dental" in message.body
    assert f"http://{tenant_host('t_dental')}/accounts/reset/" in message.body

    link = _reset_link(message.body)
    form_page = anonymous_dental.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    response = anonymous_dental.post(set_url, {"new_password1": "brand-new-secret-77",
                                               "new_password2": "brand-new-secret-77"})
    assert response.status_code == 302 and _logged_in(anonymous_dental)
    with schema_context("t_dental"):
        assert get_user_model().objects.get().check_password("brand-new-secret-77")

    used_again = Client(HTTP_HOST=tenant_host("t_dental")).get(link, follow=True)
    assert "This link no longer works" in used_again.content.decode()


def test_a_reset_for_an_unknown_email_sends_nothing_and_says_the_same(anonymous_dental):
    response = anonymous_dental.post("/accounts/password_reset/", {"email": "who@else.example"})
    assert response.status_code == 302 and response["Location"] == "/accounts/password_reset/done/"
    assert mail.outbox == []


def test_a_reset_for_an_owner_of_another_business_sends_nothing(db):
    client = Client(HTTP_HOST=tenant_host("t_law"))
    client.post("/accounts/password_reset/", {"email": owner_email("t_dental")})
    assert mail.outbox == []


def test_a_weak_new_password_is_refused(anonymous_dental):
    anonymous_dental.post("/accounts/password_reset/", {"email": owner_email("t_dental")})
    form_page = anonymous_dental.get(_reset_link(mail.outbox[0].body), follow=True)
    response = anonymous_dental.post(form_page.redirect_chain[-1][0], {
        "new_password1": "password", "new_password2": "password"})
    assert response.status_code == 200 and "too common" in response.content.decode()


@pytest.fixture
def few_attempts(settings) -> int:
    """A lower limit, so the test does not spend seconds hashing guesses."""
    settings.AXES_FAILURE_LIMIT = 3
    return 3


def test_repeated_wrong_passwords_lock_that_login_for_a_while(anonymous_dental, few_attempts):
    _set_password("t_dental", OWNER_PASSWORD)
    for _ in range(few_attempts):
        anonymous_dental.post("/accounts/login/", {"username": owner_email("t_dental"),
                                                   "password": "guess"})
    response = anonymous_dental.post("/accounts/login/", {"username": owner_email("t_dental"),
                                                          "password": OWNER_PASSWORD})
    assert "Too many failed attempts" in response.content.decode()
    assert not _logged_in(anonymous_dental)

    # the same email at another business is another login, not locked
    with schema_context("t_law"):
        law = get_user_model().objects.get()
        law.username = law.email = owner_email("t_dental")
        law.set_password(OWNER_PASSWORD)
        law.save()
    other = Client(HTTP_HOST=tenant_host("t_law"))
    other.post("/accounts/login/", {"username": owner_email("t_dental"),
                                    "password": OWNER_PASSWORD})
    assert _logged_in(other)


def test_a_successful_login_forgets_earlier_mistakes(anonymous_dental, few_attempts):
    _set_password("t_dental", OWNER_PASSWORD)
    credentials = {"username": owner_email("t_dental"), "password": "guess"}
    for _ in range(few_attempts - 1):
        anonymous_dental.post("/accounts/login/", credentials)
    anonymous_dental.post("/accounts/login/", credentials | {"password": OWNER_PASSWORD})
    anonymous_dental.post("/accounts/logout/")
    anonymous_dental.post("/accounts/login/", credentials)
    anonymous_dental.post("/accounts/login/", credentials | {"password": OWNER_PASSWORD})
    assert _logged_in(anonymous_dental)
