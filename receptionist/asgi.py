"""ASGI entry point: HTTP through Django (tenant middleware included), WebSockets via Channels.

A socket passes the Origin check (ALLOWED_HOSTS), is resolved to the business whose domain it
was opened on, gets its session and login from that business's schema, then reaches its
consumer (receptionist/routing.py).
"""

from __future__ import annotations

import os

from channels.routing import ProtocolTypeRouter, URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
django_asgi = get_asgi_application()  # sets Django up before the consumers import models

from receptionist import housekeeping  # noqa: E402
from receptionist.channels_tenant import TenantAuthMiddlewareStack  # noqa: E402
from receptionist.request_limits import ASGIBodyLimit  # noqa: E402
from receptionist.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter({
    "http": ASGIBodyLimit(django_asgi),  # an oversized body is refused before it is read
    "websocket": AllowedHostsOriginValidator(
        TenantAuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
})
housekeeping.start_in_process()  # only without Redis, where no Celery beat runs
