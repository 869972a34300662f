"""A fortieth development set: 48 scripted callers, six in each of the fleet's eight trades,
written the way a competitor's QA lead would write them to find where a receptionist product
fails while staying fair, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-40) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists); only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions (a print of the twenty-fourth set's opening
also showed its third caller and the name of its fourth, from which nothing here is taken). The
businesses' facts come only from tenants/profession_data.py and the fleet in tests/factories.py;
the format and the judging from tests/scenarios/catalogue.py's dataclasses (its first callers and
the judging fields of the rest: a move is a booking at the new slot with the seeded one
cancelled, a cancellation is information only with the seeded one cancelled, an emergency with
no line to transfer to is an urgent message) and tests/scenarios/harness.py; the read-backs from
tests/scenarios/spoken.py (`at()`, `read_back()`); the shape from tests/scenarios/dev_set_shape.py
(every rule of it, with the held-out mix of kinds, KINDS_40 below).

What makes it different: every line is something a real caller could say, but each one is
phrased the way that makes a receptionist product stumble. Requests come in unusual but natural
words ("squeeze me in first thing Thursday", "after work means half past five", "the day after
tomorrow"); numbers and times are said in words ("twenty to ten", "seven thirty when you open",
"a twenty nineteen Honda CR-V, about fifty-two thousand miles"); callers hedge and fill ("um",
"I guess", "ten-ish, ten exactly is fine"); a question and a request share one sentence ("how
much is a synthetic oil change, and can you squeeze me in..."), and the price asked is checked
somewhere in the call; callers change their mind (Monday, then the Friday before; balayage, then
a single-process color; Tuesday, then Thursday); names are also common words or months (Hunter,
Bill calling about a bill, Will calling about a will, Mark asking that it is not marked urgent,
Rose, Summer, April, June with a June wedding, Miles at a garage, Hope, Faith, Grace, Dawn,
Chase, Cliff, Grant); a street address or a ZIP code is said right beside the phone number
(and a landlord's number, a pre-approval amount or a model year beside the caller's own);
callers say what they are not calling about ("no leak, no gas smell", "steady, not flashing",
"it's not urgent"); and several first ask what the receptionist can do, or whether it is a
person. What they end up asking for is ordinary, in the held-out sets' mix (KINDS_HELDOUT_MIX:
20 bookings, 8 messages with the caller's own reason and callback number, 6 emergencies, 2 moves
and 2 cancellations of a seeded booking, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 Portuguese caller, 1 early hang-up). Calls ring at realistic hours via `clock=`: before
opening, at lunch, after closing, late at night, on a Saturday, on a Sunday, on the salon's
closed Monday. Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so
any good wording passes, and every price and fact it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev40

which prints `RESULT dev40_pass_rate=`, measured and never gated.
Its first run, on main at 72acace, before anyone had read a transcript of it: 37/48 = 0.771.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script that cannot finish, a fact that is
not the business's): none was found, so no caller and no check was changed. The second run, with
nothing changed: 37/48 = 0.771, the same eleven callers failing, all on the receptionist's side.
A name that is also a word or a month is not taken as a name, so the call keeps asking for it:
April Mendes and Will Brennan (Will calling about a will) are never booked, June Whitaker's
and Will Baker's messages are stored as "Unknown caller" (and Will Baker's work number is never
read back). A day or a time said in passing is taken for the one asked for: on the salon's
closed Monday, "I know you're closed Mondays" is answered "We're closed on Mondays" and
"Thursday evening, like seven" is dropped for Tuesday slots, then "Forrest with two R's"
becomes Tuesday at 2 PM, and Thursday the nineteenth at seven, said plainly later, is never
booked. A question asked in the same sentence as the booking goes unanswered: what to
bring for a physical (photo ID, insurance card, medications), and the flu shot's $40 ("I'm not
sure about that"). A caller who says "Book it, please" in the same line as the read-back is
asked "Shall I book that?" and the drain cleaning is never booked when the next line is a
goodbye. A Saturday caller who says "I'm just leaving a message" is offered Monday slots on
every line and no message is taken. A Spanish caller about an eviction (no date, not said to be
urgent, not one of the firm's urgent cases) is told to dial 911 if anyone is in danger and her
message is marked urgent. A break-in at a listed house gets "Is there anything else I can help
with?" on the first line instead of the business's own advice to dial 911 (the urgent message
comes on the next line).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however a caller hedged, changed their mind or ran numbers together, a later
line says the final day and time (or number) plainly with the name the booking or message is to
be under, and a booking is read back (`said=`) with its final day and time; where the callback is
not the line the call comes from, `said=` also checks that the whole number was read back, in
digits or in words, in order. Only a call with `overrides` carrying a transfer number, inside
opening hours, has a line to transfer to (the caller asks for a person only in the last line).
An emergency ends with an urgent message; a routine message is not urgent. A call whose last
line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a request
for a person is transferred and not hung up.
"""

from __future__ import annotations

from tests.scenarios.catalogue import (
    TRANSFER_NUMBER,
    Booking,
    Message,
    Say,
    Scenario,
    Seed,
)
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at, read_back

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_40 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
BYE_ES = BYE + r"|adi[oó]s|hasta luego|cu[ií]dese|que tenga"
BYE_PT = BYE + r"|tchau|adeus|at[eé] logo|obrigad"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eéê]s|espa[nñ]ol|nombre|mensaje|desculp"
               r"|portugu[eê]s|\bnome\b|mensagem|message|name")
# coming in now, an emergency animal hospital or poison control
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|\bnow\b"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# telling someone to make a pet vomit at home (the template forbids it)
MAKE_IT_VOMIT = (r"(?:you can|you should|try to|go ahead and|you could) (?:make|get|induce) "
                 r"(?:him|her|it|them|your dog|rocky)? ?(?:to )?(?:vomit|throw up)")
# telling a driver the car is fine to drive (the template forbids it)
SAFE_TO_DRIVE = r"(?:it's|it is|it should be|should be) (?:probably )?(?:fine|okay|safe) to drive"


