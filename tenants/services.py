"""Writes to the shared schema: onboarding businesses, phone numbers, subscriptions, templates.

Each write that changes how a call is routed invalidates the router's cache for exactly the
numbers and businesses it touched.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone as django_timezone
from django_tenants.utils import schema_context

from frontdesk.models import ReceptionistConfig
from receptionist.errors import ApplicationError
from team.services import team_owner_add
from tenants import schema_clone
from tenants.business_hours import validate_business_hours
from tenants.models import Domain, PhoneNumber, ProfessionTemplate, Tenant
from tenants.phone_numbers import normalize_e164
from tenants.router import routing_cache_invalidate

SCHEMA_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
RESERVED_SCHEMAS = frozenset({"public", "information_schema", settings.TENANT_BASE_SCHEMA})
_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN_RE = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


def validate_schema_name(schema_name: str) -> str:
    name = (schema_name or "").strip()
    if not SCHEMA_NAME_RE.match(name):
        raise ApplicationError(
            f"{schema_name!r} is not a valid schema name: use 2-48 lowercase letters, digits or "
            "underscores, starting with a letter", field="schema_name")
    if name in RESERVED_SCHEMAS or name.startswith("pg_"):
        raise ApplicationError(f"{name!r} is a reserved schema name", field="schema_name")
    return name


def _validate_domain(domain: str) -> str:
    value = (domain or "").strip().lower()
    if not DOMAIN_RE.match(value):
        raise ApplicationError(f"{domain!r} is not a valid domain name", field="domain")
    if Domain.objects.filter(domain=value).exists():
        raise ApplicationError(f"domain {value!r} is already taken", field="domain")
    return value


def _validate_timezone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ApplicationError(f"{name!r} is not a known time zone", field="timezone") from None
    return name


def _claimable_number(raw: str) -> str:
    e164 = normalize_e164(raw)
    owner = PhoneNumber.objects.filter(e164=e164, tenant__isnull=False).values_list(
        "tenant__schema_name", flat=True).first()
    if owner:
        raise ApplicationError(f"{e164} already belongs to another business", field="phone_number")
    return e164


def public_tenant_ensure(*, domain: str | None = None) -> Tenant:
    """The public schema's own tenant row and domain, which django-tenants routes the site by."""
    tenant, _ = Tenant.objects.get_or_create(
        schema_name=settings.PUBLIC_SCHEMA_NAME,
        defaults={"business_name": "Public site",
                  "subscription_status": Tenant.SubscriptionStatus.ACTIVE},
    )
    Domain.objects.get_or_create(domain=domain or settings.PUBLIC_DOMAIN,
                                 defaults={"tenant": tenant, "is_primary": True})
    return tenant


def tenant_create(
    *,
    schema_name: str,
    business_name: str,
    profession: str,
    owner_email: str,
    owner_password: str | None = None,
    domain: str | None = None,
    phone_number: str | None = None,
    timezone: str = "America/New_York",
    locale: str = "en-US",
    plan: str = Tenant.Plan.STARTER,
    subscription_status: str = Tenant.SubscriptionStatus.TRIALING,
    business_hours: dict | None = None,
) -> Tenant:
    """Onboard a business: its schema (cloned from the template), domain, owner login,
    receptionist configured from its profession template, and optionally a phone number.

    Everything is validated first and created in one transaction, so a failure leaves neither a
    row nor a schema behind. Without a password the owner gets an unusable one and sets it
    through the password-reset flow.
    """
    schema_name = validate_schema_name(schema_name)
    business_name = (business_name or "").strip()
    if not business_name:
        raise ApplicationError("business name is required", field="business_name")
    if len(business_name) > 200:
        raise ApplicationError("business name is longer than 200 characters", field="business_name")
    template = ProfessionTemplate.objects.filter(slug=profession).first()
    if template is None:
        choices = ", ".join(ProfessionTemplate.objects.values_list("slug", flat=True)) or "none"
        raise ApplicationError(f"unknown profession {profession!r}; choose one of: {choices}",
                               field="profession")
    try:
        validate_email(owner_email)
    except ValidationError:
        raise ApplicationError(f"{owner_email!r} is not a valid email address",
                               field="owner_email") from None
    if Tenant.objects.filter(schema_name__iexact=schema_name).exists() or \
            schema_clone.schema_exists(schema_name):
        raise ApplicationError(f"a business with schema {schema_name!r} already exists",
                               field="schema_name")
    domain = _validate_domain(
        domain or f"{schema_name.replace('_', '-')}.{settings.TENANT_DOMAIN_SUFFIX}")
    timezone = _validate_timezone(timezone)
    if plan not in Tenant.Plan.values:
        raise ApplicationError(f"unknown plan {plan!r}", field="plan")
    if subscription_status not in Tenant.SubscriptionStatus.values:
        raise ApplicationError(f"unknown subscription status {subscription_status!r}",
                               field="subscription_status")
    hours = validate_business_hours(business_hours if business_hours is not None
                                    else template.default_hours)
    e164 = _claimable_number(phone_number) if phone_number else None
    if not schema_clone.template_ready():
        raise ApplicationError("the tenant template schema is missing: run manage.py migrate_all")

    try:
        with transaction.atomic():
            tenant = Tenant(
                schema_name=schema_name, business_name=business_name, profession=template,
                timezone=timezone, locale=locale, plan=plan,
                subscription_status=subscription_status, business_hours=hours,
            )
            tenant.save(verbosity=0)
            Domain.objects.create(domain=domain, tenant=tenant, is_primary=True)
            with schema_context(schema_name):
                ReceptionistConfig.objects.create(
                    services=template.default_services, faq=template.default_faq)
                team_owner_add(user=get_user_model().objects.create_user(
                    username=owner_email, email=owner_email, password=owner_password))
            if e164:
                PhoneNumber.objects.update_or_create(e164=e164, defaults={"tenant": tenant})
    except IntegrityError as exc:
        raise ApplicationError(f"could not create {schema_name!r}: {exc}") from None
    routing_cache_invalidate(numbers=[e164] if e164 else [], schemas=[schema_name])
    return tenant


