"""A ninth development set: 48 scripted callers, six in each of the fleet's eight trades, in a
held-out-like mix of ordinary callers.

Written by a helper session (branch dev-callers-9) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to eighth development sets' lists; only the
eighth set's module docstring and its test file, for the conventions). The businesses' facts come
only from tenants/profession_data.py and the fleet in tests/factories.py; the format and the
judging from tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the shape
from tests/scenarios/dev_set_shape.py (every rule of it but the kinds' numbers: this set keeps its
own mix, KINDS_9 below).

What makes it different: neither terse nor chatty nor garbled, the callers are ordinary people
of different ages and temperaments, as someone writing a fresh, independent test set would
imagine them, in the mix of kinds of the hidden test set it stands in for (20 bookings, 8
messages, 6 emergencies, 4 moves or cancellations, 4 question-only calls, 3 asks for a person, 2
callers who speak Spanish, 1 early hang-up). Some give several details in one breath ("I'm an
existing patient, it's been about a year, ... Thursday the 19th, around ten?"), some answer a
question with a question ("Do you come out Saturdays?"), some are unsure ("Maybe Monday? Or
Tuesday, whichever is easier."), some give their name and number before they are asked, some ask
a side question mid-booking (a price, what to bring, what happens when running late), and some
correct a day, a time or the number to call. A few ring when the business is closed (before
opening, in the evening, on a closed day, late at night, via `clock=`) and still book, leave a
message or report an emergency. Emergencies are everyday ones (a tooth knocked out with bleeding
that won't stop, chest pain with a numb arm, a son arrested at night, a burst pipe on a Sunday
morning, a break-in at a rented house, a small dog that ate grapes). Every `Say(..., expect=...,
avoid=...)` pattern is loose and case-insensitive so any good wording passes, and every price,
hour and policy it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev9

which prints `RESULT dev9_pass_rate=`, measured and never gated.
Its first run, on main at 3e374a4, before anyone had read a transcript of it: 40/48 = 0.833.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's accepting line clearly accepts it, restating the day and
time (a caller with a side question asks it after that line or before the slot is named). Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer to
(the caller asks for a person only in the last line); elsewhere a caller who needs a person
leaves a message. An emergency ends with an urgent message; a routine message is not urgent.
Bookings are at least two days after the call's own day, on the business's appointment grid
inside its opening hours (dev_set_shape.py checks it). A vet booking is in the owner's name; a
message is in the caller's own name even when it is about someone else. A move or a
cancellation rings from the number the seeded appointment was booked with, and the caller gives
the name it is under. A caller who ends with a goodbye ("bye") expects the receptionist to end
the call; one who does not, does not. The two Spanish callers speak only Spanish and are handed
off to a message in their own name and number, as the catalogue's Spanish caller is; the early
hang-up leaves before anything is asked of it, with nothing booked or taken.

The mix (the first tag is the kind, the second "ordinary"): bookings 20 (dental 2, clinic 2, law
2, plumbing 3, salon 2, real estate 3, auto 3, vet 3), messages 8 (one per trade), emergencies 6
(dental, clinic, law, plumbing, real estate, vet), moves 2 (dental, auto) and cancellations 2
(clinic, salon), questions only 4 (dental, law, salon, vet), asks for a person 3 (law and auto
transferred on a line given by `overrides`; real estate after hours, a message), Spanish 2
(clinic, plumbing), early hang-up 1 (salon).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed

S = Say
LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to transfer to (inside opening hours)

# this set's own numbers of each kind (dev_set_shape.py's KINDS is the other sets' mix)
KINDS_9 = {"booking": 20, "message": 8, "emergency": 6, "move": 2, "cancel": 2, "info": 4,
           "person": 3, "spanish": 2, "hangup": 1}

# loose read-backs: "March 19", "the 19th"
def on(day: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    return rf"March {day}\b|\b{day}{suffix}\b"


DONE = r"all set|booked|confirmed|see you"
PASSED = r"pass|message|let .* know|call you back|get back to you"

DEV_CALLERS_9: list[Scenario] = [
    # --- dental (t_dental): Mon-Thu 8 AM-5 PM, Fri 8 AM-2 PM, 60-minute slots --------------
    Scenario(
        "dev9_dental_existing_patient_cleaning_thursday_the_19th", "t_dental", (
            S("Hi there, I'm an existing patient, it's been about a year, and I need to get a "
              "cleaning on the books. Do you have anything Thursday the 19th, around ten?"),
            S("It's Gloria Fenwick."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, Thursday the 19th at ten for the cleaning, that's right. Thank you!", DONE),
            S("No, that's everything. Bye now."),
        ),
        outcome="booked", booked=(Booking("2026-03-19 10:00", "Gloria Fenwick",
                                          about=r"clean"),),
        said=(on(19),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_dental_new_patient_unsure_of_the_day_asks_the_first_visit_price", "t_dental", (
            S("Hey, um, I just moved to the area and I need a new dentist. Could I come in for "
              "a checkup sometime next week? Maybe Monday? Or Tuesday, whichever is easier."),
            S("What does a first visit cost if I'm paying myself?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay. Monday the 16th at one in the afternoon, if that's open."),
            S("Darnell Okafor. And you can reach me at 917-555-0164, that's my cell."),
            S("Yep, Monday the 16th at one o'clock, go ahead and book it.", DONE),
            S("Cool, thanks."),
        ),
        outcome="booked", booked=(Booking("2026-03-16 13:00", "Darnell Okafor",
                                          "+19175550164"),),
        said=(on(16),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_dental_billing_question_leaves_a_message", "t_dental", (
            S("Good morning. I got a statement from you folks and I think my insurance should "
              "have paid part of it. Could somebody from billing give me a call?"),
            S("Harold Brennan."),
            S("This number's fine, it's my home phone."),
            S("Yes, that's it, thank you.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Harold Brennan", about=r"bill|statement|insurance", urgent=False),),
        clock="2026-03-10 10:20", tags=("message", "ordinary")),
    Scenario(
        "dev9_dental_knocked_out_tooth_after_hours", "t_dental", (
            S("Hi, my son just took a hockey stick to the mouth, his front tooth is completely "
              "out and the bleeding won't stop. What do we do?", r"911|emergency room|\bER\b"),
            S("Okay. It's Brenda Haley, I'm his mom. Please have the dentist call me."),
            S("This cell is the best number. We're heading out now, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Brenda Haley", about=r"tooth|bleed|mouth", urgent=True),),
        clock="2026-03-10 17:40", ends_call=True, tags=("emergency", "ordinary")),
    Scenario(
        "dev9_dental_moves_thursday_to_the_following_wednesday", "t_dental", (
            S("Hi, I have an appointment this Thursday and something came up at work, so I need "
              "to move it."),
            S("It's under Priya Raman."),
            S("Could we do Wednesday the 18th, at three in the afternoon?"),
            S("Yes, please move it to Wednesday the 18th at three.",
              r"moved|cancel|all set|booked"),
            S("Great, thanks so much. Bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-18 15:00", "Priya Raman"),),
        cancelled=("2026-03-12 11:00",), seed=(Seed("2026-03-12 11:00", "Priya Raman", CALLER),),
        said=(on(18),), ends_call=True, tags=("move", "ordinary")),
    Scenario(
        "dev9_dental_asks_about_insurance_hsa_and_cancelling", "t_dental", (
            S("Hi, quick question. Do you take Cigna? It's a PPO through my job.",
              r"PPO|most major|verify", avoid=r"\b(?:is|are|will be) (?:fully )?covered\b"),
            S("And can I pay my part with my HSA card?", r"HSA|health savings|yes"),
            S("If I have to cancel, how much notice do you need?",
              r"twenty[- ]four|24|a day"),
            S("Perfect, that's all I needed. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True, tags=("info", "ordinary")),
    # --- clinic (t_clinic): Mon-Fri 8 AM-5 PM, 20-minute slots ---------------------------
    Scenario(
        "dev9_clinic_established_patient_annual_physical", "t_clinic", (
            S("Hello, I'd like to schedule my annual physical. I've been a patient there for "
              "years."),
            S("Is Friday the 13th possible? Early, like eight twenty, before work?"),
            S("Margaret Sullivan."),
            S("Yes, that's my cell you're seeing."),
            S("Yes, Friday the 13th at 8:20, thank you.", DONE),
            S("Oh, and what should I bring with me?", r"photo ID|insurance card|medication"),
            S("Okay, thank you, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 08:20", "Margaret Sullivan",
                                          about=r"physical"),),
        said=(on(13),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_clinic_new_patient_sore_throat_corrects_the_week", "t_clinic", (
            S("Hi, I'm a new patient and I'd like to see a doctor about a sore throat that won't "
              "go away. Do you have anything Thursday afternoon?"),
            S("Sorry, I meant Thursday the 19th, not this Thursday. Around two?"),
            S("My name is Owen Fitzgerald."),
            S("Can you use 415-555-0187 instead? That's my work line."),
            S("Yes, Thursday the 19th at 2 PM is good.", DONE),
            S("Thanks."),
        ),
        outcome="booked", booked=(Booking("2026-03-19 14:00", "Owen Fitzgerald", "+14155550187",
                                          about=r"throat"),),
        said=(on(19),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_clinic_blood_pressure_refill_message", "t_clinic", (
            S("Hi, I'm calling because I need a refill on my blood pressure medicine, "
              "lisinopril. I'm almost out."),
            S("The pharmacy is the Walgreens on Fifth Street."),
            S("Name's Rosalind Pierce. This number is fine."),
            S("Yes, that's right.", PASSED),
            S("How long do refills usually take, by the way?",
              r"two business days|2 business days|two days|2 days"),
            S("Okay, thanks so much."),
        ),
        outcome="message_taken",
        messages=(Message("Rosalind Pierce", about=r"refill|lisinopril|blood pressure",
                          urgent=False),),
        clock="2026-03-10 12:30", tags=("message", "ordinary")),
    Scenario(
        "dev9_clinic_husband_with_chest_pain", "t_clinic", (
            S("My husband's having chest pains and his left arm feels numb, and he's sweating a "
              "lot. Can the doctor see him this morning?", r"911"),
            S("Okay, okay, I'm calling 911. My name is Teresa Vance, please let the doctor "
              "know."),
            S("Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Vance", about=r"chest|arm|husband", urgent=True),),
        clock="2026-03-10 08:15", ends_call=True, tags=("emergency", "ordinary")),
    Scenario(
        "dev9_clinic_cancels_friday_feeling_better", "t_clinic", (
            S("Hi, this is Luis Ortega, I need to cancel my appointment on Friday. I'm feeling "
              "better actually."),
            S("Yes, the one on Friday at 10:40. Please cancel it.", r"cancel"),
            S("There's no fee for that, right? Since it's a few days away?",
              r"twenty[- ]four|24|no fee|notice"),
            S("Okay good. Thank you, goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:40",),
        seed=(Seed("2026-03-13 10:40", "Luis Ortega", CALLER),), ends_call=True,
        tags=("cancel", "ordinary")),
    Scenario(
        "dev9_clinic_spanish_speaker_for_her_mother", "t_clinic", (
            S("Hola, buenas tardes. Llamo para hacer una cita para mi mamá, tiene tos desde "
              "hace una semana. ¿Hablan español?", r"espa|ingl|English"),
            S("Me llamo Carmen Ibarra."),
            S("Sí, este número está bien."),
            S("Sí, gracias. Adiós."),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ibarra", "+14155550178",
                          about=r"spanish|español|espanol|cita|appointment|tos|cough"),),
        caller="+14155550178", clock="2026-03-10 14:10", ends_call=True,
        tags=("spanish", "ordinary")),
    # --- law (t_law): Mon-Fri 9 AM-5 PM, 60-minute slots ---------------------------------
    Scenario(
        "dev9_law_separation_consultation_over_video", "t_law", (
            S("Hi, I'd like to set up a consultation. My wife and I are separating and I need "
              "to understand my options about custody of our kids."),
            S("Her name is Danielle Moretti, if you need that. No court dates yet."),
            S("Do you have anything Wednesday the 18th in the morning? Ten, maybe?"),
            S("Anthony Moretti. The number I'm calling from works."),
            S("Yes, book Wednesday the 18th at ten.", DONE),
            S("Can we do it over video instead of me coming in?", r"video"),
            S("Great, thanks."),
        ),
        outcome="booked", booked=(Booking("2026-03-18 10:00", "Anthony Moretti",
                                          about=r"custod|separat|divorce|family"),),
        said=(on(18),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_law_first_will_asks_whether_the_meeting_costs", "t_law", (
            S("Good afternoon. I'm seventy-one and I've never made a will, and my daughter keeps "
              "after me about it. I'd like to talk to someone about that."),
            S("Is there a charge for that first meeting?",
              r"free|no charge|no cost|zero|\$0|depends"),
            S("Well, could I come in Monday the 16th? Afternoons are better for me, two "
              "o'clock?"),
            S("My name is Evelyn Hargrove."),
            S("Yes, you can call me at this number."),
            S("Yes dear, Monday the 16th at two o'clock, that's fine.", DONE),
            S("Thank you, goodbye."),
        ),
        outcome="booked", booked=(Booking("2026-03-16 14:00", "Evelyn Hargrove",
                                          about=r"will|estate"),),
        said=(on(16),), clock="2026-03-10 14:30", ends_call=True,
        tags=("booking", "ordinary")),
    Scenario(
        "dev9_law_security_deposit_message_in_the_evening", "t_law", (
            S("Hi, I know you're probably closed. My landlord is trying to keep my whole "
              "security deposit and I'd like a lawyer to call me back about it."),
            S("This is Keisha Dumont."),
            S("The best number is 646-555-0119."),
            S("Yes, that's all correct.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Dumont", "+16465550119", about=r"deposit|landlord",
                          urgent=False),),
        clock="2026-03-10 19:15", tags=("message", "ordinary")),
    Scenario(
        "dev9_law_son_arrested_late_at_night", "t_law", (
            S("I'm sorry to call so late. My son was arrested tonight and he's being held at the "
              "county jail. We need a lawyer, please.", r"urgent|as soon as|right away"),
            S("My name is Linda Kowalczyk. His name is Marcus."),
            S("Please call me at this number, any time tonight."),
            S("Yes. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Linda Kowalczyk", about=r"arrest|jail|custody|son", urgent=True),),
        clock="2026-03-10 23:20", tags=("emergency", "ordinary")),
    Scenario(
        "dev9_law_client_with_papers_asks_for_the_attorney", "t_law", (
            S("Hi, I had a consultation with one of your attorneys last month about my business "
              "partnership."),
            S("I got some papers from the other side's lawyer yesterday and I'm not sure what to "
              "make of them."),
            S("Could I just speak with the attorney I saw, or whoever's in the office today?"),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-10 11:15",
        tags=("person", "ordinary")),
    Scenario(
        "dev9_law_asks_about_free_reviews_fees_and_phone_meetings", "t_law", (
            S("Hi, I was in a car accident a couple of weeks ago, and somebody told me lawyers "
              "look at those for free. Is that true with you?",
              r"personal injury|no charge|free|at no|depends"),
            S("And what does a regular consultation cost, for something that isn't an injury?",
              r"250|two hundred (?:and )?fifty"),
            S("Can that be done over the phone? I work nights.", r"phone|video"),
            S("Okay, I'll think about it and call back. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True, tags=("info", "ordinary")),
    # --- plumbing (t_plumb): Mon-Sat 7 AM-7 PM, 120-minute windows from 7 ---------------
    Scenario(
        "dev9_plumb_banging_water_heater_first_thing_thursday", "t_plumb", (
            S("Hi, our water heater is making a banging noise and we've barely got any hot "
              "water. Can somebody come look at it?"),
            S("We're at 418 Larkspur Lane, 10001."),
            S("We own the house. It's not leaking, there's just no hot water."),
            S("Thursday works, first thing in the morning if you can. Seven?"),
            S("Name's Gary Lindqvist, and this number's fine."),
            S("Yes, book Thursday the 12th at seven.", DONE),
            S("What do you charge just to come out?", r"89|eighty[- ]nine"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 07:00", "Gary Lindqvist",
                                          about=r"water heater|hot water|bang"),),
        said=(on(12),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_plumb_renter_clogged_tub_saturday_morning", "t_plumb", (
            S("Hey, my bathtub drain is totally clogged, the water just sits there. I rent, but "
              "my landlord said to go ahead and call someone."),
            S("It's 77 Greene Street, apartment 3B, 10003."),
            S("Do you come out on Saturdays? Saturday morning would be ideal, like nine."),
            S("Okay, my name's Jasmine Pratt."),
            S("This number's my cell, that's good."),
            S("Yes, Saturday the 14th at nine in the morning works.", DONE),
            S("Thanks, bye!"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Jasmine Pratt",
                                          about=r"drain|clog|tub"),),
        said=(on(14),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_plumb_running_toilet_called_before_opening", "t_plumb", (
            S("Morning. I know it's early. The toilet in our upstairs bathroom keeps running all "
              "night. Can I get someone out on Friday?"),
            S("The address is 9 Birch Court, 10002. I own the place."),
            S("Friday at eleven o'clock would be best for me."),
            S("Ray Castellano, and use 212-555-0143, that's better than this phone."),
            S("Yep, Friday the 13th at eleven, that's it.", DONE),
            S("Great, thanks."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 11:00", "Ray Castellano", "+12125550143",
                                          about=r"toilet"),),
        said=(on(13),), clock="2026-03-11 06:40", tags=("booking", "ordinary")),
    Scenario(
        "dev9_plumb_kitchen_remodel_callback", "t_plumb", (
            S("Hi, I'm not in a rush or anything. I'm redoing my kitchen next month and I want "
              "someone to call me about putting in a new sink and faucet."),
            S("Could someone just call me back when they get a chance? My name is Howard "
              "Greaves."),
            S("You can reach me at 718-555-0152."),
            S("Yes, that's correct, thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Howard Greaves", "+17185550152", about=r"sink|faucet|kitchen",
                          urgent=False),),
        tags=("message", "ordinary")),
    Scenario(
        "dev9_plumb_burst_pipe_on_a_sunday_morning", "t_plumb", (
            S("I've got water pouring out of the ceiling in my basement, I think a pipe burst! "
              "Is anyone there?", r"shut|valve|main|urgent"),
            S("Yes, I found the main valve and turned it off, but there's water everywhere. "
              "Please send someone today."),
            S("It's Diane Whitaker, 55 Maple Avenue, 10001. Call me back on this number, "
              "please."),
            S("Okay, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Diane Whitaker", about=r"pipe|water|burst|ceiling|flood",
                          urgent=True),),
        clock="2026-03-15 06:30", tags=("emergency", "ordinary")),
    Scenario(
        "dev9_plumb_spanish_speaker_with_a_leak_under_the_sink", "t_plumb", (
            S("Hola, buenos días. Me llamo Alejandro Ruiz. Tengo una fuga de agua debajo del "
              "fregadero de la cocina. ¿Alguien habla español?", r"espa|ingl|English"),
            S("Sí, pueden llamarme a este número."),
            S("Sí, está bien, gracias. Adiós."),
        ),
        outcome="message_taken",
        messages=(Message("Alejandro Ruiz", "+19175550126",
                          about=r"spanish|español|espanol|fuga|leak|agua|sink"),),
        caller="+19175550126", clock="2026-03-10 10:05", ends_call=True,
        tags=("spanish", "ordinary")),
    # --- salon (t_salon): Tue-Fri from 10 (Thu until 8 PM), Sat 9-5, 60-minute slots ----
    Scenario(
        "dev9_salon_trim_thursday_evening_after_work", "t_salon", (
            S("Hi! I'd love to book a haircut, just a trim and style really. Do you have "
              "anything Thursday evening after work? Like six or seven?"),
            S("I don't mind who, whoever's free."),
            S("Seven o'clock Thursday would be perfect."),
            S("It's Chloe Bennett."),
            S("Yes, this is my cell."),
            S("Yes, Thursday the 12th at 7 PM, sounds great.", DONE),
            S("Thank you! Bye!"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 19:00", "Chloe Bennett", about=r"cut"),),
        said=(on(12),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_salon_roots_on_saturday_asks_about_running_late", "t_salon", (
            S("Hi, I know you're closed today, but can I book for Saturday? I need my roots "
              "done, same color as always, I come in every couple of months."),
            S("No preference on the stylist, whoever's available."),
            S("Ten in the morning, Saturday the 21st."),
            S("Patricia Donnelly, and the number you have is fine, I'm calling from it."),
            S("What happens if I'm running a little late? I'm coming from my son's soccer game.",
              r"fifteen|15"),
            S("Okay. So Saturday the 21st at ten, yes, please book it.", DONE),
            S("Thanks, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-21 10:00", "Patricia Donnelly",
                                          about=r"colo|root"),),
        said=(on(21),), clock="2026-03-16 11:00", ends_call=True,
        tags=("booking", "ordinary")),
    Scenario(
        "dev9_salon_unhappy_with_highlights_wants_a_call", "t_salon", (
            S("Hi, I was in last Friday for highlights and honestly they came out way more "
              "orange than we talked about. I'm not happy."),
            S("I'd like the stylist or the manager to call me back, please."),
            S("My name is Samantha Greer, and my number is 347-555-0168."),
            S("Yes, that's right. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Samantha Greer", "+13475550168",
                          about=r"highlight|orange|colo|unhappy|not happy", urgent=False),),
        clock="2026-03-10 13:45", tags=("message", "ordinary")),
    Scenario(
        "dev9_salon_cancels_a_saturday_blowout", "t_salon", (
            S("Hi, I need to cancel my blowout on Saturday. The event I was going to got called "
              "off."),
            S("Nicole Ferraro."),
            S("Yes, the one Saturday at eleven, please cancel that.", r"cancel"),
            S("No, that's all, thank you. Bye."),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",),
        seed=(Seed("2026-03-14 11:00", "Nicole Ferraro", CALLER),), clock="2026-03-10 11:30",
        ends_call=True, tags=("cancel", "ordinary")),
    Scenario(
        "dev9_salon_hangs_up_to_take_the_school_call", "t_salon", (
            S("Hi, yeah, I was wondering about getting partial highlights sometime next week, "
              "maybe?"),
            S("Oh, hang on one second, sorry, my kid's school is calling on the other line."),
            S("I'm so sorry, I have to take this. I'll call back later. Bye!"),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 12:10",
        never_said=(r"you're all set",), tags=("hangup", "ordinary")),
    Scenario(
        "dev9_salon_asks_prices_and_the_late_night", "t_salon", (
            S("Hi, how much do you charge for a men's cut?", r"35|thirty[- ]five"),
            S("And a balayage, for my girlfriend, roughly?",
              r"195|one hundred (?:and )?ninety[- ]five"),
            S("What's the latest you're open any night of the week?",
              r"Thursday|8 ?PM|eight"),
            S("Okay, thanks, we'll call back to book. Bye."),
        ),
        outcome="information_only", clock="2026-03-10 15:00", ends_call=True,
        tags=("info", "ordinary")),
    # --- real estate (t_homes): weekdays 9-6, Sat 10-5, Sun noon-4, 30-minute slots -----
    Scenario(
        "dev9_homes_preapproved_buyers_see_willow_drive_saturday", "t_homes", (
            S("Hi, I saw the listing for the three-bedroom at 240 Willow Drive and we'd love to "
              "see it."),
            S("We're buying. We're pre-approved, and we don't have an agent yet."),
            S("Could we see it Saturday around eleven? Or eleven thirty, whichever."),
            S("Eleven on Saturday the 14th is great."),
            S("My name's Brandon Liu, and this number is fine."),
            S("Yes, Saturday at eleven, go ahead.", DONE),
            S("Awesome, thanks!"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 11:00", "Brandon Liu",
                                          about=r"showing|Willow|buy"),),
        said=(on(14),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_homes_sellers_book_a_valuation_and_ask_a_number", "t_homes", (
            S("Hello, we're thinking about selling our house this spring and we'd like someone "
              "to come tell us what it's worth."),
            S("Roughly what does a three-bedroom go for around here?",
              r"agent|market analysis|valuation|recent sales",
              avoid=r"\$ ?\d{3}|\d{3},\d{3}|thousand dollars"),
            S("The address is 18 Chestnut Hill Road. It's not listed with anyone."),
            S("Is Monday the 16th at 4 PM possible?"),
            S("Walter Abernathy. My wife June will be there too. This number is fine."),
            S("Yes, Monday the 16th at four, please book that.", DONE),
            S("Thank you very much, goodbye."),
        ),
        outcome="booked", booked=(Booking("2026-03-16 16:00", "Walter Abernathy",
                                          about=r"valu|sell|Chestnut|worth"),),
        said=(on(16),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_homes_rental_showing_on_sunday_roommates_phone", "t_homes", (
            S("Hi, I'm calling about the one-bedroom apartment for rent on Harbor Street. Is "
              "there any way to see it this weekend?"),
            S("Sunday would be best. Like one, or one thirty?"),
            S("Let's do one o'clock on Sunday."),
            S("I'm Ana Ferreira."),
            S("The number's 201-555-0177, this is my roommate's phone."),
            S("Yes, Sunday the 15th at 1 PM, that's perfect.", DONE),
            S("Thank you!"),
        ),
        outcome="booked", booked=(Booking("2026-03-15 13:00", "Ana Ferreira", "+12015550177",
                                          about=r"rent|Harbor|showing|apartment"),),
        said=(on(15),), clock="2026-03-13 17:15", tags=("booking", "ordinary")),
    Scenario(
        "dev9_homes_landlord_wants_a_call_about_management", "t_homes", (
            S("Hi, I own two rental units over on Dover Street and I'm looking for someone to "
              "manage them. Could someone call me about that?"),
            S("Sure, it's Raymond Osei."),
            S("The best number is 646-555-0185, after five is best."),
            S("Yes, that's it. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Osei", "+16465550185", about=r"manag|rental|unit",
                          urgent=False),),
        clock="2026-03-10 16:20", tags=("message", "ordinary")),
    Scenario(
        "dev9_homes_tenant_finds_a_break_in", "t_homes", (
            S("Hi, I rent a house through your agency, 31 Sycamore Lane, and I just got home "
              "and the back door's been kicked in. I think somebody broke in.", r"911"),
            S("I'm outside in my car, I'll call the police. My name is Tamika Rhodes. Can "
              "someone from the office call me?"),
            S("This number, yes. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Tamika Rhodes", about=r"break|broke|door|Sycamore", urgent=True),),
        clock="2026-03-12 20:40", tags=("emergency", "ordinary")),
    Scenario(
        "dev9_homes_asks_for_the_agent_about_an_offer_after_hours", "t_homes", (
            S("Hi, is Rachel in? She showed us a house on Saturday and we want to talk to her "
              "about maybe putting in an offer."),
            S("Can you just have her call me? It's Victor Nakamura."),
            S("The best number is this one I'm calling from."),
            S("Yes, thanks a lot. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Victor Nakamura", about=r"offer|Rachel|house"),),
        clock="2026-03-11 18:30", ends_call=True, tags=("person", "ordinary")),
    # --- auto (t_auto): weekdays 7:30-6 (slots from 7:30), Sat 8-3 (on the hour) --------
    Scenario(
        "dev9_auto_oil_change_and_rotation_saturday_waits", "t_auto", (
            S("Hi, I need an oil change and my tires rotated. It's a 2019 Subaru Outback, about "
              "48,000 miles."),
            S("Do you guys do Saturdays? Saturday at nine would be great, and I'll wait for "
              "it."),
            S("How much is all that going to run me?", r"89|eighty[- ]nine"),
            S("Okay. Name's Derek Mahoney, and this number's good."),
            S("Yes, Saturday the 14th at 9 AM. Thanks.", DONE),
            S("See you then, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Derek Mahoney",
                                          about=r"oil|rotat"),),
        said=(on(14),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_auto_check_engine_light_drop_off_thursday", "t_auto", (
            S("My check engine light came on yesterday. It's not flashing and the car drives "
              "fine, but I'd like someone to look at it."),
            S("It's a 2014 Toyota Camry with like 130,000 miles on it."),
            S("What's the diagnostic going to cost?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("Could I drop it off Thursday morning? 7:30, when you open?"),
            S("It's Lorraine Whitfield. Use 973-555-0131, please."),
            S("Yes, Thursday the 12th at 7:30, I'll drop it off.", DONE),
            S("Thanks, goodbye."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 07:30", "Lorraine Whitfield",
                                          "+19735550131",
                                          about=r"check engine|light|diagnos"),),
        said=(on(12),), ends_call=True, tags=("booking", "ordinary")),
    Scenario(
        "dev9_auto_squealing_brakes_corrects_the_time", "t_auto", (
            S("Hey, my brakes have been squealing for about a week. They still stop fine. Can I "
              "get them checked Monday?"),
            S("It's a 2017 Ford F-150."),
            S("Monday at 10:30, if you have it."),
            S("Wait, sorry, I said 10:30 but I meant 11:30. I've got a meeting in the morning."),
            S("Jorge Villanueva. This number's fine."),
            S("Yep, Monday at 11:30 for the brakes. Book it.", DONE),
            S("Thanks, man."),
        ),
        outcome="booked", booked=(Booking("2026-03-16 11:30", "Jorge Villanueva",
                                          about=r"brake|squeal"),),
        said=(on(16),), clock="2026-03-14 10:00", tags=("booking", "ordinary")),
    Scenario(
        "dev9_auto_waiting_on_an_estimate_after_closing", "t_auto", (
            S("Hi, I dropped off my Honda Pilot this morning for the transmission thing, and "
              "nobody's called me yet with the estimate."),
            S("Can the service advisor call me back first thing tomorrow? This is Nathan "
              "Brooks."),
            S("My number is 862-555-0148."),
            S("Yes, that's right. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Nathan Brooks", "+18625550148",
                          about=r"estimate|Pilot|transmission|car"),),
        clock="2026-03-10 18:20", tags=("message", "ordinary")),
    Scenario(
        "dev9_auto_moves_an_alignment_to_friday", "t_auto", (
            S("Hi, this is Sandra Kim. I've got an alignment booked for Thursday at 1:30 and I "
              "need to change it."),
            S("Is Friday morning any better? 8:30 would work."),
            S("Yes, move it to Friday the 13th at 8:30, please.",
              r"moved|cancel|all set|booked"),
            S("Thanks so much, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-13 08:30", "Sandra Kim"),),
        cancelled=("2026-03-12 13:30",), seed=(Seed("2026-03-12 13:30", "Sandra Kim", CALLER),),
        said=(on(13),), ends_call=True, tags=("move", "ordinary")),
    Scenario(
        "dev9_auto_grinding_again_asks_for_a_service_advisor", "t_auto", (
            S("Hi, good morning. I've got a question about my car."),
            S("It's a silver 2016 Nissan Altima, you guys did the brakes on it last month."),
            S("There's a grinding noise again and I'd like to talk to a service advisor about "
              "it. Could you put me through?"),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-11 10:00",
        tags=("person", "ordinary")),
    # --- vet (t_vet): weekdays 8-6, Sat 8-noon, 30-minute slots --------------------------
    Scenario(
        "dev9_vet_new_puppy_needs_shots_friday", "t_vet", (
            S("Hi! We just adopted a puppy and he needs his shots. We've never been to you "
              "before."),
            S("No, no emergency, he's totally healthy. He's a beagle mix named Biscuit, about "
              "ten weeks old."),
            S("Could we come Friday afternoon, maybe three or three thirty?"),
            S("Three o'clock Friday works."),
            S("My name is Kaitlyn Morales, and this is my cell."),
            S("Yes, Friday the 13th at 3 PM for Biscuit. Thank you!", DONE),
            S("Oh, what should we bring?", r"record|leash|vaccine"),
        ),
        outcome="booked", booked=(Booking("2026-03-13 15:00", "Kaitlyn Morales",
                                          about=r"vaccin|shot|puppy|new|Biscuit"),),
        said=(on(13),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_vet_cat_off_her_food_asks_the_exam_price", "t_vet", (
            S("Hi, my cat Pepper hasn't been eating much the last few days. She's still "
              "drinking and using her litter box, she just seems off."),
            S("No, she's not having trouble breathing or anything like that. I'm an existing "
              "client."),
            S("Is Thursday possible? Any time after four."),
            S("Four thirty on Thursday, please."),
            S("The account's under my name, Dolores Whitman. You can call this number."),
            S("Yes, that's right, Thursday at four thirty.", DONE),
            S("How much will the exam be?", r"85|eighty[- ]five"),
        ),
        outcome="booked", booked=(Booking("2026-03-12 16:30", "Dolores Whitman",
                                          about=r"eat|appetite|sick|Pepper|food"),),
        said=(on(12),), tags=("booking", "ordinary")),
    Scenario(
        "dev9_vet_old_lab_with_bad_breath_saturday", "t_vet", (
            S("Hi, I know it's after hours. I'd like to get my old dog in, his breath is awful "
              "and I think his teeth need looking at."),
            S("Oh, it's nothing urgent. He's a twelve-year-old lab named Rufus."),
            S("Do you have Saturday mornings? Saturday at ten?"),
            S("My name's Gordon Pike."),
            S("This number works fine."),
            S("Yes, Saturday the 14th at ten o'clock for Rufus, great.", DONE),
            S("Alright, thanks, goodbye."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Gordon Pike",
                                          about=r"teeth|dental|breath|Rufus"),),
        said=(on(14),), clock="2026-03-12 19:00", ends_call=True,
        tags=("booking", "ordinary")),
    Scenario(
        "dev9_vet_arthritis_refill_for_sadie", "t_vet", (
            S("Hi, I need to get a refill of my dog's arthritis medication. Her name is "
              "Sadie."),
            S("It's Carol Jennings."),
            S("This number is fine."),
            S("Yes, that's everything. Thank you.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Carol Jennings", about=r"refill|arthritis|medic|Sadie",
                          urgent=False),),
        clock="2026-03-10 17:30", tags=("message", "ordinary")),
    Scenario(
        "dev9_vet_small_dog_ate_grapes_at_night", "t_vet", (
            S("My dog just got into a bag of grapes on the counter. I don't know how many he "
              "ate, maybe a handful. He's a small terrier. What do I do?",
              r"emergency animal hospital|emergency (?:vet|hospital)|poison|888|A ?S ?P ?C ?A"),
            S("Okay, we're going to the emergency hospital now. I'm Felicia Grant, can the vet "
              "call me tomorrow to check in?"),
            S("This number. Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Felicia Grant", about=r"grape", urgent=True),),
        clock="2026-03-10 21:30", ends_call=True, tags=("emergency", "ordinary")),
    Scenario(
        "dev9_vet_asks_about_rabbits_rabies_and_saturday", "t_vet", (
            S("Hi, do you guys see rabbits? Or only dogs and cats?",
              r"dogs and cats|cats and dogs"),
            S("Okay. How much is a rabies shot for my cat?", r"\$?30\b|thirty"),
            S("And what time are you open until on Saturdays?", r"noon|12|twelve"),
            S("Great, thank you so much."),
        ),
        outcome="information_only", clock="2026-03-10 16:00", tags=("info", "ordinary")),
]
