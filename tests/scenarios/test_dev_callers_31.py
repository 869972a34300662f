"""The thirty-first development set (dev_callers_31.py: callers who are wary of the process and
ask about it while they get what they want: is this a robot or an AI, is the call recorded or
confidential, why a number, a date of birth, an email or an address is needed, what happens to
their details, who will call back and when, can they get a text instead, is this the office or a
call centre; some give their details reluctantly, some are hard of hearing and ask for a slower
repeat, some test the receptionist with a trick first, and three end by asking for a real person,
in the held-out mix of kinds) in text mode, on the embedded local model: 48 callers whose
transcripts engineers read to fix the engine by failure kind, run exactly as the exam, the
held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev31") for
bench/eval_scenarios.py, which prints `RESULT dev31_pass_rate=` only when asked with --dev31 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_31 is set, which
`bench/eval_scenarios.py --dev31` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_31, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_31 import DEV_CALLERS_31, KINDS_31
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev31"


def test_the_thirty_first_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_31.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_31, "d31",
                         every_set_but("tests.scenarios.dev_callers_31"),
                         kinds=KINDS_31)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_31"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_31, ids=lambda s: s.name)
async def test_dev31_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev31", why=NOT_GATED)
