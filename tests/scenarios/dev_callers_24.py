"""A twenty-fourth development set: 48 scripted callers, six in each of the fleet's eight trades,
who speak disfluently, as a phone recogniser transcribes real people, in the held-out mix of
kinds.

Written by a helper session (branch dev-callers-24) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-third
set's module docstring, its helper definitions and its first two callers, and its test file, for
the conventions; an over-long print also showed the opening of its next three callers, from
which nothing here is taken). The businesses' facts come only from tenants/profession_data.py
and the fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_24 below).

What makes it different: the callers talk the way people really talk on a phone, and their lines
are written the way a recogniser writes that down. They fill pauses ("um", "uh", "like", "you
know", "I mean"), start a sentence and restart it ("I need— I was wondering if, um, could I get
a cleaning"), repeat a word while they think ("the, the, the Thursday"), repair themselves
mid-sentence ("Thursday— no, sorry, Wednesday", "four one five— no, sorry, six five oh", "four
twenty— sorry, four twelve Maple Avenue"), trail off and pick the thought up on the next line,
hedge ("sort of", "kind of", "I guess", "maybe"), run a whole request into one line joined with
"and so" and "but yeah", and now and then a word comes out of the recogniser wrong in a way a
person would still understand ("a point meant", "blood pleasure— pressure", "four sea, I mean
4C"). What they end up asking for is ordinary: a cleaning, a knee that hurts, a security
deposit, a running toilet, a trim, a showing, an oil change, a kitten's first checkup, in the
held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason
and callback number, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks
for a person, 1 Spanish and 1 French caller, 1 early hang-up). Calls ring at realistic hours via
`clock=`: before opening, at lunch, after closing, on a Saturday, on a Sunday, on the salon's
closed Monday. Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so
any good wording passes, and every price and hour it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev24

which prints `RESULT dev24_pass_rate=`, measured and never gated.
Its first run, on main at 036a112, before anyone had read a transcript of it: 42/48 = 0.875.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script too short to finish): one was found.
The Spanish and the French caller end on "adiós" and "au revoir", a goodbye, and the receptionist
rightly said goodbye and hung up, but neither caller had `ends_call=True`; the two checks were
fixed (no caller's line was changed). The second run, with that fix: 42/48 = 0.875, both callers
still failing on the receptionist's side (a filler kept as part of the stored name), and the
other four failures the receptionist's too.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however a caller stumbled over a day, a time or a number, a later line says
the final day and time (or number) plainly with the name the booking or message is to be under,
and a booking is read back (`said=`) with its final day and time; where the callback is not the
line the call comes from, or the caller corrected it, `said=` also checks that the whole number
was read back, in digits or in words, in order. Only a call with `overrides` carrying a transfer
number, inside opening hours, has a line to transfer to (the caller asks for a person only in the
last line). An emergency ends with an urgent message; a routine message is not urgent. A call
whose last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on
a request for a person is transferred and not hung up.
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
KINDS_24 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
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


DEV_CALLERS_24: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev24_dental_restarts_twice_then_books_a_cleaning_wednesday_not_thursday",
        "t_dental", (
            S("Hi, um, yeah, I need— I was wondering if, um, could I get a cleaning? I'm, uh, "
              "I'm an existing patient, I've been there before, like, last spring."),
            S("No pain, no, no swelling or anything, it's just the, the regular cleaning and "
              "checkup. And the insurance is, uh, Cigna, Cigna dental, it's through my job, and "
              "I'm the policy holder."),
            S("For the day, um, Thursday— no, sorry, Wednesday. Wednesday the eighteenth, at, "
              "like, two in the afternoon, if you have it."),
            S("It's for me, Priya Raman, R, A, M, A, N, date of birth, um, May ninth, nineteen "
              "ninety. And the number is, uh, the one I'm calling from, six one seven, five five "
              "five, oh one four two."),
            S("Yeah, so that's Priya Raman, Wednesday the eighteenth at two in the afternoon for "
              "the cleaning, and six one seven, five five five, oh one four two. Go ahead and "
              "book it, yeah."),
            S("Okay, perfect, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Priya Raman", "+16175550142",
                        about=r"clean|check|exam"),),
        said=(at(18, "14:00"),), ends_call=True, clock="2026-03-10 07:40",
        caller="+16175550142", tags=("booking",)),
    Scenario(
        "dev24_dental_the_the_filling_friday_eleven_ish_on_his_cell_not_the_desk_phone",
        "t_dental", (
            S("Hey, um, so the dentist said I need a, a filling, the, the, the tooth-colored one, "
              "on the, uh, bottom left, and I'm supposed to, like, book it, so, yeah. I'm an "
              "existing patient. It doesn't hurt or anything, no swelling."),
            S("Could I, um, is there something Friday, Friday the thirteenth, like late morning, "
              "eleven-ish? I mean, eleven exactly is fine. And I've got Delta Dental, I'm the "
              "policy holder."),
            S("The name is Marcus Bell, B, E, L, L, date of birth, uh, August second, nineteen "
              "eighty-five. And don't, don't use this number, this is my desk at work, my cell "
              "is three four seven, five five five, oh one— uh, oh one eight six."),
            S("So, Marcus Bell, the filling, Friday the thirteenth at eleven in the morning, "
              "and my cell, three four seven, five five five, oh one eight six. Yeah, please book "
              "it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Marcus Bell", "+13475550186",
                        about=r"fill"),),
        said=(at(13, "11:00"), read_back("+13475550186")), ends_call=True,
        clock="2026-03-11 12:15", caller="+12125550163", tags=("booking",)),
    Scenario(
        "dev24_dental_nervous_new_patient_hedges_and_asks_for_a_point_meant",
        "t_dental", (
            S("Hi, um, I'd like to make a, a point meant, I mean, an appointment, I guess? I'm, "
              "uh, I'm new, I've never been there, and I'm sort of, kind of nervous about "
              "dentists, I haven't been in, like, years, honestly."),
            S("It's just, um, a checkup and a cleaning, I think, nothing hurts, no swelling. And "
              "I don't, um, I don't have insurance, I'll just pay myself."),
            S("Maybe, um, Monday? Monday the sixteenth, first thing, like eight in the morning, "
              "before work, if that's, if that's a thing."),
            S("My name's Jonah Feldman, F, E, L, D, M, A, N, born, uh, November twentieth, "
              "nineteen ninety-four. You can reach me on this number, two oh one, five five five, "
              "oh one seven eight."),
            S("Okay, so Jonah Feldman, new patient, Monday the sixteenth at eight in the morning, "
              "two oh one, five five five, oh one seven eight. Yes, book it, please."),
            S("Thank you, really, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Jonah Feldman", "+12015550178",
                        about=r"new|clean|check|exam"),),
        said=(at(16, "08:00"),), ends_call=True, clock="2026-03-12 17:40",
        caller="+12015550178", tags=("booking",)),
    Scenario(
        "dev24_dental_night_guard_too_tight_message_with_an_old_number_corrected",
        "t_dental", (
            S("Hi, um, so this is— I know you're closed, I just, I got a, a night guard made "
              "there, like two weeks ago, and it's, it's kind of, I don't know, kind of too "
              "tight? And so I wanted the, the dentist to call me back, I guess, but yeah."),
            S("It's not, like, an emergency or anything, no pain really, it's just, you know, "
              "uncomfortable in the morning. My name is Rosa Delgado, D, E, L, G, A, D, O."),
            S("You can call me at, um, nine one seven, five five five, oh two— no wait, that's "
              "my old one. It's nine one seven, five five five, oh three six one. Not the number "
              "I'm calling from."),
            S("So Rosa Delgado, nine one seven, five five five, oh three six one, about the "
              "night guard being too tight. Yeah, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+19175550361", about=r"guard|tight",
                          urgent=False),),
        said=(read_back("+19175550361"),), ends_call=True, clock="2026-03-16 19:05",
        caller="+19175550299", tags=("message",)),
    Scenario(
        "dev24_dental_bleeding_after_an_extraction_wont_stop_on_a_saturday_night",
        "t_dental", (
            S("Hi, um, I'm— sorry, I'm a bit— I had a tooth pulled there yesterday, and it's, "
              "it's still bleeding, like, it won't stop, I've been biting on the, the gauze for "
              "like two hours and it just keeps, keeps going.", ER),
            S("Okay, okay, I— yeah, my husband's gonna drive me to the, the emergency room. But, "
              "um, can you please have the dentist call me, like, first thing? My name is Lena "
              "Sorensen, S, O, R, E, N, S, E, N."),
            S("My number, um, it's the cell, five oh three, five five five, oh one— oh one five "
              "nine. Five oh three, five five five, oh one five nine."),
            S("Yes, Lena Sorensen, five oh three, five five five, oh one five nine, the bleeding "
              "after the extraction, it's urgent. Please pass it on."),
            S("Okay, thank you, we're going now, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lena Sorensen", "+15035550159", about=r"bleed|extract|pulled|tooth",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 20:10", caller="+15035550159",
        tags=("emergency",)),
    Scenario(
        "dev24_dental_cancels_thursday_at_ten_i_think_yeah_thursday",
        "t_dental", (
            S("Hey, um, hi, so I've got a, uh, an appointment on— I think it's Thursday? Yeah, "
              "Thursday at ten, and I, uh, I need to cancel it, I guess. Like, just cancel, not, "
              "not move it."),
            S("It's under Owen Marsh, M, A, R, S, H. Owen Marsh."),
            S("Yeah, yes, that's the one, Thursday the twelfth at ten. Please cancel it, I'll, "
              "um, I'll call back to rebook when I know my, my schedule."),
            S("No, that's, that's it, thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Owen Marsh", "+14085550117"),),
        clock="2026-03-10 12:30", caller="+14085550117", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev24_clinic_knee_run_on_and_so_books_nine_forty_thursday",
        "t_clinic", (
            S("Hi, yeah, um, I'm a, I'm an established patient there, and I need to make an "
              "appointment because my knee's been kind of bothering me, like, for a couple "
              "weeks, and so I figured I should get it looked at, but yeah."),
            S("The name is Daniel Okoye, O, K, O, Y, E, and date of birth is, uh, June fourth, "
              "nineteen— nineteen eighty-one. June fourth, nineteen eighty-one."),
            S("Insurance is, um, Aetna, and no preference on the doctor, anyone's fine. For the "
              "time, could I do Thursday— this Thursday, the twelfth— at, like, nine, nine forty? "
              "Nine forty in the morning."),
            S("And the number, it's, it's this one I'm calling from, two one two, five five five, "
              "oh one nine three."),
            S("Yes, Daniel Okoye, Thursday the twelfth at nine forty in the morning, for my knee. "
              "Callback two one two, five five five, oh one nine three. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:40", "Daniel Okoye", "+12125550193",
                        about=r"knee"),),
        said=(at(12, "09:40"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+12125550193", tags=("booking",)),
    Scenario(
        "dev24_clinic_blood_pleasure_pressure_check_two_then_two_twenty_tuesday",
        "t_clinic", (
            S("Hello, um, I need to come in for my, my blood pleasure— pressure, sorry, my blood "
              "pressure check, the doctor wanted to see me again after the new, um, the new "
              "pills. I'm an established patient."),
            S("I'm Gloria Mendes, M, E, N, D, E, S, and my birthday, uh, date of birth, is "
              "March third, nineteen fifty-six. I have, um, Medicare, and whoever I saw last "
              "time is fine, any doctor."),
            S("Could I come Tuesday, um, next Tuesday, the seventeenth, at two— actually, two "
              "twenty is better, two twenty in the afternoon, because of the bus."),
            S("Don't call the house phone, I'm never, never near it. Call my cell, please, seven "
              "one eight, five five five, oh two four four."),
            S("So, Gloria Mendes, Tuesday the seventeenth at two twenty in the afternoon, for the "
              "blood pressure check, and my cell, seven one eight, five five five, oh two four "
              "four. Yes, please book it."),
            S("Thank you, dear, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 14:20", "Gloria Mendes", "+17185550244",
                        about=r"blood|pressure|follow"),),
        said=(at(17, "14:20"), read_back("+17185550244")), ends_call=True,
        clock="2026-03-13 16:45", caller="+17185550300", tags=("booking",)),
    Scenario(
        "dev24_clinic_refill_message_area_code_repaired_mid_number",
        "t_clinic", (
            S("Um, hi, I'm, uh, calling for a refill, a prescription refill, of my, um, "
              "lisinopril? The, the blood pressure one. I'm almost out, like, I have maybe three "
              "days left, and so I need the nurse to, you know, send it in."),
            S("My name is Terrence Hall, H, A, L, L, date of birth, um, October twelfth, "
              "nineteen sixty-eight. The pharmacy is the CVS on, uh, on Main Street."),
            S("You can call me back at, um, four one five— no, sorry, that's my wife's. Five one "
              "oh. Five one oh, five five five, oh one two six."),
            S("So yeah, Terrence Hall, five one oh, five five five, oh one two six, refill of the "
              "lisinopril to the CVS on Main Street. Please pass that to the nurse."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Terrence Hall", "+15105550126",
                          about=r"refill|lisinopril|prescription", urgent=False),),
        said=(read_back("+15105550126"),), ends_call=True, clock="2026-03-11 12:40",
        tags=("message",)),
    Scenario(
        "dev24_clinic_son_stammers_his_dads_face_is_drooping_then_leaves_an_urgent_message",
        "t_clinic", (
            S("Hi, um, it's my, my dad, he's— he's a patient there, and he's, like, his face is "
              "kind of drooping on one side and he's, he's talking funny, slurring, like, it "
              "started, I don't know, twenty minutes ago?", r"911"),
            S("Okay, okay, yeah, I— my wife's calling 911 right now, the ambulance is coming. "
              "But, um, can you please, please let his doctor know? Like, urgently. The message "
              "is from me, Kevin Brennan, I'm his son, and my dad is Walter Brennan."),
            S("Call me back on my cell, three one two, five five five, oh four— oh four one one. "
              "Three one two, five five five, oh four one one."),
            S("Yes, Kevin Brennan, three one two, five five five, oh four one one, it's about my "
              "dad Walter, his face drooping and the slurring, it's urgent. Please pass it on."),
            S("Thank you, I have to go, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Brennan", "+13125550411",
                          about=r"stroke|droop|slur|face|speech|dad|father|Walter",
                          urgent=True),),
        ends_call=True, clock="2026-03-12 10:15", caller="+13125550411",
        tags=("emergency",)),
    Scenario(
        "dev24_clinic_um_quick_questions_same_day_sports_physical_and_flu_shot_prices",
        "t_clinic", (
            S("Hi, um, quick question, do you, uh, do you guys do, like, same-day appointments? "
              "For when you're sick, I mean.", r"same[- ]day|sick|early|first available|today"),
            S("Okay, and, um, how much is a, a sports physical? For my son, for, uh, soccer. If "
              "we pay ourselves, I mean, self-pay.", r"\b75\b|seventy[- ]five"),
            S("And the flu shot, how much is— what's the, the price on that, the flu shot?",
              r"\b40\b|forty"),
            S("Okay, cool, that's, that's all I needed, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 08:05",
        tags=("info",)),
    Scenario(
        "dev24_clinic_spanish_caller_este_eh_wants_an_appointment_for_her_mother",
        "t_clinic", (
            S("Eh, hola, este... quería, eh, quería hacer una cita, para, para mi mamá, ¿sí? "
              "Ella es, eh, paciente de ustedes.", NOT_ENGLISH),
            S("Me llamo, eh, Marisol Vega. Marisol Vega."),
            S("Sí, sí, este número, el número de donde llamo, está bien, sí."),
            S("Sí, gracias, eh, adiós."),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Vega", "+13055550147"),), ends_call=True,
        clock="2026-03-11 15:10", caller="+13055550147", tags=("spanish",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev24_law_security_deposit_kind_of_want_my_options_books_a_video_consultation",
        "t_law", (
            S("Hi, um, so I'm— I need, I think I need a consultation? It's about my, uh, my old "
              "landlord, he won't give back my security deposit, and it's, like, it's been two "
              "months and so I kind of want to know my options, I guess."),
            S("The landlord is, um, a company, Brightline Property— Brightline Property "
              "Management. No court date, no, nothing's filed, and I don't have a lawyer, no."),
            S("Could I do Thursday the nineteenth, at, um, ten— ten in the morning? By video, if "
              "that's, if that's okay. Video's easier for me."),
            S("My name's Hannah Cho, C, H, O, and the email, um, hannah dot cho at gmail dot com, "
              "and the number is, uh, six four six, five five five, oh one seven two."),
            S("Yeah, so Hannah Cho, Thursday the nineteenth at ten in the morning, by video, six "
              "four six, five five five, oh one seven two. Please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Hannah Cho", "+16465550172",
                        about=r"deposit|landlord|tenant|lease|Brightline"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-13 08:30",
        caller="+16465550172", tags=("booking",)),
    Scenario(
        "dev24_law_will_and_maybe_a_living_trussed_monday_no_tuesday_at_three",
        "t_law", (
            S("Hello, um, I'm, I'm getting on a bit, and my daughter says I ought to, uh, do a "
              "will, a last will and, and testament, and maybe a, a living trussed— trust, a "
              "living trust, I guess. So I'd like to sit down with somebody about that."),
            S("There's nobody else, um, involved, just me and my, my two kids, Carol and Steven "
              "Jenkins. No court date, nothing like that, and no, I don't have a lawyer now."),
            S("Could we do Monday— no, Monday's my, my doctor thing. Tuesday. Tuesday the "
              "seventeenth, at, uh, three, three in the afternoon. In person, at the office."),
            S("My name is Harold Jenkins, J, E, N, K, I, N, S. The number is seven oh three, "
              "five five five, oh one, uh, oh one six— no— oh one six four. I don't do email, "
              "sorry."),
            S("So that's Harold Jenkins, Tuesday the seventeenth at three in the afternoon, in "
              "person, and the number is seven oh three, five five five, oh one six four. Yes, "
              "please book it."),
            S("Thank you kindly, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Harold Jenkins", "+17035550164",
                        about=r"will|estate|trust"),),
        said=(at(17, "15:00"), read_back("+17035550164")), ends_call=True,
        clock="2026-03-11 13:20", caller="", tags=("booking",)),
    Scenario(
        "dev24_law_ex_partner_took_the_client_list_i_mean_i_think_callback_message",
        "t_law", (
            S("Hi, um, I know it's after hours, so, um, my ex-business partner, he's— I think "
              "he's using our client list, like, after he left, to, to take our customers, I "
              "mean, I think he is, and so I want someone to call me back. I don't want to book "
              "yet, just a call."),
            S("His name is Derek Vaughn, V, A, U, G, H, N, and the, the company was ours, "
              "Northgate Design. No court date, nothing's filed. I'm Simone Adeyemi, A, D, E, Y, "
              "E, M, I."),
            S("The number's nine seven three, five five five, oh one, um, three eight. Nine seven "
              "three, five five five, oh one three eight."),
            S("So, Simone Adeyemi, nine seven three, five five five, oh one three eight, about my "
              "ex-partner using our client list. Yes, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Simone Adeyemi", "+19735550138",
                          about=r"partner|client list|business|customer|Vaughn", urgent=False),),
        ends_call=True, clock="2026-03-10 17:45", caller="+19735550138",
        tags=("message",)),
    Scenario(
        "dev24_law_mother_stumbles_her_son_is_in_custody_arraignment_tomorrow",
        "t_law", (
            S("Hi, um, I— sorry, my son, my son got arrested last night, and he's, he's still "
              "in, in custody, at the, the county jail, and I don't, I don't know what to do, we "
              "need a lawyer, like, today."),
            S("His name is Jamal Wright, and, uh, they said he has a, a hearing, like, tomorrow "
              "morning, an arraignment. I'm his mother, my name is Denise Wright, W, R, I, G, H, "
              "T."),
            S("Please have an attorney call me, my number's, um, two six seven, five five five, "
              "oh one— oh one nine nine. Two six seven, five five five, oh one nine nine."),
            S("Yes, Denise Wright, two six seven, five five five, oh one nine nine, my son Jamal "
              "is in custody and the hearing's tomorrow morning. It's urgent, please pass it "
              "on."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Wright", "+12675550199",
                          about=r"arrest|custody|jail|son|Jamal|hearing|arraign", urgent=True),),
        ends_call=True, clock="2026-03-11 07:20", caller="+12675550199",
        tags=("emergency",)),
    Scenario(
        "dev24_law_rear_ended_um_asks_about_the_fee_then_for_a_real_person",
        "t_law", (
            S("Hi, um, yeah, I was in a, a car accident, like, last month, someone rear-ended me, "
              "and my neck's been, you know, not great since. Do you, um, do you guys handle that "
              "kind of thing? Like, injury cases?"),
            S("Okay, and, um, do you charge for, like, the first consultation? For the injury "
              "stuff? Because I, I can't really, you know, afford a lot right now."),
            S("Okay. Um, honestly I'd, I'd rather just, like, talk to someone, a real person, "
              "about it. Can you, can you put me through to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-16 11:10",
        overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev24_law_weekend_caller_asks_hours_what_to_bring_and_about_video",
        "t_law", (
            S("Hi, um, I know it's the weekend, I just, uh, what are your, your hours, like, "
              "during the week?", r"(?:\b9\b|nine).{0,60}(?:\b5\b|five)"),
            S("Okay, and, um, if I come in for a consultation, what do I, like, what should I "
              "bring? Any, any papers or...?", r"\bID\b|identification|document|paper|letter"),
            S("And can it be, um, over the phone? Or video? Like, do I have to, to come in?",
              r"phone|video"),
            S("Okay, great, that's, yeah, that's all, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:00",
        tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows from 7) -------------
    Scenario(
        "dev24_plumb_running_toilet_four_twenty_sorry_four_twelve_maple",
        "t_plumb", (
            S("Hi, uh, yeah, my toilet, the, the upstairs toilet, it keeps running, like, all "
              "night, you can hear it, and so I'd like someone to, um, come take a look. Not an "
              "emergency, just, you know, annoying."),
            S("The address is, um, four twenty— sorry, four twelve Maple Avenue, Maple Avenue, "
              "and the ZIP is one double oh two five. I own the house, yeah. It's not leaking on "
              "the floor or anything, no water anywhere."),
            S("Could someone come, um, Thursday, the twelfth, in the morning, like the nine "
              "o'clock window? Nine in the morning."),
            S("I'm Greg Polanski, P, O, L, A, N, S, K, I. Number's, uh, seven one eight, five "
              "five five, oh one five one, this cell I'm on."),
            S("Yep, Greg Polanski, four twelve Maple Avenue, Thursday the twelfth at nine in the "
              "morning, seven one eight, five five five, oh one five one. Go ahead and book it."),
            S("Cool, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Greg Polanski", "+17185550151",
                        about=r"toilet|running"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 18:20",
        caller="+17185550151", tags=("booking",)),
    Scenario(
        "dev24_plumb_renter_no_hot_water_kind_of_early_next_week_monday_at_one",
        "t_plumb", (
            S("Hey, um, so we've got no hot water, like, since yesterday, the, the water heater I "
              "think? It's not leaking or anything, it's just, just cold, and so I wanted to get "
              "someone out, I guess, like, early next week, but yeah."),
            S("I rent, I rent the apartment, but the landlord said it's fine, his name is, uh, "
              "Victor Shah, and he said to call whoever. The address is two hundred— um, two oh "
              "eight West Eighty-Fourth Street, apartment 3B, ZIP one double oh two four."),
            S("Monday, um, Monday the sixteenth, like, early afternoon? One o'clock would be, "
              "would be good."),
            S("My name is Aisha Karim, K, A, R, I, M, and my, my number is, um, six four six, "
              "five five five, oh two— oh two three three."),
            S("So Aisha Karim, Monday the sixteenth at one in the afternoon, for the water "
              "heater, six four six, five five five, oh two three three. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Aisha Karim", "+16465550233",
                        about=r"hot water|heater"),),
        said=(at(16, "13:00"),), ends_call=True, clock="2026-03-14 10:30",
        caller="+16465550233", tags=("booking",)),
    Scenario(
        "dev24_plumb_new_faucet_sunday_message_tom_i_mean_thomas",
        "t_plumb", (
            S("Hi, um, so I bought a, a new kitchen faucet, and I kind of want someone to, like, "
              "install it, but I wanted to, uh, to ask about the price first, and so, yeah, could "
              "someone call me back?"),
            S("I'm not ready to book yet, I just, I want a call back, a message. My name's Tom— "
              "Thomas, Thomas Reilly, R, E, I, L, L, Y."),
            S("The number is, uh, nine one seven, five five five, oh one eight— oh one eight "
              "two. And the address is, um, fifty West Twenty-Second Street, ZIP one double oh "
              "one one, if they need it. Nothing's leaking."),
            S("So Thomas Reilly, nine one seven, five five five, oh one eight two, about "
              "installing my kitchen faucet and the price. Yeah, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Thomas Reilly", "+19175550182", about=r"faucet|install|kitchen",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 14:00", caller="+19175550182",
        tags=("message",)),
    Scenario(
        "dev24_plumb_burst_pipe_oh_my_god_near_the_breaker_box_sunday_night",
        "t_plumb", (
            S("Oh my god, hi, um, a pipe just— a pipe burst in the, in the basement and there's "
              "water, like, everywhere, it's, it's spraying, and it's getting close to the, the "
              "electrical panel thing, the breaker box.",
              r"shut|valve|main|electric|panel|911|stay|away"),
            S("Okay, okay, I— my husband found the, the main valve, he turned it off, I think, "
              "yeah, it stopped spraying. Nobody's touching the panel, no sparks. But we need "
              "someone out here, like, tonight, as soon as possible."),
            S("The address is, um, three thirty— three thirty-one Hudson Street, ZIP one double "
              "oh one four. We own it. My name is Carla Nunez, N, U, N, E, Z."),
            S("My number, uh, two one two, five five five, oh two— sorry, oh two seven eight. Two "
              "one two, five five five, oh two seven eight."),
            S("Yes, Carla Nunez, three thirty-one Hudson Street, two one two, five five five, oh "
              "two seven eight, the burst pipe in the basement. It's urgent, please, please get "
              "it to someone."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carla Nunez", "+12125550278",
                          about=r"pipe|burst|flood|basement|water", urgent=True),),
        ends_call=True, clock="2026-03-15 21:30", caller="+12125550278",
        tags=("emergency",)),
    Scenario(
        "dev24_plumb_are_you_like_licensed_then_asks_for_the_dispatcher",
        "t_plumb", (
            S("Hi, um, yeah, I'm— quick question, are you guys, like, licensed and, um, insured? "
              "Because the last plumber we had, um, yeah, it was a whole thing.",
              r"licensed|insured"),
            S("Okay, good, good. And, uh, do you, do you charge for, like, estimates? Just to come "
              "look?", r"\b89\b|eighty[- ]nine|service call|fee"),
            S("Okay, um, can I just— I'd like to talk to, like, an actual person, the dispatcher "
              "or whoever, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 10:00",
        overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev24_plumb_starts_about_a_drip_says_hang_on_and_never_comes_back",
        "t_plumb", (
            S("Hi, uh, yeah, so I've got a, a drip under the, the kitchen sink and I was— hang "
              "on, hang on, my kid's— one sec—"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 13:05",
        caller="+17185550107", tags=("hangup",)),
    # --- salon (closed Sunday and Monday; Tuesday to Friday from 10, Thursday to 8, other
    # weekdays to 7, Saturday 9 to 5; hour-long slots) -------------------------------------
    Scenario(
        "dev24_salon_just_a_trim_anyones_fine_friday_the_thirteenth_at_five",
        "t_salon", (
            S("Hi! Um, so I wanted to book a, a haircut, like a women's cut, just a trim, really, "
              "and, um, I've been there before, yeah, a couple times."),
            S("Stylist, um, I don't, I don't really mind, whoever's free. I guess anyone's fine."),
            S("Could I do Friday, um, Friday the thirteenth— ha, yeah— at, like, five? Five in "
              "the evening? I mean, five's best."),
            S("Name's Jasmine Ortiz, O, R, T, I, Z, and my number's, um, three four seven, five "
              "five five, oh one six eight."),
            S("Yeah, so Jasmine Ortiz, women's haircut, Friday the thirteenth at five PM, three "
              "four seven, five five five, oh one six eight. Book it, please."),
            S("Yay, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 17:00", "Jasmine Ortiz", "+13475550168",
                        about=r"women|haircut|cut|trim"),),
        said=(at(13, "17:00"),), ends_call=True, clock="2026-03-10 09:30",
        caller="+13475550168", tags=("booking",)),
    Scenario(
        "dev24_salon_mens_cut_saturday_nine_no_ten_from_his_girlfriends_phone",
        "t_salon", (
            S("Yo, hi, um, I need a, a men's haircut, just a, you know, a regular cut, short on "
              "the sides. I've, uh, I've never been there, I'm new. Anybody's fine for the "
              "barber, stylist, whatever."),
            S("Saturday, um, this Saturday, the fourteenth, at nine— no, ten. Nine's too early, "
              "I'm not, I'm not a morning guy. Ten in the morning."),
            S("I'm Devon Price, P, R, I, C, E. And this is, uh, my girlfriend's phone, so, uh, my "
              "number is two one two, five five five, oh three oh two."),
            S("So Devon Price, men's haircut, Saturday the fourteenth at ten in the morning, and "
              "my number's two one two, five five five, oh three oh two. Yeah, book it."),
            S("Bet, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Devon Price", "+12125550302",
                        about=r"men|haircut|cut"),),
        said=(at(14, "10:00"), read_back("+12125550302")), ends_call=True,
        clock="2026-03-11 19:30", caller="+12125550415", tags=("booking",)),
    Scenario(
        "dev24_salon_a_blow_out_before_a_work_dinner_thursday_at_seven",
        "t_salon", (
            S("Hey, um, hi, so I have a, a thing Thursday night, like a work dinner, and I was "
              "wondering if I could get a, um, a blow— a blow out? Before? Like a blowout."),
            S("Um, anyone's fine for the stylist, and I've, I've never been there before "
              "actually, I'm new."),
            S("Thursday the twelfth, um, as late as you can, like seven? Seven o'clock in the "
              "evening, if you, if you're open that late."),
            S("I'm Naomi Castellano, C, A, S, T, E, L, L, A, N, O. And it's, uh, my cell, nine "
              "one seven, five five five, oh two one nine."),
            S("So Naomi Castellano, blowout, Thursday the twelfth at seven PM, nine one seven, "
              "five five five, oh two one nine. Yeah, book it please."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 19:00", "Naomi Castellano", "+19175550219",
                        about=r"blow"),),
        said=(at(12, "19:00"),), ends_call=True, clock="2026-03-10 14:00",
        caller="+19175550219", tags=("booking",)),
    Scenario(
        "dev24_salon_brassy_color_i_mean_kind_of_orange_message_on_closed_monday",
        "t_salon", (
            S("Hi, um, I got my, my color done there last week, and it's, it's kind of brassy, "
              "like, orange-ish? And I'm, I'm not, I'm not super happy, honestly, and so I'd like "
              "someone to call me about, like, fixing it, I guess."),
            S("I'm not, I don't want to book anything right now, I just want a call back. My name "
              "is Brianna Walsh, W, A, L, S, H."),
            S("My number is, um, six three one, five five five, oh one four— oh one four five. "
              "Six three one, five five five, oh one four five."),
            S("So Brianna Walsh, six three one, five five five, oh one four five, about my color "
              "coming out brassy and fixing it. Yes, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brianna Walsh", "+16315550145",
                          about=r"colou?r|brass|orange|fix", urgent=False),),
        ends_call=True, clock="2026-03-16 11:00", caller="+16315550145",
        tags=("message",)),
    Scenario(
        "dev24_salon_moves_wednesday_at_three_to_saturday_at_eleven",
        "t_salon", (
            S("Hi, um, I have a, a haircut booked, I think it's, um, the eighteenth? Wednesday "
              "the eighteenth at three, and I need to, like, move it, because something came up "
              "at work, and so, yeah."),
            S("It's under Keisha Morgan. Keisha, K, E, I, S, H, A, Morgan."),
            S("Could we do, um, Saturday— Saturday the twenty-first, at, like, eleven? Eleven in "
              "the morning."),
            S("Yes, please move Keisha Morgan from Wednesday the eighteenth at three to Saturday "
              "the twenty-first at eleven in the morning. Same, same number, this one."),
            S("Perfect, thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Keisha Morgan", "+17185550126"),),
        cancelled=("2026-03-18 15:00",), said=(at(21, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-18 15:00", "Keisha Morgan", "+17185550126"),),
        clock="2026-03-10 10:30", caller="+17185550126", tags=("move",)),
    Scenario(
        "dev24_salon_french_caller_euh_bonjour_wants_a_cut",
        "t_salon", (
            S("Euh, bonjour, je voudrais, euh, prendre un rendez-vous pour, pour une coupe, s'il "
              "vous plaît? Euh, une coupe femme.", NOT_ENGLISH),
            S("Je m'appelle, euh, Camille Laurent. Camille Laurent."),
            S("Oui, oui, ce numéro, le numéro d'où j'appelle, c'est bon."),
            S("Oui, merci, euh, au revoir."),
        ),
        outcome="message_taken",
        messages=(Message("Camille Laurent", "+15145550132"),), ends_call=True,
        clock="2026-03-11 11:30", caller="+15145550132", tags=("language",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "dev24_homes_birchwood_showing_four_one_five_no_six_five_oh",
        "t_homes", (
            S("Hi, um, yeah, I saw a, a listing online, the, uh, the house on, um, eighty-eight "
              "Birch— Birchwood Lane? And I'd like to, like, go see it. A showing, I guess."),
            S("We're buying, yeah, and we're, um, we're pre-approved, we have the, the letter. "
              "No, we don't have an agent, not yet. Timeline's kind of, like, the next couple "
              "months."),
            S("Could we do Tuesday, um, Tuesday the seventeenth after work? Like five thirty? "
              "Five thirty in the evening."),
            S("I'm Ethan Brooks, and my email's ethan brooks at outlook dot com, and my number, "
              "uh, four one five— no, sorry, six five oh. Six five oh, five five five, oh one "
              "three seven."),
            S("So Ethan Brooks, the showing at eighty-eight Birchwood Lane, Tuesday the "
              "seventeenth at five thirty PM, six five oh, five five five, oh one three seven. "
              "Yep, book it."),
            S("Awesome, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:30", "Ethan Brooks", "+16505550137",
                        about=r"show|Birchwood|buy"),),
        said=(at(17, "17:30"), read_back("+16505550137")), ends_call=True,
        clock="2026-03-15 12:30", tags=("booking",)),
    Scenario(
        "dev24_homes_maybe_selling_sort_of_not_sure_books_a_valuation_saturday_at_ten",
        "t_homes", (
            S("Hi, um, so we're, we're thinking about, um, selling, maybe? Like, kind of, we're "
              "not, we're not totally sure yet, and so I guess we'd want someone to, like, tell "
              "us what it's worth first, but yeah."),
            S("The house is at, um, fourteen— fourteen Alder Court. It's not listed with anybody, "
              "no. Timeline's, I don't know, maybe the summer?"),
            S("Could someone come Saturday, um, not this one, next Saturday, the twenty-first, "
              "at ten? Ten in the morning."),
            S("My name is Patricia Lowe, L, O, W, E, email patricia lowe at yahoo dot com, and "
              "the number is, uh, five one six, five five five, oh one— oh one nine four."),
            S("So, Patricia Lowe, home valuation at fourteen Alder Court, Saturday the "
              "twenty-first at ten in the morning, five one six, five five five, oh one nine "
              "four. Yes, book it please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Patricia Lowe", "+15165550194",
                        about=r"valu|sell|listing|worth|Alder"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-11 18:30",
        caller="+15165550194", tags=("booking",)),
    Scenario(
        "dev24_homes_rental_on_fulton_unit_four_sea_i_mean_4c_monday_twelve_thirty",
        "t_homes", (
            S("Hey, um, I'm calling about the, the apartment for rent on, um, Fulton Street, the "
              "unit four sea— I mean 4C, four C. I'd like to, like, see it, a showing."),
            S("I'm renting, yeah, looking to move in, um, April first-ish. April first."),
            S("Could I see it Monday, the sixteenth, at like, twelve thirty? On my lunch. Twelve "
              "thirty in the afternoon."),
            S("My name's Tyler Nguyen, N, G, U, Y, E, N, email tyler nguyen at gmail dot com. "
              "Number is, um, three four seven, five five five, oh one four four."),
            S("Okay so Tyler Nguyen, rental showing for 4C on Fulton Street, Monday the "
              "sixteenth at twelve thirty, three four seven, five five five, oh one four four. "
              "Book it, yeah."),
            S("Cool, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 12:30", "Tyler Nguyen", "+13475550144",
                        about=r"rent|show|Fulton|apartment|4C"),),
        said=(at(16, "12:30"),), ends_call=True, clock="2026-03-14 16:40",
        caller="+13475550144", tags=("booking",)),
    Scenario(
        "dev24_homes_tired_of_managing_the_condo_myself_callback_message",
        "t_homes", (
            S("Hi, um, so I've got a, a rental condo, and I'm, I'm kind of tired of, you know, "
              "managing it myself, the tenants and the, the repairs and everything, and so I'd "
              "like an agent to call me about, like, property management."),
            S("I don't want to set up a meeting yet, I just want somebody to call me back. My "
              "name is Martin Solberg, S, O, L, B, E, R, G."),
            S("Number's, uh, two oh one, five five five, oh one— one nine one. Two oh one, five "
              "five five, oh one nine one."),
            S("So Martin Solberg, two oh one, five five five, oh one nine one, about property "
              "management for my condo. Yes, please pass it on."),
            S("Thanks, have a good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Martin Solberg", "+12015550191",
                          about=r"manag|rental|condo|tenant", urgent=False),),
        ends_call=True, clock="2026-03-13 19:20", caller="+12015550191",
        tags=("message",)),
    Scenario(
        "dev24_homes_moves_a_showing_from_two_to_four_thirty_same_friday",
        "t_homes", (
            S("Hi, um, I have a showing booked, on Friday, at, uh, two? Two PM. And I, I need to "
              "push it— I mean, move it, later that day, if, if that's possible."),
            S("It's under Renee Duval, D, U, V, A, L."),
            S("Can we do, um, four— four thirty? Same day, Friday the thirteenth, four thirty in "
              "the afternoon."),
            S("Yes, please move Renee Duval from Friday at two to Friday the thirteenth at four "
              "thirty PM. Same number."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:30", "Renee Duval", "+19735550110"),),
        cancelled=("2026-03-13 14:00",), said=(at(13, "16:30"),), ends_call=True,
        seed=(Seed("2026-03-13 14:00", "Renee Duval", "+19735550110"),),
        clock="2026-03-11 09:15", caller="+19735550110", tags=("move",)),
    Scenario(
        "dev24_homes_linden_court_we_kind_of_want_to_make_an_offer_put_me_through",
        "t_homes", (
            S("Hi, um, I have a, a question about the house on Linden Court, the, the one that "
              "had the open house last weekend. Is it, is it still, like, available?"),
            S("We're, we're pre-approved, yeah, and, um, we don't have our own agent. So, uh, "
              "yeah. We really liked it."),
            S("Okay, um, honestly we kind of want to make an offer, so can I, can I talk to the "
              "agent, like, a real person? Please put me through.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 15:00",
        overrides=TRANSFER_LINE, tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev24_auto_all_change_oil_change_subaru_first_thing_thursday",
        "t_auto", (
            S("Hey, um, yeah, I need an all change— an oil change, the, the full synthetic one, "
              "for my, uh, 2019 Subaru— Subaru Outback. It's got like, um, forty-two thousand "
              "miles, forty-two thousand."),
            S("No warning lights or anything, it drives fine, it's just, just due. I'll, um, drop "
              "it off, I won't wait."),
            S("Thursday, um, Thursday the twelfth, first thing, like seven thirty? Seven thirty "
              "in the morning, when you open."),
            S("Name's Ryan Kowalski, K, O, W, A, L, S, K, I. Number is, uh, six three oh, five "
              "five five, oh one— oh one one eight."),
            S("So Ryan Kowalski, oil change on the Outback, Thursday the twelfth at seven thirty "
              "AM, six three oh, five five five, oh one one eight. Yep, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Ryan Kowalski", "+16305550118",
                        about=r"oil"),),
        said=(at(12, "07:30"),), ends_call=True, clock="2026-03-10 07:10",
        caller="+16305550118", tags=("booking",)),
    Scenario(
        "dev24_auto_check_engine_light_ten_i_mean_ten_thirty_monday_on_her_cell",
        "t_auto", (
            S("Hi, um, so my check engine light came on, like, yesterday, it's, it's just on, "
              "it's not blinking or anything, and the car drives, um, normal, I guess? And so I "
              "wanted to get it, you know, looked at."),
            S("It's a, uh, 2016 Ford Fusion, about, um, ninety thousand miles. Ninety-one, maybe. "
              "I'll drop it off."),
            S("Monday, Monday the sixteenth, at ten— I mean ten thirty, ten thirty's fine. Ten "
              "thirty in the morning."),
            S("I'm Sandra Liu, L, I, U. Don't use this number, it's the office line, my cell is "
              "seven seven three, five five five, oh one six two."),
            S("So Sandra Liu, check engine light on the Fusion, Monday the sixteenth at ten "
              "thirty in the morning, cell seven seven three, five five five, oh one six two. "
              "Yes, book it."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:30", "Sandra Liu", "+17735550162",
                        about=r"check engine|engine light|diagnos|light"),),
        said=(at(16, "10:30"), read_back("+17735550162")), ends_call=True,
        clock="2026-03-13 12:10", caller="+17735550100", tags=("booking",)),
    Scenario(
        "dev24_auto_tire_uh_rotation_next_saturday_at_nine",
        "t_auto", (
            S("Hi, um, I'd like to get a tire, uh, rotation— a tire rotation, for my, my CR-V, "
              "it's a 2021 Honda CR-V, maybe, um, thirty thousand miles? Thirty-ish."),
            S("Nothing's wrong with it, it's just, like, the maintenance thing. I'll wait for it, "
              "if that's okay, I'll just, I'll hang out."),
            S("Not this Saturday, next Saturday, the twenty-first, at nine? Nine in the morning."),
            S("My name's Beatriz Santos, S, A, N, T, O, S, and my number is, um, four seven five, "
              "five five five, oh one three one."),
            S("So Beatriz Santos, tire rotation on the CR-V, Saturday the twenty-first at nine "
              "in the morning, four seven five, five five five, oh one three one. Yes, go ahead "
              "and book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 09:00", "Beatriz Santos", "+14755550131",
                        about=r"tire|rotat"),),
        said=(at(21, "09:00"),), ends_call=True, clock="2026-03-12 20:15",
        caller="+14755550131", tags=("booking",)),
    Scenario(
        "dev24_auto_truck_been_there_since_monday_no_estimate_yet_message",
        "t_auto", (
            S("Yeah, hi, um, my truck's been there since, since Monday, a, a 2012 F-150, for the, "
              "the transmission thing, and nobody's called me with the, the estimate yet, and so "
              "I'm kind of, you know, wondering what's going on."),
            S("I know you're closed, I just want somebody to call me back tomorrow. The name's "
              "Frank DeLuca, D, E, L, U, C, A."),
            S("Number's, uh, eight four seven, five five five, oh one seven three. Eight four "
              "seven, five five five, oh one seven three."),
            S("So Frank DeLuca, eight four seven, five five five, oh one seven three, about the "
              "estimate on my F-150. Yeah, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank DeLuca", "+18475550173",
                          about=r"estimate|F-?150|truck|transmission|update", urgent=False),),
        ends_call=True, clock="2026-03-11 18:40", caller="+18475550173",
        tags=("message",)),
    Scenario(
        "dev24_auto_brake_pedal_went_to_the_floor_on_the_shoulder_of_route_nine",
        "t_auto", (
            S("Hi, um, I'm— I'm driving, well, I pulled over, my brakes, the, the pedal just "
              "went, like, all the way to the floor, and I barely, I barely stopped, I'm on the, "
              "the shoulder of Route nine.", r"drive|tow|911|safe"),
            S("Okay, no, I'm— I'm okay, nobody's hurt, I'm off the road, the hazards are on. I'm, "
              "I'm not gonna drive it. Can someone from the shop call me, like, right away, about "
              "towing it in?"),
            S("My name is Grace Whitaker, W, H, I, T, A, K, E, R, and the car's a, um, 2014 Toyota "
              "Camry. My cell is, uh, nine one four, five five five, oh one— oh one two nine."),
            S("Yes, Grace Whitaker, nine one four, five five five, oh one two nine, my brakes "
              "failed and I'm on the shoulder of Route nine, I need a tow. Please, it's urgent."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Grace Whitaker", "+19145550129", about=r"brake|tow",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 17:30", caller="+19145550129",
        tags=("emergency",)),
    Scenario(
        "dev24_auto_how_much_is_a_uh_oil_change_brakes_and_saturday_hours",
        "t_auto", (
            S("Hi, um, how much is a, uh, an oil change? The synthetic, full synthetic.",
              r"\b89\b|eighty[- ]nine"),
            S("And, um, the brakes, like, a brake inspection, do you, is that, do you charge for "
              "that?", NO_CHARGE),
            S("And are you, um, open Saturdays? Like, what time on, on Saturday?",
              r"(?:\b8\b|eight).{0,60}(?:\b3\b|three)"),
            S("Okay, cool, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 13:00",
        tags=("info",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to 12; half-hour slots) -------------------
    Scenario(
        "dev24_vet_biscuit_is_six_no_seven_wellness_and_his_rabies_shot_friday",
        "t_vet", (
            S("Hi, um, I need to bring my dog in for his, his yearly checkup, the wellness exam, "
              "and I think he's due for his, um, rabies shot too. We've been there before, yeah."),
            S("He's not sick or anything, he's fine, no emergency. His name is Biscuit, he's a "
              "beagle, he's, um, six— no, seven, he just turned seven."),
            S("Could we do Friday, um, Friday the thirteenth, in the afternoon, like three "
              "thirty? Three thirty."),
            S("I'm Alicia Moreno, M, O, R, E, N, O, and the number's, uh, this one, two oh two, "
              "five five five, oh one two eight."),
            S("So Alicia Moreno, Biscuit's wellness exam and rabies shot, Friday the thirteenth "
              "at three thirty in the afternoon, two oh two, five five five, oh one two eight. "
              "Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:30", "Alicia Moreno", "+12025550128",
                        about=r"wellness|vaccin|shot|rabies|check"),),
        said=(at(13, "15:30"),), ends_call=True, clock="2026-03-10 12:20",
        caller="+12025550128", tags=("booking",)),
    Scenario(
        "dev24_vet_new_kitten_first_checkup_area_code_first_sorry_saturday",
        "t_vet", (
            S("Hi, um, so we just, um, adopted a kitten, like, last week, from the shelter, and "
              "so we need a, a first checkup, I guess, and maybe shots? We've never been to you "
              "before, we're new."),
            S("She's fine, she's, like, totally fine, playing and eating, no emergency. Her "
              "name's Mochi, she's a, a tabby, about, um, ten weeks old. The shelter gave us "
              "some papers, the vaccine records."),
            S("Could we come Saturday, this Saturday, the fourteenth, at like ten thirty? Ten "
              "thirty in the morning."),
            S("I'm Dylan Park, P, A, R, K. My number is five five five, oh— wait, area code "
              "first, sorry. Four two five, five five five, oh one eight four."),
            S("So Dylan Park, Mochi's new patient checkup, Saturday the fourteenth at ten thirty "
              "in the morning, four two five, five five five, oh one eight four. Yes, book it."),
            S("Yay, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Dylan Park", "+14255550184",
                        about=r"kitten|new|exam|check|vaccin|shot|Mochi"),),
        said=(at(14, "10:30"),), ends_call=True, clock="2026-03-12 08:30",
        caller="+14255550184", tags=("booking",)),
    Scenario(
        "dev24_vet_rockys_allergy_pills_refill_message_after_hours",
        "t_vet", (
            S("Hi, um, I know you're closed, I'm calling about a, a refill, for my dog's, um, "
              "allergy medicine, the Apoquel? He's, he's almost out, like, a few days left, and "
              "so I need the vet to, to okay it, I guess."),
            S("It's for Rocky, he's a, a boxer. My name is Sharon Whitley, W, H, I, T, L, E, Y. "
              "He's not sick or anything, no emergency, just the refill."),
            S("My number is, uh, six oh nine, five five five, oh one three five. Six oh nine, "
              "five five five, oh one three five."),
            S("So Sharon Whitley, six oh nine, five five five, oh one three five, refill of "
              "Rocky's Apoquel. Yes, please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sharon Whitley", "+16095550135",
                          about=r"refill|apoquel|prescription|medic|allerg", urgent=False),),
        ends_call=True, clock="2026-03-10 19:45", caller="+16095550135",
        tags=("message",)),
    Scenario(
        "dev24_vet_pickles_got_into_the_the_raisins_friday_night",
        "t_vet", (
            S("Hi, um, sorry, I— my dog, he, he got into the, the raisins, like a whole box of "
              "raisins, um, maybe half an hour ago? He's a, a little terrier, he's small.",
              VET_NOW),
            S("Okay, okay, we're, we're gonna go to the emergency hospital, the twenty-four hour "
              "one. But, um, can you tell the vet? Like, so they know, for tomorrow. I'm Paul "
              "Andersen, A, N, D, E, R, S, E, N, and my dog is Pickles."),
            S("My number's, um, five oh eight, five five five, oh one— oh one six six. Five oh "
              "eight, five five five, oh one six six."),
            S("Yes, Paul Andersen, five oh eight, five five five, oh one six six, Pickles ate a "
              "box of raisins, it's urgent. Please pass it on."),
            S("Thanks, we're going now, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paul Andersen", "+15085550166",
                          about=r"raisin|grape|ate|Pickles", urgent=True),),
        ends_call=True, clock="2026-03-13 21:00", caller="+15085550166",
        tags=("emergency",)),
    Scenario(
        "dev24_vet_cancels_the_cats_nine_thirty_she_she_is_fine_now",
        "t_vet", (
            S("Hi, um, yeah, I need to— I have an appointment for my cat, um, Thursday? The "
              "nineteenth, at nine thirty, and I need to cancel it. She's, she's fine now, so."),
            S("It's under Megan Holt, H, O, L, T. Megan Holt."),
            S("Yes, that's the one, Thursday the nineteenth at nine thirty. Please cancel it, "
              "yeah, just cancel, I don't need a new one."),
            S("No, that's all, thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-19 09:30",), ends_call=True,
        seed=(Seed("2026-03-19 09:30", "Megan Holt", "+17815550153"),),
        clock="2026-03-16 17:20", caller="+17815550153", tags=("cancel",)),
    Scenario(
        "dev24_vet_do_you_like_see_rabbits_wellness_and_microchip_prices",
        "t_vet", (
            S("Hi, um, so, do you, do you guys see, like, rabbits? Or is it just, um, just dogs "
              "and cats?", r"dogs?|cats?|rabbit"),
            S("Okay, and, uh, how much is a, a wellness exam? Like, a regular checkup.",
              r"\b65\b|sixty[- ]five"),
            S("And a, um, microchip— microchipping, how much is that?", r"\b50\b|fifty"),
            S("Okay, thanks, that's all, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:00",
        tags=("info",)),
]
