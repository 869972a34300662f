"""Callers as the fifteenth development set showed them (issue 14: people who call for someone
else, and people who describe a problem instead of naming a service), fixed by failure kind:
whose name a booking or a message goes under ("put it under her name, ..."), a call back asked
for someone else ("he'd like a lawyer to call him back"), a stylist answer said with a new time,
a relative's booking by any kinship word, a booking the caller made for a relative moved, "do you
sell them?" about what was just named, a check before buying, tap water's colour is no leak, a
caller in Tagalog, the office line accepted as the number called from, a service talked of
rather than asked for, and "that's all I needed" as a goodbye. Phrasings are this file's own;
all of it runs on the real appointment book."""

from __future__ import annotations

import pytest

from agent_worker.flows import intents
from agent_worker.flows.contact import caller_id_accepted
from agent_worker.flows.knowledge import match_service
from agent_worker.flows.names import booked_under_their_name, name_said_around
from agent_worker.flows.text import clean
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import seed_booking
from tests.agent_worker.flow_support import talk as _talk

# --- whose name it goes under ----------------------------------------------------------------


@pytest.mark.parametrize("line, name", [
    ("Could you book it under her name, Grace Whitfield?", "Grace Whitfield"),
    ("Put it in my husband's name, Colin Ashby, please.", "Colin Ashby"),
    ("Saturday works. Book it under my grandson's name, Leo Marsh, he'll be driving.", "Leo Marsh"),
    ("The appointment is for my nephew, Omar Haddad.", "Omar Haddad"),
    ("It's for my stepdaughter, Kira Novak.", "Kira Novak"),
])
def test_whose_name_a_booking_goes_under_is_read_from_the_line(line, name):
    assert name_said_around(line) == name


def test_under_their_name_is_told_apart_from_under_my_name():
    assert booked_under_their_name("Please put it under his name, Raj Patel.")
    assert not booked_under_their_name("Put it under my name, Raj Patel.")
    assert not booked_under_their_name("I'm calling about the house under contract.")


@pytest.mark.django_db
def test_a_booking_under_the_pets_owners_name_is_made_under_it(fleet):
    flow = _flow("t_vet")
    _talk(flow, "I'm calling for the lady next door, her dog Bruno needs his yearly shots, he's "
                "perfectly healthy.",
          "Thursday the 12th at two in the afternoon. Book it under her name, June Okafor.",
          "My number is fine, the one I'm calling from.", "Yes, please book it.")
    assert [a[:2] for a in _appointments(flow)] == [("2026-03-12 14:00", "June Okafor")]


@pytest.mark.django_db
def test_at_a_law_firm_the_name_it_goes_under_wins_over_a_dispute_told_before(fleet):
    flow = _flow("t_law")
    _talk(flow, "I'm an assistant setting up a consultation for my employer. A tenant stopped "
                "paying rent and she wants to know her options. No lawyer yet.",
          "Wednesday the 18th at ten in the morning. Please put it under her name, Carla Mendes.",
          "Use the number I'm calling from.", "Yes, that's correct, please book it.")
    assert [a[:2] for a in _appointments(flow)] == [("2026-03-18 10:00", "Carla Mendes")]


@pytest.mark.parametrize("line", [
    "He'd like one of the attorneys to call him back about a zoning question.",
    "She wants someone to ring her about the estimate.",
    "My wife would like the vet to call her back about the test results.",
])
def test_a_call_back_asked_for_someone_else_is_a_message(line):
    assert intents.wants_message(line)


@pytest.mark.django_db
def test_a_message_taken_under_someone_elses_name_is_left_under_it(fleet):
    flow = _flow("t_law")
    _talk(flow, "I'm calling for my father. He'd like an attorney to call him back about "
                "updating his will.",
          "Please leave it under his name, Walter Brooks, and have them call his landline, "
          "two one two, five five five, zero one seven seven.",
          "Yes, that's it.")
    [message] = _messages(flow)
    assert (message.caller_name, message.callback_number) == ("Walter Brooks", "+12125550177")


