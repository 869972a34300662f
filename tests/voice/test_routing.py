"""The complexity classifier and the routed LLM (design: Multi-Model Routing)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from livekit.agents import llm

from tests.voice.fakes import Behaviour, FakeLLM
from voice.routing import Complexity, ComplexityClassifier, Leg, LLMRouter, cost_usd

classifier = ComplexityClassifier()
SIMPLE, COMPLEX = Complexity.SIMPLE, Complexity.COMPLEX


@pytest.mark.parametrize(
    "text, expected",
    [
        # the design's own examples
        ("hello", SIMPLE),
        ("Yes.", SIMPLE),
        ("thank you!", SIMPLE),
        ("bye", SIMPLE),
        ("What time do you open on Saturday?", SIMPLE),
        ("Can I book a cleaning?", SIMPLE),
        ("Is Tuesday at 3 available?", SIMPLE),
        ("Can you explain what the deep cleaning involves?", COMPLEX),
        ("Compare the two whitening options for me", COMPLEX),
        ("I need to plan my kids' appointments", COMPLEX),
        ("Step 1 is cancelling my old appointment", COMPLEX),
    ],
)
def test_it_follows_the_designs_rules(text, expected):
    assert classifier.classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # substring matches the design's classifier got wrong
        ("Sure, my first name is Anna", SIMPLE),
        ("What's your first available appointment?", SIMPLE),
        ("Which building are you in?", SIMPLE),
        ("Do you take the Delta Dental plans?", SIMPLE),
        ("Hi, how are you?", SIMPLE),
        ("How much is a cleaning?", SIMPLE),
        ("Yeah, that works, thanks", SIMPLE),
        # fast paths that swallowed complex requests
        ("Can I book a cleaning and then explain why my insurance won't pay?", COMPLEX),
        ("First I need to cancel Tuesday, then rebook for Friday", COMPLEX),
        # phone numbers and fillers are not complexity
        (
            "Um, my number is 5 1 0, 5 5 5, 0 1 4 2 and uh my name is, um, John Smith, thanks",
            SIMPLE,
        ),
        # objections and multi-question turns are the design's complex use cases
        ("That's way too expensive for a cleaning", COMPLEX),
        ("I need to think about it", COMPLEX),
        ("What are your hours? And do you take insurance?", COMPLEX),
        ("How does the payment plan work?", COMPLEX),
    ],
)
def test_it_fixes_the_designs_misroutes(text, expected):
    assert classifier.classify(text) == expected


@given(st.text(max_size=400))
def test_any_text_gets_a_decision(text):
    assert classifier.classify(text) in (SIMPLE, COMPLEX)
    assert classifier.classify(text) == classifier.classify(text.upper())


def test_local_turns_are_free_and_cloud_turns_priced():
    assert cost_usd(local=True, model="qwen", prompt_tokens=900, completion_tokens=60) == 0
    assert cost_usd(
        local=False, model="ibm/granite-3-8b-instruct", prompt_tokens=1_000_000, completion_tokens=0
    ) == pytest.approx(0.20)
    assert cost_usd(local=False, model="mystery", prompt_tokens=1000, completion_tokens=1000) > 0


def _routed(local: FakeLLM, cloud: FakeLLM, local2: FakeLLM, cloud2: FakeLLM) -> LLMRouter:
    return LLMRouter(
        simple=[Leg("llama_cpp", local, True), Leg("watsonx", cloud, False)],
        complex=[Leg("watsonx", cloud2, False), Leg("llama_cpp", local2, True)],
        max_retry_per_llm=0,
        retry_interval=0.0,
    )


def _ctx(text: str) -> llm.ChatContext:
    ctx = llm.ChatContext.empty()
    ctx.add_message(role="system", content="You are a receptionist.")
    ctx.add_message(role="user", content=text)
    return ctx


async def _turn(routed: LLMRouter, text: str) -> tuple[str, object]:
    routes = []
    reply = (await routed.chat(chat_ctx=_ctx(text), on_route=routes.append).collect()).text
    return reply.strip(), routes[-1]


async def test_simple_turns_go_local_and_complex_turns_go_to_the_cloud():
    routed = _routed(FakeLLM("local"), FakeLLM("cloud"), FakeLLM("local2"), FakeLLM("cloud2"))
    reply, route = await _turn(routed, "Yes please")
    assert reply == "reply from local"
    assert (route.complexity, route.provider, route.fell_back, route.cost_usd) == (
        SIMPLE,
        "llama_cpp",
        False,
        0.0,
    )
    reply, route = await _turn(routed, "Can you explain why the crown costs more?")
    assert reply == "reply from cloud2"
    assert (route.complexity, route.provider, route.fell_back) == (COMPLEX, "watsonx", False)
    assert route.cost_usd > 0 and route.prompt_tokens == 100


async def test_it_fails_over_both_ways():
    broken = Behaviour("down", always=True)
    routed = _routed(
        FakeLLM("local", broken),
        FakeLLM("cloud"),
        FakeLLM("local2"),
        FakeLLM("cloud2", Behaviour("5xx", always=True)),
    )
    reply, route = await _turn(routed, "hello")
    assert reply == "reply from cloud" and route.provider == "watsonx" and route.fell_back
    reply, route = await _turn(routed, "Why is that so expensive?")
    assert reply == "reply from local2" and route.provider == "llama_cpp" and route.fell_back
    assert route.cost_usd == 0


async def test_without_a_cloud_every_turn_stays_on_the_simple_chain():
    local = FakeLLM("local")
    routed = LLMRouter(simple=[Leg("llama_cpp", local, True)], complex=None)
    reply, route = await _turn(routed, "Compare your two plans and then explain the cheaper one")
    assert reply == "reply from local" and route.complexity == SIMPLE


async def test_warming_reaches_the_leg_each_chain_answers_with():
    warmed = []

    class WarmableLLM(FakeLLM):
        async def warm(self, system_prompt: str) -> float:
            warmed.append((self.name, system_prompt))
            return 0.0

    class BrokenWarmLLM(FakeLLM):
        async def warm(self, system_prompt: str) -> float:
            raise RuntimeError("model file missing")

    routed = LLMRouter(simple=[Leg("llama_cpp", WarmableLLM("local"), True),
                               Leg("openai", FakeLLM("cloud"), False)],
                       complex=[Leg("ollama", BrokenWarmLLM("ollama"), True),
                                Leg("llama_cpp", WarmableLLM("local2"), True)])
    await routed.warm("You are a receptionist.")
    assert warmed == [("local", "You are a receptionist."), ("local2", "You are a receptionist.")]


async def test_a_chain_led_by_the_cloud_does_not_warm_its_local_backup():
    warmed = []

    class WarmableLLM(FakeLLM):
        async def warm(self, system_prompt: str) -> float:
            warmed.append(self.name)
            return 0.0

    routed = LLMRouter(simple=[Leg("openai", FakeLLM("cloud"), False),
                               Leg("llama_cpp", WarmableLLM("local"), True)])
    await routed.warm("You are a receptionist.")
    assert warmed == []
