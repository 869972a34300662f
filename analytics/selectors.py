"""Dashboard reads: a business's calls, outcomes, money and latency over a period.

Runs inside the business's schema. The figures come from aggregate queries bounded by time and
answered from an index alone (migration calls/0004), whatever the number of calls:

- calls per local day: counts by outcome and sentiment, revenue, cost, duration, and the day's
  latency percentiles over its calls (each call's mean over its turns, kept on the call);
- turns of the last TURN_WINDOW_DAYS days: latency p50/p95 per component over individual
  exchanges (the design's Property 2 is about exchanges), and which turns ran on this machine
  or in the cloud, with the cloud's cost.

Measured at a million calls (bench/dashboard.py): percentiles cost a sort per figure, so over
turns (about three per call) for a whole quarter they were the slow part of the page; exchange
figures therefore describe the receptionist's last week and the period's trend comes from
calls. Even per day, summing a quarter of calls costs a few hundred milliseconds on a busy
two-core machine, so a day that is over (before yesterday) is summed once and its row cached
for a few hours, per business and time zone: a view reads the calls table for the last day or
two only.

The two queries are SQL written here and built once per process, not ORM expressions: building
and compiling their forty-odd aggregates cost the ORM 7-11 ms per view (the selector went
from 31 to 24 ms at a million calls, bench/api.py); the SQL, and so every figure, is the same.
What is left is the database's: chiefly the five exchange percentiles, a sort each.

Test calls (the owner trying the receptionist out) are left out of every figure and counted
separately. Rejected attempts are the business's own `rejected` calls: the router also logs
them in the shared schema for billing, so counting both would count each twice.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from calls.models import Call
from voice.registry import PROVIDERS
from voice.routing import FLOW

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
TURN_WINDOW_DAYS = 7
CACHE_VERSION = 2  # bump when a day's row changes shape (2: the failed outcome's count)
CLOSED_DAY_TTL = 6 * 3600  # a day is summed again at most every six hours (late analyses)
COMPONENTS = ("end_of_turn", "stt", "llm", "tts", "total")
DAILY_COMPONENTS = ("stt", "llm", "tts", "total")  # kept per call, so charted per day
COMPONENT_LABELS = {"end_of_turn": "End of turn", "stt": "Speech to text", "llm": "LLM",
                    "tts": "Text to speech", "total": "End to end"}
_LATENCY_FIELD = {"end_of_turn": "end_of_turn_ms", "stt": "stt_latency_ms",
                  "llm": "llm_latency_ms", "tts": "tts_latency_ms", "total": "total_latency_ms"}
ANSWERED_OUTCOMES = (Call.Outcome.BOOKED, Call.Outcome.MESSAGE_TAKEN, Call.Outcome.TRANSFERRED,
                     Call.Outcome.INFORMATION_ONLY, Call.Outcome.ABANDONED)
Pair = tuple[float | None, float | None]


def percentiles_sql(column: str, fractions: tuple[float, ...] = (0.5, 0.95), *,
                    positive_only: bool = False) -> str:
    """PostgreSQL's percentile_cont for several fractions at once: one sort, an array back."""
    if not fractions or any(not 0.0 <= float(f) <= 1.0 for f in fractions):
        raise ValueError(f"percentile fractions must lie in [0, 1]: {fractions!r}")
    array = "ARRAY[" + ",".join(repr(float(f)) for f in fractions) + "]::float8[]"
    sql = f"PERCENTILE_CONT({array}) WITHIN GROUP (ORDER BY {column})"
    # a call that never reached a stage (refused at once) stores 0 ms for it: not a sample
    return sql + (f" FILTER (WHERE {column} > 0)" if positive_only else "")


def local_provider_keys() -> dict[str, tuple[str, ...]]:
    """Provider keys that run on this machine, per kind (from the voice registry)."""
    keys: dict[str, list[str]] = {"stt": [], "llm": [], "tts": []}
    for (kind, key), spec in PROVIDERS.items():
        if spec.local:
            keys[kind].append(key)
    return {kind: tuple(sorted(v)) for kind, v in keys.items()}


@dataclass(frozen=True)
class Day:
    day: date
    calls: int = 0
    answered: int = 0
    rejected: int = 0
    revenue: Decimal = Decimal("0")
    cost: Decimal = Decimal("0")
    # per component, over the day's calls (each call's mean): (p50, p95) ms
    latency: dict[str, Pair] = field(default_factory=dict)


