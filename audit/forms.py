"""The audit log page's filter bar. A value that does not validate is reported on the form and
left out of the filter: the log still shows, never a server error."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms

from audit.models import AuditEntry
from audit.selectors import AuditFilters

FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2999, 12, 31)


class AuditFilterForm(forms.Form):
    kind = forms.ChoiceField(required=False, label="Kind of action",
                             choices=[("", "Every kind")] + list(AuditEntry.Kind.choices))
    date_from = forms.DateField(required=False, label="From",
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To",
                              widget=forms.DateInput(attrs={"type": "date"}))

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

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
            data.pop("date_to", None)
        return data

    def filters(self) -> AuditFilters:
        """The filter made of the fields that validated (call after is_valid())."""
        data = getattr(self, "cleaned_data", {})
        return AuditFilters(kind=data.get("kind") or None, date_from=data.get("date_from"),
                            date_to=data.get("date_to"))
