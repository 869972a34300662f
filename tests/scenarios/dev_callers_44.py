"""A forty-fourth development set: 48 scripted callers, six in each of the fleet's eight trades,
whose need is time-sensitive, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-44) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and the twenty-eighth
set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py (its dataclasses, and its own callers of each kind for how a move, a
cancellation, an emergency, a transfer, a Spanish caller and a silent caller are judged) and
tests/scenarios/harness.py; the read-backs from tests/scenarios/spoken.py (`at()`,
`read_back()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the
held-out mix of kinds, KINDS_44 below).

What makes it different: every caller is up against the clock. They ask "anything today?" and
"can you squeeze me in before six?", ring ten minutes before closing, ten minutes after it, on a
Sunday morning or a Saturday night, and explain why it has to be soon: they fly out Saturday, the
wedding is on the twenty-first, the heart surgery on the twenty-fourth, the house closing on the
twentieth, the kennel will not take the dog without the booster, the in-laws arrive Thursday,
the lease ends on the thirty-first, the party is Saturday night, the mediation is Thursday. Some
get what they want (a cleaning before the trip, a will before the surgery, a water heater fixed
before the closing, a Sunday showing before the flight home); some are told honestly that today
cannot be done, because the day's last slot has started or the business is closed or (with
`fill_days`) the book is full, and take the nearest slot they name, at least two days on, or
leave a message with their own reason and callback number; some move a booking up or cancel one
because their plans changed; some only ask whether they can make it in time (the Saturday hours,
how late on a Thursday, a price); some are emergencies that cannot wait for the morning (a cheek
swelling toward the eye on a Saturday night, chest pressure at half past four, a son arrested
overnight, a burst pipe on a Sunday night, brakes gone soft on the highway, a dog that ate
grapes just after the Saturday noon closing). The kinds are the held-out sets' mix
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number, 6
emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 Portuguese caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)` pattern is
loose and case-insensitive so any good wording passes, and every price and hour it looks for is
the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev44

which prints `RESULT dev44_pass_rate=`, measured and never gated.
Its first run, on main at 5c15973, before anyone had read a transcript of it: 44/48 = 0.917.
Its four failing transcripts were then read for errors of the set's own (a check rejecting an
honest good reply, a time off the grid or outside hours, a script that cannot finish, a fact that
is not the business's): none was found, so no caller and no check was changed. The second run, of
the same set: 44/48 = 0.917, the same four failing, all on the receptionist's side:
- an ignored goodbye (d44_clinic_flu_shot_price_and_saturday_before_a_sunday_flight): the
  question-only caller got the flu shot's price and "closed on Saturdays", was then walked into a
  booking nobody asked for, and on "that's all I needed ... Thanks, bye" was offered Monday slots
  instead of a goodbye, so the call was never hung up;
- a price for the wrong service,
  d44_law_sunday_night_will_before_heart_surgery_on_the_twenty_fourth: asked what a consultation
  about a will costs, the receptionist quoted the simple will package's $950 and never said the
  estate planning consultation is free, though it booked one;
- a street number taken for a time (d44_homes_sunday_rental_showing_before_he_flies_home): "9
  Harbor View" was heard as 9 PM twice, the second time in the caller's recap right after "Shall I
  book that?", so the Sunday 1 PM showing the caller had plainly agreed was refused as outside
  hours and never booked;
- a move that never finds the booking, d44_vet_moves_friday_vaccines_up_because_she_leaves_at_noon:
  "I need something earlier" was not taken as a move, the name and the booking's own day and time
  given in the next line were passed over with the same "move it or cancel it?" question, and
  when the name came again in the caller's recap no appointment under it and the calling number
  was found, so nothing was moved.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who asks for today says in a later line "if there's nothing today,
then ..." with the day and time they will take, and a later line says the final day and time
plainly with the service and the name the booking or message is to be under; a booking is read
back (`said=`) with its final day and time, and where the callback is not the line the call comes
from, `said=` also checks that the whole number was read back, in digits or in words, in order.
Only a call with `overrides` carrying a transfer number, inside opening hours, has a line to
transfer to (the caller asks for a person only in the last line). An emergency ends with an
urgent message; a time-pressed message that is no emergency leaves `urgent` unchecked. A call
whose last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a
request for a person is transferred and not hung up.
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
KINDS_44 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eéê]s|espa[nñ]ol|nombre|mensaje|desculp"
               r"|portugu[eê]s|\bnome\b|mensagem|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital or poison control
VET_NOW = r"emergency|animal hospital|poison"
# a car that should not be driven: a tow, or 911
TOW = r"\btow|not (?:to )?drive|don't drive|shouldn't drive|not safe to drive|911"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# closed on a weekend day, said any way
CLOSED = (r"closed|not open|aren't open|don't open|Monday (?:through|to|-) Friday|weekdays"
          r"|only open .{0,20}week")


DEV_CALLERS_44: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d44_dental_flies_out_saturday_so_a_cleaning_thursday_at_three",
        "t_dental", (
            S("Hi, good morning. I know you're not open yet, but I'm flying out Saturday morning "
              "for three weeks, and I'm overdue for my cleaning, so I'd really like to get it "
              "done before I leave. I'm an existing patient."),
            S("No pain, no swelling, it's just the regular cleaning and checkup. My insurance is "
              "Delta Dental, through my job, and I'm the policy holder."),
            S("Is there anything Thursday? Thursday the twelfth, in the afternoon, three o'clock "
              "would be perfect."),
            S("It's Helen Marsh, M, A, R, S, H, date of birth October third, nineteen "
              "seventy-eight, and this number I'm calling from is fine, six one seven, five five "
              "five, oh one four eight."),
            S("So that's Helen Marsh, a cleaning on Thursday the twelfth at three in the "
              "afternoon. Yes, please book it."),
            S("Great, thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Helen Marsh", "+16175550148",
                        about=r"clean|check|exam"),),
        said=(at(12, "15:00"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+16175550148", tags=("booking",)),
    Scenario(
        "d44_dental_filling_fell_out_ten_to_two_on_friday_takes_monday_at_eight",
        "t_dental", (
            S("Hi, I know it's almost closing time on a Friday, but is there any chance someone "
              "can see me today? A filling fell out while I was eating lunch. I've been a "
              "patient there for years."),
            S("It doesn't really hurt, it's just a little sensitive to cold, no swelling at all. "
              "I've got Cigna dental, and I'm the policy holder."),
            S("Okay, if there's nothing left today, then first thing Monday morning. Monday the "
              "sixteenth at eight o'clock, if you have it."),
            S("The name is Owen Fitzgerald, F, I, T, Z, G, E, R, A, L, D, date of birth June "
              "twenty-first, nineteen ninety-two. And the number's the one I'm calling from, "
              "seven one eight, five five five, oh one six three."),
            S("So Owen Fitzgerald, Monday the sixteenth at eight in the morning, to fix the "
              "filling that fell out. Yes, go ahead and book it."),
            S("Thanks a lot, have a good weekend, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Owen Fitzgerald", "+17185550163",
                        about=r"fill|tooth|exam|sensitiv|emergenc"),),
        said=(at(16, "08:00"),), ends_call=True, clock="2026-03-13 13:50",
        caller="+17185550163", tags=("booking",)),
    Scenario(
        "d44_dental_whitening_before_her_wedding_on_the_twenty_first",
        "t_dental", (
            S("Hello, I'm getting married on Saturday the twenty-first, and I'd love to get my "
              "teeth whitened before then. Do you do the in-office whitening, and how much is "
              "it?"),
            S("I'm an existing patient, I had my cleaning there in January. No pain or anything, "
              "I just want them whiter for the photos."),
            S("I'll pay for this myself, my insurance won't cover it. Could I come in Thursday "
              "the nineteenth, at nine in the morning? That gives it a couple of days before the "
              "wedding."),
            S("My name is Tessa Quinlan, Q, U, I, N, L, A, N, date of birth February fourteenth, "
              "nineteen ninety-six, and my cell is two oh one, five five five, oh one seven four, "
              "that's this phone."),
            S("Okay, so Tessa Quinlan, the whitening on Thursday the nineteenth at nine in the "
              "morning. Please book it."),
            S("Perfect, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Tessa Quinlan", "+12015550174",
                        about=r"whiten"),),
        said=(at(19, "09:00"), r"\b450\b|four hundred (?:and )?fifty"), ends_call=True,
        clock="2026-03-11 12:30", caller="+12015550174", tags=("booking",)),
    Scenario(
        "d44_dental_cheek_swelling_toward_the_eye_on_a_saturday_night",
        "t_dental", (
            S("Hi, I know you're closed, but is there anyone who can see me tonight? I've had a "
              "toothache all week on the top right, and since this afternoon my cheek has "
              "swollen up and now it's spreading up toward my eye."),
            S("It's getting bigger by the hour, and my eye is starting to close."),
            S("Okay. My name is Gloria Estevez, E, S, T, E, V, E, Z, and my number is nine one "
              "seven, five five five, oh one eight one. Please have the dentist call me Monday "
              "morning as soon as you open."),
            S("Alright, my husband is taking me now. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Estevez", "+19175550181", about=r"swell|eye|cheek|tooth",
                          urgent=True),),
        said=(ER,), ends_call=True, clock="2026-03-14 21:30", caller="+19175550181",
        tags=("emergency",)),
    Scenario(
        "d44_dental_x_rays_to_the_oral_surgeon_before_thursday_on_his_cell",
        "t_dental", (
            S("Hi, I'm a patient of yours, and I have an appointment with an oral surgeon on "
              "Thursday morning to have my wisdom teeth looked at. They told me today they need "
              "my X-rays from your office before then, or they'll have to reschedule me."),
            S("I don't need an appointment with you, I just need someone to send the X-rays over "
              "to Harbor Oral Surgery by Wednesday. Can you take a message for the office?"),
            S("My name is Daniel Okafor, O, K, A, F, O, R, date of birth March second, nineteen "
              "eighty-nine."),
            S("Please don't call this number, it's my work line. Call my cell, nine two nine, "
              "five five five, oh one three nine."),
            S("Yes, that's right, Daniel Okafor, nine two nine, five five five, oh one three "
              "nine, about sending my X-rays to Harbor Oral Surgery before Thursday. Please pass "
              "it on."),
            S("Thanks, that's everything, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Daniel Okafor", "+19295550139",
                          about=r"x.?ray|oral surg|wisdom|surgeon"),),
        said=(read_back("+19295550139"),), ends_call=True, clock="2026-03-10 16:40",
        caller="+16465550127", tags=("message",)),
    Scenario(
        "d44_dental_cancels_thursday_because_a_work_trip_came_up_overnight",
        "t_dental", (
            S("Hi, good morning. I need to cancel my appointment on Thursday. My boss told me "
              "last night I have to fly to Chicago tomorrow, and I won't be back until next "
              "week."),
            S("It's under Ruth Adeyemi, A, D, E, Y, E, M, I. It's the cleaning on Thursday the "
              "twelfth at ten in the morning."),
            S("Yes, please cancel it. I'll call back to rebook once I'm home and know my "
              "schedule, I don't want to pick a new day right now."),
            S("No, that's all, thank you. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Ruth Adeyemi", "+13475550152"),),
        clock="2026-03-10 07:45", caller="+13475550152", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d44_clinic_medication_review_before_a_month_in_portugal_near_closing",
        "t_clinic", (
            S("Hi, I know it's almost five, sorry. I'm leaving for a month in Portugal on the "
              "twenty-first, and I want to see the doctor before I go, to go over my blood "
              "pressure and my medications. I'm an established patient."),
            S("My name is Walter Brennan, B, R, E, N, N, A, N, date of birth July seventh, "
              "nineteen fifty-six. I have Medicare with an AARP supplement. Any of the doctors "
              "is fine."),
            S("Could I come in Wednesday the eighteenth, at ten forty in the morning?"),
            S("This number is my cell, five one oh, five five five, oh one one six, that's the "
              "best one."),
            S("So Walter Brennan, Wednesday the eighteenth at ten forty in the morning, to go "
              "over my medications before my trip. Yes, please book that."),
            S("Thank you, have a good evening, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:40", "Walter Brennan", "+15105550116",
                        about=r"medic|blood pressure|trip|travel"),),
        said=(at(18, "10:40"),), ends_call=True, clock="2026-03-12 16:35",
        caller="+15105550116", tags=("booking",)),
    Scenario(
        "d44_clinic_anything_today_for_an_earache_then_wednesday_at_nine",
        "t_clinic", (
            S("Hi, I'm calling as early as I can. Do you have anything today? My right ear has "
              "been aching since Saturday and it's keeping me up at night. I'm an established "
              "patient."),
            S("My name is Nadia Karimi, K, A, R, I, M, I, date of birth January thirtieth, "
              "nineteen eighty-seven, and I have Blue Shield."),
            S("Okay, if today is full, then Wednesday the eleventh at nine in the morning. I'm "
              "off work that day anyway."),
            S("The number I'm calling from is the best one, four oh eight, five five five, oh "
              "one three three."),
            S("So that's Nadia Karimi, Wednesday the eleventh at nine in the morning, for my "
              "ear. Yes, go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 09:00", "Nadia Karimi", "+14085550133", about=r"ear"),),
        said=(at(11, "09:00"),), ends_call=True, fill_days=1, clock="2026-03-09 07:40",
        caller="+14085550133", tags=("booking",)),
    Scenario(
        "d44_clinic_chest_pressure_wants_to_be_seen_before_five",
        "t_clinic", (
            S("Hi, can the doctor see me before you close today? I've had a tight pressure in "
              "my chest since lunch, and now my left arm feels kind of numb."),
            S("I really don't want to go to the ER, I just want to get checked today. Can't you "
              "fit me in at four forty?"),
            S("Okay, okay. My name is Frank Ruggiero, R, U, G, G, I, E, R, O, and my number is "
              "two six seven, five five five, oh one four five. Please tell my doctor what "
              "happened."),
            S("Alright, I'm hanging up and calling 911. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Ruggiero", "+12675550145", about=r"chest|arm",
                          urgent=True),),
        said=(ER,), ends_call=True, clock="2026-03-11 16:30", caller="+12675550145",
        tags=("emergency",)),
    Scenario(
        "d44_clinic_refill_before_flying_to_denver_friday_morning",
        "t_clinic", (
            S("Hi, I'm flying to my sister's in Denver Friday morning, and I just noticed I only "
              "have three of my blood pressure pills left. I need a refill sent in before I "
              "leave."),
            S("It's lisinopril, ten milligrams, and the pharmacy is the CVS on Clark Street. I'm "
              "an established patient."),
            S("My name is Irene Castillo, C, A, S, T, I, L, L, O, date of birth November "
              "eleventh, nineteen sixty-one."),
            S("The number I'm calling from is good, seven seven three, five five five, oh one "
              "five eight. Please ask the nurse to call me if there's any problem before "
              "Friday."),
            S("Yes, that's everything, please pass it on to the nurse. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Irene Castillo", "+17735550158",
                          about=r"refill|lisinopril|blood pressure"),),
        ends_call=True, clock="2026-03-10 12:15", caller="+17735550158",
        tags=("message",)),
    Scenario(
        "d44_clinic_disability_form_due_friday_asks_for_the_front_desk",
        "t_clinic", (
            S("Hi, what time do you close today? I'm trying to get something sorted before the "
              "end of the day.", r"\b5\b|five"),
            S("It's a disability form for my insurance that the doctor needs to sign, and it has "
              "to be in by Friday, and I don't know who in the office handles that."),
            S("Could you put me through to someone at the front desk, please? I'd rather talk "
              "to a person about this one.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 15:30",
        caller="+12155550166", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "d44_clinic_flu_shot_price_and_saturday_before_a_sunday_flight",
        "t_clinic", (
            S("Hi, quick question. How much is a flu shot there if I'm paying myself?",
              r"\b40\b|forty"),
            S("And are you open tomorrow, Saturday? I fly out Sunday and I'm trying to get it "
              "before I go.", CLOSED),
            S("Okay, that's all I needed, I'll figure out when I can get over there. Thanks, "
              "bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 08:10",
        caller="+13125550171", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "d44_law_purchase_addendum_reviewed_before_the_closing_on_the_twentieth",
        "t_law", (
            S("Hi, I'm buying a house and the closing is on Friday the twentieth, and the "
              "seller's side just sent me a purchase addendum I don't understand. I need an "
              "attorney to review it before the closing. Can I get in early next week?"),
            S("The sellers are Harold and June Pike, P, I, K, E. I don't have a lawyer on this, "
              "and there's no court date, the only deadline is the closing on the twentieth."),
            S("Tuesday the seventeenth at ten in the morning would work, in person at your "
              "office."),
            S("My name is Carla Benedetti, B, E, N, E, D, E, T, T, I, my email is carla dot "
              "benedetti at gmail dot com, and this number is my cell, six one seven, five five "
              "five, oh one nine three."),
            S("So Carla Benedetti, Tuesday the seventeenth at ten in the morning, in person, to "
              "review the contract before my closing. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Carla Benedetti", "+16175550193",
                        about=r"contract|addendum|review|closing|real estate|purchase|house"),),
        said=(at(17, "10:00"),), ends_call=True, clock="2026-03-13 16:45",
        caller="+16175550193", tags=("booking",)),
    Scenario(
        "d44_law_sunday_night_will_before_heart_surgery_on_the_twenty_fourth",
        "t_law", (
            S("Hi, I know it's Sunday night, but I'm having heart surgery on Tuesday the "
              "twenty-fourth, and I want a will in place before I go in. I've never had one. How "
              "much does a consultation for that cost?"),
            S("It's just me, I'm not married, and I want to leave things to my two nieces, Anna "
              "and Beth Kowalski. No lawyer, no court dates, the surgery is the only "
              "deadline."),
            S("Thursday the nineteenth at two in the afternoon would be good, by video if that's "
              "possible, I'm not driving much right now."),
            S("My name is Martin Kowalski, K, O, W, A, L, S, K, I. My email is m kowalski at "
              "outlook dot com. And the number is this one, nine one four, five five five, oh "
              "one oh four."),
            S("So Martin Kowalski, Thursday the nineteenth at two in the afternoon, by video, "
              "about a will before my surgery. Please book it."),
            S("Thanks very much, good night, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Martin Kowalski", "+19145550104",
                        about=r"will|estate"),),
        said=(at(19, "14:00"), NO_CHARGE), ends_call=True, clock="2026-03-15 20:10",
        caller="+19145550104", tags=("booking",)),
    Scenario(
        "d44_law_son_arrested_overnight_sees_a_judge_monday_morning",
        "t_law", (
            S("Hi, please, I need a lawyer. My son was arrested last night and he's being held "
              "at the county jail, and they said he'll see a judge Monday morning. Is anybody "
              "there today?"),
            S("His name is Tyler Brooks, he's nineteen. The police said it was for a fight "
              "outside a bar. We don't have a lawyer."),
            S("I'm his mother, Denise Brooks, B, R, O, O, K, S, and my number is seven three "
              "two, five five five, oh one one two. Please have an attorney call me as soon as "
              "possible, today if anybody can."),
            S("Thank you. Please make sure someone gets it. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Brooks", "+17325550112",
                          about=r"arrest|jail|custody|son|Tyler|judge|court", urgent=True),),
        ends_call=True, clock="2026-03-14 08:05", caller="+17325550112",
        tags=("emergency",)),
    Scenario(
        "d44_law_just_missed_five_served_by_the_old_landlord_call_her_cell",
        "t_law", (
            S("Hi, I was hoping to catch someone before five, I guess I just missed you. I was "
              "served with court papers today, my old landlord is suing me over the security "
              "deposit and damages, and the papers say I have twenty days to respond."),
            S("I don't want to book anything until I talk to someone. Could an attorney just "
              "call me back tomorrow? The landlord is Westgate Property Management."),
            S("My name is Keisha Morgan, M, O, R, G, A, N."),
            S("Don't use the number I'm calling from, that's my office. My cell is nine one "
              "seven, five five five, oh one three five."),
            S("Yes, Keisha Morgan, nine one seven, five five five, oh one three five, about the "
              "lawsuit from Westgate. Please pass that on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Morgan", "+19175550135",
                          about=r"lawsuit|sued|suing|landlord|Westgate|served|papers|deposit"),),
        said=(read_back("+19175550135"),), ends_call=True, clock="2026-03-10 17:10",
        caller="+12125550128", tags=("message",)),
    Scenario(
        "d44_law_client_needs_her_attorney_before_thursdays_mediation",
        "t_law", (
            S("Hi, I'm a client there, my divorce mediation is this Thursday morning, and I "
              "still don't know which financial documents I'm supposed to bring. I need my "
              "attorney to call me back before Thursday."),
            S("I don't need an appointment, I just need a call back. My name is Lauren "
              "Whitaker, W, H, I, T, A, K, E, R, and the other side is my husband, Greg "
              "Whitaker."),
            S("The number I'm calling from is my cell, five one six, five five five, oh one "
              "four seven. Afternoons are best, after one."),
            S("Yes, that's right, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lauren Whitaker", "+15165550147",
                          about=r"mediation|divorce|document|financial"),),
        ends_call=True, clock="2026-03-10 13:20", caller="+15165550147",
        tags=("message",)),
    Scenario(
        "d44_law_spanish_caller_with_an_eviction_notice_before_the_thirty_first",
        "t_law", (
            S("Hola, buenos días. Necesito hablar con un abogado, por favor. Mi casero me dio un "
              "aviso de desalojo y dice que tengo que salir antes del treinta y uno de marzo.",
              NOT_ENGLISH),
            S("Me llamo Rosa Delgado. Rosa, R, O, S, A. Delgado, D, E, L, G, A, D, O."),
            S("Mi número es este, tres cero cinco, cinco cinco cinco, cero uno seis uno. Por "
              "favor, que me llame alguien que hable español, si es posible."),
            S("Sí, está bien. Muchas gracias, adiós.", r"bye|adi[oó]s|take care|have a"),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+13055550161",
                          about=r"Spanish|espa[nñ]ol|desalo|evict|casero|landlord|abogad|lawyer"
                                r"|attorney|legal"),),
        ends_call=True, clock="2026-03-12 10:30", caller="+13055550161",
        tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "d44_plumb_slow_kitchen_drain_before_saturdays_party_takes_thursday",
        "t_plumb", (
            S("Hi, I know it's almost seven, is there any way somebody could come out tonight? "
              "My kitchen sink is draining really slowly, and I've got twelve people coming for "
              "my dad's birthday on Saturday."),
            S("No, it's not leaking anywhere, the water just sits in the sink and goes down "
              "slow. I own the house, it's 27 Linden Street, Medford, zero two one five five."),
            S("Okay, if tonight's not possible, then Thursday the twelfth, the nine o'clock "
              "window in the morning. Tomorrow I'm at work all day."),
            S("My name is Brian Costa, C, O, S, T, A, and this number is my cell, six one seven, "
              "five five five, oh one one nine."),
            S("So Brian Costa, 27 Linden Street, Thursday the twelfth at nine in the morning, "
              "for the slow kitchen drain. Yes, book it please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Brian Costa", "+16175550119",
                        about=r"drain|sink|kitchen|clog"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 18:40",
        caller="+16175550119", tags=("booking",)),
    Scenario(
        "d44_plumb_sunday_running_toilet_takes_tuesday_before_work",
        "t_plumb", (
            S("Hi, I know you're closed on Sundays, but is there any chance of someone today? "
              "My upstairs toilet won't stop running, it's been going all night. It's not "
              "leaking on the floor, it just keeps filling."),
            S("I shut the little valve behind it, so it's off for now. It's my own house, 9 "
              "Prospect Hill Road, Waltham, zero two four five one."),
            S("If today's out, then Tuesday the seventeenth, the seven o'clock window, before I "
              "leave for work."),
            S("It's Gail Henderson, H, E, N, D, E, R, S, O, N, and this number, seven eight "
              "one, five five five, oh one two six."),
            S("So Gail Henderson, 9 Prospect Hill Road, Tuesday the seventeenth at seven in the "
              "morning, for the running toilet. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:00", "Gail Henderson", "+17815550126",
                        about=r"toilet|running"),),
        said=(at(17, "07:00"),), ends_call=True, clock="2026-03-15 11:00",
        caller="+17815550126", tags=("booking",)),
    Scenario(
        "d44_plumb_water_heater_fixed_before_the_house_closing_on_his_cell",
        "t_plumb", (
            S("Hi, I'm selling my house and the closing is Friday the twentieth. The buyer's "
              "inspector flagged the water heater, it's only giving lukewarm water, and it has "
              "to be repaired before the closing."),
            S("No, nothing's leaking, it just doesn't get hot. I'm the owner. The address is "
              "140 Maple Avenue, Natick, zero one seven six zero."),
            S("Could a technician come Wednesday the eighteenth, in the eleven o'clock window? "
              "That still gives me a couple of days if you need parts."),
            S("My name is Victor Lindqvist, L, I, N, D, Q, V, I, S, T. Please call my cell, not "
              "this line, seven seven four, five five five, oh one four two."),
            S("So Victor Lindqvist, 140 Maple Avenue, Wednesday the eighteenth at eleven in the "
              "morning, for the water heater, and my cell, seven seven four, five five five, oh "
              "one four two. Go ahead and book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Victor Lindqvist", "+17745550142",
                        about=r"water heater|hot water|lukewarm|heat"),),
        said=(at(18, "11:00"), read_back("+17745550142")), ends_call=True,
        clock="2026-03-16 10:00", caller="+15085550138", tags=("booking",)),
    Scenario(
        "d44_plumb_burst_pipe_on_a_sunday_night_wants_someone_tonight",
        "t_plumb", (
            S("Hi, I need somebody tonight, please. A pipe burst under my kitchen sink and water "
              "sprayed everywhere, the floor is soaked and it's dripping into the basement."),
            S("I already shut off the main valve, so it's stopped spraying, but I've got no "
              "water in the whole house and my kids have school tomorrow."),
            S("My name is Sean Murphy, M, U, R, P, H, Y, the address is 58 Walnut Street, "
              "Somerville, zero two one four three, and my number is six one seven, five five "
              "five, oh one eight four."),
            S("Please have the on-call person call me back as soon as possible. Thanks, bye.",
              BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sean Murphy", "+16175550184", about=r"burst|pipe|leak|water|flood",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 20:15", caller="+16175550184",
        tags=("emergency",)),
    Scenario(
        "d44_plumb_renter_moving_out_on_the_thirty_first_needs_the_landlord_first",
        "t_plumb", (
            S("Hi, I'm renting an apartment and I move out on the thirty-first. The kitchen "
              "faucet drips into the sink nonstop, it's not leaking anywhere else, but I need it "
              "fixed before I move out or I lose part of my deposit."),
            S("My landlord has to approve it first, his name is Paul Greco and his number is six "
              "one seven, five five five, oh one nine eight. So please don't book anything yet, "
              "I just want someone to call me back about it."),
            S("My name is Amy Tran, T, R, A, N, the apartment is 33 Elm Street, apartment 2, "
              "Quincy, zero two one six nine."),
            S("And my number is the one I'm calling from, six one seven, five five five, oh one "
              "seven seven. Please have the office call me back today or tomorrow."),
            S("Yes, that's it, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Amy Tran", "+16175550177",
                          about=r"faucet|drip|leak|landlord|move|deposit"),),
        ends_call=True, clock="2026-03-11 07:15", caller="+16175550177",
        tags=("message",)),
    Scenario(
        "d44_plumb_moves_thursday_visit_up_before_the_in_laws_arrive",
        "t_plumb", (
            S("Hi, I have a technician coming Thursday afternoon to look at the shower valve, "
              "but my in-laws are now arriving Thursday morning, so I need to move it up."),
            S("The name on it is Gary Novak, N, O, V, A, K. It's booked for Thursday the "
              "twelfth at one in the afternoon."),
            S("Could you move it to Wednesday the eleventh, the nine o'clock window in the "
              "morning, instead?"),
            S("Yes, so Gary Novak, moved from Thursday the twelfth at one to Wednesday the "
              "eleventh at nine in the morning. Please go ahead and move it."),
            S("Perfect, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 09:00", "Gary Novak", "+19785550109"),),
        cancelled=("2026-03-12 13:00",), said=(at(11, "09:00"),), ends_call=True,
        seed=(Seed("2026-03-12 13:00", "Gary Novak", "+19785550109"),),
        clock="2026-03-09 07:30", caller="+19785550109", tags=("move",)),
    # --- salon (closed Sunday and Monday; Thursdays to 8; hour-long slots) -----------------
    Scenario(
        "d44_salon_anything_before_six_today_then_friday_at_five",
        "t_salon", (
            S("Hi! Any chance you can squeeze me in today before six for a haircut? I have my "
              "cousin's engagement party Saturday night and my hair is a mess."),
            S("It's a women's cut and style, I've been there before, and anyone is fine, I don't "
              "have a favorite stylist."),
            S("Okay, if today's full, then Friday the thirteenth at five in the afternoon, I can "
              "come straight from work."),
            S("My name is Jasmine Park, P, A, R, K, and the number I'm calling from is good, six "
              "one seven, five five five, oh one three one."),
            S("So Jasmine Park, a women's haircut and style on Friday the thirteenth at five in "
              "the afternoon. Yes, please book it."),
            S("Yay, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 17:00", "Jasmine Park", "+16175550131",
                        about=r"cut|style"),),
        said=(at(13, "17:00"),), ends_call=True, fill_days=1, clock="2026-03-11 14:00",
        caller="+16175550131", tags=("booking",)),
    Scenario(
        "d44_salon_just_after_closing_roots_before_a_trip_on_the_nineteenth",
        "t_salon", (
            S("Hi, I guess I just missed you closing. I need my roots done before I leave on a "
              "trip on the nineteenth. I get a single-process color, all over, same shade as "
              "always. How much is that again?"),
            S("I'm a returning client, my hair is shoulder length, medium thickness, and it's "
              "the same dark brown I always get, so no big change."),
            S("Could I come Tuesday the seventeenth at ten in the morning? Anyone who does color "
              "is fine."),
            S("My name is Monica Reyes, R, E, Y, E, S, and my number is eight five seven, five "
              "five five, oh one two two, the one I'm calling from."),
            S("So Monica Reyes, single-process color on Tuesday the seventeenth at ten in the "
              "morning. Please book it."),
            S("Thanks so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Monica Reyes", "+18575550122",
                        about=r"colou?r|root|single"),),
        said=(at(17, "10:00"), r"\b95\b|ninety.five"), ends_call=True,
        clock="2026-03-10 19:10", caller="+18575550122", tags=("booking",)),
    Scenario(
        "d44_salon_half_past_four_on_saturday_mens_cut_before_an_interview",
        "t_salon", (
            S("Hey, I know you're about to close, is there any way to get a quick men's haircut "
              "before you close today? I've got a job interview Wednesday morning."),
            S("It's just a men's haircut, nothing fancy. I've never been there before, and "
              "anybody is fine. How much is it?"),
            S("Okay, if not today, then Tuesday the seventeenth at six in the evening, after "
              "work, that's still before the interview."),
            S("My name is Andre Wallace, W, A, L, L, A, C, E, and my number is this one, six one "
              "seven, five five five, oh one eight nine."),
            S("So Andre Wallace, a men's haircut on Tuesday the seventeenth at six in the "
              "evening. Yes, go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 18:00", "Andre Wallace", "+16175550189",
                        about=r"men|cut"),),
        said=(at(17, "18:00"), r"\b35\b|thirty.five"), ends_call=True,
        clock="2026-03-14 16:30", caller="+16175550189", tags=("booking",)),
    Scenario(
        "d44_salon_wedding_party_of_five_this_saturday_wants_a_call_today",
        "t_salon", (
            S("Hi, this is kind of last minute. My sister's wedding is this Saturday and our "
              "hair person just cancelled on us. Could you do hair for five of us, the bride "
              "and four bridesmaids, Saturday morning?"),
            S("We'd need updos, and we'd have to be done by eleven, the ceremony is at one. I'd "
              "really like someone to call me back today to tell me if it's even possible."),
            S("My name is Olivia Grant, G, R, A, N, T, and my number is the one I'm calling "
              "from, six one seven, five five five, oh one one four."),
            S("Yes, please pass that on to whoever handles weddings. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Olivia Grant", "+16175550114",
                          about=r"wedding|bridesmaid|bride|group|updo|five"),),
        ends_call=True, clock="2026-03-10 11:30", caller="+16175550114",
        tags=("message",)),
    Scenario(
        "d44_salon_how_late_on_thursday_and_a_blowout_price_before_a_gala",
        "t_salon", (
            S("Hi, what time are you open until tonight? I have a gala tomorrow and I'm trying "
              "to figure out my day.", r"\b8\b|eight"),
            S("And how much is a blowout?", r"\b45\b|forty.five"),
            S("Okay, great, I'll call back if I decide to come in. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 09:15",
        caller="+16175550150", tags=("info",)),
    Scenario(
        "d44_salon_party_called_off_cancels_the_saturday_blowout",
        "t_salon", (
            S("Hi, I'm glad you're still open. I had a blowout booked for Saturday before a "
              "party, but the party just got called off, so I need to cancel."),
            S("It's under Hannah Schultz, S, C, H, U, L, T, Z, Saturday the fourteenth at eleven "
              "in the morning."),
            S("Yes, please cancel it. I don't need to rebook, thanks."),
            S("No, that's everything. Bye!", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Hannah Schultz", "+16175550157"),),
        clock="2026-03-12 19:40", caller="+16175550157", tags=("cancel",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday noon to 4; half hours) -----
    Scenario(
        "d44_homes_relocating_buyer_in_town_only_this_weekend",
        "t_homes", (
            S("Hi, I'm relocating from Chicago for a new job, and I'm only in town this "
              "weekend, I fly back Sunday night. I'd like to see the house at 48 Cedar Court on "
              "Saturday."),
            S("We're buying. We don't have an agent here, and we're pre-approved for a mortgage. "
              "We need to be moved in by the end of April."),
            S("Saturday the fourteenth at eleven thirty in the morning would be ideal."),
            S("My name is Rachel Nguyen, N, G, U, Y, E, N, my email is rachel dot nguyen at "
              "gmail dot com, and my cell is this number, three one two, five five five, oh one "
              "six two."),
            S("So Rachel Nguyen, a showing at 48 Cedar Court on Saturday the fourteenth at "
              "eleven thirty in the morning. Yes, please book it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Rachel Nguyen", "+13125550162",
                        about=r"Cedar|show"),),
        said=(at(14, "11:30"),), ends_call=True, clock="2026-03-12 17:45",
        caller="+13125550162", tags=("booking",)),
    Scenario(
        "d44_homes_sunday_rental_showing_before_he_flies_home",
        "t_homes", (
            S("Hi, I'm calling about the one-bedroom condo for rent at 9 Harbor View, unit 3B. "
              "I'm only in town until Sunday evening, and I need a place by April first."),
            S("I'm renting, it's just me, and I don't have an agent. Are you open on Sunday? I "
              "could do Sunday afternoon."),
            S("Then Sunday the fifteenth at one in the afternoon, please."),
            S("My name is Kevin Moreau, M, O, R, E, A, U, my email is kevin moreau at yahoo dot "
              "com, and my number is this one, six four six, five five five, oh one one "
              "eight."),
            S("So Kevin Moreau, a rental showing at 9 Harbor View, unit 3B, on Sunday the "
              "fifteenth at one in the afternoon. Yes, book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Kevin Moreau", "+16465550118",
                        about=r"Harbor|rent|show|condo"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-13 09:30",
        caller="+16465550118", tags=("booking",)),
    Scenario(
        "d44_homes_job_transfer_seller_has_to_list_before_april",
        "t_homes", (
            S("Hi, I know it's after hours. My company is transferring me to Austin on April "
              "first, so I need to get my house on the market fast. I'd like someone to come "
              "look at it this week."),
            S("We're selling. It's a three-bedroom at 15 Orchard Lane in Newton, and it's not "
              "listed with anyone else."),
            S("Wednesday the eleventh at five in the evening works, after I'm home from work."),
            S("My name is Gregory Sato, S, A, T, O, my email is greg sato at gmail dot com, and "
              "my cell is the number I'm calling from, six one seven, five five five, oh one oh "
              "three."),
            S("So Gregory Sato, a listing appointment at 15 Orchard Lane on Wednesday the "
              "eleventh at five in the evening. Yes, go ahead and book it."),
            S("Thanks, good night, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 17:00", "Gregory Sato", "+16175550103",
                        about=r"valu|list|sell|Orchard"),),
        said=(at(11, "17:00"),), ends_call=True, clock="2026-03-09 20:30",
        caller="+16175550103", tags=("booking",)),
    Scenario(
        "d44_homes_lease_ends_on_the_thirty_first_wants_the_agent_to_call",
        "t_homes", (
            S("Hi, I'm calling about the two-bedroom apartment for rent on Elm Street, the one "
              "listed last week. My lease ends on the thirty-first and I need to know if it's "
              "still available."),
            S("I can't pick a showing time until I know my work schedule, so please just have "
              "the agent call me back today. My move-in date would be April first."),
            S("My name is Priscilla Adams, A, D, A, M, S, and my number is six one seven, five "
              "five five, oh one two nine, that's this phone."),
            S("Yes, please pass that on. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Priscilla Adams", "+16175550129",
                          about=r"Elm|rent|two.bedroom|apartment|avail|April|lease"),),
        ends_call=True, clock="2026-03-10 08:30", caller="+16175550129",
        tags=("message",)),
    Scenario(
        "d44_homes_sunday_open_house_buyers_want_to_offer_today",
        "t_homes", (
            S("Hi, is the open house at 22 Birch Lane still going on today? We walked through "
              "it this morning."),
            S("We loved it, and we're worried somebody else will grab it before Monday. We're "
              "pre-approved and ready to go."),
            S("Could you put me through to one of your agents right now, please? We want to "
              "talk about making an offer today.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-15 13:00",
        caller="+17815550140", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "d44_homes_portuguese_caller_wants_to_see_a_flat_before_flying_home",
        "t_homes", (
            S("Olá, bom dia. Eu queria ver o apartamento para alugar na Beacon Street, número "
              "210. Eu volto para o Brasil no domingo, então preciso ver antes.", NOT_ENGLISH),
            S("Meu nome é Marta Silva. Marta, M, A, R, T, A. Silva, S, I, L, V, A."),
            S("O meu número é este, seis um sete, cinco cinco cinco, zero um seis cinco. Por "
              "favor, peça para alguém me ligar."),
            S("Sim, obrigada. Tchau.", r"bye|tchau|adeus|take care|have a"),
        ),
        outcome="message_taken",
        messages=(Message("Marta Silva", "+16175550165",
                          about=r"Portugu|Beacon|apartment|apartamento|rent|alug|show|visit"
                                r"|\bver\b|language"),),
        ends_call=True, clock="2026-03-12 11:00", caller="+16175550165",
        tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "d44_auto_driving_to_florida_friday_oil_change_thursday_at_opening",
        "t_auto", (
            S("Hi, I'm hoping to catch you before six. I'm driving to Florida Friday morning and "
              "I need an oil change and the tires rotated before I go. Anything tonight?"),
            S("It's a twenty nineteen Honda Odyssey, about sixty-two thousand miles, no warning "
              "lights, it drives fine. How much is the oil change?"),
            S("If tonight's out, then Thursday the twelfth at seven thirty in the morning, as "
              "soon as you open, and I'll wait for it."),
            S("My name is Derek Lawson, L, A, W, S, O, N, and this number's my cell, six one "
              "seven, five five five, oh one oh six."),
            S("So Derek Lawson, oil change and tire rotation on the Odyssey, Thursday the "
              "twelfth at seven thirty in the morning. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Derek Lawson", "+16175550106",
                        about=r"oil|rotat"),),
        said=(at(12, "07:30"), r"\b89\b|eighty.nine"), ends_call=True,
        clock="2026-03-10 17:50", caller="+16175550106", tags=("booking",)),
    Scenario(
        "d44_auto_check_engine_light_twenty_to_three_saturday_takes_monday",
        "t_auto", (
            S("Hi, are you still open? My check engine light came on this morning, and I'm "
              "supposed to drive to my daughter's graduation on the twenty-first. Can you look "
              "at it before you close today?"),
            S("It's a twenty sixteen Toyota Camry, around ninety thousand miles. The light is on "
              "steady, it's not flashing, and the car drives normally, no smoke or smells."),
            S("Okay, if not today, then Monday the sixteenth at seven thirty in the morning. "
              "I'll drop it off and leave it."),
            S("My name is Lisa Ferraro, F, E, R, R, A, R, O, and the number is this one, five oh "
              "eight, five five five, oh one nine oh."),
            S("So Lisa Ferraro, the Camry, check engine light, Monday the sixteenth at seven "
              "thirty in the morning, drop off. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:30", "Lisa Ferraro", "+15085550190",
                        about=r"check engine|engine|light|diagnos"),),
        said=(at(16, "07:30"),), ends_call=True, clock="2026-03-14 14:40",
        caller="+15085550190", tags=("booking",)),
    Scenario(
        "d44_auto_brakes_went_soft_on_the_highway_needs_the_car_tomorrow",
        "t_auto", (
            S("Hi, I need help fast. My brakes just went really soft, the pedal almost goes to "
              "the floor, and I pulled off the highway into a gas station. I need the car "
              "tomorrow to drive to work, can you fix it today?"),
            S("I'm off the road, I'm safe, nobody's hurt. It's a twenty fourteen Ford Escape."),
            S("My name is Raymond Pratt, P, R, A, T, T, and my number is nine seven eight, five "
              "five five, oh one seven five. Please have a service advisor call me about getting "
              "it towed in."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Pratt", "+19785550175", about=r"brake", urgent=True),),
        said=(TOW,), ends_call=True, clock="2026-03-11 17:30", caller="+19785550175",
        tags=("emergency",)),
    Scenario(
        "d44_auto_after_closing_wants_an_update_car_needed_by_friday",
        "t_auto", (
            S("Hi, my car's been at your shop since Monday for a noise in the transmission, and "
              "I haven't heard anything. I need it back by Friday, I'm driving to a funeral in "
              "Maine on Saturday."),
            S("It's a twenty seventeen Subaru Outback, under the name Patrick Doyle, D, O, Y, L, "
              "E."),
            S("I know you're closed now, so please have the service advisor call me tomorrow "
              "morning with an update. My number is six one seven, five five five, oh one one "
              "one, this phone."),
            S("Yes, that's right, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patrick Doyle", "+16175550111",
                          about=r"update|Outback|Subaru|transmission|Friday|funeral|car"),),
        ends_call=True, clock="2026-03-11 18:20", caller="+16175550111",
        tags=("message",)),
    Scenario(
        "d44_auto_saturday_hours_and_a_rotation_price_before_a_sunday_drive",
        "t_auto", (
            S("Hi, I'm driving up to Vermont early Sunday morning. Are you open this Saturday, "
              "and until what time?", r"\b3\b|three"),
            S("And how much is a tire rotation?", r"\b29\b|twenty.nine"),
            S("Okay, great, I don't want to book anything right now, I'll see how my week "
              "goes. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 12:40",
        caller="+16175550192", tags=("info",)),
    Scenario(
        "d44_auto_dead_battery_before_a_flight_tonight_then_the_line_goes_quiet",
        "t_auto", (
            S("Hi, my car wouldn't start this morning, a neighbor jumped it, and I need a new "
              "battery today before I drive to the airport tonight. Can you do it this "
              "morning?"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 07:35",
        caller="+16175550168", tags=("hangup",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) ------------------
    Scenario(
        "d44_vet_kennel_wants_the_booster_before_the_friday_trip",
        "t_vet", (
            S("Hi, I know you close soon. We're going away on Friday and the kennel just told me "
              "my dog's distemper booster is out of date, and they won't take him without it. "
              "Can he get it before Friday?"),
            S("No, he's totally fine, no emergency, he just needs the shot. We've been coming to "
              "you for years. He's Bruno, a four-year-old boxer."),
            S("Wednesday the eleventh at five thirty in the evening would be great, after "
              "work."),
            S("My name is Carmen Vega, V, E, G, A, and my number is the one I'm calling from, "
              "six one seven, five five five, oh one four four."),
            S("So Carmen Vega, Bruno's distemper booster on Wednesday the eleventh at five "
              "thirty in the evening. Yes, please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 17:30", "Carmen Vega", "+16175550144",
                        about=r"distemper|booster|vaccin|shot"),),
        said=(at(11, "17:30"),), ends_call=True, clock="2026-03-09 17:40",
        caller="+16175550144", tags=("booking",)),
    Scenario(
        "d44_vet_sunday_evening_cat_checkup_before_the_move_to_denver",
        "t_vet", (
            S("Hi, I know you're closed, I'll just leave this with you. I'm moving to Denver on "
              "the twenty-fifth, and my cat needs a checkup and his rabies shot before we go, "
              "the new building wants his records up to date."),
            S("He's not sick at all, it's just routine. He's Mochi, a three-year-old orange "
              "tabby, and we've been there before."),
            S("Tuesday the seventeenth at eight in the morning would work, before work."),
            S("My name is Julia Bergstrom, B, E, R, G, S, T, R, O, M, and my number is this "
              "phone, six one seven, five five five, oh one eight seven."),
            S("So Julia Bergstrom, a checkup and rabies shot for Mochi on Tuesday the "
              "seventeenth at eight in the morning. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Julia Bergstrom", "+16175550187",
                        about=r"wellness|check|exam|rabies|vaccin"),),
        said=(at(17, "08:00"),), ends_call=True, clock="2026-03-15 19:00",
        caller="+16175550187", tags=("booking",)),
    Scenario(
        "d44_vet_dog_ate_grapes_just_after_the_saturday_noon_closing",
        "t_vet", (
            S("Hi, is anyone still there? I know it's just after noon on a Saturday. My dog just "
              "ate a whole bunch of grapes off the counter, like a big handful, maybe ten "
              "minutes ago. Can I bring her in right now?"),
            S("She's a beagle, Daisy, she's six, and she's acting normal so far, but I read that "
              "grapes are bad for dogs."),
            S("My name is Thomas Reilly, R, E, I, L, L, Y, my number is seven eight one, five "
              "five five, oh one five three. Please have the vet call me when you can."),
            S("Okay, I'm getting in the car now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Thomas Reilly", "+17815550153", about=r"grape", urgent=True),),
        said=(VET_NOW,), ends_call=True, clock="2026-03-14 12:15", caller="+17815550153",
        tags=("emergency",)),
    Scenario(
        "d44_vet_moves_friday_vaccines_up_because_she_leaves_at_noon",
        "t_vet", (
            S("Hi, I have an appointment Friday afternoon for my cat's vaccines, but I just "
              "found out I'm leaving Friday at noon, so I need something earlier."),
            S("The name on the appointment is Eleanor Fitch, F, I, T, C, H. It's Friday the "
              "thirteenth at four thirty in the afternoon, for Pepper."),
            S("Could you move it to Thursday the twelfth at eight thirty in the morning?"),
            S("Yes, so Eleanor Fitch, moved from Friday the thirteenth at four thirty to "
              "Thursday the twelfth at eight thirty in the morning. Please go ahead and move "
              "it."),
            S("Wonderful, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Eleanor Fitch", "+16175550172"),),
        cancelled=("2026-03-13 16:30",), said=(at(12, "08:30"),), ends_call=True,
        seed=(Seed("2026-03-13 16:30", "Eleanor Fitch", "+16175550172"),),
        clock="2026-03-10 12:45", caller="+16175550172", tags=("move",)),
    Scenario(
        "d44_vet_saturday_hours_and_a_rabies_price_before_the_kennel",
        "t_vet", (
            S("Hi, are you open this Saturday morning, and until what time? My dog goes to the "
              "kennel Saturday afternoon.", r"\b12\b|noon|twelve"),
            S("And how much is a rabies vaccine there?", r"\b30\b|thirty"),
            S("Okay, thanks, I'll check his records first and call back if I need it. Bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 07:50",
        caller="+16175550136", tags=("info",)),
    Scenario(
        "d44_vet_spay_on_monday_unsure_about_food_the_night_before_asks_for_the_team",
        "t_vet", (
            S("Hi, my dog Biscuit is having her spay with you on Monday morning, and I'm not "
              "sure about food and water the night before."),
            S("The sheet you gave me got wet and I can't read it anymore, and I really don't "
              "want to get it wrong and have them cancel the surgery."),
            S("Could you put me through to someone on the team, a person, please?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-14 10:15",
        caller="+16175550124", overrides=TRANSFER_LINE, tags=("person",)),
]
