"""route_call latency with 10,000 businesses and 20,000 numbers, warm cache (goal p99 <= 2 ms).

Takes: the first run about an hour on 2 cores (it builds the 10,000 businesses and keeps them;
estimated from the quick run's 2.4 businesses a second), later runs about 30 s; --quick (50
businesses, 2,000 lookups) about 30 s the first time, a few seconds after.

Businesses are real (tenant_create: schema cloned, receptionist configured), built once in the
database `<database>_bench_routing` (`receptionist_bench_routing` by default, `_quick` added in
quick mode) with two worker processes and reused by later runs. The cache is whatever the
settings select: Redis when REDIS_URL is set, else local memory. Run:
    .venv/bin/python bench/routing.py [--quick]
"""

from __future__ import annotations

import multiprocessing
import random
import time

from _common import (
    bench_parser,
    bench_start,
    django_setup,
    median,
    percentile,
    progress,
    quick,
    result,
)

NUMBERS_PER_TENANT = 2
PROFESSIONS = ("dental", "law_firm", "home_services", "salon", "real_estate", "auto_repair",
               "veterinary", "medical_clinic")
DATABASE = "bench_routing"
CHUNK = 200  # businesses per task of the two building processes


def number_of(tenant_index: int, k: int) -> str:
    area = ("212", "310", "415", "510", "617")[k * 2 + tenant_index % 2]
    return f"+1{area}{300 + tenant_index // 10000}{tenant_index % 10000:04d}"


def _build(indexes: list[int]) -> None:
    django_setup(DATABASE, migrate=False)  # the parent migrated; migrating 10k schemas is slow
    from tenants.services import phone_number_assign, tenant_create

    for i in indexes:
        tenant = tenant_create(
            schema_name=f"route_{i:05d}", business_name=f"Routed Business {i}",
            profession=PROFESSIONS[i % len(PROFESSIONS)], owner_email=f"o{i}@bench.example",
            phone_number=number_of(i, 0), subscription_status="active")
        phone_number_assign(number=number_of(i, 1), tenant=tenant)


def main() -> None:
    bench_start(bench_parser(__doc__))
    tenants, lookups = (50, 2_000) if quick() else (10_000, 20_000)
    django_setup(DATABASE)
    from django.db import connections

    from tenants.models import PhoneNumber, Tenant
    from tenants.router import MultiTenantRouter

    existing = set(Tenant.objects.filter(schema_name__startswith="route_")
                   .values_list("schema_name", flat=True))
    missing = [i for i in range(tenants) if f"route_{i:05d}" not in existing]
    if missing:
        print(f"building {len(missing)} businesses with 2 numbers each (once; reused later)")
        connections.close_all()
        chunk = min(CHUNK, max(1, len(missing) // 2))
        chunks = [missing[i:i + chunk] for i in range(0, len(missing), chunk)]
        started = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            for done, _ in enumerate(pool.imap_unordered(_build, chunks), start=1):
                progress("businesses", min(done * chunk, len(missing)), len(missing), started)
    print(f"businesses: {Tenant.objects.filter(schema_name__startswith='route_').count()}, "
          f"numbers: {PhoneNumber.objects.filter(tenant__isnull=False).count()}")

    router = MultiTenantRouter()
    numbers = [number_of(i, k) for i in range(tenants) for k in range(NUMBERS_PER_TENANT)]
    started = time.perf_counter()
    for n, number in enumerate(numbers, start=1):  # warm the cache: every number once
        router.route_call(number)
        if n % 2000 == 0 or n == len(numbers):
            progress("warming", n, len(numbers), started)
    rng = random.Random(7)
    formats = [lambda e: e, lambda e: f"({e[2:5]}) {e[5:8]}-{e[8:]}", lambda e: e[2:]]
    samples = []
    for _ in range(lookups):
        dialled = rng.choice(formats)(rng.choice(numbers))
        t0 = time.perf_counter()
        decision = router.route_call(dialled, "+14155550000")
        samples.append((time.perf_counter() - t0) * 1000)
        assert decision.accepted, decision
    from django.conf import settings

    print(f"cache backend: {settings.CACHES['default']['BACKEND']}")
    result("routing_p50_ms", f"{median(samples):.3f}")
    result("routing_p99_ms", f"{percentile(samples, 99):.3f}")


if __name__ == "__main__":
    main()
