"""The eighteenth development set (dev_callers_18.py: callers who speak English as a second
language, or a strong informal English, as they really talk on the phone, in the held-out sets'
mix of kinds) in text mode, on the embedded local model: 48 callers whose transcripts engineers
read to fix the engine by failure kind, run exactly as the exam, the held-out sets and the
earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev18") for
bench/eval_scenarios.py, which prints `RESULT dev18_pass_rate=` only when asked with --dev18 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_18 is set, which
`bench/eval_scenarios.py --dev18` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_18, the held-out sets' mix) in place of the other sets'.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_18 import DEV_CALLERS_18, KINDS_18
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev18"


def test_the_eighteenth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_18.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_18, "dev18",
                         every_set_but("tests.scenarios.dev_callers_18"),
                         kinds=KINDS_18)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_18"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_18, ids=lambda s: s.name)
async def test_dev18_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev18", why=NOT_GATED)
