from __future__ import annotations

import math
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.selectors import dashboard_summary, local_provider_keys, percentiles_sql
from calls.models import Call, Turn
from tests.conftest import rolled_back
from tests.portal.owner_login import (
    anonymous_client,
    make_call,
    make_turn,
    owner_client,
    page_json,
)

pytestmark = pytest.mark.django_db
SCHEMA = "t_dental"
NY = ZoneInfo("America/New_York")
# A Wednesday, mid-morning in New York.
NOW = datetime(2026, 3, 11, 10, 0, tzinfo=NY)


def _empty(schema: str = SCHEMA) -> None:
    with schema_context(schema):
        Call.objects.all().delete()


def percentile_cont(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _week_of_calls() -> dict[str, Call]:
    """Known calls around NOW, including one either side of local midnight."""
    _empty()
    at = lambda *a: datetime(*a, tzinfo=NY)  # noqa: E731
    return {
        "today_booked": make_call(schema=SCHEMA, start=at(2026, 3, 11, 9, 0),
                                  outcome="booked", sentiment="positive", revenue="120.00",
                                  cost="0.004000", duration=180),
        "today_after_midnight": make_call(schema=SCHEMA, start=at(2026, 3, 11, 0, 30),
                                          outcome="message_taken", sentiment="neutral",
                                          revenue="40.00", duration=60),
        "today_in_progress": make_call(schema=SCHEMA, start=at(2026, 3, 11, 9, 59),
                                       outcome="", sentiment="", duration=None),
        # 04:30 UTC on the 11th, but still the 10th in New York
        "yesterday_late": make_call(schema=SCHEMA, start=at(2026, 3, 10, 23, 30),
                                    outcome="rejected", sentiment="neutral", duration=5),
        "monday": make_call(schema=SCHEMA, start=at(2026, 3, 9, 12, 0), outcome="transferred",
                            sentiment="negative", revenue="60.00", cost="0.001000",
                            duration=95),
        "last_sunday": make_call(schema=SCHEMA, start=at(2026, 3, 8, 12, 0),
                                 outcome="information_only", sentiment="positive", duration=40),
        "twenty_days_ago": make_call(schema=SCHEMA, start=at(2026, 2, 19, 15, 0),
                                     outcome="abandoned", sentiment="negative", duration=20),
        "forty_days_ago": make_call(schema=SCHEMA, start=at(2026, 1, 30, 15, 0),
                                    outcome="booked", sentiment="positive", revenue="120.00",
                                    duration=200),
        "test_call": make_call(schema=SCHEMA, start=at(2026, 3, 11, 8, 0), outcome="booked",
                               sentiment="positive", revenue="120.00", is_test=True),
        "future": make_call(schema=SCHEMA, start=at(2026, 3, 11, 12, 0), outcome="booked",
                            revenue="999.00"),
    }


def test_it_counts_today_and_this_week_in_the_business_time_zone():
    _week_of_calls()
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=30, now=NOW)
    assert d.today.isoformat() == "2026-03-11"
    assert d.start == datetime(2026, 2, 10, tzinfo=NY)
    assert d.calls_today == 3  # 00:30, 09:00 and the call in progress; not the test call
    assert d.calls_this_week == 5  # Monday to now; Sunday belongs to last week
    assert d.calls == 7  # 30 days: not the call 40 days ago, the test call or the future one
    assert d.test_calls == 1
    assert (d.answered, d.rejected, d.pending) == (5, 1, 1)
    assert d.answer_rate == pytest.approx(5 / 6)
    assert d.outcomes == {"booked": 1, "message_taken": 1, "transferred": 1,
                          "information_only": 1, "rejected": 1, "abandoned": 1, "failed": 0,
                          "": 1}
    assert d.sentiments == {"": 1, "positive": 2, "neutral": 2, "negative": 2}
    assert d.revenue == Decimal("220.00")
    assert d.cost == Decimal("0.005")
    assert d.avg_duration_seconds == pytest.approx((180 + 60 + 5 + 95 + 40 + 20) / 6)
    by_day = {day.day.isoformat(): day for day in d.days}
    assert len(d.days) == 30 and d.days[-1].day.isoformat() == "2026-03-11"
    assert (by_day["2026-03-10"].calls, by_day["2026-03-10"].rejected) == (1, 1)
    assert (by_day["2026-03-11"].calls, by_day["2026-03-11"].answered) == (3, 2)
    assert by_day["2026-03-11"].revenue == Decimal("160.00")
    assert by_day["2026-02-19"].calls == 1 and by_day["2026-02-20"].calls == 0


