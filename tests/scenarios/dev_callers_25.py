"""A twenty-fifth development set: 48 scripted callers, six in each of the fleet's eight trades,
who describe their problem or situation in their own words instead of naming the service, in the
held-out mix of kinds.

Written by a helper session (branch dev-callers-25) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and its test file, for
the conventions). The businesses' facts (services, prices, hours, slot lengths, what each trade's
receptionist is told to do) come only from tenants/profession_data.py and the fleet in
tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's dataclasses
(and its exam callers, which are part of that file) and tests/scenarios/harness.py; the read-back
pattern from tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py
(every rule of it, with the held-out mix of kinds, KINDS_25 below).

What makes it different: the callers say what is wrong, what happened or what they noticed, and
leave the receptionist to work out which of the business's services fits. A car squeals when it
brakes; an orange light shaped like an engine stays on and the caller's brother says it needs a
"tune-up"; smoke pours from under a hood on the shoulder of a highway; water comes up through a
basement floor drain and smells of sewage; a water heater bangs and the hot water runs out; a
sink drains slowly after two bottles of Drano; a dog shakes his head and scratches his ear; a male
cat strains in the litter box; a dog is almost out of "the itch pills, the Apoquel"; a tooth
cracked on a popcorn kernel; teeth yellow from coffee before a daughter's wedding; a cheek swollen
up to the eye; a landlord kept the deposit; a rear-end collision and a neck that still hurts; a
mother's house with nothing written down; gray roots before a wedding; a box dye gone brassy
orange; a condo too small with a baby on the way; a duplex inherited three states away; a face
drooping on one side; a league form that says a boy is fit to play soccer; "the flu jab". Some
ask for something the business does not offer (nails and an updo at a hair salon, a tune-up at a
shop whose price list has none) and then take what it does offer; some only want a call back.
Where a description could fit two services, the caller later names or confirms the one they want
plainly, so a booking's check (`about=`) never rests on a guess; the check is loose and also
accepts the caller's own words, which a good receptionist records as the reason. The kinds are
the held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason
and callback number, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks
for a person, 1 Spanish and 1 French caller, 1 early hang-up). Calls ring at realistic hours via
`clock=`: before opening, at lunch, after closing, on a Saturday, on a Sunday, on the salon's
closed Monday. Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so
any good wording passes, and every price and hour it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev25

which prints `RESULT dev25_pass_rate=`, measured and never gated.
Its first run, on dev-callers-25 at 3ce2b1d (main's 5880d86 plus this set), before anyone had
read a transcript of it: 36/48 = 0.750. Its twelve failing transcripts were then read for errors
of the set's own (a check rejecting an honest good reply, a time off the grid or outside hours,
a script too short to finish, a missing `ends_call`): none was found, so no check was changed.
Every failure is the receptionist's: a price question answered with other services' prices or
not answered at all (whitening, a sports physical, a free injury review, a used-car inspection,
whether a color consultation costs anything when asked again), a booking stored under the
person the caller talked about instead of the name it was to be under, a goodbye ignored while
a message is read back again, a described problem that says "no gas smell" turned into an urgent
message (once instead of a booking), a plain request for a person answered with the price list,
and two plain call-back requests with name and number that were never taken as messages. The
second run, on the same commit: 36/48 = 0.750, the same twelve failing.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a later line says the final day and time plainly with the name the booking or
message is to be under, and a booking is read back (`said=`) with its final day and time. Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer to
(the caller asks for a person only in the last line, and no earlier line gives a reason the trade
transfers for). An emergency ends with an urgent message; a routine message is not urgent. A call
whose last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on
a request for a person is transferred and not hung up.
"""

from __future__ import annotations

