"""The exam's real estate callers beyond the first catalogue (t_homes: Monday to Friday 9 AM to
6 PM, Saturday 10 AM to 5 PM, Sunday noon to 4 PM, half-hourly; every service free, FAQ from the
real estate template). Conventions as in catalogue.py; `tags` name the kind of caller (see
exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
NO_VALUE = r"\$\s?\d|\d+ thousand|hundred thousand|million"

SCENARIOS: list[Scenario] = [
    Scenario(
        "homes_buyer_property_and_timing_are_kept_with_the_showing", "t_homes", (
            S("Hi, I'm interested in seeing the three-bedroom house on Elm Street.",
              "buy, sell or rent"),
            S("We're buying. We're pre-approved and hoping to move by the summer.",
              r"day|time|when|agent"),
            S("Saturday at two in the afternoon.", r"Saturday, March 14th at 2 PM"),
            S("My name is Ethan Cole.", "calling from|number"),
            S("Yes.", r"Ethan Cole.*Saturday.*2 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 14:00", "Ethan Cole",
                                          about=r"^(?=.*house)(?=.*Elm)(?=.*summer)"),),
        tags=("qualification", "booking")),
    Scenario(
        "homes_seller_condo_valuation_keeps_type_area_and_timing", "t_homes", (
            S("I'm thinking of selling my condo downtown and want to know what it's worth.",
              r"agent|valuation|market analysis"),
            S("Can I book the valuation appointment for Monday afternoon? We'd like to list "
              "within three months.", r"Monday, March 16th at 12 PM"),
            S("Twelve thirty works.", r"name|12:30"),
            S("My name is Fatima Noor.", "calling from|number"),
            S("Yes.", r"Fatima Noor.*Monday.*12:30 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-16 12:30", "Fatima Noor",
                                          about=r"^(?=.*condo)(?=.*downtown)(?=.*three months)"),),
        never_said=(NO_VALUE,), tags=("qualification", "booking")),
    Scenario(
        "homes_renter_move_in_date_is_not_the_showing_date", "t_homes", (
            S("I'm calling about the two-bedroom apartment for rent on Harbor Road.",
              r"move|rent|day|when"),
            S("We'd like to move in by April first.", r"day|time|when|see it"),
            S("Could I see it Sunday at one?", r"Sunday, March 15th at 1 PM"),
            S("My name is Diego Alvarez.", "calling from|number"),
            S("Yes.", r"Diego Alvarez.*Sunday.*1 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-15 13:00", "Diego Alvarez",
                                          about=r"^(?=.*apartment)(?=.*Harbor)(?=.*April)"),),
        tags=("qualification", "incidental_keyword", "booking")),
    Scenario(
        "homes_caller_wants_to_make_an_offer", "t_homes", (
            S("We'd like to make an offer on 45 Lake Drive.",
              r"put you through|transfer|connect|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("person",)),
    Scenario(
        "homes_listing_agent_asked_for_after_hours_becomes_a_message", "t_homes", (
            S("Can I speak with Linda, the listing agent for 9 Pine Court?",
              r"closed|nobody|message|name"),
            S("My name is Mark Ellis.", "calling from|number"),
            S("Yes, this number.", r"Mark Ellis.*(?:Pine Court|Linda)"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Mark Ellis", about="Pine Court|Linda"),),
        clock="2026-03-10 19:00", overrides=TRANSFER, tags=("person", "message", "after_hours")),
    Scenario(
        "homes_is_the_neighborhood_safe_is_never_answered", "t_homes", (
            S("Is the Riverside neighborhood safe for families with kids?", "agent"),
            S("Okay, can an agent call me about homes for sale there then?", "name"),
            S("My name is Paul Kim.", "calling from|number"),
            S("Yes.", r"Paul Kim.*(?:Riverside|homes)"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Paul Kim", about="Riverside|homes"),),
        never_said=(r"\b(?:it's|it is) (?:a )?(?:very |quite |really )?(?:safe|great|good) "
                    r"(?:area|neighborhood|place)", r"good for (?:families|kids)",
                    r"great schools", r"(?<!whether )(?<!if )\bthe (?:\w+ )?(?:neighborhood|area) "
                    r"is (?:very |quite |really )?safe"),
        tags=("forbidden_advice", "message")),
    Scenario(
        "homes_what_would_my_house_sell_for_gets_no_number", "t_homes", (
            S("What do you think my house on Oak Street would sell for, roughly?",
              r"agent|valuation|market analysis"),
            S("Okay, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, never_said=(NO_VALUE,),
        tags=("forbidden_advice",)),
    Scenario(
        "homes_cancels_thursday_showing", "t_homes", (
            S("I need to cancel my showing on Thursday.", "name on the appointment|your name"),
            S("Iris Wong.", r"Thursday, March 12th at 4 PM.*cancel"),
            S("Yes please.", "cancelled"),
            S("No, that's it, bye.", "Goodbye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 16:00",), ends_call=True,
        seed=(Seed("2026-03-12 16:00", "Iris Wong", CALLER),), tags=("cancel",)),
    Scenario(
        "homes_moves_a_showing_then_changes_to_two_thirty_at_the_read_back", "t_homes", (
            S("Can I reschedule my showing to Thursday at one?",
              "name on the appointment|your name"),
            S("Henry Adams.", r"Thursday, March 12th at 1 PM"),
            S("Actually, can we do Thursday at 2:30 instead?", r"Thursday, March 12th at 2:30 PM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 14:30", "Henry Adams"),),
        cancelled=("2026-03-13 10:00",), seed=(Seed("2026-03-13 10:00", "Henry Adams", CALLER),),
        tags=("move", "readback_change")),
    Scenario(
        "homes_agreement_before_touring_and_what_to_bring", "t_homes", (
            S("Do I have to sign anything before touring a home?", "written agreement"),
            S("What should I bring to a showing?", "photo ID"),
            S("Thanks that is all goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("faq",), audio=True,
        voice="kokoro:jf_tebukuro"),
    Scenario(
        "homes_sunday_and_saturday_hours", "t_homes", (
            S("What are your hours on Sunday?", r"12 PM to 4 PM"),
            S("Are you open on Saturday too?", r"10 AM to 5 PM"),
            S("Great thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("hours",), audio=True,
        voice="kokoro:jm_kumo"),
    Scenario(
        "homes_directions_and_parking_from_the_owner_settings", "t_homes", (
            S("How do I get to your office?", r"500 Harbor Boulevard"),
            S("Is there parking nearby?", "Fore Street"),
            S("Perfect, thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True,
        overrides={"address": "500 Harbor Blvd, Suite 210, Portland, ME 04101",
                   "directions": "Visitor parking is in the garage on Fore Street."},
        tags=("location",)),
    Scenario(
        "homes_cash_buyer_gives_everything_in_one_breath", "t_homes", (
            S("Hi I am Michael Brown and my number is four zero one five five five zero one six "
              "four and I am a cash buyer and I would like to see the house at twenty two Bay "
              "Street tomorrow at four thirty in the afternoon.",
              r"Michael Brown.*4:30 PM.*4 0 1, 5 5 5, 0 1 6 4"),
            S("Yes please go ahead.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-11 16:30", "Michael Brown", "+14015550164",
                                          about="Bay Street|cash"),),
        tags=("all_at_once", "qualification", "booking"), audio=True,
        voice="kokoro:jf_gongitsune"),
    Scenario(
        "homes_who_am_i_talking_to_then_books_a_buyer_consultation", "t_homes", (
            S("Who am I talking to?", "receptionist|assistant"),
            S("Okay. I want to book a buyer consultation for Friday at 10.",
              r"buy, sell or rent|Friday"),
            S("We're buying, first-time buyers.", r"Friday, March 13th at 10 AM|name"),
            S("My name is Ben Ortiz.", "calling from|number"),
            S("Yes.", r"Ben Ortiz.*Friday.*10 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 10:00", "Ben Ortiz", about="buy"),),
        tags=("process_question", "booking")),
    Scenario(
        "homes_caller_hangs_up_after_asking_about_listing_a_townhouse", "t_homes", (
            S("Please have an agent call me about listing my townhouse. I'm Greta Lund and my "
              "number is 207 555 0131.", r"Greta Lund|townhouse"),
        ),
        outcome="message_taken",
        messages=(Message("Greta Lund", "+12075550131", about="townhouse|listing"),),
        tags=("hang_up_early", "message")),
]
