"""A twenty-sixth development set: 48 scripted callers, six in each of the fleet's eight trades,
who are shoppers and planners, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-26) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and its test file, for
the conventions; the print of those two callers ran a few lines into the third, from which
nothing here is taken). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_26 below).

What makes it different: every caller weighs things up before committing. They open with one or
two questions (a price, how long a service takes, what to bring, whether the business is open on
a day or until what hour, whether a service is offered, the difference between two services, the
cancellation policy, whether something is free), compare options aloud ("the cheaper one",
"if it's under a hundred", "whichever is quicker"), ask what there is and then pick, state
conditions ("only if it's before noon", "as long as it's not a Monday", "only if it's after
lunch"), ask for the first opening or the last slot of the day, and only then book, move,
cancel, leave a message, ask for a person, or hang up satisfied, in the held-out sets' mix
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number,
6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1
Spanish and 1 French caller, 1 early hang-up). The emergencies keep the planner's voice (a
price or a "how soon" asked in the same breath as the emergency) and end with an urgent message.

The judging stays fair. Every price, hour, service and duration a line checks is the business's
own (profession_data.py: `usd()` below accepts it in digits or in words); a question whose
answer the data does not hold (the price of a crown, of lab work, of a water heater repair, of
color correction; whether a plumber charges to cancel) is judged only on a polite honest reply,
with `avoid=` for an invented dollar figure where that is the only number it could be. A last
slot of the day is judged loosely against the trade's grid and closing hour. Calls ring at
realistic hours via `clock=`: before opening, at lunch, after closing, late at night, on a
Saturday, on a Sunday, on the salon's closed Monday. Every `Say(..., expect=..., avoid=...)`
pattern is loose and case-insensitive so any good wording passes.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev26

which prints `RESULT dev26_pass_rate=`, measured and never gated.
Its first run, on branch dev-callers-26 at 456df92 (main at 5880d86 with this set added), before
anyone had read a transcript of it: 37/48 = 0.771. Its eleven failing transcripts were then read
for errors of the set's own (a check rejecting an honest good reply, a time off the grid or
outside hours, a script too short to finish, a missing `ends_call`): none was found, so no check
was changed. Every failure is the receptionist's: a "last slot of the day" answered with the
day's first slots or a slot before the real last one, a booking turned into a message when the
caller gives a callback number other than the line they ring from or when an open business is
taken for closed, "this number is my cell" not taken as the callback, a booking whose time
slipped to another slot at the confirmation, an FAQ answer about another service (a valuation
for "do showings cost anything", a brake inspection's length for the pre-purchase inspection),
"no emergency, nothing toxic" taken for an emergency, and a name given in the same breath as an
urgent request never stored. The second run (the same commit, run again with `pytest -rx` to read
the transcripts): 37/48 = 0.771, the same eleven callers failing.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who asks "what do you have" or "what's your earliest" says in a
later line the day, the time and the name they want, plainly, and a booking is read back
(`said=`) with its final day and time; where the callback is not the line the call comes from,
`said=` also checks that the whole number was read back, in digits or in words, in order. Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer to
(the caller asks for a person only in the last line). An emergency ends with an urgent message;
a routine message is not urgent. A call whose last line says goodbye is hung up by the
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
KINDS_26 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
# a goodbye in the caller's language too
BYE_ANY = BYE + r"|adi[oó]s|hasta luego|au revoir|bonne (?:journ|soir)"
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
# a figure in dollars the data does not hold, said of `what` in the same sentence: an invented
# price (a price of something else, said honestly alongside, does not count)
def invented(what: str) -> str:
    return rf"(?:{what})[^.?!]{{0,30}}?(?:\$\s?\d|\b\d+(?:\.\d\d)?\s*dollars|hundred dollars)"


# an honest "that depends / it has to be seen first / I don't have that price"
NO_FIXED_PRICE = (r"depend|vary|varies|estimate|quote|exam|inspect|see|assess|on site|consult"
                  r"|not able|unable|can't|cannot|don't have|do not have|isn't listed|not listed"
                  r"|no set|no fixed|call you back|follow up")

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """A whole number under a thousand in words, as a loose pattern: "one hundred (and)
    sixty-five", "eighty nine"."""
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_DIGITS[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens] + (f"[- ]?{_DIGITS[ones]}" if ones else ""))
    elif rest >= 10:
        parts.append(_TEENS[rest - 10])
    elif rest:
        parts.append(_DIGITS[rest])
    return r"[ ,]+(?:and )?".join(parts)


def usd(amount: int) -> str:
    """A price from the business's list, said in digits or in words: "$165", "165 dollars",
    "one hundred sixty-five dollars", "a hundred and sixty-five"."""
    words = _words(amount)
    loose = words.replace("one hundred", "(?:one|a) hundred", 1)
    return rf"\$\s?{amount}(?:\.00)?\b|\b{amount}(?:\.00)?\s*(?:dollars|bucks|usd)\b|\b{loose}\b"


# the plumber's, the salon's and the vet's "one, two" answers are said many ways
DURATION_30 = r"\b30\b|thirty|half an hour|half-hour|half hour"


