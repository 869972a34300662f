"""SIP provisioning: make LiveKit's inbound trunk and dispatch rules match the numbers we route.

The public schema is the source of truth (which number belongs to which business, and whether
that business may take calls); LiveKit only learns about it through this module. Provisioning is
declarative so it can run from cron or after every deploy: read what should exist, read what
does exist, compute a small plan of create/update/delete actions, and apply it. A second run
with nothing changed plans nothing.

Ownership is explicit: we touch only the trunk named `LIVEKIT_SIP_TRUNK_NAME` (or, when
`LIVEKIT_SIP_TRUNK_ID` is set, we use that operator-managed trunk and never modify it) and the
dispatch rules whose name starts with `<trunk name>:`. Anything else in the LiveKit project is
left alone, so one project can also serve other applications.

On a rule, `numbers` filters the number that was *dialled* and `inbound_numbers` the *caller*:
every rule we write filters on the dialled number only, so any caller reaches the business.

Who may *send* those calls is the trunk's business: our trunk accepts SIP only from
`LIVEKIT_SIP_ALLOWED_ADDRESSES` (by default the carrier's signalling ranges) and, for carriers
that answer it, asks for digest authentication. A trunk open to every address lets anyone on
the internet ring a business with any caller ID, so an empty list is refused unless the operator
says `--allow-any-source`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from django.conf import settings
from livekit import api

from receptionist.errors import ApplicationError
from tenants.models import PhoneNumber

ROOM_PREFIX = "call-"
# Page size for List* calls; a LiveKit project with many numbers answers in pages.
PAGE_SIZE = 100
# Compared (and, on update, replaced) on our rules; other fields are the operator's to tune.
MANAGED_RULE_FIELDS = (
    "name", "trunk_ids", "numbers", "inbound_numbers", "hide_phone_number", "rule",
    "room_config", "metadata", "attributes",
)
_NEW_TRUNK = "<new trunk>"  # stands in for the id of a trunk the plan is about to create

Progress = Callable[[str], None]


@dataclass(frozen=True)
class LiveKitConfig:
    """What provisioning needs from settings, checked up front so a typo fails before any call."""

    url: str
    api_key: str
    api_secret: str
    agent_name: str = "receptionist"
    trunk_name: str = "receptionist-inbound"
    trunk_id: str = ""
    # who may send calls to our trunk: IP addresses or CIDR ranges (empty: anyone) ...
    allowed_addresses: tuple[str, ...] = ()
    # ... and the digest credentials LiveKit asks of them (empty: none)
    auth_username: str = ""
    auth_password: str = field(default="", repr=False)

    @classmethod
    def from_settings(cls, *, allow_any_source: bool = False) -> LiveKitConfig:
        values = {name: str(getattr(settings, name, "") or "")
                  for name in ("LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET")}
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise ApplicationError(
                f"{', '.join(missing)} must be set to provision SIP: the server URL and an API "
                "key pair of your LiveKit project")
        trunk_id = getattr(settings, "LIVEKIT_SIP_TRUNK_ID", "") or ""
        addresses = _allowed_addresses(getattr(settings, "LIVEKIT_SIP_ALLOWED_ADDRESSES", ()))
        if not addresses and not allow_any_source and not trunk_id:
            raise ApplicationError(
                "LIVEKIT_SIP_ALLOWED_ADDRESSES is empty: the inbound trunk would take calls from "
                "any address on the internet; set it to your carrier's signalling ranges, or pass "
                "--allow-any-source to mean it")
        username = getattr(settings, "LIVEKIT_SIP_AUTH_USERNAME", "") or ""
        password = getattr(settings, "LIVEKIT_SIP_AUTH_PASSWORD", "") or ""
        if bool(username) != bool(password):
            raise ApplicationError(
                "LIVEKIT_SIP_AUTH_USERNAME and LIVEKIT_SIP_AUTH_PASSWORD go together: set both "
                "for digest authentication, or neither")
        return cls(
            url=values["LIVEKIT_URL"],
            api_key=values["LIVEKIT_API_KEY"],
            api_secret=values["LIVEKIT_API_SECRET"],
            agent_name=getattr(settings, "LIVEKIT_AGENT_NAME", "") or "receptionist",
            trunk_name=getattr(settings, "LIVEKIT_SIP_TRUNK_NAME", "") or "receptionist-inbound",
            trunk_id=trunk_id,
            allowed_addresses=addresses,
            auth_username=username,
            auth_password=password,
        )

    def describe_security(self) -> str:
        auth = f"digest auth as {self.auth_username!r}" if self.auth_username else "no digest auth"
        return f"{_sources(self.allowed_addresses)}; {auth}"

    @property
    def rule_prefix(self) -> str:
        """Names of the rules we own; per trunk name, so two deployments can share a project."""
        return f"{self.trunk_name}:"


def _sources(addresses: Sequence[str]) -> str:
    if addresses:
        return f"calls only from {', '.join(addresses)}"
    return "calls from any address (--allow-any-source)"


def _allowed_addresses(values: Iterable[str]) -> tuple[str, ...]:
    """The setting's entries, each checked to be an address or a range LiveKit can match."""
    addresses = tuple(str(value).strip() for value in values if str(value).strip())
    for address in addresses:
        try:
            ipaddress.ip_network(address, strict=False)
        except ValueError:
            raise ApplicationError(
                f"{address!r} in LIVEKIT_SIP_ALLOWED_ADDRESSES is not an IP address or range "
                "(like 54.172.60.0/30)") from None
    return addresses


