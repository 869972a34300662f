"""ConversationManager (design §5): a call's history, the prompt the LLM sees, and sentiment.

The history is plain data (so it can be stored per turn and read back in order); the LLM sees
the business's system prompt plus as many of the most recent exchanges as fit its context
window after reserving room for the reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from livekit.agents import llm

from tenants.router import TenantConfig

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


def estimate_tokens(text: str) -> int:
    """About four characters per token for English, plus the per-message overhead."""
    return len(text) // 4 + 4


@dataclass(frozen=True)
class Exchange:
    user: str
    agent: str
    at: datetime


@dataclass
class ConversationContext:
    config: TenantConfig
    started_at: datetime
    exchanges: list[Exchange] = field(default_factory=list)

    def transcript(self) -> str:
        lines = []
        for exchange in self.exchanges:
            if exchange.user:
                lines.append(f"Caller: {exchange.user}")
            if exchange.agent:
                lines.append(f"Receptionist: {exchange.agent}")
        return "\n".join(lines)


class ConversationManager:
    def __init__(self, *, context_window: int = 4096, reply_tokens: int = 160,
                 count_tokens: Callable[[str], int] = estimate_tokens) -> None:
        if reply_tokens >= context_window:
            raise ValueError("reply_tokens must leave room for the prompt")
        self.context_window = context_window
        self.reply_tokens = reply_tokens
        self.count_tokens = count_tokens

    def initialize_conversation(self, client_config: TenantConfig) -> ConversationContext:
        return ConversationContext(config=client_config, started_at=timezone.now())

    def add_exchange(self, context: ConversationContext, user_message: str,
                     agent_response: str, *, at: datetime | None = None) -> Exchange:
        exchange = Exchange(user=user_message, agent=agent_response, at=at or timezone.now())
        context.exchanges.append(exchange)
        return exchange

    def fitting_exchanges(self, context: ConversationContext) -> list[Exchange]:
        """The most recent exchanges that fit beside the system prompt and the reply."""
        budget = (self.context_window - self.reply_tokens
                  - self.count_tokens(context.config.system_prompt))
        kept: list[Exchange] = []
        for exchange in reversed(context.exchanges):
            cost = self.count_tokens(exchange.user) + self.count_tokens(exchange.agent)
            if cost > budget:
                break
            budget -= cost
            kept.append(exchange)
        return list(reversed(kept))

    def get_chat_context(self, context: ConversationContext) -> llm.ChatContext:
        chat = llm.ChatContext.empty()
        chat.add_message(role="system", content=context.config.system_prompt)
        for exchange in self.fitting_exchanges(context):
            if exchange.user:
                chat.add_message(role="user", content=exchange.user)
            if exchange.agent:
                chat.add_message(role="assistant", content=exchange.agent)
        return chat

    def get_context_prompt(self, context: ConversationContext) -> str:
        """The same prompt as text (for logs and for LLMs without a chat API)."""
        lines = [context.config.system_prompt]
        for exchange in self.fitting_exchanges(context):
            lines += [f"Caller: {exchange.user}", f"Receptionist: {exchange.agent}"]
        return "\n".join(lines)

    async def analyze_sentiment(self, transcript: str, *, model: llm.LLM) -> str:
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
