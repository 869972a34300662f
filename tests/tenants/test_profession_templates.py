from __future__ import annotations

import pytest

from tenants.business_hours import validate_business_hours
from tenants.models import ProfessionTemplate

pytestmark = pytest.mark.django_db
REQUIRED = {"dental", "medical_clinic", "law_firm", "home_services", "salon", "real_estate",
            "auto_repair", "veterinary"}
VALUES = {"business_name": "Acme", "hours": "9 to 5", "services": "cleaning",
          "faq": "parking", "transfer_number": "+15105550100"}


def test_the_eight_professions_are_seeded():
    assert REQUIRED <= set(ProfessionTemplate.objects.values_list("slug", flat=True))


@pytest.mark.parametrize("slug", sorted(REQUIRED))
def test_each_template_is_complete_and_renders(slug):
    t = ProfessionTemplate.objects.get(slug=slug)
    prompt = t.system_prompt.format(**VALUES)
    assert "Acme" in prompt and len(prompt.split()) >= 200
    assert "never" in prompt.lower()
    assert "Acme" in t.greeting_template.format(business_name="Acme")
    assert 4 <= len(t.qualification_questions) <= 6
    assert len(t.objection_handlers) >= 3
    assert t.booking_flow.count(".") >= 5 and "1." in t.booking_flow
    assert t.never_say and t.safe_alternative
    assert t.default_services and all("name" in s for s in t.default_services)
    validate_business_hours(t.default_hours)
    assert t.average_booking_value_usd > t.message_value_usd > 0


@pytest.mark.parametrize("slug, words", [
    ("dental", ["diagnos"]), ("medical_clinic", ["911"]), ("law_firm", ["legal advice"]),
    ("veterinary", ["emergency"]),
])
def test_templates_refuse_the_advice_their_trade_forbids(slug, words):
    t = ProfessionTemplate.objects.get(slug=slug)
    text = (t.system_prompt + " " + " ".join(t.never_say) + " " + t.safe_alternative).lower()
    for word in words:
        assert word in text
