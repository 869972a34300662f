"""One-time sign-in links that carry a logged-in owner from the public site to their portal.

Sessions live in each business's own schema and its portal on its own host, so the public
site cannot log the owner in there itself. It signs a short-lived token instead; the portal's
welcome page redeems it once, inside the business's schema, and logs the owner in.
"""

from __future__ import annotations

import secrets

from django.core import signing
from django.core.cache import cache

from receptionist.errors import ApplicationError

LOGIN_LINK_SECONDS = 60
_SALT = "tenants.login-link"
_USED_KEY = "login-link:used:{}"


def login_link_token_create(*, schema_name: str, user_id: int) -> str:
    return signing.dumps({"s": schema_name, "u": user_id, "n": secrets.token_urlsafe(16)},
                         salt=_SALT, compress=True)


def login_link_token_redeem(*, token: str, schema_name: str) -> int:
    """The owner's user id, or ApplicationError when the link is forged, stale, used or meant
    for another business. A token redeems once: a second use (a reload, a forwarded link) fails."""
    try:
        payload = signing.loads(token or "", salt=_SALT, max_age=LOGIN_LINK_SECONDS)
    except signing.SignatureExpired:
        raise ApplicationError("this sign-in link has expired") from None
    except signing.BadSignature:
        raise ApplicationError("this sign-in link is not valid") from None
    if payload.get("s") != schema_name:
        raise ApplicationError("this sign-in link is for another business")
    # cache.add is atomic (Redis SET NX): of two concurrent redemptions only one wins.
    if not cache.add(_USED_KEY.format(payload["n"]), 1, timeout=LOGIN_LINK_SECONDS * 2):
        raise ApplicationError("this sign-in link has already been used")
    return int(payload["u"])
