"""A thirty-sixth development set: 48 scripted callers, six in each of the fleet's eight trades,
who give the trade's qualification details in their own order and their own way, in the held-out
mix of kinds.

Written by a helper session (branch dev-callers-36) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists): only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions, and, in tests/scenarios/catalogue.py, the
dataclasses, its first few callers, the judging fields (outcome, seed, cancelled, transfer) of
the rest and three of its later callers whole (a transfer, the gas smell, the silent caller), for
the judging of a move, a cancellation, a transfer, an emergency and a silent line. The businesses'
facts come only from tenants/profession_data.py and the fleet in tests/factories.py; the judging
from catalogue.py and tests/scenarios/harness.py; the read-back pattern from
tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule
of it, with the held-out mix of kinds, KINDS_36 below).

What makes it different: every trade asks its callers something before it books them (a car's
year, make, model and mileage; a pet's species, breed and age; a patient's new or existing
status, insurance and date of birth; a seller's property, area and timing; a legal matter's kind,
the other party and the deadline; a plumbing job's address, ZIP, ownership and whether it is
leaking), and these callers do not wait to be asked in the receptionist's order. Some pour it all
out in the first breath ("let me give you everything at once"), before saying what they want;
some spread a car over three lines ("It's a Honda." ... "An Accord. Twenty sixteen."); some
answer two questions in one sentence ("new patient, and I've got Aetna"), or a question not yet
asked (the landlord's name and number from a renter, the other party and the filing deadline
from a business owner, a pet's weight with the symptom); some decline politely ("I'd rather not
give my date of birth over the phone", "skip the insurance for now, I'll bring the card", "skip
the stylist question") or do not know ("I don't know his name, it's on the police report", "I
don't know which plan his mom put him on", "I don't know where the main shut-off is"). What they
end up asking for is ordinary, in the held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8
messages with the caller's own reason and callback number, 6 emergencies, 2 moves and 2
cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 French caller, 1
early hang-up). Calls ring at realistic hours via `clock=`: before opening, at lunch, after
closing, late at night, on a Saturday after the vet has closed, on a Sunday, on the salon's
closed Monday.

Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price and answer it looks for is the business's own (profession_data.py): the
dental new patient visit at 275 dollars, the plumber's 89 dollar service call and its after-hours
fee, the vet's 65 dollar wellness exam and 30 dollar rabies vaccine, the law firm's injury case
evaluation at no charge, the agency's answers on pre-approval and the written agreement before a
tour. `never_said` catches only an invented specific the caller never said: a diagnosis (a
diabetic cat, a ball joint, a master cylinder), a repair or home-remedy instruction, legal advice
or a predicted outcome, a price for a job with no listed price, a home's value, a promise of
insurance coverage; never an honest refusal that repeats the caller's words.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev36

which prints `RESULT dev36_pass_rate=`, measured and never gated.
Its first run, on main at 9f8e566, before anyone had read a transcript of it: 41/48 = 0.854.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script too short or too long to finish): one
was found. The early hang-up (the home seller whose line goes quiet) was written with three
silences, expecting "are you still there?" twice before the goodbye; the receptionist asked once
and said goodbye at the second silence, an honest way to let a silent line go, and the third
silence then failed as "the call ended". The scenario now has one silence that expects the
prompt and a second that expects the goodbye (no spoken line was changed). The second run, with
that fix: 42/48 = 0.875; the other six failures, the same in both runs, are the receptionist's
(a move whose confirmation names the old slot read as a new request, and one whose old slot was
taken for somebody else's booking and never cancelled; "keep an eye on my blood pressure" taken
for an emergency and a booking turned into a message; a follow-up question about the
after-hours fee answered with the day fee again; "the rabies shot" not matched to the listed
rabies vaccine; a message's name replaced by the kennel named in the caller's summary line).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however the details came out, a later line says the final day and time
plainly with the service and the name the booking or message is to be under (and the callback
number when it is not the line the call comes from), and a booking is read back (`said=`) with
its final day and time; where the callback is not the calling line, `said=` also checks that the
whole number was read back, in digits or in words, in order. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line). Every emergency here rings where no transfer line is configured
and ends with an urgent message in the caller's own name, after the trade's safety advice (911,
leaving the car where it is and arranging a tow, the shut-off valve, the emergency animal
hospital); a routine message is not urgent. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a request for a person is transferred and not
hung up.
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
KINDS_36 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|good ?night"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# a car that should not be driven: leave it, arrange a tow
NO_DRIVING = r"not (?:to )?drive|don't drive|do not drive|tow|safest|not safe|shouldn't drive"
# the water shut off at the fixture or the main
SHUT_OFF = r"shut|valve|main|turn (?:the water )?off"


DEV_CALLERS_36: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d36_dental_everything_in_one_breath_existing_delta_under_his_wife_cleaning_wednesday",
        "t_dental", (
            S("Good morning. Let me just give you everything at once so you don't have to ask. "
              "I'm an existing patient, last seen maybe eight months ago, I need my regular "
              "cleaning and exam, no pain, no swelling, nothing hurts. Insurance is Delta Dental, "
              "the policy is under my wife, Aiko Tanaka, and my date of birth is October third, "
              "nineteen seventy-eight."),
            S("The name's Kenji Tanaka, T, A, N, A, K, A. For the day, Wednesday the eighteenth "
              "at nine in the morning would be ideal."),
            S("The number I'm calling from is fine, two oh six, five five five, oh one one "
              "seven."),
            S("So that's Kenji Tanaka, cleaning and exam, Wednesday March eighteenth at nine "
              "a.m. Please book it."),
            S("Great, thank you. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 09:00", "Kenji Tanaka", "+12065550117",
                        about=r"clean|exam|check"),),
        said=(at(18, "09:00"),), ends_call=True, clock="2026-03-10 07:15",
        caller="+12065550117", tags=("booking",)),
    Scenario(
        "d36_dental_new_patient_declines_her_birthday_and_pays_herself_thursday_at_one",
        "t_dental", (
            S("Hi, I'd like to come in as a new patient. I just moved here and I haven't had a "
              "checkup in, oh, two years. The full new patient visit, X-rays, cleaning, the "
              "works."),
            S("Before you ask, I don't have dental insurance right now, so I'll pay myself. And "
              "I'd rather not give my date of birth over the phone, I'll put it on the forms when "
              "I get there, if that's all right."),
            S("No pain, no swelling, it's just overdue. Thursday the nineteenth at one in the "
              "afternoon would work for me."),
            S("My name is Beatriz Santos, S, A, N, T, O, S, and please call me on my cell, not "
              "this line: three one two, five five five, oh one nine one."),
            S("To confirm: Beatriz Santos, new patient exam and cleaning, Thursday the "
              "nineteenth at one p.m., cell three one two, five five five, oh one nine one. Yes, "
              "book that."),
            S("Thanks so much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:00", "Beatriz Santos", "+13125550191",
                        about=r"new patient|exam|x-?ray|clean"),),
        said=(at(19, "13:00"), read_back("+13125550191")), ends_call=True,
        clock="2026-03-11 12:40", caller="+13125550148", tags=("booking",)),
    Scenario(
        "d36_dental_mother_books_her_daughter_skips_the_insurance_monday_after_school",
        "t_dental", (
            S("Hi there, I'm calling to book a cleaning for my daughter. She's eight, she's been "
              "to you before, last fall I think, and she's due for her checkup."),
            S("Her birthday is June fourteenth, two thousand seventeen. Insurance, can we skip "
              "that for now? I'll bring the card with us, I don't have it in front of me."),
            S("Nothing hurts, she's fine. After school is best, so Monday the sixteenth at three "
              "in the afternoon."),
            S("Put the appointment under her name, Lily Okafor, O, K, A, F, O, R. I'm her mom, "
              "Grace, and the number I'm calling from is the best one."),
            S("So Lily Okafor, child cleaning and checkup, Monday March sixteenth at three p.m., "
              "on this number. Go ahead and book it, please."),
            S("Thank you, bye-bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Lily Okafor", "+15035550126",
                        about=r"clean|child|check|exam"),),
        said=(at(16, "15:00"),), ends_call=True, clock="2026-03-12 16:10",
        caller="+15035550126", tags=("booking",)),
    Scenario(
        "d36_dental_moves_his_thursday_cleaning_birthday_and_carrier_offered_to_find_him",
        "t_dental", (
            S("Hi, this is Tomasz Nowak, date of birth February twentieth, nineteen sixty-nine, "
              "existing patient, so you can find me. I've got a cleaning this Thursday at ten "
              "and I need to move it, something came up at work."),
            S("Insurance hasn't changed, still Cigna, if that matters. Could we do next Tuesday, "
              "the seventeenth, at three in the afternoon instead?"),
            S("Yes, please move it: Thursday the twelfth at ten comes off, and put me in on "
              "Tuesday the seventeenth at three p.m. Same number I'm calling from."),
            S("Perfect, thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Tomasz Nowak", "+17735550132"),),
        cancelled=("2026-03-12 10:00",), said=(at(17, "15:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Tomasz Nowak", "+17735550132"),),
        caller="+17735550132", tags=("move",)),
    Scenario(
        "d36_dental_after_hours_asks_for_her_xrays_to_go_to_the_orthodontist",
        "t_dental", (
            S("Hi, I know you're closed. I'm an existing patient, my new orthodontist needs my "
              "latest X-rays, and I wanted to ask the office to send them over. My date of birth "
              "is March second, two thousand four, if that helps find my chart."),
            S("The orthodontist is Bayview Orthodontics. I don't need an appointment, I just need "
              "someone to call me back once they've been sent."),
            S("My name is Hana Yoon, Y, O, O, N, and the number is this one, four oh eight, five "
              "five five, oh one five five."),
            S("So the message is from Hana Yoon: please send my X-rays to Bayview Orthodontics "
              "and call me at four oh eight, five five five, oh one five five. Thank you."),
            S("That's everything, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Hana Yoon", "+14085550155", about=r"x-?ray|orthodont|record",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 18:20", caller="+14085550155", tags=("message",)),
    Scenario(
        "d36_dental_saturday_shopper_volunteers_aetna_asks_new_patient_price_and_what_to_bring",
        "t_dental", (
            S("Hi, quick question, I'm not booking yet. I'd be a new patient, I'm thirty-four, "
              "I have Aetna PPO through work, and no pain or anything. What does the new patient "
              "visit cost, the exam with X-rays and the cleaning?",
              r"275|two hundred (?:and )?seventy.five"),
            S("And what would I need to bring the first time?",
              r"photo ID|\bID\b|insurance card|fifteen minutes|medication"),
            S("Okay, that's helpful. I'll call back during the week to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:05",
        caller="+19165550163",
        never_said=(r"fully covered|covered in full|100 ?(?:%|percent)|hundred percent",),
        tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d36_clinic_name_birthday_and_blue_cross_before_hello_annual_physical_thursday",
        "t_clinic", (
            S("Hi, good morning. Walter Brennan, date of birth April ninth, nineteen fifty-eight, "
              "I'm an established patient and I've got Blue Cross Blue Shield. I need my annual "
              "physical."),
            S("Any doctor is fine, whoever's free. Thursday the nineteenth, eight forty in the "
              "morning, if you've got it."),
            S("Best number is this one I'm calling on, six one seven, five five five, oh one "
              "seven one."),
            S("Walter Brennan, annual physical, Thursday March nineteenth at eight forty a.m. "
              "Yes, please book it."),
            S("Thank you kindly, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 08:40", "Walter Brennan", "+16175550171",
                        about=r"physical|annual"),),
        said=(at(19, "08:40"),), ends_call=True, clock="2026-03-12 07:50",
        caller="+16175550171", tags=("booking",)),
    Scenario(
        "d36_clinic_father_books_sports_physical_doesnt_know_the_plan_pays_himself",
        "t_clinic", (
            S("Hi, my son needs a sports physical for baseball, the school form is due at the end "
              "of the month. He's never been seen there, so he'd be a new patient."),
            S("He's fifteen, born November thirtieth, twenty ten. Insurance, honestly I don't "
              "know which plan his mom put him on, so let's say we'll pay ourselves for now."),
            S("Friday the twentieth at three twenty in the afternoon, after school."),
            S("The patient is Mateo Alvarez, A, L, V, A, R, E, Z. I'm his dad, Luis. The number "
              "I'm calling from is fine for us."),
            S("So that's Mateo Alvarez, sports physical, Friday March twentieth at three twenty "
              "p.m. Book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 15:20", "Mateo Alvarez", "+12145550119",
                        about=r"sport|physical|school|baseball"),),
        said=(at(20, "15:20"),), ends_call=True, clock="2026-03-13 17:25",
        caller="+12145550119", tags=("booking",)),
    Scenario(
        "d36_clinic_new_and_aetna_in_one_answer_blood_pressure_wednesday_on_her_cell",
        "t_clinic", (
            S("Hello, I just moved to town and I need a doctor to keep an eye on my blood "
              "pressure, I was seeing someone back in Ohio."),
            S("New patient, and I've got Aetna, the card's right here. Date of birth is July "
              "twenty-second, nineteen seventy-one. No preference on the provider."),
            S("Wednesday the eighteenth, ten twenty in the morning, would be great."),
            S("Name is Denise Carter, C, A, R, T, E, R. Don't use the number I'm calling from, "
              "that's the front desk at my work. My cell is nine seven two, five five five, oh "
              "one four four."),
            S("Denise Carter, new patient visit for my blood pressure, Wednesday March "
              "eighteenth at ten twenty a.m., cell nine seven two, five five five, oh one four "
              "four. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:20", "Denise Carter", "+19725550144",
                        about=r"new patient|blood pressure|pressure|follow"),),
        said=(at(18, "10:20"), read_back("+19725550144")), ends_call=True,
        clock="2026-03-16 12:10", caller="+19725550183", tags=("booking",)),
    Scenario(
        "d36_clinic_cancels_friday_with_her_birthday_and_reason_unasked",
        "t_clinic", (
            S("Hi, this is Rosalind Pike, birthday December first, nineteen eighty-two, so you "
              "can pull me up. I have an appointment Friday morning at nine twenty and I need to "
              "cancel it."),
            S("I'm feeling better, and I'll be traveling anyway. No, I don't want to rebook "
              "right now, just cancel the Friday the thirteenth, nine twenty."),
            S("Yes, go ahead and cancel it, that's all I needed. Thank you, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:20",), ends_call=True,
        seed=(Seed("2026-03-13 09:20", "Rosalind Pike", "+15125550138"),),
        clock="2026-03-11 08:05", caller="+15125550138", tags=("cancel",)),
    Scenario(
        "d36_clinic_refill_medication_pharmacy_and_birthday_in_one_go_home_line",
        "t_clinic", (
            S("Hi, I need a refill on my lisinopril, ten milligrams, I'm down to three pills. "
              "I'm an established patient, Harold Mensah, date of birth January fifth, nineteen "
              "sixty-four, and the pharmacy is the Walgreens on Elm Street."),
            S("I know the doctor has to approve it, I just need the message to get to the nurse. "
              "Please don't call this number, it's my neighbor's phone. Call my home line, six "
              "four six, five five five, oh one eight seven."),
            S("So it's Harold Mensah, a lisinopril refill to the Walgreens on Elm Street, call "
              "back at six four six, five five five, oh one eight seven. Thank you."),
            S("That's all, good night.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Mensah", "+16465550187",
                          about=r"refill|lisinopril|walgreens|pharmac"),),
        said=(read_back("+16465550187"),),
        never_said=(r"(?:is|has been) approved|I(?:'ve| have) approved",),
        ends_call=True, clock="2026-03-10 19:40", caller="+16465550122", tags=("message",)),
    Scenario(
        "d36_clinic_daughter_gives_fathers_details_first_then_chest_pain",
        "t_clinic", (
            S("Hi, I wanted to book my father in, he's seventy-four, he'd be a new patient, he's "
              "on Medicare, date of birth August eighth, nineteen fifty-one. He's been having "
              "chest pain since this morning, his left arm feels numb, and he's all sweaty.",
              r"911|emergency"),
            S("Okay, okay, I'm calling 911 right now. Can you please let the doctor know? I'm his "
              "daughter, Nadia Haddad, and my father is Samir Haddad."),
            S("My number is three oh three, five five five, oh one seven six, it's this phone. "
              "Please mark it urgent."),
            S("Thank you, I have to go, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nadia Haddad", "+13035550176",
                          about=r"chest|arm|father|samir|911|sweat", urgent=True),),
        never_said=(r"(?:can|could) wait|not serious|probably (?:just|nothing)|aspirin|heartburn"
                    r"|anxiety|indigestion",),
        ends_call=True, clock="2026-03-11 10:15", caller="+13035550176",
        tags=("emergency",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "d36_law_bakery_owner_gives_the_other_party_and_deadline_before_asked_video_monday",
        "t_law", (
            S("Good morning. I run a small bakery and I've got a contract dispute with a "
              "supplier. The other party is Brightline Supply, LLC, and before you ask, there's "
              "no court date, but their letter gives me thirty days to respond, so the deadline "
              "is April sixth. I don't have a lawyer on this."),
            S("A video consultation would suit me best. Monday the sixteenth, two in the "
              "afternoon, if an attorney's free."),
            S("My name is Olivia Brandt, B, R, A, N, D, T. Email is olivia at brandt bakery dot "
              "com, and the number I'm calling from is the best one, four one five, five five "
              "five, oh one three three."),
            S("So Olivia Brandt, contract dispute with Brightline Supply, video consultation "
              "Monday March sixteenth at two p.m. Please go ahead and book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Olivia Brandt", "+14155550133",
                        about=r"contract|brightline|supplier|dispute|business"),),
        said=(at(16, "14:00"),),
        never_said=(r"you (?:have|don't have) a (?:good |strong |solid )?case|you(?:'ll| will) "
                    r"win|(?:they|brightline) (?:breached|owes? you)",),
        ends_call=True, clock="2026-03-10 09:30", caller="+14155550133", tags=("booking",)),
    Scenario(
        "d36_law_rear_ended_doesnt_know_the_other_drivers_name_asks_if_free_thursday",
        "t_law", (
            S("Hi, I was rear-ended on the highway last Friday and my neck's been killing me. I'd "
              "like someone to look at whether I have a personal injury case. Is the first "
              "meeting free for that kind of thing?"),
            S("The other driver, I honestly don't know his name, it's on the police report, "
              "which I don't have yet. No court date, no lawyer, nothing filed. His insurance "
              "company keeps calling me, though."),
            S("Thursday the twelfth at eleven in the morning, by phone if possible, or in person "
              "is fine."),
            S("I'm Jamal Whitaker, W, H, I, T, A, K, E, R, and this cell is the best number, "
              "seven one eight, five five five, oh one four nine."),
            S("So, Jamal Whitaker, injury case evaluation, Thursday March twelfth at eleven a.m. "
              "Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Jamal Whitaker", "+17185550149",
                        about=r"injur|accident|rear|car|evaluat"),),
        said=(at(12, "11:00"), NO_CHARGE),
        never_said=(r"you (?:have|don't have) a (?:good |strong |solid )?case|worth (?:about "
                    r"|around )?\$|settle for",),
        ends_call=True, clock="2026-03-10 17:45", caller="+17185550149", tags=("booking",)),
    Scenario(
        "d36_law_eviction_notice_ten_days_saturday_wants_an_attorney_to_call",
        "t_law", (
            S("Hi, I got an eviction notice taped to my door yesterday, it says I have ten days "
              "to respond. The landlord is Parkview Property Management. Nobody's representing "
              "me. I need an attorney to call me back Monday if possible."),
            S("I'd rather not go into the details with a machine, just have someone call me. My "
              "name is Keisha Monroe, M, O, N, R, O, E."),
            S("Call me at this number, two six seven, five five five, oh one five eight. Anytime "
              "after nine."),
            S("Keisha Monroe, eviction notice from Parkview, ten days to respond, two six seven, "
              "five five five, oh one five eight. Thank you."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Monroe", "+12675550158",
                          about=r"evict|landlord|parkview|notice"),),
        never_said=(r"you (?:should|need to|have to) (?:file|pay|move out)|you have a (?:good |"
                    r"strong )?case|(?:can't|cannot) evict you",),
        ends_call=True, clock="2026-03-14 10:20", caller="+12675550158", tags=("message",)),
    Scenario(
        "d36_law_brother_in_custody_hearing_at_nine_tomorrow_late_at_night",
        "t_law", (
            S("Hi, I know it's late, I need help. My brother was arrested tonight, he's in "
              "custody at the county jail, and they're saying he has a hearing tomorrow morning "
              "at nine. It's a criminal matter, and he doesn't have a lawyer."),
            S("His name is Andre Baptiste. I'm his sister, Monique Baptiste, B, A, P, T, I, S, "
              "T, E. Please, I need an attorney to call me first thing."),
            S("My number is six oh two, five five five, oh one six five, this phone. Please mark "
              "it urgent."),
            S("Thank you. I'll be waiting by the phone. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Monique Baptiste", "+16025550165",
                          about=r"arrest|custody|jail|hearing|criminal|brother", urgent=True),),
        never_said=(r"\bplead\b|(?:he|you) should (?:stay silent|not talk|say)|bail (?:will|"
                    r"should) be",),
        ends_call=True, clock="2026-03-10 21:40", caller="+16025550165",
        tags=("emergency",)),
    Scenario(
        "d36_law_hr_manager_gives_matter_party_and_deadline_then_asks_for_an_attorney",
        "t_law", (
            S("Hi, I'm the HR manager at Coastal Dental Lab. A former employee, Jordan Reyes, "
              "filed a discrimination charge against us with the EEOC, and our position "
              "statement is due Friday the twentieth. We don't have outside counsel."),
            S("So that's the kind of matter, the other party and the deadline, you have it all. "
              "My name's Pamela Ford, F, O, R, D."),
            S("Rather than book something, could you put me through to one of the attorneys now, "
              "please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 10:30", caller="+13125550178", tags=("person",)),
    Scenario(
        "d36_law_spanish_speaker_unpaid_wages_gives_employer_and_deadline",
        "t_law", (
            S("Hola, buenos días. ¿Habla español? Llamo porque mi patrón me despidió hace dos "
              "semanas y no me pagó las últimas tres semanas de trabajo.", NOT_ENGLISH),
            S("Es un asunto laboral, de salarios. La empresa se llama Construcciones Vega. No "
              "tengo abogado, y no hay fecha de corte, pero me dijeron que hay un plazo para "
              "reclamar."),
            S("Me llamo Rafael Ortiz, O, R, T, I, Z. Pueden llamarme a este mismo número, seis "
              "uno nueve, cinco cinco cinco, cero uno siete tres."),
            S("Por favor, que un abogado me devuelva la llamada. Rafael Ortiz, seis uno nueve, "
              "cinco cinco cinco, cero uno siete tres. Gracias, adiós.", BYE + r"|adi[oó]s"),
        ),
        outcome="message_taken",
        messages=(Message("Rafael Ortiz", "+16195550173"),),
        never_said=(r"tiene (?:un )?(?:buen )?caso|va a ganar|you (?:have|don't have) a case",),
        ends_call=True, clock="2026-03-12 11:00", caller="+16195550173", tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) ---------------------
    Scenario(
        "d36_plumb_address_and_zip_first_running_toilet_and_slow_sink_friday_nine",
        "t_plumb", (
            S("Morning. Address first, since you'll want it: fourteen twenty-two Juniper Court, "
              "ZIP nine four six one oh. I own the place. The upstairs toilet runs all night and "
              "the bathroom sink drains slow. Nothing's leaking on the floor."),
            S("No water anywhere it shouldn't be, so nothing to shut off. Friday the thirteenth, "
              "the nine to eleven window, if you have it."),
            S("Name is Gordon Pratt, P, R, A, T, T. This number's fine, five one oh, five five "
              "five, oh one two eight."),
            S("So that's Gordon Pratt, fourteen twenty-two Juniper Court, running toilet and slow "
              "sink, Friday March thirteenth at nine a.m. Book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:00", "Gordon Pratt", "+15105550128",
                        about=r"toilet|sink|drain|running"),),
        said=(at(13, "09:00"),), ends_call=True, clock="2026-03-10 06:40",
        caller="+15105550128", tags=("booking",)),
    Scenario(
        "d36_plumb_renter_offers_the_landlords_ok_and_number_before_asked_saturday_one",
        "t_plumb", (
            S("Hi, I'm a renter, and my landlord, Frank Delgado, already said it's fine to get "
              "it fixed, his number is three two three, five five five, oh one nine eight. The "
              "kitchen faucet drips from the spout, just a slow drip into the sink, nothing on "
              "the floor."),
            S("The address is seventy-seven Alvarado Street, apartment two, ZIP nine oh oh two "
              "six. The water's not shut off, it doesn't need to be, it's only a drip."),
            S("Saturday the fourteenth, the one o'clock window, please."),
            S("My name's Sofia Ruiz, R, U, I, Z, and call me on this number, three two three, "
              "five five five, oh one three seven, not the landlord's."),
            S("So that's Sofia Ruiz, dripping kitchen faucet at seventy-seven Alvarado Street, "
              "Saturday March fourteenth at one p.m., on three two three, five five five, oh one "
              "three seven. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 13:00", "Sofia Ruiz", "+13235550137",
                        about=r"faucet|drip|kitchen"),),
        said=(at(14, "13:00"),), ends_call=True, clock="2026-03-11 20:30",
        caller="+13235550137", tags=("booking",)),
    Scenario(
        "d36_plumb_sunday_twelve_year_old_water_heater_wants_a_call_back",
        "t_plumb", (
            S("Hi, it's Sunday so I figure nobody's in. My water heater is twelve years old, "
              "fifty-gallon gas, and I want to replace it before it goes. It isn't leaking, it "
              "works fine, I just want someone to call me back about what's involved and "
              "scheduling."),
            S("I own the house, it's at three oh nine Birch Hollow Road, ZIP nine eight oh three "
              "four. I don't know the brand, skip that."),
            S("My name is Eleanor Voss, V, O, S, S. Call me back at four two five, five five "
              "five, oh one four two."),
            S("So, Eleanor Voss, water heater replacement, call back on four two five, five five "
              "five, oh one four two. Thanks."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Eleanor Voss", "+14255550142", about=r"water heater|heater|replac",
                          urgent=False),),
        never_said=(r"(?:replacement|new (?:water )?heater|install(?:ation)?) (?:is|costs|runs|"
                    r"would be) (?:about |around |roughly )?\$?\d",),
        ends_call=True, clock="2026-03-15 14:00", caller="+14255550142", tags=("message",)),
    Scenario(
        "d36_plumb_burst_pipe_sunday_dawn_doesnt_know_where_the_main_is",
        "t_plumb", (
            S("Oh God, a pipe just burst under my kitchen sink, there's water spraying "
              "everywhere, it's all over the floor. I own the house, it's at eighteen Maple Ridge "
              "Drive, ZIP oh seven oh three oh.", SHUT_OFF),
            S("I don't know where the main shut-off is, I've never looked. I closed the little "
              "knobs under the sink but it's still coming. Nothing near the outlets so far."),
            S("My name is Victor Lindqvist, L, I, N, D, Q, V, I, S, T, this number, two oh one, "
              "five five five, oh one five nine. Please get someone here as soon as you can, "
              "it's an emergency."),
            S("Okay, I'll keep looking for the main. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Lindqvist", "+12015550159",
                          about=r"burst|pipe|water|sink|flood|leak|spray", urgent=True),),
        never_said=(r"plumber'?s tape|use (?:a )?wrench|tighten the (?:nut|fitting|pipe)",),
        ends_call=True, clock="2026-03-15 06:50", caller="+12015550159",
        tags=("emergency",)),
    Scenario(
        "d36_plumb_property_manager_answers_ownership_unasked_then_wants_the_dispatcher",
        "t_plumb", (
            S("Hi, I manage a duplex for the owner at two sixty Laurel Street, ZIP oh two one "
              "three nine. The downstairs unit's shower valve is stiff and the tenant says the "
              "hot water takes forever. Nothing's leaking."),
            S("Ownership-wise, I'm the property manager, so I can authorize the work, you don't "
              "need the landlord separately. The tenant's home all week."),
            S("Actually, I'd rather sort out the timing with a person. Can you connect me to "
              "your dispatcher, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-16 08:10", caller="+16175550188", tags=("person",)),
    Scenario(
        "d36_plumb_condo_owner_asks_the_call_out_fee_and_the_after_hours_fee",
        "t_plumb", (
            S("Hi, I'm just pricing things out. I own a condo, forty-one Harbor View, unit six, "
              "ZIP two two three one four, and the disposal side of the kitchen sink is clogged. "
              "Not leaking, not urgent. What do you charge just to come out?",
              r"89|eighty.nine"),
            S("And if I called you at night or on a Sunday, does that cost more?",
              r"189|one hundred (?:and )?eighty.nine|after.hours|emergency|additional|extra"),
            S("Got it. I'll talk to my husband and call back tomorrow to book. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"baking soda|vinegar|drano|boiling water",),
        clock="2026-03-10 19:25", caller="+17035550114", tags=("info",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8, closed Monday; hour-long slots) -------
    Scenario(
        "d36_salon_balayage_describes_her_hair_before_asked_thursday_at_four",
        "t_salon", (
            S("Hi! I want balayage. Before you ask, my hair is natural dark brown, never been "
              "colored, it's long, past my shoulder blades, and pretty thick. I've been in "
              "before for haircuts, with whoever was free."),
            S("I'm going for soft caramel pieces, nothing dramatic. Anyone's fine for the "
              "stylist. If I need a patch test or a quick consult first, that's okay too."),
            S("Thursday the nineteenth at four in the afternoon works for me."),
            S("My name is Camila Duarte, D, U, A, R, T, E, and this number's good, seven oh two, "
              "five five five, oh one two one."),
            S("Camila Duarte, balayage, Thursday March nineteenth at four p.m. Please book it."),
            S("Yay, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:00", "Camila Duarte", "+17025550121",
                        about=r"balayage|colou?r|consult|highlight|caramel"),),
        said=(at(19, "16:00"),),
        never_said=(r"(?:will|you'll) (?:definitely )?(?:get|achieve|reach) (?:that|the) "
                    r"(?:caramel|shade|look)",),
        ends_call=True, clock="2026-03-11 13:00", caller="+17025550121", tags=("booking",)),
    Scenario(
        "d36_salon_mens_cut_says_skip_the_stylist_question_saturday_first_thing",
        "t_salon", (
            S("Yeah hi, men's haircut. Been there before. Skip the stylist question, anybody "
              "with scissors is fine."),
            S("Saturday the twenty-first, nine in the morning. First thing."),
            S("Derek Olsen, O, L, S, E, N. This number, four eight oh, five five five, oh one "
              "three five."),
            S("Derek Olsen, men's cut, Saturday March twenty-first at nine a.m. Book it."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 09:00", "Derek Olsen", "+14805550135",
                        about=r"men|cut|hair"),),
        said=(at(21, "09:00"),), ends_call=True, clock="2026-03-14 08:10",
        caller="+14805550135", tags=("booking",)),
    Scenario(
        "d36_salon_new_client_fine_shoulder_length_hair_friday_after_work_on_her_cell",
        "t_salon", (
            S("Hi, I'm new to your salon, a friend sent me. I need a cut and style, my hair is "
              "fine and about shoulder length, no color. I don't have a stylist, whoever is good "
              "with fine hair."),
            S("Friday would be best, after work. Friday the thirteenth at five in the evening?"),
            S("I'm Ingrid Halvorsen, H, A, L, V, O, R, S, E, N. The number I'm calling from is "
              "my office, so please use my cell, five oh three, five five five, oh one oh nine."),
            S("So, Ingrid Halvorsen, women's cut and style, Friday March thirteenth at five "
              "p.m., cell five oh three, five five five, oh one oh nine. Go ahead and book it."),
            S("Thanks so much! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 17:00", "Ingrid Halvorsen", "+15035550109",
                        about=r"cut|style|women"),),
        said=(at(13, "17:00"), read_back("+15035550109")), ends_call=True,
        clock="2026-03-10 12:30", caller="+15035550147", tags=("booking",)),
    Scenario(
        "d36_salon_cancels_saturday_highlights_and_says_why",
        "t_salon", (
            S("Hi, it's Priyanka Shah. I have partial highlights booked this Saturday at eleven "
              "and I have to cancel, my sister's having her baby early and I'm flying out."),
            S("No, I don't want to rebook yet, I don't know when I'll be back. Just cancel "
              "Saturday the fourteenth at eleven, please."),
            S("Yes, cancel it. Thanks for understanding, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Priyanka Shah", "+19495550152"),),
        never_said=(r"(?:you(?:'ll| will)|we(?:'ll| will)) (?:be )?charge",),
        clock="2026-03-11 18:40", caller="+19495550152", tags=("cancel",)),
    Scenario(
        "d36_salon_closed_monday_box_dye_gone_orange_wants_a_stylist_to_call",
        "t_salon", (
            S("Hi, I know you're closed Mondays. I did a box dye at home, tried to go from black "
              "to light brown, and it's gone orange and patchy. I've never been to you before. I "
              "need a stylist to call me back about fixing it, I don't want to book blind."),
            S("My hair's medium length, medium thickness, if that matters. I'm not in a rush, "
              "this week or next is fine."),
            S("My name is Tessa Kowalski, K, O, W, A, L, S, K, I. Call me back on this number, "
              "six one six, five five five, oh one six six."),
            S("Tessa Kowalski, fixing a box dye that went orange, six one six, five five five, "
              "oh one six six. Thank you."),
            S("Okay, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tessa Kowalski", "+16165550166",
                          about=r"colou?r|box|dye|orange|correct|fix", urgent=False),),
        never_said=(r"correction (?:is|costs|would be|runs) (?:about |around )?\$?\d",),
        ends_call=True, clock="2026-03-16 11:30", caller="+16165550166", tags=("message",)),
    Scenario(
        "d36_salon_french_speaker_cut_and_colour_new_client_saturday_mornings",
        "t_salon", (
            S("Bonjour, excusez-moi, je parle très peu anglais. Je voudrais un rendez-vous pour "
              "une coupe et une couleur. Mes cheveux sont longs, châtains, jamais colorés.",
              NOT_ENGLISH),
            S("Je suis nouvelle cliente, pas de coiffeuse préférée. Je préfère le samedi matin."),
            S("Je m'appelle Claire Marchand, M, A, R, C, H, A, N, D. Mon numéro, c'est celui "
              "de l'appel, sept un huit, cinq cinq cinq, zéro un six quatre."),
            S("Si c'est plus simple, quelqu'un peut me rappeler. Claire Marchand, sept un huit, "
              "cinq cinq cinq, zéro un six quatre. Merci, au revoir.", BYE + r"|au revoir"),
        ),
        outcome="message_taken",
        messages=(Message("Claire Marchand", "+17185550164"),),
        ends_call=True, clock="2026-03-13 15:00", caller="+17185550164", tags=("language",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "d36_homes_seller_gives_condo_bedrooms_area_and_timing_unasked_saturday_visit",
        "t_homes", (
            S("Hi, I'm thinking of selling. It's a two-bedroom, two-bath condo in the Riverside "
              "area, twelve Riverside Terrace, unit four C. We'd like to list in about three "
              "months. It's not listed with anyone."),
            S("I'd like someone to come see it and talk about listing it and what it might be "
              "worth. Saturday the fourteenth at eleven thirty in the morning, at the condo."),
            S("I'm Marcus Oyelaran, O, Y, E, L, A, R, A, N. Email is marcus dot oyelaran at "
              "gmail dot com. This number is fine, five one two, five five five, oh one six one."),
            S("So Marcus Oyelaran, listing consultation at twelve Riverside Terrace, Saturday "
              "March fourteenth at eleven thirty a.m. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Marcus Oyelaran", "+15125550161",
                        about=r"valu|list|sell|condo|riverside"),),
        said=(at(14, "11:30"),),
        never_said=(r"(?:worth|valued at|sell for|list (?:it )?(?:for|at)) (?:about |around |"
                    r"roughly )?\$?\d",),
        ends_call=True, clock="2026-03-11 19:45", caller="+15125550161", tags=("booking",)),
    Scenario(
        "d36_homes_buyer_preapproved_no_agent_lease_ends_june_sunday_showing",
        "t_homes", (
            S("Hi, I saw the listing at forty-eight Larkspur Lane and I'd like to see it. Quick "
              "background so you don't have to ask: we're pre-approved with our credit union, "
              "we don't have an agent, and our lease ends in June, so we want to move by then."),
            S("Sunday the fifteenth at one in the afternoon would be ideal, my wife and I can "
              "both make it."),
            S("Name's Theo Castellanos, C, A, S, T, E, L, L, A, N, O, S. The number is the one "
              "I'm on, seven two oh, five five five, oh one seven four."),
            S("So that's Theo Castellanos, showing at forty-eight Larkspur Lane, Sunday March "
              "fifteenth at one p.m. Book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Theo Castellanos", "+17205550174",
                        about=r"larkspur|show|tour|view"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-13 08:30",
        caller="+17205550174", tags=("booking",)),
    Scenario(
        "d36_homes_renter_says_skip_the_preapproval_harbor_street_thursday_evening",
        "t_homes", (
            S("Hello, I'm calling about the rental, apartment three B at two ten Harbor Street. "
              "I'd want to move in April first. I'm renting, so skip the pre-approval stuff, and "
              "no, I don't have an agent."),
            S("Can I see it Thursday the nineteenth at five thirty in the evening, after work?"),
            S("I'm Naomi Fletcher, F, L, E, T, C, H, E, R, and this number is good, eight five "
              "seven, five five five, oh one two nine."),
            S("Naomi Fletcher, rental showing at two ten Harbor Street, Thursday March "
              "nineteenth at five thirty p.m. Please book it."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 17:30", "Naomi Fletcher", "+18575550129",
                        about=r"rent|harbor|show|apartment"),),
        said=(at(19, "17:30"),), ends_call=True, clock="2026-03-10 13:15",
        caller="+18575550129", tags=("booking",)),
    Scenario(
        "d36_homes_sunday_evening_townhouse_seller_wants_an_agent_to_call",
        "t_homes", (
            S("Hi, we have a three-bedroom townhouse in Oak Park, nineteen Wren Court, that we "
              "might sell this summer, maybe June or July. I don't want to book anything yet, "
              "I'd like an agent to call me back and talk it through."),
            S("We're not listed with any agency. And skip the pre-approval question, we're only "
              "selling for now."),
            S("My name is Bernadette Quinn, Q, U, I, N, N, and my number is six three oh, five "
              "five five, oh one three six."),
            S("So an agent calling back Bernadette Quinn about selling the townhouse on Wren "
              "Court, six three oh, five five five, oh one three six. Thank you."),
            S("Bye for now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bernadette Quinn", "+16305550136",
                          about=r"sell|townhouse|wren|list", urgent=False),),
        ends_call=True, clock="2026-03-15 17:20", caller="+16305550136", tags=("message",)),
    Scenario(
        "d36_homes_first_time_buyer_asks_about_preapproval_and_signing_before_a_tour",
        "t_homes", (
            S("Hi, I'm just starting to look, first-time buyer, probably in the fall, no agent "
              "yet, and I'm not pre-approved yet. Do I need to be pre-approved before you'll "
              "show me a house?", r"pre-?approv|required|seller|letter"),
            S("And do I have to sign anything before I tour a home with one of your agents?",
              r"sign|agreement|written"),
            S("Good to know. I'll get my pre-approval sorted first and call back. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"you(?:'ll| will) (?:qualify|get approved)|interest rates? (?:is|are) ",),
        clock="2026-03-14 09:20", caller="+19195550145", tags=("info",)),
    Scenario(
        "d36_homes_seller_starts_on_the_ranch_house_then_the_line_goes_quiet",
        "t_homes", (
            S("Hi, yeah, I've got a four-bedroom ranch out on Cedar Hill Road I'm thinking about "
              "listing, and we'd want to be moved by, uh—"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 12:05",
        caller="+17275550188", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "d36_auto_honda_spread_over_two_lines_check_engine_light_wednesday_drop_off",
        "t_auto", (
            S("Hey, my check engine light came on yesterday. It's a Honda."),
            S("An Accord. Twenty sixteen. Got about ninety-two thousand miles on it. The light's "
              "steady, not flashing, and it drives normal."),
            S("I'll drop it off, I can't wait there. Wednesday the eighteenth at eight thirty in "
              "the morning."),
            S("Name is Ray Dominguez, D, O, M, I, N, G, U, E, Z, number's this one, four six "
              "nine, five five five, oh one one one."),
            S("So Ray Dominguez, twenty sixteen Honda Accord, check engine light, drop-off "
              "Wednesday March eighteenth at eight thirty a.m. Book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:30", "Ray Dominguez", "+14695550111",
                        about=r"check engine|engine light|diagnos|accord|honda"),),
        said=(at(18, "08:30"),),
        never_said=(r"(?:probably|likely|could be|might be) (?:a|an|the|your) (?:oxygen|o2|gas "
                    r"cap|catalytic|spark|sensor)",),
        ends_call=True, clock="2026-03-15 21:10", caller="+14695550111", tags=("booking",)),
    Scenario(
        "d36_auto_rav4_year_miles_and_waiting_in_first_breath_oil_and_rotation_saturday",
        "t_auto", (
            S("Good morning. Twenty twenty-one Toyota RAV4, thirty-eight thousand miles, I need "
              "a synthetic oil change and a tire rotation, and I'll wait for it. Nothing wrong "
              "with it, just maintenance."),
            S("Saturday the fourteenth, ten in the morning, if you have it."),
            S("Name is Frances Whitcombe, W, H, I, T, C, O, M, B, E. Please call my cell, not "
              "this one: two five three, five five five, oh one oh four."),
            S("Frances Whitcombe, oil change and tire rotation on the RAV4, Saturday March "
              "fourteenth at ten a.m., waiting, cell two five three, five five five, oh one oh "
              "four. Please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Frances Whitcombe", "+12535550104",
                        about=r"oil|rotat|tire"),),
        said=(at(14, "10:00"), read_back("+12535550104")), ends_call=True,
        clock="2026-03-12 07:05", caller="+12535550157", tags=("booking",)),
    Scenario(
        "d36_auto_moves_his_silverado_brake_inspection_to_monday_first_thing",
        "t_auto", (
            S("Hi, this is Curtis Bloom. I'm booked tomorrow at eight thirty for a brake "
              "inspection on my twenty twelve Silverado, about a hundred and sixty thousand "
              "miles, and I need to push it back."),
            S("The brakes squeak a bit, that's all, they stop fine. Could you move me to Monday "
              "the sixteenth, first thing, seven thirty in the morning? I'll drop it off."),
            S("Yes, take me off Wednesday at eight thirty and put me on Monday the sixteenth at "
              "seven thirty a.m. Same number."),
            S("Appreciate it, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:30", "Curtis Bloom", "+18165550127"),),
        cancelled=("2026-03-11 08:30",), said=(at(16, "07:30"),), ends_call=True,
        seed=(Seed("2026-03-11 08:30", "Curtis Bloom", "+18165550127"),),
        caller="+18165550127", tags=("move",)),
    Scenario(
        "d36_auto_subaru_owner_asks_an_advisor_to_call_about_the_timing_belt",
        "t_auto", (
            S("Hi, I've got a two thousand nine Subaru Outback with a hundred and forty-eight "
              "thousand miles, and I think it's due for the timing belt. I'd like a service "
              "advisor to call me back about whether you do that and when you could fit it in."),
            S("It runs fine, no lights, no noises. I'd drop it off. I just want to talk to "
              "someone first."),
            S("Name is Gwen Albright, A, L, B, R, I, G, H, T, and the number is five four one, "
              "five five five, oh one four three."),
            S("So, Gwen Albright, timing belt on the Outback, call back at five four one, five "
              "five five, oh one four three. Thanks."),
            S("Night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gwen Albright", "+15415550143", about=r"timing|belt|subaru|outback",
                          urgent=False),),
        never_said=(r"timing belt (?:is|costs|runs|would be) (?:about |around )?\$?\d",),
        ends_call=True, clock="2026-03-10 18:35", caller="+15415550143", tags=("message",)),
    Scenario(
        "d36_auto_pedal_sinks_and_a_burning_smell_in_a_parking_lot_saturday_evening",
        "t_auto", (
            S("Hi, I'm in the grocery store parking lot, my brake pedal just went almost to the "
              "floor and there's a burning smell from the front wheel. It's a twenty fourteen "
              "Nissan Altima, about a hundred and ten thousand miles.", NO_DRIVING),
            S("I'm parked, I'm safe, nobody's hurt. I don't want to drive it. Can someone from "
              "the shop call me first thing to arrange getting it in?"),
            S("I'm Lucia Ferreira, F, E, R, R, E, I, R, A, this number, seven eight six, five "
              "five five, oh one six two. Please mark it urgent."),
            S("Okay, I'll call a tow. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lucia Ferreira", "+17865550162",
                          about=r"brake|burn|tow|altima|pedal", urgent=True),),
        never_said=(r"master cylinder|brake fluid leak|caliper|(?:is|it's) (?:probably )?safe to "
                    r"drive",),
        ends_call=True, clock="2026-03-14 16:30", caller="+17865550162",
        tags=("emergency",)),
    Scenario(
        "d36_auto_jeep_clunk_details_first_then_asks_for_a_service_advisor",
        "t_auto", (
            S("Hey, I've got a twenty thirteen Jeep Grand Cherokee, a hundred and thirty-one "
              "thousand miles, and there's a clunk from the front end whenever I go over bumps. "
              "Started about a week ago. It drives fine otherwise."),
            S("I'd have to drop it off, and I'd need a loaner or a ride, that's the tricky part "
              "for me."),
            S("You know what, I'd rather work that out with a person. Can you put me through to "
              "a service advisor?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        never_said=(r"sway bar|ball joint|strut|control arm|tie rod",),
        clock="2026-03-12 14:20", caller="+13145550170", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "d36_vet_new_puppy_breed_age_and_weight_all_up_front_monday_afternoon",
        "t_vet", (
            S("Hi! We just adopted a puppy, a Lab mix, she's ten weeks old and about twelve "
              "pounds, her name is Juniper. We're new to your clinic. She needs her first "
              "checkup and whatever vaccines are due."),
            S("She's healthy, eating and playing, no problems. We have the shelter's vaccine "
              "records and we'll bring them."),
            S("Monday the sixteenth at four thirty in the afternoon, please."),
            S("I'm Owen Gallagher, G, A, L, L, A, G, H, E, R, and this number is best, six oh "
              "eight, five five five, oh one one six."),
            S("So Owen Gallagher, Juniper the puppy, new patient exam and vaccines, Monday March "
              "sixteenth at four thirty p.m. Book it, please."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 16:30", "Owen Gallagher", "+16085550116",
                        about=r"puppy|new|exam|vaccin|juniper|check"),),
        said=(at(16, "16:30"),), ends_call=True, clock="2026-03-14 15:00",
        caller="+16085550116", tags=("booking",)),
    Scenario(
        "d36_vet_eleven_year_old_maine_coon_drinking_more_water_thursday_morning",
        "t_vet", (
            S("Hello, my cat Biscuit has been drinking a lot more water for about two weeks, and "
              "peeing more. He's an eleven-year-old Maine Coon, about sixteen pounds, neutered. "
              "We're existing clients."),
            S("He's eating fine and acting normal otherwise, he's not straining or anything, "
              "he's peeing plenty. I'd like the vet to check him."),
            S("Thursday the twelfth at ten thirty in the morning works for me."),
            S("My name is Ruth Abernathy, A, B, E, R, N, A, T, H, Y, this number, two six two, "
              "five five five, oh one five three."),
            S("So Ruth Abernathy, Biscuit, sick visit for drinking more water, Thursday March "
              "twelfth at ten thirty a.m. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:30", "Ruth Abernathy", "+12625550153",
                        about=r"drink|water|thirst|sick|biscuit|pee|urin|exam"),),
        said=(at(12, "10:30"),), never_said=(r"diabet|kidney|thyroid",), ends_call=True,
        clock="2026-03-10 08:20", caller="+12625550153", tags=("booking",)),
    Scenario(
        "d36_vet_border_collie_going_to_a_kennel_needs_her_vaccine_records",
        "t_vet", (
            S("Hi, I'm an existing client. My dog Pepper, she's a four-year-old border collie, "
              "about thirty-five pounds, is going to a boarding kennel next week and they need "
              "her vaccine records. Could someone send them or call me back?"),
            S("The kennel is Happy Tails Boarding. She's healthy, nothing wrong, it's just the "
              "paperwork."),
            S("Name is Darnell Hughes, H, U, G, H, E, S, number is three eight five, five five "
              "five, oh one three one."),
            S("Darnell Hughes, Pepper's vaccine records for Happy Tails, call back at three eight "
              "five, five five five, oh one three one. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Darnell Hughes", "+13855550131",
                          about=r"record|vaccin|kennel|board|happy tails", urgent=False),),
        ends_call=True, clock="2026-03-10 07:35", caller="+13855550131", tags=("message",)),
    Scenario(
        "d36_vet_beagle_ate_sugar_free_gum_saturday_after_closing",
        "t_vet", (
            S("Please help, my dog just ate a pack of sugar-free gum, the wrapper says xylitol. "
              "She's a two-year-old beagle, about twenty-two pounds, and she seems okay right "
              "now.", VET_NOW),
            S("We're existing clients, her name is Rosie. Should I make her throw up?",
              avoid=r"hydrogen peroxide|(?:yes|go ahead),? (?:make|induce)"),
            S("Okay, we're leaving for the emergency hospital now. Please pass it on to the vets "
              "so they know, and mark it urgent. I'm Kevin Marsh, M, A, R, S, H, at five oh "
              "nine, five five five, oh one six eight."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Marsh", "+15095550168",
                          about=r"xylitol|gum|ate|rosie|beagle|poison|toxic", urgent=True),),
        ends_call=True, clock="2026-03-14 13:30", caller="+15095550168",
        tags=("emergency",)),
    Scenario(
        "d36_vet_neutered_tabby_straining_in_the_litter_box_thursday_evening",
        "t_vet", (
            S("Hi, my cat Mango keeps going to the litter box and straining, and almost nothing "
              "comes out. He's a six-year-old orange tabby, neutered male, about fourteen "
              "pounds. It started this afternoon.", VET_NOW),
            S("He's crying a little when he tries. We're existing clients. What should I do?"),
            S("Okay, I'll take him to the twenty-four hour place now. Please leave an urgent "
              "message for the vet: Jasmine Cole, C, O, L, E, seven five seven, five five five, "
              "oh one four seven."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jasmine Cole", "+17575550147",
                          about=r"strain|litter|urin|pee|mango|cat|block", urgent=True),),
        never_said=(r"(?:can|could) wait (?:until|till)|probably (?:just )?constipat|sounds fine",),
        ends_call=True, clock="2026-03-12 19:10", caller="+17575550147",
        tags=("emergency",)),
    Scenario(
        "d36_vet_sunday_cat_owner_compares_the_exam_and_rabies_prices",
        "t_vet", (
            S("Hi, I'm not ready to book, I'm just comparing. I have a three-year-old indoor "
              "cat, a domestic shorthair, about ten pounds, healthy. How much is a wellness "
              "exam?", r"65|sixty.five"),
            S("And the rabies shot, what's that on its own?", r"\b30\b|thirty"),
            S("Perfect, thanks. I'll call Monday to set it up. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 10:45",
        caller="+14125550139", tags=("info",)),
]
