"""LlamaCppLLM on the shipped Qwen 0.5B GGUF, driven through ``LLM.chat`` as a session drives it.

The model is weak (see shared/notes/voice-latency.md), so reply checks look for the words any
sensible receptionist answer contains, over a fixed seed, rather than for exact text.
"""

from __future__ import annotations

import asyncio
import re
import time

import pytest
from livekit.agents import NOT_GIVEN, llm

from tests.voice import audio
from voice.llm.llama_cpp import MODEL_LABEL, LlamaCppLLM

pytestmark = pytest.mark.slow

RECEPTIONIST = (
    "You are the receptionist of Bright Smile Dental in Springfield. Answer callers in one or "
    "two short, friendly sentences. You can book, move and cancel appointments. Office hours are "
    "Monday to Friday, 8 am to 5 pm. Services: cleanings, fillings, crowns, whitening and "
    "emergency visits."
)

# A tenant prompt of ~450 tokens: what makes the cold first token slow.
POLICIES = " ".join(
    f"Policy {i}: {rule}"
    for i, rule in enumerate(
        [
            "New patients fill in a medical history form ten minutes before the visit.",
            "Cancellations need twenty-four hours notice or a fee of thirty dollars applies.",
            "We accept most insurance plans; ask the caller for their provider and member number.",
            "Emergency visits for severe pain or swelling are offered the same day when possible.",
            "Children under twelve must come with a parent or guardian.",
            "Whitening is not covered by insurance and costs two hundred and fifty dollars.",
            "Parking is free behind the building; the entrance is on Maple Street.",
            "Dr. Patel works Monday, Wednesday and Friday; Dr. Gomez works Tuesday and Thursday.",
            "Hygienist cleanings take forty-five minutes; new patient exams take one hour.",
            "Payment plans are available for crowns and implants over five hundred dollars.",
        ]
        * 2,
        start=1,
    )
)
LONG_PROMPT = RECEPTIONIST + " " + POLICIES


def _ctx(system: str, *turns: str) -> llm.ChatContext:
    ctx = llm.ChatContext()
    ctx.add_message(role="system", content=system)
    for i, text in enumerate(turns):
        ctx.add_message(role="user" if i % 2 == 0 else "assistant", content=text)
    return ctx


async def _reply(model: LlamaCppLLM, ctx: llm.ChatContext, **extra) -> tuple[str, float, list]:
    """(text, seconds to first token, chunks) through the framework's stream."""
    started = time.perf_counter()
    first = None
    chunks = []
    async with model.chat(chat_ctx=ctx, extra_kwargs=extra or NOT_GIVEN) as stream:
        async for chunk in stream:
            chunks.append(chunk)
            if first is None and chunk.delta and chunk.delta.content:
                first = time.perf_counter() - started
    text = "".join(c.delta.content for c in chunks if c.delta and c.delta.content)
    return text, first if first is not None else float("inf"), chunks


async def test_it_answers_a_booking_question_like_a_receptionist():
    model = LlamaCppLLM(seed=7)

    text, _, _ = await _reply(model, _ctx(RECEPTIONIST, "Can I book a cleaning next Tuesday?"))

    said = audio.words(text)
    assert said & {"book", "booked", "booking", "schedule", "appointment", "cleaning"}, text
    assert said & {"tuesday", "time", "am", "pm", "morning", "afternoon", "available", "when"}, text
    assert len(text) < 600


async def test_usage_arrives_in_the_final_chunk():
    model = LlamaCppLLM(seed=3)

    text, _, chunks = await _reply(
        model, _ctx(RECEPTIONIST, "What are your opening hours?"), max_tokens=24
    )

    usage = chunks[-1].usage
    assert usage is not None and chunks[-1].delta is None
    assert all(c.usage is None for c in chunks[:-1])
    content_chunks = sum(1 for c in chunks if c.delta and c.delta.content)
    assert usage.completion_tokens >= content_chunks - 1 > 0
    assert usage.prompt_tokens > 60  # the system prompt alone is ~60 tokens
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert 0 <= usage.prompt_cached_tokens <= usage.prompt_tokens
    assert text.strip()


async def test_warming_the_system_prompt_puts_it_in_the_kv_cache():
    """A warmed system prompt is not evaluated again for the first reply (notes: 4.1 s cold,
    0.11 s cached for a 609-token prompt; the seconds are bench/voice_components.py's)."""
    model = LlamaCppLLM(seed=1)
    await model.warm()  # the model is loaded; the KV cache holds some other prompt
    cold_prompt = "Caller line 1. " + LONG_PROMPT
    warm_prompt = "Caller line 2. " + LONG_PROMPT

    _, _, cold_chunks = await _reply(
        model, _ctx(cold_prompt, "Do you take my insurance?"), max_tokens=4
    )
    spent = await model.warm(warm_prompt)
    _, _, warm_chunks = await _reply(
        model, _ctx(warm_prompt, "Do you take my insurance?"), max_tokens=4
    )

    cold_usage, warm_usage = cold_chunks[-1].usage, warm_chunks[-1].usage
    assert cold_usage.prompt_tokens > 400 and spent > 0
    assert cold_usage.prompt_cached_tokens < 10  # a different first line: nothing reusable
    assert warm_usage.prompt_cached_tokens > 400  # the whole system prompt came from the cache


