"""Requests per business and per client address, so one business (or one client) hammering the
portal cannot starve the others (issue 16, build item 6).

Each request is counted in fixed windows of REQUEST_RATE_WINDOW_SECONDS on the shared cache
(`receptionist.limits.hits_count`: ``add`` then ``incr``, atomic on Redis, so every web process
counts together; Django's in-process cache without Redis, where there is one web process):

- per client address (`REMOTE_ADDR`, as the login throttle sees it), over every business:
  REQUEST_RATE_LIMIT_PER_CLIENT. Counted first, and a refused request is not counted against
  the business, so one client over its limit cannot use up its business's share;
- per business (the request's tenant schema; the public site is its own bucket):
  REQUEST_RATE_LIMIT_PER_BUSINESS.

A limit of 0 is off. Over a limit, the answer is 429 with a plain reason naming the limit and a
``Retry-After`` of the seconds left in the window. Static and media files are not counted;
WebSockets never reach Django's middleware (receptionist/asgi.py), so neither is their upgrade;
the web app has no health-check URL (the agent worker's health port is its own server).

The limiter must never be why a page fails: when the cache cannot be reached the request is let
through, with one warning until the cache answers again.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse

from receptionist.limits import client_ip, hits_count

logger = logging.getLogger(__name__)
_PREFIX = "request-rate"


def _exempt(path: str) -> bool:
    prefixes = ("/" + settings.STATIC_URL.lstrip("/"), "/" + settings.MEDIA_URL.lstrip("/"))
    return path.startswith(prefixes)


def _window_said(window: int) -> str:
    if window == 60:
        return "a minute"
    return "an hour" if window == 3600 else f"{window} seconds"


def _schema_name(request: HttpRequest) -> str:
    tenant = getattr(request, "tenant", None)
    return getattr(tenant, "schema_name", None) or connection.schema_name


class RequestRateLimitMiddleware:
    """429, with the reason and Retry-After, for a client or business over its limit in the
    current window. Sits after TenantMainMiddleware (it needs the request's business) and before
    sessions and logins, so a refusal costs no more than the domain lookup.

    `clock` gives the time the window is taken from (the tests move it)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse], *,
                 clock: Callable[[], float] = time.time) -> None:
        self.get_response = get_response
        self.clock = clock
        self.cache_down = False

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _exempt(request.path_info):
            refusal = self._refusal(request)
            if refusal is not None:
                if request.path_info.startswith("/api/"):  # the API answers in JSON
                    return JsonResponse({"detail": refusal.content.decode().strip()},
                                        status=429, headers={"Retry-After": refusal["Retry-After"]})
                return refusal
        return self.get_response(request)

    def _refusal(self, request: HttpRequest) -> HttpResponse | None:
        window = settings.REQUEST_RATE_WINDOW_SECONDS
        per_client = settings.REQUEST_RATE_LIMIT_PER_CLIENT
        per_business = settings.REQUEST_RATE_LIMIT_PER_BUSINESS
        now = self.clock()
        try:
            address = client_ip(request) or "unknown"
            if per_client and hits_count(key=f"{_PREFIX}:client:{address}", window=window,
                                         now=now) > per_client:
                return self._refuse(f"Your address has sent more than {per_client} requests in "
                                    f"{_window_said(window)}", window=window, now=now)
            schema = _schema_name(request)
            if per_business and hits_count(key=f"{_PREFIX}:business:{schema}", window=window,
                                           now=now) > per_business:
                return self._refuse(f"This site has had more than {per_business} requests in "
                                    f"{_window_said(window)}, the most one business gets",
                                    window=window, now=now)
        except Exception:  # the cache is down: the limits wait, the page does not
            if not self.cache_down:
                logger.warning("request rate limits are off until the cache answers again",
                               exc_info=True)
            self.cache_down = True
            return None
        if self.cache_down:
            logger.info("request rate limits are counting again")
        self.cache_down = False
        return None

    @staticmethod
    def _refuse(reason: str, *, window: int, now: float) -> HttpResponse:
        wait = max(1, math.ceil(window - now % window))
        seconds = "second" if wait == 1 else "seconds"
        response = HttpResponse(f"{reason}; please try again in {wait} {seconds}.\n", status=429,
                                content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(wait)
        return response
