from __future__ import annotations

from django.db import models
from django_tenants.models import DomainMixin, TenantMixin

from tenants import schema_clone
from tenants.phone_numbers import locale_region

E164_REGEX = r"^\+[1-9][0-9]{6,14}$"


class ProfessionTemplate(models.Model):
    """The design's ProfessionPrompt: how a receptionist of one trade talks, asks and books."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)
    system_prompt = models.TextField(
        help_text="Placeholders: {business_name} {hours} {services} {faq} {transfer_number}"
    )
    greeting_template = models.TextField(help_text="Must contain {business_name}")
    qualification_questions = models.JSONField(default=list, blank=True)
    booking_flow = models.TextField(blank=True)
    objection_handlers = models.JSONField(default=dict, blank=True)
    never_say = models.JSONField(default=list, blank=True)
    safe_alternative = models.TextField(blank=True)
    default_services = models.JSONField(default=list, blank=True)
    default_faq = models.JSONField(default=list, blank=True)
    default_hours = models.JSONField(default=dict, blank=True)
    appointment_minutes = models.PositiveSmallIntegerField(default=30)
    average_booking_value_usd = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    message_value_usd = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Tenant(TenantMixin):
    """One business (the design's ClientConfig); its calls and settings live in its own schema."""

    class SubscriptionStatus(models.TextChoices):
        TRIALING = "trialing", "Trialing"
        ACTIVE = "active", "Active"
        PAST_DUE = "past_due", "Past due"
        CANCELED = "canceled", "Canceled"
        SUSPENDED = "suspended", "Suspended"

    class Plan(models.TextChoices):
        STARTER = "starter", "Starter"
        GROWTH = "growth", "Growth"
        PRO = "pro", "Pro"

    business_name = models.CharField(max_length=200)
    profession = models.ForeignKey(
        ProfessionTemplate, on_delete=models.PROTECT, null=True, blank=True, related_name="tenants"
    )
    subscription_status = models.CharField(
        max_length=20, choices=SubscriptionStatus.choices, default=SubscriptionStatus.TRIALING
    )
    plan = models.CharField(max_length=20, choices=Plan.choices, default=Plan.STARTER)
    subscription_ends_at = models.DateTimeField(null=True, blank=True)
    # Self-service sign-up: the owner's address, which must be confirmed (an emailed link)
    # before a number is assigned from the pool. Blank for businesses ops created.
    signup_email = models.EmailField(blank=True)
    signup_email_verified_at = models.DateTimeField(null=True, blank=True)
    timezone = models.CharField(max_length=64, default="America/New_York")
    locale = models.CharField(max_length=16, default="en-US")
    business_hours = models.JSONField(
        default=dict, blank=True, help_text='{"mon": [["09:00", "17:00"]], ..., "sun": []}'
    )
    transfer_abroad_allowed = models.BooleanField(
        default=False, verbose_name="transfers abroad allowed",
        help_text="Staff only: let the receptionist transfer calls to numbers outside the "
                  "business's own country (premium-rate and shared-cost numbers stay refused)")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    auto_create_schema = True

    class Meta:
        ordering = ["business_name"]

    def __str__(self) -> str:
        return f"{self.business_name} ({self.schema_name})"

    @property
    def phone_region(self) -> str | None:
        """Where this business's callers' local-format numbers are read ('US' from 'en-US')."""
        return locale_region(self.locale)

    @property
    def signup_email_pending(self) -> bool:
        return bool(self.signup_email) and self.signup_email_verified_at is None

    def create_schema(self, check_if_exists: bool = False, sync_schema: bool = True,
                      verbosity: int = 1) -> bool | None:
        if sync_schema and schema_clone.template_ready():
            if check_if_exists and schema_clone.schema_exists(self.schema_name):
                return False
            schema_clone.clone_template(self.schema_name)
            return True
        return super().create_schema(check_if_exists, sync_schema, verbosity)


class Domain(DomainMixin):
    pass


class PhoneNumber(models.Model):
    """A dialable number in E.164. Without a tenant it sits in the pool, waiting to be claimed."""

    e164 = models.CharField(max_length=16, unique=True)
    tenant = models.ForeignKey(
        Tenant, on_delete=models.SET_NULL, null=True, blank=True, related_name="phone_numbers"
    )
    label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["e164"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(e164__regex=E164_REGEX), name="phone_number_is_e164"
            )
        ]

    def __str__(self) -> str:
        return self.e164


class RejectedCall(models.Model):
    """A call the router turned away, kept for billing and for spotting misconfigured numbers."""

    class Reason(models.TextChoices):
        UNKNOWN_NUMBER = "unknown_number", "Unknown number"
        INVALID_NUMBER = "invalid_number", "Malformed number"
        INACTIVE_SUBSCRIPTION = "inactive_subscription", "Inactive subscription"

    dialled_number = models.CharField(max_length=64)
    caller_number = models.CharField(max_length=64, blank=True)
    tenant = models.ForeignKey(
        Tenant, on_delete=models.SET_NULL, null=True, blank=True, related_name="rejected_calls"
    )
    reason = models.CharField(max_length=32, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["tenant", "created_at"])]
