"""Where the business is: the question recognised by code, the owner's address read back from
the portal's field through the router, and nothing invented when there is none (a small model
asked "where are you located?" answered "I am located in the office")."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context
from hypothesis import given
from hypothesis import strategies as st

from agent_worker.agent import instructions_for, speakable_facts
from agent_worker.flows import FlowRunner, Stage, Task
from agent_worker.flows.location import (
    MESSAGE_OFFER,
    NO_ADDRESS,
    NO_PARKING,
    asks_location,
    location_answer,
    spoken_address,
)
from agent_worker.flows.state import Offer
from calls.models import CallbackMessage
from frontdesk.services import receptionist_config_update
from tenants.models import Tenant
from tenants.router import MultiTenantRouter
from tests.agent_worker.flow_support import TUESDAY_9AM, call_flow

ADDRESS = "120 Main Street, Suite 4, Oakland, CA 94612"
DIRECTIONS = "Free parking behind the building; the entrance is on Maple Street."

LOCATION_QUESTIONS = [
    "Okay, where are you located?", "Where exactly are you located", "where are you?",
    "Where are you guys at?", "where you guys located", "What's your address?",
    "what is the address there", "Can I get your address please", "Text me the address please",
    "I'd like the address", "your address?", "Address please", "what's the location",
    "How do I get there?", "How do I find you?", "Where can I find you?",
    "Can you give me directions?", "I need directions to your office", "Where is your office?",
    "Where's the entrance?", "Where is the clinic located?", "Where's that located?",
    "what floor are you on?", "what city are you in", "are you located downtown?",
    "Which location should I go to?", "where do I go for my appointment?",
    "how far are you from the train station", "Is there parking?", "Is there parking near your "
    "office", "Do you have parking?", "where do I park", "any parking?",
]
NOT_LOCATION = [
    "where are you calling from", "Where are you from?", "where are you with my quote",
    "where are you guys at with my car", "how are you", "how can I reach you",
    "My address is 120 Main Street", "the address is 12 Elm Street", "address is 5 Elm",
    "the property address is 4 Oak Lane", "I'm located in Oakland",
    "I'll tell you where I'm located", "I live at 5 Park Avenue", "do you need my address",
    "do you need the address", "can I update my address", "Can I leave my address for the "
    "technician", "what's the address you have on file for me", "what's your email address?",
    "what is the address of the property", "what is the address where you need service",
    "I parked out front", "I'm in the parking lot", "follow the directions on the label",
    "what are the directions for the medication", "are you open on Saturday",
    "I'll be there at 3", "how do I get a refill", "where is my refund",
    "where do I send the payment", "where do I go from here to pay online",
    "I want to book a cleaning",
]


@pytest.mark.parametrize("line", LOCATION_QUESTIONS)
def test_it_hears_a_question_about_where_the_business_is(line):
    assert asks_location(line)


@pytest.mark.parametrize("line", NOT_LOCATION)
def test_it_does_not_take_other_lines_for_one(line):
    assert not asks_location(line)


_STREETS = st.sampled_from(["Main", "Elm", "Oak", "Maple", "Park", "Grand", "Webster", "Cedar"])
_TYPES = st.sampled_from(["Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive",
                          "Boulevard", "Blvd"])
_CITIES = st.sampled_from(["Oakland", "Chicago", "New York", "Austin", "Park City"])


@st.composite
def addresses(draw) -> str:
    number = draw(st.integers(min_value=1, max_value=99999))
    unit = draw(st.one_of(st.just(""), st.integers(1, 999).map(lambda n: f", Suite {n}"),
                          st.integers(1, 999).map(lambda n: f" #{n}")))
    tail = draw(st.sampled_from(["", ", CA 94612", " NY 10003", ", IL 60612-1234, USA"]))
    return f"{number} {draw(_STREETS)} {draw(_TYPES)}{unit}, {draw(_CITIES)}{tail}"


@given(opener=st.sampled_from(["my address is", "the address is", "I live at", "I'm at",
                               "our address is", "it's at", "the property is at",
                               "the service address is", "you can send it to"]),
       address=addresses())
def test_a_caller_giving_their_own_address_is_never_asked_where_we_are(opener, address):
    """Property: a caller telling us their address (for a house call, a form, a bill) is never
    mistaken for a question about ours, whatever the address says ("Park", "Main", ...)."""
    assert not asks_location(f"{opener} {address}")


@given(prefix=st.sampled_from(["", "okay, ", "Um, ", "hi, ", "and ", "So ", "Thanks. ",
                               "great, one more thing, "]),
       question=st.sampled_from(LOCATION_QUESTIONS),
       case=st.sampled_from([str.lower, str.upper, str.capitalize, str]))
def test_a_location_question_is_heard_however_it_is_dressed(prefix, question, case):
    """Property: a filler, a greeting or the transcript's casing in front of a location question
    does not hide it."""
    assert asks_location(case(f"{prefix}{question}"))


@given(address=addresses())
def test_the_spoken_address_says_no_number_the_owner_did_not_write(address):
    """Property: reading the address aloud drops (the ZIP code) and spells out (abbreviations),
    but every number it says is one the owner typed, and the house number is always said."""
    spoken = spoken_address(address)
    written = re.findall(r"\d+", address)
    assert set(re.findall(r"\d+", spoken)) <= set(written)
    assert spoken.startswith(written[0] + " ")


@pytest.mark.parametrize("written, spoken", [
    (ADDRESS, "120 Main Street, Suite 4, Oakland"),
    ("120 N Main St Ste 4, Oakland CA 94612-1234, USA", "120 North Main Street Suite 4, Oakland"),
    ("250 Park Avenue South, 7th Floor, New York, NY 10003",
     "250 Park Avenue South, 7th Floor, New York"),
    ("500 W 5th Ave #210, Anchorage, AK", "500 West 5th Avenue number 210, Anchorage"),
    ("1 St. Mary's Rd, St. Louis, MO 63101", "1 St. Mary's Road, St. Louis"),
    ("10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"),
    ("Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
])
def test_an_address_is_read_the_way_a_receptionist_says_it(written, spoken):
    assert spoken_address(written) == spoken


@pytest.mark.django_db
def test_location_answer_reads_the_address_and_the_directions(dental):
    assert location_answer(replace(dental, address=ADDRESS)) == (
        "We're at 120 Main Street, Suite 4, Oakland.")
    assert location_answer(replace(dental, address=ADDRESS, directions=DIRECTIONS)) == (
        f"We're at 120 Main Street, Suite 4, Oakland. {DIRECTIONS}")
    assert location_answer(replace(dental, address=ADDRESS, directions="Use the side door")) == (
        "We're at 120 Main Street, Suite 4, Oakland. Use the side door.")
    assert location_answer(replace(dental, address=ADDRESS), parking=True) == (
        f"We're at 120 Main Street, Suite 4, Oakland. {NO_PARKING}")
    assert location_answer(replace(dental, address=ADDRESS, directions=DIRECTIONS),
                           parking=True, offer_message=True) == (
        f"We're at 120 Main Street, Suite 4, Oakland. {DIRECTIONS}")  # nothing left to offer


@pytest.mark.django_db
def test_location_answer_without_an_address_invents_nothing(dental):
    assert dental.address == ""
    for config in (dental, replace(dental, directions=DIRECTIONS)):
        assert location_answer(config) == NO_ADDRESS
        assert location_answer(config, offer_message=True) == f"{NO_ADDRESS} {MESSAGE_OFFER}"
        assert location_answer(config, parking=True) == NO_PARKING
        for parking in (False, True):
            assert not re.search(r"\d|street|office|located|behind|entrance",
                                 location_answer(config, parking=parking), re.I)


@pytest.mark.django_db
def test_the_address_the_owner_saved_answers_where_are_you_located_without_the_llm(fleet):
    """Saved through the service, assembled by the router, read by the flow: the caller from the
    benchmark gets the address from the template, never an open turn for the LLM."""
    assert MultiTenantRouter().get_client_config("t_dental").address == ""  # cached now
    with schema_context("t_dental"):
        receptionist_config_update(address=ADDRESS, directions=DIRECTIONS)
    config = MultiTenantRouter().get_client_config("t_dental")
    assert (config.address, config.directions) == (ADDRESS, DIRECTIONS)
    flow = call_flow(config)
    with schema_context("t_dental"):
        flow.respond("Hello, how much is a cleaning for an adult?")
        reply = flow.respond("Okay, where are you located?")
    assert reply.text == f"We're at 120 Main Street, Suite 4, Oakland. {DIRECTIONS}"
    assert reply.kind == "knowledge"
    assert flow.state.offer == Offer.NONE and flow.state.task == Task.NONE


@pytest.mark.django_db
def test_without_an_address_the_caller_is_offered_a_message_and_yes_takes_it(dental):
    flow = call_flow(dental)
    runner = FlowRunner(flow)
    with schema_context("t_dental"):
        reply = runner.respond(1, "Where are you located?")
        assert reply.text == f"{NO_ADDRESS} {MESSAGE_OFFER}" and reply.kind == "knowledge"
        assert flow.state.offer == Offer.MESSAGE
        assert runner.respond(2, "say that again").text == MESSAGE_OFFER
        reply = runner.respond(3, "yes please")
        assert flow.state.task == Task.MESSAGE and reply.text is not None
        for turn, line in enumerate(["Ann Lee", "yes", "Please send me the address", "yes"],
                                    start=4):
            reply = runner.respond(turn, line)
        message = CallbackMessage.objects.get()
        assert (message.caller_name, message.callback_number) == ("Ann Lee", "+14155550123")
        assert "address" in message.reason


@pytest.mark.django_db
def test_a_parking_question_with_nothing_on_file_is_not_guessed(dental):
    flow = call_flow(dental)
    with schema_context("t_dental"):
        reply = flow.respond("Do you have parking near the office?")
    assert reply.text == f"{NO_PARKING} {MESSAGE_OFFER}" and flow.state.offer == Offer.MESSAGE


@pytest.mark.django_db
def test_without_an_address_no_thanks_moves_on(dental):
    flow = call_flow(dental)
    with schema_context("t_dental"):
        flow.respond("what's your address?")
        reply = flow.respond("no thanks")
    assert flow.state.offer == Offer.NONE and flow.state.stage == Stage.ANYTHING_ELSE
    assert reply.text == "No problem. Is there anything else I can help you with?"


@pytest.mark.django_db
def test_mid_booking_the_address_is_given_and_the_question_asked_again(dental):
    flow = call_flow(replace(dental, address=ADDRESS))
    with schema_context("t_dental"):
        flow.respond("I'd like to book a cleaning next Tuesday morning")
        pending = flow.state.last_prompt
        reply = flow.respond("And where are you located?")
    assert reply.text == f"We're at 120 Main Street, Suite 4, Oakland. {pending}"
    assert flow.state.task == Task.BOOK


@pytest.mark.django_db
def test_a_message_about_directions_is_taken_as_the_message(dental):
    """Asked what to tell the team, "tell them I need directions" is the message, not a
    question to answer."""
    flow = call_flow(replace(dental, address=ADDRESS))
    with schema_context("t_dental"):
        flow.respond("Can I leave a message for the team?")
        flow.respond("Ann Lee")
        flow.respond("yes")
        assert flow.state.stage == Stage.ASK_REASON
        flow.respond("tell them I need directions for my mother")
    assert flow.state.reason == "tell them I need directions for my mother"


@pytest.mark.django_db
def test_the_owners_own_faq_answer_fills_what_the_address_fields_leave_out(dental):
    """An owner who kept the address in the FAQ, or wrote a parking answer there, is not
    overruled by empty fields."""
    faq = (*dental.faq, {"question": "Where are you located?",
                         "answer": "We're in the Rockridge Medical Building."},
           {"question": "Is there parking?", "answer": "Yes, free parking in the garage."})
    with schema_context("t_dental"):
        no_address = replace(dental, faq=faq)
        assert call_flow(no_address).respond("where are you located?").text == (
            "We're in the Rockridge Medical Building.")
        with_address = replace(dental, faq=faq, address=ADDRESS)
        assert call_flow(with_address).respond("where are you located?").text == (
            "We're at 120 Main Street, Suite 4, Oakland.")
        assert call_flow(with_address).respond("is there parking?").text == (
            "Yes, free parking in the garage.")
        with_directions = replace(with_address, directions=DIRECTIONS)
        assert call_flow(with_directions).respond("is there parking?").text == (
            f"We're at 120 Main Street, Suite 4, Oakland. {DIRECTIONS}")


@pytest.mark.django_db
def test_the_llm_is_told_the_address_only_when_there_is_one_and_the_clock_stays_last(dental):
    plain = instructions_for(dental, TUESDAY_9AM)
    assert "Address:" not in plain and "Directions:" not in plain
    config = replace(dental, address=ADDRESS, directions=DIRECTIONS)
    text = instructions_for(config, TUESDAY_9AM)
    assert f"Address: {ADDRESS}" in text and f"Directions: {DIRECTIONS}" in text
    assert text.split("\n\n")[-1].startswith("Right now it is Tuesday, March 10, 2026")
    facts = speakable_facts(config)
    assert ADDRESS in facts and DIRECTIONS in facts
    assert "120 Main Street, Suite 4, Oakland" in facts


@pytest.mark.django_db
def test_the_address_is_kept_on_the_safe_default_configuration(fleet):
    with schema_context("t_plumb"):
        receptionist_config_update(address="1840 West Fulton Street, Chicago, IL 60612")
    Tenant.objects.filter(schema_name="t_plumb").update(profession=None)
    config = MultiTenantRouter().get_client_config("t_plumb")
    assert config.is_safe_default
    assert config.address == "1840 West Fulton Street, Chicago, IL 60612"


@pytest.mark.django_db
def test_the_service_refuses_an_address_too_long_to_read_out(fleet):
    with schema_context("t_dental"), pytest.raises(ValidationError) as err:
        receptionist_config_update(address="1" * 301)
    assert "address" in err.value.message_dict