def test_the_period_filter_widens_the_window():
    _week_of_calls()
    with schema_context(SCHEMA):
        seven = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
        ninety = dashboard_summary(tz_name="America/New_York", days=90, now=NOW)
    assert (seven.calls, seven.calls_this_week, seven.calls_today) == (6, 5, 3)
    assert (ninety.calls, ninety.outcomes["booked"]) == (8, 2)
    assert ninety.revenue == Decimal("340.00")
    assert len(seven.days) == 7 and len(ninety.days) == 90


def test_a_different_time_zone_moves_the_midnight_call():
    _week_of_calls()
    with schema_context(SCHEMA):
        utc = dashboard_summary(tz_name="UTC", days=7, now=NOW)
    # in UTC, 23:30 New York on the 10th is 04:30 on the 11th: today
    assert utc.calls_today == 4


def test_latency_percentiles_per_component_match_percentile_cont():
    _empty()
    call = make_call(schema=SCHEMA, start=NOW - timedelta(hours=2))
    test_call = make_call(schema=SCHEMA, start=NOW - timedelta(hours=2), is_test=True)
    totals = [420.0, 515.5, 610.0, 700.0, 1250.0, 2900.0, 800.0]
    stt = [100.0, 120.0, 140.0, 160.0, 180.0, 200.0, None]
    for i, (total, s) in enumerate(zip(totals, stt, strict=True)):
        make_turn(schema=SCHEMA, call=call, index=i, at=NOW - timedelta(hours=2, minutes=-i),
                  total_latency_ms=total, stt_latency_ms=s, llm_latency_ms=total / 2,
                  tts_latency_ms=90.0 + i, end_of_turn_ms=600.0)
    make_turn(schema=SCHEMA, call=test_call, index=0, at=NOW - timedelta(hours=1),
              total_latency_ms=99999.0, stt_latency_ms=99999.0)
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    assert d.turns == 7  # the test call's turn is left out
    assert d.latency["total"] == pytest.approx((percentile_cont(totals, 0.5),
                                                percentile_cont(totals, 0.95)))
    present = [s for s in stt if s is not None]
    assert d.latency["stt"] == pytest.approx((percentile_cont(present, 0.5),
                                              percentile_cont(present, 0.95)))
    assert d.latency["end_of_turn"] == pytest.approx((600.0, 600.0))


def test_exchange_figures_cover_the_last_week_even_in_a_longer_period():
    _empty()
    old = make_call(schema=SCHEMA, start=NOW - timedelta(days=12))
    new = make_call(schema=SCHEMA, start=NOW - timedelta(days=1))
    make_turn(schema=SCHEMA, call=old, index=0, at=old.start_time, total_latency_ms=9000.0,
              llm_provider="openai", cost_usd=Decimal("0.5"))
    make_turn(schema=SCHEMA, call=new, index=0, at=new.start_time, total_latency_ms=700.0,
              llm_provider="llama_cpp")
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=30, now=NOW)
    assert d.turn_window_days == 7 and d.turns_since == datetime(2026, 3, 5, tzinfo=NY)
    assert d.turns == 1 and d.latency["total"] == (700.0, 700.0)
    assert d.providers["llm"] == {"local": 1, "cloud": 0, "code": 0, "unrecorded": 0}
    assert d.cloud_cost == Decimal(0)


def test_latency_per_day_is_taken_over_that_days_calls():
    _empty()
    day = datetime(2026, 3, 10, 12, 0, tzinfo=NY)
    means = [500.0, 900.0, 1300.0, 4000.0]
    for i, mean in enumerate(means):
        make_call(schema=SCHEMA, start=day + timedelta(minutes=i), total_latency_ms=mean,
                  stt_latency_ms=100.0 + i, llm_latency_ms=mean / 2, tts_latency_ms=80.0)
    # refused at once: its stages report 0 ms, which is no sample of latency
    make_call(schema=SCHEMA, start=day, outcome="rejected", total_latency_ms=0.0,
              stt_latency_ms=0.0, llm_latency_ms=0.0, tts_latency_ms=0.0)
    make_call(schema=SCHEMA, start=day, is_test=True, total_latency_ms=99999.0)
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    tuesday = next(x for x in d.days if x.day.isoformat() == "2026-03-10")
    assert tuesday.latency["total"] == pytest.approx((percentile_cont(means, 0.5),
                                                      percentile_cont(means, 0.95)))
    assert tuesday.latency["stt"][0] == pytest.approx(101.5)
    monday = next(x for x in d.days if x.day.isoformat() == "2026-03-09")
    assert monday.latency["total"] == (None, None)
    data = d.chart_data()
    index = data["days"].index("2026-03-10")
    assert data["latency_days"]["p50_total"][index] == pytest.approx(
        percentile_cont(means, 0.5), abs=0.01)
    assert data["latency_days"]["p50_llm"][index] == pytest.approx(
        percentile_cont([m / 2 for m in means], 0.5), abs=0.01)


