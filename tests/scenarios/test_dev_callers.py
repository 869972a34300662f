"""The development set (dev_callers.py, written 2026-12-03) in text mode, on the embedded local
model: 40 callers whose transcripts engineers read to fix the engine by failure kind, run exactly
as the exam and the held-out sets run them.

Measured, not gated: every scenario's verdict is recorded (suite "dev") for
bench/eval_scenarios.py, which prints `RESULT dev_pass_rate=` only when asked with --dev and
never lets it change its exit code. A failing scenario is marked xfail by `pytest.xfail(...)`
after its verdict is recorded, with the failure report and transcript in the reason (`-rx`
prints them); a passing one shows as passed.

Not run by default: the scenarios skip unless RUN_DEV_CALLERS is set, which
`bench/eval_scenarios.py --dev` does, so CI and a plain `pytest` run do not spend the model's
time on them. The set's shape is always checked.
"""

from __future__ import annotations

import os

import pytest

from tests.scenarios.dev_callers import DEV_CALLERS
from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import TRADES, run_measured
from tests.scenarios.heldout import HELDOUT
from tests.scenarios.heldout_fresh import HELDOUT_FRESH
from tests.scenarios.heldout_unseen import HELDOUT_UNSEEN

NOT_GATED = "development set: measured, never gated; fix the engine by failure kind"
ONLY_WHEN_ASKED = "development set: run only by bench/eval_scenarios.py --dev"


def test_the_development_set_has_five_callers_in_each_of_the_eight_trades():
    assert len(DEV_CALLERS) == 40
    assert {s.schema for s in DEV_CALLERS} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in DEV_CALLERS) == 5, schema
    names = [s.name for s in DEV_CALLERS]
    assert len(set(names)) == len(names)
    assert not set(names) & {s.name for s in SCENARIOS}
    assert not set(names) & {s.name for s in HELDOUT}
    assert not set(names) & {s.name for s in HELDOUT_FRESH}
    assert not set(names) & {s.name for s in HELDOUT_UNSEEN}
    for s in DEV_CALLERS:
        assert s.name.startswith(f"dev_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name
        assert not s.transfer or s.overrides.get("transfer_number"), s.name
        assert "emergency" not in s.tags or any(m.urgent for m in s.messages) or s.transfer, \
            s.name


@pytest.mark.skipif(not os.environ.get("RUN_DEV_CALLERS"), reason=ONLY_WHEN_ASKED)
@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", DEV_CALLERS, ids=lambda s: s.name)
async def test_dev_scenario(scenario, fleet):
    await run_measured(scenario, suite="dev", why=NOT_GATED)
