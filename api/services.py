"""Writes of the business's API keys; run inside the business's schema."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from api.models import ApiKey
from receptionist.errors import ApplicationError

SECRET_START = "rk_"
NAME_MAX = ApiKey._meta.get_field("name").max_length
LAST_USED_EVERY = timedelta(minutes=1)  # a busy key is not a write on every request


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def api_key_create(*, name: str, scope: str, created_by: AbstractBaseUser | None
                   ) -> tuple[ApiKey, str]:
    """A new key and its secret, which is shown once and never stored."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ApplicationError("give the key a name, so you can tell it apart later",
                               field="name")
    if len(name) > NAME_MAX:
        raise ApplicationError(f"keep the name to {NAME_MAX} characters", field="name")
    if scope not in ApiKey.Scope.values:
        raise ApplicationError(f"a key is {' or '.join(ApiKey.Scope.values)}, not {scope!r}",
                               field="scope")
    prefix = secrets.token_hex(6)
    secret = f"{SECRET_START}{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(name=name, scope=scope, prefix=prefix,
                                secret_hash=secret_hash(secret), created_by=created_by)
    return key, secret


@transaction.atomic
def api_key_revoke(*, key_id: int) -> ApiKey:
    """Refuse the key from now on (revoking twice is harmless)."""
    key = ApiKey.objects.select_for_update().filter(pk=key_id).first()
    if key is None:
        raise ApplicationError("there is no such key", field="key")
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
    return key


def api_key_used(*, key: ApiKey) -> None:
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_EVERY:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
