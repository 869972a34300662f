"""Callers as the thirteenth and fourteenth development sets showed them (issue 14: regulars who
speak the trade's language, and calls as they go on a real phone line), and the eleventh and
twelfth sets' leftovers, fixed by failure kind: talk about the line itself ("Hello? Can you hear
me?", "sorry, you cut out", "I'm in the car"), a figure just said checked again, a price asked
again, a booking already made asked for again, a call back wanted instead of a booking at a
message's read-back, the price of a service named beside an objection or in the sentence
before, insurers and cards by name, "do you do that?" about what was just named, a question
about an answer just given, whether a visit is needed, what a first talk costs, a child by age,
a patient who has been before, trouble said to be absent, a move "from Thursday to Saturday",
the day of another event, a routine visit at the vet, an update the doctor asked for, how long
a refill takes, a booking described then moved, the number called from put back at a
read-back, and what to bring to a first visit. Phrasings are this file's own; all of it runs
on the real appointment book."""

from __future__ import annotations

from datetime import date, time

import pytest

from agent_worker.flows import intents
from agent_worker.flows.knowledge import faq_answer, match_service
from agent_worker.flows.when import numbers_in, parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM, seed_booking
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

# --- talk about the line ---------------------------------------------------------------------


@pytest.mark.parametrize("line, rest, kind", [
    ("Hello? Hello? Are you there?", "", "hear"),
    ("Hi, can you hear me okay? I'm calling from the road.", "", "hear"),
    ("Sorry, you broke up there. Tuesday works.", "Tuesday works.", "cut"),
    ("I'm driving, so I can't talk long. I need an oil change.", "I need an oil change.",
     "setting"),
    ("I'm on a terrible connection, sorry. Is the office open Saturday?",
     "Is the office open Saturday?", "setting"),
    # not about the line
    ("Hello, I'd like to book a cleaning.", "Hello, I'd like to book a cleaning.", ""),
    ("The sink is backing up and it's getting worse.",
     "The sink is backing up and it's getting worse.", ""),
    ("I'm driving over on Friday, can I come at noon?",
     "I'm driving over on Friday, can I come at noon?", ""),
])
def test_talk_about_the_line_is_read_apart_from_what_else_is_said(line, rest, kind):
    assert intents.line_talk(line) == (rest, kind)


@pytest.mark.django_db
def test_a_caller_checking_the_line_hears_yes_and_the_question_again(fleet):
    said = _talk(_flow("t_vet"), "Hello? Hi, is anyone there? Can you hear me?")
    assert said[0].startswith("Yes, I can hear you.") and "help" in said[0]


@pytest.mark.django_db
def test_a_line_that_cut_out_hears_the_last_reply_again(fleet):
    said = _talk(_flow("t_salon"), "How much is a blowout?", "Sorry, you broke up there.")
    assert "$45" in said[0] and said[1].startswith("Sorry about that.") and "$45" in said[1]


@pytest.mark.django_db
def test_where_the_caller_is_never_becomes_the_message(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I'm at work so I can't really talk. Could somebody call me back about "
                "highlights for my sister's wedding?",
          "It's Dana Whitfield.", "This number is fine.", "Yes, please.")
    reason = _messages(flow)[0].reason
    assert "wedding" in reason and "at work" not in reason


# --- a figure checked, a reply asked again, a booking asked for twice ------------------------


@pytest.mark.django_db
def test_a_price_just_said_checked_again_is_confirmed(fleet):
    said = _talk(_flow("t_auto"), "How much is an oil change?", "Sorry, did you say eighty-nine?")
    assert "$89" in said[0]
    assert said[1].startswith("Yes, that's right.")


def test_numbers_are_read_in_digits():
    assert numbers_in("was that sixty-five?") == ["65"]
    assert numbers_in("a hundred and twenty, you said?") == ["120"]
    assert numbers_in("Is it $1,200?") == ["1200"]


@pytest.mark.django_db
def test_what_was_that_price_again_repeats_the_answer_not_only_the_question(fleet):
    said = _talk(_flow("t_dental"), "I'd like to book whitening. What does it cost?",
                 "Sorry, what was that price again?")
    assert "$450" in said[0] and "$450" in said[1]


