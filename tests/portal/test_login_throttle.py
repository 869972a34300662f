"""Login throttling that cannot be raced and cannot be turned against the owner (issue 16,
finding 7): failures count per account and client address, and per client address, with a
cool-off; the owners' login, the staff admin login and password reset are all covered."""

from __future__ import annotations

import re
import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django_tenants.utils import schema_context

from tests.browser.conftest import committed_write
from tests.live_server import request, runserver

from .conftest import OWNER_PASSWORD, PUBLIC_HOST, owner_email, tenant_host

pytestmark = pytest.mark.django_db
LIMIT = 4
GUESSES = 24
LOCKED = "Too many failed attempts"
WRONG = "Please enter a correct"


def _owner_password(schema: str, password: str | None = None, *, encoded: str = "") -> str:
    """Set the owner's password (committed, for a server process to see); returns the old hash."""
    def change() -> str:
        with schema_context(schema):
            owner = get_user_model().objects.get(username=owner_email(schema))
            old = owner.password
            if encoded:
                owner.password = encoded
            else:
                owner.set_password(password)
            owner.save(update_fields=["password"])
            return old
    return committed_write(change)


def _forget_attempts() -> None:
    from axes.models import AccessAttempt, AccessLog

    committed_write(lambda: (AccessAttempt.objects.all().delete(),
                             AccessLog.objects.all().delete()))


@pytest.fixture
def owner_with_password(fleet):
    old = _owner_password("t_dental", OWNER_PASSWORD)
    yield
    _owner_password("t_dental", encoded=old)
    _forget_attempts()


def test_concurrent_wrong_passwords_are_checked_no_more_than_the_limit(owner_with_password,
                                                                      tmp_path):
    """24 wrong passwords at once from one address, against a real server: only LIMIT are
    checked, the right password from that address is then refused until the cool-off, and the
    owner at another address still logs in."""
    host = tenant_host("t_dental")
    with runserver(tmp_path / "server.log", LOGIN_FAILURE_LIMIT=str(LIMIT),
                   LOGIN_FAILURE_LIMIT_PER_IP="50", LOGIN_COOLOFF_MINUTES="15") as port:
        page = request(port, host, "GET", "/accounts/login/", client_ip="127.0.0.5")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1)
        cookies = {"csrftoken": page.cookies["csrftoken"]}

        def login(password: str, client_ip: str) -> object:
            return request(port, host, "POST", "/accounts/login/", client_ip=client_ip,
                           cookies=cookies, form={"csrfmiddlewaretoken": token,
                                                  "username": owner_email("t_dental"),
                                                  "password": password})

        answers: list = []
        start = threading.Barrier(GUESSES)

        def guess(n: int) -> None:
            start.wait()
            answers.append(login(f"guess-{n}", "127.0.0.5"))

        threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert [a.status for a in answers] == [200] * GUESSES  # refused with a form, never a 500
        checked_and_wrong = [a for a in answers if WRONG in a.body]
        locked = [a for a in answers if LOCKED in a.body]
        # the LIMIT-th check is the one that locks: it says so instead of "wrong password"
        assert len(checked_and_wrong) == LIMIT - 1, f"{len(checked_and_wrong)} were checked"
        assert len(locked) == GUESSES - LIMIT + 1

        right_here = login(OWNER_PASSWORD, "127.0.0.5")
        assert right_here.status == 200 and LOCKED in right_here.body
        right_elsewhere = login(OWNER_PASSWORD, "127.0.0.6")
        assert right_elsewhere.status == 302 and right_elsewhere.location == "/dashboard/"

    from axes.models import AccessAttempt

    attempts = AccessAttempt.objects.filter(ip_address="127.0.0.5")
    assert sum(a.failures_since_start for a in attempts) == LIMIT  # the checks, no more


