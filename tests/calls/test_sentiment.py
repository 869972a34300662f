"""Sentiment: the local LLM's label for a call, and the word list behind it.

(The conversation's history round-trip, Property 5, is tests/calls/test_call_lifecycle.py.)
"""

from __future__ import annotations

import pytest

from calls.sentiment import analyze_sentiment, lexicon_sentiment


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
    assert await analyze_sentiment(transcript, model=model) == expected