@dataclass(frozen=True)
class NumberRoute:
    """One number that should ring a business: the desired state, one dispatch rule each."""

    e164: str
    schema_name: str

    def metadata(self) -> str:
        """Reaches the agent as `ctx.job.metadata`, so the worker can route before any DB read."""
        return json.dumps({"dialled_number": self.e164, "tenant_schema": self.schema_name},
                          sort_keys=True)

    def rule_name(self, config: LiveKitConfig) -> str:
        return f"{config.rule_prefix}{self.e164}"

    def rule_info(self, *, config: LiveKitConfig, trunk_id: str) -> api.SIPDispatchRuleInfo:
        return api.SIPDispatchRuleInfo(
            name=self.rule_name(config),
            trunk_ids=[trunk_id],
            numbers=[self.e164],  # the dialled number; no inbound_numbers: any caller gets through
            rule=api.SIPDispatchRule(
                dispatch_rule_individual=api.SIPDispatchRuleIndividual(room_prefix=ROOM_PREFIX)),
            room_config=api.RoomConfiguration(agents=[
                api.RoomAgentDispatch(agent_name=config.agent_name, metadata=self.metadata())]),
        )


# --- Plan objects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrunkCreate:
    name: str
    numbers: tuple[str, ...]
    allowed_addresses: tuple[str, ...] = ()
    auth_username: str = ""  # the password comes from the config when the plan is applied

    def describe(self) -> str:
        auth = f"; digest auth as {self.auth_username!r}" if self.auth_username else ""
        return (f"+ create inbound trunk {self.name!r} with {len(self.numbers)} number(s): "
                f"{', '.join(self.numbers)}; {_sources(self.allowed_addresses)}{auth}")


@dataclass(frozen=True)
class TrunkUpdate:
    """What differs on our trunk; a field left None is already right."""

    trunk_id: str
    name: str
    numbers: tuple[str, ...] | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    allowed_addresses: tuple[str, ...] | None = None
    auth_username: str | None = None  # with the config's password, when either changed

    def describe(self) -> str:
        changes = [f"add {', '.join(self.added)}" if self.added else "",
                   f"remove {', '.join(self.removed)}" if self.removed else ""]
        if self.allowed_addresses is not None:
            changes.append(_sources(self.allowed_addresses))
        if self.auth_username is not None:
            changes.append(f"digest auth as {self.auth_username!r}" if self.auth_username
                           else "no digest auth")
        return (f"~ update inbound trunk {self.name!r} ({self.trunk_id}): "
                f"{'; '.join(c for c in changes if c)}")


@dataclass(frozen=True)
class RuleCreate:
    route: NumberRoute

    def describe(self) -> str:
        return f"+ create dispatch rule for {self.route.e164} -> {self.route.schema_name}"


