"""The calls list's filter bar. Whatever the owner types, the list still shows: a field that does
not validate is reported and left out of the filter, never turned into a server error."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms

from calls.models import Call
from calls.selectors import CallFilters
from receptionist.errors import ApplicationError
from tenants.phone_numbers import normalize_e164

OUTCOME_CHOICES = [("", "Any outcome")] + [(v, label) for v, label in Call.Outcome.choices if v]
OUTCOME_CHOICES.append((CallFilters.PENDING, "In progress"))
# Dates a calls list can be narrowed to. Far outside these, a day's local midnight (or the day
# after the last one) is not a representable datetime: 9999-12-31 overflowed into a server error.
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2999, 12, 31)
SENTIMENT_CHOICES = [("", "Any sentiment")] + [
    (v, label) for v, label in Call.Sentiment.choices if v] + [(CallFilters.UNKNOWN, "Unknown")]


class CallFilterForm(forms.Form):
    date_from = forms.DateField(required=False, label="From",
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To",
                              widget=forms.DateInput(attrs={"type": "date"}))
    outcome = forms.ChoiceField(required=False, choices=OUTCOME_CHOICES)
    sentiment = forms.ChoiceField(required=False, choices=SENTIMENT_CHOICES)
    caller = forms.CharField(required=False, max_length=40, label="Caller number",
                             widget=forms.TextInput(attrs={"placeholder": "+1 510 555 0100",
                                                           "inputmode": "tel"}))
    q = forms.CharField(required=False, max_length=200, label="Search transcripts",
                        widget=forms.TextInput(attrs={"placeholder": "e.g. cleaning Friday",
                                                      "type": "search"}))
    hide_tests = forms.BooleanField(required=False, label="Hide test calls")

    def __init__(self, *args: Any, region: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.region = region

    def clean_caller(self) -> str:
        raw = self.cleaned_data.get("caller", "").strip()
        if not raw:
            return ""
        try:
            return normalize_e164(raw, region=self.region)
        except ApplicationError as exc:
            raise forms.ValidationError(exc.message) from None

    def _clean_day(self, name: str) -> date | None:
        day = self.cleaned_data.get(name)
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise forms.ValidationError(
                f"Choose a date between {FIRST_DAY:%Y} and {LAST_DAY:%Y}.")
        return day

    def clean_date_from(self) -> date | None:
        return self._clean_day("date_from")

    def clean_date_to(self) -> date | None:
        return self._clean_day("date_to")

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data.get("q", "").replace("\x00", "").split())

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
        return data

    def filters(self) -> CallFilters:
        """The filter made of the fields that validated (call after is_valid())."""
        data = getattr(self, "cleaned_data", {})
        return CallFilters(
            date_from=data.get("date_from"), date_to=data.get("date_to"),
            outcome=data.get("outcome") or None, sentiment=data.get("sentiment") or None,
            caller_number=data.get("caller") or None, search=data.get("q", ""),
            include_tests=not data.get("hide_tests", False),
        )
