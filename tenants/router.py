"""MultiTenantRouter (design §1): which business answers a dialled number, or a polite refusal.

It only routes: number -> business (cached), the subscription check, the refusal. The
configuration the call then runs on is built by the business's own app
(`frontdesk.call_config`), so the hot path is two cache reads. Writes that change either (a
number moved, a subscription lapsed, the owner edited the receptionist, staff edited a template)
invalidate the affected keys explicitly through `routing_cache_invalidate`.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from frontdesk.call_config import CallConfig, call_config_get, call_config_invalidate
from receptionist.errors import ApplicationError
from tenants.models import PhoneNumber, RejectedCall, Tenant
from tenants.phone_numbers import normalize_e164

logger = logging.getLogger(__name__)

_NUMBER_KEY = "routing:number:{}"
_UNKNOWN = ""  # cached marker: this number belongs to no business

UNKNOWN_NUMBER_MESSAGE = (
    "We're sorry, the number you have dialled is not in service. "
    "Please check the number and try again. Goodbye."
)
INACTIVE_MESSAGE = (
    "Thank you for calling {business_name}. We're unable to take your call right now. "
    "Please try again later. Goodbye."
)
ACTIVE_STATUSES = frozenset({Tenant.SubscriptionStatus.ACTIVE, Tenant.SubscriptionStatus.TRIALING})


class RouteReason(enum.StrEnum):
    ACCEPTED = "accepted"
    CONFIGURATION_ERROR = "configuration_error"  # accepted, on the safe default configuration
    UNKNOWN_NUMBER = RejectedCall.Reason.UNKNOWN_NUMBER.value
    INVALID_NUMBER = RejectedCall.Reason.INVALID_NUMBER.value
    INACTIVE_SUBSCRIPTION = RejectedCall.Reason.INACTIVE_SUBSCRIPTION.value


@dataclass(frozen=True)
class RouteDecision:
    accepted: bool
    reason: RouteReason
    message: str  # the first sentence the caller hears: greeting, or the polite refusal
    dialled_number: str
    caller_number: str
    config: CallConfig | None = None


def validate_subscription(status: str, ends_at: datetime | None, *, now: datetime | None = None
                          ) -> bool:
    """Active or trialing, and not past its end date."""
    if status not in ACTIVE_STATUSES:
        return False
    return ends_at is None or ends_at > (now or timezone.now())


def routing_cache_invalidate(*, numbers: list[str] | tuple[str, ...] = (),
                             schemas: list[str] | tuple[str, ...] = ()) -> None:
    """Forget cached routing for these numbers and businesses.

    Deleted now, so the writer's own transaction reads fresh data, and again on commit, so a
    concurrent call that cached the old rows before the commit does not keep them.
    """
    keys = [_NUMBER_KEY.format(n) for n in numbers]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))
    call_config_invalidate(schemas=schemas)


class MultiTenantRouter:
    """Routes a call by the dialled number. Stateless; safe to share between calls."""

    def route_call(self, dialled: str, caller: str = "") -> RouteDecision:
        caller_number = self._normalize_caller(caller)
        try:
            dialled_number = normalize_e164(dialled)
        except ApplicationError:
            return self._reject(RouteReason.INVALID_NUMBER, dialled, caller_number, None,
                                UNKNOWN_NUMBER_MESSAGE)

        schema = cache.get(_NUMBER_KEY.format(dialled_number))
        if schema is None:
            schema = (PhoneNumber.objects.filter(e164=dialled_number, tenant__isnull=False)
                      .values_list("tenant__schema_name", flat=True).first()) or _UNKNOWN
            cache.set(_NUMBER_KEY.format(dialled_number), schema, settings.ROUTING_CACHE_SECONDS)
        if schema == _UNKNOWN:
            return self._reject(RouteReason.UNKNOWN_NUMBER, dialled_number, caller_number, None,
                                UNKNOWN_NUMBER_MESSAGE)

        config = self.get_client_config(schema)
        if config is None:  # the tenant vanished between the two lookups
            routing_cache_invalidate(numbers=[dialled_number])
            return self._reject(RouteReason.UNKNOWN_NUMBER, dialled_number, caller_number, None,
                                UNKNOWN_NUMBER_MESSAGE)
        if not validate_subscription(config.subscription_status, config.subscription_ends_at):
            return self._reject(RouteReason.INACTIVE_SUBSCRIPTION, dialled_number, caller_number,
                                config, INACTIVE_MESSAGE.format(business_name=config.business_name))
        reason = RouteReason.CONFIGURATION_ERROR if config.is_safe_default else RouteReason.ACCEPTED
        return RouteDecision(accepted=True, reason=reason, message=config.greeting,
                             dialled_number=dialled_number, caller_number=caller_number,
                             config=config)

    def get_client_config(self, client_id: str) -> CallConfig | None:
        """The business's call configuration, built by its own app (frontdesk.call_config)."""
        return call_config_get(client_id)

    def validate_subscription(self, client_id: str) -> bool:
        config = self.get_client_config(client_id)
        return config is not None and validate_subscription(
            config.subscription_status, config.subscription_ends_at)

    @staticmethod
    def _normalize_caller(caller: str) -> str:
        if not caller:
            return ""
        try:
            return normalize_e164(caller)
        except ApplicationError:
            return caller.strip()[:64]  # withheld or odd caller IDs are still worth logging

    @staticmethod
    def _reject(reason: RouteReason, dialled: str, caller: str, config: CallConfig | None,
                message: str) -> RouteDecision:
        RejectedCall.objects.create(
            dialled_number=(dialled or "")[:64], caller_number=caller[:64],
            tenant_id=config.tenant_id if config else None, reason=reason.value,
        )
        logger.info("rejected call to %s from %s: %s", dialled, caller or "unknown", reason.value)
        return RouteDecision(accepted=False, reason=reason, message=message,
                             dialled_number=dialled, caller_number=caller, config=config)
