"""Open turns (agent_worker/open_turns.py): a bridge when the model is slow to start, the helpful
default when it has not started by the limit, the local model's short prompt whose shared start
each worker process keeps warm, and only the latest messages read by the small model.

The agent-path tests run a LiveKit AgentSession against a local OpenAI-compatible server whose
first token comes late, as a loaded machine's model does; the prompt tests load the embedded
Qwen model."""

from __future__ import annotations

import pytest
from livekit.agents import AgentSession, llm

from agent_worker.agent import CallState, Receptionist
from agent_worker.flows import replies
from agent_worker.open_turns import BRIDGES, SHARED_RULES, local_prompt, relevant_facts
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.test_receptionist_agent import OPEN_LINE
from tests.voice.servers.openai_server import OpenAIScript
from voice.llm.openai import build_openai_llm

pytestmark = pytest.mark.django_db




async def _call(server, config, lines):
    state = CallState(config=config, caller_number="+14155550123", clock=lambda: TUESDAY_9AM)
    model = build_openai_llm(model="gpt-4.1-mini", api_key="sk-test",
                             base_url=f"{server.url}/v1")
    heard = []
    agent = Receptionist(config, now=TUESDAY_9AM)
    async with AgentSession[CallState](llm=model, userdata=state) as session:
        await session.start(agent, record=False)
        for line in lines:
            result = await session.run(user_input=line)
            heard.append(" ".join(e.item.text_content for e in result.events
                                  if e.type == "message").strip())
    return heard, state, agent


def _say_late(server, text: str, first_token_delay: float) -> None:
    server.scripts.append(OpenAIScript(fragments=[text], first_token_delay=first_token_delay))


@pytest.mark.usefixtures("thread_db_cleanup")
async def test_a_slow_answer_is_bridged_then_heard(server, configs, settings):
    settings.OPEN_TURN_BRIDGE_AFTER, settings.OPEN_TURN_LIMIT = 0.3, 5.0
    _say_late(server, "Many of our patients come through family recommendations.", 1.2)
    heard, _, agent = await _call(server, configs["t_dental"], [OPEN_LINE])
    assert heard[0].startswith(BRIDGES[0])
    assert heard[0].endswith("Many of our patients come through family recommendations.")
    timing = agent.open_turns[-1]
    assert timing.bridge_at is not None and timing.bridge_at < timing.words_at
    assert timing.gave_up_at is None


@pytest.mark.usefixtures("thread_db_cleanup")
async def test_a_quick_answer_has_no_bridge(server, configs, settings):
    settings.OPEN_TURN_BRIDGE_AFTER, settings.OPEN_TURN_LIMIT = 1.0, 5.0
    server.then_say("Many of our patients come through family recommendations.")
    heard, _, agent = await _call(server, configs["t_dental"], [OPEN_LINE])
    assert heard == ["Many of our patients come through family recommendations."]
    assert agent.open_turns[-1].bridge_at is None


@pytest.mark.usefixtures("thread_db_cleanup")
async def test_an_answer_not_started_by_the_limit_is_replaced_by_the_helpful_default(
        server, configs, settings):
    """Never silence and never a wait without end: the bridge, then the offer to take a
    message, which a yes takes up; the late model reply is never heard."""
    settings.OPEN_TURN_BRIDGE_AFTER, settings.OPEN_TURN_LIMIT = 0.2, 0.8
    _say_late(server, "Family recommendations are lovely.", 4.0)
    heard, state, agent = await _call(server, configs["t_plumb"], [OPEN_LINE, "Yes, please."])
    assert heard[0] == f"{BRIDGES[0]} {replies.SAFE_FALLBACK} {replies.WOULD_YOU}"
    assert "Family" not in " ".join(heard)
    assert agent.open_turns[0].gave_up_at is not None
    assert "name" in heard[1].lower()  # the flow is taking the message


@pytest.mark.usefixtures("thread_db_cleanup")
async def test_bridges_vary_within_a_call(server, configs, settings):
    settings.OPEN_TURN_BRIDGE_AFTER, settings.OPEN_TURN_LIMIT = 0.2, 5.0
    _say_late(server, "Recommendations are how most people find us.", 0.8)
    _say_late(server, "We are glad to hear that.", 0.8)
    heard, _, _ = await _call(server, configs["t_dental"], [
        OPEN_LINE, OPEN_LINE.replace("sister", "cousin")])
    assert heard[0].startswith(BRIDGES[0]) and heard[1].startswith(BRIDGES[1])


