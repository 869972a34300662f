"""The audio path: the same scenarios spoken by a synthesised caller over a simulated phone line
(300-3400 Hz, 8 kHz mu-law) into the full call (Silero VAD, whisper, the agent on the embedded
model, the business's voice), through the simulator a developer uses.

The caller speaks in the scenario's `voice`: a shipped Kokoro voice reading English
("kokoro:jm_kumo", optionally ":<speed>"), or the Piper joe voice at another pace
("piper:1.15", its length_scale: above 1 slower, below 1 faster); none, Piper joe at its own
pace. A caller in the receptionist's own voice would test whisper on the voice it hears back.
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context

from agent_worker.agent import Receptionist
from agent_worker.simulator import simulate_call, spoken_caller
from tenants.models import PhoneNumber, Tenant
from tenants.router import routing_cache_invalidate
from tests.scenarios.catalogue import Scenario
from tests.scenarios.harness import (
    ScenarioResult,
    check_end_state,
    instruction_shingles,
    local,
    scenario_config,
    seed_book,
)
from voice.audio_io import Utterance

LINE_NUMBER = "+15105550177"  # the number the simulated caller dials


def caller_speech(text: str, voice: str = "") -> Utterance:
    """`text` said by the scenario's caller voice, as it sounds after the phone network."""
    return spoken_caller(text, voice)


def _give_number(schema: str) -> None:
    tenant = Tenant.objects.get(schema_name=schema)
    PhoneNumber.objects.update_or_create(e164=LINE_NUMBER, defaults={"tenant": tenant})
    routing_cache_invalidate(numbers=[LINE_NUMBER])  # the router caches number -> business


def _take_number() -> None:
    PhoneNumber.objects.filter(e164=LINE_NUMBER).delete()
    routing_cache_invalidate(numbers=[LINE_NUMBER])


def _transcript(schema: str, call_pk: int) -> list[tuple[str, str]]:
    from calls.models import Turn

    with schema_context(schema):
        return list(Turn.objects.filter(call_id=call_pk).order_by("index")
                    .values_list("user_text", "agent_text"))


def _timeline(sim: Any, started: float) -> list[str]:
    """When each caller line went down the line and each agent segment began: what a failure
    report needs to tell a lost line from a misheard one."""
    events = [(p.started_at, f"caller {p.utterance.text!r} until "
                             f"{p.speech_ended_at - started:.1f}") for p in sim.played]
    events += [(t, "agent audio starts") for t in sim.agent_starts]
    return [f"{t - started:6.1f}  {what}" for t, what in sorted(events)]


async def run_audio_scenario(scenario: Scenario, *, out_dir: Path) -> ScenarioResult:
    assert not scenario.overrides and not any(line.silence for line in scenario.lines), (
        "the audio path takes the business's stored settings and spoken lines only")
    result = ScenarioResult(scenario)
    config = await sync_to_async(scenario_config)(scenario)
    seeded = await sync_to_async(seed_book)(scenario, config)
    pinned = local(config, scenario.clock)
    await sync_to_async(_give_number)(scenario.schema)
    try:
        utterances = await asyncio.to_thread(
            lambda: [caller_speech(line.text, scenario.voice) for line in scenario.lines])
        started = time.time()
        sim = await simulate_call(schema=scenario.schema, utterances=utterances,
                                  out_dir=out_dir, caller=scenario.caller, clock=lambda: pinned)
    finally:
        await sync_to_async(_take_number)()
    result.timeline = _timeline(sim, started)
    turns = await sync_to_async(_transcript)(scenario.schema, sim.call_pk)
    replies = []
    for user, agent in turns:
        if user:
            result.transcript.append(("caller", user))
            replies.append(" ".join(agent.split()))
        result.transcript.append(("agent", agent))
    # A line can reach the agent as two turns (a pause) or merge with the next: each line's
    # expected reply must come, in order, but not necessarily as the very next turn.
    position = 0
    for i, line in enumerate(scenario.lines, start=1):
        if not line.expect:
            continue
        found = next((j for j in range(position, len(replies)) if re.search(
            line.expect, replies[j], re.IGNORECASE | re.DOTALL)), None)
        if found is None:
            result.failures.append(f"line {i}: expected /{line.expect}/ in a reply from turn "
                                   f"{position + 1} on")
        else:
            position = found + 1
    for line in scenario.lines:
        if line.avoid and any(re.search(line.avoid, r, re.IGNORECASE) for r in replies):
            result.failures.append(f"/{line.avoid}/ should not have been said")
    shingles = instruction_shingles(config, Receptionist(config, now=pinned))
    await check_end_state(scenario, config, sim.call_pk, seeded, None, None, None, shingles,
                          result)
    return result
