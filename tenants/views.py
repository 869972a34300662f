"""The public site (home, sign-up, finding one's portal) and the portal's sign-in landing."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.request import split_domain_port
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST
from django_tenants.utils import schema_context

from receptionist.errors import ApplicationError
from receptionist.limits import client_ip as request_client_ip
from team.models import Role
from tenants.forms import SERVICE_FIELDS, FindPortalForm, SignupForm
from tenants.login_links import login_link_token_create, login_link_token_redeem
from tenants.models import Domain, ProfessionTemplate, Tenant
from tenants.services import (
    tenant_signup,
    tenant_signup_email_send,
    tenant_signup_email_verify,
)
from tenants.signup import (
    signup_attempt_allow,
    signup_limits_check,
    signup_limits_count,
    signup_resend_allow,
    verification_token_create,
)

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


def client_ip(request: HttpRequest) -> str:
    return request_client_ip(request) or "unknown"


def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        valid = form.is_valid()
        ip = client_ip(request)
        try:
            signup_attempt_allow(client_ip=ip)
            if valid:
                signup_limits_check(email=form.cleaned_data["owner_email"], client_ip=ip)
        except ApplicationError as exc:
            form.add_error(SERVICE_FIELDS.get(exc.field or ""), exc.message)
            valid = False
        if valid:
            response = _signup_complete(request, form)
            if response is not None:
                return response
    return render(request, "public/signup.html", {
        "form": form, "domain_suffix": settings.TENANT_DOMAIN_SUFFIX,
        "trial_days": settings.TRIAL_DAYS})


def _signup_complete(request: HttpRequest, form: SignupForm) -> HttpResponse | None:
    data = form.cleaned_data
    try:
        tenant = tenant_signup(
            schema_name=form.schema_name, business_name=data["business_name"],
            profession=data["profession"], owner_email=data["owner_email"],
            owner_password=data["password"], timezone=data["timezone"])
    except ApplicationError as exc:
        form.add_error(SERVICE_FIELDS.get(exc.field or ""), exc.message)
        return None
    signup_limits_count(email=data["owner_email"], client_ip=client_ip(request))
    domain = tenant.get_primary_domain().domain
    token = verification_token_create(schema_name=tenant.schema_name, email=tenant.signup_email)
    tenant_signup_email_send(tenant=tenant, link=portal_url(
        request, domain, "/accounts/verify-email/", {"token": token}))
    with schema_context(tenant.schema_name):
        owner_id = get_user_model().objects.get(username=data["owner_email"]).pk
    login_token = login_link_token_create(schema_name=tenant.schema_name, user_id=owner_id)
    logger.info("signed up %s (%s)", tenant.business_name, tenant.schema_name)
    return HttpResponseRedirect(portal_url(request, domain, "/accounts/welcome/",
                                           {"token": login_token}))


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
    if tenant.signup_email_pending:
        messages.success(request, f"Welcome to {tenant.business_name}'s portal! We've emailed "
                                  f"{tenant.signup_email} a link: open it to confirm your address "
                                  "and your receptionist gets its phone number. Meanwhile, set it "
                                  "up below and try it in the browser.")
    elif number:
        messages.success(request, f"Welcome to {tenant.business_name}'s portal. Your receptionist "
                                  f"answers {number}; set it up below.")
    else:
        messages.warning(request, "Welcome! Your receptionist is ready, but no phone number is "
                                  "free right now. Set it up and try it in the browser; you can "
                                  "claim a number here as soon as one is available.")
    return redirect("/settings/")


@require_GET
def verify_email(request: HttpRequest) -> HttpResponse:
    """The emailed link: confirm the owner's address and assign a number from the pool. Works
    logged in or not (the link itself proves the mailbox); then on to the portal."""
    tenant: Tenant = connection.tenant
    try:
        number = tenant_signup_email_verify(tenant=tenant, token=request.GET.get("token", ""))
    except ApplicationError as exc:
        messages.error(request, f"{exc.message.capitalize()}.")
    else:
        if number is not None:
            messages.success(request, f"Thank you, your email address is confirmed. Your "
                                      f"receptionist answers {number.e164}.")
        else:
            messages.warning(request, "Thank you, your email address is confirmed. No phone "
                                      "number is free right now; claim one here as soon as one "
                                      "is available.")
    if not request.user.is_authenticated:
        return redirect(settings.LOGIN_URL)
    return redirect("/settings/" if request.team_role == Role.OWNER else "/dashboard/")


@require_POST
@login_required
def verify_email_resend(request: HttpRequest) -> HttpResponse:
    """Send the confirmation link again (at most a few times an hour per business)."""
    tenant: Tenant = connection.tenant
    if not tenant.signup_email_pending:
        messages.info(request, "Your email address is already confirmed.")
    elif not signup_resend_allow(schema_name=tenant.schema_name):
        messages.warning(request, "We've sent several links in the last hour; please check your "
                                  "inbox (and spam folder) or try again later.")
    else:
        token = verification_token_create(schema_name=tenant.schema_name,
                                          email=tenant.signup_email)
        tenant_signup_email_send(tenant=tenant, link=portal_url(
            request, tenant.get_primary_domain().domain, "/accounts/verify-email/",
            {"token": token}))
        messages.success(request, f"We've sent a new link to {tenant.signup_email}.")
    return redirect("/settings/")
