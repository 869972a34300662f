"""WebSocket URLs, served on each business's own domain (see receptionist/asgi.py)."""

from __future__ import annotations

from django.urls import path

from calls.consumers import LiveFeedConsumer
from frontdesk.try_it.consumers import TryItConsumer

websocket_urlpatterns = [
    path("ws/try/", TryItConsumer.as_asgi(), name="ws-try-it"),
    path("ws/live/", LiveFeedConsumer.as_asgi(), name="ws-live"),
]
