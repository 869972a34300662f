"""A fifteenth development set: 48 scripted callers, six in each of the fleet's eight trades, who
call for someone else or are not sure what they need, in the twelfth set's held-out-like mix of
kinds.

Written by a helper session (branch dev-callers-15) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twelfth set's
module docstring, its helper definitions, its first callers and its test file, for the
conventions). The businesses' facts come only from tenants/profession_data.py and the fleet in
tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's dataclasses
and tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py (every rule of it
but the kinds' numbers: this set keeps the twelfth set's mix, KINDS_15 below).

What makes it different: the caller is rarely the person the call is about, and often does not
know which service to ask for. A mother books her fifteen-year-old's cleaning or cancels her
daughter's haircut; a daughter books her 84-year-old father's visit, his name on the booking and
her own number; a wife moves her husband's cleaning and cancels his physical; a husband books his
wife's brake check; an office manager books a consultation for her boss, an assistant leaves a
message for hers with his own cell number, another asks about rentals for a relocating boss; a
grandmother books her grandson's sports physical and another her granddaughter's blowout; a
neighbour books an old lady's cat in for its rabies shot, a pet sitter calls about the dog she
is minding, a sister about her sister's dog's refill; a landlord books a visit for a tenant's
slow drain and reports a burst pipe pouring through a tenant's ceiling on a Sunday. And callers
describe a problem instead of naming a service and let the receptionist decide, or ask "what
would you recommend?": a tooth that hurts with something cold, gums that bleed when brushed, a
cough that will not go, a son's headaches, a dog scratching his ear, a wife's car grinding when
she brakes, brown water and a rumbling water heater, box-dyed hair that needs saving, "a will,
or maybe a trust, I don't know the difference", a mother's house to sell or to let. Each booking
is under the name of the person it is for, stated plainly by the caller in the same breath as the
time. Emergencies are each trade's real ones (a knocked-out tooth on a Saturday, a neighbour's
face drooping, a brother arrested the night before he sees a judge, a burst pipe, a dog that ate
sugar-free gum, brakes going to the floor). The two callers who speak no English speak Spanish
and Tagalog. Calls ring at realistic hours via `clock=`: before opening, at lunch, in the
evening, on a Saturday or a Sunday. The mix is the twelfth set's (20 bookings, 8 messages, 6
emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 other-language caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)` pattern is
loose and case-insensitive so any good wording passes, and every price, hour and policy it looks
for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev15

which prints `RESULT dev15_pass_rate=`, measured and never gated.
Its first run, on main at f429ff0, before anyone had read a transcript of it: 35/48 = 0.729.
Its transcripts were then read failure by failure: all thirteen were the receptionist's (a
booking's "put it under her name, ..." or "under my boss's name, ..." not taken as the name, so
it asked for the caller's name until the call ended; "take the message under his name" with the
boss's cell answered with a day-and-time question; "whoever is free" not taken as anyone for the
stylist; a gift card question answered with the stylist question; "check a car over before
someone buys it" priced as the check engine diagnostic; a rumbling heater with "nothing is
leaking" and a Spanish no-hot-water call turned into urgent leak messages; a move of a mother's
cat's appointment taken for an emergency; a Tagalog caller not recognised), none the set's, so
nothing in it was changed; the second run, on the same set: 35/48 = 0.729.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who needs a person leaves a message. An
emergency ends with an urgent message; a routine message is not urgent. A message is under the
name of the person to call back, as the caller says it. A call whose last line says goodbye is
hung up by the receptionist (`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed, silent
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the twelfth set's mix; dev_set_shape.py's KINDS is the
# earlier sets'); "language" is the caller who speaks neither English nor Spanish
KINDS_15 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
URGENT = r"urgent|emergency|right away|as soon as|immediately|911"
STILL_THERE = r"still there|are you there|hello|can you hear"
NOT_ENGLISH = r"English|ingl[eé]s"
# a receptionist who judges what the caller described instead of letting the business see it
DIAGNOSES = r"sounds like (?:an?|it's) |(?:it's|that's) (?:probably|likely|most likely) "


DEV_CALLERS_15: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev15_dental_mom_books_her_fifteen_year_old_sons_cleaning", "t_dental", (
            S("Hi, I'd like to book a cleaning and checkup for my son. He's fifteen and he's been "
              "a patient of yours for years. No pain or anything, it's just his regular one."),
            S("Could you do Thursday the 19th at three in the afternoon, after school? The "
              "appointment is for my son, Ethan Brooks."),
            S("Yes, the number I'm calling from is fine, it's my cell, I'm his mom."),
            S("Yes, that's right, please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Ethan Brooks", "+16175550211",
                        about=r"clean|check"),),
        said=(at(19, "15:00"),), ends_call=True, caller="+16175550211", tags=("booking",)),
    Scenario(
        "dev15_dental_daughter_books_her_fathers_visit_for_a_tooth_that_hurts_with_cold",
        "t_dental", (
            S("Good morning, I know it's early. My father is 84 and he's a patient of yours. He "
              "says one of his teeth hurts when he drinks something cold. There's no swelling. "
              "Can he come in to have it looked at?"),
            S("Next Monday at ten in the morning would be best, I'll drive him. The appointment "
              "is for my father, Walter Hughes."),
            S("Please use this number, the one I'm calling from. It's my cell, I'm his daughter "
              "and I handle his appointments."),
            S("Yes, that's all correct, go ahead and book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:00", "Walter Hughes", "+16175550214",
                        about=r"cold|sensitiv|tooth|pain|hurt"),),
        said=(at(16, "10:00"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+16175550214", tags=("booking",)),
    Scenario(
        "dev15_dental_new_patient_with_bleeding_gums_asks_what_to_book", "t_dental", (
            S("Hi, I'd be a new patient. My gums bleed when I brush, and I don't know if I need a "
              "deep cleaning or just a regular one. What would you recommend?",
              avoid=DIAGNOSES + r"|you (?:definitely )?need a deep cleaning"),
            S("Okay, whatever the dentist needs to see first. This Friday at eleven in the "
              "morning, please. My name is Grace Okoro."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, please book it."),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Grace Okoro", "+16175550217",
                        about=r"gum|bleed|clean|exam|new patient"),),
        said=(at(13, "11:00"),), ends_call=True, caller="+16175550217", tags=("booking",)),
    Scenario(
        "dev15_dental_mom_on_a_saturday_daughter_knocked_out_a_front_tooth", "t_dental", (
            S("Hi, my daughter fell off her bike and knocked out one of her front teeth. The "
              "bleeding has stopped and I've put the tooth in a cup of milk. Is anyone there?",
              URGENT + r"|closed"),
            S("I'm her mom, Tanya Reyes. Please have the dentist call me back on this number as "
              "soon as possible."),
            S("Yes, that's right. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Reyes", "+16175550219", about=r"tooth|knock", urgent=True),),
        ends_call=True, clock="2026-03-14 11:20", caller="+16175550219", tags=("emergency",)),
    Scenario(
        "dev15_dental_wife_moves_her_husbands_cleaning_to_monday", "t_dental", (
            S("Hi, I need to move my husband's cleaning. It's under his name, Daniel Ortiz, this "
              "Thursday at ten in the morning. He has to travel for work."),
            S("Could you move it to next Monday, the 16th, at two in the afternoon? It's still "
              "for Daniel Ortiz."),
            S("Yes, please move it."),
            S("That's all, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Daniel Ortiz", "+16175550222"),),
        cancelled=("2026-03-12 10:00",), said=(at(16, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Daniel Ortiz", "+16175550222"),),
        clock="2026-03-10 12:15", caller="+16175550222", tags=("move",)),
    Scenario(
        "dev15_dental_son_asks_what_his_mothers_cleaning_costs_and_how_she_can_pay", "t_dental", (
            S("Hi, I'm calling for my mother. She's been a patient of yours for years but she just "
              "lost her dental insurance. How much is a regular adult cleaning and exam?",
              r"165|one hundred (?:and )?sixty[- ]five"),
            S("Okay. And how can she pay for it? Do you take cards?", r"cash|credit|debit|card"),
            S("That's all I needed, thank you. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+16175550225", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev15_clinic_grandmother_books_her_grandsons_sports_physical", "t_clinic", (
            S("Hello, I'd like to book a sports physical for my grandson. He needs it for "
              "baseball. He's twelve and he's been seen at your clinic before. We'll pay "
              "ourselves. How much is a sports physical?", r"75|seventy[- ]five"),
            S("That's fine. Monday the 16th at three forty in the afternoon, after school. It's "
              "for my grandson, Owen Mitchell, born May 2nd, 2013."),
            S("Please use this number, I'm his grandmother and I'll be bringing him."),
            S("Yes, that's right, please book it."),
            S("Thank you, dear. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:40", "Owen Mitchell", "+14155550231",
                        about=r"sport|physical"),),
        said=(at(16, "15:40"),), ends_call=True, caller="+14155550231", tags=("booking",)),
    Scenario(
        "dev15_clinic_daughter_books_her_fathers_visit_for_a_cough_at_lunch", "t_clinic", (
            S("Hi, my father is 79 and he's been coughing for about two weeks and he's more tired "
              "than usual. He's an established patient, no preference for a doctor, he has "
              "Medicare. I don't really know what kind of appointment he needs.",
              avoid=DIAGNOSES + r"|can wait|nothing (?:to worry|serious)|not serious"),
            S("Then a regular visit, please, this Thursday at ten twenty in the morning. The "
              "appointment is for my father, George Palmer, date of birth August 14th, 1946."),
            S("Please put my number on it, the one I'm calling from. I'm his daughter and I'll "
              "bring him."),
            S("Yes, that's correct, go ahead."),
            S("Thank you so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:20", "George Palmer", "+14155550234",
                        about=r"cough|tired|visit"),),
        said=(at(12, "10:20"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+14155550234", tags=("booking",)),
    Scenario(
        "dev15_clinic_mom_asks_what_to_book_for_her_sons_headaches", "t_clinic", (
            S("Hi, my son is seventeen and he keeps getting headaches after school. He's been "
              "seen at your clinic before, and he's on my Aetna plan. What kind of appointment "
              "would you recommend?",
              avoid=DIAGNOSES + r"|can wait|nothing (?:to worry|serious)|not serious"),
            S("Okay, next Tuesday at four in the afternoon, please. It's for my son, Lucas Grant, "
              "born March 3rd, 2009."),
            S("This number is fine, it's mine, I'm his mom."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:00", "Lucas Grant", "+14155550237",
                        about=r"headache|visit"),),
        said=(at(17, "16:00"),), ends_call=True, caller="+14155550237", tags=("booking",)),
    Scenario(
        "dev15_clinic_neighbour_says_the_old_man_next_door_cannot_get_his_words_out", "t_clinic", (
            S("I'm next door with my elderly neighbour, he's a patient of yours. One side of his "
              "face is drooping and he can't get his words out. It started a few minutes ago.",
              r"911"),
            S("Okay, I'm calling 911 now. My name is Ana Costa. Please let his doctor know, my "
              "number is the one I'm calling from."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ana Costa", "+14155550239",
                          about=r"stroke|face|droop|speech|speak|words|neighbou", urgent=True),),
        ends_call=True, clock="2026-03-11 15:10", caller="+14155550239", tags=("emergency",)),
    Scenario(
        "dev15_clinic_daughter_asks_for_her_mothers_blood_pressure_refill", "t_clinic", (
            S("Hi, I'm calling for my mother, Alice Moreno, date of birth January 9th, 1950. "
              "She's a patient of yours and she needs a refill of her lisinopril, her blood "
              "pressure pills. Her pharmacy is the Walgreens on Elm Street."),
            S("My name is Sofia Moreno, I'm her daughter and her caregiver. Please call me back "
              "on this number, the one I'm calling from."),
            S("Yes, that's right, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sofia Moreno", "+14155550242", about=r"refill|lisinopril",
                          urgent=False),),
        ends_call=True, caller="+14155550242", tags=("message",)),
    Scenario(
        "dev15_clinic_wife_cancels_her_husbands_physical", "t_clinic", (
            S("Hi, I need to cancel my husband's appointment this Thursday at two twenty. His "
              "name is Robert Klein, date of birth June 3rd, 1961. He's away for work."),
            S("Yes, please cancel it. He'll call to book another one when he's back."),
            S("No, that's everything. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 14:20",), ends_call=True,
        seed=(Seed("2026-03-12 14:20", "Robert Klein", "+14155550245"),),
        caller="+14155550245", tags=("cancel",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev15_law_couple_not_sure_if_they_need_a_will_or_a_trust", "t_law", (
            S("Hi. My wife and I are in our sixties and we think we need a will, or maybe a "
              "trust, I honestly don't know the difference. What would you recommend? There's no "
              "court date or anything, nobody else involved, we're just planning ahead, and we "
              "don't have a lawyer.",
              avoid=r"you (?:should|need to) (?:get|go with|set up) (?:a|the) (?:will|trust)"
                    r"|a (?:will|trust) is (?:better|right) for you"),
            S("Okay, let's book the consultation, then. Wednesday the 18th at eleven in the "
              "morning, in person. Put it under my name, Harold Jensen."),
            S("This number is fine, the one I'm calling from."),
            S("Yes, that's right, please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Harold Jensen", "+12125550251",
                        about=r"estate|will|trust"),),
        said=(at(18, "11:00"),), ends_call=True, caller="+12125550251", tags=("booking",)),
    Scenario(
        "dev15_law_office_manager_books_a_consultation_for_her_boss", "t_law", (
            S("Hi, I'm the office manager at Brightline Bakery, and I'm setting up a consultation "
              "for my boss. A supplier, Coastal Flour Company, says she broke their contract and "
              "they're threatening to sue. There's no court date yet and she doesn't have a "
              "lawyer."),
            S("She can do Thursday the 19th at two in the afternoon, by video. Please put it "
              "under her name, Nadia Farouk."),
            S("Use this number, it's the office line, I keep her calendar."),
            S("Yes, that's all correct, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Nadia Farouk", "+12125550254",
                        about=r"contract|supplier|sue|business|Coastal"),),
        said=(at(19, "14:00"),), ends_call=True, caller="+12125550254", tags=("booking",)),
    Scenario(
        "dev15_law_sister_at_night_brother_arrested_sees_a_judge_in_the_morning", "t_law", (
            S("Hi, I know it's late. My brother was arrested tonight and he's at the county jail. "
              "He has to see a judge tomorrow morning and he doesn't have a lawyer.", URGENT),
            S("My name is Denise Carter, I'm his sister. Please have an attorney call me on this "
              "number, the one I'm calling from."),
            S("Yes, that's right. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Carter", "+12125550257",
                          about=r"arrest|jail|custody|brother|judge", urgent=True),),
        ends_call=True, clock="2026-03-10 20:15", caller="+12125550257", tags=("emergency",)),
    Scenario(
        "dev15_law_daughter_leaves_a_message_about_her_fathers_deposit_at_lunch", "t_law", (
            S("Hi, my father is eighty and he moved into assisted living last month. His old "
              "landlord, Parkview Properties, won't give back his security deposit. I don't know "
              "if he needs a lawyer for that. Could an attorney call me back?",
              avoid=r"you (?:have|don't have) a (?:good |strong )?case|you(?:'ll| will) win"),
            S("My name is Julia Bennett, I'm his daughter and I handle his affairs. Please call "
              "me back on this number."),
            S("Yes, that's right, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Julia Bennett", "+12125550260", about=r"deposit|landlord|Parkview",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 12:40", caller="+12125550260", tags=("message",)),
    Scenario(
        "dev15_law_assistant_leaves_a_message_for_his_boss_on_the_bosss_cell", "t_law", (
            S("Hi, I'm calling on behalf of my boss, Martin Okafor. He'd like an attorney to call "
              "him back about reviewing the lease for his new restaurant space. The landlord is "
              "Harbor Point Realty."),
            S("Please take the message under his name, Martin Okafor, and have them call his "
              "cell, six one seven, five five five, zero one three nine."),
            S("Yes, that's right."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Martin Okafor", "+16175550139", about=r"lease|restaurant",
                          urgent=False),),
        ends_call=True, caller="+12125550263", tags=("message",)),
    Scenario(
        "dev15_law_executor_asks_about_phone_consultations_then_for_a_person", "t_law", (
            S("Hi. My mom passed away last month and I think I'm the executor of her estate, but "
              "I'm not sure what I'm supposed to do first.",
              avoid=r"you (?:should|need to|have to) (?:file|open|go to)"),
            S("I live out of state. Can a consultation be done by phone or video?",
              r"phone|video"),
            S("Okay. Could I just speak with someone in the office, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:30",
        overrides=TRANSFER_LINE, caller="+12125550266", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows) ----------------------------
    Scenario(
        "dev15_plumb_landlord_books_a_visit_for_his_tenants_slow_drain", "t_plumb", (
            S("Hi, I'm a landlord. My tenant at 22 Cedar Lane, 10002, says the bathroom sink "
              "drains really slowly and the faucet drips. Nothing is flooding, it's just a slow "
              "drip. I own the place."),
            S("This Thursday at nine in the morning, please. Put the booking under my name, Paul "
              "Lindqvist, and my tenant will be home to let the technician in."),
            S("This number is fine, the one I'm calling from."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Paul Lindqvist", "+12015550271",
                        about=r"drain|sink|faucet|drip"),),
        said=(at(12, "09:00"),), ends_call=True, caller="+12015550271", tags=("booking",)),
    Scenario(
        "dev15_plumb_brown_water_and_a_rumbling_heater_in_the_evening", "t_plumb", (
            S("Hi, our hot water has been coming out rusty brown, and the water heater makes a "
              "rumbling, popping noise. I don't know if it's the heater or the pipes, what would "
              "you recommend? Nothing is leaking. I own the house, it's 5 Willow Court, 10003. "
              "And what does it cost for you to come out?", r"89|eighty[- ]nine",
              avoid=DIAGNOSES),
            S("Okay, Saturday the 14th at eleven in the morning works. The booking is under my "
              "name, Brenda Walsh."),
            S("This number's fine, the one I'm calling from."),
            S("Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Brenda Walsh", "+12015550274",
                        about=r"water heater|heater|rust|brown|noise|hot water"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-10 19:30",
        caller="+12015550274", tags=("booking",)),
    Scenario(
        "dev15_plumb_son_books_a_visit_for_his_mothers_running_toilet", "t_plumb", (
            S("Hi, I'm calling for my mother. She's 88 and lives alone at 310 Maple Avenue, "
              "10001, and she owns the house. Her toilet keeps running all night. It isn't "
              "leaking anywhere."),
            S("Next Monday at one in the afternoon, I'll be there with her. Please put the "
              "booking under her name, Edith Larsen."),
            S("Use this number, the one I'm calling from. It's my cell, she doesn't hear the "
              "phone well."),
            S("Yes, that's correct, please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Edith Larsen", "+12015550277",
                        about=r"toilet|running"),),
        said=(at(16, "13:00"),), ends_call=True, caller="+12015550277", tags=("booking",)),
    Scenario(
        "dev15_plumb_landlord_on_a_sunday_burst_pipe_through_a_tenants_ceiling", "t_plumb", (
            S("I'm a landlord. My tenant just called me, water is pouring through her kitchen "
              "ceiling from a burst pipe upstairs, at 48 Harbor Street, 10002.",
              r"shut|valve|main|turn (?:the water )?off"),
            S("She's found the main shut-off and turned it off. Please get someone out as soon "
              "as you can. My name is Victor Ramos, call me on this number."),
            S("Yes, that's right. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Ramos", "+12015550279",
                          about=r"pipe|ceiling|leak|water|burst", urgent=True),),
        ends_call=True, clock="2026-03-15 08:30", caller="+12015550279", tags=("emergency",)),
    Scenario(
        "dev15_plumb_building_manager_wants_a_call_about_an_old_water_heater", "t_plumb", (
            S("Hi, I manage a small apartment building at 77 Grove Street, 10003. The water "
              "heater is twelve years old and I'm wondering whether to replace it before it "
              "fails. Nothing is leaking. I don't want to book a visit yet, I'd just like the "
              "dispatcher to call me back to talk it over."),
            S("My name is Irene Novak, please call me at this number, the one I'm calling from."),
            S("Yes, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Irene Novak", "+12015550282", about=r"water heater|heater|replac",
                          urgent=False),),
        ends_call=True, caller="+12015550282", tags=("message",)),
    Scenario(
        "dev15_plumb_spanish_speaking_daughter_calls_about_her_mothers_water_heater", "t_plumb", (
            S("Hola, buenos días. Llamo por mi mamá, su calentador de agua no da agua caliente "
              "desde ayer. Vive en el 15 de Spruce Street. ¿Hay alguien que hable español?",
              r"español|ingl[eé]s|English"),
            S("Me llamo Rosa Delgado. Pueden llamarme a este número, por favor."),
            S("Sí, gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+12015550285", about=r"spanish|español",
                          urgent=False),),
        clock="2026-03-10 12:20", caller="+12015550285", tags=("spanish",)),
    # --- salon (Tuesday to Saturday; closed Sundays and Mondays; hour-long slots) ----------
    Scenario(
        "dev15_salon_mom_books_her_fourteen_year_olds_haircut", "t_salon", (
            S("Hi, I'd like to book a haircut for my daughter. She's fourteen, it's just a trim "
              "and a style, and she's been to you before. Anyone is fine."),
            S("Saturday the 14th at ten in the morning, please. The appointment is for my "
              "daughter, Mia Sullivan."),
            S("This number is fine, it's mine, the one I'm calling from."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Mia Sullivan", "+13105550291",
                        about=r"haircut|cut|trim"),),
        said=(at(14, "10:00"),), ends_call=True, caller="+13105550291", tags=("booking",)),
    Scenario(
        "dev15_salon_box_dyed_hair_asks_what_to_book_before_opening", "t_salon", (
            S("Hi, I know you're not open yet. My hair is really dry and damaged from box dye at "
              "home, and I want to get back to my natural brown. I have no idea what to ask for. "
              "What would you recommend? I've never been to your salon.",
              r"consult",
              avoid=r"guarantee|(?:we|they) (?:can|will) definitely|in (?:just )?one visit"),
            S("Okay, let's do the consultation. This Thursday at six in the evening, with anyone. "
              "My name is Renee Dubois."),
            S("Yes, the number I'm calling from is good."),
            S("Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 18:00", "Renee Dubois", "+13105550294",
                        about=r"consult|colou?r|correct|dye"),),
        said=(at(12, "18:00"),), ends_call=True, clock="2026-03-10 08:10",
        caller="+13105550294", tags=("booking",)),
    Scenario(
        "dev15_salon_grandmother_books_a_blowout_for_her_granddaughters_dance", "t_salon", (
            S("Hello, I want to treat my granddaughter to a blowout before her school dance. "
              "She's never been to your salon. How much is a blowout?", r"45|forty[- ]five"),
            S("Lovely. Friday the 20th at three in the afternoon, with whoever is free. The "
              "appointment is for my granddaughter, Ava Lindgren."),
            S("Put my number on it, please, the one I'm calling from."),
            S("Yes, that's right, book it please."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 15:00", "Ava Lindgren", "+13105550297",
                        about=r"blow"),),
        said=(at(20, "15:00"),), ends_call=True, caller="+13105550297", tags=("booking",)),
    Scenario(
        "dev15_salon_mom_cancels_her_daughters_haircut_at_lunch", "t_salon", (
            S("Hi, I need to cancel my daughter's haircut this Thursday at four in the "
              "afternoon. It's under her name, Chloe Park. She has a school trip."),
            S("Yes, please cancel it."),
            S("No, that's all. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 16:00",), ends_call=True,
        seed=(Seed("2026-03-12 16:00", "Chloe Park", "+13105550299"),),
        clock="2026-03-10 12:45", caller="+13105550299", tags=("cancel",)),
    Scenario(
        "dev15_salon_husband_asks_about_a_gift_card_on_a_sunday", "t_salon", (
            S("Hi, I'd like to get my wife a gift card for her birthday. Do you sell them?",
              r"gift card"),
            S("She's been talking about a balayage. How much is that?",
              r"195|one hundred (?:and )?ninety[- ]five"),
            S("Great, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 14:00",
        caller="+13105550302", tags=("info",)),
    Scenario(
        "dev15_salon_mom_asks_about_first_highlights_then_for_the_front_desk", "t_salon", (
            S("Hi, my daughter is fifteen and wants highlights for the first time. How much are "
              "partial highlights?", r"135|one hundred (?:and )?thirty[- ]five"),
            S("Would she need a consultation first, since it's her first color?", r"consult"),
            S("Okay. Could I talk to someone at the front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:30",
        overrides=TRANSFER_LINE, caller="+13105550305", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturdays to noon; half-hour slots) ------------------
    Scenario(
        "dev15_vet_dog_keeps_scratching_his_ear_owner_lets_the_vet_decide", "t_vet", (
            S("Hi, my dog keeps scratching his ear and shaking his head, it's been about a week. "
              "It's not an emergency, he's eating and acting normal. He's a beagle named Cooper, "
              "and we're existing clients. What kind of appointment does he need?",
              avoid=DIAGNOSES + r"|ear infection|mites"),
            S("Okay, this Thursday at four thirty in the afternoon, please, under my name, Laura "
              "Kim."),
            S("The number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Laura Kim", "+15035550311",
                        about=r"ear|scratch|sick|shak"),),
        said=(at(12, "16:30"),), ends_call=True, caller="+15035550311", tags=("booking",)),
    Scenario(
        "dev15_vet_neighbour_books_an_old_ladys_cat_for_his_rabies_shot", "t_vet", (
            S("Hello, I'm calling for my neighbour. She's ninety and doesn't use the phone much. "
              "Her cat, Whiskers, is due for his rabies shot, he's healthy, and she's a client of "
              "yours. I'll be driving them. How much is the rabies vaccine?", r"30|thirty"),
            S("Friday the 13th at ten in the morning, please. Book it under her name, Dorothy "
              "Hale, with my number."),
            S("Yes, the number I'm calling from is mine, that's the one to use."),
            S("Yes, that's right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Dorothy Hale", "+15035550314",
                        about=r"rabies|vaccin|shot"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-07 10:30",
        caller="+15035550314", tags=("booking",)),
    Scenario(
        "dev15_vet_mother_books_her_college_daughters_dog_for_his_checkup", "t_vet", (
            S("Hi, my daughter is away at college and left her dog with me. His name is Biscuit, "
              "a golden retriever, he's five and healthy, and he's due for his yearly checkup and "
              "shots. She's a client of yours, the account is in her name."),
            S("Next Monday at eight thirty in the morning, please. Put it under her name, Emily "
              "Carter, I'll bring him."),
            S("Use my number, the one I'm calling from."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Emily Carter", "+15035550317",
                        about=r"wellness|check|vaccin|shot|annual|yearly|exam"),),
        said=(at(16, "08:30"),), ends_call=True, caller="+15035550317", tags=("booking",)),
    Scenario(
        "dev15_vet_pet_sitter_in_the_evening_dog_ate_sugar_free_gum", "t_vet", (
            S("I'm pet-sitting my neighbour's dog and he just ate a whole pack of sugar-free gum "
              "from my purse. It has xylitol in it.",
              r"emergency (?:animal )?hospital|emergency (?:vet|clinic)|poison control"),
            S("Okay, I'm taking him now. My name is Jenna Morales. Please let his vet know, my "
              "number is the one I'm calling from."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jenna Morales", "+15035550319", about=r"xylitol|gum|ate",
                          urgent=True),),
        never_said=(r"hydrogen peroxide",), ends_call=True, clock="2026-03-10 19:10",
        caller="+15035550319", tags=("emergency",)),
    Scenario(
        "dev15_vet_sister_asks_for_her_sisters_dogs_arthritis_refill_on_a_saturday", "t_vet", (
            S("Hi, I'm looking after my sister's dog, Max, while she's abroad, and he's nearly "
              "out of his arthritis medicine. She's a client of yours and the prescription is "
              "under her name, Paula Grant. Could the vet refill it?",
              avoid=r"(?:give|double|halve|skip) (?:him|the dose)"),
            S("My name is Rachel Grant, I'm her sister. Please call me back on this number."),
            S("Yes, that's right."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Grant", "+15035550322",
                          about=r"refill|medic|prescri|arthritis", urgent=False),),
        ends_call=True, clock="2026-03-14 10:00", caller="+15035550322", tags=("message",)),
    Scenario(
        "dev15_vet_son_moves_his_mothers_cat_appointment_near_closing", "t_vet", (
            S("Hi, I booked my mother's cat in for this Friday at ten in the morning. It's under "
              "her name, Helen Foster. She can't make it now."),
            S("Could we move it to next Tuesday, the 17th, at eleven thirty in the morning? Still "
              "under Helen Foster."),
            S("Yes, please move it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 11:30", "Helen Foster", "+15035550325"),),
        cancelled=("2026-03-13 10:00",), said=(at(17, "11:30"),), ends_call=True,
        seed=(Seed("2026-03-13 10:00", "Helen Foster", "+15035550325"),),
        clock="2026-03-10 17:45", caller="+15035550325", tags=("move",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev15_auto_husband_books_his_wifes_car_that_grinds_when_she_brakes", "t_auto", (
            S("Hi, my wife's car makes a grinding noise when she brakes. It's a 2016 Subaru "
              "Outback with about ninety thousand miles, and she can still drive it in. I don't "
              "know if it's the pads or the rotors. What would you recommend?",
              avoid=DIAGNOSES + r"|(?:it's|it is) (?:the|your) (?:pads|rotors)"),
            S("This Thursday at eight thirty in the morning, she'll drop it off. Please put it "
              "under her name, Megan Holt."),
            S("Use this number, it's mine, I'm her husband."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Megan Holt", "+17205550331",
                        about=r"brake|grind"),),
        said=(at(12, "08:30"),), ends_call=True, caller="+17205550331", tags=("booking",)),
    Scenario(
        "dev15_auto_office_manager_books_the_bosss_work_van_before_opening", "t_auto", (
            S("Good morning. I'm the office manager at Greenleaf Landscaping. Our work van's "
              "check engine light came on, it's steady, not flashing. It's a 2019 Ford Transit "
              "with about sixty thousand miles. How much is the diagnostic?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("Okay. Next Monday at seven thirty in the morning, the driver will drop it off. "
              "Book it under my boss's name, Frank Delgado, he owns the company."),
            S("This number is the office line, that's fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:30", "Frank Delgado", "+17205550334",
                        about=r"check engine|diagnos|light"),),
        said=(at(16, "07:30"),), ends_call=True, clock="2026-03-10 07:05",
        caller="+17205550334", tags=("booking",)),
    Scenario(
        "dev15_auto_father_on_a_saturday_evening_daughters_brakes_go_to_the_floor", "t_auto", (
            S("My daughter just called me. She's driving my old Honda and the brake pedal is "
              "going almost to the floor. She's pulled into a gas station on Route 9.",
              r"tow|not (?:to )?drive|don't drive|shouldn't drive|safest"),
            S("Okay, I'll tell her not to drive it and get a tow. My name is Carl Weber. Please "
              "have the shop call me on this number first thing."),
            S("Yes, that's right. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carl Weber", "+17205550337", about=r"brake|pedal|floor",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 17:20", caller="+17205550337", tags=("emergency",)),
    Scenario(
        "dev15_auto_wife_asks_for_the_estimate_on_her_husbands_truck_at_lunch", "t_auto", (
            S("Hi, my husband dropped off his truck yesterday for the check engine light, it's a "
              "2017 Chevy Silverado. Could the service advisor call me with the estimate? He "
              "said I can go over it with them."),
            S("My name is Dana Whitfield, I'm his wife. Please call me back on this number, the "
              "one I'm calling from."),
            S("Yes, that's right, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dana Whitfield", "+17205550340",
                          about=r"estimate|silverado|truck|check engine", urgent=False),),
        ends_call=True, clock="2026-03-10 12:10", caller="+17205550340", tags=("message",)),
    Scenario(
        "dev15_auto_dad_asks_about_an_inspection_for_his_sons_first_car", "t_auto", (
            S("Hi, my son is buying his first used car from a private seller. Do you check a car "
              "over before someone buys it, and how much is that?",
              r"149|one hundred (?:and )?forty[- ]nine"),
            S("Are you open on Saturdays? He might only be able to bring it then.",
              r"(?:8|eight).{0,40}(?:3|three)"),
            S("Great, thanks, that's all. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+17205550343", tags=("info",)),
    Scenario(
        "dev15_auto_tagalog_speaking_mother_calls_about_her_sons_car", "t_auto", (
            S("Magandang umaga po. Tumatawag po ako para sa anak kong lalaki. May gumigiling na "
              "ingay ang kotse niya kapag nagpepreno siya. May nagsasalita po ba ng Tagalog "
              "diyan?", NOT_ENGLISH),
            S("Ako po si Maria Santos. Puwede po ninyo akong tawagan sa numerong ito."),
            S("Opo, salamat po."),
        ),
        outcome="message_taken",
        messages=(Message("Maria Santos", "+17205550346",
                          about=r"tagalog|filipino|english|language|translat|interpret",
                          urgent=False),),
        caller="+17205550346", tags=("language",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half-hour slots) -
    Scenario(
        "dev15_homes_daughter_books_a_showing_for_her_parents_downsizing", "t_homes", (
            S("Hi, my parents are looking to buy a smaller place, and they'd like to see the condo "
              "listed at 14 Lakeview Drive, unit 3B. They're paying cash, they don't have an "
              "agent, and they'd like to move this spring."),
            S("Saturday the 14th at eleven in the morning works for them. Please put it under my "
              "father's name, Arthur Bloom."),
            S("Use this number, the one I'm calling from. I'll be coming with them."),
            S("Yes, that's right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Arthur Bloom", "+16465550351",
                        about=r"show|Lakeview|condo|buy"),),
        said=(at(14, "11:00"),), ends_call=True, caller="+16465550351", tags=("booking",)),
    Scenario(
        "dev15_homes_son_not_sure_whether_his_mother_should_sell_or_rent", "t_homes", (
            S("Hi, my mother is moving into assisted living and we need to figure out what to do "
              "with her house at 9 Orchard Lane. I don't know if she should sell it or rent it "
              "out. Could an agent call me back?",
              avoid=r"(?:she|you) should (?:sell|rent)|(?:worth|sell for) (?:about|around)"),
            S("My name is Peter Hale, I'm handling it for her. Please call me on this number."),
            S("Yes, that's right."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Peter Hale", "+16465550354",
                          about=r"sell|rent|Orchard|house|assisted", urgent=False),),
        ends_call=True, caller="+16465550354", tags=("message",)),
    Scenario(
        "dev15_homes_out_of_state_owner_wants_a_call_about_management_on_sunday_evening",
        "t_homes", (
            S("Hi, I own a condo here that I rent out, and my tenant is moving out at the end of "
              "April. I live out of state and I'm tired of managing it myself. Could someone call "
              "me about property management?"),
            S("My name is Derek Lam. Please call me back at this number, the one I'm calling "
              "from."),
            S("Yes, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Lam", "+16465550357",
                          about=r"manag|tenant|condo|rent", urgent=False),),
        ends_call=True, clock="2026-03-15 18:00", caller="+16465550357", tags=("message",)),
    Scenario(
        "dev15_homes_daughter_asks_how_her_parents_find_out_what_their_home_is_worth", "t_homes", (
            S("Hi, my parents are thinking of selling their house. How do they find out what "
              "it's worth?", r"valuation|market analysis|recent sales|agent",
              avoid=r"\$\s?\d|worth (?:about|around)"),
            S("And when they go to look at other places, what should they bring to a showing?",
              r"photo ID|\bID\b|pre-?approv"),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+16465550360", tags=("info",)),
    Scenario(
        "dev15_homes_assistant_asks_about_rentals_for_her_boss_then_for_an_agent", "t_homes", (
            S("Hi, I'm an executive assistant. My boss is relocating here from Chicago next month "
              "and needs to rent a furnished apartment. Do you handle rentals?", r"rent"),
            S("Do you do showings on weekends? She'll be flying in on a Saturday.",
              r"Saturday|weekend"),
            S("Could you put me through to one of your agents, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE, caller="+16465550363",
        tags=("person",)),
    Scenario(
        "dev15_homes_father_starts_asking_about_a_rental_for_his_son_and_goes_quiet", "t_homes", (
            S("Hi, I'm calling for my son. He wants to see the two-bedroom for rent on Pine "
              "Street, and he was wondering if"),
            silent(STILL_THERE),
            silent(r"bye|call (?:us )?back"),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-14 13:15", caller="+16465550366",
        tags=("hangup",)),
]
