"""Callers as the twenty-second and twenty-third development sets showed them (issue 14: dates
and times said every way people say them; names and numbers given as people give them), fixed
by failure kind. Phrasings are this file's own; all of it runs on the real appointment book."""

from __future__ import annotations

from datetime import date, time

import pytest

from agent_worker.flows import intents
from agent_worker.flows.names import offered_name
from agent_worker.flows.when import narrowed, parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM, seed_booking
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk


@pytest.mark.django_db
def test_a_yes_that_says_the_move_from_the_old_time_to_the_new_moves_it(fleet):
    flow = _flow("t_salon", caller="+16465550177")
    seed_booking(flow, "2026-03-12 10:00", "Tomas Ferreira", "+16465550177")
    said = _talk(flow, "Hi, it's Tomas Ferreira, I need to move my cut on Thursday at ten.",
                 "Can we do Friday the 13th at one in the afternoon?",
                 "Yes, move it from Thursday at ten to Friday the 13th at one, please.")
    assert "all set" in said[2].lower()
    assert _appointments(flow) == [("2026-03-12 10:00", "Tomas Ferreira", "cancelled"),
                                   ("2026-03-13 13:00", "Tomas Ferreira", "booked")]


@pytest.mark.parametrize("line, booked", [
    ("It should be under my married name, Helen Brandt.", False),
    ("The booking is under my husband's name, I think.", True),
    ("It's booked as Katherine Moss, and I'm on the number on the booking.", True),
    ("The appointment was made under my full name.", True),
])
def test_where_a_booking_is_found_is_no_new_booking(line, booked):
    assert not intents.wants_booking(line)
    assert intents.refers_to_booked(line) is booked


def test_putting_a_new_booking_under_a_name_is_no_booking_already_had():
    assert not intents.refers_to_booked("Please put the appointment under his name, Al Diaz.")


@pytest.mark.parametrize("line, name", [
    ("It's under my name, not my son's: Gloria Mendez.", "Gloria Mendez"),
    ("It'd be under my legal name, Jonathan Price.", "Jonathan Price"),
    ("Under my maiden name, Olga Berg.", "Olga Berg"),
])
def test_the_name_a_booking_is_under_is_taken(line, name):
    assert offered_name(line) == name


@pytest.mark.django_db
def test_no_booking_under_a_nickname_then_the_legal_name_finds_it(fleet):
    flow = _flow("t_dental", clock=TUESDAY_9AM.replace(hour=15), caller="+12065550190")
    seed_booking(flow, "2026-03-13 11:00", "William Ortega", "+12065550190")
    said = _talk(flow, "Hey, this is Billy Ortega, I have to cancel my cleaning on Friday.",
                 "Oh, it'll be under William Ortega, my real name, same number as this one.",
                 "Yes, cancel it, please.")
    assert "can't find" in said[0]
    assert "Friday, March 13th at 11 AM" in said[1] and "cancel" in said[1]
    assert _appointments(flow) == [("2026-03-13 11:00", "William Ortega", "cancelled")]


@pytest.mark.django_db
def test_another_name_never_finds_a_booking_made_from_another_number(fleet):
    flow = _flow("t_dental", clock=TUESDAY_9AM.replace(hour=15), caller="+12065550190")
    seed_booking(flow, "2026-03-13 11:00", "William Ortega", "+12065550111")
    said = _talk(flow, "Hey, this is Billy Ortega, I have to cancel my cleaning on Friday.",
                 "Oh, it'll be under William Ortega, my real name.")
    assert "can't find" in said[0] and "can't find" in said[1]
    assert _appointments(flow) == [("2026-03-13 11:00", "William Ortega", "booked")]


@pytest.mark.django_db
def test_the_name_a_cancellation_is_under_said_with_whose_it_is_not(fleet):
    flow = _flow("t_vet", caller="+13125550142")
    seed_booking(flow, "2026-03-18 14:00", "Gloria Mendez", "+13125550142")
    said = _talk(flow, "I need to cancel the dog's checkup on Wednesday the 18th at two.",
                 "It's under my name, not the dog's: Gloria Mendez. This is the number it's "
                 "booked on.",
                 "Yes, please cancel it.")
    assert "emergency" not in said[1] and "cancel" in said[1]
    assert _appointments(flow) == [("2026-03-18 14:00", "Gloria Mendez", "cancelled")]


