"""Forms of the public site: sign-up and finding one's portal."""

from __future__ import annotations

import re
import zoneinfo
from functools import lru_cache

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation

from receptionist.errors import ApplicationError
from tenants.models import Domain, ProfessionTemplate, Tenant
from tenants.signup import signup_form_token_check, signup_form_token_create

SUBDOMAIN_RE = re.compile(r"^[a-z][a-z0-9-]{0,46}[a-z0-9]$")
# Names a business could use to pass itself off as the product, or that ops need for themselves.
RESERVED_SUBDOMAINS = frozenset({
    "www", "admin", "api", "app", "mail", "smtp", "static", "media", "public", "portal",
    "signup", "login", "support", "help", "status", "docs", "blog", "tenant-template",
})
# Service errors name the model's fields; the form shows them next to its own fields.
SERVICE_FIELDS = {
    "schema_name": "subdomain", "domain": "subdomain", "business_name": "business_name",
    "profession": "profession", "owner_email": "owner_email", "owner_password": "password",
    "timezone": "timezone",
}


@lru_cache(maxsize=1)
def timezone_choices() -> list[tuple[str, str]]:
    zones = sorted(z for z in zoneinfo.available_timezones()
                   if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
    return [(z, z.replace("_", " ")) for z in zones + ["UTC"]]


def clean_subdomain(value: str) -> str:
    name = (value or "").strip().lower().replace("_", "-")
    if not SUBDOMAIN_RE.match(name) or "--" in name:
        raise forms.ValidationError(
            "Use 2 to 48 lowercase letters, digits or single hyphens, starting with a letter "
            "and not ending with a hyphen.")
    if name in RESERVED_SUBDOMAINS or name.startswith("pg-"):
        raise forms.ValidationError(f"“{name}” is reserved; choose another.")
    return name


class SignupForm(forms.Form):
    business_name = forms.CharField(max_length=200, label="Business name",
                                    widget=forms.TextInput(attrs={"autocomplete": "organization"}))
    subdomain = forms.CharField(
        max_length=48, label="Your portal's address",
        help_text=f"Lowercase letters, digits and hyphens: "
                  f"you will log in at <name>.{settings.TENANT_DOMAIN_SUFFIX}")
    profession = forms.ChoiceField(label="Your trade",
                                   help_text="Your receptionist starts with this trade's script, "
                                             "services and answers; you can change all of them.")
    owner_email = forms.EmailField(label="Your email",
                                   widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password = forms.CharField(
        label="Password", strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 8 characters, not a common password.")
    timezone = forms.ChoiceField(label="Time zone", initial="America/New_York")
    # The honeypot: hidden from people (see signup.html), filled in by form-filling scripts.
    website = forms.CharField(required=False, label="Leave this field empty",
                              widget=forms.TextInput(attrs={"autocomplete": "off",
                                                            "tabindex": "-1"}))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["profession"].choices = [("", "Choose your trade")] + list(
            ProfessionTemplate.objects.order_by("name").values_list("slug", "name"))
        self.fields["timezone"].choices = timezone_choices()

    @property
    def started_token(self) -> str:
        """A fresh signed note of when this form was served (rendered as a hidden field)."""
        return signup_form_token_create()

    def clean_subdomain(self) -> str:
        """Checked here too, so a taken name is reported together with any other mistake;
        the service checks again when it creates the business."""
        name = clean_subdomain(self.cleaned_data["subdomain"])
        domain = f"{name}.{settings.TENANT_DOMAIN_SUFFIX}"
        if (Tenant.objects.filter(schema_name=name.replace("-", "_")).exists()
                or Domain.objects.filter(domain=domain).exists()):
            raise forms.ValidationError(f"{domain} already exists; choose another name.")
        return name

    def clean_owner_email(self) -> str:
        return self.cleaned_data["owner_email"].strip().lower()

    def clean(self) -> dict:
        """Also refuses what only a script sends: the honeypot filled in, or the form sent back
        without our signed timestamp or faster than a person can fill it (tenants/signup.py).
        Those are reported with the other mistakes, never instead of them."""
        data = super().clean()
        password = data.get("password")
        if password:
            user = get_user_model()(username=data.get("owner_email", ""),
                                    email=data.get("owner_email", ""))
            try:
                password_validation.validate_password(password, user=user)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        if data.get("website"):
            self.add_error(None, "This form could not be accepted: please leave the last field "
                                 "empty and send it again.")
        try:
            signup_form_token_check(token=str(self.data.get("started", ""))[:200])
        except ApplicationError as exc:
            self.add_error(None, exc.message)
        return data

    @property
    def schema_name(self) -> str:
        return self.cleaned_data["subdomain"].replace("-", "_")


class FindPortalForm(forms.Form):
    subdomain = forms.CharField(max_length=63, label="Your portal's address",
                                help_text=f"The name before .{settings.TENANT_DOMAIN_SUFFIX}")

    def clean_subdomain(self) -> str:
        value = (self.cleaned_data["subdomain"] or "").strip().lower()
        suffix = "." + settings.TENANT_DOMAIN_SUFFIX
        value = value.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        if value.endswith(suffix):
            value = value[: -len(suffix)]
        return clean_subdomain(value)
