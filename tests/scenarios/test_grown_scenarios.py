"""The exam's grown part (exam.py ADDED: 125 callers added on 2026-12-02 across the eight trades),
in text mode on the embedded model. Measured, not gated yet: `bench/eval_scenarios.py` reports
`RESULT grown_scenario_pass_rate=` apart from the gated `scenario_pass_rate` (the first 35,
catalogue.py) until the grown part reaches the goal; then this file's verdicts join the gate
(drop the xfail and let the assertion fail the test).

Each verdict is recorded first (suite "grown"); a failing caller is then marked xfail with its
report as the reason, so `pytest -rx` shows why.
"""

from __future__ import annotations

import time

import pytest

from tests.scenarios.exam import ADDED
from tests.scenarios.harness import ScenarioResult, embedded_llm, record_verdict, run_scenario

NOT_GATED = "grown exam: measured, not gated until it reaches the goal (issue 14)"


@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", ADDED, ids=lambda s: s.name)
async def test_grown_scenario(scenario, fleet):
    started = time.perf_counter()
    try:
        result = await run_scenario(scenario, llm=embedded_llm())
    except Exception as exc:  # a crash is a failed scenario, counted as one
        result = ScenarioResult(scenario, failures=[f"crashed: {exc!r}"])
    record_verdict(result, suite="grown", seconds=time.perf_counter() - started)
    if not result.passed:
        pytest.xfail(f"{NOT_GATED}\n{result.report()}")
