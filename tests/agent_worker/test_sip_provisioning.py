"""`manage.py provision_sip` against a local server speaking LiveKit's Twirp SIP API.

The real livekit-api client does the talking (protobuf over HTTP, JWT-signed); nothing in the SDK
is patched. Each test starts from a world where no number is assigned, then gives numbers to the
session's fleet of businesses inside the test's rolled-back transaction.
"""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.request

import pytest
from django.core.management import CommandError, call_command
from livekit import api

from agent_worker import sip
from agent_worker.sip import LiveKitConfig, RuleCreate, TrunkCreate, sip_provision
from tenants.models import PhoneNumber, Tenant
from tenants.services import phone_number_assign, phone_number_release, tenant_subscription_set
from tests.agent_worker.livekit_server import LiveKitSIPServer, serve_in_thread

pytestmark = pytest.mark.django_db

TRUNK = "receptionist-inbound"
DENTAL, LAW, VET = "+14155550101", "+14155550102", "+14155550103"


@pytest.fixture
def livekit(settings):
    server = LiveKitSIPServer()
    with serve_in_thread(server):
        settings.LIVEKIT_URL = server.url
        settings.LIVEKIT_API_KEY = server.api_key
        settings.LIVEKIT_API_SECRET = server.api_secret
        settings.LIVEKIT_AGENT_NAME = "receptionist"
        settings.LIVEKIT_SIP_TRUNK_NAME = TRUNK
        yield server


