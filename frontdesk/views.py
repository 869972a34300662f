"""Receptionist settings pages: the owner edits what callers hear; the next call uses it.

Every page is the business's own (its host selects its schema) and needs a logged-in owner:
the front desk has none of them (team/access.py).
Writes go through `receptionist_config_update` (or the tenants services for what lives on the
business's public row: hours, time zone, phone number), which invalidate the router's cache.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from agent_worker.flows.location import location_answer
from frontdesk.call_config import CallConfig
from frontdesk.forms import (
    BookingRulesForm,
    FaqFormSet,
    GreetingForm,
    HoursForm,
    ProvidersForm,
    ServiceFormSet,
    TransferForm,
    VoiceCloneForm,
    VoiceForm,
    stock_voices,
    voice_value,
)
from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from frontdesk.selectors import (
    receptionist_config_get,
    voice_clone_job_get,
    voice_clone_jobs_recent,
)
from frontdesk.services import receptionist_config_update, voice_clone_start
from frontdesk.voice_preview import preview_text, voice_preview_render
from receptionist.errors import ApplicationError
from receptionist.request_limits import upload_refusals
from tenants.business_hours import describe_business_hours
from tenants.models import Tenant
from tenants.router import MultiTenantRouter
from tenants.services import tenant_business_hours_update, tenant_phone_number_claim

logger = logging.getLogger(__name__)

SECTIONS = [
    ("settings", "Overview", "/settings/"),
    ("greeting", "Greeting & address", "/settings/greeting/"),
    ("services", "Services & prices", "/settings/services/"),
    ("faq", "Questions & answers", "/settings/faq/"),
    ("hours", "Opening hours", "/settings/hours/"),
    ("booking", "Booking rules", "/settings/booking/"),
    ("transfer", "Transfers", "/settings/transfer/"),
    ("voice", "Voice", "/settings/voice/"),
    ("providers", "Providers", "/settings/providers/"),
]
SAVED = "Saved. Your receptionist uses this from the next call."


def _tenant(request: HttpRequest) -> Tenant:
    return request.tenant


def _config() -> ReceptionistConfig:
    return receptionist_config_get() or ReceptionistConfig()


def _live(request: HttpRequest) -> CallConfig:
    """What the next call will be answered with, as the router assembles it."""
    config = MultiTenantRouter().get_client_config(_tenant(request).schema_name)
    if config is None:
        raise Http404("no such business")
    return config


def _page(request: HttpRequest, template: str, section: str, **context: Any) -> HttpResponse:
    tenant = _tenant(request)
    return render(request, template, {
        "nav": "settings", "section": section, "sections": SECTIONS, "tenant": tenant,
        "template": tenant.profession, **context})


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


def _store(**changes: Any) -> dict[str | None, list[str]]:
    """Store the owner's changes; what the service refused, by field (empty: saved)."""
    try:
        receptionist_config_update(**changes)
    except ApplicationError as exc:
        return {exc.field: [_sentence(exc.message)]}
    except ValidationError as exc:
        return {field: list(errors) for field, errors in exc.message_dict.items()}
    return {}


def _save(form: Any, **changes: Any) -> bool:
    """`_store`, with a refusal shown on the form (on the field it concerns) and nothing lost."""
    errors = _store(**changes)
    for field, messages_ in errors.items():
        form.add_error(field if field in form.fields else None, messages_)
    return not errors


def _save_rows(formset: Any, **changes: Any) -> bool:
    errors = _store(**changes)
    formset.save_errors = [m for messages_ in errors.values() for m in messages_]
    return not errors


def _money(value: object) -> Decimal | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    return None


def _template_greeting(tenant: Tenant) -> str:
    if tenant.profession is None:
        return ""
    return tenant.profession.greeting_template.replace("{business_name}", tenant.business_name)


# --- Overview and phone number ------------------------------------------------------------------
@login_required
def settings_overview(request: HttpRequest) -> HttpResponse:
    tenant, config, live = _tenant(request), _config(), _live(request)
    voices = dict(stock_voices())
    return _page(request, "portal/settings.html", "settings",
                 config=config, live=live,
                 numbers=list(tenant.phone_numbers.order_by("e164")),
                 hours_text=describe_business_hours(live.business_hours),
                 voice_label=voices.get(voice_value(config), voice_value(config)),
                 own_services=bool(config.services), own_faq=bool(config.faq))


