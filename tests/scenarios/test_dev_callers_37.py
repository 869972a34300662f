"""The thirty-seventh development set (dev_callers_37.py: ordinary callers with no special theme,
as a caller-experience researcher would script them after listening to a week of real calls to
each kind of small business: first-time and returning callers, every kind of request phrased the
way people actually phrase it, not tidily, at the hours such calls come in, in the held-out mix of
kinds) in text mode, on the embedded local model: 48 callers whose transcripts engineers read to
fix the engine by failure kind, run exactly as the exam, the held-out sets and the earlier
development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev37") for
bench/eval_scenarios.py, which prints `RESULT dev37_pass_rate=` only when asked with --dev37 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_37 is set, which
`bench/eval_scenarios.py --dev37` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_37, the held-out mix) in place of the other sets', its callers'
names starting with `d37_` and the trade, and no name shared with the exam, the held-out sets or
any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_37 import DEV_CALLERS_37, KINDS_37
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev37"


def test_the_thirty_seventh_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_37.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_37, "d37",
                         every_set_but("tests.scenarios.dev_callers_37"),
                         kinds=KINDS_37)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_37"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_37, ids=lambda s: s.name)
async def test_dev37_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev37", why=NOT_GATED)
