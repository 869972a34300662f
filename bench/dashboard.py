"""The owner's dashboard and calls list for a business with 1,000,000 calls (goal: each page
<= 200 ms of server time, the dashboard <= 1.5x the same figures from one hand-written SQL query).

Takes: the first run about 2.5 minutes on 2 cores (it builds the million calls and keeps them:
108 s on 2026-12-03), later runs about 30 s; --quick (20,000 calls) about 10 s.

The business (`dash_big`, New York time) is built once in the database
`<database>_bench_dashboard` (`receptionist_bench_dashboard` by default; `_quick` added in quick
mode) by INSERT ... SELECT generate_series: a million calls over three years (about 900 a day)
with transcripts, ~2.9 million turns with latencies, providers and cost, 200,000 messages and
40,000 appointments; secondary indexes are dropped during the load and rebuilt after it, then
the tables are vacuumed. Later runs reuse it (`--rebuild` starts over, `--reindex` re-creates
the indexes of migration calls/0004 after editing them).

Pages are served by Django's test client on the business's domain, logged in as its owner,
with DEBUG off: middleware, session, queries and template included. The dashboard is measured
as owners see it (days before yesterday summed by an earlier view and cached) and with nothing
cached; `dashboard_vs_sql` compares the latter with the same figures from one hand-written SQL
statement, run in turn with it. The process's clock is set to the moment the data end
(`DATA_END`), so the figures do not drift as the kept data age.
Run (embedded PostgreSQL, or DATABASE_URL's server when set):
    .venv/bin/python bench/dashboard.py [--quick]
"""

from __future__ import annotations

import importlib
import os
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from _common import bench_parser, bench_start, django_setup, median, quick, raw_connection, result
from cryptography.fernet import Fernet

SCHEMA = "dash_big"
TZ = "America/New_York"
YEARS_DAYS = 1095
DATA_END = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Size:
    calls: int
    chunk: int  # calls per INSERT
    appointments: int
    warmup: int  # untimed runs of each page first
    runs: int  # timed runs of each dashboard view (the median is reported)
    page_runs: int  # timed runs of each other page


FULL = Size(calls=1_000_000, chunk=100_000, appointments=40_000, warmup=3, runs=15, page_runs=7)
QUICK = Size(calls=20_000, chunk=10_000, appointments=2_000, warmup=1, runs=3, page_runs=2)
SIZE = FULL
TABLES = ("calls_call", "calls_turn", "calls_callbackmessage", "calls_appointment")

ASKS = ["I would like to book a cleaning", "What are your opening hours on Friday",
        "Can I speak to someone about my bill", "Do you take my insurance",
        "I need to reschedule my appointment", "How much is a consultation",
        "Is there parking near your office", "I have an emergency with a broken tooth",
        "Can you call me back tomorrow morning", "I want to cancel my visit next week",
        "Are you open on Saturday", "My child needs a checkup",
        "I'm not happy with the last treatment", "Where exactly are you located",
        "Can I get a quote for whitening", "Do you have anything earlier in the day"]
ANSWERS = ["Of course, which day suits you best?", "We are open from 8 AM to 2 PM on Friday.",
           "I can take a message and have the office manager call you back.",
           "We accept most major insurance plans.", "Let me find you a new time.",
           "A consultation is 95 dollars.", "There is free parking behind the building.",
           "I'm sorry to hear that, let me find the earliest emergency slot.",
           "Certainly, may I have your name and number?", "I've cancelled that for you.",
           "We are closed on Saturdays, but open Monday to Friday.",
           "We see children from age three.", "I'm sorry about that, I'll pass it on today.",
           "We are at 12 Main Street, next to the pharmacy.",
           "Whitening starts at 350 dollars.", "The earliest is 8:30 tomorrow."]
