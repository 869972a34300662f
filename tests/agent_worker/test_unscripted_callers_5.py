"""Callers as the fifth development set and the fresh set (read since 2026-12-03) showed them
(issue 14), fixed by failure kind: questions put while an urgent message is taken ("can't I just
wait?", "should I make her sick?"), a dose changed asked as a question, several services priced
in one question, a fee asked about while cancelling, the chosen time said again, "I don't have
another number", a service switched with a new time while times are offered, "who do I talk
to?", a car's make, a message about "it", a routine pet visit and "either of those two".
Phrasings are this file's own; all of it runs on the real appointment book and intent model."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import seed_booking as _seed
from tests.agent_worker.flow_support import talk as _talk

# --- words -----------------------------------------------------------------------------------

def test_a_count_of_the_times_offered_is_not_a_clock_time():
    for line in ("Either of those two is fine.", "I could do both of the two.",
                 "Whichever of these two is open."):
        when = parse_when(line, now=TUESDAY_9AM, expect_time=True)
        assert when is None or when.at is None, line
    for line, hour in (("The 2 o'clock one.", 14), ("the two thirty", 14), ("The 3 PM", 15)):
        assert parse_when(line, now=TUESDAY_9AM, expect_time=True).at.hour == hour, line


def test_asking_who_to_talk_to_is_asking_for_a_person():
    assert intents.wants_human("We'd like to put in an offer. Who should I speak with?")
    assert intents.wants_human("who do we talk to about the invoice")
    assert not intents.wants_human("Who do I call for a quote on a water heater?")


# --- during an emergency --------------------------------------------------------------------

@pytest.mark.django_db
def test_asking_whether_an_emergency_can_wait_gets_the_safety_line_again_not_a_verdict(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "Our puppy just chewed up a bottle of my ibuprofen.",
                 "He's running around like normal. Can't we just wait and see tonight?",
                 "Alright. It's Dana Ortiz, 415 555 0161.", "Yes, please.")
    assert "emergency animal hospital" in said[1] and "not able to advise" in said[1]
    assert not any(w in said[1].lower() for w in ("yes,", "you can wait", "should be fine"))
    assert "name" in said[1]  # the question the message needs, put again
    [message] = _messages(flow)
    assert message.urgent and message.caller_name == "Dana Ortiz"
    assert "ibuprofen" in message.reason


@pytest.mark.django_db
def test_is_it_safe_to_do_something_during_a_flood_is_met_with_the_safety_line(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "There's water gushing out from behind the washing machine!",
                 "Is it safe to unplug the washer?")
    assert "main valve" in said[1] and "not able to advise" in said[1]
    assert not said[1].lower().startswith("yes")


# --- questions ---------------------------------------------------------------------------------

@pytest.mark.django_db
def test_a_changed_dose_asked_as_a_question_is_advice_the_receptionist_does_not_give(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "Luna takes gabapentin twice a day. Could I double her dose before the "
                       "fireworks?")
    assert "not able to give veterinary advice" in said[0]
    assert "emergency right now" not in said[0]


@pytest.mark.django_db
def test_two_services_priced_in_one_question_are_both_answered_in_the_callers_order(fleet):
    flow = _flow("t_vet")
    [said] = _talk(flow, "What do you charge for a microchip and a rabies shot?")
    assert said.index("Microchip") < said.index("Rabies vaccine")
    assert "$50" in said and "$30" in said
    [whole] = _talk(_flow("t_dental"), "How much is a child cleaning and exam?")
    assert whole == "Child cleaning and exam, that's $120."


@pytest.mark.django_db
def test_asking_whether_children_are_seen_names_the_childs_service(fleet):
    [said] = _talk(_flow("t_dental"), "Do you take kids? My twins are five.")
    assert "Child cleaning and exam" in said and "$120" in said


@pytest.mark.django_db
def test_a_cars_make_asks_which_makes_are_serviced(fleet):
    [said] = _talk(_flow("t_auto"), "Do you guys fix Subarus?")
    assert "domestic and import" in said


@pytest.mark.django_db
def test_a_fee_asked_about_while_cancelling_is_the_cancellation_policy(fleet):
    flow = _flow("t_salon")
    _seed(flow, "2026-03-13 15:00", "Irene Cho")
    said = _talk(flow, "I have to cancel my appointment on Friday.", "Irene Cho.",
                 "Will I be charged for that?", "Okay, yes, go ahead and cancel.")
    assert "twenty-four hours" in said[2] and "cancel it?" in said[2]
    assert _appointments(flow) == [("2026-03-13 15:00", "Irene Cho", "cancelled")]


# --- the booking's details ------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_chosen_time_said_again_is_acknowledged_and_the_only_number_is_the_caller_id(
        fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "I'm an established patient, Harold Finch, I need my diabetes follow-up.",
                 "Wednesday the 18th at 10 in the morning, please.",
                 "Wednesday the 18th, ten o'clock, that's what I want.",
                 "You can use this phone, I haven't got another one.", "Yes, book it.")
    assert "Wednesday, March 18th at 10 AM" in said[2] and "didn't catch" not in said[2]
    assert "Shall I book that?" in said[3] and "0 1 2 3" in said[3]
    assert _appointments(flow) == [("2026-03-18 10:00", "Harold Finch", "booked")]


@pytest.mark.django_db
def test_a_service_switched_while_times_are_offered_is_booked_at_the_time_said_with_it(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I want to book a color correction.", "No preference.",
                 "What do you have in about a month?",
                 "Let's just do a haircut then, Thursday the 12th at 2 in the afternoon.")
    assert "Thursday, March 12th at 2 PM" in said[3]


@pytest.mark.django_db
def test_either_of_the_times_said_again_with_the_day_keeps_the_time_chosen(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "Hello, our kitten needs her first vaccines.",
                 "Could we come Saturday the 14th at 9, or 9:30 if 9 is taken?",
                 "Sam Rivers. Yes, Saturday the 14th, either of those two, and this number "
                 "is fine.", "Yes, please book it.")
    assert "emergency right now" in said[1]  # the template screens every visit
    # the day and "either" said to it: the time asked for is kept, not a day's first slots
    assert "Saturday, March 14th at 9 AM" in said[2] and "Shall I book that?" in said[2]
    assert _appointments(flow) == [("2026-03-14 09:00", "Sam Rivers", "booked")]
    assert _messages(flow) == []


@pytest.mark.django_db
def test_a_routine_visit_with_signs_of_illness_is_still_screened(fleet):
    flow = _flow("t_vet")
    [said] = _talk(flow, "My dog is due for shots but he's been vomiting since last night, can I "
                         "book him in?")
    assert "emergency" in said.lower()


# --- people and messages --------------------------------------------------------------------

@pytest.mark.django_db
def test_who_to_talk_to_about_an_offer_reaches_a_person_or_a_message(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "We saw the house on Birch Lane at the open house.",
                 "We want to put in an offer this afternoon. Who should we talk to?")
    assert "take a message" in said[1] and "Which would you prefer?" not in said[1]


@pytest.mark.django_db
def test_a_message_about_it_carries_what_it_is(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "I'm thinking about replacing my water heater with a tankless one.",
          "I don't want to book yet, just have someone ring me about that. Rosa Kim, "
          "415 555 0117.", "Yes, pass it on.")
    [message] = _messages(flow)
    assert "tankless" in message.reason and message.caller_name == "Rosa Kim"


@pytest.mark.django_db
def test_a_question_about_the_weather_while_a_time_is_asked_is_not_a_time(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like a haircut, anyone is fine.",
                 "Is it going to snow on Thursday? I have to walk over.",
                 "Okay, Thursday the 12th at 3 PM then.")
    assert "can't help with that" in said[1] and "Which would you prefer" not in said[1]
    assert "Thursday, March 12th at 3 PM is available" in said[2]


def test_a_fallback_time_said_with_or_is_kept_beside_the_time_wanted():
    when = parse_when("Thursday at two thirty, or three if that's taken.", now=TUESDAY_9AM)
    assert (when.at.hour, when.at.minute) == (14, 30)
    assert [(t.hour, t.minute) for t in when.or_at] == [(15, 0)]
    assert parse_when("Friday at 10 for 2 or 3 people", now=TUESDAY_9AM).or_at == ()


@pytest.mark.django_db
def test_the_fallback_time_is_booked_when_the_time_wanted_is_taken(fleet):
    flow = _flow("t_dental")
    _seed(flow, "2026-03-12 14:00", "Someone Else")
    said = _talk(flow, "I'm a patient there already, I need a cleaning.",
                 "Thursday at 2, or 3 if 2 is gone.")
    assert "already booked" in said[1] and "Thursday, March 12th at 3 PM is available" in said[1]


@pytest.mark.django_db
def test_a_lowercase_name_given_is_not_read_as_an_emergency(fleet):
    flow = _flow("t_auto", transfer=True)
    [said] = _talk(flow, "my name's dana reyes it's the white sienna")
    assert "tow" not in said and not flow.state.urgent and not flow.state.transfer_requested


@pytest.mark.django_db
def test_saying_only_who_one_is_to_the_business_is_welcomed_and_kept_for_the_booking(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "Hello there. I've been a patient with you folks for ages.",
                 "I'd like a cleaning on Thursday the 12th at 10 AM.")
    assert said[0] == "Thanks for letting me know. How can I help you today?"
    assert "new patient" not in said[1].lower()  # not asked again: they said it
    [reply] = _talk(_flow("t_vet"), "We're brand new, never been to your clinic.")
    assert reply == "Thanks for letting me know. How can I help you today?"


# --- lines as the speech recogniser writes them (the sixth development set's kind) -----------

def test_lowercase_names_spelled_out_or_given_after_a_relation_are_the_callers():
    from agent_worker.flows.names import caller_name

    assert caller_name("yeah so my name's tomas k r o l krol and i need an oil change")[0] == (
        "Tomas Krol")
    assert caller_name("name is ines b a r r o s barros ines barros")[0] == "Ines Barros"
    assert caller_name("calling about friday its hana sato s a t o")[0] == "Hana Sato"
    assert caller_name("her name is mia lowe and i'm her father owen lowe")[0] == "Owen Lowe"
    assert caller_name("my wifes name is jo park and i have a question") is None
    assert caller_name("hi this is uh remy blanc r e m y i'm a client")[0] == "Remy Blanc"


@pytest.mark.django_db
def test_a_read_back_accepted_with_its_time_said_again_and_instead_is_done(fleet):
    flow = _flow("t_salon")
    _seed(flow, "2026-03-12 11:00", "Odile Marsh")
    said = _talk(flow, "hi i need to move my haircut on thursday my name is odile marsh",
                 "can we do friday the thirteenth at two instead",
                 "ok friday the thirteenth at two p m instead of thursday yes move it")
    assert "Shall I go ahead?" in said[1]
    assert _appointments(flow) == [("2026-03-12 11:00", "Odile Marsh", "cancelled"),
                                   ("2026-03-13 14:00", "Odile Marsh", "booked")]


@pytest.mark.django_db
def test_a_missed_appointments_fee_and_a_service_fee_after_hours_are_answered(fleet):
    [fee] = _talk(_flow("t_dental"), "is there a charge if i miss my appointment")
    assert "twenty-four hours" in fee
    [after] = _talk(_flow("t_plumb"),
                    "whats the service call fee and does it cost more after hours")
    assert "$89" in after and "$189" in after


@pytest.mark.django_db
def test_a_chance_of_winning_custody_is_legal_advice(fleet):
    flow = _flow("t_law")
    [said] = _talk(flow, "would i have a real chance of keeping the house in the divorce")
    assert said.startswith(flow.config.safe_alternative[:30])


@pytest.mark.django_db
def test_a_lowercase_introduction_with_its_spelling_is_not_an_emergency(fleet):
    flow = _flow("t_clinic")
    [said] = _talk(flow, "hello this is uh bruno silva s i l v a i'm a patient of doctor ames")
    assert "911" not in said.replace(flow.config.greeting, "") and not flow.state.urgent


@pytest.mark.django_db
def test_another_service_named_at_the_read_back_is_booked_for_it_at_the_time_read_back(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like to book a new patient exam.",
                 "Thursday the 12th at 10 AM.", "Ivo Brandt, and this number is fine.",
                 "Actually just book me a teeth whitening then, same time, go ahead and book it.",
                 "Yes.")
    assert "Shall I book that?" in said[2]
    # the new service read back at the same time, and written only once the caller says yes
    assert "whitening" in said[3].lower() and "Thursday, March 12th at 10 AM" in said[3]
    assert "Shall I book that?" in said[3] and "all set" in said[4]
    assert _appointments(flow) == [("2026-03-12 10:00", "Ivo Brandt", "booked")]


@pytest.mark.django_db
def test_not_new_is_not_the_new_patients_visit(fleet):
    from agent_worker.flows.knowledge import match_service

    flow = _flow("t_dental")
    assert match_service(flow.config, "a cleaning, i'm not new, i've been before")["name"] != (
        "New patient exam, X-rays and cleaning")


def test_the_day_given_up_with_instead_of_is_not_the_day_wanted():
    when = parse_when("yes the fourteenth at ten instead of tomorrow", now=TUESDAY_9AM)
    assert (when.day_from.day, when.at.hour) == (14, 10)
    assert parse_when("monday rather than thursday", now=TUESDAY_9AM).day_from.day == 16


@pytest.mark.django_db
def test_a_message_is_from_the_caller_not_from_the_person_it_is_about(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "hi my name is nora blake b l a k e and i just wanna talk to someone "
                       "about my divorce",
                 "call me at six four six five five five zero one one two", "Yes, thanks.")
    assert "May I have your full name" not in said[0]
    [message] = _messages(flow)
    assert message.caller_name == "Nora Blake"
    urgent = _flow("t_law")
    said = _talk(urgent, "I'd like to leave a message for one of the lawyers.",
                 "My daughter's name is Ivy Hale, she was arrested an hour ago.",
                 "I'm Ruth Hale, 415 555 0190.", "Yes, please.")
    assert "full name" in said[1]
    [message] = [m for m in _messages(urgent) if m.urgent]  # (the same firm as the first)
    assert message.caller_name == "Ruth Hale" and "Ivy Hale" in message.reason


def test_a_number_said_in_words_after_its_is_never_a_name():
    from agent_worker.flows.names import caller_name

    assert caller_name("No, it's four one five, two zero one, three three three three.") is None
    assert caller_name("it's nine one seven five five five") is None