def phone_number_pool_add(*, number: str, label: str = "") -> PhoneNumber:
    """Load a number into the pool, unassigned. Re-adding a pooled number is a no-op."""
    e164 = normalize_e164(number)
    phone, created = PhoneNumber.objects.get_or_create(e164=e164, defaults={"label": label})
    if not created and phone.tenant_id:
        raise ApplicationError(f"{e164} already belongs to a business", field="phone_number")
    return phone


@transaction.atomic
def phone_number_assign(*, number: str, tenant: Tenant) -> PhoneNumber:
    e164 = _claimable_number(number)
    phone, _ = PhoneNumber.objects.select_for_update().update_or_create(
        e164=e164, defaults={"tenant": tenant})
    routing_cache_invalidate(numbers=[e164], schemas=[tenant.schema_name])
    return phone


@transaction.atomic
def phone_number_release(*, number: str) -> PhoneNumber:
    """Back to the pool: calls to it are rejected as unknown from now on."""
    e164 = normalize_e164(number)
    phone = PhoneNumber.objects.select_for_update(of=("self",)).select_related("tenant").filter(
        e164=e164).first()
    if phone is None:
        raise ApplicationError(f"{e164} is not one of our numbers", field="phone_number")
    schemas = [phone.tenant.schema_name] if phone.tenant else []
    phone.tenant = None
    phone.save(update_fields=["tenant", "updated_at"])
    routing_cache_invalidate(numbers=[e164], schemas=schemas)
    return phone


def tenant_subscription_set(*, tenant: Tenant, status: str, plan: str | None = None,
                            ends_at: datetime | None = None) -> Tenant:
    if status not in Tenant.SubscriptionStatus.values:
        raise ApplicationError(f"unknown subscription status {status!r}", field="status")
    if plan is not None and plan not in Tenant.Plan.values:
        raise ApplicationError(f"unknown plan {plan!r}", field="plan")
    tenant.subscription_status = status
    tenant.plan = plan or tenant.plan
    tenant.subscription_ends_at = ends_at
    tenant.save(update_fields=["subscription_status", "plan", "subscription_ends_at",
                               "updated_at"])
    tenant_routing_changed(tenant=tenant)
    return tenant


def tenant_routing_changed(*, tenant: Tenant) -> None:
    """Anything about this business changed: its cached configuration is stale."""
    routing_cache_invalidate(schemas=[tenant.schema_name])


def profession_template_changed(*, template: ProfessionTemplate) -> None:
    """Staff edited a template: every business using it routes with the new prompt."""
    schemas = list(template.tenants.values_list("schema_name", flat=True))
    routing_cache_invalidate(schemas=schemas)


