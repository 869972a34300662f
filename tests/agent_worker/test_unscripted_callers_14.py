"""Callers as the seventeenth to nineteenth development sets showed them (issue 14: callers who
ask why a detail is wanted, tell their address unasked, speak English as a second language,
book around their lives), fixed by failure kind. Phrasings are this file's own; all of it runs
on the real appointment book and the real reply guard."""

from __future__ import annotations

import re

import pytest

from agent_worker.agent import instructions_for, reply_guard
from agent_worker.flows.llm_guard import ECHO
from agent_worker.flows.location import gives_address, without_address
from agent_worker.flows.process import process_answer, process_question
from tests.agent_worker.flow_support import TUESDAY_9AM, call_flow
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.parametrize("line, kind", [
    ("Why do you need my home address before I've even decided anything?", "why_address"),
    ("What do you need my zip code for?", "why_address"),
    ("Do I have to give you my email?", "why_email"),
    ("Why would you need my date of birth?", "why_birth"),
    ("Do you really need my last name?", "why_name"),
    ("Is my insurance information required?", "why_insurance"),
    ("Why do you need my number?", "why_number"),
    ("I need my address changed on file.", ""),
    ("What's your address?", ""),
])
def test_why_a_detail_is_asked_is_a_question_about_the_call(line, kind):
    assert process_question(line) == kind


@pytest.mark.parametrize("kind", ["why_address", "why_name", "why_email", "why_birth",
                                  "why_insurance"])
def test_why_a_detail_is_asked_gets_an_honest_answer_that_it_stays_with_the_business(kind):
    answer = process_answer(kind, business="Fleet Plumbing", task="book")
    assert "Fleet Plumbing" in answer and "isn't shared" in answer


@pytest.mark.parametrize("line, address", [
    ("Fine. It's 88 Cedar Court, 10001. It's my own house.", True),
    ("The address is 14 Birch Lane, Birch like the tree.", True),
    ("I live at 52 Oak Street.", True),
    ("We're at 7 North Elm Drive.", True),
    ("I'll be there at 3 on Friday.", False),
    ("It's a 10 minute drive from my work.", False),
    ("We want a 3 bedroom place near the park.", False),
    ("My number is 718 555 0137.", False),
])
def test_a_callers_own_address_is_told_not_a_count_or_a_time(line, address):
    assert gives_address(line) is address


def test_without_the_address_and_its_zip_code_little_is_left():
    assert re.sub(r"\W+", " ", without_address("It's 88 Cedar Court, 10001.")).split() == ["It",
                                                                                          "s"]


@pytest.mark.django_db
def test_an_address_told_unasked_is_noted_and_the_visit_offered_then_kept_for_the_booking(
        fleet):
    flow = _flow("t_plumb", caller="+17185550137")
    said = _talk(flow, "How much do you charge to clear a drain?",
                 "Why do you need my home address?",
                 "Okay. It's 88 Cedar Court, 10001.",
                 "Could someone come Friday the 13th at one o'clock? The name is Dana Cole.",
                 "Yes, the number I'm calling from is fine.",
                 "Yes, that's right, book it.")
    assert "area they cover" in said[1]
    assert "noted the address" in said[2] and "book" in said[2]
    assert "1 PM" in said[3]
    assert _appointments(flow) == [("2026-03-13 13:00", "Dana Cole", "booked")]


@pytest.mark.django_db
def test_an_address_alone_is_never_read_as_an_emergency(fleet):
    said = _talk(_flow("t_plumb"), "How much is drain cleaning?", "I live at 88 Cedar Court.")
    assert "911" not in said[1] and "valve" not in said[1]


@pytest.mark.django_db
def test_a_model_reply_that_says_the_callers_words_back_is_cut(configs):
    config = configs["t_plumb"]
    caller = "Fine. It's 88 Cedar Court, 10001. It's my own house."
    guard = reply_guard(config, instructions=instructions_for(config, TUESDAY_9AM),
                        note=call_flow(config).note(), caller_lines=[caller])
    spoken = guard.feed("It's my own house. We can help with that. ") + guard.finish()
    assert spoken == [] and guard.cut == ECHO
    guard = reply_guard(config, instructions=instructions_for(config, TUESDAY_9AM),
                        note=call_flow(config).note(), caller_lines=["Do you fix water heaters?"])
    assert guard.feed("Yes, we fix water heaters. ") + guard.finish()


