"""The thirty-sixth development set (dev_callers_36.py: callers who give the trade's qualification
details in their own order and their own way: a car's year, make, model and mileage before being
asked or spread over lines, a pet's species, breed, age and weight with the symptom, a patient's
new or existing status, insurance and date of birth all at once or declined, a seller's property,
bedrooms, area and timing, a legal matter's kind, other party and deadline, a plumbing job's
address, ZIP, ownership and whether it leaks; two answers in one sentence, an answer to a question
not yet asked, "I don't know" and "skip that", in the held-out mix of kinds) in text mode, on the
embedded local model: 48 callers whose transcripts engineers read to fix the engine by failure
kind, run exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev36") for
bench/eval_scenarios.py, which prints `RESULT dev36_pass_rate=` only when asked with --dev36 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_36 is set, which
`bench/eval_scenarios.py --dev36` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_36, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any other development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_36 import DEV_CALLERS_36, KINDS_36
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev36"


def test_the_thirty_sixth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_36.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_36, "d36",
                         every_set_but("tests.scenarios.dev_callers_36"),
                         kinds=KINDS_36)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_36"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_36, ids=lambda s: s.name)
async def test_dev36_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev36", why=NOT_GATED)
