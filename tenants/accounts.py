"""Login and password-reset forms: the owners' on each business's portal (their users live in
the business's own schema) and the staff admin's on the public site."""

from __future__ import annotations

from collections.abc import Iterator

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.views import PasswordResetView
from django.core.exceptions import ValidationError
from django.http import HttpResponse

from audit.services import audit_password_reset_requested
from receptionist.errors import ApplicationError
from receptionist.limits import client_ip, hits_count
from tenants.login_throttle import LoginBusy, login_attempt_serialized


class ThrottledLoginMixin:
    """Each attempt is checked and counted by django-axes, alone for its client address
    (tenants/login_throttle.py says why); a lockout is a form error, never an error page."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": "Too many failed attempts. Wait {minutes} minutes and try again, or reset "
                  "your password with the link below.",
        "busy": "Too many sign-in attempts at once from your network; please try again in a "
                "moment.",
    }

    def clean(self) -> dict:
        error = None
        try:
            with login_attempt_serialized(self.request):
                try:
                    data = super().clean()
                except ValidationError as exc:  # kept: raised here, the failure would roll back
                    error = exc
        except LoginBusy:
            raise ValidationError(self.error_messages["busy"], code="busy") from None
        if error is None:
            return data
        if getattr(self.request, "axes_locked_out", False):
            raise ValidationError(self.error_messages["locked"].format(
                minutes=settings.LOGIN_COOLOFF_MINUTES), code="locked")
        raise error


class OwnerLoginForm(ThrottledLoginMixin, AuthenticationForm):
    """Owners log in with their email (their username is their email)."""

    username = forms.CharField(
        label="Email", max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))

    def clean_username(self) -> str:
        """Emails are matched case-insensitively: "Ann@Smile.example" logs in as ann@smile."""
        typed = self.cleaned_data["username"].strip()
        stored = list(get_user_model()._default_manager.filter(username__iexact=typed)
                      .values_list("username", flat=True)[:2])
        return stored[0] if len(stored) == 1 else typed


class StaffLoginForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """The staff admin's login on the public site, throttled like the owners'."""

    error_messages = {**AdminAuthenticationForm.error_messages,
                      **{k: v for k, v in ThrottledLoginMixin.error_messages.items()
                         if k in ("locked", "busy")}}


def password_reset_allow(*, email: str, client_ip: str) -> None:
    """Counts one reset request; ApplicationError past the hourly limit of this client address
    or of this email address (counted whether or not an owner has it, so the answer tells
    nothing)."""
    by_address = hits_count(key=f"password-reset:ip:{client_ip}", window=3600)
    by_email = hits_count(key=f"password-reset:email:{email.strip().lower()}", window=3600)
    if by_address > settings.PASSWORD_RESET_MAX_PER_IP:
        raise ApplicationError("Too many password reset requests from your network; please try "
                               "again in an hour.")
    if by_email > settings.PASSWORD_RESET_MAX_PER_EMAIL:
        raise ApplicationError("We've sent several reset links to this address in the last hour; "
                               "please check your inbox (and spam folder) or try again later.",
                               field="email")


class OwnerPasswordResetForm(PasswordResetForm):
    """Also mails owners who have no password yet.

    A business created by staff (`manage.py create_tenant` without a password) gets an owner
    with an unusable password, who sets one through this very flow; Django's own form skips
    such users because elsewhere they usually log in some other way.
    """

    def get_users(self, email: str) -> Iterator:
        model = get_user_model()
        field = model.get_email_field_name()
        users = model._default_manager.filter(**{f"{field}__iexact": email, "is_active": True})
        return (u for u in users if getattr(u, field, "").lower() == email.lower())


class OwnerPasswordResetView(PasswordResetView):
    form_class = OwnerPasswordResetForm

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        try:
            password_reset_allow(email=form.cleaned_data["email"],
                                 client_ip=client_ip(self.request) or "unknown")
        except ApplicationError as exc:
            form.add_error(exc.field, exc.message)
            return self.form_invalid(form)
        audit_password_reset_requested(email=form.cleaned_data["email"], request=self.request)
        self.extra_email_context = {"business_name": self.request.tenant.business_name}
        return super().form_valid(form)
