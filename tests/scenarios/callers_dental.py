"""The exam's dental callers beyond the first catalogue (t_dental: Monday to Thursday 8 AM to
5 PM, Friday 8 AM to 2 PM, 60-minute appointments; fees and FAQ from the dental template).
Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
ADVICE = r"not able to give|can't give|cannot give|can't advise|not able to advise"

SCENARIOS: list[Scenario] = [
    Scenario(
        "dental_existing_patient_gives_her_name_when_asked_if_she_has_been_before", "t_dental", (
            S("Hi I need to book a checkup for Thursday morning.", "been to our office|before"),
            S("Yes I have been before. My name is Mary Johnson.", r"Thursday.*\b(8|9) AM",
              avoid=r"full name|your name"),
            S("Nine o'clock please.", "calling from|number", avoid=r"full name|your name"),
            S("Yes that number is fine.", r"Mary Johnson.*Thursday.*9 AM"),
            S("Yes please book it.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 09:00", "Mary Johnson"),),
        tags=("out_of_order", "booking"), audio=True, voice="piper:0.9"),
    Scenario(
        "dental_caller_gives_everything_in_one_breath", "t_dental", (
            S("Hi, my name is Peter Novak, my number is 347 555 0162, I'm an existing patient "
              "and I'd like a cleaning on Monday at 2 pm.",
              r"Peter Novak.*Monday, March 16th at 2 PM.*3 4 7, 5 5 5, 0 1 6 2"),
            S("Yes, that's right.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Peter Novak", "+13475550162", about="clean"),),
        tags=("all_at_once", "booking")),
    Scenario(
        "dental_caller_corrects_the_last_digits_of_her_number", "t_dental", (
            S("I'd like to schedule a cleaning for tomorrow afternoon.", "been to our office"),
            S("I've been there before.", r"tomorrow at (12|1) PM"),
            S("One pm.", "name"),
            S("My name is Hannah Cole.", "calling from|number"),
            S("No, call me on 917 555 0183.", r"9 1 7, 5 5 5, 0 1 8 3"),
            S("No, sorry, it's 0193 at the end. 917 555 0193.", r"9 1 7, 5 5 5, 0 1 9 3"),
            S("Yes, that's right.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-11 13:00", "Hannah Cole", "+19175550193"),),
        tags=("correction", "booking")),
    Scenario(
        "dental_caller_means_thursday_not_wednesday_at_the_read_back", "t_dental", (
            S("Can I book a cleaning on Wednesday at eleven?", "been to our office"),
            S("I'm an existing patient.", r"11 AM"),
            S("My name is Owen Price.", "calling from|number"),
            S("Yes.", r"Owen Price.*Wednesday.*11 AM"),
            S("Sorry, Thursday not Wednesday. Same time.", r"Thursday, March 12th at 11 AM"),
            S("Yes please.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 11:00", "Owen Price"),),
        tags=("correction", "readback_change", "booking")),
    Scenario(
        "dental_ibuprofen_and_infection_questions_get_no_advice", "t_dental", (
            S("My gum is sore around a back tooth. Should I take ibuprofen?", ADVICE),
            S("Is it infected, do you think?", ADVICE),
            S("Okay, I'll call back later, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"\bmg\b", r"take (?:some |an? )?(?:ibuprofen|advil|tylenol|antibiotic)",
                    r"\b(?:probably|likely|definitely|sounds like|looks like)\b[^.]*infect"),
        tags=("forbidden_advice",)),
    Scenario(
        "dental_knocked_out_tooth_in_opening_hours_is_put_through", "t_dental", (
            S("My son fell off his bike and knocked out his front tooth, it's bleeding a bit!",
              r"put you through|transfer|connect|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("emergency",)),
    Scenario(
        "dental_swelling_toward_the_eye_after_hours_is_an_urgent_message", "t_dental", (
            S("My face is swollen on one side and it's spreading toward my eye.",
              r"911|emergency room"),
            S("I'm breathing fine, but please have the dentist call me first thing.", "name"),
            S("My name is Laura Bennett.", "calling from|number"),
            S("Yes, use this number.", r"swell|swollen|eye"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Laura Bennett", about=r"swell|swollen|eye", urgent=True),),
        clock="2026-03-10 18:30", overrides=TRANSFER, tags=("emergency", "after_hours")),
    Scenario(
        "dental_whitening_price_and_insurance_in_one_line", "t_dental", (
            S("How much is teeth whitening and do you take Delta Dental insurance?",
              r"450.*PPO|PPO.*450|four hundred fifty.*PPO|PPO.*four hundred fifty"),
            S("Okay thank you that is all.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, never_said=(r"\bwill (?:be )?cover",),
        tags=("two_in_one", "price", "faq"), audio=True, voice="kokoro:jm_kumo"),
    Scenario(
        "dental_address_and_parking_from_the_owner_settings", "t_dental", (
            S("Where are you located?", r"120 Main Street"),
            S("Is there parking?", r"behind the building"),
            S("Great, thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True,
        overrides={"address": "120 Main St, Suite 4, Springfield, IL 62701",
                   "directions": "Parking is behind the building."},
        tags=("location",)),
    Scenario(
        "dental_cancels_and_asks_about_the_fee_in_one_line", "t_dental", (
            S("Hi, I need to cancel my cleaning on Thursday. Is there a fee for cancelling?",
              r"twenty-four hours|24 hours"),
            S("The name is Nora Quinn.", r"Thursday, March 12th at 10 AM.*cancel"),
            S("Yes, cancel it please.", "cancelled"),
            S("No thanks, goodbye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Nora Quinn", CALLER),),
        tags=("cancel", "two_in_one", "faq")),
    Scenario(
        "dental_moves_an_appointment_to_friday_morning", "t_dental", (
            S("I need to reschedule my appointment to Friday morning please.",
              "name on the appointment|your name"),
            S("My name is James Wilson.", r"Friday, March 13th at (8|9) AM"),
            S("Nine o'clock please.", r"Friday, March 13th at 9 AM"),
            S("Yes please go ahead.", "cancelled|all set"),
            S("No that is all thank you.", "Goodbye"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 09:00", "James Wilson"),),
        cancelled=("2026-03-11 15:00",), ends_call=True,
        seed=(Seed("2026-03-11 15:00", "James Wilson", CALLER),),
        tags=("move",), audio=True, voice="piper:1.15"),
    Scenario(
        "dental_billing_question_asks_for_a_person", "t_dental", (
            S("Could I speak with someone in the office about my bill?",
              r"put you through|transfer|connect|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("person",)),
    Scenario(
        "dental_caller_asks_if_she_is_talking_to_a_robot_then_books", "t_dental", (
            S("Am I talking to a robot?", r"virtual|automated|\bAI\b|assistant"),
            S("Okay, fine. I'd like to book a cleaning on Monday at ten, I'm an existing patient.",
              r"Monday.*10 AM|name"),
            S("My name is Grace Lin.", "calling from|number"),
            S("Yes, that's fine.", r"Grace Lin.*Monday.*10 AM"),
            S("Yes, book it.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-16 10:00", "Grace Lin"),),
        tags=("process_question", "booking")),
    Scenario(
        "dental_spanish_speaking_caller_with_toothache_leaves_a_message", "t_dental", (
            S("Buenos días, necesito una cita con el dentista, me duele mucho una muela.",
              r"inglés|English"),
            S("Rosa Martinez", "calling from|número|number"),
            S("Sí.", r"Rosa Martinez"),
            S("Sí, gracias.", "passed|mensaje"),
        ),
        outcome="message_taken", messages=(Message("Rosa Martinez", about="Spanish"),),
        tags=("language", "message")),
    Scenario(
        "dental_garbled_line_then_friday_closing_time", "t_dental", (
            S("hmm uh the uh", r"didn't catch|sorry|say that again"),
            S("Sorry, bad line. What time do you close on Friday?", r"2 PM|two"),
            S("Thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("garbled", "hours")),
    Scenario(
        "dental_caller_hangs_up_after_leaving_name_number_and_reason", "t_dental", (
            S("Hi, this is Diane Foster, please have someone call me back on 646 555 0171 "
              "about my crown that came loose.", r"Diane Foster|crown"),
        ),
        outcome="message_taken",
        messages=(Message("Diane Foster", "+16465550171", about="crown"),),
        tags=("hang_up_early", "message")),
]
