"""The owners' API keys page on the business's own domain: list, create (the secret is shown
once, on the page that made it, never again), revoke. Owners only (team/access.py's default)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from api.models import ApiKey
from api.selectors import api_keys
from api.services import NAME_MAX, api_key_create, api_key_revoke
from receptionist.errors import ApplicationError


class ApiKeyForm(forms.Form):
    name = forms.CharField(max_length=NAME_MAX, label="Name",
                           help_text="What uses it, e.g. “CRM sync”.")
    scope = forms.ChoiceField(choices=ApiKey.Scope.choices, initial=ApiKey.Scope.READ,
                              label="Access",
                              help_text="Read only: calls, appointments, messages, settings "
                                        "and figures. Read and write: also books, moves and "
                                        "cancels appointments, marks messages, changes "
                                        "settings.")


def api_keys_page(request: HttpRequest) -> HttpResponse:
    form = ApiKeyForm(request.POST if request.method == "POST" else None)
    secret = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                key, secret = api_key_create(name=form.cleaned_data["name"],
                                             scope=form.cleaned_data["scope"],
                                             created_by=request.user)
            except ApplicationError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, exc.message)
                status = 400
            else:
                form = ApiKeyForm()
                messages.success(request, f"Key “{key.name}” made. Copy it now: it is not "
                                          "shown again.")
        else:
            status = 400
    response = render(request, "portal/api_keys.html", {
        "nav": "api", "form": form, "keys": api_keys(), "secret": secret,
        "api_base": request.build_absolute_uri("/api/v1/")})
    response.status_code = status
    if secret:
        response["Cache-Control"] = "no-store"
    return response


@require_POST
def api_key_revoke_view(request: HttpRequest, key_id: int) -> HttpResponse:
    try:
        key = api_key_revoke(key_id=key_id)
    except ApplicationError:
        raise Http404("No such key") from None
    messages.success(request, f"Key “{key.name}” no longer works.")
    return redirect("api-keys")