# the pinned clock is Tuesday 10 March 2026, 9 AM
@pytest.mark.parametrize("line, first, last", [
    ("Anytime after the 20th works for us.", date(2026, 3, 21), date(2026, 4, 3)),
    ("Sometime after April 2nd, please.", date(2026, 4, 3), date(2026, 4, 16)),
    ("From the 18th onwards would be good.", date(2026, 3, 18), date(2026, 3, 31)),
    ("It has to be before the 14th.", date(2026, 3, 10), date(2026, 3, 13)),
    ("Can you fit me in by the 13th?", date(2026, 3, 10), date(2026, 3, 13)),
    ("The week after next would be ideal.", date(2026, 3, 23), date(2026, 3, 29)),
])
def test_a_first_or_last_day_the_caller_can_come_is_a_span_of_days(line, first, last):
    when = parse_when(line, now=TUESDAY_9AM)
    assert (when.day_from, when.day_to) == (first, last)


@pytest.mark.parametrize("line, out", [
    ("Any afternoon except Thursday.", {3}),
    ("Anything next week but Friday.", {4}),
    ("Mondays are no good for me.", {0}),
    ("I can't do Tuesdays, work.", {1}),
    ("Not on a Saturday, please.", {5}),
])
def test_a_weekday_ruled_out_is_never_offered(line, out):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when.not_weekdays == frozenset(out)
    assert when.single_day is None
    assert not when.fits(TUESDAY_9AM.replace(day=9 + min(out) + (7 if min(out) == 0 else 0)))


def test_the_part_of_the_day_said_with_a_weekday_ruled_out_is_kept():
    when = parse_when("Any morning but Friday, he has practice on Friday mornings.",
                      now=TUESDAY_9AM)
    assert (when.after, when.before) == (time(0), time(12)) and when.not_weekdays == {4}


@pytest.mark.parametrize("line, after, before", [
    ("Not before ten on Thursday.", time(10), None),
    ("Thursday, no later than three.", None, time(15)),
    ("Thursday between one and three.", time(13), time(15)),
])
def test_a_window_said_as_a_limit_or_a_range(line, after, before):
    when = parse_when(line, now=TUESDAY_9AM)
    assert (when.after, when.before) == (after, before) and when.single_day == date(2026, 3, 12)


def test_a_window_said_after_a_span_narrows_it_and_a_day_named_replaces_it():
    span = parse_when("Sometime after the 20th.", now=TUESDAY_9AM)
    line = "Afternoons, and not Mondays."
    refined = narrowed(span, parse_when(line, now=TUESDAY_9AM), line, now=TUESDAY_9AM)
    assert (refined.day_from, refined.day_to) == (span.day_from, span.day_to)
    assert refined.after == time(12) and refined.not_weekdays == {0}
    line = "Actually Thursday the 12th."
    assert narrowed(span, parse_when(line, now=TUESDAY_9AM), line,
                    now=TUESDAY_9AM).single_day == date(2026, 3, 12)


@pytest.mark.django_db
def test_a_span_and_a_weekday_ruled_out_said_apart_are_both_kept_in_what_is_offered(fleet):
    flow = _flow("t_dental", clock=TUESDAY_9AM.replace(hour=17))
    said = _talk(flow, "I need a filling, sometime after the 16th please.",
                 "Any afternoon except Tuesday, I've been here before.")
    assert "Wednesday, March 18th" in said[1] and "PM" in said[1]


@pytest.mark.django_db
def test_the_childs_name_stays_on_the_booking_when_the_parent_introduces_themselves(fleet):
    flow = _flow("t_clinic", caller="+15035550166")
    said = _talk(flow, "I'd like a checkup for my son, he's been here before.",
                 "Friday the 13th at ten, for Leo Marsh, born June 3rd, 2015.",
                 "I'm his dad, Owen Marsh. This number is fine.",
                 "Yes, please book it.")
    assert "Leo Marsh" in said[2] and "Owen" not in said[2]
    assert _appointments(flow) == [("2026-03-13 10:00", "Leo Marsh", "booked")]


