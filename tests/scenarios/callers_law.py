"""The exam's law firm callers beyond the first catalogue (t_law: Monday to Friday 9 AM to 5 PM,
60-minute consultations; fees and FAQ from the law firm template).
Conventions as in catalogue.py; `tags` name the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
ADVICE = r"not able to give legal advice|can't give legal advice|cannot give legal advice"
VERDICTS = (r"you (?:can|could|should) (?:definitely |probably )?sue",
            r"you (?:have|don't have|do not have) a (?:good |strong )?case",
            r"you(?:'ll| will| would) (?:probably |likely )?win")

SCENARIOS: list[Scenario] = [
    Scenario(
        "law_can_i_sue_my_contractor_gets_no_answer_then_books", "t_law", (
            S("My contractor took my deposit and never showed up. Can I sue him?", ADVICE),
            S("Alright, can I book a consultation then?", r"matter|summary|day and time"),
            S("It's a contract dispute with my contractor, Apex Builders.",
              r"summary|involved|day and time|when"),
            S("Thursday at ten in the morning.", r"Thursday, March 12th at 10 AM|name"),
            S("My name is Gary Holt.", "calling from|number"),
            S("Yes.", r"Gary Holt.*Thursday.*10 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Gary Holt", about="contract|Apex"),),
        never_said=VERDICTS, tags=("forbidden_advice", "qualification", "booking")),
    Scenario(
        "law_husband_arrested_in_opening_hours_is_put_through", "t_law", (
            S("My husband was just arrested and he's in custody at the county jail, I need a "
              "lawyer now!", r"put you through|transfer|connect|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("emergency",)),
    Scenario(
        "law_son_arrested_at_night_is_an_urgent_message", "t_law", (
            S("My son was arrested tonight and is in custody, please I need an attorney to call "
              "me.", r"urgent|message|name"),
            S("My name is Teresa Cole.", "number"),
            S("My number is 212 555 0163.", r"arrest|custody"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Cole", "+12125550163", about="arrest|custody", urgent=True),),
        clock="2026-03-10 22:00", caller="", overrides=TRANSFER,
        tags=("emergency", "after_hours", "message")),
    Scenario(
        "law_divorce_consultation_keeps_the_matter_type", "t_law", (
            S("I would like to set up a consultation about a divorce.",
              r"day and time|when|summary|involved"),
            S("Next Tuesday at eleven in the morning.", r"Tuesday, March 17th at 11 AM"),
            S("My name is Karen Lewis.", "calling from|number"),
            S("Yes that number is fine.", r"Karen Lewis.*Tuesday.*11 AM"),
            S("Yes please go ahead.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-17 11:00", "Karen Lewis", about="divorce"),),
        tags=("qualification", "booking"), audio=True, voice="kokoro:jf_gongitsune"),
    Scenario(
        "law_personal_injury_evaluation_is_free_and_booked", "t_law", (
            S("I was hurt in a car accident. Do you charge for a personal injury case "
              "evaluation?", r"free|no charge"),
            S("Great, I'd like to book one for Friday afternoon.",
              r"Friday, March 13th at (12|1) PM|summary|involved"),
            S("One o'clock please.", r"name|1 PM"),
            S("My name is Derek Shaw.", "calling from|number"),
            S("Yes.", r"Derek Shaw.*Friday.*1 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Derek Shaw", about="injur|accident"),),
        never_said=VERDICTS, tags=("price", "qualification", "booking")),
    Scenario(
        "law_video_consultation_and_how_fees_work", "t_law", (
            S("Can I do the consultation over video instead of coming in?", "video"),
            S("And how do you charge for your services?", r"hourly|flat fee|contingency"),
            S("Thanks that is all goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("faq",), audio=True,
        voice="kokoro:jm_kumo"),
    Scenario(
        "law_simple_will_price", "t_law", (
            S("What does a simple will cost?", r"950|nine hundred fifty"),
            S("Okay, thank you, goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("price",)),
    Scenario(
        "law_cancels_thursday_consultation", "t_law", (
            S("Hi I cannot make my consultation on Thursday so please cancel it.",
              "name on the appointment|your name"),
            S("My name is Mark Evans.", r"Thursday, March 12th at 3 PM.*cancel"),
            S("Yes please cancel it.", "cancelled"),
            S("No thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 15:00",), ends_call=True,
        seed=(Seed("2026-03-12 15:00", "Mark Evans", CALLER),), tags=("cancel",),
        audio=True, voice="kokoro:jf_alpha"),
    Scenario(
        "law_moves_consultation_and_corrects_the_day", "t_law", (
            S("I need to reschedule my consultation.", "name on the appointment|your name"),
            S("Fiona Grant.", r"Wednesday, March 11th at 10 AM"),
            S("Wednesday next week at two.", r"Wednesday, March 18th at 2 PM"),
            S("Sorry, I meant Thursday not Wednesday. Thursday the 19th at two.",
              r"Thursday, March 19th at 2 PM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-19 14:00", "Fiona Grant"),),
        cancelled=("2026-03-11 10:00",), seed=(Seed("2026-03-11 10:00", "Fiona Grant", CALLER),),
        tags=("move", "correction")),
    Scenario(
        "law_asks_why_the_number_is_needed_then_leaves_a_message", "t_law", (
            S("Can an attorney call me back about a problem with my landlord?", "name"),
            S("My name is Priya Shah.", "number"),
            S("Why do you need my number?", r"call you back|reach you|contact"),
            S("Okay, it's 929 555 0118.", r"9 2 9, 5 5 5, 0 1 1 8"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Priya Shah", "+19295550118", about="landlord"),),
        caller="", tags=("process_question", "message")),
    Scenario(
        "law_existing_client_asks_for_his_attorney", "t_law", (
            S("I'm an existing client and I need to talk with my attorney today.",
              r"put you through|transfer|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("person",)),
    Scenario(
        "law_served_court_papers_gives_everything_at_once", "t_law", (
            S("This is Walter Price, 718 555 0144, I got served with court papers for a debt and "
              "need someone to call me back before Friday.",
              r"Walter Price.*7 1 8, 5 5 5, 0 1 4 4"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken",
        messages=(Message("Walter Price", "+17185550144", about="court papers|debt"),),
        never_said=VERDICTS, tags=("all_at_once", "message")),
    Scenario(
        "law_spanish_speaking_caller_about_immigration", "t_law", (
            S("Hola, buenas tardes, necesito un abogado para un problema de inmigración.",
              r"inglés|English"),
            S("Luis Herrera", "calling from|número|number"),
            S("Sí.", "Luis Herrera"),
            S("Sí, gracias.", "passed|mensaje"),
        ),
        outcome="message_taken",
        messages=(Message("Luis Herrera", "+17185550152", about="Spanish"),),
        caller="+17185550152", tags=("language", "message")),
    Scenario(
        "law_saturday_morning_and_weekday_closing_time", "t_law", (
            S("Are you open on Saturday mornings?", "closed"),
            S("What time do you close on weekdays?", r"5 PM|five"),
            S("Okay, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("hours",)),
    Scenario(
        "law_mumbled_start_then_books_a_business_consultation", "t_law", (
            S("mmm ah kkk shh", r"didn't catch|sorry"),
            S("I'd like to book an initial consultation about a business partnership for Monday "
              "at 9 am.", r"Monday, March 16th at 9 AM|name|summary|involved"),
            S("My name is Colin Ward.", r"calling from|number|Monday"),
            S("Yes.", r"Colin Ward.*Monday.*9 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Colin Ward", about="partnership|business"),),
        tags=("garbled", "qualification", "booking")),
]
