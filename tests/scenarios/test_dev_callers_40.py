"""The fortieth development set (dev_callers_40.py: callers written the way a competitor's QA
lead would write them to find where a receptionist product fails while staying fair: requests
phrased in unusual but natural ways, numbers and times said in words, hedges and fillers, a
question and a request in the same sentence, a change of mind, a name that is also a common word
or a month, a street address or ZIP code beside the phone number, a caller who asks what the
receptionist can do, in the held-out mix of kinds) in text mode, on the embedded local model: 48
callers whose transcripts engineers read to fix the engine by failure kind, run exactly as the
exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev40") for
bench/eval_scenarios.py, which prints `RESULT dev40_pass_rate=` only when asked with --dev40 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_40 is set, which
`bench/eval_scenarios.py --dev40` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_40, the held-out mix) in place of the other sets', its callers'
names all starting with "d40_", and no name shared with the exam, the held-out sets or any
earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_40 import DEV_CALLERS_40, KINDS_40
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev40"


def test_the_fortieth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_40.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_40, "d40",
                         every_set_but("tests.scenarios.dev_callers_40"),
                         kinds=KINDS_40)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_40"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_40, ids=lambda s: s.name)
async def test_dev40_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev40", why=NOT_GATED)
