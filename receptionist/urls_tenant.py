"""URLs served on a business's own domain (its portal). Each app owns its pages' URLs.

Every page is the owners' alone unless its view is marked for the front desk or for everyone
(team/access.py, enforced by its middleware)."""

from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("accounts/", include("tenants.urls_accounts")),
    path("", include("analytics.urls")),  # "/" and /dashboard/
    path("", include("calls.urls")),  # /calls/, /appointments/, /messages/
    path("", include("frontdesk.urls")),  # /settings/, /try/
    path("", include("audit.urls")),  # /activity/
    path("", include("api.urls")),  # /api/ (the REST API, its schema and docs), /api-keys/
    path("", include("team.urls")),  # /team/, /team/join/<token>/
    path("", include("webhooks.urls")),  # /webhooks/
]
