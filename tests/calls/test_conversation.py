from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calls.conversation import ConversationManager, estimate_tokens, lexicon_sentiment
from tenants.router import MultiTenantRouter

pytestmark = pytest.mark.django_db


@pytest.fixture
def config(fleet):
    return MultiTenantRouter().get_client_config("t_dental")


def test_history_keeps_every_exchange_in_order(config):
    manager = ConversationManager()
    ctx = manager.initialize_conversation(config)
    for i in range(5):
        manager.add_exchange(ctx, f"caller {i}", f"agent {i}")
    assert [e.user for e in ctx.exchanges] == [f"caller {i}" for i in range(5)]
    chat = manager.get_chat_context(ctx)
    roles = [m.role for m in chat.messages()]
    assert roles == ["system"] + ["user", "assistant"] * 5
    assert chat.messages()[0].text_content == config.system_prompt
    assert ctx.transcript().splitlines()[:2] == ["Caller: caller 0", "Receptionist: agent 0"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # config is read-only
@given(lengths=st.lists(st.integers(1, 400), min_size=1, max_size=40),
       window=st.integers(1200, 4096))
def test_the_prompt_fits_the_context_window_keeping_the_latest_exchanges(config, lengths,
                                                                         window):
    manager = ConversationManager(context_window=window, reply_tokens=160)
    ctx = manager.initialize_conversation(config)
    for i, n in enumerate(lengths):
        manager.add_exchange(ctx, f"{i} " + "x" * n, "y" * n)
    kept = manager.fitting_exchanges(ctx)
    used = estimate_tokens(config.system_prompt) + sum(
        estimate_tokens(e.user) + estimate_tokens(e.agent) for e in kept)
    assert used + 160 <= window
    assert kept == ctx.exchanges[len(ctx.exchanges) - len(kept):]  # a suffix: the latest ones
    if len(kept) < len(ctx.exchanges):  # trimming stopped because the next one did not fit
        dropped = ctx.exchanges[len(ctx.exchanges) - len(kept) - 1]
        assert used + estimate_tokens(dropped.user) + estimate_tokens(dropped.agent) + 160 > window
    prompt = manager.get_context_prompt(ctx)
    assert prompt.startswith(config.system_prompt)
    assert all(e.user in prompt for e in kept)


def test_an_oversized_system_prompt_leaves_no_history(config):
    manager = ConversationManager(context_window=600, reply_tokens=160)
    ctx = manager.initialize_conversation(replace(config, system_prompt="p" * 4000))
    manager.add_exchange(ctx, "hello", "hi")
    assert manager.fitting_exchanges(ctx) == []


def test_the_word_list_fallback_reads_obvious_sentiment():
    assert lexicon_sentiment("Caller: perfect, thank you so much!") == "positive"
    assert lexicon_sentiment("Caller: this is ridiculous, I'm so frustrated") == "negative"
    assert lexicon_sentiment("Caller: what time do you open?") == "neutral"


@pytest.mark.slow
@pytest.mark.parametrize("transcript, expected", [
    ("Caller: Hi, can I book a cleaning for Tuesday?\nReceptionist: Tuesday at ten is open, "
     "shall I book it?\nCaller: Yes, perfect, thank you so much, you've been really helpful!",
     "positive"),
    ("Caller: This is the third time I've called and nobody ever calls me back. I'm really "
     "angry, this is unacceptable.\nReceptionist: I'm sorry to hear that.\nCaller: Forget it, "
     "I'm going somewhere else.", "negative"),
])
async def test_sentiment_comes_from_the_local_llm(transcript, expected):
    from voice.llm.llama_cpp import LlamaCppLLM

    model = LlamaCppLLM(temperature=0.0, max_tokens=4, seed=1)
    assert await ConversationManager().analyze_sentiment(transcript, model=model) == expected
