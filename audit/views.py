"""The owner's audit log page: every action on this business, newest first."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from audit.forms import AuditFilterForm
from audit.selectors import audit_entries_page
from calls.views import render_local, tenant_zone

MAX_PAGE = 100_000


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    try:
        page = int(raw)
    except ValueError:
        page = 0
    if not 1 <= page <= MAX_PAGE:
        messages.warning(request, f"There is no page {raw[:20]!r}; showing the first page.")
        return 1
    return page


@require_GET
@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    if form.is_bound:
        form.is_valid()  # invalid fields are shown as errors and left out of the filter
    filters = form.filters()
    page = audit_entries_page(filters=filters, tz=tenant_zone(request),
                              page=_page_number(request))
    query = request.GET.copy()
    query.pop("page", None)
    return render_local(request, "portal/audit_log.html", {
        "nav": "activity", "form": form, "filters": filters, "page": page,
        "query": query.urlencode(), "retention_days": settings.AUDIT_RETENTION_DAYS,
    })
