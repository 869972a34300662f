"""The thirty-third development set (dev_callers_33.py: callers who have something wrong about
the business or their own booking and must be set right honestly while they get what they want:
a service the business does not list, an old or wrong price, an hour or a day it is closed, a
staff member by a name it never gave, another business, their appointment on another day or at
another time than the book says, or a booking that was never made; some insist, some apologise,
some correct themselves, in the held-out mix of kinds) in text mode, on the embedded local model:
48 callers whose transcripts engineers read to fix the engine by failure kind, run exactly as
the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev33") for
bench/eval_scenarios.py, which prints `RESULT dev33_pass_rate=` only when asked with --dev33 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_33 is set, which
`bench/eval_scenarios.py --dev33` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_33, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_33 import DEV_CALLERS_33, KINDS_33
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev33"


def test_the_thirty_third_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_33.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_33, "d33",
                         every_set_but("tests.scenarios.dev_callers_33"),
                         kinds=KINDS_33)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_33"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_33, ids=lambda s: s.name)
async def test_dev33_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev33", why=NOT_GATED)