@dataclass(frozen=True)
class Dashboard:
    days_shown: int
    timezone: str
    start: datetime  # local midnight the period starts at
    today: date
    calls_today: int
    calls_this_week: int
    calls: int
    answered: int
    rejected: int
    pending: int  # still in progress
    test_calls: int
    outcomes: dict[str, int]
    sentiments: dict[str, int]
    revenue: Decimal
    cost: Decimal
    avg_duration_seconds: float | None
    days: list[Day]
    # exchange-level figures, over the turns since turns_since (the last TURN_WINDOW_DAYS days)
    turns_since: datetime
    turns: int
    # kind -> {"local": n, "cloud": n, "code": n, "unrecorded": n}; "code": the call flow
    # answered with no model at all (LLM only)
    providers: dict[str, dict[str, int]]
    cloud_cost: Decimal
    local_cost: Decimal
    latency: dict[str, Pair]  # component -> (p50, p95) ms

    @property
    def answer_rate(self) -> float | None:
        # a call that could not be started was not answered either
        decided = self.answered + self.rejected + self.outcomes.get(Call.Outcome.FAILED, 0)
        return self.answered / decided if decided else None

    @property
    def turn_window_days(self) -> int:
        return min(TURN_WINDOW_DAYS, self.days_shown)

    @property
    def latency_rows(self) -> list[dict[str, Any]]:
        return [{"label": COMPONENT_LABELS[c], "p50": self.latency[c][0],
                 "p95": self.latency[c][1]} for c in COMPONENTS]

    @property
    def outcome_rows(self) -> list[dict[str, Any]]:
        labels = {**dict(Call.Outcome.choices), "": "In progress"}
        return [{"label": labels[k], "count": v} for k, v in self.outcomes.items()]

    def chart_data(self) -> dict[str, Any]:
        """What dashboard.js draws: plain numbers, labels already human."""
        def num(value: Decimal | float | None) -> float | None:
            return None if value is None else round(float(value), 2)

        def daily(component: str, which: int) -> list[float | None]:
            return [num(d.latency.get(component, (None, None))[which]) for d in self.days]

        outcome_labels = {**dict(Call.Outcome.choices), "": "In progress"}
        sentiment_labels = dict(Call.Sentiment.choices)
        return {
            "days": [d.day.isoformat() for d in self.days],
            "answered": [d.answered for d in self.days],
            "rejected": [d.rejected for d in self.days],
            "revenue": [num(d.revenue) for d in self.days],
            "cost": [round(float(d.cost), 4) for d in self.days],
            "latency_days": {"p50_total": daily("total", 0), "p95_total": daily("total", 1),
                             "p50_stt": daily("stt", 0), "p50_llm": daily("llm", 0),
                             "p50_tts": daily("tts", 0)},
            "outcomes": {"labels": [outcome_labels[k] for k in self.outcomes],
                         "values": list(self.outcomes.values())},
            "sentiments": {"labels": [sentiment_labels[k] for k in self.sentiments],
                           "values": list(self.sentiments.values())},
            "providers": {
                "labels": ["Speech to text", "LLM", "Text to speech"],
                "local": [self.providers[k]["local"] for k in ("stt", "llm", "tts")],
                "cloud": [self.providers[k]["cloud"] for k in ("stt", "llm", "tts")],
                "code": [self.providers[k]["code"] for k in ("stt", "llm", "tts")],
                "unrecorded": [self.providers[k]["unrecorded"] for k in ("stt", "llm", "tts")],
            },
            "latency": {
                "labels": [COMPONENT_LABELS[c] for c in COMPONENTS],
                "p50": [num(self.latency[c][0]) for c in COMPONENTS],
                "p95": [num(self.latency[c][1]) for c in COMPONENTS],
            },
        }


def period_bounds(*, tz: ZoneInfo, days: int, now: datetime) -> tuple[date, datetime, datetime]:
    """(today, start of the period, start of this week), local midnights as aware datetimes."""
    today = now.astimezone(tz).date()
    start = datetime.combine(today - timedelta(days=days - 1), time.min, tzinfo=tz)
    week = datetime.combine(today - timedelta(days=today.weekday()), time.min, tzinfo=tz)
    return today, start, week


