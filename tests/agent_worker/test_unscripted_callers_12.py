"""Callers as the sixteenth development set showed them (issue 14: callers who ramble, digress
and carry several things in one call), fixed by failure kind: a second booking for someone else
after the first, a question asked "before you book it", a count that is no clock time, an hour
said as a window, details said early in a long story (an address on a numbered street, having
been seen before), a yes that adds to a message, an adult tooth knocked out, the caller's own
name said beside the patient's in an emergency, a caller writing Cyrillic, how long a service
named earlier in the line takes, something cheaper named, and a kind of vehicle asked about.
Phrasings are this file's own; all of it runs on the real appointment book."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent_worker.flows import intents
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

# --- two bookings in one call ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_second_booking_for_someone_else_is_under_their_name_and_for_their_service(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Could I get a blowout Friday the 13th at two with anyone? It's for me, "
                       "Dana Pryce.", "Yes, this number's fine.", "Yes, please book it.",
                 "And could you squeeze in my daughter, Lily Pryce, for a kids' haircut at three "
                 "the same day? Anyone is fine.",
                 "Yes, book that one too.")
    assert "Dana Pryce" in said[1]
    assert "Lily Pryce" in said[3] and "blowout" not in said[3].lower()
    assert [a[:2] for a in _appointments(flow)] == [("2026-03-13 14:00", "Dana Pryce"),
                                                    ("2026-03-13 15:00", "Lily Pryce")]


# --- times, counts and questions on the way --------------------------------------------------


@pytest.mark.parametrize("line, at", [
    ("Just two quick questions first.", None),
    ("One more thing, is there parking?", None),
    ("Monday, the eleven o'clock window if you have it", "11:00"),
    ("Thursday, in the one o'clock slot", "13:00"),
])
def test_counts_are_no_clock_times_and_windows_are(line, at):
    now = datetime.fromisoformat(str(TUESDAY_9AM))
    when = parse_when(line, now=now, expect_time=True)
    assert (when.at.strftime("%H:%M") if when and when.at else None) == at


@pytest.mark.django_db
def test_a_question_asked_before_you_book_it_is_answered_and_the_booking_read_back(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'm a patient there, I'd like a cleaning Monday the 16th at nine. It's "
                       "Owen Hart.",
                 "Wait, one thing before you book it: how much notice do you need to cancel? "
                 "And yes, the number I'm calling from is good.")
    assert "notice" in said[1] and "Shall I book that?" in said[1]
    assert _appointments(flow) == []


@pytest.mark.django_db
def test_details_said_early_in_a_long_story_are_not_asked_for_again(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "So the kitchen sink has been draining slowly for a week and my "
                       "roommate tried a plunger, no luck. We're at 72 East 14th Street, "
                       "apartment 2, 10003. Can someone come?")
    assert "address" not in said[0].lower()
    clinic = _flow("t_clinic")
    said = _talk(clinic, "I'd like a physical. I've been seen at your Main Street office before, "
                         "years ago.")
    assert "new patient" not in said[0].lower()


# --- messages and emergencies ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_yes_that_adds_to_a_message_keeps_what_the_message_was_about(fleet):
    flow = _flow("t_auto")
    _talk(flow, "Could someone call me about the noise my Civic makes when it turns? It's "
                "Pia Lund, this number.",
          "Yes, and tell them I can drop it off any morning.")
    [message] = _messages(flow)
    assert "noise" in message.reason and "any morning" in message.reason


@pytest.mark.parametrize("line, urgent", [
    ("My daughter fell off her bike and her front tooth got knocked clean out.", True),
    ("His permanent tooth came right out when he hit the pool wall.", True),
    ("My son's baby tooth fell out last night, should he come in?", False),
])
def test_an_adult_tooth_out_is_a_dental_emergency_and_a_baby_tooth_is_not(line, urgent):
    assert intents.emergency("dental", line) is urgent


@pytest.mark.django_db
def test_in_an_emergency_the_callers_own_name_said_beside_the_patients_is_kept(fleet):
    flow = _flow("t_dental")
    _talk(flow, "My son's front tooth came completely out at soccer. My name is Joan Reyes, "
                "his name is Sam, please call me on this number.", "Yes, please.")
    [message] = _messages(flow)
    assert message.caller_name == "Joan Reyes" and message.urgent


@pytest.mark.django_db
def test_a_caller_writing_cyrillic_leaves_a_message_under_their_own_name(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "Здравствуйте, у вас есть кто-нибудь, кто говорит по-русски? Моя собака "
                       "хромает.",
                 "Меня зовут Ирина Волкова.", "Да.", "Да, спасибо. До свидания.")
    assert "Извините" in said[0]
    [message] = _messages(flow)
    assert message.caller_name == "Ирина Волкова"
    assert "Goodbye" in said[-1]


# --- answers ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_how_long_it_takes_about_a_service_named_earlier_in_the_line(fleet):
    said = _talk(_flow("t_dental"), "My teeth have gotten so yellow from tea, so I'm thinking "
                                    "about in-office whitening before my trip. How long does it "
                                    "take?")
    assert "hour and a half" in said[0]


@pytest.mark.django_db
def test_a_cheaper_service_named_is_priced(fleet):
    said = _talk(_flow("t_salon"), "How much are full highlights?",
                 "Hmm, is there something cheaper, like a single-process color?")
    assert "$95" in said[1]


@pytest.mark.parametrize("line", ["Do you work on hybrids?", "Can you guys fix a minivan?"])
@pytest.mark.django_db
def test_a_kind_of_vehicle_asked_about_is_the_makes_and_models_answer(fleet, line):
    said = _talk(_flow("t_auto"), line)
    assert "domestic and import" in said[0]
