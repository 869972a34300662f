"""Portal pages of the calls app, served on each business's own domain."""

from __future__ import annotations

from django.urls import path

from calls import views

urlpatterns = [
    path("calls/", views.call_list, name="call-list"),
    path("calls/<uuid:call_id>/", views.call_detail, name="call-detail"),
    path("calls/<uuid:call_id>/turns/<int:index>/audio/", views.call_turn_audio,
         name="call-turn-audio"),
    path("appointments/", views.appointment_list, name="appointment-list"),
    path("messages/", views.message_list, name="message-list"),
    path("messages/<int:message_id>/handled/", views.message_handled, name="message-handled"),
]
