"""How many "Try it" test calls may run at once: TRY_IT_MAX_CALLS_PER_BUSINESS for each business
and TRY_IT_MAX_CALLS in all (each runs the voice pipeline in a web process).

The lines are counted on the shared cache (Redis when REDIS_URL is set, so every web process
counts together; Django's in-process cache otherwise, where there is one web process). A line is
one cache key taken with ``add``, which is atomic (SET NX on Redis): two calls can never take the
same line, however many try at once. Each key expires after its lease, which the running call
renews (``try_it_line_renew``), so a process that dies mid-call frees its lines within one lease
instead of holding them forever.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

LEASE_SECONDS = 60  # a line nobody renews comes free this long after its last renewal
RENEW_SECONDS = 20  # how often a running call renews its lines
_PREFIX = "try-it-line"


class LineBusy(Exception):
    """No line free: ``scope`` is "business" (this business's own limit) or "everyone" (the
    installation's); ``message`` is for the owner."""

    def __init__(self, message: str, *, scope: str) -> None:
        super().__init__(message)
        self.message = message
        self.scope = scope


@dataclass(frozen=True)
class Lines:
    """The two lines one test call holds: one of its business's, one of everyone's."""

    token: str
    keys: tuple[str, ...]


def _take(prefix: str, count: int, *, token: str, lease: int) -> str | None:
    for index in range(count):
        key = f"{prefix}:{index}"
        if cache.add(key, token, timeout=lease):
            return key
    return None


def _held(key: str, token: str) -> bool:
    return cache.get(key) == token


def try_it_line_claim(*, schema_name: str, lease: int = LEASE_SECONDS) -> Lines:
    """A line of this business and one of everyone's, or LineBusy saying which limit was hit."""
    token = uuid.uuid4().hex
    per_business = settings.TRY_IT_MAX_CALLS_PER_BUSINESS
    own = _take(f"{_PREFIX}:{schema_name}", per_business, token=token, lease=lease)
    if own is None:
        calls = "test call" if per_business == 1 else "test calls"
        raise LineBusy(f"You already have {per_business} {calls} open, the most one business can "
                       "have at once. Hang up one of them (or wait a minute) and call again.",
                       scope="business")
    shared = _take(f"{_PREFIX}:*", settings.TRY_IT_MAX_CALLS, token=token, lease=lease)
    if shared is None:
        cache.delete(own)
        raise LineBusy("Every test line is in use right now; please try again in a minute.",
                       scope="everyone")
    return Lines(token=token, keys=(own, shared))


def try_it_line_renew(*, lines: Lines, lease: int = LEASE_SECONDS) -> bool:
    """Keep the call's lines for another lease; False when one of them was lost (its lease ran
    out, e.g. the process stalled, and another call may have it now)."""
    kept = True
    for key in lines.keys:
        kept = _held(key, lines.token) and cache.touch(key, lease) and kept
    return kept


def try_it_line_release(*, lines: Lines) -> None:
    """Free the call's lines (again is harmless; a line another call has taken since is kept)."""
    for key in lines.keys:
        if _held(key, lines.token):
            cache.delete(key)
