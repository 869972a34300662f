"""API requests per business and per key (or login), on the shared cache.

Counted like the pages' limits (receptionist/rate_limits.py, through `receptionist.limits`:
fixed windows of API_RATE_WINDOW_SECONDS, atomic on Redis): per credential
(API_RATE_LIMIT_PER_KEY: one API key, or one person's tokens) first, then per business
(API_RATE_LIMIT_PER_BUSINESS, every key and login of the business together; the staff API is
one more bucket). Over either: 429 with Retry-After. 0 turns a limit off. When the cache cannot
be reached the requests are let through, as the pages' limits do.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from django.conf import settings
from django.db import connection
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from api.models import ApiKey
from receptionist.limits import client_ip, hits_count

logger = logging.getLogger(__name__)
_PREFIX = "api-rate"


def _credential(request: Request) -> str:
    if isinstance(request.auth, ApiKey):
        return f"key:{request.auth.pk}"
    if request.user and request.user.is_authenticated:
        return f"login:{request.user.pk}"
    return f"address:{client_ip(request) or 'unknown'}"


class ApiRateThrottle(BaseThrottle):
    def __init__(self) -> None:
        self.wait_seconds: float | None = None
        self.reason = ""

    def allow_request(self, request: Request, view: Any) -> bool:
        window = settings.API_RATE_WINDOW_SECONDS
        now = time.time()
        schema = connection.schema_name
        limits = (
            (settings.API_RATE_LIMIT_PER_KEY, f"{_PREFIX}:{schema}:{_credential(request)}",
             "This key (or login) has made more than {limit} API requests in {window} seconds"),
            (settings.API_RATE_LIMIT_PER_BUSINESS, f"{_PREFIX}:{schema}",
             "This business has made more than {limit} API requests in {window} seconds, the "
             "most one business gets"),
        )
        try:
            for limit, key, reason in limits:
                if limit and hits_count(key=key, window=window, now=now) > limit:
                    self.wait_seconds = max(1, math.ceil(window - now % window))
                    self.reason = reason.format(limit=limit, window=window)
                    return False
        except Exception:  # the cache is down: the limits wait, the API does not
            logger.warning("API rate limits skipped: the cache did not answer", exc_info=True)
        return True

    def wait(self) -> float | None:
        return self.wait_seconds