@pytest.mark.django_db
def test_a_booking_asked_for_again_just_after_it_was_made_is_not_made_twice(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "A blowout on Saturday at 11 with anyone, please. It's Maya Lind, this "
                       "number's fine.", "Yes, book it.", "Great, please book it.")
    assert "booked" in said[-1] and "Saturday" in said[-1]
    assert [a[:2] for a in _appointments(flow)] == [("2026-03-14 11:00", "Maya Lind")]


@pytest.mark.django_db
def test_a_call_back_wanted_instead_of_a_booking_at_the_read_back_keeps_the_message(fleet):
    flow = _flow("t_homes")
    _talk(flow, "Could Priya call me back about the condo on Elm Street?",
          "Sam Ortiz, this number is good.",
          "I'm not ready to book anything yet, just a call back please.")
    assert [m.caller_name for m in _messages(flow)] == ["Sam Ortiz"]


# --- prices and the owner's answers ----------------------------------------------------------


@pytest.mark.django_db
def test_the_price_of_a_service_named_beside_an_objection_is_said(fleet):
    said = _talk(_flow("t_clinic"), "Can I get a flu shot? How much would it be if I'm "
                                    "uninsured?")
    assert "$40" in said[0]


@pytest.mark.django_db
def test_how_much_is_it_after_a_statement_naming_the_service(fleet):
    said = _talk(_flow("t_clinic"), "I want a flu shot this week. How much is it, and could I "
                                    "come Thursday at nine?")
    assert "$40" in said[0]


@pytest.mark.parametrize("schema, line, found", [
    ("t_dental", "Are you in network with Delta Dental?", "insurance"),
    ("t_dental", "Do you take Blue Cross?", "insurance"),
    ("t_auto", "Can I pay with a Visa?", "cards"),
    ("t_salon", "Is American Express okay?", "cards"),
    ("t_law", "What do I need to have with me for the meeting?", "photo ID"),
])
@pytest.mark.django_db
def test_insurers_cards_and_what_to_have_with_you_find_the_owners_answer(fleet, schema, line,
                                                                          found):
    from tenants.router import MultiTenantRouter

    answer = faq_answer(MultiTenantRouter().get_client_config(schema), line) or ""
    assert found in answer


@pytest.mark.django_db
def test_do_you_do_that_about_the_thing_just_named_is_answered_yes(fleet):
    said = _talk(_flow("t_auto"), "I'm looking at a used truck and I'd like a mechanic to "
                                  "look it over before I buy. Is that something you do?")
    assert "Pre-purchase inspection" in said[0] and "$149" in said[0]


@pytest.mark.django_db
def test_a_question_about_an_answer_just_given_gets_that_answer_again(fleet):
    said = _talk(_flow("t_salon"), "Do you sell gift cards?",
                 "Could I get it by phone or do I need to stop by?")
    assert "front desk" in said[0] and "front desk" in said[1]
    assert "stylist" not in said[1]


def test_whether_a_visit_is_needed_is_no_booking():
    assert not intents.wants_booking("do i have to come in for that")
    assert not intents.wants_booking("will she need to bring him in or can you tell me now")
    assert intents.wants_booking("can i come in thursday")


@pytest.mark.django_db
def test_what_a_first_talk_costs_at_a_law_firm_is_the_consultation_answer(fleet):
    said = _talk(_flow("t_law"), "My landlord kept my whole deposit and I think I need a lawyer.",
                 "Would it cost anything just to speak with somebody?")
    assert "no charge" in said[1] or "free" in said[1]


@pytest.mark.django_db
def test_what_a_visit_usually_runs_is_a_price(fleet):
    said = _talk(_flow("t_vet"), "She's due for her wellness exam. What does that usually run?")
    assert "$65" in said[0]


# --- services --------------------------------------------------------------------------------


