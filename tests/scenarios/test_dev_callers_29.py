"""The twenty-ninth development set (dev_callers_29.py: callers who want several things in one
call: two bookings, for themselves and a child, a spouse, a second pet, a second car or a second
rental, a booking with a question about the price, the hours or what to bring, a booking and a
message for a particular member of staff, a cancellation and then a different booking, a move and
a question, two services asked about and one booked, something added to a booking at the same
visit, a question and then a message, an emergency reported after a routine question, a question
and then a request for a person, in the held-out mix of kinds) in text mode, on the embedded
local model: 48 callers whose transcripts engineers read to fix the engine by failure kind, run
exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev29") for
bench/eval_scenarios.py, which prints `RESULT dev29_pass_rate=` only when asked with --dev29 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_29 is set, which
`bench/eval_scenarios.py --dev29` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_29, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_29 import DEV_CALLERS_29, KINDS_29
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev29"


def test_the_twenty_ninth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_29.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_29, "dev29",
                         every_set_but("tests.scenarios.dev_callers_29"),
                         kinds=KINDS_29)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_29"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_29, ids=lambda s: s.name)
async def test_dev29_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev29", why=NOT_GATED)
