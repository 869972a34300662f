"""A twelfth development set: 48 scripted callers, six in each of the fleet's eight trades, whose
calls are slightly complicated the way real calls are, in the same held-out-like mix of kinds as
the tenth set.

Written by a helper session (branch dev-callers-12) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to tenth development sets' lists; only the
tenth set's module docstring, its helper definitions, its first three callers and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py
(every rule of it but the kinds' numbers: this set keeps its own mix, KINDS_12 below).

What makes it different: nobody rings with one tidy errand. Callers do two things in one call
(book and ask a price, cancel one appointment and book something else, leave a message and ask
the hours, ask two or three questions in a row); ask for a day or a time the business is closed
or has no room (a Saturday at the dentist, a Monday at the salon, seven in the evening at the
agency, a week the vet is full) and take the alternative they name in the same breath; ask for a
service the business does not offer (Invisalign, grooming, manicures) and then pick one it does;
book for someone else (a daughter, a mother, a father, a son, a dog, an employee's truck, a
tenant's water heater); give the date as a date ("the 17th", "March 18th", "Sunday the 15th") or
relative ("this Friday", "next Monday", "tomorrow afternoon" said on a Saturday or a Sunday);
spell their surname; give a number in pieces or correct one digit of it; ask whether they are
talking to a robot or why the number is needed and then carry on; or are interrupted by
something at home (a dog at the mailman, a pot boiling over, a baby waking up). Emergencies are
each trade's real ones in the caller's own words (a knocked-out tooth on a Saturday, a male cat
that cannot pee, brakes that went to the floor, a burst pipe on a Sunday, a son arrested the
night before his hearing, a father's chest pain). The two callers who speak no English speak
Spanish and Polish. Calls ring at realistic hours via `clock=`: before opening, at lunch, in the
evening, on a Saturday or a Sunday. The mix is the tenth set's (20 bookings, 8 messages, 6
emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 other-language caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)` pattern is
loose and case-insensitive so any good wording passes, and every price, hour and policy it looks
for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev12

which prints `RESULT dev12_pass_rate=`, measured and never gated.
Its first run, on main at 1c2a818, before anyone had read a transcript of it: 30/48 = 0.625.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, a caller who asks for a closed or full time names the alternative they will take, and a
booking is read back (`said=`) with its day and time. Only a call with `overrides` carrying a
transfer number, inside opening hours, has a line to transfer to (the caller asks for a person
only in the last line); elsewhere a caller who needs a person leaves a message. An emergency
ends with an urgent message; a routine message is not urgent. A call whose last line says
goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (dev_set_shape.py's KINDS is the earlier sets' mix);
# "language" is the caller who speaks neither English nor Spanish
KINDS_12 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
ROBOT = r"virtual|automated|\bAI\b|assistant|not a (?:real )?person|machine|computer|robot"
CLOSED = r"closed|not open|aren't open|don't open|we open|we're open"
NOT_OFFERED = r"yes,? we (?:do|offer|can)"  # claiming a service the business doesn't list


DEV_CALLERS_12: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev12_dental_mom_books_her_daughters_cleaning_and_asks_the_price", "t_dental", (
            S("Hi, I'd like to book a cleaning for my daughter. She's eight, and she's been to "
              "you before. How much is a child's cleaning, by the way?",
              r"120|one hundred (?:and )?twenty"),
            S("Okay, good. Could you do this Friday at one in the afternoon? It's for Lily Chen, "
              "that's C, H, E, N."),
            S("Yes, the number I'm calling from is fine, it's my cell."),
            S("Yes, that's right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Lily Chen", "+16175550148",
                        about=r"clean|child"),),
        said=(at(13, "13:00"),), ends_call=True, caller="+16175550148", tags=("booking",)),
    Scenario(
        "dev12_dental_wants_a_saturday_before_opening_takes_monday_at_eight", "t_dental", (
            S("Good morning. I know you're probably not open yet. I'm a patient of yours, I need "
              "my cleaning, and I work all week. Do you have anything on Saturday?"),
            S("If Saturday's no good, then Monday the 16th at eight in the morning, before work. "
              "My name is Marcus Bell."),
            S("Yes, the number I'm calling from is good."),
            S("Yes, book it, please."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Marcus Bell", "+16175550112", about=r"clean"),),
        said=(CLOSED, at(16, "08:00")), ends_call=True, clock="2026-03-10 07:40",
        caller="+16175550112", tags=("booking",)),
    Scenario(
        "dev12_dental_asks_for_invisalign_then_books_whitening", "t_dental", (
            S("Hi, do you guys do Invisalign, the clear braces?",
              avoid=NOT_OFFERED + r".{0,20}(?:invisalign|braces)"),
            S("Oh, okay. What about teeth whitening, how much is that?",
              r"450|four hundred (?:and )?fifty"),
            S("Alright, let's do the whitening then. I've been coming to you for a couple of "
              "years. Thursday the 19th at two in the afternoon, if you have it. My name is Priya "
              "Raman, R, A, M, A, N."),
            S("Yes, this number is fine."),
            S("Yes, please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Priya Raman", "+17185550161", about=r"whiten"),),
        said=(at(19, "14:00"),), caller="+17185550161", tags=("booking",)),
    Scenario(
        "dev12_dental_saturday_knocked_out_tooth_from_a_skateboard", "t_dental", (
            S("Hi, I know it's Saturday, but my son just fell off his skateboard and one of his "
              "front teeth got knocked completely out. His mouth is bleeding. What do we do?"),
            S("He's twelve, he's a patient of yours. I'm his dad, my name is Daniel Fischer."),
            S("Please have the dentist call me back on this number as soon as anyone can."),
            S("Yes, please pass it on right away."),
        ),
        outcome="message_taken",
        messages=(Message("Daniel Fischer", "+19785550135", about=r"tooth|teeth",
                          urgent=True),),
        said=(r"urgent",), clock="2026-03-14 10:15", caller="+19785550135",
        tags=("emergency",)),
    Scenario(
        "dev12_dental_cancels_her_own_appointment_but_not_her_husbands", "t_dental", (
            S("Hi, this is Karen Novak. My husband and I both have cleanings on Thursday, his at "
              "ten and mine at eleven. I need to cancel mine, just mine. His stays."),
            S("Karen Novak, N, O, V, A, K, the eleven o'clock on Thursday."),
            S("Yes, cancel it, please."),
            S("And there's no charge for cancelling two days ahead, right?",
              r"24|twenty[- ]four"),
            S("Okay. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 11:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Tom Novak", "+15085550176"),
              Seed("2026-03-12 11:00", "Karen Novak", "+15085550176")),
        clock="2026-03-10 12:30", caller="+15085550176", tags=("cancel",)),
    Scenario(
        "dev12_dental_evening_questions_about_insurance_new_patient_price_and_hsa", "t_dental", (
            S("Hi, I'm thinking of switching dentists. Do you take Delta Dental? It's a PPO.",
              r"PPO|verify|most major"),
            S("And as a new patient, what does the first visit cost, the exam, X-rays and "
              "cleaning?", r"275|two hundred (?:and )?seventy[- ]five"),
            S("Can I pay for that with my HSA card?", r"HSA|yes"),
            S("Great, I'll call back to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 19:15",
        caller="+16175550193", tags=("info",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ----------------
    Scenario(
        "dev12_vet_full_this_week_beagle_shots_next_wednesday_with_prices", "t_vet", (
            S("Hi, my dog Biscuit is due for his rabies shot and his distemper booster. He's "
              "perfectly healthy, nothing urgent. How much are the two shots?",
              r"(?=.*(?:\b30\b|thirty))(?=.*(?:\b35\b|thirty[- ]five))"),
            S("We've been coming to you for years, he's a five-year-old beagle. Is there "
              "anything this Thursday afternoon? If not, next Wednesday, the 18th, at four "
              "thirty. I'm Tanya Brooks."),
            S("Yes, this number is fine."),
            S("Yes, that's all correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:30", "Tanya Brooks", "+14045550118",
                        about=r"rabies|distemper|vaccin|shot|booster"),),
        said=(at(18, "16:30"),), fill_days=3, caller="+14045550118", tags=("booking",)),
    Scenario(
        "dev12_vet_saturday_afternoon_asks_for_tomorrow_takes_monday", "t_vet", (
            S("Hi, I'm calling about my cat, Luna. She keeps scratching at her ears and shaking "
              "her head, it's been about three days. She's eating fine, it's not an emergency. "
              "We're new, we just moved here. Could I bring her in tomorrow?"),
            S("If tomorrow doesn't work, Monday morning at eight thirty would be fine. My name "
              "is Grace Whitaker."),
            S("Yes, you can reach me at this number."),
            S("Yes, perfect, thank you."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Grace Whitaker", "+14045550126",
                        about=r"ear|scratch|shak|sick"),),
        said=(CLOSED, at(16, "08:30")), clock="2026-03-14 13:05", caller="+14045550126",
        tags=("booking",)),
    Scenario(
        "dev12_vet_asks_for_grooming_then_books_a_checkup_and_microchip", "t_vet", (
            S("Hi, do you do grooming? My dog's nails are way too long and he needs a bath.",
              avoid=NOT_OFFERED + r".{0,20}groom"),
            S("Okay, no worries. Then I'd like a wellness exam for him, and I want to get him "
              "microchipped too. What does the microchip cost?", r"\b50\b|fifty"),
            S("He's a two-year-old husky named Koda, we've been there before. The 17th at ten in "
              "the morning, please. The name's Jordan Alvarez."),
            S("Please use my cell, not this line. It's nine one seven... five five five... zero "
              "one eight two."),
            S("Yes, that's right, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Jordan Alvarez", "+19175550182",
                        about=r"wellness|exam|microchip"),),
        said=(at(17, "10:00"),), caller="+12125550143", tags=("booking",)),
    Scenario(
        "dev12_vet_evening_male_cat_straining_in_the_litter_box", "t_vet", (
            S("Hi, I know you're closed, but my cat Oscar keeps going in and out of the litter "
              "box and straining, and nothing's coming out. He's crying. He's a boy, four years "
              "old.", r"emergency"),
            S("Okay, we're leaving for the emergency hospital now. But please have the vet call "
              "me in the morning. My name is Megan Doyle."),
            S("The number I'm calling from is best."),
            S("Yes. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Megan Doyle", "+16465550139", about=r"urin|pee|litter|strain",
                          urgent=True),),
        never_said=(r"can wait|make (?:him|her|it) (?:vomit|throw up)",),
        ends_call=True, clock="2026-03-10 19:10", caller="+16465550139", tags=("emergency",)),
    Scenario(
        "dev12_vet_lunchtime_message_about_stitches_and_saturday_hours", "t_vet", (
            S("Hi, this is Ruth Ellison. My dog Pepper was spayed with you last Thursday, and I "
              "have a question for the vet about her stitches. It's not urgent, she's doing "
              "fine. Can someone call me back?"),
            S("The best number is two oh one, five five five, zero one seven four."),
            S("Yes, that's right."),
            S("Oh, and what time are you open until on Saturday?", r"noon|\b12\b|twelve"),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ruth Ellison", "+12015550174", about=r"stitch|spay|incision",
                          urgent=False),),
        ends_call=True, clock="2026-03-13 12:20", caller="+19735550108", tags=("message",)),
    Scenario(
        "dev12_vet_spanish_speaker_about_a_coughing_cat", "t_vet", (
            S("Hola, buenos días. ¿Habla español? Quiero hacer una cita para mi gato, tiene tos "
              "desde hace una semana."),
            S("Me llamo Rosa Delgado."),
            S("Sí, este número está bien."),
            S("Sí, correcto."),
            S("Gracias, adiós.", r"bye|adi[oó]s"),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+13055550127",
                          about=r"spanish|espa|gato|cat|cita|tos|cough|appointment"),),
        ends_call=True, caller="+13055550127", tags=("spanish",)),
    # --- salon (closed Sunday and Monday; Thursdays to 8; hour-long slots) -----------------
    Scenario(
        "dev12_salon_sunday_asks_for_tomorrow_takes_tuesday_and_checks_the_price", "t_salon", (
            S("Hey, can I get a men's haircut tomorrow afternoon? Anyone is fine."),
            S("If tomorrow doesn't work, then Tuesday at two in the afternoon. It's Eli Navarro, "
              "N, A, V, A, R, R, O."),
            S("Yeah, this number's fine."),
            S("And that's still thirty-five bucks, right?", r"35|thirty[- ]five"),
            S("Cool. Yes, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 14:00", "Eli Navarro", "+13125550151",
                        about=r"men|haircut|cut"),),
        said=(CLOSED, at(17, "14:00")), clock="2026-03-15 16:00", caller="+13125550151",
        tags=("booking",)),
    Scenario(
        "dev12_salon_daughter_books_a_birthday_blowout_for_her_mom", "t_salon", (
            S("Hi! It's my mom's seventieth birthday next weekend and I want to treat her. Do "
              "you sell gift cards?", r"gift card|front desk|yes"),
            S("Great. I'd also like to book her a blowout on Saturday the 21st at ten in the "
              "morning, with anyone. The appointment is for her, Helen Park."),
            S("I'm her daughter. Put the number I'm calling from on it, please."),
            S("Yes, that's all right."),
            S("Thank you so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Helen Park", "+13125550164", about=r"blow"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-11 18:20",
        caller="+13125550164", tags=("booking",)),
    Scenario(
        "dev12_salon_asks_for_a_manicure_then_books_highlights", "t_salon", (
            S("Hi, do you do manicures? I want my nails and my hair done the same day.",
              avoid=NOT_OFFERED + r".{0,20}(?:manicure|nail)"),
            S("Oh, that's a shame. Then just partial highlights. How much are those?",
              r"135|one hundred (?:and )?thirty[- ]five"),
            S("I've had color with you before, and anyone is fine. Thursday the 19th at five in "
              "the evening, if you're open that late. I'm Chloe Martin."),
            S("Yes, this number."),
            S("Yes, please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 17:00", "Chloe Martin", "+13125550187",
                        about=r"highlight"),),
        said=(at(19, "17:00"),), caller="+13125550187", tags=("booking",)),
    Scenario(
        "dev12_salon_moves_friday_to_saturday_noon_with_the_dog_barking", "t_salon", (
            S("Hi, it's Alicia Gomez. I have a haircut on Friday at eleven, and I need to move "
              "it."),
            S("Could you make it this Saturday at noon instead? Sorry, hold on one second. "
              "Bailey, quiet! Sorry, the dog's going crazy at the mailman. Saturday at twelve."),
            S("Yes, move it, please."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 12:00", "Alicia Gomez", "+17735550166"),),
        cancelled=("2026-03-13 11:00",), said=(at(14, "12:00"),), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Alicia Gomez", "+17735550166"),),
        caller="+17735550166", tags=("move",)),
    Scenario(
        "dev12_salon_saturday_questions_late_policy_thursday_hours_cancelling", "t_salon", (
            S("Hi, quick question. If I'm running a bit late for my appointment, what happens?",
              r"fifteen|15"),
            S("And how late are you open on Thursdays?",
              r"\b8(?::00)?\s*(?:p\.?\s?m|o'?clock)|eight"),
            S("Do you charge if I cancel the day before?", r"24|twenty[- ]four"),
            S("Okay, good to know. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 09:30",
        caller="+13125550170", tags=("info",)),
    Scenario(
        "dev12_salon_balayage_questions_then_asks_for_a_stylist", "t_salon", (
            S("Hi, how much is a balayage?", r"195|one hundred (?:and )?ninety[- ]five"),
            S("Hmm, and how long does it take?", r"three hours|3 hours|180|three-hour|3-hour"),
            S("Okay. I've got some questions about what would work for my hair. Can I talk to "
              "one of the stylists, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 11:15", caller="+13125550129", tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev12_auto_boss_books_an_employees_truck_and_asks_two_prices", "t_auto", (
            S("Morning. I run a landscaping company, and one of my guys' trucks needs an oil "
              "change and a tire rotation. It's a 2019 Ford F-150, about sixty thousand miles. "
              "What do those two run?",
              r"(?=.*(?:\b89\b|eighty[- ]nine))(?=.*(?:\b29\b|twenty[- ]nine))"),
            S("Alright. Can you take it March 18th, first thing, seven thirty? He'll drop it "
              "off. Put it under my name, Rick Halvorsen, H, A, L, V, O, R, S, E, N."),
            S("Yes, this number's my cell."),
            S("Yep, sounds good."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 07:30", "Rick Halvorsen", "+16125550131",
                        about=r"oil|rotation"),),
        said=(at(18, "07:30"),), clock="2026-03-10 07:50", caller="+16125550131",
        tags=("booking",)),
    Scenario(
        "dev12_auto_check_engine_light_asks_why_the_number_is_needed", "t_auto", (
            S("Hi, my check engine light came on yesterday. It's not flashing, it's just on, and "
              "the car drives normally. How much do you charge to look at it?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("It's a 2016 Subaru Outback, about a hundred and ten thousand miles. Could I drop "
              "it off this Friday at one thirty? My name's Tom Okafor."),
            S("Why do you need my phone number?",
              r"call|reach|estimate|contact|confirm|update|text"),
            S("Okay, fair enough. The number I'm calling from is fine."),
            S("Yes, go ahead."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:30", "Tom Okafor", "+16125550147",
                        about=r"check engine|engine light|diagnos"),),
        said=(at(13, "13:30"),), clock="2026-03-10 12:15", caller="+16125550147",
        tags=("booking",)),
    Scenario(
        "dev12_auto_brake_pedal_went_to_the_floor_after_closing", "t_auto", (
            S("Hi, I'm pulled over in a parking lot. My brake pedal just went almost all the way "
              "to the floor and there's a burning smell. I barely got the car stopped.",
              r"(?:not|don't|stop|avoid)\s+(?:to\s+)?driv|tow"),
            S("Okay, I'll get a tow truck to bring it to you. Can someone call me first thing "
              "Monday? I'm Sandra Kim."),
            S("This number is my cell, it's the best one."),
            S("Yes. Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Kim", "+15035550158", about=r"brake", urgent=True),),
        never_said=(r"safe to drive",), ends_call=True, clock="2026-03-14 15:40",
        caller="+15035550158", tags=("emergency",)),
    Scenario(
        "dev12_auto_evening_update_request_corrects_a_digit_asks_opening_time", "t_auto", (
            S("Hi, my car's been at your shop since Monday, a gray Honda Pilot, for a "
              "transmission noise. Nobody's called me with an update. Can a service advisor call "
              "me?"),
            S("My name is Victor Sandoval."),
            S("Reach me at two one four, five five five, zero one six three. Wait, sorry, the "
              "last digit is a five, not a three. Zero one six five."),
            S("Yes, that's it."),
            S("What time do you open in the morning?", r"7:30|seven[ -]thirty"),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Sandoval", "+12145550165",
                          about=r"update|pilot|transmission|status", urgent=False),),
        ends_call=True, clock="2026-03-10 18:30", caller="+14695550110", tags=("message",)),
    Scenario(
        "dev12_auto_saturday_questions_hyundai_brake_inspection_cards", "t_auto", (
            S("Hi, do you work on Hyundais? I've got a 2021 Tucson.", r"import|most|yes"),
            S("How much is a brake inspection?",
              r"free|no charge|complimentary|no cost|\$0\b|zero"),
            S("And do you take credit cards?", r"credit|card|yes"),
            S("Okay, thanks. I'll call back to set it up. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 09:10",
        caller="+16125550103", tags=("info",)),
    Scenario(
        "dev12_auto_tire_rotation_caller_hangs_up_when_the_baby_wakes", "t_auto", (
            S("Hi, yeah, I need to get my tires rotated sometime next week."),
            S("It's a 2017 Toyota Camry."),
            S("Oh no, hang on. Sorry, the baby just woke up screaming. I've got to go, I'll call "
              "back. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"you're all set|is booked|I've booked",), clock="2026-03-11 13:05",
        caller="+16125550172", tags=("hangup",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev12_plumb_landlord_books_a_tenants_no_hot_water_and_asks_the_fee", "t_plumb", (
            S("Hi, I own a rental property, and my tenant tells me there's been no hot water "
              "since last night. It's at 48 Maple Avenue, apartment 2, 10002. I'm the owner, so "
              "I'll approve the work."),
            S("What's your charge just to come out and look at it?", r"89|eighty[- ]nine"),
            S("Okay. Thursday the 12th, nine in the morning. The tenant will be home. Put it "
              "under my name, Gloria Estrada."),
            S("Call me on the number I'm calling from, not the tenant."),
            S("Yes, that's correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Gloria Estrada", "+12015550133",
                        about=r"hot water|water heater|heater"),),
        said=(at(12, "09:00"),), caller="+12015550133", tags=("booking",)),
    Scenario(
        "dev12_plumb_clogged_tub_asks_for_eight_on_saturday_takes_nine", "t_plumb", (
            S("Hi, my bathtub drain is clogged, the water just sits there. I'm at 310 Birch "
              "Street, 10003, and I own the place. Nothing's leaking."),
            S("Could someone come this Saturday, the 14th, around eight in the morning? If eight "
              "doesn't work, nine is fine too. My name is Howard Lin."),
            S("This number's fine."),
            S("Yes, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Howard Lin", "+12125550184",
                        about=r"drain|clog|tub"),),
        said=(at(14, "09:00"),), caller="+12125550184", tags=("booking",)),
    Scenario(
        "dev12_plumb_sunday_burst_pipe_under_the_kitchen_sink", "t_plumb", (
            S("Hi, a pipe just burst under my kitchen sink and water is spraying everywhere, the "
              "floor's flooded!", r"shut|valve|main|turn (?:it )?off"),
            S("Okay, my husband found the main and turned it off. The water's stopped, but the "
              "floor's soaked and we need someone today. I'm Beth Kowalski, 77 Cedar Lane, "
              "10001."),
            S("This number is fine, please call as soon as you can."),
            S("Yes, please. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Beth Kowalski", "+17185550152", about=r"pipe|burst|flood|leak|water",
                          urgent=True),),
        clock="2026-03-15 08:20", caller="+17185550152", tags=("emergency",)),
    Scenario(
        "dev12_plumb_water_heater_quote_callback_and_licensed_question", "t_plumb", (
            S("Hi, I'm thinking about replacing my old water heater, it's about fifteen years "
              "old. Could someone call me with a rough idea of what it would cost?"),
            S("I'd rather have someone call me before I book anything. My name is Patrick Dunn."),
            S("My number is three four seven, five five five, zero one two nine."),
            S("Yes, that's right."),
            S("Oh, one more thing, are you guys licensed and insured?", r"licensed"),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patrick Dunn", "+13475550129", about=r"water heater|heater",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 13:10", caller="+17185550120", tags=("message",)),
    Scenario(
        "dev12_plumb_polish_speaker_with_a_leaking_toilet", "t_plumb", (
            S("Dzień dobry, czy mówi pan po polsku? Cieknie mi woda spod toalety, potrzebuję "
              "hydraulika."),
            S("Nazywam się Krzysztof Nowak."),
            S("Tak, ten numer jest dobry."),
            S("Tak, dziękuję."),
            S("Do widzenia.", r"bye|widzenia"),
        ),
        outcome="message_taken",
        messages=(Message("Krzysztof Nowak", "+17735550191",
                          about=r"polish|polsk|toilet|toalet|leak|woda|water|hydraul|plumb"),),
        ends_call=True, clock="2026-03-11 10:00", caller="+17735550191", tags=("language",)),
    Scenario(
        "dev12_plumb_basement_remodel_questions_then_asks_for_a_person", "t_plumb", (
            S("Hi, do you charge for estimates? We're thinking about redoing the plumbing in our "
              "basement bathroom.", r"89|eighty[- ]nine|service call|fee"),
            S("And is your work guaranteed?", r"guarantee|warrant"),
            S("Okay. It's a bigger project, and I'd like to talk it through with someone. Can "
              "you put me through to a person?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 10:30", caller="+17185550144", tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev12_law_son_books_his_fathers_estate_planning_by_video", "t_law", (
            S("Hi, I'm calling for my father. He's eighty-one and wants to get his will and "
              "estate in order. Is the estate planning consultation free?",
              r"free|no charge|no cost|\$0\b|zero|complimentary"),
            S("Good. He'd prefer video, he doesn't drive anymore. Could we do Wednesday the 18th "
              "at three in the afternoon? It's for him, George Papadakis. P, A, P, A, D, A, K, "
              "I, S."),
            S("Nobody else is involved, it's just his own estate. No court dates, no other "
              "lawyer. Please use my number, the one I'm calling from."),
            S("Yes, that's right."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "George Papadakis", "+16175550115",
                        about=r"estate|will"),),
        said=(at(18, "15:00"),), clock="2026-03-10 16:20", caller="+16175550115",
        tags=("booking",)),
    Scenario(
        "dev12_law_evening_injury_claim_with_the_pasta_boiling_over", "t_law", (
            S("Hi, I was hit by a car in a crosswalk two weeks ago, I broke my wrist. I'd like to "
              "talk to someone about an injury claim. Do you charge for that?",
              r"free|no charge|no cost|\$0\b|zero|complimentary"),
            S("The driver's name is on the police report, Brian Mercer. There's no court date, "
              "and I don't have a lawyer yet."),
            S("Could I come in next Monday at eleven in the morning? Sorry, one second. Honey, "
              "the pasta's boiling over! Sorry. Monday at eleven. I'm Alisha Grant."),
            S("My number is seven one eight... five five five... zero one four seven."),
            S("Yes, that's all correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "Alisha Grant", "+17185550147",
                        about=r"injur|accident|car|wrist|crosswalk"),),
        said=(at(16, "11:00"),), clock="2026-03-10 18:45", caller="+13475550100",
        tags=("booking",)),
    Scenario(
        "dev12_law_mother_calls_at_night_son_arrested_hearing_tomorrow", "t_law", (
            S("Please, I need help. My son was arrested tonight. He's being held at the county "
              "jail, and they said he goes before a judge tomorrow morning."),
            S("My name is Denise Harper."),
            S("Call me at this number, any time tonight."),
            S("Yes, please, mark it urgent. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Denise Harper", "+12155550181",
                          about=r"arrest|jail|custody|judge|court|hearing", urgent=True),),
        said=(r"urgent|as soon as",), clock="2026-03-10 21:05", caller="+12155550181",
        tags=("emergency",)),
    Scenario(
        "dev12_law_lunchtime_client_message_about_her_lease_and_friday_hours", "t_law", (
            S("Hi, this is Farah Siddiqui, I own Sunrise Bakery. The firm is helping me with my "
              "lease, and I got another letter from the landlord. I'd like whoever's handling it "
              "to call me back. There's no deadline on it."),
            S("My number is four one five, five five five, zero one nine three."),
            S("Yes, that's right."),
            S("Are you open until five on Fridays as well?", r"\b5(?::00)?\s*p|five"),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Farah Siddiqui", "+14155550193", about=r"lease|landlord|letter",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 12:40", caller="+16505550171", tags=("message",)),
    Scenario(
        "dev12_law_custody_quick_question_becomes_a_callback", "t_law", (
            S("Hi, I just have a quick question. My ex wants to change our custody schedule. Do "
              "I have to agree to it?", r"legal advice|advice",
              avoid=r"you (?:have to|don't have to|must|need to|do not have to) agree"),
            S("Okay, then I'd like an attorney to call me back. I can't come in this week. My "
              "name is Melissa Tran."),
            S("This number is fine, it's my cell."),
            S("And if I do book later, can that be by video?", r"video|yes"),
            S("Yes, please pass the message on. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Melissa Tran", "+12675550138", about=r"custody", urgent=False),),
        never_said=(r"you (?:have to|don't have to|must|need to|do not have to) agree",),
        caller="+12675550138", tags=("message",)),
    Scenario(
        "dev12_law_asks_the_fee_then_an_attorney_with_no_line_free", "t_law", (
            S("Hi, how much is an initial consultation?", r"250|two hundred (?:and )?fifty"),
            S("Okay. Before I book anything, I'd like to speak to an attorney directly. Is "
              "anyone there I can talk to?"),
            S("Fine. I'm Robert Castellano, C, A, S, T, E, L, L, A, N, O. It's about a dispute "
              "with my business partner, Gary Lund."),
            S("Call me back at the number I'm calling from."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Robert Castellano", "+12155550163", about=r"partner",
                          urgent=False),),
        caller="+12155550163", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays noon to 4; half hours) ---
    Scenario(
        "dev12_homes_asks_if_its_a_robot_then_books_a_sunday_showing", "t_homes", (
            S("Hi, is this a real person or an automated thing?", ROBOT),
            S("Okay, no problem. I'd like to see the house listed at 22 Willow Court. We're "
              "looking to buy, and we don't have an agent."),
            S("We're pre-approved. Could we see it this Sunday at one thirty? My name is Daniel "
              "Osei, O, S, E, I."),
            S("Yes, this number's fine."),
            S("Yes, that works. Thanks!"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Daniel Osei", "+16175550179",
                        about=r"willow|show"),),
        said=(at(15, "13:30"),), caller="+16175550179", tags=("booking",)),
    Scenario(
        "dev12_homes_saturday_daughter_books_a_valuation_for_her_mothers_house", "t_homes", (
            S("Hi, my mother is moving into assisted living and we need to sell her house. "
              "Roughly what does a three-bedroom on Elm Street go for these days?",
              r"agent|analysis|valuation|apprais|appointment",
              avoid=r"\$\s?\d{3}|\d{3},000|hundred thousand"),
            S("Fair enough. Then I'd like to set up a valuation appointment. The house is 15 Elm "
              "Street, and it's not listed with anyone else."),
            S("Could an agent come March 20th at ten in the morning? My name is Susan Albright."),
            S("Yes, use the number I'm calling from."),
            S("Yes. Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 10:00", "Susan Albright", "+16175550124",
                        about=r"valuation|listing|sell|elm"),),
        said=(at(20, "10:00"),), ends_call=True, clock="2026-03-14 11:30",
        caller="+16175550124", tags=("booking",)),
    Scenario(
        "dev12_homes_rental_showing_asks_for_seven_takes_five_thirty", "t_homes", (
            S("Hi, I'm calling about the two-bedroom apartment for rent on Harbor Street. I'd "
              "like to see it. I'm looking to move in April first."),
            S("Could I see it Thursday at seven in the evening, after work? If you close before "
              "then, five thirty works. My name is Kevin Marsh."),
            S("Yes, this is my cell."),
            S("Yes, please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Kevin Marsh", "+16175550186",
                        about=r"rent|harbor|apartment"),),
        said=(at(12, "17:30"),), caller="+16175550186", tags=("booking",)),
    Scenario(
        "dev12_homes_moves_a_saturday_showing_to_sunday_the_15th", "t_homes", (
            S("Hi, this is Laura Bennett. We have a showing booked this Saturday at eleven, and "
              "something came up. Can we move it?"),
            S("Sunday the 15th at twelve thirty would be great, if you have it."),
            S("Yes, please move it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 12:30", "Laura Bennett", "+18575550140"),),
        cancelled=("2026-03-14 11:00",), said=(at(15, "12:30"),), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Laura Bennett", "+18575550140"),),
        clock="2026-03-11 17:45", caller="+18575550140", tags=("move",)),
    Scenario(
        "dev12_homes_saturday_evening_offer_callback_and_sunday_opening", "t_homes", (
            S("Hi, we toured the house at 8 Lakeview Drive last weekend, and we want to make an "
              "offer. Can the listing agent call us back?"),
            S("I'm Omar Farouk. The best number is my cell, six one seven, five five five, zero "
              "one eight eight."),
            S("Yes, that's right."),
            S("And what time do you open tomorrow?", r"noon|\b12\b|twelve"),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Omar Farouk", "+16175550188", about=r"offer|lakeview"),),
        ends_call=True, clock="2026-03-14 18:30", caller="+18575550102", tags=("message",)),
    Scenario(
        "dev12_homes_first_time_buyers_ask_three_questions_before_opening", "t_homes", (
            S("Hi, we're first-time buyers and just starting out. Do we have to sign anything "
              "before an agent shows us homes?", r"agreement|sign"),
            S("What should we bring to a showing?", r"\bID\b|identification"),
            S("And are you open on Sundays?", r"noon|\b12\b|twelve"),
            S("Great, that's helpful. Thank you, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 08:30",
        caller="+16175550107", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev12_clinic_son_books_his_mothers_physical_number_in_pieces", "t_clinic", (
            S("Hi, I'd like to book an annual physical for my mother, she's been a patient with "
              "you for years. How much is the physical if she pays herself?",
              r"225|two hundred (?:and )?twenty[- ]five"),
            S("Her name is Margaret Sullivan, date of birth June 3rd, 1952."),
            S("Could she come in on the 17th at nine forty in the morning? That's for Margaret "
              "Sullivan."),
            S("Please put my number down, I'm her son. It's two zero two... five five five... "
              "zero one five six."),
            S("Yes, that's correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:40", "Margaret Sullivan", "+12025550156",
                        about=r"physical"),),
        said=(at(17, "09:40"),), clock="2026-03-10 12:20", caller="+12405550119",
        tags=("booking",)),
    Scenario(
        "dev12_clinic_mom_books_a_sports_physical_before_opening", "t_clinic", (
            S("Hi, my son needs a sports physical for baseball. How much is that?",
              r"\b75\b|seventy[- ]five"),
            S("He's never been seen there, he's a new patient. He's fourteen. His name is Liam "
              "Becker, B, E, C, K, E, R, born May 9th, 2011."),
            S("This Friday after school, three twenty if you have it. For Liam Becker."),
            S("Yes, this number is fine, I'm his mom."),
            S("Yes, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:20", "Liam Becker", "+12405550145",
                        about=r"sport|physical"),),
        said=(at(13, "15:20"),), clock="2026-03-10 07:30", caller="+12405550145",
        tags=("booking",)),
    Scenario(
        "dev12_clinic_daughter_calls_about_her_fathers_chest_pain", "t_clinic", (
            S("Hi, my dad is having chest pain, it's going down his left arm, and he's sweating a "
              "lot. He's a patient of yours. What should we do?", r"911"),
            S("Okay, I've called 911, the ambulance is coming. Please let his doctor know what's "
              "happening. I'm his daughter, Angela Russo."),
            S("Call me back at this number."),
            S("Yes. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Angela Russo", "+12405550160", about=r"chest", urgent=True),),
        never_said=(r"can wait|not serious",), clock="2026-03-10 10:40",
        caller="+12405550160", tags=("emergency",)),
    Scenario(
        "dev12_clinic_cancels_thursday_and_books_a_flu_shot_instead", "t_clinic", (
            S("Hi, this is Nadia Petrov. I need to cancel my appointment on Thursday at two, I'm "
              "feeling better now."),
            S("Nadia Petrov, P, E, T, R, O, V, date of birth October 2nd, 1988."),
            S("Yes, please cancel it."),
            S("While I have you, I'd like to get a flu shot. How much is it, and could I come "
              "Monday the 16th at ten twenty?"),
            S("Yes, this number, and yes, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:20", "Nadia Petrov", "+13015550137", about=r"flu"),),
        cancelled=("2026-03-12 14:00",), said=(r"\b40\b|forty", at(16, "10:20")),
        seed=(Seed("2026-03-12 14:00", "Nadia Petrov", "+13015550137"),),
        caller="+13015550137", tags=("cancel",)),
    Scenario(
        "dev12_clinic_after_hours_refill_request_asks_how_long", "t_clinic", (
            S("Hi, I need a refill on my blood pressure medicine, lisinopril. I'm almost out."),
            S("My name is Walter Greene, date of birth February 14th, 1960."),
            S("I use the CVS on Main Street. You can call me at this number."),
            S("How long does a refill usually take?",
              r"two business days|2 business days|two days|2 days|48"),
            S("Yes, please send it to the nurse. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Greene", "+13015550189", about=r"refill|lisinopril",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 17:40", caller="+13015550189", tags=("message",)),
    Scenario(
        "dev12_clinic_saturday_test_results_callback_and_same_day_visits", "t_clinic", (
            S("Hi, I had blood work done last week, and I got a notice that my results are in. "
              "Could the nurse call me to go over them?"),
            S("It's Irene Castillo, born August 21st, 1975."),
            S("My cell is best: nine one four, five five five, zero one six two."),
            S("Yes, that's correct."),
            S("Oh, and if I ever need a same-day sick visit, do you do those?",
              r"same[- ]day|early in the day|first available"),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Irene Castillo", "+19145550162", about=r"result|blood",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 10:00", caller="+16465550177", tags=("message",)),
]
