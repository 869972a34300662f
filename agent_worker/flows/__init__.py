"""Call flows: the receptionist's structured conversation, decided by code (tenant schema).

How flows, the LLM and the agent's tools share a call:

- Every caller line goes to the flow first (engine.CallFlow). What must be right is decided
  there: safety and privacy refusals, dates and times against the business's clock, slots from
  the appointment book, names and numbers read back, and the writes themselves (a booking after
  the caller said yes to a read-back, a message, a cancellation). Simple turns (greetings,
  confirmations, hours, prices, FAQ hits) are answered from templates, with no LLM call.
- A line the flow cannot place (an open question, free speech outside a step) is an open turn:
  the session's LLM (the complexity router: local model, or cloud for complex turns when
  configured) answers it with the call state in its context and the agent's tools available.
  Its text goes through llm_guard.ReplyGuard: it can never create a booking or recite its
  prompt, whatever it says, nor give advice the trades forbid, promise a result, invent a price,
  a term or a fact, or turn down an ordinary request; the caller hears an offer to take a
  message (or a transfer) instead.
- A model that can call tools (Ollama, OpenAI, watsonx) may use them on open turns; the tools
  go through the same appointment book and write the same FlowState, so the flow carries on
  from whatever the model did. When a cloud chain is configured, complex turns (several
  questions, "and then...") go to it directly, except lines code must answer (FlowRunner's
  `guarded`). A stronger model therefore only ever takes turns the flow would have handed to
  an LLM anyway, or complex ones it handles better; the rules stay in code either way.
"""

from agent_worker.flows.engine import CallFlow, FlowRunner, Reply
from agent_worker.flows.state import FlowState, Offer, Stage, Task

__all__ = ["CallFlow", "FlowRunner", "FlowState", "Offer", "Reply", "Stage", "Task"]
