"""URLs served on a business's own domain (its portal)."""

from __future__ import annotations

from django.urls import path

from tenants import views

urlpatterns = [
    path("", views.portal_home, name="portal-home"),
]
