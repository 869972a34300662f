"""Team logins (issue 16, build item 13): an owner invites colleagues by email, each sets their
own password; owners change roles and remove colleagues; a business always keeps an owner."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from team.models import TeamInvitation, TeamMember
from tests.factories import colleague_create
from tests.portal.owner_login import anonymous_client, owner_client, tenant_domain

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-colleague-password"


def _owner_id(schema: str) -> int:
    with schema_context(schema):
        return get_user_model().objects.get(
            username=f"owner@{schema.replace('_', '-')}.example").pk


def _invite(client: Client, email: str, role: str = "front_desk"):
    return client.post("/team/", {"email": email, "role": role})


def _link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/team/join/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


def _role(schema: str, email: str) -> str | None:
    with schema_context(schema):
        return TeamMember.objects.filter(user__username=email).values_list(
            "role", flat=True).first()


def _logged_in_as(client: Client) -> str:
    """The login a client's session belongs to, or "" (the password page needs one)."""
    response = client.get("/accounts/password_change/")
    return response.context["user"].username if response.status_code == 200 else ""


def _log_in(schema: str, email: str, password: str) -> Client:
    client = anonymous_client(schema)
    client.post("/accounts/login/", {"username": email, "password": password})
    return client


def test_the_owner_invites_a_colleague_who_sets_their_own_password(fleet):
    owner = owner_client("t_dental")
    response = _invite(owner, "Desk@Fleet-Dental.example")
    assert response.status_code == 302 and response["Location"] == "/team/"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["desk@fleet-dental.example"]
    assert "Fleet Dental" in message.body and "front desk" in message.body.lower()
    assert f"http://{tenant_domain('t_dental')}/team/join/" in message.body
    assert "desk@fleet-dental.example" in owner.get("/team/").content.decode()  # pending

    invited = anonymous_client("t_dental")
    link = _link(message)
    page = invited.get(link)
    assert page.status_code == 200 and "desk@fleet-dental.example" in page.content.decode()
    response = invited.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    assert _logged_in_as(invited) == "desk@fleet-dental.example"
    assert _role("t_dental", "desk@fleet-dental.example") == "front_desk"

    # the password is theirs: a fresh browser logs in with it
    assert _logged_in_as(_log_in("t_dental", "desk@fleet-dental.example", PASSWORD)) == \
        "desk@fleet-dental.example"


def test_an_invitation_works_once(fleet):
    _invite(owner_client("t_dental"), "once@example.com")
    link = _link(mail.outbox[0])
    anonymous_client("t_dental").post(link, {"new_password1": PASSWORD,
                                             "new_password2": PASSWORD})

    again = anonymous_client("t_dental")
    assert "no longer works" in again.get(link).content.decode()
    response = again.post(link, {"new_password1": "another-long-password",
                                 "new_password2": "another-long-password"})
    assert response.status_code == 200 and "no longer works" in response.content.decode()
    assert _logged_in_as(again) == ""
    assert _logged_in_as(_log_in("t_dental", "once@example.com", PASSWORD)) == "once@example.com"


def test_an_invitation_expires(fleet, settings):
    _invite(owner_client("t_dental"), "late@example.com")
    link = _link(mail.outbox[0])
    assert f"{settings.TEAM_INVITATION_DAYS} days" in mail.outbox[0].body
    with schema_context("t_dental"):
        TeamInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    client = anonymous_client("t_dental")
    assert "has expired" in client.get(link).content.decode()
    response = client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert "has expired" in response.content.decode() and _role("t_dental",
                                                                "late@example.com") is None


def test_an_invitation_of_another_business_does_not_work_here(fleet):
    _invite(owner_client("t_dental"), "roaming@example.com")
    client = anonymous_client("t_law")
    response = client.post(_link(mail.outbox[0]), {"new_password1": PASSWORD,
                                                   "new_password2": PASSWORD})
    assert response.status_code == 200 and "no longer works" in response.content.decode()
    assert _role("t_law", "roaming@example.com") is None


def test_a_weak_password_is_refused_and_the_invitation_kept(fleet):
    _invite(owner_client("t_dental"), "weak@example.com")
    link = _link(mail.outbox[0])
    client = anonymous_client("t_dental")
    response = client.post(link, {"new_password1": "password", "new_password2": "password"})
    assert response.status_code == 200 and "too common" in response.content.decode()
    client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert _role("t_dental", "weak@example.com") == "front_desk"


def test_inviting_an_address_that_already_has_a_login_here_is_refused(fleet):
    owner = owner_client("t_dental")
    response = _invite(owner, "OWNER@t-dental.example", role="owner")
    assert response.status_code == 200
    assert "already has a login" in response.content.decode()
    assert mail.outbox == []
    with schema_context("t_dental"):
        assert not TeamInvitation.objects.exists()


