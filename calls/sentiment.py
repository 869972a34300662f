"""How a caller felt (the design's ConversationManager.analyze_sentiment): the local LLM's label
for a call, and a word list that stands in when no model answers.

The rest of the design's ConversationManager is LiveKit's: during a call the session's
`ChatContext` is the conversation's history and the prompt the LLM sees; each exchange is stored
as it happens (calls/analytics_service.py `call_turn_record`) and read back in order by
`calls.selectors.call_history` (Property 5).
"""

from __future__ import annotations

import re

from livekit.agents import llm

SENTIMENTS = ("positive", "neutral", "negative")
SENTIMENT_PROMPT = (
    "You label phone calls to a business. Read the transcript and answer with exactly one word: "
    "positive, neutral or negative, describing how the caller felt by the end of the call."
)
SENTIMENT_EXAMPLES = [
    ("Caller: I'd like to book a cleaning. Receptionist: Tuesday at 10 works. "
     "Caller: Perfect, thank you so much!", "positive"),
    ("Caller: What are your hours? Receptionist: 9 to 5, Monday to Friday. Caller: OK.",
     "neutral"),
    ("Caller: This is the third time I'm calling and nobody called me back. This is ridiculous.",
     "negative"),
]
_POSITIVE = re.compile(r"\b(thanks?|thank you|great|perfect|wonderful|awesome|appreciate|"
                       r"excellent|lovely|helpful)\b")
_NEGATIVE = re.compile(r"\b(angry|ridiculous|terrible|awful|unacceptable|upset|frustrat\w*|"
                       r"complain\w*|worst|never again|waste|rude|disappointed|cancel)\b")


async def analyze_sentiment(transcript: str, *, model: llm.LLM) -> str:
    """positive / neutral / negative, asked of `model` (the local LLM).

    A reply that names no label falls back to a word-list score, so a call always gets one.
    """
    chat = llm.ChatContext.empty()
    chat.add_message(role="system", content=SENTIMENT_PROMPT)
    for example, label in SENTIMENT_EXAMPLES:
        chat.add_message(role="user", content=example)
        chat.add_message(role="assistant", content=label)
    chat.add_message(role="user", content=transcript[-3000:])
    reply = (await model.chat(chat_ctx=chat).collect()).text.lower()
    found = [(reply.find(label), label) for label in SENTIMENTS if label in reply]
    if found:
        return min(found)[1]
    return lexicon_sentiment(transcript)


def lexicon_sentiment(transcript: str) -> str:
    text = transcript.lower()
    score = len(_POSITIVE.findall(text)) - 2 * len(_NEGATIVE.findall(text))
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"
