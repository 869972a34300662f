"""Every kind of action leaves an audit entry saying who, what, when and from where, in the right
schema: a business's own actions in its schema, staff-wide changes in the public one (and staff's
changes to one business's rows in that business's log too). Secrets are never written."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from audit.models import SECRET_MASK
from audit.services import audit_export_record
from frontdesk.models import VoiceCloneJob
from tenants.models import PhoneNumber, Tenant
from tenants.services import phone_number_pool_add, tenant_subscription_set
from tests.factories import PhoneNumberFactory
from tests.jobs.conftest import wav_bytes

from .conftest import (
    OWNER_PASSWORD,
    STAFF_PASSWORD,
    STAFF_WHERE,
    WHERE,
    dumped,
    entries,
    holds_part_of,
    owner_email,
    tenant_host,
)

pytestmark = pytest.mark.django_db
DENTAL_OWNER = "owner@t-dental.example"


def _owner(schema: str = "t_dental"):
    with schema_context(schema):
        return get_user_model().objects.get(username=owner_email(schema))


def _rows(prefix: str, rows: list[dict]) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{key}": value for key, value in row.items()})
    return data


def _week(**days: tuple[str, ...]) -> dict:
    data = {"timezone": "America/Chicago"}
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        times = days.get(day, ())
        for name, value in zip(("opens", "closes", "opens_2", "closes_2"),
                               times + ("",) * (4 - len(times)), strict=True):
            data[f"{day}-{name}"] = value
    return data


def _assert_where(entry, where: dict = WHERE) -> None:
    assert entry.remote_addr == where["REMOTE_ADDR"]
    assert entry.user_agent == where["HTTP_USER_AGENT"]


# --- the receptionist's settings --------------------------------------------------------------
SETTINGS_PAGES = [
    ("/settings/greeting/", {"greeting": "Audit hello from {business_name}!"},
     "receptionistconfig", "greeting", "Audit hello from {business_name}!"),
    ("/settings/services/", _rows("services", [
        {"name": "Audit cleaning", "price_usd": "99.50", "duration_minutes": "45"}]),
     "receptionistconfig", "services", "Audit cleaning"),
    ("/settings/faq/", _rows("faq", [{"question": "Parking?", "answer": "Behind us."}]),
     "receptionistconfig", "faq", "Behind us."),
    ("/settings/booking/", {"min_notice_minutes": "120", "max_days_ahead": "30",
                            "notes": "Bring your X-rays."},
     "receptionistconfig", "booking_rules", "Bring your X-rays."),
    ("/settings/transfer/", {"transfer_number": "(415) 555-0199",
                             "transfer_outside_hours": "on"},
     "receptionistconfig", "transfer_number", "+14155550199"),
    ("/settings/voice/", {"action": "voice", "voice": "kokoro:jm_kumo"},
     "receptionistconfig", "voice_id", "jm_kumo"),
    ("/settings/hours/", _week(mon=("08:00", "12:00")), "tenant", "business_hours", "08:00"),
]


@pytest.mark.parametrize("path, data, model, field, new", SETTINGS_PAGES,
                         ids=[p[0].strip("/").split("/")[-1] for p in SETTINGS_PAGES])
def test_each_settings_change_is_in_the_business_log_with_who_what_when_and_where(
        dental_client, path, data, model, field, new):
    started = timezone.now()
    response = dental_client.post(path, data, **WHERE)
    assert response.status_code == 302, response.content.decode()[:2000]
    [entry] = entries("t_dental", kind="settings", content_type__model=model,
                      timestamp__gte=started)
    assert entry.event == "updated"
    old_value, new_value = entry.changes[field]
    assert new in new_value and old_value != new_value
    assert (entry.actor_label, entry.actor_id) == (DENTAL_OWNER, _owner().pk)
    _assert_where(entry)
    assert started <= entry.timestamp <= timezone.now()
    # in this business's schema only
    for schema in ("public", "t_law"):
        assert not entries(schema, kind="settings", timestamp__gte=started)


# --- phone numbers --------------------------------------------------------------------------
def test_an_owner_claiming_a_number_is_in_their_log(dental_client):
    started = timezone.now()
    pooled = PhoneNumberFactory()
    response = dental_client.post("/settings/number/claim/", **WHERE)
    assert response.status_code == 302
    assert PhoneNumber.objects.get(pk=pooled.pk).tenant.schema_name == "t_dental"
    [entry] = entries("t_dental", kind="phone_number", timestamp__gte=started)
    assert (entry.event, entry.object_repr) == ("updated", pooled.e164)
    assert entry.changes["tenant"][1] == "Fleet Dental (t_dental)"
    assert entry.actor_label == DENTAL_OWNER
    _assert_where(entry)
    # the number was added to the pool by the system: a staff-wide entry
    [added] = entries("public", kind="phone_number", object_pk=str(pooled.pk))
    assert (added.event, added.actor_label) == ("created", "system")


def test_staff_assigning_and_releasing_a_number_is_staff_wide_and_in_the_business_log(
        staff_client, fleet):
    response = staff_client.post("/admin/tenants/phonenumber/add/", {
        "e164": "(510) 555-0166", "tenant": fleet["t_vet"].pk, "label": "main"}, **STAFF_WHERE)
    assert response.status_code == 302
    number = PhoneNumber.objects.get(e164="+15105550166")
    response = staff_client.post(f"/admin/tenants/phonenumber/{number.pk}/change/", {
        "e164": "+15105550166", "tenant": "", "label": "main"}, **STAFF_WHERE)
    assert response.status_code == 302
    assert PhoneNumber.objects.get(pk=number.pk).tenant is None

    public = entries("public", kind="phone_number", object_pk=str(number.pk))
    assert [e.event for e in public] == ["created", "updated"]
    assert public[1].changes["tenant"] == ["Fleet Vet (t_vet)", "None"]
    for entry in public:
        assert entry.actor_label == "staff: staff" and entry.actor is not None
        _assert_where(entry, STAFF_WHERE)
    # the business sees its number come and go, named by the staff member (not linked: staff
    # users are not its users)
    vet = entries("t_vet", kind="phone_number", object_pk=str(number.pk))
    assert [(e.event, e.actor_label, e.actor_id) for e in vet] == [
        ("created", "staff: staff", None), ("updated", "staff: staff", None)]
    assert vet[1].changes["tenant"] == ["Fleet Vet (t_vet)", "None"]
    _assert_where(vet[1], STAFF_WHERE)
    assert not entries("t_law", kind="phone_number", object_pk=str(number.pk))


def test_a_pooled_number_is_a_staff_wide_entry_only(fleet):
    number = phone_number_pool_add(number="+1 510 555 0177")
    [entry] = entries("public", kind="phone_number", object_pk=str(number.pk))
    assert (entry.event, entry.actor_label, entry.remote_addr) == ("created", "system", None)
    for schema in fleet:
        assert not entries(schema, kind="phone_number", object_pk=str(number.pk))


# --- subscriptions and plans ----------------------------------------------------------------
def test_staff_suspending_a_business_is_a_subscription_entry_in_public_and_its_log(
        staff_client, fleet):
    started = timezone.now()
    response = staff_client.post("/admin/tenants/tenant/", {
        "action": "suspend", "_selected_action": [fleet["t_salon"].pk]}, **STAFF_WHERE)
    assert response.status_code == 302
    for schema in ("public", "t_salon"):
        [entry] = entries(schema, kind="subscription", timestamp__gte=started)
        assert entry.changes["subscription_status"] == ["active", "suspended"]
        assert entry.actor_label == "staff: staff"
        assert entry.object_repr == "Fleet Salon (t_salon)"
        _assert_where(entry, STAFF_WHERE)
    assert not entries("t_dental", kind="subscription", timestamp__gte=started)


def test_a_plan_changed_by_the_system_says_so(fleet):
    started = timezone.now()
    tenant_subscription_set(tenant=Tenant.objects.get(schema_name="t_vet"), status="active",
                            plan="pro")
    for schema in ("public", "t_vet"):
        [entry] = entries(schema, kind="subscription", timestamp__gte=started)
        assert entry.changes["plan"] == ["starter", "pro"]
        assert (entry.actor_label, entry.remote_addr) == ("system", None)


# --- logins ---------------------------------------------------------------------------------
def _set_password(schema: str, password: str) -> None:
    with schema_context(schema):
        owner = get_user_model().objects.get(username=owner_email(schema))
        owner.set_password(password)
        owner.save()


def test_a_login_is_recorded_in_the_business_schema(anonymous_dental):
    _set_password("t_dental", OWNER_PASSWORD)
    started = timezone.now()
    response = anonymous_dental.post("/accounts/login/", {
        "username": DENTAL_OWNER, "password": OWNER_PASSWORD}, **WHERE)
    assert response.status_code == 302
    [entry] = entries("t_dental", kind="login", timestamp__gte=started)
    assert (entry.event, entry.object_repr) == ("login_succeeded", DENTAL_OWNER)
    assert (entry.actor_label, entry.actor_id) == (DENTAL_OWNER, _owner().pk)
    _assert_where(entry)
    assert not entries("public", kind="login", timestamp__gte=started)


def test_a_failed_login_names_the_login_typed_and_never_the_password(anonymous_dental):
    _set_password("t_dental", OWNER_PASSWORD)
    started = timezone.now()
    response = anonymous_dental.post("/accounts/login/", {
        "username": DENTAL_OWNER, "password": "guess-Hunter2-guess"}, **WHERE)
    assert response.status_code == 200
    [entry] = entries("t_dental", kind="login", timestamp__gte=started)
    assert (entry.event, entry.object_repr, entry.actor_label) == (
        "login_failed", DENTAL_OWNER, "anonymous")
    _assert_where(entry)
    assert "Hunter2" not in dumped(entry)


def test_a_lockout_is_recorded(anonymous_dental, settings):
    settings.AXES_FAILURE_LIMIT = 2
    _set_password("t_dental", OWNER_PASSWORD)
    started = timezone.now()
    for _ in range(3):
        anonymous_dental.post("/accounts/login/", {
            "username": DENTAL_OWNER, "password": "wrong-password"}, **WHERE)
    response = anonymous_dental.post("/accounts/login/", {
        "username": DENTAL_OWNER, "password": OWNER_PASSWORD}, **WHERE)
    assert "Too many failed attempts" in response.content.decode()
    events = [e.event for e in entries("t_dental", kind="login", timestamp__gte=started)]
    assert events[0] == "login_failed"
    assert events[-1] == "locked_out" and "login_succeeded" not in events


def test_a_logout_is_recorded(dental_client):
    started = timezone.now()
    response = dental_client.post("/accounts/logout/", **WHERE)
    assert response.status_code == 302
    [entry] = entries("t_dental", kind="login", timestamp__gte=started)
    assert (entry.event, entry.actor_label) == ("logged_out", DENTAL_OWNER)
    _assert_where(entry)


def test_a_password_reset_is_recorded_and_the_new_password_never_written(anonymous_dental):
    started = timezone.now()
    response = anonymous_dental.post("/accounts/password_reset/", {"email": DENTAL_OWNER},
                                     **WHERE)
    assert response.status_code == 302
    link = re.search(r"http://[^/]+(/accounts/reset/\S+/)", mail.outbox[-1].body).group(1)
    form_url = anonymous_dental.get(link, **WHERE)["Location"]
    new_password = "brand-new-Secret-42"
    response = anonymous_dental.post(form_url, {"new_password1": new_password,
                                                "new_password2": new_password}, **WHERE)
    assert response.status_code == 302
    found = entries("t_dental", kind="login", timestamp__gte=started)
    assert [e.event for e in found] == ["password_reset_requested", "password_changed",
                                        "login_succeeded"]
    requested, changed, _ = found
    assert requested.object_repr == DENTAL_OWNER and requested.actor_label == "anonymous"
    assert changed.changes["password"] == [SECRET_MASK, SECRET_MASK]
    for entry in found:
        _assert_where(entry)
        assert new_password not in dumped(entry)
        assert not holds_part_of(dumped(entry), _owner().password)
        assert "pbkdf2" not in dumped(entry)


def test_a_password_change_is_masked(dental_client):
    started = timezone.now()
    response = dental_client.post("/accounts/password_change/", {
        "old_password": OWNER_PASSWORD, "new_password1": "changed-Secret-77",
        "new_password2": "changed-Secret-77"}, **WHERE)
    assert response.status_code == 302
    [entry] = entries("t_dental", kind="login", event="password_changed",
                      timestamp__gte=started)
    assert entry.actor_label == DENTAL_OWNER
    assert entry.changes == {"password": [SECRET_MASK, SECRET_MASK]}
    assert "changed-Secret-77" not in dumped(entry) and "pbkdf2" not in dumped(entry)
    assert not holds_part_of(dumped(entry), _owner().password)


def test_a_staff_login_is_a_staff_wide_entry(staff_client):
    client = Client()
    started = timezone.now()
    response = client.post("/admin/login/?next=/admin/", {
        "username": "staff", "password": STAFF_PASSWORD}, **STAFF_WHERE)
    assert response.status_code == 302
    [entry] = entries("public", kind="login", timestamp__gte=started)
    assert (entry.event, entry.actor_label) == ("login_succeeded", "staff: staff")
    _assert_where(entry, STAFF_WHERE)


# --- voice clones ---------------------------------------------------------------------------
def test_a_voice_sample_upload_the_clone_and_its_deletion_are_recorded(
        dental_client, cartesia, eager_celery, django_capture_on_commit_callbacks):
    started = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        response = dental_client.post("/settings/voice/", {
            "action": "clone", "name": "Ann's voice",
            "sample": _upload(wav_bytes(5.0))}, **WHERE)
    assert response.status_code == 302
    found = entries("t_dental", kind="voice_clone", timestamp__gte=started)
    uploaded, *progress = found
    assert (uploaded.event, uploaded.actor_label) == ("created", DENTAL_OWNER)
    assert uploaded.changes["name"][1] == "Ann's voice"
    assert "sample_encrypted" not in uploaded.changes  # the recording is never copied
    _assert_where(uploaded)
    made = progress[-1]
    assert made.changes["status"][1] == "succeeded" and made.actor_label == "system"
    voice = cartesia.clones[0].voice_id
    [switched] = entries("t_dental", kind="settings", timestamp__gte=started)
    assert switched.changes["voice_id"][1] == voice

    with schema_context("t_dental"):
        VoiceCloneJob.objects.get().delete()
    [deleted] = entries("t_dental", kind="voice_clone", event="deleted")
    assert deleted.object_repr == 'Voice clone "Ann\'s voice" (succeeded)'


def _upload(data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("sample.wav", data, content_type="audio/wav")


# --- exports --------------------------------------------------------------------------------
def test_an_export_is_recorded_with_who_and_where(fleet, rf):
    """The portal offers no export yet; this is the one call an export view makes."""
    request = rf.get("/calls/export/", **WHERE)
    request.tenant, request.user = fleet["t_dental"], _owner()
    with schema_context("t_dental"):
        audit_export_record(what="calls (CSV)", rows=12, request=request)
    [entry] = entries("t_dental", kind="export")
    assert (entry.event, entry.object_repr, entry.additional_data) == (
        "exported", "calls (CSV)", {"rows": 12})
    assert (entry.actor_label, entry.actor_id) == (DENTAL_OWNER, _owner().pk)
    _assert_where(entry)


# --- team -----------------------------------------------------------------------------------
def test_a_colleague_is_a_team_entry_and_their_actions_show_under_their_own_name(fleet):
    from team.services import team_owner_add

    started = timezone.now()
    with schema_context("t_dental"):
        colleague = get_user_model().objects.create_user(
            "desk@t-dental.example", email="desk@t-dental.example", password="desk-Secret-99")
        team_owner_add(user=colleague)  # the settings page is the owners'
    added, role = sorted(entries("t_dental", kind="team", timestamp__gte=started),
                         key=lambda entry: entry.timestamp)
    assert (added.event, added.object_repr) == ("created", "desk@t-dental.example")
    assert role.event == "created" and role.changes["role"][-1] == "owner"
    assert set(added.changes["password"]) == {SECRET_MASK}
    assert "desk-Secret-99" not in dumped(added) and "pbkdf2" not in dumped(added)
    assert not holds_part_of(dumped(added), colleague.password)

    client = Client(HTTP_HOST=tenant_host("t_dental"))
    response = client.post("/accounts/login/", {"username": "desk@t-dental.example",
                                                "password": "desk-Secret-99"}, **WHERE)
    assert response.status_code == 302
    client.post("/settings/greeting/", {"greeting": "Colleague hello {business_name}"},
                **WHERE)
    [change] = entries("t_dental", kind="settings", timestamp__gte=started)
    assert (change.actor_label, change.actor_id) == ("desk@t-dental.example", colleague.pk)


def test_an_entry_outside_any_request_is_the_systems(fleet):
    started = timezone.now() - timedelta(seconds=1)
    with schema_context("t_law"):
        from frontdesk.services import receptionist_config_update

        receptionist_config_update(address="1 Audit Street")
    [entry] = entries("t_law", kind="settings", timestamp__gte=started)
    assert (entry.actor_label, entry.actor_id, entry.remote_addr, entry.user_agent) == (
        "system", None, None, "")


def test_a_role_change_is_a_team_entry_with_the_old_and_new_role(fleet):
    from team.services import team_member_role_set, team_owner_add

    with schema_context("t_law"):
        colleague = get_user_model().objects.create_user(
            "desk@t-law.example", email="desk@t-law.example", password="desk-Secret-99")
        team_owner_add(user=colleague)
        started = timezone.now()
        team_member_role_set(user_id=colleague.pk, role="front_desk")
    [change] = entries("t_law", kind="team", timestamp__gte=started)
    assert change.changes["role"] == ["owner", "front_desk"]