@pytest.mark.django_db
def test_the_name_the_booking_goes_under_said_with_who_they_are(fleet):
    flow = _flow("t_homes", caller="+15035550166")
    said = _talk(flow, "My father wants to sell his condo and needs a valuation.",
                 "Put it in his name, he's the owner: Arthur Bell.",
                 "Thursday the 12th at two. I'm his daughter Rose, on this number.")
    assert "Arthur Bell" in said[2] and "Rose" not in said[2]


@pytest.mark.parametrize("line, name", [
    ("The owner is Nadia Haddad, and this cell is fine.", "Nadia Haddad"),
    ("I'm the owner, Victor Lamb.", "Victor Lamb"),
    ("It should be under my name, I'm the owner: Dana Reyes.", "Dana Reyes"),
])
def test_the_owner_named_at_a_vet_is_the_caller(line, name):
    assert offered_name(line) == name


def test_the_part_of_the_day_that_is_busy_is_not_the_one_asked_for():
    when = parse_when("No, that Friday morning I have a school run. Same day, in the afternoon, "
                      "three o'clock.", now=TUESDAY_9AM)
    assert when.at == time(15) and when.single_day == date(2026, 3, 13)


def test_the_day_of_the_booking_given_up_is_not_the_new_day():
    when = parse_when("Put me on Monday the 16th at nine and cancel tomorrow's.", now=TUESDAY_9AM)
    assert when.single_day == date(2026, 3, 16) and when.at == time(9)


@pytest.mark.django_db
def test_still_open_asks_the_hours_now_and_the_hours_guessed_book_nothing(fleet):
    flow = _flow("t_salon", clock=TUESDAY_9AM.replace(hour=20, minute=10))
    said = _talk(flow, "Oh, are you still open? I thought you'd be open until nine tonight.")
    assert said[0].startswith("We're closed right now.")
    assert flow.state.task == "" and "prefer" not in said[0]


@pytest.mark.django_db
def test_a_danger_not_made_safe_hears_the_safety_line_again_once(fleet):
    flow = _flow("t_plumb", clock=TUESDAY_9AM.replace(hour=23))
    said = _talk(flow, "Water is gushing from a burst pipe in the basement!",
                 "I don't know where the shut-off is and it's still pouring in.",
                 "It won't stop, it's still pouring.")
    assert "main" in said[0] and "main" in said[1]
    assert "main" not in said[2]
    assert "don't know where the shut-off" in flow.state.reason


@pytest.mark.django_db
def test_a_fee_the_owners_answer_points_to_the_price_list_for_is_read_from_it(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "Do you charge anything to come out and give an estimate?")
    assert "$89" in said[0]


@pytest.mark.django_db
def test_the_price_of_that_asks_no_faq_about_the_story_before_it(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "At our last visit the doctor said our dog needs a dental cleaning. What "
                       "would that cost?")
    assert "dental cleaning" in said[0].lower() and "records" not in said[0]


@pytest.mark.parametrize("line, number", [
    ("Call me on five five five, oh one seven seven, and the area code is six four six.",
     "+16465550177"),
    ("It's 555 0177, area code 646.", "+16465550177"),
])
def test_a_number_whose_area_code_is_said_last(line, number):
    from agent_worker.flows.phone import find_phone_number
    assert find_phone_number(line, region="US") == number


def test_how_a_name_is_spelled_is_no_time():
    assert parse_when("My name is Ana De Souza, De Souza is two words.", now=TUESDAY_9AM) is None


@pytest.mark.django_db
def test_leaving_for_the_ambulance_after_the_urgent_message_ends_the_call(fleet):
    flow = _flow("t_clinic", clock=TUESDAY_9AM.replace(hour=13))
    said = _talk(flow, "My wife has chest pain and her arm is numb.",
                 "We called 911. I'm Hal Ortiz, this number is fine.",
                 "Yes, that's right.",
                 "The ambulance is here, I have to go. Bye.")
    assert "passed your message on" in said[2]
    assert "911" in said[3] and "Goodbye" in said[3] and flow.state.ended
    assert len(_messages(flow)) == 1


@pytest.mark.django_db
def test_how_the_name_is_spelled_is_not_what_the_message_is_about(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "I'd like to leave a message for the nurse about my refill of metformin.",
          "It's Xavi Roldan, Xavi starts with an X, X, A, V, I.")
    assert "starts with" not in flow.state.reason and "metformin" in flow.state.reason


