"""The exam's medical clinic callers beyond the first catalogue (t_clinic: Monday to Friday 8 AM
to 5 PM, 20-minute appointments; self-pay prices and FAQ from the clinic template).
Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
ADVICE = r"not able to give medical advice|can't give medical advice|cannot give medical advice"
NO_SLOT_OFFER = r"Which would you prefer|you're all set"
NO_TEXTING = (r"I(?:'ll| will)(?: also)? (?:text|send you a text)"
              r"|I(?:'ve| have) (?:texted|sent you a)")

SCENARIOS: list[Scenario] = [
    Scenario(
        "clinic_chest_pain_and_a_numb_arm_is_told_to_call_911", "t_clinic", (
            S("I have had chest pain for the last hour and my left arm feels numb.", "911"),
            S("Okay I will call them now goodbye.", "Goodbye"),
        ),
        # no transfer here: an urgent message in the caller's words, passed on though they
        # left to call 911 (issue 14: never information only; as catalogue.py's gas caller)
        outcome="message_taken",
        messages=(Message("Unknown caller", about="chest pain", urgent=True),),
        ends_call=True, never_said=(NO_SLOT_OFFER,),
        tags=("emergency",), audio=True, voice="piper:1.1"),
    Scenario(
        "clinic_chest_pain_inside_a_booking_request_is_not_booked", "t_clinic", (
            S("Can I get an appointment today? I've got chest pains and I'm short of breath.",
              "911"),
            S("Alright, thank you, goodbye.", "Goodbye"),
        ),
        # not booked; an urgent message instead (issue 14: never information only)
        outcome="message_taken",
        messages=(Message("Unknown caller", about="chest pain", urgent=True),),
        ends_call=True, never_said=(NO_SLOT_OFFER,),
        tags=("emergency", "incidental_keyword")),
    Scenario(
        "clinic_is_this_infected_gets_no_advice_then_books", "t_clinic", (
            S("I cut my hand last week and it's red and warm. Is this infected?", ADVICE),
            S("Fine. Can I see a doctor on Thursday afternoon about the cut on my hand?",
              "new patient|seen"),
            S("I'm an established patient.", r"Thursday, March 12th at 12 PM"),
            S("Do you have anything at 2 pm?", r"2 PM"),
            S("My name is Tom Hughes.", "calling from|number"),
            S("Yes.", r"Tom Hughes.*Thursday.*2 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 14:00", "Tom Hughes", about="cut|hand"),),
        never_said=(r"\b(?:probably|likely|sounds like|looks like)\b[^.]*infect", "antibiotic"),
        tags=("forbidden_advice", "booking")),
    Scenario(
        "clinic_refill_request_is_a_message_for_the_nurse", "t_clinic", (
            S("I need a refill of my blood pressure pills sent to the CVS on Main Street.",
              "name|message|nurse"),
            S("My name is Helen Ward.", "calling from|number"),
            S("Yes, this number is fine.", r"Helen Ward.*refill"),
            S("Yes please.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Helen Ward", about=r"^(?=.*refill)(?=.*CVS)"),),
        tags=("message",)),
    Scenario(
        "clinic_test_results_callback_with_name_and_number_up_front", "t_clinic", (
            S("Hi this is Linda Davis and my number is seven one eight five five five zero one "
              "three nine and I would like the nurse to call me back about my blood test results.",
              r"Linda Davis.*7 1 8, 5 5 5, 0 1 3 9"),
            S("Yes that is right.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Linda Davis", "+17185550139", about="blood test|results"),),
        tags=("all_at_once", "message"), audio=True, voice="piper:1.1"),
    Scenario(
        "clinic_same_day_sick_visit_takes_the_first_time_today", "t_clinic", (
            S("Do you have anything today for a sick visit? I have a sore throat and a fever.",
              "new patient|seen"),
            S("I have been seen there before.", r"today at 9:40 AM"),
            S("Nine forty in the morning please.", "name"),
            S("My name is Robert Taylor.", "calling from|number"),
            S("Yes that number is fine.", r"Robert Taylor.*9:40"),
            S("Yes please book it.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-10 09:40", "Robert Taylor", about="throat|fever|sick"),),
        tags=("booking",), audio=True, voice="piper:0.85"),
    Scenario(
        "clinic_physical_price_and_saturday_hours_in_one_line", "t_clinic", (
            S("How much is an annual physical, and are you open on Saturdays?",
              r"225.*closed|closed.*225"),
            S("Okay, thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "price", "hours")),
    Scenario(
        "clinic_flu_shot_price_asked_casually", "t_clinic", (
            S("What do you charge for a flu shot these days?", r"\$40|forty"),
            S("Great, that's all, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("price",)),
    Scenario(
        "clinic_who_am_i_speaking_to_then_cancels", "t_clinic", (
            S("Who am I speaking to?", "receptionist|assistant"),
            S("I need to cancel my appointment on Friday.", "name"),
            S("The name is Ellen Park.", r"Friday, March 13th at 11 AM.*cancel"),
            S("Yes please.", "cancelled"),
            S("No, that's all, thanks.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-13 11:00",), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Ellen Park", CALLER),),
        tags=("process_question", "cancel")),
    Scenario(
        "clinic_moves_a_physical_to_monday_morning", "t_clinic", (
            S("I need to reschedule my physical to Monday morning.", "name"),
            S("It's Samuel Ortiz.", r"Monday, March 16th at 8 AM"),
            S("The first one.", r"Monday, March 16th at 8 AM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-16 08:00", "Samuel Ortiz"),),
        cancelled=("2026-03-11 08:00",),
        seed=(Seed("2026-03-11 08:00", "Samuel Ortiz", CALLER),), tags=("move",)),
    Scenario(
        "clinic_asks_to_be_put_through_to_the_front_desk", "t_clinic", (
            S("Can you put me through to the front desk?", r"put you through|transfer|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("person",)),
    Scenario(
        "clinic_after_hours_billing_request_for_a_person_becomes_a_message", "t_clinic", (
            S("I'd like to speak to someone about a billing question.",
              r"closed|nobody|message"),
            S("My name is Brian Hall.", "calling from|number"),
            S("Yes, this number.", r"Brian Hall.*bill"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Brian Hall", about="bill"),),
        clock="2026-03-10 17:30", overrides=TRANSFER, tags=("person", "message", "after_hours")),
    Scenario(
        "clinic_new_patient_gives_name_and_number_when_offered_times", "t_clinic", (
            S("I'm looking to become a new patient. Can I get a new patient visit on Friday "
              "morning?", r"Friday, March 13th at 8 AM"),
            S("8:20 works, and it's Naomi Fisher, 332 555 0107.",
              r"Naomi Fisher.*8:20 AM.*3 3 2, 5 5 5, 0 1 0 7"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 08:20", "Naomi Fisher", "+13325550107"),),
        tags=("out_of_order", "booking")),
    Scenario(
        "clinic_spanish_speaking_caller_about_results", "t_clinic", (
            S("Hola, necesito hablar con el doctor sobre mis resultados, por favor.",
              r"inglés|English"),
            S("Carmen Ruiz", "calling from|número|number"),
            S("Sí.", "Carmen Ruiz"),
            S("Sí, gracias.", "passed|mensaje"),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ruiz", "+13055550148", about="Spanish"),),
        caller="+13055550148", tags=("language", "message")),
    Scenario(
        "clinic_caller_hangs_up_after_giving_the_message", "t_clinic", (
            S("Hi, I'd like to leave a message for the nurse.", "name"),
            S("It's Kevin Lowe, my number is 201 555 0126, I need my referral to the cardiologist "
              "sent over.", r"Kevin Lowe|referral"),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Lowe", "+12015550126", about="referral|cardiolog"),),
        tags=("hang_up_early", "message")),
    Scenario(
        "clinic_asks_to_be_texted_the_details_then_confirms", "t_clinic", (
            S("I need a sports physical for my soccer league, Monday at 3 pm if you have it.",
              "new patient|seen"),
            S("I'm a new patient.", r"Monday.*3 PM|name"),
            S("My name is Leo Grant.", "calling from|number"),
            S("Yes.", r"Leo Grant.*Monday.*3 PM"),
            S("Can you text me the details?", "book"),
            S("Okay. Yes, book it.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Leo Grant", about="sports|physical|soccer"),),
        never_said=(NO_TEXTING,), tags=("process_question", "booking")),
]
