"""Callers as the thirty-fifth to fortieth development sets showed them (issue 14), fixed by
failure kind: a move whose old slot is said again beside the new one, a booking described as
"I'm booked tomorrow at ...", first names that are also words ("April", "June", "Will"),
surnames that end a street's name, the business's closed day said as a fact, a message said to
be left, a caller's own summary with a go-ahead, a break-in said with contractions. Phrasings
are this file's own; all of it runs on the real appointment book."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent_worker.flows import intents
from agent_worker.flows.names import name_answer, offered_name
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import (
    NY,
    TUESDAY_9AM,
    bookings_made,
    messages_taken,
    seed_booking,
)
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.django_db
@pytest.mark.parametrize("go_ahead", [
    "Yes, go ahead: Friday the thirteenth at nine is the one to drop, and Monday the sixteenth "
    "at two is the new one.",
    "Yes please, move the Friday the thirteenth at nine to Monday the sixteenth at two.",
    "Sure, take me off Friday at nine and put me down for Monday the sixteenth at two p.m. "
    "Thanks.",
])
def test_a_moves_old_slot_said_again_at_its_read_back_is_never_the_new_time(fleet, go_ahead):
    flow = _flow("t_dental", caller="+13135550148")
    seed_booking(flow, "2026-03-13 09:00", "Ruth Adeyemi", "+13135550148")
    replies = _talk(flow, "Hi, Ruth Adeyemi here. I have a cleaning Friday at nine and I need to "
                          "move it.",
                    "Monday the sixteenth at two in the afternoon, please.",
                    go_ahead)
    assert "Shall I go ahead" in replies[1]
    assert "You're all set" in replies[2] and "Monday, March 16th at 2 PM" in replies[2]
    assert _appointments(flow) == [("2026-03-13 09:00", "Ruth Adeyemi", "cancelled"),
                                   ("2026-03-16 14:00", "Ruth Adeyemi", "booked")]


@pytest.mark.django_db
def test_a_move_said_whole_after_it_was_made_is_the_move_already_made(fleet):
    flow = _flow("t_salon", caller="+17205550133",
                 clock=datetime(2026, 3, 11, 10, 0, tzinfo=NY))
    seed_booking(flow, "2026-03-14 11:00", "Omar Haddad", "+17205550133")
    replies = _talk(flow, "Omar Haddad. I've got Saturday the fourteenth at eleven and can't "
                          "make it.",
                    "Could you put me on Saturday the twenty-first, same time, eleven?",
                    "Yes.",
                    "It's the same thing as before, and the same number too.",
                    "So, Omar Haddad from Saturday the fourteenth at eleven over to Saturday the "
                    "twenty-first at eleven. Please do it.")
    assert "You're all set" in replies[2]
    assert "booked for Saturday, March 21st at 11 AM" in replies[3]
    assert "that's booked" in replies[4]
    assert bookings_made(flow) == [("2026-03-21 11:00", "Omar Haddad")]


@pytest.mark.parametrize("line", [
    "I'm booked tomorrow at four for an oil change and I need to push it back.",
    "We're booked Thursday at ten for a cleaning, can that move?",
])
def test_booked_with_a_day_then_the_service_is_a_booking_had(line):
    assert intents.refers_to_booked(line)


def test_the_weekday_after_said_of_a_date_is_that_date():
    when = parse_when("Same time, just the Friday after, the twentieth, at eleven.",
                      now=TUESDAY_9AM)
    assert when is not None and when.single_day is not None
    assert (when.single_day.day, when.at.hour) == (20, 11)
    # a first day still reads as one
    when = parse_when("Any day after the 16th works.", now=TUESDAY_9AM)
    assert when is not None and when.day_from.day == 17


@pytest.mark.parametrize("line, name", [
    ("My name is June Okafor, like the month.", "June Okafor"),
    ("Hi, this is Will Tanaka, calling about my car.", "Will Tanaka"),
    ("So that's April Nguyen, Thursday at two.", "April Nguyen"),
    ("My name's Will, Will Ferreira.", "Will Ferreira"),
    ("Hi, my name's Drew Court, like a tennis court.", "Drew Court"),
])
def test_a_first_name_that_is_also_a_word_is_a_name(line, name):
    assert offered_name(line) == name


@pytest.mark.parametrize("line", [
    "Can I come in June, June Fifth?",
    "It's May.",
    "Will Thursday work?",
    "The wedding is Saturday, June Twentieth.",
    "My address is 40 Pine Street.",
])
def test_a_month_a_question_or_an_address_is_no_name(line):
    assert offered_name(line) is None


def test_a_name_answer_that_starts_with_a_month():
    assert name_answer("August Lindqvist") == "August Lindqvist"
    assert name_answer("may fifth") is None


@pytest.mark.parametrize("line, day", [
    ("I know you're closed Sundays, so is Friday at four open?", 13),
    ("Since the shop is shut on Mondays, maybe Tuesday the seventeenth at ten.", 17),
])
def test_the_business_closed_day_said_as_a_fact_is_not_the_day_wanted(line, day):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.single_day is not None and when.single_day.day == day


@pytest.mark.parametrize("line", [
    "I'm only leaving a quick message, it's about a will I want reviewed.",
    "Just leaving a note for Doctor Kim about my knee.",
])
def test_leaving_a_message_is_a_message_wanted(line):
    assert intents.wants_message(line)


@pytest.mark.django_db
def test_a_message_said_to_be_left_is_taken_even_beside_a_service(fleet):
    flow = _flow("t_law", caller="+13125550177", clock=datetime(2026, 3, 14, 10, 0, tzinfo=NY))
    replies = _talk(flow, "I realise you're closed today, I'm just leaving a message. I'd like "
                          "an attorney to look over a partnership agreement next week.",
                    "The name is Lena Baptiste, B, A, P, T, I, S, T, E.",
                    "This number is fine.",
                    "So, Lena Baptiste, partnership agreement, this number. Thanks for passing "
                    "that on.")
    assert "message" in replies[0].lower()
    assert "passed your message on" in replies[3]
    [message] = messages_taken(flow)
    assert message.caller_name == "Lena Baptiste"
    assert "partnership agreement" in message.reason
    assert "name is" not in message.reason.lower()


@pytest.mark.django_db
def test_a_summary_with_a_go_ahead_and_whose_number_it_is_books(fleet):
    flow = _flow("t_plumb", caller="+16175550139")
    replies = _talk(flow, "I need a slow bathroom drain cleared this Friday, the thirteenth, at "
                          "eleven. My name is Ines Duarte.",
                    "It's 14 Elm Court, zip 02110, I rent, no leak.",
                    "Yes, I'm the tenant.",
                    "So that's Ines Duarte, Friday the thirteenth at eleven, call me on this "
                    "number, it's my cell, not my landlord's. Book it, please.")
    assert any("You're all set" in r for r in replies)
    assert bookings_made(flow) == [("2026-03-13 11:00", "Ines Duarte")]


@pytest.mark.parametrize("line", [
    "The side door's been forced open and the TV is gone.",
    "I think someone's broken into the house we listed.",
])
def test_a_break_in_said_with_contractions_is_an_emergency_at_a_property(line):
    assert intents.emergency("real_estate", line)


@pytest.mark.parametrize("line", [
    "I switched dentists, honestly I'm done with them.",
    "I'm done being billed for things I never had.",
])
def test_done_with_someone_else_is_no_goodbye(line):
    assert not intents.says_goodbye(line)


def test_done_alone_is_still_a_goodbye():
    assert intents.says_goodbye("Okay, I'm done, thanks.")


@pytest.mark.parametrize("line", [
    "I feel okay, no chest pain or anything, just the follow-up.",
    "No fever, not dizzy, I only need the recheck.",
])
def test_signs_said_to_be_absent_are_no_emergency(line):
    assert not intents.emergency("medical_clinic", line)


def test_a_sign_said_after_a_no_is_still_an_emergency():
    assert intents.emergency("medical_clinic", "No, he has chest pain right now.")


def test_the_name_on_it_is_a_name_and_something_is_none():
    assert offered_name("The name on it is Priya Raman, P, R, I, Y, A.") == "Priya Raman"
    assert name_answer("Something came up at work.") is None


def test_becoming_a_new_patient_is_a_booking():
    assert intents.wants_booking("Hi, I'd like to become a new patient with you.")


@pytest.mark.parametrize("line", [
    "Do I need an appointment for that, or can I just walk in?",
    "Do we need an appointment?",
])
def test_asking_whether_an_appointment_is_needed_is_no_booking(line):
    assert not intents.wants_booking(line)


def test_someone_to_know_and_call_back_is_a_message():
    assert intents.wants_message("I wanted someone to know and call me about it.")


@pytest.mark.django_db
def test_a_callback_today_or_tomorrow_is_not_urgent(fleet):
    flow = _flow("t_homes", caller="+15085550140")
    _talk(flow, "Could the property manager call me back today or tomorrow about the repair at "
                "my rental?",
          "Martin Keane.", "This number.", "Yes.")
    [message] = messages_taken(flow)
    assert not message.urgent


@pytest.mark.django_db
def test_a_message_recap_that_names_an_oil_change_is_agreed(fleet):
    flow = _flow("t_auto", caller="+19145550166")
    replies = _talk(flow, "I had an oil change Saturday and now there's a drip under the car, "
                          "can someone call me back?",
                    "It's a 2019 Honda Fit.",
                    "Dana Whitlock, this number is fine.",
                    "So Dana Whitlock, about the drip after the oil change, on this number. "
                    "Thanks.")
    assert "passed your message on" in replies[-1]
    assert [m.caller_name for m in messages_taken(flow)] == ["Dana Whitlock"]


@pytest.mark.parametrize("line, name", [
    ("Please use her cell for callbacks. The booking is under Odile Marchetti.",
     "Odile Marchetti"),
    ("Put it under the homeowner, Felix Arango, but call my cell.", "Felix Arango"),
])
def test_whose_name_the_booking_goes_under_said_as_a_fact(line, name):
    from agent_worker.flows.names import booked_under_their_name, name_said_around

    assert booked_under_their_name(line)
    assert name_said_around(line) == name


def test_a_recap_opened_as_one_gives_its_name():
    assert offered_name("To recap: Odile Marchetti, Thursday at ten, this number.") == (
        "Odile Marchetti")


@pytest.mark.django_db
def test_an_assistants_recap_with_the_bosss_name_and_a_go_ahead_books_under_it(fleet):
    flow = _flow("t_law", caller="+12675550111")
    replies = _talk(flow, "Hi, I'm Tessa Grund, office manager at a bakery. Our owner needs an "
                          "initial consultation about a supplier contract.",
                    "Thursday the twelfth at eleven in the morning.",
                    "This number is fine.",
                    "To recap: Viktor Sandoval, initial consultation, Thursday March twelfth at "
                    "eleven AM, this number. Please put that in.")
    assert "Viktor" in replies[-1]
    assert bookings_made(flow) == [("2026-03-12 11:00", "Viktor Sandoval")]


@pytest.mark.parametrize("line", [
    "We bought three commercial ovens and they came broken.",
    "I've got two little dogs, both need shots.",
])
def test_a_count_of_things_is_no_clock_time(line):
    assert parse_when(line, now=TUESDAY_9AM) is None


@pytest.mark.parametrize("line", [
    "Dr. Okoro has a cleaning with you on Friday the thirteenth at nine.",
    "She has a color appointment with you on Wednesday at three, and I need to move it.",
])
def test_someone_elses_booking_described_by_whom_it_is_for(line):
    assert intents.refers_to_booked(line)


@pytest.mark.django_db
def test_an_assistant_moves_the_booking_of_the_one_they_speak_for_under_this_line(fleet):
    flow = _flow("t_salon", caller="+17735550190")
    seed_booking(flow, "2026-03-18 15:00", "Petra Lindahl", "+17735550190")
    replies = _talk(flow, "Hi, it's Marco Bellini, assistant to Petra Lindahl, calling from the "
                          "line her appointments are under.",
                    "Ms. Lindahl has a color appointment with you on Wednesday the eighteenth at "
                    "three, and I need to move it.",
                    "Friday the twentieth at noon, please.",
                    "Yes, go ahead.")
    assert "I see your appointment on Wednesday, March 18th at 3 PM" in replies[1]
    assert _appointments(flow) == [("2026-03-18 15:00", "Petra Lindahl", "cancelled"),
                                   ("2026-03-20 12:00", "Petra Lindahl", "booked")]


@pytest.mark.django_db
def test_an_assistant_from_another_line_finds_nothing(fleet):
    flow = _flow("t_salon", caller="+17735550191")
    seed_booking(flow, "2026-03-18 15:00", "Petra Lindahl", "+17735550190")
    replies = _talk(flow, "Hi, it's Marco Bellini, assistant to Petra Lindahl.",
                    "Ms. Lindahl has a color appointment with you on Wednesday the eighteenth at "
                    "three, and I need to move it.")
    assert "can't find an appointment" in replies[1]
    assert bookings_made(flow) == [("2026-03-18 15:00", "Petra Lindahl")]


def test_who_a_message_is_from_and_where_a_booking_goes():
    from agent_worker.flows.names import booked_under_their_name, name_said_around

    assert offered_name("So it's a message from Greta Voss about the lease.") == "Greta Voss"
    line = "The appointment should go under the owner, Harriet Lemaire, but call me."
    assert booked_under_their_name(line) and name_said_around(line) == "Harriet Lemaire"


@pytest.mark.django_db
def test_that_is_all_i_needed_with_a_goodbye_ends_a_booking_never_asked_for(fleet):
    flow = _flow("t_clinic")
    replies = _talk(flow, "How much is a flu shot if I pay myself?",
                    "Are you open Saturday? I'm trying to get it before a trip.",
                    "Okay, that's all I needed, I'll figure out when I can come by. Thanks, bye.")
    assert "Goodbye" in replies[-1]
    assert flow.state.ended and bookings_made(flow) == []


@pytest.mark.django_db
def test_the_price_of_a_consultation_about_a_will_is_the_consultations(fleet):
    from agent_worker.flows.knowledge import price_answer
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_law")
    said = price_answer(config, "I want a will drawn up. How much does a consultation for that "
                                "cost?")
    assert "will package" not in said.lower() and "consultation" in said.lower()


@pytest.mark.parametrize("line", [
    "I have an appointment Friday for her shots, but I need something earlier.",
    "We're booked Thursday at two and we'd like something sooner.",
])
def test_something_earlier_is_a_move(line):
    assert intents.wants_to_change(line)


@pytest.mark.parametrize("line", [
    "I just found out I'm leaving Friday at noon.",
    "We fly out Sunday morning, so it has to be before.",
])
def test_when_the_caller_is_away_is_no_time_wanted(line):
    assert parse_when(line, now=TUESDAY_9AM) is None


@pytest.mark.django_db
def test_cancelling_again_what_was_just_cancelled_books_nothing(fleet):
    flow = _flow("t_dental", caller="+12015550144")
    seed_booking(flow, "2026-03-12 10:00", "Nadia Rahman", "+12015550144")
    replies = _talk(flow, "I need to cancel my appointment Thursday at ten. Nadia Rahman.",
                    "Yes, cancel it please.",
                    "So please cancel the Thursday the twelfth ten o'clock one for Nadia Rahman.")
    assert "cancelled" in replies[1]
    assert "That's done" in replies[2] and "available" not in replies[2]
    assert bookings_made(flow) == []


@pytest.mark.django_db
def test_marked_urgent_at_the_read_back_flags_the_message(fleet):
    flow = _flow("t_dental", caller="+16465550187")
    _talk(flow, "I chipped a tooth, no bleeding, I just want the dentist to call me back.",
          "Omar Sayed, this number.",
          "Please mark it urgent, today if they can. Thanks.")
    [message] = messages_taken(flow)
    assert message.urgent


def test_are_you_guys_open_till_three_asks_the_hours():
    from agent_worker.flows.knowledge import asks_hours

    assert asks_hours("Hi, are you guys open till three today?")


@pytest.mark.parametrize("line", [
    "Morning. I have an appointment I need to cancel, sorry for the bother.",
    "There's a booking we need to cancel for Friday.",
])
def test_an_appointment_i_need_to_cancel_is_a_cancellation(line):
    assert intents.wants_cancel(line) and intents.cancels_a_booking(line)


@pytest.mark.django_db
def test_please_move_x_from_old_to_new_at_the_read_back_is_a_yes(fleet):
    flow = _flow("t_salon", caller="+12155550171")
    seed_booking(flow, "2026-03-13 11:00", "Agnes Pell", "+12155550171")
    replies = _talk(flow, "I have an appointment Friday and I need to change it. Agnes Pell.",
                    "Thursday the nineteenth at two in the afternoon.",
                    "So please move Agnes Pell from Friday the thirteenth at eleven to Thursday "
                    "the nineteenth at two. Same phone.")
    assert "You're all set" in replies[2]
    assert _appointments(flow) == [("2026-03-13 11:00", "Agnes Pell", "cancelled"),
                                   ("2026-03-19 14:00", "Agnes Pell", "booked")]


@pytest.mark.django_db
def test_a_request_closed_with_thats_all_is_no_goodbye(fleet):
    flow = _flow("t_dental")
    replies = _talk(flow, "I've got a crown that's a bit loose, no pain. I'm an existing patient.",
                    "Sorry, could you slow down? I'd like the dentist to look at the loose crown, "
                    "that's all.")
    assert not flow.state.ended and "Goodbye" not in replies[1]


@pytest.mark.django_db
def test_no_thats_all_is_still_a_goodbye(fleet):
    flow = _flow("t_dental")
    replies = _talk(flow, "What are your hours on Friday?", "Okay, that's all.")
    assert "Goodbye" in replies[1]


@pytest.mark.parametrize("line, number", [
    ("callback six oh three five five five oh won too too", "+16035550122"),
    ("six five oh five five five oh won to seven", "+16505550127"),
    ("my number is six one seven five five five oh one four two too", "+16175550142"),
])
def test_a_recognisers_digit_homophones_inside_a_number(line, number):
    from agent_worker.flows.phone import find_phone_number

    assert find_phone_number(line, region="US") == number


@pytest.mark.parametrize("line, hour, minute", [
    ("could I do Thursday at for. for in the afternoon", 16, 0),
    ("Thursday the twelfth at to twenty in the afternoon", 14, 20),
])
def test_a_recognisers_four_and_two_after_at(line, hour, minute):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and (when.at.hour, when.at.minute) == (hour, minute)


def test_a_price_said_back_to_check_it_asks_it():
    from agent_worker.flows.knowledge import asks_price, checks_a_price

    assert checks_a_price("ill just pay myself its forty right for the flu shot")
    assert asks_price("that's thirty five dollars, right?")
    assert not checks_a_price("it's Thursday, right?")


@pytest.mark.django_db
def test_a_price_checked_mid_booking_is_answered(fleet):
    flow = _flow("t_clinic")
    replies = _talk(flow, "I want to get a flu shot, I'm an established patient.",
                    "I'll just pay myself, it's forty right for the flu shot")
    assert "$40" in replies[1]


def test_callback_then_the_number_is_no_message_asked_for():
    assert not intents.wants_message("name is Ada Ng, callback six oh three five five five")


@pytest.mark.django_db
def test_come_look_at_it_and_say_what_it_is_worth_is_a_valuation(fleet):
    from agent_worker.flows.knowledge import match_service
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_homes")
    service = match_service(config, "we want someone to come look at it and tell us what it's "
                                    "worth")
    assert service is not None and "valuation" in service["name"].lower()


def test_a_times_thirty_then_too_is_no_phone_number():
    from agent_worker.flows.phone import find_phone_number

    line = ("Eight thirty is too early, I can't get there before nine thirty. Make it Friday at "
            "nine thirty, and the number I'm calling from is the best one.")
    assert find_phone_number(line, region="US") is None


def test_a_clock_time_before_a_verb_in_s_is_no_count():
    when = parse_when("Thursday the twelfth at ten comes off", now=TUESDAY_9AM)
    assert when is not None and when.at is not None and when.at.hour == 10


@pytest.mark.django_db
def test_a_yes_with_more_and_pass_it_on_keeps_the_more(fleet):
    flow = _flow("t_law", caller="+13125550171")
    _talk(flow, "Could an attorney call me back about a commercial lease I need reviewed?",
          "My name is Ilse Moreau.",
          "Please call my office, three one two, five five five, oh one six oh, extension two two "
          "four.",
          "Yes, Ilse Moreau, three one two, five five five, oh one six oh, extension two two four, "
          "about the lease. Please pass it on.")
    [message] = messages_taken(flow)
    assert "224" in message.reason.replace(" ", "") or "two two four" in message.reason
