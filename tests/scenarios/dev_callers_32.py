"""A thirty-second development set: 48 scripted callers, six in each of the fleet's eight trades,
whose calls are interrupted or who lose the thread and pick it up again, in the held-out mix of
kinds.

Written by a helper session (branch dev-callers-32) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses (and its first callers, for the usual reply wording)
and tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py (`at()`);
the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of
kinds, KINDS_32 below).

What makes it different: every call is broken into, and the caller has to find their place
again. A caller says "hold on one second" for another call, the dog at the door, a pot boiling
over or a car to park, and comes back with "sorry, I'm back"; talks to someone in the room in
the middle of a line (a boyfriend asking the price, a husband on the other extension, a
coworker, a toddler grabbing something); asks "wait, what was the first time you said?" or
"sorry, go back, I missed that" when it cannot hear the answer; rings back after "we got cut off
a minute ago, I was cancelling..."; starts one request, breaks off for a question (are you
licensed, what should I bring, what if I'm late, is your work guaranteed) and returns to it;
drives or works and answers in fragments of a few words a line; or hands the phone for a line
to a child or a spouse, who gives a birthday, a kitten's name or takes over from an upset
partner, before the caller takes it back. What they end up asking for is ordinary, in the
held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and
callback number, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a
person, 1 Spanish and 1 French caller, 1 early hang-up, a caller who says "hold on" and never
comes back). Calls ring at realistic hours via `clock=`: before opening, at lunch, after
closing, late at night, on a Saturday and a Sunday, on the salon's closed Monday. Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and answer it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev32

which prints `RESULT dev32_pass_rate=`, measured and never gated.
Its first run, on main at c82e5d9, before anyone had read a transcript of it: 33/48 = 0.6875.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script too short to finish, a missing
ends_call, a name clash): one was found. The truck owner's `never_said` against a promised
ready date also matched the receptionist reading the caller's own question ("if it'll be
ready for the weekend") back in the message; it now catches only a promise of the
receptionist's own (no caller's line was changed). The second run, with that fix: 34/48 =
0.708, the other fourteen failures the receptionist's: a hold or an aside to someone in the room
taken as a request (a transfer before the caller has said why, a hang-up when the caller tells
her husband to hang up the extension), a question asked in the middle of a booking ignored
(a price, gift cards), a booking with a callback other than the calling line, or after a
detour, turned into a message, a booking confirmed in the same line as the read-back asked
again and dropped at the goodbye, a cancellation after "we got cut off" treated as a new booking,
a name taken from a child's or a fragment's words ("Jordan", "Dog's Rufus"), "good night" not
taken as a goodbye, and a knocked-out tooth passed on as a routine message.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however the call was broken into, a later line says the final day and time
plainly with the service and the name the booking or message is to be under (and the callback
number where it is not the line the call comes from), and a booking is read back (`said=`) with
its final day and time; where the callback is not the calling line, `said=` also checks that the
whole number was read back, in digits or in words, in order. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to, and there the
request for a person, or the emergency, comes only in the last line. An emergency with nobody
to transfer to ends with an urgent message; a routine message is not urgent. A call whose last
line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a request
for a person or an emergency with a line to transfer to is transferred and not hung up; the
caller who says "hold on" and goes silent is asked whether they are still there and let go
(outcome "abandoned").
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
KINDS_32 = dict(KINDS_HELDOUT_MIX)

BYE = (r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|good ?night"
       r"|thanks? (?:you )?for calling|adi[oó]s|au revoir")
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me|take your time"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now|connect|transfer"
# a car that should not be driven: the shop's safety line
NO_DRIVING = r"tow|not (?:to )?drive|don't drive|do not drive|safest|stop driving|not safe"
# a dose, or a named medicine put in the caller's hands (never a refusal)
DOSE = r"\b\d+\s?(?:mg|milligrams?)\b"


DEV_CALLERS_32: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d32_dental_other_call_coming_in_then_back_to_a_cleaning_wednesday_at_ten",
        "t_dental", (
            S("Good morning, I'd like to book a cleaning, I'm an existing patient— oh, hold on "
              "one second, I've got another call coming in."),
            S("Sorry, I'm back, that was the school. Where were we. The cleaning, yes, no pain "
              "or anything, it's just my six-month one. We have Delta Dental through my "
              "husband, he's the policy holder, Gary Whitfield."),
            S("Is there any chance of Wednesday the eighteenth, around ten in the morning?"),
            S("The patient is me, Dana Whitfield, W H I T F I E L D, date of birth March third, "
              "nineteen seventy-nine, and this cell is the best number to reach me."),
            S("So that's Dana Whitfield, a cleaning, Wednesday the eighteenth at ten a.m. "
              "Please go ahead and put me in."),
            S("Lovely, thanks so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Dana Whitfield", "+16095550114",
                        about=r"clean|check|exam"),),
        said=(at(18, "10:00"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+16095550114", tags=("booking",)),
    Scenario(
        "d32_dental_loses_the_first_offered_time_while_writing_then_names_thursday_one_pm",
        "t_dental", (
            S("Hi there, I need to schedule a filling, the tooth-colored kind. The dentist found "
              "a small cavity at my last cleaning. I've been a patient with you a few years."),
            S("It doesn't hurt, no swelling at all. Do you have anything next week, say "
              "Thursday afternoon?"),
            S("Sorry, wait, what was the first time you said? I was writing it on a sticky note "
              "and lost it."),
            S("You know what, let's just make it Thursday the nineteenth at one in the "
              "afternoon. That's the one I want."),
            S("The name's Owen Farrelly, F A R R E L L Y, born July twenty-second, nineteen "
              "ninety-one. Insurance is MetLife, I'm the policy holder, and this number's fine."),
            S("Okay, so Owen Farrelly, the filling, Thursday the nineteenth at one p.m. Yes, "
              "book it, please."),
            S("Great, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:00", "Owen Farrelly", "+13125550107",
                        about=r"fill|cavit"),),
        said=(at(19, "13:00"),), ends_call=True, clock="2026-03-11 12:30",
        caller="+13125550107", tags=("booking",)),
    Scenario(
        "d32_dental_wife_books_husband_hands_him_the_phone_for_his_birthday",
        "t_dental", (
            S("Hi, I'm calling to make a first appointment for my husband. He's never been to "
              "your office, and he needs a checkup and a cleaning, it's been a while."),
            S("He's right here, let me hand him the phone for his details. — Hi, yeah, this is "
              "Kenji, Kenji Tanaka, T A N A K A, date of birth October fourteenth, nineteen "
              "eighty-two. No pain, nothing like that."),
            S("Okay, it's me again, his wife. He doesn't have dental insurance, we'll pay "
              "ourselves. Early morning is best for him, he starts work at ten."),
            S("Monday the sixteenth at eight in the morning would be perfect."),
            S("So that's for Kenji Tanaka, new patient exam and cleaning, Monday the sixteenth "
              "at eight a.m., and you can call us back on this number. Yes, book that please."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:00", "Kenji Tanaka", "+15105550172",
                        about=r"new|exam|clean|check"),),
        said=(at(16, "08:00"),), ends_call=True, clock="2026-03-12 17:40",
        caller="+15105550172", tags=("booking",)),
    Scenario(
        "d32_dental_at_her_desk_in_fragments_crown_charged_twice_message_for_billing",
        "t_dental", (
            S("Hi. Quick one. I'm at work, so bear with me."),
            S("Got a statement from you. For my crown. I think it was charged twice."),
            S("Can someone from billing call me back. Not right now. After four is best."),
            S("Tamsin Reyes. R E Y E S. Callback is two six seven, five five five, oh one nine "
              "three. That's my cell, not this line."),
            S("So, a message for billing: Tamsin Reyes, crown charged twice, call two six seven, "
              "five five five, oh one nine three. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tamsin Reyes", "+12675550193", about=r"bill|charg|crown|twice|statem",
                          urgent=False),),
        said=(read_back("+12675550193"),), ends_call=True, clock="2026-03-13 15:20",
        caller="+12155550161", tags=("message",)),
    Scenario(
        "d32_dental_knocked_out_tooth_on_a_saturday_the_boy_takes_the_phone_for_a_line",
        "t_dental", (
            S("Hi, it's— sorry, my son just fell off his bike and one of his front teeth came "
              "right out. It's a grown-up tooth, he's eleven. I know you're closed, but what do "
              "I do?"),
            S("Hold on, he wants to talk— Hi, um, I'm Leo, it really hurts and there was blood "
              "but it's stopping. — Okay, it's Mom again."),
            S("He's breathing fine, he's talking, the bleeding has almost stopped. I've put the "
              "tooth in a cup of milk."),
            S("Please have the dentist call me as soon as possible. I'm Carla Benedetti, B E N E "
              "D E T T I, the patient is Leo Benedetti, and call me on the number I'm calling "
              "from, seven three two, five five five, oh one four eight."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carla Benedetti", "+17325550148", about=r"tooth|knock|fell|bike",
                          urgent=True),),
        never_said=(DOSE,), ends_call=True, clock="2026-03-14 10:15",
        caller="+17325550148", tags=("emergency",)),
    Scenario(
        "d32_dental_cut_off_mid_cancellation_rings_back_to_finish_it",
        "t_dental", (
            S("Hi, we got cut off a minute ago. I was in the middle of cancelling my appointment "
              "and I'm not sure it went through."),
            S("It's under Ruth Okafor, O K A F O R. It's this Thursday, the twelfth, at three in "
              "the afternoon."),
            S("Yes, please cancel it. I'll call back to rebook once I know my schedule, I don't "
              "want a new time today."),
            S("That's everything, thank you. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 15:00",),
        seed=(Seed("2026-03-12 15:00", "Ruth Okafor", "+14045550127"),), ends_call=True,
        clock="2026-03-10 16:30", caller="+14045550127", tags=("cancel",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -------------------------------
    Scenario(
        "d32_clinic_on_speaker_while_driving_books_an_annual_physical_between_merges",
        "t_clinic", (
            S("Hi, yes, you're on speaker, I'm driving, so sorry if I cut out. I need to book my "
              "annual physical."),
            S("Established patient. Been coming for years. Any doctor's fine— hang on, I'm "
              "merging."),
            S("Okay. Sorry. Insurance is Aetna. Name is Gloria Nwosu, N W O S U, born June fifth, "
              "nineteen sixty-seven."),
            S("Friday the thirteenth. Eight forty in the morning, if you have it."),
            S("Gloria Nwosu, annual physical, Friday the thirteenth at eight forty a.m., this "
              "number for callbacks. Yes, please book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:40", "Gloria Nwosu", "+18325550110",
                        about=r"physical|annual"),),
        said=(at(13, "08:40"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+18325550110", tags=("booking",)),
    Scenario(
        "d32_clinic_mom_books_a_sports_physical_and_the_teen_gives_his_own_birthday",
        "t_clinic", (
            S("Hi, I need to book a sports physical for my son, he needs the form signed before "
              "track season starts. He's been seen there before."),
            S("Jordan, come tell her your birthday, I always mix it up— Hi, it's Jordan. Um, my "
              "birthday is April second, two thousand nine."),
            S("Okay, it's his mom again. That's Jordan Mbeki, M B E K I. After school is best, "
              "so three twenty on Monday the sixteenth?"),
            S("We have Blue Cross through my job, and the callback is this number."),
            S("So Jordan Mbeki, sports physical, Monday the sixteenth at three twenty in the "
              "afternoon. Please book it."),
            S("Great, thank you so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:20", "Jordan Mbeki", "+17705550186",
                        about=r"sport|physical|track|form"),),
        said=(at(16, "15:20"),), ends_call=True, clock="2026-03-11 18:10",
        caller="+17705550186", tags=("booking",)),
    Scenario(
        "d32_clinic_asks_what_to_bring_before_even_booking_then_returns_to_a_new_patient_visit",
        "t_clinic", (
            S("Hello, I just moved to the area and I want to become a patient, so I guess a new "
              "patient visit— actually, before that, what should I bring to a first "
              "appointment?", r"photo|\bID\b|insurance card|medication"),
            S("Okay, good to know. Sorry, back to the booking. I'm new, my name is Anders "
              "Lindqvist, L I N D Q V I S T, date of birth November thirtieth, nineteen "
              "eighty-eight."),
            S("It's just a general get-to-know-you visit, nothing urgent. I have United "
              "Healthcare."),
            S("Tuesday the seventeenth at ten forty in the morning, please."),
            S("Anders Lindqvist, new patient visit, Tuesday the seventeenth at ten forty a.m. "
              "The number I'm calling from is fine. Go ahead."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:40", "Anders Lindqvist", "+12065550153",
                        about=r"new|visit|general"),),
        said=(at(17, "10:40"),), ends_call=True, clock="2026-03-14 11:00",
        caller="+12065550153", tags=("booking",)),
    Scenario(
        "d32_clinic_at_the_pharmacy_counter_the_pharmacist_cuts_in_refill_message_for_the_nurse",
        "t_clinic", (
            S("Hi, I'm standing at the pharmacy right now and they say my blood pressure "
              "prescription has no refills left. Can I— sorry, one second, the pharmacist is "
              "saying something."),
            S("Okay, sorry about that. She says the doctor has to approve a new one. It's "
              "lisinopril, and it's the Walgreens on Elm Street."),
            S("I'm an established patient. My name is Harold Kimball, K I M B A L L, born "
              "February eighth, nineteen fifty-four."),
            S("Please pass it to the nurse: Harold Kimball, lisinopril refill, Walgreens on Elm, "
              "and call me back on this number, five oh three, five five five, oh one three "
              "one."),
            S("Okay, thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Kimball", "+15035550131",
                          about=r"refill|lisinopril|prescription|blood pressure",
                          urgent=False),),
        never_said=(r"refill (?:is|has been|was) approved", DOSE), ends_call=True,
        clock="2026-03-10 13:15", caller="+15035550131", tags=("message",)),
    Scenario(
        "d32_clinic_coworker_talks_over_the_flu_shot_price_so_she_asks_again",
        "t_clinic", (
            S("Hi, I just have a couple of quick questions. How much is a flu shot if I'm paying "
              "myself?"),
            S("Sorry, go back, I missed that, my coworker was talking to me. How much was the "
              "flu shot?", r"\b40\b|forty"),
            S("Okay. And if I wake up sick one day, do you do same-day appointments?",
              r"same[- ]day|sick|early|first available"),
            S("Perfect, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 10:20",
        caller="+16155550124", tags=("info",)),
    Scenario(
        "d32_clinic_booking_for_her_husband_breaks_off_when_he_grabs_his_chest",
        "t_clinic", (
            S("Hi, I was calling to set up a checkup for my husband— hang on. Frank? Frank, "
              "what's wrong?"),
            S("He says his chest is really tight and his left arm feels heavy, and he's "
              "sweating. He's sixty-one.", ER),
            S("Okay, okay, I'm calling 911 on my other phone right now. Please tell the doctor. "
              "I'm Denise Holloway, his name is Frank Holloway, and my number is this one, eight "
              "one six, five five five, oh one five nine."),
            S("They're answering, I have to go. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Holloway", "+18165550159", about=r"chest|arm|sweat|911|heart",
                          urgent=True),),
        never_said=(DOSE, r"(?:can|could) (?:probably )?wait"), ends_call=True,
        clock="2026-03-12 14:05", caller="+18165550159", tags=("emergency",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) -----------------------------------------
    Scenario(
        "d32_law_wife_chimes_in_from_the_couch_estate_planning_by_video",
        "t_law", (
            S("Hi, my wife and I want to finally get our wills done. We'd like a consultation "
              "with someone about estate planning."),
            S("Hang on— what, honey? She's asking if it has to be in person. — Sorry, we'd "
              "rather do it by video, if that works."),
            S("No court dates or anything, nobody else involved, it's just the two of us and the "
              "kids. We don't have a lawyer."),
            S("Thursday the twelfth at eleven in the morning. The name is Samuel Osei, O S E I, "
              "and the email is sam dot osei at example dot com."),
            S("So, Samuel Osei, estate planning consultation by video, Thursday the twelfth at "
              "eleven a.m., callback on this number. Please book it."),
            S("Thank you very much. Good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Samuel Osei", "+14435550120",
                        about=r"estate|will"),),
        said=(at(12, "11:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+14435550120", tags=("booking",)),
    Scenario(
        "d32_law_rear_ended_driver_on_hands_free_answers_in_fragments",
        "t_law", (
            S("Hey. Calling about a car accident. I'm driving, hands-free, so short answers."),
            S("Rear-ended. Three weeks ago. My neck. Other driver's name is Travis Boone."),
            S("No lawyer yet. No court date. His insurance keeps calling me though."),
            S("In person. Monday the sixteenth. Two p.m."),
            S("Name's Marisol Vega, V E G A. This number. So: Marisol Vega, injury consultation, "
              "Monday the sixteenth at two in the afternoon. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Marisol Vega", "+17025550146",
                        about=r"injur|accident|car|rear|neck"),),
        said=(at(16, "14:00"),),
        never_said=(r"you (?:have|'ve got|don't have) a (?:good |strong )?case",
                    r"(?:worth|settle for) (?:about |around )?\$?\d"),
        ends_call=True, clock="2026-03-14 09:30", caller="+17025550146", tags=("booking",)),
    Scenario(
        "d32_law_baker_asks_about_phone_meetings_mid_message_then_finishes_it",
        "t_law", (
            S("Hi, I'd like to leave a message for one of the attorneys. I run a small bakery "
              "and a supplier sent me a contract I need looked at before I sign it."),
            S("Oh, before I forget, could we meet by phone instead of me coming in? I can't "
              "leave the shop much.", r"phone|video"),
            S("Okay, good. So, back to the message. The supplier is Harvest Mills Flour Company, "
              "and they want it signed by the twentieth."),
            S("I'm Beatrice Lang, L A N G, and please call me on my cell, nine seven three, five "
              "five five, oh one six four, not the bakery line."),
            S("So that's Beatrice Lang, a contract review for the Harvest Mills supplier "
              "contract, nine seven three, five five five, oh one six four. Thank you."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatrice Lang", "+19735550164",
                          about=r"contract|supplier|review|Harvest", urgent=False),),
        said=(read_back("+19735550164"),),
        never_said=(r"you should(?:n't| not)? sign",), ends_call=True,
        clock="2026-03-11 12:40", caller="+19735550108", tags=("message",)),
    Scenario(
        "d32_law_pulls_over_first_then_her_son_is_in_custody_with_a_hearing_tomorrow",
        "t_law", (
            S("Hello? Sorry, you're on speaker, I'm in the car, give me a second to pull over."),
            S("Okay, I'm parked now. My name is Gwen Archer. I've never called you before."),
            S("My son was arrested last night and he's still in custody at the county jail, and "
              "his hearing is tomorrow morning. I need to talk to a lawyer right now, please.",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 10:10", caller="+15025550133", tags=("emergency",)),
    Scenario(
        "d32_law_dropped_call_and_a_daughter_interrupting_then_asks_for_a_person",
        "t_law", (
            S("Hi, sorry, I think we got cut off a minute ago, I was calling and the line just "
              "went dead."),
            S("Hold on, my daughter needs something— okay, I'm back. Sorry about that."),
            S("I'm a client, it's about my divorce, the other side's lawyer sent over some "
              "papers. Can you put me through to someone in the office? I'd like to talk to a "
              "person.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-16 15:30", caller="+16305550142", tags=("person",)),
    Scenario(
        "d32_law_moves_friday_consultation_and_misses_the_offered_times_while_checking_calendar",
        "t_law", (
            S("Good morning, this is Patrick Doyle. I have a consultation with you this Friday "
              "at ten and I need to move it, something came up at work."),
            S("Any afternoon next week should work, Wednesday or Thursday maybe."),
            S("Sorry, wait, what was the first time you said? I was looking at my calendar."),
            S("Let's do Thursday the nineteenth at three in the afternoon. Same consultation, "
              "still Patrick Doyle, same number I'm calling from."),
            S("Yes, please move it from Friday the thirteenth at ten to Thursday the nineteenth "
              "at three p.m."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Patrick Doyle", "+13125550176"),),
        cancelled=("2026-03-13 10:00",),
        seed=(Seed("2026-03-13 10:00", "Patrick Doyle", "+13125550176"),),
        said=(at(19, "15:00"),), ends_call=True, clock="2026-03-10 11:30",
        caller="+13125550176", tags=("move",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows) ------------------------------
    Scenario(
        "d32_plumb_running_toilet_detours_to_licensed_and_insured_then_books_thursday_nine",
        "t_plumb", (
            S("Hi, morning. I've got a toilet that won't stop running, it's been going for a "
              "couple of days. Nothing on the floor, it just runs."),
            S("Oh, actually, quick question first, are you licensed and insured? The last guy I "
              "had out wasn't.", r"licensed|insured"),
            S("Great. So, back to the toilet. The address is 48 Linden Court, 10001, and I own "
              "the house."),
            S("Thursday the twelfth, nine in the morning works for me."),
            S("It's Walter Brennan, and the number I'm calling from is good. So Walter Brennan, "
              "Thursday the twelfth at nine a.m., 48 Linden Court, running toilet. Book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Walter Brennan", "+19145550125",
                        about=r"toilet|running"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 06:40",
        caller="+19145550125", tags=("booking",)),
    Scenario(
        "d32_plumb_no_hot_water_and_a_seven_year_old_grabs_the_phone",
        "t_plumb", (
            S("Hi, our water heater stopped giving hot water last night. No leak that I can see, "
              "it just runs cold."),
            S("Sorry, my daughter wants to say something— Hi! We had cold baths! — Okay, sorry, "
              "she's seven. Anyway."),
            S("We rent the house, and the landlord, Mr. Ortega, already told us to go ahead and "
              "call someone."),
            S("The address is 7 Birch Lane, 10002. Saturday the fourteenth at eleven in the "
              "morning, if you have it."),
            S("My name is Naomi Fischer, F I S C H E R, and this is my cell. So Naomi Fischer, "
              "Saturday the fourteenth at eleven, 7 Birch Lane, no hot water. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Naomi Fischer", "+12015550157",
                        about=r"hot water|water heater|heater|cold"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-11 19:40",
        caller="+12015550157", tags=("booking",)),
    Scenario(
        "d32_plumb_slow_kitchen_drain_from_a_work_phone_in_clipped_fragments",
        "t_plumb", (
            S("Hi. Clogged kitchen sink. At work, so quick."),
            S("Not overflowing. Just slow. Standing water. Since Sunday."),
            S("Own the place. 215 Harbor Street. Zip 10001."),
            S("Tuesday the seventeenth. Afternoon. Three o'clock?"),
            S("Deshawn Miles. M I L E S. Callback is my cell, three four seven, five five five, "
              "oh one eight nine, not this work line."),
            S("So Deshawn Miles, Tuesday the seventeenth at three p.m., 215 Harbor Street, "
              "clogged kitchen drain, cell three four seven, five five five, oh one eight nine. "
              "Yes. Book."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Deshawn Miles", "+13475550189",
                        about=r"clog|drain|sink|kitchen"),),
        said=(at(17, "15:00"), read_back("+13475550189")), ends_call=True,
        clock="2026-03-13 12:20", caller="+12125550155", tags=("booking",)),
    Scenario(
        "d32_plumb_ceiling_pouring_late_sunday_husband_finds_the_main_mid_call",
        "t_plumb", (
            S("Hi, I know it's late, there's water pouring through the ceiling of our downstairs "
              "bathroom, I think a pipe burst upstairs."),
            S("Hold on— Mike, is it off? He found the main valve in the basement, he's turning "
              "it now. — Okay, he says it's off, it's slowing down."),
            S("Nothing near the outlets, no sparks. But the ceiling is sagging and there's "
              "water all over the floor. We need someone out as soon as you can."),
            S("I'm Priscilla Nakamura, the address is 90 Quarry Road, 10003, and call me back "
              "on this number, four one two, five five five, oh one three eight."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Priscilla Nakamura", "+14125550138",
                          about=r"pipe|burst|water|ceiling|leak|flood", urgent=True),),
        ends_call=True, clock="2026-03-15 23:10", caller="+14125550138",
        tags=("emergency",)),
    Scenario(
        "d32_plumb_building_manager_detours_to_estimate_fees_then_leaves_faucet_message",
        "t_plumb", (
            S("Hi, I manage a small apartment building and I'd like someone to call me back "
              "about replacing the kitchen faucets in three of the units."),
            S("Actually, wait, unrelated, do you charge for estimates? I've had companies charge "
              "me just to show up.", r"service call|\b89\b|eighty[- ]nine|fee"),
            S("Okay. Anyway, back to the faucets. It's not urgent at all, nothing's leaking, the "
              "tenants just want new ones sometime in the next couple of weeks."),
            S("Leonard Ashby, A S H B Y. The best number is my office, six four six, five five "
              "five, oh one one seven."),
            S("So please have someone call Leonard Ashby at six four six, five five five, oh one "
              "one seven about replacing three kitchen faucets. Thanks."),
            S("Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Leonard Ashby", "+16465550117", about=r"faucet", urgent=False),),
        said=(read_back("+16465550117"),), ends_call=True, clock="2026-03-12 18:20",
        caller="+19175550141", tags=("message",)),
    Scenario(
        "d32_plumb_spanish_mother_stops_mid_call_for_her_toddler_and_leaves_a_message",
        "t_plumb", (
            S("Hola, buenos días. ¿Habla español? Tengo un problema con el calentador de agua, no "
              "sale agua caliente desde ayer.", NOT_ENGLISH),
            S("Perdón, un momento— ¡Mateo, deja eso! — Perdón, es mi hijo. Ya estoy aquí."),
            S("Quiero dejar un mensaje para que alguien me llame, por favor. Me llamo Rosa "
              "Delgado, D E L G A D O."),
            S("Mi número es siete uno ocho, cinco cinco cinco, cero uno seis seis. Es el "
              "calentador de agua, no hay agua caliente."),
            S("Gracias, muy amable. Adiós.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+17185550166",
                          about=r"calentador|agua caliente|hot water|water heater|heater"),),
        ends_call=True, clock="2026-03-14 08:15", caller="+17185550166",
        tags=("spanish",)),
    # --- salon (closed Sunday and Monday; hour-long slots) -----------------------------------
    Scenario(
        "d32_salon_dog_at_the_door_on_closed_monday_then_a_thursday_evening_cut",
        "t_salon", (
            S("Hi there, I know you're closed Mondays, I just wanted to get in for a haircut "
              "this week— hold on one second, the dog's at the door."),
            S("Sorry, I'm back. A women's cut and style. I've been before, I usually just see "
              "whoever's free."),
            S("After work is best for me, so Thursday the nineteenth at six in the evening?"),
            S("It's Hannah Brooks, B R O O K S, and this number is my cell."),
            S("Hannah Brooks, women's haircut, Thursday the nineteenth at six p.m. Perfect, "
              "book it please."),
            S("Thanks, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Hannah Brooks", "+14805550103",
                        about=r"cut|hair|women|style"),),
        said=(at(19, "18:00"),), ends_call=True, clock="2026-03-16 09:30",
        caller="+14805550103", tags=("booking",)),
    Scenario(
        "d32_salon_boyfriend_asks_the_blowout_price_mid_booking",
        "t_salon", (
            S("Hi! I have an awards dinner for work on Saturday night and I want a blowout that "
              "afternoon."),
            S("Hang on, my boyfriend's asking me something— sorry, he wants to know how much a "
              "blowout is.", r"\b45\b|forty[- ]five"),
            S("Okay, great. I'm new, I've never been in before. Anyone's fine for the stylist."),
            S("Saturday the twenty-first at two in the afternoon, so I have time to get dressed "
              "after."),
            S("My name is Chloe Ferreira, F E R R E I R A, and this is my cell. So Chloe "
              "Ferreira, blowout, Saturday the twenty-first at two p.m. Yes, please book."),
            S("Thank you so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 14:00", "Chloe Ferreira", "+17865550139",
                        about=r"blow"),),
        said=(at(21, "14:00"),), ends_call=True, clock="2026-03-17 20:30",
        caller="+17865550139", tags=("booking",)),
    Scenario(
        "d32_salon_famously_late_man_asks_the_late_policy_then_books_saturday_nine",
        "t_salon", (
            S("Hey, I need a men's haircut, just a regular trim, nothing fancy."),
            S("Actually, hold that thought. What happens if I'm running late? I'm, uh, famously "
              "late.", r"late|fifteen|\b15\b|call"),
            S("Ha, okay, fair. Back to the haircut: I've been in before, I don't remember who I "
              "saw, anyone's fine."),
            S("Saturday the fourteenth at nine in the morning, first thing."),
            S("Name's Theo Marchetti, M A R C H E T T I, callback this number. So Theo "
              "Marchetti, men's haircut, Saturday the fourteenth at nine a.m. Go ahead."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Theo Marchetti", "+13035550162",
                        about=r"men|cut|trim|hair"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-12 10:05",
        caller="+13035550162", tags=("booking",)),
    Scenario(
        "d32_salon_daycare_worker_misses_the_reply_over_the_kids_and_moves_to_friday",
        "t_salon", (
            S("Hi, this is Yvonne Castellanos, I have an appointment next Wednesday at three and "
              "I need to move it, I've got a work thing."),
            S("Sorry, go back, I missed that, the kids here are so loud. I work at a daycare."),
            S("Could we do Friday the twentieth at eleven in the morning instead?"),
            S("Yes, please move my appointment from Wednesday the eighteenth at three to Friday "
              "the twentieth at eleven a.m. Same name, Yvonne Castellanos, same number."),
            S("Wonderful, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 11:00", "Yvonne Castellanos", "+15595550115"),),
        cancelled=("2026-03-18 15:00",),
        seed=(Seed("2026-03-18 15:00", "Yvonne Castellanos", "+15595550115"),),
        said=(at(20, "11:00"),), ends_call=True, clock="2026-03-13 18:30",
        caller="+15595550115", tags=("move",)),
    Scenario(
        "d32_salon_friend_in_the_car_adds_a_gift_card_question_then_asks_thursday_hours_again",
        "t_salon", (
            S("Hi, are you open late on Thursdays? I can never get there before six."),
            S("Sorry, my friend's talking to me— what? — She wants to know if you sell gift "
              "cards.", r"gift card"),
            S("Oh, and I totally missed the first part. What time did you say you close on "
              "Thursday?", r"\b8\b|eight|8 ?p\.?m"),
            S("Perfect, thanks so much, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 13:00",
        caller="+19545550177", tags=("info",)),
    Scenario(
        "d32_salon_getting_into_her_car_then_asks_for_a_person_about_brassy_color",
        "t_salon", (
            S("Hi, um, sorry, can you hold on one second? I'm just getting into my car."),
            S("Okay, I'm back, sorry about that. I was in on Saturday for color."),
            S("It came out a lot brassier than what we talked about, and I'd like to talk to "
              "someone at the salon about it. Can you put me through to a person, please?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        never_said=(r"(?:we'll|we will|I'll) (?:redo|fix|refund)",),
        clock="2026-03-11 15:40", caller="+16785550121", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ----
    Scenario(
        "d32_homes_loses_the_offered_showing_times_fetching_a_pen_and_picks_friday_five_thirty",
        "t_homes", (
            S("Hi, I saw the listing for the townhouse at 22 Wren Street and I'd love to see it "
              "in person. We're looking to buy."),
            S("We're pre-approved with our bank, we don't have an agent yet, and we'd like to "
              "move by summer."),
            S("Wait, what was the first time you said? Sorry, I was getting a pen."),
            S("Let's go with Friday the thirteenth at five thirty in the evening."),
            S("I'm Ravi Subramanian, S U B R A M A N I A N, my email is ravi dot s at example dot "
              "com, and this number is fine. So Ravi Subramanian, showing at 22 Wren Street, "
              "Friday the thirteenth at five thirty p.m. Book it, please."),
            S("Thank you, good night!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 17:30", "Ravi Subramanian", "+14085550168",
                        about=r"show|Wren|buy|tour|townhouse"),),
        said=(at(13, "17:30"),), ends_call=True, clock="2026-03-11 21:15",
        caller="+14085550168", tags=("booking",)),
    Scenario(
        "d32_homes_husband_picks_up_the_extension_during_a_valuation_booking",
        "t_homes", (
            S("Hello, we're thinking of selling our house this spring and we'd like someone to "
              "come and tell us what it's worth."),
            S("My husband just picked up the other extension— Ed, I've got it, hang up. — Sorry. "
              "It's 301 Maple Drive, and it's not listed with anyone."),
            S("We'd like to be moved out by July. Could someone come Sunday the twenty-second at "
              "one in the afternoon?"),
            S("Joanne Pruitt, P R U I T T, email joanne pruitt at example dot com, and the "
              "callback is this number."),
            S("So it's Joanne Pruitt, home valuation at 301 Maple Drive, Sunday the "
              "twenty-second at one p.m. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-22 13:00", "Joanne Pruitt", "+16175550105",
                        about=r"valu|sell|list|Maple|worth"),),
        said=(at(22, "13:00"),),
        never_said=(r"worth (?:about|around|roughly|maybe) \$?\d",), ends_call=True,
        clock="2026-03-14 16:30", caller="+16175550105", tags=("booking",)),
    Scenario(
        "d32_homes_condo_owner_breaks_off_for_his_other_phone_then_leaves_a_message",
        "t_homes", (
            S("Hi, I own a couple of rental condos and I'm looking for someone to manage them. "
              "Could an agent give me a call?"),
            S("Sorry— one sec, my other phone— okay. Sorry. Where was I. Yes, property "
              "management, two condos downtown, tenants in both."),
            S("I'd rather not book anything yet, just a call back to talk it over."),
            S("The name is Clifford Amadi, A M A D I. Please use my cell, eight five eight, five "
              "five five, oh one two nine."),
            S("That's Clifford Amadi, eight five eight, five five five, oh one two nine, about "
              "property management for two rental condos. Thanks very much."),
            S("Bye-bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Clifford Amadi", "+18585550129", about=r"manag|condo|rental",
                          urgent=False),),
        said=(read_back("+18585550129"),), ends_call=True, clock="2026-03-10 08:20",
        caller="+16195550144", tags=("message",)),
    Scenario(
        "d32_homes_son_talks_over_the_answer_so_she_asks_about_signing_again_and_sunday_hours",
        "t_homes", (
            S("Hi, quick question. Do we have to sign anything before an agent shows us a "
              "house?"),
            S("Sorry, my son was talking to me. Can you say that again? Do we have to sign "
              "something first?", r"agreement|sign"),
            S("Okay. And are you open tomorrow, on Sunday?", r"\b12\b|noon|twelve"),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 19:45",
        caller="+17205550136", tags=("info",)),
    Scenario(
        "d32_homes_french_caller_shushes_her_husband_and_leaves_a_rental_message",
        "t_homes", (
            S("Bonjour, est-ce que vous parlez français? Je cherche un appartement à louer.",
              NOT_ENGLISH),
            S("Excusez-moi, une seconde— Julien, je suis au téléphone! — Pardon, c'est mon "
              "mari."),
            S("Je voudrais laisser un message pour un agent, s'il vous plaît. Je m'appelle "
              "Camille Marchand, M A R C H A N D."),
            S("Mon numéro est le cinq un quatre, cinq cinq cinq, zéro un sept trois. C'est pour "
              "louer un appartement de deux chambres, nous déménageons en mai."),
            S("Merci beaucoup, au revoir.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Camille Marchand", "+15145550173",
                          about=r"appart|louer|rent|apartment|chambre|bedroom"),),
        ends_call=True, clock="2026-03-12 11:10", caller="+15145550173",
        tags=("language",)),
    Scenario(
        "d32_homes_goes_to_answer_the_door_and_never_comes_back",
        "t_homes", (
            S("Hi, I'm calling about the house on Aspen Way, the one with the big porch, is it "
              "still—"),
            S("Oh, hold on one second, somebody's at the door."),
            silent(STILL_THERE),
            silent(r"bye|call (?:us )?back|another time"),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-15 12:40",
        caller="+15405550112", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ------------------
    Scenario(
        "d32_auto_oil_change_from_the_drivers_seat_in_four_word_answers",
        "t_auto", (
            S("Yeah, hi, driving, you're on speaker. Need an oil change. Maybe a tire rotation "
              "too."),
            S("Twenty nineteen Honda CR-V. About sixty thousand miles."),
            S("Nothing wrong with it. Just due. The oil reminder came on, not the check engine."),
            S("Drop it off. Before work. Thursday the twelfth, seven thirty."),
            S("Name's Bernard Quist, Q U I S T. This number's fine. So Bernard Quist, oil change "
              "and rotation, the CR-V, Thursday the twelfth at seven thirty a.m., drop-off. Book "
              "it."),
            S("Great. Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Bernard Quist", "+16025550188",
                        about=r"oil|rotat|CR-?V|Honda"),),
        said=(at(12, "07:30"),), ends_call=True, clock="2026-03-10 17:50",
        caller="+16025550188", tags=("booking",)),
    Scenario(
        "d32_auto_wife_wants_the_diagnostic_price_mid_booking",
        "t_auto", (
            S("Hi, my check engine light came on yesterday. It's steady, not flashing, and the "
              "car drives fine. I'd like to bring it in."),
            S("Hold on, my wife's asking— she wants to know how much it costs just to look at "
              "it.", r"\b129\b|one hundred (?:and )?twenty[- ]nine|hundred twenty[- ]nine"),
            S("Okay, thanks. It's a twenty sixteen Subaru Outback, about a hundred and ten "
              "thousand miles. I'll wait for it if I can."),
            S("Tuesday the seventeenth at nine thirty in the morning."),
            S("Name is Victor Halvorsen, H A L V O R S E N, and this is my cell. So Victor "
              "Halvorsen, check engine diagnostic, Tuesday the seventeenth at nine thirty a.m. "
              "Please book."),
            S("Appreciate it, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:30", "Victor Halvorsen", "+15305550171",
                        about=r"check engine|diagnos|light|Subaru|Outback"),),
        said=(at(17, "09:30"),),
        never_said=(r"(?:probably|likely|sounds like|could be) (?:a |an |the |your )?(?:loose )?"
                    r"(?:gas cap|oxygen sensor|o2 sensor|spark plug|catalytic)",),
        ends_call=True, clock="2026-03-14 14:20", caller="+15305550171", tags=("booking",)),
    Scenario(
        "d32_auto_cut_off_asking_about_his_truck_rings_back_after_closing_for_an_update",
        "t_auto", (
            S("Hi, we got cut off a minute ago, I was asking about my truck. It's been in the "
              "shop since Monday."),
            S("Hang on— no, I'm on the phone, give me a sec. Sorry. It's a twenty fourteen Ford "
              "F-150, it's in for the transmission."),
            S("Could a service advisor call me tomorrow morning with an update? I need to know "
              "if it'll be ready for the weekend."),
            S("Lamar Whitaker, W H I T A K E R. Call me at four six nine, five five five, oh one "
              "five two."),
            S("So, Lamar Whitaker, four six nine, five five five, oh one five two, wants an "
              "update on his F-150. Thanks."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lamar Whitaker", "+14695550152",
                          about=r"update|F-?150|truck|transmission|ready", urgent=False),),
        # a promise of its own, not the caller's "if it'll be ready" read back in the message
        never_said=(r"(?<!if )\b(?:it|your truck|the truck)(?:'ll| will) (?:definitely |"
                    r"certainly )?be ready",),
        ends_call=True,
        clock="2026-03-12 18:40", caller="+14695550152", tags=("message",)),
    Scenario(
        "d32_auto_teen_driver_pedal_to_the_floor_and_her_dad_takes_over_on_speaker",
        "t_auto", (
            S("Hi, um, I'm driving my dad's car and the brake pedal just went almost all the way "
              "to the floor. I pulled into a parking lot. Is it okay to keep driving it home?",
              NO_DRIVING),
            S("Hold on, my dad's on the other phone, I'm putting him on speaker— Hi, this is her "
              "father. We're safe, she's in a parking lot, nobody's hurt."),
            S("We'll have it towed to you. Please have someone call me first thing. Gordon "
              "Pike, P I K E, seven two five, five five five, oh one one nine."),
            S("It's a twenty twelve Toyota Camry, the brake pedal goes to the floor, we'll tow "
              "it in. Thank you."),
            S("Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gordon Pike", "+17255550119", about=r"brake|pedal|floor|tow",
                          urgent=True),),
        said=(read_back("+17255550119"),),
        never_said=(r"\b(?:it's|it is|should be) (?:probably )?(?:safe|okay|ok|fine) to "
                    r"(?:keep )?driv",),
        ends_call=True, clock="2026-03-13 19:20", caller="+17255550140",
        tags=("emergency",)),
    Scenario(
        "d32_auto_coworker_drops_off_papers_then_asks_for_an_advisor_about_the_estimate",
        "t_auto", (
            S("Hi, one sec— yeah, just put it on my desk, thanks— sorry, I'm at work."),
            S("You guys called me this morning with an estimate for my Jeep and I missed the "
              "call."),
            S("I'd like to go over that estimate with someone. Can you put me through to a "
              "service advisor, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-17 11:15", caller="+14105550147", tags=("person",)),
    Scenario(
        "d32_auto_cancels_thursday_brakes_with_a_warranty_question_in_the_middle",
        "t_auto", (
            S("Hi, I have an appointment on Thursday the twelfth at ten thirty for my brakes, "
              "and I need to cancel it."),
            S("Oh, while I have you, is your work guaranteed? Just for next time.",
              r"warrant|guarantee"),
            S("Okay, good to know. So yes, back to it: please cancel Thursday the twelfth at ten "
              "thirty, the name is Naveen Rao, R A O."),
            S("No need to rebook right now, thanks. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:30",),
        seed=(Seed("2026-03-12 10:30", "Naveen Rao", "+15125550181"),), ends_call=True,
        clock="2026-03-10 08:05", caller="+15125550181", tags=("cancel",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to 12; half-hour slots) ---------------------
    Scenario(
        "d32_vet_boy_announces_the_kittens_name_during_a_first_checkup_booking",
        "t_vet", (
            S("Hi, we just adopted a kitten from the shelter and she needs her first checkup. "
              "We're new, we've never been to your clinic."),
            S("My son wants to tell you her name— Hi! Her name is Pickles and she's orange! — "
              "Okay, sorry. That's Pickles, she's about ten weeks old, a domestic shorthair."),
            S("She seems healthy, eating and playing. The shelter gave her first shots and I "
              "have the records."),
            S("Could we come Saturday the fourteenth at nine thirty in the morning?"),
            S("I'm Ingrid Solberg, S O L B E R G, and this number is my cell. So Ingrid "
              "Solberg, Pickles the kitten, new patient checkup, Saturday the fourteenth at nine "
              "thirty a.m. Please book."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Ingrid Solberg", "+16125550165",
                        about=r"kitten|Pickles|check|new|exam|wellness|cat"),),
        said=(at(14, "09:30"),), ends_call=True, clock="2026-03-10 18:20",
        caller="+16125550165", tags=("booking",)),
    Scenario(
        "d32_vet_limping_lab_mix_booked_from_a_work_break_in_fragments",
        "t_vet", (
            S("Hi. At work. Quick. My dog's limping. Back leg."),
            S("Not an emergency. Walking on it. Eating fine. Since the weekend."),
            S("Existing client. Dog's Rufus. Lab mix. Eight years old."),
            S("Friday the thirteenth. Four thirty p.m."),
            S("Owner's Marcus Delacroix, D E L A C R O I X. This number. So: Rufus, limping, "
              "Friday the thirteenth at four thirty p.m., Marcus Delacroix. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:30", "Marcus Delacroix", "+13145550182",
                        about=r"limp|leg|Rufus|sick"),),
        said=(at(13, "16:30"),),
        never_said=(DOSE, r"(?:sounds like|probably|likely) (?:a |an )?(?:sprain|strain|torn|"
                          r"ACL|arthritis|fracture)"),
        ends_call=True, clock="2026-03-11 13:05", caller="+13145550182", tags=("booking",)),
    Scenario(
        "d32_vet_pot_boils_over_mid_refill_request_for_the_old_golden",
        "t_vet", (
            S("Hi, I need to request a refill of my dog's arthritis medicine. I know you're "
              "closed, can I leave a message?"),
            S("Hold on one second, my pot's boiling over— okay, sorry, I'm back."),
            S("The dog is Duchess, a fourteen-year-old golden retriever, and the medicine is "
              "carprofen. She's got about three days left."),
            S("I'm Patricia Umeh, U M E H, and my number is five four one, five five five, oh "
              "one three four."),
            S("So that's a refill request for Duchess's carprofen, Patricia Umeh, five four one, "
              "five five five, oh one three four. Thank you."),
            S("Bye-bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Patricia Umeh", "+15415550134",
                          about=r"refill|carprofen|medic|Duchess|arthritis", urgent=False),),
        never_said=(r"refill (?:is|has been|was) approved", DOSE), ends_call=True,
        clock="2026-03-12 19:30", caller="+15415550134", tags=("message",)),
    Scenario(
        "d32_vet_grieving_wife_hands_the_phone_to_her_husband_about_cremation",
        "t_vet", (
            S("Hi, our cat Misty passed away at home last night. She was a patient of yours for "
              "years. I'm sorry, give me a second.", r"sorry|condolence|loss"),
            S("Hi, this is her husband, she's a bit upset, let me take over. We'd like someone "
              "to call us about cremation, we don't know what to do with her."),
            S("It's Thomas Greer, G R E E R, and our number is the one we're calling from, nine "
              "one nine, five five five, oh one seven eight."),
            S("So please have someone call Thomas Greer at nine one nine, five five five, oh one "
              "seven eight about cremation for Misty. Thank you for being kind."),
            S("Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Thomas Greer", "+19195550178",
                          about=r"cremat|Misty|passed|cat|died"),),
        ends_call=True, clock="2026-03-15 10:00", caller="+19195550178",
        tags=("message",)),
    Scenario(
        "d32_vet_daughter_shouts_from_the_kitchen_that_the_beagle_ate_grapes",
        "t_vet", (
            S("Good morning, this is Alison Park, I'm an existing client."),
            S("I was going to book my dog in for his rabies shot— oh, hang on, my daughter's "
              "yelling something from the kitchen."),
            S("Sorry. She says Biscuit got into the grapes on the counter. He's a beagle, he ate "
              "maybe a handful, about twenty minutes ago. What do I do?", VET_NOW),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        never_said=(r"make (?:him|biscuit|your dog|the dog) (?:vomit|throw up)",
                    r"hydrogen peroxide"),
        clock="2026-03-13 10:45", caller="+16505550193", tags=("emergency",)),
    Scenario(
        "d32_vet_rabbit_knocks_over_its_water_so_she_asks_again_then_saturday_hours",
        "t_vet", (
            S("Hi, do you see rabbits? My daughter just got one."),
            S("Sorry, go back, I missed that, the rabbit just knocked over its water. Do you see "
              "rabbits, or just dogs and cats?", r"dog|cat"),
            S("Okay. And what time are you open until today? It's Saturday, right?",
              r"\b12\b|noon|twelve"),
            S("Great, thank you. Bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"(?:yes|sure|absolutely)[^.?!]{0,20}(?:we|our vets?) (?:do |can )?"
                    r"(?:see|treat) rabbits",),
        ends_call=True, clock="2026-03-14 07:30", caller="+17035550126", tags=("info",)),
]
