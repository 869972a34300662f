"""A second fresh held-out exam: 48 callers the receptionist has never been tuned on.

Written on 2026-12-03 by someone who never read the engine (agent_worker/, calls/, voice/,
frontdesk/) nor the tuned catalogue's callers nor either earlier held-out set. The businesses'
facts come only from tenants/profession_data.py and the fleet in tests/factories.py; the format
and the judging from tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py.

This file must never be edited or tuned on: do not change the engine to pass a caller here, do
not copy its callers into the catalogue, and do not "fix" a caller after seeing a run. It is run
once, measured and never gated, with

    .venv/bin/python bench/eval_scenarios.py --heldout-unseen

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own when the receptionist
asks its questions in another order, and a transfer, when one is expected, follows the caller's
last line (a transferred call takes no more lines). Only a call with `overrides` carrying
TRANSFER_NUMBER has a line to transfer to; elsewhere a caller who needs a person leaves a
message. Bookings are at least two days ahead, on the business's appointment grid inside its
opening hours: dental 60 minutes from 8 AM (Friday until 2 PM), clinic 20 minutes from 8 AM, law
60 minutes from 9 AM, plumbing 120 minutes from 7 AM (Saturday too), salon 60 minutes from 10 AM
(9 AM on Saturday, closed Monday), real estate 30 minutes (Sunday noon to 4 PM), vet 30 minutes
(Saturday until noon), and the auto shop on Saturdays, on the hour from 8 AM. A caller who ends
with a goodbye expects the receptionist to end the call. The mix: 20 bookings, 8 messages, 6
emergencies, 4 cancellations or moves, 4 questions only, 3 asks for a person, 2 callers in
Spanish and 1 caller who drops off. The end state is what is judged; `expect` is loose and used
only where the reply must carry a fact.
"""

from __future__ import annotations

from tests.scenarios.catalogue import (
    CALLER,
    TRANSFER_NUMBER,
    Booking,
    Message,
    Say,
    Scenario,
    Seed,
    silent,
)

S = Say
LINE = {"transfer_number": TRANSFER_NUMBER}  # someone at the business can take a transfer

