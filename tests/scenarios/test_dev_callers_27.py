"""The twenty-seventh development set (dev_callers_27.py: callers responding to something, who
got a reminder text or voicemail, a recall notice, a letter or an email, a missed call from the
business, or are calling back about an earlier conversation: they confirm, move or cancel the
appointment the reminder was about, run late for one that is on the books today, book the next
visit the reminder asked for, ask why they were called, leave a message, ask for a person or
hang up, in the held-out mix of kinds) in text mode, on the embedded local model: 48 callers
whose transcripts engineers read to fix the engine by failure kind, run exactly as the exam,
the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev27") for
bench/eval_scenarios.py, which prints `RESULT dev27_pass_rate=` only when asked with --dev27 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_27 is set, which
`bench/eval_scenarios.py --dev27` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_27, the held-out mix) in place of the other sets'.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_27 import DEV_CALLERS_27, KINDS_27
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev27"


def test_the_twenty_seventh_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_27.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_27, "dev27",
                         every_set_but("tests.scenarios.dev_callers_27"),
                         kinds=KINDS_27)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_27"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_27, ids=lambda s: s.name)
async def test_dev27_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev27", why=NOT_GATED)
