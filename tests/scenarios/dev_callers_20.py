"""A twentieth development set: 48 scripted callers, six in each of the fleet's eight trades,
who have a HISTORY with the business and talk as if the receptionist knew it, in the held-out
mix of kinds.

Written by a helper session (branch dev-callers-20) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the nineteenth
set's module docstring, its helper definitions and its first three callers, and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_20 below).

What makes it different: the callers are regulars and returning customers, and they speak as
if the receptionist remembered them. They refer to past visits ("same as always", "my usual
cut with Dana", "the tech who came out in January", "Dr. Patel again if she's in", "his annual
shots like every year", "you've done my last four oil changes"), to named staff the business's
data never names (profession_data.py names no staff at all, so a named person is only who the
caller asks for, and no check makes the receptionist confirm or deny that person; two checks
reject a receptionist who claims to see the caller's file, formula or records, which it has no
way to see, and two a made-up home value or replacement price), to earlier calls and what they
were told
("I was in on Monday and the dentist said to come back in two weeks", "the nurse said she'd call
within a week", "he said he'd call when the part came in"), to a quote they were given, a
follow-up they were told to book, a bill from the last visit, a part or a prescription food
that was ordered, a lease renewal letter, an item left behind. Some are family of a client ("my
husband's been a patient for years, I want to be one too", "Marco cuts my husband's hair, now
our son wants him"), some bought or rented through the agency before ("we bought our house
through you in 2019 and now we're selling"), some come back because earlier work is acting up
again ("you did my brakes in the fall and now they squeak", "you cleared our sewer line in
December and it's backing up again"). Follow-up bookings name the follow-up; messages about a
previous visit carry what the visit was; the emergencies are each trade's real ones told by a
returning client (a crowned tooth knocked out at hockey practice, a father's chest pain after a
medication change, a son arrested again, a sewer backup again, rat poison the week after an
allergy visit, a brake pedal sinking after a brake job). Because the scripted caller cannot hear
the replies, every line stands on its own: a caller who says "the usual" still names, on a later
line, the service, an exact day and time and the name the booking is for. The Spanish speaker is
a clinic patient asking for a Spanish-speaking callback about a follow-up; the other language
is Polish (a returning auto customer whose brakes squeak again). Calls ring at realistic hours
via `clock=`: before opening, at lunch, after closing, late on a Thursday, on a Saturday or a
Sunday or the salon's closed Monday. The mix is the held-out sets' (KINDS_HELDOUT_MIX: 20
bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks
for a person, 1 Spanish and 1 other-language caller, 1 early hang-up). Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and policy it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev20

which prints `RESULT dev20_pass_rate=`, measured and never gated.
Its first run, on main at 6b45af4, before anyone had read a transcript of it: 42/48 = 0.875.
Its six failing transcripts were then read for errors of the set's own, and none was found, so
no caller was changed and there was no second run. The failures: a seller who names the agent
who sold them the house in 2019 was sent to a message ("nobody available to take your call")
instead of booked for the valuation; "Nothing else feels off, the pedal is firm" was heard as a
goodbye and the call was hung up on its first line; an oil change and tire rotation priced as
the check engine diagnostic ($129); a part-order message marked urgent though the caller said
"no rush today"; the Polish caller's "Nazywam się Tomasz Nowak" not taken as a name (the
message went to "Unknown caller"); and the early hang-up mid-booking recorded as information
only rather than abandoned (the one check that is a judgment: a dropped call that did nothing
is counted abandoned here, as the exam counts a caller who goes silent).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who wants a person is helped or leaves a
message. An emergency ends with an urgent message; a routine message is not urgent. A caller who
asks to be called back on another number than the one they ring from (a work line, an office)
has the message under that number. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a yes or a thanks is not. The early hang-up
drops the line mid-booking without a goodbye, and nothing is booked or passed on.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_20 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
# what to bring to a visit, in the clinic's own words
WHAT_TO_BRING = r"photo ID|\bID\b|insurance card|medication|fifteen minutes|15 minutes"
# a service the price list gives at no charge
FREE = r"free|no charge|\$0\b|zero dollars|no cost|complimentary|doesn't cost|does not cost"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|przepra|angiel"
               r"|polsk|nazw|wiadomo|name|message")
# the receptionist has no file on the caller: it must not claim to see one
FABRICATED_FILE = (r"I (?:can )?see (?:it )?(?:(?:in|on|from) )?(?:your|the) (?:file|records?|chart"
                   r"|account|history)|according to (?:your|our) (?:records?|file)"
                   r"|(?:your|our) records show|I (?:have|pulled up) your (?:file|records?|chart"
                   r"|formula|account)")
# an invented home value or repair total: the price lists hold no such number
INVENTED_VALUE = r"\$\s?\d{3},\d{3}|\d{3} thousand|hundred thousand|thousand dollars"

DEV_CALLERS_20: list[Scenario] = [
    # --- dental (Mon to Thu 8 to 5, Fri 8 to 2; hour-long slots) ----------------------------
    Scenario(
        "dev20_dental_six_month_regular_dr_patel_again_if_shes_in_books_thursday_ten",
        "t_dental", (
            S("Hi, I'm a regular patient, I come in every six months for my cleaning and it's "
              "that time again. Dr. Patel again if she's in, she did my last two."),
            S("It's just the usual cleaning and checkup, no pain, nothing bothering me, and I "
              "still have the same Cigna PPO through work."),
            S("Let's do Thursday the 19th at ten in the morning, for Gloria Mendes, M, E, N, D, "
              "E, S, date of birth June 3rd, 1968."),
            S("The cell I'm calling from is the best number, same one you've always had for "
              "me."),
            S("Yes, Thursday the 19th at ten for Gloria Mendes is right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Gloria Mendes", "+17205550301",
                        about=r"clean|check"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+17205550301",
        never_said=(FABRICATED_FILE,),
        tags=("booking",)),
    Scenario(
        "dev20_dental_filling_on_monday_told_to_come_back_in_two_weeks_books_bite_check",
        "t_dental", (
            S("Hello, I was in on Monday for a filling, and the dentist said to come back in two "
              "weeks so she can check my bite. I'm calling to book that follow-up."),
            S("No swelling and no real pain, the bite just feels a little high on that side, "
              "that's all. I'm an existing patient."),
            S("Two weeks from Monday is Monday the 23rd, so let's say Monday the 23rd at three "
              "in the afternoon, for Dev Malhotra, M, A, L, H, O, T, R, A, date of birth January "
              "22nd, 1979."),
            S("The number I'm calling from is fine for reminders, and I'll pay with the same "
              "Delta Dental as last time."),
            S("Yes, Monday the 23rd at three for Dev Malhotra, that's it, go ahead and book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 15:00", "Dev Malhotra", "+17205550302",
                        about=r"follow|bite|filling|check"),),
        said=(at(23, "15:00"),), clock="2026-03-10 12:10", caller="+17205550302",
        tags=("booking",)),
    Scenario(
        "dev20_dental_husband_is_a_longtime_patient_wife_joins_asks_new_patient_price",
        "t_dental", (
            S("Hi, my husband Paul has been a patient of yours for years and he loves you guys, "
              "so I'd like to become a patient too. I've never been there myself."),
            S("How much is the first visit for a new patient, with the X-rays and cleaning?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay, book me for Wednesday the 18th at nine in the morning, for Renee "
              "Fairbanks, F, A, I, R, B, A, N, K, S, date of birth August 30th, 1982."),
            S("I have Aetna dental through my job, no pain, and the cell I'm calling from is the "
              "best number for me."),
            S("Yes, Wednesday the 18th at nine for Renee Fairbanks is correct, please book it."),
            S("Great, thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 09:00", "Renee Fairbanks", "+17205550303",
                        about=r"new patient|exam|x-ray|clean"),),
        said=(at(18, "09:00"),), ends_call=True, clock="2026-03-10 17:30",
        caller="+17205550303", tags=("booking",)),
    Scenario(
        "dev20_dental_billed_for_february_cleaning_insurance_always_covered_it_message",
        "t_dental", (
            S("Hi, I got a bill in the mail for my cleaning on February 12th, a hundred and "
              "sixty-five dollars, but my Delta Dental has always covered my cleanings before. I "
              "think it just wasn't sent to insurance."),
            S("I'd like someone from billing to call me back about it, please, there's no rush "
              "at all."),
            S("My name is Harold Kwan, K, W, A, N, and the best number is the cell I'm calling "
              "from."),
            S("Yes, please pass that on to billing, that's everything."),
        ),
        outcome="message_taken",
        messages=(Message("Harold Kwan", "+17205550304",
                          about=r"bill|insurance|charge|clean|invoice", urgent=False),),
        clock="2026-03-13 15:20", caller="+17205550304", tags=("message",)),
    Scenario(
        "dev20_dental_saturday_hockey_puck_knocks_out_the_tooth_you_crowned_in_january",
        "t_dental", (
            S("Hi, this is an emergency. You put a crown on my son's front tooth back in "
              "January, and he just took a hockey puck to the mouth at practice. That tooth is "
              "knocked clean out.",
              r"urgent|emergency|right away|as soon as|immediately|911|emergency room|sorry"),
            S("The bleeding has mostly stopped, he's awake and talking, and we have the tooth "
              "in a cup of milk."),
            S("My name is Simon Brandt, B, R, A, N, D, T, I'm his dad, the patient is my son "
              "Eli. Please call me back on the cell I'm calling from as soon as you can."),
            S("Yes, please get it to the dentist urgently. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Simon Brandt", "+17205550305",
                          about=r"tooth|knock|crown|puck|mouth", urgent=True),),
        ends_call=True, clock="2026-03-14 10:20", caller="+17205550305",
        tags=("emergency",)),
    Scenario(
        "dev20_dental_regular_moves_her_thursday_cleaning_one_week_later_same_time",
        "t_dental", (
            S("Hi, this is Marisol Vega. I have my regular cleaning with you this Thursday, the "
              "12th, at two in the afternoon, and something came up at work, so I need to move "
              "it."),
            S("Could you move it to Thursday the 19th at two in the afternoon instead, same "
              "time one week later, still for Marisol Vega?"),
            S("Yes, please move my Thursday the 12th cleaning to Thursday the 19th at two, "
              "that's right."),
            S("That's all, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Marisol Vega", "+17205550306"),),
        cancelled=("2026-03-12 14:00",), said=(at(19, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Marisol Vega", "+17205550306"),),
        clock="2026-03-10 08:05", caller="+17205550306", tags=("move",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -------------------------------
    Scenario(
        "dev20_clinic_dr_okafor_said_recheck_blood_pressure_in_two_weeks_books_920",
        "t_clinic", (
            S("Hi, I'm an established patient. Dr. Okafor saw me on Monday about my blood "
              "pressure and asked me to come back in two weeks for a recheck."),
            S("It's just the blood pressure recheck she asked for, nothing new, and I have Blue "
              "Cross through my employer."),
            S("Monday the 23rd at nine twenty in the morning would be perfect, for Walter Ng, N, "
              "G, date of birth February 9th, 1957."),
            S("With Dr. Okafor if she's available, otherwise whoever is in, and the number I'm "
              "calling from is my cell."),
            S("Yes, Monday the 23rd at nine twenty for Walter Ng is right, please book it."),
            S("Thank you very much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 09:20", "Walter Ng", "+17205550307",
                        about=r"blood pressure|recheck|follow|check"),),
        said=(at(23, "09:20"),), ends_call=True, clock="2026-03-10 08:40",
        caller="+17205550307", tags=("booking",)),
    Scenario(
        "dev20_clinic_annual_physical_every_march_between_insurers_asks_self_pay_price",
        "t_clinic", (
            S("Hi there, I come in for my annual physical every March, and it's that time "
              "again. Last year I saw Dr. Lindqvist."),
            S("I switched jobs and I'm between insurance plans, so how much is the annual "
              "physical if I pay myself?", r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay, I'll take Friday the 13th at eight in the morning, first thing, for Janet "
              "Oyelaran, O, Y, E, L, A, R, A, N, date of birth November 11th, 1971."),
            S("I'll be paying myself this time, and the cell I'm calling from is the best "
              "number."),
            S("Yes, Friday the 13th at eight for Janet Oyelaran is correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:00", "Janet Oyelaran", "+17205550308",
                        about=r"physical|annual"),),
        said=(at(13, "08:00"),), clock="2026-03-11 12:30", caller="+17205550308",
        tags=("booking",)),
    Scenario(
        "dev20_clinic_blood_drawn_last_wednesday_nurse_promised_results_call_message",
        "t_clinic", (
            S("Hi, I had blood work drawn at your clinic last Wednesday, and the nurse said "
              "someone would call me with the results within a week. I haven't heard anything "
              "yet."),
            S("Could you have the nurse call me back about those results? It's not urgent, I'm "
              "feeling fine."),
            S("My name is Beatriz Santos, S, A, N, T, O, S, date of birth April 4th, 1990, and "
              "the number I'm calling from is best."),
            S("Yes, please pass it on to the nurse, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Beatriz Santos", "+17205550309", about=r"result|blood|lab",
                          urgent=False),),
        clock="2026-03-12 16:10", caller="+17205550309", tags=("message",)),
    Scenario(
        "dev20_clinic_father_seen_monday_new_heart_pills_now_chest_pain_before_opening",
        "t_clinic", (
            S("My father saw Dr. Okafor here on Monday and she changed his heart medication. "
              "This morning he has crushing chest pain and his left arm is numb.", r"911"),
            S("Okay, my wife is calling 911 right now on the other phone. Please let Dr. Okafor "
              "know what's happening with him."),
            S("I'm his son, Victor Almeida, A, L, M, E, I, D, A, and my father is Jorge Almeida. "
              "My cell, the one I'm calling from, is the best number."),
            S("Yes, please mark it urgent for the doctor. I have to go, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Almeida", "+17205550310", about=r"chest|arm|heart|911",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 07:15",
        caller="+17205550310", tags=("emergency",)),
    Scenario(
        "dev20_clinic_spanish_patient_of_dr_okafor_wants_spanish_callback_for_follow_up",
        "t_clinic", (
            S("Hola, buenos días. Soy paciente de la doctora Okafor, me vio el lunes y me dijo "
              "que volviera en dos semanas para revisar la presión. No hablo mucho inglés.",
              NOT_ENGLISH),
            S("Por favor, que alguien que hable español me llame para hacer la cita. Me llamo "
              "Rosa Delgado, D, E, L, G, A, D, O."),
            S("Mi número es el mismo desde el que estoy llamando. Gracias."),
            S("Sí, por favor, pase el mensaje. Muchas gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+17205550311",
                          about=r"spanish|espa|presi|cita|revis|follow|appointment|call"),),
        clock="2026-03-10 10:40", caller="+17205550311", tags=("spanish",)),
    Scenario(
        "dev20_clinic_daughter_had_her_sports_physical_last_month_asks_for_her_brother",
        "t_clinic", (
            S("Hi, I brought my daughter in last month for her school sports physical, and now "
              "my son needs one for baseball. How much is a sports physical?",
              r"75|seventy[- ]five"),
            S("And while he's there, what does a flu shot cost?", r"\b40\b|\$40|forty"),
            S("What does he need to bring with him? Last time I forgot her insurance card.",
              WHAT_TO_BRING),
            S("Great, I'll check his practice schedule and call back to book. Thanks, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 17:20",
        caller="+17205550312", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ----------------------------------------
    Scenario(
        "dev20_law_will_drawn_up_in_2021_remarried_books_estate_planning_update",
        "t_law", (
            S("Hello, your firm drew up my will back in 2021, and since then I've remarried, so "
              "I'd like to come in and update it. Same attorney if possible, Ms. Lindgren."),
            S("It's estate planning, nothing contested, no court dates or deadlines, and the "
              "only other person involved is my wife, Elaine Sorensen."),
            S("Is the estate planning consultation still free?", FREE),
            S("Then let's book Thursday the 19th at eleven in the morning, in person, for Nils "
              "Sorensen, S, O, R, E, N, S, E, N."),
            S("My email is nils dot sorensen at example dot com, and the cell I'm calling from "
              "is the best number."),
            S("Yes, Thursday the 19th at eleven for Nils Sorensen is right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Nils Sorensen", "+17205550313",
                        about=r"will|estate"),),
        said=(at(19, "11:00"),), clock="2026-03-10 12:20", caller="+17205550313",
        tags=("booking",)),
    Scenario(
        "dev20_law_same_landlord_as_last_spring_now_keeps_deposit_books_video_consult",
        "t_law", (
            S("Hi, your firm helped me with a dispute with my landlord last spring, and now the "
              "same landlord is withholding my security deposit. I'd like a consultation, "
              "ideally with Mr. Abernathy again."),
            S("The landlord is Crestview Property Management, there's no court date yet, and I "
              "don't have another lawyer on it."),
            S("How much is the consultation?",
              r"250|two hundred (?:and )?fifty|depend"),
            S("Okay, Monday the 16th at two in the afternoon by video, for Tanisha Coleman, C, "
              "O, L, E, M, A, N."),
            S("My email is tanisha dot coleman at example dot com, and the best number is the "
              "cell I'm calling from."),
            S("Yes, Monday the 16th at two for Tanisha Coleman is right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Tanisha Coleman", "+17205550314",
                        about=r"landlord|deposit|lease|tenant|crestview"),),
        said=(at(16, "14:00"),), clock="2026-03-11 08:30", caller="+17205550314",
        tags=("booking",)),
    Scenario(
        "dev20_law_sent_the_signed_amendment_ms_reyes_asked_for_office_line_message",
        "t_law", (
            S("Hi, I met with Ms. Reyes last Thursday about the supplier contract for my "
              "bakery, and she asked me to send over the signed amendment. I emailed it this "
              "afternoon."),
            S("Could you let her know it's in her inbox, and ask her to call me when she's had "
              "a look? There's no deadline this week."),
            S("My name is Farid Haddad, H, A, D, D, A, D, and please call my office number, "
              "three one two, five five five, zero three four one."),
            S("Yes, that's the message, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Farid Haddad", "+13125550341",
                          about=r"contract|amendment|email|sign|reyes", urgent=False),),
        clock="2026-03-10 17:45", caller="+17205550315", tags=("message",)),
    Scenario(
        "dev20_law_firm_defended_son_on_a_dui_last_year_arrested_again_tonight",
        "t_law", (
            S("Please, I need help. Your firm represented my son on a DUI last year, and he was "
              "arrested again tonight. He's being held at the county jail.",
              r"urgent|attorney|lawyer|right away|as soon as|sorry|understand"),
            S("His name is Kyle Mercer, and they're saying he'll see a judge tomorrow morning at "
              "nine."),
            S("I'm his mother, Donna Mercer, M, E, R, C, E, R. Please have an attorney call me "
              "back on the number I'm calling from as soon as possible."),
            S("Yes, please mark it urgent. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Donna Mercer", "+17205550316",
                          about=r"arrest|jail|custody|DUI|judge|kyle", urgent=True),),
        ends_call=True, clock="2026-03-10 21:30",
        caller="+17205550316", tags=("emergency",)),
    Scenario(
        "dev20_law_estate_plan_client_asks_about_adding_a_grandson_then_asks_for_a_person",
        "t_law", (
            S("Hi, Ms. Lindgren did my estate plan with you a couple of years ago, and I have a "
              "question about whether my new grandson can be added to the trust."),
            S("This is Margaret Ellison. There's no court date or deadline, nothing urgent, "
              "it's just a question about the paperwork you already have."),
            S("Could I please speak with someone in the office about it?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 14:15",
        caller="+17205550317", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev20_law_past_accident_client_asks_for_neighbor_is_injury_review_free_and_video",
        "t_law", (
            S("Hi, your firm handled my car accident claim back in 2023, and now my neighbor "
              "was rear-ended last week. Is the personal injury case evaluation free?", FREE),
            S("What should she bring to that first meeting?",
              r"photo ID|\bID\b|document|police report|letters|court papers"),
            S("And can she do it by video? She's still sore and doesn't want to drive.",
              r"video|phone"),
            S("Perfect, I'll give her your number so she can call herself. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"(?<!whether )(?<!if )\b(?:she|your neighbor) (?:has|have) a (?:good "
                    r"|strong )?case", r"(?<!whether )(?<!if )\b(?:she|your neighbor)(?:'ll"
                    r"| will) win"),
        clock="2026-03-14 11:00", caller="+17205550318", tags=("info",)),
    # --- plumbing (Mon to Sat 7 to 7; two-hour windows from 7) ------------------------------
    Scenario(
        "dev20_plumb_ray_snaked_the_kitchen_drain_in_january_slow_again_books_thursday",
        "t_plumb", (
            S("Hi, one of your techs, Ray I think, came out in January and snaked my kitchen "
              "drain. It's draining slow again, same sink, so I'd like someone to come back "
              "out."),
            S("The address is 48 Juniper Street, ZIP 80211. It's my own house, and nothing is "
              "leaking, it's just slow."),
            S("Thursday the 12th at nine in the morning works for me, booking for Alan Pruitt, "
              "P, R, U, I, T, T."),
            S("The cell I'm calling from is the best number. And if it can be Ray again, that "
              "would be great, he knows the house."),
            S("Yes, Thursday the 12th at nine at 48 Juniper Street for Alan Pruitt, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Alan Pruitt", "+17205550319",
                        about=r"drain|sink|slow|clog"),),
        said=(at(12, "09:00"),), clock="2026-03-10 07:05", caller="+17205550319",
        tags=("booking",)),
    Scenario(
        "dev20_plumb_accepts_last_weeks_water_heater_quote_books_saturday_install",
        "t_plumb", (
            S("Hi, your technician came out last Wednesday and looked at my water heater, and "
              "he gave me a quote to replace it. I've talked it over with my wife and we'd like "
              "to go ahead."),
            S("The address is 2210 Alder Court, ZIP 80204, we own the house, and there's no "
              "leak, it's just not keeping up with hot water."),
            S("We'd like Saturday the 14th at nine in the morning for the install, for Curtis "
              "Bloom, B, L, O, O, M."),
            S("The cell I'm calling from is best, and the quote number on the paper is Q 4471 "
              "if that helps."),
            S("Yes, Saturday the 14th at nine at 2210 Alder Court for Curtis Bloom, please book "
              "it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Curtis Bloom", "+17205550320",
                        about=r"water heater|replace|install|quote|hot water"),),
        said=(at(14, "09:00"),), ends_call=True, never_said=(INVENTED_VALUE,),
        clock="2026-03-10 19:40", caller="+17205550320", tags=("booking",)),
    Scenario(
        "dev20_plumb_renter_you_put_in_the_kitchen_faucet_now_the_bathroom_one",
        "t_plumb", (
            S("Hi, you guys put in a new kitchen faucet for us back in October, and now we'd "
              "like the bathroom sink faucet replaced too. We already bought the same brand."),
            S("We rent, the landlord is Peter Ochoa, he's used you for years and he already "
              "said yes. His number is seven two zero, five five five, zero three six eight."),
            S("The address is 915 Kestrel Avenue, apartment 2, ZIP 80212, and nothing is "
              "leaking."),
            S("Tuesday the 17th at one in the afternoon, please, for Yuki Tanabe, T, A, N, A, "
              "B, E, and the cell I'm calling from is the best number for me."),
            S("Yes, Tuesday the 17th at one at 915 Kestrel Avenue for Yuki Tanabe, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Yuki Tanabe", "+17205550321",
                        about=r"faucet|fixture|bathroom|sink|install"),),
        said=(at(17, "13:00"),), clock="2026-03-14 08:15", caller="+17205550321",
        tags=("booking",)),
    Scenario(
        "dev20_plumb_tech_ordered_a_shower_valve_part_on_friday_nobody_called_message",
        "t_plumb", (
            S("Hi, your technician was at my house on Friday to look at my shower valve, and he "
              "said he'd have to order a part and someone would call when it came in."),
            S("I haven't heard anything, so could someone from the office call me back to tell "
              "me whether the part is in and set up the return visit?"),
            S("My name is Lorraine Becker, B, E, C, K, E, R, at 77 Sparrow Lane, ZIP 80219, and "
              "the best number is the cell I'm calling from."),
            S("Yes, please pass that along, thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Lorraine Becker", "+17205550322", about=r"part|shower|valve",
                          urgent=False),),
        clock="2026-03-16 12:30", caller="+17205550322", tags=("message",)),
    Scenario(
        "dev20_plumb_sunday_night_sewer_backing_up_again_after_decembers_main_line_clearing",
        "t_plumb", (
            S("Hi, this is an emergency. You cleared our main sewer line in December, and now "
              "sewage is backing up out of the basement floor drain again, it's all over the "
              "laundry room.",
              r"urgent|emergency|right away|as soon as|sorry|technician|dispatch|shut|stay"),
            S("Nobody's touching it, the kids are upstairs, and we've stopped running any "
              "water. Nothing electrical is near it."),
            S("I'm Owen Gallagher, G, A, L, L, A, G, H, E, R, at 3306 Larkspur Drive, ZIP "
              "80207. Please have someone call me right back on the cell I'm calling from."),
            S("Yes, please, get someone out tonight if you can. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Owen Gallagher", "+17205550323",
                          about=r"sewer|sewage|backup|backing|drain", urgent=True),),
        clock="2026-03-15 20:10",
        caller="+17205550323", tags=("emergency",)),
    Scenario(
        "dev20_plumb_running_toilet_fixed_upstairs_in_january_downstairs_now_hangs_up",
        "t_plumb", (
            S("Hi, your tech came out in January to fix the running toilet upstairs, and now the "
              "downstairs one is doing the same thing. I'd like to get someone out."),
            S("The address is 61 Wren Street, ZIP 80210, and no, nothing's leaking, it just "
              "keeps running."),
            S("Oh, hang on, that's my kid's school on the other line, I have to take this, I'm "
              "so sorry"),
        ),
        outcome="abandoned", clock="2026-03-12 07:20", caller="+17205550324",
        tags=("hangup",)),
    # --- salon (Tue to Sat; Thu to 8 PM, Sat 9 to 5; closed Sun and Mon) ---------------------
    Scenario(
        "dev20_salon_my_usual_cut_with_dana_every_six_weeks_calls_on_closed_monday",
        "t_salon", (
            S("Hi, it's time for my usual cut with Dana. I've been seeing her every six weeks "
              "for about three years now."),
            S("It's just the women's haircut and style, same as always, nothing different this "
              "time."),
            S("Thursday the 19th at six in the evening would be perfect, for Claire Dubois, D, "
              "U, B, O, I, S."),
            S("If Dana's not in that evening, anyone is fine. The number I'm calling from is my "
              "cell."),
            S("Yes, Thursday the 19th at six for Claire Dubois is right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Claire Dubois", "+17205550325",
                        about=r"haircut|cut|style"),),
        said=(at(19, "18:00"),), clock="2026-03-16 10:00", caller="+17205550325",
        tags=("booking",)),
    Scenario(
        "dev20_salon_root_touch_up_every_eight_weeks_jess_has_the_formula_asks_price",
        "t_salon", (
            S("Hi, I'm a regular, I get my roots done with you every eight weeks, and Jess has "
              "my color formula from last time. I need my touch-up."),
            S("It's the single-process color, same shade as always, no big change. How much is "
              "that these days?", r"95|ninety[- ]five"),
            S("Let's do Wednesday the 18th at eleven in the morning, for Priyanka Shah, S, H, A, "
              "H."),
            S("With Jess if she's working, and the number I'm calling from is the best one."),
            S("Yes, Wednesday the 18th at eleven for Priyanka Shah is correct, please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Priyanka Shah", "+17205550326",
                        about=r"colou?r|touch|root"),),
        said=(at(18, "11:00"),), ends_call=True, never_said=(FABRICATED_FILE,),
        clock="2026-03-14 16:30", caller="+17205550326", tags=("booking",)),
    Scenario(
        "dev20_salon_marco_cuts_dads_hair_now_the_twelve_year_old_son_wants_him_too",
        "t_salon", (
            S("Hi, Marco has been cutting my husband's hair with you for a couple of years, and "
              "now our son wants to go to him too. He's twelve."),
            S("It's a men's haircut, just a regular short cut, nothing fancy. What's the price "
              "for that?", r"35|thirty[- ]five"),
            S("Saturday the 14th at ten in the morning, please, and the booking is for my son, "
              "Leo Varga, V, A, R, G, A."),
            S("I'm his mom, Anna Varga, and the cell I'm calling from is the best number to "
              "reach me."),
            S("Yes, Saturday the 14th at ten for Leo Varga is right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Leo Varga", "+17205550327",
                        about=r"men|haircut|cut"),),
        said=(at(14, "10:00"),), clock="2026-03-12 19:30", caller="+17205550327",
        tags=("booking",)),
    Scenario(
        "dev20_salon_left_tortoiseshell_sunglasses_at_tashas_station_yesterday_message",
        "t_salon", (
            S("Hi, I was in yesterday afternoon for a blowout with Tasha, and I think I left my "
              "sunglasses at her station. They're big tortoiseshell ones in a brown case."),
            S("Could someone check and call me back to let me know if they found them? I can "
              "swing by on Friday to pick them up."),
            S("My name is Naomi Fitch, F, I, T, C, H, and the best number is the cell I'm "
              "calling from."),
            S("Yes, please pass that on, thank you so much."),
        ),
        outcome="message_taken",
        messages=(Message("Naomi Fitch", "+17205550328", about=r"sunglass|glasses|left|lost",
                          urgent=False),),
        clock="2026-03-11 19:20", caller="+17205550328", tags=("message",)),
    Scenario(
        "dev20_salon_regular_moves_her_saturday_blowout_to_the_next_saturday",
        "t_salon", (
            S("Hi, this is Dolores Vance. I have my usual blowout with you this Saturday, the "
              "14th, at eleven in the morning, and I need to move it, my niece's shower got "
              "moved to that day."),
            S("Could you move it to the following Saturday, the 21st, at eleven in the morning, "
              "same time, still for Dolores Vance?"),
            S("Yes, please move my Saturday the 14th appointment to Saturday the 21st at "
              "eleven."),
            S("Wonderful, that's all, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Dolores Vance", "+17205550329"),),
        cancelled=("2026-03-14 11:00",), said=(at(21, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Dolores Vance", "+17205550329"),),
        clock="2026-03-11 10:30", caller="+17205550329", tags=("move",)),
    Scenario(
        "dev20_salon_balayage_last_october_asks_price_consult_and_late_policy_on_sunday",
        "t_salon", (
            S("Hi, I had balayage done with you back in October and I loved it. What does a "
              "balayage cost now?", r"195|one hundred (?:and )?ninety[- ]five"),
            S("Since I've had color with you before, do I still need a consultation first?",
              r"consult"),
            S("And what happens if I'm running late? I'm always coming straight from work.",
              r"fifteen minutes|15 minutes|shorten|reschedul"),
            S("Great, I'll look at my calendar and call back to book. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 20:00",
        caller="+17205550330", tags=("info",)),
    # --- real estate (weekdays 9 to 6, Sat 10 to 5, Sun 12 to 4; half-hour slots) -----------
    Scenario(
        "dev20_homes_bought_through_you_in_2019_now_selling_books_a_valuation",
        "t_homes", (
            S("Hi, we bought our house through your agency back in 2019, the agent who helped "
              "us then was Carla, and now we're getting ready to sell it. We'd like to start "
              "with a valuation."),
            S("The house is 1840 Linden Way, ZIP 80220. It's not listed with anyone else, and "
              "we're hoping to list in April."),
            S("Wednesday the 18th at four in the afternoon works for us, at the house, for Greg "
              "Halvorsen, H, A, L, V, O, R, S, E, N."),
            S("My email is greg dot halvorsen at example dot com, and the cell I'm calling from "
              "is the best number."),
            S("Yes, Wednesday the 18th at four for Greg Halvorsen is right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:00", "Greg Halvorsen", "+17205550331",
                        about=r"valuation|sell|listing|value|apprais"),),
        said=(at(18, "16:00"),), never_said=(INVENTED_VALUE,), clock="2026-03-15 13:00",
        caller="+17205550331", tags=("booking",)),
    Scenario(
        "dev20_homes_renting_through_you_two_years_lease_up_books_rental_showing",
        "t_homes", (
            S("Hi, we've rented our current place through your agency for two years, and our "
              "lease is up in May. We'd like to see the two-bedroom you have listed at 412 "
              "Cedar Street."),
            S("We'd be renting, and we're hoping to move in around May 1st."),
            S("Saturday the 14th at ten thirty in the morning, please, for Imani Okeke, O, K, "
              "E, K, E."),
            S("My email is imani dot okeke at example dot com, and the cell I'm calling from is "
              "the best number."),
            S("Yes, Saturday the 14th at ten thirty for Imani Okeke at 412 Cedar Street, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Imani Okeke", "+17205550332",
                        about=r"rent|showing|cedar|412"),),
        said=(at(14, "10:30"),), clock="2026-03-10 18:30", caller="+17205550332",
        tags=("booking",)),
    Scenario(
        "dev20_homes_tom_showed_us_birchwood_last_month_books_a_sunday_second_showing",
        "t_homes", (
            S("Hi, Tom from your office showed us the house at 5 Birchwood Lane last month, and "
              "we keep coming back to it. We'd like a second showing."),
            S("We're buying, we're pre-approved with our credit union, and we're not working "
              "with any other agency."),
            S("Sunday the 15th at one in the afternoon, please, with the booking under Rafael "
              "Quintero, Q, U, I, N, T, E, R, O."),
            S("My email is rafael dot quintero at example dot com, and the number I'm calling "
              "from is my cell."),
            S("Yes, Sunday the 15th at one for Rafael Quintero at 5 Birchwood Lane, please book "
              "it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Rafael Quintero", "+17205550333",
                        about=r"showing|birchwood|buy|second"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-12 09:15",
        caller="+17205550333", tags=("booking",)),
    Scenario(
        "dev20_homes_tenant_got_a_lease_renewal_letter_asks_manager_to_call_work_line",
        "t_homes", (
            S("Hi, we rent the condo at 77 Harbor View through your property management, and "
              "last week we got a lease renewal letter from you with a new rent amount."),
            S("We'd like to renew, but we have a question about the increase, so could the "
              "property manager who sent it, I think Linda, call us back?"),
            S("My name is Desmond Achebe, A, C, H, E, B, E, and the best number is my work "
              "line, three zero three, five five five, zero three eight four."),
            S("Yes, please pass that on, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Desmond Achebe", "+13035550384", about=r"lease|renew|rent",
                          urgent=False),),
        clock="2026-03-13 12:40", caller="+17205550334", tags=("message",)),
    Scenario(
        "dev20_homes_marcus_showed_aspen_court_last_saturday_then_asks_for_the_office",
        "t_homes", (
            S("Hi, Marcus from your office showed my husband and me the house at 22 Aspen Court "
              "last Saturday, and we haven't stopped talking about it all week."),
            S("We're pre-approved, we're not working with any other agency, and this is Helen "
              "Park calling."),
            S("Could you put me through to Marcus, or to whoever's in the office right now?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:15",
        caller="+17205550335", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev20_homes_toured_in_2021_without_signing_asks_what_has_changed_on_saturday",
        "t_homes", (
            S("Hi, I looked at houses with one of your agents back in 2021 and never had to sign "
              "anything. Do I have to sign something now before touring homes?",
              r"agreement|sign|written"),
            S("Do I need to be pre-approved before I see anything this time? Last time I was "
              "paying cash.", r"pre-?approv|not (?:always )?required|isn't always|helps"),
            S("And what should I bring along to a showing?",
              r"photo ID|\bID\b|pre-?approval letter"),
            S("That's all I needed, I'll call back once I've picked a few listings. Thanks, "
              "bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 18:00",
        caller="+17205550336", tags=("info",)),
    # --- veterinary (weekdays 8 to 6, Sat 8 to noon; half-hour slots) -----------------------
    Scenario(
        "dev20_vet_rufus_annual_shots_like_every_year_books_thursday_530",
        "t_vet", (
            S("Hi, it's time for Rufus's annual shots, like every year around now. He's been "
              "coming to you since he was a puppy."),
            S("Rufus is a seven-year-old beagle, he's healthy, no problems at all, it's just "
              "the yearly visit with his rabies and distemper shots."),
            S("Thursday the 12th at five thirty in the afternoon, please, for Colin Pryce, P, R, "
              "Y, C, E, that's me, the owner."),
            S("The cell I'm calling from is the best number, and Dr. Alvarez again if she's "
              "there, Rufus likes her."),
            S("Yes, Thursday the 12th at five thirty for Rufus, under Colin Pryce, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Colin Pryce", "+17205550337",
                        about=r"vaccin|shot|rabies|distemper|wellness|annual"),),
        said=(at(12, "17:30"),), clock="2026-03-10 07:30", caller="+17205550337",
        tags=("booking",)),
    Scenario(
        "dev20_vet_pepper_ear_infection_two_weeks_ago_books_the_recheck_on_saturday",
        "t_vet", (
            S("Hi, Dr. Alvarez saw our cat Pepper two weeks ago for an ear infection, and she "
              "asked us to bring her back for a recheck once the drops were finished. They're "
              "finished now."),
            S("Pepper is a four-year-old tabby, she's doing great, not scratching anymore, this "
              "is just the recheck the vet asked for."),
            S("Monday the 16th at eight thirty in the morning, please, for Hannah Sjoberg, S, J, "
              "O, B, E, R, G."),
            S("The number I'm calling from is my cell, that's the best one."),
            S("Yes, Monday the 16th at eight thirty for Pepper, under Hannah Sjoberg, please "
              "book it."),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Hannah Sjoberg", "+17205550338",
                        about=r"ear|recheck|follow|check"),),
        said=(at(16, "08:30"),), ends_call=True, clock="2026-03-14 09:40",
        caller="+17205550338", tags=("booking",)),
    Scenario(
        "dev20_vet_prescription_kidney_food_ordered_for_luna_never_heard_back_message",
        "t_vet", (
            S("Hi, when we were in two weeks ago, the front desk ordered a case of the "
              "prescription kidney diet food for our cat Luna, and said you'd call when it came "
              "in."),
            S("We haven't heard back and she's down to her last few cans, so could someone call "
              "me to let me know when I can pick it up?"),
            S("My name is Beverly Stroud, S, T, R, O, U, D, and the best number is the cell I'm "
              "calling from."),
            S("Yes, please pass that on, thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Beverly Stroud", "+17205550339",
                          about=r"food|diet|kidney|order|luna", urgent=False),),
        clock="2026-03-11 18:25", caller="+17205550339", tags=("message",)),
    Scenario(
        "dev20_vet_bella_seen_for_allergies_last_week_now_into_rat_poison_saturday",
        "t_vet", (
            S("Help, please. Our dog Bella was in with you last week for her allergies, and just "
              "now I found her in the garage with a chewed-up box of rat poison.",
              r"emergency|animal hospital|poison|right away|immediately|\bnow\b"),
            S("She's a three-year-old lab mix, she seems normal right now, but the box is empty "
              "and I don't know how much she ate."),
            S("We're getting in the car to the emergency hospital on Route 9. I'm Sandra "
              "Kowalczyk, K, O, W, A, L, C, Z, Y, K, and the cell I'm calling from is my "
              "number."),
            S("Please let Dr. Alvarez know what happened so she has it in Bella's file. Thank "
              "you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Kowalczyk", "+17205550340", about=r"poison|rat|bella",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 15:30", caller="+17205550340", tags=("emergency",)),
    Scenario(
        "dev20_vet_mochi_owner_reports_eating_as_dr_alvarez_asked_then_asks_for_the_team",
        "t_vet", (
            S("Hi, Dr. Alvarez saw our cat Mochi last Thursday for her kidney bloodwork, and she "
              "asked me to call this week to tell her how Mochi is eating on the new food."),
            S("She's eating about half her bowl now, drinking normally, no vomiting. This is "
              "Gordon Whitfield, Mochi's owner."),
            S("Could I talk to someone on the team about it, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:10",
        caller="+17205550341", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev20_vet_biscuits_yearly_shots_every_spring_cancelled_moving_out_of_state",
        "t_vet", (
            S("Hi, this is Karen Holt. I booked Biscuit in for his yearly shots this Thursday, "
              "the 12th, at three thirty in the afternoon, like I do every spring, and I need to "
              "cancel it."),
            S("We're moving out of state next week, so we won't be rebooking. Please cancel the "
              "Thursday the 12th appointment under Karen Holt."),
            S("Yes, please cancel it. Thank you for taking such good care of him all these "
              "years, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 15:30",), ends_call=True,
        seed=(Seed("2026-03-12 15:30", "Karen Holt", "+17205550342"),),
        clock="2026-03-10 08:15", caller="+17205550342", tags=("cancel",)),
    # --- auto repair (weekdays 7:30 to 6, Sat 8 to 3; hour-long slots) ----------------------
    Scenario(
        "dev20_auto_brake_pads_you_did_in_october_squeak_again_asks_warranty_books",
        "t_auto", (
            S("Hi, you replaced the front brake pads on my car back in October, and now they've "
              "started squeaking again when I stop. Nothing else feels off, the pedal is "
              "firm."),
            S("It's a 2017 Subaru Outback with about 96,000 miles. Is that covered under your "
              "warranty since you did the work?",
              r"warrant|guarantee|advisor|inspect|technician|check"),
            S("Let's get it looked at Wednesday the 18th at eight thirty in the morning, for "
              "Dale Hutchins, H, U, T, C, H, I, N, S. I'll drop it off."),
            S("The cell I'm calling from is the best number."),
            S("Yes, Wednesday the 18th at eight thirty for Dale Hutchins's Outback is right, "
              "please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:30", "Dale Hutchins", "+17205550343",
                        about=r"brake|squeak"),),
        said=(at(18, "08:30"),), clock="2026-03-16 07:10", caller="+17205550343",
        tags=("booking",)),
    Scenario(
        "dev20_auto_same_as_every_time_oil_change_and_rotation_asks_price_books_730",
        "t_auto", (
            S("Hi, I'm due for the same thing I get every time, the full synthetic oil change "
              "and a tire rotation. You've done my last four."),
            S("It's a 2020 Honda Pilot, about 41,000 miles, no warning lights, and I'll wait for "
              "it. How much are those two together?",
              r"(?:89|eighty[- ]nine).*(?:29|twenty[- ]nine)|(?:29|twenty[- ]nine).*(?:89"
              r"|eighty[- ]nine)|118|one hundred (?:and )?eighteen"),
            S("Tuesday the 17th at seven thirty in the morning, first thing, for Maribel "
              "Ortega, O, R, T, E, G, A."),
            S("The cell I'm calling from is the best one."),
            S("Yes, Tuesday the 17th at seven thirty for Maribel Ortega's Pilot, please book "
              "it."),
            S("Thanks, see you then, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Maribel Ortega", "+17205550344",
                        about=r"oil|rotation"),),
        said=(at(17, "07:30"),), ends_call=True, clock="2026-03-14 14:30",
        caller="+17205550344", tags=("booking",)),
    Scenario(
        "dev20_auto_water_pump_ordered_for_the_f150_drove_it_home_call_when_in_message",
        "t_auto", (
            S("Hi, I brought my 2012 Ford F-150 in last Thursday, and the service advisor said "
              "the water pump had to be ordered and he'd call me when it came in."),
            S("I drove it home in the meantime. Could someone call me when the part is in so I "
              "can bring it back? No rush today."),
            S("My name is Reggie Barnes, B, A, R, N, E, S, and the best number is my work phone, "
              "seven two zero, five five five, zero three nine six."),
            S("Yes, that's it, please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Reggie Barnes", "+17205550396", about=r"part|water pump|order",
                          urgent=False),),
        clock="2026-03-10 18:30", caller="+17205550345", tags=("message",)),
    Scenario(
        "dev20_auto_brake_pedal_sinks_after_last_falls_brake_job_pulled_into_a_lot",
        "t_auto", (
            S("Hi, you did a brake job on my car in the fall, and on the way home just now the "
              "brake pedal went almost to the floor and there's a burning smell. I managed to "
              "pull into a grocery store parking lot.",
              r"tow|(?:don't|do not|not to|shouldn't|should not) drive|safest|safe"),
            S("Nobody's hurt and I'm off the road. It's a 2015 Toyota Camry."),
            S("I'm Janelle Brooks, B, R, O, O, K, S. Please have someone call me right back on "
              "the cell I'm calling from about getting it towed to you."),
            S("Yes, please mark it urgent. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Janelle Brooks", "+17205550346",
                          about=r"brake|pedal|burning|tow", urgent=True),),
        clock="2026-03-10 19:15",
        caller="+17205550346", tags=("emergency",)),
    Scenario(
        "dev20_auto_battery_you_ordered_for_the_jeep_dealer_did_it_cancels_friday",
        "t_auto", (
            S("Hi, this is Travis Quill. You ordered a new battery for my Jeep and booked me in "
              "this Friday, the 13th, at eight thirty to put it in, and I need to cancel that."),
            S("The dealer ended up doing it under warranty, so I won't need it. Please cancel "
              "the Friday the 13th appointment under Travis Quill."),
            S("Yes, please cancel it. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 08:30",), ends_call=True,
        seed=(Seed("2026-03-13 08:30", "Travis Quill", "+17205550347"),),
        clock="2026-03-10 16:05", caller="+17205550347", tags=("cancel",)),
    Scenario(
        "dev20_auto_polish_speaker_brake_pads_from_october_squeak_again_wants_callback",
        "t_auto", (
            S("Dzień dobry. W październiku wymieniali państwo klocki hamulcowe w moim "
              "samochodzie, a teraz znowu piszczą przy hamowaniu. Nie mówię dobrze po "
              "angielsku.", NOT_ENGLISH),
            S("Proszę, niech ktoś do mnie oddzwoni. Nazywam się Tomasz Nowak, N, O, W, A, K."),
            S("Mój numer to ten, z którego dzwonię. Dziękuję bardzo."),
        ),
        outcome="message_taken",
        messages=(Message("Tomasz Nowak", "+17205550348",
                          about=r"polish|polsk|brake|hamul|klock|squeak|pisz|language|english"
                                r"|call"),),
        clock="2026-03-10 10:30", caller="+17205550348", tags=("language",)),
]
