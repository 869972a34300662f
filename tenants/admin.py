"""Staff admin on the public site. Saves go through the same cache invalidation as services, so
an edit here takes effect on the next call."""

from __future__ import annotations

from django import forms
from django.contrib import admin

from frontdesk.templating import TemplateError, template_check
from receptionist.errors import ApplicationError
from tenants.accounts import StaffLoginForm
from tenants.models import Domain, PhoneNumber, ProfessionTemplate, RejectedCall, Tenant
from tenants.phone_numbers import normalize_e164
from tenants.router import routing_cache_invalidate
from tenants.services import profession_template_changed, tenant_routing_changed

admin.site.login_form = StaffLoginForm  # throttled like the owners' logins


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


class PhoneNumberForm(forms.ModelForm):
    """Staff type numbers as they like; they are stored in E.164 or refused with the reason."""

    class Meta:
        model = PhoneNumber
        fields = ("e164", "tenant", "label")

    def clean_e164(self) -> str:
        try:
            return normalize_e164(self.cleaned_data["e164"])
        except ApplicationError as exc:
            raise forms.ValidationError(exc.message) from None


class PhoneNumberInline(admin.TabularInline):
    model = PhoneNumber
    form = PhoneNumberForm
    extra = 0
    fields = ("e164", "label")


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ("business_name", "schema_name", "profession", "subscription_status", "plan",
                    "created_at")
    list_filter = ("subscription_status", "plan", "profession")
    search_fields = ("business_name", "schema_name", "domains__domain", "phone_numbers__e164")
    readonly_fields = ("schema_name", "created_at", "updated_at")
    inlines = [DomainInline, PhoneNumberInline]
    actions = ["suspend", "activate"]

    def has_add_permission(self, request) -> bool:
        return False  # onboarding needs a schema, owner and receptionist: use create_tenant

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        tenant_routing_changed(tenant=obj)

    def save_formset(self, request, form, formset, change) -> None:
        super().save_formset(request, form, formset, change)
        if formset.model is PhoneNumber:
            numbers = {f.initial.get("e164") for f in formset.forms} | {
                f.instance.e164 for f in formset.forms}
            routing_cache_invalidate(numbers=[n for n in numbers if n],
                                     schemas=[form.instance.schema_name])

    @admin.action(description="Suspend subscription (calls are rejected)")
    def suspend(self, request, queryset) -> None:
        for tenant in queryset:
            tenant.subscription_status = Tenant.SubscriptionStatus.SUSPENDED
            tenant.save(update_fields=["subscription_status", "updated_at"])
            tenant_routing_changed(tenant=tenant)

    @admin.action(description="Activate subscription")
    def activate(self, request, queryset) -> None:
        for tenant in queryset:
            tenant.subscription_status = Tenant.SubscriptionStatus.ACTIVE
            tenant.save(update_fields=["subscription_status", "updated_at"])
            tenant_routing_changed(tenant=tenant)


@admin.register(PhoneNumber)
class PhoneNumberAdmin(admin.ModelAdmin):
    form = PhoneNumberForm
    list_display = ("e164", "tenant", "label", "updated_at")
    list_filter = (("tenant", admin.EmptyFieldListFilter),)
    search_fields = ("e164", "tenant__business_name")
    autocomplete_fields = ("tenant",)

    def save_model(self, request, obj, form, change) -> None:
        previous = PhoneNumber.objects.filter(pk=obj.pk).select_related("tenant").first()
        super().save_model(request, obj, form, change)
        numbers, schemas = [obj.e164], [obj.tenant.schema_name] if obj.tenant else []
        if previous:
            numbers.append(previous.e164)
            if previous.tenant:
                schemas.append(previous.tenant.schema_name)
        routing_cache_invalidate(numbers=numbers, schemas=schemas)


class ProfessionTemplateForm(forms.ModelForm):
    """A template's prompt and greeting use the owners' five placeholders, written exactly."""

    class Meta:
        model = ProfessionTemplate
        fields = "__all__"

    def _checked(self, name: str) -> str:
        try:
            template_check(self.cleaned_data[name])
        except TemplateError as exc:
            raise forms.ValidationError(str(exc)) from None
        return self.cleaned_data[name]

    def clean_system_prompt(self) -> str:
        return self._checked("system_prompt")

    def clean_greeting_template(self) -> str:
        return self._checked("greeting_template")


@admin.register(ProfessionTemplate)
class ProfessionTemplateAdmin(admin.ModelAdmin):
    form = ProfessionTemplateForm
    list_display = ("name", "slug", "appointment_minutes", "average_booking_value_usd",
                    "updated_at")
    search_fields = ("name", "slug")

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        profession_template_changed(template=obj)


@admin.register(Domain)
class DomainAdmin(admin.ModelAdmin):
    list_display = ("domain", "tenant", "is_primary")
    search_fields = ("domain", "tenant__business_name")


@admin.register(RejectedCall)
class RejectedCallAdmin(admin.ModelAdmin):
    list_display = ("created_at", "dialled_number", "caller_number", "tenant", "reason")
    list_filter = ("reason",)
    search_fields = ("dialled_number", "caller_number")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