FIRST = ["Ana", "Ben", "Chloe", "David", "Elena", "Frank", "Grace", "Hugo", "Iris", "Jack",
         "Kira", "Liam", "Maya", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sam", "Tara"]
LAST = ["Diaz", "Smith", "Nguyen", "Okafor", "Schmidt", "Rossi", "Kowalski", "Haddad",
        "Tanaka", "Silva", "Murphy", "Novak", "Larsen", "Moreau", "Patel", "Cohen", "Ivanova",
        "Jensen", "Garcia", "Brown"]


def _array(values: list[str]) -> str:
    return "ARRAY[" + ",".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


CALLS_SQL = f"""
INSERT INTO calls_call (call_id, client_id, caller_number, dialled_number, status, is_test,
    start_time, end_time, duration_seconds, stt_latency_ms, llm_latency_ms, tts_latency_ms,
    total_latency_ms, transcript, sentiment, outcome, revenue_estimate, cost_usd, room_name,
    sip_call_id, summary, caller_name, call_reason, callback_number, analysed_at, details)
SELECT gen_random_uuid(), '{SCHEMA}', '+1510555' || lpad((r.caller)::text, 4, '0'),
    '+15105550000',
    CASE WHEN o.outcome = '' THEN 'in_progress' WHEN o.outcome = 'abandoned' THEN 'abandoned'
         ELSE 'completed' END,
    r.r3 < 0.005, s.start, CASE WHEN o.outcome = '' THEN NULL ELSE s.start + s.dur END,
    CASE WHEN o.outcome = '' THEN NULL ELSE extract(epoch FROM s.dur) END,
    150 + r.r4 * 100, 300 + r.r4 * 900, 100 + r.r4 * 150, 600 + r.r4 * 1200,
    CASE WHEN o.outcome IN ('', 'rejected') THEN '' ELSE
      'Caller: ' || a.asks[1 + (g.i * 7) % 16] || '. My name is ' || a.first[1 + g.i % 20]
      || ' ' || a.last[1 + (g.i / 20) % 20] || E'.\\nReceptionist: '
      || a.answers[1 + (g.i * 7) % 16]
      || E'\\nCaller: ' || a.asks[1 + (g.i * 11 + 5) % 16]
      || E'?\\nReceptionist: ' || a.answers[1 + (g.i * 11 + 5) % 16] END,
    CASE WHEN o.outcome = '' THEN '' WHEN r.r2 < 0.50 THEN 'positive'
         WHEN r.r2 < 0.85 THEN 'neutral' WHEN r.r2 < 0.97 THEN 'negative' ELSE '' END,
    o.outcome,
    CASE o.outcome WHEN 'booked' THEN 120 WHEN 'message_taken' THEN 40
                   WHEN 'transferred' THEN 60 ELSE 0 END,
    CASE WHEN r.r4 < 0.2 THEN round((r.r5 * 0.004)::numeric, 6) ELSE 0 END,
    'sip-' || g.i, '',
    CASE WHEN o.outcome IN ('', 'rejected') THEN '' ELSE
      'Caller asked: ' || a.asks[1 + (g.i * 7) % 16] || '.' END,
    CASE WHEN o.outcome IN ('', 'rejected') THEN '' ELSE
      a.first[1 + g.i % 20] || ' ' || a.last[1 + (g.i / 20) % 20] END,
    CASE WHEN o.outcome IN ('', 'rejected') THEN '' ELSE a.asks[1 + (g.i * 7) % 16] END,
    '',
    CASE WHEN o.outcome IN ('', 'rejected') THEN NULL ELSE s.start + s.dur + interval '1 min' END,
    '[]'::jsonb
FROM generate_series(%(lo)s, %(hi)s) AS g(i)
CROSS JOIN LATERAL (SELECT random() + 0 * g.i AS r1, random() AS r2, random() AS r3,
                           random() AS r4, random() AS r5,
                           floor(random() * 10000)::int AS caller) AS r
CROSS JOIN LATERAL (SELECT CASE
        WHEN g.i > %(calls)s - 3 THEN ''
        WHEN r.r1 < 0.30 THEN 'booked' WHEN r.r1 < 0.50 THEN 'message_taken'
        WHEN r.r1 < 0.60 THEN 'transferred' WHEN r.r1 < 0.90 THEN 'information_only'
        WHEN r.r1 < 0.93 THEN 'rejected' ELSE 'abandoned' END AS outcome) AS o
CROSS JOIN LATERAL (SELECT %(end)s::timestamptz
        - make_interval(secs => (%(calls)s - g.i) * %(spacing)s + r.r5 * 60)
        AS start, make_interval(secs => 20 + r.r4 * 280) AS dur) AS s
CROSS JOIN (SELECT {_array(ASKS)} AS asks, {_array(ANSWERS)} AS answers,
                   {_array(FIRST)} AS first, {_array(LAST)} AS last) AS a
ORDER BY g.i
"""

TURNS_SQL = f"""
INSERT INTO calls_turn (call_id, index, user_text, agent_text, started_at, end_of_turn_ms,
    stt_latency_ms, llm_latency_ms, tts_latency_ms, total_latency_ms, stt_provider,
    llm_provider, tts_provider, complexity, prompt_tokens, completion_tokens, cost_usd,
    interrupted, agent_audio)
SELECT c.id, t.n, a.asks[1 + (c.id + t.n * 3) % 16], a.answers[1 + (c.id + t.n * 3) % 16],
    c.start_time + make_interval(secs => 4 + t.n * 14), 520 + r.r1 * 180,
    r.stt, r.llm, r.tts, r.stt + r.llm + r.tts + r.r2 * 40,
    CASE WHEN r.cloud_stt THEN 'deepgram' ELSE 'whisper' END,
    CASE WHEN r.cloud_llm THEN 'openai' ELSE 'llama_cpp' END,
    CASE WHEN r.cloud_tts THEN 'cartesia' ELSE 'piper' END,
    CASE WHEN r.cloud_llm THEN 'complex' ELSE 'simple' END,
    700 + (r.r2 * 300)::int, 20 + (r.r1 * 40)::int,
    CASE WHEN r.cloud_llm THEN round((0.0002 + r.r2 * 0.002)::numeric, 6) ELSE 0 END,
    r.r1 < 0.04, ''
FROM calls_call c
CROSS JOIN LATERAL generate_series(0, (c.id % 5)::int) AS t(n)
CROSS JOIN LATERAL (SELECT x.*, 90 + x.r3 * 260 AS stt,
        CASE WHEN x.cloud_llm THEN 380 + x.r4 * 1400 ELSE 140 + x.r4 * x.r4 * 1800 END AS llm,
        60 + x.r5 * 240 AS tts
    FROM (SELECT random() + 0 * t.n AS r1, random() AS r2, random() AS r3, random() AS r4,
                 random() AS r5, random() < 0.1 AS cloud_stt, random() < 0.2 AS cloud_llm,
                 random() < 0.15 AS cloud_tts) AS x) AS r
CROSS JOIN (SELECT {_array(ASKS)} AS asks, {_array(ANSWERS)} AS answers) AS a
WHERE c.id BETWEEN %(lo)s AND %(hi)s AND c.outcome <> 'rejected'
ORDER BY c.id, t.n
"""

MESSAGES_SQL = """
INSERT INTO calls_callbackmessage (call_id, caller_name, callback_number, reason, urgent,
    created_at, handled)
SELECT c.id, c.caller_name, '+1510555' || lpad((c.id % 10000)::text, 4, '0'), c.call_reason,
    c.id % 10 = 0, c.end_time, c.start_time < %(end)s::timestamptz - interval '14 days'
FROM calls_call c WHERE c.outcome = 'message_taken' ORDER BY c.id
"""

# Booked visits may not overlap (exclusion constraint): one per half-hour slot.
APPOINTMENTS_SQL = """
INSERT INTO calls_appointment (call_id, caller_name, callback_number, reason, service,
    starts_at, ends_at, status, created_at, cancelled_at)
SELECT NULL, 'Visitor ' || g.i, '+1510556' || lpad((g.i % 10000)::text, 4, '0'),
    'Routine visit', 'Cleaning',
    date_trunc('hour', %(end)s::timestamptz) + make_interval(mins => (g.i - %(past)s) * 30),
    date_trunc('hour', %(end)s::timestamptz) + make_interval(mins => (g.i - %(past)s) * 30 + 30),
    CASE WHEN g.i % 17 = 0 THEN 'cancelled' ELSE 'booked' END,
    %(end)s::timestamptz - interval '60 days', NULL
FROM generate_series(1, %(appointments)s) AS g(i)
"""

# Django's cursor takes %(name)s placeholders, so the modulo operator is written %%.
CALLS_SQL, TURNS_SQL, MESSAGES_SQL, APPOINTMENTS_SQL = (
    sql.replace(" % ", " %% ") for sql in (CALLS_SQL, TURNS_SQL, MESSAGES_SQL, APPOINTMENTS_SQL))


def _tenant_ready(cursor) -> bool:
    cursor.execute("SELECT to_regclass(%s)", [f"{SCHEMA}.calls_call"])
    if cursor.fetchone()[0] is None:
        return False
    cursor.execute(f"SELECT count(*) FROM {SCHEMA}.calls_call")
    calls = cursor.fetchone()[0]
    cursor.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND indexname = %s",
                   [SCHEMA, "calls_call_transcript_fts_idx"])
    return calls == SIZE.calls and cursor.fetchone()[0] == 1


