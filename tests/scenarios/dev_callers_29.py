"""A twenty-ninth development set: 48 scripted callers, six in each of the fleet's eight trades,
who want several things in one call, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-29) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, the twenty-eighth set's
module docstring and its test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the read-back pattern
from tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every
rule of it, with the held-out mix of kinds, KINDS_29 below).

What makes it different: every caller wants more than one thing in the same call. Seven book two
appointments (for themselves and a son or a daughter under the child's own name, a second pet, a
second car, a second rental, a second showing), which the catalogue can express: `booked` is a
tuple, and the harness compares the whole list and the number of appointments linked to the
call. Others book and ask a question (a price, what to bring, how a value is worked out, paying
by check), book and then leave a message for a particular member of staff (the nurse), cancel and
then book something else, move an appointment and ask about the notice or the late policy, ask
the prices of two services and book only one, add something to the same visit (a running toilet
to a drain cleaning, a trim to a color, a brake check to an oil change), ask a question and then
leave a message with their own reason and number, ask a question and then ask for a person, or
report an emergency after a routine question (a knocked-out tooth, an arrest, a water heater
letting go, a break-in at a managed rental, a brake pedal to the floor, a dog into the grapes).
All in the held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages, 6 emergencies, 2 moves
and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 French caller who
each want two things, 1 early hang-up who starts on two jobs). A call that books and also leaves
a message, or cancels and books again, expects the outcome "booked" (a booking is what the call
made) with the message or the cancellation checked beside it; a cancellation followed only by a
question is "information_only". The judging stays fair: a reply that honestly says the business
doesn't do a thing or can't say (the price of an unlisted service, a home's value, whether a
listing is still available) and offers what it can passes; the `avoid=` patterns catch only an
invented specific (a dollar figure for an unlisted cleaning, a home's value), and every price,
hour and answer looked for is the business's own (profession_data.py), looked for anywhere in the
call (`said=`) when the caller asked it alongside something else. Calls ring at realistic hours
via `clock=`: before opening, at lunch, just before and after closing, late evening, on a
Saturday, on a Sunday, on the salon's closed Monday.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev29

which prints `RESULT dev29_pass_rate=`, measured and never gated.
Its first run, on branch dev-callers-29 (main at c29d205 plus this set), before anyone had read a
transcript of it: 38/48 = 0.792. Its failing transcripts were then read for errors of the set's
own (a check rejecting an honest good reply, a time off the grid or outside hours, a script too
short to finish, a missing `ends_call`, a name clash): none was found, so no check and no line
was changed. The second run (the `-rx` pytest run, nothing changed): 38/48 = 0.792, the same ten
failures with the same reasons, all the receptionist's: a second booking for a child filed under
the parent's name although the caller gave the child's own, a second booking or showing put on a
day the caller never asked for (one call left three appointments), one of two prices asked for
never given, a question about what to bring or a listed service passed over for the next
booking question, an urgent message's name overwritten by the child's name given after it, and a
message dropped at the read-back when the caller added "no need to book anything yet".

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a later line says the final day, time, service and name plainly (and the
callback number) for each thing the caller wants, and every booking is read back (`said=`) with
its final day and time. Only a call with `overrides` carrying a transfer number, inside opening
hours, has a line to transfer to (the caller asks for a person only in the last line). An
emergency ends with an urgent message; a routine message is not urgent. A call whose last line
says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a request for a
person is transferred and not hung up; the caller who goes quiet is asked whether they are still
there and then let go (`abandoned`).
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

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_29 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
BYE_ES = BYE + r"|adi[oó]s|hasta luego|gracias|buen d[ií]a"
BYE_FR = BYE + r"|au revoir|bonne journ[ée]e|merci"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# 911, the police, or getting somewhere safe
SAFE_NOW = r"911|police|safe|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# twenty-four hours' notice, said any way
DAY_NOTICE = r"twenty[- ]four|\b24\b"

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ONES = (*_DIGITS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "[- ]" + _ONES[n % 10])
    rest = n % 100
    return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " (?:and )?" + _words(rest))


def dollars(amount: int) -> str:
    """A price from the business's own list said either way: "$165", "165 dollars", "one
    hundred sixty-five dollars", "one hundred and sixty five"."""
    return rf"\${amount}(?:\.00)?\b|\b{amount} dollars|\b{_words(amount)}\b"