# --- callers who speak English as a second language (the eighteenth set) -----------------------
NOW = TUESDAY_9AM


@pytest.mark.parametrize("line, day, hour, minute", [
    ("Thursday 19, at four o'clock", 19, 16, 0),
    ("Thursday the 12, at three forty", 12, 15, 40),
    ("Wednesday 18, at eleven", 18, 11, 0),
    ("the 12, at eleven", 12, 11, 0),
    ("Monday 16 at 9", 16, 9, 0),
    ("Friday 10, at 2", 10, 14, 0),  # the 10th of April is the next Friday the 10th
])
def test_a_weekday_and_a_bare_day_of_the_month_is_that_date(line, day, hour, minute):
    from agent_worker.flows.when import parse_when

    when = parse_when(line, now=NOW, expect_time=True)
    assert when.single_day.day == day and when.single_day.weekday() in range(5)
    assert (when.at.hour, when.at.minute) == (hour, minute)


@pytest.mark.parametrize("line, day, hour", [
    ("Friday 10", 13, 10),  # an hour: no time said after it
    ("Thursday 3", 12, 15),
    ("Friday 9 am", 13, 9),
])
def test_a_weekday_and_a_small_number_alone_is_still_an_hour(line, day, hour):
    from agent_worker.flows.when import parse_when

    when = parse_when(line, now=NOW, expect_time=True)
    assert when.single_day.day == day and when.at.hour == hour


def test_the_and_a_number_is_a_day_only_with_a_time_after_it():
    from agent_worker.flows.when import parse_when

    assert parse_when("I'll take the 3", now=NOW) is None


@pytest.mark.parametrize("line, accepted", [
    ("Number is the same from which I am calling.", True),
    ("This number I call from is good.", True),
    ("The number is this one I call from.", True),
    ("No pain at all, and the cell I'm calling from is the best number.", True),
    ("Not the number I'm calling from, use my work one.", False),
])
def test_the_number_called_from_accepted_in_a_second_languages_words(line, accepted):
    from agent_worker.flows.contact import caller_id_accepted
    from agent_worker.flows.text import clean

    assert caller_id_accepted(clean(line)) is accepted


@pytest.mark.parametrize("line, none_of", [
    ("No swelling, the face is normal. Only pain when it's cold.", True),
    ("No smoke, nothing, it drives normal.", True),
    ("No pain.", False),
    ("No, thank you.", False),
    ("No I don't want that.", False),
])
def test_no_that_says_there_is_none_of_something_is_not_a_refusal(line, none_of):
    from agent_worker.flows.text import says_none_of

    assert says_none_of(line) is none_of


@pytest.mark.django_db
def test_a_move_asked_without_the_article_finds_the_booking(fleet):
    from tests.agent_worker.flow_support import seed_booking

    flow = _flow("t_vet", caller="+17185550184")
    seed_booking(flow, "2026-03-13 10:00", "Irina Kuznetsova", "+17185550184")
    said = _talk(flow, "Hello. I have appointment for my cat on Friday, at ten in the morning. I "
                       "need to change to other day, please.",
                 "The name of appointment is Irina Kuznetsova.",
                 "Is possible Saturday the 14, at half past nine in the morning? Same name, "
                 "Irina Kuznetsova.",
                 "Yes, correct, please change it.")
    assert "name" in said[0] and "emergency" not in said[0]
    assert ("2026-03-14 09:30", "Irina Kuznetsova", "booked") in _appointments(flow)


@pytest.mark.django_db
def test_a_name_to_book_under_said_without_the_possessive_is_taken(fleet):
    flow = _flow("t_law", caller="+16465550161")
    _talk(flow, "How much is a will for my mother?",
          "Can we have Friday the 20, at two in the afternoon? Please put the booking in my "
          "mother name, Mei Chen.",
          "You can use this number I am calling from.", "Yes, correct, please book.")
    assert _appointments(flow) == [("2026-03-20 14:00", "Mei Chen", "booked")]


@pytest.mark.django_db
def test_a_caller_who_will_talk_it_over_and_call_back_is_let_go(fleet):
    said = _talk(_flow("t_dental"), "How much is a new patient exam and cleaning?",
                 "Okay, I will talk first to my husband and I will call back on Monday. Thank "
                 "you, bye.")
    assert "Goodbye" in said[1] and "Monday" not in said[1]


