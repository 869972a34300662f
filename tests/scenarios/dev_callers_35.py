"""A thirty-fifth development set: 48 scripted callers, six in each of the fleet's eight trades,
who ring in a professional role or on behalf of an organisation, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-35) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses (and its opening callers, for the usual outcomes and
reply wording) and tests/scenarios/harness.py; the read-back pattern from
tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule
of it, with the held-out mix of kinds, KINDS_35 below).

What makes it different: nobody here rings for themselves as a private person. Every caller is
at work: an executive assistant booking for a boss (the booking goes under the boss's name), an
office manager or an HR coordinator arranging something for staff, a school nurse, a foster-care
caseworker, a clinical social worker, a home-care aide with a client, a property manager for a
tenant's unit, a fleet manager for a company van, a paralegal at another firm, a realtor for a
client, a relocation coordinator, a TV producer, a group-home worker, a pet sitter, a daycare
manager, a police K-9 sergeant. They say the organisation's name, their own name and whom the
call is for, sometimes an office extension, a direct line or a work cell instead of the
switchboard they ring from, sometimes a purchase order or account reference, and they speak in a
brisk professional register ("To confirm:", "Please book that.", "Callbacks come to my direct
line"). The kinds of call stay the held-out mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages
with the caller's own reason and callback number, 6 emergencies, 2 moves and 2 cancellations, 4
question-only calls, 3 asks for a person, 1 Spanish and 1 French caller, 1 early hang-up). Calls
ring at realistic hours via `clock=`: before opening, at lunch, after closing, on a Saturday, on
a Sunday night, on the salon's closed Monday. Every `Say(..., expect=..., avoid=...)` pattern is
loose and case-insensitive so any good wording passes; every price and hour looked for is the
business's own (profession_data.py); `never_said=` catches only an invented specific (a value
for a home, a percentage discount, a medication named, "you have a case", an in-network
promise), never an honest refusal.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev35

which prints `RESULT dev35_pass_rate=`, measured and never gated.
Its first run, on main at 9f8e566, before anyone had read a transcript of it: 30/48 = 0.625.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script too short to finish, a missing
`ends_call`, a name clash): one was found. The relocation coordinator asked for a buyer
consultation on Monday at five thirty PM, a slot on the half-hour grid, but the consultation
lasts forty-five minutes and the agency closes at six, so the receptionist rightly said it was
too close to closing; the caller's time was changed to five PM (lines three and five, the
booking and its read-back), nothing else. The second run, with that fix: 30/48 = 0.625, the same
eighteen callers failing, all on the receptionist's side (the relocation coordinator's now only
on the name the booking went under).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: the callers volunteer what the trade asks (new or existing, date of birth,
insurance, the vehicle, the address with its ZIP code, the pet), and a later line says the final
day, time, service and the name the booking or message is to be under plainly, with the
callback number when it is not the line the call comes from; a booking is read back (`said=`
with its final day and time) and a callback other than the calling line is read back in full
(`read_back`). Only a call with `overrides` carrying a transfer number, inside opening hours,
has a line to transfer to (the caller asks for a person, or names the emergency, only in the
last line). An emergency ends with the trade's safety words and an urgent message, or a
transfer where there is a line; a routine message is not checked for urgency. A call whose last
line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a request
for a person is transferred and not hung up.
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
KINDS_35 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# the goodbye a caller who has gone quiet gets: any farewell, or an invitation to call back
GONE = r"bye|call (?:us )?back|another time|take care|have a"
# a goodbye in English or in Spanish
ADIOS = r"bye|adi[oó]s|hasta luego|cu[ií]dese|take care|que le vaya"
# a goodbye in English or in French
AU_REVOIR = r"bye|au revoir|bonne (?:journ[ée]e|soir[ée]e)|take care"
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# the crisis line, or 911
CRISIS = r"988|911"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# the plumbing safety steps for water coming through: the shut-off, or treating it as urgent
WATER_NOW = r"shut|valve|main|urgent|emergency|right away"
# the auto shop's safety words for a car that smokes: do not drive it, tow it, 911
DONT_DRIVE = r"tow|(?:don't|do not|not to|shouldn't|avoid) driv|911|safe"


DEV_CALLERS_35: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d35_dental_assistant_books_the_managing_directors_cleaning_before_his_board_call",
        "t_dental", (
            S("Good morning. This is Joanne Whitaker, executive assistant to Anthony Brightwater "
              "at Pryce and Hollis Capital. I'm calling to book Mr. Brightwater's routine "
              "cleaning and exam; he's an existing patient of the practice."),
            S("No pain or swelling, it's purely his six-month visit. His insurance is MetLife "
              "Dental through the firm, he is the policy holder, and his date of birth is "
              "February eleventh, nineteen sixty-eight."),
            S("His calendar is clear first thing on Thursday the twelfth. Eight in the morning "
              "would be ideal, ahead of a nine o'clock board call."),
            S("To confirm: the booking goes under Anthony Brightwater, Thursday March twelfth at "
              "eight AM, adult cleaning and exam. Callbacks come to my direct line, the one I'm "
              "calling from, two one two, five five five, zero one four seven. Please book it."),
            S("Thank you, that's everything from me. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:00", "Anthony Brightwater", "+12125550147",
                        about=r"clean|exam|check"),),
        said=(at(12, "08:00"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+12125550147", tags=("booking",)),
    Scenario(
        "d35_dental_foster_care_caseworker_books_a_child_exam_on_a_county_purchase_order",
        "t_dental", (
            S("Hi, this is Denise Oyelaran, I'm a caseworker with Kings County Children's "
              "Services. I need to set up a dental cleaning and exam for a child on my caseload "
              "who has just been placed with a new foster family. He'd be a new patient."),
            S("His name is Jayden Morales, he's eight, date of birth June third, twenty "
              "seventeen. Nobody has reported any pain, he simply hasn't been seen in over a "
              "year. The county pays directly, and the purchase order number is C S 4 4 7 1."),
            S("After school suits the foster mom best, so around three o'clock on Wednesday the "
              "eighteenth, if that's open."),
            S("Please don't use the number on your screen, that's our main switchboard. Use my "
              "work cell: seven one eight, five five five, zero one six three."),
            S("So: Jayden Morales, child cleaning and exam, Wednesday March eighteenth at three "
              "PM, callback seven one eight, five five five, zero one six three. Go ahead and "
              "book it, please."),
            S("Great, thanks so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Jayden Morales", "+17185550163",
                        about=r"child|clean|exam"),),
        said=(at(18, "15:00"), read_back("+17185550163")), ends_call=True,
        clock="2026-03-13 13:30", caller="+17185550110", tags=("booking",)),
    Scenario(
        "d35_dental_architecture_office_manager_books_a_new_associate_as_a_new_patient",
        "t_dental", (
            S("Hello, Lorraine Kessler calling, office manager at Birch and Vale Architects. One "
              "of our new associates just relocated from Lisbon and asked me to find him a "
              "dentist, so I'd like to book him in as a new patient."),
            S("His name is Tomás Ferreira, T O M A S, and Ferreira with two Rs. Date of birth "
              "October twenty-ninth, nineteen ninety-one. He'll want the full new patient visit, "
              "exam, X-rays and cleaning; he tells me nothing hurts."),
            S("He's on our group plan with Guardian Dental and is the policy holder himself. "
              "Could you do Friday the twentieth at ten in the morning?"),
            S("Reach him on his own mobile rather than our office line: nine one seven, five "
              "five five, zero one two eight."),
            S("Confirming then: Tomás Ferreira, new patient exam with X-rays and cleaning, "
              "Friday March twentieth at ten AM, mobile nine one seven, five five five, zero one "
              "two eight. Please book that."),
            S("Wonderful, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 10:00", "Tomás Ferreira", "+19175550128",
                        about=r"new patient|x-?ray|exam|clean"),),
        said=(at(20, "10:00"), read_back("+19175550128")), ends_call=True,
        clock="2026-03-11 12:10", caller="+12125550181", tags=("booking",)),
    Scenario(
        "d35_dental_assistant_cancels_her_bosss_cleaning_for_a_trip_to_singapore",
        "t_dental", (
            S("Good afternoon, Patricia Gaines here, assistant to Victoria Lindqvist at Northgate "
              "Logistics. I'm on our office line, which is the number her appointments are "
              "kept under."),
            S("Ms. Lindqvist has a cleaning with you on Tuesday the seventeenth at two PM. She's "
              "been called away to Singapore that week, so it has to come off the calendar."),
            S("She doesn't want to rebook yet; she'll ring once her travel is settled. Please "
              "just cancel the appointment for Victoria Lindqvist on Tuesday March seventeenth "
              "at two."),
            S("Yes, please go ahead and cancel it."),
            S("That's all I needed today. Thank you, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-17 14:00",), ends_call=True,
        seed=(Seed("2026-03-17 14:00", "Victoria Lindqvist", "+13125550155"),),
        said=(r"cancel",), clock="2026-03-12 16:20", caller="+13125550155",
        tags=("cancel",)),
    Scenario(
        "d35_dental_transit_benefits_coordinator_asks_billing_about_the_new_cigna_plan",
        "t_dental", (
            S("Hi there, Raymond Achebe, benefits coordinator with the Tri-County Transit "
              "Authority. Quick one: we're moving our employee dental plan to Cigna next month, "
              "and a fair number of our drivers are patients of yours."),
            S("I'm not booking anything today. I'd like someone from your billing or front "
              "office to call me back and tell me whether the practice will be in network with "
              "the Cigna D P P O plan, so I can let our staff know."),
            S("Best to reach me on my direct line rather than the main number: six one seven, "
              "five five five, zero one eight six. That's Raymond Achebe, A C H E B E."),
            S("Right: a call back from billing about being in network with Cigna, for Raymond "
              "Achebe at six one seven, five five five, zero one eight six. Thanks."),
            S("Appreciate it. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Achebe", "+16175550186",
                          about=r"network|cigna|insurance|plan|carrier|benefit"),),
        said=(read_back("+16175550186"),),
        never_said=(r"\bwe(?:'re| are) (?:definitely |already )?in[- ]network\b",),
        ends_call=True, clock="2026-03-10 10:30", caller="+16175550119", tags=("message",)),
    Scenario(
        "d35_dental_home_care_aide_reports_a_clients_swelling_spreading_to_his_eye",
        "t_dental", (
            S("Hello, my name is Grace Mbeki, I'm a home health aide with Silver Oak Home Care. "
              "I'm with my client, Walter Pruitt, he's seventy-nine and a patient at your "
              "practice."),
            S("His jaw has swollen up on the left side since this morning, and now the swelling "
              "is spreading up toward his eye, and he says it's getting hard to swallow.", ER),
            S("Understood, I'll get him help right away. Please also let the dentist know so "
              "someone calls me back. Put it under my name, Grace Mbeki, on this cell, two zero "
              "one, five five five, zero one three four."),
            S("Thank you. I have to go now, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Grace Mbeki", "+12015550134", about=r"swell|swallow|eye|jaw",
                          urgent=True),),
        never_said=(r"\b(?:ibuprofen|advil|tylenol|acetaminophen|amoxicillin|penicillin)\b",),
        ends_call=True, clock="2026-03-10 17:40", caller="+12015550134",
        tags=("emergency",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "d35_clinic_chief_of_staffs_office_books_the_ceos_annual_physical",
        "t_clinic", (
            S("Morning. Sunita Rao, office of the chief executive at Harrow Bay Foods. I keep "
              "the calendar for our CEO, Gerald Okonkwo, and he's due for his annual physical. "
              "He's an established patient."),
            S("Date of birth April second, nineteen sixty-two. No particular doctor, whoever is "
              "available. He's on Aetna P P O through the company."),
            S("Thursday the nineteenth works, early. Eight forty in the morning would let him "
              "be back at the office by ten."),
            S("For the record: Gerald Okonkwo, annual physical, Thursday March nineteenth at "
              "eight forty AM. The callback is this line, my desk, five zero three, five five "
              "five, zero one six one. Please confirm the booking."),
            S("Perfect. Thanks for your help, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 08:40", "Gerald Okonkwo", "+15035550161",
                        about=r"physical|annual"),),
        said=(at(19, "08:40"),), ends_call=True, clock="2026-03-16 08:05",
        caller="+15035550161", tags=("booking",)),
    Scenario(
        "d35_clinic_housing_social_worker_books_a_new_patient_visit_for_a_client",
        "t_clinic", (
            S("Hi, my name is Owen Castillo, I'm a social worker with Bridgeway Supportive "
              "Housing. I'm helping a client of ours who just moved into one of our apartments "
              "establish care with a primary doctor. He'd be a brand new patient."),
            S("The patient is Curtis Langley, date of birth January fifteenth, nineteen "
              "fifty-eight. He has diabetes and hasn't seen a doctor in about two years. He has "
              "no insurance yet, so it's self-pay; our agency covers the visit."),
            S("I can drive him over on Wednesday the eighteenth in the afternoon. Two twenty "
              "would be good."),
            S("He just got his own phone, so please use his number, not mine: four one two, "
              "five five five, zero one nine seven."),
            S("So that's a new patient visit for Curtis Langley, Wednesday March eighteenth at "
              "two twenty PM, and his number is four one two, five five five, zero one nine "
              "seven. Yes, please book it."),
            S("Thanks very much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:20", "Curtis Langley", "+14125550197",
                        about=r"new patient|establish|primary|diabet|check|visit"),),
        said=(at(18, "14:20"), read_back("+14125550197")), ends_call=True,
        clock="2026-03-16 10:15", caller="+14125550140", tags=("booking",)),
    Scenario(
        "d35_clinic_school_nurse_asks_for_a_students_immunization_record_callback",
        "t_clinic", (
            S("Hello, this is Ellen Traversi, I'm the school nurse at Lincoln Middle School. "
              "I have a signed release from a parent for one of your patients, and I need a "
              "copy of the student's immunization record before enrollment closes."),
            S("I don't need an appointment. I'd just like the records or nursing staff to call "
              "me back so I can send the release over and tell them where to fax it."),
            S("My direct line in the health office is nine seven three, five five five, zero one "
              "five two. The number you see is the school's front office, so please don't use "
              "that one."),
            S("The message is from Ellen Traversi, school nurse, about an immunization record, "
              "callback nine seven three, five five five, zero one five two. Thank you."),
            S("That's it. Have a good afternoon, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ellen Traversi", "+19735550152",
                          about=r"immuni[sz]|vaccin|record|shot"),),
        said=(read_back("+19735550152"),), ends_call=True, clock="2026-03-11 13:35",
        caller="+19735550100", tags=("message",)),
    Scenario(
        "d35_clinic_social_worker_reports_a_client_thinking_of_ending_his_life",
        "t_clinic", (
            S("This is Adaeze Nwosu, clinical social worker at Harbor Street Community Services. "
              "I'm calling about a client of mine who is a patient at your clinic, Kevin Marsh."),
            S("He just texted me that he doesn't see the point anymore and has been thinking "
              "about ending his life. He's at home by himself. I wanted his doctor to know.",
              CRISIS),
            S("Yes, I'm calling the crisis line with him as soon as we hang up. Please get an "
              "urgent message to his doctor to call me: Adaeze Nwosu, three one two, five five "
              "five, zero one nine one."),
            S("Thank you. I'm going to call him now. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Adaeze Nwosu", "+13125550191",
                          about=r"suicid|ending his life|life|kevin|marsh|crisis|safe",
                          urgent=True),),
        ends_call=True, clock="2026-03-11 12:30", caller="+13125550191",
        tags=("emergency",)),
    Scenario(
        "d35_clinic_warehouse_hr_manager_asks_flu_shot_price_and_same_day_visits",
        "t_clinic", (
            S("Hi, Carla Benedetti, HR manager over at Quarry Road Distribution. I'm putting "
              "together a benefits flyer for our warehouse team and have a couple of quick "
              "questions; nothing to book today."),
            S("What does a flu shot cost at your clinic if someone pays for it themselves?",
              r"\$?40\b|forty"),
            S("And if one of our people wakes up sick, can they be seen the same day?",
              r"same[- ]day|early|first available|sick"),
            S("Last one: is there a corporate rate if a group of our staff comes in?"),
            S("Okay, that's helpful for the flyer. Thanks, bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"\d+\s*(?:%|percent)",), ends_call=True, clock="2026-03-12 15:45",
        caller="+18565550133", tags=("info",)),
    Scenario(
        "d35_clinic_spanish_speaking_caregiver_leaves_a_refill_message_for_her_client",
        "t_clinic", (
            S("Hola, buenos días. Le llamo de la agencia Cuidado en Casa Esperanza. Me llamo "
              "Marisol Quintero y soy la cuidadora de una paciente de ustedes, la señora Beatriz "
              "Salgado."),
            S("La señora necesita que la enfermera la llame por la receta de su medicina de la "
              "presión, el lisinopril. Se le termina el viernes. Su farmacia es la Walgreens de "
              "la calle Broad."),
            S("Por favor, deje el mensaje a mi nombre, Marisol Quintero, y mi número es tres "
              "cuatro seis, cinco cinco cinco, cero uno siete dos."),
            S("Sí, eso es todo. Muchas gracias, adiós.", ADIOS),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Quintero", "+13465550172",
                          about=r"lisinopril|receta|refill|prescription|medic|presi[oó]n"),),
        ends_call=True, clock="2026-03-11 11:00", caller="+13465550172",
        tags=("spanish",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "d35_law_assistant_books_an_estate_planning_video_consult_for_the_founder",
        "t_law", (
            S("Hello, this is Margot Feeney, executive assistant to Richard Castellanos, the "
              "founder of Castellanos Marine Supply. Mr. Castellanos would like an estate "
              "planning consultation, a will and possibly a trust, for himself and his wife, "
              "Elena Castellanos."),
            S("There's no dispute and no other party, no court date or deadline, and he doesn't "
              "have a lawyer on this. He'd prefer to meet by video. His email is r castellanos "
              "at castellanos marine dot com."),
            S("He travels most of next week but is free late on Monday the twenty-third. Four "
              "in the afternoon, please."),
            S("So the consultation is under Richard Castellanos, estate planning, by video, "
              "Monday March twenty-third at four PM. Callbacks to me on this line, three zero "
              "five, five five five, zero one two one. Book it, please."),
            S("Thank you kindly. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-23 16:00", "Richard Castellanos", "+13055550121",
                        about=r"estate|will|trust|planning"),),
        said=(at(23, "16:00"),), ends_call=True, clock="2026-03-13 17:30",
        caller="+13055550121", tags=("booking",)),
    Scenario(
        "d35_law_bakery_office_manager_books_the_owners_supplier_contract_consult",
        "t_law", (
            S("Good morning, I'm Hannah Brody, office manager for Ostrowski Family Bakeries. "
              "Our owner, Samuel Ostrowski, needs an initial consultation about a contract "
              "dispute with a supplier."),
            S("In short, we paid for three commercial ovens that were delivered broken and the "
              "supplier won't take them back. The other party is Keystone Commercial Ovens, "
              "L L C. There's no court date yet and we don't have a lawyer on it."),
            S("He'd like to come in person, on Thursday the twelfth at eleven in the morning."),
            S("Please use Mr. Ostrowski's cell for the callback, not the bakery line: two six "
              "seven, five five five, zero one four nine. His email is sam at ostrowski bakes "
              "dot com."),
            S("To recap: Samuel Ostrowski, initial consultation in person, Thursday March "
              "twelfth at eleven AM, callback two six seven, five five five, zero one four nine. "
              "Please put that in."),
            S("Much appreciated, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Samuel Ostrowski", "+12675550149",
                        about=r"contract|supplier|oven|dispute|business|consult"),),
        said=(at(12, "11:00"), read_back("+12675550149")),
        never_said=(r"you (?:have|don't have|do not have) a (?:good |strong |solid )?case",),
        ends_call=True, clock="2026-03-09 09:20", caller="+12675550100", tags=("booking",)),
    Scenario(
        "d35_law_realtor_wants_an_attorney_to_call_about_her_buyers_contract",
        "t_law", (
            S("Hi, Bettina Carvalho with Crescent Realty. I have buyers under contract on a "
              "condo, and they'd like an attorney to review the purchase agreement for them."),
            S("I'm not looking to book anything right now, I just need an attorney or a "
              "paralegal to call me back today or tomorrow so we can get the documents over."),
            S("Please take my cell, not the office number: eight six two, five five five, zero "
              "one three eight. Bettina, B E T T I N A, Carvalho."),
            S("So it's a message from Bettina Carvalho about a purchase contract review, "
              "callback eight six two, five five five, zero one three eight. Thanks a lot."),
            S("Great, bye-bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bettina Carvalho", "+18625550138",
                          about=r"contract|purchase|review|agreement|condo"),),
        said=(read_back("+18625550138"),), ends_call=True, clock="2026-03-10 15:50",
        caller="+18625550100", tags=("message",)),
    Scenario(
        "d35_law_youth_shelter_caseworker_reports_a_client_arrested_before_arraignment",
        "t_law", (
            S("Hello, my name is Marcus Feld, I'm a caseworker at the Lantern House youth "
              "shelter. I'm calling on behalf of one of our residents, a nineteen-year-old."),
            S("He was arrested last night and he's being held at the county jail. His "
              "arraignment is tomorrow morning at nine, and he has no lawyer."),
            S("Please have an attorney call me back as soon as possible tonight or first thing. "
              "I'm Marcus Feld, and my cell is four zero four, five five five, zero one one "
              "eight."),
            S("Thank you, I'll keep my phone on. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marcus Feld", "+14045550118",
                          about=r"arrest|custody|arraign|jail|court", urgent=True),),
        never_said=(r"you(?:'ll| will) (?:win|get (?:him )?out)",),
        ends_call=True, clock="2026-03-10 19:45", caller="+14045550118",
        tags=("emergency",)),
    Scenario(
        "d35_law_opposing_counsels_paralegal_asks_to_be_put_through",
        "t_law", (
            S("Good afternoon, this is Renata Silva, a paralegal at Whitcombe and Hale. I'm "
              "calling about scheduling a deposition on a matter where your firm is opposing "
              "counsel."),
            S("I'd prefer not to go through the case details with a virtual receptionist, it's "
              "a scheduling conversation that needs someone on the legal team."),
            S("Could you please put me through to someone in the office now?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:10",
        caller="+16465550177", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "d35_law_dental_group_office_manager_asks_about_video_fees_and_documents",
        "t_law", (
            S("Hi, I'm Priscilla Ng, office manager at Riverside Dental Group. One of our "
              "partners may want to talk to a lawyer about a partnership disagreement, but I'm "
              "only gathering information for him today."),
            S("Can the consultation be done over video, or does he have to come in?",
              r"video"),
            S("What does an initial consultation cost?", r"\$?250\b|two hundred (?:and )?fifty"),
            S("And what should he bring with him?", r"ID|document|contract|letter|paper"),
            S("Thank you, I'll pass all that on and he'll call to book. Goodbye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"you (?:have|don't have|do not have) a (?:good |strong |solid )?case",),
        ends_call=True, clock="2026-03-12 08:30", caller="+17325550144", tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "d35_plumb_property_manager_books_a_running_toilet_in_a_tenants_unit",
        "t_plumb", (
            S("Evening, this is Yusuf Demir, property manager with Harmon Street Holdings. I "
              "need a plumber for a running toilet in one of our rental units."),
            S("The address is twenty-two hundred Harmon Street, apartment four B, ZIP one zero "
              "zero two seven. It's not leaking on the floor, it just runs constantly. It's a "
              "rental; I manage the building for the owner, so the repair is approved."),
            S("The tenant will be home Monday the sixteenth in the morning. The nine o'clock "
              "arrival window would be ideal."),
            S("Please put the booking under the tenant's name, Luis Ortega, since he'll let the "
              "technician in, but any calls come to me on this number, seven one eight, five "
              "five five, zero one nine four."),
            S("So: Luis Ortega, apartment four B at twenty-two hundred Harmon Street, running "
              "toilet, Monday March sixteenth at nine AM. Please book it."),
            S("Thanks, good night.", BYE + r"|good night"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Luis Ortega", "+17185550194",
                        about=r"toilet|running"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-12 18:30",
        caller="+17185550194", tags=("booking",)),
    Scenario(
        "d35_plumb_daycare_director_books_a_saturday_drain_cleaning_while_the_center_is_shut",
        "t_plumb", (
            S("Hi, Keisha Rowland, director of Little Acorns Early Learning Center. The big "
              "sink in our kitchen has been draining slower and slower and I'd like to get the "
              "line cleaned."),
            S("We're at eighty-five Carver Avenue, ZIP one zero zero three one. Nothing's "
              "overflowing or leaking right now, it's just slow. We own the building."),
            S("We're closed on Saturdays, so this Saturday, the fourteenth, at seven in the "
              "morning is best; I'll be there to open up."),
            S("Just to be clear, that's a drain cleaning for Keisha Rowland at Little Acorns, "
              "eighty-five Carver Avenue, Saturday March fourteenth at seven AM, and this number "
              "is fine for the callback. Yes, book it."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 07:00", "Keisha Rowland", "+13475550115",
                        about=r"drain|sink|clog|slow"),),
        said=(at(14, "07:00"),), ends_call=True, clock="2026-03-11 13:05",
        caller="+13475550115", tags=("booking",)),
    Scenario(
        "d35_plumb_listing_agent_books_a_water_heater_repair_for_her_seller",
        "t_plumb", (
            S("Hello, Danielle Fitch from Keller Point Realty. I'm getting a client's house ready "
              "to list and the water heater isn't producing hot water; the pilot won't stay lit. "
              "I'd like a repair visit."),
            S("The house is at forty-seven Linden Court, ZIP one zero four six three. There's "
              "no water leaking. The owner is my seller, Margaret Hollings, she owns it and has "
              "approved the repair; there's a lockbox and I'll meet the technician."),
            S("Thursday the nineteenth, the one o'clock arrival window, please."),
            S("Put it under the homeowner, Margaret Hollings, but send all calls to my cell, "
              "two zero one, five five five, zero one six nine, not this office line."),
            S("To confirm: Margaret Hollings, forty-seven Linden Court, water heater repair, "
              "Thursday March nineteenth at one PM, callback two zero one, five five five, zero "
              "one six nine. Go ahead."),
            S("Perfect, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:00", "Margaret Hollings", "+12015550169",
                        about=r"water heater|hot water|pilot"),),
        said=(at(19, "13:00"), read_back("+12015550169")), ends_call=True,
        clock="2026-03-16 20:10", caller="+12015550100", tags=("booking",)),
    Scenario(
        "d35_plumb_residential_manager_wants_a_quote_call_for_twelve_water_heaters",
        "t_plumb", (
            S("Good morning, Howard Tsai, Cornerstone Residential. We manage a twelve-unit "
              "building and most of the water heaters are original, so the owners want them "
              "replaced over the next few months."),
            S("I don't want to book a visit yet. I need someone from your office to call me to "
              "talk about scheduling a walkthrough and a quote for all twelve. Our purchase "
              "order reference is C R dash two two zero nine."),
            S("My direct line is the best way: nine one four, five five five, zero one five "
              "six. That's Howard Tsai, T S A I."),
            S("So, a message from Howard Tsai about quoting twelve water heater replacements, "
              "call back on nine one four, five five five, zero one five six."),
            S("Thanks, have a good weekend. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Tsai", "+19145550156",
                          about=r"water heater|quote|replace|estimate|unit|walkthrough"),),
        said=(read_back("+19145550156"),), ends_call=True, clock="2026-03-14 08:45",
        caller="+19145550100", tags=("message",)),
    Scenario(
        "d35_plumb_sunday_night_property_manager_has_water_coming_through_a_ceiling",
        "t_plumb", (
            S("Hi, this is Renée Dubois, I'm the on-call property manager for Alder Court "
              "Apartments, three ten Alder Court, ZIP one zero zero two five."),
            S("A tenant in unit two A just called me: water is pouring through her bathroom "
              "ceiling from the unit above, and nobody is answering up there.", WATER_NOW),
            S("Our super is on his way to shut off the main. Please get this to whoever is on "
              "call as an emergency. I'm Renée Dubois, and the callback is this cell, six four "
              "six, five five five, zero one eight two."),
            S("Thanks. I'm heading over there now, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Renée Dubois", "+16465550182",
                          about=r"water|ceiling|leak|pour|flood", urgent=True),),
        ends_call=True, clock="2026-03-15 21:20", caller="+16465550182",
        tags=("emergency",)),
    Scenario(
        "d35_plumb_school_district_facilities_manager_asks_for_the_dispatcher",
        "t_plumb", (
            S("Morning, Glen Huxley, facilities manager for the Eastfield School District. We're "
              "looking for a plumbing company to handle service calls at four of our elementary "
              "schools."),
            S("It's a standing arrangement with purchase orders per job, not a single visit, so "
              "it's not something to book through you."),
            S("Could you put me through to your dispatcher or a manager, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:40",
        caller="+15165550129", overrides=TRANSFER_LINE, tags=("person",)),
    # --- salon (closed Sunday and Monday; Thursday to 8, Saturday 9 to 5; hour slots) ------
    Scenario(
        "d35_salon_chief_executives_assistant_books_a_blowout_before_a_keynote",
        "t_salon", (
            S("Hi, good morning. I'm Kendra Vos, executive assistant to Nadia Kowalczyk, the "
              "CEO of Lumen Health. She's speaking at a dinner on Thursday and needs a blowout "
              "beforehand. She's been to you before."),
            S("No stylist preference, whoever is free. Thursday the twelfth at five in the "
              "afternoon would give her time to get to the venue."),
            S("The appointment should be under Nadia Kowalczyk, that's K O W A L C Z Y K. "
              "Callbacks to me on this line, four one five, five five five, zero one three "
              "six."),
            S("So a blowout for Nadia Kowalczyk, Thursday March twelfth at five PM. Please book "
              "it."),
            S("Thank you so much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Nadia Kowalczyk", "+14155550136",
                        about=r"blow ?-?out|blow-?dry"),),
        said=(at(12, "17:00"),), ends_call=True, clock="2026-03-10 09:15",
        caller="+14155550136", tags=("booking",)),
    Scenario(
        "d35_salon_tv_producer_books_a_cut_and_style_for_the_morning_anchor",
        "t_salon", (
            S("Hey, this is Jordan Pike, segment producer at Channel Nine. I'm booking for one "
              "of our anchors, Simone Achterberg, she's new to town and new to your salon. She "
              "needs a women's haircut and style."),
            S("Any stylist is fine. She's off air by ten thirty on Wednesday, so Wednesday the "
              "eighteenth at eleven in the morning is ideal."),
            S("It should be under her name, Simone Achterberg, A C H T E R B E R G. Reach me on "
              "my cell for anything, that's the number I'm calling on."),
            S("Confirming: women's haircut and style for Simone Achterberg, Wednesday March "
              "eighteenth at eleven AM. Please lock that in."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Simone Achterberg", "+16125550158",
                        about=r"cut|style"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-15 16:00",
        caller="+16125550158", tags=("booking",)),
    Scenario(
        "d35_salon_group_home_worker_books_a_residents_saturday_haircut",
        "t_salon", (
            S("Hello, Bernard Osei calling from Maple Hill Residences, it's a group home. One "
              "of our residents, Eddie Calloway, would like a men's haircut. He hasn't been to "
              "your salon before."),
            S("I'll bring him over myself. Saturdays are easiest for our staffing, so "
              "Saturday the twenty-first at nine in the morning, with anyone who's available."),
            S("Put it under Eddie Calloway, please, and use the house phone I'm calling from "
              "if you need us."),
            S("That's a men's haircut for Eddie Calloway on Saturday March twenty-first at nine "
              "AM. Yes, please book it."),
            S("Thank you, bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 09:00", "Eddie Calloway", "+12155550127",
                        about=r"men|haircut|cut"),),
        said=(at(21, "09:00"),), ends_call=True, clock="2026-03-16 11:30",
        caller="+12155550127", tags=("booking",)),
    Scenario(
        "d35_salon_assistant_moves_her_bosss_color_from_wednesday_to_friday_noon",
        "t_salon", (
            S("Hi, it's Lucy Amadi, assistant to Ingrid Solberg at Solberg Design. I'm calling "
              "from the studio line her appointments are under."),
            S("Ms. Solberg has a color appointment with you on Wednesday the eighteenth at three "
              "PM, and a client meeting has landed on top of it, so I need to move it."),
            S("Friday the twentieth works instead, at twelve noon."),
            S("So please move Ingrid Solberg's color from Wednesday March eighteenth at three to "
              "Friday March twentieth at twelve noon. Yes, go ahead."),
            S("Lovely, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 12:00", "Ingrid Solberg", "+17735550146"),),
        cancelled=("2026-03-18 15:00",),
        seed=(Seed("2026-03-18 15:00", "Ingrid Solberg", "+17735550146"),),
        said=(at(20, "12:00"),), ends_call=True, clock="2026-03-12 12:30",
        caller="+17735550146", tags=("move",)),
    Scenario(
        "d35_salon_office_manager_wants_a_call_about_blowouts_for_eight_staff",
        "t_salon", (
            S("Hi, Tamsin Greer, office manager at Fairlight Communications. We have a company "
              "photo shoot coming up and eight of our team would like blowouts that morning."),
            S("I know that's a group booking, so I'd rather someone at the salon call me to sort "
              "out timing and stylists than book it piece by piece now."),
            S("My direct line is five one two, five five five, zero one eight eight; the number "
              "showing is our reception desk."),
            S("So it's Tamsin Greer, group blowouts for eight, please call me back on five one "
              "two, five five five, zero one eight eight. Thanks."),
            S("Thanks, have a nice evening. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tamsin Greer", "+15125550188",
                          about=r"group|blow ?-?out|eight|8|photo|team|staff"),),
        said=(read_back("+15125550188"),), ends_call=True, clock="2026-03-13 18:40",
        caller="+15125550100", tags=("message",)),
    Scenario(
        "d35_salon_french_speaking_assistant_asks_for_a_call_back_for_her_director",
        "t_salon", (
            S("Bonjour, je suis Camille Fournier, l'assistante de Madame Hélène Marchetti, "
              "directrice chez Maison Lacroix. Excusez-moi, je ne parle pas anglais."),
            S("Madame Marchetti voudrait un brushing jeudi soir, avant un dîner. Est-ce que "
              "quelqu'un du salon peut me rappeler, s'il vous plaît?"),
            S("Mon nom est Camille Fournier, et mon numéro est le six quatre six, cinq cinq "
              "cinq, zéro un trois neuf."),
            S("Merci beaucoup, au revoir.", AU_REVOIR),
        ),
        outcome="message_taken",
        messages=(Message("Camille Fournier", "+16465550139"),),
        ends_call=True, clock="2026-03-11 14:00", caller="+16465550139",
        tags=("language",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday noon to 4; half hours) -----
    Scenario(
        "d35_homes_relocation_coordinator_books_a_buyer_consult_for_an_incoming_engineer",
        "t_homes", (
            S("Hi, this is Naomi Lindgren, relocation coordinator at Vantage Robotics. We have "
              "an engineer joining us from Austin next month, Arjun Mehta, and he wants to buy "
              "a home here. I'd like to set up a buyer consultation with one of your agents."),
            S("He isn't working with an agent here, he's pre-approved with his bank, and he'd "
              "like to move by early May. His email is arjun dot mehta at vantage robotics dot "
              "com."),
            S("He's in town on Monday the sixteenth and free at the end of the day, five PM."),
            S("Please use his cell for callbacks: five one two, five five five, zero one seven "
              "five. The booking is under Arjun Mehta."),
            S("So: buyer consultation for Arjun Mehta, Monday March sixteenth at five PM, "
              "callback five one two, five five five, zero one seven five. Book it, please."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:00", "Arjun Mehta", "+15125550175",
                        about=r"buy|consult"),),
        said=(at(16, "17:00"), read_back("+15125550175")), ends_call=True,
        clock="2026-03-12 10:00", caller="+14085550100", tags=("booking",)),
    Scenario(
        "d35_homes_assistant_books_a_listing_consultation_for_her_bosss_house",
        "t_homes", (
            S("Good evening. Felicity Odum, assistant to Charles Abernathy at Abernathy and "
              "Webb. Mr. Abernathy is thinking of selling his house and would like an agent to "
              "come and do a valuation and listing consultation."),
            S("The property is eighty-eight Westbrook Drive. It isn't listed with any other "
              "agency, and he's hoping to list in the spring."),
            S("He's home on Saturday the twenty-first. Ten thirty in the morning suits him."),
            S("Put the appointment under Charles Abernathy, and I'm the contact on this line, "
              "six one seven, five five five, zero one five nine."),
            S("Confirming: home valuation and listing consultation for Charles Abernathy at "
              "eighty-eight Westbrook Drive, Saturday March twenty-first at ten thirty AM. "
              "Please book it."),
            S("Thank you, good night.", BYE + r"|good night"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:30", "Charles Abernathy", "+16175550159",
                        about=r"valuation|listing|sell|worth|apprais|consult"),),
        said=(at(21, "10:30"),),
        never_said=(r"\$\s?\d{3},?\d{3}|\b\d{3} thousand|worth (?:about|around|roughly)",),
        ends_call=True, clock="2026-03-18 19:15", caller="+16175550159",
        tags=("booking",)),
    Scenario(
        "d35_homes_university_housing_office_books_a_sunday_rental_showing",
        "t_homes", (
            S("Hello, Peter Vance from the faculty housing office at Ridgeline University. A "
              "visiting professor is arriving next week and needs a rental; I'd like to book a "
              "showing of your listing at fourteen Birch Lane, unit two."),
            S("She's looking to rent from April first, for a year. The professor's name is Ines "
              "Albrecht, and she'll go to the showing herself."),
            S("She lands Saturday, so Sunday the twenty-second at twelve thirty would work "
              "well."),
            S("Please put the showing under Ines Albrecht, and call this number, our office "
              "line, if anything changes: three one four, five five five, zero one three one."),
            S("So it's a rental showing at fourteen Birch Lane, unit two, for Ines Albrecht on "
              "Sunday March twenty-second at twelve thirty PM. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-22 12:30", "Ines Albrecht", "+13145550131",
                        about=r"rent|showing|birch"),),
        said=(at(22, "12:30"),), ends_call=True, clock="2026-03-20 15:40",
        caller="+13145550131", tags=("booking",)),
    Scenario(
        "d35_homes_assistant_moves_her_bosss_showing_to_friday_morning",
        "t_homes", (
            S("Hi, this is Ava Tremblay, I work for Douglas Fairweather at Fairweather "
              "Engineering. I'm calling from his office line, which his showing was booked "
              "under."),
            S("He has a showing with you on Thursday the nineteenth at four PM and he's been "
              "pulled into a site inspection, so we need a different time."),
            S("Friday the twentieth at nine thirty in the morning would work."),
            S("Please move Douglas Fairweather's showing from Thursday March nineteenth at four "
              "to Friday March twentieth at nine thirty AM. Go ahead."),
            S("Thanks very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 09:30", "Douglas Fairweather", "+19525550124"),),
        cancelled=("2026-03-19 16:00",),
        seed=(Seed("2026-03-19 16:00", "Douglas Fairweather", "+19525550124"),),
        said=(at(20, "09:30"),), ends_call=True, clock="2026-03-17 09:05",
        caller="+19525550124", tags=("move",)),
    Scenario(
        "d35_homes_estate_paralegal_wants_an_agent_to_call_about_selling_a_house",
        "t_homes", (
            S("Good afternoon, Jonah Whitfield, paralegal at Brenner Estate Law. We're handling "
              "the estate of a client who recently passed, and the executor needs to sell her "
              "house."),
            S("We'd like an agent to call me back to talk about a valuation and listing, so the "
              "executor can decide how to proceed. No appointment yet."),
            S("Please use my direct line, two zero two, five five five, zero one six six. The "
              "number you have is our firm's main line."),
            S("Message from Jonah Whitfield about valuing and selling an estate property, "
              "callback two zero two, five five five, zero one six six. Thanks."),
            S("Great, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jonah Whitfield", "+12025550166",
                          about=r"estate|valu|worth|sell|list"),),
        said=(read_back("+12025550166"),),
        never_said=(r"\$\s?\d{3},?\d{3}|\b\d{3} thousand",),
        ends_call=True, clock="2026-03-16 13:10", caller="+12025550100",
        tags=("message",)),
    Scenario(
        "d35_homes_hr_relocation_specialist_asks_preapproval_touring_and_sunday_hours",
        "t_homes", (
            S("Hi, Marisa Velez, HR relocation specialist at Northbeam Bank. I'm writing a "
              "guide for employees who are relocating, and I have three quick questions."),
            S("Does someone need to be pre-approved for a mortgage before they can see a home?",
              r"pre-?approv|prefer|not always"),
            S("Do buyers have to sign anything before touring houses with one of your agents?",
              r"sign|agreement|written"),
            S("And what are your hours on Sundays?", r"12|noon|twelve"),
            S("That's all I need, thanks. Bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"\d(?:\.\d)?\s*(?:%|percent)",),
        ends_call=True, clock="2026-03-14 11:20", caller="+17045550137", tags=("info",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour slots) ---------------------
    Scenario(
        "d35_auto_fleet_manager_books_a_vans_oil_change_and_rotation_on_a_po",
        "t_auto", (
            S("Afternoon, Dwayne Porter, fleet manager at Brightline Electric. One of our "
              "service vans needs a full synthetic oil change and a tire rotation."),
            S("It's a twenty twenty-one Ford Transit with about sixty-eight thousand miles. It "
              "drives fine, no warning lights. One of our techs will drop it off and we'll pick "
              "it up later. Purchase order number is B E seven seven one two."),
            S("First thing Tuesday the seventeenth, the seven thirty slot, if it's open."),
            S("Book it under my name, Dwayne Porter, and use my direct line rather than our "
              "main number: eight one six, five five five, zero one four three."),
            S("So: Dwayne Porter, Ford Transit, oil change and tire rotation, Tuesday March "
              "seventeenth at seven thirty AM, callback eight one six, five five five, zero one "
              "four three. Please confirm it."),
            S("Good, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Dwayne Porter", "+18165550143",
                        about=r"oil|rotat|tire"),),
        said=(at(17, "07:30"), read_back("+18165550143")), ends_call=True,
        clock="2026-03-13 16:45", caller="+18165550100", tags=("booking",)),
    Scenario(
        "d35_auto_assistant_books_a_check_engine_diagnostic_for_her_bosss_audi",
        "t_auto", (
            S("Hi, Rachel Kim, executive assistant to Evelyn Hargrove at Hargrove Capital. Ms. "
              "Hargrove's car has its check engine light on and I'd like to book a diagnostic."),
            S("It's a twenty nineteen Audi Q5, about forty-one thousand miles. The light is on "
              "steady, not flashing, and it drives normally. Her driver will drop it off."),
            S("Saturday the fourteenth at eight in the morning works best for her."),
            S("Please put it under Evelyn Hargrove, and callbacks to me on this number."),
            S("To confirm: check engine diagnostic for Evelyn Hargrove's Audi Q5, Saturday March "
              "fourteenth at eight AM. Yes, please book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Evelyn Hargrove", "+16505550185",
                        about=r"check engine|diagnos|engine light"),),
        said=(at(14, "08:00"),),
        never_said=(r"(?:it's|it is|sounds like) (?:probably |likely )?(?:the|a|an) "
                    r"(?:oxygen|O2|sensor|catalytic|gas cap|spark)",),
        ends_call=True, clock="2026-03-11 07:10", caller="+16505550185",
        tags=("booking",)),
    Scenario(
        "d35_auto_fleet_coordinator_cancels_a_vans_brake_inspection",
        "t_auto", (
            S("Hi, Rosalind Pike, fleet coordinator at Summit Courier Services. I'm calling "
              "from our dispatch line, the number the appointment was made on."),
            S("We have one of our vans booked with you for a brake inspection on Thursday the "
              "nineteenth at ten thirty, under my name. We sold that van this week, so the "
              "appointment isn't needed."),
            S("Please cancel the appointment under Rosalind Pike on Thursday March nineteenth "
              "at ten thirty AM. No need to rebook."),
            S("Yes, cancel it, thanks."),
            S("That's it. Take care, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-19 10:30",), ends_call=True,
        seed=(Seed("2026-03-19 10:30", "Rosalind Pike", "+17205550112"),),
        said=(r"cancel",), clock="2026-03-17 13:40", caller="+17205550112",
        tags=("cancel",)),
    Scenario(
        "d35_auto_rental_branch_manager_wants_an_advisor_to_call_about_an_estimate",
        "t_auto", (
            S("Hello, Kofi Mensah, branch manager at Crosstown Car Rental. One of our cars, a "
              "white Camry, has been at your shop since yesterday for a brake noise, and I "
              "understand there's an estimate waiting for approval."),
            S("I'd like the service advisor to call me to go over the estimate before anything "
              "is approved. Our account reference with you is C C R four one."),
            S("Please call my direct line, not the branch counter: three zero three, five five "
              "five, zero one two six. That's Kofi Mensah, K O F I."),
            S("So: Kofi Mensah, about the Camry's estimate, call back three zero three, five "
              "five five, zero one two six. Thanks."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kofi Mensah", "+13035550126",
                          about=r"estimate|approv|camry|brake|car|vehicle"),),
        said=(read_back("+13035550126"),), ends_call=True, clock="2026-03-09 17:50",
        caller="+13035550100", tags=("message",)),
    Scenario(
        "d35_auto_home_health_scheduler_reports_a_company_car_smoking_on_the_shoulder",
        "t_auto", (
            S("Hi, this is Tanya Kozlov, scheduler at Meridian Home Health. One of our nurses "
              "is in a company car, a twenty seventeen Chevy Malibu, that you've serviced "
              "before."),
            S("She just called me: there's smoke coming from under the hood and a burning "
              "smell, and she's pulled over on the shoulder of Route nine.", DONT_DRIVE),
            S("She's out of the car and I'm arranging a tow now. Please have someone from the "
              "shop call me as soon as you open: Tanya Kozlov, five four one, five five five, "
              "zero one nine three."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Kozlov", "+15415550193",
                          about=r"smok|burn|hood|tow|malibu|shoulder", urgent=True),),
        never_said=(r"(?:it's|it is|it should be) (?:safe|fine|okay) to drive",),
        ends_call=True, clock="2026-03-12 07:05", caller="+15415550193",
        tags=("emergency",)),
    Scenario(
        "d35_auto_landscaping_fleet_coordinator_is_called_away_mid_sentence",
        "t_auto", (
            S("Morning, Trevor Nakamura, fleet coordinator with Greenway Landscaping. I need to "
              "get two of our pickup trucks in for— hang on, my other line is ringing, one "
              "second."),
            silent(STILL_THERE),
            silent(GONE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-14 10:00",
        caller="+19195550145", tags=("hangup",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "d35_vet_pet_sitter_books_a_wellness_exam_for_a_travelling_clients_cat",
        "t_vet", (
            S("Hi, this is Maya Sorensen from Whiskers and Wags Pet Sitting. One of my clients "
              "is travelling and asked me to take her cat in for his yearly wellness exam. "
              "She's an existing client of yours."),
            S("The owner is Harriet Lemaire. The cat is Pistachio, a twelve-year-old orange "
              "tabby, neutered male. He's healthy, eating fine, no problems, just due for his "
              "checkup."),
            S("I can bring him Friday the thirteenth at four thirty in the afternoon."),
            S("The appointment should go under the owner, Harriet Lemaire, but I'm the one "
              "to call while she's away, at this number."),
            S("So: wellness exam for Pistachio, owner Harriet Lemaire, Friday March thirteenth "
              "at four thirty PM. Please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:30", "Harriet Lemaire", "+15035550179",
                        about=r"wellness|exam|check|annual|yearly"),),
        said=(at(13, "16:30"),), ends_call=True, clock="2026-03-11 18:20",
        caller="+15035550179", tags=("booking",)),
    Scenario(
        "d35_vet_assistant_books_rabies_shot_for_her_bosss_bernese",
        "t_vet", (
            S("Good morning, Olivia Brandt, assistant to Franklin Adeyemi at Adeyemi Partners. "
              "His dog is due for her rabies vaccine and I'm arranging it for him; he's an "
              "existing client."),
            S("She's Juniper, a three-year-old Bernese mountain dog, perfectly healthy."),
            S("He can bring her Saturday the twenty-first, ten thirty in the morning."),
            S("Book it under Franklin Adeyemi, and I'm the contact on this line, six one two, "
              "five five five, zero one nine nine."),
            S("So that's a rabies vaccine for Juniper, owner Franklin Adeyemi, Saturday March "
              "twenty-first at ten thirty AM. Please book it."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:30", "Franklin Adeyemi", "+16125550199",
                        about=r"rabies|vaccin|shot"),),
        said=(at(21, "10:30"),), ends_call=True, clock="2026-03-18 10:05",
        caller="+16125550199", tags=("booking",)),
    Scenario(
        "d35_vet_k9_sergeant_wants_a_call_about_the_department_dogs_records",
        "t_vet", (
            S("Good morning, this is Sergeant Luke Brannigan with the Oakdale Police Department "
              "K-9 unit. Our patrol dog, Rex, is a patient of yours."),
            S("I need someone from the clinic to call me about getting a copy of his vaccine "
              "records for his annual certification. No appointment needed."),
            S("Call me on the department line I'm calling from, and ask for extension four four "
              "one two. The name is Luke Brannigan."),
            S("To sum up: Luke Brannigan, about Rex's vaccine records, on this number, "
              "extension four four one two. Thanks."),
            S("Appreciate it, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Luke Brannigan", "+15105550120",
                          about=r"record|vaccin|rex|certif|k-?9"),),
        ends_call=True, clock="2026-03-10 11:10", caller="+15105550120",
        tags=("message",)),
    Scenario(
        "d35_vet_daycare_manager_has_a_boarder_who_ate_xylitol_gum",
        "t_vet", (
            S("Hi, this is Dana Okafor, manager at Bark Avenue Dog Daycare on Fifth Street. One "
              "of the dogs boarding with us this week is a patient of yours."),
            S("He's a four-year-old beagle called Biscuit, his owner is Mark Lowe, and we have "
              "Mr. Lowe's signed authorization to get him vet care while he's away."),
            S("About ten minutes ago he got into a staff member's bag and ate a pack of "
              "sugar-free gum with xylitol. We're putting him in the car right now; please put "
              "me through to someone.", VET_NOW + "|" + PUT_THROUGH),
        ),
        outcome="transferred", transfer=True,
        never_said=(r"(?:make|get|induce) (?:him|the dog|it) (?:to )?(?:vomit|throw up)|"
                    r"hydrogen peroxide",),
        clock="2026-03-12 13:15", caller="+13125550174", overrides=TRANSFER_LINE,
        tags=("emergency",)),
    Scenario(
        "d35_vet_shelter_director_asks_to_speak_to_someone_about_spay_neuter",
        "t_vet", (
            S("Good morning, Lena Hartmann, director of Second Chance Cat Rescue. We're "
              "looking for a clinic to handle spay and neuter surgeries for our cats on an "
              "ongoing basis."),
            S("We'd be sending several cats a month, so it's really a conversation about an "
              "arrangement rather than a single booking."),
            S("Could I speak with someone there, a practice manager or one of the vets?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-13 09:40",
        caller="+14145550163", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "d35_vet_dog_walking_company_asks_species_rabies_price_and_saturday_hours",
        "t_vet", (
            S("Hi, Sam Whitlock, owner of Leash and Lead Dog Walking. I'd like to recommend a "
              "vet to our customers and have a few quick questions first."),
            S("Which animals do you see? Some of our customers have rabbits as well.",
              r"dogs?|cats?"),
            S("How much is a rabies vaccine?", r"\$?30\b|thirty"),
            S("And are you open on Saturdays, and until when?", r"12|noon|twelve"),
            S("Great, that's all. Thanks, bye.", BYE),
        ),
        outcome="information_only",
        ends_call=True, clock="2026-03-15 19:30", caller="+17185550151", tags=("info",)),
]