def test_had_one_is_a_count_not_one_oclock():
    assert parse_when("Forget the checkup, I had one in February.", now=TUESDAY_9AM) is None


@pytest.mark.parametrize("line", [
    "Can you add that to the same visit?",
    "While the technician is out, have him look at the dishwasher too.",
])
def test_work_added_to_a_visit_asks_for_one(line):
    assert intents.wants_booking(line)


@pytest.mark.django_db
def test_a_new_day_and_time_said_as_lets_book_it_for_replaces_the_one_chosen(fleet):
    flow = _flow("t_dental", caller="+16465550133")
    said = _talk(flow, "I've been to you before, I'd like a cleaning next week.",
                 "The first one.",
                 "Okay, let's book it for Wednesday the 18th at two, for Gil Ruiz.")
    assert "name" in said[1]
    assert "Wednesday, March 18th at 2 PM" in said[2]


@pytest.mark.django_db
def test_the_name_said_as_whose_the_booking_is_finds_it(fleet):
    flow = _flow("t_salon", caller="+13125550171")
    seed_booking(flow, "2026-03-12 14:00", "Nora Quinn", "+13125550171")
    said = _talk(flow, "I need to change the day of my appointment, Thursday is bad now.",
                 "The appointment is under Nora Quinn. Q, U, I, N, N.")
    assert "Thursday, March 12th at 2 PM" in said[1]


@pytest.mark.parametrize("line, name", [
    ("My name is Rutger Van Dam.", "Rutger Van Dam"),
    ("My name is Rutger van Dam.", "Rutger van Dam"),
])
def test_a_particle_keeps_the_case_the_caller_gave_it(line, name):
    assert offered_name(line) == name


@pytest.mark.parametrize("line, name", [
    ("Me llamo, eh, Rosa Ibarra.", "Rosa Ibarra"),
    ("Um, Ben Carter.", "Ben Carter"),
    ("My name's Jim— James, James Orr.", "James Orr"),
])
def test_a_hesitation_or_a_false_start_is_no_part_of_a_name(line, name):
    from agent_worker.flows.names import name_answer
    assert (offered_name(line) or name_answer(line)) == name


def test_a_group_of_digits_started_again_after_a_dash():
    from agent_worker.flows.phone import find_phone_number
    assert find_phone_number("It's five oh three, five five five, oh one— oh one five nine.",
                             region="US") == "+15035550159"


@pytest.mark.parametrize("profession_line", [
    "I had a tooth pulled yesterday and it's still bleeding, it just won't stop.",
    "The socket keeps bleeding through the gauze.",
])
def test_bleeding_that_goes_on_after_an_extraction_is_a_dental_emergency(profession_line):
    assert intents.emergency("dental", profession_line)


@pytest.mark.django_db
def test_the_weekday_hours_asked_at_the_weekend(fleet):
    flow = _flow("t_law", clock=TUESDAY_9AM.replace(day=14, hour=11))
    said = _talk(flow, "I know it's the weekend, but what are your hours during the week?")
    assert "Monday to Friday" in said[0]


@pytest.mark.django_db
def test_cool_thanks_bye_to_the_read_back_books_it(fleet):
    flow = _flow("t_salon", caller="+13475550144")
    said = _talk(flow, "A women's haircut on Thursday the 12th at ten, for Tia Moss, this number "
                       "is fine.", "Anyone is fine.", "Cool, thanks, bye.")
    assert "Shall I book that?" in said[1] and "all set" in said[2]


@pytest.mark.django_db
def test_lets_not_book_but_have_someone_call_me_takes_the_message(fleet):
    flow = _flow("t_salon", caller="+16195550340")
    said = _talk(flow, "I'd like a balayage on Saturday.",
                 "Actually, let's not book now. Please have someone from the salon call me "
                 "about the price. I'm Ada Quill, this number is best.")
    assert "message" in said[1] and flow.state.task == "message"


@pytest.mark.parametrize("line", [
    "Can you have someone from the office call me?",
    "Please have somebody at the front desk ring me back.",
])
def test_someone_from_the_team_to_call_me_is_a_message(line):
    assert intents.wants_message(line)
