"""Callers as the eighth and ninth development sets showed them (issue 14), fixed by failure
kind: a question of a word or two that leans on the statement before it, a follow-up that asks
the last question again about something else, how long a visit takes, how much notice a change
needs, a service said not to be meant, a price word shared by several services, the latest the
business is open, a sign of an emergency the caller says is not there, a farewell in Spanish, a
Spanish caller in an emergency, "That's all." to a read-back, the number "same one I'm calling
from", "About ..." as what a message is for, "not urgent" kept out of a message, a name under
which an account is held, the other side's name in a dispute at a law firm, and whether the firm
acts for someone (never confirmed: the conflict check answers it). Phrasings are
this file's own; all of it runs on the real appointment book and intent model."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.knowledge import asks_hours, match_service
from agent_worker.flows.names import offered_name
from agent_worker.flows.state import Task
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

# --- words -----------------------------------------------------------------------------------


def test_a_sign_the_caller_says_is_not_there_is_no_emergency():
    assert not intents.emergency("veterinary", "He's eating fine and isn't having any trouble "
                                               "breathing, he's just itchy.")
    assert not intents.emergency("medical_clinic", "no difficulty swallowing, only a sore throat")
    assert intents.emergency("veterinary", "She's having trouble breathing since this morning.")
    assert intents.denies_a_sign("The heater's not leaking, it just makes a knocking sound.")
    assert not intents.denies_a_sign("Water is leaking through the ceiling.")


def test_farewells_in_the_callers_language_and_we_will_call_back():
    assert intents.says_farewell("Vale, muchas gracias, adiós.")
    assert intents.says_goodbye("hasta luego")
    assert intents.never_mind("We'll call back once we've checked our calendars.")


def test_the_latest_and_earliest_the_business_is_open_are_its_hours():
    assert asks_hours("What's the earliest you guys open on a weekday?")
    assert asks_hours("what's the latest you stay open")
    assert not asks_hours("How many hours notice do you need to cancel?")


def test_a_service_said_not_to_be_meant_is_not_matched(fleet):
    from tenants.router import MultiTenantRouter

    law = MultiTenantRouter().get_client_config("t_law")
    found = match_service(law, "What's a consultation, for a matter that isn't an injury?")
    assert found is None or "injury" not in str(found["name"]).lower()
    assert "injury" in str(match_service(law, "a consultation about an injury")["name"]).lower()


def test_an_account_held_under_the_callers_name():
    assert offered_name("The booking's under my name, Priya Nair.") == "Priya Nair"
    assert offered_name("My sister's under my name too, Ella Park.") != "Ella Park"


# --- through the flow ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_thin_question_leans_on_the_statement_before_it(fleet):
    said = _talk(_flow("t_vet"), "Guinea pigs. Would you treat those?")
    assert "dogs and cats" in said[0]
    said = _talk(_flow("t_salon"), "I might be a few minutes late. What then?")
    assert "fifteen minutes" in said[0]
    said = _talk(_flow("t_dental"), "Forgot to turn up last month. Is there a charge?")
    assert "notice" in said[0] and "$" not in said[0]


@pytest.mark.django_db
def test_a_question_pointing_back_at_the_line_before(fleet):
    flow = _flow("t_clinic")
    said = _talk(flow, "I need a refill on my inhaler please.", "How soon will that be done?")
    assert "two business days" in said[1]


@pytest.mark.django_db
def test_how_long_a_visit_takes_is_the_listed_duration(fleet):
    said = _talk(_flow("t_auto"), "How long would a brake inspection take?")
    assert "minutes" in said[0] or "hour" in said[0]
    flow = _flow("t_dental")
    said = _talk(flow, "Can I book a cleaning?", "And how long will it last?")
    assert "hour" in said[1] or "minutes" in said[1]


@pytest.mark.django_db
def test_how_much_notice_in_other_words_is_the_cancellation_policy(fleet):
    said = _talk(_flow("t_salon"), "How far in advance should I let you know if I can't come?")
    assert "twenty-four hours" in said[0]
    said = _talk(_flow("t_dental"), "How many days before do I have to call to change it?")
    assert "twenty-four hours" in said[0]


@pytest.mark.django_db
def test_a_follow_up_asks_the_last_question_about_something_else(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "What do you charge for a women's haircut?", "And for a balayage?")
    assert "$195" in said[1]
    flow = _flow("t_dental")
    said = _talk(flow, "Are you open on Thursdays?", "What about Saturdays?")
    assert "closed" in said[1].lower()


@pytest.mark.django_db
def test_a_price_word_several_services_share_gives_each_price(fleet):
    said = _talk(_flow("t_vet"), "What's an exam cost these days?")
    assert "$65" in said[0] and "$85" in said[0]


@pytest.mark.django_db
def test_a_denied_leak_while_booking_is_not_an_emergency(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "My water heater is making a knocking noise, can someone come out?",
          "It's 22 Oak Street, 10001.",
          "Nothing's leaking, we just barely get warm water.")
    assert not flow.state.urgent and flow.state.task == Task.BOOK


@pytest.mark.django_db
def test_a_spanish_caller_in_an_emergency_hears_spanish_first_and_may_say_adios(fleet):
    flow = _flow("t_plumb", clock=_flow("t_plumb").now().replace(hour=23))
    said = _talk(flow, "Hola, se rompió una tubería y el agua está saliendo por todas partes. "
                       "Me llamo Rosa Vega. ¿Hablan español?")
    assert said[0].startswith("Lo siento") and "911" in said[0]
    said = _talk(flow, "Sí, este número.", "Sí, gracias. Adiós.")
    assert flow.state.ended
    [message] = _messages(flow)
    assert message.urgent and message.caller_name == "Rosa Vega"


@pytest.mark.django_db
def test_thats_all_to_a_read_back_passes_the_message_and_stays_on_the_line(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "I'd like to leave a message, no rush.",
                 "About a quote for a new garbage disposal.", "Theo Marsh.",
                 "Same one I'm calling from.", "That's it.")
    assert "passed your message on" in said[-1] and not flow.state.ended
    [message] = _messages(flow)
    assert "disposal" in message.reason and "rush" not in message.reason.lower()


@pytest.mark.django_db
def test_about_said_first_adds_what_a_message_is_for(fleet):
    flow = _flow("t_salon")
    _talk(flow, "Could you leave a message for my colorist?", "About my highlights appointment "
          "next week.", "Nina Ortiz.", "Yes.", "Yes please.")
    [message] = _messages(flow)
    assert "colorist" in message.reason and "highlights" in message.reason


@pytest.mark.django_db
def test_the_other_sides_name_in_a_dispute_is_not_the_clients(fleet):
    flow = _flow("t_law")
    _talk(flow, "I'd like a consultation, my husband and I are getting divorced.",
          "His name is Colin Reyes, for your records.", "Thursday the 12th at 2 PM?",
          "Amelia Reyes. This number is fine.", "Yes.")
    assert [name for _, name, _ in _appointments(flow)] == ["Amelia Reyes"]


@pytest.mark.django_db
def test_whether_the_firm_acts_for_someone_is_never_confirmed(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "Quick question, is my landlord, Victor Hale, one of your clients?",
                 "What does an initial consultation cost?")
    assert "conflict check" in said[0] and flow.state.task == Task.NONE
    assert "$250" in said[1]
    assert _messages(flow) == []


@pytest.mark.django_db
def test_a_need_said_beside_a_question_starts_the_booking(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "My son just turned six and he needs a cleaning. Do you see kids that "
                       "young? How much would it be?")
    assert "$120" in said[0] and flow.state.task == Task.BOOK