@dataclass(frozen=True)
class RuleUpdate:
    rule_id: str
    route: NumberRoute
    changed: tuple[str, ...]
    current: api.SIPDispatchRuleInfo = field(repr=False, compare=False)

    def describe(self) -> str:
        return (f"~ update dispatch rule {self.rule_id} for {self.route.e164} -> "
                f"{self.route.schema_name} ({', '.join(self.changed)} changed)")


@dataclass(frozen=True)
class RuleDelete:
    rule_id: str
    name: str
    reason: str

    def describe(self) -> str:
        return f"- delete dispatch rule {self.rule_id} {self.name!r}: {self.reason}"


Action = TrunkCreate | TrunkUpdate | RuleCreate | RuleUpdate | RuleDelete


@dataclass(frozen=True)
class SipPlan:
    """What it takes to make LiveKit match the database, in the order it is applied."""

    config: LiveKitConfig = field(repr=False)
    trunk_id: str | None  # None until the TrunkCreate in `actions` has run
    routes: tuple[NumberRoute, ...]
    actions: tuple[Action, ...]
    warnings: tuple[str, ...] = ()
    foreign_rules: int = 0

    def __bool__(self) -> bool:
        return bool(self.actions)

    def describe(self) -> str:
        pending = "to be created" if any(isinstance(a, TrunkCreate) for a in self.actions) else (
            "none yet")
        trunk = f"{self.config.trunk_name!r} ({self.trunk_id or pending})"
        if self.config.trunk_id:
            trunk = f"{self.trunk_id} (LIVEKIT_SIP_TRUNK_ID, not modified)"
        lines = [f"Inbound trunk {trunk}; {len(self.routes)} number(s) to route; "
                 f"{self.foreign_rules} dispatch rule(s) not ours, left alone."]
        if not self.config.trunk_id:
            lines.append(f"The trunk takes {self.config.describe_security()}.")
        if self.actions:
            lines.append(f"{len(self.actions)} change(s):")
            lines += [f"  {action.describe()}" for action in self.actions]
        else:
            lines.append("Nothing to change: LiveKit already matches.")
        lines += [f"  ! {warning}" for warning in self.warnings]
        return "\n".join(lines)


# --- Desired state (database, sync) --------------------------------------------------------------


def sip_routes_desired() -> tuple[NumberRoute, ...]:
    """Every number assigned to a business, whatever its subscription.

    A suspended or lapsed business keeps its rule on purpose: the design wants such calls
    answered by the router with a polite refusal and logged for billing, which only happens if
    LiveKit hands the call to a worker. Released (pooled) numbers get no rule.
    """
    phones = (PhoneNumber.objects.filter(tenant__isnull=False)
              .exclude(tenant__schema_name=settings.PUBLIC_SCHEMA_NAME)
              .select_related("tenant").order_by("e164"))
    return tuple(NumberRoute(e164=phone.e164, schema_name=phone.tenant.schema_name)
                 for phone in phones)


# --- Current state (LiveKit, async) --------------------------------------------------------------


async def _list_all(fetch: Callable[[api.Pagination], Awaitable[Any]], id_field: str) -> list:
    """Follow LiveKit's id-cursor pagination; stop if a server ignores the cursor."""
    items: list = []
    seen: set[str] = set()
    after = ""
    while True:
        page = await fetch(api.Pagination(after_id=after, limit=PAGE_SIZE))
        fresh = [item for item in page.items if getattr(item, id_field) not in seen]
        items += fresh
        seen.update(getattr(item, id_field) for item in fresh)
        if len(page.items) < PAGE_SIZE or not fresh:
            return items
        after = getattr(page.items[-1], id_field)


async def sip_trunks_list(lk: api.LiveKitAPI) -> list[api.SIPInboundTrunkInfo]:
    return await _list_all(
        lambda page: lk.sip.list_inbound_trunk(api.ListSIPInboundTrunkRequest(page=page)),
        "sip_trunk_id")