def _secondary_indexes(cursor) -> list[tuple[str, str]]:
    """(name, CREATE INDEX) of every index on the tables that no constraint owns, as the
    migrated template schema has them (an interrupted build may have dropped the business's)."""
    from tenants.schema_clone import TEMPLATE_SCHEMA

    cursor.execute(
        """
        SELECT c.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s AND t.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        """, [TEMPLATE_SCHEMA, list(TABLES)])
    return [(name, definition.replace(f" ON {TEMPLATE_SCHEMA}.", f" ON {SCHEMA}.", 1))
            for name, definition in cursor.fetchall()]


def build(rebuild: bool) -> None:
    from django.db import connection

    from tenants.models import Tenant
    from tenants.services import tenant_create

    if rebuild:
        tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
        if tenant:
            tenant.delete(force_drop=True)
    if not Tenant.objects.filter(schema_name=SCHEMA).exists():
        tenant_create(schema_name=SCHEMA, business_name="Million Calls Dental",
                      profession="dental", owner_email="owner@dash-big.example",
                      timezone=TZ, subscription_status="active")
    with connection.cursor() as cursor:
        if _tenant_ready(cursor):
            return
        print(f"building {SIZE.calls:,} calls in {SCHEMA} (once; reused by later runs)")
        started = time.perf_counter()
        cursor.execute(f"SET search_path TO {SCHEMA}, public")
        cursor.execute("SET maintenance_work_mem = '1GB'")
        cursor.execute("SET work_mem = '256MB'")
        cursor.execute("SET synchronous_commit = off")
        for table in TABLES:
            cursor.execute(f"TRUNCATE {table} RESTART IDENTITY CASCADE")
        indexes = _secondary_indexes(cursor)
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")

        def step(label: str, sql: str, **params: object) -> None:
            t0 = time.perf_counter()
            cursor.execute(sql, params)
            print(f"  {label}: {cursor.rowcount:,} rows in {time.perf_counter() - t0:.1f}s "
                  f"(total {time.perf_counter() - started:.0f}s)", flush=True)

        calls, chunk = SIZE.calls, SIZE.chunk
        for lo in range(1, calls + 1, chunk):
            hi = min(calls, lo + chunk - 1)
            step(f"calls {lo:,}-{hi:,}", CALLS_SQL, lo=lo, hi=hi, end=DATA_END, calls=calls,
                 spacing=YEARS_DAYS * 86400 / calls)
        for lo in range(1, calls + 1, 2 * chunk):
            hi = min(calls, lo + 2 * chunk - 1)
            step(f"turns of calls {lo:,}-{hi:,}", TURNS_SQL, lo=lo, hi=hi)
        step("messages", MESSAGES_SQL, end=DATA_END)
        step("appointments", APPOINTMENTS_SQL, end=DATA_END, appointments=SIZE.appointments,
             past=SIZE.appointments * 9 // 10)
        for name, definition in indexes:
            t0 = time.perf_counter()
            cursor.execute(definition)
            print(f"  index {name}: {time.perf_counter() - t0:.1f}s", flush=True)
        for table in TABLES:
            cursor.execute(f"VACUUM (ANALYZE) {table}")
        cursor.execute("RESET ALL")
        cursor.execute("SET search_path TO public")
        print(f"  built in {time.perf_counter() - started:.0f}s")


def reindex() -> None:
    """Re-create migration 0004's indexes from its current text (while tuning them)."""
    from django.db import connection

    migration = importlib.import_module("calls.migrations.0004_dashboard_indexes")
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {SCHEMA}, public")
        cursor.execute("SET maintenance_work_mem = '1GB'")
        for name, create in migration.INDEXES:
            t0 = time.perf_counter()
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
            cursor.execute(create)
            print(f"  index {name}: {time.perf_counter() - t0:.1f}s", flush=True)
        for table in TABLES:
            cursor.execute(f"VACUUM (ANALYZE) {table}")
        cursor.execute("RESET ALL")
        cursor.execute("SET search_path TO public")


# The dashboard's figures in one hand-written statement: what PostgreSQL alone needs.
RAW_DASHBOARD_SQL = """
WITH per_day AS (
    SELECT (start_time AT TIME ZONE %(tz)s)::date AS day, count(*) AS calls,
        count(*) FILTER (WHERE outcome = 'booked') AS booked,
        count(*) FILTER (WHERE outcome = 'message_taken') AS message_taken,
        count(*) FILTER (WHERE outcome = 'transferred') AS transferred,
        count(*) FILTER (WHERE outcome = 'information_only') AS information_only,
        count(*) FILTER (WHERE outcome = 'rejected') AS rejected,
        count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
        count(*) FILTER (WHERE outcome = '') AS pending,
        count(*) FILTER (WHERE sentiment = 'positive') AS positive,
        count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
        count(*) FILTER (WHERE sentiment = 'negative') AS negative,
        count(*) FILTER (WHERE sentiment = '') AS unknown,
        sum(revenue_estimate) AS revenue, sum(cost_usd) AS cost,
        sum(duration_seconds) AS duration, count(duration_seconds) AS timed,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY stt_latency_ms)
            FILTER (WHERE stt_latency_ms > 0) AS stt,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY llm_latency_ms)
            FILTER (WHERE llm_latency_ms > 0) AS llm,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY tts_latency_ms)
            FILTER (WHERE tts_latency_ms > 0) AS tts,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY total_latency_ms)
            FILTER (WHERE total_latency_ms > 0) AS total
    FROM calls_call
    WHERE start_time >= %(since)s AND start_time <= %(now)s AND NOT is_test
    GROUP BY 1
), recent_turns AS (
    SELECT count(*) AS turns,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY end_of_turn_ms) AS eot,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY stt_latency_ms) AS stt,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY llm_latency_ms) AS llm,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY tts_latency_ms) AS tts,
        percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY total_latency_ms) AS total,
        count(*) FILTER (WHERE stt_provider = 'whisper') AS stt_local,
        count(*) FILTER (WHERE stt_provider = '') AS stt_unrecorded,
        count(*) FILTER (WHERE llm_provider IN ('llama_cpp', 'ollama')) AS llm_local,
        count(*) FILTER (WHERE llm_provider = '') AS llm_unrecorded,
        count(*) FILTER (WHERE tts_provider IN ('kokoro', 'piper')) AS tts_local,
        count(*) FILTER (WHERE tts_provider = '') AS tts_unrecorded,
        count(*) FILTER (WHERE stt_provider = 'flow') AS stt_code,
        count(*) FILTER (WHERE llm_provider = 'flow') AS llm_code,
        count(*) FILTER (WHERE tts_provider = 'flow') AS tts_code,
        sum(cost_usd) FILTER (WHERE llm_provider NOT IN ('llama_cpp', 'ollama')) AS cloud_cost
    FROM calls_turn t
    WHERE started_at >= %(turns_since)s AND started_at <= %(now)s
      AND NOT EXISTS (SELECT 1 FROM calls_call c WHERE c.id = t.call_id AND c.is_test)
)
SELECT (SELECT json_agg(per_day) FROM per_day),
    (SELECT row_to_json(recent_turns) FROM recent_turns),
    (SELECT count(*) FROM calls_call
     WHERE start_time >= %(start)s AND start_time <= %(now)s AND is_test) AS test_calls
"""

RAW_LIST_SQL = """
SELECT id, call_id, caller_number, status, is_test, start_time, duration_seconds, sentiment,
    outcome, revenue_estimate, summary, caller_name, call_reason, analysed_at
FROM calls_call ORDER BY start_time DESC, id DESC LIMIT 26
"""
RAW_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM calls_call LIMIT 1001) AS capped"


