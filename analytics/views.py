"""The dashboard: the business's calls, money and latency at a glance, and the live feed (owners
and front desk)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from analytics.selectors import DEFAULT_PERIOD, PERIODS, dashboard_summary
from calls.views import render_local, tenant_zone
from team.access import front_desk_allowed


@front_desk_allowed
@require_GET
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("days", str(DEFAULT_PERIOD))
    days = int(raw) if raw in {str(p) for p in PERIODS} else None
    if days is None:
        messages.warning(request, f"Periods are {', '.join(map(str, PERIODS))} days; "
                                  f"showing the last {DEFAULT_PERIOD}.")
        days = DEFAULT_PERIOD
    summary = dashboard_summary(tz_name=tenant_zone(request).key, days=days)
    return render_local(request, "portal/dashboard.html", {
        "nav": "dashboard", "summary": summary, "periods": PERIODS,
        "chart_data": summary.chart_data(),
    })