async def sip_rules_list(lk: api.LiveKitAPI) -> list[api.SIPDispatchRuleInfo]:
    return await _list_all(
        lambda page: lk.sip.list_dispatch_rule(api.ListSIPDispatchRuleRequest(page=page)),
        "sip_dispatch_rule_id")


def _our_trunk(trunks: Sequence[api.SIPInboundTrunkInfo], config: LiveKitConfig
               ) -> api.SIPInboundTrunkInfo | None:
    if config.trunk_id:
        for trunk in trunks:
            if trunk.sip_trunk_id == config.trunk_id:
                return trunk
        raise ApplicationError(
            f"LIVEKIT_SIP_TRUNK_ID={config.trunk_id} is not an inbound trunk of this LiveKit "
            "project")
    named = [t for t in trunks if t.name == config.trunk_name]
    if len(named) > 1:
        ids = ", ".join(t.sip_trunk_id for t in named)
        raise ApplicationError(
            f"{len(named)} inbound trunks are named {config.trunk_name!r} ({ids}): delete the "
            "extra ones or set LIVEKIT_SIP_TRUNK_ID to the one to use")
    return named[0] if named else None


# --- Plan (pure) ---------------------------------------------------------------------------------


def _managed_view(rule: api.SIPDispatchRuleInfo) -> dict[str, object]:
    return {name: getattr(rule, name) for name in MANAGED_RULE_FIELDS}


def _changed_fields(current: api.SIPDispatchRuleInfo, desired: api.SIPDispatchRuleInfo
                    ) -> tuple[str, ...]:
    have, want = _managed_view(current), _managed_view(desired)
    return tuple(name for name in MANAGED_RULE_FIELDS if have[name] != want[name])


def sip_plan_compute(*, config: LiveKitConfig, routes: Iterable[NumberRoute],
                     trunks: Sequence[api.SIPInboundTrunkInfo],
                     rules: Sequence[api.SIPDispatchRuleInfo]) -> SipPlan:
    """Diff desired against current. Deletes come before creates so LiveKit, which refuses two
    rules matching the same trunk and number, never sees a moment with both."""
    routes = tuple(sorted(routes, key=lambda r: r.e164))
    wanted = {route.e164: route for route in routes}
    trunk = _our_trunk(trunks, config)
    trunk_actions: list[Action] = []
    warnings: list[str] = []

    trunk_id = trunk.sip_trunk_id if trunk else None
    if config.trunk_id:
        # the operator's trunk: we route through it but never change it
        if trunk is not None and not trunk.allowed_addresses and not trunk.auth_username:
            warnings.append(f"trunk {trunk.sip_trunk_id} (LIVEKIT_SIP_TRUNK_ID) accepts calls "
                            "from any address: limit it to your carrier's signalling ranges")
    elif trunk is None:
        if routes:
            trunk_actions.append(TrunkCreate(
                name=config.trunk_name, numbers=tuple(wanted),
                allowed_addresses=config.allowed_addresses, auth_username=config.auth_username))
    else:
        update = _trunk_update(trunk, config=config, wanted=tuple(wanted))
        if update is not None:
            trunk_actions.append(update)
        if not routes and trunk.numbers:
            warnings.append(f"trunk {trunk.sip_trunk_id} keeps its numbers: an empty list would "
                            "make it accept calls to any number; with no rules they are refused")

    ours = sorted((r for r in rules if r.name.startswith(config.rule_prefix)),
                  key=lambda r: r.sip_dispatch_rule_id)
    foreign = [r for r in rules if not r.name.startswith(config.rule_prefix)]
    deletes: list[Action] = []
    updates: list[Action] = []
    kept: set[str] = set()
    for rule in ours:
        e164 = rule.name[len(config.rule_prefix):]
        route = wanted.get(e164)
        if route is None:
            deletes.append(RuleDelete(rule_id=rule.sip_dispatch_rule_id, name=rule.name,
                                      reason=f"{e164} is no longer routed to an active business"))
        elif e164 in kept:
            deletes.append(RuleDelete(rule_id=rule.sip_dispatch_rule_id, name=rule.name,
                                      reason=f"duplicate rule for {e164}"))
        else:
            kept.add(e164)
            desired = route.rule_info(config=config, trunk_id=trunk_id or _NEW_TRUNK)
            changed = _changed_fields(rule, desired)
            if changed:
                updates.append(RuleUpdate(rule_id=rule.sip_dispatch_rule_id, route=route,
                                          changed=changed, current=rule))
    creates: list[Action] = [RuleCreate(route=r) for r in routes if r.e164 not in kept]

    for rule in foreign:
        on_our_trunk = not rule.trunk_ids or (trunk_id is not None and trunk_id in rule.trunk_ids)
        overlap = sorted(set(rule.numbers) & set(wanted)) if rule.numbers else ["any number"]
        if on_our_trunk and overlap and routes:
            warnings.append(f"dispatch rule {rule.sip_dispatch_rule_id} {rule.name!r} is not ours "
                            f"but also matches calls to {', '.join(overlap)} on our trunk")

    return SipPlan(config=config, trunk_id=trunk_id, routes=routes,
                   actions=tuple(trunk_actions + deletes + updates + creates),
                   warnings=tuple(warnings), foreign_rules=len(foreign))


