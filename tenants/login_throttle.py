"""Login throttling for the owners' portals and the staff admin, on django-axes.

The shape, and why:

- **Failures count per login *and client address*** (LOGIN_FAILURE_LIMIT), not per login alone.
  A lockout per login alone lets anyone lock the real owner out by typing wrong passwords at
  their email, again every cool-off, for as long as they like. Keyed on login + address, a
  stranger only ever locks themselves out; the owner at their own address is untouched.
- **And per client address, over every login** (LOGIN_FAILURE_LIMIT_PER_IP): one address
  spraying guesses over many owners' logins (or many businesses) is stopped too.
- **A cool-off** (LOGIN_COOLOFF_MINUTES): a lockout ends on its own; a failure while locked out
  is not counted, so it does not push the end further away. Staff can lift one early with
  ``manage.py axes_reset_ip`` / ``axes_reset_username``, or in the admin.
- **A success clears only that login at that address**: were it to clear the address's count
  too, a stranger with a business of their own could log into it between guesses to reset.
- A login is ``<schema>:<email>``: the same email at two businesses is two logins; the staff
  admin's are ``public:<username>``. The attempts live in the public schema (axes is a shared
  app), where every business's login reaches them.

Axes checks the count before the password and records a failure after it, so 24 wrong passwords
sent at once were all checked before the first was recorded. Each login attempt is therefore
made under a PostgreSQL advisory lock on its client address, held to the end of the attempt's
transaction, with the failure recorded in it: the next attempt from that address sees every
earlier one. (Every lockout parameter includes the address, so that one lock serialises
everything the attempt counts.) Attempts from different addresses still run side by side.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Sum
from django.http import HttpRequest

from receptionist.limits import client_ip

LOCK_WAIT_SECONDS = 15  # an attempt waits this long for the attempts before it from its address


class LoginBusy(Exception):
    """Too many attempts from one address at once to wait for."""


def login_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """AXES_USERNAME_CALLABLE: the login as ``<schema>:<username>``, case-folded."""
    typed = (credentials or {}).get("username")
    if typed is None:
        typed = request.POST.get("username", "") if request is not None else ""
    return f"{connection.schema_name}:{str(typed).strip().lower()}"[:255]


def login_client_ip(request: HttpRequest) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the same client address the other limits use."""
    return client_ip(request)


@contextmanager
def login_attempt_serialized(request: HttpRequest) -> Iterator[None]:
    """Run one login attempt (check, password, record) as the only one of its client address,
    in one transaction. LoginBusy when the attempts before it take longer than
    LOCK_WAIT_SECONDS."""
    address = login_client_ip(request) or "unknown"
    key = int.from_bytes(hashlib.blake2b(f"login:{address}".encode(), digest_size=8).digest(),
                         "big", signed=True)
    with transaction.atomic():
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'")
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
                cursor.execute("SET LOCAL lock_timeout = DEFAULT")
        except OperationalError as exc:
            raise LoginBusy from exc
        yield


class LoginAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own for each lockout parameter.

    AXES_LOCKOUT_PARAMETERS is ``[["username", "ip_address"], "ip_address"]`` and axes compares
    the larger count of the two with one limit; here the login-and-address count meets
    AXES_FAILURE_LIMIT and the address's count LOGIN_FAILURE_LIMIT_PER_IP.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        login, address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials))
        if address >= settings.LOGIN_FAILURE_LIMIT_PER_IP:
            return max(login, get_failure_limit(request, credentials))
        return login

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        login, _address = self.filter_user_attempts(request, credentials)
        count, _ = login.delete()
        return count
