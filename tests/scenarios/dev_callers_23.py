"""A twenty-third development set: 48 scripted callers, six in each of the fleet's eight trades,
who give their names, their phone numbers and who they are the way real people give them, in the
held-out mix of kinds.

Written by a helper session (branch dev-callers-23) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-first
set's module docstring, its helper definitions and its first three callers, and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_23 below).

What makes it different: the callers say who they are and how to reach them as people do on a
phone. Numbers come in groups with pauses ("nine one seven... five five five... oh one... seven
eight"), with "oh" for zero, "double seven", "triple five" and "oh one hundred", with the area
code last ("five five five, oh two four eight, and the area code is seven oh eight"), or wrong
and then corrected digit by digit ("the last four are oh one three four, not oh one four
three"); the callback is often not the line they ring from (a husband's phone, a work desk, a
shop phone, an office's main line), and one wants a call back at an office with an extension.
Names are spelled ("Siobhan, S, I, O, B, H, A, N"), spelled with "B as in boy", "V as in
Victor", "P as in Peter", "Gray like the color", "Albuquerque like the city", said with how
they are pronounced ("Rhys, pronounced Reese", "Xochitl, pronounced SO-chee"), corrected where
they are often misheard ("Ines, not Agnes", "Minh, not Ming", "Doherty without a G"), and they
are hyphenated or in two parts (Okafor-Reyes, Pryce-Jones, Van Dyke, O'Neill, de la Cruz,
MacGillivray, Al-Amin, a family name said first, two Spanish surnames). Some go by another name
than the one the booking is under ("I go by Bob, but it's booked as Robert Hale", "everyone
calls me Bart, but the insurance card says Bartholomew", "I go by Stacy"), and many book for
someone else: a son's cleaning, a daughter's sports physical, a father's hot water, a mother's
blowout or home valuation, a cat or a dog under the owner's name. A name comes before it is
asked, after the number, or in the middle of the reason. Every such caller says plainly which
name the booking or message is to be under and which number is the callback, and the booking's
or message's stored name and number (E.164) are checked; where the callback is not the line the
call comes from, `said=` also checks that the whole number was read back, in digits or in
words, in order. Calls ring at realistic hours via `clock=`: before opening, at lunch, after
closing, on a Saturday, on a Sunday, on the salon's closed Monday. The two callers who speak no
English speak Spanish and Portuguese. The mix is the held-out sets' (KINDS_HELDOUT_MIX: 20
bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks
for a person, 1 Spanish and 1 other-language caller, 1 early hang-up). Every `Say(...,
expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording passes, and
every price and hour it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev23

which prints `RESULT dev23_pass_rate=`, measured and never gated.
Its first run, on main at acf5d09, before anyone had read a transcript of it: 39/48 = 0.812.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a wrongly expected number): none was found,
every one of the nine failures was the receptionist's, and no caller was changed.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time says it again on a later line with the
name the booking is for, and a booking is read back (`said=`) with its final day and time. Only
a call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer
to (the caller asks for a person only in the last line); elsewhere a caller who wants a person
is helped or leaves a message. An emergency ends with an urgent message; a routine message is
not urgent. A call whose last line says goodbye is hung up by the receptionist
(`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import (
    TRANSFER_NUMBER,
    Booking,
    Message,
    Say,
    Scenario,
    Seed,
    silent,
)
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at, read_back

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_23 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
URGENT = r"urgent|as soon as|right away|immediately|priority|straight away"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eéê]s|espa[nñ]ol|nombre|mensaje|desculp"
               r"|portugu[eê]s|nome\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"


DEV_CALLERS_23: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev23_dental_siobhan_spells_her_name_before_opening_books_a_cleaning",
        "t_dental", (
            S("Hi, good morning, I'd like to book a cleaning and exam, I'm an existing patient. "
              "The name is Siobhan Kelly, that's Siobhan spelled S, I, O, B, H, A, N, and Kelly "
              "with a K."),
            S("Could I come in Thursday the 12th at ten in the morning? No pain or swelling, "
              "it's just my regular six-month cleaning, and I have Delta Dental."),
            S("The number to reach me is the cell I'm calling from, seven seven three, five five "
              "five, oh three one one."),
            S("Yes, Siobhan Kelly, S, I, O, B, H, A, N, Thursday the 12th at ten in the morning "
              "for the cleaning. Please book it."),
            S("Thank you, bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Siobhan Kelly", "+17735550311",
                        about=r"clean|exam|check"),),
        said=(at(12, "10:00"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+17735550311", tags=("booking",)),
    Scenario(
        "dev23_dental_mother_at_work_books_her_sons_child_cleaning_on_her_cell",
        "t_dental", (
            S("Hi, I'm calling to book a child cleaning and exam for my son, he's seven and he's "
              "been to you before. His name is Mateo Okafor-Reyes, that's Okafor, O, K, A, F, O, "
              "R, hyphen, Reyes, R, E, Y, E, S."),
            S("Monday the 16th at three in the afternoon would be perfect, right after school. "
              "He has no pain or swelling, and we have MetLife dental through my work."),
            S("I'm his mom, Adaeze. Please don't use the number I'm calling from, that's my "
              "office's main line. The best number is my cell: three one two... five five "
              "five... oh two two seven."),
            S("Yes, please put the appointment under his name, Mateo Okafor-Reyes, Monday the "
              "16th at three in the afternoon, and the callback is three one two, five five "
              "five, oh two two seven. Go ahead and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Mateo Okafor-Reyes", "+13125550227",
                        about=r"child|clean|exam|check"),),
        said=(at(16, "15:00"), read_back("+13125550227")), ends_call=True,
        clock="2026-03-11 12:20", caller="+13125550150", tags=("booking",)),
    Scenario(
        "dev23_dental_bart_goes_by_a_nickname_and_gives_the_area_code_last",
        "t_dental", (
            S("Hi, this is Bartholomew Nguyen, N, G, U, Y, E, N. I'm a new patient and I'd like "
              "to book the new patient exam with X-rays and a cleaning."),
            S("Everyone calls me Bart, but my insurance card says Bartholomew, B, A, R, T, H, O, "
              "L, O, M, E, W, so please put the appointment under Bartholomew Nguyen. Tuesday "
              "the 17th at nine in the morning would be ideal. No pain, no swelling, and I have "
              "Guardian insurance."),
            S("My number is five five five, oh two four eight, and the area code is seven oh "
              "eight. So that's seven oh eight, five five five, oh two four eight."),
            S("Yes, Bartholomew Nguyen, new patient exam, Tuesday the 17th at nine in the "
              "morning, callback seven oh eight, five five five, oh two four eight. Please book "
              "it."),
            S("Great, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:00", "Bartholomew Nguyen", "+17085550248",
                        about=r"new patient|x-?ray|exam|clean"),),
        said=(at(17, "09:00"), read_back("+17085550248")), ends_call=True,
        clock="2026-03-12 17:30", caller="", tags=("booking",)),
    Scenario(
        "dev23_dental_kathleen_doherty_without_a_g_leaves_a_billing_message",
        "t_dental", (
            S("Hi, I know you're closed, I'd like to leave a message for the billing office "
              "about a statement I got for my crown. I think my insurance was never billed."),
            S("My name is Kathleen Doherty. That's Doherty without a G: D, O, H, E, R, T, Y. "
              "People always write it Dougherty, so please make sure it's D, O, H, E, R, T, Y."),
            S("I'm on my husband's phone, so please don't call this one back. My number is four "
              "one five, five five five, oh one double seven."),
            S("Yes, Kathleen Doherty, four one five, five five five, oh one seven seven, about "
              "the bill for my crown and my insurance. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kathleen Doherty", "+14155550177",
                          about=r"bill|statement|insurance|crown", urgent=False),),
        said=(read_back("+14155550177"),), ends_call=True, clock="2026-03-16 18:10",
        caller="+14155550190", tags=("message",)),
    Scenario(
        "dev23_dental_swelling_toward_the_eye_on_a_saturday_spells_tomasz_wisniewski",
        "t_dental", (
            S("Hi, I'm a patient of yours. My face is swelling up on the left side from a bad "
              "tooth, and the swelling is spreading up toward my eye. What do I do?", ER),
            S("Okay, I'll go to the emergency room. Please still have the dentist call me as "
              "soon as possible, it's urgent. My name is Tomasz Wisniewski, Tomasz is T, O, M, "
              "A, S, Z."),
            S("Wisniewski is W, I, S, N, I, E, W, S, K, I. My cell is two oh two, five five "
              "five, oh one six one, it's the phone I'm calling from."),
            S("Yes, Tomasz Wisniewski, two oh two, five five five, oh one six one, about the "
              "swelling toward my eye. Please pass it on as urgent."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tomasz Wisniewski", "+12025550161",
                          about=r"swell|eye|tooth|face", urgent=True),),
        ends_call=True, clock="2026-03-14 10:00", caller="+12025550161",
        tags=("emergency",)),
    Scenario(
        "dev23_dental_bob_cancels_the_cleaning_booked_under_robert",
        "t_dental", (
            S("Hi, this is Bob Hale, I need to cancel my cleaning on Friday the 13th at eleven "
              "in the morning."),
            S("It'll be under my legal name, Robert Hale, H, A, L, E. I go by Bob, but the "
              "appointment is booked as Robert Hale, and I'm calling from the number you have "
              "on file."),
            S("Yes, please cancel the Friday the 13th eleven o'clock appointment for Robert "
              "Hale. I'll call back to rebook when I know my schedule."),
            S("No, that's everything, thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 11:00",), said=(r"cancel",),
        ends_call=True, seed=(Seed("2026-03-13 11:00", "Robert Hale", "+16175550142"),),
        clock="2026-03-10 16:30", caller="+16175550142", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev23_clinic_mother_books_aoife_pronounced_eefa_a_sports_physical",
        "t_clinic", (
            S("Hi, I need to book a sports physical for my daughter for soccer, she's an "
              "established patient. Her name is Aoife Brennan. It's Irish, pronounced EE-fa, "
              "and spelled A, O, I, F, E."),
            S("Brennan is B, R, E, N, N, A, N. Her date of birth is May 3rd, 2012. No preferred "
              "doctor, and we have Blue Cross Blue Shield."),
            S("Friday the 13th at three forty in the afternoon would work, after school. Please "
              "put it under Aoife's name, and the number to call is my cell, the one I'm "
              "calling from."),
            S("Yes, Aoife Brennan, A, O, I, F, E, sports physical, Friday the 13th at three "
              "forty in the afternoon. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:40", "Aoife Brennan", "+16175550233",
                        about=r"sport|physical|soccer"),),
        said=(at(13, "15:40"),), ends_call=True, clock="2026-03-11 16:50",
        caller="+16175550233", tags=("booking",)),
    Scenario(
        "dev23_clinic_ines_not_agnes_gives_a_cell_with_triple_five",
        "t_clinic", (
            S("Good morning, I'd like to see a doctor, I'm an established patient and I've had "
              "a cough that won't go away. My name's Ines Carvalho."),
            S("That's Ines, I, N, E, S, not Agnes, and Carvalho is C, A, R, V, A, L, H, O. Date "
              "of birth August 14th, 1979. I have Aetna, and any doctor is fine."),
            S("Could I come Wednesday the 18th at ten twenty in the morning? And the best number "
              "is six one seven, triple five, oh one double eight. That's my cell, not the desk "
              "phone I'm calling from."),
            S("Yes, Ines Carvalho, Wednesday the 18th at ten twenty in the morning, callback six "
              "one seven, five five five, oh one eight eight. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:20", "Ines Carvalho", "+16175550188",
                        about=r"cough|visit|established"),),
        said=(at(18, "10:20"), read_back("+16175550188")), ends_call=True,
        clock="2026-03-16 08:05", caller="+16175550102", tags=("booking",)),
    Scenario(
        "dev23_clinic_wife_of_a_patient_with_chest_pain_leaves_her_hyphenated_name",
        "t_clinic", (
            S("My husband has chest pain and his left arm is numb, and he's sweating. He's a "
              "patient there. What should we do?", ER),
            S("Okay, I'm calling 911 on the other phone right now. Please leave an urgent "
              "message for his doctor. I'm his wife, Gwendolyn Pryce-Jones. Pryce is P, R, Y, "
              "C, E, hyphen, Jones."),
            S("Call me back on this cell, two oh six, five five five, oh one one nine. His name "
              "is Alun Pryce-Jones, A, L, U, N. Put the message under my name, Gwendolyn "
              "Pryce-Jones."),
            S("Yes, that's right, urgent, about my husband's chest pain, Gwendolyn Pryce-Jones "
              "on two oh six, five five five, oh one one nine."),
            S("I have to go, the ambulance is coming. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gwendolyn Pryce-Jones", "+12065550119",
                          about=r"chest|arm|husband|alun|911", urgent=True),),
        ends_call=True, clock="2026-03-12 14:10", caller="+12065550119",
        tags=("emergency",)),
    Scenario(
        "dev23_clinic_dmitri_spells_volkov_v_as_in_victor_and_moves_his_visit",
        "t_clinic", (
            S("Hi, I need to move my appointment on Friday the 13th at nine in the morning to "
              "next week."),
            S("The name is Dmitri Volkov. Dmitri is D, M, I, T, R, I, and Volkov is V as in "
              "Victor, O, L, K, O, V as in Victor. I'm calling from the number on the "
              "appointment."),
            S("Could you move it to Tuesday the 17th at two twenty in the afternoon?"),
            S("Yes, please move Dmitri Volkov from Friday the 13th at nine to Tuesday the 17th "
              "at two twenty in the afternoon."),
            S("That's all, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 14:20", "Dmitri Volkov", "+13035550124"),),
        cancelled=("2026-03-13 09:00",), said=(at(17, "14:20"),), ends_call=True,
        seed=(Seed("2026-03-13 09:00", "Dmitri Volkov", "+13035550124"),),
        clock="2026-03-10 09:30", caller="+13035550124", tags=("move",)),
    Scenario(
        "dev23_clinic_xiomara_with_an_x_asks_for_a_refill_from_her_daughters_phone",
        "t_clinic", (
            S("Hi, I'd like to leave a message for the nurse. I need a refill of my blood "
              "pressure medication, lisinopril, sent to the Walgreens on Main Street."),
            S("My name is Xiomara Delgado. Xiomara starts with an X: X, I, O, M, A, R, A. "
              "Delgado is D, E, L, G, A, D, O. Date of birth January 30th, 1966."),
            S("I'm calling from my daughter's phone, so please call me back at my number: five "
              "five five, oh one five two, and the area code is three oh five."),
            S("Yes, Xiomara Delgado, three oh five, five five five, oh one five two, for the "
              "lisinopril refill at Walgreens. Please pass it to the nurse."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Xiomara Delgado", "+13055550152",
                          about=r"refill|lisinopril|blood pressure|walgreens|medication",
                          urgent=False),),
        said=(read_back("+13055550152"),), ends_call=True, clock="2026-03-13 17:40",
        caller="+17865550163", tags=("message",)),
    Scenario(
        "dev23_clinic_stebbins_b_as_in_boy_wants_a_person_about_a_double_charge",
        "t_clinic", (
            S("Hi, I got a bill from you for a visit in February and I think I was charged "
              "twice."),
            S("My name's Abigail Stebbins, that's S, T, E, B as in boy, B as in boy, I, N, S, "
              "date of birth October 2nd, 1990."),
            S("I'd really rather talk to a person in billing about this. Can you put me through "
              "to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-16 11:00", caller="+16305550135", tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev23_law_declan_oneill_with_two_ls_books_a_contract_consultation",
        "t_law", (
            S("Hi, I'd like to book an initial consultation about a contract dispute with a "
              "contractor who took our deposit and never finished our kitchen."),
            S("The contractor is Brightline Renovations LLC, and the owner is Gary Pruitt. "
              "There's no court date yet, and I don't have a lawyer on this. In person is "
              "fine."),
            S("My name is Declan O'Neill. That's O, apostrophe, N, E, I, L, L, with two L's at "
              "the end. Friday the 13th at eleven in the morning would suit me."),
            S("The best number is this cell I'm calling from, nine one seven, five five five, "
              "oh one double three, and my email is declan dot oneill at example dot com."),
            S("Yes, Declan O'Neill, Friday the 13th at eleven in the morning. Please book the "
              "consultation."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Declan O'Neill", "+19175550133",
                        about=r"contract|kitchen|deposit|consult|renovat"),),
        said=(at(13, "11:00"),), clock="2026-03-11 08:40", caller="+19175550133",
        tags=("booking",)),
    Scenario(
        "dev23_law_cornelia_van_dyke_corrects_the_last_four_digits",
        "t_law", (
            S("Hello, I'd like an estate planning consultation, my husband and I need to update "
              "our wills. We don't have a lawyer for this and there's no deadline."),
            S("My name is Cornelia Van Dyke. Van Dyke is two words, capital V, A, N, then "
              "capital D, Y, K, E. My husband is Pieter Van Dyke, he's the only other person "
              "involved."),
            S("Tuesday the 17th at two in the afternoon would be good, by video if possible. My "
              "number is seven one eight, five five five, oh one four three."),
            S("Oh no, I'm sorry, I gave you that wrong. The last four are oh one three four, not "
              "oh one four three. The whole number is seven one eight, five five five, oh one "
              "three four."),
            S("Yes, Cornelia Van Dyke, Tuesday the 17th at two in the afternoon, callback seven "
              "one eight, five five five, oh one three four. Please book it."),
            S("Thank you very much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 14:00", "Cornelia Van Dyke", "+17185550134",
                        about=r"estate|will"),),
        said=(at(17, "14:00"), read_back("+17185550134")), ends_call=True,
        clock="2026-03-12 13:15", caller="+17185550112", tags=("booking",)),
    Scenario(
        "dev23_law_bakery_owner_wants_a_callback_at_her_office_extension",
        "t_law", (
            S("Hi, could an attorney call me back? I run a small bakery and I need someone to "
              "review a commercial lease before I sign it at the end of the month."),
            S("My name is Priyanka Raghunathan. Priyanka is P, R, I, Y, A, N, K, A, and "
              "Raghunathan is R, A, G, H, U, N, A, T, H, A, N."),
            S("Please call me at my office, not this cell: three one two, five five five, oh one "
              "six oh, extension two two four. If you get the front desk, just ask for "
              "extension two two four."),
            S("Yes, Priyanka Raghunathan, three one two, five five five, oh one six oh, "
              "extension two two four, about reviewing the bakery's lease. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        # the team needs the extension as much as the number: it is in the message
        messages=(Message("Priyanka Raghunathan", "+13125550160",
                          about=r"(?s)^(?=.*(?:lease|rent|contract|review))"
                                r"(?=.*(?:224|2 2 4|two two four|extension|\bext\b))",
                          urgent=False),),
        said=(read_back("+13125550160"),), ends_call=True, clock="2026-03-16 12:30",
        caller="+13125550171", tags=("message",)),
    Scenario(
        "dev23_law_mother_of_an_arrested_son_spells_de_la_cruz_before_opening",
        "t_law", (
            S("I need a lawyer right away, my son was arrested last night and he's in custody at "
              "the county jail. His arraignment is tomorrow morning.",
              URGENT + r"|message|attorney|lawyer|call you back"),
            S("My name is Marisol de la Cruz. It's de la Cruz, three words: small d, E, small l, "
              "A, then capital C, R, U, Z. My son is Andres de la Cruz."),
            S("Please have an attorney call me the moment the office opens, this is urgent. I'm "
              "on my cell, the one I'm calling from, three oh five, five five five, oh one eight "
              "six."),
            S("Yes, Marisol de la Cruz, three oh five, five five five, oh one eight six, about my "
              "son Andres in custody with his arraignment tomorrow. Mark it urgent, please."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marisol de la Cruz", "+13055550186",
                          about=r"arrest|custody|jail|arraign|son", urgent=True),),
        ends_call=True, clock="2026-03-11 06:45", caller="+13055550186",
        tags=("emergency",)),
    Scenario(
        "dev23_law_graham_whitlock_hayes_gives_his_name_first_and_only_asks_about_fees",
        "t_law", (
            S("Hi, my name is Graham Whitlock-Hayes. I was rear-ended last week and I'm just "
              "calling with a couple of questions before I decide anything."),
            S("Do you charge for a personal injury case evaluation, or is that free?",
              r"free|no charge|no cost|\$0|zero|not charge|don't charge|doesn't cost"),
            S("And if it turns out not to be an injury case, how much is a regular initial "
              "consultation?", r"250|two hundred (?:and )?fifty"),
            S("Can those be done by video? I can't really get into the city during the day.",
              r"video|phone|yes"),
            S("Okay, that's helpful. I'll talk it over with my wife and call back to book. "
              "Thanks, bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        ends_call=True, clock="2026-03-13 10:15", caller="+16465550129", tags=("info",)),
    Scenario(
        "dev23_law_spanish_caller_spells_her_two_surnames",
        "t_law", (
            S("Hola, buenas tardes. ¿Hablan español? Necesito hablar con un abogado por un "
              "accidente en mi trabajo.", NOT_ENGLISH),
            S("Me llamo Carmen Ruiz Olmedo. Carmen, C, A, R, M, E, N. Mis apellidos son Ruiz, "
              "R, U, I, Z, y Olmedo, O, L, M, E, D, O."),
            S("Mi número es este, del que estoy llamando: siete, siete, tres, cinco, cinco, "
              "cinco, cero, dos, nueve, uno."),
            S("Sí, por favor, que me llame alguien que hable español. Gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ruiz Olmedo", "+17735550291",
                          about=r"spanish|espa[nñ]ol|accident|trabajo|work|abogado|lawyer"
                                r"|injur"),),
        clock="2026-03-18 14:00", caller="+17735550291", tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) ----------------------
    Scenario(
        "dev23_plumb_siew_ling_tan_says_her_family_name_first_running_toilet",
        "t_plumb", (
            S("Hi, I'd like to book a plumber, my upstairs toilet keeps running all night. "
              "Nothing is leaking right now, and I own the place."),
            S("The address is 27 Pell Street, apartment 3, New York 10002."),
            S("My name is Siew Ling Tan. Tan is my family name, T, A, N, and my given name is "
              "two words, Siew, S, I, E, W, and Ling, L, I, N, G. Please write it as Siew Ling "
              "Tan."),
            S("Monday the 16th at nine in the morning works, and you can reach me on this "
              "phone, six four six, five five five, oh one double four."),
            S("Yes, Siew Ling Tan, 27 Pell Street, Monday the 16th at nine in the morning. "
              "Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Siew Ling Tan", "+16465550144",
                        about=r"toilet|running"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-14 08:30",
        caller="+16465550144", tags=("booking",)),
    Scenario(
        "dev23_plumb_daughter_books_her_fathers_hot_water_under_his_name_on_her_cell",
        "t_plumb", (
            S("Hi, I'm calling for my father, he has had no hot water since yesterday. Nothing's "
              "leaking, it's just cold. He owns the house."),
            S("It's his house at 88 Orchard Street, New York 10002. Please put the appointment "
              "under his name, Walter Kowalczyk, K, O, W, A, L, C, Z, Y, K."),
            S("Wednesday the 18th at one in the afternoon, I can be there then. Please don't "
              "call his landline, he can't hear it. Call my cell, the one I'm on: nine one "
              "seven, five five five, oh two oh six. I'm his daughter, Renata."),
            S("Yes, Walter Kowalczyk, 88 Orchard Street, Wednesday the 18th at one in the "
              "afternoon, callback nine one seven, five five five, oh two oh six. Please book "
              "it."),
            S("Thanks, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 13:00", "Walter Kowalczyk", "+19175550206",
                        about=r"hot water|heater|cold"),),
        said=(at(18, "13:00"),), ends_call=True, clock="2026-03-16 19:20",
        caller="+19175550206", tags=("booking",)),
    Scenario(
        "dev23_plumb_seun_from_a_blocked_number_gives_the_area_code_after",
        "t_plumb", (
            S("Hi, my kitchen sink drain is completely clogged, the water just sits there. It's "
              "not leaking anywhere. How much is a drain cleaning?",
              r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay, let's book it. The address is 401 West 31st Street, New York 10001, and I "
              "own the apartment."),
            S("The name is Oluwaseun Adeyemi. Oluwaseun is O, L, U, W, A, S, E, U, N, but just "
              "call me Seun. Adeyemi is A, D, E, Y, E, M, I. Put it under Oluwaseun Adeyemi."),
            S("Saturday the 21st at eleven in the morning. My number is five five five, oh two "
              "six two, with area code six four six in front. So six four six, five five five, "
              "oh two six two."),
            S("Yes, Oluwaseun Adeyemi, Saturday the 21st at eleven in the morning, callback six "
              "four six, five five five, oh two six two. Book it, please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Oluwaseun Adeyemi", "+16465550262",
                        about=r"drain|clog|sink"),),
        said=(at(21, "11:00"), read_back("+16465550262")), clock="2026-03-19 12:40",
        caller="", tags=("booking",)),
    Scenario(
        "dev23_plumb_building_manager_gives_her_office_line_oh_one_hundred_then_her_name",
        "t_plumb", (
            S("Hi, I manage a small building at 12 Rivington Street, 10002, and I'd like someone "
              "from the office to call me about replacing the water heater in the basement. "
              "It's about fifteen years old. Nothing's leaking, I just want to plan it."),
            S("The best number is my office line, two one two, triple five, oh one hundred. "
              "That's two one two, five five five, zero one zero zero."),
            S("And the name is Harriet Blackwood-Lowe. Harriet, H, A, R, R, I, E, T. "
              "Blackwood, hyphen, Lowe, L, O, W, E."),
            S("Yes, Harriet Blackwood-Lowe, two one two, five five five, oh one oh oh, about "
              "replacing the water heater at 12 Rivington. Please have them call me back."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harriet Blackwood-Lowe", "+12125550100",
                          about=r"water heater|heater|replac", urgent=False),),
        said=(read_back("+12125550100"),), ends_call=True, clock="2026-03-14 17:30",
        caller="+16465550175", tags=("message",)),
    Scenario(
        "dev23_plumb_burst_pipe_on_a_sunday_night_eamon_quinlan",
        "t_plumb", (
            S("Help, a pipe burst in my ceiling and water is pouring into the kitchen! It's "
              "coming down near the light fixture.",
              r"shut|valve|main|911|electric|stay (?:away|clear|out)|turn off|urgent"
              r"|emergency"),
            S("Okay, I've shut off the main valve and the water's slowing down. I need a plumber "
              "out here as soon as possible. The address is 150 Ludlow Street, 10002."),
            S("My name is Eamon Quinlan. Eamon is E, A, M, O, N. Quinlan is Q, U, I, N, L, A, "
              "N. Call me back on this cell, seven one eight, five five five, oh one double "
              "five."),
            S("Yes, Eamon Quinlan, seven one eight, five five five, oh one five five, burst pipe "
              "at 150 Ludlow Street. Please mark it urgent."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Eamon Quinlan", "+17185550155",
                          about=r"burst|pipe|ceiling|water|leak|flood", urgent=True),),
        ends_call=True, clock="2026-03-15 21:10", caller="+17185550155",
        tags=("emergency",)),
    Scenario(
        "dev23_plumb_caller_stops_halfway_through_her_number_and_never_comes_back",
        "t_plumb", (
            S("Hi, I need someone to look at a leaky faucet in my bathroom, it's just dripping. "
              "My name is Ngozi Eze, N, G, O, Z, I, and Eze is E, Z, E."),
            S("My number is nine one seven... five five five... oh one... hang on, someone's at "
              "the door."),
            silent(STILL_THERE),
            silent(BYE + r"|call (?:us )?back"),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 11:20",
        caller="+19175550118", tags=("hangup",)),
    # --- salon (Tuesday to Saturday; closed Sunday and Monday; hour-long slots) ------------
    Scenario(
        "dev23_salon_jack_gray_like_the_color_books_on_the_closed_monday",
        "t_salon", (
            S("Hi, I know you're closed Mondays, I just want to book a men's haircut for "
              "Wednesday the 18th at five in the afternoon. Anyone is fine, and I've been in "
              "before."),
            S("You can reach me at this number, three one two, five five five, oh one nine "
              "nine. The name's Jack Gray."),
            S("Gray like the color, G, R, A, Y, with an A, not an E."),
            S("Yes, Jack Gray, men's haircut, Wednesday the 18th at five in the afternoon. "
              "Please book it."),
            S("Thanks, see you then, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:00", "Jack Gray", "+13125550199",
                        about=r"men|haircut|cut"),),
        said=(at(18, "17:00"),), ends_call=True, clock="2026-03-16 13:00",
        caller="+13125550199", tags=("booking",)),
    Scenario(
        "dev23_salon_daughter_books_a_blowout_for_mary_kate_her_mother",
        "t_salon", (
            S("Hi, I'd like to book a blowout as a birthday treat for my mom, Saturday the 21st "
              "at ten in the morning. Any stylist is fine, and she's never been in before."),
            S("Please put the appointment under her name, Mary-Kate Sullivan. Mary-Kate is "
              "hyphenated, M, A, R, Y, hyphen, K, A, T, E, and Sullivan is S, U, L, L, I, V, A, "
              "N."),
            S("She doesn't have a cell phone, so the callback should be my number, the one I'm "
              "calling from: four one five, five five five, oh two three nine. I'm her "
              "daughter, Bridget."),
            S("Yes, a blowout for Mary-Kate Sullivan on Saturday the 21st at ten in the "
              "morning. Please book it."),
            S("Thank you so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Mary-Kate Sullivan", "+14155550239",
                        about=r"blow"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-19 19:30",
        caller="+14155550239", tags=("booking",)),
    Scenario(
        "dev23_salon_xochitl_pronounced_so_chee_spells_it_and_gives_her_cell",
        "t_salon", (
            S("Hi, I'd like a women's haircut and style on Friday the 20th at noon, with anyone "
              "who's free. I've been in once before."),
            S("My name is Xochitl Ramirez. Xochitl is pronounced SO-chee, and it's spelled X, "
              "O, C, H, I, T, L. Ramirez is R, A, M, I, R, E, Z."),
            S("If it came out as Sochi, it's X, O, C, H, I, T, L, Xochitl. And I'm at work, so "
              "please use my cell: seven seven three, five five five, oh double two one."),
            S("Yes, Xochitl Ramirez, women's haircut, Friday the 20th at twelve noon, cell seven "
              "seven three, five five five, oh two two one. Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 12:00", "Xochitl Ramirez", "+17735550221",
                        about=r"women|haircut|cut|style"),),
        said=(at(20, "12:00"), read_back("+17735550221")), clock="2026-03-18 10:05",
        caller="+17735550108", tags=("booking",)),
    Scenario(
        "dev23_salon_bride_spells_schoenberger_b_as_in_boy_after_hours",
        "t_salon", (
            S("Hi, I'm getting married in June and I'd like to book hair for me and four "
              "bridesmaids. Could someone who handles weddings call me back?"),
            S("My name is Anneliese Schoenberger. Anneliese is A, N, N, E, L, I, E, S, E. "
              "Schoenberger is S, C, H, O, E, N, B as in boy, E, R, G, E, R."),
            S("The best number is the one I'm calling from, eight four seven, five five five, "
              "oh two five oh. The wedding is Saturday, June 20th."),
            S("Yes, Anneliese Schoenberger, eight four seven, five five five, oh two five oh, "
              "about wedding hair for five people in June. Please pass it on."),
            S("Thank you, good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Anneliese Schoenberger", "+18475550250",
                          about=r"wedding|bride|bridal|june", urgent=False),),
        ends_call=True, clock="2026-03-10 20:15", caller="+18475550250",
        tags=("message",)),
    Scenario(
        "dev23_salon_fern_says_who_she_is_then_only_asks_prices_on_a_sunday",
        "t_salon", (
            S("Hi, it's Fern Abernathy, F, E, R, N, I've been in before. I'm just calling with "
              "a couple of questions, I'm not booking yet."),
            S("How much is a balayage?", r"195|one hundred (?:and )?ninety[- ]five"),
            S("And partial highlights, how much are those?",
              r"135|one hundred (?:and )?thirty[- ]five"),
            S("Are you open on Sundays at all?",
              r"closed|not open|aren't open|don't open|\bno\b"),
            S("Okay, thanks, I'll call back during the week to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 11:00",
        caller="+12125550137", tags=("info",)),
    Scenario(
        "dev23_salon_mairead_spells_her_name_about_brassy_color_asks_for_a_person",
        "t_salon", (
            S("Hi, this is Mairead Gallagher, M, A, I, R, E, A, D. I had my color done there on "
              "Saturday and it came out much brassier than what we talked about."),
            S("I'm not upset with anyone, I'd just like it looked at. My number is the one I'm "
              "calling from, six three oh, five five five, oh one double one."),
            S("I'd really like to talk to a person at the salon about it. Could you put me "
              "through to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:30", caller="+16305550111", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "dev23_homes_lachlan_macgillivray_spells_it_for_a_sunday_showing",
        "t_homes", (
            S("Hi, I'd like to see the house listed at 48 Maple Avenue. We're buyers, we're "
              "pre-approved with our bank, and we're not working with an agent."),
            S("Could we do Sunday the 15th at one thirty in the afternoon?"),
            S("My name's Lachlan MacGillivray. Lachlan is L, A, C, H, L, A, N. MacGillivray is "
              "M, A, C, capital G, I, L, L, I, V, R, A, Y, all one word."),
            S("My cell is the number I'm calling from, two oh six, five five five, oh one four "
              "seven, and the email is lachlan dot mac at example dot com."),
            S("Yes, Lachlan MacGillivray, 48 Maple Avenue, Sunday the 15th at one thirty in the "
              "afternoon. Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Lachlan MacGillivray", "+12065550147",
                        about=r"show|maple|buy"),),
        said=(at(15, "13:30"),), clock="2026-03-13 18:20", caller="+12065550147",
        tags=("booking",)),
    Scenario(
        "dev23_homes_son_books_a_valuation_under_his_mother_and_corrects_his_cell",
        "t_homes", (
            S("Hi, my mother is thinking of selling her house at 19 Birch Lane, and we'd like "
              "someone to come and value it. It's not listed with anyone, and she'd like to sell "
              "this summer."),
            S("Please put the appointment in her name, she's the owner: Evelyn Okonkwo. Okonkwo "
              "is O, K, O, N, K, W, O."),
            S("Wednesday the 18th at eleven in the morning at the house. Call me, not her, I'm "
              "her son Chidi, on my cell: two oh one, five five five, oh one eight two."),
            S("Sorry, let me correct that. The last four are oh one two eight, not oh one eight "
              "two. So it's two oh one, five five five, oh one two eight."),
            S("Yes, Evelyn Okonkwo, home valuation at 19 Birch Lane, Wednesday the 18th at "
              "eleven in the morning, callback two oh one, five five five, oh one two eight. "
              "Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Evelyn Okonkwo", "+12015550128",
                        about=r"valu|sell|listing|birch"),),
        said=(at(18, "11:00"), read_back("+12015550128")), clock="2026-03-16 09:10",
        caller="+19735550164", tags=("booking",)),
    Scenario(
        "dev23_homes_phuong_p_as_in_peter_books_a_rental_showing",
        "t_homes", (
            S("Hi, this is Phuong Pham calling. I'd like to see the two-bedroom rental at 210 "
              "Harbor Street, unit 4B. I'm looking to rent, and I'm hoping to move in April "
              "1st."),
            S("Phuong is P as in Peter, H, U, O, N, G, and Pham is P as in Peter, H, A, M."),
            S("Saturday the 21st at two in the afternoon would work. My number is four oh four, "
              "triple five, oh one six three."),
            S("Yes, Phuong Pham, rental showing at 210 Harbor Street, Saturday the 21st at two "
              "in the afternoon, number four oh four, five five five, oh one six three. Please "
              "book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 14:00", "Phuong Pham", "+14045550163",
                        about=r"rent|show|harbor"),),
        said=(at(21, "14:00"),), ends_call=True, clock="2026-03-19 12:05",
        caller="+14045550163", tags=("booking",)),
    Scenario(
        "dev23_homes_beatriz_albuquerque_like_the_city_wants_to_make_an_offer",
        "t_homes", (
            S("Hi, we saw the house at 7 Willow Court on Sunday and we'd like to make an offer. "
              "Could the listing agent call me back?"),
            S("My name is Beatriz Albuquerque. Beatriz is B, E, A, T, R, I, Z. Albuquerque like "
              "the city in New Mexico, A, L, B, U, Q, U, E, R, Q, U, E."),
            S("Please call me on my work line, not this cell: three oh three, five five five, oh "
              "one three seven. I'm there from eight to six."),
            S("Yes, Beatriz Albuquerque, three oh three, five five five, oh one three seven, "
              "about an offer on 7 Willow Court. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatriz Albuquerque", "+13035550137", about=r"offer|willow",
                          urgent=False),),
        said=(read_back("+13035550137"),), ends_call=True, clock="2026-03-15 17:30",
        caller="+17205550186", tags=("message",)),
    Scenario(
        "dev23_homes_stacy_moves_the_showing_booked_under_anastasia",
        "t_homes", (
            S("Hi, this is Stacy Petrakis, I need to move my showing on Thursday the 12th at "
              "four thirty to the weekend."),
            S("It's booked under my full name, Anastasia Petrakis, P, E, T, R, A, K, I, S. I go "
              "by Stacy. I'm calling from the number on the booking."),
            S("Could you move it to Saturday the 14th at eleven thirty in the morning?"),
            S("Yes, please move Anastasia Petrakis from Thursday the 12th at four thirty to "
              "Saturday the 14th at eleven thirty in the morning."),
            S("Perfect, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Anastasia Petrakis", "+13125550214"),),
        cancelled=("2026-03-12 16:30",), said=(at(14, "11:30"),), ends_call=True,
        seed=(Seed("2026-03-12 16:30", "Anastasia Petrakis", "+13125550214"),),
        clock="2026-03-10 10:00", caller="+13125550214", tags=("move",)),
    Scenario(
        "dev23_homes_portuguese_caller_spells_paulo_ferreira_for_a_callback",
        "t_homes", (
            S("Olá, boa tarde. Eu gostaria de ver o apartamento para alugar na Harbor Street. "
              "Vocês falam português?", NOT_ENGLISH),
            S("O meu nome é Paulo Ferreira. Paulo, P, A, U, L, O. Ferreira, F, E, R, R, E, I, "
              "R, A."),
            S("O meu número é este, de onde estou ligando: seis um sete, cinco cinco cinco, "
              "zero dois oito quatro."),
            S("Sim, por favor, peça para alguém me ligar de volta. Obrigado."),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Ferreira", "+16175550284",
                          about=r"portugu|apartment|apartamento|rent|alugar|language|harbor"),),
        clock="2026-03-11 14:30", caller="+16175550284", tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev23_auto_rhys_pronounced_reese_books_the_first_oil_change_slot",
        "t_auto", (
            S("Morning, I need a full synthetic oil change for a 2018 Subaru Outback, about "
              "62,000 miles. I'll drop it off."),
            S("Thursday the 12th at seven thirty in the morning, first thing, if you have it."),
            S("My name's Rhys Llewellyn. It's pronounced Reese but spelled R, H, Y, S. "
              "Llewellyn is L, L, E, W, E, L, L, Y, N, two L's at the start."),
            S("Best number is this cell, five one two, five five five, oh one double six."),
            S("Yes, Rhys Llewellyn, oil change on the Outback, Thursday the 12th at seven thirty "
              "in the morning. Book it, please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Rhys Llewellyn", "+15125550166",
                        about=r"oil"),),
        said=(at(12, "07:30"),), clock="2026-03-10 07:15", caller="+15125550166",
        tags=("booking",)),
    Scenario(
        "dev23_auto_minh_not_ming_books_a_diagnostic_from_the_shop_phone",
        "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing, and the "
              "car drives fine. It's a 2016 Toyota Camry with about 98,000 miles. Can I book the "
              "diagnostic?"),
            S("Saturday the 14th at nine in the morning would be best, and I'll wait for it."),
            S("The name is Minh Dang. Minh is M, I, N, H, not Ming, and Dang is D, A, N, G."),
            S("My number is four oh eight, five five five, oh three oh three. That's my cell, "
              "not the shop phone I'm calling from."),
            S("Yes, Minh Dang, check engine diagnostic on the Camry, Saturday the 14th at nine "
              "in the morning, callback four oh eight, five five five, oh three oh three. Please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Minh Dang", "+14085550303",
                        about=r"check engine|diagnos|engine light"),),
        said=(at(14, "09:00"), read_back("+14085550303")), clock="2026-03-12 17:45",
        caller="+14085550412", tags=("booking",)),
    Scenario(
        "dev23_auto_brakes_fail_on_route_9_joe_calls_from_his_wifes_phone",
        "t_auto", (
            S("My brake pedal just went almost to the floor and there's a burning smell. I "
              "pulled over on Route 9. It's a 2012 Honda Accord.",
              r"tow|(?:don't|do not|not) drive|911|safe"),
            S("Okay, I won't drive it, I'm calling a tow now. Can the shop take it in first "
              "thing, and a service advisor call me as soon as possible? It's urgent."),
            S("My name is Joe Esposito, E, S, P, O, S, I, T, O. I'm on my wife's phone because "
              "my battery died, so call this number back: eight five six, five five five, oh "
              "one seven two."),
            S("Yes, Joe Esposito, eight five six, five five five, oh one seven two, the brakes "
              "failed on the Accord and it's being towed in. Please mark it urgent."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Joe Esposito", "+18565550172", about=r"brake|tow|burn|accord",
                          urgent=True),),
        ends_call=True, clock="2026-03-11 19:05", caller="+18565550172",
        tags=("emergency",)),
    Scenario(
        "dev23_auto_kwame_asante_boateng_wants_an_update_and_replaces_his_old_number",
        "t_auto", (
            S("Hi, my car's been at your shop since Thursday for a transmission noise, a 2014 "
              "Ford Escape, and I haven't heard anything. Could a service advisor call me with "
              "an update?"),
            S("The name is Kwame Asante-Boateng. Kwame is K, W, A, M, E. Asante, hyphen, "
              "Boateng, B, O, A, T, E, N, G."),
            S("And the phone number on my file is old, please don't use it. The new number is "
              "four one two, five five five, oh one two one, the same one I'm calling from."),
            S("Yes, Kwame Asante-Boateng, four one two, five five five, oh one two one, for an "
              "update on the Ford Escape. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kwame Asante-Boateng", "+14125550121",
                          about=r"update|escape|transmission|car", urgent=False),),
        ends_call=True, clock="2026-03-16 07:00", caller="+14125550121",
        tags=("message",)),
    Scenario(
        "dev23_auto_sunil_introduces_himself_then_only_asks_prices_and_hours",
        "t_auto", (
            S("Hi, this is Sunil Venkataraman, I've had my car with you before. I've got a few "
              "quick questions, I'm not ready to book."),
            S("How much is a four-wheel alignment?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("And a tire rotation?", r"\b29\b|twenty[- ]nine"),
            S("What are your hours on Saturday?",
              r"(?:\b8\b|eight).{0,40}(?:\b3\b|three)"),
            S("Great, thanks, I'll call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 12:10",
        caller="+15125550115", tags=("info",)),
    Scenario(
        "dev23_auto_delphine_marchand_lewis_wants_a_person_to_approve_her_estimate",
        "t_auto", (
            S("Hi, this is Delphine Marchand-Lewis. You called me this morning with an estimate "
              "for the brake pads on my 2019 Mazda CX-5."),
            S("Marchand, hyphen, Lewis, M, A, R, C, H, A, N, D. My number's the one I'm calling "
              "from, nine seven three, five five five, oh one double nine."),
            S("I'd like to talk to a service advisor about approving it. Can you put me through "
              "to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-18 10:30", caller="+19735550199", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev23_vet_pickles_the_cats_checkup_booked_under_ingrid_solberg",
        "t_vet", (
            S("Hi, I'd like to book a wellness exam for my cat, Pickles, she's due for her "
              "checkup. It's not an emergency, she's fine, and we're existing clients."),
            S("The appointment should be under my name, I'm the owner: Ingrid Solberg. Ingrid, "
              "I, N, G, R, I, D. Solberg, S, O, L, B, E, R, G."),
            S("Monday the 16th at five thirty in the afternoon, after work. Pickles is a "
              "six-year-old tabby."),
            S("The number is this one I'm calling from, six one two, five five five, oh one "
              "four oh."),
            S("Yes, Pickles's wellness exam, Monday the 16th at five thirty in the afternoon, "
              "under Ingrid Solberg. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Ingrid Solberg", "+16125550140",
                        about=r"wellness|exam|check"),),
        said=(at(16, "17:30"),), ends_call=True, clock="2026-03-14 11:40",
        caller="+16125550140", tags=("booking",)),
    Scenario(
        "dev23_vet_hamish_fraser_with_an_s_books_biscuit_from_his_work_desk",
        "t_vet", (
            S("Hi, we just moved to the area and I'd like to bring our dog in as a new client "
              "for a new patient exam. He's healthy, it's not an emergency."),
            S("He's a two-year-old beagle called Biscuit. I'm the owner, Hamish Fraser-Doyle. "
              "That's Fraser with an S, F, R, A, S, E, R, hyphen, Doyle."),
            S("Thursday the 12th at eight thirty in the morning, if you can. The best number is "
              "seven oh three, five five five, oh one nine two. Not the one I'm calling from, "
              "that's my work desk."),
            S("Yes, Biscuit's new patient exam, Thursday the 12th at eight thirty in the "
              "morning, under Hamish Fraser-Doyle, seven oh three, five five five, oh one nine "
              "two. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Hamish Fraser-Doyle", "+17035550192",
                        about=r"new|exam"),),
        said=(at(12, "08:30"), read_back("+17035550192")), ends_call=True,
        clock="2026-03-10 13:05", caller="+17035550101", tags=("booking",)),
    Scenario(
        "dev23_vet_nala_ate_xylitol_gum_on_a_sunday_yusuf_al_amin",
        "t_vet", (
            S("My dog just ate a pack of sugar-free gum with xylitol in it, maybe ten minutes "
              "ago! What do I do?", VET_NOW),
            S("Okay, we're heading to the emergency animal hospital now. Please leave an urgent "
              "message for our vet so they know. I'm Yusuf Al-Amin. Yusuf is Y, U, S, U, F, and "
              "Al-Amin is A, L, hyphen, A, M, I, N."),
            S("The dog is Nala, a three-year-old lab mix. Call me back on my cell, this number, "
              "two one four, five five five, oh one three one."),
            S("Yes, Yusuf Al-Amin, two one four, five five five, oh one three one, Nala ate "
              "xylitol gum. Mark it urgent, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Yusuf Al-Amin", "+12145550131", about=r"xylitol|gum|ate|nala",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 08:20", caller="+12145550131",
        tags=("emergency",)),
    Scenario(
        "dev23_vet_magdalena_wrobel_gives_her_cell_in_pieces_for_a_refill",
        "t_vet", (
            S("Hi, I'd like to request a refill of my dog's arthritis medication, carprofen. "
              "He's a twelve-year-old golden retriever called Rusty, and he's a patient "
              "there."),
            S("My name is Magdalena Wrobel. Magdalena, and Wrobel is W, R, O, B, E, L."),
            S("Please call me back on my cell, not the house phone I'm calling from. It's nine "
              "five two... five five five... oh one... seven eight."),
            S("Yes, Magdalena Wrobel, nine five two, five five five, oh one seven eight, the "
              "carprofen refill for Rusty. Please pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Magdalena Wrobel", "+19525550178",
                          about=r"refill|carprofen|arthritis|medication|rusty",
                          urgent=False),),
        said=(read_back("+19525550178"),), ends_call=True, clock="2026-03-13 18:30",
        caller="+19525550110", tags=("message",)),
    Scenario(
        "dev23_vet_mangos_vaccine_cancelled_under_the_owners_name",
        "t_vet", (
            S("Hi, I need to cancel my cat Mango's vaccine appointment on Tuesday the 17th at "
              "ten thirty."),
            S("It's under my name, not the cat's: Priscilla Oyelaran. That's O, Y, E, L, A, R, "
              "A, N. I'm calling from the number on the appointment."),
            S("Yes, please cancel the Tuesday the 17th ten thirty appointment for Priscilla "
              "Oyelaran. I'll call back to rebook."),
            S("No, that's all, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-17 10:30",), said=(r"cancel",),
        ends_call=True, seed=(Seed("2026-03-17 10:30", "Priscilla Oyelaran", "+16785550117"),),
        clock="2026-03-12 08:10", caller="+16785550117", tags=("cancel",)),
    Scenario(
        "dev23_vet_ottilie_brandt_spells_her_name_then_asks_about_rabbits_and_chips",
        "t_vet", (
            S("Hi, I'm Ottilie Brandt, B, R, A, N, D, T. I'm new in town and I just have a few "
              "questions before I register my pets."),
            S("Do you see rabbits, or only dogs and cats?", r"dog|cat|rabbit|ask|check"),
            S("How much is a microchip?", r"\b50\b|fifty"),
            S("And what are your Saturday hours?",
              r"(?:\b8\b|eight).{0,40}(?:\b12\b|noon|twelve)"),
            S("Thank you, I'll call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 17:50",
        caller="+16125550176", tags=("info",)),
]
