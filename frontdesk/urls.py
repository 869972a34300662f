"""The owner's receptionist settings pages and Try it, served on each business's own domain."""

from __future__ import annotations

from django.urls import path

from frontdesk import views
from frontdesk.try_it import views as try_it_views

urlpatterns = [
    path("settings/", views.settings_overview, name="settings"),
    path("settings/number/claim/", views.settings_number_claim, name="settings-number-claim"),
    path("settings/greeting/", views.settings_greeting, name="settings-greeting"),
    path("settings/services/", views.settings_services, name="settings-services"),
    path("settings/faq/", views.settings_faq, name="settings-faq"),
    path("settings/hours/", views.settings_hours, name="settings-hours"),
    path("settings/booking/", views.settings_booking, name="settings-booking"),
    path("settings/transfer/", views.settings_transfer, name="settings-transfer"),
    path("settings/voice/", views.settings_voice, name="settings-voice"),
    path("settings/voice/preview/", views.settings_voice_preview, name="settings-voice-preview"),
    path("settings/voice/jobs/<int:job_id>/", views.settings_voice_job,
         name="settings-voice-job"),
    path("settings/providers/", views.settings_providers, name="settings-providers"),
    path("try/", try_it_views.try_it, name="try-it"),
]
