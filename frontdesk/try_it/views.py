"""The "Try it" page: the owner talks to their own receptionist from the browser.

Owners only (team/access.py says why). The page only sets the stage; the call itself runs over
the /ws/try/ WebSocket (frontdesk/try_it/consumers.py, frontdesk/try_it/browser_call.py).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tenants.router import MultiTenantRouter, validate_subscription


@require_GET
@login_required
def try_it(request: HttpRequest) -> HttpResponse:
    config = MultiTenantRouter().get_client_config(request.tenant.schema_name)
    active = config is not None and validate_subscription(config.subscription_status,
                                                          config.subscription_ends_at)
    return render(request, "portal/try_it.html", {
        "nav": "try", "config": config, "subscription_active": active,
    })
