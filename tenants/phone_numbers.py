"""Phone numbers as callers and carriers write them, normalised to E.164 with `phonenumbers`."""

from __future__ import annotations

import phonenumbers
from django.conf import settings

from receptionist.errors import ApplicationError


def normalize_e164(raw: str, *, region: str | None = None) -> str:
    """E.164 form of `raw`, or ApplicationError saying why it is not a dialable number.

    Accepts "+1 (510) 555-0100", "5105550100" (read in `region`), "0044 20 7946 0018" and
    "tel:"/"sip:" URIs as SIP trunks report them.
    """
    text = (raw or "").strip()
    for prefix in ("tel:", "sip:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):].split("@", 1)[0].split(";", 1)[0]
    if not text:
        raise ApplicationError("phone number is empty", field="phone_number")
    if len(text) > 40:
        raise ApplicationError("phone number is too long", field="phone_number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, region or settings.DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ApplicationError(f"{raw!r} is not a phone number: {exc}",
                               field="phone_number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ApplicationError(f"{raw!r} is not a valid phone number", field="phone_number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def locale_region(locale: str) -> str | None:
    """'US' from 'en-US' (or 'en_US'): where a business's callers' local-format numbers are read;
    None when the locale names no region (the deployment's DEFAULT_PHONE_REGION applies)."""
    _, _, region = (locale or "").replace("_", "-").partition("-")
    return region.upper() if len(region) == 2 and region.isalpha() else None