def test_no_turns_means_no_latency_rather_than_zero():
    _empty()
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    assert d.calls == 0 and d.turns == 0
    assert d.latency["total"] == (None, None)
    assert d.answer_rate is None


def test_cost_is_split_between_local_and_cloud_providers():
    _empty()
    local = local_provider_keys()
    assert "llama_cpp" in local["llm"] and "whisper" in local["stt"] and "piper" in local["tts"]
    assert "openai" not in local["llm"]
    call = make_call(schema=SCHEMA, start=NOW - timedelta(hours=3))
    rows = [("whisper", "llama_cpp", "piper", "0"), ("whisper", "openai", "piper", "0.002100"),
            ("deepgram", "watsonx", "cartesia", "0.000900"), ("", "", "", "0"),
            ("whisper", "ollama", "kokoro", "0"), ("whisper", "flow", "piper", "0")]
    for i, (s, llm, t, cost) in enumerate(rows):
        make_turn(schema=SCHEMA, call=call, index=i, at=NOW - timedelta(hours=3, minutes=-i),
                  stt_provider=s, llm_provider=llm, tts_provider=t, cost_usd=Decimal(cost))
    with schema_context(SCHEMA):
        d = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    # a turn the call flow answered is neither local nor cloud: no model ran (it was "Cloud")
    assert d.providers["llm"] == {"local": 2, "cloud": 2, "code": 1, "unrecorded": 1}
    assert d.providers["stt"] == {"local": 4, "cloud": 1, "code": 0, "unrecorded": 1}
    assert d.providers["tts"] == {"local": 4, "cloud": 1, "code": 0, "unrecorded": 1}
    assert d.cloud_cost == Decimal("0.003")
    assert d.local_cost == Decimal("0")


def test_a_day_that_is_over_is_summed_once_then_read_from_the_cache():
    _empty()
    five_days_ago = NOW - timedelta(days=5)
    make_call(schema=SCHEMA, start=five_days_ago, outcome="booked", revenue="120.00")
    with schema_context(SCHEMA):
        first = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    make_call(schema=SCHEMA, start=five_days_ago, outcome="booked", revenue="120.00")
    make_call(schema=SCHEMA, start=NOW - timedelta(minutes=1), outcome="booked")
    with schema_context(SCHEMA):
        second = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    assert (first.calls, second.calls) == (1, 2)  # today is live; the closed day is cached
    assert second.revenue == Decimal("120.00")
    cache.clear()
    with schema_context(SCHEMA):
        third = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    assert (third.calls, third.revenue) == (3, Decimal("240.00"))


def test_yesterday_is_never_taken_from_the_cache():
    _empty()
    yesterday = NOW - timedelta(days=1)
    with schema_context(SCHEMA):
        dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    make_call(schema=SCHEMA, start=yesterday)
    with schema_context(SCHEMA):
        assert dashboard_summary(tz_name="America/New_York", days=7, now=NOW).calls == 1


def test_cached_days_are_never_shared_between_businesses():
    _empty("t_dental")
    _empty("t_law")
    for _ in range(3):
        make_call(schema="t_dental", start=NOW - timedelta(days=4), revenue="50.00")
    with schema_context("t_dental"):
        dental = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    with schema_context("t_law"):
        law = dashboard_summary(tz_name="America/New_York", days=7, now=NOW)
    assert (dental.calls, law.calls) == (3, 0)
    assert law.revenue == Decimal(0)


def test_it_refuses_a_period_it_does_not_offer():
    with pytest.raises(ValueError):
        dashboard_summary(tz_name="UTC", days=13)
    with pytest.raises(ValueError):
        percentiles_sql("total_latency_ms", (0.5, 1.5))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(calls=st.lists(st.tuples(
    st.integers(min_value=0, max_value=60 * 24 * 45),  # minutes before NOW
    st.sampled_from([o for o in Call.Outcome.values]),
    st.sampled_from(Call.Sentiment.values),
    st.decimals(min_value=0, max_value=500, places=2),
    st.booleans()), max_size=25),
    days=st.sampled_from([7, 30, 90]))