@pytest.mark.parametrize("schema, line, service", [
    ("t_dental", "What's a cleaning for a kid's teeth cost?", "Child cleaning and exam"),
    ("t_dental", "I need a cleaning for my daughter, she's nine.", "Child cleaning and exam"),
    ("t_dental", "I'm a regular patient, I'd like a cleaning, the first appointment you have.",
     "Adult cleaning and exam"),
    ("t_dental", "It's my first visit, I need a cleaning.",
     "New patient exam, X-rays and cleaning"),
])
@pytest.mark.django_db
def test_who_the_visit_is_for_names_the_service(fleet, schema, line, service):
    from tenants.router import MultiTenantRouter

    found = match_service(MultiTenantRouter().get_client_config(schema), line)
    assert found is not None and found["name"] == service


@pytest.mark.django_db
def test_trouble_said_to_be_absent_names_no_service_for_it(fleet):
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_plumb")
    found = match_service(config, "The shower valve squeals, but nothing's leaking.")
    assert found is None or found["name"] != "Leak detection"
    assert match_service(config, "There's a leak under the kitchen sink.")["name"] == (
        "Leak detection")


# --- days ------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, day, at", [
    ("Sure, switch it from Wednesday to Friday at ten.", 13, time(10, 0)),
    ("Please move me from tomorrow to Monday at 2.", 16, time(14, 0)),
    ("My court date is the 27th, so could I come in Thursday at 3?", 12, time(15, 0)),
    ("Our closing is next Friday, so Monday at nine would be ideal.", 16, time(9, 0)),
    ("Yes, the number I'm calling from is the best one. Thursday at 2.", 12, time(14, 0)),
])
def test_the_day_moved_from_and_another_events_day_are_not_the_visits(line, day, at):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.day_from == date(2026, 3, day) and when.at == at, line


def test_a_day_only_told_as_another_events_day_is_no_day():
    assert parse_when("His hearing isn't until May 4th.", now=TUESDAY_9AM) is None
    assert parse_when("Yes, this number is the best one.", now=TUESDAY_9AM) is None


# --- trades ----------------------------------------------------------------------------------


def test_a_court_date_weeks_away_is_not_urgent_but_one_tomorrow_is():
    assert not intents.emergency("law_firm", "my arraignment is set for may 3rd")
    assert intents.emergency("law_firm", "my arraignment is tomorrow morning")


@pytest.mark.django_db
def test_someone_new_asking_for_one_of_the_firms_lawyers_is_booked_a_consultation(fleet):
    said = _talk(_flow("t_law", transfer=True),
                 "I was charged with shoplifting and I want to talk to one of your defense "
                 "attorneys. I don't have a lawyer.")
    assert "day and time" in said[0] or "I have" in said[0]


@pytest.mark.django_db
def test_a_routine_visit_at_the_vet_is_not_asked_about_an_emergency(fleet):
    said = _talk(_flow("t_vet"), "Hi, Pepper is due for her annual vaccines. Could we come "
                                 "Friday at ten?")
    assert "emergency" not in said[0]


@pytest.mark.django_db
def test_a_yes_that_answers_something_else_is_no_emergency(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "My cat needs to be seen Friday at 10, she's been scratching her ear.",
                 "Yes, that works, it's Tom Reyes.")
    assert "urgent" not in said[1] and "emergency animal hospital" not in said[1]


@pytest.mark.django_db
def test_an_update_the_doctor_asked_for_is_a_message(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "The vet asked me to call and let her know how he's doing on the new "
                       "food.")
    assert "message" in said[0]


@pytest.mark.django_db
def test_a_refill_message_says_how_long_a_refill_takes(fleet):
    said = _talk(_flow("t_clinic"), "I'm calling for a refill of my metformin.",
                 "It's Ruth Alder.", "Yes, this number.", "Yes, that's right.")
    assert "two business days" in said[-1]


@pytest.mark.django_db
def test_a_booking_described_then_moved_with_it_is_a_move(fleet):
    flow = _flow("t_salon")
    seed_booking(flow, "2026-03-13 14:00", "Nina Park")
    said = _talk(flow, "This is Nina Park, I have my highlights Friday at two. Can I move it "
                       "to Saturday at eleven?")
    assert "move your appointment" in said[0]