def test_an_address_with_a_login_at_another_business_can_be_invited(fleet):
    """Each business's logins are its own: t_law's owner may also work at t_dental."""
    response = _invite(owner_client("t_dental"), "owner@t-law.example")
    assert response.status_code == 302 and mail.outbox[0].to == ["owner@t-law.example"]


def test_a_bad_address_or_role_is_a_form_error(fleet):
    owner = owner_client("t_dental")
    for form in ({"email": "not an address", "role": "front_desk"},
                 {"email": "ok@example.com", "role": "emperor"}, {}):
        response = owner.post("/team/", form)
        assert response.status_code == 200 and 'class="errorlist' in response.content.decode()
    assert mail.outbox == []


def test_inviting_again_replaces_the_earlier_link(fleet):
    owner = owner_client("t_dental")
    _invite(owner, "twice@example.com")
    _invite(owner, "twice@example.com", role="owner")
    first, second = _link(mail.outbox[0]), _link(mail.outbox[1])
    client = anonymous_client("t_dental")
    assert "no longer works" in client.get(first).content.decode()
    client.post(second, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert _role("t_dental", "twice@example.com") == "owner"


def test_the_owner_cancels_a_pending_invitation(fleet):
    owner = owner_client("t_dental")
    _invite(owner, "never@example.com")
    with schema_context("t_dental"):
        invitation = TeamInvitation.objects.get()
    response = owner.post(f"/team/invitations/{invitation.pk}/cancel/")
    assert response.status_code == 302
    assert "no longer works" in anonymous_client("t_dental").get(
        _link(mail.outbox[0])).content.decode()


def test_the_owner_changes_a_colleagues_role(fleet):
    desk = colleague_create(schema="t_dental", email="desk@example.com", role="front_desk",
                            password=PASSWORD)
    colleague = _log_in("t_dental", "desk@example.com", PASSWORD)
    assert colleague.get("/settings/").status_code == 403

    response = owner_client("t_dental").post(f"/team/members/{desk.pk}/role/",
                                             {"role": "owner"})
    assert response.status_code == 302 and _role("t_dental", "desk@example.com") == "owner"
    assert colleague.get("/settings/").status_code == 200  # the same session, now an owner


def test_removing_a_colleague_ends_their_sessions_at_once(fleet):
    colleague_create(schema="t_dental", email="gone@example.com", role="owner",
                     password=PASSWORD)
    laptop = _log_in("t_dental", "gone@example.com", PASSWORD)
    phone = _log_in("t_dental", "gone@example.com", PASSWORD)
    assert laptop.get("/calls/").status_code == 200 and phone.get("/calls/").status_code == 200
    with schema_context("t_dental"):
        gone = get_user_model().objects.get(username="gone@example.com")

    response = owner_client("t_dental").post(f"/team/members/{gone.pk}/remove/")
    assert response.status_code == 302
    for browser in (laptop, phone):
        response = browser.get("/calls/")
        assert response.status_code == 302 and response["Location"].startswith(
            "/accounts/login/")
    assert _logged_in_as(_log_in("t_dental", "gone@example.com", PASSWORD)) == ""
    assert "gone@example.com" not in owner_client("t_dental").get("/team/").content.decode()


def test_a_removed_colleague_can_be_invited_back(fleet):
    owner = owner_client("t_dental")
    gone = colleague_create(schema="t_dental", email="back@example.com", role="owner",
                            password=PASSWORD)
    owner.post(f"/team/members/{gone.pk}/remove/")
    assert _invite(owner, "back@example.com").status_code == 302
    anonymous_client("t_dental").post(_link(mail.outbox[0]), {
        "new_password1": "a-brand-new-password", "new_password2": "a-brand-new-password"})
    assert _role("t_dental", "back@example.com") == "front_desk"
    assert _logged_in_as(_log_in("t_dental", "back@example.com", "a-brand-new-password"))
    assert not _logged_in_as(_log_in("t_dental", "back@example.com", PASSWORD))


def test_the_last_owner_can_never_be_removed_or_demoted(fleet):
    owner = owner_client("t_dental")
    me = _owner_id("t_dental")
    colleague_create(schema="t_dental", email="desk@example.com", role="front_desk")
    for action, form in (("role", {"role": "front_desk"}), ("remove", {})):
        response = owner.post(f"/team/members/{me}/{action}/", form, follow=True)
        assert response.status_code == 200
        assert "last owner" in response.content.decode()
    assert _role("t_dental", "owner@t-dental.example") == "owner"
    assert owner.get("/settings/").status_code == 200


def test_with_two_owners_one_may_step_down_and_then_not_the_other(fleet):
    second = colleague_create(schema="t_dental", email="second@example.com", role="owner",
                              password=PASSWORD)
    first = owner_client("t_dental")
    assert first.post(f"/team/members/{_owner_id('t_dental')}/role/",
                      {"role": "front_desk"}).status_code == 302
    assert first.get("/team/").status_code == 403  # now front desk
    other = _log_in("t_dental", "second@example.com", PASSWORD)
    response = other.post(f"/team/members/{second.pk}/remove/", follow=True)
    assert "last owner" in response.content.decode()
    assert _role("t_dental", "second@example.com") == "owner"


def test_a_colleague_of_another_business_is_not_found_here(fleet):
    law_desk = colleague_create(schema="t_law", email="law-desk@example.com", role="front_desk")
    owner = owner_client("t_dental")
    for action, form in (("role", {"role": "owner"}), ("remove", {})):
        assert owner.post(f"/team/members/{law_desk.pk}/{action}/", form).status_code == 404
    assert _role("t_law", "law-desk@example.com") == "front_desk"


def test_a_new_business_owner_is_an_owner(fleet):
    assert _role("t_vet", "owner@t-vet.example") == "owner"


def test_the_team_page_lists_the_logins_and_their_roles(fleet):
    colleague_create(schema="t_dental", email="desk@example.com", role="front_desk")
    page = owner_client("t_dental").get("/team/").content.decode()
    assert "owner@t-dental.example" in page and "desk@example.com" in page
    assert "Front desk" in page and 'href="/team/"' in page


def test_two_owners_demoting_each_other_at_once_leave_one_owner(fleet):
    """The owners' rows are locked before the count: of two simultaneous demotions (each on
    its own connection, committed, as two browsers' requests are) exactly one succeeds."""
    import threading

    from django.db import connection

    from receptionist.errors import ApplicationError
    from team.services import team_member_role_set

    emails = ("first-owner@example.com", "second-owner@example.com")
    results: list[str] = []
    barrier = threading.Barrier(2)

    def run(target) -> None:
        try:
            target()
        finally:
            connection.close()

    def make() -> None:
        with schema_context("t_salon"):
            for email in emails:
                colleague_create(schema="t_salon", email=email, role="owner")
            TeamMember.objects.filter(user__username="owner@t-salon.example").update(
                role="front_desk")

    def demote(email: str) -> None:
        with schema_context("t_salon"):
            user_id = get_user_model().objects.get(username=email).pk
            barrier.wait(timeout=10)
            try:
                team_member_role_set(user_id=user_id, role="front_desk")
                results.append("demoted")
            except ApplicationError as exc:
                results.append(exc.message)

    def clean() -> None:
        with schema_context("t_salon"):
            get_user_model().objects.filter(username__in=emails).delete()
            TeamMember.objects.filter(user__username="owner@t-salon.example").update(role="owner")

    maker = threading.Thread(target=run, args=(make,))
    maker.start()
    maker.join()
    try:
        threads = [threading.Thread(target=run, args=(lambda e=e: demote(e),)) for e in emails]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(results)[0] == "demoted" and "last owner" in sorted(results)[1]
        with schema_context("t_salon"):
            assert TeamMember.objects.filter(role="owner").count() == 1
    finally:
        cleaner = threading.Thread(target=run, args=(clean,))
        cleaner.start()
        cleaner.join()


def test_every_login_from_before_teams_becomes_an_owner(fleet):
    """The data migration: a business's one login was its owner; a login that already has a
    role keeps it."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("team.migrations.0002_existing_logins_are_owners")
    with schema_context("t_dental"):
        earlier = get_user_model().objects.create_user(username="earlier@example.com")
        colleague_create(schema="t_dental", email="desk@example.com", role="front_desk")
        migration.owners(apps, None)
    assert _role("t_dental", "earlier@example.com") == "owner"
    assert _role("t_dental", "desk@example.com") == "front_desk"
    assert _role("t_dental", "owner@t-dental.example") == "owner"
    assert earlier.pk


def test_an_invitation_that_cannot_be_mailed_is_a_form_error_and_not_kept(fleet, settings):
    """A mail server that refuses the connection (a real SMTP client, nothing listening)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 5
    response = _invite(owner_client("t_dental"), "unlucky@example.com")
    assert response.status_code == 200
    assert "could not be mailed" in response.content.decode()
    assert 'value="unlucky@example.com"' in response.content.decode()
    with schema_context("t_dental"):
        assert not TeamInvitation.objects.exists()


def test_an_owner_who_steps_down_lands_on_the_dashboard(fleet):
    colleague_create(schema="t_dental", email="other-owner@example.com", role="owner")
    response = owner_client("t_dental").post(f"/team/members/{_owner_id('t_dental')}/role/",
                                             {"role": "front_desk"})
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
