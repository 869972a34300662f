"""Issue 16, build item 6: the portal's pages are rate limited per business and per client, so
one business (or one client) hammering the portal cannot starve the others.

The limits count in fixed windows on the configured cache (Redis when REDIS_URL is set). The
test-client tests use a window of years, so no window boundary can fall inside a test; the
window's reset is tested on the middleware itself with a clock the test moves.
"""

from __future__ import annotations

import logging

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from receptionist.rate_limits import RequestRateLimitMiddleware
from tests.portal.conftest import PUBLIC_HOST, tenant_host

pytestmark = pytest.mark.django_db

PAGE = "/accounts/login/"
LONG_WINDOW = 10 * 365 * 24 * 3600


@pytest.fixture
def limits(settings):
    settings.REQUEST_RATE_WINDOW_SECONDS = LONG_WINDOW
    settings.REQUEST_RATE_LIMIT_PER_BUSINESS = 0
    settings.REQUEST_RATE_LIMIT_PER_CLIENT = 0
    return settings


def _get(schema: str | None, ip: str = "198.51.100.1", path: str = PAGE):
    """A page of `schema`'s portal, or the public site's home page when None."""
    if schema is None:
        return Client(HTTP_HOST=PUBLIC_HOST).get("/", REMOTE_ADDR=ip)
    return Client(HTTP_HOST=tenant_host(schema)).get(path, REMOTE_ADDR=ip)


def test_a_business_over_its_limit_gets_429_while_another_is_served(limits):
    limits.REQUEST_RATE_LIMIT_PER_BUSINESS = 3
    served = [_get("t_dental", ip=f"198.51.100.{n}").status_code for n in range(3)]
    refused = _get("t_dental", ip="198.51.100.9")
    assert served == [200, 200, 200]
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("text/plain")
    assert "business" in refused.content.decode()
    assert 1 <= int(refused["Retry-After"]) <= LONG_WINDOW
    assert _get("t_law", ip="198.51.100.9").status_code == 200


def test_the_public_site_is_its_own_bucket(limits):
    limits.REQUEST_RATE_LIMIT_PER_BUSINESS = 2
    for _ in range(2):
        assert _get(None).status_code == 200
    assert _get(None).status_code == 429
    assert _get("t_dental").status_code == 200


def test_a_client_over_its_limit_gets_429_while_another_client_is_served(limits):
    limits.REQUEST_RATE_LIMIT_PER_CLIENT = 3
    limits.REQUEST_RATE_LIMIT_PER_BUSINESS = 5
    statuses = [_get("t_dental", ip="203.0.113.5").status_code for _ in range(8)]
    assert statuses == [200] * 3 + [429] * 5
    refused = _get("t_dental", ip="203.0.113.5")
    assert "address" in refused.content.decode()
    assert int(refused["Retry-After"]) >= 1
    # the refused requests did not count against the business: the other client is served
    assert _get("t_dental", ip="203.0.113.6").status_code == 200


def test_a_limit_of_zero_is_off(limits):
    assert [_get("t_dental").status_code for _ in range(5)] == [200] * 5


def test_static_files_are_not_counted(limits):
    limits.REQUEST_RATE_LIMIT_PER_CLIENT = 1
    assert _get("t_dental").status_code == 200
    for _ in range(3):
        assert _get("t_dental", path="/static/portal.css").status_code != 429
    assert _get("t_dental").status_code == 429


def test_the_window_resets(settings, fleet):
    """A client refused in one window is served in the next: the clock is the middleware's
    own argument, moved by the test."""
    settings.REQUEST_RATE_WINDOW_SECONDS = 10
    settings.REQUEST_RATE_LIMIT_PER_CLIENT = 2
    settings.REQUEST_RATE_LIMIT_PER_BUSINESS = 0
    now = [1_000_000.0]
    middleware = RequestRateLimitMiddleware(lambda request: HttpResponse("ok"),
                                            clock=lambda: now[0])

    def get() -> HttpResponse:
        request = RequestFactory().get(PAGE, REMOTE_ADDR="192.0.2.44")
        request.tenant = fleet["t_dental"]
        return middleware(request)

    assert [get().status_code for _ in range(2)] == [200, 200]
    now[0] += 7
    refused = get()
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3"
    now[0] += 3
    assert get().status_code == 200


def test_a_cache_that_is_down_lets_requests_through(limits, caplog):
    limits.REQUEST_RATE_LIMIT_PER_CLIENT = 1
    limits.REQUEST_RATE_LIMIT_PER_BUSINESS = 1
    limits.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                 "LOCATION": "redis://127.0.0.1:1/0"}}  # nothing listens
    client = Client(HTTP_HOST=tenant_host("t_dental"))
    with caplog.at_level(logging.WARNING, logger="receptionist.rate_limits"):
        statuses = [client.get(PAGE, REMOTE_ADDR="198.51.100.1").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    warnings = [r for r in caplog.records if r.name == "receptionist.rate_limits"]
    assert len(warnings) == 1
