"""A thirty-seventh development set: 48 scripted callers, six in each of the fleet's eight trades,
who are ordinary callers with no theme of their own, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-37) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and the twenty-eighth
set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and first callers and tests/scenarios/harness.py; the
read-back patterns from tests/scenarios/spoken.py (`at()`, `read_back()`); the shape from
tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds, KINDS_37
below). Its callers' names start with `d37_` and the trade.

What makes it different: nothing, on purpose. It is meant as the closest thing to an unseen
exam, so its callers are the typical ones a caller-experience researcher would script after
listening to a week of real calls to each kind of small business: first-time and returning
callers phoning about the things those businesses hear about all day, phrased the way people
actually phrase them, not tidily. A patient new to the area wants "the whole first visit thing",
a returning one is "embarrassed to say it's been like two years", another's tooth is "really
sensitive to cold, like when I drink ice water"; a man needs his yearly physical, a woman new in
town asks what a visit costs without insurance, a student needs a form filled in for her nursing
program; a wife asks about a divorce and the fee, a man rear-ended at a light wants to talk to a
lawyer before the other driver's insurer, a retired couple's daughter "finally made us call"
about their wills; a toilet runs all night, a faucet is still in its box, a fifteen-year-old water
heater rumbles, a technician never came back with the part; a first men's cut, the usual root
color booked on the salon's closed Monday, a blowout for a sister's fortieth; a listing seen on
the website, a rental on Hollis Street after work, a house to sell "probably in the spring"; an
oil change, a check engine light "not flashing, it's just on", a drip on the driveway after
Saturday's oil change; a new puppy's first visit, an old cat drinking more water, a beagle's
blood work nobody called about. The emergencies are the ones those trades really get: a jaw
swelling up toward the eye on a Friday night, chest pressure and a heavy arm, a son arrested
overnight, a pipe burst on a Sunday night, an engine steaming on the roadside, a dog into the
sugar-free gum. Some ask a price, an hour or the Sunday hours and nothing else, some ask for a
person after a question or two, one speaks Spanish and one Portuguese, one goes quiet after "hang
on, someone's at the door". They come in the held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8
messages with the caller's own reason and callback number, 6 emergencies, 2 moves and 2
cancellations of a seeded booking, 4 question-only calls, 3 asks for a person, 1 Spanish and 1
Portuguese caller, 1 early hang-up), and ring at the hours such calls come in, via `clock=`:
before opening, at lunch, after closing, on a Saturday, on a Sunday night, on the salon's closed
Monday. Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good
wording passes, and every price and hour it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev37

which prints `RESULT dev37_pass_rate=`, measured and never gated.
Its first run, on main at 72acace, before anyone had read a transcript of it: 45/48 = 0.9375.
Its three failing transcripts were then read for errors of the set's own (a check rejecting an
honest good reply, a time off the grid or outside hours, a script that cannot finish, a fact that
is not the business's): none of the three failures was one. One check was widened while reading
them: NO_CHARGE, which looks for the personal injury evaluation's fee of nothing, did not accept
"no fee", an honest way to say it; it now does. That changed no verdict (the reply it was checked
against named no price at all), and no caller's line was changed. The second run, with that
change: 45/48 = 0.9375, the same three failing, each on the receptionist's side. A question-only
caller (the flu shot's price, walk-ins, weekends) is taken into the booking questions after her
second question, and her "Okay, got it. Thanks, bye." is answered with "What day and time would
work best for you?" and never hung up on. A booking (the man rear-ended at a light) is made right,
but his "do you charge for a first meeting about an accident?" is answered with the firm's general
hourly, flat or contingency fee answer instead of the injury evaluation's no charge. A message
(an oil drip after Saturday's oil change, "call me about it") is never taken: the caller is
offered appointment slots three times and the call ends with nothing passed on.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller answers the trade's usual questions (new or returning, the insurance,
the address and ZIP, the car, the pet, the other party, in person or by video) without being
asked, and a later line says the final day and time plainly with the service and the name the
booking or message is to be under; a booking is read back (`said=`) with its final day and time,
and where the callback is not the line the call comes from, `said=` also checks that the whole
number was read back, in digits or in words, in order. Only a call with `overrides` carrying a
transfer number, inside opening hours, has a line to transfer to (the caller asks for a person
only in the last line, after a question or two that need no person). An emergency ends with an
urgent message; a routine message is not urgent. A call whose last line says goodbye is hung up
by the receptionist (`ends_call=True`); one that ends on a request for a person is transferred
and not hung up; the caller who goes quiet is asked whether they are still there and then let
go (`abandoned`).
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
KINDS_37 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
# a goodbye in English, Spanish or Portuguese
BYE_ANY = (BYE + r"|adi[oó]s|hasta (?:luego|pronto)|que (?:le|te) vaya|cu[ií]de(?:se|te)"
           r"|tchau|at[eé] (?:logo|mais)|adeus|tenha um bom")
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|disculp"
               r"|desculp|portugu[eê]s|\bnome\b|mensagem|name|message")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|no fee|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")


def price(amount: int, words: str) -> str:
    """A price from the business's own list, in digits ("$89", "89 dollars") or in words."""
    return rf"\b{amount}\b|{words}"


