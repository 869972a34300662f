"""The thirty-ninth development set (dev_callers_39.py: callers with a complaint, a follow-up after
a visit or a job, a billing question or a warranty problem: the crown fell out, the leak came back,
the dog still limps after the visit, the brakes squeal again after the repair, the colour came out
wrong, a bill charged twice or at the wrong price, an agent or an attorney who never called back;
some want the follow-up booked, some a message for the owner in their own words, some are upset and
want a person, some are emergencies, in the held-out mix of kinds) in text mode, on the embedded
local model: 48 callers whose transcripts engineers read to fix the engine by failure kind, run
exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev39") for
bench/eval_scenarios.py, which prints `RESULT dev39_pass_rate=` only when asked with --dev39 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_39 is set, which
`bench/eval_scenarios.py --dev39` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_39, the held-out mix) in place of the other sets', its callers'
names starting "d39_", and no name shared with the exam, the held-out sets or any earlier
development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_39 import DEV_CALLERS_39, KINDS_39
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev39"


def test_the_thirty_ninth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_39.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_39, "d39",
                         every_set_but("tests.scenarios.dev_callers_39"),
                         kinds=KINDS_39)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_39"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_39, ids=lambda s: s.name)
async def test_dev39_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev39", why=NOT_GATED)
