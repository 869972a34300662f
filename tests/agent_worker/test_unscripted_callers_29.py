"""Callers as the twenty-ninth and thirtieth development sets showed them (issue 14: callers who
want several things in one call; callers whose style is far from a tidy script: terse, simple
English, impatient, very formal), fixed by failure kind. Phrasings are this file's own; all of it
runs on the real appointment book."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent_worker.flows import intents
from agent_worker.flows.names import booked_under_their_name, name_said_around, offered_name
from agent_worker.flows.text import is_yes
from agent_worker.flows.when import parse_when
from tests.agent_worker.flow_support import TUESDAY_9AM, bookings_made, seed_booking
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

SUNDAY_4PM = datetime(2026, 3, 15, 16, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize("line, name", [
    ("My husband name is Tuan Pham, P, H, A, M.", "Tuan Pham"),
    ("My daughter name is Rosa Diaz.", "Rosa Diaz"),
    ("It's for my boy, under his own name, Theo Grant, he's seven.", "Theo Grant"),
    ("The next one is for my mother, in her own name, Edith Moss.", "Edith Moss"),
])
def test_whose_name_a_booking_is_under_said_plainly(line, name):
    assert name_said_around(line) == name


def test_under_their_own_name_is_the_callers_word_for_it():
    assert booked_under_their_name("And for my son, under his own name, Theo Grant.")
    assert not booked_under_their_name("The prescription is under his name.")


@pytest.mark.parametrize("line", [
    "Opposing side: my husband. Derek Vance.",
    "Returning patient. Blue Cross. Any doctor is fine.",
    "We're with United Healthcare.",
])
def test_someone_elses_name_or_an_insurer_is_not_the_callers(line):
    assert offered_name(line) is None


@pytest.mark.parametrize("line, day", [
    ("The second is for my son, Friday the thirteenth at ten in the morning.", date(2026, 3, 13)),
    ("The first showing is 9 Birch Lane, Saturday the fourteenth at eleven.", date(2026, 3, 14)),
    ("And the second haircut, Wednesday the eighteenth at four.", date(2026, 3, 18)),
])
def test_things_counted_off_are_no_day_of_the_month(line, day):
    when = parse_when(line, now=TUESDAY_9AM)
    assert when is not None and when.single_day == day


def test_the_second_of_the_month_is_still_a_day():
    when = parse_when("Could I come in on the second at ten?", now=TUESDAY_9AM)
    assert when is not None and when.single_day == date(2026, 4, 2)


@pytest.mark.django_db
def test_a_second_booking_goes_under_the_name_it_is_said_to(fleet):
    flow = _flow("t_dental", caller="+16175550100")
    _talk(flow, "I'd like cleanings for me and for my son, one after the other.",
          "We've both been in before.",
          "Thursday the nineteenth at three for me, and four for him.",
          "I'm Joan Ade, and this number is fine.",
          "Yes, book mine.",
          "And the next one is for my son, under his own name, Kofi Ade, a child cleaning, "
          "Thursday the nineteenth at four, same number.",
          "Yes, book it.")
    assert bookings_made(flow) == [("2026-03-19 15:00", "Joan Ade"),
                                  ("2026-03-19 16:00", "Kofi Ade")]


@pytest.mark.django_db
def test_a_husband_books_his_wife_in_simple_english(fleet):
    flow = _flow("t_dental", caller="+14085550100")
    said = _talk(flow, "Hello. I want make appointment for my wife, she have pain tooth.",
                 "She come before, last year. I am the husband, my name Bao Tran.",
                 "Monday sixteen, nine o'clock morning.",
                 "My wife name is Mai Tran, T, R, A, N. Her birthday May third, nineteen eighty.")
    assert said[-1].startswith("Thanks, Mai.") and "full phone number" not in said[-1]
    _talk(flow, "Yes, this number.", "Yes, please book.")
    assert [name for _, name, _ in _appointments(flow)] == ["Mai Tran"]


@pytest.mark.django_db
def test_a_name_with_a_date_of_birth_at_the_number_question_is_no_number_begun(fleet):
    flow = _flow("t_clinic", caller="+19195550100")
    said = _talk(flow, "I need an annual physical, I'm an established patient.",
                 "Wednesday the eighteenth at eight forty.",
                 "Name's Omar Haddad, H, A, D, D, A, D, date of birth May fifth, nineteen "
                 "eighty-one.")
    assert "full phone number" not in said[-1] and "best one to reach you" in said[-1]


@pytest.mark.parametrize("line", [
    "I have to cancel my appointment, I don't have time to reschedule right now.",
    "Cancel my appointment please, I'm not rescheduling.",
])
def test_a_move_said_not_to_be_wanted_is_a_cancellation(line):
    assert intents.wants_cancel(line.lower()) and not intents.wants_reschedule(line.lower())


def test_a_move_asked_for_is_still_one():
    assert intents.wants_reschedule("i need to reschedule my cleaning")


@pytest.mark.django_db
def test_cancel_it_said_when_asked_for_the_new_time_cancels(fleet):
    flow = _flow("t_salon", caller="+13125550100")
    seed_booking(flow, "2026-03-13 15:00", "Nia Cole", "+13125550100")
    said = _talk(flow, "I need to move my blowout.", "Nia Cole, Friday at three.",
                 "Actually just cancel it, I'll call back another time to rebook.")
    assert "cancel it?" in said[-1] and "won't book" not in said[-1]
    said = _talk(flow, "Yes.")
    assert "cancelled" in said[-1]
    assert [status for _, _, status in _appointments(flow)] == ["cancelled"]


@pytest.mark.django_db
def test_a_formal_please_proceed_with_the_move_said_whole_moves_it(fleet):
    flow = _flow("t_law", caller="+12125550100")
    seed_booking(flow, "2026-03-12 10:00", "Edith Crane", "+12125550100")
    _talk(flow, "I should like my consultation rescheduled.",
          "It is under Edith Crane, Thursday the twelfth at ten in the morning.",
          "Tuesday the seventeenth at three in the afternoon, should that be convenient.")
    said = _talk(flow, "To be precise: from Thursday the twelfth at ten in the morning to Tuesday "
                       "the seventeenth at three in the afternoon. Please proceed.")
    assert said[-1].startswith("You're all set")
    assert ("2026-03-17 15:00", "Edith Crane", "booked") in _appointments(flow)


@pytest.mark.parametrize("line", ["Please proceed.", "Kindly go ahead.", "That is correct."])
def test_a_formal_yes_is_a_yes(line):
    assert is_yes(line)


@pytest.mark.parametrize("line", [
    "Do I have to book right now? I'll call Tuesday.",
    "Please pass the message on, no need to book anything yet.",
    "It is not a matter for an appointment.",
])
def test_no_booking_is_asked_for(line):
    assert not intents.wants_booking(line.lower())


@pytest.mark.django_db
def test_a_caller_who_will_ring_back_on_a_day_is_said_goodbye_to(fleet):
    flow = _flow("t_salon", clock=SUNDAY_4PM)
    said = _talk(flow, "How much is a blowout?",
                 "Do I have to book right now? I'll call Tuesday. Thanks, bye.")
    assert said[-1].endswith("Goodbye!") and not _appointments(flow)


@pytest.mark.django_db
def test_a_formal_word_with_an_agent_is_a_message_from_the_caller_who_introduced_himself(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "Good afternoon. This is Conrad Pike of Harbor Lending, calling about "
                       "the property at 40 Pine Court.",
                 "I require a word with the listing agent. It is not a matter for an appointment.")
    assert "message" in said[-1] and flow.state.caller_name == "Conrad Pike"
    assert not _appointments(flow)


@pytest.mark.django_db
def test_pass_the_message_on_no_need_to_book_at_its_read_back_passes_it_on(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "The faucet you installed is dripping, could the technician call me back?",
                 "Nell Shaw, two oh one, five five five, oh one four four.",
                 "Please pass the message on, no need to book anything yet.")
    assert "passed your message on" in said[-1]
    assert [m.caller_name for m in _messages(flow)] == ["Nell Shaw"]


def test_pills_eaten_are_said_in_one_sentence():
    assert not intents.emergency("veterinary", "He is fine, he eats, he walks. I just need "
                                               "more pills.")
    assert intents.emergency("veterinary", "He ate a whole bottle of my pills.")


@pytest.mark.django_db
def test_medicine_running_out_said_not_to_be_an_emergency_is_a_routine_message(fleet):
    flow = _flow("t_vet")
    _talk(flow, "My cat takes pills for her thyroid and the bottle is almost finished, "
                "three days left.",
          "She is fine, she eats, no emergency. I just need more pills.",
          "My name is Ivo Marek, nine five four, five five five, zero one two two.",
          "Yes, please.")
    assert [(m.caller_name, m.urgent) for m in _messages(flow)] == [("Ivo Marek", False)]


@pytest.mark.django_db
def test_a_childs_name_at_an_urgent_messages_read_back_is_not_the_callers(fleet):
    flow = _flow("t_dental")
    _talk(flow, "My son just knocked out his front tooth and it's bleeding, please have the "
                "dentist call me back. My name is Rhea Stone, two oh one, five five five, oh "
                "one three three.")
    said = _talk(flow, "His name is Milo, he's ten. Yes, please pass it on.")
    assert "passed your message on" in said[-1]
    message = _messages(flow)[-1]
    assert message.caller_name == "Rhea Stone" and "Milo" in message.reason


@pytest.mark.django_db
def test_a_price_asked_and_then_what_about_another_service_gives_both(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "How much is the simple will package, and what about the estate planning "
                       "consultation?")
    assert "$950" in said[0] and "free of charge" in said[0]


@pytest.mark.django_db
def test_two_questions_announced_are_both_answered(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like to become a new patient.",
                 "Two questions while I have you: how much is the new patient exam, and what "
                 "should I bring?")
    assert "$275" in said[-1] and "photo ID" in said[-1]


@pytest.mark.django_db
def test_coming_to_see_a_home_is_no_price_asked(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "What do we need to bring if we come to see it again?")
    assert "photo ID" in said[0] and "free of charge" not in said[0]


@pytest.mark.django_db
def test_whether_the_business_manages_rentals_is_answered_from_its_list(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "Do you manage rental properties for owners?")
    assert said[0].startswith("Yes, we do. Property management consultation")


@pytest.mark.django_db
def test_details_given_while_a_consultation_is_booked_are_no_emergency(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "I had a car accident last week, the other driver hit me from behind.",
                 "The other driver's name is Alan Voss, I have the police report. No court date.")
    assert "urgent" not in said[-1] and "911" not in said[-1]


@pytest.mark.django_db
def test_a_yes_to_the_booking_just_made_said_with_its_time_alone_books_nothing_more(fleet):
    flow = _flow("t_homes")
    _talk(flow, "We'd like to see your listing at 9 Birch Lane this Saturday.",
          "Saturday the fourteenth at noon.", "Lena Park, six one seven, five five five, oh one "
          "two two.", "Yes, please book it.")
    said = _talk(flow, "Yes, that's right, the noon showing. Go ahead and book it.")
    assert said[-1].startswith("Yes, that's booked: Saturday, March 14th at 12 PM")
    assert [when for when, _, _ in _appointments(flow)] == ["2026-03-14 12:00"]


@pytest.mark.parametrize("line", ["No hay fuga, no es urgente.", "Ce n'est pas urgent.",
                                  "It's not urgent, it can wait."])
def test_not_urgent_said_in_the_callers_language(line):
    assert intents.says_not_urgent(line)


@pytest.mark.django_db
def test_a_price_for_a_repair_after_naming_the_thing_is_that_things_price_only(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "Do you fix water heaters, and what would you charge for a repair?")
    assert "water heater repair" in said[0] and "toilet" not in said[0]


@pytest.mark.parametrize("line", [
    "I look after the trucks for Ridgeway Landscaping, we have nine of them.",
    "I'm calling on behalf of Harbor Lending about a client.",
])
def test_a_firms_name_is_not_the_callers(line):
    assert offered_name(line) is None


@pytest.mark.django_db
@pytest.mark.parametrize("schema, line, said", [
    ("t_clinic", "My potassium came back high. Can you tell me if that's bad?", "medical advice"),
    ("t_homes", "Roughly what is my two-bedroom on Elm Street worth?", "agent"),
])
def test_what_the_trade_cannot_say_by_phone_is_said_so(fleet, schema, line, said):
    flow = _flow(schema)
    reply = _talk(flow, line)[0]
    assert said in reply and "What day and time" not in reply


@pytest.mark.django_db
def test_a_promise_asked_for_is_the_teams_to_make(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "My truck has been with you since Monday. Can you promise it'll be ready "
                       "by four?")
    assert said[0].startswith("I'm not able to promise that myself")
    assert not intents.asks_a_promise("is your work guaranteed?")


def test_from_me_his_daughter_is_the_callers_own_name():
    assert offered_name("The message is from me, his son, Aaron Webb, W, E, B, B.") == "Aaron Webb"
    assert offered_name("It's about my father, Walter Webb.") is None


@pytest.mark.django_db
def test_a_person_asked_for_at_a_messages_read_back_is_put_through(fleet):
    flow = _flow("t_auto", caller="+19735550100", transfer=True)
    _talk(flow, "Hi, this is Mara Quill. You called me this morning with an estimate.",
          "My number's the one I'm calling from.")
    said = _talk(flow, "Actually, can you put me through to a service advisor, please?")
    assert "put you through" in said[-1] and not _messages(flow)


@pytest.mark.django_db
def test_a_voicemail_from_the_business_returned_takes_a_message(fleet):
    flow = _flow("t_vet", caller="+18585550100")
    said = _talk(flow, "Hi, the vet left me a voicemail about my dog's test results.",
                 "I'm Ruth Kane, this number is best.",
                 "So the message is: Ruth Kane returning the vet's call, please call her back.",
                 "Yes, thanks.")
    assert said[0].startswith("Thanks for calling back.")
    assert [m.caller_name for m in _messages(flow)] == ["Ruth Kane"]


@pytest.mark.django_db
def test_a_price_said_free_and_checked_is_answered_from_the_list(fleet):
    flow = _flow("t_auto")
    said = _talk(flow, "A postcard says the brake inspection is free. Is that right?")
    assert "free" in said[0] and "One moment" not in said[0]


@pytest.mark.django_db
def test_a_listings_rent_compared_is_an_agents_to_give(fleet):
    flow = _flow("t_homes")
    said = _talk(flow, "I saw two of your rentals. Which is cheaper per month?")
    assert "agent" in said[0] and "Some of our prices" not in said[0]


@pytest.mark.django_db
def test_a_discount_asked_for_is_not_promised_and_the_listed_price_is_said(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "If I pay cash for the in-office teeth whitening, do I get ten percent off?")
    assert "can't promise one" in said[0] and "$450" in said[0]
    said = _talk(_flow("t_salon"), "Do you have any student discounts?")
    assert said[0].startswith("I don't see any discounts")


def test_a_part_of_a_day_ruled_out_is_not_the_whole_day():
    when = parse_when("I can't do Saturday mornings. Is there any Saturday afternoon option?",
                      now=TUESDAY_9AM)
    assert when is not None and when.single_day == date(2026, 3, 14) and not when.not_weekdays
    assert parse_when("any afternoon, but I can't do Thursdays", now=TUESDAY_9AM).not_weekdays


@pytest.mark.django_db
def test_an_afternoon_asked_for_on_a_day_that_closes_at_noon_is_told_with_the_hours(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "My dog needs a wellness exam.",
                 "I can't do Saturday mornings. Is there any Saturday afternoon option?")
    assert "12 PM" in said[-1] and "don't have anything open" in said[-1]


@pytest.mark.django_db
def test_whether_a_booking_is_needed_asked_mid_booking_drops_nothing(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "I'd like to book a flu shot, I'm an established patient.",
                 "Do I need to book a separate appointment for my son?")
    assert "won't book" not in said[-1] and flow.state.task.value == "book"
    assert not intents.declines_booking("do i need to book ahead?")


def test_a_caller_who_will_ring_on_a_day_is_not_deciding_now():
    assert intents.never_mind("i'll call tuesday, thanks")
    assert intents.never_mind("we'll ring you next week")
    assert not intents.never_mind("can you call me tuesday")
