"""Callers who say what the development sets' callers said, another way (issue 14): the same
lines with fillers, without punctuation, with or without contractions, numbers in words, a
greeting and thanks, or everyday synonyms (`bench/eval_scenarios.py --perturb`), fixed by
failure kind. Phrasings are this file's own; all of it runs on the real appointment book."""

from __future__ import annotations

import re

import pytest

from agent_worker.flows import intents
from agent_worker.flows.names import offered_name
from agent_worker.flows.text import said_short, without_fillers
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import seed_booking
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.parametrize("line", [
    "Um, um, thanks, bye.", "um um thanks bye", "Um, so, uh, yes.", "Uh, I need um, a cleaning.",
    "Um, okay. Um, that's all.",
])
def test_an_english_callers_um_is_no_portuguese(line):
    assert intents.other_language(line) is None


@pytest.mark.parametrize("line, code", [
    ("Um, tenho um problema com a fatura.", "pt"), ("Olá, eu queria marcar uma consulta.", "pt"),
    ("Um, hola, necesito una cita para mi hijo.", "es"),
])
def test_a_line_in_another_language_is_still_heard_as_one(line, code):
    assert intents.other_language(line) == code


@pytest.mark.parametrize("line, heard", [
    ("Uh, the doctor already called me.", "The doctor already called me."),
    ("Well, you know, and the seller brings it there, right?",
     "And the seller brings it there, right?"),
    ("Um, so, uh, no, it's 0193.", "No, it's 0193."),
    ("i um need a cleaning", "i need a cleaning"),
    ("It's, like, Thursday at three.", "It's, Thursday at three."),
    ("Uhm, yes.", "Yes."),
    # what is not a filler stays: a correction's "I mean", "like" as a verb, a question's "you know"
    ("Thursday, I mean, Friday.", "Thursday, I mean, Friday."),
    ("I'd like Thursday.", "I'd like Thursday."),
    ("Do you know if you're open?", "Do you know if you're open?"),
    ("H, U, T, C, H", "H, U, T, C, H"),
    ("Um...", "Um..."),  # nothing else: left for the silence and noise handling
    ("Er, Thursday.", "Thursday."),
    # "the ER" is the emergency room, never a sound
    ("I don't want to go to the ER, I just want to be seen.",
     "I don't want to go to the ER, I just want to be seen."),
])
def test_the_sounds_between_a_callers_words_are_not_read_as_words(line, heard):
    assert without_fillers(line) == heard


@pytest.mark.parametrize("line, short", [
    ("that is all right", "that's all right"), ("i would like a cleaning", "i'd like a cleaning"),
    ("it is not urgent, i do not think", "it's not urgent, i don't think"),
    ("we cannot make it", "we can't make it"), ("what time is it", "what time is it"),
])
def test_words_said_in_full_read_as_their_short_forms(line, short):
    assert said_short(line) == short


@pytest.mark.django_db
def test_that_is_all_right_before_a_request_is_no_goodbye(fleet):
    flow = _flow("t_dental")
    replies = _talk(flow, "Hello? Oh, is this the computer? That is all right. I would like to "
                          "leave a message for the office, please.")
    assert not flow.state.ended and re.search(r"name", replies[0], re.I), replies


