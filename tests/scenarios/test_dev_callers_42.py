"""The forty-second development set (dev_callers_42.py: older callers and callers who find the
telephone hard, who speak slowly and give their details piece by piece over several lines,
repeat themselves, ask the receptionist to say it again, to slow down or to speak up, put right
a detail they got wrong, give a landline that is often not the line they ring from, and mention
a hearing aid, a carer, a wife or a granddaughter in the room, in the held-out mix of kinds) in
text mode, on the embedded local model: 48 callers whose transcripts engineers read to fix the
engine by failure kind, run exactly as the exam, the held-out sets and the earlier development
sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev42") for
bench/eval_scenarios.py, which prints `RESULT dev42_pass_rate=` only when asked with --dev42 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_42 is set, which
`bench/eval_scenarios.py --dev42` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_42, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_42 import DEV_CALLERS_42, KINDS_42
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev42"


def test_the_forty_second_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_42.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_42, "d42",
                         every_set_but("tests.scenarios.dev_callers_42"),
                         kinds=KINDS_42)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_42"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_42, ids=lambda s: s.name)
async def test_dev42_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev42", why=NOT_GATED)
