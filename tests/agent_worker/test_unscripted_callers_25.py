"""Callers as the twenty-fifth and twenty-sixth development sets showed them (issue 14: callers
who describe their problem in their own words; shoppers and planners who ask before they
commit), fixed by failure kind. Phrasings are this file's own; all of it runs on the real
appointment book."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from agent_worker.flows import intents
from agent_worker.flows.location import gives_address
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.parametrize("line", [
    "What's the latest appointment you've got on Thursday?",
    "What's your last slot on Thursday? I finish work late.",
    "I'd like the last available appointment Thursday.",
    "As late as possible on Thursday, please.",
])
def test_the_days_last_time_is_asked_for(line):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.latest and when.single_day == date(2026, 3, 12)


@pytest.mark.parametrize("line", [
    "My last appointment was in May, on a Thursday.",
    "The last time I came in was a Thursday.",
])
def test_the_callers_own_last_visit_is_no_ask_for_the_last_time(line):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is None or not when.latest


@pytest.mark.django_db
def test_the_last_time_of_a_named_day_is_offered(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like to book a blowout.",
                 "What's the latest you can do on Thursday? I work until six.")
    assert "latest I have is Thursday, March 12th at 7 PM" in said[-1]


@pytest.mark.parametrize("profession, line", [
    ("home_services", "The furnace clicks when it starts, there's no smell of gas though."),
    ("home_services", "It's a gas boiler, we don't smell gas, it's just not heating."),
    ("veterinary", "She's fine, nothing toxic, no emergency, she only needs her first exam."),
])
def test_a_sign_denied_is_no_emergency(profession, line):
    assert not intents.emergency(profession, line)
    assert intents.denies_a_sign(line)


@pytest.mark.parametrize("profession, line", [
    ("home_services", "There's a strong gas smell in the basement."),
    ("veterinary", "My puppy got into the rat poison."),
])
def test_a_sign_said_is_still_one(profession, line):
    assert intents.emergency(profession, line)


@pytest.mark.django_db
def test_a_callback_number_given_while_booking_is_the_bookings(fleet):
    flow = _flow("t_law", caller="+14155550123")
    _talk(flow, "I need an initial consultation about a lease dispute.",
          "Thursday the 12th at ten in the morning.")
    said = _talk(flow, "It's Dana Whitlock. Ring me back at six one seven, five five five, oh "
                       "one four two, that's my desk.", "Yes, book it.")
    assert "all set" in said[-1].lower()
    assert _messages(flow) == []
    assert [(a[0], a[1]) for a in _appointments(flow)] == [("2026-03-12 10:00", "Dana Whitlock")]


@pytest.mark.django_db
def test_the_calling_number_described_mid_line_is_taken(fleet):
    flow = _flow("t_law", caller="+14155550123")
    _talk(flow, "I'd like an initial consultation, please.", "Thursday the 12th at ten.")
    said = _talk(flow, "Dana Whitlock, this number is my mobile, and I can do video if needed.")
    assert "4 1 5, 5 5 5, 0 1 2 3. Shall I book" in said[-1]


@pytest.mark.django_db
def test_a_yes_in_its_own_sentence_answers_the_number_question(fleet):
    flow = _flow("t_law", caller="+14155550123")
    said = _talk(flow, "I'd like an initial consultation, please.", "Thursday the 12th at ten.",
                 "Dana Whitlock.")
    assert "best one to reach you" in said[-1]
    said = _talk(flow, "Okay so Dana Whitlock, Thursday the 12th at ten. Yes, go ahead.")
    assert "all set" in said[-1].lower()


@pytest.mark.parametrize("line", [
    "It's at four eleven Birch Lane.",
    "The house is twelve oh five Harbor Drive, zip one zero zero zero one.",
    "We're at 88 Cedar Court.",
])
def test_a_house_number_said_in_words_gives_an_address(line):
    assert gives_address(line)


@pytest.mark.parametrize("line", [
    "Can you come at seven thirty on Main Street?",
    "I'll be there at 5 on Elm Street.",
])
def test_a_time_before_a_street_is_no_address(line):
    assert not gives_address(line)


def test_a_house_number_is_never_read_as_a_time():
    when = parse_when("Four eleven Birch Lane, Thursday at nine in the morning.",
                      now=TUESDAY_9AM, expect_time=True)
    assert when is not None and when.at == time(9) and when.single_day == date(2026, 3, 12)
    assert parse_when("It's four eleven Birch Lane.", now=TUESDAY_9AM, expect_time=True) is None


@pytest.mark.django_db
def test_an_address_said_in_words_before_the_booking_is_not_asked_again(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "The kitchen tap keeps dripping. I'm at four eleven Birch Lane, 10001.",
                 "Yes, please.")
    assert "address" not in said[-1].lower()


@pytest.mark.django_db
def test_a_no_that_describes_is_no_correction_at_the_read_back(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "I need a water heater repair, no hot water at all.",
                 "I'm at four eleven Birch Lane, 10001.",
                 "Friday the 13th at seven in the morning.",
                 "Ahmed Saleh, this number is fine.")
    assert "Shall I book" in said[-1]
    said = _talk(flow, "Ahmed Saleh, four eleven Birch Lane, no hot water, Friday the 13th at "
                       "seven AM. Yes, book it.")
    assert "all set" in said[-1].lower()


@pytest.mark.django_db
def test_a_choice_left_to_the_trades_person_asks_for_no_one(fleet):
    flow = _flow("t_auto", transfer=True)
    said = _talk(flow, "My car shakes at highway speed. Whatever the mechanic recommends, "
                       "I'll leave it up to him.")
    assert not re.search(r"put you through|transfer|nobody available", said[-1], re.I)


@pytest.mark.parametrize("line, after", [
    ("Thursday, but I work until six.", time(18)),
    ("Any time Thursday, she's in school till three.", time(15)),
])
def test_busy_until_a_time_is_free_after_it(line, after):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.after == after and when.before is None