@login_required
@require_POST
def settings_number_claim(request: HttpRequest) -> HttpResponse:
    try:
        number = tenant_phone_number_claim(tenant=_tenant(request))
    except ApplicationError as exc:
        messages.error(request, exc.message[:1].upper() + exc.message[1:] + ".")
    else:
        messages.success(request, f"Your receptionist now answers {number.e164}.")
    return redirect("settings")


# --- What callers hear ------------------------------------------------------------------------
@login_required
def settings_greeting(request: HttpRequest) -> HttpResponse:
    config = _config()
    form = GreetingForm(request.POST or None, initial={
        "greeting": config.greeting, "address": config.address, "directions": config.directions})
    if request.method == "POST" and form.is_valid():
        # only what changed: a new address must not render the greeting's audio again
        changes = {name: value for name, value in form.cleaned_data.items()
                   if value != getattr(config, name)}
        if _save(form, **changes):
            messages.success(request, SAVED)
            return redirect("settings-greeting")
    live = _live(request)
    return _page(request, "portal/settings_greeting.html", "greeting", form=form, live=live,
                 default_greeting=_template_greeting(_tenant(request)),
                 location_reply=location_answer(live, offer_message=True))


@login_required
def settings_services(request: HttpRequest) -> HttpResponse:
    config = _config()
    initial = [{"name": s.get("name", ""), "price_usd": _money(s.get("price_usd")),
                "duration_minutes": s.get("duration_minutes")} for s in config.services]
    formset = ServiceFormSet(request.POST or None, initial=initial, prefix="services")
    if request.method == "POST" and formset.is_valid():
        if _save_rows(formset, services=formset.items()):
            messages.success(request, SAVED)
            return redirect("settings-services")
    tenant = _tenant(request)
    return _page(request, "portal/settings_services.html", "services", formset=formset,
                 defaults=tenant.profession.default_services if tenant.profession else [],
                 appointment_minutes=(tenant.profession.appointment_minutes
                                      if tenant.profession else 30),
                 own=bool(config.services))


@login_required
def settings_faq(request: HttpRequest) -> HttpResponse:
    config = _config()
    initial = [{"question": f.get("question", ""), "answer": f.get("answer", "")}
               for f in config.faq]
    formset = FaqFormSet(request.POST or None, initial=initial, prefix="faq")
    if request.method == "POST" and formset.is_valid():
        if _save_rows(formset, faq=formset.items()):
            messages.success(request, SAVED)
            return redirect("settings-faq")
    tenant = _tenant(request)
    return _page(request, "portal/settings_faq.html", "faq", formset=formset,
                 defaults=tenant.profession.default_faq if tenant.profession else [],
                 own=bool(config.faq))


@login_required
def settings_hours(request: HttpRequest) -> HttpResponse:
    tenant = _tenant(request)
    default_hours = tenant.profession.default_hours if tenant.profession else {}
    # a business that never set hours is answered with its trade's: show those, not "closed"
    form = HoursForm(request.POST or None, hours=tenant.business_hours or default_hours,
                     timezone=tenant.timezone)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            tenant_business_hours_update(tenant=tenant, business_hours=form.hours,
                                         timezone=form.timezone)
        except ApplicationError as exc:
            error = _sentence(exc.message)
        else:
            messages.success(request, SAVED)
            return redirect("settings-hours")
    return _page(request, "portal/settings_hours.html", "hours", form=form, error=error,
                 current_text=describe_business_hours(tenant.business_hours or default_hours),
                 default_text=describe_business_hours(default_hours) if default_hours else "")


@login_required
def settings_booking(request: HttpRequest) -> HttpResponse:
    config = _config()
    form = BookingRulesForm(request.POST or None, initial=config.booking_rules or {})
    if request.method == "POST" and form.is_valid():
        if _save(form, booking_rules=form.rules()):
            messages.success(request, SAVED)
            return redirect("settings-booking")
    tenant = _tenant(request)
    return _page(request, "portal/settings_booking.html", "booking", form=form,
                 booking_flow=tenant.profession.booking_flow if tenant.profession else "",
                 appointment_minutes=(tenant.profession.appointment_minutes
                                      if tenant.profession else 30))


@login_required
def settings_transfer(request: HttpRequest) -> HttpResponse:
    config = _config()
    form = TransferForm(request.POST or None, initial={
        "transfer_number": config.transfer_number,
        "transfer_outside_hours": config.transfer_outside_hours})
    if request.method == "POST" and form.is_valid():
        if _save(form, **form.cleaned_data):
            messages.success(request, SAVED)
            return redirect("settings-transfer")
    return _page(request, "portal/settings_transfer.html", "transfer", form=form)