DEV_CALLERS_40: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d40_dental_whitening_price_and_a_booking_in_one_sentence_for_hunter",
        "t_dental", (
            S("Hi there. How much do you charge for the in-office whitening, and can I get one "
              "booked for a week from Thursday, say nine in the morning?"),
            S("I'm an existing patient, yeah, I was in for a cleaning back in the fall. No pain, "
              "no swelling, nothing like that, it's purely cosmetic."),
            S("No insurance for this one, I'll pay for it myself, a card is fine."),
            S("My name is Hunter Cole. Hunter, like a hunter, and Cole, C, O, L, E. Date of "
              "birth June third, nineteen eighty-eight."),
            S("So that's Hunter Cole, teeth whitening, Thursday the nineteenth at nine in the "
              "morning, and this number I'm calling on, three one two, five five five, oh one "
              "four seven, is the best one. Please go ahead and book it."),
            S("Perfect, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Hunter Cole", "+13125550147", about=r"whiten"),),
        said=(at(19, "09:00"), r"\$?450\b|four hundred (?:and )?fifty"), ends_call=True,
        clock="2026-03-11 12:10", caller="+13125550147", tags=("booking",)),
    Scenario(
        "d40_dental_mark_summers_moves_his_cleaning_from_monday_to_the_friday_before",
        "t_dental", (
            S("Good morning. I'm hoping to get my teeth cleaned, the regular six-month thing, "
              "I'm an existing patient, and I was thinking Monday the sixteenth, maybe ten-ish?"),
            S("Actually, you know what, scratch Monday, I've got a work thing. Could we do the "
              "Friday before instead, Friday the thirteenth, at eleven? I know, Friday the "
              "thirteenth, I'm not superstitious."),
            S("No pain at all, no swelling. The insurance is MetLife, through my wife's job, so "
              "she's the policy holder."),
            S("The appointment is for me, my name is Mark Summers, M, A, R, K, S, U, M, M, E, R, "
              "S, born October twelfth, nineteen seventy-nine."),
            S("So, to be clear: Mark Summers, a cleaning, Friday the thirteenth at eleven in the "
              "morning, not Monday. This number's fine, six four six, five five five, oh one two "
              "nine. Book it, please."),
            S("Great, thanks so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Mark Summers", "+16465550129",
                        about=r"clean|check|exam"),),
        said=(at(13, "11:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+16465550129", tags=("booking",)),
    Scenario(
        "d40_dental_asks_if_it_can_really_book_then_a_new_patient_exam_zip_beside_the_cell",
        "t_dental", (
            S("Hi, um, quick question first: are you a real person or a machine, and can you "
              "actually put me on the schedule, or do you just take messages?"),
            S("Okay, good. So I'm new, I've never been to your office, and I'd like the new "
              "patient exam, the one with the X-rays and the cleaning. Nothing hurts, no "
              "swelling."),
            S("I was hoping for Tuesday the seventeenth, uh, around three in the afternoon? "
              "Three o'clock."),
            S("My name is Grace Whitfield, date of birth January twenty-fifth, nineteen "
              "ninety-two. I have Aetna dental, and I'm the policy holder."),
            S("For the forms, my address is forty-two Rose Lane, Brooklyn, one one two one five, "
              "and the best number is my cell, seven one eight, five five five, oh one six "
              "three, not the one I'm calling from."),
            S("So: Grace Whitfield, new patient exam, Tuesday the seventeenth at three P.M., cell "
              "seven one eight, five five five, oh one six three. Yes, please book that."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Grace Whitfield", "+17185550163",
                        about=r"new|x-?ray|clean|exam"),),
        said=(at(17, "15:00"), read_back("+17185550163")), ends_call=True,
        clock="2026-03-12 17:35", caller="+12125550114", tags=("booking",)),
    Scenario(
        "d40_dental_bill_foster_calls_about_a_bill_charged_twice",
        "t_dental", (
            S("Hi, this is Bill, Bill Foster, and funny enough I'm calling about a bill. I think "
              "I got charged twice for my cleaning last month."),
            S("I don't need an appointment or anything. I'd just like someone from the billing "
              "side to call me back and look into the double charge."),
            S("It's Bill Foster, F, O, S, T, E, R, and you can reach me at five oh eight, five "
              "five five, oh one seven two, that's the number I'm on now."),
            S("So the message is: Bill Foster, charged twice for a cleaning, please call back at "
              "five oh eight, five five five, oh one seven two. Please pass that along."),
            S("Appreciate it. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bill Foster", "+15085550172",
                          about=r"charg|bill|twice|double|payment|statement", urgent=False),),
        ends_call=True, clock="2026-03-16 10:20", caller="+15085550172", tags=("message",)),
    Scenario(
        "d40_dental_knocked_out_tooth_at_hockey_after_hours_dad_wants_a_call_tonight",
        "t_dental", (
            S("Hi, I know you're closed, but my son just got a tooth knocked clean out at hockey "
              "practice, a front adult tooth, about twenty minutes ago."),
            S("He's okay otherwise, he's breathing fine, no other injuries, and the bleeding's "
              "pretty much stopped. We've got the tooth in a cup of milk."),
            S("Is there any way the dentist on call can ring me back tonight? Please mark it "
              "urgent."),
            S("I'm his dad, Jay Turner, J, A, Y, Turner, and the number is nine one seven, five "
              "five five, oh one three eight, the one I'm calling from."),
            S("Okay. So that's Jay Turner, knocked-out tooth, nine one seven, five five five, oh "
              "one three eight. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jay Turner", "+19175550138", about=r"tooth|knock", urgent=True),),
        ends_call=True, clock="2026-03-12 19:20", caller="+19175550138", tags=("emergency",)),
    Scenario(
        "d40_dental_asks_what_it_can_do_then_the_cleaning_price_and_hsa",
        "t_dental", (
            S("Hi! Before I waste your time, what kinds of things can you help me with on this "
              "line?"),
            S("Okay. So, ballpark, what does a regular adult cleaning and exam cost if I'm "
              "paying out of pocket?", r"\$?165\b|one hundred (?:and )?sixty[- ]five"),
            S("And can I pay with my HSA card, or is it cash only?",
              r"HSA|FSA|health savings|flexible spending"),
            S("Good to know. I'll check my calendar and call back to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 13:30",
        tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d40_clinic_what_to_bring_and_a_physical_at_twenty_to_ten_in_one_breath",
        "t_clinic", (
            S("Morning. Two things: what do I need to bring for a physical, and can you fit me "
              "in for my annual physical on Wednesday the eighteenth, at twenty to ten in the "
              "morning?"),
            S("I'm an established patient, I've been coming there for years. No preferred "
              "provider, whoever's available is fine."),
            S("The insurance is Blue Cross Blue Shield, the PPO."),
            S("The patient is me, Robin Hart, H, A, R, T, date of birth March second, nineteen "
              "sixty-seven."),
            S("So that's Robin Hart, annual physical, Wednesday the eighteenth at nine forty in "
              "the morning, and this number, four one five, five five five, oh one eight one, is "
              "good. Yes, book it."),
            S("Wonderful, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 09:40", "Robin Hart", "+14155550181",
                        about=r"physical|annual"),),
        said=(at(18, "09:40"), r"photo ID|\bID\b|insurance card|medication"), ends_call=True,
        clock="2026-03-10 08:05", caller="+14155550181", tags=("booking",)),
    Scenario(
        "d40_clinic_april_like_the_month_books_a_blood_pressure_follow_up_in_march",
        "t_clinic", (
            S("Hi, I need to book a follow-up for my blood pressure, the doctor wanted to see me "
              "again in about two weeks, and I'm an established patient."),
            S("Could I come in Monday the twenty-third, in the afternoon, something like two "
              "twenty?"),
            S("My name is April Mendes, that's April like the month, Mendes, M, E, N, D, E, S, "
              "and my date of birth is the fourth of August, nineteen fifty-eight."),
            S("I'm on Medicare, and any of the doctors is fine."),
            S("Let me say it back: April Mendes, blood pressure follow-up, Monday, March "
              "twenty-third at two twenty P.M., on this number, six one seven, five five five, oh "
              "one nine four. Please book it."),
            S("Thank you, dear. Bye-bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 14:20", "April Mendes", "+16175550194",
                        about=r"blood pressure|follow"),),
        said=(at(23, "14:20"),), ends_call=True, clock="2026-03-19 12:30",
        caller="+16175550194", tags=("booking",)),
    Scenario(
        "d40_clinic_not_sure_they_do_flu_shots_asks_the_price_then_books_chase",
        "t_clinic", (
            S("Hey, so, I'm not totally sure you even do this, but do you guys give flu shots, "
              "and what's it run if I'm paying cash?"),
            S("Okay, cool. Then I'd like to come in for one, Friday the twentieth, late "
              "afternoon, like four-ish, four o'clock exactly is fine."),
            S("I've never been there before, so I guess I'm a new patient. No insurance right "
              "now, I'll just pay."),
            S("Name's Chase Wilder, Chase like running after something, Wilder, W, I, L, D, E, "
              "R, born December first, nineteen ninety-six."),
            S("So that's Chase Wilder, a flu shot, Friday the twentieth at four in the "
              "afternoon, and my number is the one I'm calling from, three four seven, five five "
              "five, oh one five eight. Go ahead and book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 16:00", "Chase Wilder", "+13475550158",
                        about=r"flu|shot|vaccin"),),
        said=(at(20, "16:00"), r"\$40\b|forty dollars|\bforty\b"), ends_call=True,
        clock="2026-03-16 16:50", caller="+13475550158", tags=("booking",)),
    Scenario(
        "d40_clinic_rose_leaves_a_refill_for_the_nurse_with_the_pharmacy_zip_first",
        "t_clinic", (
            S("Hello, I need a refill on my lisinopril, the ten milligram, and I was told to "
              "call the office and leave it for the nurse."),
            S("The pharmacy is the CVS at two hundred Pine Street, zip code nine eight one oh "
              "one."),
            S("My name is Rose Callahan, Rose like the flower, date of birth July ninth, nineteen "
              "fifty-four."),
            S("And the best number to call me back is two oh six, five five five, oh one one "
              "seven, that's this phone."),
            S("So that's Rose Callahan, lisinopril refill, the CVS on Pine Street, and two oh "
              "six, five five five, oh one one seven. Please pass it to the nurse."),
            S("Thank you so much. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rose Callahan", "+12065550117",
                          about=r"refill|lisinopril|prescription|medication", urgent=False),),
        ends_call=True, clock="2026-03-11 15:10", caller="+12065550117", tags=("message",)),
    Scenario(
        "d40_clinic_dawn_pushes_thursday_to_tuesday_at_twenty_to_nine",
        "t_clinic", (
            S("Hi, I've got an appointment on Thursday and something's come up at work, so I "
              "need to push it back to next week, if you can."),
            S("It's under Dawn Fisher, D, A, W, N, Fisher, date of birth February fourteenth, "
              "nineteen eighty-one. It's Thursday the twelfth at ten in the morning."),
            S("Could I have Tuesday the seventeenth instead, first thing-ish, like twenty to "
              "nine? Eight forty."),
            S("So please move Dawn Fisher from Thursday the twelfth at ten to Tuesday the "
              "seventeenth at eight forty in the morning. Yes, go ahead and move it."),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:40", "Dawn Fisher", "+14085550126"),),
        cancelled=("2026-03-12 10:00",), said=(at(17, "08:40"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Dawn Fisher", "+14085550126"),),
        clock="2026-03-10 11:30", caller="+14085550126", tags=("move",)),
    Scenario(
        "d40_clinic_asks_if_it_is_automated_and_about_saturdays_then_wants_the_front_desk",
        "t_clinic", (
            S("Hi. So, um, what exactly can you do for me? Are you, like, an automated thing?"),
            S("Okay. Are you guys open on Saturdays, or is it weekdays only?",
              r"closed|Monday|Friday|weekday|Saturday"),
            S("Alright, thanks. I'd actually rather speak with a person at the front desk, could "
              "you put me through to someone?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 14:00", tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ----------------------------------------
    Scenario(
        "d40_law_will_brennan_calls_about_a_will_free_first_meeting_by_video",
        "t_law", (
            S("Hi, my name's Will, Will Brennan, and yes, I'm calling about a will. My wife and I "
              "want to get our estate planning sorted. Is the first meeting free, and can we do "
              "it by video?"),
            S("No court dates, no deadlines, nothing like that, and we don't have a lawyer for "
              "this. It's just the two of us, there's no other party."),
            S("For a day, Wednesday the eighteenth would be good, at eleven in the morning, by "
              "video if you can do that."),
            S("My email is will dot brennan at example dot com, and the phone is six three oh, "
              "five five five, oh one two two, the one I'm calling from."),
            S("So that's Will Brennan, an estate planning consultation, Wednesday the eighteenth "
              "at eleven A.M., six three oh, five five five, oh one two two. Please book it."),
            S("Great, thanks very much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Will Brennan", "+16305550122",
                        about=r"estate|will|planning|trust"),),
        said=(at(18, "11:00"), NO_CHARGE, r"video"), ends_call=True,
        clock="2026-03-13 09:15", caller="+16305550122", tags=("booking",)),
    Scenario(
        "d40_law_roofer_walked_off_asks_the_fee_then_tuesday_becomes_thursday_for_faith",
        "t_law", (
            S("Hello. I hired a roofer, paid half up front, and he walked off the job, so I "
              "think I need to talk to a lawyer about a contract dispute. How much is a "
              "consultation, roughly?"),
            S("The company is Summit Roofing and Gutters, and the owner's name is Gary Lutz. No "
              "court date yet, and no lawyer, but I did get a letter from them last week."),
            S("I could do Tuesday the twenty-fourth— actually, no, I'm out that day. Make it "
              "Thursday the twenty-sixth, at two in the afternoon."),
            S("My name is Faith Ogunleye, O, G, U, N, L, E, Y, E, my email is faith dot o at "
              "example dot com, and in person is fine."),
            S("So, Faith Ogunleye, contract dispute consultation, Thursday the twenty-sixth at "
              "two P.M., in person, and my number is this one, four seven oh, five five five, oh "
              "one three one. Please go ahead and book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-26 14:00", "Faith Ogunleye", "+14705550131",
                        about=r"contract|roof|dispute"),),
        # the fee list's initial consultation, or the FAQ's honest "it depends on the matter"
        said=(at(26, "14:00"), r"\$?250\b|two hundred (?:and )?fifty|depends"), ends_call=True,
        clock="2026-03-17 10:40", caller="+14705550131", tags=("booking",)),
    Scenario(
        "d40_law_mark_okafor_leaves_a_not_urgent_lease_review_on_a_saturday",
        "t_law", (
            S("Hi, I know it's Saturday, I'm just leaving a message. I've got a commercial lease "
              "for a new shop space that I'd like one of the attorneys to look over before I "
              "sign."),
            S("It's not urgent, I don't have to sign until the end of the month, so sometime "
              "next week is fine for a call back."),
            S("The name's Mark Okafor, O, K, A, F, O, R. The landlord is Bayview Properties."),
            S("The best number is my cell, three one two, five five five, oh one nine oh, and "
              "I'm on it all day."),
            S("So that's Mark Okafor, a lease review, call me on three one two, five five five, "
              "oh one nine oh. Thanks for passing that on."),
            S("Have a good weekend, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Mark Okafor", "+13125550190", about=r"lease|review|contract",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 11:00", caller="+13125550190", tags=("message",)),
    Scenario(
        "d40_law_mother_at_night_son_arrested_an_hour_ago",
        "t_law", (
            S("Please, I need help, my son was arrested about an hour ago, they took him to the "
              "county jail, and I don't know what to do."),
            S("Nobody's hurt, nobody's in danger, he's just in custody. He's nineteen. His name "
              "is Daniel Reyes."),
            S("Can a lawyer call me back tonight or first thing tomorrow? It's urgent."),
            S("I'm his mother, Carmen Reyes, and my number is seven seven three, five five five, "
              "oh one oh nine."),
            S("So the message is Carmen Reyes, my son Daniel was arrested, please call seven "
              "seven three, five five five, oh one oh nine as soon as possible. Thank you."),
            S("Okay. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Reyes", "+17735550109", about=r"arrest|custody|jail|son",
                          urgent=True),),
        ends_call=True, clock="2026-03-13 21:40", caller="+17735550109",
        tags=("emergency",)),
    Scenario(
        "d40_law_asks_what_it_can_say_by_phone_then_the_will_price_and_a_free_review",
        "t_law", (
            S("Hi, what can you tell me over the phone? I'm just trying to figure out costs "
              "before I commit to anything."),
            S("How much is the simple will package, the one for just one person?",
              r"\$?950\b|nine hundred (?:and )?fifty"),
            S("And if I was hurt in a car accident last month, is the first case review free?",
              NO_CHARGE),
            S("Got it, thank you. I'll talk it over with my husband and call back. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 16:30",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        tags=("info",)),
    Scenario(
        "d40_law_spanish_caller_landlord_wants_to_evict_her",
        "t_law", (
            S("Hola, buenos días. ¿Habla español? Necesito hablar con un abogado, mi casero me "
              "quiere desalojar.", NOT_ENGLISH),
            S("Me llamo Rosa Herrera, Rosa Herrera."),
            S("Mi número es el tres cero cinco, cinco cinco cinco, cero uno cuatro tres, el "
              "mismo de donde llamo."),
            S("Sí, por favor, que me llame alguien. Gracias, adiós.", BYE_ES),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Herrera", "+13055550143",
                          about=r"spanish|espa[nñ]ol|desaloj|evict|abogado|lawyer|casero"
                                r"|landlord|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 10:00", caller="+13055550143", tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows) -----------------------------
    Scenario(
        "d40_plumb_running_toilet_address_and_zip_run_into_the_phone_number",
        "t_plumb", (
            S("Hi, yeah, my toilet won't stop running, it's been doing it for about a week. "
              "It's not leaking on the floor, it just runs and runs. Can someone come take a "
              "look?"),
            S("I own the place. The address is fifteen twenty Alder Street, Oakland, nine four "
              "six oh two, and my number is five one oh, five five five, oh one six six."),
            S("Any chance of Thursday? Like, first thing in the morning, seven A.M.?"),
            S("My name is Frank Bishop, Frank, F, R, A, N, K, Bishop, like the chess piece."),
            S("So that's Frank Bishop, fifteen twenty Alder Street, nine four six oh two, a "
              "running toilet, Thursday the twelfth at seven in the morning, and five one oh, "
              "five five five, oh one six six. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:00", "Frank Bishop", "+15105550166",
                        about=r"toilet|running"),),
        said=(at(12, "07:00"),), ends_call=True, clock="2026-03-10 18:40",
        caller="+15105550166", tags=("booking",)),
    Scenario(
        "d40_plumb_drain_price_and_saturday_with_the_landlord_number_said_first",
        "t_plumb", (
            S("Morning! How much do you guys charge to clear a kitchen drain, and can you come "
              "out this Saturday?"),
            S("It's just the kitchen sink, it drains really slowly, nothing's overflowing and "
              "there's no leak. I'm renting, and my landlord already said it's fine, his name's "
              "Tom Reilly, two oh two, five five five, oh one seven seven."),
            S("The address is eighty-one Summer Street, apartment two, zip oh two one one oh."),
            S("Saturday the fourteenth, the eleven o'clock window would be great. My name is Mia "
              "Santos."),
            S("So that's Mia Santos, eighty-one Summer Street, apartment two, slow kitchen "
              "drain, Saturday the fourteenth at eleven A.M., and call me on six one seven, five "
              "five five, oh one two one, that's my cell, not the landlord's. Book it, please."),
            S("Thanks! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Mia Santos", "+16175550121",
                        about=r"drain|sink|kitchen|clog"),),
        said=(at(14, "11:00"), r"\$?225\b|two hundred (?:and )?twenty[- ]five"),
        ends_call=True, clock="2026-03-11 07:05", caller="+16175550121", tags=("booking",)),
    Scenario(
        "d40_plumb_sunday_call_no_hot_water_on_hunter_road_monday_then_tuesday",
        "t_plumb", (
            S("Hi, is this a real person? Doesn't matter. Can you book a plumber for me, or do I "
              "have to call back tomorrow when you're open?"),
            S("Our water heater stopped making hot water yesterday. It's a gas one in the "
              "garage, no leak, no gas smell, just cold water. We own the house."),
            S("The address is nine oh seven Hunter Road, Glenview, six zero zero two five. The "
              "phone's eight four seven, five five five, oh one eight eight."),
            S("Monday would be ideal— actually, no, Monday I can't be home. Tuesday the "
              "seventeenth, the one o'clock window."),
            S("My name is Leah Park. So: Leah Park, nine oh seven Hunter Road, no hot water, "
              "Tuesday the seventeenth at one in the afternoon, eight four seven, five five five, "
              "oh one eight eight. Go ahead and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Leah Park", "+18475550188",
                        about=r"water heater|hot water|heater"),),
        said=(at(17, "13:00"),), ends_call=True, clock="2026-03-15 14:00",
        caller="+18475550188", tags=("booking",)),
    Scenario(
        "d40_plumb_summer_wants_a_call_back_about_replacing_the_water_heater",
        "t_plumb", (
            S("Hi, I'm not looking to book anything yet. I'm thinking about replacing our old "
              "water heater and I'd like someone to call me back and talk me through the "
              "options."),
            S("My name is Summer Nguyen, Summer like the season, N, G, U, Y, E, N."),
            S("We're at three thirty-three Birch Avenue, nine five one two six, and my number is "
              "four zero eight, five five five, oh one four nine."),
            S("So, Summer Nguyen, water heater replacement, call back on four oh eight, five "
              "five five, oh one four nine. Please pass it on."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Summer Nguyen", "+14085550149", about=r"water heater|heater|replac",
                          urgent=False),),
        said=(read_back("+14085550149"),), ends_call=True, clock="2026-03-12 13:10",
        caller="+16505550177", tags=("message",)),
    Scenario(
        "d40_plumb_burst_pipe_at_night_cannot_find_the_shutoff",
        "t_plumb", (
            S("Hi, there's water spraying everywhere under my kitchen sink, a pipe just burst, "
              "and the floor is flooding!", r"shut|valve|main"),
            S("I can't find the shut-off, I've looked under the sink and nothing turns. The "
              "water's nowhere near any outlets."),
            S("I'm at twelve oh four Mesa Drive, Dallas, seven five two one four. I own the "
              "house. Please send someone tonight."),
            S("My name is Terry Wade, and the number is two one four, five five five, oh one one "
              "two."),
            S("So, Terry Wade, burst pipe, twelve oh four Mesa Drive, two one four, five five "
              "five, oh one one two. Please, as fast as you can. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Terry Wade", "+12145550112",
                          about=r"burst|pipe|flood|water|spray|leak", urgent=True),),
        ends_call=True, clock="2026-03-18 21:15", caller="+12145550112",
        tags=("emergency",)),
    Scenario(
        "d40_plumb_guarantee_and_the_call_out_fee_then_a_real_person",
        "t_plumb", (
            S("Hi, quick couple of questions. Is your work guaranteed, and are you licensed and "
              "insured?", r"guarantee|licensed|insured"),
            S("And do you charge just to come out and look?",
              r"\$?89\b|eighty[- ]nine|service call|fee"),
            S("Okay, honestly I'd rather talk this through with a real person, can you transfer "
              "me to someone in the office?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-13 10:30", tags=("person",)),
    # --- salon (closed Sunday and Monday; Thursdays to 8; hour-long slots) -------------------
    Scenario(
        "d40_salon_closed_monday_call_mens_cut_price_and_thursday_at_seven",
        "t_salon", (
            S("Hi, I know you're closed Mondays, I'm just hoping to book ahead. How much is a "
              "men's cut, and do you have anything Thursday evening, like seven?"),
            S("Anyone is fine, no favorite stylist. I've been in once before, last year."),
            S("Just a regular haircut, short on the sides. Nothing fancy."),
            S("My name's Forrest Lane, Forrest with two R's, and Lane like a street."),
            S("So that's Forrest Lane, men's haircut, Thursday the nineteenth at seven P.M., on "
              "six one nine, five five five, oh one three seven. Please book it."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Forrest Lane", "+16195550137",
                        about=r"men|haircut|cut"),),
        said=(at(19, "19:00"), r"\$?35\b|thirty[- ]five"), ends_call=True,
        clock="2026-03-16 11:00", caller="+16195550137", tags=("booking",)),
    Scenario(
        "d40_salon_asks_balayage_then_changes_her_mind_to_single_process_color",
        "t_salon", (
            S("Hi there. What's the price on balayage these days, and how long does it take? "
              "I'm thinking of doing it Saturday."),
            S("Hmm, you know what, I've changed my mind, I'll just do the single-process color "
              "this time, all over, same shade as now, basically covering grays."),
            S("I've had color with you before, with whoever was free, so anyone is fine."),
            S("Saturday the twenty-first, at ten in the morning, if that's open."),
            S("It's Ivy Chambers, I, V, Y. So: Ivy Chambers, single-process color, Saturday the "
              "twenty-first at ten A.M., and the number is seven oh three, five five five, oh "
              "one six eight. Yes, please book it."),
            S("Lovely, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Ivy Chambers", "+17035550168",
                        about=r"single|colou?r"),),
        said=(at(21, "10:00"), r"\$?195\b|one hundred (?:and )?ninety[- ]five"),
        ends_call=True, clock="2026-03-18 19:30", caller="+17035550168", tags=("booking",)),
    Scenario(
        "d40_salon_blowout_the_day_after_tomorrow_at_four",
        "t_salon", (
            S("Hi! Do you do blowouts, and could I get one the day after tomorrow? I've got an "
              "event Thursday night."),
            S("Around four in the afternoon would be perfect. Four o'clock Thursday."),
            S("I've never been to your salon, so, new. Any stylist is fine."),
            S("My name is Crystal Banks, B, A, N, K, S, and my number is four zero four, five "
              "five five, oh one five three."),
            S("So that's Crystal Banks, a blowout, Thursday the twelfth at four P.M., four oh "
              "four, five five five, oh one five three. Book it, please!"),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:00", "Crystal Banks", "+14045550153",
                        about=r"blow"),),
        said=(at(12, "16:00"),), ends_call=True, clock="2026-03-10 12:40",
        caller="+14045550153", tags=("booking",)),
    Scenario(
        "d40_salon_june_plans_her_june_wedding_party_by_a_call_back",
        "t_salon", (
            S("Hi! I'm getting married in June and I'd love to book hair for me and four "
              "bridesmaids on the morning of the wedding. Is that something you do?"),
            S("I think that has to go through someone, so could a person call me back to plan "
              "it? The wedding is Saturday, June twentieth."),
            S("My name is June Whitaker, June like the month, and yes, a June wedding, I know."),
            S("Call me back on five one two, five five five, oh one six one. That's my cell."),
            S("So, June Whitaker, a bridal party of five, hair on June twentieth, five one two, "
              "five five five, oh one six one. Thank you so much!"),
            S("Bye!", BYE),
        ),
        outcome="message_taken",
        messages=(Message("June Whitaker", "+15125550161",
                          about=r"wedding|brid|party|group", urgent=False),),
        ends_call=True, clock="2026-03-14 15:30", caller="+15125550161", tags=("message",)),
    Scenario(
        "d40_salon_heather_stone_cancels_friday_with_a_cold_no_rebooking",
        "t_salon", (
            S("Hi, I hate to do this, but I need to cancel my appointment on Friday, I've come "
              "down with a cold."),
            S("It's under Heather Stone, S, T, O, N, E. Friday the thirteenth, three in the "
              "afternoon, a haircut."),
            S("No, I don't want to rebook right now, I'll call when I'm feeling better. Just "
              "cancel it, please."),
            S("Thanks for understanding. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 15:00",), ends_call=True,
        seed=(Seed("2026-03-13 15:00", "Heather Stone", "+17605550145"),),
        clock="2026-03-11 10:15", caller="+17605550145", tags=("cancel",)),
    Scenario(
        "d40_salon_portuguese_caller_wants_a_haircut",
        "t_salon", (
            S("Olá, bom dia. Desculpa, eu não falo inglês muito bem. Eu queria marcar um corte "
              "de cabelo, por favor.", NOT_ENGLISH),
            S("Meu nome é Marta Souza. Marta Souza."),
            S("Meu telefone é nove sete três, cinco cinco cinco, zero um dois seis."),
            S("Sim, por favor, alguém pode me ligar. Obrigada, tchau.", BYE_PT),
        ),
        outcome="message_taken",
        messages=(Message("Marta Souza", "+19735550126",
                          about=r"portugu|corte|cabelo|hair|cut|book|appoint|marcar|language"
                                r"|english|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 11:20", caller="+19735550126",
        tags=("language",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hours) ---------
    Scenario(
        "d40_homes_is_it_still_available_and_a_showing_after_work_half_past_five",
        "t_homes", (
            S("Hi, I saw the listing for the townhouse at two eighteen Willow Court. Is it still "
              "available, and could I see it Monday after work?"),
            S("We're looking to buy. We're pre-approved with our credit union, and we're not "
              "working with any agent."),
            S("After work means half past five, five thirty, on Monday the sixteenth, if the "
              "agent can do that."),
            S("My name is Brooke Fields, Brooke with an E, and my email is brooke dot fields at "
              "example dot com."),
            S("So that's Brooke Fields, a showing at two eighteen Willow Court, Monday the "
              "sixteenth at five thirty P.M., and my number is nine one nine, five five five, oh "
              "one two eight. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Brooke Fields", "+19195550128",
                        about=r"show|willow|tour|view|buy"),),
        said=(at(16, "17:30"),), ends_call=True, clock="2026-03-14 10:05",
        caller="+19195550128", tags=("booking",)),
    Scenario(
        "d40_homes_cliff_books_a_sunday_valuation_and_mentions_may_or_june",
        "t_homes", (
            S("Hi, we're thinking of selling our house this spring, and I'd like someone to come "
              "tell us what it might be worth. Do you do that on Sundays?"),
            S("It's a three-bed ranch at seventy-seven Meadow Lane, Cary, two seven five one "
              "three, and it's not listed with anyone else."),
            S("The timeline is probably May or June. Sunday the twenty-second at one in the "
              "afternoon would be ideal."),
            S("My name is Cliff Hayes, Cliff like the edge of a cliff. My number is nine one "
              "nine, five five five, oh one eight four."),
            S("So that's Cliff Hayes, a home valuation at seventy-seven Meadow Lane, Sunday the "
              "twenty-second at one P.M., nine one nine, five five five, oh one eight four. Yes, "
              "book it."),
            S("Thanks, have a good night. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-22 13:00", "Cliff Hayes", "+19195550184",
                        about=r"valu|sell|listing|worth|apprais|market"),),
        said=(at(22, "13:00"),), ends_call=True, clock="2026-03-19 18:30",
        caller="+19195550184", tags=("booking",)),
    Scenario(
        "d40_homes_grant_wants_to_make_an_offer_pre_approval_amount_beside_the_number",
        "t_homes", (
            S("Hi, I toured the condo at five fifty Harbor Way, unit four B, with one of your "
              "agents last weekend, and we want to put in an offer."),
            S("I know you can't take the offer yourself, so please have the agent call me back "
              "first thing tomorrow."),
            S("My name is Grant Miller. Grant, like a grant of money."),
            S("My number is two five three, five five five, oh one nine nine, and if it helps, "
              "we're pre-approved up to four hundred and fifty thousand."),
            S("So: Grant Miller wants to make an offer on five fifty Harbor Way, four B, please "
              "call two five three, five five five, oh one nine nine. Thanks."),
            S("Good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Grant Miller", "+12535550199", about=r"offer|harbor|condo",
                          urgent=False),),
        said=(read_back("+12535550199"),), ends_call=True, clock="2026-03-17 19:45",
        caller="+12535550140", tags=("message",)),
    Scenario(
        "d40_homes_seller_finds_the_listed_house_broken_into",
        "t_homes", (
            S("Hi, this is urgent. I just got to the house we have listed with you, and the back "
              "door's been kicked in. Someone's broken in.", r"911|police|safe"),
            S("I'm outside in my car, I'm safe, and I've already called the police, they're on "
              "their way."),
            S("Our agent needs to know right away, there's a showing scheduled there tomorrow. "
              "The house is at four ten Cedar Ridge Road."),
            S("My name is Pat Sterling, and my cell is seven oh four, five five five, oh one one "
              "five."),
            S("So please tell the agent: Pat Sterling, break-in at four ten Cedar Ridge Road, "
              "call seven oh four, five five five, oh one one five. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Pat Sterling", "+17045550115",
                          about=r"break|broke|door|burgl|police", urgent=True),),
        ends_call=True, clock="2026-03-21 13:20", caller="+17045550115",
        tags=("emergency",)),
    Scenario(
        "d40_homes_brand_new_buyer_asks_what_it_can_do_and_what_to_sign_and_bring",
        "t_homes", (
            S("Hi, I'm brand new to all this. What can you help me with, exactly, over the "
              "phone?"),
            S("Do I have to sign anything before an agent shows me a house?", r"agreement|sign"),
            S("And what should I bring along to a showing?", r"photo ID|\bID\b|pre-?approv"),
            S("Okay, that's helpful. I'll call back once I've found a place I like. Thanks, "
              "bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-22 12:30",
        tags=("info",)),
    Scenario(
        "d40_homes_rental_caller_is_cut_off_by_a_toddler_and_hangs_up",
        "t_homes", (
            S("Hi, I'm calling about the two-bedroom rental on Oak Street, the one listed at, I "
              "think, nineteen hundred a month. Is it still—"),
            S("Oh, shoot, sorry, my toddler just knocked something over. Hang on."),
            S("Sorry, I really have to go, I'll call you back later. Bye!", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 17:50",
        tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) -----------------
    Scenario(
        "d40_auto_oil_change_price_and_squeeze_me_in_at_seven_thirty_model_year_in_words",
        "t_auto", (
            S("Hey, how much is a synthetic oil change, and can you squeeze me in first thing "
              "Thursday morning?"),
            S("It's a twenty nineteen Honda CR-V, about fifty-two thousand miles, runs fine, "
              "it's just due for the oil."),
            S("Seven thirty on Thursday the twelfth, when you open, and I'll wait for it, if "
              "that's okay."),
            S("My name is Wade Hunter, W, A, D, E, Hunter like a hunter, and this phone is fine, "
              "eight one six, five five five, oh one three three."),
            S("So, Wade Hunter, an oil change on the twenty nineteen CR-V, Thursday the twelfth "
              "at seven thirty A.M., waiting, eight one six, five five five, oh one three three. "
              "Book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Wade Hunter", "+18165550133", about=r"oil"),),
        said=(at(12, "07:30"), r"\$?89\b|eighty[- ]nine"), ends_call=True,
        clock="2026-03-10 07:35", caller="+18165550133", tags=("booking",)),
    Scenario(
        "d40_auto_miles_check_engine_light_not_flashing_saturday_then_monday",
        "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing, and the "
              "car drives totally normal. What do you charge to check it out?"),
            S("It's a twenty fifteen Ford Focus, about a hundred and ten thousand miles. I can "
              "drive it in, and I'll drop it off."),
            S("I was going to say tomorrow, Saturday, but actually Monday's better for me. "
              "Monday the sixteenth at ten thirty in the morning."),
            S("My name is Miles Carter, yes, Miles, like on the odometer, C, A, R, T, E, R."),
            S("So: Miles Carter, check engine light on the twenty fifteen Focus, Monday the "
              "sixteenth at ten thirty A.M., drop-off, number four six nine, five five five, oh "
              "one four four. Please book it."),
            S("Appreciate it, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:30", "Miles Carter", "+14695550144",
                        about=r"engine|check|diagnos|light"),),
        said=(at(16, "10:30"), r"\$?129\b|one hundred (?:and )?twenty[- ]nine"),
        ends_call=True, clock="2026-03-13 16:45", caller="+14695550144", tags=("booking",)),
    Scenario(
        "d40_auto_will_baker_asks_if_his_civic_is_ready_call_his_work_line",
        "t_auto", (
            S("Hi, this is Will Baker. I dropped off my Civic on Monday for the brake job, and "
              "I was wondering if it's ready, or when it will be."),
            S("If nobody can tell me right now, that's okay, just have the service advisor call "
              "me back with an update."),
            S("The best number is my work line, five six two, five five five, oh one eight "
              "five, I'm at my desk till six."),
            S("So that's Will Baker, the Civic with the brakes, please call five six two, five "
              "five five, oh one eight five. Thanks."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Will Baker", "+15625550185",
                          about=r"civic|brake|ready|update|status", urgent=False),),
        said=(read_back("+15625550185"),),
        never_said=(r"(?:it'll|it will|it should) be ready (?:by|at|today|tomorrow)",),
        ends_call=True, clock="2026-03-11 17:10", caller="+15625550110", tags=("message",)),
    Scenario(
        "d40_auto_smoke_from_the_hood_in_a_gas_station_lot_asks_to_drive_the_last_mile",
        "t_auto", (
            S("Hi, I'm on my way to you guys, and there's smoke coming out from under the hood. "
              "I've pulled into a gas station parking lot and turned the engine off."),
            S("Nobody's hurt, I'm out of the car, I'm not on the road. It smells kind of sweet, "
              "like syrup."),
            S("Can I just drive it the last mile to your shop, or what should I do?",
              r"tow|n't drive|not (?:to )?drive|safe"),
            S("Okay. Can someone call me about getting it towed in? My name's Ray Mercer, Ray "
              "like a ray of sunshine, and the number is three oh three, five five five, oh one "
              "one nine."),
            S("So please have someone call Ray Mercer, smoke from the engine, car at the gas "
              "station, three oh three, five five five, oh one one nine. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ray Mercer", "+13035550119",
                          about=r"smok|tow|engine|hood|overheat", urgent=True),),
        never_said=(SAFE_TO_DRIVE,), ends_call=True, clock="2026-03-20 17:40",
        caller="+13035550119", tags=("emergency",)),
    Scenario(
        "d40_auto_carol_king_moves_her_tire_rotation_to_saturday_at_eleven",
        "t_auto", (
            S("Hi there, I've got a tire rotation booked for Thursday, and I need to switch it "
              "to the weekend, if you're open Saturdays."),
            S("The name on it is Carol King, like the singer, and it's Thursday the nineteenth "
              "at nine thirty."),
            S("Could we do Saturday the twenty-first at eleven instead? Eleven A.M."),
            S("So, Carol King, move the tire rotation from Thursday the nineteenth at nine "
              "thirty to Saturday the twenty-first at eleven in the morning. Yes, please move "
              "it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Carol King", "+16155550136"),),
        cancelled=("2026-03-19 09:30",), said=(at(21, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-19 09:30", "Carol King", "+16155550136"),),
        clock="2026-03-17 08:10", caller="+16155550136", tags=("move",)),
    Scenario(
        "d40_auto_subaru_and_warranty_questions_then_a_service_advisor",
        "t_auto", (
            S("Hey, do you guys work on Subarus, like an Outback, and are you open all day "
              "today?", r"most|domestic|import|Subaru|make"),
            S("And is your work guaranteed?", r"warrant|guarantee"),
            S("Alright. Can you connect me with one of the service advisors? I'd like to talk "
              "to a person.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-14 09:30", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hours) -----------------------
    Scenario(
        "d40_vet_rabies_price_and_thursday_after_work_for_pepper_the_beagle",
        "t_vet", (
            S("Hi, how much is a rabies shot, and can I bring my dog in for it Thursday after "
              "work?"),
            S("No emergency, she's totally healthy, she just needs her rabies booster. She's a "
              "four-year-old beagle named Pepper, and we've been there before."),
            S("After work means five thirty, Thursday the twelfth, five thirty P.M."),
            S("My name is Sage Holloway, Sage like the herb, and the number is seven two oh, "
              "five five five, oh one seven one."),
            S("So that's Sage Holloway, with Pepper the beagle, a rabies vaccine, Thursday the "
              "twelfth at five thirty P.M., seven two oh, five five five, oh one seven one. "
              "Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Sage Holloway", "+17205550171",
                        about=r"rabies|vacc|shot|booster"),),
        said=(at(12, "17:30"), r"\$30\b|thirty dollars"), ends_call=True,
        clock="2026-03-10 17:20", caller="+17205550171", tags=("booking",)),
    Scenario(
        "d40_vet_hope_books_biscuit_off_his_food_saturday_eight_no_nine",
        "t_vet", (
            S("Hi, good morning. My cat's been a bit off his food for a few days, still "
              "drinking, still using the litter box, acting normal otherwise. Could the vet take "
              "a look this Saturday?"),
            S("He's an eleven-year-old tabby named Biscuit. We're new, we just moved here, so "
              "I'll bring his records."),
            S("Saturday the fourteenth, first thing— eight? No, make it nine, nine o'clock, I've "
              "got to drive my daughter somewhere at eight."),
            S("My name's Hope Castillo, Hope like, you know, hope. My number is five zero three, "
              "five five five, oh one four one."),
            S("So that's Hope Castillo, Biscuit the cat, not eating well, Saturday the "
              "fourteenth at nine A.M., five oh three, five five five, oh one four one. Go ahead "
              "and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Hope Castillo", "+15035550141",
                        about=r"eat|food|appetite|sick|biscuit|new"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 07:50",
        caller="+15035550141", tags=("booking",)),
    Scenario(
        "d40_vet_sandy_wants_a_call_about_mabels_blood_work_on_her_cell",
        "t_vet", (
            S("Hi, the vet ran blood work on our dog, Mabel, on Monday, and we were told someone "
              "would call with the results, but we haven't heard anything."),
            S("I'm not asking you to read them to me, I'd just like the vet or a tech to call me "
              "back about the results."),
            S("My name is Sandy Brooks, and the best number is my cell, nine five two, five five "
              "five, oh one nine two, not the house phone I'm calling on."),
            S("So that's Sandy Brooks, blood work results for Mabel, please call nine five two, "
              "five five five, oh one nine two. Thank you."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandy Brooks", "+19525550192",
                          about=r"result|blood|lab|test|mabel", urgent=False),),
        said=(read_back("+19525550192"),), ends_call=True, clock="2026-03-12 12:05",
        caller="+19525550164", tags=("message",)),
    Scenario(
        "d40_vet_terrier_ate_xylitol_gum_asks_whether_to_make_him_throw_up",
        "t_vet", (
            S("Hi, my dog just ate a whole pack of sugar-free gum off the counter, it has "
              "xylitol in it, about ten minutes ago!", VET_NOW),
            S("He's a small terrier mix, about fifteen pounds, named Rocky, and right now he "
              "seems okay, but I'm scared."),
            S("Should I make him throw up, or just come in? I can be there in fifteen minutes."),
            S("My name is Drew Ellison, and my number is six one two, five five five, oh one oh "
              "three. I'm getting in the car now."),
            S("Please tell them I'm coming: Drew Ellison, Rocky ate xylitol gum, six one two, "
              "five five five, oh one oh three. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Drew Ellison", "+16125550103",
                          about=r"xylitol|gum|ate|toxic|poison", urgent=True),),
        never_said=(MAKE_IT_VOMIT,), ends_call=True, clock="2026-03-14 10:10",
        caller="+16125550103", tags=("emergency",)),
    Scenario(
        "d40_vet_autumn_like_the_season_cancels_wednesday_no_rebooking",
        "t_vet", (
            S("Good morning. We need to cancel our cat's appointment on Wednesday, we're moving "
              "out of state at the end of the week, so we won't need it."),
            S("The appointment's under Autumn Blake, Autumn like the season, Wednesday the "
              "eighteenth at two thirty."),
            S("No need to rebook anything, thank you. Please just cancel it."),
            S("Thanks, have a good day, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-18 14:30",), ends_call=True,
        seed=(Seed("2026-03-18 14:30", "Autumn Blake", "+14255550157"),),
        clock="2026-03-16 08:30", caller="+14255550157", tags=("cancel",)),
    Scenario(
        "d40_vet_after_hours_asks_what_it_can_do_then_rabbits_and_the_microchip_price",
        "t_vet", (
            S("Hi, I'm not sure what you can do after hours, but maybe you can answer a couple "
              "of questions?"),
            S("Do you see rabbits, or only dogs and cats?", r"dogs? and cats?|cats? and dogs?"),
            S("And how much is it to microchip a pet?", r"\$?50\b|fifty"),
            S("Great, thanks, I'll call on Monday to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 18:20",
        tags=("info",)),
]
