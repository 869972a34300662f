"""Portal pages of the analytics app, served on each business's own domain."""

from __future__ import annotations

from django.urls import path
from django.views.generic import RedirectView

from analytics import views
from team.access import front_desk_allowed

urlpatterns = [
    path("", front_desk_allowed(RedirectView.as_view(pattern_name="dashboard")),
         name="portal-home"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
