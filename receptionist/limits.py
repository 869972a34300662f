"""Counting hits per client on the shared cache (Redis when REDIS_URL is set, so every web
process counts together): the sign-up form's and password reset's limits."""

from __future__ import annotations

import ipaddress
import time

from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address the request came from, as this server sees it (a trusted proxy's header is
    the deployment's business: see the README); None when it is not an IP address."""
    value = (request.META.get("REMOTE_ADDR") or "").strip()
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def _window_key(key: str, window: int, now: float | None = None) -> str:
    return f"{key}:{int(time.time() if now is None else now) // window}"


def hits_count(*, key: str, window: int, now: float | None = None) -> int:
    """Count one hit on `key` in the current window of `window` seconds (the window `now`
    falls in; the present one when None); returns the hits so far, this one included. Atomic on
    Redis (INCR): concurrent hits each get their own number."""
    full = _window_key(key, window, now)
    cache.add(full, 0, timeout=window * 2)
    try:
        return cache.incr(full)
    except ValueError:  # expired between add and incr
        cache.add(full, 1, timeout=window * 2)
        return 1


def hits_seen(*, key: str, window: int) -> int:
    """Hits on `key` in the current window, without counting one."""
    return cache.get(_window_key(key, window), 0)