def test_the_local_prompt_starts_with_the_shared_rules_and_keeps_the_business_short(configs):
    from voice.llm.llama_cpp import LlamaCppLLM

    prompts = [local_prompt(config, TUESDAY_9AM) for config in configs.values()]
    assert all(p.startswith(SHARED_RULES + "\n\n") for p in prompts)
    model = LlamaCppLLM()
    tokens = model._engine().model.tokenize
    business_parts = [len(tokens(p[len(SHARED_RULES):].encode())) for p in prompts]
    assert max(business_parts) < 200, business_parts  # ~3 s of one busy core, at most


def test_the_local_model_reads_its_own_prompt_and_the_latest_messages_only():
    from voice.llm.llama_cpp import LlamaCppLLM

    ctx = llm.ChatContext()
    ctx.add_message(role="system", content="The business's long template prompt.")
    for i in range(5):
        ctx.add_message(role="assistant", content=f"Question {i}?")
        ctx.add_message(role="user", content=f"Answer {i}.")
    model = LlamaCppLLM(system_prompt="Short prompt.", history_messages=3)
    messages = model.messages(ctx)
    assert messages[0] == {"role": "system", "content": "Short prompt."}
    assert [m["content"] for m in messages[1:]] == ["Answer 3.", "Question 4?", "Answer 4."]
    whole = LlamaCppLLM().messages(ctx)
    assert whole[0]["content"] == "The business's long template prompt." and len(whole) == 11


def test_the_facts_a_line_touches_reach_the_note(configs):
    config = configs["t_dental"]
    service = config.services[0]
    facts = relevant_facts(config, f"How much would a {service['name'].lower()} be for me?")
    assert f"{service['name']}, that's ${service['price_usd']:.0f}." in facts
    assert relevant_facts(config, "Um, hello?") == ""


@pytest.mark.slow
async def test_a_business_prompt_starts_from_the_shared_snapshot(configs):
    """The worker process evaluated the shared rules at start; a business's first call then
    evaluates only its own few lines, restoring the rest from the snapshot."""
    from voice.llm.llama_cpp import LlamaCppLLM

    model = LlamaCppLLM()
    await model.warm(SHARED_RULES)
    engine = model._engine()
    engine.model.reset()  # another call used the KV cache since
    restored = engine.restored
    prompt = local_prompt(configs["t_law"], TUESDAY_9AM)
    business = LlamaCppLLM(system_prompt=prompt)
    await business.warm("the business's long prompt, which the local model does not read")
    tokens = engine.tokens([{"role": "system", "content": prompt}], generation_prompt=False)
    shared = engine.tokens([{"role": "system", "content": SHARED_RULES}],
                           generation_prompt=False)
    assert engine.restored == restored + 1
    assert engine.cached_prefix(tokens) >= len(tokens) - 3  # the business part was evaluated
    assert len(shared) > 2 * (len(tokens) - len(shared))  # most of the prompt came cached


@pytest.mark.usefixtures("thread_db_cleanup")
async def test_a_local_model_is_bridged_as_soon_as_the_turn_is_known_to_be_open(server, configs,
                                                                                settings):
    """A chain led by a local model (here the scripted server, marked local as a model on this
    machine would be) gets its bridge at once: on this CPU it never starts within 1.5 s."""
    from voice.routing import Leg, LLMRouter

    settings.OPEN_TURN_BRIDGE_AFTER, settings.OPEN_TURN_LOCAL_BRIDGE_AFTER = 5.0, 0.0
    settings.OPEN_TURN_LIMIT = 5.0
    _say_late(server, "Many of our patients come through family recommendations.", 0.3)
    model = build_openai_llm(model="gpt-4.1-mini", api_key="sk-test",
                             base_url=f"{server.url}/v1")
    router = LLMRouter(simple=[Leg(key="llama_cpp", llm=model, local=True)])
    config = configs["t_dental"]
    state = CallState(config=config, caller_number="+14155550123", clock=lambda: TUESDAY_9AM)
    agent = Receptionist(config, now=TUESDAY_9AM)
    async with AgentSession[CallState](llm=router, userdata=state) as session:
        await session.start(agent, record=False)
        result = await session.run(user_input=OPEN_LINE)
    heard = " ".join(e.item.text_content for e in result.events if e.type == "message")
    assert heard.startswith(BRIDGES[0])
    assert agent.open_turns[-1].bridge_at < 2.0  # not the 5 s a cloud model waits
