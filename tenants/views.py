"""The public site (home, sign-up, finding one's portal) and the portal's sign-in landing."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.request import split_domain_port
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET
from django_tenants.utils import schema_context

from receptionist.errors import ApplicationError
from tenants.forms import SERVICE_FIELDS, FindPortalForm, SignupForm
from tenants.login_links import login_link_token_create, login_link_token_redeem
from tenants.models import Domain, ProfessionTemplate, Tenant
from tenants.services import tenant_signup

logger = logging.getLogger(__name__)


def portal_url(request: HttpRequest, domain: str, path: str, query: dict | None = None) -> str:
    """An absolute URL on a business's host, on the scheme and port this request came in on."""
    _, port = split_domain_port(request.get_host())
    netloc = f"{domain}:{port}" if port else domain
    suffix = f"?{urlencode(query)}" if query else ""
    return f"{request.scheme}://{netloc}{path}{suffix}"


def home(request: HttpRequest) -> HttpResponse:
    professions = ProfessionTemplate.objects.order_by("name").values_list("name", flat=True)
    return render(request, "public/home.html", {"professions": professions})


def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            tenant, _number = tenant_signup(
                schema_name=form.schema_name, business_name=data["business_name"],
                profession=data["profession"], owner_email=data["owner_email"],
                owner_password=data["password"], timezone=data["timezone"])
        except ApplicationError as exc:
            form.add_error(SERVICE_FIELDS.get(exc.field or ""), exc.message)
        else:
            with schema_context(tenant.schema_name):
                owner_id = get_user_model().objects.get(username=data["owner_email"]).pk
            token = login_link_token_create(schema_name=tenant.schema_name, user_id=owner_id)
            logger.info("signed up %s (%s)", tenant.business_name, tenant.schema_name)
            return HttpResponseRedirect(portal_url(
                request, tenant.get_primary_domain().domain, "/accounts/welcome/",
                {"token": token}))
    return render(request, "public/signup.html", {
        "form": form, "domain_suffix": settings.TENANT_DOMAIN_SUFFIX})


def find_portal(request: HttpRequest) -> HttpResponse:
    """Owners log in on their own portal's host; this sends them there by its name."""
    form = FindPortalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        domain = f"{form.cleaned_data['subdomain']}.{settings.TENANT_DOMAIN_SUFFIX}"
        exists = Domain.objects.filter(domain=domain).exclude(
            tenant__schema_name=settings.PUBLIC_SCHEMA_NAME).exists()
        if exists:
            return HttpResponseRedirect(portal_url(request, domain, "/accounts/login/"))
        form.add_error("subdomain", f"No business uses {domain}. Check the spelling, or sign up.")
    return render(request, "public/find_portal.html", {
        "form": form, "domain_suffix": settings.TENANT_DOMAIN_SUFFIX})


@require_GET
def welcome(request: HttpRequest) -> HttpResponse:
    """The landing page of a sign-in link from the public site: log the owner in, once."""
    tenant: Tenant = connection.tenant
    try:
        user_id = login_link_token_redeem(token=request.GET.get("token", ""),
                                          schema_name=tenant.schema_name)
        user = get_user_model().objects.get(pk=user_id, is_active=True)
    except (ApplicationError, get_user_model().DoesNotExist) as exc:
        if request.user.is_authenticated:
            return redirect("/dashboard/")
        reason = exc.message if isinstance(exc, ApplicationError) else "this account is not active"
        messages.warning(request, f"{reason.capitalize()}. Please log in with your email and "
                                  "password.")
        return redirect(settings.LOGIN_URL)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    number = tenant.phone_numbers.order_by("e164").values_list("e164", flat=True).first()
    if number:
        messages.success(request, f"Welcome to {tenant.business_name}'s portal. Your receptionist "
                                  f"answers {number}; set it up below.")
    else:
        messages.warning(request, "Welcome! Your receptionist is ready, but no phone number is "
                                  "free right now. Set it up and try it in the browser; you can "
                                  "claim a number here as soon as one is available.")
    return redirect("/settings/")
