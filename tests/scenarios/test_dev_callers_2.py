"""The second development set (dev_callers_2.py, written 2026-12-03) in text mode, on the
embedded local model: 48 callers whose transcripts engineers read to fix the engine by failure
kind, run exactly as the exam, the held-out sets and the first development set run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev2") for
bench/eval_scenarios.py, which prints `RESULT dev2_pass_rate=` only when asked with --dev2 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_2 is set, which
`bench/eval_scenarios.py --dev2` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked.
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from tests.scenarios.dev_callers import DEV_CALLERS
from tests.scenarios.dev_callers_2 import DEV_CALLERS_2
from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT
from tests.scenarios.heldout_fresh import HELDOUT_FRESH
from tests.scenarios.heldout_unseen import HELDOUT_UNSEEN

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev2"
KINDS = {"booking", "move", "cancel", "emergency", "message", "transfer", "info"}


def test_the_second_development_set_has_six_callers_in_each_of_the_eight_trades():
    assert len(DEV_CALLERS_2) == 48
    assert {s.schema for s in DEV_CALLERS_2} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in DEV_CALLERS_2) == 6, schema
    names = [s.name for s in DEV_CALLERS_2]
    assert len(set(names)) == len(names)
    for other in (SCENARIOS, HELDOUT, HELDOUT_FRESH, HELDOUT_UNSEEN, DEV_CALLERS):
        assert not set(names) & {s.name for s in other}
    for s in DEV_CALLERS_2:
        assert s.name.startswith(f"dev2_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name
        assert len(set(s.tags) & KINDS) == 1, s.name
        assert not s.transfer or s.overrides.get("transfer_number"), s.name
        assert "emergency" not in s.tags or any(m.urgent for m in s.messages) or s.transfer, \
            s.name
        clock = datetime.strptime(s.clock, "%Y-%m-%d %H:%M")
        for b in s.booked:  # at least two days ahead of the call
            assert (datetime.strptime(b.at, "%Y-%m-%d %H:%M").date() - clock.date()).days >= 2, \
                s.name


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_2"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_2, ids=lambda s: s.name)
async def test_dev2_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev2", why=NOT_GATED)
