"""The twenty-eighth development set (dev_callers_28.py: callers at the edges of what the business
does, who first ask for a service it does not offer, something it cannot do by phone (a
diagnosis, a legal or medical opinion, a guaranteed price or result, a discount, a same-hour
visit, a pickup, a staff member's personal number), are unsure they rang the right kind of
business, or ask for two things of which only one is offered, and then settle for what it does
offer: a booking, a message with their own reason and number, a plain question or a person; with
a supplier, job seekers, neighbours and callers on behalf of a company among them, in the
held-out mix of kinds) in text mode, on the embedded local model: 48 callers whose transcripts
engineers read to fix the engine by failure kind, run exactly as the exam, the held-out sets and
the earlier development sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev28") for
bench/eval_scenarios.py, which prints `RESULT dev28_pass_rate=` only when asked with --dev28 and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS_28 is set, which
`bench/eval_scenarios.py --dev28` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked: every rule of dev_set_shape.py, with this set's
own numbers of each kind (KINDS_28, the held-out mix) in place of the other sets', and no name
shared with the exam, the held-out sets or any earlier development set.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers_28 import DEV_CALLERS_28, KINDS_28
from tests.scenarios.dev_set_shape import assert_dev_set_shape, every_set_but
from tests.scenarios.harness import run_measured

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev28"


def test_the_twenty_eighth_development_set_keeps_the_shape_six_callers_in_each_trade():
    assert sum(KINDS_28.values()) == 48
    assert_dev_set_shape(DEV_CALLERS_28, "dev28",
                         every_set_but("tests.scenarios.dev_callers_28"),
                         kinds=KINDS_28)


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS_28"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS_28, ids=lambda s: s.name)
async def test_dev28_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev28", why=NOT_GATED)
