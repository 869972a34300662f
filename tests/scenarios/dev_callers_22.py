"""A twenty-second development set: 48 scripted callers, six in each of the fleet's eight trades,
who say dates, times and durations every way real people do, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-22) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the
twenty-first set's module docstring, its helper definitions and its first three callers, and
its test file, for the conventions; a print of that file that ran long also showed its fourth
caller and the opening of its fifth, none of which is copied here). The businesses' facts come
only from tenants/profession_data.py and the fleet in tests/factories.py; the format and the
judging from tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the
read-back pattern from tests/scenarios/spoken.py (`at()`); the shape from
tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds, KINDS_22
below).

What makes it different: the callers say when in their own words, and the receptionist has to
work the day and the time out from the call's own clock. Relative days: "the day after
tomorrow", "a week from Thursday", "a week from Monday", "a week from Saturday", "not this
coming Monday but the one after", "the Monday after next", "the Saturday after next", "end of
next week, the Friday", "sometime after the 15th", "tomorrow first thing", "this Sunday".
Times: "two-ish in the afternoon", "half past two", "quarter to four", "ten thirty", "half past
ten", "around lunchtime", "right after work, say five fifteen", "first thing in the morning",
"as soon as you open", "noon", "thirteen hundred, sorry, one in the afternoon". Dates as
ordinals, month names and numbers ("3/19, I mean March nineteenth", "the 19th", "Saturday,
April 18th"). Ranges and constraints: "any morning but Wednesday", "between three and four",
"not before ten, and I need to be done by one", "any time before ten thirty". Corrections of
one part only: "same day but an hour later", "same day, but in the afternoon", "no, make it the
afternoon one". Messages, emergencies and asks for a person carry times too: "call me back
after six or tomorrow between twelve and one", "Monday between two and four", "it started last
night around eleven", "he ate them around eight", "his arraignment is tomorrow at nine", "I
need to talk to someone before quarter to four", "offers are due by noon tomorrow". Calls ring
at realistic hours via `clock=`: before opening, at lunch, after closing, on a Saturday, a
Sunday or the salon's closed Monday, and every relative day is worked out from that clock. The
mix is the held-out sets' (KINDS_HELDOUT_MIX: 20 bookings, 8 messages, 6 emergencies, 2 moves
and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 other-language
caller, who speaks Portuguese, 1 early hang-up). Every `Say(..., expect=..., avoid=...)`
pattern is loose and case-insensitive so any good wording passes, and every price, hour and
policy it looks for is the business's own (profession_data.py); where the business's data has
no price (a cat's dental cleaning, a water heater replacement) the check is only for an honest
answer, never a made-up number.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev22

which prints `RESULT dev22_pass_rate=`, measured and never gated.
Its first run, on main at acf5d09, before anyone had read a transcript of it: 41/48 = 0.854.
Its failing transcripts were then read. One caller was the set's own error: the whitening
patient who asks for "a week from Monday, first thing" (dental) answered the question about her
number and said "please book it" on her last line, and the receptionist then read the booking
back (Monday, March 23rd at 8 AM, the right slot) and asked "Shall I book that?", as every set
expects; the script had no line left to say yes, so a careful receptionist could not pass. She
now has one more line, "Yes, that's all correct, please go ahead and book it." Every other
failure was the receptionist's and those callers are unchanged. Its second run, after that
fix: 42/48 = 0.875, the same six callers failing with the same reasons.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who negotiates or corrects one part names the final day and time
on a later line with the name the booking is for, and a booking is read back (`said=`) with its
final day and time. A caller whose words are enough on their own ("the day after tomorrow,
two-ish", "a week from Monday, first thing") does not name the date again: that is what is
tested. Only a call with `overrides` carrying a transfer number, inside opening hours, has a
line to transfer to (the caller asks for a person only in the last line); elsewhere a caller who
wants a person is helped or leaves a message. An emergency ends with an urgent message; a
routine message is not urgent (a refill or a caller in another language is not judged either
way). A call whose last line says goodbye is hung up by the receptionist (`ends_call=True`); one
that ends on a yes is not.
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
KINDS_22 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
# a price the business's data does not have: an honest "it depends", an exam or estimate
# first, or a note for the team; never a number
NO_PRICE = (r"depend|exam|inspect|estimate|quote|consult|(?:can't|cannot|not able to|unable to) "
            r"(?:give|quote|say|price|tell)|(?:don't|do not) have|not (?:listed|sure)|on site"
            r"|technician|vet|team|message|call you")
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|desculp"
               r"|portugu[eê]s|ingl[eê]s|nome\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# what is still there after the caller goes quiet, and the goodbye after a second silence
STILL_THERE = r"still there|are you there|hello|hear me|can you hear"
LET_GO = BYE + r"|goodbye|call (?:us )?back"

DEV_CALLERS_22: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev22_dental_day_after_tomorrow_two_ish_before_opening",
        "t_dental", (
            S("Hi, I'm an existing patient and I'm due for my cleaning and exam. Do you have "
              "anything the day after tomorrow, two-ish in the afternoon?"),
            S("It's for Maria Okafor, O, K, A, F, O, R, date of birth January 15th, 1990."),
            S("No pain, just the regular cleaning. I have Delta Dental, and the cell I'm calling "
              "from is the best number."),
            S("Yes, two o'clock on Thursday is perfect, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Maria Okafor", "+13125552201",
                        about=r"clean|check|exam"),),
        said=(at(12, "14:00"),), clock="2026-03-10 07:45", caller="+13125552201",
        tags=("booking",)),
    Scenario(
        "dev22_dental_whitening_a_week_from_monday_first_thing_friday_lunch",
        "t_dental", (
            S("Hi, I'd like to book the in-office teeth whitening. How much is that, by the way?",
              r"450|four hundred (?:and )?fifty"),
            S("Okay. Could I come in a week from Monday, first thing in the morning? I've been a "
              "patient of yours for years."),
            S("It's for Grace Whitfield, W, H, I, T, F, I, E, L, D, date of birth October 4th, "
              "1987. No pain, and I'll pay by card."),
            S("The number I'm calling from is the best one. Yes, first thing a week from Monday, "
              "please book it."),
            S("Yes, that's all correct, please go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 08:00", "Grace Whitfield", "+13125552202",
                        about=r"whiten"),),
        said=(at(23, "08:00"),), clock="2026-03-13 12:30", caller="+13125552202",
        tags=("booking",)),
    Scenario(
        "dev22_dental_daughter_after_the_15th_any_morning_but_wednesday",
        "t_dental", (
            S("Hi, I'd like to book a cleaning for my daughter, she's seven. Sometime after the "
              "15th, please, that's when her spring break starts."),
            S("Any morning but Wednesday, she has swim lessons on Wednesday mornings. We're "
              "existing patients."),
            S("Let's say Thursday the 19th at ten in the morning, for Mia Lindqvist, L, I, N, D, "
              "Q, V, I, S, T, date of birth July 2nd, 2018."),
            S("I'm her mom, Karin Lindqvist. She has no pain, we have MetLife, and this cell is "
              "the best number."),
            S("Yes, Mia's child cleaning on Thursday the 19th at ten, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Mia Lindqvist", "+13125552203",
                        about=r"child|clean|exam|check"),),
        said=(at(19, "10:00"),), clock="2026-03-10 17:20", caller="+13125552203",
        tags=("booking",)),
    Scenario(
        "dev22_dental_moves_a_week_from_tomorrow_then_same_day_in_the_afternoon",
        "t_dental", (
            S("Hi, this is Peter Gallo, G, A, L, L, O. I've got a cleaning tomorrow at ten, and "
              "I need to push it back a week."),
            S("A week from tomorrow would be great, same time, ten in the morning."),
            S("Oh wait, no, that Thursday morning I have jury duty. Same day, but in the "
              "afternoon, two o'clock, for Peter Gallo."),
            S("Yes, move my cleaning to Thursday the 19th at two in the afternoon, and cancel "
              "tomorrow's."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Peter Gallo", "+13125552204"),),
        cancelled=("2026-03-12 10:00",), said=(at(19, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Peter Gallo", "+13125552204"),),
        clock="2026-03-11 07:50", caller="+13125552204", tags=("move",)),
    Scenario(
        "dev22_dental_swelling_since_last_night_at_eleven_reaches_the_neck_sunday",
        "t_dental", (
            S("Hi, I know you're closed today. I've had a toothache on the lower right since "
              "Friday, and last night around eleven my jaw started to swell."),
            S("Since about six this morning the swelling has spread down into my neck, and it's "
              "getting hard to swallow.", ER),
            S("Okay, my wife is driving me to the emergency room now. Please leave an urgent "
              "message for the dentist to call me tomorrow first thing. I'm Tomasz Nowak, N, O, "
              "W, A, K, and this cell is the best number."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tomasz Nowak", "+13125552205",
                          about=r"swell|neck|swallow|tooth|jaw", urgent=True),),
        ends_call=True, clock="2026-03-15 09:20", caller="+13125552205",
        tags=("emergency",)),
    Scenario(
        "dev22_dental_billing_call_me_after_six_or_tomorrow_between_twelve_and_one",
        "t_dental", (
            S("Hi, I got a statement in the mail for a hundred and sixty five dollars for my "
              "cleaning on February 20th, but I thought my insurance covered that."),
            S("I'd like someone from billing to call me back. My name is Rachel Duarte, D, U, A, "
              "R, T, E."),
            S("I'm at work, so after six tonight is best, or tomorrow between twelve and one. "
              "The number I'm calling from is fine."),
            S("Yes, that's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Duarte", "+13125552206",
                          about=r"bill|statement|insurance|charge|invoice|165|cover",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 12:40", caller="+13125552206", tags=("message",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev22_clinic_annual_physical_monday_after_next_at_thirteen_hundred",
        "t_clinic", (
            S("Good morning, I'm an established patient and I need to book my annual physical "
              "for the Monday after next, at thirteen hundred. Sorry, one in the afternoon, old "
              "army habit."),
            S("It's for Daniel Okonkwo, O, K, O, N, K, W, O, date of birth August 14th, 1969. No "
              "preferred doctor, and I have Aetna."),
            S("The number I'm calling from is the best one."),
            S("Yes, the annual physical on the Monday after next at one in the afternoon. Please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 13:00", "Daniel Okonkwo", "+13125552207",
                        about=r"physical|annual"),),
        said=(at(23, "13:00"),), clock="2026-03-10 07:50", caller="+13125552207",
        tags=("booking",)),
    Scenario(
        "dev22_clinic_sports_physical_on_3_19_between_three_and_four",
        "t_clinic", (
            S("Hi, my son needs a sports physical for baseball. Could we come on 3/19, I mean "
              "March nineteenth, sometime between three and four, after school?"),
            S("He's been seen there before. His name is Jayden Brooks, B, R, O, O, K, S, date "
              "of birth May 3rd, 2011, and we have Blue Cross."),
            S("Let's do twenty past three on the 19th, for Jayden Brooks. I'm his dad, Marcus "
              "Brooks, and this cell is the best number."),
            S("Yes, Jayden's sports physical on Thursday the 19th at three twenty, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:20", "Jayden Brooks", "+13125552208",
                        about=r"sport|physical|baseball"),),
        said=(at(19, "15:20"),), clock="2026-03-11 16:10", caller="+13125552208",
        tags=("booking",)),
    Scenario(
        "dev22_clinic_refill_runs_out_friday_call_back_after_six",
        "t_clinic", (
            S("Hi, I need a refill of my blood pressure medicine, lisinopril. I'm down to my "
              "last two pills, so I'll run out by Friday."),
            S("I'm Linda Marsh, M, A, R, S, H, date of birth March 3rd, 1961. My pharmacy is the "
              "Walgreens on Fifth Street."),
            S("If the nurse needs to call me, please make it after six, I'm at work until then. "
              "The number I'm calling from is best."),
            S("Yes, that's everything, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Linda Marsh", "+13125552209",
                          about=r"refill|lisinopril|prescription|medic|pressure"),),
        ends_call=True, clock="2026-03-11 16:55", caller="+13125552209", tags=("message",)),
    Scenario(
        "dev22_clinic_chest_pain_since_half_past_six_before_opening",
        "t_clinic", (
            S("Hi, I've had chest pain since about half past six this morning, a tight "
              "squeezing, and now it's going into my left arm.", ER),
            S("My daughter is calling 911 on her phone right now. Can you leave an urgent "
              "message for my doctor so she knows?"),
            S("I'm Harold Benning, B, E, N, N, I, N, G, date of birth February 11th, 1958, and "
              "this number is the best one."),
            S("Yes, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Harold Benning", "+13125552210",
                          about=r"chest|arm|911|heart|pain", urgent=True),),
        clock="2026-03-12 07:35", caller="+13125552210", tags=("emergency",)),
    Scenario(
        "dev22_clinic_cancels_this_friday_at_twenty_past_two",
        "t_clinic", (
            S("Hi, I need to cancel my appointment this Friday, the one at twenty past two in "
              "the afternoon."),
            S("It's Olivia Grant, G, R, A, N, T, date of birth November 30th, 1985."),
            S("Yes, please cancel it. I'll call back to rebook once I know my work schedule."),
            S("No, that's all, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 14:20",), ends_call=True,
        seed=(Seed("2026-03-13 14:20", "Olivia Grant", "+13125552211"),),
        clock="2026-03-10 12:30", caller="+13125552211", tags=("cancel",)),
    Scenario(
        "dev22_clinic_flu_shot_price_and_tomorrow_first_thing_after_closing",
        "t_clinic", (
            S("Hi, quick question, how much is a flu shot if I'm paying myself?",
              r"\b40\b|forty"),
            S("And what time do you open tomorrow morning? I'd want to come first thing, before "
              "work.", r"\b8\b|eight"),
            S("And on Friday, how late are you open? Right after work, say five fifteen, would "
              "that be too late?", r"\b5\b|five|close|17:00"),
            S("Okay, I'll call back to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 17:30",
        caller="+13125552212", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev22_law_wills_end_of_next_week_friday_not_before_ten",
        "t_law", (
            S("Hello, my wife and I want to set up our wills, an estate planning consultation. "
              "Could we come in at the end of next week, the Friday, not before ten in the "
              "morning?"),
            S("It's just the two of us, no other parties, no deadline, and no lawyer right now. "
              "In person is fine."),
            S("Let's say eleven o'clock that Friday, for Robert Lindgren, L, I, N, D, G, R, E, N, "
              "and my email is robert dot lindgren at example dot com."),
            S("The cell I'm calling from is best. Yes, Friday at eleven, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 11:00", "Robert Lindgren", "+13125552213",
                        about=r"estate|will"),),
        said=(at(20, "11:00"),), clock="2026-03-10 12:15", caller="+13125552213",
        tags=("booking",)),
    Scenario(
        "dev22_law_consultation_a_week_from_thursday_right_after_lunch",
        "t_law", (
            S("Hi, how much is an initial consultation?", r"250|two hundred (?:and )?fifty"),
            S("Okay. It's a business dispute, a supplier who never delivered what we paid for. "
              "The other company is Harbor Line Freight. No court date yet, and I don't have a "
              "lawyer."),
            S("Could I come in a week from Thursday, right after lunch, say two o'clock? In "
              "person, please."),
            S("It's for Nadia Petrov, P, E, T, R, O, V, email nadia dot petrov at example dot "
              "com, and this cell is the best number."),
            S("Yes, a week from Thursday at two in the afternoon, go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-26 14:00", "Nadia Petrov", "+13125552214",
                        about=r"consult|business|supplier|dispute|contract"),),
        said=(at(26, "14:00"),), clock="2026-03-13 16:50", caller="+13125552214",
        tags=("booking",)),
    Scenario(
        "dev22_law_injury_not_this_coming_monday_the_one_after_at_noon",
        "t_law", (
            S("Hi, I was rear-ended last week and I'd like the personal injury case evaluation. "
              "Is that one free?", r"free|no charge|no cost|zero|\$0|0 dollars"),
            S("I'd like next Monday, and I mean not this coming Monday but the one after, at "
              "noon, I get a lunch break then."),
            S("The other driver is Kevin Shaw, S, H, A, W. No court date, and I don't have a "
              "lawyer. By phone is fine."),
            S("It's for Alicia Moreno, M, O, R, E, N, O, email alicia dot moreno at example dot "
              "com, and the cell I'm calling from is the best number."),
            S("Yes, that's Monday the 23rd at noon, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 12:00", "Alicia Moreno", "+13125552215",
                        about=r"injur|accident|rear|evaluat"),),
        said=(at(23, "12:00"),), clock="2026-03-11 09:30", caller="+13125552215",
        tags=("booking",)),
    Scenario(
        "dev22_law_son_arrested_last_night_around_eleven_arraignment_at_nine",
        "t_law", (
            S("Hi, my son was arrested last night around eleven and he's still in custody. His "
              "arraignment is tomorrow morning at nine."),
            S("I need an attorney to call me back as soon as they get in, before ten at the "
              "latest if at all possible.",
              r"urgent|as soon as|right away|message|call you back|attorney"),
            S("My name is Gloria Evans, E, V, A, N, S, my son is Tyler Evans, and the number "
              "I'm calling from is the best one."),
            S("Yes, please mark it urgent. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Evans", "+13125552216",
                          about=r"arrest|custody|arraign|court|son|Tyler", urgent=True),),
        clock="2026-03-11 07:15", caller="+13125552216", tags=("emergency",)),
    Scenario(
        "dev22_law_lease_signing_at_four_needs_someone_before_quarter_to_four",
        "t_law", (
            S("Hi, I'm calling about the lease my company is signing at four o'clock this "
              "afternoon, I have a question about one clause before then."),
            S("My name is Samuel Ortiz, O, R, T, I, Z, from Ortiz Bakery. It really has to be "
              "before quarter to four."),
            S("Could you put me through to someone there right now, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 14:10",
        caller="+13125552217", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev22_law_saturday_message_call_me_monday_between_two_and_four",
        "t_law", (
            S("Hi, I know you're closed on weekends. I'd like to leave a message for the "
              "attorney who did my will, I need to update it after my divorce."),
            S("My name is Beatrice Hollande, H, O, L, L, A, N, D, E, and the number I'm calling "
              "from is the best one."),
            S("Please ask them to call me on Monday between two and four in the afternoon, I'm "
              "in meetings all morning."),
            S("Yes, that's everything, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatrice Hollande", "+13125552218",
                          about=r"will|divorce|update|estate", urgent=False),),
        ends_call=True, clock="2026-03-14 10:30", caller="+13125552218", tags=("message",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev22_plumb_lukewarm_water_any_morning_but_wednesday",
        "t_plumb", (
            S("Hi, my water heater has only been giving lukewarm water since the weekend. No "
              "leaking, nothing on the floor. Can someone come out any morning this week but "
              "Wednesday?"),
            S("The address is 418 Birch Lane, 10003. I own the house."),
            S("Let's do Thursday, the nine in the morning window, for Howard Fitch, F, I, T, C, "
              "H. This cell is the best number."),
            S("What's the charge just for coming out?", r"\b89\b|eighty[- ]nine"),
            S("Okay. Yes, Thursday at nine, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Howard Fitch", "+13125552219",
                        about=r"water heater|lukewarm|hot water|heater"),),
        said=(at(19, "09:00"),), clock="2026-03-16 18:30", caller="+13125552219",
        tags=("booking",)),
    Scenario(
        "dev22_plumb_drain_this_saturday_first_thing_at_lunch",
        "t_plumb", (
            S("Hi, my kitchen sink drains really slowly, it's been getting worse for a couple of "
              "weeks. How much is a drain cleaning?", r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay. Could someone come this Saturday, first thing in the morning? Earlier is "
              "better."),
            S("It's 77 Cedar Court, 10002. I rent, and my landlord, Frank Ross, is fine with it, "
              "his number is two one two, five five five, zero one eight seven."),
            S("Make it Saturday at seven in the morning, for Julia Brennan, B, R, E, N, N, A, N, "
              "and the number I'm calling from is best."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 07:00", "Julia Brennan", "+13125552220",
                        about=r"drain|sink|clog|slow"),),
        said=(at(14, "07:00"),), clock="2026-03-11 12:20", caller="+13125552220",
        tags=("booking",)),
    Scenario(
        "dev22_plumb_running_toilet_monday_around_lunchtime_the_afternoon_one",
        "t_plumb", (
            S("Hi, my upstairs toilet keeps running and now the handle's broken. Could someone "
              "come Monday around lunchtime?"),
            S("It's 9 Maple Drive, 10001, and it's my own house. Nothing leaking, just "
              "running."),
            S("No, make it the afternoon one, one o'clock. I'm in a meeting until half past "
              "twelve."),
            S("It's for Theo Nakamura, N, A, K, A, M, U, R, A, and this cell is the best number. "
              "So Monday at one in the afternoon."),
            S("Yes, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Theo Nakamura", "+13125552221",
                        about=r"toilet|handle|running"),),
        said=(at(16, "13:00"),), clock="2026-03-14 16:00", caller="+13125552221",
        tags=("booking",)),
    Scenario(
        "dev22_plumb_burst_pipe_ten_minutes_ago_sunday_dawn",
        "t_plumb", (
            S("Hi, a pipe under my kitchen sink burst about ten minutes ago, there's water all "
              "over the floor."),
            S("I can't find the shut-off valve under the sink, and the water's still coming.",
              r"main|valve|shut"),
            S("Okay, my husband found the main and turned it off. We need someone out as soon "
              "as possible today, even with the after-hours fee."),
            S("It's Priya Raman, R, A, M, A, N, at 25 Willow Street, 10001, and this number is "
              "best."),
            S("Yes, please mark it urgent, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Priya Raman", "+13125552222",
                          about=r"burst|pipe|water|flood|leak", urgent=True),),
        clock="2026-03-15 06:50", caller="+13125552222", tags=("emergency",)),
    Scenario(
        "dev22_plumb_spanish_drip_since_last_night_day_after_tomorrow",
        "t_plumb", (
            S("Hola, buenas tardes. Tengo una pequeña gotera debajo del lavabo del baño desde "
              "anoche, como a las once. ¿Pueden mandar a alguien pasado mañana por la mañana?",
              NOT_ENGLISH),
            S("Me llamo Rosa Delgado, D, E, L, G, A, D, O."),
            S("Sí, este número es el mejor. Por favor, llámenme después de las seis de la "
              "tarde."),
            S("Sí, gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+13125552223",
                          about=r"spanish|espa|gotera|leak|drip|lavabo|sink|ba[nñ]o|bath|plumb"
                                r"|cita|visit|call"),),
        clock="2026-03-10 14:00", caller="+13125552223", tags=("spanish",)),
    Scenario(
        "dev22_plumb_water_heater_price_call_back_tomorrow_between_two_and_four",
        "t_plumb", (
            S("Hi, I'm thinking about replacing my old water heater, it's about fifteen years "
              "old. Roughly what does a replacement cost?", NO_PRICE),
            S("Okay, then I'd like someone to call me back about it. My name is Carl Jensen, J, "
              "E, N, S, E, N."),
            S("Please have them call me tomorrow between two and four in the afternoon, at the "
              "number I'm calling from."),
            S("Yes, that's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carl Jensen", "+13125552224",
                          about=r"water heater|replac|heater", urgent=False),),
        ends_call=True, clock="2026-03-12 19:20", caller="+13125552224", tags=("message",)),
    # --- salon (closed Mondays; Thursdays to 8; hour-long slots) ---------------------------
    Scenario(
        "dev22_salon_closed_monday_call_thursday_right_after_work_five_fifteen",
        "t_salon", (
            S("Hi, I know you're closed today, but can I book a men's haircut for this "
              "Thursday, right after work, say five fifteen?"),
            S("Anyone is fine, I've been in before."),
            S("If five fifteen isn't a time you do, let's make it six o'clock on Thursday, for "
              "Omar Siddiqui, S, I, D, D, I, Q, U, I."),
            S("The cell I'm calling from is best. Yes, Thursday at six, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Omar Siddiqui", "+13125552225",
                        about=r"men|haircut|cut"),),
        said=(at(19, "18:00"),), clock="2026-03-16 11:00", caller="+13125552225",
        tags=("booking",)),
    Scenario(
        "dev22_salon_color_a_week_from_saturday_not_before_ten_done_by_one",
        "t_salon", (
            S("Hi, I'd like to book a single-process color, just my usual, covering the grays. "
              "How much is that?", r"\b95\b|ninety[- ]five"),
            S("I'd like a week from Saturday, not before ten in the morning, and I need to be "
              "done by one. I've been coming to you for years."),
            S("No preference for a stylist. Let's do ten o'clock that Saturday, for Helen "
              "Abernathy, A, B, E, R, N, A, T, H, Y."),
            S("This cell is best. Yes, the color at ten on Saturday the 21st, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Helen Abernathy", "+13125552226",
                        about=r"colou?r"),),
        said=(at(21, "10:00"),), clock="2026-03-10 19:30", caller="+13125552226",
        tags=("booking",)),
    Scenario(
        "dev22_salon_moves_friday_at_three_to_next_thursday_evening_at_seven",
        "t_salon", (
            S("Hi, this is Ingrid Sato, S, A, T, O. I have a haircut this Friday at three, and I "
              "need to move it."),
            S("Could we do next Thursday evening instead, since you're open late on Thursdays? "
              "Seven o'clock if that works."),
            S("So that's Thursday the 19th at seven in the evening, for Ingrid Sato. Please move "
              "it there and cancel Friday's."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Ingrid Sato", "+13125552227"),),
        cancelled=("2026-03-13 15:00",), said=(at(19, "19:00"),), ends_call=True,
        seed=(Seed("2026-03-13 15:00", "Ingrid Sato", "+13125552227"),),
        clock="2026-03-11 10:05", caller="+13125552227", tags=("move",)),
    Scenario(
        "dev22_salon_closed_monday_asks_about_lunchtime_tomorrow_and_thursday_late",
        "t_salon", (
            S("Hi, are you open today? I was hoping to pop in around lunchtime for a blowout.",
              r"closed|not open|Monday"),
            S("Oh, okay. What time do you open tomorrow, then?", r"\b10\b|ten"),
            S("And how late are you open on Thursday? I can't get there till after seven.",
              r"\b8\b|eight|20:00"),
            S("And the blowout is how much?", r"\b45\b|forty[- ]five"),
            S("Great, I'll call back to book, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 09:30",
        caller="+13125552228", tags=("info",)),
    Scenario(
        "dev22_salon_balayage_saturday_after_next_then_goes_quiet",
        "t_salon", (
            S("Hi, I'd like to book a balayage for the Saturday after next, around ten in the "
              "morning."),
            silent(STILL_THERE),
            silent(LET_GO),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-14 16:40", caller="+13125552229",
        tags=("hangup",)),
    Scenario(
        "dev22_salon_wedding_april_18th_call_after_six_or_saturday",
        "t_salon", (
            S("Hi, I'm getting married on Saturday, April 18th, and I'd love to book hair for me "
              "and four bridesmaids that morning, starting around eight."),
            S("I'd like someone to call me to plan it. My name is Chloe Fairbanks, F, A, I, R, "
              "B, A, N, K, S."),
            S("The number I'm calling from is best, but please call after six in the evening on "
              "a weekday, or any time on Saturday."),
            S("Yes, that's it, thank you!"),
        ),
        outcome="message_taken",
        messages=(Message("Chloe Fairbanks", "+13125552230",
                          about=r"wedding|bridal|bride|married|bridesmaid|group",
                          urgent=False),),
        clock="2026-03-12 12:45", caller="+13125552230", tags=("message",)),
    # --- veterinary (weekdays 8 to 6, Saturdays to noon; half-hour slots) ------------------
    Scenario(
        "dev22_vet_checkup_and_rabies_a_week_from_saturday_half_past_ten",
        "t_vet", (
            S("Hi, my dog Biscuit is due for his yearly checkup and his rabies shot. Nothing's "
              "wrong, he's healthy."),
            S("We've been before. He's a beagle, six years old. Could we come a week from "
              "Saturday, at half past ten in the morning?"),
            S("It's under my name, Devon Mitchell, M, I, T, C, H, E, L, L, and the number I'm "
              "calling from is best."),
            S("Yes, Biscuit's checkup and rabies shot a week from Saturday at ten thirty, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:30", "Devon Mitchell", "+13125552231",
                        about=r"wellness|check|rabies|vaccin|annual|yearly|exam"),),
        said=(at(21, "10:30"),), clock="2026-03-13 17:40", caller="+13125552231",
        tags=("booking",)),
    Scenario(
        "dev22_vet_cat_dental_monday_after_next_eight_sharp_before_opening",
        "t_vet", (
            S("Hi, the vet said at our last visit that our cat Pepper needs a dental cleaning. "
              "How much does that usually cost?", NO_PRICE),
            S("Okay. We're existing clients, Pepper is a nine-year-old tabby. Could we book it "
              "for the Monday after next, first thing in the morning, eight o'clock?"),
            S("The owner is Fiona Callahan, C, A, L, L, A, H, A, N, and this cell is the best "
              "number."),
            S("Yes, Pepper's dental cleaning on the Monday after next at eight, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 08:00", "Fiona Callahan", "+13125552232",
                        about=r"dental|teeth|tooth|clean"),),
        said=(at(23, "08:00"),), clock="2026-03-10 07:30", caller="+13125552232",
        tags=("booking",)),
    Scenario(
        "dev22_vet_dog_ate_grapes_around_eight_evening",
        "t_vet", (
            S("Hi, I think my dog ate a bunch of grapes off the counter, maybe an hour ago, "
              "around eight o'clock.", VET_NOW),
            S("He's a lab mix, Cooper, about forty pounds. Should I make him throw up?",
              r"emergency|animal hospital|poison|vet|can't|cannot|not able",
              avoid=r"peroxide|salt water|teaspoon|tablespoon"),
            S("Okay, we're heading to the emergency hospital now. Please leave an urgent message "
              "for our vet to call us tomorrow first thing. I'm Jordan Pike, P, I, K, E, and "
              "this number is best."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jordan Pike", "+13125552233",
                          about=r"grape|ate|toxic|poison|Cooper", urgent=True),),
        ends_call=True, clock="2026-03-10 21:10", caller="+13125552233",
        tags=("emergency",)),
    Scenario(
        "dev22_vet_cancels_tomorrow_at_half_past_four",
        "t_vet", (
            S("Hi, I need to cancel my cat Luna's appointment tomorrow at half past four."),
            S("It's under Marisol Vega, V, E, G, A."),
            S("Yes, please cancel it. She's doing much better, I'll call to rebook her next "
              "checkup in the summer."),
            S("No, that's all. Thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 16:30",), ends_call=True,
        seed=(Seed("2026-03-12 16:30", "Marisol Vega", "+13125552234"),),
        clock="2026-03-11 08:20", caller="+13125552234", tags=("cancel",)),
    Scenario(
        "dev22_vet_portuguese_friday_next_week_half_past_ten",
        "t_vet", (
            S("Olá, bom dia. Gostaria de marcar uma consulta para o meu gato na sexta-feira da "
              "próxima semana, às dez e meia da manhã.", NOT_ENGLISH),
            S("Meu nome é Paulo Ferreira, F, E, R, R, E, I, R, A."),
            S("Sim, este número é o melhor para me ligar. Depois das cinco da tarde, por favor."),
            S("Sim, obrigado."),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Ferreira", "+13125552235",
                          about=r"portugu|gato|cat|consulta|appoint|vet|book|language|speak"
                                r"|english|call"),),
        clock="2026-03-12 10:15", caller="+13125552235", tags=("language",)),
    Scenario(
        "dev22_vet_refill_runs_out_friday_call_between_noon_and_one",
        "t_vet", (
            S("Hi, my dog Rex needs a refill of his allergy medicine, Apoquel. He has about "
              "three days left, so he runs out on Friday."),
            S("I'm Nathan Cole, C, O, L, E, and we're existing clients. The number I'm calling "
              "from is best."),
            S("Could someone call me back between noon and one, on my lunch break? Tomorrow is "
              "fine too."),
            S("Yes, that's all, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Nathan Cole", "+13125552236",
                          about=r"refill|apoquel|allerg|medic|prescription"),),
        clock="2026-03-11 12:10", caller="+13125552236", tags=("message",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev22_auto_oil_change_day_after_tomorrow_as_soon_as_you_open",
        "t_auto", (
            S("Hi, I need an oil change for my 2019 Subaru Outback, about forty thousand miles. "
              "How much is the full synthetic?", r"\b89\b|eighty[- ]nine"),
            S("Could I bring it in the day after tomorrow, first thing, as soon as you open? "
              "I'll wait for it."),
            S("It's for Greg Halvorsen, H, A, L, V, O, R, S, E, N, and this cell is the best "
              "number."),
            S("Yes, first thing on Thursday, seven thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Greg Halvorsen", "+13125552237",
                        about=r"oil"),),
        said=(at(12, "07:30"),), clock="2026-03-10 18:20", caller="+13125552237",
        tags=("booking",)),
    Scenario(
        "dev22_auto_diagnostic_a_week_from_thursday_then_an_hour_later",
        "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing, and the "
              "car drives fine. It's a 2016 Honda Accord with about ninety thousand miles."),
            S("How much is the diagnostic?",
              r"129|one (?:hundred )?(?:and )?twenty[- ]nine"),
            S("I can't do next week. Could I drop it off a week from Thursday at ten thirty?"),
            S("Actually, same day but an hour later, eleven thirty, I've got a dentist "
              "appointment that morning. It's for Leah Brandt, B, R, A, N, D, T, and this cell "
              "is best."),
            S("Yes, the diagnostic on Thursday the 26th at eleven thirty, I'll drop it off. "
              "Please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-26 11:30", "Leah Brandt", "+13125552238",
                        about=r"check engine|diagnos|light|engine"),),
        said=(at(26, "11:30"),), clock="2026-03-14 09:15", caller="+13125552238",
        tags=("booking",)),
    Scenario(
        "dev22_auto_brake_pedal_to_the_floor_since_seven_this_morning",
        "t_auto", (
            S("Hi, on my way to work this morning around seven, my brake pedal started going "
              "almost to the floor. I limped it home."),
            S("It's a 2012 Ford Escape. Can I drive it over to you this afternoon, around "
              "two-ish?", r"tow|not (?:to )?drive|don't drive|do not drive|safe"),
            S("Okay, I'll get it towed. Please have a service advisor call me urgently about "
              "getting it in today. I'm Victor Alvarez, A, L, V, A, R, E, Z, and this cell is "
              "best."),
            S("Yes, please, thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Victor Alvarez", "+13125552239",
                          about=r"brake|pedal|tow", urgent=True),),
        clock="2026-03-16 08:40", caller="+13125552239", tags=("emergency",)),
    Scenario(
        "dev22_auto_saturday_afternoon_how_late_today_and_monday_opening",
        "t_auto", (
            S("Hi, how late are you open today? It's half past two now and I'm about twenty "
              "minutes away.", r"\b3\b|three|15:00"),
            S("Are you open tomorrow at all?", r"closed|not open|Sunday|Monday"),
            S("What time do you open on Monday, then?",
              r"7:30|seven[- ]thirty|half past seven"),
            S("And how much is a tire rotation?", r"\b29\b|twenty[- ]nine"),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 14:30",
        caller="+13125552240", tags=("info",)),
    Scenario(
        "dev22_auto_jeep_promised_by_end_of_day_yesterday_needs_it_by_five_fifteen",
        "t_auto", (
            S("Hi, I dropped my Jeep off on Monday around eight in the morning for a brake job, "
              "and I was told it'd be ready by the end of the day yesterday."),
            S("The name is Curtis Bell, B, E, L, L. I need it by five fifteen today, right after "
              "work, or I'm stuck."),
            S("Can I talk to the service advisor working on it, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 15:20",
        caller="+13125552241", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev22_auto_approve_estimate_call_me_before_ten_thirty_tomorrow",
        "t_auto", (
            S("Hi, I know you're closed. Your shop gave me an estimate last Thursday for brake "
              "pads on my 2017 Camry, and I want to go ahead with it."),
            S("My name is Sandra Kowalski, K, O, W, A, L, S, K, I, and the number I'm calling "
              "from is best."),
            S("Please have the service advisor call me tomorrow morning, any time before ten "
              "thirty, that's when I get to work."),
            S("Yes, that's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Kowalski", "+13125552242",
                          about=r"estimate|brake|approv|pads|quote|go ahead", urgent=False),),
        ends_call=True, clock="2026-03-12 18:40", caller="+13125552242", tags=("message",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays noon to 4; half-hour slots)
    Scenario(
        "dev22_homes_showing_this_sunday_around_half_past_two",
        "t_homes", (
            S("Hi, we'd like to see the house at 52 Linden Avenue this Sunday, around half past "
              "two in the afternoon. We're looking to buy."),
            S("We're not working with an agent, and we're pre-approved. We'd like to move by the "
              "summer."),
            S("Please book it under Ella Whitaker, W, H, I, T, A, K, E, R, email ella dot "
              "whitaker at example dot com, and this cell is best."),
            S("Yes, Sunday at two thirty for the Linden Avenue showing, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 14:30", "Ella Whitaker", "+13125552243",
                        about=r"show|Linden|buy|view|tour"),),
        said=(at(15, "14:30"),), clock="2026-03-12 12:20", caller="+13125552243",
        tags=("booking",)),
    Scenario(
        "dev22_homes_valuation_next_week_any_morning_but_wednesday_not_before_ten",
        "t_homes", (
            S("Hi, we're thinking of selling our house and want a valuation appointment with an "
              "agent. It's 140 Orchard Road, and it's not listed with anyone."),
            S("Next week works, any morning but Wednesday, and not before ten, I do the school "
              "drop-off."),
            S("Let's make it Tuesday the 17th at ten thirty, for Sunil Kapoor, K, A, P, O, O, R, "
              "and this cell is best. Email is sunil dot kapoor at example dot com."),
            S("We'd like to list in about two months. Yes, Tuesday at ten thirty, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:30", "Sunil Kapoor", "+13125552244",
                        about=r"valu|sell|list|apprais|market|Orchard"),),
        said=(at(17, "10:30"),), clock="2026-03-13 16:45", caller="+13125552244",
        tags=("booking",)),
    Scenario(
        "dev22_homes_rental_showing_on_3_19_right_after_work_five_thirty",
        "t_homes", (
            S("Hi, I'm calling about the two-bedroom apartment for rent at 88 Harbor Street, "
              "unit 4B. I'd like to see it."),
            S("I'm hoping to move in on April 1st. Could I see it on 3/19, that's March "
              "nineteenth, right after work, say five thirty?"),
            S("It's for Tanisha Green, G, R, E, E, N, email tanisha dot green at example dot "
              "com, and the number I'm calling from is best."),
            S("Yes, the rental showing on the 19th at five thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 17:30", "Tanisha Green", "+13125552245",
                        about=r"rent|apartment|Harbor|show"),),
        said=(at(19, "17:30"),), clock="2026-03-15 12:30", caller="+13125552245",
        tags=("booking",)),
    Scenario(
        "dev22_homes_sunday_just_after_closing_asks_the_hours",
        "t_homes", (
            S("Hi, are you still open? I figured you'd be open until five on Sundays.",
              r"closed|\b4\b|four|16:00|not open"),
            S("Okay. What are your hours on weekdays? I'd want to come by after work, say around "
              "six thirty.", r"\b6\b|six|18:00"),
            S("And on Saturdays?", r"(?:10|ten).{0,40}(?:5|five|17:00)"),
            S("Do I need to be pre-approved to see a house?", r"pre-?approv"),
            S("Okay, I'll call back during the week, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 16:20",
        caller="+13125552246", tags=("info",)),
    Scenario(
        "dev22_homes_offer_due_by_noon_tomorrow_asks_for_the_agent",
        "t_homes", (
            S("Hi, we saw the house at 31 Aspen Court on Saturday and we want to make an offer. "
              "The listing says offers are due by noon tomorrow."),
            S("I'm Rafael Ortega, O, R, T, E, G, A. We're pre-approved and we don't have our own "
              "agent."),
            S("Can you put me through to the listing agent, or anyone who can help with an offer, "
              "right now, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-16 11:10",
        caller="+13125552247", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev22_homes_property_management_call_after_six_or_saturday_before_noon",
        "t_homes", (
            S("Hi, I have a duplex I'd like to rent out starting in June, and I'm interested in "
              "your property management. I'd like an agent to call me."),
            S("My name is Evelyn Park, P, A, R, K, and the number I'm calling from is best."),
            S("I work days, so please call after six on a weekday, or Saturday morning before "
              "noon."),
            S("Yes, that's right, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Evelyn Park", "+13125552248",
                          about=r"manag|rent|duplex|landlord|propert", urgent=False),),
        ends_call=True, clock="2026-03-14 17:45", caller="+13125552248", tags=("message",)),
]
