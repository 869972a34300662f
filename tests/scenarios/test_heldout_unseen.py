"""The second fresh held-out exam (heldout_unseen.py, written 2026-12-03) in text mode, on the
embedded local model: callers the receptionist has never been tuned on, run exactly as the tuned
exam and the earlier held-out sets run them.

Measured, not gated, as test_heldout_fresh.py: every scenario's verdict is recorded (suite
"heldout_unseen") for bench/eval_scenarios.py, which prints `RESULT heldout_unseen_pass_rate=`
only when asked with --heldout-unseen and never lets it change its exit code. A failing scenario
is marked xfail by `pytest.xfail(...)` after its verdict is recorded, with the failure report in
the reason (`-rx` prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_HELDOUT_UNSEEN is set, which only
`bench/eval_scenarios.py --heldout-unseen` does, so neither CI nor a plain `pytest` run (nor
anyone tuning the engine) sees these callers' verdicts. The set's shape is always checked.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT
from tests.scenarios.heldout_fresh import HELDOUT_FRESH
from tests.scenarios.heldout_unseen import HELDOUT_UNSEEN

NOT_GATED = "unseen held-out set: measured, never gated, never tuned on"
ONLY_WHEN_ASKED = "unseen held-out set: run only by bench/eval_scenarios.py --heldout-unseen"


def test_the_unseen_held_out_set_has_six_callers_in_each_of_the_eight_trades():
    assert len(HELDOUT_UNSEEN) >= 48
    assert {s.schema for s in HELDOUT_UNSEEN} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in HELDOUT_UNSEEN) >= 6, schema
    names = [s.name for s in HELDOUT_UNSEEN]
    assert len(set(names)) == len(names)
    assert not set(names) & {s.name for s in SCENARIOS}
    assert not set(names) & {s.name for s in HELDOUT}
    assert not set(names) & {s.name for s in HELDOUT_FRESH}
    for s in HELDOUT_UNSEEN:
        assert s.name.startswith(f"unseen_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name


@pytest.mark.skipif(not os.environ.get("RUN_HELDOUT_UNSEEN"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", HELDOUT_UNSEEN, ids=lambda s: s.name)
async def test_heldout_unseen_scenario(scenario, fleet):
    await run_measured(scenario, suite="heldout_unseen", why=NOT_GATED)
