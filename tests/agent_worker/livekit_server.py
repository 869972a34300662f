"""LiveKit's server API for the SIP service: Twirp, ``POST /twirp/livekit.SIP/<Method>``.

The livekit-api client sends protobuf bodies (``Content-Type: application/protobuf``) and
expects protobuf back; Twirp also allows JSON (``application/json``), which this server answers
in kind. Every request carries ``Authorization: Bearer <JWT>`` signed (HS256) with the project's
API secret, issued by its API key, and managing trunks and rules needs the ``sip.admin`` grant;
a bad token is refused with 401 ``unauthenticated``, a token without the grant with 403
``permission_denied``. Errors are Twirp's JSON ``{"code": ..., "msg": ...}`` whatever the
request's content type.

Trunks and rules live in memory with LiveKit-style ids (``ST_...``, ``SDR_...``), list in id
order with ``Pagination(after_id, limit)``, and are validated the way LiveKit validates them:
two inbound trunks may not claim the same number, and two dispatch rules may not match the same
trunk + dialled number + caller number + PIN.

The client under test is synchronous Django code that runs its own event loop, so the server
runs on its own loop in a background thread (``serve_in_thread``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import secrets
import string
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message
from livekit import api

from tests.voice.servers import FakeServer

TWIRP_STATUS = {
    "invalid_argument": 400, "malformed": 400, "unauthenticated": 401,
    "permission_denied": 403, "not_found": 404, "bad_route": 404, "already_exists": 409,
    "internal": 500, "unavailable": 503,
}
PROTOBUF = "application/protobuf"
JSON = "application/json"


class TwirpError(Exception):
    def __init__(self, code: str, msg: str, *, status: int | None = None) -> None:
        super().__init__(msg)
        self.code, self.msg = code, msg
        self.status = status or TWIRP_STATUS.get(code, 500)

    def response(self) -> web.Response:
        return web.json_response({"code": self.code, "msg": self.msg}, status=self.status)


@dataclass
class Served:
    """One request that reached a method (after auth): what the test asserts was asked."""

    method: str
    content_type: str
    request: Message


def _new_id(prefix: str) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(12))


class LiveKitSIPServer(FakeServer):
    def __init__(self, *, api_key: str = "APIfaketest", api_secret: str = "fake-secret-" + "x" * 32
                 ) -> None:
        super().__init__()
        self.api_key = api_key
        self.api_secret = api_secret
        self.trunks: dict[str, api.SIPInboundTrunkInfo] = {}
        self.rules: dict[str, api.SIPDispatchRuleInfo] = {}
        self.served: list[Served] = []
        self.fault_code = "internal"
        self.fault_msg = "injected failure"
        self.statuses: list[int] = []
        self._methods: dict[str, tuple[type[Message], Callable[[Any], Message]]] = {
            "CreateSIPInboundTrunk": (api.CreateSIPInboundTrunkRequest, self._create_trunk),
            "UpdateSIPInboundTrunk": (api.UpdateSIPInboundTrunkRequest, self._update_trunk),
            "ListSIPInboundTrunk": (api.ListSIPInboundTrunkRequest, self._list_trunks),
            "DeleteSIPTrunk": (api.DeleteSIPTrunkRequest, self._delete_trunk),
            "CreateSIPDispatchRule": (api.CreateSIPDispatchRuleRequest, self._create_rule),
            "UpdateSIPDispatchRule": (api.UpdateSIPDispatchRuleRequest, self._update_rule),
            "ListSIPDispatchRule": (api.ListSIPDispatchRuleRequest, self._list_rules),
            "DeleteSIPDispatchRule": (api.DeleteSIPDispatchRuleRequest, self._delete_rule),
        }

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/twirp/livekit.SIP/{method}", self._twirp)]

    # --- test controls ---------------------------------------------------------------------

    def fail(self, *, status: int = 500, code: str = "internal", msg: str = "injected failure",
             times: int | None = None) -> None:
        """Answer the next requests (all, or `times` of them) with this Twirp error."""
        self.faults.status, self.faults.times = status, times
        self.fault_code, self.fault_msg = code, msg

    def add_trunk(self, trunk: api.SIPInboundTrunkInfo) -> api.SIPInboundTrunkInfo:
        """Something created by someone else, straight into the store (no request recorded)."""
        return self._store_trunk(trunk)

    def add_rule(self, rule: api.SIPDispatchRuleInfo) -> api.SIPDispatchRuleInfo:
        return self._store_rule(rule)

    def mutations(self) -> list[Served]:
        return [s for s in self.served if not s.method.startswith("List")]

    # --- Twirp ---------------------------------------------------------------------------

    async def _twirp(self, request: web.Request) -> web.Response:
        recorded = await self.record(request)
        response = self._handle(request.match_info["method"], recorded.headers, recorded.body)
        self.statuses.append(response.status)
        return response

    def _handle(self, method: str, headers: Any, body: bytes) -> web.Response:
        faults = self.faults.take()
        try:
            if faults.status is not None:
                raise TwirpError(self.fault_code, self.fault_msg, status=faults.status)
            self._authorize(headers.get("Authorization", ""))
            if method not in self._methods:
                raise TwirpError("bad_route", f"no handler for path /twirp/livekit.SIP/{method}")
            request_cls, handler = self._methods[method]
            content_type = headers.get("Content-Type", "").split(";")[0].strip().lower()
            decoded = self._decode(request_cls, content_type, body)
            self.served.append(Served(method=method, content_type=content_type, request=decoded))
            answer = handler(decoded)
        except TwirpError as exc:
            return exc.response()
        if content_type == JSON:
            return web.Response(body=json_format.MessageToJson(answer).encode(),
                                content_type=JSON)
        return web.Response(body=answer.SerializeToString(), content_type=PROTOBUF)

    def _authorize(self, header: str) -> None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise TwirpError("unauthenticated", "no authorization token")
        try:
            claims = api.TokenVerifier(self.api_key, self.api_secret).verify(token)
        except Exception as exc:  # PyJWT raises one of many types; all mean "not ours"
            raise TwirpError("unauthenticated", f"invalid token: {exc}") from None
        if not claims.sip.admin:
            raise TwirpError("permission_denied", "permissions denied: SIP admin grant required")

    @staticmethod
    def _decode(request_cls: type[Message], content_type: str, body: bytes) -> Message:
        try:
            if content_type == PROTOBUF:
                return request_cls.FromString(body)
            if content_type == JSON:
                return json_format.Parse(body or b"{}", request_cls(),
                                         ignore_unknown_fields=True)
        except (DecodeError, json_format.ParseError) as exc:
            raise TwirpError("malformed", f"the request body could not be decoded: {exc}") from None
        raise TwirpError("bad_route", f"unexpected Content-Type: {content_type!r}")

    # --- inbound trunks ------------------------------------------------------------------

    def _store_trunk(self, trunk: api.SIPInboundTrunkInfo, *, trunk_id: str = ""
                     ) -> api.SIPInboundTrunkInfo:
        stored = api.SIPInboundTrunkInfo()
        stored.CopyFrom(trunk)
        stored.sip_trunk_id = trunk_id or _new_id("ST_")
        for other in self.trunks.values():
            clash = set(other.numbers) & set(stored.numbers)
            if other.sip_trunk_id != stored.sip_trunk_id and clash:
                raise TwirpError("invalid_argument",
                                 f"conflicting inbound SIP trunks: {other.sip_trunk_id} and "
                                 f"{stored.sip_trunk_id} both claim {sorted(clash)}")
        if not trunk_id:
            stored.created_at.GetCurrentTime()
        else:
            stored.created_at.CopyFrom(self.trunks[trunk_id].created_at)
        stored.updated_at.GetCurrentTime()
        self.trunks[stored.sip_trunk_id] = stored
        return stored

    def _create_trunk(self, req: api.CreateSIPInboundTrunkRequest) -> api.SIPInboundTrunkInfo:
        return self._store_trunk(req.trunk)

    def _update_trunk(self, req: api.UpdateSIPInboundTrunkRequest) -> api.SIPInboundTrunkInfo:
        current = self.trunks.get(req.sip_trunk_id)
        if current is None:
            raise TwirpError("not_found", f"SIP trunk {req.sip_trunk_id} not found")
        if req.HasField("replace"):
            return self._store_trunk(req.replace, trunk_id=current.sip_trunk_id)
        updated = api.SIPInboundTrunkInfo()
        updated.CopyFrom(current)
        change = req.update
        for name in ("numbers", "allowed_addresses", "allowed_numbers"):
            if change.HasField(name):
                _apply_list_update(getattr(updated, name), getattr(change, name))
        for name in ("auth_username", "auth_password", "auth_realm", "name", "metadata"):
            if change.HasField(name):
                setattr(updated, name, getattr(change, name))
        return self._store_trunk(updated, trunk_id=current.sip_trunk_id)

    def _list_trunks(self, req: api.ListSIPInboundTrunkRequest) -> api.ListSIPInboundTrunkResponse:
        items = [t for t in self.trunks.values()
                 if (not req.trunk_ids or t.sip_trunk_id in req.trunk_ids)
                 and (not req.numbers or set(req.numbers) & set(t.numbers))]
        return api.ListSIPInboundTrunkResponse(items=_page(items, req.page, "sip_trunk_id"))

    def _delete_trunk(self, req: api.DeleteSIPTrunkRequest) -> api.SIPTrunkInfo:
        trunk = self.trunks.pop(req.sip_trunk_id, None)
        if trunk is None:
            raise TwirpError("not_found", f"SIP trunk {req.sip_trunk_id} not found")
        return api.SIPTrunkInfo(sip_trunk_id=trunk.sip_trunk_id, name=trunk.name,
                                kind=api.SIPTrunkInfo.TRUNK_INBOUND)

    # --- dispatch rules ------------------------------------------------------------------

    @staticmethod
    def _match_keys(rule: api.SIPDispatchRuleInfo) -> set[tuple[str, str, str, str]]:
        which = rule.rule.WhichOneof("rule")
        pin = getattr(rule.rule, which).pin if which else ""
        return set(itertools.product(list(rule.trunk_ids) or ["*"],
                                     list(rule.numbers) or ["*"],
                                     list(rule.inbound_numbers) or ["*"], [pin]))

    def _store_rule(self, rule: api.SIPDispatchRuleInfo, *, rule_id: str = ""
                    ) -> api.SIPDispatchRuleInfo:
        stored = api.SIPDispatchRuleInfo()
        stored.CopyFrom(rule)
        stored.sip_dispatch_rule_id = rule_id or _new_id("SDR_")
        if not stored.rule.WhichOneof("rule"):
            raise TwirpError("invalid_argument", "dispatch rule type is required")
        keys = self._match_keys(stored)
        for other in self.rules.values():
            if other.sip_dispatch_rule_id != stored.sip_dispatch_rule_id and \
                    keys & self._match_keys(other):
                raise TwirpError("invalid_argument",
                                 "conflicting SIP dispatch rules: same trunk+number+PIN "
                                 f"combination for {other.sip_dispatch_rule_id} and "
                                 f"{stored.sip_dispatch_rule_id}")
        if not rule_id:
            stored.created_at.GetCurrentTime()
        else:
            stored.created_at.CopyFrom(self.rules[rule_id].created_at)
        stored.updated_at.GetCurrentTime()
        self.rules[stored.sip_dispatch_rule_id] = stored
        return stored

    def _create_rule(self, req: api.CreateSIPDispatchRuleRequest) -> api.SIPDispatchRuleInfo:
        if req.HasField("dispatch_rule"):
            return self._store_rule(req.dispatch_rule)
        legacy = api.SIPDispatchRuleInfo(
            rule=req.rule, trunk_ids=req.trunk_ids, hide_phone_number=req.hide_phone_number,
            inbound_numbers=req.inbound_numbers, name=req.name, metadata=req.metadata,
            attributes=req.attributes, room_preset=req.room_preset, room_config=req.room_config)
        return self._store_rule(legacy)

    def _update_rule(self, req: api.UpdateSIPDispatchRuleRequest) -> api.SIPDispatchRuleInfo:
        current = self.rules.get(req.sip_dispatch_rule_id)
        if current is None:
            raise TwirpError("not_found",
                             f"SIP dispatch rule {req.sip_dispatch_rule_id} not found")
        if req.HasField("replace"):
            return self._store_rule(req.replace, rule_id=current.sip_dispatch_rule_id)
        updated = api.SIPDispatchRuleInfo()
        updated.CopyFrom(current)
        change = req.update
        if change.HasField("trunk_ids"):
            _apply_list_update(updated.trunk_ids, change.trunk_ids)
        if change.HasField("rule"):
            updated.rule.CopyFrom(change.rule)
        for name in ("name", "metadata"):
            if change.HasField(name):
                setattr(updated, name, getattr(change, name))
        if change.attributes:
            updated.attributes.clear()
            updated.attributes.update(change.attributes)
        return self._store_rule(updated, rule_id=current.sip_dispatch_rule_id)

    def _list_rules(self, req: api.ListSIPDispatchRuleRequest) -> api.ListSIPDispatchRuleResponse:
        items = [r for r in self.rules.values()
                 if (not req.dispatch_rule_ids or r.sip_dispatch_rule_id in req.dispatch_rule_ids)
                 and (not req.trunk_ids or set(req.trunk_ids) & set(r.trunk_ids))]
        return api.ListSIPDispatchRuleResponse(
            items=_page(items, req.page, "sip_dispatch_rule_id"))

    def _delete_rule(self, req: api.DeleteSIPDispatchRuleRequest) -> api.SIPDispatchRuleInfo:
        rule = self.rules.pop(req.sip_dispatch_rule_id, None)
        if rule is None:
            raise TwirpError("not_found",
                             f"SIP dispatch rule {req.sip_dispatch_rule_id} not found")
        return rule


def _apply_list_update(target: Any, change: api.ListUpdate) -> None:
    """LiveKit's ListUpdate: `clear` or `set` replaces, then `remove` and `add` edit."""
    values = list(target)
    if change.clear:
        values = []
    if change.set:
        values = list(change.set)
    values = [v for v in values if v not in set(change.remove)]
    values += [v for v in change.add if v not in values]
    del target[:]
    target.extend(values)


def _page(items: list[Any], page: api.Pagination, id_field: str) -> list[Any]:
    items = sorted(items, key=lambda item: getattr(item, id_field))
    if page.after_id:
        items = [item for item in items if getattr(item, id_field) > page.after_id]
    return items[:page.limit] if page.limit > 0 else items


@contextlib.contextmanager
def serve_in_thread(server: FakeServer) -> Iterator[FakeServer]:
    """Run `server` on its own event loop in a daemon thread for the length of the block."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="fake-livekit", daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(server.start(), loop).result(timeout=10)
        yield server
    finally:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(server.stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
