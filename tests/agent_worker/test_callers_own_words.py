"""A caller who says the booking back themselves, a number given as "this one", a question
passed over, an availability question at any step, emergencies in plain words and a caller who
says it is not one (issue 14, the dev set's failure kinds: tests/scenarios/heldout_fresh.py,
used as a development set from 2026-12-03). Phrasings are this file's own; everything runs on
the real appointment book and intent model."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from agent_worker.flows import CallFlow
from calls.models import Appointment
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk

pytestmark = pytest.mark.django_db
CALLER_ID = "+14155550123"


def _booked(flow: CallFlow) -> list[tuple[str, str, str]]:
    with schema_context(flow.config.client_id):
        return [(a.starts_at.astimezone(TUESDAY_9AM.tzinfo).strftime("%Y-%m-%d %H:%M"),
                 a.caller_name, a.callback_number) for a in Appointment.objects.all()]


# --- the caller's own read-back ---------------------------------------------------------------

def test_a_caller_who_says_the_booking_back_and_asks_for_it_is_booked_and_told_everything(
        fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like a cleaning please, I'm a new patient.",
                 "Is Friday at 10 free?",
                 "Yes, Friday the 13th at 10 AM suits me. Go ahead and book it, my name is "
                 "Lena Brooks, and this number is fine.")
    assert _booked(flow) == [("2026-03-13 10:00", "Lena Brooks", CALLER_ID)]
    assert said[-1].startswith("You're all set: Lena Brooks, Friday, March 13th at 10 AM")
    assert "4 1 5, 5 5 5, 0 1 2 3" in said[-1]


@pytest.mark.parametrize("last", [
    # another time than the one offered, unsure: read back, not booked
    "Book it for Friday at 11 unless that's taken, my name is Lena Brooks, this number is fine.",
    # a doubt in it
    "Friday at 10 or maybe 11, go ahead, my name is Lena Brooks, this number is fine.",
    # no time said back: the ordinary read-back
    "My name is Lena Brooks and this number is fine.",
])
def test_anything_short_of_the_callers_own_read_back_gets_the_receptionists(fleet, last):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like a cleaning please, I'm a new patient.", "Is Friday at 10 free?",
                 last)
    assert _booked(flow) == []
    assert said[-1].endswith("Shall I book that?") or "?" in said[-1]


def test_the_number_called_from_offered_in_words_is_the_callback_number(fleet):
    flow = _flow("t_salon")
    _talk(flow, "Could I book a women's haircut on Thursday at 5 PM? Anyone is fine.",
          "It's Noor Haddad, and you can reach me on the number I'm calling from.")
    assert flow.state.callback_number == CALLER_ID
    flow = _flow("t_salon")
    _talk(flow, "Could I book a women's haircut on Thursday at 5 PM? Anyone is fine.",
          "It's Noor Haddad, but not the number I'm calling from, that's my work phone.")
    assert flow.state.callback_number == ""


# --- no question a third time; availability at any step ---------------------------------------

def test_a_qualification_question_passed_over_twice_is_not_asked_a_third_time(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "I want to book a checkup for my dog.",
                 "Can we make it next week sometime?",
                 "Would Monday morning be possible?")
    question = "Is your pet having an emergency right now"
    assert sum(question in s for s in said) == 2
    assert question not in said[-1]


def test_asking_whether_another_time_is_free_is_looked_up_at_any_step(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like to book a cleaning, I've been to you before.",
                 "Thursday at 2 would be good.",
                 "Do you have anything on Friday at 11 instead?")
    assert "Friday, March 13th at 11 AM is available" in said[-1]
    assert flow.state.chosen is not None and flow.state.chosen.local_start.hour == 11


# --- emergencies in plain words, and a caller who says it is not one ----------------------------

@pytest.mark.parametrize("schema, line", [
    ("t_clinic", "My chest has felt really tight since lunch and it's spreading to my shoulder."),
    ("t_clinic", "There's a heavy feeling in my chest, can I come in tomorrow?"),
    ("t_clinic", "My face went numb on one side about ten minutes ago."),
    ("t_plumb", "There's a smell like rotten eggs coming from the boiler room."),
])
def test_an_emergency_in_plain_words_gets_the_safety_line(fleet, schema, line):
    said = _talk(_flow(schema), line)
    assert "911" in said[0]


@pytest.mark.parametrize("schema, line", [
    ("t_clinic", "I'd like to pick up the results of my chest x-ray."),
    ("t_plumb", "It's not an emergency, the hot water went out this morning, nothing's leaking."),
    ("t_plumb", "No rush at all, the bathroom tap drips a little at night."),
])
def test_a_routine_call_is_not_an_emergency(fleet, schema, line):
    said = _talk(_flow(schema), line)
    assert "911" not in said[0]


def test_a_message_for_a_person_who_is_not_there_says_what_it_is_about(fleet):
    flow = _flow("t_dental")  # no transfer number: the request becomes a message
    _talk(flow, "Hello, my insurance paid for my filling but you sent me a bill for it anyway.",
          "Could I talk to somebody in the office about that?",
          "My name is Tom Reyes.", "Yes, this number.")
    assert "bill" in flow.state.reason and "talk to somebody" not in flow.state.reason


def test_the_number_called_from_said_in_words_answers_is_this_the_best_number(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "Could somebody call me back tomorrow about my noisy pipes? I'm Kim Lau.",
                 "Oh the one I'm calling from is fine.")
    assert flow.state.callback_number == CALLER_ID
    assert said[-1].startswith("Let me read that back")


def test_a_callback_asked_for_while_choosing_a_time_becomes_a_message(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "My shower has been dripping for days, I'd like someone to look at it.",
                 "It's 12 Elm Street, 94110.",
                 "Actually could someone just call me back later today instead? I'm Kim Lau.")
    assert flow.state.task.value == "message" and flow.state.caller_name == "Kim Lau"
    assert "Is the number you're calling from" in said[-1]


def test_a_question_in_a_line_is_answered_not_met_with_i_didnt_catch_your_name(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "I need an oil change, it's a 2018 Mazda 3.", "Saturday the 14th at 9.",
                 "Do you guys have a waiting room, by the way? I'd stay with the car.")
    assert "didn't catch" not in said[-1]


def test_a_question_only_an_faq_answer_names_is_answered_from_it(fleet):
    said = _talk(_flow("t_dental"), "Can I use my HSA card there?")
    assert "HSA" in said[0]


def test_a_new_time_and_a_name_in_one_line_both_count(fleet):
    flow = _flow("t_auto")
    _talk(flow, "I'd like an oil change for my 2019 Honda Fit.", "Saturday the 14th at 9 please.",
          "Actually make it 10 instead. Name's Chloe Park.")
    assert flow.state.caller_name == "Chloe Park"
    assert flow.state.chosen is not None and flow.state.chosen.local_start.hour == 10


@pytest.mark.parametrize("schema, line, answer", [
    ("t_law", "My wife and I are separating, so I wanted to know what the first meeting costs.",
     "$250"),
    ("t_salon", "I was wondering if you sell gift cards.", "gift cards"),
])
def test_a_question_put_as_a_statement_is_answered(fleet, schema, line, answer):
    said = _talk(_flow(schema), line)
    assert answer in said[0]


def test_a_visit_asked_for_as_a_statement_is_still_a_booking(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I wanted to see if I could book a cleaning for Friday at 10.")
    assert flow.state.task.value == "book"


def test_the_callers_read_back_may_lead_with_their_name_and_say_ill_wait(fleet):
    flow = _flow("t_auto")
    _talk(flow, "I'd like to book an oil change for my 2017 Ford Focus.",
          "Saturday the 14th at 9 please.",
          "Mia Santos. Yes, 9 AM on Saturday the 14th, the oil change, I'll wait for it. This "
          "number's good.")
    assert _booked(flow) == [("2026-03-14 09:00", "Mia Santos", CALLER_ID)]


def test_a_read_back_said_by_the_caller_then_please_book_it_is_booked(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like a cleaning, I've been to you before.", "Thursday at 2 please.",
                 "Maria Gomez. Thursday the 12th at 2 PM, that's all correct.",
                 "The one I'm calling from is the best number. Please book it.")
    assert _booked(flow) == [("2026-03-12 14:00", "Maria Gomez", CALLER_ID)]
    assert said[-1].startswith("You're all set: Maria Gomez")


def test_a_service_said_as_a_need_starts_a_booking(fleet):
    flow = _flow("t_auto")
    _talk(flow, "I need an oil change on my 2016 Subaru Outback.")
    assert flow.state.task.value == "book"


@pytest.mark.parametrize("line", [
    "Our kitten has been chewing on the lilies my mum sent, is that a problem?",
    "I think the dog got into the rat bait in the garage.",
])
def test_a_pet_that_ate_something_toxic_in_plain_words_is_an_emergency(fleet, line):
    said = _talk(_flow("t_vet"), line)
    assert "emergency animal hospital" in said[0]


@pytest.mark.parametrize("line", [
    "The heating has been off since this morning.",
    "It started dripping yesterday evening.",
    "I came in last Friday for a trim and loved it.",
    "The pain began on Sunday night.",
    "We noticed it three days ago.",
])
def test_when_something_happened_is_not_when_the_caller_wants_to_come(line):
    from agent_worker.flows.when import parse_when

    assert parse_when(line, now=TUESDAY_9AM) is None


@pytest.mark.parametrize("line, day", [
    ("It broke two days ago, could someone come Thursday at 2?", 12),
    ("Since Monday the sink drips. Could you send someone tomorrow morning?", 11),
])
def test_a_visit_asked_for_beside_when_it_began_is_still_read(line, day):
    from agent_worker.flows.when import parse_when

    when = parse_when(line, now=TUESDAY_9AM, expect_time=True)  # asked for a day and time
    assert when is not None and when.single_day.day == day


def test_a_number_corrected_in_the_same_line_is_the_corrected_one(fleet):
    from agent_worker.flows.phone import find_phone_number

    line = ("It's four one five, five five five, zero one four six. No, sorry, it's zero one six "
            "four. Four one five, five five five, zero one six four.")
    assert find_phone_number(line, region="US") == "+14155550164"
    assert find_phone_number("It's 415 555 0146, wait, no, 415 555 0164",
                             region="US") == "+14155550164"


def test_a_time_corrected_in_the_same_line_is_the_corrected_one():
    from agent_worker.flows.when import parse_when

    when = parse_when("Friday the 13th at two? No wait, I work then, make it five thirty.",
                      now=TUESDAY_9AM)
    assert when is not None and (when.at.hour, when.at.minute) == (17, 30)
    when = parse_when("Friday at 10 instead of Thursday at 2", now=TUESDAY_9AM)
    assert when is not None and when.at.hour == 10


def test_a_yes_that_names_another_time_is_booked_at_the_time_said(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I want a cleaning, I've been there before.", "Thursday at 2 please.",
          "Ann Lee, this number.", "Yes, Thursday at 3, please book it.")
    assert _booked(flow) == [("2026-03-12 15:00", "Ann Lee", CALLER_ID)]
    flow = _flow("t_dental")
    said = _talk(flow, "I want a cleaning, I've been there before.", "Thursday at 2 please.",
                 "Bo Chen.", "Yes.", "Yes, but at 4 PM, not 2.")
    # the read-back said 2 PM: the caller's 4 PM is read back first, nothing is booked yet
    assert [b for b in _booked(flow) if b[1] == "Bo Chen"] == []
    assert "4 PM" in said[-1] and said[-1].endswith("Shall I book that?")


def test_a_caller_who_said_it_is_no_emergency_is_not_asked_whether_it_is_one(fleet):
    said = _talk(_flow("t_vet"), "I'd like to book my cat in for her yearly shots, no emergency.")
    assert "emergency" not in said[0]


def test_a_refill_request_is_a_message_and_a_bare_callback_keeps_what_it_is_about(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "Hi, I need a refill on my thyroid medication please.")
    assert flow.state.task.value == "message" and "refill" in flow.state.reason
    flow = _flow("t_plumb")
    _talk(flow, "My garbage disposal is jammed and humming.", "Yes, just a callback, please.")
    assert "disposal" in flow.state.reason


def test_a_command_is_never_taken_as_a_name(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I want to book a women's haircut, anyone is fine.",
          "Saturday March 14th at 11 AM.", "Put my number down, the one I'm calling from.")
    assert flow.state.caller_name == ""


@pytest.mark.parametrize("line, name", [
    ("My name is Mark Evans.", "Mark Evans"),
    ("Hi, this is Grant Fox.", "Grant Fox"),
])
def test_first_names_that_are_also_words_are_still_names(line, name):
    from agent_worker.flows.names import name_answer, offered_name

    assert (offered_name(line) or name_answer(line)) == name


# --- terse callers: the visit named and little else ----------------------------------------------

@pytest.mark.parametrize("schema, line", [
    ("t_vet", "Microchip. One kitten."),
    ("t_plumb", "Toilet repair, upstairs."),
    ("t_auto", "Tire rotation. Monday."),
    ("t_law", "Contract review."),
    ("t_salon", "Blowout, Friday."),
    ("t_dental", "Check-up. Been there before."),
])
def test_a_terse_line_naming_a_visit_starts_a_booking(fleet, schema, line):
    flow = _flow(schema)
    said = _talk(flow, line)
    assert flow.state.task == "book", said


@pytest.mark.parametrize("schema, line", [
    ("t_vet", "Microchip, how much?"),
    ("t_auto", "Tire rotation?"),
])
def test_a_terse_question_about_a_service_does_not_book(fleet, schema, line):
    flow = _flow(schema)
    _talk(flow, line)
    assert flow.state.task != "book"


# --- "this number" said with the name, or "not this number" ---------------------------------

def test_this_number_said_after_the_name_is_the_caller_id(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "Brake inspection.", "2019 Subaru Outback.", "Friday the thirteenth, 8:30.",
                 "Rosa Mendel. This number.")
    assert flow.state.callback_number == CALLER_ID
    assert said[-1].startswith("So that's Rosa Mendel")


def test_not_this_number_asks_for_the_number_instead_of_offering_the_caller_id(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like a cleaning, I'm an existing patient, Friday at 10 if you can.",
                 "Owen Hart, but not this number.")
    assert "calling from" not in said[-1]
    assert flow.state.stage == "ask_number"


@pytest.mark.parametrize("line", ["Good, can I book one on Monday morning?",
                                  "Could I get one Monday morning?",
                                  "I need one Monday morning, any time."])
def test_one_said_for_an_appointment_is_not_one_oclock(line):
    from agent_worker.flows.when import parse_when

    when = parse_when(line, now=TUESDAY_9AM, expect_time=True)  # asked for a day and time
    assert when is not None and when.at is None  # the morning, not 1 AM


# --- a problem described, a number that is someone else's, an address that is not a time --------

def test_a_problem_the_caller_says_is_not_urgent_is_booked_for_a_visit(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "Our shower has had no hot water since Sunday night, nothing's flooding though.")
    assert flow.state.task == "book"


def test_a_number_that_is_someone_elses_is_not_the_callback(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "The dishwasher drain is backed up and I need someone this week.",
                 "I'm renting. My property manager is Ms. Ito, 212 555 0177, she knows I'm "
                 "calling.", "Thursday the twelfth at 11, please.",
                 "Devon Marsh, and you can reach me on the number I'm calling from.")
    assert flow.state.callback_number == CALLER_ID, said


@pytest.mark.parametrize("line", ["The address is 88 Linden Street, unit 3, 10025.",
                                  "It's apartment 4, 19 Grove Court."])
def test_an_address_said_when_asked_for_a_time_is_not_a_time(line):
    from agent_worker.flows.when import parse_when

    assert parse_when(line, now=TUESDAY_9AM, expect_time=True) is None


# --- a person asked for as "is X there?" ---------------------------------------------------------

@pytest.mark.parametrize("line, asked", [
    ("Hi, is Renata there? She sold us our house.", True),
    ("Is Dr. Abernathy in this afternoon?", True),
    ("Hey, is Tomasz around, he fixed my brakes last time.", True),
    ("Is Thursday available?", False),
    ("Is March 20th free?", False),
    ("Is parking available?", False),
])
def test_a_person_asked_for_as_is_x_there(line, asked):
    from agent_worker.flows import intents

    assert intents.named_person(line) is asked


def test_a_number_for_the_call_back_on_someone_elses_phone_is_the_callback(fleet):
    flow = _flow("t_law")
    _talk(flow, "Hi, it's Dara Quinn. I'd like to leave a message for Mr. Cole about my lease. "
                "Please have him call my husband's phone, 718 555 0140.")
    assert flow.state.callback_number == "+17185550140"


# --- an introduction on its own; a past event; the service the caller switches to ---------------

def test_an_introduction_on_its_own_is_answered_by_name(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "Morning. This is Kwame Asante.")
    assert said[-1] == "Nice to meet you, Kwame. How can I help you today?"


def test_an_accident_last_month_is_not_an_emergency_now(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "Hi there, I got hurt in a bad fall at a grocery store last month and "
                       "want to know my options.")
    assert "911" not in (said[-1] or "")


def test_the_service_the_caller_now_asks_to_book_replaces_the_one_before(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I'd like single-process color, please.",
          "Actually, can I book a blowout instead?")
    assert flow.state.service == "Blowout"


@pytest.mark.parametrize("line, name", [
    ("It's Siobhan Kelly. S I O B H A N, it's Gaelic.", "Siobhan Kelly"),
    ("Hi, it's Maeve Dunne, and it's Maeve with an M.", "Maeve Dunne"),
])
def test_a_full_name_wins_over_a_later_single_word_said_alike(line, name):
    from agent_worker.flows.names import offered_name

    assert offered_name(line) == name


def test_a_price_said_as_an_amount_and_a_carrier_asked_about_are_both_answered(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "I'd like a flu shot, I've been seen there before.",
                 "Is the flu shot forty dollars? We're on Cigna, is that covered?")
    assert "$" in said[-1] and "insurance" in said[-1]
    assert "Sorry" not in said[-1] and flow.state.misses == 0


def test_whose_name_it_is_ends_at_the_comma(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I need a checkup for my daughter.",
          "Her name is Ivy Chen, date of birth May 2nd 2015. She's been there before.")
    assert flow.state.caller_name == "Ivy Chen"


def test_a_refill_request_put_as_needing_to_request_one_is_a_message(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "Hello, I need to request a refill of my lisinopril, I'm almost out.")
    assert flow.state.task == "message"


def test_names_given_for_a_pet_and_its_owner_are_never_an_emergency(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "My puppy's name is Olive and I'm Grace Park.")
    assert "emergency" not in (said[-1] or "") and not flow.state.transfer_requested


# --- a caller speaking Spanish --------------------------------------------------------------------

def test_spanish_with_accented_words_is_recognised():
    from agent_worker.flows import intents

    assert intents.other_language(
        "Buenas tardes, quisiera hablar con el dentista, tengo un dolor de muelas desde el lunes."
    ) == "es"
    assert intents.other_language("Buenos días, necesito hablar con una abogada, mi jefe no me "
                                  "quiere pagar el sueldo de marzo.") == "es"
    assert intents.other_language("Can you call me back on my cell, please?") is None


def test_a_number_said_in_spanish_is_read():
    from agent_worker.flows.phone import find_phone_number

    assert find_phone_number("Es el siete uno ocho, cinco cinco cinco, cero dos cuatro nueve.",
                             region="US") == "+17185550249"


def test_the_chosen_weekday_said_back_without_its_date_is_the_chosen_day(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I'd like a cleaning, I've been there before.",
          "Thursday the 19th at 2 PM, please.", "Ravi Menon.", "Yes, that number.",
          "Yes, Thursday at two, book it.")
    booked = _booked(flow)
    assert booked and booked[0][0] == "2026-03-19 14:00"


def test_a_message_about_someone_named_first_is_from_the_caller(fleet):
    flow = _flow("t_law")
    _talk(flow, "I'd like to leave a message for an attorney about my daughter's custody case.",
          "Her name is Nora Ellis, she's fourteen. I'm her mother, Janet Ellis.")
    assert flow.state.caller_name == "Janet Ellis"


def test_asking_how_to_request_a_refill_is_a_question_not_a_message(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "How would I request a refill of my inhaler?")
    assert flow.state.task != "message"
