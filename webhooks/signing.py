"""Signing secrets: made, kept encrypted at rest, and used to sign each message.

A secret is the Standard Webhooks form, `whsec_` + base64 of 32 random bytes, which the
receiver passes as it is to the same library (`standardwebhooks.Webhook(secret)`). At rest it is
Fernet ciphertext under WEBHOOK_SECRET_KEY (newest key first; older keys still decrypt), the
way voice samples are kept (frontdesk/voice_cloning.py). Signatures are the library's own
(`Webhook.sign`), one per live secret, space-separated in `webhook-signature`.
"""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"


def secret_generate() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in settings.WEBHOOK_SECRET_KEYS])


def secret_encrypt(secret: str) -> bytes:
    return _fernet().encrypt(secret.encode())


def secret_decrypt(token: bytes | memoryview) -> str:
    return _fernet().decrypt(bytes(token)).decode()


def signed_headers(*, message_id: str, body: str, secrets_: list[str],
                   at: datetime) -> dict[str, str]:
    """The Standard Webhooks headers of one attempt: its id, its time, and a `v1,` signature
    per secret (the current one first, then one still in its grace period)."""
    at = at.astimezone(UTC)
    signatures = [Webhook(secret).sign(message_id, at, body) for secret in secrets_]
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": " ".join(signatures),
    }
