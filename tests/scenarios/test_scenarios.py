"""The receptionist's exam in text mode, on the embedded local model: each scripted caller must
leave the business's schema in the expected state (see catalogue.py)."""

from __future__ import annotations

import pytest

from tests.scenarios.catalogue import SCENARIOS
from tests.scenarios.harness import ScenarioResult, embedded_llm, record_verdict, run_scenario


def test_the_exam_covers_six_professions_and_every_adversarial_caller():
    assert len(SCENARIOS) >= 30
    assert len({s.schema for s in SCENARIOS}) >= 6
    names = " ".join(s.name for s in SCENARIOS)
    for case in ("taken_and_caller_pushes_back", "refuses_every_alternative", "book_is_full",
                 "changes_their_mind", "earliest", "closed", "haggles_over_an_unlisted_time"):
        assert case in names, case


@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
async def test_scenario(scenario, fleet):
    try:
        result = await run_scenario(scenario, llm=embedded_llm())
    except Exception as exc:  # a crash is a failed scenario, counted as one
        record_verdict(ScenarioResult(scenario, failures=[f"crashed: {exc!r}"]), suite="text")
        raise
    record_verdict(result, suite="text")
    assert result.passed, result.report()