# --- answers said in passing -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_stylist_answer_said_with_a_new_time_is_kept_with_it(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like a trim for my teenager.",
                 "Thursday the 12th at four, whoever's available is fine. It's for my son, "
                 "Eli Brandt.")
    assert "stylist" not in said[1] and "Thursday" in said[1]


@pytest.mark.django_db
def test_a_relatives_booking_described_is_moved_when_they_cannot_make_it(fleet):
    flow = _flow("t_dental", caller="+14155550188")
    seed_booking(flow, "2026-03-13 09:00", "Rosa Vidal", "+14155550188")
    said = _talk(flow, "Hi, I booked my aunt in for this Friday at nine. It's under Rosa Vidal. "
                       "She's not able to come now.",
                 "Can we move it to Monday the 16th at ten? Same name.",
                 "Yes, please move it.")
    assert "move" in said[0]  # (not able to come: moved or cancelled, asked)
    assert said[2].startswith("Yes, that's booked") and "Monday" in said[2]
    assert [a for a in _appointments(flow) if a[2] == "booked"] == [
        ("2026-03-16 10:00", "Rosa Vidal", "booked")]


@pytest.mark.django_db
def test_do_you_sell_them_asks_about_what_was_just_named(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I want to get my sister a gift card since she just moved here. Do you "
                       "have those?")
    assert "gift card" in said[0].lower()
    assert flow.state.task.value in ("", "none") or "stylist" not in said[0]


@pytest.mark.parametrize("line", [
    "Could you look a car over before my daughter buys it?",
    "I want a truck checked before I purchase it from a dealer.",
])
@pytest.mark.django_db
def test_a_check_before_buying_is_the_pre_purchase_inspection(fleet, line):
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_auto")
    assert "pre-purchase" in str(match_service(config, line)["name"]).lower()


@pytest.mark.parametrize("line, urgent", [
    ("The water has been coming out brown from the kitchen tap.", False),
    ("Hot water is coming out lukewarm at best.", False),
    ("Water is coming out of the light fixture in the hallway!", True),
    ("Water is coming through the ceiling.", True),
])
def test_tap_waters_colour_is_no_leak(line, urgent):
    assert intents.emergency("home_services", line) is urgent


# --- languages and the line called from ------------------------------------------------------


@pytest.mark.django_db
def test_a_caller_in_tagalog_is_answered_and_their_message_taken(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "Magandang hapon po. Wala po kaming tubig sa kusina. May nagsasalita po "
                       "ba ng Tagalog?",
                 "Ako po si Liza Ramos. Tawagan po ninyo ako sa numerong ito.", "Opo.",
                 "Opo, salamat.")
    assert "Paumanhin po" in said[0] and "English" in said[0]
    [message] = _messages(flow)
    assert message.caller_name == "Liza Ramos" and message.reason.startswith(
        "Caller speaking Tagalog")


@pytest.mark.parametrize("said", [
    "This number is the shop line, that's fine.",
    "this phone's my work cell, it's fine",
])
def test_the_number_called_from_described_and_accepted(said):
    assert caller_id_accepted(clean(said))


# --- talk, not requests ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_service_talked_of_is_not_a_booking(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "My mom keeps talking about highlights. What do they cost?")
    assert "$" in said[0] and "stylist" not in said[0]


@pytest.mark.django_db
def test_thats_all_i_needed_leaves_from_a_booking_question(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like to book a manicure.", "Okay, that's all I wanted to know. "
                                                       "Thank you, bye.")
    assert "Goodbye" in said[1] and flow.state.ended


# --- the earlier sets' leftovers ---------------------------------------------------------------


