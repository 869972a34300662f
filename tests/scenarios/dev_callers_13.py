"""A thirteenth development set: 48 scripted callers, six in each of the fleet's eight trades, who
know the trade and speak its language, as a front-desk person who has worked a year in each of
these trades would remember their calls, in the twelfth set's held-out-like mix of kinds.

Written by a helper session (branch dev-callers-13) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to twelfth development sets' lists; only the
twelfth set's module docstring, its helper definitions, its first callers and its test file, for
the conventions). The businesses' facts come only from tenants/profession_data.py and the fleet
in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py
(every rule of it but the kinds' numbers: this set keeps the twelfth set's mix, KINDS_13 below).

What makes it different: the callers are regulars and returning customers ("same as last time",
"my usual cut", "you did my water heater last spring", "you helped us buy three years ago") who
name what they want in the trade's everyday words rather than the business's service names: a
six-month checkup, a crown that came off, a root touch-up, a trim and a blowout, a DUI, custody,
setting up an LLC, listing a condo, "we're pre-approved", "what's my house worth", her yearly
shots, he's been limping, getting him fixed, an annual physical, a sports physical, a refill on
blood pressure meds, a running toilet, a jammed disposal, a leaking water heater, a check engine
light, a grinding noise when braking, an inspection sticker. They ask the money questions callers
ask (does it take my insurance, what is the self-pay price, is the brake check free, what does a
neuter cost, is the valuation free, what's the after-hours charge, will the warranty cover it, do
you take checks or Discover) and pile on details the receptionist does not need (the dog's
weight, the car's mileage, the condo's square footage, the hair's thickness, the blood alcohol
reading) mixed with the ones it does (the name, the date of birth, the address and ZIP, the
landlord's number, the other party's name for the conflict check). Emergencies are each trade's
real ones as someone in the trade would hear them (a knocked-out tooth kept in milk, chest
pressure into the left arm, a brother in county jail before his bail hearing, a water heater
flooding the basement, a brake pedal to the floor, a dog into the grapes). The two callers who
speak no English speak Spanish and Brazilian Portuguese. Calls ring at realistic hours via
`clock=`: before opening, at lunch, after closing, on a Saturday or a Sunday. The mix is the
twelfth set's (20 bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4
question-only calls, 3 asks for a person, 1 Spanish and 1 other-language caller, 1 caller whose
line goes dead). Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive
so any good wording passes, and every price, hour and policy it looks for is the business's own
(profession_data.py); a price the business does not list must not be made up (`not_listed`).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev13

which prints `RESULT dev13_pass_rate=`, measured and never gated.
Its first run, on main at 05c8ba8, before anyone had read a transcript of it: 35/48 = 0.729.
After it one caller was rewritten because the set, not the receptionist, was at fault: the
injury client who asked for a person only in the last line had said "I'm a client there, a
question about my case" first, which a receptionist may rightly put through at once; that caller
is now a prospective client who asks about the free evaluation before asking for a person.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person, or says what makes it urgent, only in the last line); elsewhere a caller who needs a
person leaves a message. An emergency ends with an urgent message or a transfer; a routine
message is not urgent. A call whose last line says goodbye is hung up by the receptionist
(`ends_call=True`); one that ends on a yes or a thank-you is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed, silent
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the twelfth set's mix; dev_set_shape.py's KINDS is the
# earlier sets'); "language" is the caller who speaks neither English nor Spanish
KINDS_13 = dict(KINDS_HELDOUT_MIX)

def price(dollars: int, words: str) -> str:
    """A price said either way: "$129", "129 dollars", "one hundred twenty nine dollars"."""
    spoken = words.replace(" ", r"[ -](?:and )?")
    return rf"(?<![\d,.]){dollars}(?:\.00)?\b|(?<!hundred )(?<!hundred and )\b{spoken}\b"


def not_listed(*dollars: int) -> str:
    """A dollar figure that is not one of the business's listed prices: a made-up quote."""
    listed = "|".join(str(d) for d in dollars)
    return rf"\$\s?(?!(?:{listed})(?:\.00)?\b)\d[\d,]*"


BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
STILL_THERE = r"still there|are you there|hello|can you hear"
DENTAL_PRICES = not_listed(275, 165, 95, 120, 450)
CLINIC_PRICES = not_listed(250, 150, 225, 75, 40)
LAW_PRICES = not_listed(250, 0, 950)
PLUMB_PRICES = not_listed(89, 189, 225)
SALON_PRICES = not_listed(65, 35, 45, 95, 135, 195, 0)
AUTO_PRICES = not_listed(89, 129, 29, 0, 149)
VET_PRICES = not_listed(65, 75, 85, 30, 35, 50)
MEDS = r"ibuprofen|advil|tylenol|aspirin|acetaminophen|\bmg\b|milligrams? (?:of|every)"
CAN_WAIT = r"can wait|not (?:serious|an emergency)|nothing to worry|probably (?:just|fine|nothing)"
SAFE_TO_DRIVE = (r"(?<!whether )(?<!if )(?<!that )\bit(?:'s| is| should be) (?:fine|safe|okay) "
                 r"to drive")