def _trunk_update(trunk: api.SIPInboundTrunkInfo, *, config: LiveKitConfig,
                  wanted: tuple[str, ...]) -> TrunkUpdate | None:
    """Our trunk's numbers, allowed addresses and digest credentials, where they differ.

    With no numbers to route the trunk keeps its own (an empty list would accept calls to any
    number). An empty address list (`--allow-any-source`) never widens a trunk that is already
    limited: opening a trunk is done in LiveKit, by hand, if it is ever meant."""
    have = set(trunk.numbers)
    numbers = wanted if wanted and have != set(wanted) else None
    addresses = (config.allowed_addresses if config.allowed_addresses
                 and set(trunk.allowed_addresses) != set(config.allowed_addresses) else None)
    auth_changed = (trunk.auth_username, trunk.auth_password) != (config.auth_username,
                                                                 config.auth_password)
    if numbers is None and addresses is None and not auth_changed:
        return None
    return TrunkUpdate(
        trunk_id=trunk.sip_trunk_id, name=trunk.name, numbers=numbers,
        added=tuple(sorted(set(numbers) - have)) if numbers else (),
        removed=tuple(sorted(have - set(numbers))) if numbers else (),
        allowed_addresses=addresses,
        auth_username=config.auth_username if auth_changed else None)


# --- Apply (async) -------------------------------------------------------------------------------


def _replacement(current: api.SIPDispatchRuleInfo, desired: api.SIPDispatchRuleInfo
                 ) -> api.SIPDispatchRuleInfo:
    """The full rule for a replace: our fields from `desired`, the operator's tuning kept."""
    merged = api.SIPDispatchRuleInfo()
    merged.CopyFrom(current)
    for name in (*MANAGED_RULE_FIELDS, "sip_dispatch_rule_id", "created_at", "updated_at"):
        merged.ClearField(name)
    for name in MANAGED_RULE_FIELDS:
        value = getattr(desired, name)
        if name in ("rule", "room_config"):
            getattr(merged, name).CopyFrom(value)
        elif name in ("trunk_ids", "numbers", "inbound_numbers"):
            getattr(merged, name).extend(value)
        elif name == "attributes":
            merged.attributes.update(value)
        else:
            setattr(merged, name, value)
    return merged


