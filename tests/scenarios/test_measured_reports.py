"""What the measured sets show of a failed caller: a development set its report and transcript
(read to fix the engine by failure kind), a set never tuned on nothing but why it is measured."""

from __future__ import annotations

from tests.scenarios.catalogue import NEVER_SHOWN
from tests.scenarios.exam import SCENARIOS
from tests.scenarios.harness import ScenarioResult, measured_reason


def _failed() -> ScenarioResult:
    result = ScenarioResult(SCENARIOS[0], failures=["line 1: expected /hours/"])
    result.transcript.append(("caller", "What are your hours on Friday?"))
    return result


def test_a_set_never_tuned_on_shows_no_report_and_no_transcript():
    assert {"heldout", "heldout_unseen"} <= NEVER_SHOWN
    for suite in NEVER_SHOWN:
        assert measured_reason(_failed(), suite=suite, why="measured") == "measured"


def test_a_development_set_shows_the_report_and_the_transcript():
    reason = measured_reason(_failed(), suite="dev29", why="measured")
    assert "expected /hours/" in reason and "What are your hours on Friday?" in reason
