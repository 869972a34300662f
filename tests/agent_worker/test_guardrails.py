"""Forbidden advice and the templates' objections are answered by code, with the template's
own words, whatever the model: the LLM is not even asked."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from livekit.agents import AgentSession

from agent_worker.agent import CallState, Receptionist
from agent_worker.guardrails import OBJECTION_PATTERNS, forbidden_advice, objection
from tests.agent_worker.test_receptionist_agent import ScriptedOpenAIServer
from voice.llm.openai import build_openai_llm

pytestmark = pytest.mark.django_db
SAYINGS = {
    "too_expensive": "Honestly that's too expensive for me",
    "no_insurance": "I don't have insurance, is that a problem?",
    "need_to_think": "Let me think about it and call back",
    "too_far_out": "Hmm, that's too far away, anything sooner?",
    "need_it_sooner": "I can't wait that long",
    "need_it_today": "I need someone today if possible",
    "dental_anxiety": "I'm really nervous about the dentist",
    "just_a_quote": "I just want a quote for now",
    "just_want_a_price": "I just need a price, ballpark",
    "just_browsing": "I'm just looking at options",
    "wants_free_consultation": "Do you charge for a consult or is it a free consultation?",
    "commission_too_high": "Your commission is too high",
}



@pytest.mark.parametrize("schema, text, forbidden", [
    ("t_dental", "Should I take antibiotics for this tooth?", True),
    ("t_dental", "How much ibuprofen can I take?", True),
    ("t_dental", "Do I need a root canal?", True),
    ("t_dental", "Can I book a cleaning next week?", False),
    ("t_clinic", "Is this rash serious? what's wrong with me", True),
    ("t_clinic", "If the refill takes a while, is it fine to just miss a couple of doses?", True),
    ("t_vet", "Could we just stop his pills for the weekend?", True),
    ("t_clinic", "Can I skip the line and book online?", False),
    ("t_vet", "Can I give my dog some aspirin?", True),
    ("t_law", "Do I have a case against my landlord?", True),
    ("t_law", "Should I sign the settlement they offered?", True),
    ("t_law", "I'd like to book a consultation about a divorce", False),
    # the home-services template forbids repair instructions (never_say), so this is advice now
    ("t_plumb", "Should I take the sink apart myself?", True),
    ("t_plumb", "Can someone come and fix my sink tomorrow?", False),
    ("t_auto", "Is it safe to keep driving with the brake light on?", True),
    ("t_auto", "Can I bring my car in for brakes on Friday?", False),
    ("t_homes", "What's my condo worth these days?", True),
    ("t_homes", "So what would a two-bedroom rent for around here?", True),
    ("t_homes", "I'd like to see the condo on Pine Street on Saturday", False),
])
def test_it_recognises_advice_the_trade_must_not_give(configs, schema, text, forbidden):
    assert forbidden_advice(configs[schema], text) is forbidden


def test_every_template_objection_with_a_known_pattern_is_recognised(configs):
    checked = 0
    for config in configs.values():
        for key, handler in config.objection_handlers.items():
            if key in OBJECTION_PATTERNS:
                assert objection(config, SAYINGS[key]) == handler, (config.profession, key)
                checked += 1
    assert checked >= 12
    assert objection(configs["t_dental"], "Can I book Tuesday at ten?") is None


async def _reply(config, caller_line: str) -> tuple[str, int]:
    async with ScriptedOpenAIServer() as server:
        model = build_openai_llm(model="gpt-4.1-mini", api_key="sk-test",
                                 base_url=f"{server.url}/v1")
        now = datetime(2031, 1, 6, 9, tzinfo=ZoneInfo(config.timezone))
        state = CallState(config=config, clock=lambda: now)
        async with AgentSession[CallState](llm=model, userdata=state) as session:
            await session.start(Receptionist(config, now=now), record=False)
            result = await session.run(user_input=caller_line)
        said = [e.item.text_content for e in result.events if e.type == "message"]
        return said[-1], len(server.requests_to("/v1/chat/completions"))


@pytest.mark.parametrize("schema, line", [
    ("t_clinic", "What medication should I take for a migraine?"),
    ("t_law", "Will I win if I take them to court?"),
])
async def test_forbidden_advice_gets_the_safe_alternative_without_asking_the_llm(
        configs, schema, line):
    said, llm_requests = await _reply(configs[schema], line)
    assert said == configs[schema].safe_alternative and llm_requests == 0


async def test_an_objection_gets_the_templates_handler(configs):
    config = configs["t_dental"]
    said, llm_requests = await _reply(config, "That's too expensive, I can't afford it")
    assert said == config.objection_handlers["too_expensive"] and llm_requests == 0
