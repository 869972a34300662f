"""Callers' names inside longer lines: given in apposition, after "for"/"under", with a
spelling or a date of birth, corrected in the same breath; and names that are not the caller's
(a pet, a member of staff, another person, a place, a company, the business itself). Each test
uses phrasings of its own; the conversations run on the real flow and the real test DB."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_worker.flows.names import CUED, INTRODUCED, caller_name, name_answer, offered_name
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import talk as _talk

# --- the name functions ----------------------------------------------------------------------


@pytest.mark.parametrize("line, name", [
    ("Hey there, I'm a returning client, Nadia Brooks, and my sink is backed up.",
     "Nadia Brooks"),
    ("Good afternoon, Felix Ortega. I had a booking with you last month.", "Felix Ortega"),
    ("Tom Varga, V A R G A, I'd like a haircut.", "Tom Varga"),
    ("I need a checkup. Lena Marsh, date of birth March 3rd 1970.", "Lena Marsh"),
    ("Sounds great, Friday at 3 for Owen Pike, the tire rotation.", "Owen Pike"),
    ("Please put the appointment under Irene Cho.", "Irene Cho"),
    ("Afternoon. Samir Qureshi here, quick question about my bill.", "Samir Qureshi"),
    ("Sure, name's Bella Ruiz, that's B E L L A.", "Bella Ruiz"),
    ("I go by Kate, but it's Katherine Moss on my card, so put Katherine Moss.",
     "Katherine Moss"),
    ("My name's Rob Tate, well, Robert on the insurance, so put Robert Tate.", "Robert Tate"),
    ("It's amoxicillin, from the Safeway pharmacy. My name is Vera Lind.", "Vera Lind"),
    ("Okay. I rent the unit upstairs, it's 12 Oak Lane. I'm Paula Stein.", "Paula Stein"),
    ("I'm her dad, Victor Hale. She cracked a tooth at practice.", "Victor Hale"),
])
def test_it_finds_the_callers_own_name_inside_a_longer_line(line, name):
    assert offered_name(line) == name


@pytest.mark.parametrize("line", [
    "My cat is Mochi, she's twelve.",
    "His name is Waffles, he's a pug puppy.",
    "Could I talk to Dr. Alvarez about my results?",
    "The guy who hit me was named Carl Dunn and he had Geico.",
    "Do you handle cases against my ex, Peter Vance?",
    "My neighbour's Mrs. Okoye, she recommended you.",
    "I'm at the Safeway on Taraval Street.",
    "It's near Riverside Market on Ninth Avenue.",
    "Is this Fleet Dental?",
    "Hi, I'm calling about my dog, Captain Jack.",
    "My daughter is a patient of yours, Zoe Hart, she's nine.",
    "Can I bring my Honda Civic in on Friday?",
])
def test_it_does_not_take_a_name_that_is_not_the_callers(line):
    assert offered_name(line, exclude=frozenset({"fleet", "dental"})) is None


def test_a_name_the_caller_introduces_outranks_a_loose_guess():
    line = "It's Metformin I need. My name is Alma Reyes."
    assert caller_name(line) == ("Alma Reyes", INTRODUCED)
    assert caller_name("Book it for Jon Bell, please.") == ("Jon Bell", CUED)


def test_a_bare_answer_stops_at_the_spelling_and_a_pet_is_not_booked_under():
    assert name_answer("Harriet Cole, C O L E, and my email is h at example dot com") == (
        "Harriet Cole")
    assert name_answer("Her name is Maya Cole") == "Maya Cole"  # a daughter, at a clinic
    assert name_answer("We just adopted her. Her name is Noodle, she's a kitten.") != "Noodle"


_FIRST = st.sampled_from(["Ada", "Bruno", "Chiara", "Dmitri", "Esi", "Farid", "Greta", "Hugo"])
_LAST = st.sampled_from(["Lind", "Moreau", "Nakamura", "Osei", "Petrov", "Quinn", "Rossi"])
_FRAMES = st.sampled_from([
    "Hi, I'm an existing client, {n}, and I need to book.",
    "{n}, born April 4th 1980. I'd like a visit.",
    "Yes please, Thursday at noon for {n}.",
    "Morning. {n} here, I have a question.",
    "Sure, go ahead and put it under {n}.",
    "It's ibuprofen, from the Walgreens on Main. My name is {n}.",
])


@settings(max_examples=60, deadline=None)
@given(first=_FIRST, last=_LAST, frame=_FRAMES)
def test_any_name_in_a_cued_frame_is_taken_whole(first, last, frame):
    assert offered_name(frame.format(n=f"{first} {last}")) == f"{first} {last}"


_OTHERS = st.sampled_from([
    "My dog is {f}, he's limping.", "Can I speak to Dr. {l}?", "The driver was named {n}.",
    "Does the firm represent my brother, {n}?", "The landlord's Mr. {l}.",
])


@settings(max_examples=60, deadline=None)
@given(first=_FIRST, last=_LAST, frame=_OTHERS)
def test_someone_elses_name_is_never_the_callers(first, last, frame):
    assert offered_name(frame.format(f=first, l=last, n=f"{first} {last}")) is None


# --- conversations through the real flow --------------------------------------------------------

@pytest.mark.django_db
def test_a_name_in_apposition_on_the_first_line_is_kept(fleet):
    flow = _flow("t_salon")
    _talk(flow, "Hi, I'm a regular there, Monique Adler, and I'd like a women's haircut.")
    assert flow.state.caller_name == "Monique Adler"


@pytest.mark.django_db
def test_a_name_after_for_is_taken_when_asked_for_it(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "I'd like a cleaning, I've been there before.",
                 "Thursday the 12th at 10 in the morning please.",
                 "Great, book Thursday at 10 for Tobias Wren, on the number I'm calling from.")
    assert flow.state.caller_name == "Tobias Wren"
    assert "catch your name" not in said[-1]


@pytest.mark.django_db
def test_an_introduced_name_wins_over_a_medicine_named_first(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "I'd like to leave a message for the nurse about a refill.",
          "It's atorvastatin, and I use the CVS on Irving. My name is Selma Quist.")
    assert flow.state.caller_name == "Selma Quist"


@pytest.mark.django_db
def test_a_pets_name_at_the_vet_is_not_the_callers(fleet):
    flow = _flow("t_vet")
    _talk(flow, "Hi, I'd like to book a checkup for my kitten.",
          "Her name is Pepper.")
    assert flow.state.caller_name != "Pepper"


@pytest.mark.django_db
def test_a_booking_for_someone_named_on_the_first_line_is_under_their_name(fleet):
    from django_tenants.utils import schema_context

    from calls.models import Appointment

    flow = _flow("t_auto")
    said = _talk(flow, "Can I get an oil change set up for my wife? Her name is Dana Whitlock.",
                 "Thursday at 9:30 if you have it.", "Yes, that number's fine.", "Yes please.")
    assert not any("your name" in line for line in said)
    assert said[-1].startswith("You're all set: Thursday, March 12th at 9:30 AM, for Dana")
    with schema_context("t_auto"):
        assert list(Appointment.objects.values_list("caller_name", flat=True)) == [
            "Dana Whitlock"]


@pytest.mark.django_db
def test_a_message_about_someone_else_keeps_the_callers_own_name(fleet):
    flow = _flow("t_law")
    _talk(flow, "I'd like to leave a message for the attorney about my father. His name is "
                "Carl Benning. My name is Rita Benning.")
    assert flow.state.caller_name != "Carl Benning"


@pytest.mark.django_db
def test_the_callers_own_name_after_whom_the_booking_is_for_does_not_replace_it(fleet):
    flow = _flow("t_clinic")
    _talk(flow, "I need to book a checkup for my daughter, her name is Amy Fox. My name is "
                "Jane Fox, I'm her mom.")
    assert flow.state.caller_name == "Amy Fox"
