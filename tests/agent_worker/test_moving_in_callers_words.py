"""Moving or cancelling a booking the caller already has, said in their own words: the booking
described ("I've got an exam with you Wednesday at eleven", "we have an electrician coming
Monday") and the wish to change it in the same line or a later one ("my shift changed, I won't
be able to make it", "call it off"). The day and time that describe the booking they have are
never the new time, and someone moving a booking is never asked a new client's questions. Each
test uses phrasings of its own, through the real flow on the real appointment book."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django_tenants.utils import schema_context

from agent_worker.flows import CallFlow
from tests.agent_worker.flow_support import TUESDAY_9AM
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk

pytestmark = pytest.mark.django_db

CALLER = "+14155550123"


def _seed(flow: CallFlow, at: str, name: str, number: str = CALLER) -> int:
    from calls import appointments

    starts = datetime.fromisoformat(at).replace(tzinfo=flow.tz)
    with schema_context(flow.config.client_id):
        return appointments.appointment_book(
            config=flow.config, starts_at=starts, caller_name=name, callback_number=number,
            reason="seeded", now=TUESDAY_9AM - timedelta(days=1)).pk


def _status(flow: CallFlow, pk: int) -> str:
    from calls.models import Appointment

    with schema_context(flow.config.client_id):
        return Appointment.objects.get(pk=pk).status


def _booked_at(flow: CallFlow, at: str, name: str) -> bool:
    from calls.models import Appointment

    starts = datetime.fromisoformat(at).replace(tzinfo=flow.tz)
    with schema_context(flow.config.client_id):
        return Appointment.objects.filter(starts_at=starts, caller_name=name,
                                          status=Appointment.Status.BOOKED).exists()


# --- what counts as a booking the caller already has -----------------------------------------

@pytest.mark.parametrize("line", [
    "We've got an exam with you guys on Wednesday at eleven.",
    "My husband is booked in with you Monday morning.",
    "I have the electrician coming out next Tuesday for the panel.",
    "I've got my kitten Pepper scheduled for her shots.",
    "So my Thursday appointment, the one at noon.",
    "I have a color session on Saturday at 2.",
    "I'm down for a beard trim on Friday at three.",
    "Our daughter has a filling with you tomorrow at four.",
    "I already booked a tour for next Monday.",
    "There's a technician scheduled at the house on Wednesday.",
    "I'm supposed to come in Thursday at two.",
])
def test_a_booking_the_caller_has_is_recognised(fleet, line):
    from agent_worker.flows import intents

    assert intents.refers_to_booked(line)


@pytest.mark.parametrize("line", [
    "I'd like to book an exam on Wednesday at eleven.",
    "Could I have a haircut on Saturday?",
    "Can you schedule my son's checkup for Monday?",
    "I have a toothache since Friday.",
    "I'm booked solid at work on Monday, so Tuesday is better.",
    "We have a meeting on Friday with the buyers, can an agent call me after?",
    "I have a puppy that needs his shots on Monday.",
])
def test_a_new_request_is_not_a_booking_the_caller_has(fleet, line):
    from agent_worker.flows import intents

    assert not intents.refers_to_booked(line)


@pytest.mark.parametrize("line", [
    "My shift changed and I won't be able to make it.",
    "Something's come up, can we find another day?",
    "I'm stuck at work Monday now, so I need to shift it.",
    "It's not going to work anymore.",
])
def test_a_wish_to_move_said_as_why_it_cannot_stay(fleet, line):
    from agent_worker.flows import intents

    assert intents.wants_to_change(line) and not intents.wants_to_call_off(line)


def test_not_wanting_to_rebook_is_not_a_move_and_not_cancelling_is_not_a_cancel(fleet):
    from agent_worker.flows import intents

    assert not intents.wants_to_change("I won't rebook for now, please just cancel.")
    assert intents.wants_to_call_off("I won't rebook for now, please just cancel.")
    assert not intents.wants_to_call_off("Please don't cancel it, I was only asking.")


# --- through the flow ---------------------------------------------------------------------------

def test_a_move_described_then_wished_in_one_line_finds_the_booking_and_asks_the_new_time(fleet):
    flow = _flow("t_dental")
    old = _seed(flow, "2026-03-11 11:00", "Dana Price")
    said = _talk(flow, "Hey, it's Dana Price. We've got an exam with you Wednesday at eleven "
                       "but my shift changed and I won't be able to make it.")
    assert flow.state.task == "reschedule" and flow.state.existing_appointment == old
    assert "Wednesday, March 11th at 11 AM" in said[0] and "already booked" not in said[0]
    assert flow.state.requested is None  # the booking they have is not the new time
    said += _talk(flow, "Could you do Monday the 16th, around one in the afternoon?",
                  "Yes, that's right.")
    assert not any("new patient" in line or "been to our office" in line for line in said)
    assert _status(flow, old) == "cancelled" and _booked_at(flow, "2026-03-16 13:00",
                                                            "Dana Price")


def test_the_booking_described_first_and_the_wish_said_on_the_next_line(fleet):
    flow = _flow("t_salon")
    old = _seed(flow, "2026-03-13 16:00", "Carla Mendes")
    said = _talk(flow, "Hi, this is Carla Mendes, I have a trim with you Friday at four.")
    assert flow.state.task == "" and "move it" in said[0]  # not a new booking of Friday at 4
    said = _talk(flow, "Ugh, my boss moved a meeting and I can't do Friday anymore. What "
                       "about Saturday at ten?")
    assert flow.state.existing_appointment == old
    assert "Saturday, March 14th at 10 AM" in said[0] and "move your appointment" in said[0]
    _talk(flow, "Yes please.")
    assert _status(flow, old) == "cancelled"
    assert _booked_at(flow, "2026-03-14 10:00", "Carla Mendes")


def test_a_cancel_wished_after_the_booking_was_described_asks_the_name_and_cancels(fleet):
    flow = _flow("t_vet")
    old = _seed(flow, "2026-03-12 14:00", "Gil Navarro")
    _talk(flow, "Hello, I've got my cat Mochi in for her vaccines on Thursday at two.")
    said = _talk(flow, "We're going to be out of town, so please call it off.")
    assert flow.state.task == "cancel" and "name" in said[0]
    said = _talk(flow, "Gil Navarro")
    assert "Thursday, March 12th at 2 PM" in said[0]
    _talk(flow, "Yes")
    assert _status(flow, old) == "cancelled"


def test_of_two_bookings_the_one_described_is_moved(fleet):
    flow = _flow("t_dental")
    _seed(flow, "2026-03-12 10:00", "Rosa Kim")
    later = _seed(flow, "2026-03-16 09:00", "Rosa Kim")
    said = _talk(flow, "This is Rosa Kim, I have a cleaning on Monday at nine and I need to "
                       "push it back a bit.")
    assert flow.state.existing_appointment == later and "Monday, March 16th at 9 AM" in said[0]


def test_a_name_said_in_passing_finds_the_booking_without_asking_again(fleet):
    flow = _flow("t_auto")
    old = _seed(flow, "2026-03-14 10:00", "Marta Silva")
    said = _talk(flow, "Morning. Marta Silva here. My oil change is on Saturday at ten, and I "
                       "have to work that day now.")
    assert flow.state.existing_appointment == old and "name" not in said[0].lower()


def test_a_cancel_confirmed_as_do_not_rebook_just_cancel_cancels(fleet):
    flow = _flow("t_clinic")
    old = _seed(flow, "2026-03-18 14:00", "Lou Becker")
    _talk(flow, "I need to cancel my appointment please. Lou Becker.")
    said = _talk(flow, "It's the one next Wednesday at two.")
    assert "that's the one" in said[0] and _status(flow, old) == "booked"
    _talk(flow, "No need to rebook, just cancel it, I'll call back later.")
    assert _status(flow, old) == "cancelled"


def test_the_time_said_of_the_booking_had_is_not_the_new_time_without_a_description(fleet):
    flow = _flow("t_dental")
    old = _seed(flow, "2026-03-12 14:00", "Ivy Lund")
    said = _talk(flow, "Ivy Lund here. I'm supposed to come in Thursday at two for a filling, "
                       "I need to reschedule.")
    assert flow.state.existing_appointment == old and flow.state.requested is None
    assert "What day and time would you like instead?" in said[0]


def test_a_new_booking_with_a_day_and_time_is_still_a_booking(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like to book a cleaning this Thursday at ten.")
    assert flow.state.task == "book" and "move it" not in said[0]


def test_why_it_cannot_stay_then_cancel_is_a_cancellation_and_another_day_a_move(fleet):
    flow = _flow("t_law")
    _seed(flow, "2026-03-12 15:00", "Nora Quinn")
    _talk(flow, "This is Nora Quinn. My meeting with you on Thursday won't work for me, "
                "please cancel it.")
    assert flow.state.task == "cancel"
    flow = _flow("t_law")
    _talk(flow, "This is Nora Quinn. My meeting with you on Thursday won't work for me, "
                "could we cancel it and find another day?")
    assert flow.state.task == "reschedule"


def test_the_booking_being_moved_named_again_at_the_choice_is_not_the_new_time(fleet):
    flow = _flow("t_dental")
    old = _seed(flow, "2026-03-12 10:00", "Ann Lee")
    _talk(flow, "Hi, Ann Lee. I have an exam Thursday at ten.", "I'd like to move it.",
          "Wednesday the 18th, in the afternoon?")
    said = _talk(flow, "I'll take the 3 o'clock, and scrap the Thursday one.")
    assert "to Wednesday, March 18th at 3 PM" in said[0]
    _talk(flow, "Yep.")
    assert _status(flow, old) == "cancelled" and _booked_at(flow, "2026-03-18 15:00", "Ann Lee")


def test_a_new_time_said_while_the_name_on_the_booking_is_asked_is_kept(fleet):
    flow = _flow("t_vet")
    old = _seed(flow, "2026-03-12 15:00", "Cy Dunn")
    said = _talk(flow, "My dog's got his checkup with you Thursday at 3 but something came up.",
                 "Could you do Friday at 9?")
    assert "name" in said[-1] and flow.state.requested is not None
    said = _talk(flow, "Cy Dunn")
    assert flow.state.existing_appointment == old and "Friday, March 13th at 9 AM" in said[0]


def test_a_booking_the_caller_had_made_is_one_they_have(fleet):
    flow = _flow("t_salon")
    pk = _seed(flow, "2026-03-13 11:00", "Greta Lund")
    said = _talk(flow, "Hello, Greta Lund here, I had a blowout booked for Friday.",
                 "I'm going out of town, so I won't need it. Please cancel.", "Yes.")
    assert "move it" in said[0] and "stylist" not in said[0]
    assert _status(flow, pk) == "cancelled"


def test_a_visit_the_caller_had_in_the_past_is_not_a_booking_they_have():
    from agent_worker.flows import intents

    assert not intents.refers_to_booked("I had a cleaning last month and now my gum aches")
    assert intents.refers_to_booked("we had booked a showing for Saturday")
