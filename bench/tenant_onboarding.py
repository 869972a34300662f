"""Time to onboard business number 1,000 when 999 already exist (goal <= 1 s).

The 999 are built once in the database `receptionist_bench_onboarding` and reused; business
1,000 is created and dropped five times and the median reported. Run:
    .venv/bin/python bench/tenant_onboarding.py
"""

from __future__ import annotations

import time

from _common import django_setup, median, progress

EXISTING = 999
REPEATS = 5


def main() -> None:
    django_setup("receptionist_bench_onboarding")
    from django.db import connection

    from tenants.models import PhoneNumber, Tenant
    from tenants.services import tenant_create

    have = Tenant.objects.filter(schema_name__startswith="bench_").count()
    if have < EXISTING:
        print(f"building {EXISTING - have} businesses (once; reused by later runs)")
        started = time.perf_counter()
        for i in range(have, EXISTING):
            tenant_create(schema_name=f"bench_{i:05d}", business_name=f"Bench Business {i}",
                          profession=("dental", "law_firm", "home_services", "salon")[i % 4],
                          owner_email=f"owner{i}@bench.example", phone_number=f"+1415200{i:04d}")
            progress("businesses", i + 1 - have, EXISTING - have, started)

    def drop_number_1000() -> None:
        tenant = Tenant.objects.filter(schema_name="bench_new_1000").first()
        if tenant:
            PhoneNumber.objects.filter(tenant=tenant).delete()
            tenant.delete(force_drop=True)
        connection.set_schema_to_public()

    timings = {"with_password": [], "invite_only": []}
    for _ in range(REPEATS):
        for kind in timings:
            drop_number_1000()
            started = time.perf_counter()
            tenant_create(schema_name="bench_new_1000", business_name="Business One Thousand",
                          profession="dental", owner_email="owner1000@bench.example",
                          owner_password=(
                              "a-long-password-1000" if kind == "with_password" else None),
                          phone_number="+1 415 555 0100")
            timings[kind].append(time.perf_counter() - started)
    drop_number_1000()
    total = Tenant.objects.exclude(schema_name="public").count()
    print(f"businesses before the measured one: {total}")
    print(f"RESULT onboarding_invite_only_s={median(timings['invite_only']):.3f}")
    print(f"RESULT onboarding_s={median(timings['with_password']):.3f}")


if __name__ == "__main__":
    main()
