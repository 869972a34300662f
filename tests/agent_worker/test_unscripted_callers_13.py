"""Callers as the seventeenth development set showed them (issue 14: callers with feelings and
doubts: anxious, upset, hard of hearing, sceptical), and a booking said again in full just after
it was made, fixed by failure kind: whether one is talking to a person, unhappiness with the
business heard and said sorry for once, a toxin eaten named many words later, a price asked
beside a diagnosis, "What's the price?" of what was just named, and a visit wanted after a call
back was asked for. Phrasings are this file's own; all of it runs on the real appointment
book."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.process import process_question
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.parametrize("line", [
    "Wait, am I actually speaking to a human?",
    "Am I even talking to a real person right now?",
])
def test_whether_one_is_talking_to_a_person_is_a_question_about_the_call(line):
    assert process_question(line) == "is_ai"


@pytest.mark.django_db
def test_asked_if_it_is_a_person_the_receptionist_says_it_is_not(fleet):
    said = _talk(_flow("t_law"), "Am I even speaking with an actual person?")
    assert "virtual" in said[0] and "automated" in said[0]


@pytest.mark.parametrize("line, unhappy", [
    ("Honestly I'm pretty frustrated, I had to wait forty minutes past my time.", True),
    ("Nobody from your office ever called me back about the quote.", True),
    ("The last trim was so rushed and it came out uneven.", True),
    ("I'm not upset, I just need to move my appointment.", False),
    ("I'm thrilled with how it turned out, I'd like to book again.", False),
])
def test_unhappiness_with_the_business_is_read_in_so_many_words(line, unhappy):
    assert intents.dissatisfied(line) is unhappy


@pytest.mark.django_db
def test_an_unhappy_caller_hears_sorry_once_and_the_call_goes_on(fleet):
    said = _talk(_flow("t_dental"), "I'm a bit annoyed, nobody called me back last week. I'd "
                                    "like a cleaning.", "I'm still annoyed about that, honestly.")
    assert said[0].startswith("I'm sorry about that.")
    assert not said[1].startswith("I'm sorry about that.")


@pytest.mark.parametrize("line", [
    "Our puppy chewed up and swallowed half a pack of my sugar-free mints.",
    "The label on the gum he ate says xylitol.",
])
def test_a_toxin_eaten_is_a_vet_emergency_however_far_it_is_named(line):
    assert intents.emergency("veterinary", line)


@pytest.mark.django_db
def test_a_price_asked_beside_a_diagnosis_is_the_services_price(fleet):
    said = _talk(_flow("t_auto"), "My check engine light is on and I'm worried, is it serious?",
                 "Okay. How much is it to have it looked at?")
    assert "$129" in said[1]


@pytest.mark.django_db
def test_whats_the_price_after_a_named_service_is_its_price(fleet):
    said = _talk(_flow("t_salon"), "I want a blowout for Saturday. What's the price?")
    assert "$45" in said[0]


@pytest.mark.django_db
def test_a_visit_wanted_after_a_call_back_was_asked_for_is_booked(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I'd rather speak to somebody in the office.",
          "Fine. I need a cleaning, I've been a patient for years.", "It's Lou Baines.",
          "Monday the 16th at ten in the morning, please.", "Yes, this number.", "Yes, book it.")
    assert [a[:2] for a in _appointments(flow)] == [("2026-03-16 10:00", "Lou Baines")]
    assert _messages(flow) == []


@pytest.mark.django_db
def test_a_booking_said_again_in_full_just_after_it_was_made_is_not_made_twice(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Book me a blowout Saturday the 14th at 11 with anyone. I'm Ava Rhee, "
                       "this number's fine.",
                 "Yes, the blowout on Saturday the 14th at 11, please book it.")
    assert said[1].startswith("Yes, that's booked")
    assert len(_appointments(flow)) == 1


@pytest.mark.parametrize("schema, line", [
    ("t_clinic", "There's a bump on my wrist. Should I be worried?"),
    ("t_clinic", "My mole changed color, is that something bad?"),
    ("t_law", "My ex is taking me to court. Are we going to lose the house?"),
])
@pytest.mark.django_db
def test_a_frightened_callers_question_for_a_verdict_gets_the_no_advice_answer(fleet, schema,
                                                                            line):
    said = _talk(_flow(schema), line)
    assert "not able to give" in said[0]
