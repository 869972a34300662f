"""A fourteenth development set: 48 scripted callers, six in each of the fleet's eight trades,
whose calls go the way calls go on a real phone line, in the twelfth set's held-out-like mix of
kinds.

Written by a helper session (branch dev-callers-14) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, any other development set's lists; only the
twelfth set's module docstring, its helper definitions, its first callers and its test file, for
the conventions). The businesses' facts come only from tenants/profession_data.py and the fleet
in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's dataclasses
and tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py (every rule of it
but the kinds' numbers: this set keeps the twelfth set's mix, KINDS_14 below).

What makes it different: the call's own mechanics are in the caller's lines. Callers check the
line ("Hello? Can you hear me?", "Sorry, you cut out there", "you're breaking up, I'm going into
a tunnel"); ask the receptionist to repeat a price or a time ("Sorry, what was that price
again?", "can you say that again? The fan was on"); put the receptionist on hold ("Hang on, let
me grab my calendar... okay, I'm back", "hang on, let me pull over"); talk to someone else in the
room mid-call ("Honey, is Saturday morning okay? ... Yeah, she says Saturday's fine"); start over
("Sorry, let me start again"); give an answer and take it back at once ("Wednesday, no wait,
Thursday", "next Friday, no, sorry, this Friday"); and say a day and a time the way people do
("first thing Thursday", "the end of the day Friday, your last appointment", "a week from today,
anytime after three, half past three would be ideal", "half past ten", "twenty to four",
"quarter to four, or four if you only do the half hours", "as late as you go"). Many are in the
middle of something else: driving on speaker, whispering at a desk or outside a courtroom, on a
lunch break, cooking, walking the dog, on a ladder. The emergencies are each trade's real ones
(a knocked-out tooth on a Saturday, chest tightness whispered at work, a brother arrested before
his arraignment, a burst pipe on a Sunday morning, grapes eaten by a dog, a brake pedal going to
the floor while driving); the two who speak no English speak Spanish and Portuguese; the early
hang-up drives into a tunnel. Calls ring at realistic hours via `clock=`: before opening, at
lunch, after closing, on a Saturday or a Sunday. The mix is the twelfth set's (20 bookings, 8
messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person,
1 Spanish and 1 other-language caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)`
pattern is loose and case-insensitive so any good wording passes, and every price, hour and
policy it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev14

which prints `RESULT dev14_pass_rate=`, measured and never gated.
Its first run, on main at 05c8ba8, before anyone had read a transcript of it: 36/48 = 0.750.
After reading that run, and with the engine untouched, three things about the set itself changed:
a read-back check that matched the right Friday as well as the wrong one, a leading "No" in a
caller's line that answered a question the receptionist never asked, and three checks that the
service booked is the one the caller described (a regular cleaning is no new patient exam, a
child's cleaning no adult one, a banging heater that does not leak no leak detection); the
second run: 36/48 again.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a line that checks the connection or asks for a repeat carries what the
caller means all the same (the time they want, their name, their answer), a caller who names an
exact time follows it with the name the booking is under, a caller who names a time off the
grid names the one they will take in the same breath, and a booking is read back (`said=`) with
its day and time. Only a call with `overrides` carrying a transfer number, inside opening hours,
has a line to transfer to, and its caller asks for a person (or says what needs one) only in the
last line, after two lines spent on the connection; elsewhere a caller who needs a person leaves
a message. An emergency ends with an urgent message or that transfer; a routine message is not
urgent. A call whose last line says goodbye is hung up by the receptionist (`ends_call=True`).
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

# this set's own numbers of each kind (the twelfth set's mix; dev_set_shape.py's KINDS is the
# earlier sets'); "language" is the caller who speaks neither English nor Spanish
KINDS_14 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
HEAR = r"hear you|here|how can I help|help you|go ahead"  # an answer to "can you hear me?"
CLOSED = r"closed|not open|aren't open|don't open|we open|we're open"
FALSE_TRANSFER = r"putting you through|transferring you|connecting you now"


DEV_CALLERS_14: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev14_dental_parking_garage_caller_wants_the_first_thing_thursday", "t_dental", (
            S("Hello? Hi, can you hear me? I'm on my cell in a parking garage, so tell me if I "
              "cut out.", HEAR),
            S("Okay, good. I'm an existing patient, I need my regular cleaning and checkup, and "
              "I'd like the first thing Thursday morning, whatever your first appointment is."),
            S("Sorry, you cut out there. Eight o'clock Thursday is great. The name is Paul "
              "Hendricks."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, go ahead and book it."),
            S("Great, thanks so much, bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:00", "Paul Hendricks", "+13125550131",
                        about=r"clean|check"),),
        said=(at(12, "08:00"),), never_said=(r"new patient exam",), ends_call=True,
        clock="2026-03-09 12:10",
        caller="+13125550131", tags=("booking",)),
    Scenario(
        "dev14_dental_asks_the_child_price_twice_and_takes_a_week_from_today", "t_dental", (
            S("Hi, I'd like to book a cleaning for my son Max, he's seven and he's been to you "
              "before. How much is a child's cleaning?", r"120|one hundred (?:and )?twenty"),
            S("Sorry, what was that price again? He's talking in my other ear.",
              r"120|one hundred (?:and )?twenty"),
            S("Okay. Honey, is a week from today after school okay? ... Yeah, he says it's fine. "
              "So a week from today at four o'clock, please, for Max Dorsey."),
            S("Yes, this number is fine, it's my cell."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:00", "Max Dorsey", "+13125550132",
                        about=r"child|clean"),),
        said=(at(17, "16:00"),), never_said=(r"for adult cleaning",), ends_call=True,
        clock="2026-03-10 16:20",
        caller="+13125550132", tags=("booking",)),
    Scenario(
        "dev14_dental_driving_new_patient_says_wednesday_no_wait_thursday", "t_dental", (
            S("Hi, sorry, I'm driving, you're on speaker. I'm a new patient and I'd like to come "
              "in for an exam and a cleaning."),
            S("Could I do Wednesday, no wait, not Wednesday, I've got a meeting. Thursday, "
              "Thursday the 19th, at ten in the morning. My name's Olivia Brandt."),
            S("Sorry, you cut out. Ten on Thursday the 19th, under Olivia Brandt, and this number "
              "is the best one to reach me."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Olivia Brandt", "+13125550133",
                        about=r"new|exam|clean"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-13 10:00",
        caller="+13125550133", tags=("booking",)),
    Scenario(
        "dev14_dental_dad_starts_again_after_a_knocked_out_tooth_on_saturday", "t_dental", (
            S("Hello? Hi, sorry, let me start again, I'm a bit shaken. My son fell off his bike "
              "and his front tooth got knocked right out."),
            S("He's a patient of yours. My name is Ben Fisher, I'm his dad."),
            S("Please have the dentist call me back on this number as soon as possible, it's my "
              "cell."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ben Fisher", "+13125550134", about=r"tooth|knock", urgent=True),),
        ends_call=True, clock="2026-03-14 10:15", caller="+13125550134",
        tags=("emergency",)),
    Scenario(
        "dev14_dental_whispering_at_work_leaves_a_billing_message_for_her_cell", "t_dental", (
            S("Hi, sorry, I have to whisper, I'm at work. Can someone from billing call me back "
              "about a charge on my last statement? It's for a filling in February that my "
              "insurance should have covered."),
            S("My name is Teresa Wong. W, O, N, G."),
            S("Please call me on my cell, not this number. It's three one two, five five five, "
              "zero one eight six."),
            S("Yes, that's all correct. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Wong", "+13125550186", about=r"bill|charge|statement|insur",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 12:30", caller="+13125550110",
        tags=("message",)),
    Scenario(
        "dev14_dental_bad_line_cancels_thursday_the_19th", "t_dental", (
            S("Hi, can you hear me okay? I'm on a bad line. I need to cancel my appointment on "
              "Thursday the 19th."),
            S("It's under Rachel Kim. Rachel, R, A, C, H, E, L, Kim, K, I, M."),
            S("Yes, please cancel it. I'll call back to rebook when I know my schedule."),
            S("No, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-19 14:00",), ends_call=True,
        seed=(Seed("2026-03-19 14:00", "Rachel Kim", "+13125550135"),),
        clock="2026-03-16 10:00", caller="+13125550135", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; 20-minute slots) ---------------------------------
    Scenario(
        "dev14_clinic_train_commuter_wants_twenty_to_four_wednesday", "t_clinic", (
            S("Hi, good morning. Can you hear me? I'm on the train, so I might cut out. I'm an "
              "established patient and I need a follow-up visit about my blood pressure."),
            S("Wednesday afternoon, if you have it, say twenty to four? It's for Gloria Mendez, "
              "date of birth April 2nd, 1961."),
            S("Sorry, you broke up. Twenty to four on Wednesday, that's three forty. And yes, this "
              "number is fine."),
            S("Yes, that's right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 15:40", "Gloria Mendez", "+17735550141",
                        about=r"blood pressure|follow"),),
        said=(at(11, "15:40"),), ends_call=True, clock="2026-03-09 08:05",
        caller="+17735550141", tags=("booking",)),
    Scenario(
        "dev14_clinic_grabs_his_calendar_and_wants_a_week_from_today_after_three", "t_clinic", (
            S("Hi, I'd like to book my annual physical. I've been seen there before."),
            S("Hang on, let me grab my calendar... okay, I'm back. A week from today, anytime "
              "after three. Four o'clock would be perfect."),
            S("The name is Jerome Baptiste, date of birth November 14th, 1975, and you can reach "
              "me at this number."),
            S("Yes, four o'clock a week from today, that's right. Book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:00", "Jerome Baptiste", "+17735550142",
                        about=r"physical"),),
        said=(at(19, "16:00"),), ends_call=True, clock="2026-03-12 13:00",
        caller="+17735550142", tags=("booking",)),
    Scenario(
        "dev14_clinic_asks_her_husband_about_friday_after_closing", "t_clinic", (
            S("Hi, yes, hello. I'm a new patient and I'd like to get set up with a doctor, just "
              "a new patient visit."),
            S("Honey, is Friday morning okay for you to watch the kids? ... Yeah, okay, Friday's "
              "fine. Friday at ten o'clock, please."),
            S("Sorry, it's for me, Aisha Rahman, R, A, H, M, A, N, date of birth August 21st, "
              "1990. This number's fine."),
            S("Yes, that's all correct, go ahead and book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Aisha Rahman", "+17735550143", about=r"new"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+17735550143", tags=("booking",)),
    Scenario(
        "dev14_clinic_hands_free_driver_asks_for_a_refill", "t_clinic", (
            S("Hi, I'm driving, you're on hands-free, so bear with me. I need a refill on my "
              "lisinopril, please."),
            S("My name is Frank Delgado, date of birth May 9th, 1958. Send it to the Walgreens on "
              "Elm Street."),
            S("Sorry, you cut out there. The number I'm calling from is fine for a call back."),
            S("Yes, that's right. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Delgado", "+17735550144", about=r"refill|lisinopril",
                          urgent=False),),
        never_said=(r"(?:refill|prescription) (?:is|has been) approved|approved (?:your|the) "
                    r"refill",),
        ends_call=True, clock="2026-03-11 17:20", caller="+17735550144",
        tags=("message",)),
    Scenario(
        "dev14_clinic_whispers_chest_tightness_from_her_desk", "t_clinic", (
            S("Hi, sorry, I have to whisper, I'm at my desk at work. My chest has been really "
              "tight for the last hour and my left arm feels numb. Can I see someone today?",
              r"911"),
            S("Okay. Okay, my coworker is calling 911 right now."),
            S("Please let my doctor know. I'm Linda Okafor, date of birth March 3rd, 1966, and "
              "please call me back on this number."),
            S("Yes. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Linda Okafor", "+17735550145", about=r"chest|arm", urgent=True),),
        never_said=(r"can wait|not serious|probably (?:fine|nothing)",),
        ends_call=True, clock="2026-03-12 10:40", caller="+17735550145",
        tags=("emergency",)),
    Scenario(
        "dev14_clinic_bus_rider_wants_billing_after_closing", "t_clinic", (
            S("Hello? Is this the clinic? Sorry, the line's terrible, I'm on the bus."),
            S("I got a bill I don't understand for my visit in February. Can I talk to someone in "
              "billing, a real person?"),
            S("Sorry, what was that? Okay. My name is Walter Price, and someone can call me back "
              "on this number on Monday."),
            S("Yes, that's right. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Price", "+17735550146", about=r"bill", urgent=False),),
        never_said=(FALSE_TRANSFER,),
        ends_call=True, clock="2026-03-13 17:35", caller="+17735550146",
        tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev14_law_lunch_break_couple_want_the_end_of_the_day_friday", "t_law", (
            S("Hi, hello? Sorry, I'm on my lunch break, so I'm a little rushed. My wife and I "
              "want to set up our wills, an estate planning consultation."),
            S("Nobody else is involved, it's just the two of us, there are no court dates, and we "
              "don't have a lawyer. Could we do the end of the day Friday, your last "
              "appointment?"),
            S("Sorry, you cut out. Four o'clock on Friday works. The name is Daniel Hartley, and "
              "in person is fine."),
            S("This number is the best one to reach me, yes."),
            S("Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:00", "Daniel Hartley", "+13125550151",
                        about=r"estate|will"),),
        said=(at(13, "16:00"),), ends_call=True, clock="2026-03-10 12:15",
        caller="+13125550151", tags=("booking",)),
    Scenario(
        "dev14_law_starts_over_about_a_firing_and_asks_the_fee_again", "t_law", (
            S("Hi, I, sorry, let me start again. I was fired last week and I think it was "
              "because I complained about safety. I'd like a consultation with an attorney."),
            S("The company is Brightline Logistics. There's no court date yet, and I don't have a "
              "lawyer."),
            S("How much is the consultation? Sorry, you cut out there, can you say the price "
              "again?", r"250|two hundred (?:and )?fifty"),
            S("Okay. Monday the 16th, first thing in the morning, nine o'clock. My name is Keisha "
              "Monroe, and this number is fine."),
            S("Yes, please book it. By phone is fine if that's an option."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Keisha Monroe", "+13125550152",
                        about=r"fire|employ|terminat|job|safety|brightline"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-11 11:00",
        caller="+13125550152", tags=("booking",)),
    Scenario(
        "dev14_law_client_on_speaker_in_the_car_leaves_an_evening_message", "t_law", (
            S("Hi, I know it's late and you're closed. I'm driving, you're on speaker. I'm a "
              "client, I just need my attorney to call me back about signing the lease review "
              "papers."),
            S("My name's Howard Finch. F, I, N, C, H."),
            S("Sorry, you're breaking up. Tomorrow's fine, there's no rush. Use this number, it's "
              "my cell."),
            S("Yes, that's right. Thanks, bye, goodnight.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Finch", "+13125550153", about=r"sign|lease|paper|document",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 19:30", caller="+13125550153",
        tags=("message",)),
    Scenario(
        "dev14_law_whispers_outside_the_courtroom_about_her_arrested_brother", "t_law", (
            S("Hi, sorry, I'm whispering, I'm in the hallway outside a courtroom. My brother was "
              "arrested this morning and they're saying he'll be arraigned tomorrow."),
            S("He needs a lawyer. My name is Camille Durand, I'm his sister."),
            S("Please call me back on this number as soon as possible, I'll keep my phone on."),
            S("Yes, that's right. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Camille Durand", "+13125550154", about=r"arrest|arraign|custody",
                          urgent=True),),
        ends_call=True, clock="2026-03-11 16:30", caller="+13125550154",
        tags=("emergency",)),
    Scenario(
        "dev14_law_asks_twice_whether_a_car_accident_review_is_free", "t_law", (
            S("Hello? Can you hear me? Okay. Do you do free consultations for a car accident? "
              "Someone rear-ended me last month.",
              r"free|no charge|no cost|at no|don't charge|zero"),
            S("Sorry, you cut out. Can you say that again?",
              r"free|no charge|no cost|at no|don't charge|zero"),
            S("And could I do it by video instead of coming in?", r"video"),
            S("Okay, great, I'll call back to set it up. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 14:20",
        caller="+13125550155",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        tags=("info",)),
    Scenario(
        "dev14_law_spanish_caller_checks_the_line_about_a_car_accident", "t_law", (
            S("¿Bueno? ¿Me escucha? Perdón, se cortó. Necesito un abogado, tuve un accidente de "
              "carro la semana pasada."),
            S("Me llamo Jorge Salinas."),
            S("Sí, a este número, por favor."),
            S("Sí, gracias. Adiós.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jorge Salinas", "+17735550156",
                          about=r"spanish|español|espanol|accident"),),
        ends_call=True, clock="2026-03-09 10:00", caller="+17735550156",
        tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) ---------------------
    Scenario(
        "dev14_plumb_asks_his_wife_about_saturday_for_a_slow_tub", "t_plumb", (
            S("Hi, our bathtub drain is really slow, nothing's leaking, we'd like someone to come "
              "out and clean it. The address is 48 Maple Avenue, 60614."),
            S("Honey, is Saturday morning okay for the plumber? ... Yeah, she says Saturday's "
              "fine. Saturday at nine, please."),
            S("We own the house. My name is Greg Sullivan, and this number is good."),
            S("Yes, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Greg Sullivan", "+17735550161",
                        about=r"drain|tub|clog|slow"),),
        said=(at(14, "09:00"),), ends_call=True, caller="+17735550161", tags=("booking",)),
    Scenario(
        "dev14_plumb_renter_at_work_wants_the_last_window_thursday", "t_plumb", (
            S("Hi, I'm at work so I can't talk long. Our water heater's making a banging noise. "
              "We still have hot water and nothing's leaking. Can someone take a look?"),
            S("The address is 7 Lakeview Court, 60657. I rent, and my landlord, Bill Turner, "
              "already said it's fine."),
            S("Could you do the end of the day Thursday, your last window? I don't get home till "
              "late."),
            S("Sorry, what was that time again? Five o'clock Thursday is fine. The name's Ines "
              "Carvalho, and this number is good."),
            S("Yes, that's right, go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Ines Carvalho", "+17735550162",
                        about=r"water heater|bang|noise"),),
        said=(at(12, "17:00"),), never_said=(r"leak detection",), ends_call=True,
        clock="2026-03-10 14:00", caller="+17735550162", tags=("booking",)),
    Scenario(
        "dev14_plumb_burst_pipe_on_a_sunday_morning_over_the_noise", "t_plumb", (
            S("Hello? Can you hear me? The water's really loud in here. A pipe burst under my "
              "kitchen sink and there's water everywhere!", r"shut|valve|main"),
            S("Okay, I've shut the main off now, the water's stopped coming. My name is Derek "
              "Osei, that's O, S, E, I. The address is 15 Harbor Street, 60610."),
            S("Call me back on this number, it's my cell. Please send someone as soon as you "
              "can."),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Osei", "+17735550163", about=r"pipe|burst|water|flood|leak",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 08:20", caller="+17735550163",
        tags=("emergency",)),
    Scenario(
        "dev14_plumb_caller_on_a_ladder_wants_a_call_back_about_a_clicking_heater", "t_plumb", (
            S("Hi, can you hear me? I'm up on a ladder, hang on... okay. Your technician replaced "
              "my water heater last week and now it's making a clicking noise. I don't want to "
              "book anything yet, I just want someone to call me back about it."),
            S("Sorry, let me start again. My name is Patricia Lowe, L, O, W, E, at 22 Birchwood "
              "Drive, 60618."),
            S("The number I'm calling from is fine. There's no leak, it's not urgent."),
            S("Yes, that's it. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patricia Lowe", "+17735550164",
                          about=r"water heater|click|warranty|replace", urgent=False),),
        ends_call=True, clock="2026-03-12 18:30", caller="+17735550164",
        tags=("message",)),
    Scenario(
        "dev14_plumb_grabs_her_calendar_and_moves_thursday_to_saturday", "t_plumb", (
            S("Hi, I have a plumber booked for Thursday morning and I need to move it. It's "
              "under Priya Nair, N, A, I, R."),
            S("Hang on, let me grab my calendar... okay, I'm back. Could you do Saturday instead, "
              "eleven in the morning?"),
            S("Yes, move it from Thursday to Saturday at eleven, please."),
            S("No, that's all. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Priya Nair", "+17735550165"),),
        cancelled=("2026-03-12 09:00",), said=(at(14, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-12 09:00", "Priya Nair", "+17735550165"),),
        clock="2026-03-10 11:00", caller="+17735550165", tags=("move",)),
    Scenario(
        "dev14_plumb_cook_on_speaker_asks_the_call_out_fee_twice", "t_plumb", (
            S("Hi, quick question, I'm in the middle of cooking so you're on speaker. What do you "
              "charge just to send someone out to look at a dripping faucet?",
              r"89|eighty[- ]nine"),
            S("Sorry, can you say that again? The fan was on.", r"89|eighty[- ]nine"),
            S("And are you licensed and insured?", r"licensed|insured"),
            S("Are you open tomorrow, on Sunday?", r"closed|not open|aren't open|don't"),
            S("Okay, I'll call back Monday. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 08:10",
        caller="+17735550166", tags=("info",)),
    # --- salon (Tuesday to Saturday; Thursdays to 8, Saturdays 9 to 5; hour-long slots) ----
    Scenario(
        "dev14_salon_on_his_break_wants_the_latest_thursday_cut", "t_salon", (
            S("Hey, I'm on my break so I've got like two minutes. Can I get a men's haircut "
              "Thursday evening, as late as you go?"),
            S("Sorry, what was that time again? Seven o'clock Thursday's perfect. Anyone's fine, "
              "no preference."),
            S("The name's Tyler Grant, and this number's fine."),
            S("Yep, that's right, book it."),
            S("Cool, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 19:00", "Tyler Grant", "+13125550171", about=r"men"),),
        said=(at(12, "19:00"),), ends_call=True, clock="2026-03-10 13:00",
        caller="+13125550171", tags=("booking",)),
    Scenario(
        "dev14_salon_asks_the_blowout_price_again_and_wants_first_thing_saturday", "t_salon", (
            S("Hi! Hello? Oh good, you can hear me. How much is a blowout?",
              r"45|forty[- ]five"),
            S("Sorry, you cut out. Was that forty-five?", r"45|forty[- ]five|yes"),
            S("Great. I'd like one first thing Saturday morning, whenever you open, with anyone "
              "who's free."),
            S("Nine o'clock Saturday is perfect. It's for Bianca Russo, R, U, S, S, O, and this "
              "number's fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Bianca Russo", "+13125550172",
                        about=r"blow"),),
        said=(at(14, "09:00"),), ends_call=True, caller="+13125550172", tags=("booking",)),
    Scenario(
        "dev14_salon_says_next_friday_then_this_friday_and_steps_away", "t_salon", (
            S("Hi, I'd like to book a women's haircut, just a trim and style. I've been there "
              "before."),
            S("Next Friday, no, sorry, this Friday, the 13th, at two in the afternoon. Anyone's "
              "fine."),
            S("Sorry, hold on one second... okay, sorry about that. The name is Megan Leary, and "
              "this number's fine."),
            S("Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 14:00", "Megan Leary", "+13125550173",
                        about=r"women|haircut|trim"),),
        said=(at(13, "14:00"),), never_said=(r"March 20|\b20th\b",), ends_call=True,
        clock="2026-03-10 18:30", caller="+13125550173", tags=("booking",)),
    Scenario(
        "dev14_salon_bride_whispering_at_work_wants_a_call_about_her_wedding", "t_salon", (
            S("Hi, sorry, I'm at work so I'm keeping my voice down. I'm getting married in June "
              "and I'd like to talk to someone about hair for me and five bridesmaids."),
            S("My name is Sofia Marchetti. M, A, R, C, H, E, T, T, I."),
            S("Please have someone call me back on this number after five."),
            S("Yes, that's right. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sofia Marchetti", "+13125550174",
                          about=r"wedding|brid|married", urgent=False),),
        ends_call=True, clock="2026-03-11 11:00", caller="+13125550174",
        tags=("message",)),
    Scenario(
        "dev14_salon_driver_on_speaker_cancels_saturday", "t_salon", (
            S("Hi, I'm driving, so you're on speaker. I need to cancel my appointment on "
              "Saturday."),
            S("It's under Jasmine Cole. C, O, L, E."),
            S("Sorry, you cut out. Yes, please cancel the Saturday one at eleven."),
            S("No, I don't want to rebook right now. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Jasmine Cole", "+13125550175"),),
        clock="2026-03-11 15:00", caller="+13125550175", tags=("cancel",)),
    Scenario(
        "dev14_salon_portuguese_caller_on_a_bad_line", "t_salon", (
            S("Alô? Alô? Está me ouvindo? Desculpa, a ligação está ruim. Eu queria marcar um "
              "corte de cabelo."),
            S("Desculpa, eu não falo inglês. Meu nome é Ana Souza."),
            S("Sim, pode ligar para este número."),
            S("Sim, obrigada. Tchau.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ana Souza", "+13125550176",
                          about=r"portugu|brazil|english|language|idioma"),),
        ends_call=True, clock="2026-03-14 10:30", caller="+13125550176",
        tags=("language",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ----------------
    Scenario(
        "dev14_vet_barking_dog_wants_quarter_to_four_or_four", "t_vet", (
            S("Hi, hello? Can you hear me? Sorry, my dog's barking. I'd like to book a wellness "
              "exam for my dog Biscuit. He's healthy, nothing urgent, and we've been there "
              "before."),
            S("Wednesday, at quarter to four. Or four, if you only do the half hours."),
            S("It's under Rosa Alvarez. He's a beagle, five years old. This number is fine."),
            S("Yes, that's right, book it please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 16:00", "Rosa Alvarez", "+16305550181",
                        about=r"wellness|biscuit|beagle|dog"),),
        said=(at(11, "16:00"),), ends_call=True, clock="2026-03-09 17:15",
        caller="+16305550181", tags=("booking",)),
    Scenario(
        "dev14_vet_mom_asks_her_daughter_then_wants_half_past_ten_saturday", "t_vet", (
            S("Hi, I need to book my cat in for her rabies shot. She's not sick, she's just due."),
            S("Sweetie, can you get the cat carrier out of the garage on Saturday? ... Okay, good. "
              "Saturday, half past ten, please."),
            S("Sorry, what was that? The name is Helen Park, the cat is Mochi, and you can reach "
              "me on this number."),
            S("Yes, that's right, please book it."),
            S("Great, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Helen Park", "+16305550182",
                        about=r"rabies|vaccin|mochi|cat"),),
        said=(at(14, "10:30"),), ends_call=True, clock="2026-03-10 16:00",
        caller="+16305550182", tags=("booking",)),
    Scenario(
        "dev14_vet_driver_checks_the_line_then_the_dog_ate_grapes", "t_vet", (
            S("Hello? Hello, can you hear me?", HEAR),
            S("Sorry, I'm in the car, you cut out there. Okay, I think it's better now."),
            S("My dog just ate a whole bunch of grapes off the counter, about ten minutes ago! "
              "Can I talk to someone there right now?"),
        ),
        outcome="transferred", transfer=True,
        never_said=(r"make (?:him|her|it|them|your dog) (?:vomit|throw up)|hydrogen peroxide",),
        clock="2026-03-12 14:10", caller="+16305550183", overrides=TRANSFER_LINE,
        tags=("emergency",)),
    Scenario(
        "dev14_vet_juggling_groceries_leaves_a_refill_message_on_saturday", "t_vet", (
            S("Hi, I know you're closed, I'm just leaving a message. My cat Pepper is running low "
              "on her thyroid medication and needs a refill. She still has a week's worth, so "
              "there's no rush."),
            S("Sorry, let me start again, I'm juggling the groceries. My name is Dorothy Nguyen, "
              "and Pepper's a patient there."),
            S("Please call me back on this number Monday morning."),
            S("Yes, that's right. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dorothy Nguyen", "+16305550184",
                          about=r"refill|thyroid|medication|pepper", urgent=False),),
        ends_call=True, clock="2026-03-14 12:40", caller="+16305550184",
        tags=("message",)),
    Scenario(
        "dev14_vet_at_work_asks_the_microchip_price_twice_and_saturday_hours", "t_vet", (
            S("Hi, quick question, I'm at work so I'll be fast. How much is it to microchip a "
              "puppy?", r"50|fifty"),
            S("Sorry, can you say that again? Someone was talking to me.", r"50|fifty"),
            S("And what are your hours on Saturday?",
              r"(?:8|eight)[^.]{0,30}(?:12|noon|twelve)"),
            S("Okay, perfect, thanks. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 12:30",
        caller="+16305550185", tags=("info",)),
    Scenario(
        "dev14_vet_dog_walker_gets_inside_and_asks_for_a_person", "t_vet", (
            S("Hello? Hi, sorry, I'm on a bad line, I'm out walking the dog. Can you hear me?",
              HEAR),
            S("Sorry, you broke up. Okay, I'm back inside now, it's quieter."),
            S("I'd like to speak to someone there about my dog's blood test results, a real "
              "person, please."),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:30", caller="+16305550186",
        overrides=TRANSFER_LINE, tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev14_auto_commuter_on_speaker_wants_half_past_ten_thursday", "t_auto", (
            S("Hi, I'm on my way to work so you're on speaker. I need an oil change for a 2019 "
              "Subaru Outback, about forty-two thousand miles."),
            S("Thursday, half past ten. I'll drop it off and pick it up after work."),
            S("Sorry, what was that? Ten thirty on Thursday. The name's Raymond Cho, and this "
              "number's fine."),
            S("Yes, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:30", "Raymond Cho", "+16305550191", about=r"oil"),),
        said=(at(12, "10:30"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+16305550191", tags=("booking",)),
    Scenario(
        "dev14_auto_checks_the_rotation_price_and_wants_first_thing_saturday", "t_auto", (
            S("Hey, how much is a tire rotation?", r"29|twenty[- ]nine"),
            S("Sorry, you cut out. Twenty-nine, you said?", r"29|twenty[- ]nine|yes"),
            S("Okay, let's do it. It's a 2016 Toyota Tacoma. First thing Saturday morning, "
              "whenever you open. I'll wait for it."),
            S("Eight o'clock Saturday, perfect. The name's Luis Ortega, and this number's good."),
            S("Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Luis Ortega", "+16305550192",
                        about=r"tire|rotation"),),
        said=(at(14, "08:00"),), ends_call=True, clock="2026-03-11 17:30",
        caller="+16305550192", tags=("booking",)),
    Scenario(
        "dev14_auto_pulls_over_and_wants_a_week_from_today_after_three", "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing, and the "
              "car drives fine. It's a 2014 Honda Accord."),
            S("Hang on, let me pull over... okay, I'm parked. Could I bring it in a week from "
              "today, anytime after three? Half past three would be ideal."),
            S("The name's Nadia Petrov, and you can reach me on this number."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:30", "Nadia Petrov", "+16305550193",
                        about=r"check engine|diagnos|light"),),
        said=(at(16, "15:30"),), ends_call=True, clock="2026-03-09 12:20",
        caller="+16305550193", tags=("booking",)),
    Scenario(
        "dev14_auto_brake_pedal_goes_to_the_floor_while_driving", "t_auto", (
            S("Hi, I'm driving right now, you're on speaker. My brake pedal just went almost all "
              "the way to the floor and there's a grinding noise!",
              r"pull over|not (?:to )?drive|don't drive|stop driving|tow|safe"),
            S("Okay, okay, I pulled into a gas station. I'm off the road now. It's a 2012 Ford "
              "Escape."),
            S("My name is Samuel Adeyemi. Can someone call me back about getting it towed to you? "
              "This number's my cell."),
            S("Yes, please. Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Samuel Adeyemi", "+16305550194", about=r"brake", urgent=True),),
        never_said=(r"safe to (?:keep )?driv",),
        ends_call=True, clock="2026-03-13 17:20", caller="+16305550194",
        tags=("emergency",)),
    Scenario(
        "dev14_auto_dropped_call_caller_wants_news_of_his_mazda_after_closing", "t_auto", (
            S("Hi, it's me again, sorry, the call dropped. My car's been at your shop since "
              "Monday, a gray Mazda 3, and I haven't heard anything about it."),
            S("My name is Eleanor Voss. V, O, S, S. Can the service advisor call me tomorrow "
              "morning?"),
            S("This number's fine. It's my cell."),
            S("Yes. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Eleanor Voss", "+16305550195",
                          about=r"mazda|update|status|car|heard", urgent=False),),
        never_said=(FALSE_TRANSFER, r"(?:is|will be) ready"),
        ends_call=True, clock="2026-03-10 18:20", caller="+16305550195",
        tags=("message",)),
    Scenario(
        "dev14_auto_caller_drives_into_a_tunnel", "t_auto", (
            S("Hi, I'd like to get my car in for a brake inspection, hello? Hello? You're "
              "breaking up, I'm going into a tunnel..."),
            silent(r"still there|hear me|are you there|there\?"),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-11 08:45", caller="+16305550196",
        tags=("hangup",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays noon to 4; half-hour slots)
    Scenario(
        "dev14_homes_asks_her_partner_then_wants_half_past_two_sunday", "t_homes", (
            S("Hi, we saw the listing for 310 Willow Street and we'd like to see it. We're "
              "buying, we're pre-approved, and we don't have an agent."),
            S("Babe, does Sunday afternoon work for you? ... Yeah, okay. Sunday at half past two, "
              "please."),
            S("Sorry, you cut out. Half past two on Sunday, under Jordan Ellis, and this number's "
              "fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 14:30", "Jordan Ellis", "+12245550201",
                        about=r"willow|310|showing"),),
        said=(at(15, "14:30"),), ends_call=True, clock="2026-03-12 19:10",
        caller="+12245550201", tags=("booking",)),
    Scenario(
        "dev14_homes_seller_says_wednesday_no_wait_thursday_at_five", "t_homes", (
            S("Hi, I'm thinking of selling my house and I'd like an agent to come do a valuation. "
              "It's 95 Cedar Lane, and it's not listed with anyone."),
            S("Could someone come Wednesday, no wait, I'm working late Wednesday. Thursday. "
              "Thursday at five o'clock."),
            S("My name is Victor Lind, and this number is the best one."),
            S("Yes, that's right, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Victor Lind", "+12245550202",
                        about=r"valuation|listing|sell|cedar"),),
        said=(at(12, "17:00"),), never_said=(at(11, "17:00"),), ends_call=True,
        clock="2026-03-09 10:00", caller="+12245550202", tags=("booking",)),
    Scenario(
        "dev14_homes_at_work_wants_karen_to_call_back_about_aspen_court", "t_homes", (
            S("Hi, hello? Can you hear me now? Okay, good. Karen showed us the house on 12 Aspen "
              "Court last week and I'd like her to call me back, we have some questions."),
            S("Sorry, I'm at work, I can't really talk. My name is Omar Siddiqui, and she can "
              "call me on this number after six."),
            S("I don't want to book anything right now, just a call back, please."),
            S("Yes, that's right. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Omar Siddiqui", "+12245550203", about=r"aspen|karen|question",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 13:15", caller="+12245550203",
        tags=("message",)),
    Scenario(
        "dev14_homes_starts_again_and_moves_friday_to_the_end_of_saturday", "t_homes", (
            S("Hi, I have a showing booked Friday afternoon and, sorry, let me start again, my "
              "kid's yelling. I need to move my showing from Friday to Saturday."),
            S("It's under Chloe Bennett, B, E, N, N, E, T, T."),
            S("Saturday, at the end of the day, your last time slot. Half past four, if you have "
              "it."),
            S("Yes, please move it to Saturday at four thirty."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 16:30", "Chloe Bennett", "+12245550204"),),
        cancelled=("2026-03-13 16:00",), said=(at(14, "16:30"),), ends_call=True,
        seed=(Seed("2026-03-13 16:00", "Chloe Bennett", "+12245550204"),),
        clock="2026-03-10 12:00", caller="+12245550204", tags=("move",)),
    Scenario(
        "dev14_homes_noisy_kitchen_asks_about_signing_and_sunday_hours", "t_homes", (
            S("Hi, quick question. Do I have to sign anything before I tour a home with one of "
              "your agents?", r"agreement|sign"),
            S("Sorry, can you say that again? The kids are really loud.", r"agreement|sign"),
            S("And are you open on Sundays?", r"(?:12|noon|twelve)[^.]{0,30}(?:4|four)"),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:00",
        caller="+12245550205", tags=("info",)),
    Scenario(
        "dev14_homes_agent_in_her_car_wants_the_listing_agent_for_an_offer", "t_homes", (
            S("Hi, hello? Sorry, I'm in my car, can you hear me okay?", HEAR),
            S("Great, that's better, the signal dropped for a second there."),
            S("I'm an agent with Lakeshore Realty, and I have a buyer who wants to make an offer "
              "on 27 Juniper Road. Can you put me through to the listing agent, please?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 15:00", caller="+12245550206",
        overrides=TRANSFER_LINE, tags=("person",)),
]
