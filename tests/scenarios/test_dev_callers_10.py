"""The tenth development set (dev_callers_10.py: callers as transcribed from real calls to small
businesses, in a held-out-like mix of kinds) in text mode, on the embedded local model: 48
callers whose transcripts engineers read to fix the engine by failure kind, run exactly as the
exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev10") for
bench/eval_scenarios.py, which prints `RESULT dev10_pass_rate=` only when asked with --dev10 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_10 is set, which
`bench/eval_scenarios.py --dev10` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_10, the hidden test set's mix) in place of the other sets'.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_10 import DEV_CALLERS_10, KINDS_10
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev10"


def test_the_tenth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_10.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_10, "dev10",
                         every_set_but("tests.scenarios.dev_callers_10"),
                         kinds=KINDS_10)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_10"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_10, ids=lambda s: s.name)
async def test_dev10_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev10", why=NOT_GATED)
