"""A thirty-fourth development set: 48 scripted callers, six in each of the fleet's eight trades,
who come with SCHEDULING CONSTRAINTS and negotiate the time, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-34) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses (and its reply wording for a move, a cancellation, a
transfer and a silent caller) and tests/scenarios/harness.py; the read-back pattern from
tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule
of it, with the held-out mix of kinds, KINDS_34 below).

What makes it different: nobody here simply names a day and a time. Every caller brings a
constraint and bargains: "not mornings", "only after four", "any day but Wednesday", "the
earliest you have", "before my flight on Friday", "a Saturday if possible", "after school",
"between two and four", "the week after next"; they turn an offer down and give a new window,
ask whether there is anything sooner, choose between two offers with "the later one" or "the
first one", or pick a time relative to one ("half an hour later than that", "an hour later than
that"). The constraint carries into the other kinds of call too: a message asks to be called
back only between twelve and one, or after five on a weekday; a move is made because mornings
no longer work; a cancellation because weekdays no longer do; a question-only caller asks about
evening and weekend hours; a person is asked for because a rota is too complicated to fit; an
emergency asks for the earliest slot tomorrow. The kinds stay the held-out mix
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number,
6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1
Spanish and 1 French caller, 1 early hang-up). Calls ring at realistic hours via `clock=`:
before opening, at lunch, after closing, late at night, on a Saturday, on a Sunday, on the
salon's closed Monday.

Judging. Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says
otherwise. The scripted caller cannot hear the replies, so each line stands on its own whatever
the receptionist asked or offered: "the later one" or "half an hour later than that" is always
followed, in a later line, by the final day and time said plainly, with the service and the name
the booking is to be under (and the callback number when it is not the line the call comes
from). A booking is read back (`said=` with `at()` for its final day and time; a callback other
than the calling line is checked digit by digit with `read_back`). Every time booked is on the
trade's grid, inside its opening hours and at least two days after the call. Only a call with
`overrides` carrying a transfer number, inside opening hours, has a line to transfer to, and the
caller asks for a person only in the last line; the six emergencies ring where there is no line
to transfer to and end in an urgent message (with the trade's safety advice looked for loosely:
a tow, the emergency animal hospital, 911 or the gas company). A routine message is not urgent.
A call whose last line says goodbye is hung up by the receptionist (`ends_call=True`); the early
hang-up goes silent twice. `expect=` patterns are loose and case-insensitive so any good wording
passes; every price and hour looked for is the business's own (profession_data.py); `never_said=`
only catches an invented specific (a dose, a diagnosis, legal advice, a valuation, a promise of
when a car is ready), never an honest refusal that repeats the caller's words.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev34

which prints `RESULT dev34_pass_rate=`, measured and never gated.
Its first run, at c27b6c2 (where the branch was cut), before anyone had read a transcript of
it: 38/48 = 0.79.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script too short to finish, a missing
ends_call, a name clash): one was found. The caller booking her daughter the week after next
said "that's everything" in the same line as "book it", so the receptionist rightly booked,
said goodbye and hung up, and her scripted goodnight after it failed as "the call ended before
line 6"; those three words were taken out of that line (nothing else about the caller changed).
The other nine failures were the receptionist's own and were left as they are. The second run,
with that fix: 39/48 = 0.81, the same nine failing.
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
KINDS_34 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|good ?night"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# an emergency animal hospital, poison control or coming in now
# an invented verdict, not one the caller asked about ("I can't say whether you have a case")
NOT_ASKED = r"(?<!whether )(?<!if )"
NO_CASE = (NOT_ASKED + r"you (?:have|don't have) a (?:good |strong )?case|" + NOT_ASKED
           + r"you(?:'ll| will) win")
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"


DEV_CALLERS_34: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d34_dental_teacher_not_mornings_not_wednesday_cleaning_thursday_at_three",
        "t_dental", (
            S("Good morning. I'm due for my six-month cleaning, I'm an existing patient. Mornings "
              "are impossible for me, I teach until noon, so it has to be an afternoon, and any "
              "day except Wednesday, that's my late day at school."),
            S("No pain, nothing like that, just the routine cleaning and checkup. Insurance is "
              "MetLife through my husband, he's the policy holder, Gary Okafor."),
            S("If what you've got is a morning, I'll have to pass on it. What about Thursday the "
              "twelfth or Monday the sixteenth, any time after one?"),
            S("Let's do Thursday the twelfth at three in the afternoon. My name is Adaeze Okafor, "
              "date of birth October fourth, nineteen seventy-nine, and this number is fine for "
              "a callback."),
            S("So that's Adaeze Okafor, cleaning and checkup, Thursday March twelfth at three PM. "
              "Yes, please book it."),
            S("Wonderful, thank you so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Adaeze Okafor", "+17185550148",
                        about=r"clean|check|exam"),),
        said=(at(12, "15:00"),), ends_call=True, clock="2026-03-09 07:45",
        caller="+17185550148", tags=("booking",)),
    Scenario(
        "d34_dental_lost_filling_fixed_before_his_flight_on_friday_at_nine",
        "t_dental", (
            S("Hi there, a filling fell out last night. It doesn't hurt and there's no swelling, "
              "but I fly to Denver on Friday afternoon for two weeks and I really want it fixed "
              "before I go. I've been a patient there for a few years."),
            S("My flight's at two forty, so I'd need to be out of the chair by eleven on Friday "
              "at the latest. Is there anything sooner than Friday, though? Thursday maybe?"),
            S("Actually, scratch Thursday, I've got an all-day thing at work. Friday morning it "
              "is. Nine o'clock if you have it."),
            S("Name's Tom Beltran, B, E, L, T, R, A, N, born June twenty-first, nineteen "
              "eighty-eight. Cigna through work, I'm the policy holder. This cell is the best "
              "number."),
            S("Okay, so Tom Beltran, replacing the lost filling, Friday March thirteenth at nine "
              "in the morning. Go ahead and book that."),
            S("Perfect, I'll make my flight. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:00", "Tom Beltran", "+13035550112",
                        about=r"fill"),),
        said=(at(13, "09:00"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+13035550112", tags=("booking",)),
    Scenario(
        "d34_dental_daughter_cleaning_the_week_after_next_earliest_the_first_one",
        "t_dental", (
            S("Hello, I'd like to book my daughter in for her cleaning. Not this week or next, "
              "we're away for spring break, so the week after next. Whatever's earliest that "
              "week."),
            S("She's seven and she's been there before, her name is Lily Sandoval. No toothache, "
              "just her regular six-month visit. We have Delta Dental, I'm the policy holder, "
              "Rosa Sandoval."),
            S("If you've got two times for me, I'll take the first one. First thing in the "
              "morning suits us fine, she can go in to school a bit late."),
            S("Just so we're clear, I want Monday the twenty-third of March at eight in the "
              "morning. Her birthday is April second, twenty eighteen, and you can call me back "
              "on this number."),
            S("Please book it under Lily Sandoval, child cleaning and checkup, Monday March "
              "twenty-third at eight AM."),
            S("Thanks so much, good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 08:00", "Lily Sandoval", "+15125550163",
                        about=r"clean|child|check|exam"),),
        said=(at(23, "08:00"),), ends_call=True, clock="2026-03-11 20:15",
        caller="+15125550163", tags=("booking",)),
    Scenario(
        "d34_dental_knocked_out_tooth_after_hours_wants_the_earliest_tomorrow",
        "t_dental", (
            S("Hi, my son just took a hockey stick to the mouth at practice and one of his front "
              "teeth came right out. It's a grown-up tooth, he's twelve. We've put the tooth in "
              "a cup of milk."),
            S("He's bleeding a little but it's slowing down, he's breathing fine, no other "
              "injuries. I know you're closed, but can the dentist see him first thing "
              "tomorrow, the very earliest possible?"),
            S("Please get an urgent message to the dentist tonight. I'm Karen Whitfield, his "
              "name is Owen, and my cell is five oh three, five five five, oh one seven seven, "
              "not the house phone I'm on."),
            S("That's Karen Whitfield, five oh three, five five five, oh one seven seven, "
              "knocked-out front tooth, we need the earliest time tomorrow. Please mark it "
              "urgent."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Karen Whitfield", "+15035550177", about=r"tooth|knock",
                          urgent=True),),
        said=(read_back("+15035550177"),), ends_call=True, clock="2026-03-12 18:10",
        caller="+15035550109", tags=("emergency",)),
    Scenario(
        "d34_dental_billing_question_call_back_only_between_two_and_four",
        "t_dental", (
            S("Hi, I got a statement in the mail for two hundred and ten dollars and I think my "
              "insurance should have covered part of it. I know nobody's in on a Sunday, so I'd "
              "like to leave a message for whoever handles billing."),
            S("The best time to reach me is between two and four in the afternoon, any weekday. "
              "Before two I'm in meetings and after four I'm doing the school run, so please "
              "not in the morning."),
            S("My name is Harold Jessup, J, E, S, S, U, P, and the number is four oh four, five "
              "five five, oh one six two. That's my work cell, not the line I'm calling from."),
            S("So: Harold Jessup, four oh four, five five five, oh one six two, a question about "
              "my billing statement and the insurance, please call between two and four on a "
              "weekday."),
            S("That's it, thanks. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Jessup", "+14045550162", about=r"bill|statement|insurance",
                          urgent=False),),
        said=(read_back("+14045550162"),),
        ends_call=True, clock="2026-03-15 16:00", caller="+14045550190", tags=("message",)),
    Scenario(
        "d34_dental_new_shifts_rule_out_afternoons_so_she_cancels_wednesday",
        "t_dental", (
            S("Hello, I have an appointment on Wednesday the eighteenth at two and I need to "
              "cancel it. My shifts at the hospital changed and I can't do afternoons at all "
              "anymore."),
            S("The appointment is under Marjorie Fenn, F, E, N, N. I'm calling from the number "
              "it was booked with."),
            S("No, don't rebook it for now, I'll call back when I know my new rota, probably for "
              "an early morning. Just cancel Wednesday the eighteenth at two, please."),
            S("Yes, cancel it. Thank you, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-18 14:00",),
        seed=(Seed("2026-03-18 14:00", "Marjorie Fenn", "+12065550141"),), ends_call=True,
        clock="2026-03-11 08:05", caller="+12065550141", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d34_clinic_asthma_follow_up_after_school_not_wednesday_thursday_at_four",
        "t_clinic", (
            S("Hi, I need to book a follow-up for my son, he's an established patient, it's a "
              "check on his asthma. It has to be after school, he gets out at three fifteen and "
              "we're twenty minutes away."),
            S("His name is Jaden Moore, date of birth January ninth, two thousand eleven. We "
              "have Blue Cross Blue Shield, and any provider is fine."),
            S("Wednesdays don't work, he has orchestra, but any other afternoon this week or next "
              "is fine. Three forty at the very earliest."),
            S("If you've got Thursday the twelfth at four o'clock, I'll take that. Four PM "
              "Thursday."),
            S("The appointment is for Jaden Moore, Thursday March twelfth at four in the "
              "afternoon, asthma follow-up. I'm his mom, Tasha, and this number is good."),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:00", "Jaden Moore", "+16145550117",
                        about=r"asthma|follow"),),
        said=(at(12, "16:00"),), ends_call=True, clock="2026-03-10 16:45",
        caller="+16145550117", tags=("booking",)),
    Scenario(
        "d34_clinic_earliest_you_have_anything_sooner_not_before_eight_forty_monday",
        "t_clinic", (
            S("Good morning, I'd like to see a doctor for a recheck of my blood pressure, I'm an "
              "established patient. Whatever's the earliest you've got, I'm flexible."),
            S("Is there anything sooner than that? I'm off work on Monday, so Monday would be "
              "ideal if you have it."),
            S("Morning is good, but I drop my wife at the train at eight, so nothing before "
              "eight forty. Eight forty on Monday, or the next one after that."),
            S("Let's lock it in: Monday, March sixteenth, at eight forty in the morning. Name is "
              "Desmond Achebe, date of birth March third, nineteen sixty-two, Aetna insurance."),
            S("Yes, Desmond Achebe, blood pressure recheck, Monday the sixteenth at eight forty "
              "AM, and this number is fine. Please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Desmond Achebe", "+12165550173",
                        about=r"blood|pressure|recheck|follow"),),
        said=(at(16, "08:40"),), ends_call=True, clock="2026-03-13 07:30",
        caller="+12165550173", tags=("booking",)),
    Scenario(
        "d34_clinic_between_two_and_four_takes_the_later_one_wednesday_three_twenty",
        "t_clinic", (
            S("Hi, I'm calling on a Saturday, so I guess I'll get the machine, but can I book an "
              "appointment for a mole on my back I'd like someone to look at? I'm an established "
              "patient."),
            S("I can only get away from the store between two and four in the afternoon, "
              "Tuesday through Thursday next week. Whoever's available is fine."),
            S("If you've got two times for me, the later one is better, it gives me time to "
              "get there after the lunch rush."),
            S("To make it simple: Wednesday March eighteenth at three twenty in the afternoon. "
              "That's the one I want."),
            S("It's for Irene Kowalski, K, O, W, A, L, S, K, I, born November thirtieth, "
              "nineteen seventy. United Healthcare. My callback is this number."),
            S("Yes, Irene Kowalski, Wednesday the eighteenth at three twenty PM, the mole check. "
              "Book it, thanks."),
            S("Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:20", "Irene Kowalski", "+14125550136",
                        about=r"mole|skin|back|spot"),),
        said=(at(18, "15:20"),), ends_call=True, clock="2026-03-14 11:00",
        caller="+14125550136", tags=("booking",)),
    Scenario(
        "d34_clinic_lab_results_nurse_call_only_after_four_on_his_mobile",
        "t_clinic", (
            S("Hi, this is about my lab results from last week. I got a notice they're in, but I "
              "can't make sense of them and I'd like the nurse to call me."),
            S("Please make sure it's after four. I work a day shift at the warehouse and can't "
              "take calls on the floor. Four fifteen onwards, any day this week."),
            S("The name is Bernard Osei, O, S, E, I, date of birth July seventeenth, nineteen "
              "fifty-five. Call me on my mobile, nine one seven, five five five, oh one three "
              "one."),
            S("So it's Bernard Osei, nine one seven, five five five, oh one three one, the nurse "
              "to call about my lab results, after four in the afternoon."),
            S("That's everything. Thanks, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bernard Osei", "+19175550131", about=r"lab|result",
                          urgent=False),),
        said=(read_back("+19175550131"),),
        never_said=(NOT_ASKED + r"your (?:results|labs) (?:are|look|seem) (?:normal|fine|good)",),
        ends_call=True, clock="2026-03-11 12:40", caller="+19175550188", tags=("message",)),
    Scenario(
        "d34_clinic_works_nine_to_five_asks_about_evenings_saturdays_and_same_day",
        "t_clinic", (
            S("Hi, quick question before I switch doctors. I work nine to five downtown, so do "
              "you have any evening hours, or are you open on Saturdays at all?",
              r"\b(?:8|eight)\b.{0,60}\b(?:5|five)\b|weekend|saturday"),
            S("So nothing after five and nothing on the weekend. What about same-day "
              "appointments, if I wake up sick, can I get in that day?",
              r"same[- ]day|sick|early in the day|first available"),
            S("Okay. If I got in at eight I'd still make it to work by nine, so that could work. "
              "I'll call back to register. Thanks, bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"open (?:until|till) (?:6|7|8|9|six|seven|eight|nine)(?::\d\d)?\s*"
                    r"(?:p\.?m|in the evening|at night)",),
        ends_call=True, clock="2026-03-16 19:30", caller="+16465550158", tags=("info",)),
    Scenario(
        "d34_clinic_new_job_so_no_mornings_moves_to_tuesday_two_forty_not_friday",
        "t_clinic", (
            S("Hi, I have an appointment on Thursday the nineteenth at nine in the morning and I "
              "need to move it. I've started a new job and mornings are out for me now."),
            S("It's under Gloria Reyes, R, E, Y, E, S, and I'm calling from the number on "
              "file."),
            S("Anything after two in the afternoon works, any day except Friday. This week is "
              "packed though, so next week is better."),
            S("If you offered me Monday, I'd rather not. Tuesday the twenty-fourth would be "
              "best, two forty in the afternoon if that's free."),
            S("So please move Gloria Reyes from Thursday the nineteenth at nine AM to Tuesday "
              "March twenty-fourth at two forty PM. Yes, go ahead."),
            S("Thank you, have a good day, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-24 14:40", "Gloria Reyes", "+17025550115"),),
        cancelled=("2026-03-19 09:00",),
        seed=(Seed("2026-03-19 09:00", "Gloria Reyes", "+17025550115"),),
        said=(at(24, "14:40"),), ends_call=True, clock="2026-03-16 10:15",
        caller="+17025550115", tags=("move",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "d34_law_wills_for_two_working_parents_only_after_four_not_wednesday",
        "t_law", (
            S("Hi, my wife and I want to get our wills done, we've put it off since the baby "
              "came. Could we book an estate planning consultation? We both work, so only after "
              "four o'clock."),
            S("No court dates, nothing urgent, and no other lawyer. There's no other party, it's "
              "just the two of us, Aaron and Leah Feldman. Video would be easiest."),
            S("Any weekday after four except Wednesday, she has a standing meeting then. I know "
              "you close at five, so four o'clock is really the only slot that works."),
            S("Monday the sixteenth at four, then, if it's open."),
            S("Book it under Aaron Feldman, Monday March sixteenth at four in the afternoon, by "
              "video, estate planning. This number is fine, and the email is aaron dot feldman "
              "at example dot com."),
            S("Thanks very much, good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 16:00", "Aaron Feldman", "+16175550193",
                        about=r"estate|will"),),
        said=(at(16, "16:00"),), ends_call=True, clock="2026-03-10 21:30",
        caller="+16175550193", tags=("booking",)),
    Scenario(
        "d34_law_wanted_a_saturday_settles_for_the_first_weekday_morning_offered",
        "t_law", (
            S("Hi, I'd like a consultation about a contractor who took my deposit and never "
              "finished my kitchen. Could I come in on a Saturday? I'm at work all week."),
            S("The contractor is Brightline Renovations, the owner is Dale Hutchins. No court "
              "date yet and no lawyer. In person would be fine."),
            S("If Saturdays aren't possible, then the earliest weekday morning you have and I'll "
              "take a long lunch. The first time you offer is fine."),
            S("Let's say Monday, March sixteenth, nine in the morning, in person."),
            S("My name's Priscilla Nakamura, the callback is this number, and the email is p "
              "nakamura at example dot com. So Priscilla Nakamura, Monday the sixteenth at nine "
              "AM, the contractor dispute. Please book it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Priscilla Nakamura", "+14085550166",
                        about=r"contract|kitchen|deposit|renovat"),),
        said=(at(16, "09:00"),),
        never_said=(NO_CASE,),
        ends_call=True, clock="2026-03-14 09:30", caller="+14085550166", tags=("booking",)),
    Scenario(
        "d34_law_husband_arrested_friday_night_hearing_monday_call_any_hour",
        "t_law", (
            S("Please, I need help. My husband was arrested about an hour ago, they took him to "
              "the county jail and they're saying he'll be in front of a judge Monday morning at "
              "nine."),
            S("I know it's late and you're closed. I need an attorney to call me back before "
              "that hearing, tonight, tomorrow, any hour at all, I'll pick up."),
            S("My name is Renata Silva, S, I, L, V, A. His name is Marco Silva. My number is "
              "seven one three, five five five, oh one two four."),
            S("Again: Renata Silva, seven one three, five five five, oh one two four. My husband "
              "is in custody and the hearing is Monday at nine. Please mark it urgent."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Renata Silva", "+17135550124", about=r"arrest|custody|jail|hearing",
                          urgent=True),),
        never_said=(r"(?:will|should) (?:definitely|probably|likely) (?:get|be) (?:out|released)"
                    r"|bail (?:will|would) be (?:set at|around|about)",),
        ends_call=True, clock="2026-03-13 22:40", caller="+17135550124",
        tags=("emergency",)),
    Scenario(
        "d34_law_security_deposit_call_back_only_on_his_lunch_break",
        "t_law", (
            S("Hello, I'd like to leave a message for one of the attorneys. My old landlord is "
              "keeping my whole security deposit and I want to know whether the firm handles "
              "that kind of thing."),
            S("The landlord is Westgate Property Management. No court date. I'd rather have a "
              "call back than book anything just yet."),
            S("The only time I can talk freely is my lunch break, twelve to one, weekdays. "
              "Please don't call in the morning, I'm on the line at the factory."),
            S("My name is Luis Ortega, and my cell is two one four, five five five, oh one five "
              "three, which isn't this phone."),
            S("So that's Luis Ortega, two one four, five five five, oh one five three, a "
              "security deposit dispute with Westgate, call back between twelve and one. "
              "Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Luis Ortega", "+12145550153", about=r"deposit|landlord|westgate",
                          urgent=False),),
        said=(read_back("+12145550153"),),
        never_said=(NOT_ASKED + r"(?:they|landlord) (?:can't|cannot|can not) keep"
                    r"|" + NOT_ASKED + r"you(?:'re| are) entitled",),
        ends_call=True, clock="2026-03-12 11:20", caller="+12145550117", tags=("message",)),
    Scenario(
        "d34_law_flight_attendant_rota_too_tangled_asks_for_a_person",
        "t_law", (
            S("Hi, I need a consultation about a car accident I was in last month, the other "
              "driver ran a red light. My problem is my schedule, I'm a flight attendant and I'm "
              "only home on Tuesdays and the odd Friday."),
            S("The other driver's name is Kevin Albright, his insurer is Statewide Mutual. No "
              "lawyer, no court date. On the days I'm home I'm usually free after three."),
            S("It'd be next Tuesday after three or Friday the twentieth in the morning, but I'd "
              "also want to ask whether it can be by phone from a hotel."),
            S("You know what, this is getting complicated. Could you put me through to a real "
              "person at the front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        never_said=(NO_CASE,),
        clock="2026-03-11 14:10", caller="+13125550185", tags=("person",)),
    Scenario(
        "d34_law_spanish_divorce_call_back_after_four_not_wednesday",
        "t_law", (
            S("Hola, buenas tardes. ¿Hablan español? Necesito hablar con un abogado sobre un "
              "divorcio.", NOT_ENGLISH),
            S("No hablo bien inglés. Por favor, que me llame alguien. Solo puedo hablar por las "
              "tardes, después de las cuatro, cualquier día menos el miércoles."),
            S("Me llamo Graciela Montoya. Mi número es el tres cero cinco, cinco cinco cinco, "
              "cero uno cuatro seis."),
            S("Graciela Montoya, tres cero cinco, cinco cinco cinco, cero uno cuatro seis. Es "
              "sobre un divorcio. Llamen después de las cuatro, por favor."),
            S("Muchas gracias. Adiós.", r"bye|adi[oó]s|hasta|gracias"),
        ),
        outcome="message_taken",
        messages=(Message("Graciela Montoya", "+13055550146", about=r"divor"),),
        ends_call=True, clock="2026-03-16 17:40", caller="+13055550146", tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "d34_plumb_running_toilet_nobody_home_before_four_wednesday_five_window",
        "t_plumb", (
            S("Morning. I've got a toilet upstairs that runs all night long, no water on the "
              "floor, it just never stops. I own the house. I'd like someone to come out, but it "
              "has to be after four, nobody's home before then."),
            S("The address is eighteen Birchwood Lane, Oakland, nine four six one oh. Nothing's "
              "leaking, it's just wasting water."),
            S("Whatever you've got after four this week. Wednesday is my first choice, Thursday "
              "the backup."),
            S("Let's do Wednesday March eleventh, the five o'clock window, five to seven in the "
              "evening."),
            S("Name's Gordon Pike, P, I, K, E, and this number is the one to call. So: Gordon "
              "Pike, running toilet at eighteen Birchwood Lane, Wednesday the eleventh at five "
              "PM. Book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 17:00", "Gordon Pike", "+15105550172",
                        about=r"toilet"),),
        said=(at(11, "17:00"),), ends_call=True, clock="2026-03-09 06:30",
        caller="+15105550172", tags=("booking",)),
    Scenario(
        "d34_plumb_slow_kitchen_drain_a_saturday_if_possible_the_first_one",
        "t_plumb", (
            S("Hi, my kitchen sink's been draining really slowly for a week and now it barely "
              "goes down. No leaks. Can I get a drain cleaning on a Saturday if possible? I "
              "work weekdays."),
            S("I rent, but my landlord has already said yes to it, her name's Doreen Walsh. The "
              "address is two twenty Cedar Street, apartment four, Berkeley, nine four seven oh "
              "two."),
            S("If you give me two Saturday times, I'll take the first one, the earlier the "
              "better."),
            S("So this Saturday, March fourteenth, at nine in the morning, the nine to eleven "
              "window."),
            S("I'm Kwame Asante, A, S, A, N, T, E, reach me on this number. Kwame Asante, kitchen "
              "drain cleaning, Saturday the fourteenth at nine AM. Please book it."),
            S("Thanks, have a good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Kwame Asante", "+15105550147",
                        about=r"drain|sink|clog"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-12 19:45",
        caller="+15105550147", tags=("booking",)),
    Scenario(
        "d34_plumb_popping_water_heater_week_after_next_afternoon_the_later_one",
        "t_plumb", (
            S("Hi, our water heater's making a loud popping noise and the water only gets "
              "lukewarm. It isn't leaking. We leave on vacation tomorrow, so I need someone the "
              "week after next, once we're back."),
            S("The address is five oh seven Alder Court, San Leandro, nine four five seven "
              "seven. I own the place. Afternoons only that week, no mornings, I'll be working "
              "from home after lunch."),
            S("If you've got two afternoon windows, give me the later one. Tuesday the "
              "twenty-fourth would be ideal."),
            S("Tuesday, March twenty-fourth, the three PM window, three to five. That's the "
              "one."),
            S("The name is Yvonne Castellanos, and you can reach me on this phone. Yvonne "
              "Castellanos, water heater, Tuesday the twenty-fourth at three in the afternoon. "
              "Book it, please."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-24 15:00", "Yvonne Castellanos", "+15105550126",
                        about=r"heater|hot water|popping|lukewarm"),),
        said=(at(24, "15:00"),), ends_call=True, clock="2026-03-10 13:00",
        caller="+15105550126", tags=("booking",)),
    Scenario(
        "d34_plumb_burst_pipe_sunday_night_water_off_wants_seven_tomorrow",
        "t_plumb", (
            S("Hi, water is spraying out of a pipe under my kitchen sink, it's all over the "
              "floor. I'm trying to find the shut-off."),
            S("Okay, I found the little valve under the sink and turned it, the spraying's "
              "stopped, but there's an inch of water on the floor. Nowhere near any outlets, no "
              "sparks, no burning smell."),
            S("I know it's Sunday night. I need someone first thing tomorrow, the earliest you "
              "have, seven if possible. Please pass this on as urgent."),
            S("My name is Sunil Mehta, the address is forty-one Harbor View Drive, Alameda, nine "
              "four five oh one, and my cell is five one oh, five five five, oh one three nine."),
            S("Again, Sunil Mehta, five one oh, five five five, oh one three nine, burst pipe "
              "under the kitchen sink, the water's off, I need the earliest visit. Mark it "
              "urgent, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sunil Mehta", "+15105550139", about=r"pipe|burst|leak|water|sink",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 21:30", caller="+15105550139",
        tags=("emergency",)),
    Scenario(
        "d34_plumb_property_manager_faucets_call_back_thursday_or_friday_ten_to_two",
        "t_plumb", (
            S("Hi, I manage a small apartment building and I want to replace the bathroom "
              "faucets in three units. I'd like someone from your office to call me about "
              "scheduling it, not book anything today."),
            S("Please have them call me Thursday or Friday, between ten and two. Monday to "
              "Wednesday I'm at our other property with no signal."),
            S("The building is three thirty Grove Street, Hayward, nine four five four one. My "
              "name is Fiona Gallagher, and my number is five one oh, five five five, oh one "
              "eight four."),
            S("That's Fiona Gallagher, five one oh, five five five, oh one eight four, three "
              "bathroom faucets to replace at Grove Street, call back Thursday or Friday between "
              "ten and two."),
            S("That's it, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Fiona Gallagher", "+15105550184", about=r"faucet|fixture|bathroom",
                          urgent=False),),
        said=(read_back("+15105550184"),), ends_call=True, clock="2026-03-14 15:30",
        caller="+15105550106", tags=("message",)),
    Scenario(
        "d34_plumb_home_only_weekends_asks_saturday_hours_and_the_call_out_fee",
        "t_plumb", (
            S("Hi, I'm just calling to find out your hours. Do you send anyone out on Saturdays? "
              "Weekdays I'm at work until six.", r"saturday"),
            S("How early on a Saturday could someone get here, and what time do you stop?",
              r"\b(?:7|seven)\b"),
            S("And what's the charge just for a technician to come out and look at something?",
              r"\b89\b|eighty[- ]nine"),
            S("Good to know. I'll call back to book once I've checked with my wife. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 20:00",
        caller="+15105550157", tags=("info",)),
    # --- salon (Tuesday to Friday 10 to 7, Thursday to 8, Saturday 9 to 5) -----------------
    Scenario(
        "d34_salon_works_till_six_thirty_latest_slot_thursday_seven_pm_cut",
        "t_salon", (
            S("Hi, I know you're closed on Mondays, but I'd like to book a women's haircut. I "
              "don't finish work until six thirty, so it has to be an evening."),
            S("I'm a returning client, any stylist is fine. Just a trim and a style, no color."),
            S("What's your latest appointment? Is there anything sooner than Thursday, or is "
              "Thursday your only late night?"),
            S("Then Thursday the nineteenth at seven in the evening, please. Seven PM."),
            S("Name's Bethany Lowe, L, O, W, E, and this number's fine. So Bethany Lowe, women's "
              "cut and style, Thursday March nineteenth at seven PM. Book it."),
            S("Lovely, thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Bethany Lowe", "+14155550133",
                        about=r"cut|trim|style"),),
        said=(at(19, "19:00"),), ends_call=True, clock="2026-03-16 10:00",
        caller="+14155550133", tags=("booking",)),
    Scenario(
        "d34_salon_saturday_before_soccer_an_hour_later_than_the_earliest",
        "t_salon", (
            S("Hey, I need a men's haircut, on a Saturday if you can. Something early, I've got "
              "my kid's soccer game at eleven thirty."),
            S("Never been in before, my buddy recommended you. Any stylist, whoever's free."),
            S("What's the earliest Saturday slot? Actually, nine is rough after a Friday night "
              "shift. Make it an hour later than that, ten o'clock."),
            S("So Saturday the twenty-first at ten in the morning. That gets me out in time for "
              "the game."),
            S("My name's Rafael Duarte, D, U, A, R, T, E, and you can reach me on this number. "
              "Rafael Duarte, men's cut, Saturday March twenty-first, ten AM. Go ahead."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Rafael Duarte", "+14155550179",
                        about=r"men|cut"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-17 18:40",
        caller="+14155550179", tags=("booking",)),
    Scenario(
        "d34_salon_blowout_before_a_two_pm_wedding_turns_down_late_morning",
        "t_salon", (
            S("Hi! My sister's getting married this Saturday and the ceremony's at two, so I "
              "want a blowout Saturday morning. Friday evening as a backup."),
            S("I've been in before, I usually see whoever's available. Shoulder-length hair, "
              "just a smooth blowout, nothing fancy."),
            S("If the first Saturday slot you have is late morning, that's too close, I need to "
              "be at the venue by noon for photos. Nine, or ten at the latest."),
            S("Nine o'clock on Saturday the fourteenth is perfect if you have it. I'll take "
              "that."),
            S("I'm Chloe Brennan, B, R, E, N, N, A, N, and this is my cell. So Chloe Brennan, "
              "blowout, Saturday March fourteenth at nine AM. Please book it."),
            S("Thank you so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Chloe Brennan", "+16505550164",
                        about=r"blow"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 22:15",
        caller="+16505550164", tags=("booking",)),
    Scenario(
        "d34_salon_bridal_party_sunday_message_call_after_five_on_a_weekday",
        "t_salon", (
            S("Hi, I'm planning my wedding for Saturday, April eleventh, and I'd like hair done "
              "for me and four bridesmaids that morning. I know you're closed today, so I'd like "
              "someone to call me back."),
            S("We'd need everyone finished by noon, so starting around eight if the stylists can "
              "come in early, or nine at the latest."),
            S("Please call me after five on a weekday, I teach kindergarten and can't pick up "
              "during the day. My name is Lena Zhou, Z, H, O, U."),
            S("My number is four one five, five five five, oh one six eight. That's my cell, not "
              "the number I'm calling from."),
            S("So, Lena Zhou, four one five, five five five, oh one six eight, wedding hair for "
              "five people on April eleventh, call back after five on a weekday. Thank you!"),
            S("Bye!", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lena Zhou", "+14155550168", about=r"wedding|bridal|brides|group",
                          urgent=False),),
        said=(read_back("+14155550168"),), ends_call=True, clock="2026-03-15 13:00",
        caller="+14155550121", tags=("message",)),
    Scenario(
        "d34_salon_boss_booked_over_friday_moves_to_saturday_the_later_one",
        "t_salon", (
            S("Hi, I've got a haircut booked for Friday the twentieth at eleven and I need to "
              "move it, my boss just put a meeting right on top of it."),
            S("It's under Naomi Castillo. This is the same number I booked with."),
            S("Could we do Saturday instead? Not too early, I have a spin class until eleven "
              "thirty, so midday or after."),
            S("If you've got twelve and one, I'll take the later one, one o'clock. Saturday the "
              "twenty-first at one PM."),
            S("Yes, please move Naomi Castillo's haircut from Friday at eleven to Saturday March "
              "twenty-first at one in the afternoon."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 13:00", "Naomi Castillo", "+14155550187"),),
        cancelled=("2026-03-20 11:00",),
        seed=(Seed("2026-03-20 11:00", "Naomi Castillo", "+14155550187"),),
        said=(at(21, "13:00"),), ends_call=True, clock="2026-03-18 16:20",
        caller="+14155550187", tags=("move",)),
    Scenario(
        "d34_salon_nurse_free_only_tuesdays_after_three_balayage_asks_for_a_person",
        "t_salon", (
            S("Hi, I'm interested in balayage, I've never had it done. I can only come on "
              "Tuesdays after three, that's my day off from the hospital."),
            S("My hair's long and pretty thick, dark brown, never colored. I'm hoping for "
              "caramel tones, nothing drastic."),
            S("I know it's a long appointment, so if three o'clock on a Tuesday is too late to "
              "finish before you close, I'd rather talk it through with someone."),
            S("Could you put me through to someone at the salon, please? I'd like to talk to a "
              "person about this.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:30", caller="+14155550152", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half hours) -------
    Scenario(
        "d34_homes_night_worker_not_mornings_sunday_half_an_hour_later_than_two",
        "t_homes", (
            S("Hi, sorry for calling so late, I work nights. I'm interested in the three-bedroom "
              "house for sale at fourteen Larkspur Road and I'd like to see it, but not in the "
              "morning, I sleep until noon."),
            S("I'm buying, I'm pre-approved with my credit union, and no agent yet. I'd like to "
              "move by the summer."),
            S("Any day but Wednesday. Sunday afternoon would be ideal. Say two o'clock, actually "
              "no, half an hour later than that, two thirty, so I'm not rushing."),
            S("So Sunday the fifteenth at two thirty in the afternoon, for the showing at "
              "fourteen Larkspur Road."),
            S("The name is Dmitri Volkov, V, O, L, K, O, V, callback on this number, email d "
              "volkov at example dot com. Dmitri Volkov, Sunday March fifteenth, two thirty PM. "
              "Please book it."),
            S("Thanks, good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 14:30", "Dmitri Volkov", "+15105550199",
                        about=r"show|larkspur|house|buy"),),
        said=(at(15, "14:30"),), ends_call=True, clock="2026-03-12 23:30",
        caller="+15105550199", tags=("booking",)),
    Scenario(
        "d34_homes_rental_showing_after_school_pickup_anything_sooner_wednesday_four",
        "t_homes", (
            S("Hello, I'm calling about the two-bedroom apartment for rent on Maple Terrace, unit "
              "six. I'd like to see it, but it would have to be after school, once I've picked up "
              "my kids."),
            S("We'd want to move in on April first. I'm renting, no agent. Half past three is "
              "the earliest I could be there, and the kids would be with me."),
            S("Wednesday would work. Is there anything sooner? If not, Wednesday's fine, three "
              "thirty or four."),
            S("Let's make it Wednesday the eleventh at four in the afternoon, four PM."),
            S("I'm Shanice Porter, P, O, R, T, E, R, and you can call me on this number. Shanice "
              "Porter, the rental showing at Maple Terrace, Wednesday March eleventh at four PM. "
              "Book it, please."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 16:00", "Shanice Porter", "+15105550161",
                        about=r"rent|show|maple|apartment"),),
        said=(at(11, "16:00"),), ends_call=True, clock="2026-03-09 12:10",
        caller="+15105550161", tags=("booking",)),
    Scenario(
        "d34_homes_tenant_smells_gas_sunday_evening_outside_and_safe",
        "t_homes", (
            S("Hi, I'm renting a house through your agency on Poplar Street, and there's a "
              "strong gas smell in the kitchen that just started."),
            S("We've all gone outside, me and the two kids, and I've called the gas company from "
              "the front yard. They said someone's coming within the hour."),
            S("I need the property manager to know tonight. My name is Abigail Turner, the house "
              "is nine Poplar Street, and my cell is six five oh, five five five, oh one one "
              "nine. I'll have my phone on until eleven."),
            S("Abigail Turner, six five oh, five five five, oh one one nine, gas leak at nine "
              "Poplar Street, we're outside and safe. Please mark it urgent."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Abigail Turner", "+16505550119", about=r"gas", urgent=True),),
        said=(r"911|gas company|outside|safe|leave",), ends_call=True,
        clock="2026-03-15 17:30", caller="+16505550119", tags=("emergency",)),
    Scenario(
        "d34_homes_condo_seller_reachable_only_saturday_ten_to_noon",
        "t_homes", (
            S("Hi, we're thinking of selling our condo this summer and I'd like an agent to call "
              "me about what it might be worth and how the process works."),
            S("It's unit twelve B at the Harborside condos, two eighty Bay Street. It isn't "
              "listed with anyone else."),
            S("The catch is I can only really talk on weekends. Saturday between ten and noon is "
              "best, or Sunday afternoon."),
            S("My name is Walter Lindqvist, L, I, N, D, Q, V, I, S, T, and the number to call is "
              "four one five, five five five, oh one four nine."),
            S("So Walter Lindqvist, four one five, five five five, oh one four nine, selling the "
              "condo at two eighty Bay Street, please call on Saturday between ten and noon."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Lindqvist", "+14155550149", about=r"sell|valu|worth|condo",
                          urgent=False),),
        never_said=(r"worth (?:about|around|roughly)|\$\s?\d{3}|\d{3}(?:,\d{3})? thousand",),
        ends_call=True, clock="2026-03-10 18:30", caller="+14155550149", tags=("message",)),
    Scenario(
        "d34_homes_works_six_days_asks_sunday_and_saturday_hours_and_pre_approval",
        "t_homes", (
            S("Good morning. Before I come by, are you open on Sundays, and if so, what hours? I "
              "work Monday to Saturday.", r"(?:12|noon|twelve).{0,40}(?:4|four)"),
            S("And Saturdays, what time do you open and close? Sometimes I get Saturday "
              "afternoons off.", r"(?:10|ten).{0,40}(?:5|five)"),
            S("Last thing, do I need a pre-approval letter before I can tour a house?",
              r"pre-?approv"),
            S("Alright, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 08:15",
        caller="+14155550174", tags=("info",)),
    Scenario(
        "d34_homes_french_renter_a_saturday_visit_or_after_five",
        "t_homes", (
            S("Bonjour, est-ce que vous parlez français ? Je cherche un appartement à louer.",
              NOT_ENGLISH),
            S("Je voudrais visiter un appartement, de préférence un samedi, ou alors en semaine "
              "après dix-sept heures. Pas le matin, s'il vous plaît."),
            S("Je m'appelle Camille Dubois. Mon numéro est le six un sept, cinq cinq cinq, zéro "
              "un cinq cinq."),
            S("Camille Dubois, six un sept, cinq cinq cinq, zéro un cinq cinq. C'est pour louer "
              "un appartement, une visite samedi si possible. Merci de me rappeler."),
            S("Merci beaucoup. Au revoir.", r"bye|au revoir|bonne|merci"),
        ),
        outcome="message_taken",
        messages=(Message("Camille Dubois", "+16175550155",
                          about=r"rent|appart|apartment|lou|visit|show|location"),),
        ends_call=True, clock="2026-03-14 18:30", caller="+16175550155", tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "d34_auto_oil_change_after_four_any_day_but_wednesday_monday_four_thirty",
        "t_auto", (
            S("Hi, I need an oil change on my twenty nineteen Honda CR-V, about forty-two "
              "thousand miles, full synthetic. I can't get there before four on a weekday, "
              "though."),
            S("No warning lights, nothing wrong, it's just due. I'll wait while it's done. "
              "Whatever the earliest day is, except Wednesday."),
            S("Is half past four your last appointment? Then Monday at four thirty, if it's "
              "free."),
            S("So that's Monday, March sixteenth, at four thirty PM, the oil change for the "
              "CR-V."),
            S("Name's Curtis Boateng, B, O, A, T, E, N, G, and this number's fine. Curtis "
              "Boateng, Monday the sixteenth, four thirty in the afternoon. Book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 16:30", "Curtis Boateng", "+16125550143",
                        about=r"oil"),),
        said=(at(16, "16:30"),), ends_call=True, clock="2026-03-14 14:30",
        caller="+16125550143", tags=("booking",)),
    Scenario(
        "d34_auto_check_engine_drop_off_before_work_the_first_one_thursday",
        "t_auto", (
            S("Hi, my check engine light came on yesterday and it's staying on, steady, not "
              "flashing. It's a twenty fifteen Ford Focus, around a hundred and ten thousand "
              "miles. It drives fine."),
            S("I'd like to drop it off on my way to work. I start at eight thirty, so it has to "
              "be right when you open, seven thirty, or eight at the absolute latest."),
            S("Not tomorrow, I need the car tomorrow. Thursday or Friday morning. If you offer "
              "me both, the first one."),
            S("Thursday the twelfth at seven thirty in the morning, drop-off. That's what I'd "
              "like."),
            S("I'm Ingrid Halvorsen, H, A, L, V, O, R, S, E, N, and the best number is my cell, "
              "two oh six, five five five, oh one nine five. Ingrid Halvorsen, check engine "
              "light, Thursday March twelfth at seven thirty AM. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Ingrid Halvorsen", "+12065550195",
                        about=r"engine|check|diagnos|light"),),
        said=(at(12, "07:30"), read_back("+12065550195")), ends_call=True,
        clock="2026-03-10 07:05", caller="+12065550110", tags=("booking",)),
    Scenario(
        "d34_auto_brake_pedal_to_the_floor_in_a_parking_lot_needs_it_today",
        "t_auto", (
            S("Hi, I just pulled into a grocery store parking lot and my brake pedal went almost "
              "all the way to the floor. I barely got the car stopped. It's a twenty twelve "
              "Toyota Camry."),
            S("Nobody's hurt, I'm parked, I'm not on the road. I need it looked at today if at "
              "all possible, it's my only car."),
            S("I'll get it towed to you, I have roadside assistance. Please have a service "
              "advisor call me right back, it's urgent."),
            S("My name is Patrick Dunleavy, D, U, N, L, E, A, V, Y, and my cell is six one two, "
              "five five five, oh one two seven."),
            S("Patrick Dunleavy, six one two, five five five, oh one two seven, the brakes failed "
              "on my Camry and I'm having it towed in. Please mark it urgent."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patrick Dunleavy", "+16125550127", about=r"brake", urgent=True),),
        said=(r"tow|not (?:to )?drive|don't drive|do not drive|safest",),
        never_said=(NOT_ASKED + r"(?:it's|it is|should be) (?:fine|okay|ok) to drive",),
        ends_call=True, clock="2026-03-11 14:20", caller="+16125550127",
        tags=("emergency",)),
    Scenario(
        "d34_auto_outback_update_call_before_nine_or_after_four_thirty",
        "t_auto", (
            S("Hi, my Subaru Outback has been in your shop since Monday for the transmission, and "
              "nobody's called me with an update. I'd like a service advisor to call me."),
            S("Tomorrow I'm in meetings from nine to four thirty, so please call before nine, or "
              "after four thirty. You open at seven thirty, right? Early is good."),
            S("The name on the repair order is Helen Marchetti, M, A, R, C, H, E, T, T, I. The "
              "best number is my work cell, eight one eight, five five five, oh one seven two."),
            S("So Helen Marchetti, eight one eight, five five five, oh one seven two, wants an "
              "update on the Subaru Outback, call before nine or after four thirty tomorrow."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Helen Marchetti", "+18185550172",
                          about=r"subaru|outback|update|transmission", urgent=False),),
        said=(read_back("+18185550172"),),
        never_said=(NOT_ASKED + r"(?:it|the car|your car|the outback)(?: will|'ll| should) be "
                    r"ready (?:by|on|tomorrow|today)",),
        ends_call=True, clock="2026-03-12 18:45", caller="+18185550103", tags=("message",)),
    Scenario(
        "d34_auto_weekdays_no_longer_work_cancels_friday_tire_rotation",
        "t_auto", (
            S("Hi, I need to cancel my tire rotation on Friday the twentieth at nine thirty. My "
              "new schedule at work means weekdays don't work for me anymore."),
            S("It's under Raymond Okoye, O, K, O, Y, E. I'm calling from the number I booked "
              "with."),
            S("Don't move it, just cancel it, please. I'll call back later to find a Saturday "
              "that suits."),
            S("Yes, please cancel Friday the twentieth at nine thirty. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-20 09:30",),
        seed=(Seed("2026-03-20 09:30", "Raymond Okoye", "+13125550122"),), ends_call=True,
        clock="2026-03-17 16:00", caller="+13125550122", tags=("cancel",)),
    Scenario(
        "d34_auto_alignment_only_after_two_then_the_line_goes_quiet",
        "t_auto", (
            S("Yeah, hi, I need an alignment, the truck pulls to the right. It's a twenty twenty "
              "Chevy Silverado. But only afternoons, after two, I work mornings."),
            S("Uh, about sixty thousand miles. And any day but Wednesday works, and"),
            silent(STILL_THERE),
            silent(),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-13 10:40",
        caller="+17735550181", tags=("hangup",)),
    # --- vet (weekdays 8 to 6, Saturday 8 to noon; half hours) -----------------------------
    Scenario(
        "d34_vet_beagle_checkup_a_saturday_between_nine_and_ten_the_later_one",
        "t_vet", (
            S("Hi, my dog's due for his yearly checkup and his rabies shot. A Saturday if "
              "possible, I work weekdays. He's a beagle called Biscuit, he's six, and we've been "
              "coming to you for years."),
            S("He's healthy, nothing wrong, just the wellness exam and rabies. Between nine and "
              "ten on Saturday would be best, we go to the farmers market after."),
            S("If you have nine and nine thirty, I'll take the later one, nine thirty, this "
              "Saturday the fourteenth."),
            S("I'm Gwen Tallis, T, A, L, L, I, S, and this is my number. So Gwen Tallis, Biscuit "
              "the beagle, wellness exam and rabies shot, Saturday March fourteenth at nine "
              "thirty AM. Please book it."),
            S("Thanks! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Gwen Tallis", "+17735550145",
                        about=r"wellness|rabies|check|vacc"),),
        said=(at(14, "09:30"),), ends_call=True, clock="2026-03-12 17:50",
        caller="+17735550145", tags=("booking",)),
    Scenario(
        "d34_vet_itchy_cat_after_work_latest_slot_not_wednesday_anything_sooner",
        "t_vet", (
            S("Hi, my cat Pepper keeps scratching at her neck, it's been two weeks now and "
              "there's a bald patch. She's eating fine. I'd like the vet to look at her. We're "
              "clients already, she's a nine-year-old tabby."),
            S("I can only come after work, so after four thirty, the latest you have. Any day "
              "but Wednesday this week."),
            S("Is there anything sooner than Thursday? If the only evening slots are Thursday or "
              "later, Thursday's fine."),
            S("Thursday the twelfth at five thirty in the evening, then. That's my pick."),
            S("The owner is Hassan Rahimi, R, A, H, I, M, I, callback on this number. Hassan "
              "Rahimi, Pepper, itchy neck with a bald patch, Thursday March twelfth, five thirty "
              "PM. Book it, please."),
            S("Thanks, good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Hassan Rahimi", "+17735550197",
                        about=r"scratch|itch|bald|skin|neck|sick"),),
        said=(at(12, "17:30"),),
        never_said=(r"(?:sounds like|might be|could be|probably) (?:fleas|an allergy|mites"
                    r"|ringworm|a skin infection)",),
        ends_call=True, clock="2026-03-09 21:00", caller="+17735550197", tags=("booking",)),
    Scenario(
        "d34_vet_lab_ate_dark_chocolate_saturday_afternoon_clinic_closed",
        "t_vet", (
            S("Hi, help, my lab just ate most of a dark chocolate bar off the counter, maybe "
              "twenty minutes ago. His name is Moose, he's about seventy pounds."),
            S("He's acting normal right now, but I know chocolate is bad for dogs. I see you're "
              "closed this afternoon. What do I do?"),
            S("Okay, I'll head to the emergency hospital now. But please leave an urgent message "
              "for our vet so they know, and they can call me tonight or tomorrow."),
            S("My name is Tara Whitcombe, W, H, I, T, C, O, M, B, E, and my cell is three one "
              "two, five five five, oh one six one."),
            S("Tara Whitcombe, three one two, five five five, oh one six one, Moose ate dark "
              "chocolate and we're going to the emergency hospital. Mark it urgent, please."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tara Whitcombe", "+13125550161", about=r"chocolate", urgent=True),),
        said=(VET_NOW,),
        ends_call=True, clock="2026-03-14 14:00", caller="+13125550161",
        tags=("emergency",)),
    Scenario(
        "d34_vet_arthritis_refill_pickup_only_after_five_thirty_tuesday_or_thursday",
        "t_vet", (
            S("Hi, I need a refill of my dog's arthritis medication, the carprofen. I know you're "
              "closed on Sundays, so I'll leave a message."),
            S("The dog is Rosie, a twelve-year-old golden retriever. I can only pick it up after "
              "five thirty on a weekday, Tuesday or Thursday is best, so please tell me when it's "
              "ready."),
            S("My name's Bill Hennessey, H, E, N, N, E, S, S, E, Y, and the number is seven seven "
              "three, five five five, oh one three eight, my cell, not this landline."),
            S("Once more, Bill Hennessey, seven seven three, five five five, oh one three eight, "
              "a refill of Rosie's carprofen, pickup after five thirty Tuesday or Thursday."),
            S("That's all. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bill Hennessey", "+17735550138",
                          about=r"refill|carprofen|medic|prescription", urgent=False),),
        said=(read_back("+17735550138"),), never_said=(r"\b\d+\s?(?:mg|milligrams)\b",),
        ends_call=True, clock="2026-03-15 10:00", caller="+17735550114", tags=("message",)),
    Scenario(
        "d34_vet_new_cat_owner_free_only_saturdays_asks_hours_and_exam_prices",
        "t_vet", (
            S("Hi, I've just adopted a cat and I'm looking for a vet. I can only ever come on "
              "Saturdays. Are you open then, and until what time?", r"\b(?:12|noon|twelve)\b"),
            S("And how much is a first visit for a new patient?", r"\b75\b|seventy[- ]five"),
            S("And after that, the regular yearly checkup, what does that cost?",
              r"\b65\b|sixty[- ]five"),
            S("Great, I'll call back once she's settled in to book a Saturday. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 07:40",
        caller="+17735550129", tags=("info",)),
    Scenario(
        "d34_vet_diabetic_cat_rechecks_early_or_saturdays_asks_for_a_person",
        "t_vet", (
            S("Hi, my cat was just diagnosed with diabetes at another clinic and we're moving her "
              "care to you. She'll need regular rechecks, and I can only do early mornings "
              "before work, or Saturdays."),
            S("She's Mochi, a fourteen-year-old Siamese, and I'm new to your clinic. I'd want "
              "the rechecks every two weeks, ideally eight o'clock on a Saturday."),
            S("It's a lot to set up, and I also have questions about bringing her records over "
              "and about her insulin."),
            S("Can I just speak with someone on your team, please? Please put me through to a "
              "person.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        never_said=(r"\b\d+\s?(?:units|mg)\b",),
        clock="2026-03-13 11:30", caller="+17735550176", tags=("person",)),
]