# --- Self-service sign-up and the owner's own edits ------------------------------------------
def tenant_signup(
    *,
    schema_name: str,
    business_name: str,
    profession: str,
    owner_email: str,
    owner_password: str,
    timezone: str,
    now: datetime | None = None,
) -> Tenant:
    """A business signs itself up: `tenant_create`, on a free trial of TRIAL_DAYS, with its
    owner's address waiting to be confirmed.

    The password is checked against AUTH_PASSWORD_VALIDATORS (field "owner_password"). No number
    is assigned here: one comes from the pool when the owner opens the emailed link
    (`tenant_signup_email_verify`), so a script inventing addresses cannot empty the pool. Until
    then the owner can set up and try the receptionist in the browser.
    """
    from django.contrib.auth import password_validation

    try:
        password_validation.validate_password(
            owner_password or "", user=get_user_model()(username=owner_email, email=owner_email))
    except ValidationError as exc:
        raise ApplicationError(" ".join(exc.messages), field="owner_password") from None
    started = now or django_timezone.now()
    with transaction.atomic():
        tenant = tenant_create(
            schema_name=schema_name, business_name=business_name, profession=profession,
            owner_email=owner_email, owner_password=owner_password, timezone=timezone)
        tenant.signup_email = owner_email.strip().lower()
        tenant.subscription_ends_at = started + timedelta(days=settings.TRIAL_DAYS)
        tenant.save(update_fields=["signup_email", "subscription_ends_at", "updated_at"])
    tenant_routing_changed(tenant=tenant)
    return tenant


def tenant_signup_email_send(*, tenant: Tenant, link: str) -> None:
    """Mail the owner the link that confirms their address (built by the caller, which knows
    the portal's scheme and port)."""
    from django.core.mail import send_mail

    if not tenant.signup_email_pending:
        return
    send_mail(
        subject=f"Confirm your email for {tenant.business_name}",
        message=(f"Welcome to AI Receptionist!\n\nOpen this link to confirm your email address; "
                 f"your receptionist's phone number is assigned as soon as you do:\n\n{link}\n\n"
                 f"The link works for {settings.SIGNUP_VERIFY_HOURS} hours. If you did not sign "
                 f"up {tenant.business_name}, ignore this message."),
        from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[tenant.signup_email])


def tenant_signup_email_verify(*, tenant: Tenant, token: str) -> PhoneNumber | None:
    """Confirm the owner's address from the emailed link, then give the business the next free
    number (None when the pool is empty; it can claim one later). Opening the link twice is
    harmless. ApplicationError when the link is forged, expired or for another business."""
    from tenants.signup import verification_token_read

    schema_name, email = verification_token_read(token=token)
    if schema_name != tenant.schema_name or email != tenant.signup_email:
        raise ApplicationError("this confirmation link is for another business")
    with transaction.atomic():
        locked = Tenant.objects.select_for_update().get(pk=tenant.pk)
        if locked.signup_email_verified_at is None:
            locked.signup_email_verified_at = django_timezone.now()
            locked.save(update_fields=["signup_email_verified_at", "updated_at"])
        tenant.signup_email_verified_at = locked.signup_email_verified_at
        if tenant.phone_numbers.exists():
            return tenant.phone_numbers.order_by("e164").first()
        try:
            return tenant_phone_number_claim(tenant=tenant)
        except ApplicationError:
            return None


def _pool_number_lock() -> PhoneNumber | None:
    return (PhoneNumber.objects.select_for_update(skip_locked=True)
            .filter(tenant__isnull=True).order_by("created_at", "e164").first())


@transaction.atomic
def tenant_phone_number_claim(*, tenant: Tenant) -> PhoneNumber:
    """Give a business that has no number the next free one from the pool, once its owner's
    address is confirmed."""
    locked = Tenant.objects.select_for_update().filter(pk=tenant.pk).first()
    if locked is not None and locked.signup_email_pending:
        raise ApplicationError(f"confirm your email address first: open the link we sent to "
                               f"{locked.signup_email}", field="phone_number")
    existing = tenant.phone_numbers.order_by("e164").first()
    if existing is not None:
        raise ApplicationError(f"this business already answers {existing.e164}",
                               field="phone_number")
    number = _pool_number_lock()
    if number is None:
        raise ApplicationError("no phone number is free right now; we add numbers regularly, "
                               "try again later", field="phone_number")
    number.tenant = tenant
    number.save(update_fields=["tenant", "updated_at"])
    routing_cache_invalidate(numbers=[number.e164], schemas=[tenant.schema_name])
    return number


def tenant_business_hours_update(*, tenant: Tenant, business_hours: object,
                                 timezone: str | None = None) -> Tenant:
    """The owner's opening hours (and time zone); the next call is answered with them."""
    hours = validate_business_hours(business_hours)
    fields = ["business_hours", "updated_at"]
    if timezone is not None:
        tenant.timezone = _validate_timezone(timezone)
        fields.append("timezone")
    tenant.business_hours = hours
    tenant.save(update_fields=fields)
    tenant_routing_changed(tenant=tenant)
    return tenant