@pytest.fixture
def few_attempts(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURE_LIMIT_PER_IP = 5
    return 3


def test_the_staff_admin_login_locks_that_login_at_that_address(db, few_attempts):
    get_user_model().objects.create_superuser("staff", "staff@example.com", OWNER_PASSWORD)
    client = Client(HTTP_HOST=PUBLIC_HOST, REMOTE_ADDR="192.0.2.10")
    for n in range(few_attempts):
        response = client.post("/admin/login/", {"username": "staff", "password": f"g{n}"})
        assert response.status_code == 200
    response = client.post("/admin/login/", {"username": "staff", "password": OWNER_PASSWORD})
    assert response.status_code == 200 and LOCKED in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still not in

    elsewhere = Client(HTTP_HOST=PUBLIC_HOST, REMOTE_ADDR="192.0.2.11")
    response = elsewhere.post("/admin/login/", {"username": "staff", "password": OWNER_PASSWORD})
    assert response.status_code == 302 and elsewhere.get("/admin/").status_code == 200


def test_one_address_guessing_across_many_logins_is_stopped_too(db, few_attempts):
    """The per-address limit: a stranger spraying passwords over many accounts."""
    with schema_context("t_dental"):
        owner = get_user_model().objects.get(username=owner_email("t_dental"))
        owner.set_password(OWNER_PASSWORD)
        owner.save()
    client = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR="192.0.2.20")
    for n in range(5):  # LOGIN_FAILURE_LIMIT_PER_IP, each on another login
        client.post("/accounts/login/", {"username": f"who{n}@else.example", "password": "x"})
    response = client.post("/accounts/login/", {"username": owner_email("t_dental"),
                                                 "password": OWNER_PASSWORD})
    assert LOCKED in response.content.decode()
    other = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR="192.0.2.21")
    response = other.post("/accounts/login/", {"username": owner_email("t_dental"),
                                               "password": OWNER_PASSWORD})
    assert response.status_code == 302


def test_a_login_at_one_address_does_not_wipe_that_address_s_failures_elsewhere(db,
                                                                               few_attempts):
    """A stranger with a business of their own cannot log into it to reset their count of
    guesses at someone else's login."""
    with schema_context("t_dental"):
        owner = get_user_model().objects.get(username=owner_email("t_dental"))
        owner.set_password(OWNER_PASSWORD)
        owner.save()
    with schema_context("t_law"):
        own = get_user_model().objects.get(username=owner_email("t_law"))
        own.set_password(OWNER_PASSWORD)
        own.save()
    victim = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR="192.0.2.30")
    mine = Client(HTTP_HOST=tenant_host("t_law"), REMOTE_ADDR="192.0.2.30")
    for n in range(few_attempts - 1):
        victim.post("/accounts/login/", {"username": owner_email("t_dental"), "password": f"{n}"})
    response = mine.post("/accounts/login/", {"username": owner_email("t_law"),
                                              "password": OWNER_PASSWORD})
    assert response.status_code == 302
    response = victim.post("/accounts/login/", {"username": owner_email("t_dental"),
                                                "password": "one-more"})
    assert LOCKED in response.content.decode()


# --- password reset ------------------------------------------------------------------------------
def test_password_reset_requests_are_throttled_per_address(anonymous_dental, settings):
    settings.PASSWORD_RESET_MAX_PER_IP = 3
    settings.PASSWORD_RESET_MAX_PER_EMAIL = 10
    for n in range(3):
        response = anonymous_dental.post("/accounts/password_reset/",
                                         {"email": f"nobody{n}@else.example"})
        assert response.status_code == 302
    response = anonymous_dental.post("/accounts/password_reset/",
                                     {"email": owner_email("t_dental")})
    assert response.status_code == 200 and "Too many password reset requests" in (
        response.content.decode())
    assert mail.outbox == []
    other = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR="192.0.2.40")
    assert other.post("/accounts/password_reset/",
                      {"email": owner_email("t_dental")}).status_code == 302
    assert len(mail.outbox) == 1


def test_password_reset_requests_are_throttled_per_email(anonymous_dental, settings):
    """Mail to one owner cannot be flooded from many addresses; the limit says the same
    whether the address belongs to an owner or not."""
    settings.PASSWORD_RESET_MAX_PER_IP = 10
    settings.PASSWORD_RESET_MAX_PER_EMAIL = 2
    for n in range(2):
        client = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR=f"192.0.2.{50 + n}")
        assert client.post("/accounts/password_reset/",
                           {"email": owner_email("t_dental").upper()}).status_code == 302
    client = Client(HTTP_HOST=tenant_host("t_dental"), REMOTE_ADDR="192.0.2.59")
    response = client.post("/accounts/password_reset/", {"email": owner_email("t_dental")})
    assert response.status_code == 200 and "several reset links" in response.content.decode()
    assert len(mail.outbox) == 2
