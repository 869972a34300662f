"""Time to onboard business number 1,000 when 999 already exist (goal <= 1 s).

Takes: the first run about 5 minutes on 2 cores (it builds the 999 businesses and keeps them;
estimated), later runs about 15 s; --quick (19 businesses, two repeats) about 12 s the first
time, a few seconds after.

The 999 are built once in the database `<database>_bench_onboarding`
(`receptionist_bench_onboarding` by default, `_quick` added in quick mode) and reused; business
1,000 is created and dropped five times and the median reported. Run:
    .venv/bin/python bench/tenant_onboarding.py [--quick]
"""

from __future__ import annotations

import time

from _common import bench_parser, bench_start, django_setup, median, progress, quick, result


def main() -> None:
    bench_start(bench_parser(__doc__))
    existing, repeats = (19, 2) if quick() else (999, 5)
    django_setup("bench_onboarding")
    from django.db import connection

    from tenants.models import PhoneNumber, Tenant
    from tenants.services import tenant_create

    have = Tenant.objects.filter(schema_name__startswith="bench_").count()
    if have < existing:
        print(f"building {existing - have} businesses (once; reused by later runs)")
        started = time.perf_counter()
        for i in range(have, existing):
            tenant_create(schema_name=f"bench_{i:05d}", business_name=f"Bench Business {i}",
                          profession=("dental", "law_firm", "home_services", "salon")[i % 4],
                          owner_email=f"owner{i}@bench.example", phone_number=f"+1415200{i:04d}")
            progress("businesses", i + 1 - have, existing - have, started)

    def drop_number_1000() -> None:
        tenant = Tenant.objects.filter(schema_name="bench_new_1000").first()
        if tenant:
            PhoneNumber.objects.filter(tenant=tenant).delete()
            tenant.delete(force_drop=True)
        connection.set_schema_to_public()

    timings = {"with_password": [], "invite_only": []}
    for _ in range(repeats):
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
    result("onboarding_invite_only_s", f"{median(timings['invite_only']):.3f}")
    result("onboarding_s", f"{median(timings['with_password']):.3f}")


if __name__ == "__main__":
    main()
