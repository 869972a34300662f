"""The phone-line end-of-turn rules: a caller who pauses inside a number keeps the floor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from livekit.agents import llm

from agent_worker.session import phone_turn_handling
from agent_worker.turn_taking import (
    THRESHOLD,
    Ending,
    PhoneTurnDetector,
    end_of_turn_likely,
    turn_ending,
)


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


@pytest.mark.parametrize(("text", "ending"), [
    ("What are your hours on Friday?", Ending.CLOSED),
    ("Alright, that's all, bye.", Ending.CLOSED),
    ("Thanks. Goodbye.", Ending.CLOSED),
    ("The best time is Thursday.", Ending.STATEMENT),
    ("I need a cleaning.", Ending.STATEMENT),
    ("I'll come at 3.", Ending.STATEMENT),
    ("Could you call me back on? 650 2 2", Ending.UNFINISHED),  # the STT's "?" after "on"
    ("So, uh,", Ending.UNFINISHED),
    ("My number is 415. 5 5 5 5 5 5 5 5 5 5 5", Ending.UNFINISHED),  # whisper looping
])
def test_questions_and_goodbyes_end_a_turn_at_once_statements_after_a_breath(text, ending):
    assert turn_ending(text) == ending


def test_a_yes_to_a_question_is_a_whole_answer():
    asked = "Shall I book Tuesday at 9 AM?"
    assert turn_ending("Yes, please.", asked=asked) == Ending.CLOSED
    assert turn_ending("That works.", asked=asked) == Ending.CLOSED
    assert turn_ending("Yes, that's correct.", asked=asked) == Ending.CLOSED
    assert turn_ending("No, that's right, thanks.", asked=asked) == Ending.CLOSED
    assert turn_ending("Yes.", asked="Your booking is confirmed.") == Ending.STATEMENT
    assert turn_ending("Yes, and", asked=asked) == Ending.UNFINISHED


def test_the_whole_answer_to_what_was_asked_ends_the_turn_at_once():
    """A name to "your name", a whole number to "your number", a short choice among the
    times offered: nothing is left to add, so no breath is waited for."""
    from agent_worker.flows import replies

    assert turn_ending("Maria Lopez.", asked=replies.ASK_NAME) == Ending.CLOSED
    assert turn_ending("It's James Carter.", asked=replies.ASK_NAME) == Ending.CLOSED
    assert turn_ending("Maria.", asked=replies.ASK_NAME) == Ending.STATEMENT  # a surname may follow
    assert turn_ending("My name is", asked=replies.ASK_NAME) == Ending.UNFINISHED
    whole = "Four one five, five five five, zero one two three."
    assert turn_ending(whole, asked=replies.ASK_NUMBER) == Ending.CLOSED
    assert turn_ending(whole) == Ending.STATEMENT  # said unasked: it may come with more
    assert turn_ending("Four one five, five five five.", asked=replies.ASK_NUMBER) == (
        Ending.UNFINISHED)
    offer = "I have Thursday at 2 PM or 3 PM. Which would you prefer?"
    assert turn_ending("The first one works for me.", asked=offer) == Ending.CLOSED
    assert turn_ending("The first one, and", asked=offer) == Ending.UNFINISHED
    # a day said to "what day and time" is where callers add "or maybe Friday"; a day with a
    # time or a part of the day answers it whole
    assert turn_ending("The best time is Thursday.", asked=replies.ASK_TIME) == Ending.STATEMENT
    assert turn_ending("Thursday afternoon would be best.", asked=replies.ASK_TIME) == (
        Ending.CLOSED)
    assert turn_ending("Um, next Monday at ten thirty works.", asked=replies.ASK_TIME) == (
        Ending.CLOSED)
    assert turn_ending("Thursday afternoon would be best.") == Ending.STATEMENT  # unasked
    assert turn_ending("Thursday afternoon or", asked=replies.ASK_TIME) == Ending.UNFINISHED
    assert turn_ending("Sometime in the morning.", asked=replies.ASK_TIME) == Ending.STATEMENT


def test_a_goodbye_the_recogniser_wrote_as_by_is_finished():
    assert turn_ending("Alright, that's all by.") == Ending.CLOSED
    assert turn_ending("Okay, thank you, by.") == Ending.CLOSED
    assert turn_ending("Can you call me back by") == Ending.UNFINISHED
    assert turn_ending("I'll come in by") == Ending.UNFINISHED


def test_a_request_closed_with_a_courtesy_is_finished():
    from agent_worker.flows import replies

    assert turn_ending("Just that I'd like a price for a crown, please.",
                       asked=replies.ASK_REASON) == Ending.CLOSED
    assert turn_ending("I need a cleaning, thank you.") == Ending.CLOSED
    assert turn_ending("I need a cleaning, please, and") == Ending.UNFINISHED
    assert turn_ending("My number is four one five, please",
                       asked=replies.ASK_NUMBER) == Ending.UNFINISHED


async def test_a_statement_keeps_the_floor_for_a_breath_and_unread_words_are_waited_for():
    """After the caller stops, a statement is answered only `statement_wait` later (LiveKit
    cancels the wait when they go on); a question at once; nothing while words are in the STT."""
    import asyncio
    import time

    from livekit.agents import AgentSession
    from livekit.agents.voice.events import UserStateChangedEvent

    busy = [False]
    detector = PhoneTurnDetector(statement_wait=0.5, transcribing=lambda: busy[0])
    session = AgentSession()
    detector.attach(session)
    session.emit("user_state_changed",
                 UserStateChangedEvent(old_state="speaking", new_state="listening"))
    ctx = llm.ChatContext()
    ctx.add_message(role="user", content="The best time is Thursday.")
    started = time.monotonic()
    assert await detector.predict_end_of_turn(ctx) > THRESHOLD
    assert time.monotonic() - started >= 0.4
    ctx.add_message(role="user", content="Are you open then?")
    started = time.monotonic()
    assert await detector.predict_end_of_turn(ctx) > THRESHOLD
    assert time.monotonic() - started < 0.4
    busy[0] = True  # words on their way: nothing is judged until they are in
    judged = asyncio.ensure_future(detector.predict_end_of_turn(ctx))
    await asyncio.sleep(0.2)
    assert not judged.done()
    busy[0] = False  # (here a transcript that turned out empty: the words already in count)
    assert await judged > THRESHOLD


def test_a_question_the_recogniser_wrote_without_its_mark_is_finished():
    """Whisper drops the "?" of a question now and then; its word order still says it is one.
    A question that stops on its verb ("Do you have") is where the caller goes on."""
    assert turn_ending("I'm a bit nervous about the dentist. Is that normal") == Ending.CLOSED
    assert turn_ending("How much is a filling") == Ending.CLOSED
    assert turn_ending("Do you have anything on Friday") == Ending.CLOSED
    assert turn_ending("Do you have") == Ending.STATEMENT
    assert turn_ending("Can I") == Ending.STATEMENT
    assert turn_ending("What I need is a cleaning") == Ending.STATEMENT
    assert turn_ending("When I called last week they told me") == Ending.STATEMENT


def test_a_short_yes_or_no_to_a_yes_no_question_is_a_whole_answer():
    asked = "Have you been to our office before, or would you be a new patient?"
    assert turn_ending("No, I'd be a new patient.", asked=asked) == Ending.CLOSED
    assert turn_ending("Yes, I came last year.", asked=asked) == Ending.CLOSED
    # one that goes on is a statement like any other
    assert turn_ending("No, but my husband has been there.", asked=asked) == Ending.STATEMENT
    assert turn_ending("No, I'd be a new patient.", asked="We open at eight.") == (
        Ending.STATEMENT)
    assert turn_ending("No, I'd be a new patient.",
                       asked="What day and time would work best for you?") == Ending.STATEMENT
