"""Multi-model routing (design: Multi-Model Routing): simple turns to the local LLM at
temperature 0.1 ("Muscle"), complex turns to the cloud LLM at 0.7 ("Brain"), failover both ways,
and per-turn metrics with cost.

The design's classifier, kept in spirit but fixed where it misroutes a receptionist's callers:
- keywords matched as substrings: "first" fired on "first name", "plan" on "planet" and "build"
  on "which building"; every marker is now a whole-word pattern, and "first" only counts as a
  multi-step marker when a "then" follows.
- the booking fast path ("can I book...") ran before the complexity markers, so "can I book a
  cleaning and then explain why my insurance won't pay" went local; complexity is now checked
  first, and only bare greetings/acknowledgements short-circuit.
- "how are you" / "how much" are small talk and price look-ups, not reasoning: only "how does",
  "how do", "how come", "how would" count.
- spelled-out phone numbers and fillers ("um", "uh") inflated the 20-word threshold; digit runs
  count as one word and fillers as none.
- objections ("too expensive", "I need to think about it") and several questions in one turn are
  the design's own complex use cases but had no trigger.
"""

from __future__ import annotations

import contextvars
import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from livekit.agents import llm

logger = logging.getLogger(__name__)


class Complexity(enum.StrEnum):
    SIMPLE = "simple"
    COMPLEX = "complex"


