"""Callers as the twenty-first, twenty-eighth and thirty-first to thirty-fourth development sets
showed them (issue 14), fixed by failure kind: a further booking described before the one in
hand is written, and the kinds the newer sets showed (wary, interrupted, mistaken and
constrained callers). Phrasings are this file's own; all of it
runs on the real appointment book."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.contact import caller_id_accepted
from agent_worker.flows.names import fuller_name, name_said_around, offered_name
from agent_worker.flows.process import process_answer, process_question
from agent_worker.flows.readback import _BOOK_IT, _GO_AHEAD
from agent_worker.flows.text import is_question
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM, bookings_made, seed_booking
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.parametrize("line", [
    "And can you book my daughter in too, right after me?",
    "Then my color right after hers, same day at two.",
    "Could I get a flu shot for myself as well, straight after his?",
    "Oh, and I'll need one for my husband too.",
    "Can you also book my son, Theo, at eleven?",
    "I'd like another appointment for my wife, the same afternoon.",
])
def test_a_further_booking_beside_the_one_being_made(line):
    assert intents.another_booking(line)


@pytest.mark.parametrize("line", [
    "Can I come right after work, around five thirty?",
    "I'm a patient there too.",
    "Actually, make it right after his instead, at eleven.",
    "Is four too late?",
    "Right after school works best for him.",
    "Thursday at three works for me too.",
])
def test_not_a_further_booking(line):
    assert not intents.another_booking(line)


@pytest.mark.parametrize("line", [
    "Yes, please book both.", "Book them both, thanks.", "Yes, both of them.",
    "Great, book us in.",
])
def test_both_bookings_asked_for(line):
    assert intents.books_both(line)


def test_yes_to_one_is_not_both():
    assert not intents.books_both("Yes, book it.")
    assert not intents.books_both("Yes, that's right.")


def test_a_name_said_after_words_that_are_none():
    line = "And can you book my daughter in too, right after me, at eleven? Her name is Lily Tran."
    assert name_said_around(line) == "Lily Tran"


def test_thats_and_a_name_gives_it():
    assert offered_name("Put my boy first, Friday at nine. That's Owen Pike, P, I, K, E.") == (
        "Owen Pike")


@pytest.mark.django_db
def test_a_further_booking_is_kept_and_both_are_booked_when_asked(fleet):
    flow = _flow("t_dental", caller="+16175550142")
    replies = _talk(flow, "Hi, I need a cleaning, I'm a patient already.",
                    "Thursday the twelfth at ten, please. My name is Hana Sato.",
                    "And can you book my daughter in too, right after me, at eleven? Her name "
                    "is Emi Sato.",
                    "Yes, this number is fine.",
                    "Yes, book both please.")
    assert "right after this one" in replies[2]
    assert "Hana Sato, Thursday, March 12th at 10 AM" in replies[3]  # the first, as it was
    assert bookings_made(flow) == [("2026-03-12 10:00", "Hana Sato"),
                                  ("2026-03-12 11:00", "Emi Sato")]
    assert "Emi Sato, Thursday, March 12th at 11 AM" in replies[4]  # the second, said back


@pytest.mark.django_db
def test_a_yes_to_the_first_reads_the_next_one_back_before_it_is_booked(fleet):
    flow = _flow("t_dental", caller="+16175550143")
    replies = _talk(flow, "Hi, I need a cleaning, I'm a patient already.",
                    "Wednesday the eleventh at two. I'm Ravi Menon.",
                    "And my wife as well, right after me at three, her name is Priya Menon.",
                    "Yes, the number I'm calling from.",
                    "Yes, that's right.")
    assert bookings_made(flow) == [("2026-03-11 14:00", "Ravi Menon")]
    assert "Priya Menon" in replies[4] and "Shall I book that?" in replies[4]
    _talk(flow, "Yes.")
    assert bookings_made(flow) == [("2026-03-11 14:00", "Ravi Menon"),
                                  ("2026-03-11 15:00", "Priya Menon")]


@pytest.mark.django_db
def test_a_further_booking_without_a_time_asks_for_it_after_the_first(fleet):
    flow = _flow("t_dental", caller="+16175550144")
    replies = _talk(flow, "Hi, I'd like a cleaning, I've been in before.",
                    "Friday the thirteenth at nine. My name is Dara Quinn.",
                    "Oh, and I'll need one for my son as well.",
                    "Yes, this number is fine.",
                    "Yes.",
                    "Friday the thirteenth at ten for him.",
                    "His name is Finn Quinn.",
                    "Yes.")
    assert "Now the next one" in replies[4] and "What day and time" in replies[4]
    assert bookings_made(flow) == [("2026-03-13 09:00", "Dara Quinn"),
                                  ("2026-03-13 10:00", "Finn Quinn")]


@pytest.mark.parametrize("line", [
    "Hold on, my husband's asking me something— he wants to know how much a cleaning is.",
    "She wants to know if you take walk-ins.",
    "My mom's asking whether you're open Saturdays.",
])
def test_a_question_passed_on_from_someone_beside_the_caller_is_a_question(line):
    assert is_question(line)


def test_wanting_something_is_no_question():
    assert not is_question("She wants a haircut on Friday.")
    assert not is_question("My son needs a checkup.")


@pytest.mark.django_db
def test_a_price_asked_for_someone_in_the_room_is_answered_mid_booking(fleet):
    flow = _flow("t_salon")
    replies = _talk(flow, "Hi, I'd like a blowout on Friday afternoon.",
                    "Sorry, hang on, my sister's asking— she wants to know how much a blowout "
                    "is.")
    assert "$45" in replies[1]


@pytest.mark.parametrize("line", [
    "Hello? Sorry, you're on speaker, I'm driving, give me a second to pull over.",
    "Hang on, let me grab a pen.",
    "One sec, someone's at the door.",
    "Hold on a moment please.",
])
def test_asked_to_wait_a_moment(line):
    assert intents.line_talk(line) == ("", "wait")


def test_waiting_beside_what_else_is_said_keeps_it():
    rest, kind = intents.line_talk("Hang on, is that Thursday the 12th?")
    assert kind == "wait" and rest == "is that Thursday the 12th?"
    assert intents.line_talk("Wait, that's not right.")[1] == ""


@pytest.mark.django_db
def test_a_caller_who_asks_to_wait_is_told_to_take_their_time_and_the_question_waits(fleet):
    flow = _flow("t_dental")
    replies = _talk(flow, "I need a cleaning, I've been in before.",
                    "Oh, hang on a second, let me grab my calendar.",
                    "Okay, I'm back. Friday the thirteenth at ten?")
    assert replies[1] == "Of course, take your time."
    assert "Friday, March 13th at 10 AM" in replies[2]


@pytest.mark.parametrize("line", ["Thank you very much. Good night.", "Okay, goodnight!"])
def test_good_night_is_a_goodbye(line):
    assert intents.says_goodbye(line) and intents.says_farewell(line)


def test_a_good_nights_sleep_is_no_goodbye():
    assert not intents.says_goodbye("I haven't had a good night's sleep since it started.")


@pytest.mark.parametrize("line, kind", [
    ("Who actually sees all of this, just the office?", "privacy"),
    ("Could you text my cell instead?", "text"),
    ("Would you please text my mobile the time?", "text"),
])
def test_process_questions_asked_warily(line, kind):
    assert process_question(line) == kind


@pytest.mark.django_db
def test_a_text_asked_for_mid_booking_is_answered_and_the_number_kept(fleet):
    flow = _flow("t_dental", caller="+16175550145")
    replies = _talk(flow, "Hi, I'd like a cleaning, I've been in before. I'm Lena Ortiz.",
                    "I'm on my work phone. Could you text my cell instead? It's 312 555 0177.",
                    "Wednesday the eleventh at nine.")
    assert "can't send texts" in replies[1]
    assert "3 1 2, 5 5 5, 0 1 7 7" in replies[2] and "Shall I book that?" in replies[2]
    assert flow.state.task == "book"


def test_a_name_said_in_full_after_part_of_it():
    assert fuller_name("Jordan Mbeki", "Jordan") and fuller_name("Mireille Tanaka", "Tanaka")
    assert not fuller_name("Jordan Mbeki", "Jordan Mbeki")
    assert not fuller_name("Ann Lee", "Jordan")


def test_a_recap_opens_with_the_name():
    assert offered_name("So Jordan Mbeki, sports physical, Monday at three twenty.") == (
        "Jordan Mbeki")


@pytest.mark.django_db
def test_the_full_name_said_at_the_read_back_is_the_one_booked(fleet):
    flow = _flow("t_dental", caller="+16175550146")
    _talk(flow, "Hi, I need a cleaning, I've been in before.",
          "Thursday the twelfth at two. It's Okafor, O K A F O R.",
          "Yes, this number.",
          "So Adaeze Okafor, cleaning, Thursday the twelfth at two. Please book it.")
    assert bookings_made(flow) == [("2026-03-12 14:00", "Adaeze Okafor")]


@pytest.mark.parametrize("line", [
    "What's today's date?", "Do you even know what day it is?", "What time is it there?",
])
def test_todays_date_asked(line):
    assert process_question(line) == "today"


@pytest.mark.django_db
def test_todays_date_is_told_from_the_businesss_clock(fleet):
    flow = _flow("t_vet")
    replies = _talk(flow, "Before anything else, what's the date today?")
    assert replies[0].startswith("Today is Tuesday, March 10th, and it's 9 AM here.")


@pytest.mark.parametrize("line", [
    "Is this an actual person or another one of those robot things?",
    "Is this a real person?",
])
def test_is_it_a_person_asked_warily(line):
    assert process_question(line) == "is_ai"


@pytest.mark.django_db
def test_a_request_beside_a_question_about_the_call_is_not_lost(fleet):
    flow = _flow("t_dental", caller="+16175550147")
    seed_booking(flow, "2026-03-12 11:00", "Omar Haddad", "+16175550147")
    replies = _talk(flow, "Hi, I need to cancel my appointment this Thursday at eleven. Is "
                          "this a recording?")
    assert "automated" in replies[0] and flow.state.task == "cancel"


@pytest.mark.parametrize("line", [
    "My car started smoking from under the hood on the way home.",
    "The temperature gauge went into the red and there's steam coming out.",
    "The engine is overheating, I'm on the shoulder.",
])
def test_an_engine_smoking_or_overheating_now_is_an_auto_emergency(line):
    assert intents.emergency("auto_repair", line)


def test_an_engine_that_overheated_once_is_not():
    assert not intents.emergency("auto_repair",
                                 "My car overheated once last week but it's been fine since.")


def test_make_it_urgent_asks_for_an_urgent_message():
    assert intents.wants_message("Please make it urgent, call me at 480 555 0179.")


def test_a_callback_number_said_is_no_message_asked_for():
    assert not intents.wants_message("Name's Theo Hale, callback this number.")
    assert not intents.wants_message("Callback is my cell, 347 555 0189, not this work line.")
    assert intents.wants_message("Could I just get a callback from the doctor?")


@pytest.mark.django_db
def test_a_booking_whose_callback_is_given_stays_a_booking(fleet):
    flow = _flow("t_salon", caller="+13035550190")
    _talk(flow, "I need a men's haircut, anyone's fine, I've been in before.",
          "Saturday the fourteenth at nine.",
          "Name's Theo Hale, H A L E, callback this number. So Theo Hale, men's haircut, "
          "Saturday the fourteenth at nine a.m. Go ahead.")
    assert bookings_made(flow) == [("2026-03-14 09:00", "Theo Hale")]


def test_telling_someone_else_to_hang_up_is_no_goodbye():
    assert not intents.says_goodbye("My husband picked up the other phone— Ed, I've got it, "
                                    "hang up.")
    assert intents.says_goodbye("Sorry, I have to hang up now.")


def test_a_pets_name_said_with_whose_is_no_person():
    assert offered_name("Existing client. Dog's Rufus. Lab mix.") is None
    assert offered_name("Owner's Marcus Dela, D E L A. This number.") == "Marcus Dela"


@pytest.mark.django_db
def test_no_hot_water_said_in_a_go_ahead_is_no_doubt(fleet):
    flow = _flow("t_plumb", caller="+12015550159")
    _talk(flow, "Our water heater stopped giving hot water, nothing is leaking.",
          "It's 7 Birch Lane, 10002. Saturday the fourteenth at eleven in the morning.",
          "My name is Nina Ford, and this is my cell. So Nina Ford, Saturday the fourteenth at "
          "eleven, no hot water. Please book it.")
    assert bookings_made(flow) == [("2026-03-14 11:00", "Nina Ford")]


@pytest.mark.parametrize("line", [
    "We got cut off, I was in the middle of cancelling my appointment.",
    "I'm cancelling my Thursday cleaning.",
])
def test_cancelling_said_as_it_goes_on_is_a_cancellation(line):
    assert intents.wants_cancel(line) and intents.cancels_a_booking(line)


def test_a_grown_tooth_out_is_a_dental_emergency():
    assert intents.emergency("dental", "One of his front teeth came right out, he's eleven.")
    assert not intents.emergency("dental", "Her baby tooth fell out last night.")


@pytest.mark.django_db
def test_a_yes_with_a_further_booking_in_the_same_breath_books_this_one(fleet):
    flow = _flow("t_dental", caller="+16175550148")
    replies = _talk(flow, "Hi, I need a cleaning, I'm a patient already.",
                    "Wednesday the eleventh at nine. I'm Iris Vale, this number is fine.",
                    "Yes, and book my son in too, right after me, at ten. His name is Ash "
                    "Vale.")
    assert replies[2].startswith("You're all set, Iris")
    assert "Now the next one" in replies[2] and "Ash Vale" in replies[2]
    assert bookings_made(flow)[0] == ("2026-03-11 09:00", "Iris Vale")


@pytest.mark.django_db
def test_the_old_one_cancelled_after_a_move_is_never_the_new_one(fleet):
    flow = _flow("t_auto", caller="+15715550160")
    seed_booking(flow, "2026-03-19 08:30", "Owen Pratt", "+15715550160")
    replies = _talk(flow, "I need to move my tire rotation on Thursday to Saturday. Owen Pratt.",
                    "Saturday the twenty-first at eleven in the morning, please.",
                    "Yes, please.",
                    "So Owen Pratt, moved to Saturday the twenty-first at eleven. Cancel the "
                    "old slot. Go ahead.",
                    "Thanks a lot, bye.")
    assert "Your old appointment is cancelled" in replies[2]
    assert "already cancelled" in replies[3]
    assert _appointments(flow) == [("2026-03-19 08:30", "Owen Pratt", "cancelled"),
                                   ("2026-03-21 11:00", "Owen Pratt", "booked")]


@pytest.mark.parametrize("line, after, before", [
    ("Mornings are impossible for me, it has to be an afternoon.", 12, 17),
    ("Not mornings, please.", 12, 23),
    ("If what you've got is a morning, I'll have to pass. Any time after one?", 13, 23),
    ("I teach until noon, so any day but Wednesday.", 12, None),
])
def test_a_part_of_the_day_ruled_out_is_never_the_window(line, after, before):
    from tests.agent_worker.flow_support import TUESDAY_9AM

    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.after is not None and when.after.hour == after
    assert (when.before.hour if when.before else None) == before


@pytest.mark.django_db
def test_the_later_one_named_beside_both_times_is_the_later(fleet):
    flow = _flow("t_vet", caller="+17735550146")
    replies = _talk(flow, "My dog's due for his wellness exam, nothing wrong, we've been before. "
                          "Saturday between nine and ten would be best.",
                    "If you have nine and nine thirty, I'll take the later one, nine thirty.")
    assert "9 AM or 9:30 AM" in replies[0]
    assert replies[1].startswith("Great, Saturday, March 14th at 9:30 AM")


@pytest.mark.django_db
def test_a_first_choice_of_day_is_no_pick_of_the_first_time_offered(fleet):
    flow = _flow("t_plumb", caller="+15105550173")
    replies = _talk(flow, "My toilet runs all night, nothing is leaking. Someone after four, "
                          "please. It's 18 Birch Lane, 94610.",
                    "Whatever you've got after four this week. Wednesday is my first choice, "
                    "Thursday the backup.")
    assert "tomorrow" in replies[1] and "today" not in replies[1]


@pytest.mark.parametrize("line", [
    "Name's Gordon Pike, and this number is the one to call.",
    "I'm Gwen Tallis, and this is my number.",
])
def test_the_number_called_from_accepted_in_other_words(line):
    from agent_worker.flows.text import clean

    assert caller_id_accepted(clean(line))


def test_a_number_fine_for_a_callback_is_no_message_asked_for():
    assert not intents.wants_message("My name is Ada Oke, and this number is fine for a "
                                     "callback.")


@pytest.mark.django_db
def test_a_call_back_asked_for_stays_the_message_when_times_are_talked_of(fleet):
    flow = _flow("t_salon", caller="+14155550169")
    _talk(flow, "I'm planning my wedding in April and I'd like hair done for five of us. "
                "I'd like someone to call me back.",
          "We'd need to be finished by noon, so starting around eight if the stylists can come "
          "in early.")
    assert flow.state.task == "message"


@pytest.mark.django_db
def test_a_call_back_about_what_a_home_is_worth_is_a_message(fleet):
    flow = _flow("t_homes", caller="+14155550170")
    replies = _talk(flow, "We're selling our condo this summer and I'd like an agent to call me "
                          "about what it might be worth.")
    assert flow.state.task == "message" and "message" in replies[0]


@pytest.mark.django_db
def test_cancelling_a_service_by_its_name_is_a_cancellation(fleet):
    flow = _flow("t_auto", caller="+15715550162")
    seed_booking(flow, "2026-03-20 09:30", "Ray Oko", "+15715550162")
    _talk(flow, "I need to cancel my tire rotation on Friday the twentieth at nine thirty.",
          "It's under Ray Oko.", "Yes, cancel it.")
    assert _appointments(flow) == [("2026-03-20 09:30", "Ray Oko", "cancelled")]


@pytest.mark.django_db
@pytest.mark.parametrize("schema, line, said", [
    ("t_law", "Your website says you're open till eight on weeknights. I'd like to book a "
     "consultation about a speeding ticket.", "Our hours are"),
    ("t_salon", "I want to book a balayage. Last spring it was one fifty here.", "$195"),
    ("t_vet", "My friend said you see rabbits, so I'd like a checkup for my bunny.",
     "We see dogs and cats"),
])
def test_what_the_caller_believes_of_the_business_is_set_right(fleet, schema, line, said):
    assert said in _talk(_flow(schema), line)[0]


@pytest.mark.django_db
def test_a_belief_the_business_bears_out_is_only_confirmed(fleet):
    reply = _talk(_flow("t_salon"), "My sister said you do balayage, I'd like one Friday.")[0]
    assert "$195" in reply


def test_the_first_part_is_no_day_of_the_month():
    from tests.agent_worker.flow_support import TUESDAY_9AM

    assert parse_when("Sorry, I totally missed the first part.", now=TUESDAY_9AM) is None


@pytest.mark.django_db
def test_an_hours_question_with_what_the_caller_cannot_make_starts_no_booking(fleet):
    flow = _flow("t_salon")
    replies = _talk(flow, "Are you open late on Thursdays? I can never get there before six.",
                    "What time did you say you close on Thursday?")
    assert "8 PM" in replies[0] and flow.state.task == ""


def test_please_schedule_it_is_a_go_ahead():
    assert _GO_AHEAD.search("yes please schedule it") and _BOOK_IT.search("please schedule it")


@pytest.mark.parametrize("line, kind", [
    ("Is this the office itself, or one of those answering services in another state?",
     "office"),
    ("Is this the actual office, or some call centre?", "office"),
    ("Is this a real dispatcher or an automated system this late?", "is_ai"),
    ("Is this Fleet Dental?", "who"),
    ("Hello? Is this the clinic?", "who"),
])
def test_where_the_call_is_answered_asked(line, kind):
    assert process_question(line) == kind
    assert "call centre" in process_answer("office", business="Fleet Dental")


@pytest.mark.django_db
def test_what_the_caller_cannot_make_beside_a_time_they_can_is_a_booking(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I can't get there before six, so could I do a blowout Thursday at seven?")
    assert flow.state.task == "book"


@pytest.mark.django_db
def test_two_times_for_two_people_in_one_breath_are_two_bookings(fleet):
    flow = _flow("t_dental", caller="+16175550172")
    replies = _talk(flow, "I'd like two cleanings, one for me and one for my son, we've both "
                          "been in before.",
                    "Thursday the nineteenth, three in the afternoon for me and four o'clock for "
                    "him, right after.",
                    "I'm Grace Obi, and the number I'm calling from is best.",
                    "Yes, please book mine.",
                    "His name is Eli Obi, he's nine.", "Yes.")
    assert "the second one right after this one" in replies[1]
    assert "March 19th at 3 PM" in replies[1]
    assert bookings_made(flow) == [("2026-03-19 15:00", "Grace Obi"),
                                  ("2026-03-19 16:00", "Eli Obi")]


def test_an_age_is_no_time():
    assert parse_when("Eli Obi, he's nine, a child cleaning.", now=TUESDAY_9AM) is None
    when = parse_when("He's seven, Thursday at four.", now=TUESDAY_9AM)
    assert when is not None and when.at is not None and when.at.hour == 16


@pytest.mark.parametrize("line, name", [
    ("The appointment should be under Nadia Kowalczyk, K O W A L C Z Y K.", "Nadia Kowalczyk"),
    ("Please put it under Evelyn Hargrove, and callbacks to me on this number.",
     "Evelyn Hargrove"),
    ("I'm Kendra Vos, executive assistant to Nadia Kowalczyk, the CEO.", "Nadia Kowalczyk"),
    ("I keep the calendar for our CEO, Gerald Okonkwo, he's due for his physical.",
     "Gerald Okonkwo"),
])
def test_an_assistant_books_under_the_name_of_whom_it_is_for(line, name):
    assert name_said_around(line) == name


def test_the_callers_own_name_is_still_theirs():
    assert name_said_around("Put it under my name, Ann Lee.") is None


@pytest.mark.parametrize("line", [
    "He just texted me he's been thinking about ending his life.",
    "She told me she wants to hurt herself.",
    "My brother said he'd be better off dead.",
])
def test_someone_who_may_end_their_life_is_an_emergency_in_any_trade(line):
    assert intents.self_harm(line)
    assert all(intents.emergency(trade, line) for trade in ("medical_clinic", "law_firm",
                                                             "salon"))


def test_someone_hurt_by_accident_is_no_crisis():
    assert not intents.self_harm("My son hurt himself at soccer, can he be seen this week?")
    assert not intents.self_harm("She cut herself cooking last night.")


@pytest.mark.django_db
def test_the_crisis_line_is_said_for_someone_who_may_hurt_themselves(fleet):
    reply = _talk(_flow("t_clinic"), "My client told me he's thinking about ending his life.")[0]
    assert "988" in reply and "911" in reply


@pytest.mark.parametrize("line", [
    "Please put that in.", "Please lock that in.", "Please confirm the booking.",
])
def test_other_go_aheads(line):
    assert _GO_AHEAD.search(line.lower()) and _BOOK_IT.search(line.lower())


@pytest.mark.django_db
def test_a_doctor_to_keep_an_eye_on_blood_pressure_is_routine(fleet):
    flow = _flow("t_clinic")
    reply = _talk(flow, "Hello, I just moved to town and I need a doctor to keep an eye on my "
                        "blood pressure.")[0]
    assert not flow.state.urgent and "911" not in reply


@pytest.mark.django_db
@pytest.mark.parametrize("line", [
    "Should he be saying anything to the police? What do I tell him when he calls?",
    "What do I tell the judge?",
])
def test_what_to_say_to_the_police_is_legal_advice(fleet, line):
    from agent_worker.guardrails import forbidden_advice
    from tenants.router import MultiTenantRouter

    assert forbidden_advice(MultiTenantRouter().get_client_config("t_law"), line)


def test_is_this_the_business_itself_asked():
    assert process_question("Hello, is this the vet itself or an answering service?") == "office"


@pytest.mark.django_db
def test_a_real_person_asked_about_is_answered_not_transferred(fleet):
    flow = _flow("t_vet", transfer=True)
    replies = _talk(flow, "Are you a real person? I need to know I'm talking to someone who can "
                          "actually help.")
    assert "not a person" in replies[0] and "please hold" not in replies[0]
    assert not flow.state.transfer_requested


def test_under_someones_name_said_with_theirs_is_no_name_of_its_own():
    assert name_said_around("Please put it under Aoife's name, and call my cell.") is None


def test_can_you_hold_on_is_asked_to_wait():
    assert intents.line_talk("Sorry, can you hold on one second? I'm just getting into my "
                             "car.") == ("", "wait")


@pytest.mark.parametrize("line", [
    "She's been called away, so it has to come off the calendar.",
    "Please take her off the schedule for Tuesday.",
    "Can you remove the appointment?",
])
def test_taking_a_booking_off_the_calendar_is_a_cancellation(line):
    assert intents.wants_cancel(line)


def test_off_a_mailing_list_is_no_cancellation():
    assert not intents.wants_cancel("Please take me off your mailing list.")
