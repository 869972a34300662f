"""The fresh held-out exam (heldout_fresh.py, written 2026-12-02) in text mode, on the embedded
local model: callers the receptionist has never been tuned on, run exactly as the tuned exam and
the first held-out set run them.

Measured, not gated, as test_heldout.py: every scenario's verdict is recorded (suite
"heldout_fresh") for bench/eval_scenarios.py, which prints `RESULT heldout_fresh_pass_rate=`
only when asked with --heldout-fresh and never lets it change its exit code. A failing scenario
is marked xfail by `pytest.xfail(...)` after its verdict is recorded, with the failure report in
the reason (`-rx` prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_HELDOUT_FRESH is set, which only
`bench/eval_scenarios.py --heldout-fresh` does, so neither CI nor a plain `pytest` run (nor
anyone tuning the engine) sees these callers' verdicts. The set's shape is always checked.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT
from tests.scenarios.heldout_fresh import HELDOUT_FRESH

NOT_GATED = "fresh held-out set: measured, never gated, never tuned on"
ONLY_WHEN_ASKED = "fresh held-out set: run only by bench/eval_scenarios.py --heldout-fresh"


def test_the_fresh_held_out_set_has_six_callers_in_each_of_the_eight_trades():
    assert len(HELDOUT_FRESH) >= 48
    assert {s.schema for s in HELDOUT_FRESH} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in HELDOUT_FRESH) >= 6, schema
    names = [s.name for s in HELDOUT_FRESH]
    assert len(set(names)) == len(names)
    assert not set(names) & {s.name for s in SCENARIOS}
    assert not set(names) & {s.name for s in HELDOUT}
    for s in HELDOUT_FRESH:
        assert s.name.startswith(f"fresh_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name


@pytest.mark.skipif(not os.environ.get("RUN_HELDOUT_FRESH"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", HELDOUT_FRESH, ids=lambda s: s.name)
async def test_heldout_fresh_scenario(scenario, fleet):
    await run_measured(scenario, suite="heldout_fresh", why=NOT_GATED)