async def sip_plan_apply(lk: api.LiveKitAPI, plan: SipPlan, *, done: list[str],
                         progress: Progress | None = None) -> list[str]:
    """Run the plan in order, appending one line per finished action to `done` (so a caller
    can say how far it got when LiveKit fails half way)."""
    config, trunk_id = plan.config, plan.trunk_id

    def finished(line: str) -> None:
        done.append(line)
        if progress:
            progress(line)

    for action in plan.actions:
        if isinstance(action, TrunkCreate):
            trunk = await lk.sip.create_inbound_trunk(api.CreateSIPInboundTrunkRequest(
                trunk=api.SIPInboundTrunkInfo(
                    name=action.name, numbers=list(action.numbers),
                    allowed_addresses=list(action.allowed_addresses),
                    auth_username=action.auth_username,
                    auth_password=config.auth_password if action.auth_username else "")))
            trunk_id = trunk.sip_trunk_id
            finished(f"created inbound trunk {action.name!r} ({trunk_id}) with "
                     f"{len(action.numbers)} number(s); {config.describe_security()}")
        elif isinstance(action, TrunkUpdate):
            auth = action.auth_username is not None
            await lk.sip.update_inbound_trunk_fields(
                action.trunk_id,
                numbers=list(action.numbers) if action.numbers is not None else None,
                allowed_addresses=(list(action.allowed_addresses)
                                   if action.allowed_addresses is not None else None),
                auth_username=action.auth_username if auth else None,
                auth_password=config.auth_password if auth else None)
            finished(action.describe().replace("~ update", "updated", 1))
        elif isinstance(action, RuleDelete):
            await lk.sip.delete_dispatch_rule(
                api.DeleteSIPDispatchRuleRequest(sip_dispatch_rule_id=action.rule_id))
            finished(action.describe().replace("- delete", "deleted", 1))
        elif isinstance(action, RuleUpdate):
            assert trunk_id is not None
            desired = action.route.rule_info(config=config, trunk_id=trunk_id)
            await lk.sip.update_dispatch_rule(action.rule_id, _replacement(action.current, desired))
            finished(action.describe().replace("~ update", "updated", 1))
        elif isinstance(action, RuleCreate):
            assert trunk_id is not None
            rule = await lk.sip.create_dispatch_rule(api.CreateSIPDispatchRuleRequest(
                dispatch_rule=action.route.rule_info(config=config, trunk_id=trunk_id)))
            finished(f"created dispatch rule {rule.sip_dispatch_rule_id} for {action.route.e164} "
                     f"-> {action.route.schema_name}")
    return done


# --- Entry points --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvisionResult:
    plan: SipPlan
    applied: tuple[str, ...]
    dry_run: bool


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _livekit_error(exc: BaseException, config: LiveKitConfig) -> str:
    if isinstance(exc, api.ServerError):
        text = f"LiveKit at {config.url} answered {exc.status} {exc.code}: {exc.message}"
        if exc.status in (401, 403):
            text += " (check LIVEKIT_API_KEY and LIVEKIT_API_SECRET)"
        return _one_line(text)
    if isinstance(exc, TimeoutError):
        return f"LiveKit at {config.url} did not answer in time"
    return _one_line(f"could not reach LiveKit at {config.url}: {exc or type(exc).__name__}")


async def sip_provision_async(*, config: LiveKitConfig, routes: Sequence[NumberRoute],
                              dry_run: bool, progress: Progress | None = None) -> ProvisionResult:
    """The LiveKit half of provisioning; takes the routes already read, so no ORM runs here."""
    done: list[str] = []
    plan: SipPlan | None = None
    try:
        async with api.LiveKitAPI(config.url, config.api_key, config.api_secret) as lk:
            trunks = await sip_trunks_list(lk)
            rules = await sip_rules_list(lk)
            plan = sip_plan_compute(config=config, routes=routes, trunks=trunks, rules=rules)
            if not dry_run:
                await sip_plan_apply(lk, plan, done=done, progress=progress)
    except (api.ServerError, aiohttp.ClientError, TimeoutError) as exc:
        message = _livekit_error(exc, config)
        if plan is not None and not dry_run:
            message += (f" (after {len(done)} of {len(plan.actions)} change(s); "
                        "run again to finish)")
        raise ApplicationError(message) from None
    return ProvisionResult(plan=plan, applied=tuple(done), dry_run=dry_run)


def sip_provision(*, dry_run: bool = False, config: LiveKitConfig | None = None,
                  allow_any_source: bool = False, progress: Progress | None = None
                  ) -> ProvisionResult:
    """Make LiveKit match the database. Reads the database here, in sync code, then runs the
    LiveKit half in its own event loop (LiveKitAPI must be built inside a running loop)."""
    config = config or LiveKitConfig.from_settings(allow_any_source=allow_any_source)
    routes = sip_routes_desired()
    return asyncio.run(sip_provision_async(config=config, routes=routes, dry_run=dry_run,
                                           progress=progress))
