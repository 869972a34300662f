"""Test data: the session's fleet of businesses and factories for shared-schema rows."""

from __future__ import annotations

import factory
from django_tenants.utils import schema_context

from tenants.models import PhoneNumber

# One business per profession we test routing for, each with its own voice, created once.
FLEET = [
    {"schema_name": "t_dental", "business_name": "Fleet Dental", "profession": "dental",
     "voice": ("kokoro", "jf_alpha")},
    {"schema_name": "t_law", "business_name": "Fleet Law", "profession": "law_firm",
     "voice": ("piper", "en_US-joe-medium")},
    {"schema_name": "t_plumb", "business_name": "Fleet Plumbing", "profession": "home_services",
     "voice": ("cartesia", "cartesia-voice-123")},
    {"schema_name": "t_salon", "business_name": "Fleet Salon", "profession": "salon",
     "voice": ("kokoro", "jf_nezumi")},
    {"schema_name": "t_vet", "business_name": "Fleet Vet", "profession": "veterinary",
     "voice": ("piper", "en_US-joe-medium")},
    {"schema_name": "t_auto", "business_name": "Fleet Auto", "profession": "auto_repair",
     "voice": ("kokoro", "jm_kumo")},
    {"schema_name": "t_clinic", "business_name": "Fleet Clinic", "profession": "medical_clinic",
     "voice": ("kokoro", "jf_tebukuro")},
    {"schema_name": "t_homes", "business_name": "Fleet Homes", "profession": "real_estate",
     "voice": ("cartesia", "cartesia-voice-456")},
]


def fleet_create() -> None:
    from frontdesk.models import ReceptionistConfig
    from tenants.models import Tenant
    from tenants.services import tenant_create

    for spec in FLEET:
        if Tenant.objects.filter(schema_name=spec["schema_name"]).exists():
            continue
        tenant = tenant_create(
            schema_name=spec["schema_name"], business_name=spec["business_name"],
            profession=spec["profession"],
            owner_email=f"owner@{spec['schema_name'].replace('_', '-')}.example",
            subscription_status=Tenant.SubscriptionStatus.ACTIVE,
        )
        provider, voice_id = spec["voice"]
        with schema_context(tenant.schema_name):  # no greeting pre-render for test data
            ReceptionistConfig.objects.update(voice_provider=provider, voice_id=voice_id)


class PhoneNumberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PhoneNumber

    e164 = factory.Sequence(lambda n: f"+1415555{n % 10000:04d}")


def colleague_create(*, schema: str, email: str, role: str, password: str | None = None):
    """A login of `schema` with `role` ("owner" or "front_desk"), as an accepted invitation
    leaves it."""
    from django.contrib.auth import get_user_model

    from team.models import TeamMember

    with schema_context(schema):
        user = get_user_model().objects.create_user(username=email, email=email,
                                                    password=password)
        TeamMember.objects.create(user=user, role=role)
    return user
