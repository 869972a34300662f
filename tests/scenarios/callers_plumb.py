"""The exam's plumbing callers beyond the first catalogue (t_plumb: Monday to Saturday 7 AM to
7 PM, two-hour arrival windows from 7 AM; prices and FAQ from the home services template).
Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
PUT_THROUGH = r"put you through|transfer|connect|hold"

SCENARIOS: list[Scenario] = [
    Scenario(
        "plumbing_burst_pipe_in_opening_hours_is_put_through", "t_plumb", (
            S("A pipe just burst in my basement and water is pouring everywhere!", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("emergency",)),
    Scenario(
        "plumbing_flooding_laundry_room_caller_asks_for_someone_now", "t_plumb", (
            S("My water heater is leaking and the laundry room is flooding, can I talk to "
              "someone right now?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("emergency", "person")),
    Scenario(
        "plumbing_burst_pipe_at_night_is_an_urgent_message_in_the_caller_words", "t_plumb", (
            S("Water is gushing from a burst pipe under my kitchen sink and I can't find the "
              "shut-off!", r"main|shut|valve"),
            S("Yes please, I need someone out as soon as you can.", "name"),
            S("My name is Carlos Mendez.", "calling from|number"),
            S("Yes, this number.", r"burst|sink|gushing"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Carlos Mendez", about=r"burst|pipe|sink", urgent=True),),
        clock="2026-03-10 21:00", overrides=TRANSFER, tags=("emergency", "after_hours")),
    Scenario(
        "plumbing_sewer_backup_in_the_evening_is_an_urgent_message", "t_plumb", (
            S("Sewage is backing up out of my basement floor drain.",
              r"urgent|message|emergency|closed"),
            S("Yes please take an urgent message.", "name"),
            S("My name is John Miller.", "calling from|number"),
            S("Yes this number is fine.", r"sewage|backing|drain"),
            S("Yes please pass it on.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("John Miller", about=r"sewage|back|drain", urgent=True),),
        clock="2026-03-10 20:00", tags=("emergency", "after_hours", "message"), audio=True,
        voice="kokoro:jm_kumo"),
    Scenario(
        "plumbing_gas_smell_at_night_is_told_to_leave", "t_plumb", (
            S("There's a strong smell of gas in my kitchen.", r"leave|911|gas company"),
            S("Okay, I'm going outside now. Bye.", "Goodbye"),
        ),
        # after hours: an urgent message in the caller's words, passed on though they left
        # (issue 14: never information only; as catalogue.py's plumbing_gas_smell caller)
        outcome="message_taken", messages=(Message("Unknown caller", about="gas", urgent=True),),
        ends_call=True, clock="2026-03-10 23:00",
        never_said=(r"(?:safe|fine|okay) to (?:stay|wait)", r"can wait"),
        tags=("emergency", "after_hours")),
    Scenario(
        "plumbing_drain_cleaning_price_and_saturday_in_one_line", "t_plumb", (
            S("How much is a drain cleaning, and do you work on Saturdays?",
              r"225.*Saturday|Saturday.*225"),
            S("Great, thanks. Bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "price", "hours")),
    Scenario(
        "plumbing_weekday_hours_said_inside_the_time_answer", "t_plumb", (
            S("I need someone to look at a running toilet.", "address"),
            S("The address is eighty eight Birch Lane zip code one zero zero zero four.",
              r"day|when|time"),
            S("Weekday hours are hard for me so I will take Saturday at nine.",
              r"Saturday, March 14th at 9 AM"),
            S("My name is Nancy Hill.", "calling from|number"),
            S("Yes that number is fine.", r"Nancy Hill.*Saturday.*9 AM"),
            S("Yes please go ahead.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Nancy Hill", about="toilet"),),
        tags=("incidental_keyword", "booking"), audio=True, voice="kokoro:jm_kumo"),
    Scenario(
        "plumbing_estimates_and_license_from_the_faq", "t_plumb", (
            S("Do you charge for estimates?", "service call fee"),
            S("Are you licensed and insured?", "licensed and insured"),
            S("Thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("faq",), audio=True,
        voice="kokoro:jf_nezumi"),
    Scenario(
        "plumbing_diy_repair_instructions_are_not_given", "t_plumb", (
            S("My faucet drips constantly. Can you walk me through replacing the cartridge "
              "myself?", r"technician|on site|quote"),
            S("Fine, send someone tomorrow morning then.", "address"),
            S("It's 15 Cedar Court, 10005.", r"tomorrow at (7|9) AM"),
            S("Seven works.", "name"),
            S("My name is Ray Dalton.", "calling from|number"),
            S("Yes.", r"Ray Dalton.*7 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-11 07:00", "Ray Dalton", about="faucet|drip"),),
        never_said=(r"\b(?:unscrew|pry|pliers|wrench|allen key)\b",),
        tags=("forbidden_advice", "booking")),
    Scenario(
        "plumbing_cancels_thursday_visit", "t_plumb", (
            S("I want to cancel the plumber coming on Thursday.",
              "name on the appointment|your name"),
            S("Stella Moore.", r"Thursday, March 12th at 1 PM.*cancel"),
            S("Yes.", "cancelled"),
            S("No thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 13:00",), ends_call=True,
        seed=(Seed("2026-03-12 13:00", "Stella Moore", CALLER),), tags=("cancel",)),
    Scenario(
        "plumbing_moves_a_visit_to_friday_afternoon", "t_plumb", (
            S("Can we change the time of my service visit? Friday afternoon would be better.",
              "name on the appointment|your name"),
            S("Dennis Ford.", r"Friday, March 13th at (1|3) PM"),
            S("Three o'clock.", r"Friday, March 13th at 3 PM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 15:00", "Dennis Ford"),),
        cancelled=("2026-03-11 11:00",), seed=(Seed("2026-03-11 11:00", "Dennis Ford", CALLER),),
        tags=("move",)),
    Scenario(
        "plumbing_no_hot_water_everything_in_one_breath", "t_plumb", (
            S("Hi, I'm Greg Wilson at 40 Maple Avenue 10006, my number is 347 555 0129, my water "
              "heater gives no hot water, can someone come Thursday at 11?",
              r"Greg Wilson.*Thursday.*11 AM.*3 4 7, 5 5 5, 0 1 2 9"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Greg Wilson", "+13475550129",
                        about="hot water|water heater"),),
        tags=("all_at_once", "booking")),
    Scenario(
        "plumbing_caller_hangs_up_after_asking_for_a_water_heater_quote", "t_plumb", (
            S("Can someone call me back about a quote for a new water heater? This is Amy Chen, "
              "516 555 0173.", r"Amy Chen|water heater"),
        ),
        outcome="message_taken",
        messages=(Message("Amy Chen", "+15165550173", about="water heater"),),
        tags=("hang_up_early", "message")),
    Scenario(
        "plumbing_spanish_speaking_caller_with_a_leak", "t_plumb", (
            S("Hola, tengo una fuga de agua en el baño, necesito un plomero por favor.",
              r"inglés|English"),
            S("Jorge Ramirez", "calling from|número|number"),
            S("Sí.", "Jorge Ramirez"),
            S("Sí, gracias.", "passed|mensaje"),
        ),
        outcome="message_taken",
        messages=(Message("Jorge Ramirez", "+19175550186", about="Spanish"),),
        caller="+19175550186", tags=("language", "message")),
    Scenario(
        "plumbing_real_person_or_machine_question_then_books", "t_plumb", (
            S("Is this a real person or a machine?", r"virtual|automated|\bAI\b|assistant"),
            S("Okay. I need a drain cleaning for my bathtub, can you come Monday morning?",
              "address"),
            S("It's 7 Willow Street, 10007.", r"Monday, March 16th at (7|9) AM"),
            S("Nine please.", "name"),
            S("My name is Lucy Tran.", "calling from|number"),
            S("Yes.", r"Lucy Tran.*Monday.*9 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Lucy Tran", about="drain|bathtub"),),
        tags=("process_question", "booking")),
    Scenario(
        "plumbing_no_address_on_file_is_never_invented", "t_plumb", (
            S("Where is your shop located?", "don't have the address"),
            S("No thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"\b\d+ [A-Z][a-z]+ (?:Street|Avenue|Road|Lane|Boulevard|Drive)\b",),
        tags=("location",)),
]
