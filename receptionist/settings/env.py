"""Typed environment helpers that fail loudly.

A misspelt boolean or a non-numeric port should stop the process at start-up with the variable's
name in the message, not turn into a silent default three layers down.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    return None if value is None else value.strip()


def env_str(name: str, default: str = "") -> str:
    value = _raw(name)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use one of 1/0, true/false)")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not an integer") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number} must be at least {minimum}")
    return number


def env_float(name: str, default: float, *, minimum: float | None = None) -> float:
    value = _raw(name)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a number") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number} must be at least {minimum}")
    return number


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = _raw(name)
    if value is None or value == "":
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_url(name: str, *, schemes: tuple[str, ...], default: str = "") -> str:
    """A URL whose scheme is one of `schemes`, or "" when unset and no default."""
    value = env_str(name, default)
    if not value:
        return ""
    parsed = urlparse(value)
    if parsed.scheme not in schemes or not (parsed.netloc or parsed.path):
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a valid URL (expected scheme {' or '.join(schemes)})"
        )
    return value


def database_from_url(name: str, url: str) -> dict[str, object]:
    """DATABASES entry from a postgres:// URL (host may be a socket directory via ?host=)."""
    parsed = urlparse(url)
    if parsed.scheme not in ("postgres", "postgresql"):
        raise ImproperlyConfigured(
            f"{name} must be a postgres:// URL, got scheme {parsed.scheme!r}")
    query = dict(part.split("=", 1) for part in parsed.query.split("&") if "=" in part)
    database = parsed.path.lstrip("/")
    if not database:
        raise ImproperlyConfigured(f"{name}={url!r} names no database")
    return {
        "NAME": database,
        "USER": parsed.username or "postgres",
        "PASSWORD": parsed.password or "",
        "HOST": query.pop("host", parsed.hostname or ""),
        "PORT": str(parsed.port or ""),
        "OPTIONS": query,
    }


def env_fernet_keys(name: str, *, derive_from: str) -> list[str]:
    """Fernet keys from a comma-separated variable (newest first, older ones still decrypt), or
    one key derived from `derive_from` when unset so a development setup needs no extra step."""
    import base64
    import binascii
    import hashlib

    keys = env_list(name)
    if not keys:
        digest = hashlib.sha256(f"{name}:{derive_from}".encode()).digest()
        return [base64.urlsafe_b64encode(digest).decode()]
    for key in keys:
        try:
            raw = base64.urlsafe_b64decode(key.encode())
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 32:
            raise ImproperlyConfigured(
                f"{name}: {key[:6]}... is not a Fernet key (32 url-safe base64 bytes); make one "
                "with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'")
    return keys


def env_secret_keys(name: str, *, derive_from: str, min_length: int = 16) -> list[str]:
    """Secrets from a comma-separated variable (newest first, older ones still accepted), or one
    derived from `derive_from` when unset so a development setup needs no extra step."""
    import hashlib

    keys = env_list(name)
    if not keys:
        return [hashlib.sha256(f"{name}:{derive_from}".encode()).hexdigest()]
    for key in keys:
        if len(key) < min_length:
            raise ImproperlyConfigured(
                f"{name}: a key of {len(key)} characters is too short (at least {min_length}); "
                "make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'")
    return keys


def secret_key_from_file(path: Path) -> str:
    """The installation's own development secret: made at random the first time (file mode
    0600, so only this user can read it) and read back by every later process.

    A key that ships in the source is public: anyone could sign a login link for any business.
    The key is written whole to a private temporary file and then linked into place, so two
    processes starting at once both end up with the one key that won, never a half-written one.
    """
    import tempfile

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")  # mode 0600
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(50) + "\n")
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)
    key = path.read_text().strip()
    if not key:
        raise ImproperlyConfigured(
            f"{path} is empty: delete it to make a new key, or set SECRET_KEY")
    return key