DEV_CALLERS_26: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev26_dental_asks_the_difference_then_books_the_new_patient_visit_before_noon",
        "t_dental", (
            S("Hi, I'm shopping around for a new dentist. What's the difference between your "
              "new patient exam and a regular cleaning, and what does the new patient one cost?",
              usd(275)),
            S("Okay. I'd be a new patient, then, so the new patient exam with X-rays and "
              "cleaning. No pain, no swelling, and I don't have dental insurance, I'll pay "
              "myself."),
            S("What do you have on Thursday the nineteenth? Only if it's before noon, I work "
              "afternoons."),
            S("Then I'll take Thursday the nineteenth at ten in the morning. My name is Helen "
              "Okafor, O, K, A, F, O, R, born June third, nineteen eighty-eight, and the number "
              "is the one I'm calling from."),
            S("So that's Helen Okafor, new patient exam, Thursday the nineteenth at ten in the "
              "morning. Yes, please book it."),
            S("Perfect, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Helen Okafor", about=r"new|exam|x-?ray|clean"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 12:30",
        tags=("booking",)),
    Scenario(
        "dev26_dental_checks_the_cleaning_price_then_the_earliest_not_on_a_monday",
        "t_dental", (
            S("Good morning. Before I book anything, how much is an adult cleaning and exam if "
              "I'm paying out of pocket?", usd(165)),
            S("That's fine. I'm an existing patient, nothing hurts, no swelling, it's just my "
              "six-month cleaning, and I'm paying myself, no insurance."),
            S("What's the earliest you have next week, as long as it's not a Monday? Mondays "
              "never work for me."),
            S("I'll take Tuesday the seventeenth at eight in the morning, first thing. The name "
              "is Rafael Duarte, D, U, A, R, T, E, date of birth April twelfth, nineteen "
              "seventy-nine, and you can call me on this number."),
            S("So Rafael Duarte, adult cleaning, Tuesday the seventeenth at eight AM. Yes, go "
              "ahead and book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Rafael Duarte", "+13125550141",
                        about=r"clean|exam|check"),),
        said=(at(17, "08:00"),), ends_call=True, clock="2026-03-12 07:50",
        caller="+13125550141", tags=("booking",)),
    Scenario(
        "dev26_dental_filling_price_unknown_asks_the_last_friday_slot_and_takes_it",
        "t_dental", (
            S("Hi, the dentist told me I need a tooth-colored filling. Roughly how much does a "
              "filling cost with you?", NO_FIXED_PRICE, avoid=invented(r"filling")),
            S("Okay. What's the last appointment you have on a Friday? I get off work early on "
              "Fridays.", r"\b1\b|\bone\b|1 ?p|13:00|\b2\b|\btwo\b|2 ?p|early afternoon"),
            S("I'm an existing patient, it doesn't hurt, no swelling. My insurance is Delta "
              "Dental and I'm the policy holder."),
            S("Then Friday the twentieth at one in the afternoon, please, for the filling. "
              "Grace Whitfield, W, H, I, T, F, I, E, L, D, born February second, nineteen "
              "ninety, on the number I'm calling from."),
            S("So that's Grace Whitfield, the filling, Friday the twentieth at one PM. Please "
              "book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 13:00", "Grace Whitfield", "+12675550158",
                        about=r"fill"),),
        said=(at(20, "13:00"),), ends_call=True, clock="2026-03-16 17:30",
        caller="+12675550158", tags=("booking",)),
    Scenario(
        "dev26_dental_compares_insurance_then_asks_billing_to_call_about_a_crown",
        "t_dental", (
            S("Hi, I'm comparing a few dental offices. Do you take PPO insurance, like Cigna?",
              r"PPO|most major|insurance|verify|carrier"),
            S("Okay. I'm not ready to book yet. I'd like someone from the office to call me "
              "back about what a crown would cost me after my Cigna insurance, so I can "
              "compare."),
            S("My name is Owen Pritchard, P, R, I, T, C, H, A, R, D. Please call me back on my "
              "cell, nine one seven, five five five, oh one four eight, not this line."),
            S("So that's Owen Pritchard, nine one seven, five five five, oh one four eight, "
              "about the cost of a crown with Cigna. It's not urgent, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Owen Pritchard", "+19175550148", about=r"crown|cost|price|insur"
                          r"|cigna|bill", urgent=False),),
        said=(read_back("+19175550148"),), ends_call=True, clock="2026-03-10 18:20",
        caller="+12125550131", tags=("message",)),
    Scenario(
        "dev26_dental_knocked_out_tooth_asks_how_soon_then_leaves_an_urgent_message",
        "t_dental", (
            S("My son just knocked a front tooth clean out at soccer practice. How soon could "
              "the dentist see him, and what does an emergency visit cost?",
              r"urgent|emergency|911|right away|as soon as|message|first|today|dentist"),
            S("He's bleeding a little but it's slowing, he's breathing fine, and I've got the "
              "tooth in a cup of milk. Please have the dentist call me back tonight. Put it "
              "under my name, Dana Whitcombe, W, H, I, T, C, O, M, B, E, on this number, three "
              "one two, five five five, oh one six three."),
            S("Yes, please mark it urgent and pass it on right away. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dana Whitcombe", "+13125550163", about=r"tooth|knock",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 19:10", caller="+13125550163",
        tags=("emergency",)),
    Scenario(
        "dev26_dental_asks_friday_hours_cancellation_rules_and_hsa_then_hangs_up_happy",
        "t_dental", (
            S("Hi, I'm planning my next visit. Are you open on Fridays, and until what time?",
              r"\b2\b|\btwo\b|2 ?p|14:00"),
            S("And what's your cancellation policy, how much notice do you need?",
              r"\b24\b|twenty[- ]four|day"),
            S("Last thing, can I pay with an HSA card?", r"HSA|yes|accept|card"),
            S("Great, that's everything I needed. I'll call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:00",
        tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev26_clinic_prices_the_physical_asks_how_long_and_books_before_nine",
        "t_clinic", (
            S("Hi, how much is an annual physical if I'm paying myself?", usd(225)),
            S("And about how long does the physical take? I need to plan around work.",
              r"\b40\b|forty"),
            S("Okay. I'm an established patient, it's just my yearly physical, no preferred "
              "doctor, and I'll self-pay. Only a slot before nine in the morning works for me."),
            S("Then Wednesday the eighteenth at eight forty in the morning. The patient is "
              "me, Samuel Achebe, A, C, H, E, B, E, born September ninth, nineteen seventy-two, "
              "and this number is fine."),
            S("So Samuel Achebe, annual physical, Wednesday the eighteenth at eight forty AM. "
              "Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:40", "Samuel Achebe", about=r"physical|annual"),),
        said=(at(18, "08:40"),), ends_call=True, clock="2026-03-10 08:15",
        tags=("booking",)),
    Scenario(
        "dev26_clinic_flu_shot_price_then_first_thursday_afternoon_slot",
        "t_clinic", (
            S("Hello, how much is a flu shot at your clinic?", usd(40)),
            S("Okay, that's less than the pharmacy. I'm an established patient, I have Aetna, "
              "and I'd like the flu shot this Thursday afternoon, whatever's first after lunch."),
            S("Let's make it Thursday the twelfth at two twenty in the afternoon. My name is "
              "Marisol Vega, V, E, G, A, date of birth January fifth, nineteen sixty-five, on "
              "this number."),
            S("So Marisol Vega, flu shot, Thursday the twelfth at two twenty PM. Yes, please "
              "book it."),
            S("Wonderful, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:20", "Marisol Vega", about=r"flu"),),
        said=(at(12, "14:20"),), ends_call=True, tags=("booking",)),
    Scenario(
        "dev26_clinic_asks_the_lab_price_then_leaves_the_nurse_a_message",
        "t_clinic", (
            S("Hi, do you do lab work there, and what does it cost if I pay myself?",
              NO_FIXED_PRICE + r"|lab|blood", avoid=invented(r"lab|blood")),
            S("Okay, I won't book yet. Please have the nurse call me back about whether my "
              "doctor already ordered my blood work, so I know if I need an appointment."),
            S("My name is Theo Lindqvist, L, I, N, D, Q, V, I, S, T, born March thirtieth, "
              "nineteen ninety-one. My number is six four six, five five five, oh one one "
              "seven."),
            S("That's Theo Lindqvist, six four six, five five five, oh one one seven, about "
              "whether my blood work was ordered. It's not urgent. Thanks."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Theo Lindqvist", "+16465550117", about=r"lab|blood|order",
                          urgent=False),),
        said=(read_back("+16465550117"),), ends_call=True, clock="2026-03-11 12:40",
        caller="+12015550162", tags=("message",)),
    Scenario(
        "dev26_clinic_asks_for_a_same_day_visit_price_then_mentions_chest_pressure",
        "t_clinic", (
            S("Hi, how much is a same-day sick visit? Actually, I've had pressure in my chest "
              "since this morning and my left arm is tingling, I was going to come in later.",
              ER),
            S("Okay, my wife is driving me to the emergency room now. Please leave an urgent "
              "message for my doctor that I'm on my way to the ER with chest pressure. I'm "
              "Walter Brennan, B, R, E, N, N, A, N, on this number."),
            S("Yes, urgent, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Brennan", "+17735550184", about=r"chest|arm|ER|emergency",
                          urgent=True),),
        ends_call=True, clock="2026-03-12 10:05", caller="+17735550184",
        tags=("emergency",)),
    Scenario(
        "dev26_clinic_moves_a_friday_visit_to_the_first_slot_on_monday",
        "t_clinic", (
            S("Hi, I have an appointment this Friday morning and I'd like to move it. Before I "
              "do, what's the first appointment you have on Monday the sixteenth?"),
            S("The appointment is under Nadia Karim, K, A, R, I, M, Friday the thirteenth at "
              "nine in the morning, and I'm calling from the number on it."),
            S("Please move it to Monday the sixteenth at eight in the morning, first thing. "
              "Nadia Karim."),
            S("Yes, move it from Friday at nine to Monday the sixteenth at eight AM, please."),
            S("Thanks, that's all. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Nadia Karim"),),
        cancelled=("2026-03-13 09:00",), said=(at(16, "08:00"),), ends_call=True,
        seed=(Seed("2026-03-13 09:00", "Nadia Karim", "+14155550123"),),
        clock="2026-03-11 16:00", tags=("move",)),
    Scenario(
        "dev26_clinic_asks_sports_physical_prices_then_wants_the_front_desk",
        "t_clinic", (
            S("Hi, do you do sports physicals for kids, and how much are they?", usd(75)),
            S("Is a school physical the same price as a sports physical?",
              usd(75) + r"|same|yes"),
            S("Okay, I have a question about the school's forms. Can I talk to someone at the "
              "front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 14:30", tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev26_law_checks_the_estate_consult_is_free_then_books_a_video_morning",
        "t_law", (
            S("Hello, my husband and I want to make our wills. Is your estate planning "
              "consultation free?", NO_CHARGE),
            S("Good. It's estate planning, a will for me and my husband, no court dates, no "
              "other lawyer, and nobody else involved except our two kids, Ben and Lily "
              "Castellano."),
            S("We'd like it by video, on Thursday the nineteenth, as long as it's in the "
              "morning. Let's say Thursday the nineteenth at eleven."),
            S("My name is Rosa Castellano, C, A, S, T, E, L, L, A, N, O, this number is my "
              "cell, and my email is rosa dot castellano at example dot com."),
            S("So Rosa Castellano, estate planning consultation by video, Thursday the "
              "nineteenth at eleven AM. Yes, please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Rosa Castellano", about=r"estate|will|trust"),),
        said=(at(19, "11:00"),), ends_call=True, clock="2026-03-16 10:00",
        tags=("booking",)),
    Scenario(
        "dev26_law_if_the_consult_is_two_fifty_books_wednesday_afternoon",
        "t_law", (
            S("Hi, how much is your regular initial consultation with an attorney?", usd(250)),
            S("If it's two hundred fifty, that's fine. It's a business contract matter: a "
              "supplier, Harbor Lane Supply LLC, didn't deliver what we paid for. No court "
              "date yet, and I don't have another lawyer."),
            S("In person, please, next Wednesday afternoon. I'll take Wednesday the eighteenth "
              "at two in the afternoon."),
            S("My name is Victor Amsel, A, M, S, E, L. Call me back on my office line, two one "
              "two, five five five, oh one seven five, and the email is victor at amsel "
              "trading dot com."),
            S("So Victor Amsel, initial consultation in person, Wednesday the eighteenth at two "
              "PM, and two one two, five five five, oh one seven five. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Victor Amsel", "+12125550175",
                        about=r"contract|supplier|business|deliver|Harbor"),),
        said=(at(18, "14:00"), read_back("+12125550175")), ends_call=True,
        clock="2026-03-13 16:20", caller="+16315550122", tags=("booking",)),
    Scenario(
        "dev26_law_asks_about_video_meetings_then_leaves_a_tenant_question",
        "t_law", (
            S("Hi, can I meet an attorney by video instead of coming in?",
              r"video|yes|phone|person"),
            S("Okay. I'm not ready to book. I'd like an attorney to call me back about whether "
              "the firm takes tenant cases, my landlord is keeping my security deposit."),
            S("My name is Imani Brooks, B, R, O, O, K, S, and my number is five one oh, five "
              "five five, oh one three two."),
            S("So Imani Brooks, five one oh, five five five, oh one three two, about my "
              "landlord keeping my deposit. Not urgent, please pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Imani Brooks", "+15105550132",
                          about=r"tenant|landlord|deposit|rent", urgent=False),),
        said=(read_back("+15105550132"),), ends_call=True, clock="2026-03-10 17:45",
        tags=("message",)),
    Scenario(
        "dev26_law_brother_arrested_asks_how_fast_and_leaves_an_urgent_message",
        "t_law", (
            S("My brother was arrested about an hour ago. How fast can an attorney call me, "
              "and what does a criminal defense consultation cost?",
              r"urgent|message|call (?:you )?back|attorney|as soon as|right away|name",
              avoid=invented(r"criminal|defen[cs]e")),
            S("I'm his brother, Kenji Mori, M, O, R, I. He's Daniel Mori, he's being held at "
              "the county jail and they said he'd see a judge Monday. Please have an attorney "
              "call me at this number, seven one eight, five five five, oh one four four."),
            S("Yes, please mark it urgent and pass it on right away. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kenji Mori", "+17185550144",
                          about=r"arrest|custody|jail|brother|Daniel|criminal", urgent=True),),
        ends_call=True, clock="2026-03-14 21:30", caller="+17185550144",
        tags=("emergency",)),
    Scenario(
        "dev26_law_asks_if_injury_reviews_are_free_how_long_and_what_to_bring",
        "t_law", (
            S("Hi, I was rear-ended last month. Is a personal injury case evaluation free with "
              "you?", NO_CHARGE),
            S("And how long does that evaluation take? I'd have to do it on my lunch break.",
              DURATION_30),
            S("What should I bring to it?", r"\bID\b|identification|document|police|report"
              r"|letter|paper"),
            S("Great, I'll dig out my papers and call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 12:15",
        tags=("info",)),
    Scenario(
        "dev26_law_spanish_caller_asks_the_price_and_if_they_speak_spanish",
        "t_law", (
            S("Hola, buenos días. ¿Cuánto cuesta una consulta con un abogado? ¿Y hablan "
              "español?", NOT_ENGLISH),
            S("Me llamo Marta Ruiz, R, U, I, Z. Mi número es este, tres cero cinco, cinco cinco "
              "cinco, cero uno dos nueve."),
            S("Sí, por favor, que me llame alguien en español. Gracias, adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Marta Ruiz", "+13055550129",
                          about=r"Spanish|espa[nñ]ol|consult|abogado|price|cost"),),
        ends_call=True, clock="2026-03-12 11:00", caller="+13055550129",
        tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) ---------------------
    Scenario(
        "dev26_plumb_checks_the_service_call_fee_then_a_window_before_noon_thursday",
        "t_plumb", (
            S("Morning. Before I book, how much is your service call to come out and look at "
              "something?", usd(89)),
            S("Okay. My kitchen faucet drips, it's not leaking on the floor, nothing urgent. "
              "The address is forty-eight Birch Lane, one zero zero zero four, and I own the "
              "home."),
            S("What do you have on Thursday? Only if it's before noon, I'm out after lunch."),
            S("Then the Thursday window starting at nine in the morning, Thursday the twelfth "
              "at nine. My name is Martin Szabo, S, Z, A, B, O, on this number."),
            S("So Martin Szabo, forty-eight Birch Lane, the dripping faucet, Thursday the "
              "twelfth at nine AM. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Martin Szabo", about=r"faucet|drip|leak"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 07:15",
        tags=("booking",)),
    Scenario(
        "dev26_plumb_compares_drain_cleaning_and_service_call_then_last_saturday_window",
        "t_plumb", (
            S("Hi, my shower drain is really slow. What's the price of a drain cleaning, "
              "compared with just a regular service call?", usd(225) + "|" + usd(89)),
            S("Okay, whichever the technician thinks. The address is seventy-seven Cedar Court, "
              "one zero zero zero five, I own it, nothing's leaking, it's just slow."),
            S("What's your last window on Saturday? I'm busy all day until the evening.",
              r"\b5\b|\bfive\b|5 ?p|17:00|\b7\b|\bseven\b|7 ?p"),
            S("I'll take Saturday the fourteenth at five in the afternoon, the last one. My "
              "name is Lena Hoffmann, H, O, F, F, M, A, N, N, on this number."),
            S("So Lena Hoffmann, seventy-seven Cedar Court, slow shower drain, Saturday the "
              "fourteenth at five PM. Please book it."),
            S("Great, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 17:00", "Lena Hoffmann", "+19735550146",
                        about=r"drain|shower|slow|clog"),),
        said=(at(14, "17:00"),), ends_call=True, clock="2026-03-12 18:30",
        caller="+19735550146", tags=("booking",)),
    Scenario(
        "dev26_plumb_asks_for_a_water_heater_price_then_books_the_first_friday_window",
        "t_plumb", (
            S("Hi, do you fix water heaters, and can you give me a price over the phone for a "
              "repair?", r"technician|on site|quote|diagnos|service call|inspect|look"),
            S("I've had no hot water since yesterday, it's not leaking. The address is three "
              "oh two Willow Street, one zero zero zero six. I rent, and my landlord, Frank "
              "Ober, already said yes, his number is two oh one, five five five, oh one nine "
              "oh."),
            S("What's the earliest window on Friday? Let's say Friday the thirteenth at seven "
              "in the morning, first thing."),
            S("My name is Ahmed Saleh, S, A, L, E, H, and you can reach me on this number."),
            S("So Ahmed Saleh, three oh two Willow Street, no hot water, Friday the thirteenth "
              "at seven AM. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:00", "Ahmed Saleh", about=r"water heater|hot water"),),
        said=(at(13, "07:00"),), ends_call=True, clock="2026-03-10 20:00",
        tags=("booking",)),
    Scenario(
        "dev26_plumb_asks_about_guarantees_then_wants_a_replacement_quote_call",
        "t_plumb", (
            S("Hi, I'm getting a few quotes. Is your work guaranteed, and are you licensed and "
              "insured?", r"guarant|warrant|licensed|insured|yes"),
            S("Okay. I'm thinking about replacing my old water heater, but I want a firm quote "
              "before I commit. Can someone call me back about it? Nothing's broken, it's not "
              "urgent."),
            S("My name is Colleen Murphy, M, U, R, P, H, Y. Please call my cell, six one seven, "
              "five five five, oh one five five."),
            S("That's Colleen Murphy, six one seven, five five five, oh one five five, about a "
              "quote for a new water heater. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Colleen Murphy", "+16175550155",
                          about=r"water heater|quote|replac", urgent=False),),
        said=(read_back("+16175550155"),), ends_call=True, clock="2026-03-15 10:00",
        tags=("message",)),
    Scenario(
        "dev26_plumb_burst_pipe_at_night_asks_how_fast_and_the_after_hours_fee",
        "t_plumb", (
            S("A pipe just burst under my kitchen sink and there's water all over the floor. "
              "How fast can someone get here tonight?",
              r"shut|valve|main|turn off|water off|urgent|emergency"),
            S("I already shut the water off at the main, and it's nowhere near any outlets. "
              "The address is fifteen Ash Street, one zero zero zero seven. I'm Greg Tanaka, "
              "T, A, N, A, K, A, on this number."),
            S("And what's the after-hours emergency fee, just so I know?", usd(189)),
            S("Okay, please mark it urgent and get someone out tonight. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Greg Tanaka", "+19175550181",
                          about=r"burst|pipe|flood|water|leak", urgent=True),),
        ends_call=True, clock="2026-03-10 22:40", caller="+19175550181",
        tags=("emergency",)),
    Scenario(
        "dev26_plumb_asks_about_a_cancellation_fee_then_cancels_thursday",
        "t_plumb", (
            S("Hi, I have a plumber booked for Thursday afternoon for a running toilet, but I "
              "fixed it myself. Is there any fee if I cancel?",
              avoid=invented(r"cancel\w*|fee")),
            S("Please cancel it, then. It's under Bill Carver, C, A, R, V, E, R, Thursday the "
              "twelfth at one in the afternoon, and I'm calling from the number on it.",
              r"cancel"),
            S("Yes, cancel it. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 13:00",), ends_call=True,
        seed=(Seed("2026-03-12 13:00", "Bill Carver", "+14155550123"),),
        clock="2026-03-10 16:00", tags=("cancel",)),
    # --- salon (closed Sunday and Monday; Tuesday to Friday from 10, Thursday to 8;
    # Saturday 9 to 5; hour-long slots) ----------------------------------------------------
    Scenario(
        "dev26_salon_compares_a_blowout_and_a_cut_picks_the_cheaper_late_thursday",
        "t_salon", (
            S("Hi, what's the difference in price between a blowout and a women's haircut and "
              "style?", usd(45)),
            S("I'll go with the cheaper one, the blowout. I've been there before, and anyone is "
              "fine, no favorite stylist."),
            S("What's your last appointment on Thursday evening? I get off work late.",
              r"\b7\b|\bseven\b|7 ?p|19:00|\b8\b|\beight\b|8 ?p"),
            S("Then Thursday the nineteenth at seven in the evening for the blowout. My name "
              "is Chloe Marchetti, M, A, R, C, H, E, T, T, I, on this number."),
            S("So Chloe Marchetti, blowout, Thursday the nineteenth at seven PM. Yes, please "
              "book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Chloe Marchetti", about=r"blow"),),
        said=(at(19, "19:00"), usd(65)), ends_call=True, clock="2026-03-16 12:00",
        tags=("booking",)),
    Scenario(
        "dev26_salon_mens_cut_price_and_time_then_saturday_as_soon_as_you_open",
        "t_salon", (
            S("Hey, how much is a men's haircut, and how long does it take?", usd(35)),
            S("Good, that's quick. I've never been there, and any stylist is fine."),
            S("What time do you open on Saturday? I want the very first appointment.",
              r"\b9\b|\bnine\b|9 ?a|9:00"),
            S("Then Saturday the fourteenth at nine in the morning for a men's haircut. My name "
              "is Dmitri Volkov, V, O, L, K, O, V, and use this number."),
            S("So Dmitri Volkov, men's haircut, Saturday the fourteenth at nine AM. Book it, "
              "please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Dmitri Volkov", "+13475550127", about=r"men|cut"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 19:30",
        caller="+13475550127", tags=("booking",)),
    Scenario(
        "dev26_salon_color_if_its_under_a_hundred_books_friday_late_morning",
        "t_salon", (
            S("Hi, how much is single-process color, compared with partial highlights?",
              usd(95)),
            S("If the single-process is under a hundred, I'll do that one. It's just covering "
              "my grays in the same brown I have now, no big change. I've colored my hair "
              "before, but never at your salon, and anyone is fine."),
            S("Friday the twentieth at eleven in the morning, please, for single-process "
              "color. My name is Aisha Bello, B, E, L, L, O, on this number."),
            S("So Aisha Bello, single-process color, Friday the twentieth at eleven AM. Yes, "
              "please book it."),
            S("Lovely, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 11:00", "Aisha Bello", "+12155550163", about=r"colou?r"),),
        said=(at(20, "11:00"),), ends_call=True, clock="2026-03-17 10:30",
        caller="+12155550163", tags=("booking",)),
    Scenario(
        "dev26_salon_asks_about_gift_cards_then_leaves_a_bridal_party_message",
        "t_salon", (
            S("Hi, do you sell gift cards, and in what amounts?",
              r"gift card|any amount|yes|front desk"),
            S("Great. The real reason I'm calling: I'm planning hair for a bridal party of six "
              "in June and I'm comparing salons. Can someone call me back about it? Not urgent."),
            S("My name is Tessa Quinlan, Q, U, I, N, L, A, N, and my number is three one oh, "
              "five five five, oh one two six."),
            S("So Tessa Quinlan, three one oh, five five five, oh one two six, about a bridal "
              "party of six in June. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tessa Quinlan", "+13105550126",
                          about=r"brid|wedding|party|group", urgent=False),),
        said=(read_back("+13105550126"),), ends_call=True, clock="2026-03-10 09:15",
        tags=("message",)),
    Scenario(
        "dev26_salon_on_its_closed_monday_asks_mondays_saturday_close_and_free_consult",
        "t_salon", (
            S("Hi, are you open on Mondays?", r"closed|not open|aren't open|don't open|no\b"),
            S("And what time do you close on Saturdays?", r"\b5\b|\bfive\b|5 ?p|17:00"),
            S("Is the color consultation free?", NO_CHARGE),
            S("Perfect, I'll think it over and call back. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 10:30",
        tags=("info",)),
    Scenario(
        "dev26_salon_prices_balayage_asks_about_color_correction_then_wants_a_stylist",
        "t_salon", (
            S("Hi, how much is balayage at your salon?", usd(195)),
            S("And is color correction the same price? Someone else's color went wrong on me.",
              NO_FIXED_PRICE + r"|stylist|exact"),
            S("I'd rather talk it through. Can I speak to one of the stylists, please?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-13 15:00", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev26_homes_asks_if_showings_cost_and_pre_approval_then_books_the_last_sunday_slot",
        "t_homes", (
            S("Hi, is there any charge to see a house with one of your agents?", NO_CHARGE),
            S("And do I have to be pre-approved before I can see one?",
              r"pre-?approv|not always|required|help|seller"),
            S("We're buying, we're pre-approved, we don't have an agent, and it's the house at "
              "two ten Linden Avenue. We'd like to move this summer."),
            S("What's your last showing on Sunday? Let's say Sunday the fifteenth at three "
              "thirty in the afternoon. My name is Marcus Lindgren, L, I, N, D, G, R, E, N, "
              "on this number, and the email is marcus at lindgren dot net."),
            S("So Marcus Lindgren, showing at two ten Linden Avenue, Sunday the fifteenth at "
              "three thirty PM. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 15:30", "Marcus Lindgren",
                        about=r"show|Linden|buy"),),
        said=(at(15, "15:30"),), ends_call=True, clock="2026-03-12 18:30",
        tags=("booking",)),
    Scenario(
        "dev26_homes_asks_how_valuations_work_then_the_earliest_weekday_not_monday",
        "t_homes", (
            S("Hi, how do I find out what my home is worth, and do you charge for that?",
              r"valuation|market analysis|agent|free|no charge|no cost|recent sales"),
            S("Okay. I'm thinking of selling nine Harbor View Road, it isn't listed with anyone, "
              "and I'd like to sell this spring."),
            S("What's the earliest morning you have next week, as long as it's not Monday? "
              "I'll take Tuesday the seventeenth at nine thirty in the morning."),
            S("My name is Evelyn Shaw, S, H, A, W, on this number, and my email is evelyn dot "
              "shaw at example dot com."),
            S("So Evelyn Shaw, home valuation for nine Harbor View Road, Tuesday the "
              "seventeenth at nine thirty AM. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:30", "Evelyn Shaw", "+16095550174",
                        about=r"valu|list|sell|Harbor"),),
        said=(at(17, "09:30"),), ends_call=True, clock="2026-03-13 13:00",
        caller="+16095550174", tags=("booking",)),
    Scenario(
        "dev26_homes_asks_what_to_sign_before_touring_then_leaves_a_rental_message",
        "t_homes", (
            S("Hi, do I have to sign anything before I tour a home with one of your agents?",
              r"sign|agreement|written|contract"),
            S("Okay. Actually I'm looking to rent, and I'm comparing agencies. Can an agent "
              "call me back about the two-bedroom rentals you have? I want to move in May. Not "
              "urgent."),
            S("My name is Jordan Pike, P, I, K, E, and my number is five one oh, five five five, "
              "oh one three nine."),
            S("That's Jordan Pike, five one oh, five five five, oh one three nine, about "
              "two-bedroom rentals for May. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jordan Pike", "+15105550139", about=r"rent|bedroom|lease",
                          urgent=False),),
        said=(read_back("+15105550139"),), ends_call=True, clock="2026-03-15 17:30",
        tags=("message",)),
    Scenario(
        "dev26_homes_moves_a_friday_showing_to_saturday_only_if_after_noon",
        "t_homes", (
            S("Hi, I have a showing on Friday at four and I need to move it. Do you have "
              "anything on Saturday instead? Only if it's after noon."),
            S("The showing is under Sofia Almeida, A, L, M, E, I, D, A, Friday the thirteenth "
              "at four in the afternoon, and I'm calling from the number on it."),
            S("Please move it to Saturday the fourteenth at two in the afternoon. Sofia "
              "Almeida."),
            S("Yes, move it from Friday at four to Saturday the fourteenth at two PM."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 14:00", "Sofia Almeida"),),
        cancelled=("2026-03-13 16:00",), said=(at(14, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-13 16:00", "Sofia Almeida", "+14155550123"),),
        clock="2026-03-11 10:00", tags=("move",)),
    Scenario(
        "dev26_homes_asks_what_there_is_saturday_afternoon_then_goes_quiet",
        "t_homes", (
            S("Hi, I'm thinking about seeing the house at forty-four Orchard Street. What do "
              "you have on Saturday afternoon?"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-11 11:30",
        tags=("hangup",)),
    Scenario(
        "dev26_homes_french_caller_asks_what_a_visit_costs",
        "t_homes", (
            S("Bonjour. Je voudrais visiter un appartement à louer. Combien coûte une visite ? "
              "Vous parlez français ?", NOT_ENGLISH),
            S("Je m'appelle Claire Dubois, D, U, B, O, I, S. Mon numéro, c'est celui-ci, six un "
              "sept, cinq cinq cinq, zéro un quatre neuf."),
            S("Oui, rappelez-moi en français, s'il vous plaît. Merci, au revoir.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dubois", "+16175550149",
                          about=r"French|fran[cç]ais|visit|appart|rent|show"),),
        ends_call=True, clock="2026-03-11 14:00", caller="+16175550149",
        tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev26_auto_prices_an_oil_change_and_rotation_then_the_first_saturday_slot",
        "t_auto", (
            S("Hi, how much is an oil change, and what does a tire rotation add on top?",
              usd(89)),
            S("Okay, both then. It's a twenty nineteen Mazda CX-5, about forty-one thousand "
              "miles, nothing wrong with it, I'll drive it in and wait."),
            S("What's the first appointment you have on Saturday? I'll take Saturday the "
              "fourteenth at eight in the morning."),
            S("My name is Beatriz Santos, S, A, N, T, O, S, on this number."),
            S("So Beatriz Santos, oil change and tire rotation, Saturday the fourteenth at "
              "eight AM. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Beatriz Santos", about=r"oil|rotat"),),
        said=(at(14, "08:00"),), ends_call=True, clock="2026-03-11 17:00",
        tags=("booking",)),
    Scenario(
        "dev26_auto_check_engine_diagnostic_price_then_the_last_thursday_slot",
        "t_auto", (
            S("Hi, my check engine light is on. How much is the diagnostic?", usd(129)),
            S("It's steady, not flashing, and the car drives fine. It's a twenty fifteen "
              "Toyota Camry, about ninety thousand miles, it came on last week. I'll drop it "
              "off."),
            S("What's your last appointment on Thursday? I'll take Thursday the nineteenth at "
              "four thirty in the afternoon."),
            S("My name is Terrence Hall, H, A, L, L. Please call me back on my work cell, four "
              "oh four, five five five, oh one seven two, not this line."),
            S("So Terrence Hall, check engine light diagnostic, Thursday the nineteenth at four "
              "thirty PM, four oh four, five five five, oh one seven two. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:30", "Terrence Hall", "+14045550172",
                        about=r"engine|light|diagnos"),),
        said=(at(19, "16:30"), read_back("+14045550172")), ends_call=True,
        clock="2026-03-16 12:10", caller="+16785550103", tags=("booking",)),
    Scenario(
        "dev26_auto_pre_purchase_inspection_price_and_length_then_friday_ten_thirty",
        "t_auto", (
            S("Hi, I'm thinking of buying a used car. How much is your pre-purchase "
              "inspection?", usd(149)),
            S("And how long does the inspection take?",
              r"\b90\b|ninety|hour and a half|one and a half|1\.5"),
            S("Okay. It's a twenty sixteen Subaru Outback, about seventy thousand miles, the "
              "seller will drive it in and I'll wait with it."),
            S("Friday the thirteenth at ten thirty in the morning, please. My name is Noah "
              "Feldstein, F, E, L, D, S, T, E, I, N, on this number."),
            S("So Noah Feldstein, pre-purchase inspection, Friday the thirteenth at ten thirty "
              "AM. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:30", "Noah Feldstein", "+17325550119",
                        about=r"pre-?purchase|inspect|Subaru|Outback"),),
        said=(at(13, "10:30"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+17325550119", tags=("booking",)),
    Scenario(
        "dev26_auto_asks_if_they_do_trucks_then_wants_an_advisor_to_call_about_brakes",
        "t_auto", (
            S("Hi, do you work on pickup trucks? I've got a twenty twelve Ford F-250.",
              r"truck|most|domestic|import|yes|confirm"),
            S("Okay. I'm not booking yet. Can a service advisor call me back about replacing "
              "the brake pads on it? I want to compare with another shop first. Not urgent."),
            S("My name is Luis Ortega, O, R, T, E, G, A, and this number is fine, four one "
              "five, five five five, oh one two three."),
            S("That's Luis Ortega, on this number, about brake pads for the F-250. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Luis Ortega", "+14155550123", about=r"brake|pad|F-?250|truck",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 15:00", tags=("message",)),
    Scenario(
        "dev26_auto_brake_pedal_to_the_floor_asks_if_it_can_be_driven_in",
        "t_auto", (
            S("My brake pedal just went almost to the floor on the highway and I pulled onto "
              "the shoulder. Can I drive it in slowly, or how much would you charge to tow it?",
              r"don't drive|not drive|do not drive|tow|not safe|unsafe|safest",
              avoid=r"\bit(?:'s| is) (?:safe|fine|okay) to drive"),
            S("Okay, I won't drive it, I'll call a tow myself. Please leave an urgent message "
              "so the shop expects my car today. It's a twenty seventeen Honda Accord. I'm "
              "Hannah Ruiz, R, U, I, Z, on this number."),
            S("Yes, urgent please. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Ruiz", "+16505550177", about=r"brake|pedal|tow",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 16:20", caller="+16505550177",
        tags=("emergency",)),
    Scenario(
        "dev26_auto_asks_if_a_brake_inspection_is_free_and_how_long_then_an_advisor",
        "t_auto", (
            S("Hi, does a brake inspection cost anything?", NO_CHARGE),
            S("And how long does the brake inspection take?", DURATION_30),
            S("Okay, and one more thing, my other car is already in your shop. Can I talk to a "
              "service advisor about it, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 11:00", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev26_vet_compares_the_new_patient_and_wellness_exams_then_the_first_saturday_slot",
        "t_vet", (
            S("Hi, what's the price of a new patient exam compared with a wellness exam?",
              usd(75)),
            S("We're new, so the new patient exam. It's for our cat, Miso, a two-year-old "
              "domestic shorthair. She's healthy, no emergency, nothing toxic, just a first "
              "checkup."),
            S("What's the earliest you have on Saturday morning? I'll take Saturday the "
              "fourteenth at eight in the morning."),
            S("My name is Yuki Morimoto, M, O, R, I, M, O, T, O, on this number."),
            S("So Yuki Morimoto, new patient exam for Miso, Saturday the fourteenth at eight "
              "AM. Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Yuki Morimoto", "+15035550116",
                        about=r"new|exam|wellness|check|Miso|cat"),),
        said=(at(14, "08:00"),), ends_call=True, clock="2026-03-11 18:30",
        caller="+15035550116", tags=("booking",)),
    Scenario(
        "dev26_vet_prices_two_vaccines_then_an_afternoon_not_on_a_monday",
        "t_vet", (
            S("Hi, how much is a rabies vaccine, and the distemper combination?", usd(30)),
            S("Okay, both then. It's for my dog, Biscuit, a four-year-old beagle, we've been "
              "there before. He's fine, no emergency, just due for his shots."),
            S("Any afternoon next week, as long as it's not a Monday. Let's do Wednesday the "
              "eighteenth at four thirty in the afternoon."),
            S("My name is Carla Jimenez, J, I, M, E, N, E, Z, on this number."),
            S("So Carla Jimenez, vaccines for Biscuit, Wednesday the eighteenth at four thirty "
              "PM. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:30", "Carla Jimenez",
                        about=r"vaccin|rabies|distemper|shot|Biscuit"),),
        said=(at(18, "16:30"), usd(35)), ends_call=True, clock="2026-03-16 08:05",
        tags=("booking",)),
    Scenario(
        "dev26_vet_asks_if_they_see_rabbits_then_leaves_a_message_for_a_vet",
        "t_vet", (
            S("Hi, do you see rabbits, or only dogs and cats?",
              r"dogs and cats|dog|cat|ask|check|let you know|vet"),
            S("Okay. Could one of the vets call me back about whether someone can see my "
              "rabbit, Clover, for a nail trim and a checkup? It's not urgent."),
            S("My name is Irene Kowalski, K, O, W, A, L, S, K, I, and my number is eight four "
              "seven, five five five, oh one one one."),
            S("That's Irene Kowalski, eight four seven, five five five, oh one one one, about "
              "my rabbit Clover. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Irene Kowalski", "+18475550111", about=r"rabbit|bunny|Clover",
                          urgent=False),),
        said=(read_back("+18475550111"),), ends_call=True, clock="2026-03-14 13:00",
        tags=("message",)),
    Scenario(
        "dev26_vet_dog_ate_xylitol_gum_asks_if_they_take_emergencies_after_hours",
        "t_vet", (
            S("My dog just ate about five pieces of sugar-free gum with xylitol. Do you take "
              "emergencies, and how much is a sick visit?", VET_NOW),
            S("Okay, we're leaving for the emergency animal hospital now. Please leave an urgent "
              "note for our vet. I'm Patrick Doyle, D, O, Y, L, E, the dog is Rusty, and this "
              "number."),
            S("Yes, urgent. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patrick Doyle", "+12065550138", about=r"xylitol|gum|Rusty|ate",
                          urgent=True),),
        ends_call=True, clock="2026-03-12 19:45", caller="+12065550138",
        tags=("emergency",)),
    Scenario(
        "dev26_vet_asks_saturday_hours_microchip_price_and_length",
        "t_vet", (
            S("Hi, are you open on Saturdays, and until what time?",
              r"noon|\b12\b|twelve|midday"),
            S("How much is a microchip?", usd(50)),
            S("And how long does the microchip appointment take?",
              r"\b15\b|fifteen|quarter of an hour|quick"),
            S("Great, that's all I wanted to know. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 12:20",
        tags=("info",)),
    Scenario(
        "dev26_vet_asks_the_cancellation_policy_then_cancels_friday",
        "t_vet", (
            S("Hi, before I cancel an appointment, what's your cancellation policy?",
              r"\b24\b|twenty[- ]four|day"),
            S("Okay, it's more than a day away, so please cancel it. It's under Gordon Reid, "
              "R, E, I, D, Friday the thirteenth at ten thirty in the morning, and I'm calling "
              "from the number on it.", r"cancel"),
            S("Yes, please cancel it. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:30",), ends_call=True,
        seed=(Seed("2026-03-13 10:30", "Gordon Reid", "+14155550123"),),
        clock="2026-03-11 09:30", tags=("cancel",)),
]
