"""Understanding callers across the trades (issue 14, the grown exam's failure kinds): two
questions in one sentence, a fee the FAQ explains, advice each trade must not give, a person
named in the trade's words, moves said freely, qualification answers kept in the caller's words,
messages that keep their reason. Each test uses phrasings of its own, on the real appointment
book and the real intent model."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from agent_worker.flows import CallFlow
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk

pytestmark = pytest.mark.django_db


def _config(schema: str, **overrides):
    from dataclasses import replace

    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config(schema)
    return replace(config, **overrides) if overrides else config


# --- the business's answers ------------------------------------------------------------------

def test_two_questions_in_one_sentence_get_both_answers(fleet):
    said = _talk(_flow("t_auto"), "How much do you charge for a tire rotation, and are you "
                                  "open on Sundays?")
    assert "$29" in said[0] and "Sundays" in said[0]
    said = _talk(_flow("t_plumb"), "Do you guys work weekends and what's the price of a "
                                   "service call?")
    assert "Saturdays" in said[0] and "$89" in said[0]


def test_a_fee_the_faq_explains_is_answered_from_the_faq_not_the_price_list(fleet):
    said = _talk(_flow("t_vet"), "Do you charge anything if I cancel late?")
    assert "twenty-four hours" in said[0] and "Some of our prices" not in said[0]
    said = _talk(_flow("t_auto"), "How much is a brake inspection?")  # a service: its price
    assert "free" in said[0]


def test_a_kind_of_animal_asks_which_animals_are_seen(fleet):
    said = _talk(_flow("t_vet"), "Do you treat hamsters? And how do I pay?")
    assert "dogs and cats" in said[0] and "credit" in said[0]


def test_that_is_all_goodbye_ends_the_call_at_any_step(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I'd like to book a blowout")
    said = _talk(flow, "Actually that is all, goodbye")
    assert "Goodbye" in said[-1] and flow.state.ended


def test_a_question_that_says_nothing_of_its_own_asks_about_the_sentence_before(fleet):
    said = _talk(_flow("t_dental"), "I might be ten minutes late to my cleaning. Is that a "
                                    "problem?")
    assert "twenty-four hours" not in said[0]  # not booked, not the cancellation policy
    flow = _flow("t_salon")
    said = _talk(flow, "I'll be a bit late for my appointment today, is that alright?")
    assert "fifteen minutes" in said[0] and flow.state.task == ""


# --- advice each trade must not give ----------------------------------------------------------

@pytest.mark.parametrize(("schema", "line"), [
    ("t_law", "My landlord kept my security deposit. Could I sue her for it?"),
    ("t_auto", "The battery light keeps flickering, is the car still safe to drive?"),
    ("t_plumb", "How do I replace the flapper in my toilet myself?"),
    ("t_homes", "What would a three bedroom ranch on Elm Street sell for these days?"),
    ("t_homes", "Is the area around the university a safe neighborhood for kids?"),
])
def test_advice_the_trade_must_not_give_gets_its_safe_answer(fleet, schema, line):
    flow = _flow(schema)
    said = _talk(flow, line)
    assert said[0].startswith(flow.config.safe_alternative[:30])


def test_a_dose_question_is_advice_but_a_price_with_insurance_is_not(fleet):
    flow = _flow("t_vet")
    said = _talk(flow, "How much aspirin can I give him for the pain?")
    assert said[0].startswith(flow.config.safe_alternative[:30])
    said = _talk(_flow("t_dental"), "How much is a child cleaning and do you take Cigna insurance?")
    assert "$120" in said[0] and "PPO" in said[0]


# --- a person, in the trade's own words --------------------------------------------------------

@pytest.mark.parametrize(("schema", "line"), [
    ("t_auto", "The quote you gave me for the timing belt is fine, I'd like to go ahead with it."),
    ("t_homes", "We want to put in an offer on the colonial on Birchwood Road."),
    ("t_auto", "Is my minivan finished yet?"),
    ("t_law", "I'm a client of the firm and need to speak with my lawyer this afternoon."),
    ("t_homes", "Could I talk to Maria about the listing on Oak Lane?"),
])
def test_what_only_a_person_can_do_is_put_through(fleet, schema, line):
    flow = _flow(schema, clock=TUESDAY_9AM.replace(hour=11), transfer=True)
    _talk(flow, line)
    assert flow.state.transfer_requested and flow.state.task == ""


def test_asked_for_by_name_after_hours_the_request_becomes_the_message(fleet):
    flow = _flow("t_homes", clock=TUESDAY_9AM.replace(hour=21), transfer=True)
    said = _talk(flow, "Can I speak with Derek about 14 Willow Way?", "This is Nina Park.",
                 "Yes, that's my cell.")
    assert "Nina Park" in said[-1] and "Willow Way" in said[-1]


def test_saying_goodbye_to_a_pet_is_not_a_farewell_and_is_met_with_sympathy(fleet):
    flow = _flow("t_vet", clock=TUESDAY_9AM.replace(hour=11), transfer=True)
    said = _talk(flow, "Our cat is dying and we need to talk about saying goodbye to her. Can I "
                       "speak to someone?")
    assert not flow.state.ended and flow.state.transfer_requested
    assert said[0].startswith("I'm so sorry")


def test_someone_in_the_trade_asked_to_call_back_is_a_message(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "Could one of your plumbers call me about replacing my water heater?")
    assert flow.state.task == "message" and "water heater" in flow.state.reason


# --- moves said freely, and days said precisely -------------------------------------------------

@pytest.mark.parametrize("line", [
    "I have to move my Monday cleaning to later in the week.",
    "Can you shift my son's check-up to next Tuesday?",
    "I'd like to bump my Saturday blowout to Sunday.",
])
def test_a_move_said_freely_is_a_move(fleet, line):
    from agent_worker.flows import intents
    from agent_worker.flows.text import clean

    assert intents.wants_reschedule(clean(line)) and not intents.wants_cancel(clean(line))


def test_a_cancellation_of_the_callers_own_plans_is_not_a_request(fleet):
    flow = _flow("t_salon")
    _talk(flow, "Can I book a blowout?")
    _talk(flow, "No preference.")
    said = _talk(flow, "I can skip my yoga, I'll cancel my class, so Friday at 1 pm works.")
    assert flow.state.task == "book" and "Friday, March 13th at 1 PM" in said[-1]
    assert _talk(_flow("t_salon"), "Please cancel my Friday blowout.")[0].startswith("Sure")


def test_a_weekday_next_week_and_a_weekday_with_its_date(fleet):
    from agent_worker.flows.when import parse_when

    wednesday = parse_when("Wednesday of next week at 3", now=TUESDAY_9AM)
    assert wednesday.single_day.isoformat() == "2026-03-18"
    friday = parse_when("Friday the 20th in the afternoon", now=TUESDAY_9AM)
    assert friday.single_day.isoformat() == "2026-03-20"


def test_another_day_at_the_same_time_keeps_the_time(fleet):
    flow = _flow("t_dental")
    _talk(flow, "I'd like a cleaning on Monday at two, I've been there before", "Dana Ruiz",
          "Yes")
    said = _talk(flow, "Oh wait, Tuesday instead, same time.")
    assert "Tuesday, March 17th at 2 PM" in said[-1]


# --- emergencies: the caller who goes to act on the safety line ---------------------------------

def test_an_emergency_caller_who_leaves_at_once_still_leaves_the_urgent_message(fleet):
    flow = _flow("t_plumb", clock=TUESDAY_9AM.replace(hour=22))
    said = _talk(flow, "The basement is flooding, water is pouring in from a burst pipe!")
    assert "urgent message" in said[0]
    _talk(flow, "Okay, I'm going to shut it off, bye.")
    from calls.models import CallbackMessage
    with schema_context("t_plumb"):
        assert CallbackMessage.objects.get().urgent


def test_an_emergency_caller_who_gives_a_name_still_leaves_the_urgent_message(fleet):
    flow = _flow("t_plumb", clock=TUESDAY_9AM.replace(hour=22))
    _talk(flow, "Water is pouring through my ceiling!", "It's Omar Haddad.", "Bye.")
    from calls.models import CallbackMessage
    with schema_context("t_plumb"):
        message = CallbackMessage.objects.get()
    assert message.urgent and message.caller_name == "Omar Haddad"


def test_a_trade_without_an_emergency_sentence_still_says_911(fleet):
    said = _talk(_flow("t_salon", clock=TUESDAY_9AM.replace(hour=22)),
                 "I'm having an allergic reaction to the dye and my throat feels tight.")
    assert "911" in said[0]


# --- what a booking is for, in the caller's words -----------------------------------------------

def _booked_reason(flow: CallFlow) -> str:
    from calls.models import Appointment

    with schema_context(flow.config.client_id):
        appointment = Appointment.objects.get(pk=flow.state.booked_appointment)
    return f"{appointment.reason} {appointment.service}"


def test_what_the_caller_said_before_asking_to_book_is_what_the_booking_is_for(fleet):
    flow = _flow("t_homes")
    _talk(flow, "We're hoping to sell our townhouse near the lake this summer.",
          "Could an agent come by Thursday at 10 to look at it?", "Nora Field", "Yes", "Yes")
    reason = _booked_reason(flow)
    assert "townhouse" in reason and "summer" in reason


def test_booking_one_books_the_service_asked_about_and_the_matter_is_not_asked_again(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "I was injured at work when a shelf fell on me. Is an evaluation of a "
                       "personal injury case free?", "Good, can I book one on Monday morning?")
    assert flow.state.service == "Personal injury case evaluation"
    assert "legal matter" not in said[-1]  # the service says which matter; the summary is asked
    assert "injured at work" in flow.state.reason


def test_a_time_said_to_an_open_qualification_question_is_the_time(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "I need a consultation.")
    assert "summary" in said[-1]
    said = _talk(flow, "Friday at two in the afternoon.")
    assert "Friday, March 13th at 2 PM" in said[-1] and flow.state.answers == []


def test_a_matter_said_with_the_request_is_not_asked_for_again(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "I'd like a consultation about my late father's estate, Monday at 10.")
    assert "summary" not in said[0] and "estate" in flow.state.reason


def test_a_booking_request_asked_as_a_question_mid_qualification_is_kept(fleet):
    flow = _flow("t_salon")
    _talk(flow, "I'd like to get my hair done.")
    said = _talk(flow, "Could I come in for a blowout on Thursday at 3?")
    assert flow.state.stage == "qualify" and said[-1].startswith("Sure.")
    assert flow.state.requested is not None and flow.state.requested.single_day is not None


def test_a_date_about_the_matter_is_not_the_visits_date(fleet):
    flow = _flow("t_homes")
    _talk(flow, "I'm interested in renting the studio on Elm Avenue.")
    said = _talk(flow, "Our lease ends on May 31st.")
    assert "May" not in said[-1] and "May 31st" in flow.state.reason
    assert flow.state.stage == "ask_time"


def test_a_reason_said_with_the_name_is_the_messages_reason(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "Can I leave a message for Dr. Green?")
    said = _talk(flow, "Sure, Lena Hart, 646 555 0101, I need my lab order faxed to the "
                       "hospital.")
    assert "lab order" in flow.state.reason and "Lena Hart" in said[-1]


def test_a_message_offered_for_a_missing_answer_says_what_it_is_about(fleet):
    flow = _flow("t_auto")
    _talk(flow, "Do you have a parking lot?", "Yes please", "Ravi Shah", "Yes")
    assert flow.state.stage == "confirm" and "parking" in flow.state.reason.lower()


def test_a_move_to_another_day_searches_the_day_after_to(fleet):
    from tests.factories import FLEET  # noqa: F401  (the fleet's seeded numbers)

    flow = _flow("t_salon")
    flow.state.task = "reschedule"
    when = flow._new_time("Can you move my Saturday trim to Tuesday afternoon?")
    assert when.single_day.isoformat() == "2026-03-17" and when.after is not None


def test_who_the_caller_is_buying_for_is_not_a_name(fleet):
    from agent_worker.flows.names import name_answer

    assert name_answer("We're renting, first-time renters.") is None
    assert name_answer("I'm looking, just browsing buyers") is None
    assert name_answer("Irving King") == "Irving King"


def test_what_the_caller_adds_at_a_messages_read_back_is_kept(fleet):
    flow = _flow("t_auto")
    _talk(flow, "Please have someone call me about my brakes.", "Tom Reyes", "Yes")
    assert flow.state.stage == "confirm"
    _talk(flow, "Yes please, I'd need it back by Friday for a trip.")
    from calls.models import CallbackMessage
    with schema_context("t_auto"):
        assert "trip" in CallbackMessage.objects.get().reason


def test_a_question_about_how_a_visit_works_is_answered_from_the_faq(fleet):
    said = _talk(_flow("t_dental"), "Could I pay for my cleaning with an HSA card?")
    assert "HSA" in said[0]
    said = _talk(_flow("t_law"), "Is it possible to have my consultation by phone?")
    assert "by phone" in said[0]
    said = _talk(_flow("t_dental"), "Can I pay for a cleaning on Friday at 9?")  # a visit asked
    assert "HSA" not in said[0]


def test_a_booking_that_mentions_cancelling_something_else_is_a_booking(fleet):
    flow = _flow("t_vet")
    _talk(flow, "I want to bring my cat in for a wellness exam, I cancelled my trip so I'm "
                "free next week.")
    assert flow.state.task == "book"
    flow = _flow("t_vet")
    _talk(flow, "I need to cancel, please.")  # a cancellation of nothing named is asked about
    assert flow.state.task == "cancel"


def test_saying_you_are_calling_to_leave_a_message_is_not_what_it_is_about(fleet):
    flow = _flow("t_law")
    _talk(flow, "Hello, I was calling to leave a message for the attorney.",
          "It's Rosa Diaz, 917 555 0177, my hearing got moved and she needs to know.")
    assert "hearing" in flow.state.reason and "calling" not in flow.state.reason


def test_where_a_service_happens_names_no_service(fleet):
    from agent_worker.flows.knowledge import match_service

    dental = _config("t_dental")
    assert match_service(dental, "I need a filling, I'm looking for a new office")["name"] == (
        "Tooth-colored filling")
    assert match_service(dental, "I'd like to switch to your office") is None
    assert match_service(dental, "in-office whitening please")["name"] == (
        "In-office teeth whitening")
