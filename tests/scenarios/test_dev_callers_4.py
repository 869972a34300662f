"""The fourth development set (dev_callers_4.py, written 2026-12-03) in text mode, on the
embedded local model: 48 callers whose transcripts engineers read to fix the engine by failure
kind, run exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev4") for
bench/eval_scenarios.py, which prints `RESULT dev4_pass_rate=` only when asked with --dev4 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_4 is set, which
`bench/eval_scenarios.py --dev4` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_4 import DEV_CALLERS_4
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev4"


def test_the_fourth_development_set_has_six_callers_in_each_of_the_eight_trades():
    assert_dev_set_shape(DEV_CALLERS_4, "dev4",
                         every_set_but("tests.scenarios.dev_callers_4"))


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_4"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_4, ids=lambda s: s.name)
async def test_dev4_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev4", why=NOT_GATED)