def _words(*phrases: str) -> str:
    return "|".join(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b" for p in phrases)


_ACK = re.compile(
    r"^(?:hi|hello|hey|yes|yeah|yep|yup|sure|no|nope|nah|ok|okay|alright|all right|thanks|"
    r"thank you|thank you so much|great|perfect|sounds good|that works|correct|right|"
    r"bye|goodbye|good bye|see you|good morning|good afternoon|good evening|uh huh|mm hmm)"
    r"(?:[\s,.!?]+(?:please|then|thanks|thank you|bye|goodbye))*[\s.!?]*$"
)
_SIMPLE_REQUEST = re.compile(
    r"^(?:what time|when (?:is|are|do|does)|what are your hours|are you open|is .+ available|"
    r"can i (?:book|schedule|make|get)|i(?:'d| would) like to (?:book|schedule|make)|"
    r"schedule|book|how much|what(?:'s| is) the (?:price|cost)|where are you)\b"
)
_COMPLEX_KEYWORDS = re.compile(
    _words("research", "build", "plan", "explain", "compare", "why", "how does", "how do",
           "how come", "how would", "what if", "difference between", "pros and cons")
)
_MULTI_STEP = re.compile(
    _words("and then", "step 1", "step one", "on one hand", "however", "after that",
           "as well as")
    + r"|\bfirst(?:ly)?\b(?!\s+(?:name|time|visit|appointment|available|thing)\b).*\bthen\b"
)
_OBJECTION = re.compile(
    _words("too expensive", "too much", "can't afford", "cannot afford", "cheaper",
           "think about it", "not sure", "competitor", "somewhere else", "rip off",
           "waste of", "not happy", "complaint", "refund")
)
_FILLER = re.compile(r"\b(?:um+|uh+|er+|ah+|hmm+|like|you know)\b")
_DIGIT_RUN = re.compile(r"(?:\d[\s\-.,]*){2,}")
LONG_TURN_WORDS = 20


class ComplexityClassifier:
    """Decides in microseconds whether a caller's turn needs the cloud model."""

    def classify(self, query: str) -> Complexity:
        text = " ".join(query.lower().replace("’", "'").split())
        if not text:
            return Complexity.SIMPLE
        if _ACK.match(text):
            return Complexity.SIMPLE
        if (_COMPLEX_KEYWORDS.search(text) or _MULTI_STEP.search(text)
                or _OBJECTION.search(text) or text.count("?") >= 2):
            return Complexity.COMPLEX
        if _SIMPLE_REQUEST.match(text):
            return Complexity.SIMPLE
        compact = _DIGIT_RUN.sub(" 0 ", _FILLER.sub(" ", text))
        if len(compact.split()) > LONG_TURN_WORDS:
            return Complexity.COMPLEX
        return Complexity.SIMPLE


# USD per million tokens (input, output). Local models cost nothing per token.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
    "ibm/granite-3-3-8b-instruct": (0.20, 0.20),
    "meta-llama/llama-3-3-70b-instruct": (0.71, 0.71),
    "mistralai/mistral-large": (3.00, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
}
DEFAULT_CLOUD_PRICE = (1.00, 3.00)  # unknown cloud model: priced high rather than free


def cost_usd(*, local: bool, model: str, prompt_tokens: int, completion_tokens: int) -> float:
    if local:
        return 0.0
    price_in, price_out = PRICES_PER_MILLION.get(model, DEFAULT_CLOUD_PRICE)
    return (prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000


@dataclass(frozen=True)
class Leg:
    """One provider instance in a chain, with what routing needs to know about it."""

    key: str  # registry key: "llama_cpp", "watsonx", ...
    llm: llm.LLM
    local: bool


@dataclass(frozen=True)
class TurnRoute:
    """What one LLM turn cost and who served it; persisted with the Turn."""

    complexity: Complexity
    intended: str
    provider: str
    model: str
    fell_back: bool
    ttft_ms: float
    duration_ms: float
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float


FLOW = "flow"  # the provider and model of a turn that code answered, with no LLM at all


def flow_route(*, complexity: Complexity, elapsed_ms: float) -> TurnRoute:
    """The route of a reply a call flow decided: no model, no tokens, no cost."""
    return TurnRoute(complexity=complexity, intended=FLOW, provider=FLOW, model=FLOW,
                     fell_back=False, ttft_ms=elapsed_ms, duration_ms=elapsed_ms,
                     prompt_tokens=0, completion_tokens=0, cost_usd=0.0)


@dataclass(frozen=True)
class _RouteSink:
    complexity: Complexity
    report: Callable[[TurnRoute], None]


# The chat a provider's metrics belong to: set around the creation of a chat's stream, so every
# task the fallback chain starts for it (each leg's stream and its metrics) carries it, and two
# drafts of one turn (LiveKit's preemptive generation) never mix their reports.
_ROUTE_SINK: contextvars.ContextVar[_RouteSink | None] = contextvars.ContextVar(
    "llm_route_sink", default=None)


def _last_user_text(chat_ctx: llm.ChatContext) -> str:
    for item in reversed(chat_ctx.items):
        if getattr(item, "type", None) == "message" and item.role == "user":
            return item.text_content or ""
    return ""


class LLMRouter(llm.LLM):
    """An LLM that picks, per turn, the local-first or the cloud-first fallback chain.

    Each chain is LiveKit's FallbackAdapter over its own provider instances (so temperatures do
    not leak between chains), and this object re-emits their metrics and errors so an
    AgentSession sees one LLM. The caller of `chat` may pass the turn's complexity (classified
    once, by whoever decides the turn) and `on_route`, which receives the TurnRoute of the leg
    that answered: provider, model, time to first token, tokens and cost.
    """

    def __init__(self, *, simple: list[Leg], complex: list[Leg] | None = None,
                 classifier: ComplexityClassifier | None = None,
                 attempt_timeout: float = 10.0, max_retry_per_llm: int = 2,
                 retry_interval: float = 0.1) -> None:
        super().__init__()
        if not simple:
            raise ValueError("the simple chain needs at least one LLM")
        self._classifier = classifier or ComplexityClassifier()
        self._chains: dict[Complexity, tuple[list[Leg], llm.FallbackAdapter]] = {}
        for complexity, legs in ((Complexity.SIMPLE, simple), (Complexity.COMPLEX, complex)):
            if not legs:
                continue
            adapter = llm.FallbackAdapter(
                [leg.llm for leg in legs], attempt_timeout=attempt_timeout,
                max_retry_per_llm=max_retry_per_llm, retry_interval=retry_interval)
            adapter.on("metrics_collected", lambda m: self.emit("metrics_collected", m))
            adapter.on("error", lambda e: self.emit("error", e))
            for leg in legs:
                leg.llm.on("metrics_collected",
                           lambda m, _leg=leg, _c=complexity: self._on_leg_metrics(_c, _leg, m))
            self._chains[complexity] = (legs, adapter)

    @property
    def model(self) -> str:
        return "+".join(leg.llm.model for leg in self._chains[Complexity.SIMPLE][0])

    @property
    def provider(self) -> str:
        return "routed"

    @property
    def classifier(self) -> ComplexityClassifier:
        return self._classifier

    def chain_keys(self, complexity: Complexity) -> list[str]:
        legs, _ = self._chains.get(complexity) or self._chains[Complexity.SIMPLE]
        return [leg.key for leg in legs]

    @property
    def has_cloud_chain(self) -> bool:
        """Whether complex turns have a chain of their own (a cloud model is configured)."""
        return self.chain_keys(Complexity.COMPLEX) != self.chain_keys(Complexity.SIMPLE)

    def classify(self, text: str) -> Complexity:
        return self._classifier.classify(text)

    def chat(self, *, chat_ctx: llm.ChatContext, complexity: Complexity | None = None,
             on_route: Callable[[TurnRoute], None] | None = None, **kwargs: Any
             ) -> llm.LLMStream:
        if complexity is None:
            complexity = self._classifier.classify(_last_user_text(chat_ctx))
        if complexity not in self._chains:
            complexity = Complexity.SIMPLE  # no cloud configured: everything stays local
        _, adapter = self._chains[complexity]
        token = _ROUTE_SINK.set(_RouteSink(complexity, on_route) if on_route else None)
        try:
            return adapter.chat(chat_ctx=chat_ctx, **kwargs)
        finally:
            _ROUTE_SINK.reset(token)

    def leads_local(self, complexity: Complexity) -> bool:
        """Whether the chain that answers `complexity` turns starts with a local model."""
        legs, _ = self._chains.get(complexity) or self._chains[Complexity.SIMPLE]
        return legs[0].local

    def use_local_prompt(self, prompt: str) -> None:
        """Give the local legs that take one their own short prompt in place of the chat's
        instructions (a small local model; cloud legs keep the business's full prompt)."""
        for legs, _ in self._chains.values():
            for leg in legs:
                if leg.local and hasattr(leg.llm, "system_prompt"):
                    leg.llm.system_prompt = prompt

    async def warm(self, system_prompt: str) -> None:
        """Evaluate the system prompt into the leg each chain will answer with, when that leg
        keeps a prompt cache (a local model), so the first reply does not pay for it.

        A leg that cannot warm hands the job to the next; a chain led by a cloud leg warms
        nothing, since a local backup's prompt evaluation takes seconds of CPU that the other
        calls of the process need, for a reply it gives only if the cloud fails.
        """
        for legs, _ in self._chains.values():
            for leg in legs:
                warm = getattr(leg.llm, "warm", None)
                if warm is None:
                    break
                try:
                    await warm(system_prompt)
                    break
                except Exception:
                    logger.warning("could not warm %s", leg.key, exc_info=True)

    def _on_leg_metrics(self, complexity: Complexity, leg: Leg, metrics: Any) -> None:
        sink = _ROUTE_SINK.get()
        if sink is None or sink.complexity != complexity:
            return  # nobody asked (a warm-up), or a background probe of another chain
        legs, _ = self._chains[complexity]
        route = TurnRoute(
            complexity=complexity,
            intended=legs[0].key,
            provider=leg.key,
            model=leg.llm.model,
            fell_back=leg is not legs[0],
            ttft_ms=max(metrics.ttft, 0.0) * 1000,
            duration_ms=metrics.duration * 1000,
            prompt_tokens=metrics.prompt_tokens,
            completion_tokens=metrics.completion_tokens,
            cost_usd=cost_usd(local=leg.local, model=leg.llm.model,
                              prompt_tokens=metrics.prompt_tokens,
                              completion_tokens=metrics.completion_tokens),
        )
        sink.report(route)

    async def aclose(self) -> None:
        for _, adapter in self._chains.values():
            await adapter.aclose()
