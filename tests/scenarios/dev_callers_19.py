"""A nineteenth development set: 48 scripted callers, six in each of the fleet's eight trades,
who bring the practical details of their lives into the call, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-19) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the seventeenth
set's module docstring, its helper definitions and its first three callers, and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_19 below).

What makes it different: the callers book around their lives. They give a constraint before a
slot ("I work nights, so mornings are no good", "anything after four on a weekday", "not
Monday, I have the kids", "the earliest you have next week", "first thing next week", "a week
from Thursday", "the Thursday after next", "the same time as last time", "around lunchtime",
"Saturdays, I work all week"), and then, because the scripted caller cannot hear what was
offered, name an exact day and time that fits it, in their own words ("twenty past four",
"twenty to one", "half ten", "half seven", "nine-ish, say nine", "seven in the evening", "two in
the afternoon", "14:00"), with the name the booking is for. They give logistics: an address and
ZIP code, a gate code, a lockbox, a dog in the backyard, a loading zone for the van, a landlord
who already said yes, an email, a work number to call instead of the phone they ring from, a
pharmacy, when they can be reached. They ask practical questions in a row before they book or
instead of booking: insurance ("do you take Delta Dental?", Blue Cross, pet insurance), how to
pay (HSA and FSA cards, cash with the tip on a card, a check), what to bring, how long a service
takes, what it costs, the cancellation and late policies, the hours on the day they are free,
whether a rental takes dogs, whether the office is step-free, whether diesel trucks are seen.
Where the business's data does not answer (parking, step-free access, a rental's pet rule, pet
insurance), the check is only for an honest "I'll check" or a note for the team, never a
made-up yes. Emergencies are each trade's real ones told with the caller's whereabouts (a
knocked-out tooth at a Saturday soccer game, a father's chest pain before the clinic opens, a
brother in the county jail the night before his arraignment, a burst pipe at night with the
main shut off and a lockbox code, grapes eaten at a picnic, a brake pedal going to the floor on
the way home). The two callers who speak no English speak Spanish and Portuguese. Calls ring at
realistic hours via `clock=`: before opening, at lunch, after closing, on a Saturday, a Sunday or
the salon's closed Monday. The mix is the held-out sets' (KINDS_HELDOUT_MIX: 20 bookings, 8
messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person,
1 Spanish and 1 other-language caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)`
pattern is loose and case-insensitive so any good wording passes, and every price, hour and
policy it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev19

which prints `RESULT dev19_pass_rate=`, measured and never gated.
Its first run, on main at 0ef3342, before anyone had read a transcript of it: 32/48 = 0.667.
Its failing transcripts were then read. One check was the set's own error: the seller who asks
for a rough value over the phone (homes) accepted only a reply naming an agent, a valuation or
"can't", and rejected "I'm not sure about that, but I can take a message and have someone from
the team call you back", an honest reply that gives no number; it now also takes a callback
from the team, and still rejects any value. Every other failure was the receptionist's and those
callers are unchanged. Its second run, after that fix: 33/48 = 0.688, the same fifteen callers
failing with the same reasons.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who wants a person is helped or leaves a
message. An emergency ends with an urgent message; a routine message is not urgent. A caller who
asks to be called back on another number than the one they ring from (a work line, an office)
has the message or booking under that number. A call whose last line says goodbye is hung up by
the receptionist (`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_19 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
# a question the business's data does not answer: an honest "I'll check", a note or a message
HONEST = (r"(?:don't|do not) (?:have|know)|not sure|no information|(?:can't|cannot) (?:say|confirm"
          r"|tell|promise)|check|confirm|find out|let you know|ask|message|note|team|call you"
          r"|unable|not able")
# what to bring to a first visit, in the dental practice's and the clinic's own words
WHAT_TO_BRING = r"photo ID|\bID\b|insurance card|medication|fifteen minutes|15 minutes"
URGENT = r"urgent|as soon as|right away|immediately|priority|straight away"
HANDED_ON = r"pass|passed|message|team|let them know|call you back|noted|sent"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|desculp|portugu|espa[nñ]ol|nombre|nome"
               r"|name|mensaje|mensagem|message")


DEV_CALLERS_19: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev19_dental_night_shift_nurse_no_mornings_asks_delta_dental_then_books_3pm",
        "t_dental", (
            S("Hi, I'm a patient of yours and I'm due for a cleaning. I work nights at the "
              "hospital, so mornings are no good for me, I sleep until noon. Anything after two "
              "in the afternoon next week would work."),
            S("Do you take Delta Dental? That's the insurance I have through work.",
              r"PPO|most major|verify|benefits|carrier|check"),
            S("Okay. Then let's say Wednesday the 18th at three in the afternoon, that's for "
              "Marcus Bell, B, E, L, L, date of birth May 2nd, 1985."),
            S("No pain, it's just the regular cleaning and checkup, and the cell I'm calling "
              "from is the best number."),
            S("Yes, that's all correct, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Marcus Bell", "+16175550201",
                        about=r"clean|check"),),
        said=(at(18, "15:00"),), ends_call=True, clock="2026-03-10 07:40",
        caller="+16175550201", tags=("booking",)),
    Scenario(
        "dev19_dental_not_monday_kids_asks_cleaning_price_and_takes_tuesday_eight",
        "t_dental", (
            S("Hi, I'd like the earliest cleaning you have next week, but not Monday, I have "
              "the kids all day Monday. I'm an existing patient."),
            S("And how much is a cleaning and exam if I'm paying myself? My insurance ran out.",
              r"165|one hundred (?:and )?sixty[- ]five"),
            S("Okay, I'll take Tuesday the 17th at eight in the morning, first thing, for Priya "
              "Raman, R, A, M, A, N, date of birth October 14th, 1990."),
            S("No pain at all, just the cleaning, and the cell I'm calling from is the best "
              "number."),
            S("Yes, that's right, book it please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Priya Raman", "+16175550202",
                        about=r"clean"),),
        said=(at(17, "08:00"),), clock="2026-03-10 12:15", caller="+16175550202",
        tags=("booking",)),
    Scenario(
        "dev19_dental_new_in_town_asks_hsa_what_to_bring_and_parking_then_books",
        "t_dental", (
            S("Hi, I just moved to the area and I need a new dentist, so I'd be a new patient. "
              "I'd like the new patient exam with the X-rays and cleaning. Can I pay with my HSA "
              "card?", r"HSA"),
            S("What should I bring to the first visit?", WHAT_TO_BRING),
            S("Is there parking at your office? I'll be driving over from work.", HONEST,
              avoid=r"free parking|plenty of parking|parking lot (?:is )?(?:right )?(?:behind|in "
                    r"front)"),
            S("Okay. Please book me for Thursday the 19th at ten in the morning, that's for "
              "Olivia Grant, G, R, A, N, T, date of birth March 3rd, 1993."),
            S("No pain, no insurance, I'll pay with the HSA card, and the number I'm calling "
              "from is my cell, that's the best one."),
            S("Yes, that's correct, please book it."),
            S("Great, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Olivia Grant", "+16175550203",
                        about=r"new patient|exam|clean|x-?ray"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 17:20",
        caller="+16175550203", tags=("booking",)),
    Scenario(
        "dev19_dental_saturday_soccer_field_knocked_out_tooth_in_milk", "t_dental", (
            S("My son just had his front tooth knocked clean out at his soccer game! We're "
              "still at the field on Route Nine. I've put the tooth in a cup of milk. What do we "
              "do?", r"urgent|emergency|right away|as soon as|911|emergency room|message|call"),
            S("His name is Leo, he's eleven. Put the message under me, I'm his dad, Daniel "
              "Ortiz, O, R, T, I, Z. Call me back on this cell, the number I'm calling from."),
            S("Yes, please mark it urgent and have the dentist call me as soon as they can.",
              URGENT + "|" + HANDED_ON),
            S("Thank you, we're heading home now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Daniel Ortiz", "+16175550204", about=r"tooth|knock",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 10:05", caller="+16175550204",
        never_said=(r"\bmg\b", r"ibuprofen|tylenol|advil|acetaminophen"),
        tags=("emergency",)),
    Scenario(
        "dev19_dental_after_friday_close_asks_insurance_fsa_notice_and_hours_only",
        "t_dental", (
            S("Hi, I have a few practical questions before I book anything. Do you take Delta "
              "Dental?", r"PPO|most major|verify|benefits|carrier|check"),
            S("If I book and then need to cancel, how much notice do you need?",
              r"twenty[- ]four|24"),
            S("Can I pay with my FSA card?", r"FSA"),
            S("And until what time are you open on Fridays? I finish work at one.",
              r"\b(?:2|two)\b"),
            S("Okay, that's everything. I'll check my shifts and call back to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 15:30",
        caller="+16175550205", tags=("info",)),
    Scenario(
        "dev19_dental_car_in_the_shop_moves_cleaning_same_time_a_week_later", "t_dental", (
            S("Hi, I have a cleaning this Thursday at two in the afternoon and I need to move "
              "it. My car's in the shop that day and I've got no way to get there."),
            S("It's under Tanya Brooks, B, R, O, O, K, S."),
            S("Same time, a week later, please: Thursday the 19th at two in the afternoon."),
            S("Yes, please move it to Thursday the 19th at two."),
            S("No, that's all, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Tanya Brooks", "+16175550206"),),
        cancelled=("2026-03-12 14:00",), said=(at(19, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Tanya Brooks", "+16175550206"),),
        clock="2026-03-10 08:10", caller="+16175550206", tags=("move",)),
    # --- medical clinic (weekdays 8 to 5; 20-minute slots) ---------------------------------
    Scenario(
        "dev19_clinic_teacher_after_four_asks_blue_cross_books_twenty_past_four", "t_clinic", (
            S("Hi, I'm an established patient and I need my annual physical. I teach until "
              "three thirty, so is there anything after four on a weekday next week?"),
            S("Do you take Blue Cross Blue Shield? I have their PPO plan.",
              r"most major|insurance card|confirm|verify|coverage|check"),
            S("Let's do Wednesday the 18th at twenty past four, that's 4:20 in the afternoon, "
              "for Samuel Okafor, O, K, A, F, O, R, date of birth June 3rd, 1979."),
            S("It's just the annual physical, no preferred doctor, I have Blue Cross, and the "
              "cell I'm calling from is the best number."),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:20", "Samuel Okafor", "+16175550207",
                        about=r"physical"),),
        said=(at(18, "16:20"),), clock="2026-03-10 15:50", caller="+16175550207",
        tags=("booking",)),
    Scenario(
        "dev19_clinic_new_insurance_card_not_here_self_pay_week_from_thursday_at_lunch",
        "t_clinic", (
            S("Hi, I've been seen at your clinic before. I'd like to see a doctor about my "
              "sinuses, a week from Thursday, around lunchtime, I can come on my lunch break."),
            S("My new insurance card hasn't arrived yet, so how much is a regular visit if I "
              "pay myself?", r"150|one hundred (?:and )?fifty"),
            S("Then Thursday the 19th at twenty to one, 12:40, please, for Grace Whitaker, W, "
              "H, I, T, A, K, E, R, date of birth January 22nd, 1988."),
            S("Any doctor is fine, I'll pay myself for now, and the number I'm calling from is "
              "my cell, that's the best one."),
            S("Yes, that's right, please book it."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 12:40", "Grace Whitaker", "+16175550208",
                        about=r"sinus"),),
        said=(at(19, "12:40"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+16175550208", tags=("booking",)),
    Scenario(
        "dev19_clinic_just_moved_new_patient_asks_price_and_what_to_bring_earliest_monday",
        "t_clinic", (
            S("Hi, I just moved here from Ohio and I need a new family doctor, so I'd be a new "
              "patient. How much is a new patient visit?", r"250|two hundred (?:and )?fifty"),
            S("What should I bring to the first appointment?", WHAT_TO_BRING),
            S("I'd like the earliest you have next week. Monday the 16th at eight in the "
              "morning would be perfect, for Rosa Delgado, D, E, L, G, A, D, O, date of birth "
              "August 30th, 1975."),
            S("It's to get established and go over my blood pressure, I have Aetna, and my "
              "email is rosa dot delgado at example dot com. The cell I'm calling from is the "
              "best number."),
            S("Yes, that's all correct, book it please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Rosa Delgado", "+16175550209",
                        about=r"new patient|establish|blood pressure"),),
        said=(at(16, "08:00"),), clock="2026-03-10 09:40", caller="+16175550209",
        tags=("booking",)),
    Scenario(
        "dev19_clinic_before_opening_father_chest_pain_and_numb_arm", "t_clinic", (
            S("My father is having chest pain and his left arm has gone numb. He's seventy-two, "
              "we're at home at 14 Birch Lane. What should I do?", r"911"),
            S("I'm his daughter, Alicia Moreno, M, O, R, E, N, O. Please have his doctor call "
              "me back on this cell, the number I'm calling from."),
            S("Okay, I'm calling 911 right now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Alicia Moreno", "+16175550210", about=r"chest|arm|father",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 07:45", caller="+16175550210",
        never_said=(r"aspirin|\bmg\b",), tags=("emergency",)),
    Scenario(
        "dev19_clinic_refill_to_the_cvs_on_main_call_my_work_line", "t_clinic", (
            S("Hi, I need a refill on my blood pressure pills, lisinopril. I'm an established "
              "patient, Thomas Reyes, R, E, Y, E, S, date of birth April 9th, 1961."),
            S("Please send it to the CVS on Main Street and Fifth Avenue."),
            S("The best number to call me back is my work line, not this phone: six one seven, "
              "five five five, zero one nine two. I'm at my desk until five."),
            S("Yes, that's right, please pass it on to the nurse.", HANDED_ON),
            S("Thanks, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Thomas Reyes", "+16175550192",
                          about=r"refill|lisinopril|blood pressure", urgent=False),),
        ends_call=True, clock="2026-03-16 17:30", caller="+16175550211",
        tags=("message",)),
    Scenario(
        "dev19_clinic_new_job_cancels_friday_and_asks_about_the_fee", "t_clinic", (
            S("Hi, I need to cancel my appointment this Friday at ten in the morning. I just "
              "started a new job and I can't get away."),
            S("It's for Natalie Ferris, F, E, R, R, I, S, date of birth December 1st, 1992."),
            S("Yes, please cancel it. I'll call back to rebook once I know my shifts.",
              r"cancel"),
            S("Is there a fee for cancelling, with three days' notice?",
              r"twenty[- ]four|24|no fee|won't be|not be charged|no charge"),
            S("Okay, good. That's all. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:00",), ends_call=True,
        seed=(Seed("2026-03-13 10:00", "Natalie Ferris", "+16175550212"),),
        clock="2026-03-10 08:20", caller="+16175550212", tags=("cancel",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev19_law_toddler_at_home_video_consultation_a_week_from_thursday", "t_law", (
            S("Hi, I'd like to book an initial consultation about a contract dispute. A "
              "contractor took our deposit and never finished our kitchen. The company is "
              "Brightline Renovations. There's no court date, and I don't have a lawyer."),
            S("How much is the consultation, and can I do it by video? I work from home with "
              "a toddler.", r"250|two hundred (?:and )?fifty"),
            S("A week from Thursday would be ideal. Let's say Thursday the 19th at eleven in "
              "the morning, by video, for Megan Castillo, C, A, S, T, I, L, L, O."),
            S("My email is megan dot castillo at example dot com, and the best number is the "
              "one I'm calling from."),
            S("Yes, that's all right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Megan Castillo", "+16175550213",
                        about=r"contract|contractor|kitchen|renovation|deposit"),),
        said=(at(19, "11:00"),), clock="2026-03-10 12:10", caller="+16175550213",
        tags=("booking",)),
    Scenario(
        "dev19_law_wills_for_a_couple_wheelchair_access_not_monday_two_pm", "t_law", (
            S("Hello, my wife and I want to get our wills done. Is the estate planning "
              "consultation really free?", r"free|no charge|no cost|zero|\$0"),
            S("My wife uses a wheelchair. Is your office step-free, or is there an elevator?",
              HONEST, avoid=r"\byes,? (?:we are|we're|it is|it's|the office is) "
                            r"(?:fully )?(?:step-free|accessible)"),
            S("We're free any afternoon except Monday. Let's do Wednesday the 18th at two in "
              "the afternoon, please, for Harold Jennings, J, E, N, N, I, N, G, S."),
            S("There's no court date, no other lawyer, it's just the two of us, Harold and "
              "Ruth Jennings, and the number I'm calling from is the best one."),
            S("Yes, that's correct, please book it."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Harold Jennings", "+16175550214",
                        about=r"estate|will"),),
        said=(at(18, "14:00"),), ends_call=True, clock="2026-03-10 16:40",
        caller="+16175550214", tags=("booking",)),
    Scenario(
        "dev19_law_brother_in_county_jail_arraignment_tomorrow_at_nine", "t_law", (
            S("My brother was arrested tonight and he's being held at the county jail. His "
              "arraignment is tomorrow morning at nine. We need a lawyer.",
              URGENT + "|message|call you back"),
            S("My name is Kevin Osei, O, S, E, I. My brother is Jamal Osei."),
            S("Call me on my cell, the number I'm calling from, any time tonight or first "
              "thing tomorrow."),
            S("Yes, please mark it urgent. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Osei", "+16175550215", about=r"arrest|jail|custody|arraign",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 21:30", caller="+16175550215",
        tags=("emergency",)),
    Scenario(
        "dev19_law_saturday_new_divorce_papers_call_after_three_on_my_cell", "t_law", (
            S("Hi, I know you're closed today. I'm a client of the firm, one of your attorneys "
              "is handling my divorce, and I just got new papers from my husband's lawyer."),
            S("I'd like my attorney to call me back on Monday. My name is Beatriz Almeida, A, "
              "L, M, E, I, D, A."),
            S("I'm at work until three, so please call after three, on my cell: six one seven, "
              "five five five, zero one three six."),
            S("Yes, that's right, please pass it on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatriz Almeida", "+16175550136", about=r"divorce|papers"),),
        ends_call=True, clock="2026-03-14 11:00", caller="+16175550216",
        tags=("message",)),
    Scenario(
        "dev19_law_no_car_asks_what_to_bring_and_phone_meeting_then_wants_the_desk", "t_law", (
            S("Hi, I'm thinking of booking a consultation about a dispute with my landlord, "
              "and I'm trying to plan ahead. What would I need to bring with me?",
              r"photo ID|\bID\b|document|letter|contract|lease|papers"),
            S("Could the meeting be by phone instead of in person? I don't drive.",
              r"phone|video"),
            S("Okay, I'd rather just talk to someone at the front desk now, please.",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 10:30", caller="+16175550217", tags=("person",)),
    Scenario(
        "dev19_law_sunday_evening_rear_ended_asks_cost_fees_and_hours_only", "t_law", (
            S("Hi, I was rear-ended at a red light last month and I'm still going to physical "
              "therapy. Before I book anything, does it cost anything to have my case looked "
              "at?", r"free|no charge|no cost|zero|\$0",
              avoid=r"you (?:have|don't have|do not have) a (?:good |strong |valid )?case"),
            S("If the firm takes it, how do you charge? I can't pay a big retainer.",
              r"contingen|hourly|flat fee|depends|explain"),
            S("And what are your hours? I can only call on my lunch break.",
              r"(?:9|nine).{0,40}(?:5|five)"),
            S("Okay, I'll call back on my lunch break tomorrow to book. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 19:00",
        caller="+16175550218", tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev19_plumb_no_hot_water_gate_code_and_dog_in_the_yard_first_window_thursday",
        "t_plumb", (
            S("Hi, our water heater stopped giving hot water yesterday. There's no leak and "
              "nothing on the floor, just cold showers. Can someone come out?"),
            S("The address is 48 Larkspur Court, zip code 02139. We own the house."),
            S("There's a gate at the driveway, the code is four four one nine, and our dog is "
              "in the backyard. He's friendly, but please close the gate behind you."),
            S("What does it cost just to have someone come out?", r"89|eighty[- ]nine"),
            S("Put me down for Thursday the 12th, the earliest window, seven in the morning, "
              "for Brenda Walsh, W, A, L, S, H. The number I'm calling from is the best one."),
            S("Yes, that's right, please book it."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:00", "Brenda Walsh", "+16175550219",
                        about=r"hot water|water heater|heater"),),
        said=(at(12, "07:00"),), ends_call=True, clock="2026-03-10 06:45",
        caller="+16175550219", tags=("booking",)),
    Scenario(
        "dev19_plumb_renter_landlord_said_yes_loading_zone_saturday_nine_ish", "t_plumb", (
            S("Hi, my kitchen sink drains really slowly, it's been getting worse all week. "
              "Nothing's leaking. How much is a drain cleaning?",
              r"225|two hundred (?:and )?twenty[- ]five"),
            S("I'm renting. My landlord already said to go ahead, his name is Victor Hale and "
              "his number is six one seven, five five five, zero one four eight."),
            S("The apartment is 310 Beacon Street, apartment 4B, zip 02116. Parking is tough "
              "here, but there's a loading zone out front your van can use."),
            S("I work weekdays, so a Saturday is best. This Saturday the 14th, nine-ish, say "
              "nine in the morning, for Chloe Nguyen, N, G, U, Y, E, N."),
            S("The number I'm calling from is my cell, that's the best one to reach me."),
            S("Yes, that's all correct, book it please."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Chloe Nguyen", "+16175550220",
                        about=r"drain|sink|clog"),),
        said=(at(14, "09:00"),), clock="2026-03-10 19:30", caller="+16175550220",
        tags=("booking",)),
    Scenario(
        "dev19_plumb_repeat_customer_faucet_same_time_as_last_time_pays_by_check",
        "t_plumb", (
            S("Hi, you folks fixed our sump pump last fall, and now I'd like a new kitchen "
              "faucet put in. I already bought the faucet myself."),
            S("Same address as last time, 7 Orchard Lane, 01760, and I own it. Can I pay by "
              "check?", r"check"),
            S("Could you come at the same time as last time? Your technician came at eleven in "
              "the morning. Next Friday, the 20th, at eleven, for Walter Brennan, B, R, E, N, "
              "N, A, N."),
            S("The number I'm calling from is the best one, that's my home phone."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 11:00", "Walter Brennan", "+16175550221",
                        about=r"faucet|fixture|install"),),
        said=(at(20, "11:00"),), ends_call=True, clock="2026-03-14 08:15",
        caller="+16175550221", tags=("booking",)),
    Scenario(
        "dev19_plumb_burst_pipe_at_night_main_shut_off_lockbox_code", "t_plumb", (
            S("A pipe just burst under my kitchen sink! There's water all over the floor and "
              "it's going down into the basement!", r"shut|valve|main|urgent|emergency"),
            S("I found the main valve in the basement and turned it off, the water's stopped "
              "now. It's nowhere near the outlets."),
            S("I'm Gregory Pham, P, H, A, M, at 22 Willow Street, zip 02144. There's a lockbox "
              "on the side door, the code is one nine eight seven, if nobody answers."),
            S("Call me back on this number, please. Make it urgent.", URGENT),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gregory Pham", "+16175550222", about=r"pipe|burst|water|flood",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 23:15", caller="+16175550222",
        tags=("emergency",)),
    Scenario(
        "dev19_plumb_building_manager_wants_a_call_about_old_water_heaters_office_line",
        "t_plumb", (
            S("Hi, I manage a small apartment building and two of the water heaters are getting "
              "old. I don't want to book a visit yet, I'd just like someone to call me to talk "
              "about replacing them."),
            S("My name is Denise Harper, H, A, R, P, E, R. The building is 150 Harbor Road, zip "
              "02127."),
            S("Please call my office line, not this cell: six one seven, five five five, zero "
              "one two nine. Weekdays between nine and five."),
            S("Yes, please pass that on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Harper", "+16175550129", about=r"water heater|replac",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 18:40", caller="+16175550223",
        tags=("message",)),
    Scenario(
        "dev19_plumb_outdoor_tap_caller_takes_another_call_and_never_comes_back", "t_plumb", (
            S("Hi, I need someone to look at a leaky outdoor tap at my, oh shoot, that's my "
              "boss on the other line, hold on one second."),
            Say("", expect=r"still there|hello|are you there|can you hear", silence=True),
            Say("", expect=r"bye|call (?:us )?back", silence=True),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-11 08:05",
        caller="+16175550224", tags=("hangup",)),
    # --- salon (Tuesday to Friday from 10, Thursday to 8, Saturday 9 to 5) ------------------
    Scenario(
        "dev19_salon_off_at_six_asks_late_nights_and_price_books_thursday_seven_pm",
        "t_salon", (
            S("Hi! I don't get off work until six, so I need something in the evening. Do you "
              "have any late nights?", r"Thursday|\b8\b|eight"),
            S("How much is a women's cut and style?", r"65|sixty[- ]five"),
            S("Then Thursday the 19th at seven in the evening, please, for Jasmine Ford, F, O, "
              "R, D. Anyone is fine, I don't have a favourite stylist."),
            S("I've been in once before, and the number I'm calling from is the best one."),
            S("Yes, that's correct, please book it."),
            S("Thanks, see you then, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Jasmine Ford", "+16175550225",
                        about=r"women|haircut|cut|style"),),
        said=(at(19, "19:00"),), ends_call=True, clock="2026-03-16 12:30",
        caller="+16175550225", tags=("booking",)),
    Scenario(
        "dev19_salon_root_colour_cash_with_tip_on_card_reads_14_00_from_her_calendar",
        "t_salon", (
            S("Hello, I'd like to book a single-process colour, just my usual shade to cover "
              "the greys. I've had colour with you before."),
            S("Can I pay in cash and put the tip on a card?", r"tip|card|cash"),
            S("I'm looking at my calendar, any day but Friday. Wednesday the 18th at 14:00 "
              "works, that's for Aisha Karim, K, A, R, I, M."),
            S("Any stylist is fine, and the number I'm calling from is the best one."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Aisha Karim", "+16175550226",
                        about=r"colou?r"),),
        said=(at(18, "14:00"),), clock="2026-03-10 10:05", caller="+16175550226",
        tags=("booking",)),
    Scenario(
        "dev19_salon_lunch_break_mens_cut_first_thing_next_week_asks_how_long", "t_salon", (
            S("Hey, I need a men's haircut first thing next week, before work. How long does a "
              "men's cut take? I'm on a tight schedule.",
              r"30|thirty|half an hour|half-hour"),
            S("And it's thirty-five dollars, right?", r"35|thirty[- ]five"),
            S("Okay, Tuesday the 17th at ten in the morning, right when you open, for Ethan "
              "Caldera, C, A, L, D, E, R, A. Anyone is fine."),
            S("It's my first time with you. The number I'm calling from is my cell, use that."),
            S("Yes, that's all right, please book it."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Ethan Caldera", "+16175550227",
                        about=r"men|haircut|cut"),),
        said=(at(17, "10:00"),), ends_call=True, clock="2026-03-14 16:30",
        caller="+16175550227", tags=("booking",)),
    Scenario(
        "dev19_salon_sunday_prom_hair_for_daughter_call_my_work_after_five", "t_salon", (
            S("Hi, I know you're closed today. I'd like one of your stylists to call me back "
              "about doing my daughter's hair for her prom in May. I'm not ready to book yet."),
            S("My name is Renee Callahan, C, A, L, L, A, H, A, N."),
            S("Please call me on my work number after five on a weekday: six one seven, five "
              "five five, zero one six seven."),
            S("Yes, that's right, please pass it on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Renee Callahan", "+16175550167", about=r"prom|daughter|hair",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 14:00", caller="+16175550228",
        tags=("message",)),
    Scenario(
        "dev19_salon_gift_card_late_and_cancel_questions_then_the_front_desk", "t_salon", (
            S("Hi, a few quick questions. Do you sell gift cards? I want one for my mum's "
              "birthday.", r"gift card|any amount|front desk"),
            S("If I'm running late for my own appointment, what happens? I'm always stuck in "
              "traffic.", r"fifteen|15|shorten|reschedule|call"),
            S("And if I cancel the same morning, is there a charge?",
              r"twenty[- ]four|24|fee|charge"),
            S("Okay, could I speak to someone at the front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 15:00", caller="+16175550229", tags=("person",)),
    Scenario(
        "dev19_salon_spanish_speaker_works_all_week_wants_saturday_morning", "t_salon", (
            S("Hola, buenos días. Quisiera una cita para cortarme el pelo el sábado por la "
              "mañana, porque trabajo toda la semana.", NOT_ENGLISH),
            S("Me llamo Marisol Vega."),
            S("Sí, este número está bien, es mi celular."),
            S("Sí, gracias.", HANDED_ON + r"|gracias|mensaje"),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Vega", "+16175550230",
                          about=r"Spanish|español|espanol|cita|pelo|hair|cut|Saturday|sábado"),),
        clock="2026-03-10 11:00", caller="+16175550230", tags=("spanish",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "dev19_homes_pre_approved_couple_saturday_showing_at_half_ten", "t_homes", (
            S("Hi, we're looking to buy, and we'd like to see the three-bedroom at 82 Cedar "
              "Avenue. We're pre-approved with our bank and we don't have an agent."),
            S("What should we bring to the showing?", r"photo ID|\bID\b|pre-?approval"),
            S("We both work weekdays, so a Saturday. Saturday the 21st at half ten in the "
              "morning, for Oliver Brandt, B, R, A, N, D, T."),
            S("My email is oliver dot brandt at example dot com, and the number I'm calling "
              "from is the best one."),
            S("Yes, that's all correct, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:30", "Oliver Brandt", "+16175550231",
                        about=r"showing|Cedar|buy"),),
        said=(at(21, "10:30"),), ends_call=True, clock="2026-03-10 20:15",
        caller="+16175550231", tags=("booking",)),
    Scenario(
        "dev19_homes_seller_wants_a_number_then_books_a_valuation_around_lunchtime",
        "t_homes", (
            S("Hi, we're thinking of selling our house next spring and want to know what it's "
              "worth. It's 5 Maple Ridge Road, and it isn't listed with anyone."),
            S("Can you just give me a rough idea of the value over the phone?",
              r"agent|appointment|valuation|market analysis|can't|cannot|not able|unable"
              r"|not sure|team|someone|call you back|message",
              avoid=r"worth (?:about|around|roughly)|\$\s?\d{2,3},\d{3}|\d{3} thousand"),
            S("Okay, then book a valuation around lunchtime, I can pop home from work. Thursday "
              "the 19th at twelve thirty, for Nadia Petrova, P, E, T, R, O, V, A."),
            S("The number I'm calling from is my cell, and it's the best one."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 12:30", "Nadia Petrova", "+16175550232",
                        about=r"valuation|sell|listing|worth|value"),),
        said=(at(19, "12:30"),), clock="2026-03-10 12:45", caller="+16175550232",
        tags=("booking",)),
    Scenario(
        "dev19_homes_renter_with_a_dog_asks_pet_rule_call_my_work_cell_after_six", "t_homes", (
            S("Hi, I saw the two-bedroom rental on Linden Street that you have listed. Before I "
              "come and see it, do they allow a medium-sized dog?", HONEST,
              avoid=r"\b(?:dogs|pets) are (?:allowed|welcome|not allowed)"),
            S("Then please have the listing agent call me back about the dog. My name is Tariq "
              "Aziz, A, Z, I, Z."),
            S("Call me after six on a weekday, on my work cell: six one seven, five five five, "
              "zero one five three."),
            S("We'd want to move in by May first. Yes, please pass it on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tariq Aziz", "+16175550153", about=r"dog|pet|Linden|rental",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 17:30", caller="+16175550233",
        tags=("message",)),
    Scenario(
        "dev19_homes_first_time_buyer_asks_pre_approval_paperwork_and_sunday_hours",
        "t_homes", (
            S("Hi, I'm a first-time buyer, just trying to understand how this works. Do I have "
              "to be pre-approved before I look at houses?", r"pre-?approv"),
            S("Do I have to sign anything before an agent shows me a place?",
              r"agreement|sign"),
            S("Are you open on Sundays? I work Saturdays.",
              r"(?:12|twelve|noon).{0,40}(?:4|four)"),
            S("Great, thanks. I'll call back once I've talked to my bank. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 08:30",
        caller="+16175550234", tags=("info",)),
    Scenario(
        "dev19_homes_offer_accepted_elsewhere_cancels_saturday_showing", "t_homes", (
            S("Hi, I need to cancel a showing I booked for this Saturday at eleven in the "
              "morning. Our offer on another house was accepted last night!"),
            S("It's under Colin Mayer, M, A, Y, E, R."),
            S("Yes, please cancel it.", r"cancel"),
            S("No, that's everything, thanks. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Colin Mayer", "+16175550235"),),
        clock="2026-03-12 18:20", caller="+16175550235", tags=("cancel",)),
    Scenario(
        "dev19_homes_portuguese_speaker_evenings_or_saturday_showing", "t_homes", (
            S("Olá, boa tarde. Eu gostaria de marcar uma visita para ver a casa na Rua Elm, "
              "número doze. Eu trabalho de dia, só posso à noite ou no sábado.", NOT_ENGLISH),
            S("Meu nome é Paulo Ferreira."),
            S("Sim, este número está bom."),
            S("Sim, obrigado.", HANDED_ON + r"|obrigad"),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Ferreira", "+16175550236",
                          about=r"Portugu|language|English|visit|showing|Elm|house|casa"),),
        clock="2026-03-11 13:00", caller="+16175550236", tags=("language",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev19_vet_moved_from_denver_new_cat_saturday_at_half_ten", "t_vet", (
            S("Hi, we just moved here from Denver with our two-year-old cat, Pepper. She's due "
              "for her checkup and her rabies shot. We'd be new clients."),
            S("How much is the first exam, and the rabies shot?", r"75|seventy[- ]five"),
            S("What should I bring? I have her records from our old vet.",
              r"record|vaccin|carrier|medication"),
            S("Saturdays are best, I work all week. Saturday the 14th at half ten in the "
              "morning, for Ingrid Solberg, S, O, L, B, E, R, G."),
            S("The number I'm calling from is my cell, it's the best one."),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Ingrid Solberg", "+16175550237",
                        about=r"new patient|exam|rabies|checkup|wellness|vaccin"),),
        said=(at(14, "10:30"),), clock="2026-03-10 18:30", caller="+16175550237",
        tags=("booking",)),
    Scenario(
        "dev19_vet_limping_lab_after_four_thursday_half_past_four_work_number", "t_vet", (
            S("Hi, my Lab, Biscuit, has been limping on his back leg for two days. He's eating "
              "and acting normal otherwise. I'm an existing client."),
            S("I can't get off work before four. What's the earliest you have after four "
              "o'clock? And how much is a sick visit?", r"85|eighty[- ]five"),
            S("Let's do Thursday the 12th at half past four, for Dana Whitfield, W, H, I, T, F, "
              "I, E, L, D."),
            S("My work number is the best one to reach me during the day: six one seven, five "
              "five five, zero one eight one."),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Dana Whitfield", "+16175550181",
                        about=r"limp|leg|sick"),),
        said=(at(12, "16:30"),), clock="2026-03-10 12:20", caller="+16175550238",
        tags=("booking",)),
    Scenario(
        "dev19_vet_saturday_picnic_beagle_ate_grapes_in_the_car", "t_vet", (
            S("Our beagle just ate a handful of grapes off the picnic table! We're at Riverside "
              "Park and I'm in the car with her. What do I do?",
              r"emergency|hospital|poison", avoid=r"make (?:her|him|it|the dog|rosie) "
                                                  r"(?:vomit|throw up)|hydrogen peroxide"),
            S("I'm Camille Durand, D, U, R, A, N, D, and the dog is Rosie. Please have the vet "
              "call me on this cell."),
            S("Okay, we're driving to the emergency hospital now. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Camille Durand", "+16175550239", about=r"grape", urgent=True),),
        ends_call=True, clock="2026-03-14 15:00", caller="+16175550239",
        tags=("emergency",)),
    Scenario(
        "dev19_vet_before_opening_thyroid_refill_pick_up_after_five", "t_vet", (
            S("Hi, I need a refill of my cat's thyroid medication, methimazole. He's almost "
              "out. His name is Oscar."),
            S("I'm Paul Henning, H, E, N, N, I, N, G. I can pick it up any day after five."),
            S("Please call me back on my cell, the number I'm calling from."),
            S("Yes, please pass it on. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paul Henning", "+16175550240",
                          about=r"refill|methimazole|thyroid|medication", urgent=False),),
        ends_call=True, clock="2026-03-10 07:30", caller="+16175550240",
        tags=("message",)),
    Scenario(
        "dev19_vet_extra_shift_moves_shots_to_the_thursday_after_next_same_time", "t_vet", (
            S("Hi, I've got my dog Bella booked for her shots tomorrow morning at nine, but "
              "I've been called in for an extra shift. Can I move it?"),
            S("It's under Sofia Marchetti, M, A, R, C, H, E, T, T, I."),
            S("The Thursday after next, please, Thursday the 19th, same time, nine in the "
              "morning."),
            S("Yes, please move it to Thursday the 19th at nine."),
            S("That's all, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Sofia Marchetti", "+16175550241"),),
        cancelled=("2026-03-11 09:00",), said=(at(19, "09:00"),), ends_call=True,
        seed=(Seed("2026-03-11 09:00", "Sofia Marchetti", "+16175550241"),),
        clock="2026-03-10 07:50", caller="+16175550241", tags=("move",)),
    Scenario(
        "dev19_vet_rabbit_pet_insurance_payment_and_saturday_closing_questions", "t_vet", (
            S("Hi, do you see rabbits, or only cats and dogs?",
              r"dogs and cats|cats and dogs|ask|check|vet"),
            S("Do you take pet insurance, like Trupanion, directly?", HONEST + r"|cash|card",
              avoid=r"\byes,? we (?:do )?(?:take|accept|bill) (?:Trupanion|pet insurance)"),
            S("Can I split the payment, or is it all due at the visit?",
              r"time of the visit|due|cash|card"),
            S("What time do you close on Saturdays?", r"noon|\b12\b|twelve"),
            S("Thanks, that's all I needed. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 18:15",
        caller="+16175550242", tags=("info",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev19_auto_weekday_worker_oil_and_rotation_first_thing_saturday_waits", "t_auto", (
            S("Hi, I need an oil change and a tire rotation on my 2019 Subaru Outback, about "
              "forty-eight thousand miles. How much for both?", r"89|eighty[- ]nine"),
            S("I work weekdays, so it has to be a Saturday, the earliest you have."),
            S("Saturday the 14th at eight in the morning, first thing, for Rafael Quintero, Q, "
              "U, I, N, T, E, R, O. I'll wait while you work on it."),
            S("The number I'm calling from is my cell, that's the best one."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Rafael Quintero", "+16175550243",
                        about=r"oil|rotat|tire"),),
        said=(at(14, "08:00"), r"29|twenty[- ]nine"), ends_call=True,
        clock="2026-03-10 18:40", caller="+16175550243", tags=("booking",)),
    Scenario(
        "dev19_auto_check_engine_drop_off_at_half_seven_not_monday_work_line", "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing. It's a "
              "2016 Toyota Camry with about a hundred and ten thousand miles."),
            S("How much is the diagnostic?", r"129|one hundred (?:and )?twenty[- ]nine"),
            S("I'd drop it off on my way to work, and my wife will give me a ride. Not Monday, "
              "I have the kids that morning. Wednesday the 18th at half seven, 7:30 in the "
              "morning, for Brian Kowalski, K, O, W, A, L, S, K, I."),
            S("My best number during the day is my work line: six one seven, five five five, "
              "zero one seven three."),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 07:30", "Brian Kowalski", "+16175550173",
                        about=r"check engine|diagnos|light"),),
        said=(at(18, "07:30"),), clock="2026-03-14 09:30", caller="+16175550244",
        tags=("booking",)),
    Scenario(
        "dev19_auto_brake_pedal_to_the_floor_parked_at_the_gas_station", "t_auto", (
            S("My brake pedal just went almost to the floor on the way home and there's a "
              "burning smell! I pulled into the Shell station at Route Nine and Elm.",
              r"(?:don't|not|do not|stop) driv|tow|safest|911"),
            S("Nobody's hurt and I'm parked out of the way. It's a 2012 Honda Pilot. I'm Janet "
              "Okoye, O, K, O, Y, E."),
            S("Please have someone call me right away on this cell, the number I'm calling "
              "from. Mark it urgent.", URGENT + "|" + HANDED_ON),
            S("Thanks, I'll wait here. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Janet Okoye", "+16175550245", about=r"brake|burning|smell|tow",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 17:50", caller="+16175550245",
        never_said=(r"safe to (?:keep )?driv(?:e|ing) (?:it|home)",), tags=("emergency",)),
    Scenario(
        "dev19_auto_escape_in_the_shop_since_friday_needs_it_by_thursday_work_line",
        "t_auto", (
            S("Hi, my Ford Escape has been at your shop since Friday for a transmission "
              "problem, and I haven't heard anything. I need it back by Thursday if at all "
              "possible."),
            S("My name is Curtis Lyle, L, Y, L, E."),
            S("Have the service advisor call me at work, the number is six one seven, five five "
              "five, zero one one eight. I'm there from eight to four."),
            S("Yes, please pass that on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Curtis Lyle", "+16175550118",
                          about=r"escape|transmission|update|status|ford|thursday"),),
        ends_call=True, clock="2026-03-10 07:10", caller="+16175550246",
        tags=("message",)),
    Scenario(
        "dev19_auto_sunday_four_new_tires_quote_call_me_at_lunchtime", "t_auto", (
            S("Hi, I want four new all-season tires put on my 2020 Mazda CX-5. What would that "
              "cost?", r"estimate|inspect|technician|advisor|price|not able|can't|cannot|call"
                       r"|quote"),
            S("Then have a service advisor call me with a quote. My name is Helen Zhou, Z, H, "
              "O, U."),
            S("The best time is at lunchtime, between twelve and one. Call my cell, the number "
              "I'm calling from."),
            S("Yes, that's right, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Helen Zhou", "+16175550247", about=r"tire", urgent=False),),
        ends_call=True, clock="2026-03-15 16:00", caller="+16175550247",
        tags=("message",)),
    Scenario(
        "dev19_auto_diesel_truck_payment_and_warranty_questions_then_an_advisor", "t_auto", (
            S("Hi, do you work on diesel trucks? I've got a 2017 Ram 2500.",
              r"most|domestic|truck|confirm"),
            S("If I drop it off, when do I pay, and do you take checks?",
              r"cash|card|pick", avoid=r"\byes,? we (?:do )?(?:take|accept) checks"),
            S("And is your work guaranteed?", r"warrant|guarantee"),
            S("Okay, can I talk to one of the service advisors, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 11:00", caller="+16175550248", tags=("person",)),
]