@pytest.mark.django_db
def test_asking_an_agent_to_call_during_a_booking_takes_a_message(fleet):
    flow = _flow("t_homes", clock=TUESDAY_9AM.replace(hour=19))
    said = _talk(flow, "I am interested in the house on 14 Orchard Lane, I want to make an "
                       "offer on it.",
                 "My name is Vikram Iyer. Kindly ask the agent to call me tomorrow morning.")
    assert "buy, sell or rent" not in said[0]
    assert "message" in said[1]


@pytest.mark.parametrize("line", ["What are your timings on Saturday?",
                                  "And on Sunday also you are open?",
                                  "Do you have any late nights?"])
def test_hours_asked_in_other_words(line):
    from agent_worker.flows.knowledge import asks_hours
    from agent_worker.flows.text import clean

    assert asks_hours(clean(line))


@pytest.mark.django_db
def test_a_cancellation_supposed_is_a_question_not_a_request(fleet):
    said = _talk(_flow("t_salon"), "If I cancel the appointment, there is any charges?")
    assert "notice" in said[0] and "name on the appointment" not in said[0]


@pytest.mark.django_db
def test_water_near_an_outlet_gets_the_templates_warning_once(fleet):
    flow = _flow("t_plumb", clock=TUESDAY_9AM.replace(hour=21))
    said = _talk(flow, "The pipe under the kitchen is broken, water is everywhere!",
                 "The water go near the plug in the wall.", "It's still near the outlet.")
    assert "electrical" in said[1] and "911" in said[1]
    assert "electrical" not in said[2]
    assert flow.state.urgent and "plug" in flow.state.reason


@pytest.mark.parametrize("line", ["My cat is vomiting since two days. She is not collapsed, she "
                                  "is walking and drinking.",
                                  "He's not having a seizure or anything, just limping a bit."])
def test_a_sign_said_to_be_absent_is_no_emergency(line):
    from agent_worker.flows import intents

    assert not intents.emergency("veterinary", line)


@pytest.mark.django_db
def test_the_brakes_checked_for_free_is_the_brake_inspections_price(fleet):
    said = _talk(_flow("t_auto"), "And the brakes, you check them for free, or I must pay?")
    assert "Brake inspection is free" in said[0] and "engine" not in said[0]


@pytest.mark.django_db
def test_a_name_whose_surname_is_a_particle_or_a_car_make_is_a_name(fleet):
    from agent_worker.flows.names import offered_name

    assert offered_name("My name is Minh Le, last name L-E.") == "Minh Le"
    assert offered_name("Thursday at 7 for Jasmine Ford, F, O, R, D.") == "Jasmine Ford"
    assert offered_name("I drive a Ford Escape.") is None


# --- callers who book around their lives (the nineteenth set) ------------------------------------
def test_a_knocked_out_tooth_said_any_way_is_an_emergency():
    from agent_worker.flows import intents

    assert intents.emergency("dental", "My son's front tooth got knocked clean out at soccer!")


@pytest.mark.django_db
def test_closed_today_does_not_make_a_message_urgent(fleet):
    flow = _flow("t_salon", clock=TUESDAY_9AM.replace(day=15, hour=11))
    _talk(flow, "Hi, I know you're closed today. I'd like a stylist to call me back about prom "
                "hair in May.")
    assert not flow.state.urgent


@pytest.mark.django_db
def test_a_fee_for_cancelling_with_days_notice_is_the_policy_not_a_same_day_visit(fleet):
    said = _talk(_flow("t_clinic"), "Is there a fee for cancelling, with three days' notice?")
    assert "notice" in said[0] and "Same-day" not in said[0]


@pytest.mark.django_db
def test_leaving_after_a_message_read_back_keeps_what_was_read_back(fleet):
    flow = _flow("t_auto", clock=TUESDAY_9AM.replace(hour=20), caller="+16175550245")
    _talk(flow, "My brake pedal went to the floor and there's a burning smell!",
          "I'm Janet Okoye.", "Call me back on the number I'm calling from.",
          "Thanks, I'll wait here. Bye.")
    [message] = _messages(flow)
    assert "brake" in message.reason and message.urgent


