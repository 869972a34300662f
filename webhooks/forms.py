"""The owner's webhook endpoint form."""

from __future__ import annotations

from django import forms

from webhooks.events import EVENT_CHOICES


class EndpointForm(forms.Form):
    url = forms.URLField(label="Endpoint URL", max_length=2000, assume_scheme="https",
                         help_text="Where we POST each event, e.g. https://example.com/webhooks. "
                                   "It must be reachable from the internet.")
    description = forms.CharField(label="Description", max_length=200, required=False,
                                  help_text="For you: what this endpoint is for.")
    events = forms.MultipleChoiceField(label="Events", choices=EVENT_CHOICES,
                                       widget=forms.CheckboxSelectMultiple,
                                       error_messages={"required": "Choose at least one event."})
    enabled = forms.BooleanField(label="Send events to this endpoint", required=False,
                                 initial=True)
