"""The fifth development set (dev_callers_5.py, written 2026-12-03) in text mode, on the
embedded local model: 48 callers whose transcripts engineers read to fix the engine by failure
kind, run exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev5") for
bench/eval_scenarios.py, which prints `RESULT dev5_pass_rate=` only when asked with --dev5 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_5 is set, which
`bench/eval_scenarios.py --dev5` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from tenants.profession_data import PROFESSIONS
from tests.factories import FLEET
from tests.scenarios.dev_callers import DEV_CALLERS
from tests.scenarios.dev_callers_2 import DEV_CALLERS_2
from tests.scenarios.dev_callers_3 import DEV_CALLERS_3
from tests.scenarios.dev_callers_4 import DEV_CALLERS_4
from tests.scenarios.dev_callers_5 import DEV_CALLERS_5
from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT
from tests.scenarios.heldout_fresh import HELDOUT_FRESH
from tests.scenarios.heldout_unseen import HELDOUT_UNSEEN

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev5"
KINDS = {"booking": 16, "move": 4, "cancel": 4, "emergency": 8, "message": 8, "transfer": 4,
         "info": 4}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _trade(schema: str) -> dict:
    slug = next(b["profession"] for b in FLEET if b["schema_name"] == schema)
    return next(p for p in PROFESSIONS if p["slug"] == slug)


def _on_the_grid(schema: str, at: str) -> bool:
    """`at` starts a slot of the trade's appointment grid inside its opening hours."""
    trade, start = _trade(schema), datetime.strptime(at, "%Y-%m-%d %H:%M")
    step = timedelta(minutes=trade["appointment_minutes"])
    for opens, closes in trade["default_hours"][DAYS[start.weekday()]]:
        slot = datetime.combine(start.date(), datetime.strptime(opens, "%H:%M").time())
        end = datetime.combine(start.date(), datetime.strptime(closes, "%H:%M").time())
        while slot + step <= end:
            if slot == start:
                return True
            slot += step
    return False


def _open_at(schema: str, at: str) -> bool:
    when = datetime.strptime(at, "%Y-%m-%d %H:%M")
    return any(opens <= when.strftime("%H:%M") < closes for opens, closes in
               _trade(schema)["default_hours"][DAYS[when.weekday()]])


def test_the_fifth_development_set_has_six_callers_in_each_of_the_eight_trades():
    assert len(DEV_CALLERS_5) == 48
    assert {s.schema for s in DEV_CALLERS_5} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in DEV_CALLERS_5) == 6, schema
    names = [s.name for s in DEV_CALLERS_5]
    assert len(set(names)) == len(names)
    for other in (SCENARIOS, HELDOUT, HELDOUT_FRESH, HELDOUT_UNSEEN, DEV_CALLERS, DEV_CALLERS_2,
                  DEV_CALLERS_3, DEV_CALLERS_4):
        assert not set(names) & {s.name for s in other}
    for kind, count in KINDS.items():
        assert sum(kind in s.tags for s in DEV_CALLERS_5) == count, kind
    for s in DEV_CALLERS_5:
        assert s.name.startswith(f"dev5_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name
        assert len(set(s.tags) & set(KINDS)) == 1, s.name
        assert not s.transfer or s.overrides.get("transfer_number"), s.name
        assert not s.overrides.get("transfer_number") or _open_at(s.schema, s.clock), s.name
        assert "emergency" not in s.tags or any(m.urgent for m in s.messages) or s.transfer, \
            s.name
        clock = datetime.strptime(s.clock, "%Y-%m-%d %H:%M")
        for b in s.booked:  # at least two days ahead of the call, on the grid
            assert (datetime.strptime(b.at, "%Y-%m-%d %H:%M").date() - clock.date()).days >= 2, \
                s.name
            assert _on_the_grid(s.schema, b.at), (s.name, b.at)
        for seed in s.seed:  # a move or a cancellation rings from the booking's own line
            assert _on_the_grid(s.schema, seed.at), (s.name, seed.at)
            assert seed.number == s.caller, s.name
        assert set(s.cancelled) <= {seed.at for seed in s.seed}, s.name


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_5"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_5, ids=lambda s: s.name)
async def test_dev5_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev5", why=NOT_GATED)