@pytest.mark.django_db
def test_a_young_childs_age_chooses_the_childs_service(fleet):
    from agent_worker.flows.knowledge import match_service
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_dental")
    assert match_service(config, "A cleaning for my son, he is seven years, he is a new "
                                 "patient.")["name"].startswith("Child")
    assert match_service(config, "A cleaning for my son, he's 30 years old.")["name"].startswith(
        "Adult")


def test_a_birth_date_said_with_the_time_leaves_the_time():
    from agent_worker.flows.when import parse_when

    when = parse_when("Thursday the 19th at ten, for Olivia Grant, date of birth March 3rd, 1993.",
                      now=NOW, expect_time=True)
    assert when.single_day.day == 19 and when.at.hour == 10


@pytest.mark.django_db
def test_a_time_said_with_a_birth_date_to_what_day_and_time_is_booked(fleet):
    flow = _flow("t_dental", caller="+16175550203")
    said = _talk(flow, "I'd like the new patient exam and cleaning. Can I pay with my HSA card?",
                 "Please book me for Thursday the 19th at ten in the morning, that's for Olivia "
                 "Grant, date of birth March 3rd, 1993.")
    assert "10 AM" in said[1]


@pytest.mark.django_db
def test_a_question_beside_a_request_that_nothing_answers_is_passed_on_not_lost(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "I saw the two-bedroom rental on Linden Street. Before I come and see it, "
                       "do they allow a medium-sized dog?")
    assert said[0].startswith("I don't have that information here")
    assert "dog" in flow.state.reason