@pytest.mark.parametrize("line, advice", [
    ("I replaced the fill valve myself and it still hisses. How much is a visit?", False),
    ("Could I just replace the fill valve myself?", True),
])
@pytest.mark.django_db
def test_doing_it_oneself_is_advice_only_when_asked_about(fleet, line, advice):
    from agent_worker.guardrails import forbidden_advice
    from tenants.router import MultiTenantRouter

    assert forbidden_advice(MultiTenantRouter().get_client_config("t_plumb"), line) is advice


@pytest.mark.django_db
def test_a_caller_whose_booking_was_found_is_not_asked_if_they_are_new(fleet):
    flow = _flow("t_clinic", caller="+14155550144")
    seed_booking(flow, "2026-03-13 09:00", "Ivan Sokol", "+14155550144")
    said = _talk(flow, "This is Ivan Sokol, please cancel my Friday appointment.", "Yes.",
                 "Actually, could I book a physical on Tuesday the 17th at nine instead?")
    assert "new patient" not in said[2].lower() and "Tuesday" in said[2]


@pytest.mark.django_db
def test_the_name_said_again_at_a_cancellations_question_is_thanked(fleet):
    flow = _flow("t_dental", caller="+14155550145")
    seed_booking(flow, "2026-03-12 10:00", "Mara Quist", "+14155550145")
    said = _talk(flow, "Hi, it's Mara Quist, I have to cancel Thursday's appointment.",
                 "Mara Quist, Q U I S T, born May 4th 1990.", "Yes, cancel it.")
    assert said[1].startswith("Thanks, Mara.") and "cancel" in said[1]
    assert "cancelled" in said[2]


@pytest.mark.django_db
def test_a_second_choice_is_booked_when_the_first_is_full(fleet):
    flow = _flow("t_salon")
    for hour in range(10, 19):
        seed_booking(flow, f"2026-03-13 {hour:02d}:00", "Someone Else", "+14155550999")
    said = _talk(flow, "I'd like a blowout with anyone.",
                 "Do you have anything Friday? Failing that, Saturday the 14th at eleven.")
    assert "Saturday, March 14th at 11 AM is available" in said[1]


@pytest.mark.django_db
def test_the_first_choice_is_kept_when_it_has_room(fleet):
    said = _talk(_flow("t_salon"), "I'd like a blowout with anyone.",
                 "Friday the 13th at noon, otherwise Saturday at eleven.")
    assert "Friday, March 13th at 12 PM is available" in said[1]


@pytest.mark.parametrize("line", [
    "My bridge popped out this morning while I was flossing.",
    "Her cat swallowed a hair tie earlier today but seems fine.",
])
def test_when_something_happened_today_is_no_time_wanted(line):
    from datetime import datetime

    from agent_worker.flows.when import parse_when
    from tests.agent_worker.flow_support import TUESDAY_9AM

    assert parse_when(line, now=datetime.fromisoformat(str(TUESDAY_9AM))) is None


@pytest.mark.django_db
def test_a_crown_that_came_off_is_a_visit_to_look_at_it_not_a_new_crown(fleet):
    from tenants.router import MultiTenantRouter

    config = MultiTenantRouter().get_client_config("t_dental")
    assert match_service(config, "my cap came loose last night, no pain")["name"] == (
        "Emergency exam")
    assert match_service(config, "how much is a crown?")["name"] == "Crown"


@pytest.mark.django_db
def test_whose_account_it_is_is_not_whose_message_it_is(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "I'm calling for my dad, his blood pressure pills are almost gone and the "
                "prescription is under his name, Tom Okoye. He needs a refill.",
          "My name is Ada Okoye, I'm his daughter. Call me on this number.", "Yes, thanks.")
    [message] = _messages(flow)
    assert message.caller_name == "Ada Okoye" and "Tom Okoye" in message.reason


@pytest.mark.django_db
def test_a_call_back_needed_stays_a_message_when_a_day_is_said_for_it(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "I need my attorney to call me back about the contract review.",
                 "It's Ines Park.", "Thursday is fine, no rush. This number, it's my cell.")
    assert "Which would you prefer" not in said[2]
    assert flow.state.task.value == "message"
