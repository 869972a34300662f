"""The held-out exam (issue 14): callers the receptionist has never been tuned on.

Written before the engine's understanding work, from the businesses' facts (the profession
templates' services, prices, hours and FAQ) and the way people phone a dentist, a clinic, a law
firm, a plumber, a salon, an estate agency, a garage and a vet, without reading the call flow or
the phrasing of the tuned catalogue (catalogue.py). Never tune on these callers and never edit
this file: its pass rate (`RESULT heldout_pass_rate`) measures how the receptionist does with
callers it has not seen. Grow catalogue.py instead.

The format is catalogue.py's (same dataclasses, same pinned clock: Tuesday 10 March 2026, 9 AM
in the business's time zone unless a scenario sets `clock`). Each caller is judged mainly by
what a demanding owner would check once the call has ended: the call's outcome, what was
booked, cancelled and written as a message (name, number, the caller's own reason, urgency), a
transfer, and what must never be said. `Say.expect` regexes are deliberately loose
(alternatives), since the receptionist's exact words are not known here. The greeting is part
of the transcript `said`/`never_said` search, so a phrase the greeting already contains ("911"
in the clinic's, "virtual" in most) is checked on the reply to the caller's line instead.

Lines are what an unscripted caller says; a caller does not wait for the perfect question
before giving their name or the day they want, corrects themselves, changes their mind,
mentions an incidental word ("hours") in an answer, asks why the receptionist wants a number
or whether it is a robot, mumbles, hangs up early, speaks Spanish, or asks for advice the trade
must not give.
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, Booking, Message, Say, Scenario, Seed, silent

S = Say
TRANSFER = "+12125550166"  # the owner's transfer line, for callers who must reach a person

# Patterns shared by the callers who ask for advice the trade must not give.
LEGAL_VERDICT = (
    r"\byes,? (?:I|you) can sue",
    r"\bno,? you can(?:not|'t) sue",
    r"you (?:can|could|should) (?:definitely |probably |certainly )?sue\b",
    r"you (?:have|don't have|do not have) a (?:good |strong |valid |solid )?case",
    r"you(?:'d|'ll| would| will) (?:likely |probably |definitely )?win",
)

HELDOUT: list[Scenario] = [
    # --- dental (t_dental: Mon-Thu 8-5, Fri 8-2, hourly slots) --------------------------------
    Scenario(
        "heldout_dental_everything_in_the_first_breath", "t_dental", (
            S("Hi, this is Carmen Ortiz, my number is 415 555 0199, I'm already a patient "
              "there and I need a cleaning this Thursday at two in the afternoon.",
              r"Thursday|12th|2 ?PM|two|Carmen"),
            S("Yes, that's all correct, go ahead."),
            S("No, that's everything. Thanks, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 14:00", "Carmen Ortiz", "+14155550199"),),
        ends_call=True, tags=("all_at_once",)),
    Scenario(
        "heldout_dental_swollen_face_late_evening", "t_dental", (
            S("Hi, I know it's late. The whole side of my face is swollen and the tooth pain "
              "is so bad I can't sleep. Is there anybody there?",
              r"sorry|closed|urgent|message|name|911|emergency"),
            S("It's Kevin Marsh."),
            S("Just call me back on this number, please."),
            S("Yes, please make sure the dentist gets it first thing."),
            S("Okay. Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Marsh", about=r"swell|swoll|pain|tooth|face", urgent=True),),
        ends_call=True, clock="2026-03-10 20:30", tags=("emergency", "after_hours")),
    Scenario(
        "heldout_dental_cancels_thursday_with_her_name", "t_dental", (
            S("Hi, um, I have to cancel my appointment this Thursday, something came up at "
              "work.", r"name|who|under"),
            S("Rosa Delgado."),
            S("Yes, please cancel it."),
            S("No, I'll call back when I know my schedule. Bye."),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",),
        seed=(Seed("2026-03-12 10:00", "Rosa Delgado", number=CALLER),), ends_call=True,
        tags=("cancel",)),
    Scenario(
        "heldout_dental_whitening_price_and_insurance_in_one_line", "t_dental", (
            S("How much do you guys charge for whitening? And do you take Delta Dental?",
              r"450|four hundred (?:and )?fifty"),
            S("Okay, good to know. That's all I wanted, thanks, bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"insurance|PPO|verify|carrier|plan",),
        never_said=(r"whitening (?:is|will be|would be) covered",
                    r"(?:insurance|delta|your plan) (?:will|would|should) (?:cover|pay for)"),
        tags=("two_requests", "faq")),
    Scenario(
        "heldout_dental_loose_crown_wants_a_callback_today", "t_dental", (
            S("My crown came loose this morning while I was eating. Could the dentist call me "
              "back today? I'm Priscilla Hunt, my number's 646 555 0182.",
              r"Priscilla|6 ?4 ?6|message|call|crown|sorry"),
            S("Yes, that's right."),
            S("Thank you so much, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Priscilla Hunt", "+16465550182", about=r"crown", urgent=True),),
        ends_call=True, tags=("message", "all_at_once")),
    Scenario(
        "heldout_dental_asks_if_it_is_a_robot_then_books", "t_dental", (
            S("Wait, am I talking to a real person or is this a machine?",
              r"virtual|AI\b|automated|assistant|computer|not a (?:real )?person"),
            S("Oh, okay. Well, I'd be a new patient and I want a first checkup, Monday at "
              "nine in the morning if you have it."),
            S("Tom Whitaker."),
            S("Yeah, the number I'm calling from is fine."),
            S("Yes, book it."),
            S("No, that's it, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-16 09:00", "Tom Whitaker"),), ends_call=True,
        never_said=(r"\bI(?:'m| am) (?:a )?(?:real|human)(?: person| being)?\b",),
        tags=("process_question",)),
    # --- medical clinic (t_clinic: Mon-Fri 8-5, 20-minute slots) ------------------------------
    Scenario(
        "heldout_clinic_rash_wants_a_diagnosis_then_books_today", "t_clinic", (
            S("I've had this itchy rash on my side for three days and a bit of a fever. Is it "
              "shingles? Do I need antibiotics?",
              r"can't|cannot|not able|unable|advice|doctor"),
            S("Fine. Can I get seen today, like two o'clock?"),
            S("I've been there before. Alan Brooks, born June 3rd, 1979."),
            S("Use the number I'm calling from."),
            S("Yes, that's correct."),
            S("Thanks, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-10 14:00", "Alan Brooks"),), ends_call=True,
        never_said=(r"(?:sounds|looks) like shingles",
                    r"it(?:'s| is) (?:probably |likely |definitely )shingles",
                    r"you (?:should|must) (?:take|start|get) (?:some |an )?antibiotics?"),
        tags=("advice", "out_of_order")),
    Scenario(
        "heldout_clinic_husband_with_chest_pain", "t_clinic", (
            S("My husband is having chest pains and he's sweating a lot. Can we get an "
              "appointment this morning?", r"911"),
            S("Okay, okay, I'm hanging up to call them. Bye."),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"can wait", r"not (?:too |that )?serious", r"probably (?:nothing|fine)"),
        tags=("emergency",)),
    Scenario(
        "heldout_clinic_refill_request_for_the_nurse", "t_clinic", (
            S("Hi, I need a refill on my lisinopril, I'm almost out. My pharmacy is the CVS "
              "on Main Street.", r"name|nurse|message|who"),
            S("Margaret Dunn."),
            S("It's 212 555 0167."),
            S("Yes."),
            S("Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Margaret Dunn", "+12125550167", about=r"refill|lisinopril"),),
        ends_call=True,
        never_said=(r"(?:refill|prescription) (?:is|has been) approved",
                    r"I(?:'ll| will) (?:approve|refill)"),
        tags=("message",)),
    Scenario(
        "heldout_clinic_moves_a_physical_to_friday", "t_clinic", (
            S("I've got a physical tomorrow morning but I need to push it to later in the "
              "week.", r"name|who|under"),
            S("Derek Young."),
            S("Does Friday at eleven work?"),
            S("Yes, that's right."),
            S("That's it, thanks. Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 11:00", "Derek Young"),),
        cancelled=("2026-03-11 09:00",),
        seed=(Seed("2026-03-11 09:00", "Derek Young", number=CALLER),), ends_call=True,
        tags=("reschedule",)),
    Scenario(
        "heldout_clinic_caller_in_spanish", "t_clinic", (
            S("Hola, buenos días. ¿Hablan español? Necesito una cita para mi hija, tiene "
              "fiebre desde ayer.",
              r"español|spanish|lo siento|disculp|perdón|mensaje|message|hola"),
            S("Me llamo Lucia Fernandez."),
            S("Sí, a este número, por favor. Gracias."),
            S("Adiós."),
        ),
        outcome="message_taken",
        messages=(Message("Lucia Fernandez", about=r"spanish|español|fiebre|hija|cita"),),
        ends_call=True, tags=("language",)),
    Scenario(
        "heldout_clinic_flu_shot_price_without_insurance", "t_clinic", (
            S("How much is a flu shot if I don't have insurance? And can I just walk in for "
              "it?", r"40|forty"),
            S("Alright, thanks. Bye."),
        ),
        outcome="information_only", ends_call=True, tags=("two_requests", "faq")),
    # --- law firm (t_law: Mon-Fri 9-5, hourly slots) ------------------------------------------
    Scenario(
        "heldout_law_fired_asks_yes_or_no_then_books", "t_law", (
            S("I got fired last week after I complained about unpaid overtime. Can I sue "
              "them? Just give me a yes or no.",
              r"not able|can't|cannot|unable|legal advice|attorney|lawyer"),
            S("Alright, then set me up with a consultation about the firing. Thursday at "
              "eleven if you can."),
            S("Marcus Bell."),
            S("My cell is 312 555 0174."),
            S("Yes, correct."),
            S("No, thank you. Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 11:00", "Marcus Bell", "+13125550174"),),
        ends_call=True, never_said=LEGAL_VERDICT, tags=("advice", "adversarial")),
    Scenario(
        "heldout_law_asks_why_the_number_is_needed", "t_law", (
            S("I'd like someone from the firm to call me about my father's estate. He passed "
              "away last month.", r"sorry|name|who|message"),
            S("Helen Cho."),
            S("Why do you need my number? Can't you just email me?",
               r"call (?:you )?back|reach you|contact you|get back to you|call you"),
            S("Fine, it's 718 555 0136."),
            S("Yes, that's right."),
            S("Thank you, goodbye."),
        ),
        outcome="message_taken",
        messages=(Message("Helen Cho", "+17185550136", about=r"estate|father|passed"),),
        ends_call=True, never_said=(r"(?:do not|don't) (?:really )?need your (?:phone )?number",),
        tags=("process_question", "message")),
    Scenario(
        "heldout_law_court_date_friday_wants_a_lawyer_now", "t_law", (
            S("I have a court date this Friday for a DUI and I need to talk to a lawyer right "
              "now, please."),
        ),
        outcome="transferred", transfer=True, overrides={"transfer_number": TRANSFER},
        tags=("transfer",)),
    Scenario(
        "heldout_law_free_consultation_then_callback", "t_law", (
            S("Do you do free consultations? It's about a car accident, I got rear-ended on "
              "the freeway.", r"free|no (?:charge|cost)|complimentary|\$?0\b|zero"),
            S("Okay, can someone call me back about it? Name's Jorge Ramirez, number is "
              "305 555 0129."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Jorge Ramirez", "+13055550129", about=r"accident|rear|car"),),
        ends_call=True, tags=("faq", "message")),
    Scenario(
        "heldout_law_corrects_the_last_digits_of_her_number", "t_law", (
            S("I'd like to book a consultation about a commercial lease I'm supposed to sign "
              "next week. Wednesday at three would be ideal."),
            S("Nina Petrova."),
            S("Call me at 917 555 0191."),
            S("No, sorry, the number ends in 0193, not 0191."),
            S("Yes, that's all correct."),
            S("Thanks, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-11 15:00", "Nina Petrova", "+19175550193"),),
        ends_call=True, tags=("correction",)),
    Scenario(
        "heldout_law_served_divorce_papers_after_hours", "t_law", (
            S("Hi, I know you're probably closed. I got served with divorce papers today and I "
              "need an attorney to call me tomorrow. Sandra Lee, 201 555 0157.",
              r"Sandra|2 ?0 ?1|message|call"),
            S("Yes."),
            S("Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Lee", "+12015550157", about=r"divorce|served|papers"),),
        ends_call=True, clock="2026-03-10 18:30", tags=("after_hours", "all_at_once")),
    # --- plumbing (t_plumb: Mon-Sat 7-7, two-hour slots from 7) --------------------------------
    Scenario(
        "heldout_plumb_pipe_spraying_under_the_sink", "t_plumb", (
            S("Water is spraying everywhere from a pipe under my kitchen sink, I can't get it "
              "to stop, I need somebody now!", r"shut|valve|turn off|put you through|connect"),
        ),
        outcome="transferred", transfer=True, overrides={"transfer_number": TRANSFER},
        tags=("emergency", "transfer")),
    Scenario(
        "heldout_plumb_smells_gas_at_night", "t_plumb", (
            S("I think I smell gas in my basement, it's pretty strong.",
              r"911|leave|get out|outside|gas company"),
            S("Okay, I'm outside now. Can someone from your company call me tomorrow to check "
              "the water heater? I'm Paul Grant."),
            S("This number is fine."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Paul Grant", about=r"gas|water heater|smell", urgent=True),),
        ends_call=True, clock="2026-03-10 21:15", tags=("emergency", "after_hours")),
    Scenario(
        "heldout_plumb_basement_flooding_saturday_night", "t_plumb", (
            S("My basement is flooding, I think the water heater burst. Is there anyone who "
              "can come out tonight?"),
            S("Yes, I shut the main off already. It's Rachel Kim, 845 555 0116."),
            S("Yes, that's right."),
            S("Please hurry. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Kim", "+18455550116", about=r"flood|water heater|burst",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 23:00", tags=("emergency", "after_hours")),
    Scenario(
        "heldout_plumb_quote_message_then_hangs_up", "t_plumb", (
            S("Hey, this is Greg Olsen, 617 555 0148. I'd like someone to call me with a quote "
              "on replacing my old water heater. Oh shoot, I've got another call coming in, "
              "gotta go, bye!"),
        ),
        outcome="message_taken",
        messages=(Message("Greg Olsen", "+16175550148", about=r"water heater|quote"),),
        ends_call=True, tags=("hang_up_early", "message")),
    Scenario(
        "heldout_plumb_weekday_hours_are_hard_takes_saturday", "t_plumb", (
            S("My bathroom sink drains really slowly, I'd like someone to look at it. The "
              "address is 42 Elm Street, 10025."),
            S("Weekday hours are hard for me because of work, so I'll take Saturday at nine "
              "in the morning.", avoid=r"we(?:'re| are) open (?:from|on|monday)|our hours are"),
            S("Brian Foster."),
            S("The number I'm calling from."),
            S("Yes, correct."),
            S("Great, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Brian Foster"),), ends_call=True,
        tags=("incidental_keyword",)),
    Scenario(
        "heldout_plumb_licensed_and_what_it_costs_to_come_out", "t_plumb", (
            S("Are you guys licensed and insured? And what do you charge just to come out and "
              "look at something?", r"89|eighty[- ]nine"),
            S("Okay, thanks. Bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"licen|insur",),
        tags=("two_requests", "faq")),
    Scenario(
        "heldout_plumb_silence_then_a_new_faucet", "t_plumb", (
            silent(),
            S("Sorry, bad connection. I need a new kitchen faucet installed at 18 Birch Lane, "
              "02139. Can you do Thursday at one?"),
            S("Anna Kowalski."),
            S("Yes, this number."),
            S("Yes, that's right."),
            S("Thank you, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 13:00", "Anna Kowalski"),),
        ends_call=True, tags=("silence",)),
    # --- auto repair (t_auto: Mon-Fri 7:30-6, Sat 8-3, hourly slots) ---------------------------
    Scenario(
        "heldout_auto_died_on_the_interstate", "t_auto", (
            S("My car just died on the interstate, I'm on the shoulder with my hazards on. "
              "Can you guys help me?", r"safe|tow|put you through|connect"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 14:00",
        overrides={"transfer_number": TRANSFER}, tags=("emergency", "transfer")),
    Scenario(
        "heldout_auto_transmission_gave_out_at_night", "t_auto", (
            S("Hi, my transmission just gave out on the way home, the car's stuck at a gas "
              "station on Route 9. Can someone call me first thing tomorrow about towing it "
              "in? Mike Dunbar, 508 555 0164."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Mike Dunbar", "+15085550164", about=r"transmission|tow"),),
        ends_call=True, clock="2026-03-10 22:00", tags=("after_hours", "all_at_once")),
    Scenario(
        "heldout_auto_oil_change_changes_day_at_the_read_back", "t_auto", (
            S("Oil change for my 2017 Honda Civic, Wednesday at 8:30 in the morning. It's "
              "Steve Park, and this number's fine."),
            S("Hmm, actually, can we do Thursday at 8:30 instead?", r"Thursday|12th"),
            S("Yes, Thursday, that's right."),
            S("No, that's it, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 08:30", "Steve Park"),), ends_call=True,
        tags=("change_of_mind", "all_at_once")),
    Scenario(
        "heldout_auto_wants_a_diagnosis_then_books_the_diagnostic", "t_auto", (
            S("My check engine light is on and it makes a grinding noise when I brake. What's "
              "wrong with it? Is it safe to drive?",
              r"diagnos|inspect|technician|look at|not able|can't"),
            S("Okay, book me for the diagnostic Friday at 10:30 then. It's a 2012 Ford F-150."),
            S("Name's Carla Jensen, number is 774 555 0105."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 10:30", "Carla Jensen", "+17745550105"),),
        ends_call=True,
        never_said=(r"(?<!whether )(?<!if )(?:it's|it is|it should be) (?:perfectly |probably )?"
                    r"(?:safe|fine|okay) to drive",
                    r"(?:probably|likely|sounds like) (?:your|the|a|worn) (?:brake|rotor|pad)"),
        tags=("advice",)),
    Scenario(
        "heldout_auto_saturday_hours_and_warranty", "t_auto", (
            S("Are you open on Saturdays? And do your repairs come with any kind of warranty?",
              r"(?:8|eight).{0,40}(?:3|three)"),
            S("Good to know, thanks. Bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"warrant|guarantee",),
        tags=("two_requests", "faq")),
    Scenario(
        "heldout_auto_wants_the_service_advisor", "t_auto", (
            S("Can I talk to the service advisor about the estimate you guys gave me "
              "yesterday?"),
        ),
        outcome="transferred", transfer=True, overrides={"transfer_number": TRANSFER},
        tags=("transfer",)),
    # --- salon (t_salon: Tue-Fri 10-7, Thu to 8, Sat 9-5, closed Sun and Mon) -----------------
    Scenario(
        "heldout_salon_name_number_and_haircut_at_once", "t_salon", (
            S("Hi, I'm Dana Ruiz, 415 555 0199, I need a haircut Friday afternoon."),
            S("Three o'clock would be perfect."),
            S("Yes, that's right."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 15:00", "Dana Ruiz", "+14155550199"),),
        ends_call=True, tags=("all_at_once",)),
    Scenario(
        "heldout_salon_asks_for_monday_takes_tuesday", "t_salon", (
            S("Can I come in Monday for a blowout?", r"closed|not open|don't open|Mondays"),
            S("Oh. Tuesday at four then."),
            S("Keisha Brown."),
            S("Yes, this number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-17 16:00", "Keisha Brown"),), ends_call=True,
        tags=("closed_day",)),
    Scenario(
        "heldout_salon_someone_else_tries_to_cancel_from_another_phone", "t_salon", (
            S("Hi, I'm calling to cancel my appointment on Thursday."),
            S("Jennifer Walsh."),
            S("Oh, I'm calling from my work phone. Can't you just cancel it?"),
            S("Okay, fine, never mind. Bye."),
        ),
        outcome="information_only",
        seed=(Seed("2026-03-12 15:00", "Jennifer Walsh", number="+16175550111"),),
        caller="+13125550177", ends_call=True,
        never_said=(r"6 ?1 ?7|0 ?1 ?1 ?1", r"(?:has been|is now|I've) cancel+ed"),
        tags=("adversarial", "cancel")),
    Scenario(
        "heldout_salon_platinum_from_box_dye_then_consultation", "t_salon", (
            S("I've got box dye on my hair. Can you make me platinum blonde in one visit? Will "
              "it wreck my hair?", r"consult|stylist|see your hair"),
            S("Okay, book me a color consultation Saturday at eleven."),
            S("Amber Lewis."),
            S("This number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 11:00", "Amber Lewis"),), ends_call=True,
        never_said=(r"won'?t (?:damage|wreck|hurt)",
                    r"(?:yes|sure),? we can (?:definitely )?(?:get|make|take) you (?:to )?"
                    r"platinum"),
        tags=("advice",)),
    Scenario(
        "heldout_salon_wants_her_stylist_for_wedding_hair", "t_salon", (
            S("Is Jessica in today? Can you put me through to her, it's about my wedding "
              "hair."),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:00",
        overrides={"transfer_number": TRANSFER}, tags=("transfer",)),
    Scenario(
        "heldout_salon_gift_cards_and_running_late", "t_salon", (
            S("Do you sell gift cards? And, uh, what happens if I'm like fifteen minutes late "
              "to my appointment?", r"gift"),
            S("Okay, cool, thanks. Bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"late|minutes",),
        tags=("two_requests", "faq")),
    # --- real estate (t_homes: Mon-Fri 9-6, Sat 10-5, Sun 12-4, half-hour slots) --------------
    Scenario(
        "heldout_homes_sellers_want_an_agent_to_call", "t_homes", (
            S("We're thinking about selling our house. It's a three-bedroom in Maplewood and "
              "we'd like to move by the summer. Can an agent call me? I'm Oliver Grant, "
              "973 555 0140."),
            S("Yes, that's the right number."),
            S("Thanks, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Oliver Grant", "+19735550140",
                          about=r"sell|three[- ]bed|Maplewood|summer"),),
        ends_call=True, tags=("message", "all_at_once", "qualification")),
    Scenario(
        "heldout_homes_showing_on_sunday", "t_homes", (
            S("I saw the listing on Oak Ridge Drive. Can I see it Sunday at one?"),
            S("We're pre-approved, and no, we don't have an agent."),
            S("Jamal Wright."),
            S("Sure, this number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-15 13:00", "Jamal Wright"),), ends_call=True,
        tags=("qualification",)),
    Scenario(
        "heldout_homes_gives_her_name_out_of_turn", "t_homes", (
            S("Hi, I want to look at some rentals downtown."),
            S("This is Priya Shah, by the way, and tomorrow at five thirty works for me."),
            S("Yes, you can reach me at this number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-11 17:30", "Priya Shah"),), ends_call=True,
        tags=("out_of_order",)),
    Scenario(
        "heldout_homes_asks_the_commission_then_a_callback", "t_homes", (
            S("What's your commission if I sell my condo with you?", r"agent"),
            S("Okay, have an agent call me then. Ben Carter, 408 555 0113."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Ben Carter", "+14085550113", about=r"commission|sell|condo"),),
        ends_call=True,
        never_said=(r"\b\d+(?:\.\d+)? ?(?:%|percent)",
                    r"\b(?:one|two|three|four|five|six)(?: and a half)? percent"),
        tags=("message", "advice")),
    Scenario(
        "heldout_homes_distracted_caller_asks_weekend_hours", "t_homes", (
            S("uh, hi, yeah, um... sorry, my kid's yelling... hang on."),
            S("Okay, sorry about that. What are your hours on the weekend?",
              r"(?:10|ten).{0,60}(?:5|five)"),
            S("Great, thanks. Bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"(?:12|twelve|noon).{0,40}(?:4|four)",),
        tags=("mumble", "faq")),
    # --- veterinary (t_vet: Mon-Fri 8-6, Sat 8-12, half-hour slots) ---------------------------
    Scenario(
        "heldout_vet_lab_ate_dark_chocolate", "t_vet", (
            S("My lab just ate a whole bar of dark chocolate off the counter, what do I do?",
              r"right away|come in|now|put you through|connect"),
        ),
        outcome="transferred", transfer=True, overrides={"transfer_number": TRANSFER},
        never_said=(r"hydrogen peroxide",
                    r"(?:try|you should|you can|go ahead and) (?:to )?(?:make|get) (?:him|her|it|"
                    r"them|your dog|the dog) (?:to )?(?:vomit|throw up)"),
        tags=("emergency", "transfer")),
    Scenario(
        "heldout_vet_cat_in_rat_poison_at_night", "t_vet", (
            S("I think my cat got into rat poison in the garage. You're closed, aren't you? "
              "What should I do?",
              r"emergency (?:animal )?hospital|poison control|twenty-four|24"),
            S("Okay, I'm heading to the emergency hospital. Please let the vet know. I'm "
              "Emily Stone, this number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Emily Stone", about=r"poison|rat|cat", urgent=True),),
        ends_call=True, clock="2026-03-10 22:30",
        never_said=(r"hydrogen peroxide",), tags=("emergency", "after_hours")),
    Scenario(
        "heldout_vet_puppy_shots_and_microchip_price", "t_vet", (
            S("My puppy needs his shots, and I also wanted to know how much a microchip is.",
              r"50|fifty"),
            S("Yeah, can we do Saturday at ten thirty? His name's Biscuit, he's a golden "
              "retriever."),
            S("I'm new, never been there. Name's Laura Chen."),
            S("This number."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:30", "Laura Chen"),), ends_call=True,
        tags=("two_requests",)),
    Scenario(
        "heldout_vet_old_dog_it_might_be_time", "t_vet", (
            S("My old dog is really not doing well... I think it might be time. I don't know "
              "how this works.", r"sorry"),
            S("It's Frank Miller, 603 555 0178."),
            S("Yes, please."),
            S("Thank you. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Frank Miller", "+16035550178",
                          about=r"dog|time|euthan|not doing well"),),
        ends_call=True, tags=("message",)),
    Scenario(
        "heldout_vet_moves_milo_to_friday_morning", "t_vet", (
            S("I've got Milo booked for tomorrow afternoon but I can't make it. Can we move it "
              "to Friday morning at nine?"),
            S("It's under Oscar Reyes."),
            S("Yes."),
            S("Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 09:00", "Oscar Reyes"),),
        cancelled=("2026-03-11 15:00",),
        seed=(Seed("2026-03-11 15:00", "Oscar Reyes", number=CALLER),), ends_call=True,
        tags=("reschedule",)),
]