from tests.scenarios.catalogue import (
    CALLER,
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
KINDS_25 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
# a goodbye in English, Spanish or French
BYE_ANY = BYE + r"|adi[oó]s|hasta luego|au revoir|bonne journ[eé]e|cuídese|cuidese"
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
# a price quoted for something (a service the business does not list, in the line's context)
A_PRICE = r"(?:\$\s?\d|\d+ dollars)"

DEV_CALLERS_25: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev25_dental_bit_a_popcorn_kernel_and_felt_a_tooth_crack_books_thursday",
        "t_dental", (
            S("Hi, good morning. Last night I bit down on a popcorn kernel at the movies and "
              "felt something crack in a back tooth, upper right. Now it zings when I chew on "
              "that side or drink something cold. I'm an existing patient there."),
            S("There's no swelling at all and it isn't bleeding, it only hurts when I bite or "
              "with something cold. I'm out of town for work until Wednesday night, so the "
              "soonest I can come in is Thursday."),
            S("Thursday the twelfth at ten in the morning would be perfect if you have it. My "
              "insurance is MetLife dental, through my husband's job, he's the policy holder."),
            S("My name is Grace Okafor, O, K, A, F, O, R, date of birth March third, nineteen "
              "eighty-eight. The number I'm calling from is best, six one seven, five five five, "
              "oh one one eight."),
            S("So that's Grace Okafor, Thursday the twelfth at ten in the morning, for the tooth "
              "I cracked on the popcorn. Please go ahead and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Grace Okafor", "+16175550118",
                        about=r"crack|broke|chip|tooth|popcorn|emergency|bite|pain"),),
        said=(at(12, "10:00"),), ends_call=True, clock="2026-03-10 07:30",
        caller="+16175550118",
        never_said=(r"you(?:'ll| will)? (?:need|have) (?:a|an) (?:root canal|crown|extraction)",),
        tags=("booking",)),
    Scenario(
        "dev25_dental_teeth_yellow_from_coffee_before_a_wedding_books_whitening",
        "t_dental", (
            S("Hi there. My teeth have gotten really yellow from all the coffee and red wine, and "
              "my daughter is getting married in April, so I want them a lot brighter for the "
              "photos. Do you do that in the office, and what does it cost?",
              r"450|four hundred (?:and )?fifty"),
            S("I've been a patient there for years, my last cleaning was in January. No pain, no "
              "swelling, nothing like that. I'll pay for this myself."),
            S("Yes, the in-office whitening is what I want. Could I do Wednesday the eighteenth at "
              "nine in the morning?"),
            S("It's Helen Marsh, M, A, R, S, H, date of birth July fourteenth, nineteen sixty-six, "
              "and my cell is three one two, five five five, oh one four seven, this phone."),
            S("So, Helen Marsh, the whitening, Wednesday the eighteenth at nine in the morning. "
              "Yes, please book that."),
            S("Wonderful, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 09:00", "Helen Marsh", "+13125550147",
                        about=r"whiten|bleach|yellow|stain|bright"),),
        said=(at(18, "09:00"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+13125550147", tags=("booking",)),
    Scenario(
        "dev25_dental_new_in_town_three_years_since_anyone_looked_books_a_first_visit",
        "t_dental", (
            S("Hi, I just moved to the area and honestly it's been about three years since "
              "anybody looked at my teeth. I've never been to your office. I'd like everything "
              "checked and cleaned, whatever a first visit is. How much is that?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("No pain, no swelling, my teeth feel fine, it's just been way too long. I don't "
              "have dental insurance right now, so I'll pay myself."),
            S("Friday mornings are easiest for me. Could I do Friday the thirteenth at eight in "
              "the morning?"),
            S("My name is Owen Bradley, B, R, A, D, L, E, Y, born October second, nineteen "
              "ninety-two. The best number is five oh three, five five five, oh one seven one."),
            S("Okay, so Owen Bradley, new patient, the exam and cleaning with X-rays, Friday the "
              "thirteenth at eight in the morning. Book it, please."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:00", "Owen Bradley", "+15035550171",
                        about=r"new|exam|clean|x-?ray|check"),),
        said=(at(13, "08:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+15035550171", tags=("booking",)),
    Scenario(
        "dev25_dental_cheek_swollen_up_under_the_eye_on_a_saturday",
        "t_dental", (
            S("Hi, I know you're probably closed, but the whole left side of my face is swollen "
              "from a bad tooth, and since this morning it's puffed up under my eye and it's "
              "getting hard to swallow.", ER),
            S("My name is Marco Silva, S, I, L, V, A, and my number is seven one eight, five five "
              "five, oh one three three. Please have the dentist call me, it's getting worse."),
            S("Okay, I'll go to the emergency room now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marco Silva", "+17185550133",
                          about=r"swell|swollen|eye|swallow|face", urgent=True),),
        ends_call=True, clock="2026-03-14 10:00", caller="+17185550133",
        tags=("emergency",)),
    Scenario(
        "dev25_dental_statement_looks_like_one_cleaning_was_charged_twice",
        "t_dental", (
            S("Hi, I got a statement in the mail today and it looks like I was charged twice for "
              "the same cleaning in February, the amount shows up two times. I'm not upset, I "
              "just want somebody to look at it."),
            S("I don't need an appointment, I just need someone who handles billing to call me "
              "back about it next week."),
            S("My name is Teresa Quinn, Q, U, I, N, N, and the best number is two oh six, five "
              "five five, oh one two nine."),
            S("So that's Teresa Quinn, two oh six, five five five, oh one two nine, about being "
              "charged twice for the February cleaning. Thanks."),
            S("That's all, have a good weekend, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Quinn", "+12065550129",
                          about=r"charg|bill|twice|double|statement|paid", urgent=False),),
        ends_call=True, clock="2026-03-13 15:00", caller="+12065550129", tags=("message",)),
    Scenario(
        "dev25_dental_cancels_friday_for_the_hole_in_her_tooth_a_work_trip",
        "t_dental", (
            S("Hi, I have an appointment Friday morning to get the hole in my tooth fixed, the "
              "thing where they fill it. I need to cancel it, my job is sending me out of town."),
            S("The appointment is under Ruth Alvarez, A, L, V, A, R, E, Z, Friday the thirteenth "
              "at nine in the morning. I'm calling from the number it's booked under."),
            S("Yes, please cancel the Friday nine o'clock for Ruth Alvarez. I'll call back to "
              "rebook when I'm home."),
            S("That's everything, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:00",), ends_call=True,
        seed=(Seed("2026-03-13 09:00", "Ruth Alvarez", CALLER),), clock="2026-03-11 12:00",
        tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev25_clinic_shoulder_clicks_and_aches_since_swimming_books_a_visit",
        "t_clinic", (
            S("Hi, for a few months my right shoulder clicks and aches whenever I lift my arm "
              "over my head, ever since I started swimming laps. It's not an emergency, I just "
              "want a doctor to look at it. I've been a patient there for about two years."),
            S("No preferred doctor, whoever's available. My insurance is Blue Cross Blue Shield, "
              "the PPO through my work."),
            S("Could I come in Thursday the twelfth at nine forty in the morning?"),
            S("It's Daniel Reyes, R, E, Y, E, S, date of birth June eleventh, nineteen eighty-one. "
              "The number is four oh eight, five five five, oh one five two, the one I'm calling "
              "on."),
            S("So Daniel Reyes, Thursday the twelfth at nine forty in the morning, for my "
              "shoulder. Please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:40", "Daniel Reyes", "+14085550152",
                        about=r"shoulder|arm|established|visit|ache|click"),),
        said=(at(12, "09:40"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+14085550152",
        never_said=(r"(?:sounds like|probably|likely) (?:a |an )?(?:rotator|tendon|bursitis"
                    r"|arthritis|impingement)",),
        tags=("booking",)),
    Scenario(
        "dev25_clinic_league_form_says_the_boy_is_fit_to_play_books_a_sports_physical",
        "t_clinic", (
            S("Hi, my son has soccer tryouts coming up and the league sent a form a doctor has to "
              "fill out saying he's healthy enough to play. How much is that kind of visit?",
              r"\$\s?75\b|\b75 dollars|seventy[- ]five"),
            S("He's twelve and he's been seen at your clinic before, he's an established patient. "
              "We have Aetna, and if it isn't covered we'll just pay."),
            S("So the sports physical, please. After school is best: could we do Monday the "
              "sixteenth at three twenty in the afternoon?"),
            S("His name is Leo Brennan, B, R, E, N, N, A, N, date of birth September fifth, two "
              "thousand thirteen. I'm his mom, and my number is nine one six, five five five, oh "
              "one six four."),
            S("So that's Leo Brennan, the sports physical, Monday the sixteenth at three twenty "
              "in the afternoon. Yes, book it please."),
            S("Perfect, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:20", "Leo Brennan", "+19165550164",
                        about=r"sport|physical|soccer|form"),),
        said=(at(16, "15:20"),), ends_call=True, clock="2026-03-13 17:30",
        caller="+19165550164", tags=("booking",)),
    Scenario(
        "dev25_clinic_dads_face_droops_on_one_side_and_he_slurs",
        "t_clinic", (
            S("Hi, I'm calling about my dad, he's sitting at the kitchen table and one side of "
              "his face is drooping and he's slurring his words, and he can't lift his left arm "
              "right. He's a patient of yours.", ER),
            S("I'm his daughter, Nadia Haddad, H, A, D, D, A, D, and my number is five one two, "
              "five five five, oh one eight three. Please tell his doctor."),
            S("Okay, I'm hanging up and calling 911 right now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nadia Haddad", "+15125550183",
                          about=r"face|droop|slur|stroke|arm|dad|father", urgent=True),),
        ends_call=True, clock="2026-03-10 08:30", caller="+15125550183",
        tags=("emergency",)),
    Scenario(
        "dev25_clinic_asks_about_the_flu_jab_and_weekends_on_a_saturday",
        "t_clinic", (
            S("Hi, quick question. Do you do the flu jab, the shot, and how much is it if I'm "
              "paying myself?", r"\$\s?40\b|\b40 dollars|forty"),
            S("And are you open on weekends at all, or only during the week?",
              r"closed|monday|friday|weekday|during the week"),
            S("Okay, I'll call back Monday to set it up. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:00",
        caller="+14845550117", tags=("info",)),
    Scenario(
        "dev25_clinic_blood_drawn_last_week_and_no_word_yet",
        "t_clinic", (
            S("Good morning. I had blood drawn at your clinic last Tuesday, the doctor wanted to "
              "check my cholesterol and sugar, and I haven't heard anything back. I'm getting a "
              "little anxious about it."),
            S("I don't need an appointment, I'd just like the nurse to call me about the results "
              "when she can."),
            S("My name is Gloria Nash, N, A, S, H, date of birth April twentieth, nineteen "
              "fifty-nine. The number is seven seven three, five five five, oh one two six."),
            S("So that's Gloria Nash, seven seven three, five five five, oh one two six, wanting "
              "a call about my blood test results. Thank you."),
            S("That's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Nash", "+17735550126",
                          about=r"result|blood|lab|test|cholesterol", urgent=False),),
        ends_call=True, clock="2026-03-11 07:45", caller="+17735550126", tags=("message",)),
    Scenario(
        "dev25_clinic_spanish_speaking_mother_daughter_has_fever_and_cough",
        "t_clinic", (
            S("Hola, buenos días. Mi hija tiene fiebre y tos desde hace tres días y quisiera una "
              "cita con el doctor, por favor. No hablo mucho inglés.", NOT_ENGLISH),
            S("Me llamo Lucia Romero. Romero, R, O, M, E, R, O."),
            S("Mi número es cuatro uno cinco, cinco cinco cinco, cero uno seis dos. Es este "
              "teléfono."),
            S("Sí, por favor, que alguien me llame en español. Gracias, adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Lucia Romero", "+14155550162",
                          about=r"spanish|espa[nñ]ol|fiebre|fever|tos\b|cough|hija|daughter"
                                r"|cita|appointment"),),
        ends_call=True, clock="2026-03-10 10:15", caller="+14155550162",
        tags=("spanish",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev25_law_landlord_kept_the_whole_deposit_books_a_consultation",
        "t_law", (
            S("Hi, I moved out of my apartment in January, left it spotless, and my landlord kept "
              "my whole security deposit, almost three thousand dollars, saying it was for "
              "cleaning and paint. I want to talk to a lawyer about it. What does a first "
              "meeting cost?", r"250|two hundred (?:and )?fifty|depend"),
            S("The landlord is a company called Harbor View Properties. There's no court date or "
              "deadline yet, and I don't have a lawyer on this. In person is fine."),
            S("Could I come in Wednesday the eighteenth at eleven in the morning?"),
            S("My name is Tasha Greene, G, R, E, E, N, E. My number is six four six, five five "
              "five, oh one three one, the one I'm calling from, and my email is tasha dot "
              "greene at gmail dot com."),
            S("So that's Tasha Greene, Wednesday the eighteenth at eleven in the morning, about my "
              "security deposit. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Tasha Greene", "+16465550131",
                        about=r"deposit|landlord|tenant|apartment|consult|rent|lease"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-10 08:15",
        caller="+16465550131",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",
                    r"you(?:'ll| will) (?:win|get (?:it|your deposit) back)"),
        tags=("booking",)),
    Scenario(
        "dev25_law_rear_ended_at_a_red_light_neck_still_hurts_books_a_review",
        "t_law", (
            S("Hello. Last month I got rear-ended at a red light and my neck still hurts, I've "
              "been going to physical therapy. Now the other driver's insurance keeps calling me "
              "to settle. Do I have to pay to talk to one of your lawyers about it?", NO_CHARGE),
            S("The other driver's name is Kevin Porter, and his insurance is Allstate. No court "
              "date, and I don't have a lawyer. A phone call would actually be easiest."),
            S("Could we do Thursday the twelfth at two in the afternoon?"),
            S("It's Ramon Ortiz, O, R, T, I, Z. My cell is two oh one, five five five, oh one "
              "seven seven, that's this number. Email ramon dot ortiz at yahoo dot com."),
            S("So Ramon Ortiz, Thursday the twelfth at two in the afternoon, about the car "
              "accident. Yes, please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Ramon Ortiz", "+12015550177",
                        about=r"injur|accident|car|rear|neck|crash|collision"),),
        said=(at(12, "14:00"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+12015550177",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",
                    r"(?:don't|do not) (?:settle|sign)"),
        tags=("booking",)),
    Scenario(
        "dev25_law_moms_house_has_nothing_written_down_books_estate_planning",
        "t_law", (
            S("Hi, my mom is eighty-one and she owns her house outright, and she doesn't have "
              "anything written down about what happens to it. My brother and I want to make "
              "sure it goes to us kids without a big mess later. Is that something you help "
              "with?"),
            S("It's my mom's matter, her name is Evelyn Shaw, and she'd come with me. There are "
              "no deadlines, nobody is sick right now, and we don't have a lawyer."),
            S("Let's start with the estate planning consultation. Friday the thirteenth at ten "
              "in the morning would work for both of us."),
            S("Book it under my name, Colin Shaw, S, H, A, W. My number is three oh one, five five "
              "five, oh one oh nine, the one I'm calling from."),
            S("So that's Colin Shaw, the estate planning consultation, Friday the thirteenth at "
              "ten in the morning. Please book it."),
            S("Thanks very much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Colin Shaw", "+13015550109",
                        about=r"estate|will|trust|house|mom|mother|plan"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-10 17:20",
        caller="+13015550109", tags=("booking",)),
    Scenario(
        "dev25_law_court_letter_says_a_card_company_is_suing_her",
        "t_law", (
            S("Hi, I got a letter from a court saying a credit card company, Capital One, is "
              "suing me over an old card balance. The court date on it is April twentieth. I "
              "don't really understand what it means."),
            S("I don't want to book anything yet, I just want an attorney to call me back and "
              "tell me if it's something you handle."),
            S("My name is Denise Powell, P, O, W, E, L, L, and my number is four one oh, five five "
              "five, oh one five eight."),
            S("So that's Denise Powell, four one oh, five five five, oh one five eight, about "
              "being sued by a credit card company, court date April twentieth. Thank you."),
            S("That's all, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Powell", "+14105550158",
                          about=r"sue|suing|lawsuit|credit|court|capital one|debt",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 11:00", caller="+14105550158", tags=("message",)),
    Scenario(
        "dev25_law_let_go_after_telling_her_boss_asks_about_video_and_the_fee",
        "t_law", (
            S("Hi, I was let go two weeks after I told my manager I was pregnant, and I'm "
              "wondering if that's the kind of thing your firm looks at. I'm not ready to book, "
              "I just have a couple of questions."),
            S("Can I meet with someone by phone or video instead of coming into the office? I'm "
              "on bed rest right now.", r"video|phone"),
            S("And what do you charge for a first meeting?",
              r"250|two hundred (?:and )?fifty|depend"),
            S("Okay, thank you, I'll talk it over with my husband and call back. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-09 12:10",
        caller="+12675550114",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",
                    r"(?:that|this) (?:is|was|sounds like) (?:illegal|discrimination|wrongful)"),
        tags=("info",)),
    Scenario(
        "dev25_law_divorce_client_got_new_papers_asks_for_someone_on_the_team",
        "t_law", (
            S("Hi, I'm a client of yours, the firm is helping me with my divorce. My ex's lawyer "
              "just mailed me a new stack of papers about the kids' schedule, and I was told to "
              "call when anything came in. There's no deadline on them that I can see."),
            S("I don't want to book a new appointment, I have a couple of questions about what I "
              "should bring in with them."),
            S("My name is Angela Brooks. Could you put me through to someone on the team now, "
              "please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 10:00",
        caller="+19175550144", overrides=TRANSFER_LINE, tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev25_plumb_sewage_smelling_water_comes_up_the_basement_floor_drain_on_sunday",
        "t_plumb", (
            S("Hi, there's water coming up through the floor drain in my basement and it smells "
              "like sewage. It's already spread across half the floor and it keeps coming.",
              r"emergency|urgent|right away|as soon as|shut|valve|electric"),
            S("The address is 41 Grove Street, 10002. My name is Frank Dolan, D, O, L, A, N, and "
              "my number is two one two, five five five, oh one seven two. Please get someone "
              "out as soon as you can."),
            S("I'm going to stop all the water upstairs and wait for the call back. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Dolan", "+12125550172",
                          about=r"sewage|sewer|drain|basement|backup|back up|water|flood",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 08:00", caller="+12125550172",
        tags=("emergency",)),
    Scenario(
        "dev25_plumb_water_heater_bangs_and_hot_water_runs_out_books_a_visit",
        "t_plumb", (
            S("Good morning. My water heater in the garage has started making loud banging and "
              "popping noises when it heats up, and the hot water runs out after about five "
              "minutes in the shower. It's not leaking, nothing is wet."),
            S("I own the house, it's at 27 Birchwood Drive, 10001. It's a gas one, about ten years "
              "old, and there's no gas smell, just the noise."),
            S("I'd like someone to come out and look at the water heater: Thursday the twelfth, "
              "the nine o'clock window in the morning, if you have it."),
            S("My name is Susan Pratt, P, R, A, T, T, and my number is seven one eight, five five "
              "five, oh one nine oh, that's my cell."),
            S("So that's Susan Pratt, 27 Birchwood Drive, Thursday the twelfth at nine in the "
              "morning, for the water heater. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Susan Pratt", "+17185550190",
                        about=r"water heater|hot water|bang|pop|nois|heater"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 06:30",
        caller="+17185550190", tags=("booking",)),
    Scenario(
        "dev25_plumb_sink_drains_slow_after_two_bottles_of_drano_books_saturday",
        "t_plumb", (
            S("Hi, my bathroom sink takes forever to drain, and now the tub gurgles when the sink "
              "empties. I already poured two bottles of Drano down it and it didn't help. What "
              "do you charge for something like that?",
              r"225|two hundred (?:and )?twenty[- ]five|89|eighty[- ]nine"),
            S("It's a house I own, 9 Elm Court, 10003. Nothing is leaking or overflowing, it's "
              "just really slow."),
            S("Let's do the drain cleaning then. Saturday the fourteenth, the eleven o'clock "
              "window, please."),
            S("My name is Paul Nguyen, N, G, U, Y, E, N, and my number is three four seven, five "
              "five five, oh one one five."),
            S("So Paul Nguyen, 9 Elm Court, Saturday the fourteenth at eleven in the morning, for "
              "the drain cleaning. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Paul Nguyen", "+13475550115",
                        about=r"drain|clog|slow|sink|gurgl|tub"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-12 19:30",
        caller="+13475550115", tags=("booking",)),
    Scenario(
        "dev25_plumb_new_water_heaters_pilot_keeps_going_out",
        "t_plumb", (
            S("Hi, you put in a new water heater for us back in January, and the pilot light "
              "keeps going out, every couple of days we lose hot water and I have to relight it. "
              "There's no gas smell and nothing is leaking."),
            S("I don't need to book right now, I'd just like whoever did the install to call me "
              "back, I think it should be under the warranty."),
            S("My name is Janet Cole, C, O, L, E, and the number is six oh nine, five five five, "
              "oh one three six. The address is 15 Maple Lane, 10001."),
            S("So that's Janet Cole, six oh nine, five five five, oh one three six, about the "
              "pilot light going out on the new water heater. Thanks."),
            S("That's all, good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Janet Cole", "+16095550136",
                          about=r"pilot|water heater|hot water|warrant|install", urgent=False),),
        ends_call=True, clock="2026-03-09 19:45", caller="+16095550136", tags=("message",)),
    Scenario(
        "dev25_plumb_lukewarm_shower_quote_questions_asks_for_a_person",
        "t_plumb", (
            S("Hi, your plumber came out yesterday because our shower only gets lukewarm and the "
              "handle is stiff, and he left a quote to replace the valve inside the wall. I have "
              "a few questions about it before we say yes."),
            S("The address is 63 Hudson Street, 10001, and the quote is under Martin Lowe. I don't "
              "want to book anything else yet."),
            S("Is there someone there I could talk to about the quote right now?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 10:00",
        caller="+12125550181", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev25_plumb_french_speaker_drip_under_the_kitchen_sink",
        "t_plumb", (
            S("Bonjour, excusez-moi, je ne parle pas bien anglais. Il y a une petite fuite sous "
              "l'évier de la cuisine, ça goutte dans le placard depuis hier.", NOT_ENGLISH),
            S("Je m'appelle Pierre Dubois. Dubois, D, U, B, O, I, S."),
            S("Mon numéro, c'est quatre un cinq, cinq cinq cinq, zéro un neuf trois. C'est ce "
              "téléphone."),
            S("Merci beaucoup, au revoir.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Pierre Dubois", "+14155550193",
                          about=r"french|fran[cç]ais|fuite|leak|drip|[eé]vier|sink|kitchen"
                                r"|cuisine"),),
        ends_call=True, clock="2026-03-10 14:00", caller="+14155550193",
        tags=("language",)),
    # --- salon (Tuesday to Saturday, closed Sunday and Monday; hour-long slots) ------------
    Scenario(
        "dev25_salon_gray_roots_before_a_saturday_wedding_books_color_on_closed_monday",
        "t_salon", (
            S("Hi, I know you're closed on Mondays. My roots are showing, about an inch of gray "
              "coming in, and I have a wedding on Saturday. I just want it all one color again, "
              "the same brown as last time. What does that cost?",
              r"\$\s?95\b|\b95 dollars|ninety[- ]five"),
            S("I've been coming to you for two years, I always get my color done there, the same "
              "shade every time. Anyone is fine, I don't have a favorite stylist."),
            S("So just the regular all-over color. Could I come in Thursday the twelfth at five "
              "in the afternoon?"),
            S("My name is Carmen Diaz, D, I, A, Z, and my number is five one six, five five five, "
              "oh one two four."),
            S("That's Carmen Diaz, the color, Thursday the twelfth at five in the afternoon. "
              "Please book it."),
            S("Thank you so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Carmen Diaz", "+15165550124",
                        about=r"colou?r|root|gr[ae]y|single|dye"),),
        said=(at(12, "17:00"),), ends_call=True, clock="2026-03-09 11:00",
        caller="+15165550124", tags=("booking",)),
    Scenario(
        "dev25_salon_wants_nails_and_an_updo_for_a_gala_settles_for_a_blowout",
        "t_salon", (
            S("Hi, I have a gala on Friday night and I want to look really polished. Can I get "
              "my nails done and my hair put up in a fancy updo?",
              avoid=r"\bnails?\b[^.?!]{0,40}" + A_PRICE),
            S("If you don't do nails or updos, that's fine, I'll get my nails done somewhere "
              "else. Then just a nice smooth blowout. I've never been to your salon, and any "
              "stylist is fine."),
            S("Friday the thirteenth at three in the afternoon would be perfect for the "
              "blowout."),
            S("My name is Sophie Lang, L, A, N, G, and my number is two one two, five five five, "
              "oh one six six."),
            S("So that's Sophie Lang, a blowout, Friday the thirteenth at three in the afternoon. "
              "Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:00", "Sophie Lang", "+12125550166",
                        about=r"blow"),),
        said=(at(13, "15:00"),), ends_call=True, clock="2026-03-11 19:15",
        caller="+12125550166", tags=("booking",)),
    Scenario(
        "dev25_salon_box_dye_went_brassy_orange_asks_what_fixing_it_costs",
        "t_salon", (
            S("Hi, I tried to go lighter with a box dye from the drugstore and now my hair is this "
              "brassy orange color. What would it cost to have you fix it?",
              r"consult|see (?:your|the) hair|depend|in person|look at",
              r"correction[^.?!]{0,40}" + A_PRICE),
            S("And if I come in so someone can look at it first, is there a charge for that?",
              NO_CHARGE),
            S("Okay, I'll call back on Tuesday when you're open to set that up. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 12:00",
        caller="+16315550175", tags=("info",)),
    Scenario(
        "dev25_salon_one_side_of_the_cut_is_shorter_than_the_other",
        "t_salon", (
            S("Hi, I got my haircut at your salon on Thursday, and now that I've washed it a few "
              "times, one side is clearly shorter than the other, like half an inch. I'm not "
              "angry, I'd just like it evened out."),
            S("I don't want to book something new on my own, I'd like the manager or my stylist "
              "to call me back to sort it out."),
            S("My name is Rachel Kim, K, I, M, and my number is nine seven three, five five five, "
              "oh one four one."),
            S("So that's Rachel Kim, nine seven three, five five five, oh one four one, about my "
              "haircut being uneven. Thank you."),
            S("That's all, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Kim", "+19735550141",
                          about=r"uneven|short|side|haircut|cut|even", urgent=False),),
        ends_call=True, clock="2026-03-16 10:00", caller="+19735550141", tags=("message",)),
    Scenario(
        "dev25_salon_sons_tournament_moves_the_saturday_haircut_to_thursday_evening",
        "t_salon", (
            S("Hi, I have a haircut booked for Saturday morning, but my son's basketball team "
              "made the tournament, so I need to move it."),
            S("The appointment is under Megan Ross, R, O, S, S, Saturday the fourteenth at ten "
              "in the morning, and I'm calling from the number it's under."),
            S("Could you move it to next Thursday, the nineteenth, at six in the evening?"),
            S("So that's Megan Ross, moving from Saturday the fourteenth at ten to Thursday the "
              "nineteenth at six in the evening. Yes, please move it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-19 18:00", "Megan Ross"),),
        cancelled=("2026-03-14 10:00",), said=(at(19, "18:00"),), ends_call=True,
        seed=(Seed("2026-03-14 10:00", "Megan Ross", CALLER),), clock="2026-03-10 13:00",
        tags=("move",)),
    Scenario(
        "dev25_salon_cut_her_own_bangs_with_kitchen_scissors_then_goes_quiet",
        "t_salon", (
            S("Hi, um, so I tried to cut my own bangs last night with kitchen scissors and now "
              "they're really short and crooked, and I was wondering if someone could..."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 16:00",
        caller="+12155550187", tags=("hangup",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev25_homes_strong_gas_smell_in_the_kitchen_at_an_open_house",
        "t_homes", (
            S("Hi, I'm at the open house at 22 Cedar Lane and there's a really strong gas smell "
              "in the kitchen, and nobody from your office is here right now.", ER),
            S("My name is Brian Walsh, W, A, L, S, H, and my number is six one seven, five five "
              "five, oh one eight five. Please let the listing agent know right away."),
            S("I'm outside now and calling 911. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brian Walsh", "+16175550185",
                          about=r"gas|smell|cedar|open house", urgent=True),),
        ends_call=True, clock="2026-03-15 13:30", caller="+16175550185",
        tags=("emergency",)),
    Scenario(
        "dev25_homes_baby_on_the_way_condo_too_small_books_a_valuation",
        "t_homes", (
            S("Hi. We've got a baby on the way and our two-bedroom condo is getting way too "
              "small. Before we start looking at houses, we want to know what we could get for "
              "the condo if we put it on the market."),
            S("The condo is at 300 Harbor Drive, unit 4B. It isn't listed with anyone, and we're "
              "hoping to move this summer."),
            S("So we'd like to sit down with an agent about selling it. Could we do Saturday the "
              "fourteenth at ten thirty in the morning?"),
            S("My name is Emily Park, P, A, R, K, and my number is seven eight one, five five "
              "five, oh one one nine. My email is emily dot park at gmail dot com."),
            S("That's Emily Park, Saturday the fourteenth at ten thirty in the morning, about "
              "selling our condo. Please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Emily Park", "+17815550119",
                        about=r"valu|sell|list|condo|worth|market"),),
        said=(at(14, "10:30"),), ends_call=True, clock="2026-03-12 08:00",
        caller="+17815550119",
        never_said=(r"(?:worth|get|sell for) (?:about |around |roughly )?\$\s?\d",),
        tags=("booking",)),
    Scenario(
        "dev25_homes_lease_ends_in_april_saw_the_for_rent_sign_books_a_showing",
        "t_homes", (
            S("Hi, my lease ends at the end of April, and I walked past the for rent sign on the "
              "apartment at 15 Birch Street, unit 2B. I'd love to see it."),
            S("It's just me, I'd be renting, and I could move in May first. I'm not working with "
              "any agent."),
            S("Could I see it on Wednesday the eighteenth at five thirty in the evening, after "
              "work?"),
            S("My name is Marcus Hill, H, I, L, L, and my number is three four seven, five five "
              "five, oh one five three."),
            S("So that's Marcus Hill, the apartment at 15 Birch Street, Wednesday the eighteenth "
              "at five thirty in the evening. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:30", "Marcus Hill", "+13475550153",
                        about=r"rent|birch|showing|apartment|lease"),),
        said=(at(18, "17:30"),), ends_call=True, clock="2026-03-15 17:00",
        caller="+13475550153", tags=("booking",)),
    Scenario(
        "dev25_homes_inherited_a_duplex_three_states_away_books_a_management_talk",
        "t_homes", (
            S("Hello, I inherited my aunt's duplex there in town, but I live three states away. "
              "I want to keep it and rent out both units, but I can't deal with finding tenants "
              "and fixing things from here."),
            S("I'm not selling it, I want someone to manage it for me. Both units are empty right "
              "now. The address is 58 Orchard Street."),
            S("So I'd like to talk with someone about property management. A phone call is fine. "
              "Could we do Thursday the nineteenth at eleven in the morning?"),
            S("My name is Victor Lane, L, A, N, E, and my number is three one two, five five "
              "five, oh one one two. Email victor dot lane at outlook dot com."),
            S("That's Victor Lane, property management, Thursday the nineteenth at eleven in the "
              "morning. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Victor Lane", "+13125550112",
                        about=r"manag|rent|tenant|duplex|landlord"),),
        said=(at(19, "11:00"),), ends_call=True, clock="2026-03-16 12:15",
        caller="+13125550112", tags=("booking",)),
    Scenario(
        "dev25_homes_saw_the_yard_sign_on_walnut_court_wants_a_call_back",
        "t_homes", (
            S("Hi, we drove past the blue house at 9 Walnut Court this afternoon and saw your "
              "sign on the lawn. We're not ready to tour it yet, we just want to know a little "
              "more about it."),
            S("Could the listing agent just call us back? We're buyers and we're pre-approved, "
              "but we don't want to book a showing until we talk."),
            S("My name is Olivia Grant, G, R, A, N, T, and the number is two oh three, five five "
              "five, oh one six eight."),
            S("So that's Olivia Grant, two oh three, five five five, oh one six eight, about the "
              "house at 9 Walnut Court. Thanks."),
            S("That's all, have a good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Olivia Grant", "+12035550168",
                          about=r"walnut|sign|house|listing", urgent=False),),
        ends_call=True, clock="2026-03-14 18:00", caller="+12035550168", tags=("message",)),
    Scenario(
        "dev25_homes_signed_a_lease_elsewhere_cancels_the_saturday_tour",
        "t_homes", (
            S("Hi, we ended up signing a lease at another building yesterday, so we won't need "
              "the apartment tour we had set up for this Saturday."),
            S("It's under Nora Bishop, B, I, S, H, O, P, Saturday the fourteenth at eleven in the "
              "morning. I'm calling from the number on the booking."),
            S("Yes, please cancel the Saturday eleven o'clock tour for Nora Bishop."),
            S("That's all, thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Nora Bishop", CALLER),), clock="2026-03-12 09:30",
        tags=("cancel",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) -----------------
    Scenario(
        "dev25_auto_car_squeals_every_time_she_brakes_books_the_free_check",
        "t_auto", (
            S("Hi, my car has started squealing every time I hit the brakes, a high-pitched "
              "screech, mostly in the morning. It still stops fine, it's just loud. What do you "
              "charge to take a look at that?", NO_CHARGE),
            S("It's a 2016 Toyota RAV4, about ninety-two thousand miles. It started maybe two "
              "weeks ago. I can drive it in, and I'll drop it off."),
            S("Let's do the brake inspection. Wednesday the eleventh at eight thirty in the "
              "morning, if that's open."),
            S("My name is Henry Cho, C, H, O, and my cell is seven three two, five five five, oh "
              "one three eight."),
            S("So that's Henry Cho, the RAV4, brake inspection, Wednesday the eleventh at eight "
              "thirty in the morning. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 08:30", "Henry Cho", "+17325550138",
                        about=r"brake|squeal|screech"),),
        said=(at(11, "08:30"),), ends_call=True, clock="2026-03-09 07:00",
        caller="+17325550138",
        never_said=(r"(?:sounds like|probably|likely|it's) (?:your |the )?(?:brake )?pads",),
        tags=("booking",)),
    Scenario(
        "dev25_auto_little_orange_engine_light_brother_says_tune_up",
        "t_auto", (
            S("Hey, there's an orange light on my dash that looks like a little engine. It came "
              "on yesterday and stays on, it isn't blinking. My brother says I probably need a "
              "tune-up. Do you do tune-ups?", avoid=r"tune-?up[^.?!]{0,40}" + A_PRICE),
            S("It's a 2014 Subaru Outback, about a hundred and forty thousand miles, and it drives "
              "the same as always. If you can check what the light means, how much is that?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("Okay, let's do the check engine light diagnostic. Tuesday the seventeenth at seven "
              "thirty in the morning, I'll drop it off on my way to work."),
            S("My name is Laura Fitch, F, I, T, C, H, and my number is nine oh eight, five five "
              "five, oh one four five."),
            S("So that's Laura Fitch, the Outback, the check engine light diagnostic, Tuesday the "
              "seventeenth at seven thirty in the morning. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Laura Fitch", "+19085550145",
                        about=r"engine|light|diagnos"),),
        said=(at(17, "07:30"),), ends_call=True, clock="2026-03-14 15:30",
        caller="+19085550145", tags=("booking",)),
    Scenario(
        "dev25_auto_smoke_pours_from_under_the_hood_on_the_highway_shoulder",
        "t_auto", (
            S("Hi, I'm pulled over on the shoulder of Route 9 and there's white smoke pouring out "
              "from under the hood and a burning smell. The temperature needle went all the way "
              "up.", r"911|tow|not (?:to )?drive|don't drive|safe"),
            S("My name is Derek Stone, S, T, O, N, E, and my number is eight six two, five five "
              "five, oh one two seven. It's a 2012 Ford Escape. Please have someone call me "
              "about getting it looked at."),
            S("Okay, I'm calling a tow truck now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Stone", "+18625550127",
                          about=r"smok|burn|hood|overheat|temperature|steam", urgent=True),),
        ends_call=True, clock="2026-03-15 15:00", caller="+18625550127",
        never_said=(r"(?:safe|okay|fine) to (?:keep )?driv",),
        tags=("emergency",)),
    Scenario(
        "dev25_auto_new_clunk_over_bumps_since_picking_up_the_camry",
        "t_auto", (
            S("Hi, I picked up my Camry from you yesterday after the alignment, and since then "
              "there's a clunk from the front end when I go over bumps that wasn't there before."),
            S("I don't want to book anything yet, I'd just like a service advisor to call me back "
              "about it tomorrow."),
            S("My name is Alicia Moreno, M, O, R, E, N, O, and my number is five five one, five "
              "five five, oh one six one. It's a 2019 Toyota Camry."),
            S("So that's Alicia Moreno, five five one, five five five, oh one six one, about a "
              "clunk over bumps since picking up the Camry. Thanks."),
            S("That's all, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Alicia Moreno", "+15515550161",
                          about=r"clunk|bump|camry|noise|alignment", urgent=False),),
        ends_call=True, clock="2026-03-10 18:30", caller="+15515550161", tags=("message",)),
    Scenario(
        "dev25_auto_grinding_when_turning_wants_to_talk_it_over_with_someone",
        "t_auto", (
            S("Hi, my truck makes a grinding, kind of clicking noise when I turn the wheel all "
              "the way, like in parking lots. It drives fine otherwise."),
            S("It's a 2015 Chevy Silverado, about a hundred and ten thousand miles. Before I book "
              "anything, I want to talk it over with somebody."),
            S("My name is Tom Becker. Can I talk to a person at the service desk, please?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 10:00",
        caller="+16465550139", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev25_auto_wants_a_used_car_gone_over_before_buying_asks_price_and_hours",
        "t_auto", (
            S("Hi, I'm about to buy a used Honda from a guy on Craigslist, and a friend told me "
              "to have a mechanic go over it first. Do you do that, and how much is it?",
              r"149|one hundred (?:and )?forty[- ]nine"),
            S("And what time are you open until today, on a Saturday?", r"\b3\b|three"),
            S("Okay, I'll talk to the seller and call back. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 09:00",
        caller="+17325550170", tags=("info",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev25_vet_dog_shakes_his_head_and_scratches_his_ear_books_an_exam",
        "t_vet", (
            S("Hi, my dog keeps shaking his head and scratching at his left ear, and it smells "
              "kind of funky, like yeast. It's been about four days. He's eating and acting "
              "normal otherwise."),
            S("He's Biscuit, a six-year-old beagle, and we've been coming to your clinic for "
              "years. It's not an emergency, and he didn't eat anything he shouldn't have."),
            S("I'd like the vet to look at his ear. Could we come Thursday the twelfth at ten "
              "thirty in the morning?"),
            S("My name is Lisa Price, P, R, I, C, E, and my number is five oh eight, five five "
              "five, oh one one six."),
            S("So that's Lisa Price, Biscuit's ear, Thursday the twelfth at ten thirty in the "
              "morning. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:30", "Lisa Price", "+15085550116",
                        about=r"ear|scratch|shak|sick|itch"),),
        said=(at(12, "10:30"),), ends_call=True, clock="2026-03-10 07:15",
        caller="+15085550116",
        never_said=(r"(?:sounds like|probably|likely) (?:an? )?(?:ear )?(?:infection|mites)",),
        tags=("booking",)),
    Scenario(
        "dev25_vet_shelter_kitten_never_saw_a_vet_needs_her_shots",
        "t_vet", (
            S("Hi! We just adopted a kitten from the shelter down the road. She's about ten weeks "
              "old, she's never been to a vet as far as we know, and the shelter said she needs "
              "her shots."),
            S("We've never been to your clinic. She's a gray tabby named Pepper, healthy and "
              "playful, nothing wrong with her."),
            S("So a first exam for her as a new patient, and her shots if the vet says so. Could "
              "we do Monday the sixteenth at nine in the morning?"),
            S("My name is Chloe Adams, A, D, A, M, S, and my number is four one three, five five "
              "five, oh one four eight."),
            S("So that's Chloe Adams, Pepper's first visit, Monday the sixteenth at nine in the "
              "morning. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Chloe Adams", "+14135550148",
                        about=r"new|kitten|exam|vaccin|shot|first"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-14 11:30",
        caller="+14135550148", tags=("booking",)),
    Scenario(
        "dev25_vet_cats_breath_is_awful_and_the_groomer_says_teeth",
        "t_vet", (
            S("Hi, my cat's breath is honestly awful, and there's brown crusty stuff on his back "
              "teeth. My groomer said he needs his teeth done. He's still eating fine."),
            S("He's Oliver, an eight-year-old orange cat, and he's been a patient of yours since "
              "he was a kitten. It's not an emergency."),
            S("So I'd like to book his teeth cleaning. Could we do Friday the thirteenth at one "
              "thirty in the afternoon?"),
            S("My name is Grant Fuller, F, U, L, L, E, R, and my number is seven seven four, five "
              "five five, oh one two two."),
            S("That's Grant Fuller, Oliver's teeth cleaning, Friday the thirteenth at one thirty "
              "in the afternoon. Please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:30", "Grant Fuller", "+17745550122",
                        about=r"dental|teeth|tooth|breath|clean"),),
        said=(at(13, "13:30"),), ends_call=True, clock="2026-03-11 18:20",
        caller="+17745550122", tags=("booking",)),
    Scenario(
        "dev25_vet_male_cat_strains_in_the_litter_box_after_hours",
        "t_vet", (
            S("Hi, my male cat keeps going in and out of the litter box, squatting and straining, "
              "but nothing's coming out, and he's crying. It's been going on since this "
              "afternoon.", VET_NOW),
            S("His name is Milo. My name is Sara Jensen, J, E, N, S, E, N, and my number is six "
              "oh three, five five five, oh one five seven. Please let the vet know."),
            S("Okay, I'm taking him to the emergency hospital now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sara Jensen", "+16035550157",
                          about=r"strain|litter|urin|pee|block|milo|cat", urgent=True),),
        ends_call=True, clock="2026-03-10 19:30", caller="+16035550157",
        tags=("emergency",)),
    Scenario(
        "dev25_vet_dog_almost_out_of_his_itch_pills",
        "t_vet", (
            S("Hi, my dog Rocky is on the itch pills, the Apoquel, that the vet prescribed at his "
              "last visit, and he only has about four left. I need a refill."),
            S("He's a five-year-old boxer, and we're existing clients. I don't need an "
              "appointment, just the refill, or a call back if the vet needs to see him first."),
            S("My name is Dennis Ford, F, O, R, D, and my number is eight five seven, five five "
              "five, oh one three four."),
            S("So that's Dennis Ford, eight five seven, five five five, oh one three four, about a "
              "refill of Rocky's Apoquel. Thanks."),
            S("That's all, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dennis Ford", "+18575550134",
                          about=r"refill|apoquel|itch|pill|medic|prescri", urgent=False),),
        ends_call=True, clock="2026-03-14 13:00", caller="+18575550134", tags=("message",)),
    Scenario(
        "dev25_vet_called_in_to_work_moves_the_booster_shots",
        "t_vet", (
            S("Hi, I have my dog booked for his booster shots on Thursday afternoon, but I got "
              "called in to work that day, so I need to change it."),
            S("It's under Amy Turner, T, U, R, N, E, R, Thursday the twelfth at two in the "
              "afternoon. I'm calling from the number it's booked under."),
            S("Could you move it to next Tuesday, the seventeenth, at four thirty in the "
              "afternoon?"),
            S("So that's Amy Turner, moving from Thursday the twelfth at two to Tuesday the "
              "seventeenth at four thirty in the afternoon. Yes, please move it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-17 16:30", "Amy Turner"),),
        cancelled=("2026-03-12 14:00",), said=(at(17, "16:30"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Amy Turner", CALLER),), clock="2026-03-10 12:10",
        tags=("move",)),
]
