"""URLs of the public schema's site (marketing, sign-up, staff admin)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from tenants import views

urlpatterns = [
    path("", views.home, name="home"),
    path("signup/", views.signup, name="signup"),
    path("login/", views.find_portal, name="find-portal"),
    path("admin/", admin.site.urls),
    path("", include("api.urls_staff")),  # /api/staff/ (the staff API), its schema and docs
]
