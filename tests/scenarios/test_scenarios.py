"""The receptionist's exam in text mode, on the embedded local model: each scripted caller must
leave the business's schema in the expected state (see catalogue.py and callers_<trade>.py)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from tests.factories import FLEET
from tests.scenarios import catalogue
from tests.scenarios.exam import ADDED, AUDIO_SCENARIOS, KINDS, SCENARIOS
from tests.scenarios.harness import ScenarioResult, embedded_llm, record_verdict, run_scenario

# the caller's task: each is asked in several phrasings, in several trades
TASKS = ("booking", "cancel", "move", "message", "person", "hours", "price", "location", "faq")


def test_the_exam_covers_six_professions_and_every_adversarial_caller():
    assert len(SCENARIOS) >= 30
    assert len({s.schema for s in SCENARIOS}) >= 6
    names = " ".join(s.name for s in SCENARIOS)
    for case in ("taken_and_caller_pushes_back", "refuses_every_alternative", "book_is_full",
                 "changes_their_mind", "earliest", "closed", "haggles_over_an_unlisted_time"):
        assert case in names, case


def test_the_exam_has_150_callers_over_the_eight_trades_each_a_known_kind():
    assert len(SCENARIOS) >= 150
    names = [s.name for s in SCENARIOS]
    assert len(set(names)) == len(names)
    assert {s.schema for s in ADDED} == {spec["schema_name"] for spec in FLEET}
    assert all(s.tags and set(s.tags) <= set(KINDS) for s in ADDED)
    kinds = Counter(t for s in ADDED for t in s.tags)
    assert all(kinds[k] >= 3 for k in KINDS if k != "adversarial"), kinds
    assert all(len({s.schema for s in ADDED if task in s.tags}) >= 3 for task in TASKS)


def test_every_scenario_regex_compiles():
    for s in SCENARIOS:
        patterns = [*s.said, *s.never_said, *(m.about for m in s.messages),
                    *(b.about for b in s.booked)]
        patterns += [p for line in s.lines for p in (line.expect, line.avoid)]
        for pattern in patterns:
            re.compile(pattern)


def test_the_audio_subset_has_thirty_callers_in_voices_not_the_receptionists():
    assert len(AUDIO_SCENARIOS) >= 30
    voices = {spec["schema_name"]: spec["voice"] for spec in FLEET}
    for s in AUDIO_SCENARIOS:
        if not s.voice:
            continue
        engine, _, option = s.voice.partition(":")
        provider, voice_id = voices[s.schema]
        assert engine in ("kokoro", "piper"), s.name
        # the fleet's Cartesia voices fall back to local Piper here
        own = voice_id if provider == "kokoro" else "piper"
        assert (option.split(":")[0] if engine == "kokoro" else "piper") != own, s.name


@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("scenario_cleanup")
@pytest.mark.parametrize("scenario", catalogue.SCENARIOS, ids=lambda s: s.name)
async def test_scenario(scenario, fleet):
    started = time.perf_counter()
    try:
        result = await run_scenario(scenario, llm=embedded_llm())
    except Exception as exc:  # a crash is a failed scenario, counted as one
        record_verdict(ScenarioResult(scenario, failures=[f"crashed: {exc!r}"]), suite="text",
                       seconds=time.perf_counter() - started)
        raise
    record_verdict(result, suite="text", seconds=time.perf_counter() - started)
    assert result.passed, result.report()
