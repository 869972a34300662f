"""The thirty-second development set (dev_callers_32.py: callers whose call is interrupted or
who lose the thread and pick it up again: "hold on one second... sorry, I'm back", talking to
someone in the room, "wait, what was the first time you said?", "sorry, go back, I missed that",
"we got cut off a minute ago", a question in the middle of a request and back to it, a caller
driving or at work who answers in fragments, a child or a spouse taking the phone for a line, in
the held-out mix of kinds) in text mode, on the embedded local model: 48 callers whose
transcripts engineers read to fix the engine by failure kind, run exactly as the exam, the
held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev32") for
bench/eval_scenarios.py, which prints `RESULT dev32_pass_rate=` only when asked with --dev32 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_32 is set, which
`bench/eval_scenarios.py --dev32` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_32, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_32 import DEV_CALLERS_32, KINDS_32
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev32"


def test_the_thirty_second_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_32.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_32, "d32",
                         every_set_but("tests.scenarios.dev_callers_32"),
                         kinds=KINDS_32)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_32"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_32, ids=lambda s: s.name)
async def test_dev32_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev32", why=NOT_GATED)