@pytest.fixture
def give(fleet):
    """Assign a number to a fleet business, in a world where no other number is assigned."""
    PhoneNumber.objects.filter(tenant__isnull=False).update(tenant=None)

    def assign(e164: str, schema_name: str) -> None:
        phone_number_assign(number=e164, tenant=fleet[schema_name])

    return assign


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("provision_sip", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def rules_by_number(server: LiveKitSIPServer) -> dict[str, api.SIPDispatchRuleInfo]:
    ours = [r for r in server.rules.values() if r.name.startswith(f"{TRUNK}:")]
    assert all(len(r.numbers) == 1 for r in ours)
    return {r.numbers[0]: r for r in ours}


def test_it_plans_one_trunk_and_one_rule_per_assigned_number_on_an_empty_server(livekit, give,
                                                                                fleet):
    give(DENTAL, "t_dental")
    give(LAW, "t_law")
    PhoneNumber.objects.create(e164="+14155550199")  # in the pool: nobody's

    plan = sip_provision(dry_run=True).plan

    assert plan.actions == (TrunkCreate(name=TRUNK, numbers=(DENTAL, LAW),
                                        allowed_addresses=tuple(TWILIO_SIGNALLING)),
                            RuleCreate(route=sip.NumberRoute(DENTAL, "t_dental")),
                            RuleCreate(route=sip.NumberRoute(LAW, "t_law")))
    assert "+ create dispatch rule for +14155550101 -> t_dental" in plan.describe()


def test_it_creates_rules_that_filter_on_the_dialled_number_only(livekit, give):
    give(DENTAL, "t_dental")
    give(LAW, "t_law")

    sip_provision()

    [trunk] = livekit.trunks.values()
    assert (trunk.name, sorted(trunk.numbers)) == (TRUNK, [DENTAL, LAW])
    rules = rules_by_number(livekit)
    assert set(rules) == {DENTAL, LAW}
    rule = rules[DENTAL]
    assert list(rule.numbers) == [DENTAL]  # the dialled number...
    assert list(rule.inbound_numbers) == []  # ...and no filter on who calls
    assert list(rule.trunk_ids) == [trunk.sip_trunk_id]
    assert rule.rule.WhichOneof("rule") == "dispatch_rule_individual"
    assert rule.rule.dispatch_rule_individual.room_prefix == "call-"
    [agent] = rule.room_config.agents
    assert agent.agent_name == "receptionist"
    assert json.loads(agent.metadata) == {"dialled_number": DENTAL, "tenant_schema": "t_dental"}


def test_the_client_is_authenticated_and_speaks_protobuf(livekit, give):
    give(DENTAL, "t_dental")

    sip_provision()

    assert {s.content_type for s in livekit.served} == {"application/protobuf"}
    assert [s.method for s in livekit.mutations()] == ["CreateSIPInboundTrunk",
                                                       "CreateSIPDispatchRule"]


def test_a_second_apply_plans_nothing_and_changes_nothing(livekit, give):
    give(DENTAL, "t_dental")
    give(LAW, "t_law")
    first = sip_provision()
    mutations = len(livekit.mutations())

    second = sip_provision()

    assert len(first.applied) == 3
    assert not second.plan and second.applied == ()
    assert len(livekit.mutations()) == mutations
    assert "Nothing to change" in second.plan.describe()


def test_listing_follows_pages(livekit, give, monkeypatch):
    monkeypatch.setattr(sip, "PAGE_SIZE", 2)
    for i in range(5):
        give(f"+1415555020{i}", "t_dental")
    sip_provision()
    before = len(livekit.served)

    again = sip_provision()

    assert len(rules_by_number(livekit)) == 5
    assert not again.plan
    pages = [s.request.page for s in livekit.served[before:] if s.method == "ListSIPDispatchRule"]
    ids = sorted(livekit.rules)
    assert [(p.after_id, p.limit) for p in pages] == [("", 2), (ids[1], 2), (ids[3], 2)]


def test_a_released_number_loses_its_rule_and_leaves_the_trunk(livekit, give):
    give(DENTAL, "t_dental")
    give(LAW, "t_law")
    sip_provision()
    law_rule = rules_by_number(livekit)[LAW].sip_dispatch_rule_id

    phone_number_release(number=LAW)
    result = sip_provision()

    assert set(rules_by_number(livekit)) == {DENTAL}
    assert law_rule not in livekit.rules
    [trunk] = livekit.trunks.values()
    assert list(trunk.numbers) == [DENTAL]
    assert any(line.startswith(f"deleted dispatch rule {law_rule}") for line in result.applied)
    assert not sip_provision().plan


def test_a_suspended_business_keeps_its_rules_so_callers_hear_the_refusal(livekit, give, fleet):
    """The router, not LiveKit, turns these calls away: politely, and logged for billing."""
    give(DENTAL, "t_dental")
    give(LAW, "t_law")
    give(VET, "t_law")
    sip_provision()

    tenant_subscription_set(tenant=fleet["t_law"], status=Tenant.SubscriptionStatus.SUSPENDED)
    assert not sip_provision().plan
    assert set(rules_by_number(livekit)) == {DENTAL, LAW, VET}


def test_a_number_moved_to_another_business_keeps_its_rule_with_new_metadata(livekit, give,
                                                                               fleet):
    give(DENTAL, "t_dental")
    sip_provision()
    rule_id = rules_by_number(livekit)[DENTAL].sip_dispatch_rule_id

    phone_number_release(number=DENTAL)
    give(DENTAL, "t_salon")
    plan = sip_provision(dry_run=True).plan
    sip_provision()

    assert [a.describe() for a in plan.actions] == [
        f"~ update dispatch rule {rule_id} for {DENTAL} -> t_salon (room_config changed)"]
    rule = rules_by_number(livekit)[DENTAL]
    assert rule.sip_dispatch_rule_id == rule_id
    assert json.loads(rule.room_config.agents[0].metadata)["tenant_schema"] == "t_salon"


def test_an_update_keeps_what_the_operator_tuned_on_our_rule(livekit, give):
    give(DENTAL, "t_dental")
    sip_provision()
    rule = rules_by_number(livekit)[DENTAL]
    rule.krisp_enabled = True  # tuned in the LiveKit dashboard
    rule.inbound_numbers.append("+15550000000")  # ...and a filter we do not want
    livekit.rules[rule.sip_dispatch_rule_id] = rule

    sip_provision()

    rule = rules_by_number(livekit)[DENTAL]
    assert rule.krisp_enabled is True
    assert list(rule.inbound_numbers) == []


def test_a_duplicate_of_our_rule_is_removed_and_one_rule_remains(livekit, give):
    give(DENTAL, "t_dental")
    sip_provision()
    [trunk_id] = livekit.trunks
    livekit.add_rule(api.SIPDispatchRuleInfo(  # left behind by a run against an older trunk
        name=f"{TRUNK}:{DENTAL}", trunk_ids=["ST_deletedlongago"], numbers=[DENTAL],
        rule=api.SIPDispatchRule(dispatch_rule_individual=api.SIPDispatchRuleIndividual())))

    result = sip_provision()

    [rule] = livekit.rules.values()
    assert list(rule.trunk_ids) == [trunk_id] and list(rule.numbers) == [DENTAL]
    assert any("duplicate rule for" in line for line in result.applied)
    assert not sip_provision().plan


def test_rules_we_did_not_create_are_never_touched(livekit, give):
    give(DENTAL, "t_dental")
    give(LAW, "t_law")
    sip_provision()
    [trunk_id] = livekit.trunks
    other_trunk = livekit.add_trunk(api.SIPInboundTrunkInfo(name="sales", numbers=["+12125550100"]))
    foreign = [
        livekit.add_rule(api.SIPDispatchRuleInfo(
            name="sales line", trunk_ids=[other_trunk.sip_trunk_id], numbers=["+12125550100"],
            rule=api.SIPDispatchRule(dispatch_rule_direct=api.SIPDispatchRuleDirect(
                room_name="sales")))),
        livekit.add_rule(api.SIPDispatchRuleInfo(
            name="vip callers", trunk_ids=[trunk_id], inbound_numbers=["+13105550100"],
            rule=api.SIPDispatchRule(dispatch_rule_individual=api.SIPDispatchRuleIndividual(
                room_prefix="vip-")))),
    ]
    snapshot = {r.sip_dispatch_rule_id: r.SerializeToString() for r in foreign}

    phone_number_release(number=DENTAL)
    phone_number_release(number=LAW)
    result = sip_provision()

    assert rules_by_number(livekit) == {}
    assert {i: livekit.rules[i].SerializeToString() for i in snapshot} == snapshot
    touched = " ".join(result.applied) + " ".join(str(s.request) for s in livekit.mutations())
    assert not any(rule_id in touched for rule_id in snapshot)
    assert other_trunk.sip_trunk_id not in touched
    assert result.plan.foreign_rules == 2


def test_a_foreign_rule_that_shadows_our_number_is_reported(livekit, give):
    give(DENTAL, "t_dental")
    sip_provision()
    [trunk_id] = livekit.trunks
    shadow = livekit.add_rule(api.SIPDispatchRuleInfo(
        name="old setup", trunk_ids=[trunk_id], numbers=[DENTAL], inbound_numbers=["+1310"],
        rule=api.SIPDispatchRule(dispatch_rule_direct=api.SIPDispatchRuleDirect(room_name="x"))))

    plan = sip_provision(dry_run=True).plan

    assert not plan.actions
    assert any(shadow.sip_dispatch_rule_id in w for w in plan.warnings)


def test_a_configured_trunk_id_is_used_and_never_modified(livekit, give, settings):
    trunk = livekit.add_trunk(api.SIPInboundTrunkInfo(name="twilio", allowed_addresses=["1.2.3.4"]))
    settings.LIVEKIT_SIP_TRUNK_ID = trunk.sip_trunk_id
    give(DENTAL, "t_dental")

    sip_provision()

    assert livekit.trunks == {trunk.sip_trunk_id: trunk}
    assert list(rules_by_number(livekit)[DENTAL].trunk_ids) == [trunk.sip_trunk_id]
    assert [s.method for s in livekit.mutations()] == ["CreateSIPDispatchRule"]


def test_two_trunks_with_our_name_are_a_one_line_error_not_a_guess(livekit, give):
    first = livekit.add_trunk(api.SIPInboundTrunkInfo(name=TRUNK, numbers=[DENTAL]))
    second = livekit.add_trunk(api.SIPInboundTrunkInfo(name=TRUNK, numbers=[LAW]))
    give(DENTAL, "t_dental")

    with pytest.raises(CommandError) as failure:
        run()

    assert f"2 inbound trunks are named '{TRUNK}'" in str(failure.value)
    assert first.sip_trunk_id in str(failure.value) and second.sip_trunk_id in str(failure.value)
    assert livekit.mutations() == []


def test_with_no_numbers_to_route_nothing_is_created(livekit, give):
    out = run("--dry-run")

    assert "(none yet); 0 number(s) to route" in out and "Nothing to change" in out


def test_dry_run_changes_nothing_and_prints_the_plan(livekit, give):
    give(DENTAL, "t_dental")

    out = run("--dry-run")

    assert livekit.trunks == {} and livekit.rules == {}
    assert livekit.mutations() == []
    assert f"+ create inbound trunk '{TRUNK}' with 1 number(s): {DENTAL}" in out
    assert f"+ create dispatch rule for {DENTAL} -> t_dental" in out
    assert "Dry run: nothing was changed" in out


def test_the_command_applies_and_prints_what_it_did(livekit, give):
    give(DENTAL, "t_dental")

    out = run()

    [rule] = livekit.rules.values()
    assert f"created dispatch rule {rule.sip_dispatch_rule_id} for {DENTAL} -> t_dental" in out
    assert "2 change(s) applied" in out
    assert "Nothing to change" in run()


@pytest.mark.parametrize("missing", ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"])
def test_missing_livekit_settings_are_a_one_line_command_error(livekit, give, settings, missing):
    give(DENTAL, "t_dental")
    setattr(settings, missing, "")

    with pytest.raises(CommandError) as failure:
        run()

    assert missing in str(failure.value) and "\n" not in str(failure.value)
    assert livekit.requests == []


def test_a_server_error_is_a_one_line_command_error(livekit, give):
    give(DENTAL, "t_dental")
    livekit.fail(status=500, code="internal", msg="database is on fire\nstack trace here")

    with pytest.raises(CommandError) as failure:
        run()

    message = str(failure.value)
    assert "\n" not in message
    assert "500 internal: database is on fire" in message
    assert livekit.trunks == {} and livekit.rules == {}


def test_a_failure_half_way_says_how_far_it_got_and_a_rerun_finishes(livekit, give):
    give(DENTAL, "t_dental")
    sip_provision()
    [trunk_id] = livekit.trunks
    clash = livekit.add_rule(api.SIPDispatchRuleInfo(  # LiveKit will refuse our rule for VET
        name="old setup", trunk_ids=[trunk_id], numbers=[VET],
        rule=api.SIPDispatchRule(dispatch_rule_direct=api.SIPDispatchRuleDirect(room_name="x"))))
    give(LAW, "t_law")
    give(VET, "t_vet")

    with pytest.raises(CommandError) as failure:
        run()

    assert "400 invalid_argument: conflicting SIP dispatch rules" in str(failure.value)
    assert "(after 2 of 3 change(s); run again to finish)" in str(failure.value)
    assert set(rules_by_number(livekit)) == {DENTAL, LAW}
    del livekit.rules[clash.sip_dispatch_rule_id]
    assert "1 change(s) applied" in run()
    assert set(rules_by_number(livekit)) == {DENTAL, LAW, VET}


def test_a_wrong_secret_is_refused_with_401_and_a_command_error(livekit, give, settings):
    give(DENTAL, "t_dental")
    settings.LIVEKIT_API_SECRET = "not-the-secret-" + "y" * 32

    with pytest.raises(CommandError) as failure:
        run()

    assert livekit.statuses == [401]
    assert "401 unauthenticated" in str(failure.value)
    assert "check LIVEKIT_API_KEY and LIVEKIT_API_SECRET" in str(failure.value)
    assert "\n" not in str(failure.value)


def test_an_unreachable_server_is_a_one_line_command_error(give, settings):
    give(DENTAL, "t_dental")
    settings.LIVEKIT_URL, settings.LIVEKIT_API_KEY, settings.LIVEKIT_API_SECRET = (
        "http://127.0.0.1:9", "key", "s" * 32)

    with pytest.raises(CommandError, match=r"^could not reach LiveKit at http://127.0.0.1:9: "):
        run()


def test_the_config_names_our_rules_by_trunk_so_two_deployments_can_share_a_project():
    staging = LiveKitConfig(url="http://x", api_key="k", api_secret="s", trunk_name="staging")
    route = sip.NumberRoute("+14155550101", "t_dental")

    assert route.rule_name(staging) == "staging:+14155550101"


# --- who may send calls to the trunk (issue 16, finding 12) -------------------------------------
# Twilio Elastic SIP Trunking's signalling gateways, all edges, as Twilio publishes them
TWILIO_SIGNALLING = ["54.172.60.0/30", "54.244.51.0/30", "54.171.127.192/30", "35.156.191.128/30",
                     "54.65.63.192/30", "54.169.127.128/30", "54.252.254.64/30",
                     "177.71.206.192/30"]


def received(server: LiveKitSIPServer, method: str) -> list:
    return [s.request for s in server.served if s.method == method]


def test_by_default_the_trunk_takes_calls_only_from_twilios_signalling_addresses(livekit, give):
    give(DENTAL, "t_dental")

    sip_provision()

    [create] = received(livekit, "CreateSIPInboundTrunk")
    assert sorted(create.trunk.allowed_addresses) == sorted(TWILIO_SIGNALLING)
    [trunk] = livekit.trunks.values()
    assert sorted(trunk.allowed_addresses) == sorted(TWILIO_SIGNALLING)
    assert not sip_provision().plan


def test_the_allowed_addresses_and_digest_auth_come_from_settings(livekit, give, settings):
    settings.LIVEKIT_SIP_ALLOWED_ADDRESSES = ["203.0.113.0/24", "198.51.100.7"]
    settings.LIVEKIT_SIP_AUTH_USERNAME = "carrier"
    settings.LIVEKIT_SIP_AUTH_PASSWORD = "s3cret-digest"
    give(DENTAL, "t_dental")

    out = run("--dry-run")
    sip_provision()

    [create] = received(livekit, "CreateSIPInboundTrunk")
    assert list(create.trunk.allowed_addresses) == ["203.0.113.0/24", "198.51.100.7"]
    assert (create.trunk.auth_username, create.trunk.auth_password) == ("carrier", "s3cret-digest")
    assert "calls only from 203.0.113.0/24, 198.51.100.7" in out
    assert "digest auth as 'carrier'" in out and "s3cret-digest" not in out


def test_an_open_trunk_from_before_is_restricted_on_the_next_run(livekit, give, settings):
    livekit.add_trunk(api.SIPInboundTrunkInfo(name=TRUNK, numbers=[DENTAL]))  # open to anyone
    settings.LIVEKIT_SIP_AUTH_USERNAME, settings.LIVEKIT_SIP_AUTH_PASSWORD = "carrier", "pw-1"
    give(DENTAL, "t_dental")

    result = sip_provision()

    [update] = received(livekit, "UpdateSIPInboundTrunk")
    assert sorted(update.update.allowed_addresses.set) == sorted(TWILIO_SIGNALLING)
    assert (update.update.auth_username, update.update.auth_password) == ("carrier", "pw-1")
    assert not update.update.HasField("numbers")  # the numbers were right already
    [trunk] = livekit.trunks.values()
    assert sorted(trunk.allowed_addresses) == sorted(TWILIO_SIGNALLING)
    assert any("calls only from" in line for line in result.applied)
    assert not sip_provision().plan


def test_a_new_digest_password_reaches_the_trunk(livekit, give, settings):
    settings.LIVEKIT_SIP_AUTH_USERNAME, settings.LIVEKIT_SIP_AUTH_PASSWORD = "carrier", "old"
    give(DENTAL, "t_dental")
    sip_provision()

    settings.LIVEKIT_SIP_AUTH_PASSWORD = "new"
    sip_provision()

    [trunk] = livekit.trunks.values()
    assert (trunk.auth_username, trunk.auth_password) == ("carrier", "new")


def test_an_empty_allowed_addresses_setting_is_refused_in_one_line(livekit, give, settings):
    settings.LIVEKIT_SIP_ALLOWED_ADDRESSES = []
    give(DENTAL, "t_dental")

    with pytest.raises(CommandError) as failure:
        run()

    message = str(failure.value)
    assert "\n" not in message
    assert "LIVEKIT_SIP_ALLOWED_ADDRESSES is empty" in message and "--allow-any-source" in message
    assert livekit.requests == []


def test_allow_any_source_is_the_explicit_way_to_an_open_trunk(livekit, give, settings):
    settings.LIVEKIT_SIP_ALLOWED_ADDRESSES = []
    give(DENTAL, "t_dental")

    out = run("--allow-any-source")

    [create] = received(livekit, "CreateSIPInboundTrunk")
    assert list(create.trunk.allowed_addresses) == []
    assert "2 change(s) applied" in out


@pytest.mark.parametrize(("name", "value", "says"), [
    ("LIVEKIT_SIP_ALLOWED_ADDRESSES", ["54.172.60.0/30", "54.172.60.0/33"],
     "'54.172.60.0/33' in LIVEKIT_SIP_ALLOWED_ADDRESSES is not an IP address or range"),
    ("LIVEKIT_SIP_AUTH_USERNAME", "carrier",
     "LIVEKIT_SIP_AUTH_USERNAME and LIVEKIT_SIP_AUTH_PASSWORD go together"),
    ("LIVEKIT_SIP_AUTH_PASSWORD", "pw",
     "LIVEKIT_SIP_AUTH_USERNAME and LIVEKIT_SIP_AUTH_PASSWORD go together"),
])
def test_a_bad_trunk_security_setting_is_a_one_line_error(livekit, give, settings, name, value,
                                                           says):
    setattr(settings, name, value)
    give(DENTAL, "t_dental")

    with pytest.raises(CommandError) as failure:
        run()

    assert says in str(failure.value) and "\n" not in str(failure.value)
    assert livekit.requests == []


def test_an_operators_trunk_open_to_anyone_is_reported_not_changed(livekit, give, settings):
    trunk = livekit.add_trunk(api.SIPInboundTrunkInfo(name="twilio"))
    settings.LIVEKIT_SIP_TRUNK_ID = trunk.sip_trunk_id
    give(DENTAL, "t_dental")

    result = sip_provision()

    assert any("accepts calls from any address" in w for w in result.plan.warnings)
    assert livekit.trunks == {trunk.sip_trunk_id: trunk}


# --- the fake server itself: what the client does not exercise ---------------------------------


def _post(server: LiveKitSIPServer, method: str, body: bytes, *, token: str,
          content_type: str = "application/json") -> tuple[int, dict]:
    request = urllib.request.Request(
        f"{server.url}/twirp/livekit.SIP/{method}", data=body, method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_fake_server_speaks_twirp_json_and_wants_the_sip_admin_grant():
    server = LiveKitSIPServer()
    admin = api.AccessToken(server.api_key, server.api_secret).with_sip_grants(
        api.SIPGrants(admin=True)).to_jwt()
    caller_only = api.AccessToken(server.api_key, server.api_secret).with_sip_grants(
        api.SIPGrants(call=True)).to_jwt()
    with serve_in_thread(server):
        created = _post(server, "CreateSIPInboundTrunk",
                        b'{"trunk": {"name": "t", "numbers": ["+14155550101"]}}', token=admin)
        listed = _post(server, "ListSIPInboundTrunk", b"{}", token=admin)
        refused = _post(server, "ListSIPInboundTrunk", b"{}", token=caller_only)
        unknown = _post(server, "Nope", b"{}", token=admin)

    assert created[0] == 200 and created[1]["sipTrunkId"].startswith("ST_")
    assert listed == (200, {"items": [created[1]]})
    assert refused == (403, {"code": "permission_denied",
                             "msg": "permissions denied: SIP admin grant required"})
    assert unknown[0] == 404 and unknown[1]["code"] == "bad_route"
