"""The receptionist settings through the API, checked exactly as the settings pages check them:
each part of an update is given to that page's form (greeting, services, questions, booking
rules, transfers, voice, providers, hours and time zone), and what the forms accept is stored
through the same services (`receptionist_config_update`, `tenant_business_hours_update`), all
or nothing."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.forms import Form

from api.errors import field_errors
from frontdesk.forms import (
    BookingRulesForm,
    FaqFormSet,
    GreetingForm,
    ProvidersForm,
    ServiceFormSet,
    TimezoneForm,
    TransferForm,
    VoiceForm,
    voice_value,
)
from frontdesk.models import ReceptionistConfig
from frontdesk.selectors import receptionist_config_get
from frontdesk.services import receptionist_config_update
from tenants.models import Tenant
from tenants.services import tenant_business_hours_update

CONFIG_FIELDS = ("greeting", "address", "directions", "services", "faq", "booking_rules",
                 "transfer_number", "transfer_outside_hours", "stt_provider", "llm_provider")


def settings_read(*, tenant: Tenant) -> dict[str, Any]:
    config = receptionist_config_get() or ReceptionistConfig()
    data = {name: getattr(config, name) for name in CONFIG_FIELDS}
    default_hours = tenant.profession.default_hours if tenant.profession else {}
    data["voice"] = voice_value(config)
    data["business_hours"] = tenant.business_hours or default_hours
    data["timezone"] = tenant.timezone
    return data


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _form_errors(form: Form, errors: dict[str, list[str]], *, rename: str = "") -> None:
    for name, messages in form.errors.items():
        key = rename or (name if name != "__all__" else "detail")
        errors.setdefault(key, []).extend(str(m) for m in messages)


def _rows(formset_class: Any, prefix: str, rows: list[dict], names: tuple[str, ...],
          errors: dict[str, list[str]]) -> list[dict] | None:
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    for i, row in enumerate(rows):
        for name in names:
            data[f"{prefix}-{i}-{name}"] = _text(row.get(name))
    formset = formset_class(data, prefix=prefix)
    if formset.is_valid():
        return formset.items()
    for i, row_errors in enumerate(formset.errors):
        for name, messages in row_errors.items():
            errors.setdefault(prefix, []).extend(f"row {i + 1}, {name}: {m}" for m in messages)
    errors.setdefault(prefix, []).extend(str(m) for m in formset.non_form_errors())
    return None


def settings_update(*, tenant: Tenant, data: dict[str, Any]) -> dict[str, Any]:
    """Store what `data` (already of the right JSON types) changes; a ValidationError naming
    every refused field, and nothing stored, when any part is refused."""
    config = receptionist_config_get() or ReceptionistConfig()
    errors: dict[str, list[str]] = {}
    changes: dict[str, Any] = {}

    if {"greeting", "address", "directions"} & set(data):
        form = GreetingForm({name: _text(data.get(name, getattr(config, name)))
                             for name in ("greeting", "address", "directions")})
        if form.is_valid():
            changes.update(form.cleaned_data)
        else:
            _form_errors(form, errors)
    if "services" in data:
        items = _rows(ServiceFormSet, "services", data["services"],
                      ("name", "price_usd", "duration_minutes"), errors)
        if items is not None:
            changes["services"] = items
    if "faq" in data:
        items = _rows(FaqFormSet, "faq", data["faq"], ("question", "answer"), errors)
        if items is not None:
            changes["faq"] = items
    if "booking_rules" in data:
        rules = data["booking_rules"]
        form = BookingRulesForm({name: _text(rules.get(name)) for name in
                                 ("min_notice_minutes", "max_days_ahead", "notes")})
        if form.is_valid():
            changes["booking_rules"] = form.rules()
        else:
            _form_errors(form, errors, rename="booking_rules")
    if {"transfer_number", "transfer_outside_hours"} & set(data):
        form = TransferForm({
            "transfer_number": _text(data.get("transfer_number", config.transfer_number)),
            "transfer_outside_hours": data.get("transfer_outside_hours",
                                               config.transfer_outside_hours)})
        if form.is_valid():
            changes.update(form.cleaned_data)
        else:
            _form_errors(form, errors)
    if {"stt_provider", "llm_provider"} & set(data):
        form = ProvidersForm({name: _text(data.get(name, getattr(config, name)))
                              for name in ("stt_provider", "llm_provider")}, current=config)
        if form.is_valid():
            changes.update(form.cleaned_data)
        else:
            _form_errors(form, errors)
    if "voice" in data:
        from frontdesk.views import _voice_choices  # the voice page's list: stock and cloned

        form = VoiceForm({"voice": _text(data["voice"])}, choices=_voice_choices(config))
        if form.is_valid():
            changes["voice_provider"], changes["voice_id"] = form.provider_and_voice()
        else:
            _form_errors(form, errors)
    zone = None
    if "timezone" in data:
        form = TimezoneForm({"timezone": _text(data["timezone"])})
        if form.is_valid():
            zone = form.cleaned_data["timezone"]
        else:
            _form_errors(form, errors)
    if errors:
        raise field_errors(errors)

    changes = {name: value for name, value in changes.items() if value != getattr(config, name)}
    with transaction.atomic():
        if changes:
            receptionist_config_update(**changes)
        if "business_hours" in data or zone is not None:
            hours = data.get("business_hours", settings_read(tenant=tenant)["business_hours"])
            tenant_business_hours_update(tenant=tenant, business_hours=hours, timezone=zone)
    return settings_read(tenant=tenant)
