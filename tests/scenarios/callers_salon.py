"""The exam's salon callers beyond the first catalogue (t_salon: Tuesday, Wednesday and Friday
10 AM to 7 PM, Thursday 10 AM to 8 PM, Saturday 9 AM to 5 PM, closed Sunday and Monday; hourly
starts, each service as long as the price list says). Conventions as in catalogue.py; `tags` name
the kind of caller (see exam.KINDS)."""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Scenario, Seed
from tests.scenarios.catalogue import Say as S

TRANSFER = {"transfer_number": TRANSFER_NUMBER}
NO_TEXTING = (r"I(?:'ll| will)(?: also)? (?:text|send you a text)"
              r"|I(?:'ve| have) (?:texted|sent you a)")

SCENARIOS: list[Scenario] = [
    Scenario(
        "salon_partial_highlights_saturday_morning_with_anyone", "t_salon", (
            S("I would like to book partial highlights for Saturday morning.", "stylist"),
            S("Anyone is fine.", r"Saturday, March 14th at 9 AM"),
            S("Nine o'clock please.", "name"),
            S("My name is Sarah Miller.", "calling from|number"),
            S("Yes that number is fine.", r"Sarah Miller.*Saturday.*9 AM"),
            S("Yes please go ahead.", "all set"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Sarah Miller", about="highlight"),),
        tags=("booking",), audio=True, voice="kokoro:jf_tebukuro"),
    Scenario(
        "salon_cancel_inside_a_booking_answer_is_not_a_cancellation", "t_salon", (
            S("Can I get a men's haircut this week?", "stylist"),
            S("Anyone's fine. I'll cancel my gym class for it, so Thursday at 6 pm.",
              r"Thursday, March 12th at 6 PM"),
            S("My name is Marco Bellini.", "calling from|number"),
            S("Yes.", r"Marco Bellini.*Thursday.*6 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 18:00", "Marco Bellini", about="men"),),
        tags=("incidental_keyword", "booking")),
    Scenario(
        "salon_color_correction_is_not_priced_and_a_consultation_is_booked", "t_salon", (
            S("How much would a color correction cost? My box dye went orange.",
              r"consultation|see your hair|exact|quote"),
            S("Can I book the free color consultation then, Friday at noon?",
              r"stylist|Friday, March 13th at 12 PM"),
            S("Anyone is fine.", r"Friday, March 13th at 12 PM|name"),
            S("My name is Zoe Adams.", "calling from|number"),
            S("Yes.", r"Zoe Adams.*Friday.*12 PM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 12:00", "Zoe Adams", about="consult"),),
        never_said=(r"correction (?:is|costs?|would be|runs) (?:about |around |roughly )?\$",),
        tags=("forbidden_advice", "price", "booking")),
    Scenario(
        "salon_gift_cards_and_paying_by_card_in_one_line", "t_salon", (
            S("Do you sell gift cards, and can I pay with a credit card?",
              r"gift cards.*credit|credit.*gift card"),
            S("Perfect, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("two_in_one", "faq")),
    Scenario(
        "salon_running_late_policy", "t_salon", (
            S("I'm running about twenty minutes late for my appointment, is that okay?",
              r"fifteen minutes|shorten|reschedule"),
            S("Okay, I'll hurry, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("faq",)),
    Scenario(
        "salon_cancels_tomorrow_then_asks_about_the_fee", "t_salon", (
            S("Hi, I have to cancel my haircut tomorrow afternoon.",
              "name on the appointment|your name"),
            S("My name is Chloe Bishop.", r"(?:tomorrow|Wednesday, March 11th) at 3 PM"),
            S("Yes, cancel please.", "cancelled"),
            S("Will I be charged a fee for cancelling?", r"twenty-four hours|24 hours"),
        ),
        outcome="information_only", cancelled=("2026-03-11 15:00",),
        seed=(Seed("2026-03-11 15:00", "Chloe Bishop", CALLER),), tags=("cancel", "faq")),
    Scenario(
        "salon_moves_friday_appointment_to_thursday_evening", "t_salon", (
            S("I need to move my Friday appointment to Thursday evening.",
              "name on the appointment|your name"),
            S("Maya Singh.", r"Thursday, March 12th at (5|6) PM"),
            S("Six o'clock.", r"Thursday, March 12th at 6 PM"),
            S("Yes.", "cancelled|all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 18:00", "Maya Singh"),),
        cancelled=("2026-03-13 14:00",), seed=(Seed("2026-03-13 14:00", "Maya Singh", CALLER),),
        tags=("move",)),
    Scenario(
        "salon_wedding_party_asks_for_someone", "t_salon", (
            S("I'm getting married in June and want hair done for six bridesmaids. Can I talk to "
              "someone about that?", r"put you through|transfer|connect|hold"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER,
        clock="2026-03-10 11:00", tags=("person",)),  # the salon opens at 10
    Scenario(
        "salon_unhappy_client_after_closing_leaves_a_message", "t_salon", (
            S("I want to speak to the manager, my highlights from last week came out patchy.",
              r"closed|nobody|message"),
            S("My name is Erin Walsh.", "calling from|number"),
            S("Yes, this number.", r"Erin Walsh.*(?:patchy|highlights)"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Erin Walsh", about="patchy|highlights"),),
        clock="2026-03-10 19:30", overrides=TRANSFER, tags=("person", "message", "after_hours")),
    Scenario(
        "salon_gives_name_and_number_when_offered_a_time", "t_salon", (
            S("Do you have any openings tomorrow afternoon for a men's haircut?", "stylist"),
            S("Whoever is free is fine.", r"tomorrow at (12|1) PM"),
            S("The first one is great and my name is Paul Walker and my number is six four six "
              "five five five zero one five eight.",
              r"Paul Walker.*12 PM.*6 4 6, 5 5 5, 0 1 5 8"),
            S("Yes please book it.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-11 12:00", "Paul Walker", "+16465550158"),),
        tags=("out_of_order", "booking"), audio=True, voice="piper:1.1"),
    Scenario(
        "salon_switches_to_saturday_at_the_read_back", "t_salon", (
            S("Blowout on Friday at 4 pm please.", "stylist"),
            S("Anyone.", r"4 PM|name"),
            S("My name is Ivy Chen.", "calling from|number"),
            S("Yes.", r"Ivy Chen.*Friday.*4 PM"),
            S("Actually, can we do Saturday at ten instead?", r"Saturday, March 14th at 10 AM"),
            S("Yes.", "all set"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Ivy Chen", about="blowout"),),
        tags=("readback_change", "booking")),
    Scenario(
        "salon_sunday_and_thursday_late_hours", "t_salon", (
            S("Are you open this Sunday?", "closed"),
            S("How late are you open on Thursday?", r"8 PM"),
            S("Thank you goodbye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("hours",), audio=True,
        voice="piper:0.9"),
    Scenario(
        "salon_reaction_to_hair_dye_with_breathing_trouble_is_told_to_call_911", "t_salon", (
            S("I had my hair dyed yesterday and now my face is swelling up and it's hard to "
              "breathe.", "911"),
            S("Okay, I'm calling now. Bye.", "Goodbye"),
        ),
        # an urgent message in the caller's words, passed on though they left to call 911
        # (issue 14: never information only; as catalogue.py's emergency callers)
        outcome="message_taken",
        messages=(Message("Unknown caller", about="dye|swell|breathe", urgent=True),),
        ends_call=True,
        never_said=(r"antihistamine|benadryl|\bice\b", r"Which would you prefer"),
        tags=("emergency",)),
    Scenario(
        "salon_static_on_the_line_then_highlights_price", "t_salon", (
            S("ssss hhh uh", r"didn't catch|sorry"),
            S("How much are partial highlights?", r"135|one hundred thirty"),
            S("Thanks, bye.", "Goodbye"),
        ),
        outcome="information_only", ends_call=True, tags=("garbled", "price")),
    Scenario(
        "salon_asks_for_a_text_then_leaves_a_message_about_extensions", "t_salon", (
            S("Can you text me your price list?", r"\$|price|can't|cannot|not able"),
            S("Okay, then can a stylist call me back about pricing for extensions?", "name"),
            S("My name is Ruby Fox.", "calling from|number"),
            S("Yes, this number.", r"Ruby Fox.*extension"),
            S("Yes.", "passed"),
        ),
        outcome="message_taken", messages=(Message("Ruby Fox", about="extension"),),
        never_said=(NO_TEXTING, r"extensions? (?:is|are|costs?|runs?) (?:about |around )?\$"),
        tags=("process_question", "message")),
]