@functools.cache
def _calls_per_day_sql() -> str:
    """Per local day, over real calls: counts by outcome and sentiment, money, duration and
    latency percentiles, in one scan of the covering index (calls/0004)."""
    figures = ["count(*) AS calls",
               "COALESCE(SUM(revenue_estimate), 0) AS revenue",
               "COALESCE(SUM(cost_usd), 0) AS cost",
               "COALESCE(SUM(duration_seconds), 0) AS duration",
               "count(duration_seconds) AS timed"]
    figures += [f"count(*) FILTER (WHERE outcome = %(o_{o or 'pending'})s) AS o_{o or 'pending'}"
                for o in Call.Outcome.values]
    figures += [f"count(*) FILTER (WHERE sentiment = %(s_{s or 'unknown'})s) "
                f"AS s_{s or 'unknown'}" for s in Call.Sentiment.values]
    figures += [f"{percentiles_sql(_LATENCY_FIELD[c], positive_only=True)} AS lat_{c}"
                for c in DAILY_COMPONENTS]
    return (f"SELECT (start_time AT TIME ZONE %(tz)s)::date AS day, {', '.join(figures)} "
            "FROM calls_call WHERE start_time >= %(since)s AND start_time <= %(now)s "
            "AND NOT is_test GROUP BY 1")


_CALLS_PER_DAY_PARAMS = {**{f"o_{o or 'pending'}": o for o in Call.Outcome.values},
                         **{f"s_{s or 'unknown'}": s for s in Call.Sentiment.values}}


