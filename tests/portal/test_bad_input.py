"""Issue 16, finding 2: no input ever becomes a server error.

The owner's pages that read the query string are thrown arbitrary values: dates at the ends of
the calendar, huge and negative numbers, NUL bytes and other odd unicode, very long strings.
Then every URL of both URL confs (found in the confs, so new pages are covered too) gets the
same, in its path parameters, its query string and its form, by GET and by POST.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import rolled_back
from tests.portal.owner_login import make_call, owner_client

pytestmark = pytest.mark.django_db
SCHEMA = "t_law"

# each page with the parameters it reads
PAGES = {
    "/calls/": ["date_from", "date_to", "outcome", "sentiment", "caller", "q", "hide_tests",
                "before", "after"],
    "/appointments/": ["when", "page"],
    "/messages/": ["show", "page"],
    "/dashboard/": ["days"],
    "/settings/": [],
    "/accounts/welcome/": ["token"],
    "/accounts/verify-email/": ["token"],
}
EDGE = ["9999-12-31", "0001-01-01", "1969-12-31", "2999-12-31", "10000-01-01", "0000-00-00",
        "-1", "0", "9" * 25, "-" + "9" * 25, "1e309", "NaN", "\x00", "2026-03-10\x00",
        "٢٠٢٦-٠٣-١٠", "１２", "99999999999999999999.1", "1.99999999999999999999",
        "9223372036854775807.9223372036854775808", "-9223372036854775809.1", "\ud7ff\ufffe",
        "x" * 5000, "+1 510 555 0100\x00", "in_progress", "upcoming", "past", "all", "30"]
values = st.one_of(
    st.sampled_from(EDGE),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.text(max_size=60),  # any unicode, NUL included
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000),
    st.builds(lambda a, b: f"{a}.{b}", st.integers(-(10**20), 10**20),
              st.integers(-(10**20), 10**20)),
)
# a date parameter mostly gets dates, the ends of the calendar first
DATE_EDGE = ["9999-12-31", "0001-01-01", "2999-12-31", "1969-12-31", "2026-02-30"]
dates = st.one_of(st.sampled_from(DATE_EDGE), st.dates().map(str),
                  st.dates().map(lambda d: d.strftime("%m/%d/%Y")), values)
numbers = st.one_of(st.sampled_from(["9" * 30, "-1", "0", "1e9"]), st.integers().map(str),
                    values)
KINDS = {"date_from": dates, "date_to": dates, "page": numbers, "days": numbers}
CASES = [(path, name) for path, names in sorted(PAGES.items())
         for name in [*names, "page"] if name != "page" or path != "/appointments/"]


def others(path: str) -> st.SearchStrategy[dict[str, str]]:
    """Any subset of the page's other parameters (and one it does not read), any values."""
    names = [*PAGES[path], "page", "zz\x00"]
    return st.fixed_dictionaries({}, optional={n: KINDS.get(n, values) for n in names})


@pytest.fixture
def _a_call(db):
    return make_call(schema=SCHEMA, start=timezone.now() - timedelta(hours=2))


@pytest.mark.parametrize(("path", "name"), CASES)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_query_string_on_any_owner_page_is_a_server_error(_a_call, path, name, data):
    """Dates like 9999-12-31 and 0001-01-01, huge numbers, NUL bytes and long strings in each of
    a page's parameters (with any of its others, or one it does not read) get a page or a
    redirect, never a 500."""
    value = data.draw(KINDS.get(name, values), label=name)
    query = data.draw(others(path), label="others") | {name: value}
    client = owner_client(SCHEMA)
    client.raise_request_exception = False
    response = client.get(path, query)
    assert response.status_code < 500, (path, query)


@pytest.mark.parametrize("query", [
    {"date_to": "9999-12-31"}, {"date_from": "0001-01-01"}, {"date_from": "9999-12-31"},
    {"date_from": "0001-01-01", "date_to": "9999-12-31"},
])
def test_a_date_at_the_end_of_the_calendar_is_reported_not_a_500(_a_call, query):
    client = owner_client(SCHEMA)
    client.raise_request_exception = False
    response = client.get("/calls/", query)
    assert response.status_code == 200
    assert "Choose a date between 1970 and 2999" in response.content.decode()


# --- forms ---------------------------------------------------------------------------------------
def _rows(prefix: str, fields: list[str], count: int = 2) -> list[str]:
    names = [f"{prefix}-TOTAL_FORMS", f"{prefix}-INITIAL_FORMS", f"{prefix}-MAX_NUM_FORMS"]
    return names + [f"{prefix}-{i}-{f}" for i in range(count) for f in [*fields, "DELETE"]]


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FORMS = {
    "/settings/services/": _rows("services", ["name", "price_usd", "duration_minutes"]),
    "/settings/faq/": _rows("faq", ["question", "answer"]),
    "/settings/hours/": ["timezone"] + [f"{d}-{f}" for d in DAYS
                                        for f in ("closed", "opens", "closes", "opens_2",
                                                  "closes_2")],
    "/settings/booking/": ["min_notice_minutes", "max_days_ahead", "notes"],
    "/settings/transfer/": ["transfer_number", "transfer_outside_hours"],
    "/settings/providers/": ["stt_provider", "llm_provider", "tts_provider"],
    "/messages/1/handled/": ["handled", "next"],
}
form_values = st.one_of(values, numbers, dates,
                        st.sampled_from(["12:00", "24:61", "99:99", "on", "1", "1000", "-5"]))


