"""The forty-third development set (dev_callers_43.py: callers on a mobile in a noisy place whose
lines arrive as a phone speech recogniser writes them: words missing or misheard as their
homophones, "for" for four, "to" for two, "won" for one, run-on sentences without punctuation,
fillers, a name spelled letter by letter, numbers split oddly, the final details said as plainly
as the recogniser allows in a later line, in the held-out mix of kinds) in text mode, on the
embedded local model: 48 callers whose transcripts engineers read to fix the engine by failure
kind, run exactly as the exam, the held-out sets and the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev43") for
bench/eval_scenarios.py, which prints `RESULT dev43_pass_rate=` only when asked with --dev43 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_43 is set, which
`bench/eval_scenarios.py --dev43` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_43, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_43 import DEV_CALLERS_43, KINDS_43
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev43"


def test_the_forty_third_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_43.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_43, "d43",
                         every_set_but("tests.scenarios.dev_callers_43"),
                         kinds=KINDS_43)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_43"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_43, ids=lambda s: s.name)
async def test_dev43_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev43", why=NOT_GATED)
