"""Where a receptionist may pass a caller: the one check every writer of a transfer number and
the call configuration use (issue 16, finding 11).

A transfer is a call the service places and pays for, to reach a person at the business. So the
number must be a real phone number, a landline or mobile (or VoIP) line, never premium-rate,
shared-cost, toll-free or another special service; in the business's own country unless staff
set `Tenant.transfer_abroad_allowed` in the admin; and never a number this service answers
itself (the business's own, another business's, or one waiting in the pool), which would ring a
receptionist instead of a person.
"""

from __future__ import annotations

import phonenumbers
from django.conf import settings
from phonenumbers import PhoneNumberType, geocoder

from receptionist.errors import ApplicationError
from tenants.models import PhoneNumber, Tenant
from tenants.phone_numbers import normalize_e164

PERSON_LINES = frozenset({PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE,
                          PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP})
_REFUSED_KIND = {
    PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    PhoneNumberType.SHARED_COST: "a shared-cost number",
    PhoneNumberType.TOLL_FREE: "a toll-free number",
    PhoneNumberType.PERSONAL_NUMBER: "a personal forwarding number",
    PhoneNumberType.PAGER: "a pager number",
    PhoneNumberType.UAN: "a company-wide access number (UAN)",
    PhoneNumberType.VOICEMAIL: "a voicemail access number",
}


def _country(region: str) -> str:
    example = phonenumbers.example_number(region)
    name = geocoder.country_name_for_number(example, "en") if example else ""
    return name or region


def transfer_number_check(*, number: str, tenant: Tenant) -> str:
    """`number` in E.164 if `tenant`'s receptionist may transfer calls to it, else
    ApplicationError(field="transfer_number") saying why, in words for the owner."""
    home = tenant.phone_region or settings.DEFAULT_PHONE_REGION
    try:
        e164 = normalize_e164(number, region=home)
    except ApplicationError as exc:
        raise ApplicationError(exc.message, field="transfer_number") from None
    parsed = phonenumbers.parse(e164)
    shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    ours = PhoneNumber.objects.filter(e164=e164).values("tenant_id").first()
    if ours is not None and ours["tenant_id"] == tenant.pk:
        raise ApplicationError(
            f"{shown} is your receptionist's own number: a transfer there would ring the "
            "receptionist again; give the number of the person who should take the call",
            field="transfer_number")
    if ours is not None:
        raise ApplicationError(
            f"{shown} is a number this service answers, not a person's phone; give the number "
            "of the person who should take the call", field="transfer_number")

    kind = phonenumbers.number_type(parsed)
    if kind not in PERSON_LINES:
        what = _REFUSED_KIND.get(kind, "not an ordinary landline or mobile number")
        what = what if what.startswith("not ") else f"{what}, not an ordinary landline or mobile"
        raise ApplicationError(
            f"{shown} is {what}; calls are transferred only to a person's landline or mobile",
            field="transfer_number")

    region = phonenumbers.region_code_for_number(parsed)
    if region != home and not tenant.transfer_abroad_allowed:
        raise ApplicationError(
            f"{shown} is a number in {_country(region)}; transfers go only to numbers in "
            f"{_country(home)} (ask support if your calls must be transferred abroad)",
            field="transfer_number")
    return e164
