"""The receptionist Agent in a text-mode AgentSession: its tools do real work in the business's
schema. The LLM is an OpenAI-compatible local server scripted turn by turn (the embedded 0.5B
model cannot call tools), so what is under test is the agent, its tools and the framework.

The caller lines are ones the call flow cannot place (agent_worker/flows), so the turn goes to
the model with the tools, as an open turn does for a model that can call them."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context
from livekit.agents import AgentSession

from agent_worker.agent import CallState, Receptionist
from agent_worker.db import call_db
from calls.analytics_service import call_start
from calls.models import Appointment, CallbackMessage, CallTransfer
from tests.voice.servers.openai_server import OpenAIScript, OpenAIServer, ToolCallScript
from voice.llm.openai import build_openai_llm

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thread_db_cleanup")]
MONDAY_9AM = datetime(2031, 1, 6, 9, 0)  # a Monday
OPEN_LINE = "How does it work with you? My sister recommended you."  # nothing the flow places


class ScriptedOpenAIServer(OpenAIServer):
    """Answers each request with the next script: tool call, then the spoken reply, ..."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: deque[OpenAIScript] = deque()

    async def _completions(self, request):
        if self.scripts:
            self.script = self.scripts.popleft()
        return await super()._completions(request)

    def then_call(self, name: str, **arguments: object) -> None:
        self.scripts.append(OpenAIScript(fragments=[], tool_calls=[
            ToolCallScript(name, json.dumps(arguments), call_id=f"call_{len(self.scripts)}")]))

    def then_say(self, text: str) -> None:
        self.scripts.append(OpenAIScript(fragments=[text]))

    def tool_outputs(self) -> list[str]:
        outputs = []
        for request in self.requests_to("/v1/chat/completions"):
            outputs += [m["content"] for m in request.json()["messages"] if m["role"] == "tool"]
        return outputs




def _clock(config, local: datetime):
    instant = local.replace(tzinfo=ZoneInfo(config.timezone))
    return lambda: instant


async def _talk(server, config, caller_line: str, *more_lines: str, **state_options):
    state = CallState(config=config, caller_number="+14155550100",
                      clock=_clock(config, MONDAY_9AM), **state_options)
    model = build_openai_llm(model="gpt-4.1-mini", api_key="sk-test",
                             base_url=f"{server.url}/v1")
    async with AgentSession[CallState](llm=model, userdata=state) as session:
        await session.start(Receptionist(config, now=state.clock()), record=False)
        result = await session.run(user_input=caller_line)
        for line in more_lines:
            result = await session.run(user_input=line)
    return state, result


def _count(schema: str, model) -> int:
    with schema_context(schema):
        return model.objects.count()


async def test_it_books_an_offered_slot(server, configs):
    config = configs["t_dental"]
    server.then_call("check_availability", day="2031-01-07")
    server.then_call("book_appointment", start="2031-01-07T08:00", caller_name="Ann Lee",
                     callback_number="(415) 555-0142", reason="cleaning")
    server.then_say("So that's Ann Lee, Tuesday at 8 AM. Shall I book that?")
    state, result = await _talk(server, config, OPEN_LINE)

    result.expect.contains_function_call(name="check_availability")
    result.expect.contains_function_call(name="book_appointment")
    outputs = server.tool_outputs()
    assert outputs[0].startswith("Open times: Tuesday, January 7th at 8 AM")
    # the model's booking is read back first, digit by digit; nothing is written yet
    assert outputs[-1] == ("Not booked yet. Say this to the caller, word for word: So that's "
                           "Ann Lee, Tuesday, January 7th at 8 AM, and your number is 4 1 5, "
                           "5 5 5, 0 1 4 2. Shall I book that?")
    assert state.booked_appointment is None and state.outcome != "booked"
    assert await sync_to_async(_count)("t_dental", Appointment) == 0

    # the same call, once more, with the caller's yes: the flow writes it
    server.then_call("check_availability", day="2031-01-07")
    server.then_call("book_appointment", start="2031-01-07T08:00", caller_name="Ann Lee",
                     callback_number="(415) 555-0142", reason="cleaning")
    server.then_say("So that's Ann Lee, Tuesday at 8 AM. Shall I book that?")
    state, result = await _talk(server, config, OPEN_LINE, "Yes, that's right.")
    said = [e.item.text_content for e in result.events if e.type == "message"][-1]
    assert "all set" in said and state.outcome == "booked"

    def stored():
        with schema_context("t_dental"):
            a = Appointment.objects.get(pk=state.booked_appointment)
            return a.caller_name, a.callback_number, a.starts_at
    name, number, starts = await sync_to_async(stored)()
    assert (name, number) == ("Ann Lee", "+14155550142")
    assert starts == datetime(2031, 1, 7, 8, 0, tzinfo=ZoneInfo(config.timezone))