@pytest.mark.django_db
def test_a_request_closed_with_that_is_all_is_no_goodbye_but_that_is_all_alone_is(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I have a loose crown, I would like the dentist to look at it, that is all.")
    assert not flow.state.ended
    flow = _flow("t_dental")
    replies = _talk(flow, "What are your hours on Friday?", "Okay. That is all, thank you.")
    assert flow.state.ended or re.search(r"bye", replies[-1], re.I), replies


@pytest.mark.django_db
@pytest.mark.parametrize("opener", ["", "Uh, ", "Well, you know, "])
def test_no_longer_needing_to_come_in_is_said_of_the_cancellation_not_a_booking(fleet, opener):
    """Asked the name on the appointment being cancelled, 'the doctor already called me, so I
    don't need to come in anymore' is the reason, not a visit wanted."""
    flow = _flow("t_clinic", caller="+13125550177")
    seed_booking(flow, "2026-03-13 10:20", "Brian Mbeki", "+13125550177")
    replies = _talk(flow, "Hi, I've got a follow-up on Friday the thirteenth at ten twenty and I "
                          "need to cancel it.",
                    f"{opener}the doctor already called me with the results, so I don't need to "
                    "come in anymore.", "The name is Brian Mbeki.", "Yes please.")
    assert not re.search(r"new patient", " ".join(replies), re.I), replies
    assert ("2026-03-13 10:20", "Brian Mbeki", "cancelled") in _appointments(flow)


@pytest.mark.parametrize("line", ["I don't need to come in anymore.",
                                  "I no longer need to come in, it cleared up.",
                                  "We won't need to bring him in after all."])
def test_a_visit_no_longer_needed_is_no_booking(line):
    assert not intents.wants_booking(line) and intents.declines_booking(line)


@pytest.mark.django_db
@pytest.mark.parametrize("closing", ["that's all.", "that's all, thank you.",
                                     "that's all, thanks."])
def test_a_request_closed_with_that_is_all_and_thanks_still_wants_it(fleet, closing):
    flow = _flow("t_dental")
    replies = _talk(flow, f"I'd like the dentist to look at my loose crown, {closing}")
    assert not flow.state.ended and not re.search(r"goodbye", replies[0], re.I), replies


@pytest.mark.django_db
@pytest.mark.parametrize("closing", ["Okay, that's all, thank you.", "That's all, thanks. Bye.",
                                     "I'd like the crown looked at, that's all, bye."])
def test_that_is_all_with_thanks_alone_or_a_bye_still_ends_the_call(fleet, closing):
    flow = _flow("t_dental")
    replies = _talk(flow, "What are your hours on Friday?", closing)
    assert re.search(r"goodbye", replies[-1], re.I), replies


@pytest.mark.django_db
@pytest.mark.parametrize("line, urgent", [
    ("Hi, olá bom dia, eu não falo muito inglês, eu preciso marcar a vacina do meu cachorro.",
     False),
    ("Hi, hola, buenos días, necesito una cita para la vacuna de mi gato.", False),
    ("Hi, meu cachorro comeu chocolate e está vomitando.", True),
])
def test_a_greeting_in_english_before_another_language_does_not_make_it_urgent(fleet, line,
                                                                               urgent):
    flow = _flow("t_vet")
    replies = _talk(flow, line)
    assert flow.state.urgent is urgent, replies


@pytest.mark.django_db
@pytest.mark.parametrize("same", ["phone number", "number"])
def test_a_cancellation_agreed_with_its_number_said_to_be_the_same_is_made(fleet, same):
    """'No, I don't want another time. Just cancel that one, please. It's the same number as on
    the booking' at a cancellation's question: cancelled, no number 'updated'; and the same
    cancellation asked again by name and time is told it is done, never booked anew."""
    flow = _flow("t_auto", caller="+13125550177")
    seed_booking(flow, "2026-03-16 09:30", "Gina Russo", "+13125550177")
    replies = _talk(flow, "Hi, I've got my car booked in Monday morning, and I need to cancel it.",
                    "It's under Gina Russo, Monday the sixteenth at nine thirty, for the brake "
                    "inspection.",
                    f"No, I don't want another time. Just cancel that one, please. It's the same "
                    f"{same} as on the booking, I'm calling from it.",
                    "Yes, cancel Gina Russo, Monday the sixteenth at nine thirty.")
    assert ("2026-03-16 09:30", "Gina Russo", "cancelled") in _appointments(flow)
    assert not any("updated" in r for r in replies), replies
    assert re.search(r"done|cancelled", replies[-1]) and flow.state.task == "", replies


@pytest.mark.parametrize("line, name", [
    ("my name is frank bishop frank f r a n k bishop like the chess piece", "Frank Bishop"),
    ("my name is summer nguyen summer like the season n g u y e n", "Summer Nguyen"),
    ("my name is brooke fields brooke with an e", "Brooke Fields"),
    ("My name is Frank Bishop. Frank, F-R-A-N-K.", "Frank Bishop"),
])
def test_a_first_name_said_again_to_spell_it_is_not_part_of_the_name(line, name):
    """As a recogniser without punctuation writes it: the first name said again starts its
    spelling or its explanation, it is not a third word of the name."""
    assert offered_name(line) == name


@pytest.mark.django_db
@pytest.mark.parametrize("whose", ["It's for", "It is for"])
def test_a_name_given_in_full_forms_is_read_as_in_short_ones(fleet, whose):
    flow = _flow("t_plumb", caller="+13125552221")
    replies = _talk(flow, "My toilet keeps running. Could someone come Monday at one?",
                    "It's 9 Maple Drive, 10001, and it's my own house.",
                    f"{whose} Theo Nakamura, N, A, K, A, M, U, R, A, and this cell is the best "
                    "number.")
    assert flow.state.caller_name == "Theo Nakamura", replies


def test_full_forms_are_said_short_with_the_callers_capitals():
    assert without_fillers("I am Ana. What is the price? Please let us know.") == (
        "I'm Ana. What's the price? Please let us know.")