@pytest.mark.django_db
def test_a_service_not_on_the_list_is_said_not_to_be_and_the_team_offered(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Hi, do you do manicures?", "Yes please.")
    assert "don't see that" in said[0] and "list" in said[0] and "message" in said[0]
    assert "name" in said[1] and "manicures" in flow.state.reason


@pytest.mark.parametrize("line", ["Cool, thanks.", "Okay, thanks so much.", "Thanks, man.",
                                  "Great, thank you so much."])
def test_thanks_however_dressed_is_thanks(line):
    from agent_worker.flows import intents
    from agent_worker.flows.text import clean

    assert intents.thanks(clean(line))


@pytest.mark.django_db
def test_thanks_to_anything_else_is_thanked_back_not_asked_again(fleet):
    from agent_worker.flows.state import Stage

    flow = _flow("t_dental")
    _talk(flow, "What are your hours on Friday?")
    flow.state.stage = Stage.ANYTHING_ELSE  # as after a booking or a message is done
    said = _talk(flow, "Okay, thanks so much.")
    assert said[0].startswith("You're welcome!") and "anything else" not in said[0]
    assert not flow.state.ended  # only a goodbye (or silence) ends the call


@pytest.mark.parametrize("line, kind", [
    ("Before I give you anything, who's going to see this message?", "privacy"),
    ("Who gets to see this message? It's private medical stuff.", "privacy"),
    ("Hello? Is this the clinic? Sorry, the line's terrible.", "who"),
])
def test_who_sees_the_message_and_who_answered_are_questions_about_the_call(line, kind):
    assert process_question(line) == kind


@pytest.mark.django_db
def test_asked_to_say_it_again_slower_the_question_is_said_again(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "I need an oil change for my 2019 Honda Civic.",
                 "Could you say that again, please? Slower?")
    assert said[1] == said[0] or said[1] in said[0]


@pytest.mark.parametrize("line, price", [
    ("Is the consultation really free?", True),
    ("Which is cheaper, the annual physical or a sports physical?", True),
    ("Is the 3 pm slot free?", False),
    ("Are you free tomorrow?", False),
])
def test_is_it_free_and_which_is_cheaper_ask_a_price(line, price):
    from agent_worker.flows.knowledge import asks_price

    assert asks_price(line) is price


@pytest.mark.django_db
def test_which_is_cheaper_gets_both_prices(fleet):
    said = _talk(_flow("t_clinic"), "Which is cheaper, the annual physical or a sports physical?")
    assert "$225" in said[0] and "$75" in said[0]


@pytest.mark.django_db
def test_rather_have_the_agent_call_turns_a_booking_into_a_message(fleet):
    flow = _flow("t_homes")
    _talk(flow, "I'd like to see the rental on Oak Street on Saturday.",
          "Actually, I'd rather the agent call me first.")
    assert str(flow.state.task) == "message"


@pytest.mark.django_db
def test_a_move_then_a_cancel_in_one_line_is_the_cancel(fleet):
    from tests.agent_worker.flow_support import seed_booking

    flow = _flow("t_vet", clock=TUESDAY_9AM.replace(day=11, hour=7, minute=50),
                 caller="+16195550341")
    seed_booking(flow, "2026-03-13 09:30", "Omar Saleh", "+16195550341")
    said = _talk(flow, "This is Omar Saleh. I have an appointment for my dog on Friday the 13th "
                       "at nine thirty.",
                 "I was going to move it to next week, but actually, just cancel it.",
                 "Yes, please cancel it.")
    assert "cancel" in said[1]
    assert _appointments(flow) == [("2026-03-13 09:30", "Omar Saleh", "cancelled")]


@pytest.mark.django_db
def test_an_emergency_told_again_worse_hears_the_safety_line_again_once(fleet):
    flow = _flow("t_clinic", clock=TUESDAY_9AM.replace(hour=7, minute=15))
    said = _talk(flow, "I've had some tightness in my chest on and off.",
                 "It's happening right now, a crushing pain in my chest going down my arm.",
                 "It's still happening right now, the chest pain.")
    assert "911" in said[1] and "911" not in said[2]
    assert "crushing" in flow.state.reason


@pytest.mark.django_db
def test_an_earlier_agent_named_is_history_and_the_valuation_is_booked(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "We bought our house through you in 2019, the agent who helped us then "
                       "was Carla, and now we're selling. We'd like to start with a valuation.")
    assert str(flow.state.task) == "book" and "nobody available" not in said[0]


@pytest.mark.parametrize("line, farewell", [
    ("Nothing else feels off, the pedal is firm.", False),
    ("No, nothing else, thanks.", True),
])
def test_nothing_else_is_a_farewell_only_when_it_ends_the_call(line, farewell):
    from agent_worker.flows import intents
    from agent_worker.flows.text import clean

    assert intents.says_goodbye(clean(line)) is farewell


def test_no_rush_keeps_a_message_routine():
    from agent_worker.flows import intents

    assert intents.says_not_urgent("No rush today, just call me when the part is in.")



@pytest.mark.django_db
def test_the_number_accepted_with_what_the_message_is_about_in_one_line_goes_on(fleet):
    """To "is the number you're calling from the best one?", the yes and what the message is
    about in one line: the number is taken and the reason kept, not the question put again."""
    flow = _flow("t_dental", caller="+17735550306")
    said = _talk(flow, "Please take a message for the front desk. My name is Gregory Baptiste.",
                 "The number I'm calling from is the best one, and it's about booking my filling "
                 "at a time after work.",
                 "Yes, please pass it on.")
    assert "best one to reach you" in said[0]
    assert "read that back" in said[1] and "booking my filling" in said[1]
    assert "number I'm calling from" not in said[1]
    [message] = _messages(flow)
    assert message.callback_number == "+17735550306" and "filling" in message.reason


@pytest.mark.django_db
def test_forgetting_the_visit_for_a_request_to_the_nurse_becomes_a_message(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "Hi, I was going to book a visit with the doctor about my medication "
                       "refill.",
                 "Actually, forget the visit, I can't come in at all. Can I just leave a refill "
                 "request for the nurse instead?")
    assert "message" in said[1] and "your full name" in said[1]
    assert "What day and time" not in said[1]


def test_a_time_asked_for_is_no_wish_to_change_one():
    from agent_worker.flows.intents import wants_to_change

    assert not wants_to_change("it's about booking my filling at a time after work")
    assert wants_to_change("can we find a different day for it")
    assert wants_to_change("could we pick another time")
    assert wants_to_change("i need a day instead")


@pytest.mark.django_db
def test_a_new_time_asked_for_after_picking_the_first_one_is_no_faq_question(fleet):
    """"The first one." (a slot) and then "Could we make it Wednesday at 8 am?": the question
    names a time, so it is not read with the line before as "my first visit" (found by the
    read-back property test: the FAQ on what to bring was read and the slot kept)."""
    flow = _flow("t_dental")
    said = _talk(flow, "Hi, this is Ann Lee. I'd like to book an appointment on March 12th.",
                 "I've been before.", "The first one.", "Could we make it Wednesday at 8 am?",
                 "Yes.", "Yes.")
    assert "Please bring" not in said[3] and "8 AM" in said[3]
    assert _appointments(flow) == [("2026-03-11 08:00", "Ann Lee", "booked")]
