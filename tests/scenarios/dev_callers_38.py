"""A thirty-eighth development set: 48 scripted callers, six in each of the fleet's eight trades,
who refer back to what was said earlier in the call, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-38) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists): only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, the
thirty-sixth set's module docstring (for how its figures and fixes are reported, and how a
silent line is judged), and the twenty-eighth set's test file, for the conventions (a search
for where --dev36 is wired in also printed a few lines of the thirty-sixth set's test file, from
which only the short name prefix, here "d38", was taken); in
tests/scenarios/catalogue.py, the dataclasses, its first few callers and the judging fields of
the rest. The businesses' facts come only from tenants/profession_data.py and the fleet in
tests/factories.py; the judging from catalogue.py and tests/scenarios/harness.py; the read-back
patterns from tests/scenarios/spoken.py (`at()`, `read_back()`); the shape from
tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds, KINDS_38
below).

What makes it different: the callers build what they want over several short lines, each of
which leans on the one before, and they point back with pronouns and short references instead of
repeating themselves, as people do on the phone: "same time but Thursday", "make it for him
instead", "make it for her", "the earlier one", "the second one, the one-bedroom on Pine", "the
first one, the blowout", "that one", "do that", "do that as well", "same number", "the same one
as last time", "it" for a scarf left at the salon, a crown that came off or a faucet still in its
box, "there" for the clinic, the pharmacy or the shop, "the same question for the physical", "and
the other one, the distemper one", "move it to the same time the next Saturday". A caller who
changes the person ("it's not for me, it's for my husband", "it's my mom's house, not mine")
expects the booking under the other person's name; one who changes only the day ("same time but
Friday") expects the time kept. A reference to what the receptionist offered is never needed:
the scripted caller cannot hear, so a choice between two times is always between the two the
caller named ("Wednesday at eight or at eleven; the earlier one"). Whatever the references, a
booking always ends with a line that says the final day, time, service and name plainly (and the
callback number when it is not the calling line), and a message with one that says the name, the
reason and the number. What they end up asking for is ordinary, in the held-out sets' mix
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number, 6
emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 Portuguese caller, 1 early hang-up). Calls ring at realistic hours via `clock=`: before
opening, at lunch, near and after closing, late on a Sunday, on a Saturday, on the salon's
closed Monday, an hour before the agency opens on a Sunday.

Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price and answer it looks for is the business's own (profession_data.py): the
dental new patient visit at 275 dollars; the clinic's 40 dollar flu shot, 225 dollar annual
physical and 75 dollar sports physical, and what to bring; the law firm's 950 dollar simple will,
its estate planning consultation at no charge, its 250 dollar initial consultation, what to bring,
its twenty-four hours' notice and its phone or video consultations; the plumber's 89 dollar
service call (never the 189 dollar after-hours fee); the salon's 45 dollar blowout, 65 dollar
women's cut, 195 dollar balayage and 135 dollar partial highlights; the agency's valuation at no
charge and its answers on pre-approval, the written agreement and what to bring to a showing;
the shop's 89 dollar synthetic oil change and 149 dollar pre-purchase inspection and the makes
it works on; the vet's 75 dollar new patient exam, 30 dollar rabies and 35 dollar distemper
vaccines and the animals it sees. No `never_said` is used.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev38

which prints `RESULT dev38_pass_rate=`, measured and never gated.
Its first run, on main at 72acace, before anyone had read a transcript of it: 44/48 = 0.917.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a fact not the business's, a script that cannot
finish): one was found. The seller helping her mother asks first whether the valuation
appointment costs anything, and the check wanted "free" or "no charge"; the agency lists the
valuation at no charge, but its own rules say never to quote a fee, and the receptionist
answered with the agency's own safe reply (a question for an agent, who can be booked or call
back), which is honest under those rules. The check now takes either answer (NO_CHARGE_OR_AGENT;
no line was changed), and the caller's booking for her mother was right in both runs. The second
run, with that fix: 45/48 = 0.9375; the three failures left, the same in both runs, are the
receptionist's. A booking switched to the caller's husband ("make it for him instead. His name
is Daniel Ortiz") was stored under the name "Make", the first word of the reference, though the
caller's summary line said Daniel Ortiz. A move to "the same time but push it a week" (the
nineteenth at ten) was read as today at ten, and the caller's plain summary was then read as a
request for the old slot, so nothing was moved. A move done correctly on the second line was
followed by the caller's summary naming the old slot and the new, and the old slot (Saturday the
fourteenth at ten, just cancelled) was booked again as a new appointment.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise (every
caller here sets its own). The scripted caller cannot hear the replies, so each line stands on
its own whatever the receptionist asked: a later line says the final day and time plainly with
the service and the name the booking or message is to be under, and a booking is read back
(`said=`) with its final day and time; where the callback is not the line the call comes from,
`said=` also checks that the whole number was read back, in digits or in words, in order. Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer
to (the caller asks for a person only in the last line). Every emergency here rings where no
transfer line is configured and ends with an urgent message in the caller's own name; a routine
message is not urgent. A call whose last line says goodbye is hung up by the receptionist
(`ends_call=True`); one that ends on a request for a person is transferred and not hung up; the
caller who goes quiet hears the receptionist check the line once and then say goodbye.
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
KINDS_38 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|good ?night"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a goodbye in English, Spanish or Portuguese
BYE_ANY = BYE + r"|adi[oó]s|hasta (?:luego|pronto)|tchau|at[eé] logo|obrigad|gracias|cu[ií]d"
# a Spanish caller: an apology that only English is spoken, or help in Spanish
SPANISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|n[uú]mero|ayud|claro"
           r"|usted|direcci|name|message")
# a Portuguese caller: an apology that only English is spoken, or help in Portuguese
PORTUGUESE = (r"sorry|English|ingl[eê]s|portugu[eê]s|desculp|nome|mensagem|n[uú]mero|ajud"
              r"|name|message")
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|\bnow\b"
# not driving the car, or a tow
TOW = r"\btow|not (?:to )?drive|don't drive|do not drive|safest"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# the agency's valuation is listed at no charge, but the agency's own rules say never to quote a
# fee: either answer is honest, that it is free or that an agent will go over it
NO_CHARGE_OR_AGENT = NO_CHARGE + r"|\bagent"
# the business's own prices, in digits or in words
P_89 = r"\b89\b|(?<!hundred )(?<!hundred and )\beighty[- ]nine"  # never the 189 after hours
P_275 = r"\b275\b|two hundred (?:and )?seventy[- ]five"
P_225 = r"\b225\b|two hundred (?:and )?twenty[- ]five"
P_40 = r"\b40\b|\bforty\b(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)"
P_75 = r"\b75\b|seventy[- ]five"
P_950 = r"\b950\b|nine hundred (?:and )?fifty"
P_250 = r"\b250\b|two hundred (?:and )?fifty"
P_45 = r"\b45\b|forty[- ]five"
P_65 = r"\b65\b|sixty[- ]five"
P_195 = r"\b195\b|one hundred (?:and )?ninety[- ]five"
P_135 = r"\b135\b|one hundred (?:and )?thirty[- ]five"
P_149 = r"\b149\b|one hundred (?:and )?forty[- ]nine"
P_30 = r"\b30\b|\bthirty\b(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)"
P_35 = r"\b35\b|thirty[- ]five"


DEV_CALLERS_38: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d38_dental_same_time_but_thursday_then_make_it_for_her_husband_instead",
        "t_dental", (
            S("Hi, good morning. I'd like to book a cleaning, just the regular cleaning and "
              "checkup, for Tuesday the seventeenth at two in the afternoon, if that's open."),
            S("Actually, wait, no. Same time, but Thursday instead. Thursday the nineteenth at "
              "two. Tuesdays are bad for him."),
            S("Sorry, I should have said, it isn't for me, it's for my husband, so make it for "
              "him instead. His name is Daniel Ortiz, O R T I Z, date of birth June third, "
              "nineteen eighty-one. He's an existing patient, no pain or swelling, and he has "
              "Delta Dental, he's the policy holder."),
            S("The same number I'm calling from is fine for him, it's our house phone, six one "
              "seven, five five five, oh one seven one."),
            S("So that's Daniel Ortiz, the adult cleaning and exam, Thursday the nineteenth at "
              "two in the afternoon, on this number. Yes, do that, please book it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Daniel Ortiz", "+16175550171",
                        about=r"clean|check|exam"),),
        said=(at(19, "14:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+16175550171", tags=("booking",)),
    Scenario(
        "d38_dental_asks_what_that_one_costs_then_books_that_one_on_her_cell",
        "t_dental", (
            S("Hi, I'm new, I've never been to your office. I'm looking for the new patient "
              "visit, the one where you do the exam and the X-rays and the cleaning all at once. "
              "How much is that one?", P_275),
            S("Okay, that's fine. Then I'd like that one. Monday the sixteenth, first thing, nine "
              "in the morning, if you have it."),
            S("No pain, nothing like that. I don't have dental insurance, I'll pay for it myself. "
              "My name is Grace Whitfield, W H I T F I E L D, date of birth February fourteenth, "
              "nineteen ninety-three."),
            S("For the number, use my cell, not the one I'm calling from: three one two, five "
              "five five, oh one nine four."),
            S("So, Grace Whitfield, the new patient exam with X-rays and cleaning, Monday the "
              "sixteenth at nine in the morning, and my cell, three one two, five five five, oh "
              "one nine four. Yes, go ahead and book it."),
            S("Perfect, thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Grace Whitfield", "+13125550194",
                        about=r"new patient|x-ray|exam|clean"),),
        said=(at(16, "09:00"), read_back("+13125550194")), ends_call=True,
        clock="2026-03-11 12:20", caller="+17735550112", tags=("booking",)),
    Scenario(
        "d38_dental_filling_wednesday_at_eight_or_eleven_takes_the_earlier_one",
        "t_dental", (
            S("Hi, it's about a filling. The dentist saw me last month and said I need a "
              "tooth-colored filling on the upper right, and told me to call and set it up. I'm "
              "an existing patient."),
            S("It doesn't hurt, and there's no swelling. I could do Wednesday the eighteenth at "
              "eight, or Wednesday at eleven. Let's say the earlier one, the eight o'clock, so "
              "I'm not late for work."),
            S("Insurance is MetLife, through my wife's job, so she's the policy holder, Anita "
              "Shah. I'm Rohan Shah, S H A H, born October twenty-second, nineteen eighty-seven."),
            S("And for calling me back, the same number I'm calling from."),
            S("So, Rohan Shah, the filling, Wednesday the eighteenth at eight in the morning, on "
              "the number I'm calling from. Book it, please."),
            S("Thanks, have a good weekend, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:00", "Rohan Shah", "+14695550137", about=r"fill"),),
        said=(at(18, "08:00"),), ends_call=True, clock="2026-03-13 13:10",
        caller="+14695550137", tags=("booking",)),
    Scenario(
        "d38_dental_moves_her_cleaning_to_the_same_time_a_week_later",
        "t_dental", (
            S("Hi, this is Helen Brooks. I have a cleaning with you this Thursday, the twelfth, "
              "at ten in the morning, and I need to move it."),
            S("Could we keep the same time but push it a week? So the Thursday after, the "
              "nineteenth, still at ten."),
            S("My date of birth is April seventh, nineteen seventy-six, if you need it, and the "
              "number is this one I'm calling from, the same as before."),
            S("So, Helen Brooks: move the Thursday the twelfth at ten to Thursday the nineteenth "
              "at ten in the morning, same cleaning. Yes, please do that."),
            S("Lovely, thank you. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Helen Brooks", "+15085550126"),),
        cancelled=("2026-03-12 10:00",),
        seed=(Seed("2026-03-12 10:00", "Helen Brooks", "+15085550126"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 08:30",
        caller="+15085550126", tags=("move",)),
    Scenario(
        "d38_dental_temporary_crown_came_off_asks_them_to_call_about_it",
        "t_dental", (
            S("Hi, I know you're closed, I just wanted to leave word. The dentist put a temporary "
              "crown on me last week, and it came off this afternoon while I was eating. It "
              "doesn't hurt at all, and I've still got it, it's in a little bag."),
            S("It's not urgent. I'd just like someone from the office to call me back tomorrow "
              "about it, about getting it put back on. Can you take a message?"),
            S("My name's Peter Lindqvist, L I N D Q V I S T."),
            S("And the best number isn't this one, it's my cell: two oh six, five five five, oh "
              "one five eight."),
            S("So the message is: Peter Lindqvist, the temporary crown came off, please call me "
              "back tomorrow at two oh six, five five five, oh one five eight."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Peter Lindqvist", "+12065550158", about=r"crown", urgent=False),),
        said=(read_back("+12065550158"),), ends_call=True, clock="2026-03-12 17:35",
        caller="+12065550111", tags=("message",)),
    Scenario(
        "d38_dental_his_front_tooth_knocked_out_and_it_is_in_milk_after_hours",
        "t_dental", (
            S("Hi, my son just fell off his bike, and one of his front teeth got knocked right "
              "out. We found it, it's in a cup of milk now."),
            S("He's okay otherwise, the bleeding has stopped, he's breathing fine, no other "
              "injury, it's just the tooth. He's a patient of yours, he's twelve."),
            S("I know you're closed. Can someone from the practice call me back tonight or first "
              "thing tomorrow about it? It's urgent."),
            S("My name is Laura Fenwick, F E N W I C K, and his name is Owen. The message should "
              "be under my name. Call me on the number I'm calling from, seven one eight, five "
              "five five, oh one four nine."),
            S("So, an urgent message: Laura Fenwick, Owen's front tooth was knocked out, please "
              "call me back at seven one eight, five five five, oh one four nine."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Laura Fenwick", "+17185550149", about=r"tooth|knock",
                          urgent=True),),
        ends_call=True, clock="2026-03-11 18:50", caller="+17185550149",
        tags=("emergency",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d38_clinic_physical_wednesday_is_tomorrow_so_same_time_but_friday",
        "t_clinic", (
            S("Hi, I'm an established patient, and I'd like to come in for my annual physical."),
            S("Is there something Wednesday the eleventh at nine twenty in the morning? Oh, "
              "wait, that's tomorrow, I can't. Same time but Friday, then. Friday the thirteenth "
              "at nine twenty."),
            S("The patient is me, Marcus Oyelaran, O Y E L A R A N, date of birth January "
              "thirtieth, nineteen seventy-nine. No preference on the doctor, whoever's free. I "
              "have Aetna."),
            S("And use the same number I'm calling from, that's fine."),
            S("So, Marcus Oyelaran, the annual physical, Friday the thirteenth at nine twenty in "
              "the morning, on this number. Yes, book that, please."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:20", "Marcus Oyelaran", "+14045550163",
                        about=r"physical"),),
        said=(at(13, "09:20"),), ends_call=True, clock="2026-03-10 12:40",
        caller="+14045550163", tags=("booking",)),
    Scenario(
        "d38_clinic_asks_the_sports_physical_price_then_make_it_for_her_daughter",
        "t_clinic", (
            S("Hi, I know it's Saturday, I'm just hoping to set something up. How much is the "
              "sports physical, the one kids need for school sports?", P_75),
            S("Okay, I'll do that one. Not for me, though, it's for my daughter, so make it for "
              "her. She's been seen there before, she's an established patient."),
            S("Her name is Sofia Marchetti, M A R C H E T T I, date of birth August nineteenth, "
              "two thousand ten. It's for spring soccer. We have Blue Cross, and no preference "
              "on the doctor."),
            S("Tuesday the seventeenth, after school, three forty in the afternoon would be "
              "ideal."),
            S("And call me back on the same number I'm calling from. So: Sofia Marchetti, the "
              "sports physical, Tuesday the seventeenth at three forty in the afternoon. Yes, "
              "please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:40", "Sofia Marchetti", "+16305550182",
                        about=r"sport|physical|soccer"),),
        said=(at(17, "15:40"),), ends_call=True, clock="2026-03-14 10:00",
        caller="+16305550182", tags=("booking",)),
    Scenario(
        "d38_clinic_new_patient_names_two_times_and_takes_the_second_one",
        "t_clinic", (
            S("Hi, I just moved to the area and I need a new doctor. I'd be a new patient, I'd "
              "like a regular visit to get established with someone."),
            S("I was thinking Wednesday the eighteenth at two, or Thursday the nineteenth at "
              "eleven. Let's go with the second one, the Thursday at eleven, mornings are easier "
              "for me."),
            S("I'm Teresa Nakamura, N A K A M U R A, born March fifth, nineteen sixty-eight. I "
              "have Medicare, and I don't have a preference for the provider."),
            S("The best callback is my cell, not the one I'm calling from: five oh three, five "
              "five five, oh one six seven."),
            S("So, Teresa Nakamura, a new patient visit, Thursday the nineteenth at eleven in "
              "the morning, and my cell, five oh three, five five five, oh one six seven. Go "
              "ahead and book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Teresa Nakamura", "+15035550167",
                        about=r"new|establish|visit"),),
        said=(at(19, "11:00"), read_back("+15035550167")), ends_call=True,
        clock="2026-03-16 16:55", caller="+19715550140", tags=("booking",)),
    Scenario(
        "d38_clinic_refill_to_the_same_pharmacy_as_last_time_for_the_nurse",
        "t_clinic", (
            S("Hi, I need a refill on my blood pressure medicine. It's lisinopril, ten "
              "milligrams, the same one the doctor's had me on for two years."),
            S("Can you send that to the nurse? The pharmacy is the Walgreens on Main Street, the "
              "same one as last time, they have me on file there."),
            S("I'm Gerald Pruitt, P R U I T T, date of birth November eleventh, nineteen "
              "fifty-four."),
            S("If they need anything, call me back on the same number I'm calling from, four one "
              "two, five five five, oh one three eight."),
            S("So that's a message for the nurse: Gerald Pruitt, a refill of lisinopril to the "
              "Walgreens on Main Street, call back on four one two, five five five, oh one three "
              "eight."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gerald Pruitt", "+14125550138", about=r"refill|lisinopril",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 08:05", caller="+14125550138",
        tags=("message",)),
    Scenario(
        "d38_clinic_cancels_the_ten_twenty_on_wednesday_and_does_not_rebook_it",
        "t_clinic", (
            S("Hi, I have an appointment next Wednesday and I need to cancel it, I won't be in "
              "town."),
            S("It's under Nadia Karim, K A R I M, date of birth July twenty-ninth, nineteen "
              "ninety. The appointment is Wednesday the eighteenth at ten twenty in the morning."),
            S("No, I don't want to rebook it right now, I'll call again when I'm back. Just "
              "cancel that one, the ten twenty on Wednesday."),
            S("Yes, please cancel it: Nadia Karim, Wednesday the eighteenth at ten twenty."),
            S("No, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-18 10:20",),
        seed=(Seed("2026-03-18 10:20", "Nadia Karim", "+12155550177"),),
        ends_call=True, clock="2026-03-13 14:30", caller="+12155550177", tags=("cancel",)),
    Scenario(
        "d38_clinic_flu_shot_price_then_the_same_question_for_the_physical",
        "t_clinic", (
            S("Hi, quick question. Do you do flu shots, and how much is it?", P_40),
            S("Okay. And the same question for the annual physical: how much is that one if I "
              "pay for it myself?", P_225),
            S("And do I need to bring anything to it? The physical, I mean.",
              r"photo ID|\bID\b|insurance card|medication"),
            S("Okay, that's all I needed, I'll call back to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 07:30",
        caller="+16145550153", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "d38_law_asks_about_the_will_package_then_books_the_free_consultation_first",
        "t_law", (
            S("Hi, my wife and I want to get our wills done. I saw you have a simple will "
              "package. How much is that?", P_950),
            S("And the estate planning consultation, the first step before that, is there a "
              "charge for that one?", NO_CHARGE),
            S("Okay, then let's do that, the consultation first. No court dates, nothing urgent, "
              "we don't have a lawyer, and nobody else is involved, it's just the two of us, Bill "
              "and Martha Kessler. We'd like to come in person."),
            S("Thursday the twelfth at three in the afternoon, if you have it. My email is bill "
              "dot kessler at example dot com."),
            S("So, Bill Kessler, the estate planning consultation, in person, Thursday the "
              "twelfth at three in the afternoon, on the number I'm calling from. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Bill Kessler", "+16125550133",
                        about=r"estate|will"),),
        said=(at(12, "15:00"),), ends_call=True, clock="2026-03-10 16:30",
        caller="+16125550133", tags=("booking",)),
    Scenario(
        "d38_law_rear_ended_father_make_the_injury_evaluation_for_him_instead",
        "t_law", (
            S("Hi, I'm calling about a car accident. Somebody rear-ended my dad's car two weeks "
              "ago at a red light, and his back's been hurting ever since. I think he needs a "
              "personal injury lawyer."),
            S("I was going to come in myself, but it should be him, so make it for him instead. "
              "His name is Walter Greene, G R E E N E. The other driver was a Kyle Dunham."),
            S("There's no court date or deadline that we know of, and he doesn't have a lawyer "
              "yet. He'd rather do it by phone, he isn't driving right now."),
            S("Monday the sixteenth at one in the afternoon. And his number, not mine, is nine "
              "five two, five five five, oh one two nine. He doesn't use email."),
            S("So, Walter Greene, the personal injury case evaluation, by phone, Monday the "
              "sixteenth at one in the afternoon, at nine five two, five five five, oh one two "
              "nine. Yes, go ahead and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Walter Greene", "+19525550129",
                        about=r"injur|accident|rear"),),
        said=(at(16, "13:00"), read_back("+19525550129")), ends_call=True,
        clock="2026-03-11 09:15", caller="+19525550187", tags=("booking",)),
    Scenario(
        "d38_law_has_the_documents_she_asked_for_and_asks_how_to_send_them",
        "t_law", (
            S("Hi, I'm calling for the attorney who's reviewing my lease. She asked me for the "
              "signed copy of the lease and the landlord's letter, and I have them both now."),
            S("Can you leave her a message that I've got them, and ask how she wants them, by "
              "email, or should I drop them off there? No rush, there's no deadline on it."),
            S("My name is Dolores Vance, V A N C E."),
            S("Please have her call me on my work line rather than this one: six five one, five "
              "five five, oh one seven three."),
            S("So, the message: Dolores Vance has the signed lease and the landlord's letter, "
              "how should I send them, call me at six five one, five five five, oh one seven "
              "three."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dolores Vance", "+16515550173", about=r"lease|letter|document",
                          urgent=False),),
        said=(read_back("+16515550173"),), ends_call=True, clock="2026-03-13 12:10",
        caller="+16515550110", tags=("message",)),
    Scenario(
        "d38_law_her_brother_in_custody_since_last_night_call_her_about_him",
        "t_law", (
            S("Hi, I need a lawyer, it's for my brother. He was arrested last night and he's "
              "still in custody at the county jail."),
            S("They said he'll see a judge Monday morning. Can someone from the firm call me "
              "back as soon as possible about him?"),
            S("His name is Tyrell Banks, and I'm his sister, Keisha Banks, B A N K S. The message "
              "should be from me, I'm the one they should call."),
            S("Call me on this same number I'm calling from, three one four, five five five, oh "
              "one nine one."),
            S("So, urgent: Keisha Banks, my brother Tyrell Banks is in custody, court Monday "
              "morning, please call me back at three one four, five five five, oh one nine one."),
            S("Okay. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Banks", "+13145550191", about=r"arrest|custody|jail|court",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 08:20", caller="+13145550191",
        tags=("emergency",)),
    Scenario(
        "d38_law_video_then_that_fee_then_asks_for_a_person_about_it",
        "t_law", (
            S("Hi, do you do consultations by video? I'm out of state right now.", r"video"),
            S("Okay, good. And the initial consultation, the regular one, how much is that one?",
              P_250),
            S("Alright. And is that the same fee if it's by video instead of in person?"),
            S("Actually, I'd rather just talk to a person about it. Can you put me through to "
              "someone there, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-17 10:30", caller="+17135550146", tags=("person",)),
    Scenario(
        "d38_law_what_to_bring_to_it_and_how_much_notice_to_move_it",
        "t_law", (
            S("Hi, I have a consultation with you next week, and I just had a couple of "
              "questions. What should I bring to it?",
              r"photo ID|\bID\b|document|letters|contracts|court papers|police"),
            S("Okay. And if I need to move it, how much notice do you need for that?",
              r"twenty[- ]four|\b24\b"),
            S("And could it be done by phone instead, if I can't come in?",
              r"phone|video|yes"),
            S("Great, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 19:10",
        caller="+12025550175", tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "d38_plumb_running_toilet_asks_the_fee_then_same_time_but_thursday",
        "t_plumb", (
            S("Hi, morning. My toilet upstairs keeps running, it won't stop filling. It's not "
              "leaking on the floor, it just runs all the time. How much is it to have someone "
              "come out and look at it?", P_89),
            S("Okay, fine. Could someone come Wednesday the eleventh at nine? Actually, scratch "
              "that, same time but Thursday. Thursday the twelfth at nine, I work from home that "
              "day."),
            S("I own the house. It's 27 Birchwood Lane, zip code 60614."),
            S("My name's Alan Petrosyan, P E T R O S Y A N, and the number I'm calling from is "
              "best."),
            S("So, Alan Petrosyan, the running toilet at 27 Birchwood Lane, Thursday the twelfth "
              "at nine in the morning, on this number. Yes, book that."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Alan Petrosyan", "+17735550145",
                        about=r"toilet|running"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 06:40",
        caller="+17735550145", tags=("booking",)),
    Scenario(
        "d38_plumb_no_hot_water_renter_seven_or_nine_the_earlier_one",
        "t_plumb", (
            S("Hi, we've had no hot water since last night. The water heater's in the garage, "
              "it's not leaking, there's no water on the floor, it just isn't heating."),
            S("I rent. The landlord, Frank Delgado, already said to go ahead and call you, he's "
              "okay with it."),
            S("The address is 1420 Alder Street, apartment 3, zip 97214. Could someone come out "
              "there Tuesday the seventeenth? Seven or nine in the morning, the earlier one is "
              "better, so seven."),
            S("I'm Jasmine Okafor, O K A F O R. Same number I'm calling from."),
            S("So, Jasmine Okafor, no hot water, 1420 Alder Street, Tuesday the seventeenth at "
              "seven in the morning, this number. Yes, go ahead and book it."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:00", "Jasmine Okafor", "+15035550156",
                        about=r"hot water|heater|heat"),),
        said=(at(17, "07:00"),), ends_call=True, clock="2026-03-14 15:20",
        caller="+15035550156", tags=("booking",)),
    Scenario(
        "d38_plumb_faucet_still_in_the_box_wants_a_call_about_putting_it_in",
        "t_plumb", (
            S("Hi, I bought a new kitchen faucet, it's still in the box, and I want somebody to "
              "put it in for me. I'm not ready to pick a day yet."),
            S("Could you have someone call me back tomorrow about it, about what day they could "
              "do it? I'd just like to talk to them first."),
            S("It's for 88 Crestview Drive, and it's my own house. My name's Howard Lim, L I M."),
            S("Use my cell for that, not this line: eight one eight, five five five, oh one six "
              "one."),
            S("So the message is: Howard Lim, putting in the new kitchen faucet, please call me "
              "back at eight one eight, five five five, oh one six one."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Lim", "+18185550161", about=r"faucet", urgent=False),),
        said=(read_back("+18185550161"),), ends_call=True, clock="2026-03-12 19:45",
        caller="+18185550114", tags=("message",)),
    Scenario(
        "d38_plumb_burst_pipe_on_a_sunday_night_turned_it_but_still_dripping",
        "t_plumb", (
            S("Hi, a pipe just burst under my kitchen sink, water is spraying everywhere."),
            S("I found the valve under the sink and turned it, and it's slowed down, but it's "
              "still dripping a lot, and there's water all over the floor. It's not near any "
              "outlets."),
            S("Can you get somebody out tonight, or have someone call me back right away about "
              "it? It's an emergency."),
            S("The address is 305 Harbor View Road, zip 02128. I'm Miguel Santos, S A N T O S, "
              "and call me on the number I'm calling from."),
            S("So, urgent: Miguel Santos, a burst pipe under the kitchen sink at 305 Harbor View "
              "Road, call me back on this number."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Miguel Santos", "+16175550139", about=r"pipe|burst|leak|water",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 21:30", caller="+16175550139",
        tags=("emergency",)),
    Scenario(
        "d38_plumb_spanish_clogged_sink_same_number_she_is_calling_from",
        "t_plumb", (
            S("Hola, buenos días. ¿Habla español? Tengo un problema con el fregadero de la "
              "cocina, está tapado y el agua no baja.", SPANISH),
            S("No es urgente, no hay agua en el piso. Quiero que alguien me llame para venir a "
              "arreglarlo, por favor."),
            S("Me llamo Rosa Vargas, V A R G A S. La dirección es 512 Palm Court, código postal "
              "85008. La casa es mía."),
            S("Para llamarme, el mismo número desde el que llamo: seis dos tres, cinco cinco "
              "cinco, cero uno cuatro siete."),
            S("Entonces: Rosa Vargas, el fregadero tapado, llámenme al seis dos tres, cinco cinco "
              "cinco, cero uno cuatro siete."),
            S("Muchas gracias. Adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Vargas", "+16235550147",
                          about=r"spanish|espa[nñ]ol|fregadero|tapado|drain|sink|clog|cocina"
                                r"|kitchen"),),
        ends_call=True, clock="2026-03-11 10:30", caller="+16235550147",
        tags=("spanish",)),
    Scenario(
        "d38_plumb_about_what_your_guy_said_then_the_door_and_the_line_goes_quiet",
        "t_plumb", (
            S("Hi, yeah, I'm calling about what your guy said when he was out here last week, "
              "about the, um— oh, hang on, hold on one second, somebody's at the door—"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-13 11:05",
        caller="+14805550162", tags=("hangup",)),
    # --- salon (Tuesday to Saturday, closed Sunday and Monday; hour-long slots) ------------
    Scenario(
        "d38_salon_on_closed_monday_her_cut_then_make_it_for_her_daughter_instead",
        "t_salon", (
            S("Hi, I know you're closed on Mondays, I'm just hoping to book something. I was "
              "going to get a haircut myself, a women's cut and style."),
            S("Actually, you know what, my daughter needs it more than I do, so make it for her "
              "instead. She's sixteen, she's been in before, and anyone is fine for the "
              "stylist."),
            S("Thursday the nineteenth, after school, so five in the afternoon."),
            S("Her name is Lily Chen, C H E N. And the number, the same one I'm calling from."),
            S("So that's Lily Chen, a women's haircut and style, Thursday the nineteenth at five "
              "in the afternoon, on this number. Book it, please."),
            S("Thanks! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 17:00", "Lily Chen", "+14255550118",
                        about=r"cut|hair"),),
        said=(at(19, "17:00"),), ends_call=True, clock="2026-03-16 11:00",
        caller="+14255550118", tags=("booking",)),
    Scenario(
        "d38_salon_two_prices_then_the_first_one_the_blowout_for_friday",
        "t_salon", (
            S("Hi! How much is a blowout?", P_45),
            S("And a women's haircut and style, how much is that one?", P_65),
            S("Okay, I'll just do the first one, the blowout. It's for a party Friday night. I've "
              "been in once before, and no stylist preference."),
            S("Friday the thirteenth at four in the afternoon would be perfect. My name is Amara "
              "Osei, O S E I, and the number I'm calling from is fine."),
            S("So, Amara Osei, a blowout, Friday the thirteenth at four in the afternoon. Yes, "
              "book it."),
            S("Yay, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:00", "Amara Osei", "+12675550152", about=r"blow"),),
        said=(at(13, "16:00"),), ends_call=True, clock="2026-03-10 18:40",
        caller="+12675550152", tags=("booking",)),
    Scenario(
        "d38_salon_the_same_color_as_in_january_same_shade_roots_and_grays",
        "t_salon", (
            S("Hi, I'd like to book color. I had a single-process color with you in January and "
              "I'd like the same thing again, the same shade, just covering the roots and the "
              "grays."),
            S("I don't remember who did it, so anyone is fine. My hair's shoulder length, not "
              "very thick."),
            S("Wednesday the eighteenth, late morning, eleven o'clock if you have it."),
            S("It's Beatriz Coelho, C O E L H O. Use the number I'm calling from."),
            S("So, Beatriz Coelho, the single-process color, Wednesday the eighteenth at eleven "
              "in the morning, this number. Yes, do that."),
            S("Perfect, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Beatriz Coelho", "+19785550135",
                        about=r"colou?r"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-14 09:30",
        caller="+19785550135", tags=("booking",)),
    Scenario(
        "d38_salon_moves_his_saturday_cut_to_the_same_time_the_next_saturday",
        "t_salon", (
            S("Hi, this is Jordan Fields. I have an appointment this Saturday, the fourteenth, at "
              "ten in the morning, and I can't make it anymore."),
            S("Can you move it to the same time the next Saturday? So Saturday the twenty-first "
              "at ten."),
            S("It's the same service, the men's haircut, and the same number, the one I'm "
              "calling from."),
            S("So: move Jordan Fields from Saturday the fourteenth at ten to Saturday the "
              "twenty-first at ten in the morning. Yes, please do it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Jordan Fields", "+13035550164"),),
        cancelled=("2026-03-14 10:00",),
        seed=(Seed("2026-03-14 10:00", "Jordan Fields", "+13035550164"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-11 14:15",
        caller="+13035550164", tags=("move",)),
    Scenario(
        "d38_salon_left_her_scarf_there_asks_them_to_look_for_it",
        "t_salon", (
            S("Hi, I was in on Saturday for a cut, and I think I left my scarf there. It's a "
              "green wool one, with little tassels."),
            S("Could somebody look around for it and call me back to let me know if it's there? "
              "I'd come pick it up."),
            S("My name is Nora Quinlan, Q U I N L A N."),
            S("And call my cell, not this line: six one seven, five five five, oh one eight "
              "three."),
            S("So the message is: Nora Quinlan left a green scarf on Saturday, please call me at "
              "six one seven, five five five, oh one eight three."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nora Quinlan", "+16175550183", about=r"scarf", urgent=False),),
        said=(read_back("+16175550183"),), ends_call=True, clock="2026-03-11 10:20",
        caller="+16175550108", tags=("message",)),
    Scenario(
        "d38_salon_balayage_or_the_highlights_not_sure_which_of_the_two_asks_a_stylist",
        "t_salon", (
            S("Hi, how much is balayage?", P_195),
            S("And if I wanted the partial highlights instead, how much is that?", P_135),
            S("Hmm, okay. I'm not sure which of the two is right for my hair, it's pretty dark "
              "right now."),
            S("You know what, can I talk to a person there, like one of the stylists, about it? "
              "Please put me through.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:00", caller="+15125550172", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday noon to 4; half-hour slots) -
    Scenario(
        "d38_homes_the_three_bedroom_on_maple_wants_to_see_that_one",
        "t_homes", (
            S("Hi, I'm calling about one of your listings, the three-bedroom at 412 Maple "
              "Avenue. I'd like to see that one."),
            S("I'm buying, I'm pre-approved with my bank, and I'm not working with any other "
              "agent. We're hoping to move by the summer."),
            S("Could I see it Wednesday the eighteenth after work, say five thirty?"),
            S("My name is Derek Holloway, H O L L O W A Y, email derek dot holloway at example "
              "dot com, and the number I'm calling from is best."),
            S("So, Derek Holloway, a showing of 412 Maple Avenue, Wednesday the eighteenth at "
              "five thirty in the afternoon, on this number. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:30", "Derek Holloway", "+17205550144",
                        about=r"maple|show|412|buy"),),
        said=(at(18, "17:30"),), ends_call=True, clock="2026-03-15 13:30",
        caller="+17205550144", tags=("booking",)),
    Scenario(
        "d38_homes_valuation_is_free_then_make_it_for_her_mother_instead",
        "t_homes", (
            S("Hi, I'm thinking of selling the house and I'd like to know what it's worth. Is "
              "there a charge for the valuation appointment?", NO_CHARGE_OR_AGENT),
            S("Oh, wait, it's not really my house, it's my mom's, I'm just helping. So make it "
              "for her instead. Her name is Ruth Abernathy, A B E R N A T H Y."),
            S("The house is 19 Orchard Lane. It's not listed with anybody. She'd like to sell "
              "sometime this spring, no big rush."),
            S("Thursday the nineteenth at ten thirty in the morning, she'll be there. Use her "
              "number, not mine: nine one nine, five five five, oh one two seven. She doesn't "
              "have email."),
            S("So: Ruth Abernathy, the home valuation at 19 Orchard Lane, Thursday the "
              "nineteenth at ten thirty in the morning, at nine one nine, five five five, oh one "
              "two seven. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:30", "Ruth Abernathy", "+19195550127",
                        about=r"valu|sell|listing|orchard"),),
        said=(at(19, "10:30"), read_back("+19195550127")), ends_call=True,
        clock="2026-03-16 09:05", caller="+19195550170", tags=("booking",)),
    Scenario(
        "d38_homes_two_rentals_and_the_second_one_the_one_bedroom_on_pine",
        "t_homes", (
            S("Hi, I saw two of your rentals online, the studio on Fifth Street and the "
              "one-bedroom at 88 Pine Street. I'm interested in the second one, the one-bedroom "
              "on Pine."),
            S("I'd like to see it. I'm renting, not buying, I want to move in by April first, "
              "and I don't have an agent."),
            S("Could I come Monday the sixteenth at noon, on my lunch break?"),
            S("I'm Priscilla Wong, W O N G, email p wong at example dot com. My number's the "
              "one I'm calling from."),
            S("So, Priscilla Wong, a rental showing of the one-bedroom at 88 Pine Street, Monday "
              "the sixteenth at twelve noon, this number. Yes, please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 12:00", "Priscilla Wong", "+14155550178",
                        about=r"pine|rent|one[- ]bed|show"),),
        said=(at(16, "12:00"),), ends_call=True, clock="2026-03-14 16:40",
        caller="+14155550178", tags=("booking",)),
    Scenario(
        "d38_homes_condo_manager_retiring_asks_an_agent_to_call_about_managing_it",
        "t_homes", (
            S("Hi, I own a condo that I rent out, and my property manager is retiring. I'm "
              "looking for someone to take it over."),
            S("Could one of your agents call me back about that, about managing it? I'm not "
              "ready to book anything yet."),
            S("It's unit 4B at 200 Lakeshore Drive. My name's Victor Almeida, A L M E I D A."),
            S("Call me on my cell, not this number: seven seven three, five five five, oh one "
              "nine two."),
            S("So the message: Victor Almeida, property management for my condo, please call me "
              "back at seven seven three, five five five, oh one nine two."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Almeida", "+17735550192", about=r"manag|condo|rent",
                          urgent=False),),
        said=(read_back("+17735550192"),), ends_call=True, clock="2026-03-10 19:30",
        caller="+17735550115", tags=("message",)),
    Scenario(
        "d38_homes_first_home_pre_approval_then_signing_then_what_to_bring_to_it",
        "t_homes", (
            S("Hi, I'm thinking about buying my first home. Do I need to be pre-approved before "
              "I go and see a house?", r"pre-?approv|required|prefer"),
            S("Okay. And do I have to sign anything before an agent shows me one?",
              r"agreement|sign|written"),
            S("And what should I bring to it, to the showing?", r"photo ID|\bID\b|pre-?approval"),
            S("Got it, that helps. I'll call back when I'm ready. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 11:00",
        caller="+13035550130", tags=("info",)),
    Scenario(
        "d38_homes_portuguese_the_apartment_on_pine_and_the_same_number",
        "t_homes", (
            S("Olá, bom dia. Desculpe, eu não falo bem inglês. Vocês falam português?",
              PORTUGUESE),
            S("Eu vi o apartamento para alugar na rua Pine, número oitenta e oito. Quero visitar "
              "esse apartamento."),
            S("Meu nome é Paulo Ferreira, F E R R E I R A. Por favor, um agente pode me ligar de "
              "volta?"),
            S("O meu número é o mesmo de onde estou ligando: cinco zero oito, cinco cinco cinco, "
              "zero um três um."),
            S("Então: Paulo Ferreira, o apartamento da rua Pine, me liguem no cinco zero oito, "
              "cinco cinco cinco, zero um três um."),
            S("Muito obrigado. Tchau.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Ferreira", "+15085550131",
                          about=r"portugu|pine|apartamento|apartment|rent|alug|visit|show"),),
        ends_call=True, clock="2026-03-13 11:30", caller="+15085550131",
        tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "d38_auto_oil_change_price_then_while_it_is_in_there_do_that_too",
        "t_auto", (
            S("Hi, I need an oil change on my car. It's a twenty nineteen Honda Civic, about "
              "forty-two thousand miles."),
            S("How much is the synthetic one?", P_89),
            S("Okay. And while it's in there, can you do a tire rotation too? Yeah, do that as "
              "well. I'll wait there while you do it."),
            S("Thursday the twelfth at eight thirty in the morning. I'm Sam Whitaker, W H I T A "
              "K E R, and the number I'm calling from is fine."),
            S("So, Sam Whitaker, the twenty nineteen Civic, the synthetic oil change and the tire "
              "rotation, Thursday the twelfth at eight thirty in the morning, waiting. Yes, book "
              "it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Sam Whitaker", "+12145550186",
                        about=r"oil|rotat"),),
        said=(at(12, "08:30"),), ends_call=True, clock="2026-03-10 07:10",
        caller="+12145550186", tags=("booking",)),
    Scenario(
        "d38_auto_check_engine_light_on_his_son_s_car_put_it_under_his_name",
        "t_auto", (
            S("Hi, the check engine light came on in my son's car yesterday. It's steady, not "
              "flashing, and the car drives normally, no smoke or smells."),
            S("It's a twenty sixteen Toyota Corolla with about ninety-five thousand miles. He'll "
              "drive it in and drop it off."),
            S("He can do Monday the sixteenth at seven thirty, or Tuesday at the same time. The "
              "Tuesday, actually. Tuesday the seventeenth at seven thirty."),
            S("It's his car, so put it under his name, Ethan Rivera, R I V E R A, and his cell is "
              "four six nine, five five five, oh one one nine."),
            S("So, Ethan Rivera, the check engine light diagnostic on the twenty sixteen Corolla, "
              "Tuesday the seventeenth at seven thirty in the morning, at four six nine, five "
              "five five, oh one one nine. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Ethan Rivera", "+14695550119",
                        about=r"engine|diagnos|light"),),
        said=(at(17, "07:30"), read_back("+14695550119")), ends_call=True,
        clock="2026-03-14 12:30", caller="+14695550176", tags=("booking",)),
    Scenario(
        "d38_auto_steering_off_center_since_the_alignment_asks_the_advisor_to_call",
        "t_auto", (
            S("Hi, I had a four-wheel alignment done there last Thursday on my twenty twenty-one "
              "Subaru Outback, and since then the steering wheel sits a little off-center when I "
              "drive straight."),
            S("It drives fine otherwise, nothing unsafe. I'd just like the service advisor who "
              "handled it to call me back about it."),
            S("My name is Colleen Murphy, M U R P H Y."),
            S("The best number is my work line, not this one: two one six, five five five, oh "
              "one four four."),
            S("So the message: Colleen Murphy, the steering wheel is off-center since the "
              "alignment, please call me back at two one six, five five five, oh one four four."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Colleen Murphy", "+12165550144", about=r"align|steering|wheel",
                          urgent=False),),
        said=(read_back("+12165550144"),), ends_call=True, clock="2026-03-11 17:50",
        caller="+12165550109", tags=("message",)),
    Scenario(
        "d38_auto_smoke_from_under_the_hood_can_i_drive_it_call_about_a_tow",
        "t_auto", (
            S("Hi, I just pulled into my driveway and there's smoke coming out from under the "
              "hood, and it smells like something's burning."),
            S("I turned it off and we're all out of the car, nobody's hurt. It's a twenty "
              "fourteen Ford Escape."),
            S("I can't drive it like this, can I? Can somebody from the shop call me back first "
              "thing about getting it towed in there? It's urgent."),
            S("I'm Raymond Koval, K O V A L. Call me on the number I'm calling from."),
            S("So, urgent: Raymond Koval, smoke and a burning smell from the twenty fourteen "
              "Escape, it needs a tow, please call me back on this number."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Koval", "+15135550157", about=r"smoke|burn|tow",
                          urgent=True),),
        said=(TOW,), ends_call=True, clock="2026-03-12 18:30", caller="+15135550157",
        tags=("emergency",)),
    Scenario(
        "d38_auto_cancels_monday_morning_husband_already_did_it",
        "t_auto", (
            S("Hi, I've got my car booked in with you Monday morning, and I need to cancel it."),
            S("It's under Gina Russo, R U S S O, Monday the sixteenth at nine thirty, for the "
              "brake inspection. My husband already had it looked at, so we don't need it."),
            S("No, I don't want another time. Just cancel that one, please. It's the same phone "
              "number as on the booking, I'm calling from it."),
            S("Yes, cancel Gina Russo, Monday the sixteenth at nine thirty."),
            S("That's all, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-16 09:30",),
        seed=(Seed("2026-03-16 09:30", "Gina Russo", "+17025550165"),),
        ends_call=True, clock="2026-03-12 10:00", caller="+17025550165", tags=("cancel",)),
    Scenario(
        "d38_auto_used_jetta_the_inspection_price_then_asks_for_an_advisor",
        "t_auto", (
            S("Hi, I'm thinking of buying a used twenty seventeen Volkswagen Jetta. Do you work "
              "on Volkswagens?", r"domestic|import|most|yes|we do"),
            S("Okay. And the pre-purchase inspection, how much is that one?", P_149),
            S("And the seller would have to bring it there, right? To the shop?"),
            S("Okay, I'd like to talk to someone there about it before I set it up. Can you put "
              "me through to a service advisor?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-13 09:40", caller="+18015550128", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "d38_vet_kitten_new_patient_price_then_same_time_but_thursday",
        "t_vet", (
            S("Hi, we just adopted a kitten, she's about ten weeks old, and she needs her first "
              "checkup and shots. We've never been to your clinic before."),
            S("How much is the exam for a new patient?", P_75),
            S("Okay. Could we do Wednesday the eleventh at four thirty? Oh, no, that's tomorrow, "
              "I'm working. The same time but Thursday, then. Thursday the twelfth at four "
              "thirty."),
            S("Her name is Pickles, she's a gray tabby, a domestic shorthair. I'm Hannah Berg, B "
              "E R G, and use the number I'm calling from."),
            S("So, Hannah Berg, with Pickles the kitten, the new patient exam and her first "
              "vaccines, Thursday the twelfth at four thirty in the afternoon. Yes, book it."),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Hannah Berg", "+16085550136",
                        about=r"kitten|vaccin|shot|exam|check|new"),),
        said=(at(12, "16:30"),), ends_call=True, clock="2026-03-10 12:15",
        caller="+16085550136", tags=("booking",)),
    Scenario(
        "d38_vet_limping_collie_nine_or_ten_on_monday_the_earlier_one",
        "t_vet", (
            S("Hi, my dog's been limping on his back left leg since Thursday. He's still eating "
              "and walking, he's just favoring it. No injury that I saw, and no bleeding."),
            S("He's a patient there, his name's Rocket, a five-year-old border collie. I'd like "
              "the vet to look at that leg."),
            S("Monday the sixteenth, nine or ten in the morning both work. Let's do the earlier "
              "one, nine."),
            S("I'm his owner, Gabriel Novak, N O V A K, and the number's the one I'm calling "
              "from."),
            S("So, Gabriel Novak, for Rocket's limp, a sick pet exam, Monday the sixteenth at "
              "nine in the morning. Yes, book that."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Gabriel Novak", "+16125550148",
                        about=r"limp|leg"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-14 08:45",
        caller="+16125550148", tags=("booking",)),
    Scenario(
        "d38_vet_boarding_needs_proof_of_her_rabies_shot_asks_for_a_copy_of_it",
        "t_vet", (
            S("Hi, my cat Mochi is going to a boarding place next week, and they need proof of "
              "her rabies vaccine."),
            S("Could someone from the clinic call me back about getting a copy of it? Or just "
              "email it to me, whatever's easier. No rush, it's for next Friday."),
            S("I'm her owner, Yuki Tanaka, T A N A K A."),
            S("Call me on my cell, not this number: two oh six, five five five, oh one six "
              "nine."),
            S("So the message: Yuki Tanaka needs Mochi's rabies vaccine record for boarding, "
              "please call me at two oh six, five five five, oh one six nine."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Yuki Tanaka", "+12065550169", about=r"rabies|vaccin|record",
                          urgent=False),),
        said=(read_back("+12065550169"),), ends_call=True, clock="2026-03-12 18:20",
        caller="+12065550113", tags=("message",)),
    Scenario(
        "d38_vet_yorkie_ate_the_sugar_free_gum_what_do_i_do_about_it",
        "t_vet", (
            S("Hi, my dog just got into my purse and ate a pack of sugar-free gum, I think the "
              "whole thing. The label says it has xylitol in it."),
            S("He's a small dog, a ten-pound Yorkie, his name's Biscuit. He seems okay right now, "
              "but I read that it's really bad for dogs. What do I do?"),
            S("Okay. Can you also leave a message for the vet to call me about him tomorrow? I'm "
              "Danielle Frost, F R O S T."),
            S("Use the number I'm calling from, that's my cell."),
            S("So, urgent: Danielle Frost, Biscuit ate sugar-free gum with xylitol, please have "
              "the vet call me back on this number. I'm heading to the emergency hospital now."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Danielle Frost", "+17045550153", about=r"xylitol|gum",
                          urgent=True),),
        said=(VET_NOW,), ends_call=True, clock="2026-03-15 20:10", caller="+17045550153",
        tags=("emergency",)),
    Scenario(
        "d38_vet_male_cat_straining_in_the_litter_box_should_i_bring_him_in",
        "t_vet", (
            S("Hi, my male cat, Oscar, keeps going in and out of the litter box and straining, "
              "and nothing's coming out. It's been since this morning."),
            S("He's a patient there, he's four. He cries when he tries. Should I bring him in?"),
            S("Okay, we'll come in right now. Can you let the vet know he's coming, and leave "
              "them an urgent message about him?"),
            S("I'm Oscar's owner, Marisol Cruz, C R U Z, and my number is the one I'm calling "
              "from."),
            S("So, the urgent message: Marisol Cruz, Oscar is straining and can't pee, we're on "
              "our way, call this number."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Cruz", "+19155550174", about=r"strain|urin|pee|litter",
                          urgent=True),),
        said=(VET_NOW,), ends_call=True, clock="2026-03-11 15:10", caller="+19155550174",
        tags=("emergency",)),
    Scenario(
        "d38_vet_rabbit_then_the_rabies_shot_then_the_other_one_the_distemper",
        "t_vet", (
            S("Hi, do you see rabbits? I have a rabbit.", r"dogs|cats|ask|let you know"),
            S("Okay. Well, I also have a dog. How much is the rabies vaccine?", P_30),
            S("And the other one, the distemper combination one, how much is that?", P_35),
            S("Alright, thanks, I'll call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 07:40",
        caller="+19195550121", tags=("info",)),
]
