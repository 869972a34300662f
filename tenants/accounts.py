"""Owners' login forms on a business's portal (users live in the business's own schema)."""

from __future__ import annotations

from collections.abc import Iterator

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.views import PasswordResetView
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpResponse

LOGIN_FAILURE_LIMIT = 10
LOGIN_LOCKOUT_SECONDS = 15 * 60


class OwnerLoginForm(AuthenticationForm):
    """Owners log in with their email (their username is their email).

    After LOGIN_FAILURE_LIMIT wrong passwords for one login of one business, that login is
    refused for LOGIN_LOCKOUT_SECONDS, right password or not (the reset link still works and
    logs the owner in). A counter in the cache, per schema: django-axes would need its backend
    on every `authenticate()` call, which `Client.login` in tests and staff tools do not pass a
    request to, and knows nothing of schemas.
    """

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": "Too many failed attempts for this login. Wait 15 minutes, or reset your "
                  "password with the link below.",
    }

    username = forms.CharField(
        label="Email", max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))

    def clean_username(self) -> str:
        """Emails are matched case-insensitively: "Ann@Smile.example" logs in as ann@smile."""
        typed = self.cleaned_data["username"].strip()
        stored = list(get_user_model()._default_manager.filter(username__iexact=typed)
                      .values_list("username", flat=True)[:2])
        return stored[0] if len(stored) == 1 else typed

    def clean(self) -> dict:
        key = f"login-failures:{connection.schema_name}:{self.cleaned_data.get('username', '')}"
        if cache.get(key, 0) >= LOGIN_FAILURE_LIMIT:
            raise ValidationError(self.error_messages["locked"], code="locked")
        try:
            data = super().clean()
        except ValidationError:
            cache.add(key, 0, timeout=LOGIN_LOCKOUT_SECONDS)
            try:
                cache.incr(key)
            except ValueError:  # expired between the two calls
                cache.set(key, 1, timeout=LOGIN_LOCKOUT_SECONDS)
            raise
        cache.delete(key)
        return data


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
        self.extra_email_context = {"business_name": self.request.tenant.business_name}
        return super().form_valid(form)