@pytest.mark.parametrize("path", sorted(FORMS))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_form_post_on_an_owner_page_is_a_server_error(_a_call, path, data):
    """The owner's forms get the same treatment: any subset of their fields, any values."""
    form = data.draw(st.fixed_dictionaries(
        {}, optional={n: form_values for n in FORMS[path]}), label="form")
    client = owner_client(SCHEMA)
    client.raise_request_exception = False
    with rolled_back():
        response = client.post(path, form)
    assert response.status_code < 500, (path, form)


@pytest.mark.parametrize("path", ["/signup/", "/login/"])
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_post_on_the_public_site_is_a_server_error(db, path, data):
    names = ["business_name", "subdomain", "profession", "owner_email", "password", "timezone",
             "website", "started"]
    form = data.draw(st.fixed_dictionaries({}, optional={n: form_values for n in names}))
    client = Client(HTTP_HOST="localhost")
    client.raise_request_exception = False
    with rolled_back():
        response = client.post(path, form, REMOTE_ADDR="192.0.2.44")
    assert response.status_code < 500, (path, form)


# --- every URL of the portal and the public site (issue 16, build item 2) -----------------------
# The URLs come from the URL confs themselves, so a page added later is thrown the same values
# without anyone listing it here: each path parameter gets its converter's edges, each page the
# query parameters it reads (PAGES, FORMS) plus ones it does not, by GET and by POST.
def _routes(urlconf: str) -> list[str]:
    def walk(patterns: list, prefix: str = "") -> Iterator[str]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return sorted(set(walk(get_resolver(urlconf).url_patterns)))


PORTAL_ROUTES = _routes("receptionist.urls_tenant")
PUBLIC_ROUTES = [r for r in _routes("receptionist.urls_public") if not r.startswith("admin/")]
THE_CALL = "the-call"  # stands for the id of the call the test made
SEGMENTS = {
    "int": st.one_of(st.sampled_from(["0", "1", "9" * 19, "9" * 40]),
                     st.integers(min_value=0, max_value=10**30).map(str)),
    "uuid": st.one_of(st.just(THE_CALL), st.uuids().map(str)),
    "str": st.one_of(st.sampled_from(["MQ", "set-password", "x" * 500, "\x00"]),
                     st.text(min_size=1, max_size=40).filter(lambda t: "/" not in t)),
}
# the voice preview renders speech for any voice it knows (slow); everything else gets a 400
PREVIEW_VOICES = values.filter(lambda v: v.strip() and v != "auto" and ":" not in v)


def _path(route: str, data: st.DataObject, call_id: str) -> str:
    def segment(match: re.Match) -> str:
        value = data.draw(SEGMENTS[match.group(1) or "str"], label=match.group(2))
        return quote(call_id if value == THE_CALL else value, safe="")

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", segment, route)


def _params(route: str, data: st.DataObject) -> dict[str, str]:
    known = PAGES.get(f"/{route}", []) + FORMS.get(f"/{route}", [])
    names = [*known, "page", "next", "action", "zz\x00"]
    params = data.draw(st.fixed_dictionaries(
        {}, optional={n: KINDS.get(n, form_values) for n in names}), label="params")
    if route == "settings/voice/preview/":
        params["voice"] = data.draw(PREVIEW_VOICES, label="voice")
    return params


@pytest.fixture
def owner(db):
    client = owner_client(SCHEMA)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("route", PORTAL_ROUTES)
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_request_to_any_portal_url_is_a_server_error(_a_call, owner, route, method, data):
    """Logged in as the owner: every URL of the portal, any path parameter (huge numbers, odd
    unicode, NUL bytes), any query string or form, by GET and by POST: never a 500."""
    path = _path(route, data, str(_a_call.call_id))
    params = _params(route, data)
    with rolled_back():
        response = getattr(owner, method)(path, params)
    assert response.status_code < 500, (method, path, params)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("route", PUBLIC_ROUTES)
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_request_to_any_public_url_is_a_server_error(db, route, method, data):
    client = Client(HTTP_HOST="localhost")
    client.raise_request_exception = False
    path = _path(route, data, "")
    params = _params(route, data)
    with rolled_back():
        response = getattr(client, method)(path, params, REMOTE_ADDR="192.0.2.45")
    assert response.status_code < 500, (method, path, params)