def test_the_dashboard_totals_equal_a_recount_of_its_calls(calls, days):
    """Whatever the calls, every total is the plain count of the calls in the period."""
    with rolled_back():
        _empty()
        made = []
        for minutes, outcome, sentiment, revenue, is_test in calls:
            start = NOW - timedelta(minutes=minutes)
            make_call(schema=SCHEMA, start=start, outcome=outcome, sentiment=sentiment,
                      revenue=revenue, is_test=is_test)
            made.append((start.astimezone(NY).date(), outcome, sentiment, revenue, is_test))
        with schema_context(SCHEMA):
            d = dashboard_summary(tz_name="America/New_York", days=days, now=NOW)
        first = NOW.date() - timedelta(days=days - 1)
        real = [m for m in made if not m[4] and m[0] >= first]
        assert d.calls == len(real)
        assert d.test_calls == sum(1 for m in made if m[4] and m[0] >= first)
        assert d.rejected == sum(1 for m in real if m[1] == "rejected")
        assert d.answered == sum(1 for m in real if m[1] not in ("rejected", "failed", ""))
        decided = sum(1 for m in real if m[1] != "")  # a failed start was not answered either
        assert d.answer_rate == (pytest.approx(d.answered / decided) if decided else None)
        assert d.revenue == sum((m[3] for m in real), Decimal(0))
        assert sum(d.outcomes.values()) == sum(d.sentiments.values()) == len(real)
        assert sum(day.calls for day in d.days) == len(real)
        assert d.calls_today == sum(1 for m in real if m[0] == NOW.date())


def test_the_owner_sees_the_figures_and_the_charts_data():
    _empty()
    now = datetime.now(NY)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    earlier_today = midnight + (now - midnight) / 2
    booked = make_call(schema=SCHEMA, start=earlier_today, outcome="booked",
                       sentiment="positive", revenue="150.00", total_latency_ms=640.0)
    make_call(schema=SCHEMA, start=earlier_today, outcome="rejected", sentiment="neutral")
    make_call(schema=SCHEMA, start=midnight - timedelta(days=3), outcome="message_taken",
              sentiment="negative", revenue="45.00")
    make_turn(schema=SCHEMA, call=booked, index=0, at=earlier_today, total_latency_ms=640.0,
              stt_latency_ms=150.0, llm_latency_ms=300.0, tts_latency_ms=120.0,
              llm_provider="llama_cpp")
    response = owner_client(SCHEMA).get("/dashboard/?days=7")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="calls-today">2<' in html
    assert 'id="calls-period">3<' in html
    assert 'id="revenue">$195.00<' in html
    assert "vendor/chart.umd.min.js" in html and "portal/dashboard.js" in html
    data = page_json(html, "dashboard-data")
    assert len(data["days"]) == 7
    assert sum(data["answered"]) == 2 and sum(data["rejected"]) == 1
    assert dict(zip(data["outcomes"]["labels"], data["outcomes"]["values"], strict=True))[
        "Booked"] == 1
    assert data["latency"]["p50"][-1] == 640.0  # end to end
    assert data["providers"]["local"][1] == 1  # the LLM turn ran locally
    assert data["latency_days"]["p50_total"][-1] == 640.0


def test_the_dashboard_is_served_from_our_own_static_files():
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/chart.umd.min.js")
    assert finders.find("portal/dashboard.js")


def test_a_period_it_does_not_offer_falls_back_with_a_message():
    response = owner_client(SCHEMA).get("/dashboard/?days=9999999999999999999999")
    assert response.status_code == 200
    assert "showing the last 30" in response.content.decode()


def test_the_root_sends_the_owner_to_the_dashboard():
    response = owner_client(SCHEMA).get("/")
    assert response.status_code == 302 and response["Location"] == "/dashboard/"


def test_it_sends_a_visitor_who_is_not_logged_in_to_the_login_page():
    response = anonymous_client(SCHEMA).get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/dashboard/")


def test_the_page_shows_no_turn_of_a_test_call():
    _empty()
    call = make_call(schema=SCHEMA, start=datetime.now(NY) - timedelta(minutes=5), is_test=True)
    make_turn(schema=SCHEMA, call=call, index=0, at=call.start_time, total_latency_ms=5000.0)
    data = page_json(owner_client(SCHEMA).get("/dashboard/").content.decode(), "dashboard-data")
    assert data["latency"]["p50"][-1] is None
    with schema_context(SCHEMA):
        assert Turn.objects.count() == 1


def test_the_portal_indexes_exist_in_every_business_schema():
    """Businesses are cloned from the template schema: migration 0004's indexes come along."""
    import importlib

    from django.db import connection

    from tests.factories import FLEET

    wanted = {name for name, _ in importlib.import_module(
        "calls.migrations.0004_dashboard_indexes").INDEXES}
    with connection.cursor() as cursor:
        for spec in FLEET:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s",
                           [spec["schema_name"]])
            assert wanted <= {row[0] for row in cursor.fetchall()}, spec["schema_name"]