def timed(fn, runs: int) -> float:
    return interleaved({"only": (None, fn)}, runs)["only"]


def interleaved(cases: dict[str, tuple], runs: int | None = None) -> dict[str, float]:
    """Median ms of each case, the cases taking turns so that they share whatever else the
    machine is doing. A case is (untimed setup or None, timed function)."""
    runs = runs or SIZE.runs
    for _ in range(SIZE.warmup):
        for setup, fn in cases.values():
            if setup:
                setup()
            fn()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (setup, fn) in cases.items():
            if setup:
                setup()
            t0 = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - t0) * 1000)
    return {name: median(values) for name, values in samples.items()}


def main() -> None:
    global SIZE
    parser = bench_parser(__doc__)
    parser.add_argument("--rebuild", action="store_true", help="drop and regenerate the data")
    parser.add_argument("--reindex", action="store_true", help="re-create calls/0004 indexes")
    args = bench_start(parser)
    SIZE = QUICK if quick() else FULL
    os.environ["DEBUG"] = "false"  # no query log; what a deployment runs
    # the keys a deployment must set; this process stores no secret and no voice sample
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("VOICE_SAMPLE_KEY", Fernet.generate_key().decode())
    django_setup("bench_dashboard")

    from zoneinfo import ZoneInfo

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from django_tenants.utils import schema_context

    from analytics.selectors import TURN_WINDOW_DAYS, dashboard_summary, period_bounds
    from tenants.models import Domain

    build(args.rebuild)
    if args.reindex:
        reindex()
    now = DATA_END + timedelta(minutes=1)
    timezone.now = lambda: now  # the data end here; the clock stays with them

    domain = Domain.objects.get(tenant__schema_name=SCHEMA).domain
    client = Client(HTTP_HOST=domain)
    with schema_context(SCHEMA):
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username="owner@dash-big.example"))
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*), (SELECT count(*) FROM calls_turn) FROM calls_call")
            calls, turns = cursor.fetchone()
    print(f"business {SCHEMA}: {calls:,} calls, {turns:,} turns; clock at {now:%Y-%m-%d %H:%M}Z; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    raw = raw_connection(autocommit=True)
    raw.execute(f"SET search_path TO {SCHEMA}, public")

    def get(path: str) -> None:
        response = client.get(path, secure=True)  # behind TLS, as a deployment is
        assert response.status_code == 200, (path, response.status_code)

    results: dict[str, float] = {}
    tz = ZoneInfo(TZ)
    for days in (7, 30, 90):
        today, start, week = period_bounds(tz=tz, days=days, now=now)
        _, turns_since, _ = period_bounds(tz=tz, days=min(days, TURN_WINDOW_DAYS), now=now)
        params = {"tz": TZ, "since": min(start, week), "start": start, "now": now,
                  "turns_since": turns_since}
        path = f"/dashboard/?days={days}"
        ms = interleaved({
            # nothing cached: every day of the period summed from the calls table
            "cold": (cache.clear, lambda p=path: get(p)),
            # days before yesterday summed by an earlier view (kept CLOSED_DAY_TTL)
            "warm": (None, lambda p=path: get(p)),
            "sql": (None, lambda p=params: raw.execute(RAW_DASHBOARD_SQL, p).fetchall()),
        })
        with schema_context(SCHEMA):
            summary = dashboard_summary(tz_name=TZ, days=days, now=now)
        per_day, recent, test_calls = raw.execute(RAW_DASHBOARD_SQL, params).fetchone()
        in_period = [r for r in per_day if r["day"] >= start.date().isoformat()]
        # the page and the hand-written query agree
        assert sum(r["calls"] for r in in_period) == summary.calls, "calls differ"
        assert recent["turns"] == summary.turns, "turns differ"
        assert test_calls == summary.test_calls, "test calls differ"
        assert abs(recent["total"][1] - summary.latency["total"][1]) < 1e-6, "p95 differs"
        yesterday = next(r for r in per_day if r["day"] == (today - timedelta(1)).isoformat())
        assert abs(yesterday["total"][1] - summary.days[-2].latency["total"][1]) < 1e-6
        print(f"  {days:>2} days: page {ms['warm']:6.1f} ms (nothing cached {ms['cold']:6.1f} "
              f"ms), one SQL query {ms['sql']:6.1f} ms; {summary.calls:,} calls, "
              f"{summary.turns:,} turns in the last {summary.turn_window_days} days, p50/p95 "
              f"end to end {summary.latency['total'][0]:.0f}/"
              f"{summary.latency['total'][1]:.0f} ms", flush=True)
        results[f"dashboard_{days}d_ms"] = ms["warm"]
        results[f"dashboard_{days}d_cold_ms"] = ms["cold"]
        results[f"dashboard_{days}d_sql_ms"] = ms["sql"]

    listing = interleaved({
        "page": (None, lambda: get("/calls/")),
        "sql": (None, lambda: (raw.execute(RAW_LIST_SQL).fetchall(),
                               raw.execute(RAW_COUNT_SQL).fetchone())),
    })
    list_ms, raw_list_ms = listing["page"], listing["sql"]
    print(f"  calls list, first page: {list_ms:.1f} ms (raw SQL {raw_list_ms:.1f} ms)")
    with schema_context(SCHEMA):
        from calls.models import Call
        from calls.selectors import cursor_encode

        deep = Call.objects.order_by("-start_time", "-id")[SIZE.calls // 2]
    extra = {
        "calls_deep_page_ms": f"/calls/?before={cursor_encode(deep)}",
        "calls_outcome_filter_ms": "/calls/?outcome=rejected",
        "calls_caller_filter_ms": "/calls/?caller=%2B15105550042",
        "calls_date_range_ms": "/calls/?date_from=2025-06-01&date_to=2025-06-07",
        "calls_search_common_ms": "/calls/?q=insurance",
        "calls_search_rare_ms": "/calls/?q=%22Olga+Haddad%22+emergency",
        "messages_ms": "/messages/",
        "appointments_ms": "/appointments/",
    }
    for name, path in extra.items():
        results[name] = timed(lambda p=path: get(p), runs=SIZE.page_runs)
        print(f"  {path}: {results[name]:.1f} ms", flush=True)
    raw.close()

    for name, value in results.items():
        result(name, f"{value:.1f}")
    result("dashboard_ms", f"{results['dashboard_30d_ms']:.1f}")
    result("calls_list_ms", f"{list_ms:.1f}")
    # the fair comparison: the page with nothing cached against the query computing it all
    ratio = results["dashboard_30d_cold_ms"] / results["dashboard_30d_sql_ms"]
    result("dashboard_vs_sql", f"{ratio:.2f}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