DEV_CALLERS_37: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d37_dental_new_to_the_area_wants_the_whole_first_visit_monday_at_nine",
        "t_dental", (
            S("Hi, yeah, um, I just moved here from Chicago and I'm looking for a new dentist. "
              "Are you taking new patients? I'd need, like, a cleaning and a checkup, the whole "
              "first visit thing."),
            S("No, nothing hurts, no swelling, it's just been about a year since my last "
              "cleaning. I have MetLife dental through my job, and I'm the policy holder."),
            S("Could I come in Monday the sixteenth? Nine in the morning would be perfect, "
              "before I go into work."),
            S("My name is Danielle Okoro, O, K, O, R, O. Date of birth is July twenty-second, "
              "nineteen ninety-one. And you can reach me at this number, seven eight one, five "
              "five five, oh one two six."),
            S("Okay, so that's Danielle Okoro, the new patient exam and cleaning, Monday the "
              "sixteenth at nine in the morning, and seven eight one, five five five, oh one two "
              "six. Yes, please book that."),
            S("Great. Do I need to bring anything with me?",
              r"photo ID|\bID\b|insurance card|fifteen|\b15\b|forms|medication"),
            S("Perfect, thank you so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Danielle Okoro", "+17815550126",
                        about=r"new patient|exam|clean|x-?ray|check"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-10 12:20",
        caller="+17815550126", tags=("booking",)),
    Scenario(
        "d37_dental_tooth_sensitive_to_cold_for_two_weeks_friday_first_thing",
        "t_dental", (
            S("Hi, I'm a patient there, I've been coming for a few years. I've got a tooth on the "
              "upper right that's been really sensitive to cold, like when I drink ice water, for "
              "maybe two weeks now. I'd like to get it looked at."),
            S("It's not a constant pain, just the cold thing, and there's no swelling at all. My "
              "insurance is Delta Dental, through my wife's work, so she's the policy holder."),
            S("Is there anything Friday morning? First thing, eight o'clock, would be ideal, "
              "before work."),
            S("It's Erik Lindqvist, L, I, N, D, Q, V, I, S, T. Birthday is March third, nineteen "
              "seventy-eight. Best number is this one I'm calling from, five oh eight, five five "
              "five, oh one seven one."),
            S("So, Erik Lindqvist, Friday the thirteenth at eight in the morning, for the "
              "sensitive tooth. That works, go ahead and book it."),
            S("Alright, thanks a lot. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:00", "Erik Lindqvist", "+15085550171",
                        about=r"sensitiv|cold|tooth|exam|look"),),
        said=(at(13, "08:00"),), ends_call=True, clock="2026-03-10 17:25",
        caller="+15085550171", tags=("booking",)),
    Scenario(
        "d37_dental_two_years_overdue_for_a_cleaning_wednesday_at_four",
        "t_dental", (
            S("Hi there. I'm embarrassed to say it's been like two years since I've had a "
              "cleaning, but I used to go to you guys, so I'm not new, I'm in your system. Can I "
              "get a cleaning scheduled?"),
            S("No, no pain or anything. It's just, you know, way overdue. We have Aetna dental, "
              "it's through my husband, he's the policy holder."),
            S("I work until three-thirty most days, so could I do Wednesday the eighteenth, at "
              "four in the afternoon?"),
            S("My name's Maria Castellano. Date of birth, October fourteenth, nineteen "
              "eighty-two. My cell is four one three, five five five, oh one five eight, that's "
              "the one I'm on now."),
            S("Okay, so Maria Castellano, a cleaning, Wednesday the eighteenth at four PM. That's "
              "fine, please book it."),
            S("Thanks so much, have a good weekend. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:00", "Maria Castellano", "+14135550158",
                        about=r"clean|check|exam"),),
        said=(at(18, "16:00"),), ends_call=True, clock="2026-03-13 16:40",
        caller="+14135550158", tags=("booking",)),
    Scenario(
        "d37_dental_statement_she_thought_insurance_covered_call_her_cell",
        "t_dental", (
            S("Hi, I got a statement in the mail from you guys saying I owe eighty-four dollars "
              "for my cleaning back in January, and I thought my insurance covered cleanings a "
              "hundred percent. Can somebody from billing call me about it?"),
            S("I don't need an appointment or anything, I just want someone to look at the bill "
              "and call me back."),
            S("The name is Linda Marchetti, M, A, R, C, H, E, T, T, I. The account's under me."),
            S("Please don't call the number I'm calling from, that's my home line and nobody's "
              "ever there. Call my cell, six one seven, five five five, oh one eight seven."),
            S("So that's Linda Marchetti, about the eighty-four dollar bill from January, on my "
              "cell, six one seven, five five five, oh one eight seven. Thanks."),
            S("Okay, thank you. Bye-bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Linda Marchetti", "+16175550187",
                          about=r"bill|statement|insurance|balance|charg|owe|eighty|84|pay",
                          urgent=False),),
        said=(read_back("+16175550187"),), ends_call=True, clock="2026-03-11 12:35",
        caller="+16175550133", tags=("message",)),
    Scenario(
        "d37_dental_jaw_swelling_up_toward_the_eye_on_a_friday_night",
        "t_dental", (
            S("Hi, I know you're closed, but I've had a toothache on the bottom for a few days "
              "and tonight my whole jaw is swollen and it's kind of going up toward my eye, and "
              "it's getting hard to swallow. What do I do?", ER),
            S("Okay. Okay, my husband's going to drive me. But can you please let the dentist "
              "know? I'm a patient there."),
            S("My name is Rachel Abernathy, A, B, E, R, N, A, T, H, Y, and my number is nine "
              "seven eight, five five five, oh one six two, the one I'm calling from."),
            S("It's the swelling in my jaw from the bottom tooth, going up toward my eye. Please "
              "have someone call me tomorrow."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Abernathy", "+19785550162",
                          about=r"swell|jaw|eye|tooth|swallow", urgent=True),),
        ends_call=True, clock="2026-03-13 19:10", caller="+19785550162",
        tags=("emergency",)),
    Scenario(
        "d37_dental_cancels_thursday_cleaning_for_a_work_trip",
        "t_dental", (
            S("Hi, good morning, I'm calling to cancel my appointment. I have a cleaning this "
              "Thursday at ten, and I just found out I have to go out of town for work."),
            S("It's under Helen Carter, Thursday the twelfth, ten in the morning. Date of birth "
              "June fifth, nineteen sixty-seven, if you need it."),
            S("Yes, please cancel it. I'll call back to reschedule once I know my schedule, I "
              "don't want to pick a new day right now."),
            S("No, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Helen Carter", "+12035550149"),),
        clock="2026-03-10 07:50", caller="+12035550149", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ----------------------------
    Scenario(
        "d37_clinic_yearly_physical_established_patient_monday_at_eight_forty",
        "t_clinic", (
            S("Hi, good morning. I need to schedule my yearly physical. I've been a patient there "
              "for a while, I think my last physical was about a year ago."),
            S("My name is Gerald Whitmore, date of birth is January nineteenth, nineteen sixty. No "
              "preference on the doctor, whoever's available is fine. And I have Blue Cross Blue "
              "Shield."),
            S("Monday the sixteenth would be good, if you have something early. Eight forty in "
              "the morning?"),
            S("The reason is just the annual physical, a regular checkup. And the best number is "
              "the one I'm calling on, six four six, five five five, oh one one four."),
            S("Alright, so Gerald Whitmore, the annual physical, Monday the sixteenth at eight "
              "forty in the morning. Yes, go ahead and book it."),
            S("Very good. Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Gerald Whitmore", "+16465550114",
                        about=r"physical|annual|check"),),
        said=(at(16, "08:40"),), ends_call=True, clock="2026-03-11 08:05",
        caller="+16465550114", tags=("booking",)),
    Scenario(
        "d37_clinic_new_in_town_no_insurance_asks_the_price_then_books",
        "t_clinic", (
            S("Hi, um, I just moved here and I need to find a regular doctor. I don't have "
              "insurance right now, so how much is it for a new patient visit if I pay myself?",
              price(250, r"two hundred (?:and )?fifty")),
            S("Okay, that's fine. I'd be a new patient. My name is Tamika Johnson, date of birth "
              "April second, nineteen ninety-five. No preference on the doctor."),
            S("The reason is just to get established with a doctor and have a general checkup, "
              "nothing's wrong."),
            S("Thursday the nineteenth in the afternoon would work. One twenty, if you have it."),
            S("So that's Tamika Johnson, new patient visit, Thursday the nineteenth at one twenty "
              "in the afternoon, and I'll pay myself. My number is seven one eight, five five "
              "five, oh one nine three, this phone. Please book it."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:20", "Tamika Johnson", "+17185550193",
                        about=r"new patient|establish|check|physical|visit"),),
        said=(at(19, "13:20"),), ends_call=True, clock="2026-03-16 17:30",
        caller="+17185550193", tags=("booking",)),
    Scenario(
        "d37_clinic_school_physical_for_her_nursing_program_friday_at_ten",
        "t_clinic", (
            S("Hi, I'm starting a nursing program in the fall and they need a physical form "
              "filled out. Do you do those? School physicals?"),
            S("I've been seen there before, like once, for a sick visit last year. My name's "
              "Alyssa Moreno, date of birth December eleventh, two thousand three. I have Aetna "
              "through my mom's plan."),
            S("Any doctor is fine. Could I come Friday the thirteenth at ten in the morning?"),
            S("It's for the school physical for the nursing program, and I'll bring the form. My "
              "number is two oh one, five five five, oh one seven seven."),
            S("Okay, so Alyssa Moreno, school physical, Friday the thirteenth at ten AM. Yes, "
              "please book it."),
            S("How much is that, by the way, if insurance doesn't cover it?",
              price(75, r"seventy[- ]five")),
            S("Okay, thanks. Bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Alyssa Moreno", "+12015550177",
                        about=r"school|physical|nursing|form"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-10 16:50",
        caller="+12015550177", tags=("booking",)),
    Scenario(
        "d37_clinic_blood_pressure_refill_to_the_cvs_on_main_street",
        "t_clinic", (
            S("Hi, I need a refill on my blood pressure medicine. It's lisinopril, ten "
              "milligrams. I've got about a week left."),
            S("My name is Harold Ng, N, G, date of birth August thirtieth, nineteen fifty-four. "
              "I'm a patient of the clinic."),
            S("The pharmacy is the CVS on Main Street. And you can call me back at this number, "
              "nine one four, five five five, oh one oh eight."),
            S("That's Harold Ng, a refill of the lisinopril to the CVS on Main Street, at nine one "
              "four, five five five, oh one oh eight. Thank you."),
            S("Alright, thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Ng", "+19145550108",
                          about=r"refill|lisinopril|blood pressure|prescription|medic",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 13:10", caller="+19145550108", tags=("message",)),
    Scenario(
        "d37_clinic_chest_pressure_and_a_heavy_arm_wants_to_come_in",
        "t_clinic", (
            S("Hi, I'm a patient there. I've had this pressure in my chest for maybe half an hour, "
              "and I'm kind of sweaty, and my left arm feels heavy. Can I come in and see the "
              "doctor this morning?", ER),
            S("Okay, okay, I'll call 911 right after this. Can you please let my doctor know "
              "what's going on?"),
            S("My name is Paul Ferrante, F, E, R, R, A, N, T, E, and my number is five one six, "
              "five five five, oh one three nine, this phone."),
            S("It's the chest pressure and my left arm, and I'm calling the ambulance now. Thank "
              "you, I have to go. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paul Ferrante", "+15165550139",
                          about=r"chest|pressure|arm|breath|911|ambulance", urgent=True),),
        ends_call=True, clock="2026-03-12 10:20", caller="+15165550139",
        tags=("emergency",)),
    Scenario(
        "d37_clinic_flu_shot_price_and_whether_they_open_weekends",
        "t_clinic", (
            S("Hi, quick question. Do you guys do flu shots, and how much is it if I'm paying out "
              "of pocket?", price(40, r"forty")),
            S("Okay. And do I need an appointment for that, or can I just walk in?"),
            S("And you're not open on weekends, right? Like, I'd have to come during the week?",
              r"Monday|Friday|weekday|closed|not open|aren't open|during the week"),
            S("Okay, got it. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:05",
        caller="+12125550172", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) --------------------------------------
    Scenario(
        "d37_law_divorce_consultation_by_video_asks_the_fee_first",
        "t_law", (
            S("Hi, um, I'm looking to talk to someone about a divorce. How much is a "
              "consultation?", price(250, r"two hundred (?:and )?fifty")),
            S("Okay. It's me and my husband, his name is Kevin Marsh, M, A, R, S, H. We've been "
              "separated since last summer. There's no court date or anything yet, and I don't "
              "have a lawyer."),
            S("Could we do it by video? I can step out of work at eleven, so Thursday the "
              "nineteenth at eleven in the morning would be good."),
            S("My name is Stephanie Marsh. My number is three four seven, five five five, oh one "
              "two one, and my email is steph dot marsh at gmail dot com."),
            S("So that's Stephanie Marsh, a divorce consultation by video, Thursday the "
              "nineteenth at eleven AM. Yes, please book it."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Stephanie Marsh", "+13475550121",
                        about=r"divorce|family|separat"),),
        said=(at(19, "11:00"),), ends_call=True, clock="2026-03-16 12:40",
        caller="+13475550121", tags=("booking",)),
    Scenario(
        "d37_law_rear_ended_at_a_light_wants_to_talk_before_the_insurer",
        "t_law", (
            S("Yeah, hi. I got rear-ended at a red light two weeks ago and my neck and back have "
              "been messed up since. The other guy's insurance keeps calling me, and I figured I "
              "should talk to a lawyer first."),
            S("The other driver's name is Dale Hutchins, H, U, T, C, H, I, N, S. There's no court "
              "date, nothing's been filed, and I don't have a lawyer."),
            S("Do you guys charge for that? For, like, a first meeting about an accident?",
              NO_CHARGE),
            S("Could I come in person Wednesday at two in the afternoon? That's the eleventh."),
            S("It's Anthony Russo, and my number is two six seven, five five five, oh one five "
              "four. Email is anthony dot russo at yahoo dot com."),
            S("Okay, so Anthony Russo, the car accident consultation, in person, Wednesday the "
              "eleventh at two PM. Go ahead and book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 14:00", "Anthony Russo", "+12675550154",
                        about=r"accident|injur|rear|car|neck"),),
        said=(at(11, "14:00"),), ends_call=True, clock="2026-03-09 17:45",
        caller="+12675550154", tags=("booking",)),
    Scenario(
        "d37_law_retired_couple_finally_doing_their_wills_friday_at_ten",
        "t_law", (
            S("Good morning. My husband and I have been meaning to get our wills done for, oh, "
              "years now, and our daughter finally made us call. Is that something you do?"),
            S("It's just the two of us, nobody else involved, no deadline or anything. We don't "
              "have a lawyer. It's basic, I think, the house and some retirement accounts, and "
              "we want things to go to our two kids."),
            S("In person is better for us. Could we come in Friday the thirteenth at ten in the "
              "morning?"),
            S("I'm Barbara Kowalski, K, O, W, A, L, S, K, I. You can call me at nine seven three, "
              "five five five, oh one one six, and the email is b kowalski at comcast dot net."),
            S("So that's Barbara Kowalski, the wills consultation, in person, Friday the "
              "thirteenth at ten in the morning. Yes, please go ahead and book it."),
            S("Wonderful. Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Barbara Kowalski", "+19735550116",
                        about=r"will|estate"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-11 09:10",
        caller="+19735550116", tags=("booking",)),
    Scenario(
        "d37_law_landlord_tenant_three_months_behind_on_rent",
        "t_law", (
            S("Hi, yeah, I own a two-family house and the tenant downstairs hasn't paid rent in "
              "three months. I want to know if you guys handle evictions. Can a lawyer call me "
              "back Monday?"),
            S("I'd rather just have someone call me, I don't want to set up anything yet. The "
              "tenant's name is Craig Dunleavy. There's no court date yet."),
            S("My name is Victor Almeida, A, L, M, E, I, D, A, and the number is seven three two, "
              "five five five, oh one eight eight, the same one I'm calling from."),
            S("It's about evicting the tenant for not paying rent, three months behind. That's "
              "Victor Almeida, seven three two, five five five, oh one eight eight."),
            S("Okay, thanks a lot. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Almeida", "+17325550188",
                          about=r"evict|tenant|rent|landlord", urgent=False),),
        ends_call=True, clock="2026-03-14 11:30", caller="+17325550188", tags=("message",)),
    Scenario(
        "d37_law_son_arrested_overnight_before_the_judge_this_afternoon",
        "t_law", (
            S("Hi, I need a lawyer. My son was arrested last night, they're holding him at the "
              "county jail, and somebody said he's going before the judge this afternoon. I "
              "don't know what to do."),
            S("His name is Jordan Pierce, he's nineteen. It was a fight outside a bar, I think "
              "they said assault. He doesn't have a lawyer."),
            S("I'm his mother, Denise Pierce, P, I, E, R, C, E. Please have an attorney call me "
              "as soon as you open, at two oh one, five five five, oh one three five."),
            S("Yes, that's Denise Pierce at two oh one, five five five, oh one three five, about "
              "my son Jordan in custody, with court this afternoon. Please, it's urgent."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Pierce", "+12015550135",
                          about=r"arrest|custody|jail|son|court|assault|Jordan", urgent=True),),
        ends_call=True, clock="2026-03-10 07:15", caller="+12015550135",
        tags=("emergency",)),
    Scenario(
        "d37_law_asks_about_video_meetings_then_for_the_front_desk",
        "t_law", (
            S("Hi, is this the law office? I wasn't sure I had the right number."),
            S("Okay. Do you guys do consultations over video? I'm out of state most of the week "
              "for work.", r"video|phone|\byes\b"),
            S("Alright, good. Could I actually just talk to a person at the front desk, please? "
              "I have a few questions I'd rather ask someone.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:10",
        caller="+16095550147", overrides=TRANSFER_LINE, tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) --------------------
    Scenario(
        "d37_plumb_toilet_runs_all_night_saturday_nine_o_clock_window",
        "t_plumb", (
            S("Hey, morning. My toilet upstairs won't stop running, it runs all night, and the "
              "handle's kind of loose. Can you send somebody out?"),
            S("It's not leaking on the floor or anything, just running. I own the house. It's "
              "418 Birch Lane, zip code one oh oh oh two."),
            S("Saturday would be best, I'm home all day. Could someone come Saturday the "
              "fourteenth at nine in the morning?"),
            S("How much do you charge to come out?", price(89, r"eighty[- ]nine")),
            S("My name is Wayne Sullivan, and my number is two one two, five five five, oh one "
              "six six, this phone."),
            S("So it's Wayne Sullivan, 418 Birch Lane, the running toilet, Saturday the "
              "fourteenth at nine AM. Yes, go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Wayne Sullivan", "+12125550166",
                        about=r"toilet|running|handle"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-12 06:50",
        caller="+12125550166", tags=("booking",)),
    Scenario(
        "d37_plumb_new_kitchen_faucet_still_in_the_box_monday_at_one",
        "t_plumb", (
            S("Hi, I bought a new kitchen faucet, it's still in the box, and I need somebody to "
              "put it in. The old one drips and I'm just done with it."),
            S("I own the place, it's a condo, 55 Hudson Street, apartment 4B, zip one oh oh oh "
              "three. Nothing's actively leaking, it's just a slow drip at the faucet."),
            S("Monday the sixteenth, in the afternoon. One o'clock, if you have it."),
            S("It's Naomi Feldman, F, E, L, D, M, A, N. My number's seven one eight, five five "
              "five, oh one oh five."),
            S("So that's Naomi Feldman, 55 Hudson Street, 4B, to install the kitchen faucet, "
              "Monday the sixteenth at one PM. Yes, book it, please."),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Naomi Feldman", "+17185550105",
                        about=r"faucet|kitchen|install"),),
        said=(at(16, "13:00"),), ends_call=True, clock="2026-03-13 19:30",
        caller="+17185550105", tags=("booking",)),
    Scenario(
        "d37_plumb_fifteen_year_old_water_heater_wants_a_call_about_replacing",
        "t_plumb", (
            S("Hi, our water heater is about fifteen years old and it's making a rumbling noise. "
              "It's still working, no leaks, but I think it's time to replace it. Could somebody "
              "call me to talk about that, what it would cost and all?"),
            S("I don't want to schedule anything yet, I'd just like someone to call me back "
              "first. The address is 27 Oak Street, one oh oh oh one, and I own the house."),
            S("My name is Frank Costa, C, O, S, T, A. Call me on my cell, five one six, five five "
              "five, oh one nine two, not the house phone I'm on now."),
            S("So it's Frank Costa, about replacing the water heater, on my cell, five one six, "
              "five five five, oh one nine two. Thanks."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Costa", "+15165550192",
                          about=r"water heater|replac|rumbl", urgent=False),),
        said=(read_back("+15165550192"),), ends_call=True, clock="2026-03-11 12:10",
        caller="+15165550110", tags=("message",)),
    Scenario(
        "d37_plumb_technician_never_came_back_with_the_part",
        "t_plumb", (
            S("Hi, yeah, one of your guys came out last Thursday for my shower valve, and he said "
              "he had to order a part and he'd call me when it came in. Nobody's called, so I'm "
              "just checking."),
            S("It's not leaking, he shut it off so it's fine, we're just using the other "
              "bathroom. I'd like somebody to call me back and tell me when he's coming."),
            S("My name's Keisha Brown, and the address is 210 West Twenty-Third Street, zip one "
              "oh oh oh one."),
            S("Call me at nine one seven, five five five, oh one four three, that's my cell, the "
              "one I'm calling on."),
            S("So, Keisha Brown, about the part for the shower valve and when the technician is "
              "coming back, nine one seven, five five five, oh one four three. Thanks."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Brown", "+19175550143",
                          about=r"part|shower|valve|technician|back|came", urgent=False),),
        ends_call=True, clock="2026-03-16 08:20", caller="+19175550143", tags=("message",)),
    Scenario(
        "d37_plumb_pipe_burst_in_the_basement_on_a_sunday_night",
        "t_plumb", (
            S("Hi, I need someone right away, a pipe burst in my basement and water is spraying "
              "everywhere, it's all over the floor!",
              r"shut|valve|main|turn(?:ed)? (?:it |the water )?off"),
            S("I found the main valve and I turned it off, the spraying stopped, but there's like "
              "two inches of water down there. Nothing's near the electrical panel."),
            S("The address is 92 Maple Avenue, zip one oh oh oh two. I own the house. My name is "
              "Scott Albrecht."),
            S("My number is two oh one, five five five, oh one two eight, the phone I'm on. "
              "Please have someone call me back tonight, it's an emergency."),
            S("Okay. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Scott Albrecht", "+12015550128",
                          about=r"pipe|burst|basement|water|flood|spray|leak", urgent=True),),
        ends_call=True, clock="2026-03-15 21:40", caller="+12015550128",
        tags=("emergency",)),
    Scenario(
        "d37_plumb_starts_about_a_backed_up_sink_then_the_line_goes_quiet",
        "t_plumb", (
            S("Hi, yeah, I'm calling about my kitchen sink, it's backed up and— oh, hang on, "
              "hang on a second, someone's at the door."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 08:05",
        caller="+17325550117", tags=("hangup",)),
    # --- salon (Tuesday to Saturday; closed Sunday and Monday; hour-long slots) ------------
    Scenario(
        "d37_salon_first_mens_cut_since_moving_saturday_at_eleven",
        "t_salon", (
            S("Hey, do you guys do men's cuts? I've never been in before, I just moved near you."),
            S("Just a regular men's haircut, short on the sides. Anybody's fine, I don't have a "
              "stylist or anything."),
            S("How much is it?", price(35, r"thirty[- ]five")),
            S("Cool. Could I come in Saturday at eleven? The fourteenth."),
            S("It's Devin Chen, and my number's three four seven, five five five, oh one six "
              "oh."),
            S("So, Devin Chen, a men's haircut, Saturday the fourteenth at eleven in the morning. "
              "Yep, book it."),
            S("Thanks, see ya. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Devin Chen", "+13475550160",
                        about=r"men|cut|hair"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-12 19:30",
        caller="+13475550160", tags=("booking",)),
    Scenario(
        "d37_salon_usual_root_color_booked_on_the_closed_monday",
        "t_salon", (
            S("Hi, I know you're probably closed today, I just wanted to book my color. I come in "
              "every six weeks or so for my roots."),
            S("Same color as always, just the single process, all over, nothing different. My "
              "hair's shoulder length. I don't need a cut this time."),
            S("I usually see whoever's free, I don't have a set stylist. Could I get Wednesday "
              "the eighteenth at two in the afternoon?"),
            S("My name is Priscilla Gomez, and my number is two oh three, five five five, oh one "
              "eight three."),
            S("So Priscilla Gomez, single process color, Wednesday the eighteenth at two PM. Yes, "
              "please book it."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Priscilla Gomez", "+12035550183",
                        about=r"colou?r|root|single"),),
        said=(at(18, "14:00"),), ends_call=True, clock="2026-03-16 11:00",
        caller="+12035550183", tags=("booking",)),
    Scenario(
        "d37_salon_blowout_saturday_at_nine_for_her_sisters_birthday_dinner",
        "t_salon", (
            S("Hi! I'd like to book a blowout for this Saturday. It's my sister's fortieth "
              "birthday dinner and I want my hair done."),
            S("I've been in before, a couple of times. Anyone's fine. My hair's long, kind of "
              "thick, if that matters."),
            S("Could I get nine in the morning on Saturday, the fourteenth? As early as you "
              "open."),
            S("My name is Rebecca Lawson, and you can reach me at six four six, five five five, "
              "oh one seven nine."),
            S("Okay, so that's Rebecca Lawson, a blowout, Saturday the fourteenth at nine AM. "
              "Yes, book it please."),
            S("How much is the blowout, by the way?", price(45, r"forty[- ]five")),
            S("Perfect, thanks so much. Bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Rebecca Lawson", "+16465550179",
                        about=r"blow"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-10 13:05",
        caller="+16465550179", tags=("booking",)),
    Scenario(
        "d37_salon_moves_thursday_haircut_to_saturday_morning",
        "t_salon", (
            S("Hi, I have a haircut booked for Thursday at five and I need to move it, I have to "
              "stay late at work that day."),
            S("It's under Jasmine Reyes, Thursday the twelfth at five o'clock."),
            S("Could I do Saturday morning instead? Ten o'clock on Saturday the fourteenth, if "
              "that's open."),
            S("Yes, so move it from Thursday at five to Saturday the fourteenth at ten in the "
              "morning, for Jasmine Reyes. Same number."),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Jasmine Reyes", "+19175550124"),),
        cancelled=("2026-03-12 17:00",), said=(at(14, "10:00"),), ends_call=True,
        seed=(Seed("2026-03-12 17:00", "Jasmine Reyes", "+19175550124"),),
        clock="2026-03-10 10:15", caller="+19175550124", tags=("move",)),
    Scenario(
        "d37_salon_balayage_price_and_whether_they_open_sundays",
        "t_salon", (
            S("Hi, I'm just calling to ask, how much do you charge for balayage?",
              price(195, r"one hundred (?:and )?ninety[- ]five")),
            S("Okay. And do I need a consultation first, or can I just book it?"),
            S("And are you open on Sundays? I can usually only do weekends.",
              r"closed|not open|aren't open|don't open|\bno\b|Saturday"),
            S("Okay, I'll think about it. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 14:30",
        caller="+12125550137", tags=("info",)),
    Scenario(
        "d37_salon_asks_tonights_hours_then_for_someone_about_her_color",
        "t_salon", (
            S("Hi, um, is this Fleet Salon? I wasn't sure I had the right number."),
            S("Okay. Are you open until seven tonight?", r"\b7\b|seven|19:00"),
            S("Okay. Could I talk to someone there, like a real person? It's about my color from "
              "last week, I'm not happy with how it came out.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-13 15:30",
        caller="+17815550145", overrides=TRANSFER_LINE, tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "d37_homes_saw_the_linden_court_listing_online_saturday_at_one",
        "t_homes", (
            S("Hi, I saw a listing on your website, the three-bedroom on Linden Court, 27 Linden "
              "Court, and we'd love to go see it."),
            S("We're looking to buy. We're pre-approved with our bank, and we're not working with "
              "an agent. We're hoping to move by the summer."),
            S("Would Saturday the fourteenth at one in the afternoon work for a showing?"),
            S("My name is Olivia Bennett, number is five five one, five five five, oh one one "
              "eight, and email is olivia bennett at gmail dot com."),
            S("So that's Olivia Bennett, the showing at 27 Linden Court, Saturday the fourteenth "
              "at one PM. Yes, please book it."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 13:00", "Olivia Bennett", "+15515550118",
                        about=r"show|Linden|buy|tour|view"),),
        said=(at(14, "13:00"),), ends_call=True, clock="2026-03-12 20:05",
        caller="+15515550118", tags=("booking",)),
    Scenario(
        "d37_homes_two_bedroom_rental_on_hollis_street_after_work_monday",
        "t_homes", (
            S("Hello, I'm calling about the apartment for rent on Hollis Street, the two-bedroom. "
              "Is it still available? I'd like to see it."),
            S("It's 140 Hollis Street, the second floor unit. We'd be renting, me and my partner, "
              "and we need to move in by April first. We don't have an agent."),
            S("I work until five, so could I see it Monday the sixteenth at five thirty?"),
            S("I'm Luis Ortega, O, R, T, E, G, A. My number is two oh one, five five five, oh one "
              "five two, and email luis ortega at outlook dot com."),
            S("So Luis Ortega, the rental showing at 140 Hollis Street, Monday the sixteenth at "
              "five thirty PM. Yes, please book it."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Luis Ortega", "+12015550152",
                        about=r"rent|Hollis|show|apartment"),),
        said=(at(16, "17:30"),), ends_call=True, clock="2026-03-13 11:45",
        caller="+12015550152", tags=("booking",)),
    Scenario(
        "d37_homes_thinking_of_selling_in_the_spring_wants_an_agent_to_call",
        "t_homes", (
            S("Hi, we're thinking about selling our house, probably in the spring, and I'd like "
              "to talk to one of your agents about what it's worth and how it all works."),
            S("It's not listed with anyone. It's 8 Crestview Drive. I don't want to book a "
              "meeting yet, I'd just like an agent to give me a call."),
            S("My name is Sandra Hughes, H, U, G, H, E, S. Call me at nine oh eight, five five "
              "five, oh one three one, that's my cell."),
            S("That's Sandra Hughes, about selling our house on Crestview Drive in the spring, "
              "nine oh eight, five five five, oh one three one."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Hughes", "+19085550131",
                          about=r"sell|Crestview|worth|list|valu|house|home", urgent=False),),
        ends_call=True, clock="2026-03-10 19:15", caller="+19085550131", tags=("message",)),
    Scenario(
        "d37_homes_preapproval_question_and_the_sunday_hours",
        "t_homes", (
            S("Hi, quick question, do I need to be pre-approved for a mortgage before I can go "
              "see a house?", r"pre-?approv"),
            S("Okay. And are you open tomorrow, on Sunday? What hours?", r"\b12\b|noon|twelve"),
            S("Alright, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 16:20",
        caller="+17325550163", tags=("info",)),
    Scenario(
        "d37_homes_portuguese_speaker_about_an_apartment_for_rent",
        "t_homes", (
            S("Olá, bom dia. Eu estou ligando sobre o apartamento para alugar. Vocês falam "
              "português?", NOT_ENGLISH),
            S("Meu nome é Ana Souza. Ana, A, N, A. Souza, S, O, U, Z, A."),
            S("Meu número é o mesmo deste telefone, nove sete três, cinco cinco cinco, zero um "
              "sete quatro. 973 555 0174."),
            S("Por favor, peça para alguém me ligar de volta sobre o apartamento. Obrigada."),
            S("Obrigada, tchau.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Ana Souza", "+19735550174",
                          about=r"portugu|apartament|apartment|alug|rent|call|lig"),),
        ends_call=True, clock="2026-03-11 10:30", caller="+19735550174",
        tags=("language",)),
    Scenario(
        "d37_homes_cancels_saturday_showing_after_an_offer_elsewhere",
        "t_homes", (
            S("Hi, I've got a showing booked for Saturday at eleven and I need to cancel it. We "
              "actually got an offer accepted on another house, so we're all set."),
            S("The name is Brian Okafor, O, K, A, F, O, R. It's Saturday the fourteenth at eleven "
              "in the morning."),
            S("Yes, please cancel it. We don't need to reschedule."),
            S("Nope, that's it. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Brian Okafor", "+16105550127"),),
        clock="2026-03-12 18:40", caller="+16105550127", tags=("cancel",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ---------------
    Scenario(
        "d37_auto_synthetic_oil_change_saturday_at_nine_will_wait",
        "t_auto", (
            S("Hi, good morning. I need an oil change. How much is a synthetic oil change?",
              price(89, r"eighty[- ]nine")),
            S("Okay. It's a 2019 Honda CR-V, about forty-two thousand miles. Nothing wrong with "
              "it, it's just due. I'll wait while you do it."),
            S("Do you have Saturday morning? Nine o'clock on Saturday the fourteenth?"),
            S("My name's Jennifer Walsh, W, A, L, S, H, and my number is eight four five, five "
              "five five, oh one one nine."),
            S("So Jennifer Walsh, an oil change on the CR-V, Saturday the fourteenth at nine AM, "
              "and I'll wait. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Jennifer Walsh", "+18455550119",
                        about=r"oil"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 07:10",
        caller="+18455550119", tags=("booking",)),
    Scenario(
        "d37_auto_check_engine_light_just_on_drop_off_tuesday_at_opening",
        "t_auto", (
            S("Hey, my check engine light came on yesterday. It's not flashing, it's just on, and "
              "the car seems to drive okay. I want to get it checked out."),
            S("It's a 2014 Nissan Altima, around a hundred and twenty-eight thousand miles. I can "
              "drive it in, and I'll drop it off, I can't wait there."),
            S("Can I bring it Tuesday morning, the seventeenth, when you open? Seven thirty?"),
            S("What's the charge just to check it?",
              price(129, r"one hundred (?:and )?twenty[- ]nine")),
            S("Name is Darnell Hayes, H, A, Y, E, S. Number's two six seven, five five five, oh "
              "one nine six."),
            S("So Darnell Hayes, the check engine light on the Altima, drop off Tuesday the "
              "seventeenth at seven thirty AM. Yep, book it."),
            S("Alright, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Darnell Hayes", "+12675550196",
                        about=r"check engine|engine light|diagnos|light"),),
        said=(at(17, "07:30"),), ends_call=True, clock="2026-03-13 18:20",
        caller="+12675550196", tags=("booking",)),
    Scenario(
        "d37_auto_oil_drip_on_the_driveway_after_saturdays_oil_change",
        "t_auto", (
            S("Hi, I got my oil changed there on Saturday, and this morning there's a little "
              "puddle of oil on my driveway under the car. I wanted somebody to know and call me "
              "about it."),
            S("It's a 2017 Toyota Camry. It's just a few drops, the oil light isn't on, and I'm "
              "not driving it anywhere till I hear back."),
            S("Name's Robert Kaminski, K, A, M, I, N, S, K, I. Call me at nine one four, five "
              "five five, oh one eight one."),
            S("So Robert Kaminski, about the oil drip after the oil change on Saturday, at nine "
              "one four, five five five, oh one eight one. Thanks."),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Robert Kaminski", "+19145550181",
                          about=r"oil|drip|leak|puddle", urgent=False),),
        ends_call=True, clock="2026-03-16 12:15", caller="+19145550181", tags=("message",)),
    Scenario(
        "d37_auto_temperature_in_the_red_and_steam_pulled_over_saturday",
        "t_auto", (
            S("Hi, I'm on the side of Route 9, my temperature gauge went all the way into the red "
              "and there's steam coming out from under the hood. I pulled over. What should I "
              "do?", r"tow|don't drive|do not drive|not (?:to )?drive|safe"),
            S("Okay, I'm not going to drive it. I've got roadside assistance through my "
              "insurance, so I can get it towed to you guys. Can somebody call me first thing "
              "Monday morning?"),
            S("It's a 2012 Ford Escape. My name is Kevin Brennan, and my number is five one "
              "eight, five five five, oh one four oh, this cell."),
            S("So Kevin Brennan, the Ford Escape overheated with steam and it's getting towed in, "
              "five one eight, five five five, oh one four oh. It's urgent, please."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Brennan", "+15185550140",
                          about=r"steam|overheat|temperat|tow|hood|engine|red", urgent=True),),
        ends_call=True, clock="2026-03-14 16:30", caller="+15185550140",
        tags=("emergency",)),
    Scenario(
        "d37_auto_moves_wednesday_oil_change_to_friday_at_opening",
        "t_auto", (
            S("Hi, I have an oil change scheduled for Wednesday at eight thirty, and I need to "
              "push it back a couple days."),
            S("It's under Greg Tanaka, T, A, N, A, K, A. Wednesday the eleventh, eight thirty in "
              "the morning."),
            S("Could you move it to Friday the thirteenth, first thing, seven thirty in the "
              "morning?"),
            S("Yes, so Greg Tanaka, move the oil change from Wednesday at eight thirty to Friday "
              "the thirteenth at seven thirty AM. That's right."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:30", "Greg Tanaka", "+17325550102"),),
        cancelled=("2026-03-11 08:30",), said=(at(13, "07:30"),), ends_call=True,
        seed=(Seed("2026-03-11 08:30", "Greg Tanaka", "+17325550102"),),
        clock="2026-03-09 17:20", caller="+17325550102", tags=("move",)),
    Scenario(
        "d37_auto_asks_the_saturday_hours_then_for_the_service_desk",
        "t_auto", (
            S("Hi, is this Fleet Auto? I wasn't sure I had the right number."),
            S("Okay. How late are you open on Saturday?", r"\b3\b|three|15:00"),
            S("Alright. Can I talk to somebody at the service desk, please? My truck's in there "
              "right now and I want to find out what's going on with it.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 11:20",
        caller="+16315550186", overrides=TRANSFER_LINE, tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to 12; half-hour slots) ------------------
    Scenario(
        "d37_vet_new_puppy_first_visit_and_shots_saturday_morning",
        "t_vet", (
            S("Hi! We just got a puppy, and we need to bring him in for his first checkup and "
              "whatever shots he needs. We've never been to you before."),
            S("He's a yellow lab, ten weeks old, his name is Moose. He's totally healthy, no "
              "emergency, he's eating and playing fine. We have the paperwork from the breeder."),
            S("Could we come Saturday morning? Ten thirty on Saturday the fourteenth?"),
            S("My name is Katie Donovan, and my number is six one seven, five five five, oh one "
              "one five."),
            S("So that's Katie Donovan, with Moose, the new puppy exam and shots, Saturday the "
              "fourteenth at ten thirty AM. Yes, please book it."),
            S("Thank you so much! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Katie Donovan", "+16175550115",
                        about=r"pupp|shot|vaccin|new|exam|check|Moose"),),
        said=(at(14, "10:30"),), ends_call=True, clock="2026-03-11 18:45",
        caller="+16175550115", tags=("booking",)),
    Scenario(
        "d37_vet_older_cat_drinking_more_water_thursday_after_work",
        "t_vet", (
            S("Hi, my cat Pepper, she's twelve, she's been drinking a lot more water than usual "
              "for maybe two weeks, and I think she's lost some weight. I'd like the vet to take a "
              "look at her."),
            S("She's eating and acting normal otherwise, no vomiting, it's not an emergency. "
              "We've been coming to you for years."),
            S("Is there anything Thursday afternoon? Four thirty on the nineteenth would be best, "
              "after work."),
            S("My name's Gloria Sandoval, and the number is nine seven eight, five five five, oh "
              "one oh three."),
            S("So Gloria Sandoval, with Pepper, for the drinking a lot and the weight loss, "
              "Thursday the nineteenth at four thirty PM. Yes, please book it."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:30", "Gloria Sandoval", "+19785550103",
                        about=r"drink|water|weight|thirst|sick|exam|Pepper|cat"),),
        said=(at(19, "16:30"),), ends_call=True, clock="2026-03-16 08:10",
        caller="+19785550103", tags=("booking",)),
    Scenario(
        "d37_vet_nobody_called_about_bellas_blood_work",
        "t_vet", (
            S("Hi, my dog Bella had blood work done there on Friday, and they said they'd call "
              "with the results, but I haven't heard anything. Could the vet call me back?"),
            S("She's doing fine, it's not an emergency, I'm just anxious to hear. She's a beagle, "
              "nine years old."),
            S("My name is Susan Park, and the best number is my cell, two oh three, five five "
              "five, oh one six nine, not the office line I'm calling from."),
            S("So that's Susan Park, about Bella's blood work results, on my cell, two oh three, "
              "five five five, oh one six nine. Thank you."),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Susan Park", "+12035550169",
                          about=r"blood|result|lab|Bella", urgent=False),),
        said=(read_back("+12035550169"),), ends_call=True, clock="2026-03-10 12:45",
        caller="+12035550111", tags=("message",)),
    Scenario(
        "d37_vet_dog_ate_sugar_free_gum_on_a_saturday_afternoon",
        "t_vet", (
            S("Hi, my dog just got into my purse and ate a pack of sugar-free gum, like maybe five "
              "or six pieces. Is that bad? What do I do?", VET_NOW),
            S("Okay, okay. I'm going to take him to the emergency place. Can you please let my "
              "vet know? We're clients there."),
            S("He's a terrier mix, Rocky, about twenty-five pounds. My name is Amanda Greer, G, "
              "R, E, E, R, and my number is four one three, five five five, oh one nine oh."),
            S("That's Amanda Greer, four one three, five five five, oh one nine oh, about Rocky "
              "eating the sugar-free gum. Thank you."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Amanda Greer", "+14135550190",
                          about=r"gum|xylitol|sugar|ate|Rocky|toxic|poison", urgent=True),),
        ends_call=True, clock="2026-03-14 14:15", caller="+14135550190",
        tags=("emergency",)),
    Scenario(
        "d37_vet_rabies_shot_price_and_saturday_hours_before_opening",
        "t_vet", (
            S("Hi, how much is a rabies shot for a cat?", price(30, r"thirty")),
            S("Okay. And are you open on Saturdays? What time?",
              r"\b8\b|eight|noon|\b12\b|twelve"),
            S("Alright, thank you, that's all. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 07:30",
        caller="+15085550138", tags=("info",)),
    Scenario(
        "d37_vet_spanish_speaker_for_her_little_dogs_vaccines",
        "t_vet", (
            S("Hola, buenas tardes. ¿Hablan español? Quiero hacer una cita para las vacunas de mi "
              "perrita.", NOT_ENGLISH),
            S("Me llamo Rosa Delgado. Rosa, R, O, S, A. Delgado, D, E, L, G, A, D, O."),
            S("Mi número es el mismo de este teléfono, dos uno tres, cinco cinco cinco, cero uno "
              "siete nueve. 213 555 0179."),
            S("Sí, por favor, que alguien me llame para la cita de las vacunas. Gracias."),
            S("Gracias, adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+12135550179",
                          about=r"spanish|espa[nñ]ol|vacun|vaccin|perr|dog|cita|appoint|call"),),
        ends_call=True, clock="2026-03-12 15:40", caller="+12135550179",
        tags=("spanish",)),
]
