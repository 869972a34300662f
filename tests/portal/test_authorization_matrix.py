"""Issue 16, build item 13: who may do what, for every portal URL and every socket.

One table says what each role gets from each URL of the portal's URL conf, by GET and by POST:
visitors (anonymous), the front desk, owners; another business's login, whose session cookie
means nothing here, gets what a visitor gets. The URLs are read from the URL conf, so a page
added later is tested too: a page the table does not know is expected to be the owners' alone
(the code's default, team/access.py), until the table says otherwise. POSTs carry forms that
would change something, and a refused request must change nothing. The sockets' table is in
tests/channels/test_socket_roles.py.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from django_tenants.utils import schema_context

from calls.models import CallbackMessage, Turn
from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from team.models import TeamInvitation, TeamMember
from team.services import team_invitation_create
from tenants.models import PhoneNumber, Tenant
from tests.conftest import rolled_back
from tests.factories import colleague_create
from tests.portal.owner_login import anonymous_client, make_call, make_turn, owner_client

pytestmark = pytest.mark.django_db
SCHEMA, OTHER = "t_dental", "t_law"
LOGIN = "to the login page"  # 302 to /accounts/login/
DENIED = 403  # the "not for your login" page
PAGE = "a page"  # neither a refusal nor an error (for pages the table does not know yet)
ROLES = ("anonymous", "front_desk", "owner")

# route: ((GET as anonymous, front desk, owner), (POST as anonymous, front desk, owner))
TABLE: dict[str, tuple[tuple, tuple]] = {
    # account pages: anyone's
    "accounts/login/": ((200, 302, 302), (200, 302, 302)),
    "accounts/logout/": ((405, 405, 405), (302, 302, 302)),
    "accounts/welcome/": ((302, 302, 302), (405, 405, 405)),
    "accounts/verify-email/": ((302, 302, 302), (405, 405, 405)),
    "accounts/password_reset/": ((200, 200, 200), (200, 200, 200)),
    "accounts/password_reset/done/": ((200, 200, 200), (405, 405, 405)),
    "accounts/reset/<uidb64>/<token>/": ((200, 200, 200), (200, 200, 200)),
    "accounts/reset/done/": ((200, 200, 200), (405, 405, 405)),
    "accounts/password_change/": ((LOGIN, 200, 200), (LOGIN, 200, 200)),
    "accounts/password_change/done/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "team/join/<str:token>/": ((200, 200, 200), (302, 302, 302)),
    # the front desk's work: calls, appointments, messages, the dashboard and its live feed
    "": ((LOGIN, 302, 302), (LOGIN, 302, 302)),
    "dashboard/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "calls/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "calls/<uuid:call_id>/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "calls/<uuid:call_id>/turns/<int:index>/audio/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "appointments/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "messages/": ((LOGIN, 200, 200), (LOGIN, 405, 405)),
    "messages/<int:message_id>/handled/": ((LOGIN, 405, 405), (LOGIN, 302, 302)),
    # the owners': settings, phone number, voice and cloning, Try it, the team, the plan
    "accounts/verify-email/resend/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "settings/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 200)),
    "settings/number/claim/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "settings/greeting/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "settings/services/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 200)),
    "settings/faq/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 200)),
    "settings/hours/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 200)),
    "settings/booking/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "settings/transfer/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "settings/voice/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 400)),
    "settings/voice/preview/": ((LOGIN, DENIED, 400), (LOGIN, DENIED, 405)),
    "settings/voice/jobs/<int:job_id>/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 405)),
    "settings/providers/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 200)),
    "try/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 405)),
    "team/": ((LOGIN, DENIED, 200), (LOGIN, DENIED, 302)),
    "team/members/<int:user_id>/role/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "team/members/<int:user_id>/remove/": ((LOGIN, DENIED, 405), (LOGIN, DENIED, 302)),
    "team/invitations/<int:invitation_id>/cancel/": ((LOGIN, DENIED, 405),
                                                     (LOGIN, DENIED, 302)),
}
OWNERS_ONLY = ((LOGIN, DENIED, PAGE), (LOGIN, DENIED, PAGE))  # a page the table does not know

# What each POST sends: a form that would change something if it were accepted.
FORMS: dict[str, dict[str, str]] = {
    "messages/<int:message_id>/handled/": {"handled": "1"},
    "settings/greeting/": {"greeting": "Hello from {business_name}", "address": "1 Main St"},
    "settings/booking/": {"min_notice_minutes": "60", "max_days_ahead": "30", "notes": ""},
    "settings/transfer/": {"transfer_number": "+14155550100"},
    "settings/voice/": {"action": "voice", "voice": "no-such-voice"},
    "team/": {"email": "new-colleague@example.com", "role": "owner"},
    "team/members/<int:user_id>/role/": {"role": "owner"},  # the front desk promoting itself
    "team/join/<str:token>/": {"new_password1": "a-long-colleague-password",
                               "new_password2": "a-long-colleague-password"},
}
QUERIES = {"settings/voice/preview/": {"voice": "no-such-voice"}}  # not a slow rendering


def _routes() -> list[str]:
    def walk(patterns: list, prefix: str = ""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return sorted(set(walk(get_resolver("receptionist.urls_tenant").url_patterns)))


# the REST API answers tokens and keys, not sessions: its matrix is tests/api/
ROUTES = [route for route in _routes() if not route.lstrip("^").startswith("api/")]


@pytest.fixture
def world(fleet, settings, tmp_path):
    """t_dental with a front desk colleague, a call with a recording, a message, a cloning job
    and a pending invitation; what each path parameter stands for."""
    settings.MEDIA_ROOT = tmp_path
    audio = "calls/agent_audio/matrix/reply.wav"
    (tmp_path / audio).parent.mkdir(parents=True)
    (tmp_path / audio).write_bytes(b"RIFF....WAVEfmt audio")
    desk = colleague_create(schema=SCHEMA, email="desk@example.com", role="front_desk")
    call = make_call(schema=SCHEMA, start=timezone.now() - timedelta(minutes=5))
    turn = make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time)
    with schema_context(SCHEMA):
        Turn.objects.filter(pk=turn.pk).update(agent_audio=audio)
        message = CallbackMessage.objects.create(call=call, caller_name="Ann",
                                                 callback_number="+15105550199", reason="x")
        job = VoiceCloneJob.objects.create(name="Mine", sample_encrypted=b"x", sample_format="wav",
                                           sample_seconds=30.0, sample_bytes=1)
        invitation, token = team_invitation_create(email="invited@example.com",
                                                   role="front_desk", invited_by=None)
    return {"desk": desk, "params": {
        "call_id": str(call.call_id), "index": "0", "message_id": str(message.pk),
        "job_id": str(job.pk), "user_id": str(desk.pk), "invitation_id": str(invitation.pk),
        "token": token, "uidb64": "MQ"}}


def _path(route: str, params: dict[str, str]) -> str:
    def fill(match: re.Match) -> str:
        converter, name = match.group(1) or "str", match.group(2)
        return params.get(name) or {"int": "1", "uuid": params["call_id"]}.get(converter, "x")

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)


def _clients(world) -> dict[str, Client]:
    desk = anonymous_client(SCHEMA)
    with schema_context(SCHEMA):
        desk.force_login(get_user_model().objects.get(pk=world["desk"].pk))
    outsider = owner_client(OTHER)  # another business's owner, with its session cookie ...
    outsider.defaults["HTTP_HOST"] = anonymous_client(SCHEMA).defaults["HTTP_HOST"]  # ... here
    clients = {"anonymous": anonymous_client(SCHEMA), "front_desk": desk,
               "owner": owner_client(SCHEMA), "other business": outsider}
    for client in clients.values():
        client.raise_request_exception = False
    return clients


def _state() -> dict[str, object]:
    """Everything a portal form could change."""
    with schema_context(SCHEMA):
        return {
            "config": [model_to_dict(c) for c in ReceptionistConfig.objects.all()],
            "tenant": model_to_dict(Tenant.objects.get(schema_name=SCHEMA)),
            "numbers": list(PhoneNumber.objects.filter(tenant__schema_name=SCHEMA)
                            .values_list("e164", flat=True)),
            "logins": list(get_user_model().objects.order_by("pk").values_list(
                "pk", "username", "is_active", "password")),
            "roles": list(TeamMember.objects.order_by("pk").values_list("pk", "role")),
            "invitations": list(TeamInvitation.objects.order_by("pk").values_list(
                "pk", "email", "role", "accepted_at")),
            "messages": list(CallbackMessage.objects.order_by("pk").values_list("pk", "handled")),
            "jobs": VoiceCloneJob.objects.count(),
            "mail": len(mail.outbox),
        }


def _check(response, expected, where: str) -> None:
    status = response.status_code
    assert status < 500, where
    if expected == LOGIN:
        assert status == 302 and response["Location"].startswith("/accounts/login/"), \
            (where, status, response.get("Location"))
    elif expected == DENIED:
        assert status == 403 and "not for your login" in response.content.decode(), \
            (where, status)
    elif expected == PAGE:
        assert status not in (401, 403) and not (
            status == 302 and response["Location"].startswith("/accounts/login/")), \
            (where, status)
    else:
        assert status == expected, (where, status, response.get("Location"))


def test_the_table_names_every_url_it_expects():
    """A route renamed away from the table would silently fall back to owners-only."""
    assert set(TABLE) <= set(ROUTES), set(TABLE) - set(ROUTES)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("route", ROUTES)
def test_each_role_gets_what_the_table_says(world, route, method):
    """Each role (and another business's login) by GET and by POST: the table's outcome, a
    refusal that changes nothing, and never a server error."""
    path = _path(route, world["params"])
    expected = dict(zip(ROLES, TABLE.get(route, OWNERS_ONLY)[method == "post"], strict=True))
    expected["other business"] = expected["anonymous"]  # its session cookie means nothing here
    data = (QUERIES.get(route, {}) if method == "get" else FORMS.get(route, {}))
    for who, client in _clients(world).items():
        with rolled_back():
            before = _state()
            response = getattr(client, method)(path, data)
            _check(response, expected[who], f"{who} {method.upper()} {path}")
            if expected[who] in (LOGIN, DENIED):
                assert _state() == before, f"{who} {method.upper()} {path} changed something"


# Another business's login on its own domain, with this business's ids: not found there.
OTHER_BUSINESS_IDS = {
    "calls/<uuid:call_id>/": ("get", 404),
    "calls/<uuid:call_id>/turns/<int:index>/audio/": ("get", 404),
    "messages/<int:message_id>/handled/": ("post", 404),
    "settings/voice/jobs/<int:job_id>/": ("get", 404),
    "team/members/<int:user_id>/role/": ("post", 404),
    "team/members/<int:user_id>/remove/": ("post", 404),
    "team/invitations/<int:invitation_id>/cancel/": ("post", 404),
    "api-keys/<int:key_id>/revoke/": ("post", 404),
    "team/join/<str:token>/": ("post", 200),  # "this invitation no longer works"
    "accounts/reset/<uidb64>/<token>/": ("get", 200),  # "this link no longer works"
    "webhooks/<int:endpoint_id>/rotate/": ("post", 404),
    "webhooks/<int:endpoint_id>/delete/": ("post", 404),
    "webhooks/deliveries/<int:delivery_id>/redeliver/": ("post", 404),
}


@pytest.mark.parametrize("route", [r for r in ROUTES if "<" in r])
def test_another_business_login_finds_none_of_this_business_objects(world, route):
    method, status = OTHER_BUSINESS_IDS.get(route, ("get", 404))
    client = owner_client(OTHER)
    client.raise_request_exception = False
    path = _path(route, world["params"])
    with rolled_back():
        before = _state()
        response = getattr(client, method)(path, FORMS.get(route, {}))
        assert response.status_code == status, (method, path, response.status_code)
        assert _state() == before
    with schema_context(OTHER):
        assert not TeamMember.objects.filter(user__username="invited@example.com").exists()


def test_the_front_desk_menu_shows_only_its_pages(world):
    page = _clients(world)["front_desk"].get("/dashboard/").content.decode()
    for link in ("/dashboard/", "/calls/", "/appointments/", "/messages/"):
        assert f'href="{link}"' in page
    for link in ("/settings/", "/try/", "/team/"):
        assert f'href="{link}"' not in page
    owner_page = _clients(world)["owner"].get("/dashboard/").content.decode()
    assert all(f'href="{link}"' in owner_page for link in ("/settings/", "/try/", "/team/"))
