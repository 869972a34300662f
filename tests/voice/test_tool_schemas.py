"""Tool schemas are built once per tool, not at every LLM request."""

from __future__ import annotations

from livekit.agents import Agent, RunContext, function_tool
from livekit.agents.llm import ToolContext
from livekit.agents.llm import utils as llm_utils

from voice.llm import tool_schemas


class _Desk(Agent):
    def __init__(self) -> None:
        super().__init__(instructions="Book visits.")

    @function_tool
    async def book(self, context: RunContext, day: str, time: str = "") -> str:
        """Book a visit.

        Args:
            day: the date, as YYYY-MM-DD.
            time: the time, as HH:MM; optional.
        """
        return "booked"

    @function_tool
    async def take_message(self, context: RunContext, name: str, number: str) -> str:
        """Take a message for the owner.

        Args:
            name: the caller's name.
            number: where to call back.
        """
        return "noted"


def _schemas(agent: Agent, *, strict: bool = True) -> list[dict]:
    return ToolContext(agent.tools).parse_function_tools("openai", strict=strict)


def test_each_calls_agent_gets_the_same_schemas_built_once(monkeypatch):
    tool_schemas.install()
    tool_schemas.install()  # idempotent: one cache layer, not two
    built: list[str] = []
    original = llm_utils.function_arguments_to_pydantic_model

    def counting(func):
        built.append(func.__name__)
        return original(func)

    monkeypatch.setattr(llm_utils, "function_arguments_to_pydantic_model", counting)
    monkeypatch.setattr(tool_schemas, "_cache", {})

    first, second = _schemas(_Desk()), _schemas(_Desk())  # two calls, two agents
    assert first == second
    assert sorted(built) == ["book", "take_message"]  # once per tool, not per request
    book = next(s for s in first if s["function"]["name"] == "book")["function"]
    assert book["strict"] is True
    assert set(book["parameters"]["properties"]) == {"day", "time"}
    assert "YYYY-MM-DD" in book["parameters"]["properties"]["day"]["description"]

    first[0]["function"]["parameters"]["properties"].clear()  # a caller's copy, not the cache's
    assert _schemas(_Desk()) == second

    legacy = _schemas(_Desk(), strict=False)  # the other builder is cached on its own
    assert legacy != second and sorted(built) == ["book", "book", "take_message", "take_message"]
    assert _schemas(_Desk(), strict=False) == legacy and len(built) == 4
