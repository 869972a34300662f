"""Indexes for the owner's portal, sized for a business with a million calls.

- calls by time with the dashboard's columns included (outcome, sentiment, money, duration and
  each call's mean latencies): the dashboard's per-day figures and the calls list's newest-first
  pages (keyset on start_time, id) read the index alone;
- the few test calls, so "leave test calls out" of turns is a tiny anti-join and counting them
  reads a few index entries;
- full-text search over transcripts (English configuration, the expression the calls list
  filters by);
- turns by time with their latencies, providers and cost included, for the last week's
  exchange-level percentiles and the local/cloud split;
- appointments by start and the message inbox in the order it is shown.

Raw SQL because these are expression, partial and covering indexes the model state does not
describe; the schema clone copies them like any other index.
"""

from django.db import migrations

INDEXES = [
    ("calls_call_time_dash_idx",
     "CREATE INDEX calls_call_time_dash_idx ON calls_call (start_time, id) "
     "INCLUDE (is_test, outcome, sentiment, revenue_estimate, cost_usd, duration_seconds, "
     "stt_latency_ms, llm_latency_ms, tts_latency_ms, total_latency_ms)"),
    ("calls_call_test_idx",
     "CREATE INDEX calls_call_test_idx ON calls_call (start_time) INCLUDE (id) WHERE is_test"),
    ("calls_call_transcript_fts_idx",
     "CREATE INDEX calls_call_transcript_fts_idx ON calls_call USING gin "
     "(to_tsvector('english'::regconfig, COALESCE(transcript, ''::text)))"),
    ("calls_turn_time_dash_idx",
     "CREATE INDEX calls_turn_time_dash_idx ON calls_turn (started_at) "
     "INCLUDE (call_id, end_of_turn_ms, stt_latency_ms, llm_latency_ms, tts_latency_ms, "
     "total_latency_ms, stt_provider, llm_provider, tts_provider, cost_usd)"),
    ("calls_appointment_starts_idx",
     "CREATE INDEX calls_appointment_starts_idx ON calls_appointment (starts_at, id)"),
    ("calls_callbackmessage_inbox_idx",
     "CREATE INDEX calls_callbackmessage_inbox_idx ON calls_callbackmessage "
     "(handled, urgent DESC, created_at DESC, id DESC)"),
]


class Migration(migrations.Migration):

    dependencies = [
        ("calls", "0003_call_analysis_and_turn_audio"),
    ]

    operations = [
        migrations.RunSQL(sql=create, reverse_sql=f"DROP INDEX IF EXISTS {name}")
        for name, create in INDEXES
    ]
