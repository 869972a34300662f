"""Callers as the tenth development set showed them (issue 14: callers as transcribed from real
calls to small businesses), fixed by failure kind: a clock time written joined ("eight-forty"),
a day put right after "oh, no" or ruled out ("he's got therapy Thursday. Friday."), "well,
nine-thirty", a day ruled out ("any afternoon except Wednesday"), a time said with a word like
"first", an evening hour said without PM, a short
question that asks for a day ("Tuesday morning?"), a question beside the answer to the one asked,
a yes said indirectly ("That should be fine.", "go for it", "sim"), a number put right in its
last group, the number read back said again, a call-back wished for, "I'll talk it over and call
you back", a booking only supposed, "it's about due", a listing seen and a showing wanted, a
lawyer wanted at a law firm, the signs of a stroke, a sewage backup, and a caller in Spanish or
Portuguese said in a longer line. Phrasings are this file's own; all of it runs on the real
appointment book and intent model."""

from __future__ import annotations

from datetime import date

import pytest

from agent_worker.flows import intents
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.state import Task
from agent_worker.flows.text import is_yes
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

# --- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize("line, day, hour, minute", [
    ("Wednesday at ten-forty", 11, 10, 40),
    ("could you do Friday, at two-fifteen?", 13, 14, 15),
    ("Monday the 16th. Well, nine-thirty would suit better.", 16, 9, 30),
    ("Thursday the 12th at three? Oh, no, that's the school run. Friday the 13th at three.", 13,
     15, 0),
    ("Maybe Wednesday. Actually no, she has dialysis Wednesday. Thursday. Thursday at ten.", 12,
     10, 0),
    ("Any morning but Thursday works. Friday at nine?", 13, 9, 0),
    ("Some time next week, except Monday. Tuesday at two?", 17, 14, 0),
])
def test_times_and_days_as_people_say_them(line, day, hour, minute):
    when = parse_when(line, now=TUESDAY_9AM, expect_time=True)
    assert when.day_from == date(2026, 3, day), line
    assert (when.at.hour, when.at.minute) == (hour, minute), line


def test_yeses_said_indirectly():
    for line in ("That should be fine.", "I believe that's right.", "I suppose so.",
                 "Go for it.", "Mm-hm.", "Sim, pode ser.", "That'll do."):
        assert is_yes(line), line
    assert not is_yes("That should be fixed first.")


def test_a_number_put_right_in_its_last_group():
    said = "My cell is two one two, five five five, zero four six. Sorry, no, zero one four six."
    assert find_phone_number(said, region="US") == "+12125550146"
    # a whole number said, then a time: the number stands
    assert find_phone_number("212 555 0146, actually at 2 30", region="US") == "+12125550146"


def test_wishes_said_in_passing():
    assert intents.wants_message("She'd really like a callback when the doctor is free.")
    assert intents.never_mind("Let me check with my husband and get back to you later.")
    assert not intents.wants_booking("And if I book a visit and can't come, what happens?")


def test_the_signs_of_a_stroke_and_a_sewage_backup():
    assert intents.emergency("medical_clinic", "My husband's talking all slurred and his mouth "
                                               "is drooping on the left.")
    assert intents.emergency("salon", "a client's face went droopy on one side and her words "
                                      "are slurring")
    assert intents.emergency("home_services", "The laundry drain keeps backing up and it's "
                                              "raw sewage on the floor.")
    assert not intents.emergency("home_services", "The bathroom sink drains slowly.")


def test_a_longer_line_in_spanish_or_portuguese_is_heard_as_such():
    assert intents.other_language("Buenas noches, se me rompió el grifo de la cocina y tengo "
                                  "agua por todo el piso, ¿pueden venir mañana?") == "es"
    assert intents.other_language("Boa tarde, eu preciso marcar uma consulta para o meu "
                                  "filho esta semana.") == "pt"
    assert intents.other_language("Hi, this is Ana de la Vega, can I book a cut on Friday?") \
        is None


# --- through the flow ------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_evening_hour_said_without_pm_at_a_business_open_until_eight(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like a women's haircut, anyone is fine.",
                 "Thursday the 19th, at seven?")
    assert "7 PM" in said[-1]


@pytest.mark.django_db
def test_a_time_said_with_the_word_first_is_the_time(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I need a cleaning, I've been there before.", "Friday the 13th.",
                 "Could I have ten instead? I have to drop the kids off first.")
    assert "10 AM" in said[-1] and "8 AM" not in said[-1]


@pytest.mark.django_db
def test_a_short_question_asking_for_a_day_is_searched_with_the_line(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "My dog needs his annual vaccines.",
                 "No, nothing urgent, he's doing great. Sometime next week would be good. "
                 "Wednesday afternoon?")
    assert "March 18th" in said[-1]


@pytest.mark.django_db
def test_an_answer_beside_a_question_at_a_qualifying_step(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "We noticed your listing for the condo on Birch Street and want to see it.",
                 "We'd be buying. Could we come Friday the 13th at two-thirty?")
    assert "2:30 PM" in said[-1] and flow.state.service == "Property showing"


@pytest.mark.django_db
def test_the_number_read_back_said_again_and_an_indirect_yes_book_it(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "Hi, it's me again, my car is about due for an oil change, same as last "
                       "time.", "It's a 2018 Honda Accord.", "Monday the 16th at eight-thirty?",
                 "Gil Moreno.", "Yes.", "It's four one five, five five five, oh one two three, "
                 "isn't it?",
                 "That should be fine.")
    assert "You're all set" in said[-1]
    assert [name for _, name, _ in _appointments(flow)] == ["Gil Moreno"]


@pytest.mark.django_db
def test_talking_it_over_and_calling_back_ends_the_call(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "If I make an appointment and need to change it, is there a fee?",
                 "Okay. I'll talk it over with my husband and call you back. Thanks, bye.")
    assert flow.state.task == Task.NONE and flow.state.ended, said


@pytest.mark.django_db
def test_a_call_back_wished_for_while_booking_becomes_a_message(fleet):
    flow = _flow("t_law")
    _talk(flow, "My employer wants me to sign a non-compete and I'd like a lawyer to review it.",
          "Honestly I'd just like a callback about the cost first.", "Mara Quinn.", "Yes.",
          "Yes.")
    [message] = _messages(flow)
    assert message.caller_name == "Mara Quinn"


@pytest.mark.django_db
def test_a_lawyer_wanted_at_a_law_firm_is_a_consultation(fleet):
    flow = _flow("t_law")
    _talk(flow, "My landlord kept my whole deposit. I think I need to speak with an attorney.")
    assert flow.state.task == Task.BOOK
    flow = _flow("t_law")
    _talk(flow, "The contractor took our money and now he won't pick up. We need a lawyer.")
    assert flow.state.task == Task.BOOK


@pytest.mark.django_db
def test_the_signs_of_a_stroke_get_911_first(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "My dad suddenly can't talk properly, his words are slurred. Should I "
                       "bring him in this afternoon?")
    assert "911" in said[0] and flow.state.urgent
