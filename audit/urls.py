"""The audit log page, on each business's own domain."""

from __future__ import annotations

from django.urls import path

from audit import views

urlpatterns = [
    path("activity/", views.audit_log, name="audit-log"),
]
