"""The held-out exam (issue 14) in text mode, on the embedded local model: callers the
receptionist has never been tuned on (see heldout.py), run exactly as the tuned exam runs them.

Measured, not gated. Every scenario's verdict is recorded (suite "heldout") for
bench/eval_scenarios.py, which prints `RESULT heldout_pass_rate=` next to its goal (0.9) but
does not let it change its exit code. Here a failing held-out scenario is marked xfail by
`pytest.xfail(...)` after its verdict is recorded, with the failure report in the reason: a
plain `pytest tests/scenarios` run stays green while the rate is low, a passing scenario shows
as passed (not XPASS) and a failing one as xfailed with its reasons (`-rx` prints them). The
imperative call rather than an `xfail(strict=False)` marker keeps the recording in one place
and treats a crash like any other failed scenario. When the understanding work lands and the
rate reaches the goal, gate it: drop the xfail and let the assertion fail the test.
"""

from __future__ import annotations

import pytest

from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT

NOT_GATED = "held-out set: measured, not gated until the understanding work lands"


def test_the_held_out_set_has_forty_callers_over_the_eight_trades():
    assert len(HELDOUT) >= 40
    assert {s.schema for s in HELDOUT} == set(TRADES)
    names = [s.name for s in HELDOUT]
    assert len(set(names)) == len(names)
    assert not set(names) & {s.name for s in SCENARIOS}
    for s in HELDOUT:
        assert s.name.startswith(f"heldout_{TRADES[s.schema]}_"), s.name


@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", HELDOUT, ids=lambda s: s.name)
async def test_heldout_scenario(scenario, fleet):
    await run_measured(scenario, suite="heldout", why=NOT_GATED)