# --- Voice ---------------------------------------------------------------------------------
def _voice_choices(config: ReceptionistConfig) -> list[tuple[str, str]]:
    choices = stock_voices()
    cloud = bool(settings.CARTESIA_API_KEY)
    seen = {value for value, _ in choices}
    clones = VoiceCloneJob.objects.filter(status=VoiceCloneJob.Status.SUCCEEDED).exclude(
        voice_id="").values_list("provider", "voice_id", "name")
    for provider, voice_id, name in clones:
        value = f"{provider}:{voice_id}"
        if value not in seen:
            note = "" if cloud else ": Cartesia is not set up on this server"
            choices.append((value, f"Your voice “{name}” (cloned{note})"))
            seen.add(value)
    current = voice_value(config)
    if current not in seen:
        choices.append((current, f"Current: {config.voice_provider} voice {config.voice_id}"))
    return choices


@login_required
def settings_voice(request: HttpRequest) -> HttpResponse:
    config = _config()
    choices = _voice_choices(config)
    action = request.POST.get("action") if request.method == "POST" else None
    voice_form = VoiceForm(request.POST if action == "voice" else None, choices=choices,
                           initial={"voice": voice_value(config)})
    clone_form = VoiceCloneForm(request.POST if action == "clone" else None,
                                request.FILES if action == "clone" else None,
                                refused=upload_refusals(request) if action == "clone" else None)
    if action == "voice" and voice_form.is_valid():
        provider, voice_id = voice_form.provider_and_voice()
        if _save(voice_form, voice_provider=provider, voice_id=voice_id):
            messages.success(request, SAVED)
            return redirect("settings-voice")
    if action == "clone" and clone_form.is_valid():
        try:
            job = voice_clone_start(sample=clone_form.cleaned_data["sample"],
                                    name=clone_form.cleaned_data["name"])
        except ApplicationError as exc:
            field = exc.field if exc.field in clone_form.fields else None
            clone_form.add_error(field, _sentence(exc.message))
        else:
            messages.success(request, f"Got your recording ({job.sample_seconds:.0f} s). "
                                      "Cloning has started; this page shows its progress.")
            return redirect("settings-voice")
    status = 400 if action in ("voice", "clone") else 200
    response = _page(request, "portal/settings_voice.html", "voice",
                     voice_form=voice_form, clone_form=clone_form, jobs=voice_clone_jobs_recent(),
                     cloning_available=bool(settings.CARTESIA_API_KEY),
                     sample_text=preview_text(_live(request).greeting))
    response.status_code = status
    return response


@login_required
@require_GET
def settings_voice_preview(request: HttpRequest) -> HttpResponse:
    """The greeting spoken by the voice in ?voice= (a value of the voice form), as a WAV."""
    config = _config()
    value = request.GET.get("voice") or voice_value(config)
    if value not in dict(_voice_choices(config)):
        return HttpResponseBadRequest("unknown voice", content_type="text/plain")
    provider, _, voice_id = ("auto", "", "") if value == "auto" else value.partition(":")
    try:
        path = async_to_sync(voice_preview_render)(_live(request), provider=provider,
                                                   voice_id=voice_id)
    except Exception:
        logger.exception("voice preview failed for %s (%s)", connection.schema_name, value)
        return HttpResponse("The voice could not be rendered right now; try again shortly.",
                            status=503, content_type="text/plain")
    response = FileResponse(path.open("rb"), content_type="audio/wav")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
@require_GET
def settings_voice_job(request: HttpRequest, job_id: int) -> HttpResponse:
    """One cloning job's status, polled by the voice page while the job runs."""
    job = voice_clone_job_get(job_id=job_id)
    if job is None:
        raise Http404("no such job")
    return render(request, "portal/settings_voice_job.html", {"job": job})


# --- Providers ---------------------------------------------------------------------------------
@login_required
def settings_providers(request: HttpRequest) -> HttpResponse:
    config = _config()
    form = ProvidersForm(request.POST or None, current=config, initial={
        "stt_provider": config.stt_provider, "llm_provider": config.llm_provider})
    if request.method == "POST" and form.is_valid():
        if _save(form, **form.cleaned_data):
            messages.success(request, SAVED)
            return redirect("settings-providers")
    return _page(request, "portal/settings_providers.html", "providers", form=form,
                 voice_provider=config.get_voice_provider_display())

