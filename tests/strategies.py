"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import phonenumbers
from hypothesis import strategies as st

US_AREA_CODES = ["201", "206", "212", "305", "310", "312", "415", "510", "617", "702", "713",
                 "808"]


@st.composite
def us_numbers(draw) -> str:
    area = draw(st.sampled_from(US_AREA_CODES))
    exchange = draw(st.integers(min_value=201, max_value=989).filter(lambda n: n % 100 != 11))
    line = draw(st.integers(min_value=0, max_value=9999))
    return f"+1{area}{exchange}{line:04d}"


@st.composite
def uk_numbers(draw) -> str:
    return f"+4420794{draw(st.integers(min_value=60000, max_value=60999)):05d}"


e164_numbers = st.one_of(us_numbers(), uk_numbers()).filter(
    lambda n: phonenumbers.is_valid_number(phonenumbers.parse(n)))


@st.composite
def written_forms(draw, e164: str) -> str:
    """`e164` as a person or a carrier might write it (all in the default region, US)."""
    parsed = phonenumbers.parse(e164)
    national = str(parsed.national_number)
    if parsed.country_code == 1:
        forms = [
            e164,
            f"+1 ({national[:3]}) {national[3:6]}-{national[6:]}",
            national,
            f"1-{national[:3]}-{national[3:6]}-{national[6:]}",
            f"({national[:3]}) {national[3:6]} {national[6:]}",
            f"tel:{e164}",
            f"sip:{e164}@example.pstn.twilio.com",
        ]
    else:
        cc = str(parsed.country_code)
        forms = [
            e164,
            f"00{cc} {national[:2]} {national[2:6]} {national[6:]}",
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            f"tel:{e164}",
        ]
    return draw(st.sampled_from(forms))
