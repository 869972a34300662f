"""The business's calls, visits and messages, on its own domain (its schema), for its owners
and front desk alike.

Every lookup runs in the request's tenant schema, so another business's call id simply does not
exist here: 404, never someone else's data. Recordings are streamed by a login-protected view
that finds the turn in this schema; they are never a public media URL.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from calls import selectors
from calls.forms import CallFilterForm
from calls.services import callback_message_handled_set
from receptionist.errors import ApplicationError
from team.access import front_desk_allowed


def tenant_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(request.tenant.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, AttributeError):
        return zoneinfo.ZoneInfo("UTC")


def render_local(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """Render with times shown in the business's time zone."""
    tz = tenant_zone(request)
    with timezone.override(tz):
        return render(request, template, {"tenant_tz": tz.key, **context})


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    try:
        page = int(raw)
    except ValueError:
        page = 0
    if not 1 <= page <= 100_000:
        messages.warning(request, f"There is no page {raw[:20]!r}; showing the first page.")
        return 1
    return page


@front_desk_allowed
@require_GET
@login_required
def call_list(request: HttpRequest) -> HttpResponse:
    form = CallFilterForm(request.GET or None, region=request.tenant.phone_region)
    if form.is_bound:
        form.is_valid()  # invalid fields are shown as errors and left out of the filter
    filters = form.filters()
    try:
        page = selectors.call_list(filters=filters, tz=tenant_zone(request),
                                   before=request.GET.get("before", ""),
                                   after=request.GET.get("after", ""))
    except ApplicationError as exc:
        messages.warning(request, f"{exc.message.capitalize()}; showing the newest calls.")
        page = selectors.call_list(filters=filters, tz=tenant_zone(request))
    query = request.GET.copy()
    for key in ("before", "after"):
        query.pop(key, None)
    return render_local(request, "portal/calls.html", {
        "nav": "calls", "form": form, "filters": filters, "page": page,
        "query": query.urlencode(),
    })


@front_desk_allowed
@require_GET
@login_required
def call_detail(request: HttpRequest, call_id: Any) -> HttpResponse:
    call = selectors.call_get(call_id=call_id)
    if call is None:
        raise Http404("No such call")
    turns = selectors.call_turns(call=call)
    return render_local(request, "portal/call_detail.html", {
        "nav": "calls", "call": call, "turns": turns,
        "details": selectors.call_details(call=call),
        "appointments": list(call.appointments.order_by("starts_at")),
        "cancelled_appointments": list(call.cancelled_appointments.order_by("starts_at")),
        "callback_messages": list(call.callback_messages.order_by("-created_at")),
        "transfers": list(call.transfers.all()),
    })


@front_desk_allowed
@require_GET
@login_required
def call_turn_audio(request: HttpRequest, call_id: Any, index: int) -> FileResponse:
    turn = selectors.turn_with_audio(call_id=call_id, index=index)
    if turn is None:
        raise Http404("No recording for this turn")
    try:
        handle = turn.agent_audio.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404("The recording is no longer stored") from None
    response = FileResponse(handle, content_type="audio/wav")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@front_desk_allowed
@require_GET
@login_required
def appointment_list(request: HttpRequest) -> HttpResponse:
    when = request.GET.get("when", "upcoming")
    if when not in ("upcoming", "past"):
        messages.warning(request, "Unknown list; showing upcoming appointments.")
        when = "upcoming"
    page = selectors.appointment_list(upcoming=when == "upcoming", now=timezone.now(),
                                      page=_page_number(request))
    return render_local(request, "portal/appointments.html", {
        "nav": "appointments", "when": when, "page": page})


@front_desk_allowed
@require_GET
@login_required
def message_list(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("show", "open")
    if show not in selectors.MESSAGE_VIEWS:
        messages.warning(request, "Unknown list; showing open messages.")
        show = "open"
    page = selectors.callback_message_list(show=show, page=_page_number(request))
    return render_local(request, "portal/messages.html", {
        "nav": "messages", "show": show, "page": page, "here": request.get_full_path(),
    })


@front_desk_allowed
@require_POST
@login_required
def message_handled(request: HttpRequest, message_id: int) -> HttpResponse:
    handled = request.POST.get("handled")
    if handled not in ("0", "1"):
        messages.error(request, "Could not update the message: say whether it is handled.")
    else:
        try:
            message = callback_message_handled_set(message_id=message_id, handled=handled == "1")
        except ApplicationError:
            raise Http404("No such message") from None
        state = "handled" if message.handled else "open again"
        messages.success(request, f"Message from {message.caller_name} marked {state}.")
    target = request.POST.get("next", "")
    # a path on this site only: redirect() would read "9999-12-31" as a view name and fail
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = reverse("message-list")
    return HttpResponseRedirect(target)