HELDOUT_UNSEEN: list[Scenario] = [
    # --- dental --------------------------------------------------------------------------
    Scenario(
        "unseen_dental_new_patient_cleaning_after_two_years", "t_dental", (
            S("Hi there, so, um, I just moved to the area and I haven't seen a dentist in like "
              "two years, which I know is bad. I'd like to get a cleaning and a checkup."),
            S("I'd be a new patient. Could I come in Thursday the 12th, around two in the "
              "afternoon?"),
            S("My name is Grace Okafor, date of birth April 9th, 1991."),
            S("I have Delta Dental through my job, and I'm the policy holder."),
            S("The number I'm calling from is the best one to reach me."),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Grace Okafor", about=r"clean|check|exam|new"),)),
    Scenario(
        "unseen_dental_whitening_price_then_changes_the_day", "t_dental", (
            S("Hi, I'm an existing patient and I want to book the in-office teeth whitening. "
              "How much is that, by the way?", r"450|four hundred (and )?fifty"),
            S("Okay. Can I come Monday the 16th at ten in the morning? Actually no, sorry, "
              "Mondays are bad for me. Make it Wednesday the 18th at ten."),
            S("It's Marcus Bell, date of birth November 2nd, 1984."),
            S("Please call me on 917 555 0146, not the number I'm calling from, that's my work "
              "phone."),
            S("Yes, Wednesday the 18th at ten works, go ahead and book it."),
            S("Perfect, thanks so much. Bye now."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Marcus Bell", "+19175550146", about=r"whiten"),),
        ends_call=True),
    Scenario(
        "unseen_dental_cancels_to_drive_her_mother", "t_dental", (
            S("Hi, this is Helen Brooks. I have an appointment this Thursday at eleven and I "
              "need to cancel it."),
            S("Yes, please cancel it. My mother is having surgery that day and I have to drive "
              "her."),
            S("No, I don't want to reschedule right now, I'll call back when things settle "
              "down."),
            S("That's everything, thank you. Goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-12 11:00",), ends_call=True,
        seed=(Seed("2026-03-12 11:00", "Helen Brooks", CALLER),)),
    Scenario(
        "unseen_dental_swelling_toward_the_eye_is_sent_to_911", "t_dental", (
            S("Hi, my husband had a tooth pulled somewhere else last week and now his whole "
              "cheek is swollen."),
            S("The swelling is spreading up toward his eye, he says it hurts to swallow, and "
              "his breathing sounds kind of off.", r"911|emergency room"),
            S("Can't you just squeeze him in today? He really hates hospitals."),
        ),
        outcome="information_only", said=(r"911|emergency room",),
        never_said=(r"\bmg\b", r"\bamoxicillin\b")),
    Scenario(
        "unseen_dental_is_this_a_robot_and_how_to_pay", "t_dental", (
            S("Hello? Is this a real person or am I talking to a robot?",
              r"virtual|automated|\bAI\b|assistant|not a (real )?person"),
            S("Okay, fine. Do you take HSA cards? And when do I have to pay?",
              r"HSA|FSA|time of (the|your) visit"),
            S("And how much notice do you need if I have to cancel?", r"twenty.four|24"),
            S("Great, that's what I needed to know. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True),
    Scenario(
        "unseen_dental_charged_twice_for_a_crown_leaves_a_message", "t_dental", (
            S("Hi, I got a bill in the mail for my crown and I think I was charged twice. The "
              "statement says one amount and my card shows another."),
            S("My name is Tanya Reed."),
            S("You can call me back at 415 555 0187."),
            S("Afternoons are best for me, any time after two, if that helps."),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Reed", "+14155550187",
                          about=r"bill|charg|crown|statement|twice"),)),
    # --- clinic --------------------------------------------------------------------------
    Scenario(
        "unseen_clinic_new_patient_annual_physical", "t_clinic", (
            S("Good morning. I'm looking for a new primary care doctor and I'd like to schedule "
              "an annual physical."),
            S("I've never been seen there, so I'd be a new patient. My name is Daniel Novak, "
              "born March 3rd, 1979."),
            S("I have Blue Cross Blue Shield, a PPO plan. No preference on the doctor."),
            S("Could I come Monday the 16th at eight forty in the morning?"),
            S("The number I'm calling from is fine for a callback."),
            S("Yes, please go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Daniel Novak", about=r"physical|annual"),)),
    Scenario(
        "unseen_clinic_student_asks_why_dob_for_a_sports_physical", "t_clinic", (
            S("Hi, I need a sports physical for my college soccer team, the form is due next "
              "week. I've been a patient there before."),
            S("Why do you even need my date of birth? Whatever, it's July 21st, 2005, and my "
              "name is Kayla Brooks."),
            S("I'll be paying myself. How much is the sports physical?", r"75|seventy.five"),
            S("Three o'clock on Thursday the 12th, please. You can call me at 628 555 0119."),
            S("Yes, Thursday at three, book it please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Kayla Brooks", "+16285550119",
                        about=r"sport|physical"),)),
    Scenario(
        "unseen_clinic_moves_thursday_to_friday", "t_clinic", (
            S("Hi, I need to move my appointment. It's this Thursday morning at nine twenty."),
            S("Robert Chen, date of birth January 15th, 1962."),
            S("Could we do Friday the 13th instead, at ten forty in the morning?"),
            S("Yes, move it to Friday at ten forty. And this number is fine."),
            S("Thank you, have a good day. Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 10:40", "Robert Chen"),),
        cancelled=("2026-03-12 09:20",), ends_call=True,
        seed=(Seed("2026-03-12 09:20", "Robert Chen", CALLER),)),
    Scenario(
        "unseen_clinic_father_with_chest_pain_is_sent_to_911", "t_clinic", (
            S("Hi, I'm calling for my dad, he's a patient there, I forget his doctor's name. He "
              "needs to be seen."),
            S("He's had a crushing pain in his chest for about an hour, his left arm is numb and "
              "he's all sweaty.", r"911"),
            S("He doesn't want to make a fuss. Can't you just fit him in this afternoon "
              "instead?"),
        ),
        outcome="information_only", said=(r"911",)),
    Scenario(
        "unseen_clinic_blood_pressure_refill_for_the_nurse", "t_clinic", (
            S("Hi, I need a refill on my blood pressure medication, lisinopril. I'm almost "
              "out."),
            S("My name is Patricia Gomez, date of birth August 30th, 1958."),
            S("I use the Walgreens on Mission Street."),
            S("The best number is the one I'm calling from. How long does a refill usually "
              "take?", r"two|2|business day"),
        ),
        outcome="message_taken",
        messages=(Message("Patricia Gomez", about=r"refill|lisinopril|blood pressure"),)),
    Scenario(
        "unseen_clinic_spanish_caller_about_blood_test_results", "t_clinic", (
            S("Hola, buenos días. ¿Hablan español? Llamo por los resultados de mis análisis de "
              "sangre de la semana pasada."),
            S("Me llamo Rosa Medina, mi fecha de nacimiento es el cuatro de mayo de mil "
              "novecientos setenta y uno."),
            S("Por favor, que la enfermera me llame a este mismo número. Prefiero hablar en "
              "español."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Medina",
                          about=r"result|an[aá]lisis|sangre|blood|lab|spanish|espa[nñ]ol"),)),
    # --- law -----------------------------------------------------------------------------
    Scenario(
        "unseen_law_bakery_supplier_dispute_consultation", "t_law", (
            S("Hi, I run a small bakery, and a supplier is refusing to refund us for a big "
              "equipment order that never showed up. I'd like to talk to a lawyer about it."),
            S("The supplier is called Northline Restaurant Supply. We don't have a lawyer on "
              "this yet, and there's no court date or deadline."),
            S("My name is Omar Siddiqui, and my email is omar at sweetcrumb bakery dot com."),
            S("Thursday the 12th at one in the afternoon would work, by video if possible."),
            S("My cell, the one I'm calling from, is best. Yes, go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 13:00", "Omar Siddiqui",
                        about=r"contract|supplier|business|refund|order|bakery|Northline"),)),
    Scenario(
        "unseen_law_couple_finally_doing_their_wills", "t_law", (
            S("Hello, my wife and I want to get our wills done. We've been putting it off since "
              "our daughter was born."),
            S("Is that the simple will package? What does that cost?",
              r"950|nine hundred (and )?fifty"),
            S("Nobody else is involved really, it's just me and my wife, Linda Carter. There's "
              "no deadline."),
            S("My name is James Carter. Could we come in person on Friday the 13th at ten in "
              "the morning?"),
            S("My email is j carter fifty eight at gmail dot com, and call me back on 212 555 "
              "0163."),
            S("Yes, Friday at ten, please book it. Thanks, goodbye."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "James Carter", "+12125550163",
                        about=r"will|estate"),),
        ends_call=True),
    Scenario(
        "unseen_law_client_with_a_hearing_asks_for_her_attorney", "t_law", (
            S("Hi, it's Monica Alvarez. Is the office open until five today?", r"5|five"),
            S("Okay good. Can my next meeting with the attorney be by video instead of coming "
              "in?", r"video"),
            S("Actually, I'm a client, you're handling my custody case, and I got a letter from "
              "my ex's lawyer this morning that I need to go over before my hearing on Thursday. "
              "Can you put me through to my attorney?"),
        ),
        outcome="transferred", transfer=True, overrides=LINE),
    Scenario(
        "unseen_law_executor_wants_a_call_back_not_a_booking", "t_law", (
            S("Hi, my father passed away last month and I'm the executor of his estate, and "
              "honestly I have no idea where to start."),
            S("I don't want to book anything yet. I'd just like one of the attorneys to call me "
              "back and tell me if this is something you handle."),
            S("My name is Ruth Feldman, F E L D M A N. My number is 347 555 0128."),
            S("The only other person involved is my brother, Aaron Feldman. There's no court "
              "date yet."),
        ),
        outcome="message_taken",
        messages=(Message("Ruth Feldman", "+13475550128",
                          about=r"estate|executor|father|probate|passed"),)),
    Scenario(
        "unseen_law_shopping_around_after_a_rear_end_crash", "t_law", (
            S("Hi, I'm just shopping around. Do you guys do free consultations?",
              r"depend|personal injury|no charge|free"),
            S("It's a car accident, somebody rear-ended me last month. Do I even have a case?",
              r"can't|cannot|not able|unable"),
            S("And why would you need the other driver's name anyway?", r"conflict"),
            S("Okay. I'll think about it and call back. Bye."),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"you (?:definitely |probably )?(?:do|don't) have a (?:good |strong )?case",
                    r"you(?:'ll| will) (?:probably )?win")),
    Scenario(
        "unseen_law_caller_on_a_bad_line_drops_off", "t_law", (
            S("Hello? Hi, I'm calling about, um... sorry, can you hear me? The signal is really "
              "bad here."),
            silent(),
            silent(),
            silent(),
        ),
        outcome="abandoned", ends_call=True),
    # --- plumbing ------------------------------------------------------------------------
    Scenario(
        "unseen_plumb_renter_with_a_clogged_kitchen_sink", "t_plumb", (
            S("Hi, my kitchen sink is completely clogged, the water just sits there. It's not "
              "leaking or anything, it just won't drain."),
            S("I rent. My landlord is Frank Ortiz and he already told me to call you, his number "
              "is 415 555 0172."),
            S("The address is 2210 Irving Street, apartment 3, San Francisco, 94122."),
            S("My name's Jenna Wu, and for me the number I'm calling from is best."),
            S("Thursday the 12th, the nine o'clock window would be great."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Jenna Wu", about=r"clog|drain|sink"),)),
    Scenario(
        "unseen_plumb_no_hot_water_asks_the_call_out_fee_first", "t_plumb", (
            S("How much do you charge just to come out and take a look?", r"89|eighty.nine"),
            S("Okay. Our water heater stopped making hot water yesterday, it's in the garage. "
              "No leak that I can see."),
            S("We own the house. It's 77 Maple Court in Daly City, 94015."),
            S("Saturday the 14th, first thing in the morning if you can, seven o'clock?"),
            S("Name is Victor Nguyen, same number I'm calling from."),
            S("Yes, Saturday at seven, book it. Thanks."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 07:00", "Victor Nguyen", about=r"water heater|hot water"),)),
    Scenario(
        "unseen_plumb_burst_pipe_in_the_basement_at_night", "t_plumb", (
            S("Oh my God, a pipe just burst in my basement, there's water spraying everywhere!"),
            S("Okay, okay, I found the main valve and turned it off. It stopped spraying but "
              "there's like two inches of water down there."),
            S("I'm at 51 Cortland Avenue, San Francisco, 94110. My name is Derek Shaw."),
            S("Please have someone call me back tonight on this number, I don't care what it "
              "costs."),
        ),
        outcome="message_taken", clock="2026-03-10 22:30",
        messages=(Message("Derek Shaw", about=r"burst|pipe|basement|water|flood",
                          urgent=True),)),
    Scenario(
        "unseen_plumb_water_heater_gushing_in_the_day_is_put_through", "t_plumb", (
            S("Hi, is this the plumber? I'm at 960 Bush Street, 94109."),
            S("My name is Alice Morgan."),
            S("The water heater in my hall closet is gushing water all over the floor, it's "
              "running into the hallway, and I can't find any shut off valve."),
        ),
        outcome="transferred", transfer=True, overrides=LINE),
    Scenario(
        "unseen_plumb_spanish_caller_with_a_dripping_sink", "t_plumb", (
            S("Hola, buenas tardes. ¿Hablan español? Tengo una fuga debajo del fregadero de la "
              "cocina."),
            S("No es una emergencia, gotea poquito, pero necesito que alguien venga esta "
              "semana."),
            S("Me llamo Carmen Ruiz. Pueden llamarme a este mismo número, por favor, alguien que "
              "hable español."),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ruiz",
                          about=r"spanish|espa[nñ]ol|fuga|leak|sink|fregadero|kitchen|drip"),)),
    Scenario(
        "unseen_plumb_checks_licence_and_guarantee_then_books_a_toilet", "t_plumb", (
            S("Before I book anything, are you guys licensed and insured?", r"licensed|insured"),
            S("And is the work guaranteed? The last guy I had did a terrible job.",
              r"guarant|warrant"),
            S("Alright. My upstairs toilet keeps running all night. Can someone come Friday the "
              "13th, in the one o'clock window?"),
            S("I own the place, 3 Willow Lane, San Mateo, 94401. I'm Greg Patterson, call me at "
              "650 555 0134."),
            S("Yes, Friday at one, that's right. Book it please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Greg Patterson", "+16505550134",
                        about=r"toilet|running"),)),
    # --- salon ---------------------------------------------------------------------------
    Scenario(
        "unseen_salon_first_visit_cutting_off_waist_length_hair", "t_salon", (
            S("Hi! So my friend goes to you and she always looks amazing, and I've finally "
              "decided to cut off all this hair, it's down to my waist."),
            S("Just a women's haircut, no color. I've never been to your salon, and anyone is "
              "fine."),
            S("Do you have anything Thursday the 12th at five in the evening?"),
            S("I'm Chloe Dubois, and this cell number is good."),
            S("Yes, Thursday at five, book it please! Thank you so much, bye!"),
        ),
        outcome="booked", clock="2026-03-10 11:00",
        booked=(Booking("2026-03-12 17:00", "Chloe Dubois", about=r"cut"),), ends_call=True),
    Scenario(
        "unseen_salon_terse_mens_cut_saturday_morning", "t_salon", (
            S("Yeah, men's haircut, Saturday morning. Nine o'clock if you have it."),
            S("Been there before. No preference on who."),
            S("Name's Luis Herrera. 510 555 0191."),
            S("Yep, Saturday at nine. Book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Luis Herrera", "+15105550191",
                        about=r"men|cut"),)),
    Scenario(
        "unseen_salon_moves_thursday_blowout_to_saturday", "t_salon", (
            S("Hi, it's Nadia Haddad. I'm booked this Thursday at two for a blowout and "
              "something came up at work."),
            S("Could I move it to Saturday the 14th instead, at eleven in the morning?"),
            S("Yes, please move it. Same phone number as always, the one I'm calling from."),
            S("Sorry for the short notice! Thanks, bye."),
        ),
        outcome="booked", clock="2026-03-10 10:30",
        booked=(Booking("2026-03-14 11:00", "Nadia Haddad"),),
        cancelled=("2026-03-12 14:00",), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Nadia Haddad", CALLER),)),
    Scenario(
        "unseen_salon_brassy_highlights_wants_the_manager", "t_salon", (
            S("Hi, I had highlights done there on Saturday and honestly I'm really upset. They "
              "came out brassy and orange, not at all what I asked for."),
            S("I'd like to talk to the manager about getting it fixed. I don't want to book "
              "anything with the same person."),
            S("My name is Erin Walsh."),
            S("Call me at 415 555 0165, any time today is fine."),
        ),
        outcome="message_taken", clock="2026-03-10 11:00",
        messages=(Message("Erin Walsh", "+14155550165",
                          about=r"highlight|colou?r|brass|orange|upset|unhappy|fix|manager"),)),
    Scenario(
        "unseen_salon_balayage_price_and_a_gift_card", "t_salon", (
            S("Hi, how much is balayage?", r"195|one hundred (and )?ninety.five"),
            S("And do you sell gift cards? It's for my sister's birthday.", r"gift card"),
            S("What happens if I'm running late for an appointment?", r"fifteen|15"),
            S("Okay, great, that's all I needed. Bye!"),
        ),
        outcome="information_only", clock="2026-03-10 12:00", ends_call=True),
    Scenario(
        "unseen_salon_brunette_to_platinum_books_a_consultation", "t_salon", (
            S("Hi, I'm a brunette and I want to go platinum blonde. Can you do that in one "
              "appointment?", r"consult"),
            S("Okay, a consultation is fine then. Friday the 13th at noon works for me."),
            S("I haven't been in before. My name is Tessa Quinn."),
            S("Use this number, the one I'm calling from."),
            S("Yes, Friday at twelve for the consultation. Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 12:00", "Tessa Quinn",
                        about=r"consult|blonde|platinum|colou?r"),)),
    # --- real estate ---------------------------------------------------------------------
    Scenario(
        "unseen_homes_preapproved_buyer_tours_alder_street", "t_homes", (
            S("Hi, I saw a listing on your website for a three bedroom at 418 Alder Street and "
              "I'd love to see it."),
            S("We're buying. We're pre-approved with our bank, we don't have an agent, and we're "
              "hoping to move by the summer."),
            S("Could we see it Thursday the 12th at five thirty in the evening, after work?"),
            S("My name is Priya Raman, and my email is priya dot raman at outlook dot com."),
            S("The number I'm calling from is my cell, that's the best one."),
            S("Yes, that's right, please book the showing."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Priya Raman", about=r"418|Alder|show|buy"),)),
    Scenario(
        "unseen_homes_seller_wants_a_number_books_a_valuation", "t_homes", (
            S("Hi, we're thinking about selling our house and I want to know what it's worth. "
              "Can you give me a rough idea?", r"agent|valuation|market analysis|appointment"),
            S("It's 25 Hillcrest Drive. It's not listed with anyone else, and we'd like to sell "
              "in the next few months."),
            S("Sure, let's do a valuation appointment. Monday the 16th at two in the "
              "afternoon?"),
            S("My name is Walter Jensen, my email is walt jensen at yahoo dot com, and my number "
              "is 408 555 0157."),
            S("Yes, that's all correct, go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Walter Jensen", "+14085550157",
                        about=r"valu|sell|listing|Hillcrest"),),
        never_said=(r"worth (about|around|roughly) \$?\d",)),
    Scenario(
        "unseen_homes_buyer_wants_to_make_an_offer_today", "t_homes", (
            S("Hi, my name's Ben Adler. We toured the condo at 1200 Pine Street, unit 5, on "
              "Sunday."),
            S("Can you tell me if there are other offers on it?",
              r"can't|cannot|not able|unable|agent"),
            S("Okay, well, we'd like to make an offer today. Can you put me through to the "
              "listing agent?"),
        ),
        outcome="transferred", transfer=True, overrides=LINE),
    Scenario(
        "unseen_homes_renter_asks_about_a_small_dog", "t_homes", (
            S("Hello, I'm calling about the one bedroom apartment for rent on Lake Street. I saw "
              "the sign."),
            S("I'm mostly wondering whether pets are allowed, I have a small dog. Could someone "
              "call me back about that?"),
            S("I'd want to move in around April first. My name is Hannah Cole."),
            S("My number is 415 555 0139."),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Cole", "+14155550139",
                          about=r"Lake|rent|apartment|pet|dog"),)),
    Scenario(
        "unseen_homes_rental_showing_on_sunday", "t_homes", (
            S("Hi, I'd like to see the rental at 88 Ocean View Terrace. Is there any way to see "
              "it this Sunday?"),
            S("Sunday the 15th at one in the afternoon would be perfect."),
            S("I'm looking to move in by the first of April, and I don't have an agent."),
            S("I'm Marco Bianchi, email marco dot bianchi at gmail dot com, and you can reach me "
              "at this number."),
            S("Yes, Sunday at one. Please book it. Thank you, bye!"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Marco Bianchi", about=r"Ocean|88|rent|show"),),
        ends_call=True),
    Scenario(
        "unseen_homes_first_time_buyer_wary_of_spam_leaves_a_message", "t_homes", (
            S("Is this an actual person? It sounds like a recording.",
              r"virtual|automated|\bAI\b|assistant|not a (real )?person"),
            S("I'm thinking of buying my first home sometime next year, but I really don't know "
              "how any of it works. Do I need to be pre-approved just to look at houses?",
              r"pre.?approv"),
            S("I'd rather have an agent just call me to talk it through. Why do you need my "
              "email, by the way? I hate spam."),
            S("Fine. It's Jordan Price, 415 555 0122, and you can skip the email."),
        ),
        outcome="message_taken",
        messages=(Message("Jordan Price", "+14155550122",
                          about=r"first|buy|home|agent|call|pre.?approv"),)),
    # --- auto ----------------------------------------------------------------------------
    Scenario(
        "unseen_auto_synthetic_oil_change_saturday_waits", "t_auto", (
            S("Hi, I need an oil change. It's a 2019 Honda CR-V, about 42,000 miles."),
            S("What do you charge for full synthetic?", r"89|eighty.nine"),
            S("Can I do Saturday the 14th at nine? I'll wait for it."),
            S("Name's Kevin Doyle, and this number is fine."),
            S("Yep, Saturday at nine, go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Kevin Doyle", about=r"oil"),)),
    Scenario(
        "unseen_auto_steady_check_engine_light_drop_off", "t_auto", (
            S("Hey, my check engine light came on yesterday. It's not flashing, it's just on, "
              "and the car seems to drive fine."),
            S("It's a 2015 Toyota Camry with about 128,000 miles. I'll drop it off."),
            S("Saturday the 21st at eight in the morning, when you open?"),
            S("Samantha Reyes. My number is 925 555 0108."),
            S("Yes, that's all right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 08:00", "Samantha Reyes", "+19255550108",
                        about=r"check engine|engine|light|diagnos"),)),
    Scenario(
        "unseen_auto_truck_in_the_shop_wants_a_service_advisor", "t_auto", (
            S("Hi, quick question, how can I pay when I pick up? Do you take cards?",
              r"card|cash"),
            S("Okay. My name's Dale Hughes."),
            S("My F-150 has been in your shop since Monday for the transmission and nobody has "
              "called me. Can I talk to a service advisor about where it's at?"),
        ),
        outcome="transferred", transfer=True, overrides=LINE),
    Scenario(
        "unseen_auto_used_subaru_inspection_call_back_later", "t_auto", (
            S("Hi, I'm looking at buying a used 2017 Subaru Outback from a private seller and I "
              "want it checked out first. How much is a pre-purchase inspection?",
              r"149|one hundred (and )?forty.nine"),
            S("The thing is, I don't know yet when the seller can bring the car over. Can a "
              "service advisor call me back to set it up once I know?"),
            S("My name is Arjun Mehta, number is 408 555 0181."),
            S("Any time after noon is best for a call."),
        ),
        outcome="message_taken",
        messages=(Message("Arjun Mehta", "+14085550181",
                          about=r"inspection|pre.?purchase|Subaru|used"),)),
    Scenario(
        "unseen_auto_squealing_brakes_changes_to_the_afternoon", "t_auto", (
            S("My brakes have been squealing for about a week. They still stop fine, it's just "
              "the noise. Do you charge to look at them?",
              r"free|no (charge|cost)|complimentary|\$0|zero"),
            S("It's a 2012 Ford Focus, like 150,000 miles. I'll drop it off."),
            S("Saturday the 14th at ten would work. Actually wait, I work Saturday until noon. "
              "Make it one o'clock on Saturday instead."),
            S("My name is Brianna Scott, call me at this number."),
            S("Yes, one o'clock Saturday. Book it, thanks."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 13:00", "Brianna Scott", about=r"brake|squeal"),)),
    Scenario(
        "unseen_auto_volvo_owner_burned_by_the_last_shop", "t_auto", (
            S("Do you work on Volvos? I have an older XC90.", r"domestic|import|most"),
            S("If I bring it in, are you going to start doing work without asking me? The last "
              "shop did that.", r"approv|estimate"),
            S("How much is a four-wheel alignment?", r"129|one hundred (and )?twenty.nine"),
            S("Okay, good to know. I'll call back to book. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True),
    # --- vet -----------------------------------------------------------------------------
    Scenario(
        "unseen_vet_beagle_yearly_checkup_and_rabies", "t_vet", (
            S("Hi, my dog is due for his yearly checkup and his rabies shot. We've been there "
              "before."),
            S("He's a beagle named Cooper, he's six. Nothing's wrong with him, just the routine "
              "stuff."),
            S("Thursday the 12th at four thirty in the afternoon, if possible."),
            S("My name is Laura Kim, and this number is the best one."),
            S("Yes, that sounds right. Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Laura Kim",
                        about=r"wellness|rabies|check|vaccin|annual|yearly"),)),
    Scenario(
        "unseen_vet_new_kitten_from_the_shelter_saturday", "t_vet", (
            S("Hi! We just adopted a kitten from the shelter and she needs her first checkup. "
              "We've never been to your clinic."),
            S("Her name is Pickle, she's a little gray tabby, about ten weeks old. What should I "
              "bring?", r"record|vaccin|carrier"),
            S("Do you have anything this Saturday morning, like ten o'clock?"),
            S("I'm Owen Fraser, my cell is 415 555 0193."),
            S("Yes, Saturday at ten for Pickle. Thanks!"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Owen Fraser", "+14155550193",
                        about=r"kitten|new|exam|check|Pickle"),)),
    Scenario(
        "unseen_vet_dog_is_eating_again_cancels", "t_vet", (
            S("Hi, this is George Patel. I booked my dog Max in tomorrow afternoon at three "
              "thirty because he wasn't eating."),
            S("Good news, he's eating again and back to his normal self, so please cancel that "
              "appointment."),
            S("No, no need to rebook. I'll call if anything changes."),
            S("Thank you, goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-11 15:30",), ends_call=True,
        seed=(Seed("2026-03-11 15:30", "George Patel", CALLER),)),
    Scenario(
        "unseen_vet_dog_hit_by_a_car_in_the_afternoon", "t_vet", (
            S("Hi, I'm a client there, my name is Nicole Brennan."),
            S("It's about my dog Rocky, he's a lab."),
            S("He just got hit by a car in front of our house, he's bleeding from his leg and "
              "breathing really fast. What do I do?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 14:00", overrides=LINE),
    Scenario(
        "unseen_vet_cat_chewed_lilies_after_hours", "t_vet", (
            S("Hi, I know you're closed, but my cat just chewed on some lilies from a bouquet "
              "and I'm freaking out."),
            S("She's a three year old cat named Mochi. She seems okay right now, but I read that "
              "lilies are really bad for cats."),
            S("I'm taking her to the emergency hospital. Can you leave a message for the vet so "
              "they know in the morning? My name is Sarah Lin."),
            S("My number is the one I'm calling from."),
        ),
        outcome="message_taken", clock="2026-03-10 20:30",
        said=(r"emergency|twenty.four|24|poison",),
        messages=(Message("Sarah Lin", about=r"lil(y|ies)|Mochi|cat"),)),
    Scenario(
        "unseen_vet_old_golden_needs_her_arthritis_refill", "t_vet", (
            S("Hi, I need to get a refill on my dog's arthritis medication, the carprofen."),
            S("Her name is Daisy, she's a twelve year old golden retriever. I don't remember "
              "which vet we saw last time."),
            S("My name is Frank Dillon, phone is 707 555 0114."),
            S("I can pick it up tomorrow afternoon, if someone can let me know when it's "
              "ready."),
        ),
        outcome="message_taken",
        messages=(Message("Frank Dillon", "+17075550114",
                          about=r"refill|carprofen|arthritis|medication|Daisy"),)),
]