@pytest.mark.django_db
def test_the_number_called_from_put_back_at_a_read_back(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "I need a drain cleared Friday at 9. My super is Al, 212 555 0190. "
                "I'm Lena Fox.")
    said = _talk(flow, "No, use the number I'm calling from for me.")
    assert "4 1 5" in said[0]


@pytest.mark.django_db
def test_a_new_patient_hears_what_to_bring_once_booked(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'm a new patient and I'd like the new patient exam Friday the 20th at "
                       "ten. Jo Baxter, this number is fine.", "Yes, book it.")
    assert "photo ID" in said[-1]


@pytest.mark.django_db
def test_a_child_who_has_been_before_is_not_asked_whether_new(fleet):
    said = _talk(_flow("t_dental"), "I'd like a cleaning for my son, he's been to you before.")
    assert "new patient" not in said[0]


def test_the_first_meeting_is_no_date():
    assert parse_when("Does the first meeting cost anything?", now=TUESDAY_9AM) is None
    assert parse_when("Could we do the first of April?", now=TUESDAY_9AM).day_from == date(
        2026, 4, 1)


def test_a_name_written_with_a_capital_inside_keeps_it():
    from agent_worker.flows.names import name_answer, offered_name

    assert offered_name("My name is Walt DeSantis, date of birth June 2nd, 1960.") == (
        "Walt DeSantis")
    assert name_answer("Moira MacLeod") == "Moira MacLeod"
    assert name_answer("moira macleod") == "Moira Macleod"


@pytest.mark.django_db
def test_a_line_that_cut_out_and_asks_again_hears_the_whole_reply(fleet):
    said = _talk(_flow("t_law"), "Do you charge for a first consultation about a car crash?",
                 "Sorry, you broke up. Could you repeat that?")
    assert said[1].startswith(said[0].split(".")[0])


@pytest.mark.django_db
def test_asking_for_a_repeat_and_answering_in_the_same_breath_is_an_answer(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Could I get a blowout Friday evening?",
                 "Sorry, what were the times again? Six o'clock Friday is good. Anyone is fine.")
    assert "6 PM" in said[1] and "stylist" not in said[1]


@pytest.mark.django_db
def test_asking_for_a_repeat_with_why_hears_the_reply_again(fleet):
    said = _talk(_flow("t_vet"), "How much is a microchip?",
                 "Sorry, could you repeat that? The dog was barking.")
    assert "$50" in said[0] and "$50" in said[1]


@pytest.mark.django_db
def test_a_day_and_time_put_forward_with_the_name_moves_the_earliest_offered(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'm an existing patient and I'd like a cleaning, your earliest "
                       "appointment in the morning.",
                 "Could I get Friday the 20th at nine instead? It's Lou Grant.")
    assert "March 20th at 9 AM" in said[1]


@pytest.mark.django_db
def test_anyones_fine_with_a_time_answers_the_stylist_question(fleet):
    said = _talk(_flow("t_salon"), "I'd like a women's cut.",
                 "Anyone's fine. Friday the 20th, around two?")
    assert "stylist" not in said[1]


def test_the_house_phone_described_and_accepted_is_the_number_called_from():
    from agent_worker.flows.contact import caller_id_accepted

    assert caller_id_accepted("that's the home number, that's fine.")
    assert caller_id_accepted("it's my work phone, it's fine")


@pytest.mark.django_db
def test_how_long_after_a_refill_message_is_the_owners_answer(fleet):
    said = _talk(_flow("t_clinic"), "I need a refill on my inhaler.", "It's Lena Moss.",
                 "Yes, this number.", "Yes, please.", "And how long does that take?")
    assert "two business days" in said[-1]


@pytest.mark.django_db
def test_how_much_is_it_after_the_service_was_named_the_line_before(fleet):
    said = _talk(_flow("t_auto"), "Do you do pre-purchase inspections?",
                 "Great, and what does it cost?")
    assert "$149" in said[1] and "$89" not in said[1]
