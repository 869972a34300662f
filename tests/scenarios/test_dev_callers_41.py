"""The forty-first development set (dev_callers_41.py: ordinary callers with no special theme,
as the office manager of a small business would script them after transcribing a month of her
own incoming calls and asking friends at other kinds of business for theirs: the everyday mix
of first-time and returning callers, phrased the way people really phrase things, at realistic
hours, typical and not exotic, in the held-out mix of kinds) in text mode, on the embedded
local model: 48 callers whose transcripts engineers read to fix the engine by failure kind,
run exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev41") for
bench/eval_scenarios.py, which prints `RESULT dev41_pass_rate=` only when asked with --dev41 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_41 is set, which
`bench/eval_scenarios.py --dev41` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_41, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_41 import DEV_CALLERS_41, KINDS_41
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev41"


def test_the_forty_first_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_41.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_41, "d41",
                         every_set_but("tests.scenarios.dev_callers_41"),
                         kinds=KINDS_41)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_41"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_41, ids=lambda s: s.name)
async def test_dev41_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev41", why=NOT_GATED)