DEV_CALLERS_13: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev13_dental_six_month_checkup_same_as_last_time_with_delta_ppo", "t_dental", (
            S("Hi, it's time for my six-month checkup. I've been a patient there for years, and "
              "I always take the first appointment of the morning, same as last time. I have "
              "Delta Dental through work, the PPO."),
            S("Could I get Thursday the 19th at eight in the morning? The name is Gloria Reyes, "
              "R, E, Y, E, S."),
            S("Yes, this number is my cell, you can use it."),
            S("Yes, that's correct, go ahead and book it."),
            S("Thanks so much, bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 08:00", "Gloria Reyes", "+16175550121",
                        about=r"clean|check|exam|hygien"),),
        said=(at(19, "08:00"),), never_said=(DENTAL_PRICES,), ends_call=True,
        clock="2026-03-10 12:15", caller="+16175550121", tags=("booking",)),
    Scenario(
        "dev13_dental_crown_came_off_no_pain_books_after_a_trip", "t_dental", (
            S("Hi, this is Paul Novak, I've been a patient with you for about six years. My crown "
              "came off last night, the one on the lower left, and I've still got it in a "
              "baggie. It doesn't hurt at all. How much does it cost to cement it back on?",
              avoid=DENTAL_PRICES),
            S("Okay. I'm out of town until Thursday, so could you put me in Thursday the 12th at "
              "two in the afternoon? Paul Novak."),
            S("Yes, the number I'm calling from is the best one."),
            S("Yes, that's it, please book it."),
            S("Great, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Paul Novak", "+16175550134", about=r"crown"),),
        said=(at(12, "14:00"),), never_said=(DENTAL_PRICES, MEDS), ends_call=True,
        clock="2026-03-09 17:40", caller="+16175550134", tags=("booking",)),
    Scenario(
        "dev13_dental_new_patient_full_workup_asks_about_cigna", "t_dental", (
            S("Hi, I just moved here from Ohio and I need a new dentist. I'd like the full "
              "workup, exam, X-rays and a cleaning. My last cleaning was maybe eight months ago. "
              "Do you take Cigna? It's a PPO through my wife's job.",
              r"PPO|most major|verify|benefits|insurance"),
            S("Okay, great. Friday the 20th at nine in the morning would be perfect. The name is "
              "Derek Olsen, O, L, S, E, N."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 09:00", "Derek Olsen", "+16175550147",
                        about=r"new patient|exam|x-ray|clean"),),
        said=(at(20, "09:00"), r"early|photo ID|insurance card"),
        never_said=(DENTAL_PRICES, r"\byes,? we (?:take|accept) cigna"), ends_call=True,
        clock="2026-03-11 08:10", caller="+16175550147", tags=("booking",)),
    Scenario(
        "dev13_dental_knocked_out_tooth_in_milk_on_a_saturday", "t_dental", (
            S("Hi, I know you're closed Saturdays, but my son is a patient of yours. He's "
              "fourteen, he just took a hockey puck to the mouth and his front tooth got knocked "
              "clean out. We've got it in a cup of milk. There's some bleeding but it's "
              "slowing down."),
            S("My name is Karen Brooks, I'm his mom. Please have the dentist call me right away."),
            S("Call me on this number, the one I'm calling from, it's my cell."),
            S("Yes, please mark it urgent. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Karen Brooks", "+16175550152", about=r"tooth|knock|puck",
                          urgent=True),),
        never_said=(MEDS, CAN_WAIT), clock="2026-03-14 10:30", caller="+16175550152",
        tags=("emergency",)),
    Scenario(
        "dev13_dental_pushes_her_cleaning_back_a_week", "t_dental", (
            S("Hi, it's Linda Park. I have my cleaning this Thursday at ten, and I got called "
              "into a work meeting. Can I push it to the following Thursday, the 19th, same "
              "time, ten in the morning?"),
            S("Linda Park, P, A, R, K."),
            S("Yes, move it to Thursday the 19th at ten, please."),
            S("Perfect, thank you, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-19 10:00", "Linda Park", "+16175550163"),),
        cancelled=("2026-03-12 10:00",), said=(at(19, "10:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Linda Park", "+16175550163"),),
        caller="+16175550163", tags=("move",)),
    Scenario(
        "dev13_dental_billing_question_about_a_crown_statement", "t_dental", (
            S("Hi, I got a statement in the mail for my crown from January. It says I owe four "
              "hundred and twelve dollars, and I thought my Aetna would pick up half of it. Can "
              "somebody in billing look at it and call me back?"),
            S("My name's Harold Fitch, F, I, T, C, H."),
            S("Call me at my office, not this phone: two zero three, five five five, zero one "
              "six seven."),
            S("Yes, that's right. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Harold Fitch", "+12035550167",
                          about=r"bill|statement|insurance|aetna|crown|owe", urgent=False),),
        never_said=(r"\byes\b[^.?!]{0,30}\bcovered\b", r"aetna (?:will|should) (?:pay|cover)"),
        clock="2026-03-11 16:45", caller="+12035550166", tags=("message",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev13_clinic_annual_physical_first_thing_for_fasting_labs", "t_clinic", (
            S("Good morning, I'm due for my annual physical. I've been a patient there about ten "
              "years, same Blue Cross plan as always. They'll want fasting labs, so I'd like the "
              "first appointment of the morning."),
            S("Wednesday the 11th at eight o'clock would be ideal. The patient is me, Robert "
              "Haines, date of birth June 3rd, 1961."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's correct, please book it."),
            S("Thank you, have a good day. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 08:00", "Robert Haines", "+13125550118",
                        about=r"physical|annual"),),
        said=(at(11, "08:00"),), never_said=(CLINIC_PRICES,), ends_call=True,
        clock="2026-03-09 08:05", caller="+13125550118", tags=("booking",)),
    Scenario(
        "dev13_clinic_mom_books_a_sports_physical_and_asks_the_price", "t_clinic", (
            S("Hi, my daughter needs a sports physical for spring soccer, the school sent home a "
              "form the doctor has to sign. She's eleven and she's been seen there since she was "
              "a baby. How much is a sports physical if insurance won't pay for it?",
              price(75, "seventy five")),
            S("Okay. After school works best. Could she come Monday the 16th at three forty? Her "
              "name is Sophie Grant, born April 2nd, 2014."),
            S("I'm her mom, and the number I'm calling from is my cell."),
            S("Yes, that's all correct, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:40", "Sophie Grant", "+13125550124",
                        about=r"sport|physical|soccer|form"),),
        said=(at(16, "15:40"),), never_said=(CLINIC_PRICES,), ends_call=True,
        clock="2026-03-12 15:30", caller="+13125550124", tags=("booking",)),
    Scenario(
        "dev13_clinic_chest_pressure_into_the_left_arm", "t_clinic", (
            S("Hi, I'm a patient there. I've had a heavy pressure in my chest since I woke up, "
              "it's going into my left arm and I'm all sweaty. Can the doctor squeeze me in this "
              "morning?", r"911|nine one one"),
            S("Okay, okay, I'll call 911. Please let my doctor know what's going on. My name is "
              "Frank Delgado."),
            S("Yes, this number, it's my cell."),
            S("Yes, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Frank Delgado", "+13125550139", about=r"chest|911|arm",
                          urgent=True),),
        never_said=(CAN_WAIT, MEDS, r"heartburn|anxiety|pulled (?:a )?muscle"),
        clock="2026-03-10 08:20", caller="+13125550139", tags=("emergency",)),
    Scenario(
        "dev13_clinic_cancels_a_flu_shot_she_got_at_the_pharmacy", "t_clinic", (
            S("Hi, I had a flu shot scheduled with you this Thursday, but I ended up getting it "
              "at the pharmacy over the weekend, so I need to cancel."),
            S("It's under Nancy Olsen, date of birth September 9th, 1958."),
            S("Yes, that's the one on Thursday, please cancel it."),
            S("No, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 11:20",), ends_call=True,
        seed=(Seed("2026-03-12 11:20", "Nancy Olsen", "+13125550145"),),
        clock="2026-03-10 13:30", caller="+13125550145", tags=("cancel",)),
    Scenario(
        "dev13_clinic_refill_on_blood_pressure_meds", "t_clinic", (
            S("Hi, I need a refill on my blood pressure meds, the lisinopril, twenty milligrams. "
              "I've got about four pills left. I've been on it three years with the same "
              "doctor."),
            S("My name is Walter Briggs, date of birth February 14th, 1955."),
            S("Send it to the Walgreens on Main Street. And the number I'm calling from is fine "
              "for a callback."),
            S("Yes, that's right. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Walter Briggs", "+13125550156",
                          about=r"refill|lisinopril|blood pressure", urgent=False),),
        said=(r"business days|two days|2 days|couple (?:of )?days|48 hours",),
        never_said=(r"(?:refill|prescription) (?:is|has been|was) (?:approved|sent|called in)",
                    r"(?:you can|just) (?:take|skip|double)"),
        clock="2026-03-13 16:20", caller="+13125550156", tags=("message",)),
    Scenario(
        "dev13_clinic_insurance_self_pay_and_same_day_questions", "t_clinic", (
            S("Hi, a quick question before I switch doctors. Do you take Aetna? I'm on my "
              "husband's plan.", r"most major|insurance card|confirm|verify|coverage"),
            S("And if I end up paying myself, what does a new patient visit cost?",
              price(250, "two hundred fifty")),
            S("Do you do same-day appointments when I'm sick?", r"same[- ]day|early"),
            S("Okay, that's helpful. I'll call back to set something up. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"\byes,? we (?:take|accept) aetna", CLINIC_PRICES),
        clock="2026-03-11 12:10", caller="+13125550162", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev13_law_first_offense_dui_with_an_april_arraignment", "t_law", (
            S("Hi, I got pulled over Saturday night and charged with a DUI, first offense. I "
              "blew a point zero nine. My arraignment isn't until April 2nd. I need to talk to "
              "one of your criminal attorneys, I don't have a lawyer yet."),
            S("Wednesday the 11th at four in the afternoon would work, in person. My name is "
              "Jason Whitley."),
            S("The number I'm calling from is good, and my email is jason dot whitley at gmail "
              "dot com."),
            S("Yes, that's right, please book it."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 16:00", "Jason Whitley", "+16465550113",
                        about=r"DUI|criminal|driving|traffic|defense"),),
        said=(at(11, "16:00"),),
        never_said=(r"you should plead|you(?:'ll| will) (?:likely |probably )?(?:lose|keep) "
                    r"your licen|you(?:'ll| will) (?:be fine|get off)", LAW_PRICES),
        ends_call=True, clock="2026-03-09 12:30", caller="+16465550113", tags=("booking",)),
    Scenario(
        "dev13_law_custody_modification_after_hours_by_video", "t_law", (
            S("Hi, I know it's after hours. I need a family lawyer about custody. My ex-wife "
              "moved two hours away with our kids and I want to modify the parenting plan. How "
              "much is a consultation?", price(250, "two hundred fifty")),
            S("Okay, that's fine. My ex's name is Melissa Ward, for your conflict check. There's "
              "no court date yet."),
            S("Monday the 16th at ten in the morning, by video if possible. I'm Daniel Ward."),
            S("Yes, the number I'm calling from is my cell."),
            S("Yes, that's all right, book it please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:00", "Daniel Ward", "+16465550128",
                        about=r"custody|family|parenting"),),
        said=(at(16, "10:00"),),
        never_said=(LAW_PRICES, r"you(?:'ll| will) (?:likely |probably )?(?:win|get)"),
        ends_call=True, clock="2026-03-12 17:45", caller="+16465550128", tags=("booking",)),
    Scenario(
        "dev13_law_brother_in_county_jail_before_his_bail_hearing", "t_law", (
            S("Hi, is this the law office? Do you handle criminal cases?"),
            S("Okay, good. My name's Tanya Hill."),
            S("My brother Marcus was arrested last night and he's being held at the county jail. "
              "His bail hearing is tomorrow morning at nine. Can I talk to an attorney right "
              "now?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:15",
        caller="+16465550131", overrides=TRANSFER_LINE, tags=("emergency",)),
    Scenario(
        "dev13_law_llc_articles_rejected_by_the_state", "t_law", (
            S("Hi, this is Priya Raman. Your office filed the articles of organization for my "
              "LLC last month, and the Secretary of State just mailed them back saying the name "
              "isn't available. Could my attorney call me back about it?"),
            S("Priya Raman, R, A, M, A, N. The company is Raman Bakery LLC."),
            S("The number I'm calling from is fine, it's my cell. Mornings are best."),
            S("Yes, that's right. Thanks so much."),
        ),
        outcome="message_taken",
        messages=(Message("Priya Raman", "+16465550146",
                          about=r"LLC|articles|secretary of state|name|bakery", urgent=False),),
        clock="2026-03-11 18:30", caller="+16465550146", tags=("message",)),
    Scenario(
        "dev13_law_car_accident_caller_asks_for_someone_in_the_office", "t_law", (
            S("Hi, do you handle personal injury? I was rear-ended on the highway last fall. Is "
              "the first meeting free?", r"no charge|free|\$?0\b|zero|no cost|evaluat"),
            S("Okay. My name is Luis Ortega, O, R, T, E, G, A."),
            S("Actually, I'd rather talk it over with a person. Can you put me through to someone "
              "in the office?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 14:10",
        caller="+16465550159", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev13_law_setting_up_an_llc_fees_phone_and_what_to_bring", "t_law", (
            S("Hi, I'm thinking about setting up an LLC for my landscaping business. Do you do "
              "that, and do you charge a flat fee?",
              r"hourly|flat fee|depends|consultation|attorney", avoid=LAW_PRICES),
            S("Can the consultation be done over the phone? I'm out on job sites all day.",
              r"phone|video"),
            S("What should I have with me for it?", r"photo ID|documents|paperwork"),
            S("Great, I'll talk it over with my wife and call back. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, never_said=(LAW_PRICES,),
        clock="2026-03-13 11:00", caller="+16465550170", tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev13_plumb_running_toilet_after_swapping_the_flapper", "t_plumb", (
            S("Hi, I've got a running toilet upstairs, it's been going for a week. I already "
              "swapped the flapper myself and it still runs. It's not leaking anywhere, it just "
              "won't stop filling. What do you charge to come out?", price(89, "eighty nine")),
            S("The address is 48 Birch Lane, ZIP code 10001. I own the house, it's an old "
              "colonial with three bathrooms."),
            S("Thursday the 12th, the nine o'clock window works. It's Greg Tanaka."),
            S("Yes, this number is fine."),
            S("Yes, that's all correct, go ahead."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Greg Tanaka", "+17185550117",
                        about=r"toilet|flapper|running"),),
        said=(at(12, "09:00"),), never_said=(PLUMB_PRICES,), clock="2026-03-10 19:30",
        caller="+17185550117", tags=("booking",)),
    Scenario(
        "dev13_plumb_jammed_disposal_for_a_renter_with_the_landlords_ok", "t_plumb", (
            S("Morning. My garbage disposal's jammed. It just hums when I flip the switch, and I "
              "already tried the hex key underneath and hit the reset button. No leak, the sink's "
              "just full of dirty water."),
            S("I'm at 9 Pine Road, apartment 4C, ZIP 10003. I rent, but my landlord said to go "
              "ahead, he'll pay. His name's Sal Romano, two one two, five five five, zero one "
              "nine two."),
            S("Saturday the 14th, the eleven o'clock window. My name is Aisha Coleman."),
            S("For me, the number I'm calling from is the best one."),
            S("Yes, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Aisha Coleman", "+17185550123",
                        about=r"disposal"),),
        said=(at(14, "11:00"),), never_said=(PLUMB_PRICES,), ends_call=True,
        clock="2026-03-12 07:15", caller="+17185550123", tags=("booking",)),
    Scenario(
        "dev13_plumb_water_heater_flooding_the_basement_on_a_sunday", "t_plumb", (
            S("Hi, my water heater's leaking, there's water all over the basement floor, maybe "
              "an inch, and it's spreading toward the furnace. It's a forty gallon gas tank, "
              "about twelve years old."),
            S("I shut the cold water valve on top of it, but it's still dripping from the bottom. "
              "The address is 77 Maple Avenue, ZIP 10003. I own the house."),
            S("My name is Brian Kowalski, K, O, W, A, L, S, K, I. Please have someone call me as "
              "soon as you can."),
            S("Yes, the number I'm calling from is my cell."),
            S("Yes, please, mark it urgent. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Brian Kowalski", "+17185550138", about=r"water heater|leak|flood",
                          urgent=True),),
        never_said=(CAN_WAIT,), clock="2026-03-15 08:10", caller="+17185550138",
        tags=("emergency",)),
    Scenario(
        "dev13_plumb_spanish_speaker_with_a_leak_under_the_sink", "t_plumb", (
            S("Hola, buenos días. Tengo una fuga debajo del fregadero de la cocina, gotea cuando "
              "abro el agua. ¿Pueden mandar a alguien esta semana?",
              r"lo siento|español|spanish|inglés|english"),
            S("Me llamo Rosa Medina."),
            S("Sí, este número."),
            S("Sí, gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Medina", "+17185550144",
                          about=r"spanish|español|espanol"),),
        clock="2026-03-16 10:00", caller="+17185550144", tags=("spanish",)),
    Scenario(
        "dev13_plumb_last_springs_water_heater_now_rumbles", "t_plumb", (
            S("Hi, you guys replaced my water heater last spring, the tech's name was Mike, I "
              "think. It's started making a popping, rumbling noise when it heats up. No leak or "
              "anything. I want to know if that's covered under your warranty before I book."),
            S("Could Mike or someone from the office just give me a call back about it? My name's "
              "Doris Kaplan."),
            S("The number I'm calling from is fine. The address is 12 Oak Street, 10001, if you "
              "need it."),
            S("Yes, that's it. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Doris Kaplan", "+17185550151",
                          about=r"water heater|warranty|noise|popping|rumbl", urgent=False),),
        never_said=(r"\byes\b[^.?!]{0,30}\bcovered\b", PLUMB_PRICES),
        clock="2026-03-14 13:00", caller="+17185550151", tags=("message",)),
    Scenario(
        "dev13_plumb_shopping_around_fees_license_and_checks", "t_plumb", (
            S("Hi, I've got a slow bathroom sink, nothing urgent, I'm just shopping around. "
              "What's your service call fee?", price(89, "eighty nine")),
            S("And if I ever need somebody at night, what's the after-hours emergency charge?",
              price(189, "one hundred eighty nine")),
            S("Are you guys licensed and insured? And do you take checks?",
              r"licensed|insured"),
            S("Okay, thanks, I'll call back next week to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, said=(r"\bchecks?\b",),
        never_said=(PLUMB_PRICES,), clock="2026-03-13 18:40", caller="+17185550165",
        tags=("info",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8; hour-long slots) ----------------------
    Scenario(
        "dev13_salon_regular_root_touch_up_same_color_as_always", "t_salon", (
            S("Hi, I'm a regular there, I need a root touch-up, same color as always, just "
              "covering the grays. It's been about six weeks. How much is that again?",
              price(95, "ninety five")),
            S("Whoever did it last time is great, but honestly anyone is fine. Saturday the 14th "
              "at nine in the morning, for Denise Carter."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Denise Carter", "+13055550119",
                        about=r"color|root|touch|gray"),),
        said=(at(14, "09:00"),), never_said=(SALON_PRICES,), ends_call=True,
        clock="2026-03-11 19:20", caller="+13055550119", tags=("booking",)),
    Scenario(
        "dev13_salon_trim_and_a_blowout_before_a_gala", "t_salon", (
            S("Hi! I need a trim and a blowout, just dusting the ends, maybe half an inch. My "
              "hair's long, past my shoulders, and pretty thick. I've got a work gala Friday "
              "night."),
            S("Could I come Thursday the 12th at six in the evening? It's Monica Alvarez."),
            S("Yes, this number is fine, it's my cell."),
            S("Yes, perfect, book it."),
            S("Thank you so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 18:00", "Monica Alvarez", "+13055550126",
                        about=r"cut|trim|blow|style"),),
        said=(at(12, "18:00"),), never_said=(SALON_PRICES,), ends_call=True,
        clock="2026-03-10 12:30", caller="+13055550126", tags=("booking",)),
    Scenario(
        "dev13_salon_my_usual_cut_number_two_on_the_sides", "t_salon", (
            S("Hey, it's Tony Russo, I'm in every three weeks or so. I need my usual cut, number "
              "two on the sides, a little off the top. Same as last time."),
            S("Next Tuesday, the 17th, at five o'clock, if that's open. Tony Russo."),
            S("Anyone's fine if my regular guy is booked. And the number I'm calling from is "
              "good."),
            S("Yes, book it."),
            S("Thanks, see you then. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:00", "Tony Russo", "+13055550137",
                        about=r"men|cut"),),
        said=(at(17, "17:00"),), never_said=(SALON_PRICES,), ends_call=True,
        clock="2026-03-13 10:05", caller="+13055550137", tags=("booking",)),
    Scenario(
        "dev13_salon_moves_her_balayage_to_the_next_saturday", "t_salon", (
            S("Hi, this is Kayla Simmons. I have my balayage this Saturday at ten, and my "
              "sister's flying in that weekend. Can I move it to the next Saturday, the 21st, "
              "same time, ten a.m.?"),
            S("Kayla Simmons, K, A, Y, L, A."),
            S("Yes, Saturday the 21st at ten in the morning, please."),
            S("Perfect, thank you. Bye!", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-21 10:00", "Kayla Simmons", "+13055550141"),),
        cancelled=("2026-03-14 10:00",), said=(at(21, "10:00"),), ends_call=True,
        seed=(Seed("2026-03-14 10:00", "Kayla Simmons", "+13055550141"),),
        clock="2026-03-11 14:00", caller="+13055550141", tags=("move",)),
    Scenario(
        "dev13_salon_portuguese_regular_wants_her_usual_cut", "t_salon", (
            S("Olá, bom dia! Eu sou cliente de vocês. Queria marcar o meu corte de sempre e uma "
              "escova para sábado de manhã. Desculpa, eu não falo inglês muito bem."),
            S("Meu nome é Ana Souza."),
            S("Sim, este número."),
            S("Sim, obrigada. Tchau, bye bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ana Souza", "+13055550158", about=r"portugu|brazil"),),
        ends_call=True, clock="2026-03-12 11:00", caller="+13055550158", tags=("language",)),
    Scenario(
        "dev13_salon_brassy_highlights_wants_them_fixed", "t_salon", (
            S("Hi, I was in last Saturday for partial highlights, and I'm not happy. They came "
              "out really brassy, almost orange at the roots, and there's a patchy spot in the "
              "back."),
            S("I'd like the manager or my stylist to call me about fixing it. My name is Heather "
              "Quinn."),
            S("The number I'm calling from is fine. I'm off work after three."),
            S("Yes, that's right. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Heather Quinn", "+13055550169",
                          about=r"highlight|brass|orange|fix|unhappy|patch", urgent=False),),
        never_said=(SALON_PRICES,), clock="2026-03-10 10:30", caller="+13055550169",
        tags=("message",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half hours) -----
    Scenario(
        "dev13_homes_wants_to_list_her_condo_this_spring", "t_homes", (
            S("Hi, I'm thinking about listing my condo this spring. It's a two bed, two bath, "
              "about eleven fifty square feet, fourth floor, at 300 Harbor Drive, unit 4B. I "
              "bought it in 2017, and it's not listed with anyone else."),
            S("I'd like an agent to come walk through it and talk about pricing. Tuesday the "
              "17th at four in the afternoon would work. My name is Claire Donovan."),
            S("The number I'm calling from is fine, and my email is claire dot donovan at "
              "outlook dot com."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:00", "Claire Donovan", "+14255550116",
                        about=r"valu|list|sell|condo|Harbor"),),
        said=(at(17, "16:00"),),
        never_said=(r"\$\s?\d{3}|\d{3},000|\d{3} thousand|commission (?:is|of)",),
        ends_call=True, clock="2026-03-14 16:30", caller="+14255550116", tags=("booking",)),
    Scenario(
        "dev13_homes_pre_approved_couple_books_a_showing", "t_homes", (
            S("Hi, my wife and I want to see the three bedroom at 14 Cedar Court that just came "
              "on the market. We're pre-approved up to five fifty, and we're not working with "
              "another agent. We've got a two year old and a dog, if that matters."),
            S("Tuesday the 17th at five thirty in the evening, after work. The name is Kevin "
              "Matsuda."),
            S("The number I'm calling from is good, and my email is kevin matsuda at gmail dot "
              "com."),
            S("Yes, that's right, book it."),
            S("Great, see you then, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:30", "Kevin Matsuda", "+14255550127",
                        about=r"show|Cedar|buy"),),
        said=(at(17, "17:30"),),
        never_said=(r"family[- ]friendly|good for (?:kids|families|children)|great schools|"
                    r"safe (?:neighborhood|area)",),
        ends_call=True, clock="2026-03-15 12:20", caller="+14255550127", tags=("booking",)),
    Scenario(
        "dev13_homes_whats_my_house_worth_the_neighbor_got_six_twenty", "t_homes", (
            S("Hi, I'm just curious what my house is worth. It's a four bedroom colonial at 22 "
              "Elm Street, about twenty four hundred square feet, new roof two years ago. The "
              "neighbor's sold for six twenty last month. What do you think mine would go for?",
              r"agent|market analysis|valuation|appointment|not able|can't"),
            S("Do you charge for that, the valuation?",
              r"free|no (?:cost|charge|fee)|\$0\b|zero|complimentary|doesn't cost|nothing"),
            S("Okay. I'm not ready to sell yet, I'll call back when I am. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"\$\s?\d{3}|\d{3},000|\d{3} thousand|hundred (?:and )?(?:\w+ )?thousand",),
        clock="2026-03-16 19:00", caller="+14255550132", tags=("info",)),
    Scenario(
        "dev13_homes_buyers_agent_wants_the_listing_agent", "t_homes", (
            S("Hi, a quick question about 14 Cedar Court, the three bedroom. Is that one getting "
              "a lot of interest?",
              avoid=r"multiple offers|\d+ offers|already (?:has|have) (?:an |some )?offers?"),
            S("My name's Renee Fuller. My clients saw it at the open house on Sunday and they "
              "loved it."),
            S("I'm their agent, with Compass. Could you put me through to the listing agent? "
              "We'd like to write an offer today.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 11:30",
        caller="+14255550143", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev13_homes_past_buyers_want_dave_to_sell_for_them", "t_homes", (
            S("Hi, you folks helped us buy our house about three years ago, the agent was Dave, "
              "I think Dave Lindgren. We're thinking about selling this summer and moving closer "
              "to the grandkids."),
            S("Could you have Dave call me back? My name is Martha Jensen, J, E, N, S, E, N."),
            S("The number I'm calling from is good, or my email is marthajensen at yahoo dot "
              "com."),
            S("Yes, that's right. Thank you, dear."),
        ),
        outcome="message_taken",
        messages=(Message("Martha Jensen", "+14255550154", about=r"sell|Dave|Lindgren",
                          urgent=False),),
        clock="2026-03-13 20:15", caller="+14255550154", tags=("message",)),
    Scenario(
        "dev13_homes_cancels_a_showing_after_going_under_contract", "t_homes", (
            S("Hi, we had a showing booked for Saturday at eleven, but we just went under "
              "contract on another house, so we need to cancel it."),
            S("It's under Jordan Blake."),
            S("Yes, cancel it, please."),
            S("No, that's all. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Jordan Blake", "+14255550168"),),
        clock="2026-03-12 09:30", caller="+14255550168", tags=("cancel",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev13_auto_solid_check_engine_light_on_a_high_mileage_outback", "t_auto", (
            S("Hi, my check engine light came on yesterday. It's solid, not flashing, and the "
              "car drives fine. It's a 2016 Subaru Outback with about a hundred and twelve "
              "thousand miles. What's your diagnostic fee?",
              price(129, "one hundred twenty nine")),
            S("I'll drop it off on my way to work. Wednesday the 11th at seven thirty in the "
              "morning, under Sean Murphy."),
            S("Yes, the number I'm calling from is my cell."),
            S("Yes, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 07:30", "Sean Murphy", "+17135550114",
                        about=r"check engine|diagnos|light"),),
        said=(at(11, "07:30"),),
        never_said=(AUTO_PRICES, SAFE_TO_DRIVE,
                    r"(?:probably|likely|sounds like|could be) (?:a |an |the |your )?(?:loose )?"
                    r"(?:gas cap|sensor|catalytic|spark plug|o2|oxygen)"),
        ends_call=True, clock="2026-03-09 07:10", caller="+17135550114", tags=("booking",)),
    Scenario(
        "dev13_auto_grinding_when_braking_asks_if_the_check_is_free", "t_auto", (
            S("Hey, my brakes are making a grinding noise when I stop, metal on metal kind of "
              "sound, started maybe a week ago. It still stops fine. It's a 2012 F-150, about "
              "ninety thousand miles. Do you charge to look at the brakes?",
              r"free|no (?:charge|cost)|\$0\b|zero|complimentary|doesn't cost|nothing"),
            S("Monday the 16th at eight thirty in the morning, and I'll wait for it. The name is "
              "Ray Castillo."),
            S("Yes, the number I'm calling from works."),
            S("Yep, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Ray Castillo", "+17135550125",
                        about=r"brake|grind"),),
        said=(at(16, "08:30"),), never_said=(AUTO_PRICES, SAFE_TO_DRIVE), ends_call=True,
        clock="2026-03-13 17:20", caller="+17135550125", tags=("booking",)),
    Scenario(
        "dev13_auto_regular_oil_change_and_rotation_same_as_last_time", "t_auto", (
            S("Hi, I'm a regular, I come in every five thousand miles. Just need my oil change, "
              "same as last time, the full synthetic, and rotate the tires while it's in there. "
              "It's a 2019 RAV4, about forty-one thousand miles. How much for both?",
              price(89, "eighty nine") + "|" + price(118, "one hundred eighteen")),
            S("Saturday the 14th at nine in the morning, I'll wait. Name's Beth Sullivan."),
            S("The number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Beth Sullivan", "+17135550136",
                        about=r"oil"),),
        said=(at(14, "09:00"),), never_said=(not_listed(89, 129, 29, 0, 149, 118),),
        ends_call=True, clock="2026-03-12 12:40", caller="+17135550136", tags=("booking",)),
    Scenario(
        "dev13_auto_brake_pedal_to_the_floor_after_hours", "t_auto", (
            S("Hi, I just pulled into the grocery store lot and my brake pedal went almost to the "
              "floor. I had to use the parking brake to stop. There's a puddle under the front "
              "wheel too. It's a 2014 Honda Accord.",
              r"(?:don't|do not|not) (?:to )?drive|tow"),
            S("Okay, I won't drive it. I'll have it towed to you tonight. Can someone call me "
              "first thing in the morning? My name is Nora Whitfield."),
            S("The number I'm calling from is my cell."),
            S("Yes. Please mark it urgent, I need the car for work. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Nora Whitfield", "+17135550149", about=r"brake|tow|pedal",
                          urgent=True),),
        never_said=(SAFE_TO_DRIVE, CAN_WAIT), clock="2026-03-10 18:30", caller="+17135550149",
        tags=("emergency",)),
    Scenario(
        "dev13_auto_tacoma_in_the_shop_wants_the_service_advisor", "t_auto", (
            S("Hi, what time do you close today?", r"\b6\b|six|18:00"),
            S("Okay, good. And do you take Discover?", r"credit|card"),
            S("Great. My name is Glen Harper, my Tacoma's been in with you since yesterday. Can "
              "I talk to the service advisor about the estimate?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:30",
        caller="+17135550153", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev13_auto_inspection_sticker_caller_drops_off_the_line", "t_auto", (
            S("Yeah, hi, my inspection sticker runs out at the end of the month. Do you guys do "
              "state inspections? It's a 2010 Civic."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True,
        never_said=(r"\bwe (?:do|offer|can do) (?:state |safety |annual |emissions )"
                    r"inspections?",),
        clock="2026-03-14 08:15", caller="+17135550164", tags=("hangup",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half hours) ----------------------
    Scenario(
        "dev13_vet_daisys_yearly_shots_on_a_saturday", "t_vet", (
            S("Hi, Daisy's due for her yearly shots and checkup. She's our seven year old yellow "
              "lab, about sixty-eight pounds, she's been coming to you since she was a puppy. "
              "What does that usually run, the exam and the shots?",
              price(65, "sixty five"), avoid=VET_PRICES),
            S("Saturday the 14th at nine thirty in the morning, if you have it. I'm Laura "
              "Bennett."),
            S("Yes, the number I'm calling from is good."),
            S("Yes, that's right, Daisy on Saturday at nine thirty. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Laura Bennett", "+15035550115",
                        about=r"Daisy|vaccin|shot|wellness|rabies|distemper|check"),),
        said=(at(14, "09:30"),), never_said=(VET_PRICES,), ends_call=True,
        clock="2026-03-10 08:05", caller="+15035550115", tags=("booking",)),
    Scenario(
        "dev13_vet_beagle_limping_on_his_back_leg_since_sunday", "t_vet", (
            S("Hi, my dog Buster has been limping on his back right leg since Sunday. He's still "
              "eating and wagging, and he puts a little weight on it. He's a nine year old beagle "
              "mix, he's a patient there."),
            S("I can't get off work until Friday. Could you do Friday the 13th at eight in the "
              "morning? The owner's name is Mike Donnelly."),
            S("Yes, this number is fine."),
            S("Yes, book it, please."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:00", "Mike Donnelly", "+15035550129",
                        about=r"limp|leg|Buster|sick"),),
        said=(at(13, "08:00"),),
        never_said=(MEDS, r"rimadyl|carprofen|(?:sounds like|probably|might be) (?:a |an )?"
                    r"(?:sprain|torn|ACL|cruciate|arthritis|fracture)", VET_PRICES),
        ends_call=True, clock="2026-03-11 17:40", caller="+15035550129", tags=("booking",)),
    Scenario(
        "dev13_vet_new_clients_want_their_kitten_fixed", "t_vet", (
            S("Hi, we adopted a kitten from the shelter in January and we need to get him fixed. "
              "He's about six months old and he's started spraying, ugh. His name is Oliver. "
              "We're new to your clinic."),
            S("How much is a neuter for a cat?", avoid=VET_PRICES),
            S("Okay. Could we do Tuesday the 17th at eight in the morning? The name is Jenna "
              "Walsh."),
            S("Yes, the number I'm calling from is good."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Jenna Walsh", "+15035550133",
                        about=r"neuter|fix|spay|Oliver|castrat"),),
        said=(at(17, "08:00"), r"record"), never_said=(VET_PRICES,), ends_call=True,
        clock="2026-03-12 13:15", caller="+15035550133", tags=("booking",)),
    Scenario(
        "dev13_vet_boxer_got_into_the_grapes", "t_vet", (
            S("Hi, this is Amanda Price, my dog Rocky is a patient of yours, he's a three year "
              "old boxer."),
            S("He's about sixty pounds, and he's up to date on all his shots."),
            S("I just came home and he got into a bag of grapes on the counter, maybe half a "
              "pound. He seems okay right now. Can I talk to the vet?",
              r"come in|right away|emergency|connect|put you through|transfer"),
        ),
        outcome="transferred", transfer=True,
        never_said=(r"(?:make|induce) (?:him |her |it )?(?:to )?vomit|hydrogen peroxide",
                    CAN_WAIT),
        clock="2026-03-13 15:10", caller="+15035550142", overrides=TRANSFER_LINE,
        tags=("emergency",)),
    Scenario(
        "dev13_vet_refill_on_bellas_apoquel", "t_vet", (
            S("Hi, I need a refill on Bella's Apoquel, the sixteen milligram tablets. She's our "
              "itchy golden retriever, eleven years old. We've got about three days left."),
            S("My name is Steve Harmon, H, A, R, M, O, N."),
            S("The number I'm calling from is fine. We'll pick it up at the front desk."),
            S("Yes, that's right. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Steve Harmon", "+15035550157", about=r"refill|apoquel|Bella",
                          urgent=False),),
        never_said=(r"(?:give|try) (?:her )?(?:benadryl|half)|(?:refill|prescription) "
                    r"(?:is|has been) (?:approved|ready)",),
        clock="2026-03-14 12:30", caller="+15035550157", tags=("message",)),
    Scenario(
        "dev13_vet_milos_ear_update_the_doctor_asked_for", "t_vet", (
            S("Hi, the doctor saw our cat Milo last Tuesday for an ear infection, and she asked "
              "me to call and tell her how he's doing after the drops."),
            S("He's doing much better, no more head shaking, but there's still a little brown "
              "gunk in the left ear. Can she let me know if she wants to see him again?"),
            S("My name's Olivia Tran, and the number I'm calling from is best."),
            S("Yes, that's right. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Olivia Tran", "+15035550161", about=r"Milo|ear", urgent=False),),
        never_said=(r"(?:keep|stop) (?:using|giving) the drops|(?:sounds|that's) (?:fine|normal)",),
        clock="2026-03-16 12:15", caller="+15035550161", tags=("message",)),
]
