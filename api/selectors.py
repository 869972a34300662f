"""Reads of the business's API keys; run inside the business's schema."""

from __future__ import annotations

import hmac
import re

from api.models import ApiKey
from api.services import secret_hash

_SECRET = re.compile(r"^rk_([0-9a-f]{12})_[A-Za-z0-9_-]{20,100}$")


def api_keys() -> list[ApiKey]:
    return list(ApiKey.objects.select_related("created_by").order_by("revoked_at", "-created_at"))


def api_key_for_secret(*, secret: str) -> ApiKey | None:
    """The key this secret opens, revoked or not; None when it opens none here."""
    match = _SECRET.match(secret or "")
    if not match:
        return None
    # the owner who made it and their role come in the same query (checked on every request)
    key = (ApiKey.objects.select_related("created_by__team_member")
           .filter(prefix=match.group(1)).first())
    if key is None or not hmac.compare_digest(key.secret_hash, secret_hash(secret)):
        return None
    return key
