"""The seventh development set (dev_callers_7.py: natural, polite, chatty everyday callers, many
with two errands in one call) in text mode, on the embedded local model: 48 callers whose
transcripts engineers read to fix the engine by failure kind, run exactly as the exam, the
held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev7") for
bench/eval_scenarios.py, which prints `RESULT dev7_pass_rate=` only when asked with --dev7 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_7 is set, which
`bench/eval_scenarios.py --dev7` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_7 import DEV_CALLERS_7
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev7"


def test_the_seventh_development_set_has_six_callers_in_each_of_the_eight_trades():
    assert_dev_set_shape(DEV_CALLERS_7, "dev7",
                         every_set_but("tests.scenarios.dev_callers_7"))


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_7"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_7, ids=lambda s: s.name)
async def test_dev7_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev7", why=NOT_GATED)
