"""The phone-line end-of-turn rules: a caller who pauses inside a number keeps the floor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from livekit.agents import llm

from agent_worker.session import phone_turn_handling
from agent_worker.turn_taking import THRESHOLD, PhoneTurnDetector, end_of_turn_likely


@pytest.mark.parametrize("text", [
    "My number is four one five,",
    "My number is 415",
    "My number is 415 555",
    "it's six five zero, two two two",
    "I'd like to book, um",
    "I'd like to book a cleaning for",
    "My name is",
    "The best time is Thursday or",
    "So, uh...",
    "Could you call me back on 650",
])
def test_it_waits_for_a_caller_who_stopped_mid_phrase(text):
    assert not end_of_turn_likely(text)


@pytest.mark.parametrize("text", [
    "What are your hours on Friday?",
    "My number is 415 555 0123.",
    "It's four one five five five five zero one two three.",
    "I'd like to book a cleaning for next Tuesday.",
    "Thanks, goodbye.",
    "Yes.",
    "Maria Lopez.",
    "Is 3 o'clock free?",
    "Call me back please.",
])
def test_it_answers_a_caller_who_has_finished(text):
    assert end_of_turn_likely(text)


@given(st.text(max_size=200))
def test_it_never_fails_on_any_transcript(text):
    assert end_of_turn_likely(text) in (True, False)


async def test_the_detector_reads_the_last_caller_line_of_the_conversation():
    detector = PhoneTurnDetector()
    ctx = llm.ChatContext()
    ctx.add_message(role="assistant", content="What number can we reach you on?")
    ctx.add_message(role="user", content="It's four one five,")
    assert await detector.predict_end_of_turn(ctx) < await detector.unlikely_threshold("en")
    ctx.add_message(role="user", content="five five five zero one two three.")
    assert await detector.predict_end_of_turn(ctx) > THRESHOLD
    assert await detector.supports_language("en")


def test_each_call_gets_its_own_turn_handling_with_the_phone_detector():
    first, second = phone_turn_handling(), phone_turn_handling()
    assert isinstance(first["turn_detection"], PhoneTurnDetector)
    assert first["endpointing"]["min_delay"] < first["endpointing"]["max_delay"]
    assert first["endpointing"] is not second["endpointing"]


@pytest.mark.parametrize("text", ["Hi,", "Hello.", "So,", "Okay.", "Hi there."])
def test_an_opener_alone_is_not_the_turn(text):
    assert not end_of_turn_likely(text)


def test_okay_answers_a_question_but_only_opens_a_turn_otherwise():
    assert end_of_turn_likely("Okay.", asked="Shall I book Tuesday at ten?")
    assert not end_of_turn_likely("Okay.", asked="We open at eight.")


def test_after_being_asked_for_a_number_the_caller_keeps_the_floor_until_it_is_all_there():
    asked = "What's the best number to reach you on?"
    assert not end_of_turn_likely("It's 415 555.", asked=asked)
    assert not end_of_turn_likely("Four one five, five five five?", asked=asked)
    assert end_of_turn_likely("It's 415 555 0123.", asked=asked)
    assert end_of_turn_likely("Actually, could you just transfer me?", asked=asked)


async def test_the_detector_takes_the_question_from_the_receptionist_s_last_line():
    detector = PhoneTurnDetector()
    ctx = llm.ChatContext()
    ctx.add_message(role="assistant", content="And a number we can call you back on?")
    ctx.add_message(role="user", content="Sure, 650 222.")
    assert await detector.predict_end_of_turn(ctx) < THRESHOLD
