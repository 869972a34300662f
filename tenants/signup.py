"""What keeps the open sign-up form from being abused, without any third-party service.

Four fake sign-ups once took every pooled phone number. Now:

- **Email verification before a number.** A business exists (and its owner can log in and try
  the receptionist) as soon as the form is sent, but a number is only assigned from the pool
  once the owner opens a signed, expiring link mailed to the address they gave. A script can
  invent addresses; it cannot read mail sent to all of them.
- **Limits per address and per client address** on the shared cache (Redis when REDIS_URL is
  set, so every web process counts together): sign-ups per day, form posts per hour.
- **A honeypot and a minimum fill time.** The form carries a field people never see (hidden by
  CSS, labelled "leave empty") and a signed token of when the form was served. Form-filling
  scripts fill every field and post at once; a person takes seconds. Both are the
  long-standing, measured approach of self-hosted forms (no CAPTCHA vendor, no tracking, no
  JavaScript needed); the signature stops a script from simply writing an old timestamp, and
  the token expires so one served form cannot be replayed for days.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core import signing

from receptionist.errors import ApplicationError
from receptionist.limits import hits_count, hits_seen

_FORM_SALT = "tenants.signup.form-served"
_VERIFY_SALT = "tenants.signup.verify-email"
FORM_TOKEN_MAX_AGE = 24 * 3600
_DAY = 24 * 3600


# --- the form's bot checks ---------------------------------------------------------------------
def signup_form_token_create(*, issued_at: float | None = None) -> str:
    """A signed note of when the form was served."""
    return signing.Signer(salt=_FORM_SALT).sign(str(int(issued_at or time.time())))


def signup_form_token_check(*, token: str, now: float | None = None) -> None:
    """ApplicationError unless the form was served by us, long enough ago for a person to have
    filled it in, and not so long ago that it is a replay."""
    try:
        issued = int(signing.Signer(salt=_FORM_SALT).unsign(token or ""))
    except (signing.BadSignature, ValueError):
        raise ApplicationError("This form has expired or was not sent from our page; please "
                               "check the details and send it again.") from None
    age = (now or time.time()) - issued
    if age < settings.SIGNUP_MIN_FILL_SECONDS:
        raise ApplicationError("That was quicker than a person can fill in this form; please "
                               "check the details and send it again.")
    if age > FORM_TOKEN_MAX_AGE:
        raise ApplicationError("This form has expired; please check the details and send it "
                               "again.")


# --- limits on the shared cache ----------------------------------------------------------------
def _count(key: str, *, window: int) -> int:
    return hits_count(key=f"signup:{key}", window=window)


def _seen(key: str, *, window: int) -> int:
    return hits_seen(key=f"signup:{key}", window=window)


def signup_attempt_allow(*, client_ip: str) -> None:
    """Counts one form post from this client; ApplicationError past the hourly limit."""
    if _count(f"attempt:{client_ip}", window=3600) > settings.SIGNUP_MAX_ATTEMPTS_PER_IP:
        raise ApplicationError("Too many sign-up attempts from your network; please try again in "
                               "an hour.")


def signup_limits_check(*, email: str, client_ip: str) -> None:
    """ApplicationError (field owner_email or none) when this address or this client has
    already signed up as many businesses today as the limits allow."""
    if _seen(f"email:{email.lower()}", window=_DAY) >= settings.SIGNUP_MAX_PER_EMAIL:
        raise ApplicationError("This email address has signed up as many businesses as it can "
                               "today; please try again tomorrow.", field="owner_email")
    if _seen(f"ip:{client_ip}", window=_DAY) >= settings.SIGNUP_MAX_PER_IP:
        raise ApplicationError("Too many businesses have been signed up from your network today; "
                               "please try again tomorrow.")


def signup_limits_count(*, email: str, client_ip: str) -> None:
    """One more business signed up by this address and this client."""
    _count(f"email:{email.lower()}", window=_DAY)
    _count(f"ip:{client_ip}", window=_DAY)


def signup_resend_allow(*, schema_name: str) -> bool:
    """Whether one more confirmation mail may go to this business's owner this hour."""
    return _count(f"resend:{schema_name}", window=3600) <= 3


# --- the verification link ---------------------------------------------------------------------
def verification_token_create(*, schema_name: str, email: str) -> str:
    return signing.dumps({"s": schema_name, "e": email.lower()}, salt=_VERIFY_SALT)


def verification_token_read(*, token: str) -> tuple[str, str]:
    """(schema name, email) of a verification link still valid, else ApplicationError."""
    try:
        payload = signing.loads(token or "", salt=_VERIFY_SALT,
                                max_age=settings.SIGNUP_VERIFY_HOURS * 3600)
    except signing.SignatureExpired:
        raise ApplicationError("this confirmation link has expired; send yourself a new one "
                               "from your portal") from None
    except signing.BadSignature:
        raise ApplicationError("this confirmation link is not valid") from None
    if not isinstance(payload, dict) or not {"s", "e"} <= payload.keys():
        raise ApplicationError("this confirmation link is not valid")
    return str(payload["s"]), str(payload["e"])
