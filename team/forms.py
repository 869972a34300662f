"""Forms of the team page and of the invitation link."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import SetPasswordForm

from team.models import Role


class InviteForm(forms.Form):
    email = forms.EmailField(label="Email", max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "off"}),
                             help_text="They get a link to choose their own password.")
    role = forms.ChoiceField(label="Role", choices=Role.choices, initial=Role.FRONT_DESK,
                             help_text="Front desk: calls, appointments, messages and the live "
                                       "feed. Owner: everything, settings and team included.")


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)


class JoinForm(SetPasswordForm):
    """Django's own set-password form, for a login that does not exist yet (its validators
    see the invited address, so a password like it is refused)."""
