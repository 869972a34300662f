"""What the owner must know on every portal page: an address still to confirm, a trial ending
or over (and so calls refused), with what to do about it. The front desk has no say in either
(team/access.py) and is not shown them."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from team.models import Role
from tenants.router import ACTIVE_STATUSES, validate_subscription

TRIAL_WARNING = timedelta(days=7)


def account_notices(request: HttpRequest) -> dict[str, object]:
    tenant = getattr(request, "tenant", None)
    user = getattr(request, "user", None)
    if (tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME
            or user is None or not user.is_authenticated
            or getattr(request, "team_role", None) != Role.OWNER):
        return {}
    notices: list[dict[str, object]] = []
    if tenant.signup_email_pending:
        notices.append({"kind": "verify", "level": "warning", "text": (
            f"Confirm your email address: open the link we sent to {tenant.signup_email}. Your "
            "receptionist gets its phone number as soon as you do.")})
    now = timezone.now()
    ends = tenant.subscription_ends_at
    if not validate_subscription(tenant.subscription_status, ends, now=now):
        if tenant.subscription_status in ACTIVE_STATUSES and ends is not None:
            what = f"Your free trial ended on {_day(ends)}."
        else:
            what = f"Your subscription is {tenant.get_subscription_status_display().lower()}."
        notices.append({"kind": "inactive", "level": "error", "text": (
            f"{what} Your receptionist is not answering: callers hear that you can't take their "
            f"call right now. To keep it answering, choose a plan: write to "
            f"{settings.SUPPORT_EMAIL}.")})
    elif (tenant.subscription_status == tenant.SubscriptionStatus.TRIALING and ends is not None
            and ends - now <= TRIAL_WARNING):
        notices.append({"kind": "trial", "level": "info", "text": (
            f"Your free trial ends on {_day(ends)}. To keep your "
            f"receptionist answering after that, choose a plan: write to "
            f"{settings.SUPPORT_EMAIL}.")})
    return {"account_notices": notices}


def _day(moment) -> str:
    day = timezone.localdate(moment)
    return f"{day:%B} {day.day}, {day.year}"
