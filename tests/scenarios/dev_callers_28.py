"""A twenty-eighth development set: 48 scripted callers, six in each of the fleet's eight trades,
at the edges of what the business does, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-28) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and the twenty-sixth
set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the read-back pattern
from tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every
rule of it, with the held-out mix of kinds, KINDS_28 below).

What makes it different: every caller first reaches past what the business does. They ask for a
service that is not on its list (braces, a DOT physical, patents, electrical work, nails, home
inspections, state inspection stickers, grooming, boarding, reptiles), for something it cannot do
on the phone (a diagnosis, a legal or medical opinion, antibiotics called in, results read out, a
repair talked through, a home's value, a mortgage rate, a refund), for a guaranteed price or
result, a discount, a same-hour visit, a pickup, a staff member's or an owner's personal number;
or they are not sure they rang the right kind of business (the courthouse, not a law firm); or
they ask for two things of which only one is offered. Then they settle for what the business does
offer: the nearest real service booked, a message with their own reason and number, a plain
question, or a person. Among them are a supplier and two job seekers leaving a message for the
owner, neighbours reporting something at a property the business serviced or listed, and callers
on behalf of a company (an office building, a landscaper's fleet of vans), all in the held-out
sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages, 6 emergencies, 2 moves and 2
cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 French caller, 1 early
hang-up). The judging stays fair: a reply that honestly says the business doesn't do a thing and
offers what it can do passes; the `avoid=` patterns catch only an invented specific (a price for
an unlisted service, a percentage off, a dose, a diagnosis, a home's value, a phone number, a
promise that someone is on the way), never the honest refusal that repeats the caller's words; and
every price, hour and answer looked for is the business's own (profession_data.py). Calls ring at
realistic hours via `clock=`: before opening, at lunch, just before and after closing, on a
Saturday, on a Sunday, on the salon's closed Monday.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev28

which prints `RESULT dev28_pass_rate=`, measured and never gated.
Its first run, on branch dev-callers-28 at 3edcc31 (main at 7d5143c plus this set), before
anyone had read a transcript of it: 32/48 = 0.667. Its failing transcripts were then read for
errors of the set's own (a check rejecting an honest good reply, a time off the grid or outside
hours, a script too short to finish, a missing `ends_call`): none was found, so no check and no
line was changed. Weighed and kept: two callers ask for a staff member's personal cell and the
reply was "Of course, I'll get a message to the team", which never tells the caller the number
can't be shared (a message offered after saying so passes, as the supplier's call shows); and
the vet's emergency screening question given in place of any answer to "do you do grooming",
which the rest of the call never answers either. The second run (the `-rx` pytest run, same
commit, nothing changed): 32/48 = 0.667, the same sixteen failures with the same reasons, all
the receptionist's: a service it does not offer said to be offered ("yes, we do"), the ask it
cannot meet passed over in silence for the next booking question, a request for a private
number agreed to, a booking turned into an urgent message, and a name given for an urgent
message lost.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a later line says the final day, time, service and name plainly (and the
callback number), and a booking is read back (`said=`) with its final day and time; where the
callback is not the line the call comes from, `said=` also checks that the whole number was read
back, in digits or in words, in order. Only a call with `overrides` carrying a transfer number,
inside opening hours, has a line to transfer to (the caller asks for a person only in the last
line). An emergency ends with an urgent message; a routine message is not urgent. A call whose
last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a
request for a person is transferred and not hung up.
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
KINDS_28 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|adi[oó]s|au revoir|hasta luego"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# an honest "we don't do that / I can't do that here", said any way
CANNOT = (r"n't|\bnot\b|\bno\b|unable|unfortunately|sorry|\bonly\b|afraid|isn't something"
          r"|outside|instead")
# 911 or the emergency room
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# a phone number of ten digits said in digits
A_PHONE_NUMBER = r"\b\d{3}\W{0,3}\d{3}\W{0,3}\d{4}\b"


DEV_CALLERS_28: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev28_dental_asks_for_invisalign_and_a_cleaning_books_only_the_cleaning",
        "t_dental", (
            S("Hi, two things. Do you do Invisalign or braces for adults? And separately, I'm "
              "overdue for a cleaning.", CANNOT,
              avoid=r"(?:invisalign|braces) (?:is|are|costs?|runs?)[^.?!]{0,20}(?:\$|\d|hundred)"),
            S("Okay, no braces then, just the cleaning and checkup. I'm an existing patient, no "
              "pain and no swelling. My insurance is MetLife, and I'm the policy holder."),
            S("Thursday the nineteenth at three in the afternoon would be ideal."),
            S("My name is Hannah Okafor, O, K, A, F, O, R, born June third, nineteen eighty-eight, "
              "and this number I'm calling from is fine, five oh eight, five five five, oh one "
              "four seven."),
            S("So that's Hannah Okafor, a cleaning, Thursday the nineteenth at three PM. Yes, "
              "please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Hannah Okafor", "+15085550147",
                        about=r"clean|check|exam"),),
        said=(at(19, "15:00"),), ends_call=True, clock="2026-03-10 12:20",
        caller="+15085550147", tags=("booking",)),
    Scenario(
        "dev28_dental_wants_to_know_if_its_a_root_canal_books_the_dentist_to_look",
        "t_dental", (
            S("Hi, my back tooth hurts when I drink something cold. Does that mean I need a root "
              "canal? Can you tell me over the phone?", r"n't|not able|unable|cannot|advice",
              avoid=r"you (?:probably |likely |definitely |might )?(?:need|have) a root canal"
                    r"|sounds like (?:a|an) (?:cavity|infection|abscess|nerve)"),
            S("Fair enough, then I'd like the dentist to look at it. I'm an existing patient, no "
              "swelling, it just twinges with cold drinks, for about two weeks now. I have Aetna "
              "dental, and I'm the policy holder."),
            S("Friday the thirteenth at nine in the morning, please."),
            S("It's Gavin Shore, S, H, O, R, E, date of birth October fourteenth, nineteen "
              "seventy-nine, and you can reach me on this number, seven eight one, five five five, "
              "oh one six two."),
            S("So that's Gavin Shore, Friday the thirteenth at nine AM, for the tooth that's "
              "sensitive to cold. Go ahead and book it."),
            S("Great, thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:00", "Gavin Shore", "+17815550162",
                        about=r"sensitiv|cold|tooth|pain|hurt|exam"),),
        said=(at(13, "09:00"),), ends_call=True, clock="2026-03-11 07:50",
        caller="+17815550162", tags=("booking",)),
    Scenario(
        "dev28_dental_asks_a_cash_discount_on_whitening_then_books_it_at_the_list_price",
        "t_dental", (
            S("Hi, I'm thinking about the in-office teeth whitening. If I pay in cash, do I get "
              "a discount, like ten or twenty percent off?", r"450|four hundred|" + CANNOT,
              avoid=r"\b(?:5|15|25|30|five|fifteen|twenty[- ]five|thirty) ?(?:%|percent)"),
            S("Okay, the regular price is fine then, four hundred fifty. I'd like to book the "
              "whitening. I'm an existing patient, no pain or swelling, and I'll pay myself, no "
              "insurance for this."),
            S("Tuesday the seventeenth at ten in the morning, if you have it."),
            S("It's Carla Benton, B, E, N, T, O, N, born February twentieth, nineteen ninety-two, "
              "and my number is three three nine, five five five, oh one one eight, the one I'm "
              "on."),
            S("So Carla Benton, teeth whitening, Tuesday the seventeenth at ten AM. Yes, book it "
              "please."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Carla Benton", "+13395550118", about=r"whiten"),),
        said=(at(17, "10:00"),), ends_call=True, clock="2026-03-12 16:40",
        caller="+13395550118", tags=("booking",)),
    Scenario(
        "dev28_dental_supplier_asks_for_the_managers_cell_leaves_a_message_instead",
        "t_dental", (
            S("Hi, this is Rob Kessler calling from Northgate Dental Supply, I'm not a patient. "
              "Could you give me your office manager's personal cell number? It's about your "
              "supply order.", r"n't|not able|unable|cannot|message|pass", avoid=A_PHONE_NUMBER),
            S("No problem. Then please take a message for the office manager: the nitrile gloves "
              "on your order are backordered until the twenty-third, and we can substitute "
              "another brand if they call us back."),
            S("My name is Rob Kessler, K, E, S, S, L, E, R, and the best number is my direct "
              "line, six one seven, five five five, oh two oh four, not the number I'm calling "
              "from."),
            S("So that's Rob Kessler from Northgate Dental Supply, six one seven, five five five, "
              "oh two oh four, about the backordered gloves. It's not urgent. Yes, please pass it "
              "on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rob Kessler", "+16175550204", about=r"glove|backorder|order|suppl",
                          urgent=False),),
        said=(read_back("+16175550204"),), ends_call=True, clock="2026-03-11 14:10",
        caller="+16175550193", tags=("message",)),
    Scenario(
        "dev28_dental_saturday_knocked_out_tooth_asks_to_be_seen_now_urgent_message",
        "t_dental", (
            S("Hi, are you open today? My son just knocked out his front adult tooth playing "
              "soccer. Can the dentist meet us at the office right now?",
              r"closed|not open|emergency|urgent|911|message|right away",
              avoid=r"(?:dentist|someone|we) (?:can|will) (?:meet|see) you (?:now|today|at)"),
            S("I understand you might not be able to see us today. Please take an urgent message "
              "for the dentist to call me back as soon as possible: my son knocked out his front "
              "adult tooth at soccer, and we have the tooth in milk."),
            S("My name is Laura Mendes, M, E, N, D, E, S, and call me back on this number, four "
              "one three, five five five, oh one three nine."),
            S("Yes, that's Laura Mendes, four one three, five five five, oh one three nine, my "
              "son's knocked-out tooth, urgent. Please pass it on right away."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Laura Mendes", "+14135550139", about=r"tooth|knock", urgent=True),),
        ends_call=True, clock="2026-03-14 10:30", caller="+14135550139", tags=("emergency",)),
    Scenario(
        "dev28_dental_asks_about_botox_then_which_insurance_the_office_takes",
        "t_dental", (
            S("Hi, do you do Botox? My friend said some dental offices do it now.", CANNOT,
              avoid=r"botox (?:is|costs|runs)[^.?!]{0,20}(?:\$|\d|hundred)"),
            S("Oh, okay. Then another question: what insurance do you take? I have a Delta Dental "
              "PPO.", r"PPO|most major|verify|benefits"),
            S("Okay, that's all I needed, thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 17:20",
        caller="+16035550171", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ------------------------------
    Scenario(
        "dev28_clinic_wants_antibiotics_called_in_without_a_visit_books_a_visit",
        "t_clinic", (
            S("Hi, I've had a sinus infection for ten days. Can the doctor just call in "
              "antibiotics to my pharmacy without me coming in?", r"n't|not able|unable|cannot",
              avoid=r"\b\d+ ?mg\b|amoxicillin|augmentin|azithromycin|z-?pak"),
            S("Okay, then I'll come in. I'm an established patient, it's sinus congestion and "
              "pressure for about ten days. No preferred doctor, whoever is free, and I have Blue "
              "Cross Blue Shield."),
            S("Thursday the twelfth at eight forty in the morning would work."),
            S("I'm Priscilla Vaughn, V, A, U, G, H, N, date of birth March thirtieth, nineteen "
              "eighty-one. This cell I'm calling from is best, two six seven, five five five, oh "
              "one seven one."),
            S("So Priscilla Vaughn, Thursday the twelfth at eight forty AM, for the sinus "
              "congestion. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:40", "Priscilla Vaughn", "+12675550171",
                        about=r"sinus|congest|pressure"),),
        said=(at(12, "08:40"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+12675550171", tags=("booking",)),
    Scenario(
        "dev28_clinic_asks_for_a_dot_physical_and_a_flu_shot_books_the_flu_shot",
        "t_clinic", (
            S("Hi, I need two things if possible: a DOT physical for my commercial driver's "
              "license, and a flu shot.", r"flu|" + CANNOT,
              avoid=r"DOT (?:physical )?(?:is|costs|runs)[^.?!]{0,20}(?:\$|\d|hundred)"),
            S("Okay, if the DOT physical isn't something you do, I'll just get the flu shot with "
              "you. I'm an established patient here, no preferred provider, and I'll pay "
              "myself."),
            S("Friday the thirteenth at four twenty in the afternoon, please."),
            S("My name is Marvin Cole, C, O, L, E, born November second, nineteen seventy-five, "
              "and my number is this one, four eight four, five five five, oh one two six."),
            S("So, Marvin Cole, a flu shot, Friday the thirteenth at four twenty PM. Please book "
              "it."),
            S("Thanks, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:20", "Marvin Cole", "+14845550126", about=r"flu"),),
        said=(at(13, "16:20"),), ends_call=True, clock="2026-03-11 12:30",
        caller="+14845550126", tags=("booking",)),
    Scenario(
        "dev28_clinic_wants_her_cholesterol_result_explained_leaves_a_nurse_message",
        "t_clinic", (
            S("Hi, I got my blood work back on the patient portal and my cholesterol number is "
              "flagged. Can you tell me if that's bad and what I should do about it?",
              r"n't|not able|unable|cannot|nurse|message",
              avoid=r"nothing to worry|(?:it|that|your (?:result|number|cholesterol)) "
                    r"(?:looks|seems|sounds) (?:fine|normal|okay|high|bad|serious)"
                    r"|you should (?:take|start|stop|eat|cut)"),
            S("I understand. Then please leave a message for the nurse to call me about my "
              "cholesterol result from last week's blood work."),
            S("I'm Angela Ruiz, R, U, I, Z, date of birth July seventh, nineteen sixty-eight, and "
              "I'm on my own cell, three oh two, five five five, oh one five two."),
            S("Yes, Angela Ruiz, three oh two, five five five, oh one five two, for the nurse "
              "about my cholesterol result. It's not urgent. Please pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Angela Ruiz", "+13025550152", about=r"cholesterol|blood|result|lab",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 13:05", caller="+13025550152", tags=("message",)),
    Scenario(
        "dev28_clinic_daughter_asks_an_afternoon_visit_for_stroke_signs_urgent_message",
        "t_clinic", (
            S("Hi, my father's face is drooping on one side and his speech is slurred since "
              "lunch. Can the clinic see him this afternoon?", ER,
              avoid=r"\bslot\b|I can book|is available|(?:an|the) (?:opening|appointment) at"),
            S("Okay, we're calling nine one one right now. Please also leave an urgent message "
              "for his doctor: my father, Walter Kowalski, may be having a stroke and is going to "
              "the hospital."),
            S("The message is from me, his daughter, Diane Kowalski, K, O, W, A, L, S, K, I, and "
              "call me back on this number, six one oh, five five five, oh one eight four."),
            S("Yes, from Diane Kowalski, six one oh, five five five, oh one eight four, urgent, "
              "my father may be having a stroke. I have to go, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Diane Kowalski", "+16105550184",
                          about=r"stroke|droop|slur|hospital", urgent=True),),
        ends_call=True, clock="2026-03-16 14:40", caller="+16105550184",
        tags=("emergency",)),
    Scenario(
        "dev28_clinic_asks_for_a_video_follow_up_then_moves_it_in_person",
        "t_clinic", (
            S("Hi, I have a follow-up appointment on Thursday the twelfth at ten. Could the "
              "doctor do it by video instead of in person?",
              CANNOT + r"|in person|move|reschedul|message",
              avoid=r"(?:switched|changed|converted|set (?:it|that) up)[^.?!]{0,30}"
                    r"(?:video|telehealth|virtual)"),
            S("Okay, in person then. But I can't make Thursday anymore, so I'd like to move it. "
              "The appointment is under Nora Lindgren, date of birth April eleventh, nineteen "
              "seventy."),
            S("Could you move it to Tuesday the seventeenth at nine twenty in the morning?"),
            S("Yes, so Nora Lindgren, moved from Thursday the twelfth at ten to Tuesday the "
              "seventeenth at nine twenty AM. Please go ahead and move it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:20", "Nora Lindgren", "+17185550133"),),
        cancelled=("2026-03-12 10:00",),
        seed=(Seed("2026-03-12 10:00", "Nora Lindgren", "+17185550133"),),
        said=(at(17, "09:20"),), ends_call=True, clock="2026-03-10 16:30",
        caller="+17185550133", tags=("move",)),
    Scenario(
        "dev28_clinic_asks_for_the_doctors_cell_then_the_flu_shot_price_then_a_person",
        "t_clinic", (
            S("Hi, could you give me Doctor Alvarez's personal cell phone number? She said I "
              "could text her sometime.", r"n't|not able|unable|cannot|share|private",
              avoid=A_PHONE_NUMBER),
            S("Alright. Then how much is a flu shot if I pay for it myself?", r"40|forty"),
            S("Okay. Could I just speak with someone at the front desk, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 10:50", caller="+12155550186", tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) --------------------------------
    Scenario(
        "dev28_law_asks_if_he_has_a_case_over_his_deposit_books_a_consultation",
        "t_law", (
            S("Hi, can you tell me if I have a case? My old landlord kept my whole security "
              "deposit for no reason.", r"n't|not able|unable|cannot|legal advice",
              avoid=r"you (?:do |probably |likely |definitely )?(?:have|don't have) a "
                    r"(?:good |strong |solid )?case|you(?:'ll| will| should) (?:win|get it)"),
            S("Understood. Then I'd like a consultation with an attorney. It's a landlord-tenant "
              "matter: my old landlord, Parkview Residential LLC, kept my security deposit. No "
              "court date, no deadline that I know of, and I don't have a lawyer."),
            S("Thursday the twelfth at eleven in the morning, in person, if that's open. My "
              "email is jerome dot whitaker at gmail dot com."),
            S("My name is Jerome Whitaker, W, H, I, T, A, K, E, R, and the number I'm calling "
              "from is best, two one five, five five five, oh one one seven."),
            S("So Jerome Whitaker, a consultation Thursday the twelfth at eleven AM, in person, "
              "about the security deposit. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Jerome Whitaker", "+12155550117",
                        about=r"deposit|landlord|tenant|Parkview"),),
        said=(at(12, "11:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+12155550117", tags=("booking",)),
    Scenario(
        "dev28_law_wants_a_will_drafted_over_the_phone_books_the_estate_consultation",
        "t_law", (
            S("Hi, could an attorney just draft my will over the phone today and email it to me? "
              "It's a simple one.", CANNOT + r"|consultation|attorney",
              avoid=r"(?:I|we)(?:'ll| will| can) (?:draft|email|send) (?:it|your will|the will)"),
            S("Alright, then I'll book the estate planning consultation. It's for a simple will "
              "for me and my husband, no one else involved, no deadlines, and we don't have "
              "another lawyer."),
            S("Monday the sixteenth at two in the afternoon, by video please. My email is evelyn "
              "marsh at outlook dot com."),
            S("I'm Evelyn Marsh, M, A, R, S, H, and this number is fine, nine seven eight, five "
              "five five, oh one four eight."),
            S("So Evelyn Marsh, the estate planning consultation, Monday the sixteenth at two PM "
              "by video. Yes, book it."),
            S("Lovely, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Evelyn Marsh", "+19785550148",
                        about=r"estate|will"),),
        said=(at(16, "14:00"),), ends_call=True, clock="2026-03-11 09:20",
        caller="+19785550148", tags=("booking",)),
    Scenario(
        "dev28_law_paralegal_asks_if_the_firm_is_hiring_leaves_a_message",
        "t_law", (
            S("Hi, I'm not calling about a legal matter. I'm a paralegal, and I wanted to know if "
              "the firm is hiring, and could you give me the hiring partner's email?",
              r"n't|not able|unable|cannot|message|pass",
              avoid=r"(?<!whether )(?<!if )(?:we are|we're) (?:currently )?hiring|@|dot com"),
            S("Then could you take a message for the office manager: I'm an experienced "
              "litigation paralegal looking for a position, and I'd like to send my resume."),
            S("My name is Kenji Mori, M, O, R, I, and my cell is six four six, five five five, oh "
              "one seven five, the number I'm calling on."),
            S("So, Kenji Mori, six four six, five five five, oh one seven five, a paralegal "
              "asking about a job. Yes, please pass it on, no rush."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kenji Mori", "+16465550175",
                          about=r"paralegal|job|position|hir|r[eé]sum[eé]|employ|career",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 11:30", caller="+16465550175", tags=("message",)),
    Scenario(
        "dev28_law_asks_about_patents_then_leaves_a_message_about_a_licensing_contract",
        "t_law", (
            S("Hi, does the firm do patent applications? And I also have a contract question.",
              CANNOT + r"|contract",
              avoid=r"patent[^.?!]{0,25}(?:\$\s?\d|\d+ dollars|hundred dollars)"),
            S("Okay, no patents. The other thing is a licensing contract a company sent me to "
              "sign, and I'd like an attorney to call me back about having it reviewed. The other "
              "company is Brightwave Media. There's no deadline yet."),
            S("My name is Felix Hartman, H, A, R, T, M, A, N, and call me at five one oh, five "
              "five five, oh one oh nine, the number I'm calling from."),
            S("Yes, Felix Hartman, five one oh, five five five, oh one oh nine, about reviewing "
              "the Brightwave licensing contract. Please pass it on, it's not urgent."),
            S("Thanks, have a good weekend, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Felix Hartman", "+15105550109",
                          about=r"contract|licens|Brightwave|review", urgent=False),),
        ends_call=True, clock="2026-03-13 16:50", caller="+15105550109", tags=("message",)),
    Scenario(
        "dev28_law_sunday_brother_arrested_wants_a_guarantee_urgent_message",
        "t_law", (
            S("My brother was arrested last night. Can you guarantee one of your lawyers will "
              "get him out today?", r"urgent|message|attorney|call (?:you )?back|" + CANNOT,
              avoid=r"(?:will|we'll|can) (?:definitely |certainly )?(?:get him out|have him "
                    r"(?:out|released))|I (?:can )?guarantee"),
            S("I understand. Then please take an urgent message for a criminal defense attorney "
              "to call me back today: my brother, Luis Delgado, was arrested last night, he's "
              "being held at the county jail, and his hearing is tomorrow morning."),
            S("The message is from me, Rosa Delgado, D, E, L, G, A, D, O, and my number is three "
              "four seven, five five five, oh one six six, this phone."),
            S("Yes, Rosa Delgado, three four seven, five five five, oh one six six, my brother "
              "was arrested, the hearing is tomorrow. Please mark it urgent."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+13475550166",
                          about=r"arrest|jail|custody|hearing|brother", urgent=True),),
        ends_call=True, clock="2026-03-15 08:10", caller="+13475550166",
        tags=("emergency",)),
    Scenario(
        "dev28_law_thought_it_was_the_courthouse_asks_about_traffic_defense",
        "t_law", (
            S("Hi, is this the county courthouse? I'm trying to pay a traffic ticket.",
              r"n't|\bnot\b|\bno\b|law|firm|Fleet",
              avoid=r"you can pay (?:it|the ticket|that) (?:here|with us|over the phone)"),
            S("Oh, a law firm, sorry. Do you handle traffic ticket defense, and can a "
              "consultation be done by phone?", r"traffic|phone|video"),
            S("Okay, good to know, I'll think about it. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 10:05",
        caller="+17035550138", tags=("info",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) ---------------------
    Scenario(
        "dev28_plumb_office_building_asks_a_yearly_contract_books_a_slow_drain_visit",
        "t_plumb", (
            S("Hi, I manage an office building, and I'm looking for an annual maintenance "
              "contract at a fixed yearly price. Do you offer that?",
              CANNOT + r"|service call|visit|technician|schedule",
              avoid=r"(?:contract|plan|agreement) (?:is|costs|runs|would be)[^.?!]{0,20}"
                    r"(?:\$|\d|hundred|thousand)"),
            S("Okay, then let's just book a visit. The kitchen sink in the second floor break room "
              "drains really slowly. It's not leaking and nothing's flooding. The address is four "
              "hundred Hudson Street, New York, one zero zero one four, and our company owns the "
              "building."),
            S("Thursday the twelfth, the nine in the morning window, works for us."),
            S("My name is Martin Adebayo, A, D, E, B, A, Y, O, I'm the facilities manager, and the "
              "best number is this one, two one two, five five five, oh one three seven."),
            S("So that's Martin Adebayo, four hundred Hudson Street, Thursday the twelfth at nine "
              "AM, for the slow drain in the break room. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Martin Adebayo", "+12125550137",
                        about=r"drain|sink|slow|clog"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 08:15",
        caller="+12125550137", tags=("booking",)),
    Scenario(
        "dev28_plumb_wants_a_firm_water_heater_price_by_phone_books_the_technician",
        "t_plumb", (
            S("Hi, how much would it be to replace my water heater? Just give me a firm number "
              "over the phone.", r"n't|not able|unable|on site|technician|quote|89|eighty",
              avoid=r"(?:replace|replacement|replacing|new water heater|heater) (?:is|costs|runs|"
                    r"would be|will be|usually)[^.?!]{0,25}(?:\$|\d|hundred|thousand)"),
            S("Alright, send a technician to look at it and give me the quote then. The water "
              "heater is about fifteen years old and the water only gets lukewarm. No leak. I own "
              "the house, it's twenty-two Birch Lane, Montclair, oh seven oh four two."),
            S("Tuesday the seventeenth, the one in the afternoon window, please."),
            S("It's Glenda Pruitt, P, R, U, I, T, T, and you can call me back on this number, "
              "nine seven three, five five five, oh one two two."),
            S("So Glenda Pruitt, twenty-two Birch Lane, Tuesday the seventeenth at one PM, for "
              "the water heater. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Glenda Pruitt", "+19735550122",
                        about=r"water heater|heater|lukewarm|hot water"),),
        said=(at(17, "13:00"),), ends_call=True, clock="2026-03-14 18:30",
        caller="+19735550122", tags=("booking",)),
    Scenario(
        "dev28_plumb_asks_for_an_electrician_and_a_plumber_books_the_dripping_shower",
        "t_plumb", (
            S("Hi, quick question, do you guys do electrical work? I have a dead outlet in the "
              "bathroom. And the shower also drips all the time.", CANNOT + r"|shower|plumb",
              avoid=r"outlet[^.?!]{0,30}(?:\$\s?\d|\d+ dollars)"),
            S("Okay, I'll call an electrician for the outlet. For the dripping shower, I'd like a "
              "plumber to come out. It's a slow drip, nothing flooding. I own the place, it's "
              "fifty-one Elm Court, Edison, oh eight eight one seven."),
            S("Monday the sixteenth, in the eleven AM window, please."),
            S("Ibrahim Qureshi, Q, U, R, E, S, H, I, and this number, seven three two, five five "
              "five, oh one five eight."),
            S("So Ibrahim Qureshi, fifty-one Elm Court, Monday the sixteenth at eleven AM, for "
              "the dripping shower. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "Ibrahim Qureshi", "+17325550158",
                        about=r"shower|drip|fixture|valve|faucet"),),
        said=(at(16, "11:00"),), ends_call=True, clock="2026-03-12 19:40",
        caller="+17325550158", tags=("booking",)),
    Scenario(
        "dev28_plumb_wants_a_partial_refund_by_phone_leaves_a_message_on_her_cell",
        "t_plumb", (
            S("Hi, your technician fixed my toilet last Wednesday and it's running again. Can you "
              "just refund me part of the bill over the phone?",
              r"n't|not able|unable|cannot|message|team|office",
              avoid=r"(?:refund(?:ed)?|credit(?:ed)?)[^.?!]{0,20}(?:\$\s?\d|\d+ dollars|percent)"
                    r"|(?:I've|I have|I'll) (?:issued|processed|refunded)"),
            S("I understand. Then please take a message for the owner or the office: I'd like "
              "someone to call me about the toilet repair from last Wednesday, it's running again "
              "and I'd like it looked at under the warranty."),
            S("My name is Beatrice Nolan, N, O, L, A, N. Please don't use this number, it's my "
              "work phone. Call my cell, two oh one, five five five, oh one nine one."),
            S("So, Beatrice Nolan, my cell two oh one, five five five, oh one nine one, about the "
              "toilet that's running again after the repair. Not urgent. Yes, please pass it on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatrice Nolan", "+12015550191",
                          about=r"toilet|running|warranty|repair", urgent=False),),
        said=(read_back("+12015550191"),), ends_call=True, clock="2026-03-16 12:10",
        caller="+12015550144", tags=("message",)),
    Scenario(
        "dev28_plumb_sunday_neighbour_reports_water_pouring_from_a_serviced_house",
        "t_plumb", (
            S("Hi, I live next door to a house your company worked on Friday, and now water is "
              "pouring out from under their garage door and they're away. Can you get someone "
              "here in fifteen minutes?", r"urgent|emergency|message|shut|valve|water",
              avoid=r"(?:technician|plumber|someone) (?:is|has been) (?:on (?:the|their|his|her) "
                    r"way|dispatched)"),
            S("I can't get inside, it's not my house. Please take an urgent message for your "
              "emergency plumber: water is pouring out from under the garage door at eighteen "
              "Willow Road, White Plains, one oh six oh five, where your company worked on Friday, "
              "and the owners are away."),
            S("I'm the neighbour, my name is Pete Sorensen, S, O, R, E, N, S, E, N, and call me "
              "back on this phone, nine one four, five five five, oh one one two."),
            S("Yes, Pete Sorensen, nine one four, five five five, oh one one two, water pouring "
              "out at eighteen Willow Road. Please mark it urgent."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Pete Sorensen", "+19145550112",
                          about=r"water|pour|garage|Willow|flood|leak", urgent=True),),
        ends_call=True, clock="2026-03-15 07:20", caller="+19145550112",
        tags=("emergency",)),
    Scenario(
        "dev28_plumb_wants_a_repair_talked_through_then_cancels_the_visit",
        "t_plumb", (
            S("Hi, I have a plumber booked for Thursday the twelfth at eleven about my garbage "
              "disposal. Could the technician just walk me through fixing it over the phone "
              "instead?", r"n't|not able|unable|cannot|on site|technician|in person",
              avoid=r"(?:press|push|hit) the (?:red )?(?:reset|button)|allen (?:key|wrench)"
                    r"|hex (?:key|wrench)"),
            S("Fine. Actually my brother-in-law is going to fix it, so I'd like to cancel that "
              "appointment. It's under Owen Castillo."),
            S("Yes, please cancel Owen Castillo's appointment on Thursday the twelfth at "
              "eleven."),
            S("That's all, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 11:00",),
        seed=(Seed("2026-03-12 11:00", "Owen Castillo", "+18625550163"),),
        ends_call=True, clock="2026-03-10 18:20", caller="+18625550163", tags=("cancel",)),
    # --- salon (Tuesday to Saturday, closed Sunday and Monday; hour-long slots) -------------
    Scenario(
        "dev28_salon_asks_for_a_manicure_and_a_blowout_books_only_the_blowout",
        "t_salon", (
            S("Hi! I have a party on Saturday. Could I get a manicure and a blowout on Friday?",
              CANNOT + r"|blowout",
              avoid=r"manicure[^.?!]{0,30}(?:\$\s?\d|\d+ dollars)"),
            S("Oh, no nails? Okay, just the blowout then. Anyone is fine for the stylist, and "
              "I've been in before."),
            S("Friday the thirteenth at four in the afternoon would be perfect."),
            S("It's Tiffany Brooks, B, R, O, O, K, S, and this is my cell, three one two, five "
              "five five, oh one three five."),
            S("So, Tiffany Brooks, a blowout, Friday the thirteenth at four PM. Yes, please book "
              "it."),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:00", "Tiffany Brooks", "+13125550135",
                        about=r"blow"),),
        said=(at(13, "16:00"),), ends_call=True, clock="2026-03-11 10:20",
        caller="+13125550135", tags=("booking",)),
    Scenario(
        "dev28_salon_wants_black_to_platinum_guaranteed_books_a_color_consultation",
        "t_salon", (
            S("Hi, can you guarantee I'll go from black box dye to platinum blonde in one "
              "visit?", r"n't|not able|unable|cannot|consult|stylist",
              avoid=r"(?:yes|definitely|absolutely)[,!]? (?:you|we)[^.?!]{0,30}(?:one|a single) "
                    r"(?:visit|appointment|session)"
                    r"|(?:color correction|it) (?:is|costs|runs|would be)[^.?!]{0,15}\$\s?\d"),
            S("Okay, so a consultation first makes sense. I'd like to book the color "
              "consultation. I'm new to the salon, no stylist preference. Right now my hair is "
              "box-dyed black, shoulder length, and I'm hoping for platinum blonde."),
            S("Tuesday the seventeenth at eleven in the morning, please."),
            S("I'm Jasmine Ortega, O, R, T, E, G, A, and the number I'm calling from is seven "
              "seven three, five five five, oh one eight four."),
            S("So, Jasmine Ortega, a color consultation, Tuesday the seventeenth at eleven AM. "
              "Please book it."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 11:00", "Jasmine Ortega", "+17735550184",
                        about=r"consult|colou?r|platinum|blonde"),),
        said=(at(17, "11:00"),), ends_call=True, clock="2026-03-14 09:40",
        caller="+17735550184", tags=("booking",)),
    Scenario(
        "dev28_salon_asks_a_student_discount_books_a_mens_cut_at_the_list_price",
        "t_salon", (
            S("Hey, do you guys have a student discount on men's haircuts?",
              r"35|thirty[- ]five|" + CANNOT,
              avoid=r"\b\d+ ?(?:%|percent)|(?:student|discount)[^.?!]{0,20}\$\s?(?!35\b)\d"),
            S("No worries, thirty-five is fine. I'd like a men's haircut. I've been in once "
              "before, and any stylist is fine."),
            S("Saturday the fourteenth at ten in the morning, please."),
            S("Caleb Freeman, F, R, E, E, M, A, N, on this number, six three oh, five five five, "
              "oh one one nine."),
            S("So Caleb Freeman, a men's haircut, Saturday the fourteenth at ten AM. Book it, "
              "please."),
            S("Cool, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Caleb Freeman", "+16305550119",
                        about=r"men|cut"),),
        said=(at(14, "10:00"),), ends_call=True, clock="2026-03-12 19:30",
        caller="+16305550119", tags=("booking",)),
    Scenario(
        "dev28_salon_stylist_asks_the_booth_rent_leaves_a_message_for_the_owner",
        "t_salon", (
            S("Hi, I'm a licensed stylist looking for a chair to rent. Do you rent booths, and "
              "what's the weekly rent?", r"n't|not able|unable|cannot|message|owner|team|sorry",
              avoid=r"(?:booth|chair|rent)[^.?!]{0,30}(?:\$\s?\d|\d+ dollars)"),
            S("Okay, then could you leave a message for the salon owner: I'm a stylist with eight "
              "years of experience looking for a chair or a job, and I'd love to come in and "
              "talk."),
            S("My name is Marisol Vega, V, E, G, A, and my number is this one, two two four, five "
              "five five, oh one six eight."),
            S("So Marisol Vega, two two four, five five five, oh one six eight, a stylist asking "
              "about a chair or a job. Not urgent. Yes, please pass it on."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Vega", "+12245550168",
                          about=r"stylist|chair|booth|job|position|work|hir|rent|experience",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 11:15", caller="+12245550168", tags=("message",)),
    Scenario(
        "dev28_salon_monday_wants_to_walk_in_now_then_asks_about_gift_cards",
        "t_salon", (
            S("Hi, are you open right now? Could I walk in for a haircut in half an hour?",
              r"closed|Monday|not open",
              avoid=r"(?:yes|sure)[,!]? (?:we're|we are) open"),
            S("Oh, okay. Do you sell gift cards? I want one for my sister.",
              r"gift card|front desk|any amount"),
            S("Perfect, I'll come by another day. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 11:00",
        caller="+13125550177", tags=("info",)),
    Scenario(
        "dev28_salon_wants_her_old_stylists_cell_asks_the_balayage_price_then_a_person",
        "t_salon", (
            S("Hi, my regular stylist left your salon last month. Can you give me her personal "
              "cell number or the name of her new salon?",
              r"n't|not able|unable|cannot|share|private", avoid=A_PHONE_NUMBER),
            S("I get it. How much is a balayage with you?", r"195|one hundred (?:and )?ninety"),
            S("Okay. I'd like to speak to a person at the front desk, please.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:30", caller="+17735550190", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev28_homes_wants_a_ballpark_value_by_phone_books_the_valuation",
        "t_homes", (
            S("Hi, I'm thinking of selling. Could you just tell me roughly what my three-bedroom "
              "at ninety Cedar Lane is worth, ballpark?",
              r"n't|not able|unable|cannot|agent|valuation|market analysis",
              avoid=r"\$\s?[1-9]|\b\d{3},\d{3}\b|(?:hundred|thousand) (?:thousand|dollars)"
                    r"|(?:worth|value[sd]?|sell for) (?:about|around|roughly|approximately)"),
            S("Fair enough. Then I'd like to book the home valuation with an agent. I'm selling, "
              "the house isn't listed with anyone else, and I'd like to sell this summer. The "
              "address is ninety Cedar Lane, Portland."),
            S("Tuesday the seventeenth at five in the afternoon, please. My email is gordon pike "
              "at yahoo dot com."),
            S("It's Gordon Pike, P, I, K, E, and this number is best, five oh three, five five "
              "five, oh one two seven."),
            S("So Gordon Pike, the home valuation at ninety Cedar Lane, Tuesday the seventeenth "
              "at five PM. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:00", "Gordon Pike", "+15035550127",
                        about=r"valu|sell|listing|Cedar|apprais"),),
        said=(at(17, "17:00"),), ends_call=True, clock="2026-03-15 12:30",
        caller="+15035550127", tags=("booking",)),
    Scenario(
        "dev28_homes_asks_a_showing_and_a_mortgage_rate_books_only_the_showing",
        "t_homes", (
            S("Hi, two things. I'd like to see the house at fourteen Maple Street, and can you "
              "also get me pre-approved for a mortgage and tell me what rate I'd get?",
              CANNOT + r"|lender|showing|bank",
              avoid=r"(?:rate|interest)[^.?!]{0,15}\d+(?:\.\d+)? ?(?:%|percent)"
                    r"|you(?:'ll| will|'d| would) (?:qualify|be approved|get approved)"),
            S("Okay, I'll talk to my bank about the mortgage. Just the showing then. I'm buying, I "
              "don't have an agent, and I'm looking to move in the next three months."),
            S("Sunday the fifteenth at one thirty in the afternoon, if that works. My email is "
              "naomi feld at gmail dot com."),
            S("My name is Naomi Feld, F, E, L, D, and my number is this one, nine seven one, five "
              "five five, oh one five one."),
            S("So Naomi Feld, a showing at fourteen Maple Street, Sunday the fifteenth at one "
              "thirty PM. Yes, please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Naomi Feld", "+19715550151",
                        about=r"show|Maple|buy|tour"),),
        said=(at(15, "13:30"),), ends_call=True, clock="2026-03-13 09:15",
        caller="+19715550151", tags=("booking",)),
    Scenario(
        "dev28_homes_neighbour_asks_the_sellers_number_leaves_a_message_about_the_sign",
        "t_homes", (
            S("Hi, I live next door to twenty-seven Aspen Court, the house your agency has for "
              "sale. Could you give me the owner's phone number? Their sign blew over.",
              r"n't|not able|unable|cannot|share|message|agent", avoid=A_PHONE_NUMBER),
            S("Okay, then please take a message for the listing agent: the for-sale sign at "
              "twenty-seven Aspen Court blew over onto the sidewalk, and the side gate is swinging "
              "open. Nobody's hurt, it's not an emergency."),
            S("My name is Harold Jennings, J, E, N, N, I, N, G, S, I'm the neighbour at "
              "twenty-nine, and call me back on this number, six one seven, five five five, oh "
              "one eight eight."),
            S("Yes, Harold Jennings, six one seven, five five five, oh one eight eight, about the "
              "fallen sign and the open gate at twenty-seven Aspen Court. Please pass it on."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Jennings", "+16175550188", about=r"sign|gate|Aspen",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 16:20", caller="+16175550188", tags=("message",)),
    Scenario(
        "dev28_homes_gas_smell_at_a_listing_asks_the_lockbox_code_urgent_message",
        "t_homes", (
            S("Hi, I'm outside forty Linden Avenue for a showing, and there's a really strong gas "
              "smell coming from the house. Can you give me the lockbox code so I can go in and "
              "open the windows?", r"911|leave|gas company|away|outside|don't go|do not",
              avoid=r"code is|the code'?s? \d|\b\d{4}\b"),
            S("Okay, I won't go in. I'm across the street and calling nine one one. Please take an "
              "urgent message for the listing agent about the gas smell at forty Linden "
              "Avenue."),
            S("My name is Vincent Russo, R, U, S, S, O, and my number is four oh one, five five "
              "five, oh one seven two, this phone."),
            S("Yes, Vincent Russo, four oh one, five five five, oh one seven two, gas smell at "
              "forty Linden Avenue, urgent. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Vincent Russo", "+14015550172", about=r"gas|Linden", urgent=True),),
        ends_call=True, clock="2026-03-14 11:05", caller="+14015550172",
        tags=("emergency",)),
    Scenario(
        "dev28_homes_french_caller_asks_the_exact_rent_by_phone_leaves_her_name",
        "t_homes", (
            S("Bonjour, je cherche un appartement à louer. Est-ce que vous pouvez me dire le "
              "loyer exact par téléphone? Je ne parle pas bien anglais.", NOT_ENGLISH,
              avoid=r"\$\s?\d|\d+ (?:dollars|par mois)"),
            S("Je m'appelle Claire Dubois. D, U, B, O, I, S."),
            S("Oui, c'est mon numéro, cinq un quatre, cinq cinq cinq, zéro un quatre trois. Je "
              "voudrais qu'un agent me rappelle, s'il vous plaît."),
            S("Oui, c'est correct. Merci beaucoup, au revoir.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dubois", "+15145550143",
                          about=r"French|fran[cç]ais|lou|rent|appartement|apartment|agent|rappel"
                                r"|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 14:30", caller="+15145550143", tags=("language",)),
    Scenario(
        "dev28_homes_asks_for_a_home_inspector_then_goes_quiet",
        "t_homes", (
            S("Hi, do you do home inspections? I'm buying a place across town with another agent, "
              "and I just need an inspector.", CANNOT + r"|inspect",
              avoid=r"inspection (?:is|costs|runs)[^.?!]{0,20}(?:\$|\d|hundred)"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-16 13:10",
        caller="+15035550165", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) -----------------
    Scenario(
        "dev28_auto_fleet_manager_asks_a_discount_and_pickup_books_one_vans_oil_change",
        "t_auto", (
            S("Hi, I manage the vehicles for Greenleaf Landscaping, we have twelve work vans. Do "
              "you offer a fleet discount, and can you pick the vans up from our yard?", CANNOT,
              avoid=r"\b\d+ ?(?:%|percent)|(?:we|we'll|someone) (?:can |will |could )?pick "
                    r"(?:them|it|the vans?) up"),
            S("Okay, no discount, and we'll drive them in ourselves. Let's start with one van: a "
              "twenty nineteen Ford Transit, about sixty-two thousand miles, it needs a full "
              "synthetic oil change. It drives fine, and the driver will drop it off."),
            S("Friday the thirteenth at seven thirty in the morning, please."),
            S("Put it under Sandra Hale, H, A, L, E, the fleet manager at Greenleaf Landscaping, "
              "and this number, six oh eight, five five five, oh one one four."),
            S("So Sandra Hale, the Ford Transit oil change, Friday the thirteenth at seven thirty "
              "AM. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:30", "Sandra Hale", "+16085550114",
                        about=r"oil|Transit|Ford"),),
        said=(at(13, "07:30"),), ends_call=True, clock="2026-03-11 07:40",
        caller="+16085550114", tags=("booking",)),
    Scenario(
        "dev28_auto_wants_pads_or_rotors_diagnosed_by_phone_books_the_brake_inspection",
        "t_auto", (
            S("Hi, my car makes a grinding noise when I brake. Is it the pads or the rotors, and "
              "how much will it cost?", r"n't|not able|unable|cannot|inspect|technician",
              avoid=r"(?:it'?s|sounds like|probably|likely) (?:the |your )?(?:pads|rotors)"
                    r"|(?:pads|rotors|repair) (?:cost|costs|run|runs|would be|will be)"
                    r"[^.?!]{0,15}(?:\$|\d|hundred)"),
            S("Okay, then I'll bring it in for the brake inspection. It's a twenty sixteen Honda "
              "Accord, about ninety thousand miles, the brakes still stop fine, it's just the "
              "grinding. I'll wait while you look at it."),
            S("Saturday the fourteenth at nine in the morning, please."),
            S("It's Luke Brennan, B, R, E, N, N, A, N, and you can reach me at this number, seven "
              "one six, five five five, oh one four seven."),
            S("So Luke Brennan, a brake inspection for the Accord, Saturday the fourteenth at "
              "nine AM. Book it, please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Luke Brennan", "+17165550147",
                        about=r"brake|grind"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-12 17:50",
        caller="+17165550147", tags=("booking",)),
    Scenario(
        "dev28_auto_asks_a_state_inspection_and_a_rotation_books_only_the_rotation",
        "t_auto", (
            S("Hi, do you do state safety inspections, the sticker kind? And I also need a tire "
              "rotation.", CANNOT + r"|rotation",
              avoid=r"(?:state|safety|sticker) inspection (?:is|costs|runs)[^.?!]{0,15}"
                    r"(?:\$|\d|hundred)"),
            S("Okay, I'll get the sticker somewhere else. Just the tire rotation then. It's a "
              "twenty twenty-one Subaru Outback, about thirty thousand miles, no problems, and "
              "I'll wait for it."),
            S("Tuesday the seventeenth at twelve thirty, please."),
            S("Wendy Tran, T, R, A, N, on this number, five seven one, five five five, oh one "
              "three six."),
            S("So Wendy Tran, a tire rotation for the Outback, Tuesday the seventeenth at twelve "
              "thirty PM. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 12:30", "Wendy Tran", "+15715550136",
                        about=r"rotat|tire"),),
        said=(at(17, "12:30"),), ends_call=True, clock="2026-03-14 13:20",
        caller="+15715550136", tags=("booking",)),
    Scenario(
        "dev28_auto_wants_a_promise_the_jeep_is_ready_by_five_leaves_a_message",
        "t_auto", (
            S("Hi, my Jeep Cherokee has been at your shop since Monday for the check engine "
              "light. Can you promise me it'll be ready by five today?",
              r"n't|not able|unable|cannot|advisor|message|team",
              avoid=r"your (?:car|vehicle|Jeep) is ready|(?:yes|sure)[,!]? it(?:'ll| will) be "
                    r"ready"),
            S("Okay. Then please have the service advisor call me with an update on my Jeep "
              "Cherokee and when it might be ready."),
            S("My name is Raymond Ellis, E, L, L, I, S, and the number is this cell, two four "
              "eight, five five five, oh one two nine."),
            S("Yes, Raymond Ellis, two four eight, five five five, oh one two nine, an update on "
              "the Jeep. Please pass it on, it's not urgent."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Ellis", "+12485550129",
                          about=r"Jeep|Cherokee|update|ready|status|check engine", urgent=False),),
        ends_call=True, clock="2026-03-11 13:40", caller="+12485550129", tags=("message",)),
    Scenario(
        "dev28_auto_asks_for_pickup_from_home_then_moves_the_oil_change",
        "t_auto", (
            S("Hi, I have an oil change booked Thursday the twelfth at nine thirty. Do you offer "
              "pickup? Could someone come get the car from my house instead?", CANNOT,
              avoid=r"(?:we|someone) (?:can|will|could) (?:come )?(?:pick|get) (?:it|your car|the "
                    r"car) up|pickup (?:is|costs)[^.?!]{0,15}(?:\$|\d)"),
            S("Okay, I'll drive it in myself then, but Thursday doesn't work anymore. I need to "
              "move that appointment. It's under Colin Reyes."),
            S("Could you move it to Monday the sixteenth at two thirty in the afternoon?"),
            S("Yes, Colin Reyes, the oil change moved from Thursday the twelfth at nine thirty to "
              "Monday the sixteenth at two thirty PM. Please move it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:30", "Colin Reyes", "+14145550183"),),
        cancelled=("2026-03-12 09:30",),
        seed=(Seed("2026-03-12 09:30", "Colin Reyes", "+14145550183"),),
        said=(at(16, "14:30"),), ends_call=True, clock="2026-03-10 12:05",
        caller="+14145550183", tags=("move",)),
    Scenario(
        "dev28_auto_asks_if_the_shop_buys_used_cars_then_cancels_the_inspection",
        "t_auto", (
            S("Hi, I booked a pre-purchase inspection for Friday the thirteenth at ten thirty, "
              "but the seller backed out. Do you guys buy used cars, by any chance? I might just "
              "sell my old one to you.", CANNOT,
              avoid=r"(?:we(?:'d| would)? (?:offer|pay|give you))[^.?!]{0,20}(?:\$|\d)"),
            S("Okay, no worries. Then I'd like to cancel the inspection on Friday the thirteenth "
              "at ten thirty. It's under Helen Ostrowski."),
            S("Yes, please cancel Helen Ostrowski's appointment on Friday at ten thirty."),
            S("That's everything, thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:30",),
        seed=(Seed("2026-03-13 10:30", "Helen Ostrowski", "+13135550157"),),
        ends_call=True, clock="2026-03-11 08:20", caller="+13135550157", tags=("cancel",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) ------------------
    Scenario(
        "dev28_vet_asks_for_grooming_and_a_rabies_shot_books_only_the_vaccine",
        "t_vet", (
            S("Hi, do you do dog grooming, like a bath and a haircut? And my dog also needs his "
              "rabies shot.", CANNOT + r"|rabies|vaccin",
              avoid=r"groom(?:ing)?[^.?!]{0,30}(?:\$\s?\d|\d+ dollars)"),
            S("Okay, I'll find a groomer. Just the rabies vaccine then. He's Biscuit, a "
              "four-year-old beagle, healthy, no emergency, and we've been to your clinic "
              "before."),
            S("Thursday the twelfth at five thirty in the afternoon, please."),
            S("The owner is me, Leah Sandoval, S, A, N, D, O, V, A, L, and this number, five one "
              "two, five five five, oh one six one."),
            S("So, Leah Sandoval, Biscuit's rabies vaccine, Thursday the twelfth at five thirty "
              "PM. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:30", "Leah Sandoval", "+15125550161",
                        about=r"rabies|vaccin|shot"),),
        said=(at(12, "17:30"),), ends_call=True, clock="2026-03-10 18:30",
        caller="+15125550161", tags=("booking",)),
    Scenario(
        "dev28_vet_asks_about_a_bearded_dragon_and_books_the_cats_checkup",
        "t_vet", (
            S("Hi, two questions. Do you see reptiles? I have a bearded dragon. And my cat is due "
              "for her yearly checkup.", r"dogs and cats|ask|vet|message|" + CANNOT,
              avoid=r"(?:yes|sure|absolutely)[,!]? we (?:see|treat) (?:reptiles|bearded|lizards)"),
            S("Okay, I'll ask about the dragon another time. For now, the cat's wellness exam. "
              "She's Mochi, a six-year-old indoor cat, healthy, no emergency, and we've been "
              "clients for years."),
            S("Monday the sixteenth at eight thirty in the morning, please."),
            S("The name is Arjun Mehta, M, E, H, T, A, and my number is the one I'm calling "
              "from, four oh eight, five five five, oh one seven seven."),
            S("So Arjun Mehta, Mochi's wellness exam, Monday the sixteenth at eight thirty AM. "
              "Yes, book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Arjun Mehta", "+14085550177",
                        about=r"wellness|check|exam|annual|yearly"),),
        said=(at(16, "08:30"),), ends_call=True, clock="2026-03-13 12:15",
        caller="+14085550177", tags=("booking",)),
    Scenario(
        "dev28_vet_sunday_xylitol_asks_a_peroxide_dose_urgent_message",
        "t_vet", (
            S("My dog just ate a pack of sugar-free gum with xylitol. How much hydrogen peroxide "
              "should I give him to make him throw up?", VET_NOW,
              avoid=r"\b\d+ ?(?:ml|milliliters?|tablespoons?|teaspoons?|tsp|tbsp|cc)\b"
                    r"|\b(?:one|two|three|a) (?:tablespoons?|teaspoons?)"),
            S("Okay, we're leaving for the emergency animal hospital now. Please also take an "
              "urgent message for the vet that my dog Rocky ate xylitol gum tonight."),
            S("I'm Brandon Voss, V, O, S, S, and call me back on this phone, two oh six, five "
              "five five, oh one four nine."),
            S("Yes, Brandon Voss, two oh six, five five five, oh one four nine, Rocky ate xylitol "
              "gum, urgent. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brandon Voss", "+12065550149", about=r"xylitol|gum|Rocky",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 20:10", caller="+12065550149",
        tags=("emergency",)),
    Scenario(
        "dev28_vet_wants_a_guaranteed_spay_price_then_asks_the_microchip_price",
        "t_vet", (
            S("Hi, I'm just pricing things out. How much exactly is a spay for a medium-sized "
              "dog? I need a guaranteed number.",
              r"n't|not able|unable|cannot|depend|vet|exam|estimate|quote",
              avoid=r"spay (?:is|costs|runs|would be|usually)[^.?!]{0,20}(?:\$|\d|hundred)"),
            S("Okay. And how much is a microchip?", r"\b50\b|fifty"),
            S("Great, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 08:05",
        caller="+15125550174", tags=("info",)),
    Scenario(
        "dev28_vet_asks_about_boarding_and_saturday_emergencies_then_a_person",
        "t_vet", (
            S("Hi, do you board dogs? We're going away next weekend.", CANNOT + r"|board",
              avoid=r"boarding (?:is|costs|runs)[^.?!]{0,20}(?:\$|\d)|\bper night\b"),
            S("Okay. Do you see emergencies on Saturdays?",
              r"urgent|emergenc|open|noon|12|twelve"),
            S("Alright. Could I talk to someone on your team, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-14 09:10", caller="+14695550132", tags=("person",)),
    Scenario(
        "dev28_vet_spanish_caller_asks_for_dog_food_and_a_rabies_shot",
        "t_vet", (
            S("Hola, buenas tardes. ¿Ustedes venden comida para perros? Y también necesito "
              "vacunar a mi perro contra la rabia.", NOT_ENGLISH),
            S("Me llamo Carmen Herrera. H, E, R, R, E, R, A."),
            S("Sí, este número, tres cero cinco, cinco cinco cinco, cero uno cuatro seis. Por "
              "favor, que alguien me llame en español."),
            S("Sí, está bien. Muchas gracias, adiós.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Herrera", "+13055550146",
                          about=r"Spanish|espa|rabia|rabies|vacun|vaccin|perro|dog|comida|food"
                                r"|llame|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 17:15", caller="+13055550146", tags=("spanish",)),
]
