"""Issue 16, finding 2: no input ever becomes a server error.

The owner's pages that read the query string are thrown arbitrary values: dates at the ends of
the calendar, huge and negative numbers, NUL bytes and other odd unicode, very long strings.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
