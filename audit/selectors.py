"""Reads of the audit log, in the current schema (a business's portal reads its own)."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from audit.models import AuditEntry

PAGE_SIZE = 50


@dataclass(frozen=True)
class AuditFilters:
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def active(self) -> bool:
        return bool(self.kind or self.date_from or self.date_to)


def audit_entries(*, filters: AuditFilters, tz: zoneinfo.ZoneInfo) -> QuerySet[AuditEntry]:
    """Newest first; days are the business's own (midnight to midnight in `tz`)."""
    entries = AuditEntry.objects.all()
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.date_from:
        entries = entries.filter(timestamp__gte=datetime.combine(filters.date_from, time.min, tz))
    if filters.date_to:
        entries = entries.filter(
            timestamp__lt=datetime.combine(filters.date_to + timedelta(days=1), time.min, tz))
    return entries.order_by("-timestamp", "-id")


def audit_entries_page(*, filters: AuditFilters, tz: zoneinfo.ZoneInfo, page: int) -> Page:
    """One page of `audit_entries`; a page past the last is the last."""
    paginator = Paginator(audit_entries(filters=filters, tz=tz), PAGE_SIZE)
    return paginator.get_page(page)
