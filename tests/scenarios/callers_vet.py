"""The exam's veterinary callers beyond the first catalogue (t_vet: Monday to Friday 8 AM to
6 PM, Saturday 8 AM to noon, half-hourly; prices and FAQ from the veterinary template).
Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
PUT_THROUGH = r"put you through|transfer|connect|hold"
ADVICE = r"not able to give veterinary advice|can't give veterinary|cannot give veterinary"
VOMIT = r"make (?:her|him|it|them|your (?:dog|cat|pet)) (?:vomit|throw up)|hydrogen peroxide"
EMERGENCY_Q = r"emergency|toxic"

SCENARIOS: list[Scenario] = [
    Scenario(
        "vet_beagle_ate_chocolates_in_opening_hours_is_put_through", "t_vet", (
            S("My beagle just got into a box of chocolates and ate half of it!", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, never_said=(VOMIT,),
        tags=("emergency",)),
    Scenario(
        "vet_rat_poison_at_night_is_an_urgent_message", "t_vet", (
            S("I think my cat licked some rat poison in the garage.",
              "emergency animal hospital"),
            S("Yes, please have the vet call me in the morning too.", "name"),
            S("My name is Kelly Grant.", "calling from|number"),
            S("Yes, this number.", "poison"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Kelly Grant", about="poison", urgent=True),),
        never_said=(VOMIT,), clock="2026-03-10 21:00", overrides=TRANSFER,
        tags=("emergency", "after_hours")),
    Scenario(
        "vet_dog_ate_grapes_after_saturday_closing_is_an_urgent_message", "t_vet", (
            S("My dog ate a bunch of grapes about an hour ago.",
              r"emergency animal hospital|poison control"),
            S("Yes please take an urgent message for the vet.", "name"),
            S("My name is Susan Clark.", "calling from|number"),
            S("Yes this number is fine.", "grape"),
            S("Yes that is right.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Susan Clark", about="grape", urgent=True),),
        never_said=(VOMIT,), clock="2026-03-14 13:00",
        tags=("emergency", "after_hours", "message"), audio=True, voice="kokoro:jf_nezumi"),
    Scenario(
        "vet_aspirin_for_a_limping_dog_gets_no_advice_then_books", "t_vet", (
            S("My dog is limping. Can I give him aspirin?", ADVICE),
            S("Okay, can I bring him in tomorrow morning for the limp?", EMERGENCY_Q),
            S("No, it's not an emergency.", r"tomorrow at 8(:00)? AM"),
            S("8:30 please.", "name"),
            S("My name is Aaron Webb.", "calling from|number"),
            S("Yes.", r"Aaron Webb.*8:30 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-11 08:30", "Aaron Webb", about="limp"),),
        never_said=(r"(?:yes|you can)[^.]*aspirin", r"\bmg\b"),
        tags=("forbidden_advice", "booking")),
    Scenario(
        "vet_rabbits_and_what_to_bring_in_one_line", "t_vet", (
            S("Do you see rabbits, and what should I bring to a first visit?",
              r"dogs and cats.*records|records.*dogs and cats"),
            S("Got it, thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "faq")),
    Scenario(
        "vet_rabies_vaccine_and_microchip_prices", "t_vet", (
            S("How much is a rabies vaccine?", r"\$30|thirty"),
            S("How much is a microchip?", r"\$50|fifty"),
            S("Okay thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("price",), audio=True,
        voice="kokoro:jm_kumo"),
    Scenario(
        "vet_cancels_thursday_appointment", "t_vet", (
            S("Please cancel my dog's appointment on Thursday.",
              "name on the appointment|your name"),
            S("My name is Amy Wilson.", r"Thursday, March 12th at 10:30 AM.*cancel"),
            S("Yes go ahead and cancel it.", "cancelled"),
            S("No thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:30",), ends_call=True,
        seed=(Seed("2026-03-12 10:30", "Amy Wilson", CALLER),), tags=("cancel",), audio=True,
        voice="kokoro:jm_kumo"),
    Scenario(
        "vet_moves_a_checkup_then_takes_two_thirty_at_the_read_back", "t_vet", (
            S("Can I move my dog's checkup to Thursday afternoon?",
              "name on the appointment|your name"),
            S("Chris Young.", r"Thursday, March 12th at 12 PM"),
            S("12:30.", r"Thursday, March 12th at 12:30 PM"),
            S("Actually, can we do Thursday at 2:30 instead?", r"Thursday, March 12th at 2:30 PM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 14:30", "Chris Young"),),
        cancelled=("2026-03-11 09:00",), seed=(Seed("2026-03-11 09:00", "Chris Young", CALLER),),
        tags=("move", "readback_change")),
    Scenario(
        "vet_owner_gives_her_name_with_the_pet_details", "t_vet", (
            S("I'd like to book a wellness exam for my cat Luna.", EMERGENCY_Q),
            S("No emergency. I'm Paula Green, Luna's owner, we've been coming for years.",
              r"day|time|when", avoid=r"full name|your name"),
            S("Friday at three pm.", r"calling from|number", avoid=r"full name|your name"),
            S("Yes.", r"Paula Green.*Friday.*3 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:00", "Paula Green", about="Luna|wellness"),),
        tags=("out_of_order", "booking")),
    Scenario(
        "vet_time_to_say_goodbye_to_an_old_dog_is_put_through_gently", "t_vet", (
            S("Our old dog is very sick and we think it might be time to say goodbye to him. Can "
              "I talk to someone?", r"(?s)sorry.*(?:put you through|transfer|connect|hold)"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER,
        tags=("person", "incidental_keyword")),
    Scenario(
        "vet_prescription_food_everything_in_one_breath", "t_vet", (
            S("Hi, this is Dana Scott, 415 555 0199, my cat's prescription food is running low, "
              "can someone call me back to order more?", r"Dana Scott.*4 1 5, 5 5 5, 0 1 9 9"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Dana Scott", "+14155550199", about="food"),),
        tags=("all_at_once", "message")),
    Scenario(
        "vet_is_this_an_automated_system_then_books_a_rabies_shot", "t_vet", (
            S("Wait, is this an automated system?", r"virtual|automated|\bAI\b|assistant"),
            S("Okay. I need to get my puppy's rabies vaccine, Monday at 11 if possible.",
              rf"{EMERGENCY_Q}|11 AM"),
            S("No, he's healthy.", r"Monday, March 16th at 11 AM|name"),
            S("My name is Jack Moore.", "calling from|number"),
            S("Yes.", r"Jack Moore.*Monday.*11 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-16 11:00", "Jack Moore", about="rabies"),),
        tags=("process_question", "booking")),
    Scenario(
        "vet_caller_hangs_up_after_asking_about_lab_results", "t_vet", (
            S("This is Gina Park, 650 555 0142. Please ask the vet to call me about my dog's lab "
              "results.", r"Gina Park|lab results"),
        ),
        outcome="message_taken",
        messages=(Message("Gina Park", "+16505550142", about="lab results"),),
        tags=("hang_up_early", "message")),
    Scenario(
        "vet_saturday_afternoon_and_sick_exam_price_in_one_line", "t_vet", (
            S("Are you open Saturday afternoon, and what does a sick pet exam cost?",
              r"12 PM.*85|85.*12 PM"),
            S("Thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "hours", "price")),
    Scenario(
        "vet_bad_signal_then_books_a_microchip", "t_vet", (
            S("krrr ffff", r"didn't catch|sorry"),
            S("Sorry, bad signal. I want to book a microchip for my kitten on Friday at 9.",
              rf"{EMERGENCY_Q}|9 AM"),
            S("No.", r"Friday, March 13th at 9 AM|name"),
            S("My name is Lily Evans.", "calling from|number"),
            S("Yes.", r"Lily Evans.*Friday.*9 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 09:00", "Lily Evans", about="microchip"),),
        tags=("garbled", "booking")),
]