async def test_a_warmed_prompt_survives_another_prompt_using_the_model():
    """Another business's call or the after-call analysis overwrites the one KV cache; the
    warmed prompt comes back from its snapshot, and the reply is the one a fresh evaluation
    gives, token for token."""
    model = LlamaCppLLM(seed=1)
    prompt = LONG_PROMPT + " Right now it is Tuesday, 9:00 AM."
    line = "Do you take my insurance?"
    fresh, _, _ = await _reply(model, _ctx(prompt, line), max_tokens=24, temperature=0.0)

    await model.warm(prompt)
    await _reply(model, _ctx("You summarise phone calls in one sentence.", line), max_tokens=4)
    restored = model._engine().restored
    await model.warm(LONG_PROMPT + " Right now it is Tuesday, 9:03 AM.")
    assert model._engine().restored == restored + 1
    reply, _, chunks = await _reply(
        model, _ctx(LONG_PROMPT + " Right now it is Tuesday, 9:03 AM.", line), max_tokens=24,
        temperature=0.0)
    again, _, _ = await _reply(model, _ctx(prompt, line), max_tokens=24, temperature=0.0)

    assert chunks[-1].usage.prompt_cached_tokens > 400  # restored, not evaluated again
    assert again == fresh and reply.strip()


async def test_a_warm_cancelled_while_the_model_is_busy_never_evaluates_its_prompt():
    """A call that ends cancels its prompt warm. One still waiting for the model must give up,
    not evaluate the prompt once the model comes free: on a busy machine such warms of finished
    calls held the threads whisper and the voices share, and cost seconds of CPU each."""
    model = LlamaCppLLM(seed=1)
    await model.warm()  # the model is loaded
    engine = model._engine()
    prompt = "Caller line 3. " + LONG_PROMPT
    tokens = engine.tokens([{"role": "system", "content": prompt}], generation_prompt=False)
    engine.lock.acquire()  # another call's reply holds the model
    try:
        warming = asyncio.ensure_future(model.warm(prompt))
        await asyncio.sleep(0.5)  # (the warm is waiting for the model by now, or not started)
        warming.cancel()
        with pytest.raises(asyncio.CancelledError):
            await warming
    finally:
        engine.lock.release()

    await asyncio.sleep(1.0)  # a warm left waiting would have the model by now...

    def model_free() -> None:  # ...and keep it until it had evaluated the prompt
        with engine.lock:
            pass

    await asyncio.to_thread(model_free)
    assert not engine.has_snapshot(tokens)  # the cancelled prompt was never evaluated


async def test_an_aborted_reply_frees_the_model_within_a_few_tokens():
    """Pre-emptive generation aborts replies; the next one must not wait for the old to finish."""
    model = LlamaCppLLM(seed=5)
    long_ask = _ctx(  # a prompt this model reliably answers at length (it cuts lists short)
        "You are a helpful assistant.",
        "Write a long story about a dentist, at least one thousand words.",
    )
    short_ask = _ctx(RECEPTIONIST, "Say hello.")
    await _reply(model, long_ask, max_tokens=2)  # the KV cache now holds the long question
    started = time.perf_counter()
    await _reply(model, short_ask, max_tokens=8)
    baseline = time.perf_counter() - started  # the same reply with nothing to wait for

    stream = model.chat(chat_ctx=long_ask, extra_kwargs={"max_tokens": 400, "temperature": 0.0})
    async for chunk in stream:
        if chunk.delta and chunk.delta.content:
            break
    aborted_at = time.perf_counter()
    await stream.aclose()
    text, _, _ = await _reply(model, short_ask, max_tokens=8)
    after_abort = time.perf_counter() - aborted_at

    # Decoding the rest of the 400-token story would take 50-100 times the baseline.
    assert after_abort < 3 * baseline + 1.0, (after_abort, baseline)
    assert text.strip()


async def test_concurrent_replies_are_serialised_and_both_complete():
    model = LlamaCppLLM(seed=11)

    (a, _, ca), (b, _, cb) = await asyncio.gather(
        _reply(model, _ctx(RECEPTIONIST, "What are your opening hours?"), max_tokens=20),
        _reply(model, _ctx(RECEPTIONIST, "Do you do teeth whitening?"), max_tokens=20),
    )

    assert a.strip() and b.strip()
    assert ca[-1].usage.completion_tokens > 0 and cb[-1].usage.completion_tokens > 0
    assert not re.search(r"<\|im_(start|end)\|>", a + b)


async def test_sampling_options_apply_per_call():
    model = LlamaCppLLM(temperature=1.5)
    ctx = _ctx(RECEPTIONIST, "Where can I park?")

    first, _, _ = await _reply(model, ctx, temperature=0.0, max_tokens=12)
    second, _, _ = await _reply(model, ctx, temperature=0.0, max_tokens=12)
    assert first == second

    with pytest.raises(ValueError, match="unsupported llama.cpp options"):
        model.chat(chat_ctx=ctx, extra_kwargs={"temprature": 0.1})


async def test_a_history_longer_than_the_context_keeps_the_latest_turns():
    model = LlamaCppLLM(n_ctx=512, max_tokens=320, seed=2)
    turns = []
    for i in range(30):
        turns += [f"Question number {i} about my appointment?", f"Answer number {i}, certainly."]
    turns.append("Thanks, goodbye!")

    text, _, chunks = await _reply(model, _ctx(RECEPTIONIST, *turns))

    assert text.strip()
    assert chunks[-1].usage.prompt_tokens <= 512 - 320


async def test_it_never_blocks_the_event_loop():
    model = LlamaCppLLM(seed=4)
    await model.warm(RECEPTIONIST)

    (text, _, _), stall = await audio.max_loop_stall(
        _reply(model, _ctx(RECEPTIONIST, "Do you do crowns?"), max_tokens=24)
    )

    assert text.strip()
    assert stall < 0.1  # inference on the loop would stall it for the whole synthesis or decode


def test_it_names_its_model_and_provider():
    model = LlamaCppLLM()
    assert model.model == MODEL_LABEL == "qwen2.5-coder-0.5b-instruct-q4"
    assert model.provider == "llama.cpp"
