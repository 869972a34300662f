"""The staff API on the public site (/api/staff/), its tokens, OpenAPI schema and docs."""

from __future__ import annotations

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from api import staff, tokens
from api.base import no_such_endpoint

urlpatterns = [
    path("api/token/", tokens.TokenObtainView.as_view(), name="api-token"),
    path("api/token/refresh/", tokens.TokenRefreshView.as_view(), name="api-token-refresh"),
    path("api/staff/businesses/", staff.BusinessList.as_view(), name="api-staff-businesses"),
    path("api/staff/businesses/<str:schema_name>/", staff.BusinessDetail.as_view(),
         name="api-staff-business"),
    path("api/staff/businesses/<str:schema_name>/subscription/",
         staff.BusinessSubscription.as_view(), name="api-staff-business-subscription"),
    path("api/staff/businesses/<str:schema_name>/usage/", staff.BusinessUsage.as_view(),
         name="api-staff-business-usage"),
    path("api/staff/numbers/", staff.NumberList.as_view(), name="api-staff-numbers"),
    path("api/schema/", SpectacularAPIView.as_view(urlconf="api.urls_staff"), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"),
         name="api-docs"),
    re_path(r"^api/.*[^/]$", no_such_endpoint, name="api-no-slash"),
]