def _calls_per_day(*, tz: ZoneInfo, since: datetime, now: datetime) -> list[dict[str, Any]]:
    with connection.cursor() as cursor:
        cursor.execute(_calls_per_day_sql(),
                       {**_CALLS_PER_DAY_PARAMS, "tz": tz.key, "since": since, "now": now})
        return _dicts(cursor)


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [column.name for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _empty_day(day: date) -> dict[str, Any]:
    return {"day": day, "calls": 0, "revenue": Decimal(0), "cost": Decimal(0),
            "duration": 0.0, "timed": 0,
            **{f"o_{o or 'pending'}": 0 for o in Call.Outcome.values},
            **{f"s_{s or 'unknown'}": 0 for s in Call.Sentiment.values},
            **{f"lat_{c}": None for c in DAILY_COMPONENTS}}


def _day_key(tz_name: str, day: date) -> str:
    # the schema is part of the key: two businesses never share a cached day
    return f"dashboard:v{CACHE_VERSION}:{connection.schema_name}:{tz_name}:{day.isoformat()}"


def _calls_by_day(*, tz_name: str, since: datetime, now: datetime) -> list[dict[str, Any]]:
    """Per-day rows from `since` to now. Days before yesterday are over: their rows are cached
    for CLOSED_DAY_TTL, so a dashboard view reads the calls table for the last day or two
    (and for any older day not cached yet) instead of the whole period."""
    tz = ZoneInfo(tz_name)
    today = now.astimezone(tz).date()
    first = since.astimezone(tz).date()
    closed = [first + timedelta(days=i) for i in range(max(0, (today - first).days - 1))]
    keys = {day: _day_key(tz_name, day) for day in closed}
    cached = cache.get_many(list(keys.values()))
    rows = {day: cached[key] for day, key in keys.items() if key in cached}
    missing = [day for day in closed if day not in rows]
    live_from = min(missing) if missing else today - timedelta(days=1)
    live_since = max(since, datetime.combine(live_from, time.min, tzinfo=tz))
    live = {row["day"]: row for row in _calls_per_day(tz=tz, since=live_since, now=now)}
    summed = {day: live.get(day) or _empty_day(day) for day in closed if day >= live_from}
    cache.set_many({keys[day]: row for day, row in summed.items()}, CLOSED_DAY_TTL)
    rows.update(summed)
    rows.update({day: row for day, row in live.items() if day not in summed})
    return list(rows.values())


@functools.cache
def _recent_figures_sql() -> str:
    """The turns of the last days: latency percentiles per component over individual
    exchanges, which ran on this machine, in code or unrecorded, and the cost; a test call's
    turns are left out (the few test calls are a small anti-join on their partial index). With
    them the period's test calls, counted from that index, to save a round trip."""
    figures = ["count(*) AS turns",
               "COALESCE(SUM(cost_usd) FILTER (WHERE llm_provider = ANY(%(llm_local)s)), 0) "
               "AS local_cost",
               "COALESCE(SUM(cost_usd), 0) AS all_cost"]
    for kind in ("stt", "llm", "tts"):
        column = f"{kind}_provider"
        figures += [f"count(*) FILTER (WHERE {column} = ANY(%({kind}_local)s)) AS {kind}_local",
                    f"count(*) FILTER (WHERE {column} = '') AS {kind}_unrecorded",
                    f"count(*) FILTER (WHERE {column} = %(flow)s) AS {kind}_code"]
    figures += [f"{percentiles_sql(_LATENCY_FIELD[c])} AS lat_{c}" for c in COMPONENTS]
    return (f"SELECT {', '.join(figures)}, "
            "(SELECT count(*) FROM calls_call WHERE is_test AND start_time >= %(start)s "
            "AND start_time <= %(now)s) AS test_calls "
            "FROM calls_turn t WHERE started_at >= %(since)s AND started_at <= %(now)s "
            "AND NOT EXISTS (SELECT 1 FROM calls_call c WHERE c.is_test AND c.id = t.call_id)")


def _recent_figures(*, since: datetime, start: datetime, now: datetime) -> dict[str, Any]:
    local = local_provider_keys()
    params = {f"{kind}_local": list(local[kind]) for kind in ("stt", "llm", "tts")}
    with connection.cursor() as cursor:
        cursor.execute(_recent_figures_sql(),
                       {**params, "flow": FLOW, "since": since, "start": start, "now": now})
        return _dicts(cursor)[0]


def dashboard_summary(*, tz_name: str, days: int = DEFAULT_PERIOD,
                      now: datetime | None = None) -> Dashboard:
    """Figures for the last `days` local days (today included), in the business's time zone."""
    if days not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {days!r}")
    tz = ZoneInfo(tz_name)
    now = now or timezone.now()
    today, start, week = period_bounds(tz=tz, days=days, now=now)
    first_day = start.date()
    # a 7-day period can start after Monday
    rows = _calls_by_day(tz_name=tz_name, since=min(start, week), now=now)
    _, turns_since, _ = period_bounds(tz=tz, days=min(TURN_WINDOW_DAYS, days), now=now)
    turns = _recent_figures(since=turns_since, start=start, now=now)

    by_day = {row["day"]: row for row in rows}
    in_period = [row for row in rows if row["day"] >= first_day]
    outcomes = {o: sum(r[f"o_{o}"] for r in in_period) for o in Call.Outcome.values if o}
    outcomes[""] = sum(r["o_pending"] for r in in_period)
    sentiments = {s: sum(r[f"s_{s or 'unknown'}"] for r in in_period)
                  for s in Call.Sentiment.values}
    timed = sum(r["timed"] for r in in_period)
    series = []
    for i in range(days):
        d = first_day + timedelta(days=i)
        row = by_day.get(d)
        if row is None:
            series.append(Day(day=d, latency={c: (None, None) for c in DAILY_COMPONENTS}))
            continue
        series.append(Day(day=d, calls=row["calls"],
                          answered=sum(row[f"o_{o}"] for o in ANSWERED_OUTCOMES),
                          rejected=row["o_rejected"], revenue=row["revenue"], cost=row["cost"],
                          latency={c: _pair(row[f"lat_{c}"]) for c in DAILY_COMPONENTS}))
    providers = {kind: {"local": turns[f"{kind}_local"],
                        "code": turns[f"{kind}_code"],
                        "unrecorded": turns[f"{kind}_unrecorded"],
                        "cloud": turns["turns"] - turns[f"{kind}_local"]
                        - turns[f"{kind}_code"] - turns[f"{kind}_unrecorded"]}
                 for kind in ("stt", "llm", "tts")}
    return Dashboard(
        days_shown=days, timezone=tz_name, start=start, today=today,
        calls_today=by_day[today]["calls"] if today in by_day else 0,
        calls_this_week=sum(r["calls"] for r in rows if r["day"] >= week.date()),
        calls=sum(r["calls"] for r in in_period),
        answered=sum(outcomes[o] for o in ANSWERED_OUTCOMES),
        rejected=outcomes[Call.Outcome.REJECTED], pending=outcomes[""],
        test_calls=turns["test_calls"],
        outcomes=outcomes, sentiments=sentiments,
        revenue=sum((r["revenue"] for r in in_period), Decimal(0)),
        cost=sum((r["cost"] for r in in_period), Decimal(0)),
        avg_duration_seconds=sum(r["duration"] for r in in_period) / timed if timed else None,
        days=series, turns_since=turns_since, turns=turns["turns"], providers=providers,
        local_cost=turns["local_cost"], cloud_cost=turns["all_cost"] - turns["local_cost"],
        latency={c: _pair(turns[f"lat_{c}"]) for c in COMPONENTS},
    )


def _pair(values: list[float | None] | None) -> Pair:
    if not values:
        return (None, None)
    return (values[0], values[1])