async def test_it_refuses_a_taken_slot_and_offers_the_nearest(server, configs):
    config = configs["t_dental"]

    def book_first():
        from calls.appointments import appointment_book
        with schema_context("t_dental"):
            appointment_book(config=config, caller_name="First Caller",
                             starts_at=datetime(2031, 1, 7, 10, 0,
                                                tzinfo=ZoneInfo(config.timezone)),
                             callback_number="+14155550111", now=_clock(config, MONDAY_9AM)())
    await sync_to_async(book_first)()
    server.then_call("check_availability", day="2031-01-07", preferred_time="10:00")
    server.then_call("book_appointment", start="2031-01-07T10:00", caller_name="Bo Chen",
                     callback_number="4155550143")
    server.then_say("That time was just taken, sorry.")
    state, _ = await _talk(server, config, OPEN_LINE)

    outputs = server.tool_outputs()
    assert outputs[0].startswith("That time is not available. The closest open times are:")
    assert "at 10 AM" not in outputs[0]
    assert "not available" in outputs[1] or "taken" in outputs[1], outputs[1]
    assert state.booked_appointment is None
    assert await sync_to_async(_count)("t_dental", Appointment) == 1


async def test_it_takes_a_message(server, configs):
    server.then_call("take_message", caller_name="Dana Cruz", callback_number="212-555-0144",
                     reason="question about a consultation", urgent=True)
    server.then_say("Let me read that back. Shall I pass that on?")
    state, _ = await _talk(server, configs["t_law"], "I'm calling about a family matter, what "
                                                      "happens next?", "Yes please.")
    assert server.tool_outputs()[0] == (
        "Not passed on yet. Say this to the caller, word for word: Let me read that back: a "
        "message from Dana Cruz, on 2 1 2, 5 5 5, 0 1 4 4, about: question about a "
        "consultation. Shall I pass that on?")
    assert state.outcome == "message_taken"  # written on the caller's yes, by the flow

    def stored():
        with schema_context("t_law"):
            return list(CallbackMessage.objects.values_list("caller_name", "urgent"))
    assert await sync_to_async(stored)() == [("Dana Cruz", True)]


async def test_it_transfers_during_opening_hours_only(server, configs):
    transfers = []

    async def transfer(number: str) -> None:
        transfers.append(number)

    config = replace(configs["t_plumb"], transfer_number="+13125550199")

    def a_call() -> int:
        with schema_context("t_plumb"):
            return call_start(client_id="t_plumb", caller_number="+14155550100").pk

    def transfers_recorded(call_pk: int) -> list[tuple[str, str]]:
        with schema_context("t_plumb"):
            return list(CallTransfer.objects.filter(call_id=call_pk)
                        .values_list("number", "reason"))

    call_pk = await call_db(a_call)()
    server.then_call("transfer_to_human", reason="wants the owner")
    server.then_say("Connecting you now.")
    # (a line the flow cannot place, so the model decides; "Is the owner around today?" is put
    # through by the flow itself now)
    state, _ = await _talk(server, config, "Who runs the company these days, is it still Bob?",
                           transfer=transfer, call_pk=call_pk)
    assert transfers == ["+13125550199"] and state.outcome == "transferred"
    # the call's own record of it, which its outcome and summary are read from
    assert await call_db(transfers_recorded)(call_pk) == [("+13125550199", "wants the owner")]

    closed = replace(config, business_hours={"mon": [["13:00", "17:00"]]})
    server.then_call("transfer_to_human", reason="wants the owner")
    server.then_say("Nobody is in right now.")
    state, _ = await _talk(server, closed, "Who runs the company these days, is it still Bob?",
                           transfer=transfer)
    assert transfers == ["+13125550199"] and not state.transferred
    assert server.tool_outputs()[-1].startswith("The office is closed right now")


async def test_the_agent_knows_the_business_the_clock_and_what_it_must_not_say(configs):
    config = configs["t_law"]
    agent = Receptionist(config, now=_clock(config, MONDAY_9AM)())
    assert agent.instructions.startswith(config.system_prompt)
    assert "Monday, January 06, 2031, 09:00 AM" in agent.instructions
    assert config.safe_alternative in agent.instructions
    for handler in config.objection_handlers.values():
        assert handler in agent.instructions
