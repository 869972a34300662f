"""An eighteenth development set: 48 scripted callers, six in each of the fleet's eight trades,
who speak English as a second language, or a strong informal English, the way they really talk
on the phone, in the held-out sets' mix of kinds.

Written by a helper session (branch dev-callers-18) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the seventeenth
set's module docstring, its helper definitions and its first three callers, and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_18 below).

What makes it different: every caller speaks English as a second language, or a strong regional
or informal English, as people really do on the phone, and still wants what callers want. They
drop articles and auxiliaries ("I want make appointment for my son teeth", "you work on
Saturday?"), use the wrong tense ("I close the big valve already, now the water stop"), translate
literally from Spanish, Portuguese, Polish, Hindi, Chinese, Vietnamese, Tagalog, Arabic and
Russian ("my tooth is making me pain", "I have cough since two weeks", "in my car the lamp of the
engine is on", "I met with an accident", "my neck is still paining", "the water go near the plug
in the wall", "it make a sound like gii-gii"), keep their own word order ("Friday 13, at eleven
in the morning, can?", "is possible Saturday the 14?"), say dates day-first ("the 17 of March,
Tuesday", "Saturday, 14th March", "Thursday 19"), give numbers digit by digit, in groups, with
"double five" or "oh" ("nine one seven, double five five, zero one one four"), spell their names
their own way ("Nguyen, N-G-U-Y-E-N", "Krzysztof, K-R-Z-Y-S-Z-T-O-F", "Minh Le, last name L-E"),
use their polite formulas ("kindly do the needful", "po", "God bless", "peace be upon you", "my
brother", "habibi") and switch to their language for a word ("the luzes", "obrigada",
"gracias"). Each trade's emergency is told in the same broken English: a husband's face swelling
up to the eye, a father's chest pain and heavy left arm, a son arrested that morning, a broken
pipe with water near the wall plug at night, a dog that ate rat poison, white smoke from the
bonnet on a Saturday evening. The two callers who speak no English speak Spanish (a showing on
Pine Street) and Polish (a doctor for a mother with a fever). The English is never so broken that
a good human receptionist would not understand it. Calls ring at realistic hours via `clock=`:
before opening, at lunch, after closing, on a Saturday or a Sunday. The mix is the held-out
sets' (20 bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only
calls, 3 asks for a person, 1 Spanish and 1 other-language caller, 1 early hang-up). Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and policy it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev18

which prints `RESULT dev18_pass_rate=`, measured and never gated.
Its first run, on main at 0ef3342, before anyone had read a transcript of it: 26/48 = 0.542.
Its 22 failing transcripts were then read only for errors of the set's own (a pattern too strict
for a good reply, a date off the grid, a line that does not stand on its own, a wrong price);
none was found, every failure was the receptionist's, so no caller was changed and the set was
not run a second time. What failed, by kind: a day-first date's number dropped ("Thursday 19"
booked on the 12th, "Wednesday 18" booked for tomorrow, "Friday the 20" offered as the 13th);
the day's number taken as the hour ("Thursday the 12, at eleven" heard as 12 PM, "three forty"
and "half past four" booked at noon); a number confirmation without a "yes" ("number is the same
from which I am calling", "this number I call from is fine") not understood, so the read-back
came a line late and the caller's goodbye ended the call unbooked; "old patient", "I want to
buy, not rent" and a vehicle given in the first line asked for again; a move ("I need to change
it", "change to other day") taken for a new booking; "kindly ask the agent to call me" answered
with booking slots and no message; "timings" not understood and the salon said to be open on
Sunday; "check the brakes for free" answered with the diagnostic fee; water near the wall plug
not warned about; a vomiting cat's Friday booking turned into an emergency message; a spelled
short surname recorded as "Minh le"; "I will call back on Monday ... Bye" heard as a day to
book; a message left open when a caller asked for a person and was put through.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who wants a person is helped or leaves a
message. An emergency ends with an urgent message; a routine message is not urgent. A call whose
last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a yes
is not.
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
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out sets' mix); "language" is the caller who
# speaks neither English nor Spanish
KINDS_18 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
CLOSED = r"closed|not open|aren't open|don't open|do not open"
STILL_THERE = r"still there|hello|are you there|can you hear"


DEV_CALLERS_18: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev18_dental_mexican_mother_books_her_sons_first_child_cleaning", "t_dental", (
            S("Hello, good morning. I want make appointment for my son teeth, for the cleaning. "
              "He is seven years, born the 2 of June 2018, and he never come here before, so he "
              "is new patient."),
            S("He don't have pain, no swelling, nothing. Is only the cleaning and the check. We "
              "don't have insurance, I pay cash."),
            S("Can you give me Thursday 19, at four o'clock in the afternoon, please? Is for my "
              "son, his name is Mateo Ramirez, R-A-M-I-R-E-Z."),
            S("Yes, this number I am calling from is good, is my cell phone."),
            S("Yes, is correct, please book it."),
            S("Thank you so much, have a nice day. Bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:00", "Mateo Ramirez", "+17185550131",
                        about=r"child|kid|clean|son|new patient"),),
        said=(at(19, "16:00"),), ends_call=True, clock="2026-03-10 07:40",
        caller="+17185550131", tags=("booking",)),
    Scenario(
        "dev18_dental_chinese_patient_whose_tooth_is_making_him_pain_books_friday", "t_dental", (
            S("Hello. I am old patient, I come to you before, two years ago. Now my tooth is "
              "making me pain, up on the left side, since three days."),
            S("No swelling, the face is normal. Only pain when I drink something cold. Insurance "
              "I have, is Delta Dental, my company pay."),
            S("I work all the week, only Friday I am free. Friday the 13, ten o'clock in the "
              "morning, can? My name is Wei Zhang, family name Zhang, Z-H-A-N-G."),
            S("Yes, yes, the number is correct, the one I call from."),
            S("OK, correct, please you book it."),
            S("Thank you, bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Wei Zhang", "+16175550142",
                        about=r"pain|tooth|ache|cold|sensitiv"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-10 12:15",
        caller="+16175550142", tags=("booking",)),
    Scenario(
        "dev18_dental_indian_patient_asks_the_whitening_charges_and_books_it", "t_dental", (
            S("Good morning madam. I am calling regarding the teeth whitening. What are the "
              "charges for the whitening?", r"450|four hundred (?:and )?fifty"),
            S("Okay, that is fine. I am existing patient only, I came for the cleaning last "
              "year. No pain, nothing, only I want the whitening. I will pay by card."),
            S("Kindly book me on Wednesday, 18th March, at 2 PM. The name is Priya Raghunathan, "
              "R-A-G-H-U-N-A-T-H-A-N."),
            S("Number you can take the same one from which I am calling, it is my mobile."),
            S("Yes, everything is correct, please do the needful and book it."),
            S("Thank you so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Priya Raghunathan", "+12015550153",
                        about=r"whiten"),),
        said=(at(18, "14:00"),), ends_call=True, clock="2026-03-10 16:30",
        caller="+12015550153", tags=("booking",)),
    Scenario(
        "dev18_dental_wife_says_her_husbands_face_swelling_goes_up_to_the_eye", "t_dental", (
            S("Hello, please, is emergency. My husband have infection in the tooth, and now his "
              "face is very big swelling, the swelling is going up to the eye, and he say is "
              "hard for him to swallow.", r"911|emergency room|\bER\b|hospital"),
            S("Okay, okay, we go to the hospital now. But please, tell the dentist to call us. My "
              "name is Fatima Haddad, H-A-D-D-A-D, and the number is this one I am calling "
              "from."),
            S("Yes, please, it is urgent. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Fatima Haddad", "+13125550164",
                          about=r"swell|eye|face|tooth|infect|swallow", urgent=True),),
        ends_call=True, clock="2026-03-10 19:40", caller="+13125550164", tags=("emergency",)),
    Scenario(
        "dev18_dental_polish_patient_does_not_understand_a_letter_about_the_bill", "t_dental", (
            S("Good day. I have a question about the bill. I was by you last month, in February, "
              "for the cleaning, and I paid everything in cash. But now comes a letter that I "
              "still owe sixty dollars. I don't understand this."),
            S("Please, somebody from the office can call me back and explain. My name is "
              "Krzysztof Nowak. Krzysztof is K-R-Z-Y-S-Z-T-O-F, and Nowak is N-O-W-A-K. "
              "Telephone six one seven, five five five, zero one four seven."),
            S("Yes, is correct. Please give them the message. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Krzysztof Nowak", "+16175550147",
                          about=r"bill|letter|owe|sixty|\b60\b|balance|charge|pa(?:y|id)|invoice",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 12:40", caller="+16175550175", tags=("message",)),
    Scenario(
        "dev18_dental_filipina_asks_about_her_ppo_and_the_new_patient_price_on_saturday",
        "t_dental", (
            S("Hello po, good morning. I just want to ask po, do you accept Delta Dental PPO? "
              "That is my insurance from work.", r"PPO|most major|verif|benefit|carrier|plans"),
            S("And how much po for new patient, the exam with the x-ray and the cleaning?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay po, I will talk first to my husband and I will call back on Monday. Thank "
              "you po, God bless. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:00",
        caller="+19175550103", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev18_clinic_russian_patient_books_her_physical_at_twenty_past_nine", "t_clinic", (
            S("Hello. I need appointment for the annual physical, for myself. I am patient here "
              "already, I was by the doctor last year."),
            S("Is for check everything, the full physical, I have no problem, nothing hurts. "
              "Insurance is Aetna, I will bring the card. Birthday is 3 of November, 1968."),
            S("Please, Monday, 16 of March, at twenty past nine in the morning. The name is Olga "
              "Ivanova, I-V-A-N-O-V-A."),
            S("Yes, the telephone is this one, from where I call."),
            S("Yes, all correct, please make it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:20", "Olga Ivanova", "+17185550112",
                        about=r"physical|check"),),
        said=(at(16, "09:20"),), ends_call=True, clock="2026-03-10 07:20",
        caller="+17185550112", tags=("booking",)),
    Scenario(
        "dev18_clinic_vietnamese_new_patient_with_cough_since_two_weeks", "t_clinic", (
            S("Hi, I am new patient, never come before. I want see the doctor because I have "
              "cough since two weeks, it no go away."),
            S("No fever, only the cough. Insurance is Blue Cross, I bring the card. My birthday "
              "is 21 of August, 1990."),
            S("Can I have Thursday the 12, at three forty in the afternoon? The name is Thanh "
              "Nguyen. First name Thanh, T-H-A-N-H, last name Nguyen, N-G-U-Y-E-N."),
            S("Yes, this phone number is OK, is my number."),
            S("Yes, correct, book for me please."),
            S("Thank you, bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:40", "Thanh Nguyen", "+12135550125",
                        about=r"cough|new patient"),),
        said=(at(12, "15:40"),), ends_call=True, clock="2026-03-10 13:10",
        caller="+12135550125", tags=("booking",)),
    Scenario(
        "dev18_clinic_filipino_son_says_his_father_has_chest_pain_and_a_heavy_arm", "t_clinic", (
            S("Hello po, please help, my father is having very bad chest pain po, since thirty "
              "minutes already. He is sweating and he said his left arm is heavy.", r"911"),
            S("Yes po, my brother is calling the ambulance now. Please tell also the doctor, my "
              "father is your patient. My name is Mark Villanueva, V-I-L-L-A-N-U-E-V-A, you can "
              "call me on this number."),
            S("Yes po, it's urgent. Thank you po, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Mark Villanueva", "+16465550136",
                          about=r"chest|father|arm|heart|ambulance|sweat", urgent=True),),
        ends_call=True, clock="2026-03-10 11:15", caller="+16465550136", tags=("emergency",)),
    Scenario(
        "dev18_clinic_arabic_patient_asks_a_blood_pressure_refill_after_hours", "t_clinic", (
            S("Hello, good evening, peace be upon you. I need refill for my medicine for the "
              "blood pressure, the lisinopril. It finish in three days."),
            S("The pharmacy is the CVS on Main Street. My name is Youssef Mansour, M-A-N-S-O-U-R, "
              "birthday 12 of January, 1961. The number, please write: six one seven, five five "
              "five, zero one six two."),
            S("Yes, correct. Please tell the nurse. Thank you, God bless you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Youssef Mansour", "+16175550162",
                          about=r"refill|lisinopril|blood pressure|medic|prescription",
                          urgent=False),),
        never_said=(r"refill (?:is|has been) approved|I(?:'ve| have) approved",),
        ends_call=True, clock="2026-03-10 17:30", caller="+16175550185", tags=("message",)),
    Scenario(
        "dev18_clinic_brazilian_patient_cancels_thursday_to_fly_to_her_sick_mother",
        "t_clinic", (
            S("Hello, good morning. I need to cancel my appointment of Thursday, because I must "
              "travel to Brazil, my mother is sick there."),
            S("The name is Ana Souza, S-O-U-Z-A, birthday 23 of May, 1979. The appointment is "
              "Thursday, at ten in the morning."),
            S("Yes, please, cancel it. I call again when I come back."),
            S("No, only this. Obrigada, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Ana Souza", "+13125550117"),),
        clock="2026-03-10 12:10", caller="+13125550117", tags=("cancel",)),
    Scenario(
        "dev18_clinic_polish_speaker_wants_a_doctor_for_her_mother", "t_clinic", (
            S("Dzień dobry. Chciałabym umówić wizytę u lekarza dla mojej mamy. Ona ma gorączkę "
              "od dwóch dni. Przepraszam, nie mówię dobrze po angielsku.", r"English|angielsk"),
            S("Ewa Nowicka."),
            S("Tak, tak."),
            S("Tak, dziękuję."),
        ),
        outcome="message_taken",
        messages=(Message("Ewa Nowicka", "+17735550148",
                          about=r"Polish|polsk|English|language|interpret|translat|appoint"
                                r"|wizyt|mother|mom"),),
        clock="2026-03-10 14:00", caller="+17735550148", tags=("language",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev18_law_cook_whose_boss_no_pay_the_overtime_books_a_consultation", "t_law", (
            S("Good morning. I want to make a consultation with a lawyer. My boss no pay me the "
              "overtime for six months, I work in a restaurant, in the kitchen."),
            S("The restaurant is called Golden Fork Diner, the owner is Mister Richard Hale. "
              "There is no court date, nothing, and I don't have other lawyer."),
            S("Can be Wednesday 18, at eleven in the morning, in person? My name is Luis Herrera, "
              "H-E-R-R-E-R-A."),
            S("Yes, this number is good, is my cell phone."),
            S("Yes, everything correct, please book."),
            S("Thank you very much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Luis Herrera", "+19175550159",
                        about=r"overtime|wage|pay|employ|restaurant|work|labou?r"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-10 08:30",
        caller="+19175550159", tags=("booking",)),
    Scenario(
        "dev18_law_daughter_asks_what_a_testament_costs_and_books_one_hour_for_her_mother",
        "t_law", (
            S("Hello, I call for my mother. She want to make a testament, how you say, a will. "
              "How much it cost?",
              r"950|nine hundred (?:and )?fifty|no charge|free|\$0|zero|no cost"),
            S("OK. She is old and her English is not good, so I come with her and translate. "
              "Nobody else is involved, no court, nothing urgent, and we don't have other "
              "lawyer."),
            S("Can you give us one hour with the lawyer on Friday the 20, at two o'clock in the "
              "afternoon? Please put the booking in my mother name, Mei Chen, C-H-E-N."),
            S("You can use this number I am calling from, is my number."),
            S("Yes, correct, in person, please book."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 14:00", "Mei Chen", "+16465550161",
                        about=r"will|estate|testament"),),
        said=(at(20, "14:00"),), clock="2026-03-10 17:40", caller="+16465550161",
        tags=("booking",)),
    Scenario(
        "dev18_law_russian_father_says_his_son_is_arrested_this_morning", "t_law", (
            S("Please, help me. My son is arrested this morning, the police take him, now he is "
              "in the county jail. I need a lawyer today, please!",
              r"urgent|as soon as|right away|name|sorry|understand"),
            S("My name is Dmitri Volkov, V-O-L-K-O-V. I am the father. My son is twenty two "
              "years, his name is also Volkov, Alexei."),
            S("The number is this one, I call from my phone. Please, please, tell the lawyer to "
              "call me very fast."),
            S("Yes, is correct. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dmitri Volkov", "+17185550172",
                          about=r"arrest|jail|custody|police|son", urgent=True),),
        ends_call=True, clock="2026-03-10 20:15", caller="+17185550172", tags=("emergency",)),
    Scenario(
        "dev18_law_indian_caller_who_met_with_an_accident_wants_a_callback", "t_law", (
            S("Hello, good afternoon. Last week I met with an accident, one car hit my car from "
              "behind at the signal, and my neck is still paining."),
            S("I am in office now, I cannot talk much. Kindly ask one of the lawyers to call me "
              "back. My name is Arjun Reddy, R-E-D-D-Y, and my number is nine one seven, five "
              "five five, zero one three eight."),
            S("Yes, that is correct. Please pass it on. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Arjun Reddy", "+19175550138",
                          about=r"accident|injur|car|neck|hit|crash"),),
        ends_call=True, clock="2026-03-10 12:45", caller="+13125550183", tags=("message",)),
    Scenario(
        "dev18_law_arabic_client_sent_divorce_papers_and_nobody_called_back", "t_law", (
            S("Good evening. I am client of your office, one of your lawyers is doing my divorce "
              "case, I forget his name. I send all the papers last week and nobody call me "
              "back."),
            S("Please, I want someone to call me tomorrow. My name is Omar Khalil, K-H-A-L-I-L. "
              "And my number, please write: two one two, five five five, zero one nine one."),
            S("Yes, this is right. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Omar Khalil", "+12125550191",
                          about=r"divorce|papers|document|case"),),
        ends_call=True, clock="2026-03-10 18:30", caller="+17185550194", tags=("message",)),
    Scenario(
        "dev18_law_portuguese_tenant_with_the_deposit_photos_asks_for_a_person", "t_law", (
            S("Good morning. Last week I had the consultation with you, about my landlord, he "
              "don't want to give back my deposit of the apartment."),
            S("The lawyer tell me to send the photos of the apartment, and now I have them all, "
              "but I lost the paper with the email."),
            S("Please, can I talk with somebody from the office, a real person?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 10:30", caller="+16175550105", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows from 7) -------------
    Scenario(
        "dev18_plumb_water_heater_making_tak_tak_noise_no_hot_water", "t_plumb", (
            S("Hello, good morning. I have no hot water since yesterday. The water heater is not "
              "working, and it is making a noise like tak-tak-tak."),
            S("The address is 48 Maple Avenue, zip code one zero zero zero one. Is my house, I am "
              "the owner. No water on the floor, nothing is leaking."),
            S("Can you send somebody Thursday the 12, at eleven in the morning? My name is Jorge "
              "Castillo, C-A-S-T-I-L-L-O."),
            S("Yes, my number is this one, I am calling from it."),
            S("Yes, all correct, please book."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Jorge Castillo", "+12015550116",
                        about=r"hot water|heater"),),
        said=(at(12, "11:00"),), ends_call=True, clock="2026-03-10 06:40",
        caller="+12015550116", tags=("booking",)),
    Scenario(
        "dev18_plumb_indian_tenant_asks_drain_cleaning_charges_and_books_saturday", "t_plumb", (
            S("Hello sir, my kitchen sink is blocked, the water is not going down at all since "
              "two days. What are the charges for the drain cleaning?",
              r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay. Address is 17 Cedar Lane, ZIP code one zero zero zero two. I am staying on "
              "rent, the landlord Peter Brown has already given permission. No water is "
              "leaking."),
            S("Kindly send the plumber on Saturday, 14th March, at 9 in the morning. Name is "
              "Sunil Mehta, M-E-H-T-A."),
            S("Number is the same from which I am calling."),
            S("Yes, correct, please confirm the booking."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Sunil Mehta", "+17325550127",
                        about=r"drain|sink|clog|block"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-10 10:20",
        caller="+17325550127", tags=("booking",)),
    Scenario(
        "dev18_plumb_polish_owner_whose_toilet_runs_day_and_night_books_after_hours",
        "t_plumb", (
            S("Good evening. My toilet is all the time running the water, day and night, the "
              "water bill will be very big."),
            S("Address is 9 Birch Street, one zero zero zero three. I am owner of the house. No "
              "water on the floor, only in the toilet it is running."),
            S("Monday the 16 is good for me, at three in the afternoon, please. The name is "
              "Tomasz Lewandowski, L-E-W-A-N-D-O-W-S-K-I."),
            S("The number, please write: three one two, five five five, zero one five six."),
            S("Yes, is correct, you can book."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Tomasz Lewandowski", "+13125550156",
                        about=r"toilet|running"),),
        said=(at(16, "15:00"),), ends_call=True, clock="2026-03-10 19:30",
        caller="+13125550181", tags=("booking",)),
    Scenario(
        "dev18_plumb_vietnamese_caller_with_broken_pipe_and_water_near_the_plug", "t_plumb", (
            S("Please help me! The pipe under the kitchen is broken, water is coming out "
              "everywhere, all the floor is water!",
              r"shut|valve|turn (?:it |the water )?off|main"),
            S("I close the big valve already, now the water stop. But the floor is flood, and the "
              "water go near the plug in the wall.",
              r"stay|away|don't touch|do not touch|careful|electric|outlet|911|safe"),
            S("My name is Hoa Tran, T-R-A-N. The address is 22 Willow Road, one zero zero zero "
              "one."),
            S("The number is this one I am calling. Please send somebody fast."),
            S("Yes, is right. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Hoa Tran", "+17185550149",
                          about=r"pipe|flood|water|leak|burst|broken", urgent=True),),
        ends_call=True, clock="2026-03-10 21:30", caller="+17185550149", tags=("emergency",)),
    Scenario(
        "dev18_plumb_arabic_caller_wants_the_boss_to_call_with_a_water_heater_price",
        "t_plumb", (
            S("Hello, my friend. I want to know how much you charge to change the water heater, "
              "a new one, fifty gallon.",
              r"technician|on site|quote|estimate|see it|look at|depend"),
            S("OK, then please ask the boss to call me back with the price, I want to compare. My "
              "name is Karim Abboud, A-B-B-O-U-D, phone six four six, five five five, zero one "
              "two nine."),
            S("Yes, correct. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Karim Abboud", "+16465550129",
                          about=r"water heater|heater|replace|price|quote", urgent=False),),
        ends_call=True, clock="2026-03-14 13:00", caller="+16465550150", tags=("message",)),
    Scenario(
        "dev18_plumb_russian_caller_asks_on_sunday_if_open_and_the_service_call_price",
        "t_plumb", (
            S("Hello. You are open today, on Sunday? My faucet in the bathroom is dripping, "
              "drip-drip, is not emergency.", CLOSED + r"|Monday"),
            S("How much cost the service call, only for the plumber to come and look?",
              r"\b89\b|eighty[- ]nine"),
            S("OK, I will call again tomorrow, on Monday. Thank you, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 11:00",
        caller="+13475550161", tags=("info",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8; hour-long slots) ----------------------
    Scenario(
        "dev18_salon_vietnamese_new_client_books_a_womans_haircut_friday_can", "t_salon", (
            S("Hi, I want to cut my hair, the woman haircut. Any stylist is OK, no matter. I am "
              "new, first time to your salon."),
            S("Friday 13, at eleven in the morning, can? My name is Lan Pham, P-H-A-M."),
            S("Yes, this phone number is good."),
            S("Yes, correct, book please."),
            S("Thank you, bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Lan Pham", "+16465550118",
                        about=r"women|haircut|cut"),),
        said=(at(13, "11:00"),), ends_call=True, clock="2026-03-10 09:15",
        caller="+16465550118", tags=("booking",)),
    Scenario(
        "dev18_salon_brazilian_client_asks_the_balayage_price_and_books_the_luzes", "t_salon", (
            S("Hi, good morning! I want to do the balayage, how you say in English... the luzes, "
              "the highlights painted by hand. How much is it?",
              r"195|one hundred (?:and )?ninety[- ]five"),
            S("I am client already, I did the color with you in December. My hair is dark brown, "
              "long until the shoulder, and I want the same balayage like before. Any stylist is "
              "fine."),
            S("Saturday, 21 of March, at ten in the morning, please. My name is Juliana Costa, "
              "C-O-S-T-A."),
            S("Yes, the number is this one I am calling from."),
            S("Yes, perfect, please book it."),
            S("Obrigada, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Juliana Costa", "+19735550129",
                        about=r"balayage|highlight|colou?r"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-10 11:40",
        caller="+19735550129", tags=("booking",)),
    Scenario(
        "dev18_salon_russian_man_books_a_haircut_at_seven_in_the_evening_thursday", "t_salon", (
            S("Hello. I need haircut for man, for me. Anybody is OK, I don't care which stylist. "
              "I was by you before."),
            S("Thursday 19, at seven o'clock in the evening, after my work. The name is Sergei "
              "Petrov, P-E-T-R-O-V."),
            S("This number I call from is good."),
            S("Correct, please book."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Sergei Petrov", "+17185550130",
                        about=r"men|haircut|cut"),),
        said=(at(19, "19:00"),), ends_call=True, clock="2026-03-10 19:30",
        caller="+17185550130", tags=("booking",)),
    Scenario(
        "dev18_salon_chinese_client_whose_boss_says_she_must_work_moves_to_saturday",
        "t_salon", (
            S("Hello, I have appointment on Thursday, two o'clock in the afternoon, for cut my "
              "hair. I need to change it, that day my boss say I must work."),
            S("The name on the appointment is Jenny Liu, L-I-U."),
            S("Please move it to Saturday the 14, eleven o'clock in the morning. Same name, Jenny "
              "Liu."),
            S("Yes, correct, please change it."),
            S("Thank you, bye bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 11:00", "Jenny Liu", "+16175550141"),),
        cancelled=("2026-03-12 14:00",), said=(at(14, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Jenny Liu", "+16175550141"),),
        clock="2026-03-10 13:20", caller="+16175550141", tags=("move",)),
    Scenario(
        "dev18_salon_indian_caller_asks_the_timings_on_sunday_and_the_cancellation_charges",
        "t_salon", (
            S("Hello, good afternoon. What are your timings on Saturday?",
              r"(?=.*\b(?:9|nine)\b)(?=.*\b(?:5|five)\b)"),
            S("And on Sunday also you are open?", CLOSED),
            S("One more thing. If I cancel the appointment, there is any charges?",
              r"24|twenty[- ]four"),
            S("Okay, thank you so much. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 16:00",
        caller="+12015550152", tags=("info",)),
    Scenario(
        "dev18_salon_spanish_speaker_forgot_her_red_scarf_asks_for_a_person", "t_salon", (
            S("Hi, good afternoon. I was there on Saturday for the haircut, and I think I forget "
              "my scarf, a red one, on the chair."),
            S("It is a gift from my mother, is very important for me. Nobody call me about it."),
            S("Please, can you put me with somebody there in the salon, a real person, to check "
              "for me?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 15:00", caller="+13055550163", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half hours) -----
    Scenario(
        "dev18_homes_chinese_buyer_with_pre_approve_letter_books_a_saturday_showing",
        "t_homes", (
            S("Hello, I see your house on the internet, 250 Lakeview Drive. I want to go see it. "
              "I want to buy, not rent."),
            S("I don't have agent. I have the pre-approve letter from the bank already. We want "
              "to move in the summer."),
            S("Saturday 14 March, eleven thirty in the morning, OK? My name is Hao Wang, "
              "W-A-N-G."),
            S("This number I call from is fine."),
            S("Yes, correct, please book."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Hao Wang", "+14155550174",
                        about=r"showing|Lakeview|250|buy|view"),),
        said=(at(14, "11:30"),), ends_call=True, clock="2026-03-10 08:30",
        caller="+14155550174", tags=("booking",)),
    Scenario(
        "dev18_homes_russian_owner_wants_to_know_what_her_apartment_cost_now", "t_homes", (
            S("Hello. I want to sell my apartment. I need to know how much it cost now, on the "
              "market.", r"agent|valuation|market|analysis|appointment|look",
              avoid=r"\$\s?\d|\d{2,3},000|thousand dollars"),
            S("The address is 5 Harbor Street, apartment 4B. It is not with other agency. I want "
              "to sell maybe in May."),
            S("Can the agent come on the 17 of March, Tuesday, at four in the afternoon? Name is "
              "Natalia Smirnova, S-M-I-R-N-O-V-A."),
            S("The phone is this one."),
            S("Yes, correct, book please."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:00", "Natalia Smirnova", "+17185550185",
                        about=r"valuation|sell|listing|apartment|Harbor|market"),),
        said=(at(17, "16:00"),), ends_call=True, clock="2026-03-10 18:30",
        caller="+17185550185", tags=("booking",)),
    Scenario(
        "dev18_homes_spanish_renter_books_sunday_showing_with_a_double_five_number", "t_homes", (
            S("Hi, good afternoon. I am looking to rent, the apartment on 88 River Road, the one "
              "with two bedroom. Is still available?",
              avoid=r"\byes,? it(?:'s| is) (?:still )?available"),
            S("We want to move in the first of May, me and my wife. We don't have agent."),
            S("Sunday the 15, at one o'clock in the afternoon, we can go to see it. My name is "
              "Diego Morales, M-O-R-A-L-E-S."),
            S("The number is nine one seven, double five five, zero one one four."),
            S("Yes, correct, please make the appointment."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Diego Morales", "+19175550114",
                        about=r"rent|River|88|showing"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-10 12:20",
        caller="+19175550196", tags=("booking",)),
    Scenario(
        "dev18_homes_indian_buyer_wants_to_make_an_offer_and_a_callback_morning_itself",
        "t_homes", (
            S("Good evening. I am interested in the house on 14 Orchard Lane, and I want to make "
              "an offer on it."),
            S("My name is Vikram Iyer, I-Y-E-R. Kindly ask the agent to call me tomorrow morning "
              "itself."),
            S("My number is six four six, five five five, zero one seven three."),
            S("Yes, that is correct, please pass it on. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Vikram Iyer", "+16465550173", about=r"offer|Orchard"),),
        ends_call=True, clock="2026-03-10 19:15", caller="+12015550107", tags=("message",)),
    Scenario(
        "dev18_homes_filipina_cancels_the_saturday_showing_they_found_a_house_po", "t_homes", (
            S("Hello po, good morning. I need to cancel po our showing on Saturday, we found a "
              "house already."),
            S("The name is Grace Reyes, R-E-Y-E-S. It is Saturday at ten thirty in the morning "
              "po."),
            S("Yes po, please cancel it."),
            S("No more po, that's all. Thank you, God bless. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 10:30",), ends_call=True,
        seed=(Seed("2026-03-14 10:30", "Grace Reyes", "+16175550128"),),
        clock="2026-03-10 09:40", caller="+16175550128", tags=("cancel",)),
    Scenario(
        "dev18_homes_spanish_speaker_wants_to_see_the_house_on_pine_street", "t_homes", (
            S("Hola, buenas tardes. Llamo por la casa que venden en la calle Pine. Quiero verla "
              "esta semana con mi esposo. ¿Alguien habla español?", r"ingl[eé]s|English"),
            S("Rosa Delgado."),
            S("Sí, este número."),
            S("Sí, gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+13055550139",
                          about=r"Spanish|español|espanol|Pine|casa|house|showing|language"),),
        clock="2026-03-15 14:00", caller="+13055550139", tags=("spanish",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to 12; half hours) -----------------------
    Scenario(
        "dev18_vet_chinese_owner_books_the_rabies_vaccine_for_mochi", "t_vet", (
            S("Hello, I want to bring my dog for the vaccine, the rabies one. He is not sick, no "
              "emergency, everything normal."),
            S("We are new, first time to you. The dog name is Mochi, he is Shiba Inu, three "
              "years old."),
            S("Thursday 12, at half past four in the afternoon, OK? My name is Jun Zhao, "
              "Z-H-A-O."),
            S("My number is this one I call from."),
            S("Yes, correct, please book."),
            S("OK, thank you, bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Jun Zhao", "+16465550140",
                        about=r"rabies|vaccin"),),
        said=(at(12, "16:30"),), ends_call=True, clock="2026-03-10 07:15",
        caller="+16465550140", tags=("booking",)),
    Scenario(
        "dev18_vet_indian_owner_whose_cat_is_vomiting_since_two_days_books_friday", "t_vet", (
            S("Hello, my cat is vomiting since two days and not eating properly. She is not "
              "collapsed or anything, she is walking and drinking water."),
            S("We are existing clients only. The cat name is Kitty, she is Persian, eight years "
              "old."),
            S("Please give me Friday, 13th March, 9 AM morning. The name is Deepa Nair, "
              "N-A-I-R."),
            S("Number is the same from which I am calling."),
            S("Yes, correct, please book."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:00", "Deepa Nair", "+17325550151",
                        about=r"vomit|sick|eat"),),
        said=(at(13, "09:00"),), ends_call=True, clock="2026-03-10 13:00",
        caller="+17325550151", tags=("booking",)),
    Scenario(
        "dev18_vet_brazilian_owner_says_the_dog_eat_the_poison_for_the_rats", "t_vet", (
            S("Please, please, help! My dog eat the poison for the rats, in the garage, maybe "
              "half hour ago!",
              r"emergency (?:animal )?hospital|poison control|A ?S ?P ?C ?A|888|right away"
              r"|immediately"),
            S("Okay, I go now. My name is Paulo Ferreira, F-E-R-R-E-I-R-A. Please tell the "
              "doctor, the dog name is Thor."),
            S("The number is this one I am calling from. Obrigado, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Ferreira", "+19735550162", about=r"poison|rat|dog",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 20:00", caller="+19735550162", tags=("emergency",)),
    Scenario(
        "dev18_vet_filipina_starts_a_checkup_for_muning_then_the_line_goes_quiet", "t_vet", (
            S("Hello po, good morning po. I want to make appointment for my cat po, for "
              "check-up. She is not sick, no emergency."),
            S("Her name is Muning po, she is a cat, two years old. We are new po."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 10:05", caller="+12135550173",
        tags=("hangup",)),
    Scenario(
        "dev18_vet_russian_owner_moves_her_cats_friday_visit_to_saturday_half_past_nine",
        "t_vet", (
            S("Hello. I have appointment for my cat on Friday, at ten in the morning. I need to "
              "change to other day, please."),
            S("The name of appointment is Irina Kuznetsova, K-U-Z-N-E-T-S-O-V-A."),
            S("Is possible Saturday the 14, at half past nine in the morning? Same name, Irina "
              "Kuznetsova."),
            S("Yes, correct, please change it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Irina Kuznetsova", "+17185550184"),),
        cancelled=("2026-03-13 10:00",), said=(at(14, "09:30"),), ends_call=True,
        seed=(Seed("2026-03-13 10:00", "Irina Kuznetsova", "+17185550184"),),
        clock="2026-03-10 17:30", caller="+17185550184", tags=("move",)),
    Scenario(
        "dev18_vet_arabic_owner_wants_to_put_his_old_dog_to_sleep_peaceful", "t_vet", (
            S("Hello. My dog is very old, fifteen years, he cannot walk anymore. The family "
              "decide, we want to put him to sleep, peaceful, with no pain.",
              r"sorry|condolence|difficult|hard|understand"),
            S("Please, somebody call me to talk about it, I cannot talk long now. My name is "
              "Ahmed Saleh, S-A-L-E-H, and the number is this one I am calling."),
            S("Yes. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ahmed Saleh", "+13135550195",
                          about=r"sleep|euthan|old|dog|walk"),),
        ends_call=True, clock="2026-03-10 18:45", caller="+13135550195", tags=("message",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev18_auto_spanish_driver_books_the_change_of_oil_for_his_camry", "t_auto", (
            S("Good morning. I need the change of oil for my car. Is a Toyota Camry, 2017, more "
              "or less ninety thousand miles."),
            S("No problem with the car, it drive fine. I will leave the car there and go to work, "
              "I don't wait."),
            S("Wednesday 18, at seven thirty in the morning, please. My name is Ricardo Flores, "
              "F-L-O-R-E-S."),
            S("Yes, my number is this one."),
            S("Yes, all correct, book it please."),
            S("Gracias, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 07:30", "Ricardo Flores", "+13055550106",
                        about=r"oil"),),
        said=(at(18, "07:30"),), ends_call=True, clock="2026-03-10 07:00",
        caller="+13055550106", tags=("booking",)),
    Scenario(
        "dev18_auto_polish_driver_with_the_lamp_of_the_engine_on_books_a_check", "t_auto", (
            S("Good day. In my car the lamp of the engine is on, the yellow one. It is not "
              "blinking, only on all the time. How much for the check?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("It is Ford Escape, year 2015, one hundred twenty thousand miles. The car drives "
              "normal, no smoke, nothing. I will wait there while you check."),
            S("Friday the 13, half past one in the afternoon, please. The name is Marek "
              "Zielinski, Z-I-E-L-I-N-S-K-I."),
            S("The number is this one I call from."),
            S("Yes, correct, please book."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:30", "Marek Zielinski", "+17735550117",
                        about=r"engine|diagnos|light"),),
        said=(at(13, "13:30"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+17735550117", tags=("booking",)),
    Scenario(
        "dev18_auto_indian_driver_sees_white_smoke_from_the_bonnet_on_saturday_evening",
        "t_auto", (
            S("Hello, I am driving and now white smoke is coming from the bonnet, and there is a "
              "burning smell also. I have stopped the car on the side of the road.",
              r"tow|not (?:to )?drive|don't drive|stop driving|safe"),
            S("It is Hyundai Elantra, 2019 model. Kindly tell the mechanic to call me urgently. "
              "My name is Rahul Verma, V-E-R-M-A."),
            S("My number is nine one seven, five five five, zero one two six."),
            S("Yes, correct. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rahul Verma", "+19175550126",
                          about=r"smoke|burn|hood|bonnet|Elantra", urgent=True),),
        ends_call=True, clock="2026-03-14 16:30", caller="+12015550198", tags=("emergency",)),
    Scenario(
        "dev18_auto_vietnamese_owner_asks_when_his_accord_is_ready_after_hours", "t_auto", (
            S("Hi, my car is in your shop since Monday, the Honda Accord, silver color. Nobody "
              "call me yet, I need to know when it is ready."),
            S("Please tell the service advisor to call me tomorrow. My name is Minh Le, last name "
              "L-E. The phone is six one seven, five five five, oh one nine four."),
            S("Yes, correct. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Minh Le", "+16175550194",
                          about=r"Accord|Honda|ready|update|status|car"),),
        never_said=(r"(?:will|should) be ready (?:by|on|tomorrow|today)",),
        ends_call=True, clock="2026-03-10 18:20", caller="+16175550108", tags=("message",)),
    Scenario(
        "dev18_auto_arabic_caller_asks_saturday_closing_free_brake_check_and_card", "t_auto", (
            S("Hello, my brother. You work on Saturday? What time you close on Saturday?",
              r"\b(?:3|three)\b"),
            S("And the brakes, you check them for free, or I must pay?",
              r"free|no charge|\$0|zero|no cost|complimentary|doesn't cost|don't charge|at no"),
            S("And the payment, you take the card, or only cash?", r"card"),
            S("OK, thank you habibi, maybe I come Saturday. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 07:10",
        caller="+13135550119", tags=("info",)),
    Scenario(
        "dev18_auto_chinese_owner_who_did_not_understand_the_voicemail_asks_for_a_person",
        "t_auto", (
            S("Hello, yesterday I bring my car to you, the Nissan Rogue, for the brake noise. It "
              "make a sound like gii-gii when I stop."),
            S("Somebody leave a message on my phone this morning, but I don't understand good, "
              "the English is too fast."),
            S("Please, can I talk with the person, the service advisor, a real person?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 11:00", caller="+14155550120", tags=("person",)),
]
