"""Callers as the fourth development set showed them (issue 14; tests/scenarios/dev_callers_4.py,
read and fixed by failure kind): a message asked for in the middle of a booking, details said
while a name is asked, a number said beside a question, someone else's name in the line, dates
of birth beside the visit's day, a move asked for as "a different day for the technician", a
cancellation answered "no, nothing else to book", and emergencies put in plain words (a split
pipe, a sinking brake pedal, a break-in, a swelling throat at any business). Phrasings are this
file's own; all of it runs on the real appointment book and intent model."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.names import caller_name, name_answer, name_said_around
from agent_worker.flows.phone import spoken_digits
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import seed_booking as _seed
from tests.agent_worker.flow_support import talk as _talk

CALLER_ID = "+14155550123"


# --- words that are not what they look like ---------------------------------------------------

def test_oh_opening_a_sentence_after_a_number_is_a_word_not_a_zero():
    assert spoken_digits("It's 212 555 0190. Oh, and do you take cards?") == ["2125550190"]
    assert spoken_digits("212 555 0190, oh by the way") == ["2125550190"]
    assert spoken_digits("five five five, oh one nine oh") == ["5550190"]  # digits stay digits


def test_hold_on_or_a_flat_number_is_not_a_name():
    assert name_answer("Hold on, will you text me the confirmation?") is None
    assert name_answer("It's apartment 3C on Pine Street") is None


def test_a_name_ends_where_the_number_is_introduced():
    assert name_answer("It's Marco Diaz, best number is 415 555 0101") == "Marco Diaz"
    assert name_answer("Marco Diaz best number is 415 555 0101") == "Marco Diaz"


def test_a_landlords_or_managers_name_is_not_whom_the_visit_is_for():
    assert name_said_around("The property manager okayed it, his name's Paul Ortiz.") is None
    assert name_said_around("It's for my daughter, her name's Ivy Chen.") == "Ivy Chen"


def test_a_first_name_said_again_with_the_surname_is_the_full_name():
    assert caller_name("Anyone's fine. It's Ana, sorry, Ana Pereira.")[0] == "Ana Pereira"


def test_a_question_after_okay_then_is_a_question():
    from agent_worker.flows.text import is_question

    assert is_question("Okay, then what would I need to bring to the first meeting")
    assert is_question("Alright, how long does a cleaning take")


def test_the_front_desk_as_a_place_is_not_a_person_asked_for():
    assert not intents.wants_human("we always collect it at the front desk")
    assert intents.wants_human("can I talk to the front desk please")


@pytest.mark.parametrize("line", [
    "could somebody in billing ring me about it",
    "I'd like one of your agents to phone me, I'm not booking anything yet",
    "can whoever does the big group bookings call me back",
])
def test_a_callback_asked_for_in_any_words_is_a_message(line):
    assert intents.wants_message(line)


def test_words_for_someone_there_are_a_message():
    assert intents.wants_message("tell her yes to the colour, but skip the toner for now")
    assert intents.wants_message("could you let the doctor know I'm running late")
    assert not intents.wants_message("can you tell me what a crown costs")


def test_a_visit_that_includes_a_call_is_not_a_message():
    assert not intents.wants_message("can the technician come over and call me when he's outside")


# --- emergencies in plain words, and a person in danger at any business -----------------------

@pytest.mark.parametrize(("trade", "line"), [
    ("home_services", "the pipe behind the dishwasher just blew apart, water's gushing out"),
    ("home_services", "the line under the sink split and the water is spraying on everything"),
    ("real_estate", "I think someone broke into the house on Elm, the window's shattered"),
    ("auto_repair", "since you did the brakes the pedal goes almost all the way to the floor"),
    ("salon", "after the relaxer her throat feels tight and she's struggling to breathe"),
    ("law_firm", "my client just passed out in your waiting room"),
])
def test_emergencies_in_plain_words(trade, line):
    assert intents.emergency(trade, line)


@pytest.mark.parametrize(("trade", "line"), [
    ("home_services", "the pipe under the bathroom sink drips a little"),
    ("auto_repair", "the brakes squeak a bit when it's cold"),
    ("auto_repair", "I need new brake pads, the pedal feels fine"),
    ("salon", "my hair looks a bit puffy after the blowout"),
    ("dental", "my gums are a bit swollen after flossing"),
])
def test_routine_problems_are_not_emergencies(trade, line):
    assert not intents.emergency(trade, line)


# --- days: a birth date beside the visit's, a time said loosely ---------------------------------

@pytest.mark.parametrize(("said", "day", "at"), [
    ("date of birth June 5th 1990, and could I come next Monday at 9", "2026-03-16", "09:00"),
    ("dob 4/2/79, Wednesday at 3 works", "2026-03-11", "15:00"),
    ("Saturday afternoon, like 2", "2026-03-14", "14:00"),
])
def test_the_visits_day_and_time_beside_a_birth_date_or_said_loosely(said, day, at):
    when = parse_when(said, now=TUESDAY_9AM, date_order="MDY")
    assert when is not None and str(when.single_day) == day
    assert when.at is not None and when.at.strftime("%H:%M") == at


def test_like_before_a_number_is_not_always_a_time():
    when = parse_when("I'd like 2 fillings done on Friday", now=TUESDAY_9AM, date_order="MDY")
    assert when is not None and when.at is None


# --- whole calls -------------------------------------------------------------------------------

@pytest.mark.django_db
def test_everything_in_the_first_line_beside_a_birth_date_goes_straight_to_the_read_back(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "Hello, Priya Raman here, established patient, born July 9th 1975, I need "
                       "a follow-up on my thyroid, next Monday at 9 if you can, my cell is "
                       "646 555 0133.", "Yes please, book it.")
    assert "Shall I book that?" in said[0] and "Monday, March 16th at 9 AM" in said[0]
    assert _appointments(flow) == [("2026-03-16 09:00", "Priya Raman", "booked")]


@pytest.mark.django_db
def test_a_callback_asked_for_during_a_booking_becomes_a_message(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Hi, I want to ask about hair and makeup for a bridal party of six.",
                 "It's in August. Could somebody who does the bridal work ring me?",
                 "Tanya Bell, 415 555 0177.", "Yes, thank you.")
    assert "May I have your full name" in said[1]
    [message] = _messages(flow)
    assert (message.caller_name, message.callback_number) == ("Tanya Bell", "+14155550177")
    assert "bridal" in message.reason


@pytest.mark.django_db
def test_details_said_while_the_name_is_asked_are_kept_in_the_message(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "Can you leave a message for the billing office?",
                 "My insurer says the claim for my filling was never sent, it needs resubmitting.",
                 "Lorna Vance, and my number is 415 555 0148. Oh, and are you open Saturday?",
                 "Yes, that's everything, thanks so much.")
    assert said[1].startswith("Thanks, I've noted that.") and "name" in said[1]
    [message] = _messages(flow)
    assert message.callback_number == "+14155550148"
    assert "never sent" in message.reason and "that's everything" not in message.reason


@pytest.mark.django_db
def test_a_cancellation_asked_for_plainly_is_done_when_the_caller_wants_nothing_else_booked(
        fleet):
    flow = _flow("t_auto")
    _seed(flow, "2026-03-13 09:30", "Omar Haddad")
    said = _talk(flow, "Omar Haddad here, I've got an oil change Friday at 9:30 and I need to "
                       "cancel it, my brother did it for me.",
                 "No, I don't need to book anything else for now.")
    assert "cancelled" in said[1]
    assert _appointments(flow) == [("2026-03-13 09:30", "Omar Haddad", "cancelled")]


@pytest.mark.django_db
def test_a_different_day_for_the_visit_already_booked_is_a_move(fleet):
    flow = _flow("t_plumb")
    _seed(flow, "2026-03-13 09:00", "Rosa Lind")
    said = _talk(flow, "It's Rosa Lind, I'm not cancelling, I just need a different day for the "
                       "technician coming Friday.", "Saturday at 11 would be better.",
                 "Yes, go ahead.")
    assert "I see your appointment on Friday, March 13th at 9 AM" in said[0]
    assert _appointments(flow) == [("2026-03-13 09:00", "Rosa Lind", "cancelled"),
                                   ("2026-03-14 11:00", "Rosa Lind", "booked")]


@pytest.mark.django_db
def test_no_worries_with_the_number_called_from_confirms_it(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Could I book a men's cut Saturday, like 11?", "Anyone's fine.",
                 "Ha, no worries, Saturday at 11 and the number I'm calling from is good.")
    assert flow.state.callback_number == CALLER_ID and "Sorry" not in said[2]


@pytest.mark.django_db
def test_a_swelling_throat_at_a_salon_gets_911_and_an_urgent_message(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I had a colour done yesterday and now my lips are swelling and it's "
                       "hard to swallow.", "Nina Park, 415 555 0166.", "Yes.")
    assert "911" in said[0]
    [message] = _messages(flow)
    assert message.urgent and message.callback_number == "+14155550166"


@pytest.mark.django_db
@pytest.mark.parametrize(("answer", "ends"), [
    ("Yes, that's everything, thank you.", False),  # confirms what was read back
    ("Yep, that's it.", False),
    ("Yes, thanks, bye.", True),  # a farewell in so many words
])
def test_that_s_everything_to_a_read_back_confirms_it_and_only_a_farewell_ends_the_call(
        fleet, answer, ends):
    flow = _flow("t_dental")
    said = _talk(flow, "Could someone from billing call me about a double charge on my card?",
                 "Mara Quinn, 415 555 0150.", answer)
    assert "Let me read that back" in said[1]
    assert len(_messages(flow)) == 1 and flow.state.ended is ends
    assert ("anything else" in said[2]) is not ends


@pytest.mark.django_db
def test_a_booking_read_back_answered_that_s_it_books_and_stays_on_the_line(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like a blowout Thursday at 2, anyone's fine.", "Joy Lam.",
                 "Yes, this number.", "Yes, that's it, go ahead.")
    assert "Shall I book that?" in said[-2]
    assert _appointments(flow) == [("2026-03-12 14:00", "Joy Lam", "booked")]
    assert not flow.state.ended and "anything else" in said[-1]


@pytest.mark.parametrize(("line", "kind"), [
    ("Hi, is this call being recorded?", "recorded"),
    ("are you recording this", "recorded"),
    ("Who's going to call me back, and when?", "callback"),
    ("how soon will someone get back to me", "callback"),
    ("what do you do with my details", "privacy"),
])
def test_questions_about_recording_and_the_callback_are_process_questions(line, kind):
    from agent_worker.flows.process import process_answer, process_question

    assert process_question(line) == kind
    assert process_answer(kind, business="Fleet Vet")


@pytest.mark.django_db
def test_who_calls_back_asked_at_a_read_back_is_answered_and_the_read_back_put_again(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "Could an agent call me about the rental on Spruce Street?",
                 "Ola Grant, 415 555 0196.", "Who will call me back, and when?",
                 "Okay, yes, pass it on.")
    assert said[2].startswith("Someone from the team") and "Shall I pass that on?" in said[2]
    assert len(_messages(flow)) == 1


@pytest.mark.django_db
def test_a_number_given_with_a_question_about_it_is_kept_and_the_call_goes_on(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "Please have the vet call me about Rocky's arthritis pills, I'm Gloria "
                       "Mendes.",
                 "Why do you need my number? Anyway, it's 415 555 0104.",
                 "Yes, that's the best number, please pass it on.")
    assert "Let me read that back" in said[1] and "0 1 0 4" in said[1]
    [message] = _messages(flow)
    assert message.callback_number == "+14155550104" and "best number" not in message.reason


@pytest.mark.django_db
def test_a_routine_check_is_not_an_emergency_and_an_insurer_named_is_an_insurance_question(
        fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "Hello dear, I need to see the doctor for my blood pressure check.",
                 "Do you take Cigna?")
    assert "911" not in said[0] and not flow.state.urgent
    assert "insurance" in said[1].lower()