DEV_CALLERS_29: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev29_dental_cleanings_for_her_and_her_son_back_to_back_on_thursday", "t_dental", (
            S("Hi, good morning. I'd like to book two cleanings, one for me and one for my son, "
              "back to back if you can. We're both existing patients, no pain, no swelling, just "
              "the regular cleaning and checkup."),
            S("Thursday the nineteenth would be best, three in the afternoon for me and four "
              "o'clock for him, right after. We have Delta Dental, and I'm the policy holder for "
              "both of us."),
            S("My name is Grace Okafor, O, K, A, F, O, R, date of birth June third, nineteen "
              "eighty-four, and the best number is the one I'm calling from, six one seven, five "
              "five five, oh one seven one."),
            S("So the first appointment is mine: Grace Okafor, cleaning and checkup, Thursday "
              "the nineteenth at three in the afternoon. Yes, please book that one."),
            S("And the second appointment is for my son, under his own name, Eli Okafor, E, L, "
              "I, he's nine, for a child cleaning and exam, Thursday the nineteenth at four in "
              "the afternoon, same phone number. Please book that one too."),
            S("Yes, that's right, Eli Okafor at four on Thursday the nineteenth. Go ahead and "
              "book it."),
            S("Thank you, that's everything. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Grace Okafor", "+16175550171",
                        about=r"clean|check|exam"),
                Booking("2026-03-19 16:00", "Eli Okafor", "+16175550171",
                        about=r"clean|child|exam")),
        said=(at(19, "15:00"), at(19, "16:00")), ends_call=True, clock="2026-03-10 07:40",
        caller="+16175550171", tags=("booking",)),
    Scenario(
        "dev29_dental_new_patient_exam_with_the_price_and_what_to_bring", "t_dental", (
            S("Hi, I just moved to the area and I'd like to become a new patient. I need the new "
              "patient exam with the X-rays and the cleaning. No pain or anything, it's just "
              "been a while."),
            S("Two questions while I have you: how much is the new patient exam, and what do I "
              "need to bring to the first visit?"),
            S("For the day, Monday the sixteenth at ten in the morning would be perfect. I don't "
              "have dental insurance right now, I'll be paying myself."),
            S("My name is Daniel Rivera, R, I, V, E, R, A, date of birth March second, nineteen "
              "ninety-one, and my number is the one I'm calling from, three four seven, five five "
              "five, oh one two eight."),
            S("So that's Daniel Rivera, new patient exam, Monday the sixteenth at ten in the "
              "morning. Yes, please book it."),
            S("Perfect, thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:00", "Daniel Rivera", "+13475550128",
                        about=r"new patient|exam|x-ray|clean"),),
        said=(at(16, "10:00"), dollars(275),
              r"photo ID|\bID\b|insurance card|medications|fifteen minutes|15 minutes|forms"),
        ends_call=True, clock="2026-03-10 12:30", caller="+13475550128", tags=("booking",)),
    Scenario(
        "dev29_dental_asks_about_saturdays_then_her_daughter_knocks_out_a_tooth", "t_dental", (
            S("Hi, quick question, are you open on Saturdays at all? My daughter needs a checkup "
              "sometime soon."),
            S("Oh my gosh, hang on. Sorry, she just fell off her scooter in the driveway and "
              "knocked out one of her front teeth, a grown-up tooth, and her mouth is bleeding.",
              r"911|emergency|urgent|right away|as soon as|immediately|bleed|tooth"),
            S("She's breathing fine and talking, it's just the tooth and the bleeding. Please "
              "have the dentist call me back as soon as possible, it's urgent. My name is Olivia "
              "Grant, G, R, A, N, T, and my number is two oh one, five five five, oh one six "
              "four."),
            S("Her name is Ava, she's eleven, and we found the tooth. Yes, please pass the "
              "urgent message on to the dentist."),
            S("Thank you, I'll take her to the emergency room if the bleeding doesn't stop. "
              "Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Olivia Grant", "+12015550164", about=r"tooth|teeth", urgent=True),),
        ends_call=True, clock="2026-03-13 15:30", caller="+12015550164", tags=("emergency",)),
    Scenario(
        "dev29_dental_cancels_her_cleaning_then_asks_what_whitening_costs", "t_dental", (
            S("Hi, this is Hannah Weiss. I need to cancel my cleaning on Monday the sixteenth at "
              "nine in the morning, I'm going to be out of town."),
            S("Yes, please cancel Hannah Weiss's appointment on Monday the sixteenth at nine. "
              "I'll call back to rebook when I know my schedule."),
            S("Also, while I have you, how much is the in-office teeth whitening? I've been "
              "thinking about it."),
            S("Okay, good to know. That's all for today, thank you. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-16 09:00",),
        seed=(Seed("2026-03-16 09:00", "Hannah Weiss", "+19175550119"),),
        said=(dollars(450),), ends_call=True, clock="2026-03-11 16:10", caller="+19175550119",
        tags=("cancel",)),
    Scenario(
        "dev29_dental_asks_about_insurance_the_cancellation_policy_and_hsa_cards", "t_dental", (
            S("Hi, I know you're closed on the weekend, I just have a couple of questions. Do you "
              "take PPO dental insurance? I have Cigna through work.",
              r"PPO|most major|insurance|verify|benefits"),
            S("And what's your cancellation policy? How much notice do you need if I have to "
              "cancel an appointment?", DAY_NOTICE),
            S("And can I pay with my HSA card?", r"HSA|FSA|card"),
            S("Great, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:20",
        tags=("info",)),
    Scenario(
        "dev29_dental_asks_if_they_take_cards_then_leaves_billing_a_message", "t_dental", (
            S("Hi, do you take credit cards for the balance, or is it cash only?",
              r"card|credit"),
            S("Okay, good. I also have a question about a bill I got in the mail for my last "
              "visit, I think I was charged twice for the same cleaning. Could someone from "
              "billing call me back?"),
            S("My name is Marcus Feld, F, E, L, D, and my number is five one six, five five five, "
              "oh one three seven."),
            S("It's about the statement for my cleaning on February twentieth, it looks like a "
              "double charge. No rush. Please pass that on to the billing team."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marcus Feld", "+15165550137", about=r"bill|charge|statement",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 17:25", caller="+15165550137", tags=("message",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ------------------------------
    Scenario(
        "dev29_clinic_a_flu_shot_for_her_and_a_sports_physical_for_her_son", "t_clinic", (
            S("Hi, I'd like to book two appointments, one right after the other if possible: a "
              "flu shot for me, and a sports physical for my son, he needs the form filled out "
              "for baseball. We're both established patients."),
            S("Friday the thirteenth, three forty in the afternoon for me and four o'clock for "
              "him. We have Blue Cross Blue Shield."),
            S("I'm Karen Liu, L, I, U, date of birth October first, nineteen seventy-nine, and "
              "the best number is the one I'm on, seven one eight, five five five, oh one five "
              "two."),
            S("So the first one is mine: Karen Liu, flu shot, Friday the thirteenth at three "
              "forty in the afternoon. Please book it."),
            S("And the second is for my son, under his own name, Ryan Liu, R, Y, A, N, date of "
              "birth May fifth, twenty twelve, sports physical, Friday the thirteenth at four in "
              "the afternoon, same number. Please book that one too."),
            S("Yes, that's right, Ryan Liu at four on Friday the thirteenth. Go ahead and book "
              "it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:40", "Karen Liu", "+17185550152", about=r"flu"),
                Booking("2026-03-13 16:00", "Ryan Liu", "+17185550152",
                        about=r"sport|physical")),
        said=(at(13, "15:40"), at(13, "16:00")), ends_call=True, clock="2026-03-10 19:45",
        caller="+17185550152", tags=("booking",)),
    Scenario(
        "dev29_clinic_books_an_annual_physical_and_asks_what_to_bring_and_the_price",
        "t_clinic", (
            S("Good morning, I'd like to schedule my annual physical. I'm an established "
              "patient, I was last in about a year ago."),
            S("Is Monday the sixteenth at nine twenty in the morning open? And what should I "
              "bring with me?"),
            S("My name is Samuel Okoro, O, K, O, R, O, date of birth January fourteenth, "
              "nineteen sixty-eight, I have Aetna, and my number is nine one seven, five five "
              "five, oh one eight three."),
            S("So that's Samuel Okoro, annual physical, Monday the sixteenth at nine twenty in "
              "the morning. Yes, please book it."),
            S("And how much is the physical if I end up paying for it myself?"),
            S("Okay, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:20", "Samuel Okoro", "+19175550183",
                        about=r"physical|annual"),),
        said=(at(16, "09:20"), r"photo ID|\bID\b|insurance card|medication", dollars(225)),
        ends_call=True, clock="2026-03-11 08:05", caller="+19175550183", tags=("booking",)),
    Scenario(
        "dev29_clinic_books_a_follow_up_then_leaves_the_nurse_a_refill_message", "t_clinic", (
            S("Hi, two things today. First, I need a follow-up visit with the doctor about my "
              "blood pressure. I'm an established patient."),
            S("Tuesday the seventeenth at ten forty in the morning, if that's open. I have "
              "UnitedHealthcare."),
            S("My name is Denise Parker, P, A, R, K, E, R, date of birth July twenty-second, "
              "nineteen fifty-nine, and my number is this phone, six four six, five five five, "
              "oh one one nine."),
            S("So that's Denise Parker, blood pressure follow-up, Tuesday the seventeenth at ten "
              "forty in the morning. Yes, please book it."),
            S("The second thing is a message for the nurse: I need a refill of my lisinopril, "
              "I have about two weeks left so no rush, and I use the CVS on Main Street. Could "
              "the nurse call me back about it? Same name and number."),
            S("Yes, please pass that on to the nurse. Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:40", "Denise Parker", "+16465550119",
                        about=r"blood pressure|follow"),),
        messages=(Message("Denise Parker", "+16465550119", about=r"refill|lisinopril",
                          urgent=False),),
        said=(at(17, "10:40"),), ends_call=True, clock="2026-03-12 13:10",
        caller="+16465550119", tags=("booking",)),
    Scenario(
        "dev29_clinic_moves_her_visit_and_asks_how_much_notice_avoids_a_fee", "t_clinic", (
            S("Hi, this is Laura Bennett. I have an appointment on Friday the thirteenth at nine "
              "in the morning and I need to move it, something came up at work."),
            S("My date of birth is February eleventh, nineteen eighty-seven. Could you move it "
              "to Wednesday the eighteenth at two twenty in the afternoon?"),
            S("Yes, please move Laura Bennett's appointment from Friday the thirteenth at nine "
              "to Wednesday the eighteenth at two twenty in the afternoon."),
            S("And one question: if I ever can't make it, how much notice do you need so I "
              "don't get charged?"),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:20", "Laura Bennett", "+12675550148"),),
        cancelled=("2026-03-13 09:00",),
        seed=(Seed("2026-03-13 09:00", "Laura Bennett", "+12675550148"),),
        said=(at(18, "14:20"), DAY_NOTICE), ends_call=True, clock="2026-03-10 10:15",
        caller="+12675550148", tags=("move",)),
    Scenario(
        "dev29_clinic_asks_about_same_day_visits_then_asks_for_the_front_desk", "t_clinic", (
            S("Hi, do you ever have same-day appointments? My husband has had a cough for a few "
              "days and he's asking.", r"same[- ]day|sick|early|first available|today"),
            S("Okay. And what does a sick visit cost if we pay ourselves?", dollars(150)),
            S("Actually, I have a question about our insurance bill too, so could I just speak "
              "to someone at the front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 11:30",
        overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev29_clinic_asks_how_refills_work_then_leaves_the_nurse_a_message", "t_clinic", (
            S("Hi, I know you're closed. How do refill requests work, how long do they take?",
              r"two business days|2 business days|pharmacy|nurse|provider"),
            S("Okay, then I'd like to leave a message for the nurse. I need a refill of my "
              "metformin, and my pharmacy is the Walgreens on Fifth Avenue."),
            S("My name is Arjun Mehta, M, E, H, T, A, date of birth September ninth, nineteen "
              "seventy-two, and my number is three one two, five five five, oh one six six."),
            S("That's the metformin refill to the Walgreens on Fifth Avenue. I still have about "
              "ten days left, so no rush. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Arjun Mehta", "+13125550166", about=r"refill|metformin",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 20:00", caller="+13125550166", tags=("message",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ----------------------------------------
    Scenario(
        "dev29_law_books_a_video_consultation_on_a_deposit_and_asks_what_to_have_ready",
        "t_law", (
            S("Hi, I'd like to book a consultation with an attorney. My former landlord is "
              "keeping my whole security deposit, about three thousand dollars, and I'd like to "
              "know my options."),
            S("The landlord is a company called Bayview Property Group. There's no court date or "
              "deadline that I know of, and I don't have a lawyer. Can the consultation be by "
              "video?"),
            S("Thursday the twelfth at two in the afternoon would work, by video please. And "
              "what should I have ready for it?"),
            S("My name is Nadia Hassan, H, A, S, S, A, N, email nadia dot hassan at example dot "
              "com, and my number is two one two, five five five, oh one five seven."),
            S("So that's Nadia Hassan, video consultation, Thursday the twelfth at two in the "
              "afternoon. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Nadia Hassan", "+12125550157",
                        about=r"deposit|landlord|security|Bayview"),),
        said=(at(12, "14:00"), r"\bID\b|document|lease|letter|contract|papers|photos|receipt",
              r"video"),
        ends_call=True, clock="2026-03-10 16:45", caller="+12125550157", tags=("booking",)),
    Scenario(
        "dev29_law_asks_the_will_package_and_estate_consultation_fees_books_the_second",
        "t_law", (
            S("Good morning. My wife and I are trying to get our affairs in order. What does "
              "the simple will package cost, and what about the estate planning consultation?"),
            S("Okay, we'd like to start with just the estate planning consultation for now, the "
              "two of us together, and decide about the wills afterwards."),
            S("Monday the sixteenth at eleven in the morning, in person, if it's open. There's "
              "no deadline, nobody else involved, and we don't have a lawyer."),
            S("The name is George Whitfield, W, H, I, T, F, I, E, L, D, email george at "
              "whitfield family dot com, and the number is nine one four, five five five, oh one "
              "two two."),
            S("So that's George Whitfield, estate planning consultation, Monday the sixteenth at "
              "eleven in the morning. Yes, book it please."),
            S("Wonderful, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "George Whitfield", "+19145550122",
                        about=r"estate|will"),),
        said=(at(16, "11:00"), dollars(950), NO_CHARGE), ends_call=True,
        clock="2026-03-11 09:10", caller="+19145550122", tags=("booking",)),
    Scenario(
        "dev29_law_asks_when_they_open_then_says_her_son_was_just_arrested", "t_law", (
            S("Hi, what time do you open tomorrow morning?", r"\b9\b|nine"),
            S("Actually, sorry, I'm panicking. My son was just arrested about an hour ago, he's "
              "at the county jail, and he's asking for a lawyer. It's urgent."),
            S("My name is Teresa Gomez, G, O, M, E, Z, and my number is seven three two, five "
              "five five, oh one nine oh. My son is Luis Gomez, he's nineteen."),
            S("Please have an attorney call me back tonight or first thing tomorrow. Yes, please "
              "pass the urgent message on."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Gomez", "+17325550190", about=r"arrest|jail|custody",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 18:30", caller="+17325550190",
        tags=("emergency",)),
    Scenario(
        "dev29_law_asks_if_injury_reviews_are_free_how_fees_work_and_phone_meetings", "t_law", (
            S("Hi, I was in a car accident last month. Do you charge anything to look at a "
              "personal injury case?", NO_CHARGE),
            S("And in general, how do you charge, by the hour or some other way?",
              r"hourly|hour|flat|contingen"),
            S("And can the first meeting be over the phone instead of in person?",
              r"phone|video|yes"),
            S("Okay, that helps. I'll call back Monday to set something up. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:00",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        tags=("info",)),
    Scenario(
        "dev29_law_french_caller_wants_a_consultation_and_its_price", "t_law", (
            S("Bonjour, je voudrais prendre rendez-vous avec un avocat pour un problème de "
              "contrat avec mon employeur, et aussi savoir combien coûte la consultation.",
              NOT_ENGLISH),
            S("Je m'appelle Claire Dubois, D, U, B, O, I, S. Mon numéro est le cinq un quatre, "
              "cinq cinq cinq, zéro un trois trois."),
            S("C'est pour un contrat de travail. Je parle un petit peu anglais: please, call me "
              "back. Merci de transmettre le message."),
            S("Merci beaucoup, au revoir.", BYE_FR),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dubois", "+15145550133",
                          about=r"french|fran[cç]ais|contra[ct]|employ|avocat|lawyer|consult"),),
        ends_call=True, clock="2026-03-12 10:30", caller="+15145550133",
        tags=("language",)),
    Scenario(
        "dev29_law_asks_about_contract_reviews_then_leaves_an_attorney_a_message", "t_law", (
            S("Hi, do you review business contracts? I run a small bakery and I have a supplier "
              "agreement to sign."),
            S("Okay. I'd rather not book yet, could you just take a message for an attorney to "
              "call me back about it? The supplier is Golden Mill Flour Company, and I need to "
              "sign by the end of the month."),
            S("My name is Rachel Stein, S, T, E, I, N, and my number is two oh three, five five "
              "five, oh one seven five."),
            S("It's about reviewing a supplier contract with Golden Mill Flour Company before "
              "the end of the month. Please pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Stein", "+12035550175", about=r"contract|supplier|Golden Mill",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 12:40", caller="+12035550175", tags=("message",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows) ------------------------------
    Scenario(
        "dev29_plumb_a_drain_cleaning_and_the_running_toilet_on_the_same_visit", "t_plumb", (
            S("Hi, I need to book a drain cleaning, the kitchen sink drains really slowly. "
              "Nothing's leaking, it's just slow."),
            S("The address is 48 Birch Lane, ZIP code 10001, and I own the house. And while the "
              "plumber's there, can he also look at the upstairs toilet that keeps running? Same "
              "visit."),
            S("Thursday the twelfth, the nine in the morning window, if you have it."),
            S("My name is Kevin Brennan, B, R, E, N, N, A, N, and the number is six three one, "
              "five five five, oh one four four, the one I'm calling from."),
            S("So that's Kevin Brennan, 48 Birch Lane, Thursday the twelfth at nine in the "
              "morning, for the kitchen drain and the running toilet. Yes, please book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Kevin Brennan", "+16315550144",
                        about=r"(?=.*drain)(?=.*toilet)"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 06:40",
        caller="+16315550144", tags=("booking",)),
    Scenario(
        "dev29_plumb_a_landlord_books_two_rentals_on_the_same_saturday", "t_plumb", (
            S("Hi, I'm a landlord and I need a plumber at two of my rentals, ideally the same "
              "day. Neither one is leaking right now, there's no water on the floor."),
            S("The first is 12 Cedar Street, apartment 2, ZIP 10002, the bathroom sink is "
              "clogged. The second is 30 Maple Avenue, ZIP 10003, the kitchen faucet drips. I "
              "own both buildings."),
            S("Saturday the fourteenth, please: Cedar Street at nine in the morning and Maple "
              "Avenue at eleven."),
            S("My name is Victor Salas, S, A, L, A, S, and the number is the one I'm calling "
              "from, nine one seven, five five five, oh one nine three."),
            S("So the first one is Victor Salas, 12 Cedar Street, Saturday the fourteenth at "
              "nine in the morning, for the clogged sink. Please book it."),
            S("And the second one, also under Victor Salas, 30 Maple Avenue, Saturday the "
              "fourteenth at eleven in the morning, for the dripping faucet, same number. Please "
              "book that one too."),
            S("Yes, that's both. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Victor Salas", "+19175550193",
                        about=r"clog|sink|drain|Cedar"),
                Booking("2026-03-14 11:00", "Victor Salas", "+19175550193",
                        about=r"faucet|drip|Maple")),
        said=(at(14, "09:00"), at(14, "11:00")), ends_call=True, clock="2026-03-11 19:30",
        caller="+19175550193", tags=("booking",)),
    Scenario(
        "dev29_plumb_books_a_water_heater_visit_and_asks_the_fee_and_paying_by_check",
        "t_plumb", (
            S("Hi, my water heater is making a loud popping noise and the water isn't as hot as "
              "it used to be. Nothing's leaking. Can I book someone to take a look?"),
            S("The address is 5 Willow Court, ZIP 10001, it's my house. How much is it just to "
              "have someone come out, and can I pay by check?"),
            S("Tuesday the seventeenth, the one in the afternoon window, please."),
            S("My name is Sandra Kowalski, K, O, W, A, L, S, K, I, and my number is six four "
              "six, five five five, oh one six one."),
            S("So that's Sandra Kowalski, 5 Willow Court, Tuesday the seventeenth at one in the "
              "afternoon, for the water heater. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Sandra Kowalski", "+16465550161",
                        about=r"water heater|heater|popping|hot water"),),
        said=(at(17, "13:00"), dollars(89), r"check"), ends_call=True,
        clock="2026-03-14 08:15", caller="+16465550161", tags=("booking",)),
    Scenario(
        "dev29_plumb_asks_about_a_new_water_heater_then_it_starts_flooding", "t_plumb", (
            S("Hi, I'm wondering what you charge to replace a water heater, mine's about fifteen "
              "years old."),
            S("Oh no, wait, water is pouring out of the bottom of it right now, it's all over "
              "the basement floor and spreading.", r"shut|valve|turn off|water"),
            S("I turned off the valve on the pipe above it but it's still draining out. There "
              "are no outlets near it. Please send someone tonight, this is an emergency."),
            S("My name is Alan Pierce, P, I, E, R, C, E, the address is 77 Spruce Street, ZIP "
              "10003, and my number is seven one eight, five five five, oh one oh nine."),
            S("Yes, please pass that on as urgent. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Alan Pierce", "+17185550109",
                          about=r"water heater|flood|leak|water|basement", urgent=True),),
        ends_call=True, clock="2026-03-10 20:30", caller="+17185550109",
        tags=("emergency",)),
    Scenario(
        "dev29_plumb_starts_on_two_jobs_then_goes_quiet", "t_plumb", (
            S("Hi, yeah, I've got two things, a garbage disposal that's jammed and the shower "
              "drain is slow too, and I wanted to know if one visit could do both."),
            S("Hang on, sorry, someone's at the door, one second."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 11:00", tags=("hangup",)),
    Scenario(
        "dev29_plumb_asks_if_work_is_guaranteed_then_leaves_the_technician_a_message",
        "t_plumb", (
            S("Hi, is your work guaranteed? You put in a new kitchen faucet for me two weeks "
              "ago.", r"guarant|warrant"),
            S("Well, it's started dripping from the base. It's not urgent, just a slow drip, but "
              "I'd like the technician who installed it to call me back about it under the "
              "guarantee."),
            S("My name is Paula Jensen, J, E, N, S, E, N, the address is 19 Walnut Street, ZIP "
              "10001, and my number is two oh one, five five five, oh one eight eight."),
            S("It's the new kitchen faucet dripping at the base. Please pass the message on, no "
              "need to book anything yet."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paula Jensen", "+12015550188", about=r"faucet|drip",
                          urgent=False),),
        ends_call=True, clock="2026-03-13 07:20", caller="+12015550188", tags=("message",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8; closed Sunday and Monday; hour slots) ---
    Scenario(
        "dev29_salon_haircuts_for_her_and_her_daughter_back_to_back", "t_salon", (
            S("Hi, I know you're closed on Mondays, I'm just hoping to book. I'd like two "
              "women's haircuts, one for me and one for my daughter, back to back. Anyone is "
              "fine for the stylist, and we've both been in before."),
            S("Wednesday the eighteenth, three in the afternoon for me and four o'clock for her."),
            S("My name is Melissa Byrne, B, Y, R, N, E, and my number is this phone, three four "
              "seven, five five five, oh one nine one."),
            S("So the first one is Melissa Byrne, women's haircut, Wednesday the eighteenth at "
              "three in the afternoon. Please book it."),
            S("And the second is for my daughter, under her own name, Chloe Byrne, C, H, L, O, "
              "E, women's haircut, Wednesday the eighteenth at four in the afternoon, same "
              "number. Please book that one too."),
            S("Yes, that's right, Chloe Byrne at four on Wednesday the eighteenth. Go ahead and "
              "book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Melissa Byrne", "+13475550191",
                        about=r"cut"),
                Booking("2026-03-18 16:00", "Chloe Byrne", "+13475550191", about=r"cut")),
        said=(at(18, "15:00"), at(18, "16:00")), ends_call=True, clock="2026-03-16 10:30",
        caller="+13475550191", tags=("booking",)),
    Scenario(
        "dev29_salon_her_usual_color_and_a_trim_at_the_same_visit", "t_salon", (
            S("Hi, I'm a regular, I'd like to book my single-process color, the same shade I "
              "always get here, just covering the grays at the roots. No big change."),
            S("And can you also do a trim at the same visit, while I'm there? Anyone is fine, "
              "whoever does color."),
            S("Thursday the nineteenth at five in the evening, if that's open, since you're open "
              "late on Thursdays."),
            S("My name is Janet Cole, C, O, L, E, and the number is five one six, five five "
              "five, oh one two six."),
            S("So that's Janet Cole, single-process color and a trim, Thursday the nineteenth at "
              "five in the evening. Yes, please book it."),
            S("Perfect, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 17:00", "Janet Cole", "+15165550126",
                        about=r"(?=.*colou?r)(?=.*(?:trim|cut))"),),
        said=(at(19, "17:00"),), ends_call=True, clock="2026-03-14 09:20",
        caller="+15165550126", tags=("booking",)),
    Scenario(
        "dev29_salon_asks_balayage_and_highlights_prices_and_books_the_highlights", "t_salon", (
            S("Hi, how much is balayage, and how much are partial highlights? I'm trying to "
              "decide."),
            S("Okay, I'll go with the partial highlights this time. I've had highlights with you "
              "before, it's the same look, nothing dramatic, and anyone is fine for the "
              "stylist."),
            S("Friday the thirteenth at noon would be great."),
            S("My name is Erin Walsh, W, A, L, S, H, and my number is the one I'm calling from, "
              "two one two, five five five, oh one three nine."),
            S("So that's Erin Walsh, partial highlights, Friday the thirteenth at twelve noon. "
              "Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 12:00", "Erin Walsh", "+12125550139",
                        about=r"highlight"),),
        said=(dollars(195), dollars(135), at(13, "12:00")), ends_call=True,
        clock="2026-03-10 18:40", caller="+12125550139", tags=("booking",)),
    Scenario(
        "dev29_salon_moves_her_blowout_and_asks_what_happens_if_shes_late", "t_salon", (
            S("Hi, this is Sofia Marino. I have a blowout booked on Friday the thirteenth at two "
              "in the afternoon, and I need to move it."),
            S("Could you move it to Saturday the fourteenth at ten in the morning instead?"),
            S("Yes, please move Sofia Marino's blowout from Friday the thirteenth at two to "
              "Saturday the fourteenth at ten in the morning."),
            S("And if I'm running a little late on Saturday, what happens?"),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Sofia Marino", "+19175550177"),),
        cancelled=("2026-03-13 14:00",),
        seed=(Seed("2026-03-13 14:00", "Sofia Marino", "+19175550177"),),
        said=(at(14, "10:00"), r"fifteen minutes|15 minutes|shorten|reschedule|let us know"),
        ends_call=True, clock="2026-03-10 11:15", caller="+19175550177", tags=("move",)),
    Scenario(
        "dev29_salon_cancels_her_balayage_and_books_a_blowout_instead", "t_salon", (
            S("Hi, this is Amanda Price. I need to cancel my balayage on Tuesday the seventeenth "
              "at one in the afternoon, I've decided not to color for now."),
            S("Yes, please cancel Amanda Price's appointment on Tuesday the seventeenth at one."),
            S("But I do have an event coming up, so I'd like to book a blowout instead, on "
              "Friday the twentieth at eleven in the morning. Anyone is fine."),
            S("That's Amanda Price, blowout, Friday the twentieth at eleven in the morning, same "
              "number, six four six, five five five, oh one three two. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 11:00", "Amanda Price", "+16465550132",
                        about=r"blow"),),
        cancelled=("2026-03-17 13:00",),
        seed=(Seed("2026-03-17 13:00", "Amanda Price", "+16465550132"),),
        said=(at(20, "11:00"),), ends_call=True, clock="2026-03-12 19:30",
        caller="+16465550132", tags=("cancel",)),
    Scenario(
        "dev29_salon_asks_about_gift_cards_then_leaves_her_stylist_a_message", "t_salon", (
            S("Hi, do you sell gift cards? I'd like to get one for my sister.",
              r"gift card|yes"),
            S("Great. Also, could you take a message for the stylist who did my color last "
              "week? My blonde has turned a bit brassy and I'd like her to call me about a "
              "toner."),
            S("My name is Lauren Diaz, D, I, A, Z, and my number is seven three two, five five "
              "five, oh one one four."),
            S("It's about my color from last week turning brassy, I'd like to talk about a "
              "toner. No rush. Please pass it on."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lauren Diaz", "+17325550114", about=r"brass|toner|colou?r",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 14:00", caller="+17325550114", tags=("message",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev29_homes_two_showings_on_the_same_saturday", "t_homes", (
            S("Hi, we're looking to buy, and there are two of your listings we'd like to see "
              "this Saturday, one after the other. We're pre-approved and we don't have an "
              "agent."),
            S("The first is 14 Harbor View Drive, Saturday the fourteenth at eleven in the "
              "morning. The second is 220 Lake Street, unit 5B, the same Saturday at noon."),
            S("My name is Jordan Ellis, E, L, L, I, S, email jordan dot ellis at example dot "
              "com, and my number is six one seven, five five five, oh one three five."),
            S("So the first showing is Jordan Ellis, 14 Harbor View Drive, Saturday the "
              "fourteenth at eleven in the morning. Please book it."),
            S("And the second showing, also under Jordan Ellis, is 220 Lake Street, unit 5B, "
              "Saturday the fourteenth at twelve noon, same number. Please book that one too."),
            S("Yes, that's right, the noon showing at 220 Lake Street. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Jordan Ellis", "+16175550135",
                        about=r"Harbor|showing"),
                Booking("2026-03-14 12:00", "Jordan Ellis", "+16175550135",
                        about=r"Lake|showing")),
        said=(at(14, "11:00"), at(14, "12:00")), ends_call=True, clock="2026-03-10 21:10",
        caller="+16175550135", tags=("booking",)),
    Scenario(
        "dev29_homes_books_a_valuation_and_asks_how_the_value_is_worked_out", "t_homes", (
            S("Hi, I'm thinking about selling my townhouse this spring and I'd like an agent to "
              "come do a valuation. It's not listed with anyone else."),
            S("How do you work out what it's worth, is it just a guess?",
              r"market analysis|recent sales|comparable|nearby|agent",
              avoid=r"\$\s?\d{2,3},\d{3}|\d+ thousand dollars"),
            S("The address is 9 Orchard Lane, and I'd like to list by May. Wednesday the "
              "eighteenth at five in the afternoon would suit me."),
            S("My name is Beverly Stanton, S, T, A, N, T, O, N, email bev stanton at example dot "
              "com, and my number is nine one four, five five five, oh one five five."),
            S("So that's Beverly Stanton, home valuation at 9 Orchard Lane, Wednesday the "
              "eighteenth at five in the afternoon. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:00", "Beverly Stanton", "+19145550155",
                        about=r"valu|listing|sell|Orchard"),),
        said=(at(18, "17:00"),), ends_call=True, clock="2026-03-15 13:00",
        caller="+19145550155", tags=("booking",)),
    Scenario(
        "dev29_homes_asks_about_renewing_her_lease_then_finds_a_break_in", "t_homes", (
            S("Hi, I rent a house that your office manages, and I wanted to ask about renewing "
              "my lease, it's up in June."),
            S("Oh my God, I just pulled into the driveway and the back door is smashed in. "
              "Someone's broken in, the door's wide open.", SAFE_NOW),
            S("I'm outside in my car and I'm safe, and I'm calling the police next. But the "
              "property manager needs to know right now. My name is Monica Reyes, R, E, Y, E, "
              "S, the house is 61 Linden Road, and my number is two six seven, five five five, "
              "oh one eight six."),
            S("Please mark it urgent and have the property manager call me back. Yes, please "
              "pass it on."),
            S("Okay, I'm calling 911 now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Monica Reyes", "+12675550186", about=r"break|door|burglar",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 16:30", caller="+12675550186",
        tags=("emergency",)),
    Scenario(
        "dev29_homes_asks_about_pre_approval_signing_and_what_to_bring", "t_homes", (
            S("Hi, we're first-time buyers just starting to look. Do we need to be pre-approved "
              "before we see a house?", r"pre-?approv"),
            S("And do we have to sign anything with an agent before touring homes?",
              r"agreement|sign"),
            S("And what should we bring to a showing?", r"\bID\b|identification|pre-?approval"),
            S("Okay, that's really helpful, we'll call back when we've found one. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 08:30",
        tags=("info",)),
    Scenario(
        "dev29_homes_asks_about_a_listing_then_wants_the_agent_to_make_an_offer", "t_homes", (
            S("Hi, is the house at 88 Chestnut Street still on the market? We saw it at the open "
              "house on Sunday."),
            S("And what do we need to bring if we come to see it again, do you need our "
              "pre-approval letter?", r"\bID\b|identification|pre-?approv"),
            S("We'd like to make an offer, so could you put me through to the listing agent, "
              "please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:20",
        overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev29_homes_asks_about_property_management_then_leaves_an_agent_a_message",
        "t_homes", (
            S("Hi, do you manage rental properties for owners? I have a condo I'm moving out of "
              "and I'd like to rent it out.", r"property management|manage|yes"),
            S("Okay, I'd like an agent to call me back about it. The condo is at 500 River Road, "
              "unit 12C, and I'd want a tenant in by June."),
            S("My name is Howard Lin, L, I, N, and my number is five one six, five five five, oh "
              "one six three."),
            S("It's about property management for my condo at 500 River Road. Please pass it on "
              "to an agent."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Lin", "+15165550163",
                          about=r"condo|rent|property management|River Road", urgent=False),),
        ends_call=True, clock="2026-03-12 18:45", caller="+15165550163", tags=("message",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour slots) ----------------------
    Scenario(
        "dev29_auto_an_oil_change_for_his_truck_and_a_rotation_for_his_wifes_car", "t_auto", (
            S("Hi, I'd like to bring in two cars, ideally the same morning, one after the other. "
              "My truck needs an oil change and my wife's car needs a tire rotation."),
            S("The truck is a 2019 Ford F-150 with about sixty thousand miles, and her car is a "
              "2021 Honda CR-V with about thirty thousand. Both drive fine, and we'll drop them "
              "off."),
            S("Friday the thirteenth, the truck at eight thirty in the morning and the Honda at "
              "nine thirty."),
            S("My name is Greg Novak, N, O, V, A, K, both cars are under my name, and my number "
              "is the one I'm calling from, seven one eight, five five five, oh one seven nine."),
            S("So the first one is Greg Novak, oil change on the F-150, Friday the thirteenth at "
              "eight thirty in the morning. Please book it."),
            S("And the second one, also under Greg Novak, tire rotation on the 2021 Honda CR-V, "
              "Friday the thirteenth at nine thirty in the morning, same number. Please book "
              "that one too."),
            S("Yes, that's both. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:30", "Greg Novak", "+17185550179", about=r"oil"),
                Booking("2026-03-13 09:30", "Greg Novak", "+17185550179",
                        about=r"rotat|tire")),
        said=(at(13, "08:30"), at(13, "09:30")), ends_call=True, clock="2026-03-10 18:20",
        caller="+17185550179", tags=("booking",)),
    Scenario(
        "dev29_auto_an_oil_change_and_a_brake_check_at_the_same_visit", "t_auto", (
            S("Hi, I need an oil change for my 2016 Subaru Outback, about ninety thousand "
              "miles."),
            S("And while it's in, could you also check the brakes at the same visit? They squeak "
              "a little when I stop, but they work fine. What does a brake inspection cost?"),
            S("Tuesday the seventeenth at seven thirty in the morning, and I'll wait for it if "
              "that's okay."),
            S("My name is Diane Foster, F, O, S, T, E, R, and my number is three four seven, "
              "five five five, oh one five eight."),
            S("So that's Diane Foster, oil change and brake inspection on the Subaru, Tuesday "
              "the seventeenth at seven thirty in the morning. Yes, please book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Diane Foster", "+13475550158",
                        about=r"(?=.*oil)(?=.*brake)"),),
        said=(at(17, "07:30"), NO_CHARGE), ends_call=True, clock="2026-03-14 12:10",
        caller="+13475550158", tags=("booking",)),
    Scenario(
        "dev29_auto_asks_two_inspection_prices_and_books_the_pre_purchase_one", "t_auto", (
            S("Hi, I'm buying a used car from a private seller. How much is a pre-purchase "
              "inspection, and how much is a check engine light diagnostic? The check engine "
              "light is on, steady, not flashing."),
            S("Okay, let's just do the pre-purchase inspection, that should cover it. It's a "
              "2014 Toyota Camry with about a hundred and ten thousand miles, and the seller will "
              "let me bring it in."),
            S("Friday the thirteenth at ten thirty in the morning, and I'll wait."),
            S("My name is Terrence Boyd, B, O, Y, D, and my number is nine one seven, five five "
              "five, oh one four nine."),
            S("So that's Terrence Boyd, pre-purchase inspection on the 2014 Camry, Friday the "
              "thirteenth at ten thirty in the morning. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:30", "Terrence Boyd", "+19175550149",
                        about=r"pre-?purchase|inspection"),),
        said=(dollars(149), dollars(129), at(13, "10:30")), ends_call=True,
        clock="2026-03-11 07:45", caller="+19175550149", tags=("booking",)),
    Scenario(
        "dev29_auto_asks_saturday_hours_then_the_brake_pedal_goes_to_the_floor", "t_auto", (
            S("Hi, what are your hours on Saturday? I wanted to bring my car in this weekend.",
              r"\b8\b|eight"),
            S("Oh no, hold on, the brake pedal just went almost to the floor, I barely stopped. "
              "I've pulled onto the shoulder of Route 9, nobody's hurt.",
              r"tow|don't drive|do not drive|not to drive|not drive|911|safe"),
            S("I'm not going to drive it. Can someone from the shop call me back right away "
              "about a tow and getting it in? My name is Keisha Brown, B, R, O, W, N, and my "
              "number is two oh one, five five five, oh one two nine."),
            S("It's a 2017 Nissan Altima. Please mark it urgent and pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Brown", "+12015550129", about=r"brake", urgent=True),),
        ends_call=True, clock="2026-03-12 17:40", caller="+12015550129",
        tags=("emergency",)),
    Scenario(
        "dev29_auto_spanish_caller_wants_an_oil_change_and_its_price", "t_auto", (
            S("Hola, buenos días. Quisiera hacer una cita para un cambio de aceite para mi "
              "camioneta, y también saber cuánto cuesta, por favor.", NOT_ENGLISH),
            S("Me llamo Jorge Castillo, C, A, S, T, I, L, L, O. Mi número es el tres cero cinco, "
              "cinco cinco cinco, cero uno uno siete."),
            S("Es para un cambio de aceite y el precio. Por favor, que alguien me llame. Sí, "
              "pase el mensaje, por favor."),
            S("Muchas gracias, adiós.", BYE_ES),
        ),
        outcome="message_taken",
        messages=(Message("Jorge Castillo", "+13055550117",
                          about=r"spanish|espa[nñ]ol|aceite|oil"),),
        ends_call=True, clock="2026-03-10 10:00", caller="+13055550117",
        tags=("spanish",)),
    Scenario(
        "dev29_auto_asks_how_to_pay_then_leaves_the_service_advisor_a_message", "t_auto", (
            S("Hi, can I pay with a debit card when I pick up my car?", r"debit|card"),
            S("Also, I'd like to leave a message for the service advisor. You replaced my front "
              "brake pads last Tuesday and there's a grinding noise now when I turn left. It "
              "stops fine, it's just the noise."),
            S("My name is Neil Dawson, D, A, W, S, O, N, it's a 2018 Mazda 3, and my number is "
              "six three one, five five five, oh one seven two."),
            S("It's about the grinding noise since the brake pad job last week. Please have the "
              "service advisor call me back, no rush, Monday is fine."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Neil Dawson", "+16315550172", about=r"grind|noise|brake",
                          urgent=False),),
        ends_call=True, clock="2026-03-13 19:15", caller="+16315550172", tags=("message",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev29_vet_wellness_exams_for_the_dog_and_the_cat_back_to_back", "t_vet", (
            S("Hi, I'd like to book wellness exams for my two pets, back to back if you can. "
              "Nobody's sick, no emergency, it's just their yearly checkups. We've been to you "
              "before."),
            S("The first is my dog, Biscuit, a four-year-old beagle, and he's due for his rabies "
              "vaccine too. The second is my cat, Mochi, a two-year-old tabby, just the "
              "checkup."),
            S("Thursday the twelfth, Biscuit at four in the afternoon and Mochi right after, at "
              "four thirty."),
            S("My name is Emily Tran, T, R, A, N, both pets are under my name, and my number is "
              "the one I'm calling from, four one five, five five five, oh one six eight."),
            S("So the first one is Emily Tran, Biscuit the beagle, wellness exam and rabies "
              "vaccine, Thursday the twelfth at four in the afternoon. Please book it."),
            S("And the second one, also under Emily Tran, Mochi the cat, wellness exam, Thursday "
              "the twelfth at four thirty in the afternoon, same number. Please book that one "
              "too."),
            S("Yes, that's both. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:00", "Emily Tran", "+14155550168",
                        about=r"Biscuit|dog|beagle|wellness|rabies"),
                Booking("2026-03-12 16:30", "Emily Tran", "+14155550168",
                        about=r"Mochi|cat|wellness")),
        said=(at(12, "16:00"), at(12, "16:30")), ends_call=True, clock="2026-03-10 07:15",
        caller="+14155550168", tags=("booking",)),
    Scenario(
        "dev29_vet_a_new_puppys_first_exam_with_the_price_and_what_to_bring", "t_vet", (
            S("Hi, we just adopted a puppy and we're new to your clinic. He's healthy, no "
              "emergency, we'd like a first exam. How much is the new patient exam?"),
            S("He's a ten-week-old lab mix named Rocket. And what should we bring to the first "
              "visit? We have his shelter papers."),
            S("Tuesday the seventeenth at nine thirty in the morning, if that's open."),
            S("My name is Natalie Brooks, B, R, O, O, K, S, and my number is nine one four, five "
              "five five, oh one three one."),
            S("So that's Natalie Brooks, new patient exam for Rocket, Tuesday the seventeenth at "
              "nine thirty in the morning. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:30", "Natalie Brooks", "+19145550131",
                        about=r"Rocket|puppy|new patient|exam"),),
        said=(at(17, "09:30"), dollars(75), r"record|vaccin|leash|medication|papers"),
        ends_call=True, clock="2026-03-14 11:10", caller="+19145550131", tags=("booking",)),
    Scenario(
        "dev29_vet_asks_the_microchip_price_then_the_dog_eats_grapes", "t_vet", (
            S("Hi, how much do you charge to microchip a dog?"),
            S("Oh no. Sorry, my dog just got into a bag of grapes on the counter, I think he ate "
              "a whole bunch of them, maybe twenty.", VET_NOW),
            S("He's a thirty-pound terrier named Max and he seems okay right now. I'm heading "
              "to the emergency animal hospital, but please have the vet call me. My name is "
              "Rosa Jimenez, J, I, M, E, N, E, Z, and my number is seven one eight, five five "
              "five, oh one four seven."),
            S("Yes, please mark it urgent and pass it on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Jimenez", "+17185550147", about=r"grape", urgent=True),),
        said=(dollars(50),),
        never_said=(r"make (?:him|her|it|the dog|max) (?:vomit|throw up)", r"peroxide"),
        ends_call=True, clock="2026-03-11 19:40", caller="+17185550147",
        tags=("emergency",)),
    Scenario(
        "dev29_vet_asks_about_rabbits_the_rabies_shot_and_the_cancellation_policy", "t_vet", (
            S("Hi, do you see rabbits, or only dogs and cats?",
              r"dogs and cats|rabbit|ask|vet"),
            S("Okay. And for my cat, how much is the rabies vaccine?", dollars(30)),
            S("And how much notice do you need if I have to cancel an appointment?", DAY_NOTICE),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 10:00",
        tags=("info",)),
    Scenario(
        "dev29_vet_asks_about_paying_and_a_sick_exam_then_asks_for_a_person", "t_vet", (
            S("Hi, do you take credit cards, and is payment due at the visit?",
              r"card|due|visit"),
            S("And how much is a sick pet exam? My cat's been sneezing for a few days, she's "
              "eating fine.", dollars(85)),
            S("Actually, I'd rather talk it over with someone. Could you put me through to a "
              "person, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 15:00",
        overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev29_vet_asks_about_cat_dental_cleanings_then_leaves_a_refill_message", "t_vet", (
            S("Hi, do you do dental cleanings for cats, and what does that cost?",
              avoid=r"(?:dental|cleaning)[^.?!]{0,40}(?:\$\s?\d|\b\d+ dollars)"),
            S("Okay. The other thing is, I need a refill of my dog's heartworm prevention, he's "
              "on the monthly chewable and has one dose left. Could the vet team call me back "
              "about it?"),
            S("My name is Frank Moretti, M, O, R, E, T, T, I, the dog is Bruno, a six-year-old "
              "boxer, and my number is two one two, five five five, oh one nine two."),
            S("It's the heartworm prevention refill for Bruno. Please pass it on, thank you."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Moretti", "+12125550192", about=r"heartworm|refill",
                          urgent=False),),
        ends_call=True, clock="2026-03-13 12:20", caller="+12125550192", tags=("message",)),
]
