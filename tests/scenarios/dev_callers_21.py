"""A twenty-first development set: 48 scripted callers, six in each of the fleet's eight trades,
who negotiate and change their minds about what they want and when, in the held-out mix of
kinds.

Written by a helper session (branch dev-callers-21) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the nineteenth
set's module docstring, its helper definitions and its first three callers, and its test file,
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py
(`at()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out
mix of kinds, KINDS_21 below).

What makes it different: the callers negotiate, and they change their minds. They turn a time
down before it is booked ("I can't do mornings after all", "that's too early, I can't get there
before nine thirty", "noon's too early, we have church"), ask for something else ("anything
later that day?", "what's the soonest you have?", "is there something closer to five?"), and
move the day after they have named it ("wait, the 19th is my son's recital", "Saturday
mornings are his grooming", "Monday's no good, my husband has a dentist appointment"). They
switch the service mid-call ("make it a cut and color, not just a cut", "forget the cleaning,
I want the whitening", "forget the diagnostic, I want the pre-purchase inspection", "forget the
showing, I need a valuation of my own house"), add to it ("can you add a tire rotation to
that?", "add his rabies vaccine to that same visit", "have them look at the running toilet
too"), switch who or what it is for ("book my daughter instead of me", "it's our cat who needs
to be seen, not the dog"), compare before they choose ("which is cheaper, partial highlights or
a balayage?", "the annual physical or a sports physical?", "a new patient exam or a wellness
exam?"), book two things in one call (a son's sports physical and the parent's flu shot, a
daughter's haircut and the mother's blowout back to back), and turn a booking into something
else: a cancellation instead of a move, a refill request instead of a visit, a message when no
time fits, an emergency when a drip becomes a burst pipe or a toothache's swelling reaches the
eye. Because the scripted caller cannot hear what was offered, a caller who turns a time down
or counter-offers names the exact final day and time on a later line, with the name the booking
is for, and `said=` checks that final time was read back; a caller who changes the service
names the final service, and the booking's `about=` checks it. The two callers who speak no
English speak Spanish and French. Calls ring at realistic hours via `clock=`: before opening, at
lunch, after closing, on a Saturday, a Sunday or the salon's closed Monday. The mix is the
held-out sets' (KINDS_HELDOUT_MIX: 20 bookings, 8 messages, 6 emergencies, 2 moves and 2
cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 other-language
caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)` pattern is loose and
case-insensitive so any good wording passes, and every price, hour and policy it looks for is
the business's own (profession_data.py); where the business's data has no price (a contract
review, a cat's dental cleaning, a battery, a rental's rent) the check is only for an
honest answer, never a made-up number.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev21

which prints `RESULT dev21_pass_rate=`, measured and never gated.
Its first run, on main at 6b45af4, before anyone had read a transcript of it: 35/48 = 0.729.
Its failing transcripts were then read. One check was the set's own error: the patient who can
only come on a Friday after three (dental) accepted on its first line only a reply naming the
Friday closing time ("2", "two", "close"), and rejected "I'm sorry, I don't have anything open
Friday, March 13th in the afternoon", an honest reply; it now also takes "don't have anything",
"nothing open" or "no availability", and the caller still fails on its own account (the
message it asks for is never taken). Every other failure was the receptionist's and those
callers are unchanged. Its second run, after that fix: 35/48 = 0.729, the same thirteen callers
failing with the same reasons.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its final day and time. Only a call with
`overrides` carrying a transfer number, inside opening hours, has a line to transfer to (the
caller asks for a person only in the last line); elsewhere a caller who wants a person is
helped or leaves a message. An emergency ends with an urgent message; a routine message is not
urgent. A call whose last line says goodbye is hung up by the receptionist (`ends_call=True`);
one that ends on a yes is not.
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
KINDS_21 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
URGENT = r"urgent|as soon as|right away|immediately|priority|straight away"
HANDED_ON = r"pass|passed|message|team|let them know|call you back|noted|sent"
# a price the business's data does not have: an honest "it depends", an exam or estimate
# first, or a note for the team; never a number
NO_PRICE = (r"depend|exam|inspect|estimate|quote|consult|(?:can't|cannot|not able to|unable to) "
            r"(?:give|quote|say|price|tell)|(?:don't|do not) have|not (?:listed|sure)|on site"
            r"|technician|attorney|vet|team|message|call you")
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[ée]sol[ée]"
               r"|anglais|fran[cç]ais|nom\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"


DEV_CALLERS_21: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev21_dental_morning_cleaning_then_cant_do_mornings_after_all_takes_2pm",
        "t_dental", (
            S("Hi, I'm an existing patient and I'd like to book a cleaning and exam for "
              "Thursday the 19th at nine in the morning, for Hannah Cole, C, O, L, E."),
            S("Oh wait, actually I can't do mornings after all, I have a standing work call "
              "until noon on Thursdays. Is there anything that afternoon instead?"),
            S("Then let's make it Thursday the 19th at two in the afternoon instead, for Hannah "
              "Cole, C, O, L, E, date of birth June 9th, 1988."),
            S("No pain, just the regular cleaning and checkup. I have Cigna through work, and "
              "the cell I'm calling from is the best number."),
            S("Yes, the cleaning on Thursday the 19th at two in the afternoon, that's right, "
              "please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Hannah Cole", "+17735550301",
                        about=r"clean|check|exam"),),
        said=(at(19, "14:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+17735550301", tags=("booking",)),
    Scenario(
        "dev21_dental_forget_the_cleaning_wants_whitening_asks_price_books_wednesday",
        "t_dental", (
            S("Hi, I've been to you before and I'd like to book a cleaning for sometime next "
              "week."),
            S("Actually, you know what, forget the cleaning, I had one in January. What I "
              "really want is the in-office teeth whitening. How much is that?",
              r"450|four hundred (?:and )?fifty"),
            S("Okay, let's book the whitening for Wednesday the 18th at one in the afternoon, "
              "for Sofia Marchetti, M, A, R, C, H, E, T, T, I, date of birth February 2nd, "
              "1991."),
            S("No pain, I'll pay by card for this one, and the cell I'm calling from is the "
              "best number."),
            S("Yes, the whitening on Wednesday the 18th at one, not a cleaning, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 13:00", "Sofia Marchetti", "+17735550302",
                        about=r"whiten"),),
        said=(at(18, "13:00"),), clock="2026-03-10 12:30", caller="+17735550302",
        tags=("booking",)),
    Scenario(
        "dev21_dental_mother_books_herself_then_her_daughter_instead_child_cleaning",
        "t_dental", (
            S("Hi, we're existing patients. I'd like to book an adult cleaning for myself on "
              "Monday the 16th at four in the afternoon, for Irena Novak, N, O, V, A, K."),
            S("Hmm, actually, book my daughter instead of me, she's the one who's overdue. It "
              "would be the child cleaning and exam for her, she's eight."),
            S("Her name is Lily Novak, N, O, V, A, K, date of birth April 22nd, 2017. Still "
              "Monday the 16th at four in the afternoon, right after school."),
            S("I'm her mom, Irena Novak. She has no pain, we have Delta Dental, and the number "
              "I'm calling from is the best number."),
            S("Yes, Lily's child cleaning on Monday the 16th at four, please book it, and "
              "nothing for me this time."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 16:00", "Lily Novak", "+17735550303",
                        about=r"child|clean|exam|check"),),
        said=(at(16, "16:00"),), clock="2026-03-10 16:45", caller="+17735550303",
        tags=("booking",)),
    Scenario(
        "dev21_dental_moves_from_the_17th_recital_names_11_then_changes_to_3pm",
        "t_dental", (
            S("Hi, this is Derek Yates, Y, A, T, E, S. I have a cleaning booked on Tuesday the "
              "17th at ten in the morning."),
            S("I need to move it, the 17th is my kid's school recital. Can we do the 18th "
              "instead?"),
            S("Let's make it Wednesday the 18th at eleven in the morning, still for Derek "
              "Yates."),
            S("Oh wait, no, eleven is when I drive my mom to physio. Make it Wednesday the "
              "18th at three in the afternoon instead, for Derek Yates."),
            S("Yes, move my cleaning to Wednesday the 18th at three in the afternoon, and "
              "cancel the one on the 17th."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Derek Yates", "+17735550304"),),
        cancelled=("2026-03-17 10:00",), said=(at(18, "15:00"),), ends_call=True,
        seed=(Seed("2026-03-17 10:00", "Derek Yates", "+17735550304"),),
        clock="2026-03-11 08:05", caller="+17735550304", tags=("move",)),
    Scenario(
        "dev21_dental_next_week_toothache_becomes_swelling_toward_the_eye_tonight",
        "t_dental", (
            S("Hi, I'd like to book something for next week, I've had a toothache on the lower "
              "left for a few days."),
            S("Actually no, I don't think it can wait until next week. My cheek has swollen up "
              "a lot tonight and the swelling is spreading up toward my eye.", ER),
            S("Okay. Please still leave an urgent message for the dentist. My name is Nadia "
              "Farouk, F, A, R, O, U, K, and the number I'm calling from is the best one."),
            S("Yes, mark it urgent please, I'm going to the emergency room now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nadia Farouk", "+17735550305", about=r"swell|eye|tooth|cheek|jaw",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 18:30", caller="+17735550305",
        never_said=(r"\bmg\b", r"take (?:some )?(?:ibuprofen|antibiotics|advil|tylenol)"),
        tags=("emergency",)),
    Scenario(
        "dev21_dental_only_friday_after_three_nothing_fits_leaves_a_message",
        "t_dental", (
            S("Hi, I'm an existing patient and I need to book a filling. The only time I can "
              "ever come is a Friday after three in the afternoon.",
              r"\b2\b|two|close|(?:don't|do not) have anything|nothing (?:open|available)"
              r"|no (?:openings|availability)"),
            S("What about a Saturday then, or any weekday evening after six?",
              r"closed|(?:don't|do not|aren't|are not) open|not open|only|\b5\b|five|weekend"),
            S("Then none of that works for me right now. Please just take a message for the "
              "front desk to call me if a late Friday or a Saturday ever opens up. My name is "
              "Gregory Baptiste, B, A, P, T, I, S, T, E."),
            S("The number I'm calling from is the best one, and it's about booking my filling "
              "at a time after work. It's not urgent, no pain."),
            S("Yes, please pass it on. Thanks, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gregory Baptiste", "+17735550306",
                          about=r"filling|after work|late|evening|friday|saturday|hours|book"
                                r"|appoint",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 14:20", caller="+17735550306",
        tags=("message",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ----------------------------
    Scenario(
        "dev21_clinic_soonest_physical_then_no_mornings_closer_to_four_takes_4_20",
        "t_clinic", (
            S("Hi, I'm an established patient and I need my annual physical. What's the "
              "soonest you have next week?"),
            S("Hmm, whatever is in the morning, I can't do mornings after all, I just started "
              "a new job. Is there something closer to four in the afternoon?"),
            S("Okay, let's do Tuesday the 17th at four twenty in the afternoon, for Brian "
              "Okafor, O, K, A, F, O, R, date of birth November 30th, 1979."),
            S("It's just the yearly physical, I have Aetna, no preferred doctor, and the number "
              "I'm calling from is the best one."),
            S("Yes, the physical on Tuesday the 17th at four twenty, that's right, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:20", "Brian Okafor", "+13125550307",
                        about=r"physical|annual|yearly"),),
        said=(at(17, "16:20"),), clock="2026-03-10 07:30", caller="+13125550307",
        tags=("booking",)),
    Scenario(
        "dev21_clinic_sons_sports_physical_and_a_flu_shot_for_mom_right_after",
        "t_clinic", (
            S("Hi, I need a sports physical for my son for baseball. He's fifteen and he's an "
              "established patient with you."),
            S("Let's do Thursday the 19th at three forty in the afternoon, after school, for "
              "Mateo Alvarez, A, L, V, A, R, E, Z, date of birth August 3rd, 2010."),
            S("And while I have you, can I get a flu shot for myself too, right after his, on "
              "Thursday the 19th at four in the afternoon? That's for Carmen Alvarez, date of "
              "birth January 15th, 1982, and I'm established too."),
            S("We both have Blue Shield, no preferred doctor, and the number I'm calling from "
              "is the best one for both of us."),
            S("Yes, Mateo's sports physical at three forty and my flu shot at four, both on "
              "Thursday the 19th, please book both."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:40", "Mateo Alvarez", "+13125550308",
                        about=r"sport|physical|baseball"),
                Booking("2026-03-19 16:00", "Carmen Alvarez", "+13125550308",
                        about=r"flu"),),
        said=(at(19, "15:40"), at(19, "16:00")), clock="2026-03-10 12:40",
        caller="+13125550308", tags=("booking",)),
    Scenario(
        "dev21_clinic_next_week_chest_tightness_becomes_crushing_pain_now",
        "t_clinic", (
            S("Hi, I wanted to book a visit for sometime next week, I've had some tightness in "
              "my chest on and off."),
            S("Actually, forget next week, it's happening right now. It's a crushing pain in "
              "my chest and it's going down my left arm.", r"911"),
            S("Okay, my wife is calling 911 now. Please leave an urgent message for the doctor "
              "too. My name is Walter Brandt, B, R, A, N, D, T, and the number I'm calling from "
              "is the best one."),
            S("Yes, urgent. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Brandt", "+13125550309", about=r"chest|arm|pain",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 07:15", caller="+13125550309",
        never_said=(r"can wait", r"(?:isn't|is not|not) serious", r"\baspirin\b"),
        tags=("emergency",)),
    Scenario(
        "dev21_clinic_visit_for_a_refill_becomes_a_refill_request_while_traveling",
        "t_clinic", (
            S("Hi, I was going to book a visit with the doctor about my blood pressure "
              "medication refill. I'm an established patient."),
            S("Actually, forget the visit, I'm traveling for work the next two weeks and can't "
              "come in at all. Can I just leave a refill request for the nurse instead?",
              r"message|nurse|refill|name"),
            S("It's for lisinopril, ten milligrams, and my pharmacy is the Walgreens on Main "
              "Street. My name is Denise Harper, H, A, R, P, E, R, date of birth July 7th, "
              "1965."),
            S("The number I'm calling from is the best one to reach me."),
            S("Yes, that's everything, please send it to the nurse. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Harper", "+13125550310",
                          about=r"refill|lisinopril|blood pressure|medication", urgent=False),),
        ends_call=True, clock="2026-03-10 16:50", caller="+13125550310",
        never_said=(r"(?:refill|prescription) (?:is|has been) approved",),
        tags=("message",)),
    Scenario(
        "dev21_clinic_compares_physical_prices_and_new_patient_then_wont_book_today",
        "t_clinic", (
            S("Hi, a quick question before I book anything. Which is cheaper, the annual "
              "physical or a sports or school physical?", r"75|seventy[- ]five"),
            S("And what does the annual physical cost if I'm paying myself?",
              r"225|two hundred (?:and )?twenty[- ]five"),
            S("And a new patient visit? I've never been to your clinic.",
              r"250|two hundred (?:and )?fifty"),
            S("Okay, I need to check my calendar and talk to my husband first, so I won't book "
              "anything today. Thanks, goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 13:10",
        caller="+13125550311", tags=("info",)),
    Scenario(
        "dev21_clinic_was_going_to_move_thursday_then_cancels_it_altogether",
        "t_clinic", (
            S("Hi, this is Ruth Abernathy, A, B, E, R, N, A, T, H, Y. I have an appointment on "
              "Thursday the 12th at ten twenty in the morning, and I was going to move it to "
              "next week."),
            S("My date of birth is September 12th, 1958, the appointment is under Ruth "
              "Abernathy, and I'm calling from the number on the appointment."),
            S("Actually, on second thought, don't move it to next week. Just cancel it "
              "altogether, my daughter is taking me to her own doctor instead."),
            S("Yes, please cancel the Thursday the 12th appointment at ten twenty.",
              r"cancel"),
            S("Thank you, that's all. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:20",), ends_call=True,
        seed=(Seed("2026-03-12 10:20", "Ruth Abernathy", "+13125550312"),),
        caller="+13125550312", tags=("cancel",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ----------------------------------------
    Scenario(
        "dev21_law_compares_consultation_fees_books_estate_planning_then_moves_to_friday",
        "t_law", (
            S("Hi, my husband and I want to do our wills. Which is cheaper, your initial "
              "consultation or the estate planning consultation?",
              r"free|no charge|no cost|complimentary|zero|\b0 dollars|\$0\b"),
            S("And the simple will package, how much is that?",
              r"950|nine hundred (?:and )?fifty"),
            S("Okay, let's book the free estate planning consultation on Monday the 16th at "
              "ten in the morning, for Helen Fischer, F, I, S, C, H, E, R."),
            S("Oh wait, Monday won't work, my husband has a dentist appointment that morning, "
              "sorry. Can we do Friday the 20th at ten in the morning instead, still for Helen "
              "Fischer?"),
            S("It's just the two of us, no other parties and no deadlines, video is fine, my "
              "email is helen dot fischer at gmail dot com, and the number I'm calling from is "
              "the best one."),
            S("Yes, the estate planning consultation on Friday the 20th at ten, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 10:00", "Helen Fischer", "+16465550313",
                        about=r"estate|will"),),
        said=(at(20, "10:00"),), clock="2026-03-10 12:05", caller="+16465550313",
        tags=("booking",)),
    Scenario(
        "dev21_law_injury_asks_soonest_too_early_takes_thursday_4pm_by_phone",
        "t_law", (
            S("Hi, I was rear-ended on the highway last week and I'd like to talk to someone "
              "about a personal injury claim. What's the soonest you have?"),
            S("Anything early in the week is too early for me, I'm still in a neck brace and "
              "need a ride. Is there anything later next week, closer to four in the "
              "afternoon?"),
            S("Let's say Thursday the 19th at four in the afternoon, for Andre Delgado, D, E, "
              "L, G, A, D, O."),
            S("The other driver was Kyle Benson, B, E, N, S, O, N. I have no lawyer yet and no "
              "court date. Make it a phone consultation rather than in person. My email is "
              "andre dot delgado at yahoo dot com, and the number I'm calling from is the best "
              "one."),
            S("Yes, Thursday the 19th at four in the afternoon, by phone, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:00", "Andre Delgado", "+16465550314",
                        about=r"injur|accident|rear|car|claim|crash"),),
        said=(at(19, "16:00"),), clock="2026-03-10 17:30", caller="+16465550314",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",
                    r"(?:case|claim) (?:is|could be|might be) worth"),
        tags=("booking",)),
    Scenario(
        "dev21_law_traffic_tickets_next_week_becomes_son_arrested_tonight",
        "t_law", (
            S("Hi, I was going to ask about booking a consultation next week about my son's "
              "traffic tickets."),
            S("Actually, no, forget next week, it's worse than that. He was just arrested an "
              "hour ago and he's being held at the county jail. His arraignment is Monday "
              "morning.", URGENT + "|" + HANDED_ON + "|attorney"),
            S("Please put it under me, I'm his mother, Gloria Estrada, E, S, T, R, A, D, A, "
              "and call me back on the number I'm calling from."),
            S("Yes, mark it urgent and have an attorney call me as soon as possible. Thank "
              "you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Estrada", "+16465550315",
                          about=r"arrest|jail|custody|arraign|son", urgent=True),),
        ends_call=True, clock="2026-03-14 21:30", caller="+16465550315",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case", r"plead (?:guilty|not)"),
        tags=("emergency",)),
    Scenario(
        "dev21_law_lease_review_no_daytime_slot_fits_wants_a_lunchtime_callback",
        "t_law", (
            S("Hi, I need someone to look over a commercial lease before I sign it. What does a "
              "contract review cost?", NO_PRICE),
            S("The trouble is I can't come in during the day at all, I work nine to five. Do "
              "you have anything in the evening or on a Saturday?",
              r"closed|(?:don't|do not|aren't|are not) open|not open|only|\b9\b|nine|\b5\b"
              r"|five|weekday|Monday"),
            S("Okay, then skip the appointment. Just have an attorney call me back on my lunch "
              "break, between twelve and one. I'm Priscilla Vance, V, A, N, C, E."),
            S("The number I'm calling from is the best one. The landlord is Harbor Point "
              "Properties, and it's not urgent."),
            S("Yes, please pass it on, thanks, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Priscilla Vance", "+16465550316", about=r"lease|contract|review",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 08:40", caller="+16465550316",
        tags=("message",)),
    Scenario(
        "dev21_law_weighs_video_fee_and_notice_then_compares_firms_first",
        "t_law", (
            S("Hi, before I decide whether to book, can a consultation be done by video "
              "instead of in person?", r"video"),
            S("And how much is the initial consultation?", r"250|two hundred (?:and )?fifty"),
            S("If I book and then need to change the day, how much notice do you need?",
              r"24|twenty[- ]four"),
            S("Alright, I want to compare with another firm first, so I won't book today. "
              "Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 10:15",
        caller="+16465550317", tags=("info",)),
    Scenario(
        "dev21_law_eviction_notice_weighs_days_then_asks_for_a_person",
        "t_law", (
            S("Hi, I got an eviction notice from my landlord yesterday and I'm not sure what to "
              "book. How much is the initial consultation?", r"250|two hundred (?:and )?fifty"),
            S("There's no court date yet. Is there anything Thursday afternoon? Or actually, "
              "Friday would probably be better for me."),
            S("You know what, I'd rather just speak to a person at the firm about this. Can you "
              "put me through to someone?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 14:30", caller="+16465550318", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) ---------------------
    Scenario(
        "dev21_plumb_no_hot_water_thursday_then_work_trip_moves_to_saturday_9",
        "t_plumb", (
            S("Hi, our water heater stopped making hot water, nothing is leaking, we've just "
              "had cold showers since yesterday. Can someone come Thursday morning?"),
            S("The address is 418 Birchwood Lane, 10002, and I own the house."),
            S("Wait, actually, Thursday won't work, I forgot I have a work trip. Can you do "
              "Saturday instead? What's the earliest on Saturday?"),
            S("Let's say Saturday the 14th at nine in the morning, for Keith Albright, A, L, B, "
              "R, I, G, H, T, and the number I'm calling from is the best one."),
            S("Yes, Saturday the 14th at nine at 418 Birchwood Lane for the water heater, "
              "please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Keith Albright", "+12015550319",
                        about=r"water heater|hot water"),),
        said=(at(14, "09:00"),), caller="+12015550319", tags=("booking",)),
    Scenario(
        "dev21_plumb_drain_price_adds_the_running_toilet_moves_1pm_to_11am",
        "t_plumb", (
            S("Hi, my kitchen sink is draining really slowly, nothing is leaking. How much is a "
              "drain cleaning?", r"225|two hundred (?:and )?twenty[- ]five"),
            S("And while the plumber is there, could they also fix the upstairs toilet that "
              "keeps running? Please add that to the same visit."),
            S("The address is 77 Carver Street, 10003, and I own the place. Let's do Monday the "
              "16th at one in the afternoon, for Yolanda Price, P, R, I, C, E."),
            S("Hmm, wait, one is when I pick up my kids. Make it Monday the 16th at eleven in "
              "the morning instead, for Yolanda Price, and the number I'm calling from is the "
              "best one."),
            S("Yes, Monday the 16th at eleven, the slow drain and the running toilet, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "Yolanda Price", "+12015550320",
                        about=r"toilet"),),
        said=(at(16, "11:00"),), clock="2026-03-10 19:30", caller="+12015550320",
        tags=("booking",)),
    Scenario(
        "dev21_plumb_drip_for_next_week_bursts_while_on_the_phone_at_night",
        "t_plumb", (
            S("Hi, I was going to book someone for next week to look at a small drip under my "
              "bathroom sink."),
            S("Oh no, wait, it just got way worse! The pipe under the sink burst and water is "
              "spraying all over the bathroom floor right now!",
              r"shut|valve|main|turn (?:the )?water off|water off"),
            S("I found the main valve in the basement and shut it off. Please get someone out "
              "tonight. It's Victor Huang, H, U, A, N, G, at 902 Larch Avenue, 10001, and the "
              "number I'm calling from is the best one."),
            S("Yes, please mark it urgent and have the on-call plumber call me right away. "
              "Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Huang", "+12015550321",
                          about=r"burst|pipe|spray|water|leak|flood", urgent=True),),
        ends_call=True, clock="2026-03-10 22:15", caller="+12015550321",
        tags=("emergency",)),
    Scenario(
        "dev21_plumb_renter_wanted_saturday_decides_to_ask_landlord_first_message",
        "t_plumb", (
            S("Hi, the garbage disposal in my apartment is jammed and the sink won't drain. Do "
              "you have anything this afternoon or tomorrow?"),
            S("Oh, I rent, so I guess my landlord has to okay it first. You know what, let's "
              "not book anything today."),
            S("Instead, please take a message so someone can call me back once I've talked to "
              "my landlord. I'm Tessa Moreau, M, O, R, E, A, U, at 35 Willow Court, apartment "
              "4B, 10002."),
            S("The number I'm calling from is the best one, and my landlord is Frank Dunn. It's "
              "not an emergency, nothing is leaking."),
            S("Yes, that's it, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tessa Moreau", "+12015550322",
                          about=r"disposal|jam|landlord|sink|drain", urgent=False),),
        ends_call=True, clock="2026-03-14 08:10", caller="+12015550322",
        tags=("message",)),
    Scenario(
        "dev21_plumb_spanish_water_heater_drip_thursday_no_friday_wants_spanish_callback",
        "t_plumb", (
            S("Hola, buenas. Necesito un plomero para revisar el calentador de agua, tiene un "
              "goteo pequeño, no es urgente. Quería el jueves por la mañana, pero no, mejor el "
              "viernes por la tarde.", NOT_ENGLISH),
            S("Me llamo Rosa Medina, M, E, D, I, N, A. Mi dirección es 260 Maple Street, código "
              "postal 10001, y el número del que llamo es el mejor."),
            S("Sí, por favor, que me llame alguien que hable español para confirmar el día. "
              "Gracias, adiós.", BYE + r"|adi[oó]s|hasta luego"),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Medina", "+12015550323",
                          about=r"espa|spanish|calentador|water heater|gote|drip|leak|plomer"
                                r"|plumb|viernes|friday"),),
        ends_call=True, clock="2026-03-10 11:30", caller="+12015550323",
        tags=("spanish",)),
    Scenario(
        "dev21_plumb_compares_the_callout_and_after_hours_fees_then_asks_for_a_person",
        "t_plumb", (
            S("Hi, how much is it just to have a plumber come out and look at a problem?",
              r"89|eighty[- ]nine"),
            S("And if I needed someone after hours instead, say late at night, how much is "
              "that?", r"189|one hundred (?:and )?eighty[- ]nine"),
            S("Okay. I'm thinking about replacing my whole water heater and I'd rather talk it "
              "through with a real person. Can you put me through to someone?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:00", caller="+12015550324", tags=("person",)),
    # --- salon (closed Sunday and Monday; Tuesday to Friday from 10, Thursday to 8,
    #     Saturday 9 to 5; hour-long slots) -------------------------------------------------
    Scenario(
        "dev21_salon_cut_becomes_cut_and_color_asks_total_moves_earlier_to_10",
        "t_salon", (
            S("Hi, I'd like to book a women's haircut for Friday the 13th at eleven in the "
              "morning, for Gemma Lowe, L, O, W, E. I've been in before, and I have no "
              "favorite stylist."),
            S("Actually, you know what, make it a cut and color, not just a cut, my roots are "
              "terrible. Just the single-process color, the same shade I have now. How much is "
              "that together?",
              r"95|ninety[- ]five|160|one hundred (?:and )?sixty"),
            S("Since it takes longer, let's start earlier, Friday the 13th at ten in the "
              "morning, for Gemma Lowe, L, O, W, E, and the number I'm calling from is the "
              "best one."),
            S("Yes, the cut and color on Friday the 13th at ten in the morning, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Gemma Lowe", "+15125550325",
                        about=r"colou?r"),),
        said=(at(13, "10:00"),), caller="+15125550325", tags=("booking",)),
    Scenario(
        "dev21_salon_daughters_haircut_then_moms_blowout_back_to_back_saturday",
        "t_salon", (
            S("Hi, I'd like two appointments back to back this Saturday, the 14th: a women's "
              "haircut for my daughter and a blowout for me."),
            S("Let's put my daughter first, Saturday the 14th at ten in the morning. That's Ava "
              "Brennan, B, R, E, N, N, A, N, for a women's haircut and style."),
            S("Then my blowout right after hers, Saturday the 14th at eleven in the morning, "
              "for Claire Brennan. Any stylist is fine for both of us."),
            S("Oh, and how much is the blowout?", r"45|forty[- ]five"),
            S("The number I'm calling from is the best one for both of us. Yes, Ava at ten and "
              "Claire at eleven on Saturday the 14th, please book both."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Ava Brennan", "+15125550326",
                        about=r"hair|cut"),
                Booking("2026-03-14 11:00", "Claire Brennan", "+15125550326",
                        about=r"blow"),),
        said=(at(14, "10:00"), at(14, "11:00")), clock="2026-03-11 18:30",
        caller="+15125550326", tags=("booking",)),
    Scenario(
        "dev21_salon_highlights_or_balayage_picks_highlights_recital_moves_to_wednesday",
        "t_salon", (
            S("Hi, I've been getting my color done with you for a couple of years. Which is "
              "cheaper, partial highlights or a balayage?", r"135|one hundred (?:and )?thirty"
              r"[- ]five"),
            S("Okay, I'll go with the partial highlights then, not the balayage. Thursday the "
              "19th at five in the evening, for Naomi Sato, S, A, T, O."),
            S("Wait, sorry, the 19th is my son's recital. Can we do Wednesday the 18th at two "
              "in the afternoon instead, still for Naomi Sato?"),
            S("No stylist preference, my hair is shoulder length and medium thick, and the "
              "number I'm calling from is the best one."),
            S("Yes, partial highlights on Wednesday the 18th at two in the afternoon, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Naomi Sato", "+15125550327",
                        about=r"highlight"),),
        said=(at(18, "14:00"),), clock="2026-03-15 20:00", caller="+15125550327",
        tags=("booking",)),
    Scenario(
        "dev21_salon_mens_cut_no_mornings_anything_later_takes_thursday_7pm",
        "t_salon", (
            S("Hi, I need a men's haircut on Thursday the 12th. I've been in before."),
            S("Mornings are no good for me, I work until five. Anything later that day?"),
            S("Then let's do Thursday the 12th at seven in the evening, for Julian Pierce, P, "
              "I, E, R, C, E, with whoever is free."),
            S("Just the men's haircut, no beard trim, and the number I'm calling from is the "
              "best one."),
            S("Yes, Thursday the 12th at seven in the evening, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 19:00", "Julian Pierce", "+15125550328",
                        about=r"men|hair|cut"),),
        said=(at(12, "19:00"),), clock="2026-03-10 13:00", caller="+15125550328",
        tags=("booking",)),
    Scenario(
        "dev21_salon_bridal_party_grows_from_five_to_six_wants_the_manager_to_call",
        "t_salon", (
            S("Hi, I'm getting married on Saturday the 28th and I want to book hair for my "
              "bridal party, five of us, first thing in the morning."),
            S("Actually, make that six of us, my mother-in-law wants to join, and we'd like to "
              "start as early as you possibly can."),
            S("Since it's a group, please just have the salon manager call me to plan it. My "
              "name is Bianca Russo, R, U, S, S, O, and the number I'm calling from is the "
              "best one."),
            S("Yes, please pass it on, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bianca Russo", "+15125550329",
                          about=r"wedding|brid|group|party|six|28", urgent=False),),
        ends_call=True, clock="2026-03-16 11:00", caller="+15125550329",
        tags=("message",)),
    Scenario(
        "dev21_salon_saturday_blowout_closer_to_noon_then_goes_quiet",
        "t_salon", (
            S("Hi, do you have anything Saturday morning for a blowout?"),
            S("Hmm, is there something closer to noon instead? Actually, hang on, let me check "
              "my calendar."),
            silent(r"still there|are you there|hello|hear|there\?|take your time"),
            silent(BYE + r"|call (?:us )?back"),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 10:05",
        caller="+15125550330", tags=("hangup",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) --
    Scenario(
        "dev21_homes_showing_saturday_then_kids_recital_moves_to_sunday_1_30",
        "t_homes", (
            S("Hi, I'd like to see the house listed at 14 Juniper Drive. We're buying, we're "
              "pre-approved, and we don't have an agent yet."),
            S("Could we do Saturday the 14th at eleven in the morning? That's for Owen "
              "Takahashi, T, A, K, A, H, A, S, H, I."),
            S("Oh wait, Saturday the 14th is my kid's recital, sorry. Can we do Sunday the 15th "
              "instead, at one thirty in the afternoon, still for Owen Takahashi?"),
            S("My email is owen dot t at outlook dot com, and the number I'm calling from is "
              "the best one."),
            S("Yes, Sunday the 15th at one thirty for 14 Juniper Drive, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Owen Takahashi", "+14045550331",
                        about=r"show|juniper|view|tour|buy|see"),),
        said=(at(15, "13:30"),), caller="+14045550331", tags=("booking",)),
    Scenario(
        "dev21_homes_forget_the_condo_showing_books_a_valuation_after_work",
        "t_homes", (
            S("Hi, I was calling to book a showing of a condo on Elm Street, but actually, "
              "forget that. What I really need first is to sell my own place. Can I book a "
              "home valuation instead?"),
            S("The house is at 52 Aspen Road, it isn't listed with anyone, and we'd like to "
              "sell by the summer."),
            S("I can't do weekdays before five, so let's say Thursday the 12th at five in the "
              "evening, for Leonard Osei, O, S, E, I."),
            S("My email is leo dot osei at gmail dot com, and the number I'm calling from is "
              "the best one."),
            S("Yes, the valuation at 52 Aspen Road on Thursday the 12th at five, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Leonard Osei", "+14045550332",
                        about=r"valu|sell|listing|aspen|worth"),),
        said=(at(12, "17:00"),), clock="2026-03-10 08:30", caller="+14045550332",
        never_said=(r"\$\s?\d{3},\d{3}", r"\d{3} thousand"),
        tags=("booking",)),
    Scenario(
        "dev21_homes_moves_saturday_showing_to_sunday_noon_then_3pm_after_church",
        "t_homes", (
            S("Hi, this is Farah Qureshi, Q, U, R, E, S, H, I. I have a showing booked on "
              "Saturday the 14th at eleven in the morning."),
            S("Something came up, so I need to move it. Is there anything on Sunday the 15th?"),
            S("Let's say Sunday the 15th at noon, for Farah Qureshi."),
            S("Hmm, no, actually noon is too early, we have church. Make it Sunday the 15th at "
              "three in the afternoon instead, please, still for Farah Qureshi."),
            S("Yes, move my showing to Sunday the 15th at three and cancel the Saturday one. "
              "Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 15:00", "Farah Qureshi", "+14045550333"),),
        cancelled=("2026-03-14 11:00",), said=(at(15, "15:00"),), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Farah Qureshi", "+14045550333"),),
        clock="2026-03-12 18:30", caller="+14045550333", tags=("move",)),
    Scenario(
        "dev21_homes_which_rental_is_cheaper_drops_the_showing_wants_a_callback",
        "t_homes", (
            S("Hi, I saw two of your rentals online, the one on Pine Street and the one on "
              "Cedar Avenue. Which is cheaper per month?",
              r"(?:don't|do not) have|not sure|check|confirm|find out|agent|message|call you"
              r"|(?:can't|cannot|not able to|unable to)",
              avoid=r"\d[\d,]* (?:dollars )?(?:a|per) month|hundred (?:dollars )?(?:a|per) "
                    r"month"),
            S("Okay. I was going to book a showing for Saturday, but actually I'd rather the "
              "agent call me first with the rents and whether they take dogs."),
            S("I'm Simone Achebe, A, C, H, E, B, E, the number I'm calling from is the best "
              "one, and I want to move in by April 1st."),
            S("Yes, please pass that on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Simone Achebe", "+14045550334",
                          about=r"rent|pine|cedar|dog|pet|move", urgent=False),),
        ends_call=True, clock="2026-03-15 16:30", caller="+14045550334",
        tags=("message",)),
    Scenario(
        "dev21_homes_first_time_buyer_asks_preapproval_agreement_and_what_to_bring",
        "t_homes", (
            S("Hi, I'm thinking about buying my first home. Do I need to be pre-approved "
              "before I see houses?", r"pre-?approv"),
            S("And do I have to sign anything before touring a home with one of your agents?",
              r"agreement|sign"),
            S("What should I bring to a showing?", r"photo ID|\bID\b|pre-?approval"),
            S("Okay, thanks. I'll get my pre-approval first and call back then to book, so "
              "nothing today. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:30",
        caller="+14045550335", tags=("info",)),
    Scenario(
        "dev21_homes_french_buyer_saturday_no_sunday_wants_a_french_callback",
        "t_homes", (
            S("Bonjour, je voudrais visiter la maison au 8 Cherry Lane samedi matin, non, "
              "plutôt dimanche après-midi. Vous parlez français?", NOT_ENGLISH),
            S("Je m'appelle Camille Dubois, D, U, B, O, I, S. Mon numéro, c'est celui d'où "
              "j'appelle."),
            S("Oui, s'il vous plaît, qu'un agent me rappelle, en français si possible. Merci, "
              "au revoir.", BYE + r"|au revoir|merci"),
        ),
        outcome="message_taken",
        messages=(Message("Camille Dubois", "+14045550336",
                          about=r"cherry|visit|showing|maison|french|fran|dimanche|sunday"
                                r"|samedi|saturday|call"),),
        ends_call=True, clock="2026-03-10 11:00", caller="+14045550336",
        tags=("language",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev21_vet_wellness_adds_rabies_then_grooming_moves_saturday_to_monday_5_30",
        "t_vet", (
            S("Hi, I'd like a wellness exam for my dog Biscuit, he's a four-year-old beagle, "
              "and we've been to you before."),
            S("Oh, and can you add his rabies vaccine to that same visit? He's due. How much "
              "will the two come to?", r"30|thirty|65|sixty[- ]five|95|ninety[- ]five"),
            S("Let's do Saturday the 14th at nine in the morning, for Grant Holloway, H, O, L, "
              "L, O, W, A, Y."),
            S("Actually, no, Saturday mornings are his grooming. Make it Monday the 16th at "
              "five thirty in the evening instead, still for Grant Holloway, and the number "
              "I'm calling from is the best one."),
            S("Yes, Biscuit's wellness exam and rabies shot on Monday the 16th at five thirty, "
              "please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Grant Holloway", "+16195550337",
                        about=r"rabies|vacc"),),
        said=(at(16, "17:30"),), caller="+16195550337", tags=("booking",)),
    Scenario(
        "dev21_vet_dog_visit_becomes_the_cat_instead_sneezing_thursday_2_30",
        "t_vet", (
            S("Hi, I'm a client of yours. I wanted to book a sick visit for my dog Pepper, "
              "she's been scratching a lot."),
            S("Actually, wait, Pepper's fine now, it's our cat Mochi who needs to be seen. He's "
              "been sneezing for three days. Can you book Mochi instead of Pepper?"),
            S("He's a two-year-old gray tabby, still eating normally and breathing fine. Is "
              "there anything Thursday afternoon?"),
            S("Let's say Thursday the 12th at two thirty in the afternoon, for Ingrid Svensson, "
              "S, V, E, N, S, S, O, N, and the number I'm calling from is the best one."),
            S("Yes, Mochi on Thursday the 12th at two thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:30", "Ingrid Svensson", "+16195550338",
                        about=r"mochi|cat|sneez"),),
        said=(at(12, "14:30"),), caller="+16195550338", tags=("booking",)),
    Scenario(
        "dev21_vet_checkup_for_next_week_becomes_xylitol_gum_tonight",
        "t_vet", (
            S("Hi, I wanted to book my dog's annual checkup for sometime next week."),
            S("Oh my gosh, hold on, forget the checkup. I just found my dog chewing an empty "
              "pack of sugar-free gum with xylitol. He ate most of it.", VET_NOW),
            S("We're getting in the car now. Please leave an urgent message for the vet too. "
              "I'm Leah Goldberg, G, O, L, D, B, E, R, G, my dog is Rocket, and the number I'm "
              "calling from is the best one."),
            S("Yes, urgent please, we're leaving now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Leah Goldberg", "+16195550339",
                          about=r"xylitol|gum|ate|toxic|poison", urgent=True),),
        ends_call=True, clock="2026-03-10 20:45", caller="+16195550339",
        never_said=(r"make (?:him|her|it|rocket|the dog) (?:vomit|throw up)",
                    r"hydrogen peroxide"),
        tags=("emergency",)),
    Scenario(
        "dev21_vet_cat_dental_price_wants_a_saturday_afternoon_leaves_a_message",
        "t_vet", (
            S("Hi, my cat needs a dental cleaning. How much does that cost?", NO_PRICE),
            S("I'd want it on a Saturday, but I can't do Saturday mornings. Is there any "
              "Saturday afternoon option?", r"noon|\b12\b|twelve|closed|close"),
            S("Okay, then let's not book now. Please have someone from the team call me about "
              "the cost and whether a Saturday could ever work. I'm Patrick Doyle, D, O, Y, L, "
              "E, my cat is Juniper, and the number I'm calling from is the best one."),
            S("Yes, please pass that on, it's not urgent. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patrick Doyle", "+16195550340",
                          about=r"dental|clean|teeth|cost|price|saturday", urgent=False),),
        ends_call=True, clock="2026-03-14 12:30", caller="+16195550340",
        tags=("message",)),
    Scenario(
        "dev21_vet_was_going_to_reschedule_luna_then_cancels_moving_away",
        "t_vet", (
            S("Hi, this is Omar Saleh, S, A, L, E, H. I have an appointment for my dog Luna on "
              "Friday the 13th at nine thirty in the morning."),
            S("I was going to move it to next week, but actually, just cancel it. We're moving "
              "out of state sooner than we thought."),
            S("Yes, please cancel the Friday the 13th appointment at nine thirty.", r"cancel"),
            S("No, that's everything, thanks. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:30",), ends_call=True,
        seed=(Seed("2026-03-13 09:30", "Omar Saleh", "+16195550341"),),
        clock="2026-03-11 07:50", caller="+16195550341", tags=("cancel",)),
    Scenario(
        "dev21_vet_kitten_compares_exam_prices_and_microchip_then_asks_for_a_person",
        "t_vet", (
            S("Hi, I'm adopting a kitten this weekend. Which is cheaper, a new patient exam or "
              "a wellness exam?", r"65|sixty[- ]five"),
            S("And how much is a microchip? Could it be done at the same visit?",
              r"50|fifty"),
            S("Okay, I'd like to talk to someone on your team about what a new kitten needs. "
              "Can you put me through to a person?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 16:00", caller="+16195550342", tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ----------------
    Scenario(
        "dev21_auto_oil_change_adds_a_tire_rotation_too_early_moves_to_9_30",
        "t_auto", (
            S("Hi, I need a full synthetic oil change for my 2019 Subaru Outback, about 48,000 "
              "miles."),
            S("And can you add a tire rotation to that while it's in? How much for both?",
              r"29|twenty[- ]nine|118|one hundred (?:and )?eighteen"),
            S("Let's do Friday the 13th at eight thirty in the morning, I'll wait for it, for "
              "Dale Whitaker, W, H, I, T, A, K, E, R."),
            S("Hmm, actually, eight thirty is too early, I can't get there before nine thirty "
              "with school drop-off. Make it Friday the 13th at nine thirty, still for Dale "
              "Whitaker, and the number I'm calling from is the best one."),
            S("Yes, the oil change and tire rotation on Friday the 13th at nine thirty, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:30", "Dale Whitaker", "+14805550343",
                        about=r"rotat"),),
        said=(at(13, "09:30"),), caller="+14805550343", tags=("booking",)),
    Scenario(
        "dev21_auto_compares_diagnostic_and_pre_purchase_picks_the_inspection_saturday",
        "t_auto", (
            S("Hi, I'm looking at buying a used 2016 Honda Pilot. Which is cheaper, your check "
              "engine light diagnostic or the pre-purchase inspection?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("The seller said the check engine light came on once last month, but forget the "
              "diagnostic. I want the full pre-purchase inspection instead."),
            S("Can we do Saturday the 14th at eleven in the morning? I'll bring it in myself. "
              "Put it under Renee Castillo, C, A, S, T, I, L, L, O."),
            S("I'll wait for it, it has about 110,000 miles, and the number I'm calling from "
              "is the best one."),
            S("Yes, the pre-purchase inspection on Saturday the 14th at eleven, please book "
              "it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Renee Castillo", "+14805550344",
                        about=r"pre-?purchase|inspect"),),
        said=(at(14, "11:00"),), clock="2026-03-11 17:45", caller="+14805550344",
        tags=("booking",)),
    Scenario(
        "dev21_auto_alignment_closer_to_five_tuesday_then_conference_moves_to_wednesday",
        "t_auto", (
            S("Hi, my 2021 Toyota Camry is pulling to the right since I hit a pothole. I'd like "
              "a four-wheel alignment. How much is that?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("What's the soonest you have? Ideally after work, is there something closer to "
              "five?"),
            S("Let's do Tuesday the 17th at four thirty in the afternoon, for Farid Nasser, N, "
              "A, S, S, E, R. I'll drop it off."),
            S("Wait, sorry, Tuesday the 17th is my daughter's parent-teacher conference. Can we "
              "do Wednesday the 18th at four thirty in the afternoon instead, for Farid Nasser? "
              "The number I'm calling from is the best one."),
            S("Yes, the alignment on Wednesday the 18th at four thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:30", "Farid Nasser", "+14805550345",
                        about=r"align|pull"),),
        said=(at(18, "16:30"),), clock="2026-03-15 14:00", caller="+14805550345",
        tags=("booking",)),
    Scenario(
        "dev21_auto_brake_check_for_next_week_becomes_pedal_to_the_floor_tonight",
        "t_auto", (
            S("Hi, I was going to book a free brake inspection for next week, my brakes have "
              "been squeaking."),
            S("Actually, scratch next week. On the way home just now the pedal went almost to "
              "the floor and there was a burning smell. I limped it into my driveway.",
              r"(?:not|n't) drive|tow"),
            S("Okay, I won't drive it. Please leave an urgent message for a service advisor to "
              "call me about a tow first thing. I'm Gavin Mercer, M, E, R, C, E, R, it's a "
              "2014 Ford Escape, and the number I'm calling from is the best one."),
            S("Yes, urgent please. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gavin Mercer", "+14805550346", about=r"brake|pedal|burn|tow",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 19:10", caller="+14805550346",
        never_said=(r"(?<!not )(?<!n't )\bsafe to drive",),
        tags=("emergency",)),
    Scenario(
        "dev21_auto_battery_price_no_weekend_or_evening_fits_leaves_a_message",
        "t_auto", (
            S("Hi, my 2012 Nissan Altima's battery keeps dying. How much is a new battery?",
              NO_PRICE + r"|battery test"),
            S("I was going to bring it in Saturday, but I can't, I'm out of town all weekend. "
              "And on weekdays I'm at work until six, which is when you close."),
            S("So let's not book anything right now. Please have a service advisor call me "
              "about a price and whether I could drop the car off before work. I'm Tamsin "
              "Reyes, R, E, Y, E, S, and the number I'm calling from is the best one."),
            S("Yes, please pass it on, it's not urgent. Thanks, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tamsin Reyes", "+14805550347",
                          about=r"battery|price|cost|drop|early", urgent=False),),
        ends_call=True, clock="2026-03-13 12:15", caller="+14805550347",
        tags=("message",)),
    Scenario(
        "dev21_auto_oil_change_price_free_brake_check_and_payment_then_calls_back_later",
        "t_auto", (
            S("Hi, a couple of quick questions. How much is a full synthetic oil change?",
              r"89|eighty[- ]nine"),
            S("And is the brake inspection really free, or is there a catch?",
              r"free|no charge|no cost|complimentary|zero|\b0 dollars|\$0\b"),
            S("Do you take credit cards, and when do I pay?", r"card"),
            S("Okay, I'll check my schedule and call back to book another time, so nothing "
              "today. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 14:40",
        caller="+14805550348", tags=("info",)),
]
