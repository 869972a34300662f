"""An eighth development set: 48 scripted callers, six in each of the fleet's eight trades, who
are terse, businesslike and impatient, and who correct the receptionist.

Written by a helper session (branch dev-callers-8) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to seventh development sets' lists; only the
seventh set's module docstring for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the shape from
tests/scenarios/dev_set_shape.py.

What makes it different: the callers say as little as they can. Many lines are one or two words
("Cleaning." "Anyone." "Price?" "Ann Lee." "This number."), a day and a time come clipped
("Thursday the 12th. Ten AM." "Friday the 13th. 8:30."), and questions are answered with
questions ("Any afternoon next week?" "What times Thursday?"). Callers correct what they assume
was misheard, restating the whole thing ("No, I said Monday. Monday the 16th, two in the
afternoon." "No, seven in the evening, not the morning."), give a callback number other than the
one they ring from, in digits with dashes ("Use 201-555-0138, not this phone.") or in words
("six four six, five five five, zero one two nine"), and ask for the earliest or any afternoon
before naming the slot they take. Several ring when the business is closed (a Sunday or Monday,
an evening, the middle of the night, via `clock=`) and still book, leave a message or report an
emergency. Policy questions are asked in their own clipped words, never the FAQ's ("Late cancel,
how much notice?" "Health savings card, okay?" "Running late sometimes. What happens?" "Free
estimates?" "Sign anything before tours?"). Emergencies are short and blunt (a tooth knocked out
with bleeding that won't stop, chest pain with a numb arm, a son in custody, a burst pipe, a face
swelling after colour, a break-in at a rental, a cat that licked antifreeze, a brake pedal gone to
the floor on the highway shoulder). Every `Say(..., expect=..., avoid=...)` pattern is loose and
case-insensitive so any good wording passes, and every price, hour and policy it looks for is the
business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev8

which prints `RESULT dev8_pass_rate=`, measured and never gated.
Its first run, on main at 36f17aa (the engine of 38c85a7) before anyone had read a transcript
of it: 27/48 = 0.562.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's accepting line clearly accepts it, restating the day and
time (a caller with a second task asks it after that line). Only a call with `overrides` carrying
a transfer number, inside opening hours, has a line to transfer to (the caller asks for a person
only in the last line); elsewhere a caller who needs a person leaves a message. An emergency ends
with an urgent message; a routine message is not urgent. Bookings are at least two days after
the call's own day, on the business's appointment grid inside its opening hours: dental 60
minutes from 8 AM (Friday until 2 PM), clinic 20 minutes from 8 AM, law 60 minutes from 9 AM,
plumbing 120 minutes from 7 AM (Saturday too), salon 60 minutes from 10 AM (9 AM on Saturday,
until 8 PM on Thursday, closed Sunday and Monday), real estate 30 minutes (Saturday from 10 AM,
Sunday noon to 4 PM), vet 30 minutes from 8 AM (Saturday until noon), and the auto shop 60
minutes from 7:30 AM on weekdays and on the hour from 8 AM on Saturdays. A vet booking is in the
owner's name; a message is in the caller's own name even when it is about someone else. A move or
a cancellation rings from the number the seeded appointment was booked with, and the caller gives
the name it is under. A caller who ends with a goodbye ("bye") expects the receptionist to end
the call; one who does not, does not.

The mix (the first tag is the kind, the second "terse"): 16 bookings (two per trade; one in each
trade corrects a day or time or gives another callback number, and several ring while the
business is closed), 4 moves (law, plumbing, salon, vet; the salon caller then asks what happens
when running late) and 4 cancellations (dental and clinic, each then asking about notice or a
fee, real estate, auto) of seeded appointments, 8 emergencies (one per trade, every one of
them in the evening or at night, after closing time), 8 messages (one per
trade: X-rays for a new dentist, a blood-pressure refill after how long it takes, a copy of a
client's file, a kitchen faucet quote, a stylist asked about toning, renting out a condo, vaccine
records for a kennel, warranty paperwork), 4 transfers (dental billing after paying by health
savings card, law after notice and phone consultations, a salon wedding party after the
late-cancellation charge and tips, an auto customer whose car is in the shop after the alignment
price and when to pay) and 4 calls that end with information only (clinic insurance, what to
bring and same-day visits; plumbing licence, estimates and cheques; real estate's buyer
agreement, what to bring and Sunday hours; the vet's animals, payment and notice).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed

S = Say
LINE = {"transfer_number": TRANSFER_NUMBER}
BOOKED = r"all set|booked|confirm|scheduled|see you|got you down|you're in|reserved"
MOVED = r"moved|all set|booked|rescheduled|confirm|see you|changed|got you down"
CANCELLED = r"cancel"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|moment"
PASSED = r"pass|message|call you back|get back to you|be in touch|someone will|let (?:the|them|our)"
BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|thank"
NOT_BOOKED = r"you're all set|is booked|i've booked|got you down"
T = "terse"

DEV_CALLERS_8: tuple[Scenario, ...] = (
    # --- dental (t_dental): Mon-Thu 8-17, Fri 8-14, 60-minute grid --------------------------
    Scenario(
        "dev8_dental_one_word_cleaning_booking", "t_dental", (
            S("Cleaning."),
            S("Existing patient. Been before."),
            S("Thursday the 12th. Ten AM."),
            S("Ann Lee."),
            S("Yes. Thursday the 12th at 10 AM. Book it.", BOOKED),
            S("No. Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-12 10:00", "Ann Lee", about=r"clean"),),
        ends_call=True, tags=("booking", T)),
    Scenario(
        "dev8_dental_corrects_the_day_and_gives_another_number", "t_dental", (
            S("Checkup. New patient. Monday the 16th, 2 PM."),
            S("No, I said Monday. Monday the 16th, two in the afternoon."),
            S("Raj Mehta."),
            S("Not this phone. Call me on 646-555-0182."),
            S("Correct. Monday the 16th at 2 PM. Go ahead, book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Raj Mehta", "+16465550182",
                        about=r"check|exam|new patient"),),
        clock="2026-03-14 11:00", tags=("booking", T)),
    Scenario(
        "dev8_dental_cancels_then_asks_how_much_warning", "t_dental", (
            S("Cancel my appointment. Tom Reyes.", r"friday|13|9|nine|name"),
            S("Yes. Cancel it.", CANCELLED),
            S("Next time, how far ahead do I have to tell you?", r"24|twenty-four"),
            S("Fine. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:00",), ends_call=True,
        seed=(Seed("2026-03-13 09:00", "Tom Reyes", CALLER),), tags=("cancel", T)),
    Scenario(
        "dev8_dental_knocked_out_tooth_at_night", "t_dental", (
            S("Tooth knocked out. Hockey. Bleeding won't stop.", r"911|emergency room"),
            S("Marco Bell."),
            S("This number."),
            S("Urgent. Have the dentist call first thing. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marco Bell", about=r"tooth|knock|bleed", urgent=True),),
        ends_call=True, clock="2026-03-10 22:30", tags=("emergency", T)),
    Scenario(
        "dev8_dental_xrays_for_a_new_dentist_message", "t_dental", (
            S("Message for the office. Not urgent."),
            S("Lena Fox."),
            S("Call me back on five one zero, five five five, zero one three six."),
            S("Want my X-rays sent to my new dentist in Boston."),
            S("That's all. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lena Fox", "+15105550136", about=r"x-?ray", urgent=False),),
        ends_call=True, tags=("message", T)),
    Scenario(
        "dev8_dental_health_savings_card_then_billing", "t_dental", (
            S("Payment question. Health savings card, okay?", r"HSA|health savings|yes"),
            S("My share. Due when?", r"time of (?:the|your) visit|at (?:the|your) visit|due"),
            S("Okay. Let me talk to someone in billing.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, tags=("transfer", T)),
    # --- clinic (t_clinic): Mon-Fri 8-17, 20-minute grid ------------------------------------
    Scenario(
        "dev8_clinic_any_afternoon_next_week_physical", "t_clinic", (
            S("Physical. Annual."),
            S("Established. Seen there before."),
            S("Any afternoon next week?"),
            S("Monday the 16th at 1:20 then."),
            S("Nora Quinn."),
            S("Yes. Monday the 16th at 1:20 PM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:20", "Nora Quinn", about=r"physical"),),
        tags=("booking", T)),
    Scenario(
        "dev8_clinic_evening_caller_corrects_the_time", "t_clinic", (
            S("Sick visit. Thursday?"),
            S("What times Thursday?"),
            S("Thursday the 12th, 9:40 AM."),
            S("No, I said nine forty. Nine forty in the morning, Thursday the 12th."),
            S("Owen Park."),
            S("Yes. Thursday the 12th at 9:40 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:40", "Owen Park", about=r"sick"),),
        clock="2026-03-10 18:30", tags=("booking", T)),
    Scenario(
        "dev8_clinic_cancels_then_asks_about_a_no_show_charge", "t_clinic", (
            S("Cancelling. Ida Brooks. Tuesday the 17th.", r"17|tuesday|10:20|ten twenty|name"),
            S("Yes, cancel.", CANCELLED),
            S("Skipping without calling. Would you charge me?", r"fee|charge|24|twenty-four"),
            S("Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-17 10:20",), ends_call=True,
        seed=(Seed("2026-03-17 10:20", "Ida Brooks", CALLER),), tags=("cancel", T)),
    Scenario(
        "dev8_clinic_father_with_chest_pain_in_the_evening", "t_clinic", (
            S("My dad. Chest pain. Left arm's numb.", r"911"),
            S("Ambulance is coming. Leave the doctor an urgent message."),
            S("Sara Lind."),
            S("This number. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sara Lind", about=r"chest|dad|father|arm", urgent=True),),
        ends_call=True, clock="2026-03-11 20:00", tags=("emergency", T)),
    Scenario(
        "dev8_clinic_refill_message_after_how_long", "t_clinic", (
            S("Refill. Lisinopril. Walgreens on Main."),
            S("How long does that take?", r"two business days|2 business days"),
            S("Paul Grant."),
            S("Number is 415 555 0161."),
            S("Fine. Not urgent. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Paul Grant", "+14155550161", about=r"refill|lisinopril",
                          urgent=False),),
        tags=("message", T)),
    Scenario(
        "dev8_clinic_insurance_what_to_bring_same_day", "t_clinic", (
            S("Insurance. You take most plans?", r"most major|insurance", NOT_BOOKED),
            S("First visit. What do I bring?", r"photo ID|insurance card|medication", NOT_BOOKED),
            S("Same day visits, possible?", r"same[- ]day|early", NOT_BOOKED),
            S("Okay. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", T)),
    # --- law (t_law): Mon-Fri 9-17, 60-minute grid ------------------------------------------
    Scenario(
        "dev8_law_clipped_contract_consultation", "t_law", (
            S("Consultation. Contract dispute."),
            S("Supplier didn't deliver. Acme Tiles."),
            S("No court date. No lawyer."),
            S("Wednesday the 18th. Eleven."),
            S("Hugo Lam."),
            S("Yes. Wednesday the 18th at 11 AM works. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Hugo Lam", about=r"contract|supplier"),),
        tags=("booking", T)),
    Scenario(
        "dev8_law_sunday_evening_will_by_video_number_in_words", "t_law", (
            S("Estate planning. A will. Video call."),
            S("Earliest you have?"),
            S("Tuesday the 17th at 2 PM then."),
            S("Mia Novak."),
            S("Call me on six four six, five five five, zero one two nine."),
            S("Yes. Tuesday the 17th at 2 PM, by video. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 14:00", "Mia Novak", "+16465550129",
                        about=r"will|estate"),),
        clock="2026-03-15 19:00", tags=("booking", T)),
    Scenario(
        "dev8_law_moves_a_consultation_and_corrects_the_day", "t_law", (
            S("Need to move my consultation. Carl Ng.", r"thursday|12|10|ten|name"),
            S("Friday the 13th. Three PM."),
            S("No, I said Friday. Friday the 13th at 3 PM."),
            S("Yes. Friday the 13th at 3 PM. Move it.", MOVED),
            S("Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-13 15:00", "Carl Ng"),),
        cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Carl Ng", CALLER),), tags=("move", T)),
    Scenario(
        "dev8_law_son_in_custody_at_night", "t_law", (
            S("My son's been arrested. He's in custody now.", r"urgent|as soon as|right away"),
            S("Beth Ruiz."),
            S("Call me on 917-555-0148."),
            S("Urgent. First thing. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beth Ruiz", "+19175550148", about=r"arrest|custody|son",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 23:15", tags=("emergency", T)),
    Scenario(
        "dev8_law_file_copy_message_same_number", "t_law", (
            S("Existing client. Need a copy of my file. Not urgent."),
            S("Dev Shah."),
            S("Number? Same one I'm calling from."),
            S("Just the file copy, for my accountant. That's it.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Dev Shah", about=r"file|cop", urgent=False),),
        tags=("message", T)),
    Scenario(
        "dev8_law_notice_and_phone_consult_then_an_attorney", "t_law", (
            S("Rescheduling rule. How much warning do you need?", r"24|twenty-four"),
            S("Consult by phone? Not in person?", r"phone|video"),
            S("Get me an attorney on the line.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:00", overrides=LINE,
        tags=("transfer", T)),
    # --- plumbing (t_plumb): Mon-Sat 7-19, 120-minute grid ----------------------------------
    Scenario(
        "dev8_plumb_clogged_sink_price_then_thursday", "t_plumb", (
            S("Clogged drain. Bathroom sink."),
            S("22 Birch Lane, 10004."),
            S("Not leaking. I own it."),
            S("Price?", r"225|two hundred (?:and )?twenty[- ]five|89|eighty[- ]nine"),
            S("Thursday the 12th. 9 AM."),
            S("Kim Tran."),
            S("Yes. Thursday the 12th at 9 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Kim Tran", about=r"drain|clog|sink"),),
        tags=("booking", T)),
    Scenario(
        "dev8_plumb_evening_water_heater_any_afternoon", "t_plumb", (
            S("Water heater. No hot water."),
            S("5 Cedar Court, 10005."),
            S("Any afternoon next week?"),
            S("Monday the 16th, 1 PM. That one."),
            S("Leo Grant."),
            S("Use 212-555-0173, not this phone."),
            S("Yes. Monday the 16th at 1 PM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Leo Grant", "+12125550173",
                        about=r"water heater|hot water"),),
        clock="2026-03-11 20:30", tags=("booking", T)),
    Scenario(
        "dev8_plumb_moves_a_visit_to_saturday", "t_plumb", (
            S("Move my visit. Ray Cole.", r"friday|13|11|eleven|name"),
            S("Saturday the 14th. Morning. Nine."),
            S("Yes. Saturday the 14th at 9 AM. Move it.", MOVED),
            S("Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Ray Cole"),),
        cancelled=("2026-03-13 11:00",), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Ray Cole", CALLER),), tags=("move", T)),
    Scenario(
        "dev8_plumb_burst_pipe_in_the_night", "t_plumb", (
            S("Pipe burst. Water everywhere. Basement.", r"shut|valve|main|urgent"),
            S("Main's off now."),
            S("Jo Hart."),
            S("8 Ash Street, 10006."),
            S("Urgent. Send someone. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jo Hart", about=r"pipe|burst|water|flood|basement", urgent=True),),
        ends_call=True, clock="2026-03-14 02:00", tags=("emergency", T)),
    Scenario(
        "dev8_plumb_kitchen_faucet_quote_message", "t_plumb", (
            S("Message. Not urgent."),
            S("Want someone to call about putting in a new kitchen faucet."),
            S("Ella Moss."),
            S("Call 347-555-0115."),
            S("That's all.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Ella Moss", "+13475550115", about=r"faucet", urgent=False),),
        tags=("message", T)),
    Scenario(
        "dev8_plumb_licensed_estimates_cheques", "t_plumb", (
            S("Licensed? Insured?", r"licensed|insured", NOT_BOOKED),
            S("Free estimates?", r"89|eighty[- ]nine|service call|fee|quote", NOT_BOOKED),
            S("Take checks?", r"check|cheque|yes", NOT_BOOKED),
            S("Okay. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", T)),
    # --- salon (t_salon): Tue-Fri 10-19, Thu to 20, Sat 9-17, 60-minute grid -----------------
    Scenario(
        "dev8_salon_mens_cut_price_and_friday", "t_salon", (
            S("Men's cut."),
            S("Price?", r"35|thirty[- ]five"),
            S("Anyone."),
            S("Friday the 13th. Eleven."),
            S("Sam Ito."),
            S("Yes. Friday the 13th at 11 AM. Book it.", BOOKED),
            S("Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Sam Ito", about=r"men|hair ?cut"),),
        ends_call=True, tags=("booking", T)),
    Scenario(
        "dev8_salon_monday_caller_corrects_evening_blowout", "t_salon", (
            S("Blowout. Thursday the 19th. 7 PM."),
            S("No, I said seven in the evening. Thursday the 19th, 7 PM."),
            S("No preference."),
            S("Ava Cruz."),
            S("Yes. Thursday the 19th at 7 PM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Ava Cruz", about=r"blow"),),
        clock="2026-03-16 10:00", tags=("booking", T)),
    Scenario(
        "dev8_salon_moves_to_saturday_then_asks_about_lateness", "t_salon", (
            S("Moving my appointment. Lily Chen.", r"thursday|12|2|two|name"),
            S("Saturday the 14th. Ten AM."),
            S("No, I said Saturday. The 14th. Ten in the morning."),
            S("Yes. Saturday the 14th at 10 AM. Move it.", MOVED),
            S("Running late sometimes. What happens?", r"fifteen|15|shorten|reschedul"),
            S("Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Lily Chen"),),
        cancelled=("2026-03-12 14:00",), ends_call=True, clock="2026-03-10 11:00",
        seed=(Seed("2026-03-12 14:00", "Lily Chen", CALLER),), tags=("move", T)),
    Scenario(
        "dev8_salon_face_swelling_after_colour_in_the_evening", "t_salon", (
            S("Had color today. Face swelling. Hard to breathe.", r"911"),
            S("Calling 911 now. Tell the stylist. Urgent."),
            S("Nina Vale."),
            S("This number. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nina Vale", about=r"swell|breath|colou?r|dye|reaction",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 20:30", tags=("emergency", T)),
    Scenario(
        "dev8_salon_toning_question_for_the_stylist", "t_salon", (
            S("Message for my stylist. Not urgent."),
            S("About toning my color next month."),
            S("Rosa Lim."),
            S("Call five five one, five five five, zero one nine two."),
            S("That's it. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Lim", "+15515550192", about=r"ton|colou?r", urgent=False),),
        ends_call=True, clock="2026-03-10 11:00", tags=("message", T)),
    Scenario(
        "dev8_salon_late_call_off_charge_then_wedding_party", "t_salon", (
            S("If I call off late, is there a charge?", r"24|twenty-four|fee|charge"),
            S("Tip on the card, okay?", r"tip|card"),
            S("Wedding party, six people. Put me through to someone.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:00", overrides=LINE,
        tags=("transfer", T)),
    # --- real estate (t_homes): Mon-Fri 9-18, Sat 10-17, Sun 12-16, 30-minute grid -----------
    Scenario(
        "dev8_homes_sunday_showing_in_few_words", "t_homes", (
            S("Showing. 40 Grove Street."),
            S("Buying. Pre-approved. No agent."),
            S("Sunday the 15th. 1:30."),
            S("Ben Ortiz."),
            S("Yes. Sunday the 15th at 1:30 PM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Ben Ortiz", about=r"show|grove|buy"),),
        tags=("booking", T)),
    Scenario(
        "dev8_homes_saturday_evening_valuation_with_a_correction", "t_homes", (
            S("Selling. Valuation appointment."),
            S("Monday the 16th, 9:30 AM."),
            S("No, nine thirty. Monday the 16th, nine thirty in the morning."),
            S("Hal Price."),
            S("Number: 718-555-0164."),
            S("Yes. Monday the 16th at 9:30 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:30", "Hal Price", "+17185550164",
                        about=r"valu|sell|list"),),
        clock="2026-03-14 18:30", tags=("booking", T)),
    Scenario(
        "dev8_homes_cancels_a_showing", "t_homes", (
            S("Cancel the showing. Zoe Hart.", r"thursday|12|4:30|four thirty|name"),
            S("Yes. Cancel.", CANCELLED),
            S("Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 16:30",), ends_call=True,
        seed=(Seed("2026-03-12 16:30", "Zoe Hart", CALLER),), tags=("cancel", T)),
    Scenario(
        "dev8_homes_break_in_at_a_rental_at_night", "t_homes", (
            S("Tenant at 9 Pine Street. Door smashed in. Break-in.", r"911"),
            S("Police are on the way. Tell the property manager. Urgent."),
            S("Eli Ward."),
            S("This number. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Eli Ward", about=r"break|door|pine|police", urgent=True),),
        ends_call=True, clock="2026-03-12 21:00", tags=("emergency", T)),
    Scenario(
        "dev8_homes_condo_to_rent_out_message", "t_homes", (
            S("Message for an agent. No rush."),
            S("Want to rent out my condo. Need it managed."),
            S("Ivy Stone."),
            S("Call 415-555-0107."),
            S("That's all.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Ivy Stone", "+14155550107", about=r"rent|condo|manag",
                          urgent=False),),
        tags=("message", T)),
    Scenario(
        "dev8_homes_paperwork_what_to_bring_sunday_hours", "t_homes", (
            S("Sign anything before tours?", r"agreement|sign", NOT_BOOKED),
            S("Bring what to a showing?", r"photo ID|pre-?approval", NOT_BOOKED),
            S("Sunday hours?", r"noon|12|four|4", NOT_BOOKED),
            S("Okay. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", T)),
    # --- vet (t_vet): Mon-Fri 8-18, Sat 8-12, 30-minute grid ---------------------------------
    Scenario(
        "dev8_vet_rabies_shot_price_then_friday", "t_vet", (
            S("Rabies shot. Dog. Not sick."),
            S("Existing client. Max. Beagle. Four."),
            S("Price?", r"30|thirty"),
            S("Friday the 13th. 8:30."),
            S("Tess Young."),
            S("Yes. Friday the 13th at 8:30 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:30", "Tess Young", about=r"rabies|vacc"),),
        tags=("booking", T)),
    Scenario(
        "dev8_vet_sunday_caller_books_a_saturday_for_a_new_cat", "t_vet", (
            S("Cat. Wellness exam. New client. Not sick."),
            S("Price?", r"65|sixty[- ]five|75|seventy[- ]five"),
            S("Saturday the 21st. 10:30."),
            S("Pia Holm."),
            S("Mobile's better: nine one seven, five five five, zero one five three."),
            S("Yes. Saturday the 21st at 10:30 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:30", "Pia Holm", "+19175550153",
                        about=r"wellness|cat|exam"),),
        clock="2026-03-15 10:00", tags=("booking", T)),
    Scenario(
        "dev8_vet_moves_a_checkup_and_corrects_the_day", "t_vet", (
            S("Reschedule. Gus Lowe. Dog's checkup.", r"thursday|12|3|three|name"),
            S("Monday the 16th. 8 AM."),
            S("No, I said Monday. The 16th, eight in the morning."),
            S("Yes. Monday the 16th at 8 AM. Move it.", MOVED),
            S("Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-16 08:00", "Gus Lowe"),),
        cancelled=("2026-03-12 15:00",), ends_call=True,
        seed=(Seed("2026-03-12 15:00", "Gus Lowe", CALLER),), tags=("move", T)),
    Scenario(
        "dev8_vet_cat_licked_antifreeze_at_night", "t_vet", (
            S("Cat. Antifreeze. Licked it off the garage floor.",
              r"emergency animal hospital|emergency hospital|poison"),
            S("Going now. Tell the vet. Urgent."),
            S("Ada Fry."),
            S("This number. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ada Fry", about=r"antifreeze|cat", urgent=True),),
        ends_call=True, clock="2026-03-11 23:00", tags=("emergency", T)),
    Scenario(
        "dev8_vet_vaccine_records_for_a_kennel_message", "t_vet", (
            S("Message. Not urgent."),
            S("Send my dog's vaccine records to a boarding kennel."),
            S("Ken Diaz."),
            S("Number's 646-555-0117."),
            S("That's all. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ken Diaz", "+16465550117", about=r"record|vaccin|kennel",
                          urgent=False),),
        ends_call=True, tags=("message", T)),
    Scenario(
        "dev8_vet_rabbits_payment_and_notice", "t_vet", (
            S("Rabbits. You see them?", r"dogs and cats|dog|cat", NOT_BOOKED),
            S("Pay when?", r"time of (?:the|your) visit|at (?:the|your) visit|due", NOT_BOOKED),
            S("Can't make it, how much warning?", r"24|twenty-four", NOT_BOOKED),
            S("Okay. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", T)),
    # --- auto (t_auto): Mon-Fri 7:30-18 on the half hour, Sat 8-15 on the hour ---------------
    Scenario(
        "dev8_auto_oil_change_price_then_thursday", "t_auto", (
            S("Oil change. Synthetic."),
            S("2019 Subaru Outback. Sixty thousand miles."),
            S("Price?", r"89|eighty[- ]nine"),
            S("Thursday the 12th, 7:30 AM. I'll wait."),
            S("Dan Fox."),
            S("Yes. Thursday the 12th at 7:30 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Dan Fox", about=r"oil"),),
        tags=("booking", T)),
    Scenario(
        "dev8_auto_evening_caller_corrects_saturday_and_number", "t_auto", (
            S("Check engine light's on. Steady. 2016 Ford F-150."),
            S("Saturday the 14th. Ten."),
            S("No, I said Saturday. Saturday the 14th at 10 AM."),
            S("Lou Park."),
            S("Use 201-555-0138, not this phone."),
            S("Yes. Saturday the 14th at 10 AM. Book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Lou Park", "+12015550138",
                        about=r"engine|diagnos"),),
        clock="2026-03-11 19:30", tags=("booking", T)),
    Scenario(
        "dev8_auto_cancels_friday", "t_auto", (
            S("Cancel. Vic Hale. Friday.", r"friday|13|1:30|one thirty|name"),
            S("Yes, cancel it.", CANCELLED),
            S("Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 13:30",), ends_call=True,
        seed=(Seed("2026-03-13 13:30", "Vic Hale", CALLER),), tags=("cancel", T)),
    Scenario(
        "dev8_auto_brake_pedal_on_the_floor_at_night", "t_auto", (
            S("Brake pedal went to the floor. I'm on the highway shoulder.",
              r"911|tow|not drive|don't drive"),
            S("Nobody hurt. Tow's bringing it to you. Tell the shop. Urgent."),
            S("Ron Sato."),
            S("This number. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ron Sato", about=r"brake", urgent=True),),
        ends_call=True, clock="2026-03-10 21:00", tags=("emergency", T)),
    Scenario(
        "dev8_auto_warranty_paperwork_message", "t_auto", (
            S("Message for a service advisor. Not urgent."),
            S("Need a copy of my warranty paperwork from last month's repair."),
            S("Amy Roth."),
            S("Call seven three two, five five five, zero one two one."),
            S("That's it. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Amy Roth", "+17325550121", about=r"warranty", urgent=False),),
        ends_call=True, tags=("message", T)),
    Scenario(
        "dev8_auto_alignment_price_then_the_advisor", "t_auto", (
            S("Alignment. Price?", r"129|one hundred (?:and )?twenty[- ]nine"),
            S("Pay at drop-off or pickup?", r"pick ?up|pick it up|collect"),
            S("My car's already there. Put me through to my service advisor.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, tags=("transfer", T)),
)
