"""The exam's auto repair callers beyond the first catalogue (t_auto: Monday to Friday 7:30 AM to
6 PM, Saturday 8 AM to 3 PM, hourly starts from opening; prices and FAQ from the auto repair
template). Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
PUT_THROUGH = r"put you through|transfer|connect|hold"
VEHICLE = r"make and model|year"

SCENARIOS: list[Scenario] = [
    Scenario(
        "auto_broke_down_on_the_highway_in_opening_hours_is_put_through", "t_auto", (
            S("My car broke down on the highway and I'm stuck on the shoulder.",
              rf"(?s)(?:911|safe|tow).*(?:{PUT_THROUGH})|(?:{PUT_THROUGH}).*(?:911|safe|tow)"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("emergency",)),
    Scenario(
        "auto_brakes_failed_after_hours_is_an_urgent_message", "t_auto", (
            S("My brakes stopped working on the way home, I managed to pull into a parking lot.",
              r"tow|not to drive|don't drive|safest"),
            S("Yes please, have someone call me first thing, I need it towed in.", "name"),
            S("My name is Victor Hale.", "calling from|number"),
            S("Yes, this number.", "brake"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Victor Hale", about="brake", urgent=True),),
        clock="2026-03-10 19:00", overrides=TRANSFER, tags=("emergency", "after_hours")),
    Scenario(
        "auto_diagnostic_keeps_the_make_and_model", "t_auto", (
            S("I need a check engine light diagnostic.", VEHICLE),
            S("It is a twenty sixteen Subaru Outback with about ninety thousand miles.",
              r"day|time|when"),
            S("Thursday at one thirty in the afternoon.", r"Thursday, March 12th at 1:30 PM"),
            S("My name is Laura White.", "calling from|number"),
            S("Yes that number is fine.", r"Laura White.*Thursday.*1:30 PM"),
            S("Yes please go ahead.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 13:30", "Laura White", about="Subaru|Outback"),),
        tags=("qualification", "booking"), audio=True, voice="kokoro:jf_tebukuro"),
    Scenario(
        "auto_tire_rotation_moves_to_thursday_two_thirty_at_the_read_back", "t_auto", (
            S("Can I bring my car in for a tire rotation on Wednesday at 9:30?", VEHICLE),
            S("A 2019 Toyota RAV4.", r"9:30 AM|name"),
            S("My name is Emily Rhodes.", "calling from|number"),
            S("Yes.", r"Emily Rhodes.*Wednesday.*9:30 AM"),
            S("Actually, can we do Thursday at 2:30 instead?", r"Thursday, March 12th at 2:30 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:30", "Emily Rhodes", about="RAV4|Toyota"),),
        tags=("readback_change", "qualification", "booking")),
    Scenario(
        "auto_is_it_safe_to_drive_gets_no_verdict_then_books_today", "t_auto", (
            S("My oil light came on this morning. Is it safe to drive to work?",
              r"not able to diagnose|can't diagnose|inspect|tow|don't drive"),
            S("Okay, can you look at the oil light today?", VEHICLE),
            S("A 2012 Ford F-150.", r"today at (9:30|10:30) AM"),
            S("10:30.", "name"),
            S("My name is Sam Porter.", "calling from|number"),
            S("Yes.", r"Sam Porter.*10:30 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-10 10:30", "Sam Porter", about="oil|Ford|F-150"),),
        never_said=(r"(?:it's|it is|should be|you're|you are|it'll be) (?:probably |perfectly )?"
                    r"(?:safe|fine|okay) to drive",),
        tags=("forbidden_advice", "booking")),
    Scenario(
        "auto_customer_wants_to_approve_an_estimate", "t_auto", (
            S("I'm calling about my Honda that's already in your shop, I want to approve the "
              "estimate.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("person",)),
    Scenario(
        "auto_is_my_car_ready_after_closing_becomes_a_message", "t_auto", (
            S("Is my car ready? It's the blue Jeep Cherokee I dropped off on Thursday.",
              r"closed|nobody|message|name"),
            S("My name is Alice Monroe.", "calling from|number"),
            S("Yes.", r"Alice Monroe.*(?:Jeep|ready)"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Alice Monroe", about="Jeep|ready"),),
        clock="2026-03-14 16:00", overrides=TRANSFER, tags=("person", "message", "after_hours")),
    Scenario(
        "auto_alignment_price_and_saturday_closing_in_one_line", "t_auto", (
            S("What's the price for a four-wheel alignment and what time do you close on "
              "Saturday?", r"129.*3 PM|3 PM.*129"),
            S("Okay, thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "price", "hours")),
    Scenario(
        "auto_free_brake_inspection_and_no_work_without_approval", "t_auto", (
            S("How much does a brake inspection cost?", r"free|no charge"),
            S("Will you call me before doing any work?", r"estimate|approval"),
            S("Okay thanks goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("price", "faq"), audio=True,
        voice="piper:1.15"),
    Scenario(
        "auto_cancels_friday_oil_change", "t_auto", (
            S("I need to cancel my oil change on Friday please.",
              "name on the appointment|your name"),
            S("My name is Brian Scott.", r"Friday, March 13th at 8:30 AM.*cancel"),
            S("Yes please cancel it.", "cancelled"),
            S("That is all thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-13 08:30",), ends_call=True,
        seed=(Seed("2026-03-13 08:30", "Brian Scott", CALLER),), tags=("cancel",),
        audio=True, voice="piper:0.9"),
    Scenario(
        "auto_moves_to_saturday_morning", "t_auto", (
            S("I need to reschedule, can I come Saturday morning instead?",
              "name on the appointment|your name"),
            S("Laura Kim.", r"Saturday, March 14th at (8|9) AM"),
            S("Nine.", r"Saturday, March 14th at 9 AM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Laura Kim"),),
        cancelled=("2026-03-11 13:30",), seed=(Seed("2026-03-11 13:30", "Laura Kim", CALLER),),
        tags=("move",)),
    Scenario(
        "auto_squealing_brakes_everything_in_one_breath", "t_auto", (
            S("This is Mike Dunn, I have a 2014 Chevy Malibu that squeals when I brake, can I "
              "drop it off Monday at 7:30 am? My number is 862 555 0137.",
              r"Mike Dunn.*Monday.*7:30 AM.*8 6 2, 5 5 5, 0 1 3 7"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:30", "Mike Dunn", "+18625550137", about="Malibu"),),
        tags=("all_at_once", "qualification", "booking")),
    Scenario(
        "auto_mumbled_start_then_warranty_callback", "t_auto", (
            S("uhh mmm hmm", r"didn't catch|sorry"),
            S("Sorry. Can a service advisor call me back about a warranty repair?", "name"),
            S("My name is Omar Said.", "calling from|number"),
            S("Yes.", r"Omar Said.*warranty"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Omar Said", about="warranty"),),
        tags=("garbled", "message")),
    Scenario(
        "auto_asks_why_the_number_is_needed_then_books", "t_auto", (
            S("Can I book an oil change for Saturday at ten?", VEHICLE),
            S("A 2020 Mazda 3.", r"10 AM|name"),
            S("My name is Tina Brooks.", "calling from|number"),
            S("Why do you need my number?", r"call you|reach you|contact|confirm"),
            S("Okay, yes, the number I'm calling from is fine.",
              r"Tina Brooks.*Saturday.*10 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Tina Brooks", about="Mazda"),),
        tags=("process_question", "booking")),
    Scenario(
        "auto_spanish_speaking_caller_about_a_noise", "t_auto", (
            S("Hola, mi carro hace un ruido muy fuerte, quiero una cita por favor.",
              r"inglés|English"),
            S("Miguel Torres", "calling from|número|number"),
            S("Sí.", "Miguel Torres"),
            S("Sí, gracias.", "passed|mensaje"),
        ),
        outcome="message_taken",
        messages=(Message("Miguel Torres", "+12135550177", about="Spanish"),),
        caller="+12135550177", tags=("language", "message")),
    Scenario(
        "auto_caller_hangs_up_after_asking_about_a_pre_purchase_inspection", "t_auto", (
            S("Hi, this is Paula Reyes, 973 555 0168, please have someone call me about a "
              "pre-purchase inspection on a used Audi.", r"Paula Reyes|inspection"),
        ),
        outcome="message_taken",
        messages=(Message("Paula Reyes", "+19735550168", about="pre-purchase|Audi"),),
        tags=("hang_up_early", "message")),
    Scenario(
        "auto_no_address_on_file_and_a_message_for_directions", "t_auto", (
            S("What's the address of the shop?", "don't have the address"),
            S("Yes please.", "name"),
            S("My name is Ken Lowry.", "calling from|number"),
            S("Yes.", "Ken Lowry"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Ken Lowry", about="address|where|location"),),
        never_said=(r"\b\d+ [A-Z][a-z]+ (?:Street|Avenue|Road|Lane|Boulevard|Drive)\b",),
        tags=("location", "message")),
]
