"""The API on a business's own domain (/api/v1/, its tokens, its OpenAPI schema and docs), and
the owners' API keys page. API views do their own authentication and roles (api/permissions.py),
so the portal's login middleware lets them through (`open_to_everyone`) to answer in JSON."""

from __future__ import annotations

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from api import portal, tokens, views
from api.base import no_such_endpoint
from team.access import open_to_everyone


def endpoint(view_class: type) -> object:
    return open_to_everyone(view_class.as_view())


urlpatterns = [
    path("api/token/", endpoint(tokens.TokenObtainView), name="api-token"),
    path("api/token/refresh/", endpoint(tokens.TokenRefreshView), name="api-token-refresh"),
    path("api/v1/calls/", endpoint(views.CallList), name="api-calls"),
    path("api/v1/calls/<str:call_id>/", endpoint(views.CallDetail), name="api-call"),
    path("api/v1/calls/<str:call_id>/turns/<str:index>/recording/",
         endpoint(views.CallTurnRecording), name="api-call-recording"),
    path("api/v1/appointments/", endpoint(views.AppointmentList), name="api-appointments"),
    path("api/v1/appointments/<str:appointment_id>/", endpoint(views.AppointmentDetail),
         name="api-appointment"),
    path("api/v1/appointments/<str:appointment_id>/move/", endpoint(views.AppointmentMove),
         name="api-appointment-move"),
    path("api/v1/appointments/<str:appointment_id>/cancel/",
         endpoint(views.AppointmentCancel), name="api-appointment-cancel"),
    path("api/v1/messages/", endpoint(views.MessageList), name="api-messages"),
    path("api/v1/messages/<str:message_id>/handled/", endpoint(views.MessageHandled),
         name="api-message-handled"),
    path("api/v1/settings/", endpoint(views.ReceptionistSettings), name="api-settings"),
    path("api/v1/analytics/summary/", endpoint(views.AnalyticsSummary),
         name="api-analytics-summary"),
    path("api/v1/phone-numbers/", endpoint(views.PhoneNumberList), name="api-phone-numbers"),
    path("api/v1/phone-numbers/claim/", endpoint(views.PhoneNumberClaim),
         name="api-phone-number-claim"),
    path("api/schema/", open_to_everyone(SpectacularAPIView.as_view(urlconf="api.urls")),
         name="api-schema"),
    path("api/docs/", open_to_everyone(SpectacularSwaggerSplitView.as_view(
        url_name="api-schema")), name="api-docs"),
    # a path under /api/ without its trailing slash: JSON, not a redirect that drops the body
    re_path(r"^api/.*[^/]$", open_to_everyone(no_such_endpoint), name="api-no-slash"),
    # the owners' page (owners only: team/access.py)
    path("api-keys/", portal.api_keys_page, name="api-keys"),
    path("api-keys/<int:key_id>/revoke/", portal.api_key_revoke_view, name="api-key-revoke"),
]
