"""A sixteenth development set: 48 scripted callers, six in each of the fleet's eight trades, who
ramble, digress and carry several things in one call, in the twelfth set's held-out-like mix of
kinds.

Written by a helper session (branch dev-callers-16) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to fifteenth development sets' lists; only the
twelfth set's module docstring, its helper definitions and its first callers, and the fifteenth
set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the shape from
tests/scenarios/dev_set_shape.py (every rule of it but the kinds' numbers: this set keeps the
twelfth set's mix, KINDS_16 below).

What makes it different: callers who ramble, digress and carry several things in one call. The
request is buried inside a long story (how the problem started, who said what, a visit to
another dentist, salon or pharmacy first); the caller asks two or three things in one line ("how
much is the first visit, do you take Delta Dental, and can I come in this Saturday?"); adds a
second request once the first is done ("oh, and while I have you, can you also book my
husband?", "can someone from billing call me about a charge?"); asks a policy question in the
middle of a booking (the cancellation policy, paying by check, what to bring, how long it takes,
whether the diagnostic is free) and then goes on with it; changes the day or the service on the
way and then confirms; or hears the price and ends up not booking. Two calls book two people
(a couple's cleanings, a mother's and her son's haircuts) and expect both bookings; one books and
leaves a message for billing and expects both. Emergencies are each trade's real ones told
inside a longer story (a front tooth knocked out at a Saturday hockey game, a father's chest
pain after shovelling snow, a son arrested the night before he sees a judge, a pipe burst while
the family was away on a Sunday, a dachshund that ate sugar-free gum with xylitol, a brake pedal
that went to the floor). The two callers who speak no English speak Spanish and Russian (in
Cyrillic); one caller runs after her dog mid-sentence and never comes back. Calls ring at
realistic hours via `clock=`: before opening, at lunch, after closing, on a Saturday or a
Sunday. The mix is the twelfth set's (20 bookings, 8 messages, 6 emergencies, 2 moves and 2
cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish and 1 other-language
caller, 1 early hang-up). Every `Say(..., expect=..., avoid=...)` pattern is loose and
case-insensitive so any good wording passes, and every price, hour and policy it looks for is
the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev16

which prints `RESULT dev16_pass_rate=`, measured and never gated.
Its first run, on main at b3a10e0, before anyone had read a transcript of it: 37/48 = 0.771.
Its transcripts read, every failure was the receptionist's and the set is unchanged; its second
run, on the same main: 37/48 = 0.771, the same eleven failing (the `-rx` run in between, read
for the transcripts, passed 38: the model answered the diesel question from the shop's own
words once). The failures by kind: a second booking for a husband made under the caller's name;
a time read as "one" from "one question" and the booking moved from 8 AM to 1 PM; a knocked-out
tooth on a Saturday answered with Monday's slots and its urgent message left under "Unknown
caller" though the caller gave her name; a name given after "It's for me," not heard, or a
patient's "I've been seen at your clinic before" asked again, so the booking never finished;
an address with an apartment number asked again and the 1 PM window the caller named replaced
by two morning ones; a Cyrillic name and "Да" not understood; questions in the first line
(how long a color takes, whether there is a deposit) left unanswered; "is there a cheaper
option, like single color?" met with the objection line instead of single-process color's
price; an emergency message's reason overwritten by the caller's last line; "do you work on
diesels?" answered "yes, we service diesels", a claim not in the shop's facts.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
under, a caller who changes the day names the new one in full with the name again, and a
booking is read back (`said=`) with its day and time. Only a call with `overrides` carrying a
transfer number, inside opening hours, has a line to transfer to (the caller asks for a person
only in the last line); elsewhere a caller who needs a person leaves a message. An emergency
ends with an urgent message; a routine message is not urgent. A call whose last line says
goodbye is hung up by the receptionist (`ends_call=True`).
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
KINDS_16 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
CLOSED = r"closed|not open|aren't open|don't open|we open|we're open"
TWENTY_FOUR = r"\b24\b|twenty[- ]four"  # the trades' twenty-four hours' notice to cancel
URGENT = r"urgent|right away|as soon as|immediately|emergency"


DEV_CALLERS_16: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev16_dental_new_patient_asks_price_insurance_and_saturday_in_one_breath", "t_dental", (
            S("Hi, good morning. So, long story short, my old dentist retired last fall, and I've "
              "been putting this off for months, and now my husband keeps nagging me about it. I'd "
              "be a new patient. How much is the first visit, do you take Delta Dental, and can I "
              "come in this Saturday?", r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay, if Saturday's out, then Monday the 16th at nine in the morning works for me. "
              "The name is Priya Raman."),
            S("Yes, the number I'm calling from is my cell, that's the best one."),
            S("Yes, that all sounds right, please book it."),
            S("Wonderful, thank you so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Priya Raman", "+16465550161",
                        about=r"new patient|exam|x-ray|clean"),),
        said=(CLOSED, r"PPO|verif|benefits|carrier", at(16, "09:00")), ends_call=True,
        caller="+16465550161", tags=("booking",)),
    Scenario(
        "dev16_dental_books_her_cleaning_then_her_husbands_while_she_has_you", "t_dental", (
            S("Hi there, I'm calling for a cleaning. I'm a patient of yours, I was in last "
              "September I think, and your reminder postcard has been sitting on my fridge for "
              "three weeks now, so here I am. Could I come in Thursday the 12th at three in the "
              "afternoon? It's Rachel Gomez."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, go ahead and book it."),
            S("Oh, and while I have you, can you also book my husband, Luis Gomez, for a cleaning "
              "right after me, Thursday at four? He's a patient of yours too, same number."),
            S("Yes, that's right for Luis, please book it too."),
            S("That's everything, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Rachel Gomez", "+19175550162", about=r"clean"),
                Booking("2026-03-12 16:00", "Luis Gomez", "+19175550162", about=r"clean")),
        said=(at(12, "15:00"), at(12, "16:00")), ends_call=True, caller="+19175550162",
        tags=("booking",)),
    Scenario(
        "dev16_dental_whitening_before_a_wedding_asks_the_cancellation_policy_mid_booking",
        "t_dental", (
            S("Hi, I know it's early and you're probably not even open yet, sorry. My sister's "
              "wedding is at the end of the month, and I've been drinking way too much coffee, so "
              "I want my teeth whitened before it. I'm an existing patient. How much is the "
              "in-office whitening?", r"450|four hundred (?:and )?fifty"),
            S("Okay, that's fine. Could I do Wednesday the 18th at eight in the morning, before "
              "work? The name is Hannah Brooks."),
            S("Oh, one question before you book it: what's your cancellation policy, in case the "
              "wedding plans change? And yes, the number I'm calling from is fine.", TWENTY_FOUR),
            S("Okay, good to know. Yes, please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:00", "Hannah Brooks", "+16465550163",
                        about=r"whiten"),),
        said=(at(18, "08:00"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+16465550163", tags=("booking",)),
    Scenario(
        "dev16_dental_bill_after_a_filling_becomes_a_message_and_asks_about_hsa", "t_dental", (
            S("Hi, so I was in two weeks ago for a filling, which went great by the way, everyone "
              "was lovely, but then I got a bill in the mail for a hundred and eighty dollars, and "
              "my insurance was supposed to cover most of that. I'd like someone from billing to "
              "call me back about it."),
            S("My name is Derek Olsen, and the number I'm calling from is the best one to reach "
              "me."),
            S("Oh, and while I have you, do you take HSA cards? I'd rather pay the rest with "
              "that.", r"HSA"),
            S("Okay, yes, please pass the message on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Olsen", "+17185550164", about=r"bill|insurance|charge|180|"
                          r"hundred", urgent=False),),
        ends_call=True, clock="2026-03-11 13:10", caller="+17185550164", tags=("message",)),
    Scenario(
        "dev16_dental_front_tooth_knocked_out_at_a_saturday_hockey_game", "t_dental", (
            S("Hi, oh gosh, okay. So my son had his hockey game this morning, and another kid's "
              "stick caught him right in the face, and his front tooth came completely out. The "
              "coach put it in a cup of milk, I'd read that somewhere too. He's twelve and he's a "
              "patient of yours. I know it's Saturday, but is there anyone who can see him?",
              URGENT),
            S("He's not bleeding much anymore and his face isn't swollen, he's just scared. My "
              "name is Karen Holt, his name is Tyler, and please call me back on the number I'm "
              "calling from."),
            S("Yes, please mark it urgent and have the dentist call me as soon as possible. Thank "
              "you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Karen Holt", "+19175550165", about=r"tooth", urgent=True),),
        ends_call=True, clock="2026-03-14 10:15", caller="+19175550165",
        tags=("emergency",)),
    Scenario(
        "dev16_dental_moves_thursdays_cleaning_for_a_training_and_asks_what_to_bring",
        "t_dental", (
            S("Hi, this is Mei Tanaka. I have a cleaning with you this Thursday at two, and of "
              "course my work just scheduled an all-day training that same day, they only told us "
              "yesterday, so I need to move it. Could I have Friday the 13th at ten in the "
              "morning instead?"),
            S("Yes, please move it to Friday at ten."),
            S("Oh, and my insurance changed in January, it's Cigna now. Do I need to bring "
              "anything?", r"insurance card|verif|photo ID|benefits|carrier"),
            S("Okay, perfect. That's all, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Mei Tanaka", "+16465550166"),),
        cancelled=("2026-03-12 14:00",), said=(at(13, "10:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Mei Tanaka", "+16465550166"),),
        caller="+16465550166", tags=("move",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ------------------------------
    Scenario(
        "dev16_clinic_physical_after_an_insurance_switch_asks_insurance_and_what_to_bring",
        "t_clinic", (
            S("Hi, so my company switched insurance plans in January, and the new one covers an "
              "annual physical, and my wife says I haven't had one since before the pandemic, "
              "which is probably true. I've been seen at your clinic before, a couple of years "
              "ago. Do you take Blue Cross, and what should I bring?",
              r"insurance card|photo ID|medication"),
            S("Okay. Could I come Thursday the 12th at eight twenty in the morning for the "
              "physical? It's Gregory Walsh."),
            S("Yes, the number I'm calling from is good."),
            S("Yes, that's correct, book it please."),
            S("Thanks, have a good day, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:20", "Gregory Walsh", "+16465550171",
                        about=r"physical"),),
        said=(r"most major|insurance plans|coverage|confirm", at(12, "08:20")), ends_call=True,
        caller="+16465550171", tags=("booking",)),
    Scenario(
        "dev16_clinic_lunch_break_flu_shot_moves_the_day_then_asks_for_billing", "t_clinic", (
            S("Hi, I'm on my lunch break so I'll be quick, though I never am. I'm an established "
              "patient, and I'd like to come in for a flu shot. I was going to get it at the "
              "pharmacy, but they ran out, can you believe it. Do you have Friday the 13th at "
              "nine twenty in the morning? The name is Teresa Lopez."),
            S("Actually, wait, Friday's no good, I have the dentist. Can we make it Monday the "
              "16th at nine twenty instead? Still Teresa Lopez."),
            S("Yes, the number I'm calling from is right."),
            S("Yes, Monday at nine twenty, please book it."),
            S("Oh, and while I have you, can someone from billing call me back? There's a charge "
              "on my January statement I don't understand."),
            S("Same name and number, Teresa Lopez. Yes, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:20", "Teresa Lopez", "+19175550172", about=r"flu"),),
        messages=(Message("Teresa Lopez", "+19175550172", about=r"bill|charge|statement",
                          urgent=False),),
        said=(at(16, "09:20"),), ends_call=True, clock="2026-03-10 12:30",
        caller="+19175550172", tags=("booking",)),
    Scenario(
        "dev16_clinic_mail_order_pharmacy_switch_needs_a_refill_and_asks_how_long", "t_clinic", (
            S("Hello, I'm calling about my blood pressure pills. I usually get them from the "
              "mail-order pharmacy, but my plan switched companies on me, and now the new one "
              "says they need a new prescription from my doctor. It's lisinopril, and I'd like to "
              "use the CVS on Main Street this time. I've been a patient of yours for years."),
            S("How long does a refill request usually take? I have about five days of pills "
              "left.", r"two business days|2 business days|two days|2 days"),
            S("Okay, that should be fine. My name is Harold Jensen, and please call me back on "
              "the number I'm calling from."),
            S("Yes, that's everything, please pass it on to the nurse. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Jensen", "+17185550173", about=r"lisinopril|refill|"
                          r"prescription", urgent=False),),
        ends_call=True, caller="+17185550173", tags=("message",)),
    Scenario(
        "dev16_clinic_fathers_chest_pain_after_shovelling_the_driveway", "t_clinic", (
            S("Hi, I'm calling about my father, Frank Doyle, he's a patient at your clinic. He "
              "was shovelling the driveway this morning, which he's not supposed to do, and now "
              "he's sitting on the couch saying his chest feels tight and the pain is going down "
              "his left arm, and he's all sweaty. I wanted to see if the doctor could fit him in "
              "today.", r"911"),
            S("Okay, okay, I'm calling 911 right after this. Can you please let his doctor know? "
              "My name is Siobhan Doyle, and call me back on the number I'm calling from."),
            S("Yes, please mark it urgent. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Siobhan Doyle", "+16465550174", about=r"chest", urgent=True),),
        never_said=(r"(?:can|could) wait", r"not (?:serious|an emergency)"),
        ends_call=True, clock="2026-03-10 10:40", caller="+16465550174",
        tags=("emergency",)),
    Scenario(
        "dev16_clinic_cancels_a_knee_visit_after_physical_therapy_and_asks_about_a_fee",
        "t_clinic", (
            S("Hi, this is Diane Park. I have an appointment with you this Thursday at two, it "
              "was for my knee, but honestly it's been a lot better since I started physical "
              "therapy, and my therapist says I probably don't need to see the doctor right now, "
              "so I'd like to cancel it."),
            S("Will I be charged anything for cancelling? I know some places charge a fee.",
              TWENTY_FOUR),
            S("Okay, good. Yes, please cancel the Thursday appointment."),
            S("No, I don't want to rebook right now, thanks. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 14:00",), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Diane Park", "+19175550175"),),
        caller="+19175550175", tags=("cancel",)),
    Scenario(
        "dev16_clinic_russian_speaking_daughter_wants_her_mother_seen", "t_clinic", (
            S("Здравствуйте! Извините, я плохо говорю по-английски. Я хочу записать маму к "
              "врачу, у неё давление, а в прошлый раз в другой клинике нам никто не мог ничего "
              "объяснить по-русски. У вас есть кто-нибудь, кто говорит по-русски?",
              r"English|англи"),
            S("Ольга Смирнова."),
            S("Да, этот номер правильный."),
            S("Да, спасибо. До свидания.", r"bye|свидания"),
        ),
        outcome="message_taken",
        messages=(Message("Ольга Смирнова", "+17185550176",
                          about=r"Russian|русск|language|English|interpret|translat"),),
        ends_call=True, caller="+17185550176", tags=("language",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) ------------------------------
    Scenario(
        "dev16_law_will_after_a_mothers_estate_asks_if_free_and_by_phone", "t_law", (
            S("Hello. So my mother passed away in November, and going through all her papers "
              "made my husband and me realize we've never made a will, and we have two kids, so "
              "it's time. A friend of mine used your firm for hers. Is the estate planning "
              "consultation free, and can we do it by phone, since we both work?",
              r"free|no charge|no cost|\$0|zero dollars"),
            S("Great. Could we do Thursday the 12th at two in the afternoon, by phone? The name "
              "is Angela Brennan."),
            S("Yes, the number I'm calling from is the best one, and there's no court date or "
              "anything, it's just planning."),
            S("Yes, that's right, please book it."),
            S("Thank you so much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Angela Brennan", "+16465550181",
                        about=r"estate|will"),),
        said=(r"phone|video", at(12, "14:00")), ends_call=True, caller="+16465550181",
        tags=("booking",)),
    Scenario(
        "dev16_law_rear_ended_at_a_red_light_changes_monday_to_tuesday", "t_law", (
            S("Hi, um, so about three weeks ago I was stopped at a red light and a delivery van "
              "rear-ended me, and at first I thought I was fine, but my neck has hurt ever since, "
              "and now the van company's insurance keeps calling me for a recorded statement. My "
              "brother-in-law said I should talk to a lawyer before I say anything to them. I'd "
              "like a consultation, please."),
            S("Could I come in Monday the 16th at ten in the morning? My name is Marcus Reid."),
            S("Oh shoot, wait, Monday I have physical therapy in the morning. Could we do Tuesday "
              "the 17th at ten instead? Still Marcus Reid."),
            S("Yes, the number I'm calling from is fine. And is that first meeting free for an "
              "injury case?", r"free|no charge|no cost|\$0|zero"),
            S("Okay, great. Yes, please book Tuesday at ten."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Marcus Reid", "+19175550182",
                        about=r"injur|accident|van|rear"),),
        said=(at(17, "10:00"),), never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        ends_call=True, caller="+19175550182", tags=("booking",)),
    Scenario(
        "dev16_law_after_hours_security_deposit_message_and_asks_when_they_open", "t_law", (
            S("Hi, I figured you'd be closed by now, but I wanted to get this in. I moved out of "
              "my apartment at the end of January, left it spotless, I even have photos, and my "
              "landlord still hasn't returned my security deposit, it's been over six weeks, and "
              "he won't answer my texts. I'd like an attorney to call me back about it."),
            S("My name is Joanna Pryce, and you can reach me at the number I'm calling from."),
            S("What time do you open in the morning, by the way? I could call back then too.",
              r"\b9\b|nine"),
            S("Okay, yes, please pass the message on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Joanna Pryce", "+17185550183", about=r"deposit|landlord",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 18:20", caller="+17185550183", tags=("message",)),
    Scenario(
        "dev16_law_son_arrested_after_a_bar_fight_sees_a_judge_in_the_morning", "t_law", (
            S("Hi, I'm sorry to call so late, I don't even know if anyone's there. My son went "
              "out with his friends last night, and there was some kind of fight outside a bar, "
              "and the police arrested him, and he's still being held at the county jail. They "
              "said he'll see a judge tomorrow morning. We've never been through anything like "
              "this. We need a lawyer.", URGENT),
            S("My name is Denise Carter, my son is Jordan, and please call me back on the number "
              "I'm calling from, any time tonight."),
            S("Yes, please make sure someone gets it first thing. Thank you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Carter", "+16465550184",
                          about=r"arrest|jail|custody|judge|court|police", urgent=True),),
        ends_call=True, clock="2026-03-10 19:30", caller="+16465550184",
        tags=("emergency",)),
    Scenario(
        "dev16_law_bakery_partners_splitting_up_ask_fees_documents_and_video", "t_law", (
            S("Hi, I have a couple of questions before I decide anything. My business partner and "
              "I are splitting up our company, it's a small bakery, and it's all pretty friendly "
              "so far, but I want to understand the process. Do you offer free consultations, and "
              "how do you charge if I end up needing more help?",
              r"hourly|flat fee|contingency|depends"),
            S("And what would I need to bring if I did come in? I have our partnership agreement "
              "somewhere.", r"photo ID|documents|contracts|letters"),
            S("Okay, and is it fine if we meet by video? I'm at the bakery most days.",
              r"video"),
            S("That's really helpful, thank you. I'll talk to my partner and call you back to "
              "book. Bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        ends_call=True, caller="+19175550185", tags=("info",)),
    Scenario(
        "dev16_law_landlord_with_an_unpaid_tenant_asks_policy_and_fee_then_an_attorney",
        "t_law", (
            S("Good morning. So I'm a landlord, I have a small two-family house, and my "
              "downstairs tenant hasn't paid rent since December, and now he's stopped answering "
              "the door. I've never had to deal with anything like this. First, what's your "
              "cancellation policy if I book a consultation and something comes up?",
              TWENTY_FOUR),
            S("And how much is the initial consultation?",
              r"250|two hundred (?:and )?fifty"),
            S("You know what, I'd rather just talk to an attorney directly. Could you put me "
              "through to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 11:00", caller="+17185550186", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) ---------------------
    Scenario(
        "dev16_plumb_slow_sink_after_drain_cleaner_asks_the_fee_and_if_licensed", "t_plumb", (
            S("Hi. So our kitchen sink has been draining slower and slower for about a month, and "
              "my husband tried one of those drain cleaner bottles from the hardware store, and "
              "then a plunger, and now it barely drains at all. We're at 48 Maple Avenue, 10001, "
              "and we own the house. How much is it just to have someone come out, and are you "
              "licensed?", r"89|eighty[- ]nine"),
            S("Okay. Could someone come Thursday the 12th, in the nine o'clock window? The name "
              "is Sandra Mills."),
            S("Yes, the number I'm calling from is fine, and no, nothing's leaking, it's just "
              "slow."),
            S("Yes, that's right, please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Sandra Mills", "+16465550191",
                        about=r"drain|sink|clog"),),
        said=(r"licensed", at(12, "09:00")), ends_call=True, caller="+16465550191",
        tags=("booking",)),
    Scenario(
        "dev16_plumb_renter_without_hot_water_asks_to_pay_by_check", "t_plumb", (
            S("Hi, so I rent an apartment at 310 West 30th Street, apartment 4B, 10001, and we've "
              "had no hot water since Sunday night. The water heater is in the hall closet and "
              "it just clicks. My landlord, Mr. Costa, said to call whoever I want and he'll pay "
              "for it, he gave me the okay in writing."),
            S("Could someone come Friday the 13th, in the one o'clock window? It's under Aisha "
              "Bello."),
            S("Yes, the number I'm calling from is good. Oh, and can I pay by check, or does it "
              "have to be a card? The landlord's paying me back.", r"check"),
            S("Okay, perfect. Yes, please book it."),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Aisha Bello", "+19175550192",
                        about=r"hot water|water heater|heater"),),
        said=(at(13, "13:00"),), ends_call=True, caller="+19175550192", tags=("booking",)),
    Scenario(
        "dev16_plumb_saturday_dripping_faucet_adds_the_running_toilet_to_the_visit", "t_plumb", (
            S("Morning! So I'm finally getting around to the list my wife made me, and the big one "
              "is the bathroom faucet, it drips all night, you can hear it from the bedroom. We're "
              "at 19 Bank Street, 10002, it's our own house. Can someone come Monday the 16th in "
              "the first window, seven in the morning? The name is Victor Nunez."),
            S("Yes, the number I'm calling from is fine."),
            S("Oh, and while the plumber's there, can he also look at the upstairs toilet? It "
              "keeps running after you flush. Same visit, if that's okay.",
              r"note|technician|plumber|add|also|same visit|look at"),
            S("Yes, Monday at seven for both, please book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:00", "Victor Nunez", "+17185550193",
                        about=r"faucet|drip"),),
        said=(at(16, "07:00"),), ends_call=True, clock="2026-03-14 08:30",
        caller="+17185550193", tags=("booking",)),
    Scenario(
        "dev16_plumb_rusty_water_heater_wants_a_quote_then_a_call_back", "t_plumb", (
            S("Hi there. Our water heater is fifteen years old, it's still working, but the man "
              "who did our furnace inspection said it's rusting at the bottom and we should "
              "replace it before it goes. I'm not ready to book anything yet, I'm getting a few "
              "quotes. How much do you charge to replace one?",
              r"quote|on site|technician|estimate"),
            S("Okay, then could someone from your team just call me back to talk it over? My name "
              "is Gloria Pham, and the number I'm calling from is best."),
            S("Yes, that's right, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Pham", "+16465550194", about=r"water heater|replace",
                          urgent=False),),
        ends_call=True, caller="+16465550194", tags=("message",)),
    Scenario(
        "dev16_plumb_sunday_pipe_burst_while_the_family_was_away", "t_plumb", (
            S("Hi, I hope someone gets this. We just got back from my in-laws for the weekend, "
              "and when we walked in there's water coming through the kitchen ceiling from the "
              "upstairs bathroom, and it's still dripping, and there's a puddle all over the "
              "floor. I think a pipe burst while we were gone. We're at 7 Pine Road, 10003.",
              r"shut|valve|main"),
            S("I can't find the shut-off valve, my husband usually deals with that, and the water "
              "is nowhere near any outlets. Please send someone tonight if you can. My name is "
              "Lauren Fisher, and call me back on the number I'm calling from."),
            S("Yes, please mark it urgent. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lauren Fisher", "+19175550195",
                          about=r"burst|pipe|ceiling|leak|water", urgent=True),),
        ends_call=True, clock="2026-03-15 17:45", caller="+19175550195",
        tags=("emergency",)),
    Scenario(
        "dev16_plumb_spanish_speaker_with_a_water_heater_that_wont_heat", "t_plumb", (
            S("Hola, buenos días. Disculpe, no hablo mucho inglés. Mi vecina me dio su número. El "
              "calentador de agua de mi casa no calienta desde el viernes, y ya lo reinicié dos "
              "veces como me dijo mi cuñado, pero nada. ¿Pueden mandar a alguien esta semana?",
              r"English|ingl[eé]s"),
            S("Me llamo Rosa Martinez."),
            S("Sí, este número está bien."),
            S("Sí, gracias. Adiós.", r"bye|adi[oó]s"),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Martinez", "+17185550196", about=r"Spanish|espa[nñ]ol"),),
        ends_call=True, caller="+17185550196", tags=("spanish",)),
    # --- salon (Tuesday to Friday from 10, Saturdays 9 to 5; closed Sunday and Monday) ------
    Scenario(
        "dev16_salon_mom_books_her_cut_then_her_sons_before_school_pictures", "t_salon", (
            S("Hi! So I've been meaning to call all week. My son has his school pictures next "
              "Monday and his hair is, well, let's just say it's in his eyes, and honestly mine "
              "is overdue too, I've been living in a ponytail for a month. We've both been to you "
              "before. Could I get a women's haircut this Saturday at ten in the morning, with "
              "anyone? It's for me, Nicole Adams."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Oh, and while I have you, can you book my son, Ethan Adams, for a men's haircut "
              "right after me, Saturday at eleven? Anyone is fine, same number."),
            S("Yes, that's right for Ethan, please book it too."),
            S("Perfect, thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Nicole Adams", "+16465550201",
                        about=r"haircut|cut"),
                Booking("2026-03-14 11:00", "Ethan Adams", "+16465550201",
                        about=r"men|haircut|cut")),
        said=(at(14, "10:00"), at(14, "11:00")), ends_call=True, caller="+16465550201",
        tags=("booking",)),
    Scenario(
        "dev16_salon_roots_before_a_baby_shower_asks_deposit_and_how_long", "t_salon", (
            S("Hi, it's time for my roots again, I can see the gray coming in, and I have my "
              "cousin's baby shower next weekend, so I really need it done before then. I've been "
              "coming to you for about two years for single-process color, same color every "
              "time. Is there a deposit to book, and how long does it usually take?",
              r"90|ninety|hour and a half|one and a half"),
            S("Okay. Could I come Thursday the 12th at five in the evening? The name is Carmen "
              "Ruiz, and anyone who does color is fine."),
            S("Yes, the number I'm calling from is the best one."),
            S("Yes, that's all correct, please book it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Carmen Ruiz", "+19175550202", about=r"colou?r"),),
        said=(at(12, "17:00"),),
        never_said=(r"deposit (?:of|is) (?:\$?\d|\w+ dollars)",),
        ends_call=True, caller="+19175550202", tags=("booking",)),
    Scenario(
        "dev16_salon_blowout_for_a_retirement_dinner_becomes_a_haircut", "t_salon", (
            S("Hi, so I have a work dinner on Friday, a really fancy one, my boss's retirement, "
              "and I want to look put together. I've been in before. I was thinking of a blowout "
              "on Friday the 13th at four in the afternoon. How much is a blowout?",
              r"45|forty[- ]five"),
            S("Hmm, actually, you know what, my ends are a mess, let's make it a women's haircut "
              "and style instead, same time, Friday at four. The name is Olivia Grant, and anyone "
              "is fine."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, the haircut on Friday at four, please book it."),
            S("Thanks so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:00", "Olivia Grant", "+16465550203",
                        about=r"haircut|cut"),),
        said=(at(13, "16:00"),), ends_call=True, clock="2026-03-11 13:00",
        caller="+16465550203", tags=("booking",)),
    Scenario(
        "dev16_salon_before_opening_mother_of_the_bride_leaves_a_message_and_asks_gift_cards",
        "t_salon", (
            S("Hi, I know you don't open until ten, I just wanted to leave a message. My daughter "
              "is getting married in June, and she'd like hair done for herself, me and four "
              "bridesmaids on the morning of the wedding. We did the trial somewhere else and it "
              "didn't work out, so we're looking again."),
            S("Could someone call me back to talk about it? My name is Beverly Stone, and the "
              "number I'm calling from is the best one."),
            S("Oh, and do you sell gift cards? I'd like to get one for the maid of honor.",
              r"gift card"),
            S("Lovely. Yes, please pass the message on. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beverly Stone", "+17185550204", about=r"wedding|bridal|bridesmaid",
                          urgent=False),),
        ends_call=True, caller="+17185550204", tags=("message",)),
    Scenario(
        "dev16_salon_balayage_dreamer_hears_the_prices_and_does_not_book", "t_salon", (
            S("Hi! So I've been saving pictures on my phone for months, and I think I finally "
              "want to try balayage, my friend got it done and it looks amazing. How much is "
              "balayage, and how much are partial highlights?",
              r"195|one hundred (?:and )?ninety[- ]five"),
            S("Oh wow, okay, that's more than I thought. Is there a cheaper option, like just a "
              "single color all over?", r"95|ninety[- ]five"),
            S("Hmm. Let me think about it and talk to my husband first, I don't want to book "
              "anything today. Thanks so much, bye.", BYE),
        ),
        outcome="information_only",
        said=(r"135|one hundred (?:and )?thirty[- ]five",), ends_call=True,
        clock="2026-03-12 18:30", caller="+16465550205", tags=("info",)),
    Scenario(
        "dev16_salon_traveller_asks_late_and_tip_policies_then_the_front_desk", "t_salon", (
            S("Hi! So I'm flying out for my sister's fortieth next week and my hair is a disaster, "
              "and I have a couple of quick questions before I sort out a time. What happens if "
              "I'm running late? Traffic around you on a Friday afternoon is awful.",
              r"fifteen|\b15\b"),
            S("And can I put the tip on my card, or do I need cash?", r"card"),
            S("Okay, thanks. Actually, could I just talk to someone at the front desk for a "
              "minute, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-13 11:00", caller="+19175550206", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ---------------
    Scenario(
        "dev16_vet_tabby_due_for_checkup_and_rabies_asks_both_prices", "t_vet", (
            S("Hi, so I'm calling about my cat, Biscuit, he's a seven-year-old orange tabby, and "
              "he's totally fine, no emergency, he's just due for his checkup and his rabies "
              "shot, the reminder came in the mail. He hates the carrier, so this will be a whole "
              "production. How much is the wellness exam, and how much is the rabies vaccine?",
              r"65|sixty[- ]five"),
            S("Okay. Could we come Thursday the 12th at four thirty in the afternoon? The name is "
              "Daniel Kerr, we've been there before."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Daniel Kerr", "+16465550211",
                        about=r"wellness|rabies|checkup|vaccine|exam"),),
        said=(r"\b30\b|thirty dollars", at(12, "16:30")), ends_call=True,
        caller="+16465550211", tags=("booking",)),
    Scenario(
        "dev16_vet_shelter_beagle_new_client_asks_what_to_bring_and_moves_the_day", "t_vet", (
            S("Hi! So we just adopted a dog from the shelter last weekend, her name is Poppy, "
              "she's a two-year-old beagle mix, and she's doing great, no emergency or anything, "
              "we just want her checked out by our own vet. We've never been to you before. What "
              "should I bring to the first visit?", r"records|vaccine|leash"),
            S("Okay, the shelter gave us a folder. Could we come Monday the 16th at nine in the "
              "morning? The name is Jasmine Cole."),
            S("Oh wait, no, Monday my partner has the car. Can we do Tuesday the 17th at nine "
              "instead? Still Jasmine Cole."),
            S("Yes, the number I'm calling from is right, and yes, Tuesday at nine, please book "
              "it."),
            S("Thank you so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:00", "Jasmine Cole", "+19175550212",
                        about=r"new|exam|check|adopt|shelter"),),
        said=(at(17, "09:00"),), ends_call=True, clock="2026-03-14 10:00",
        caller="+19175550212", tags=("booking",)),
    Scenario(
        "dev16_vet_senior_lab_bloodwork_results_message_and_saturday_hours", "t_vet", (
            S("Hi, this is about my dog, Rufus, he's a twelve-year-old lab. He was in last "
              "Thursday for his senior bloodwork, and the vet said she'd call with the results in "
              "a few days, and I haven't heard anything, and I'm starting to worry, though he's "
              "acting completely normal, eating fine, all of that. Could the vet call me back "
              "about his results?"),
            S("My name is Walter Greene, and the number I'm calling from is the best one."),
            S("Yes, that's right. Oh, and what are your hours on Saturday, in case I need to bring "
              "him in?", r"(?:\b8\b|eight).{0,40}(?:\b12\b|twelve|noon)"),
            S("Okay, thank you, please pass the message on. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Greene", "+16465550213", about=r"blood|results",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 12:15", caller="+16465550213", tags=("message",)),
    Scenario(
        "dev16_vet_dachshund_ate_sugar_free_gum_from_a_school_backpack", "t_vet", (
            S("Hi, okay, so, my daughter left her backpack on the floor, and our dog Max, he's a "
              "little dachshund, got into it and ate most of a pack of her sugar-free gum, the "
              "wrapper says xylitol. It was maybe twenty minutes ago. He seems okay right now, but "
              "I looked it up and it said that's bad. What should I do?",
              r"right away|emergency|come in|poison"),
            S("Okay, we're getting in the car now. My name is Brian Walsh, please call me on the "
              "number I'm calling from."),
            S("Yes, please tell them we're coming. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brian Walsh", "+19175550214", about=r"xylitol|gum", urgent=True),),
        never_said=(r"make (?:him|her|it|max|the dog|your dog) (?:vomit|throw up)",
                    r"hydrogen peroxide"),
        ends_call=True, clock="2026-03-11 16:20", caller="+19175550214",
        tags=("emergency",)),
    Scenario(
        "dev16_vet_cancels_a_vaccine_visit_done_at_a_pet_store_clinic_and_asks_microchip_price",
        "t_vet", (
            S("Hi, this is Laura Simmons. I have an appointment for my cat, Mochi, this Friday at "
              "ten for her vaccines, but my husband already took her to the pop-up clinic at the "
              "pet store on Saturday because they had a special, so we don't need it anymore, "
              "sorry. I'd like to cancel it."),
            S("Yes, please cancel Friday at ten."),
            S("And while I have you, how much is a microchip? We've been meaning to get her one.",
              r"50|fifty"),
            S("Okay, I'll call back about that. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:00",), ends_call=True,
        seed=(Seed("2026-03-13 10:00", "Laura Simmons", "+16465550215"),),
        caller="+16465550215", tags=("cancel",)),
    Scenario(
        "dev16_vet_golden_runs_out_the_door_after_the_mailman_mid_call", "t_vet", (
            S("Hi, good morning, so I need to book my dog in for his yearly shots, he's a golden "
              "retriever, Charlie, and he's fine, nothing urgent, I just got the reminder, and "
              "also, oh, he's been scratching at one ear a bit, so maybe they can look at that "
              "too while he's there."),
            S("Oh no, hang on, the door's open and he just ran out after the mailman, one "
              "second!"),
            silent(),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 08:10", caller="+19175550216",
        tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) --------------
    Scenario(
        "dev16_auto_marketplace_outback_pre_purchase_inspection_price_and_saturday", "t_auto", (
            S("Hi, so I'm buying a used car from a guy on Marketplace, it's a 2017 Subaru Outback "
              "with about ninety thousand miles, and he seems honest enough, but my dad always "
              "said never buy a used car without having a mechanic look at it first. How much is "
              "a pre-purchase inspection, and how long does it take?",
              r"149|one hundred (?:and )?forty[- ]nine"),
            S("Okay, the seller said he can bring it Saturday morning. Could we do Saturday the "
              "14th at nine in the morning? Put it under my name, Kevin Ortiz."),
            S("Yes, the number I'm calling from is fine, and we'll wait while you look at it."),
            S("Yes, that's right, please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Kevin Ortiz", "+16465550221",
                        about=r"pre-purchase|inspection|Subaru|Outback"),),
        said=(at(14, "09:00"),), ends_call=True, caller="+16465550221", tags=("booking",)),
    Scenario(
        "dev16_auto_check_engine_light_after_a_tournament_asks_fee_and_approval_adds_oil",
        "t_auto", (
            S("Hi. So my check engine light came on last week, on the way back from my daughter's "
              "soccer tournament. It's not flashing, it's just on, and the car drives fine as far "
              "as I can tell. It's a 2015 Honda Accord with about a hundred and twenty thousand "
              "miles. What does the diagnostic cost, and will you call me before doing any work?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("Okay. I can drop it off Thursday the 12th at seven thirty in the morning on my way "
              "to work. The name is Sharon Mitchell."),
            S("Yes, the number I'm calling from is good. Oh, and while it's there, can you also "
              "do an oil change? It's about due."),
            S("Yes, Thursday at seven thirty, please book it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Sharon Mitchell", "+19175550222",
                        about=r"check engine|diagnos|light"),),
        said=(r"approv|estimate", at(12, "07:30")), ends_call=True, caller="+19175550222",
        tags=("booking",)),
    Scenario(
        "dev16_auto_after_hours_missed_the_advisors_voicemail_about_the_tacoma", "t_auto", (
            S("Hi, I'm guessing you're closed, it's after six. My truck's been with you since "
              "Friday, the gray 2019 Toyota Tacoma, and the service advisor left me a voicemail "
              "this afternoon about the estimate, something about the timing belt I think, but I "
              "was at work and the message cut out halfway through."),
            S("Could the service advisor call me back first thing tomorrow? My name is Raymond "
              "Cho, and the number I'm calling from is best."),
            S("And what time do you open in the morning?", r"7:30|seven[- ]thirty"),
            S("Okay, great. Yes, please pass it on. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Cho", "+16465550223",
                          about=r"estimate|Tacoma|truck|voicemail|timing", urgent=False),),
        ends_call=True, clock="2026-03-10 18:30", caller="+16465550223", tags=("message",)),
    Scenario(
        "dev16_auto_brake_pedal_went_to_the_floor_on_the_way_home_from_moms", "t_auto", (
            S("Hi, okay, so I'm pulled over in a gas station parking lot right now. I was driving "
              "home from my mom's, and the brake pedal started feeling really soft, and just now "
              "it went almost all the way to the floor before the car stopped. There's a burning "
              "smell too. It's a 2012 Ford Escape. I was going to try to drive it the last couple "
              "of miles to you.", r"tow|not (?:to )?drive|don't drive|safest"),
            S("Okay, I won't drive it. Can someone from the shop call me back about getting it "
              "towed to you? My name is Tanya Brooks, and the number I'm calling from is my "
              "cell."),
            S("Yes, please mark it urgent. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Brooks", "+19175550224", about=r"brake", urgent=True),),
        never_said=(r"(?<!not )safe to drive",),
        ends_call=True, clock="2026-03-11 15:40", caller="+19175550224",
        tags=("emergency",)),
    Scenario(
        "dev16_auto_moves_a_tire_rotation_for_a_work_inspection_and_asks_price_and_card",
        "t_auto", (
            S("Hi, this is Paul Dixon. I have my car booked in for a tire rotation this Thursday "
              "at ten thirty, and my boss just told me we have an inspection at work that day and "
              "the whole team has to be there, so I need to move it. Could I do Saturday the 14th "
              "at ten in the morning instead?"),
            S("Yes, please move it to Saturday at ten."),
            S("Oh, and how much is the tire rotation again? And can I pay with a card when I pick "
              "it up?", r"29|twenty[- ]nine"),
            S("Okay, great. That's all, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Paul Dixon", "+16465550225"),),
        cancelled=("2026-03-12 10:30",), said=(at(14, "10:00"), r"card"), ends_call=True,
        seed=(Seed("2026-03-12 10:30", "Paul Dixon", "+16465550225"),),
        caller="+16465550225", tags=("move",)),
    Scenario(
        "dev16_auto_husband_asks_warranty_and_diesels_then_a_service_advisor", "t_auto", (
            S("Hi, so last month you did the brakes on my wife's minivan, and she was happy, so "
              "I'm thinking of bringing my own truck in, but I had a couple of questions first. "
              "Do you guarantee your work? The last shop we used, the brakes squeaked again a "
              "month later.", r"warrant|guarantee"),
            S("And do you work on diesels? Mine's a 2016 Ram 2500.",
              r"most|domestic|import|trucks|confirm"),
            S("Okay. Actually, could I just talk to a service advisor for a minute, please?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 10:00", caller="+19175550226", tags=("person",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays noon to 4; half hours) ----
    Scenario(
        "dev16_homes_relocating_couple_asks_pre_approval_and_what_to_bring_then_a_showing",
        "t_homes", (
            S("Hi, so my wife and I are relocating from Chicago for her new job, we've been "
              "looking online for weeks, and there's a three-bedroom at 25 Linden Street that we "
              "really like. We want to buy. Do we need to be pre-approved to see it, and what "
              "should we bring?", r"pre-?approv"),
            S("We're pre-approved, actually, we just wanted to check. Could we see it Saturday "
              "the 14th at eleven in the morning? The name is Samuel Okafor."),
            S("Yes, the number I'm calling from is fine, and we're not working with any other "
              "agent."),
            S("Yes, that's right, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Samuel Okafor", "+16465550231",
                        about=r"showing|Linden|buy"),),
        said=(r"photo ID|\bID\b", at(14, "11:00")), ends_call=True, caller="+16465550231",
        tags=("booking",)),
    Scenario(
        "dev16_homes_empty_nesters_downsizing_ask_commission_then_book_a_valuation", "t_homes", (
            S("Hi, so we've been in our house for twenty-two years, the kids are all grown and "
              "gone, and we're finally thinking about downsizing to a condo closer to our "
              "daughter. We want to sell. It's at 8 Birch Lane, and it isn't listed with anyone. "
              "What's your commission, and how do I find out what the house is worth?",
              r"market analysis|valuation|agent",
              avoid=r"\d(?:\.\d)? ?(?:%|percent)|(?:one|two|three|four|five|six) percent"),
            S("Okay, fair enough. Could an agent come Monday the 16th at four in the afternoon? "
              "My name is Eleanor Hughes."),
            S("Yes, the number I'm calling from is the best one."),
            S("Yes, that's right, please book it."),
            S("Lovely, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 16:00", "Eleanor Hughes", "+19175550232",
                        about=r"valuation|listing|sell|Birch"),),
        said=(at(16, "16:00"),), ends_call=True, caller="+19175550232", tags=("booking",)),
    Scenario(
        "dev16_homes_roommates_rental_showing_moves_from_sunday_to_saturday", "t_homes", (
            S("Hi, I'm calling about the two-bedroom for rent at 40 Cedar Court. My roommate and I "
              "have been looking since our lease ends in April, and we've seen about ten places "
              "already, all terrible. We'd be renting, and we want to move in April first. Could "
              "we see it Sunday the 15th at one in the afternoon? The name is Dylan Foster."),
            S("Oh, wait, actually, my roommate works Sundays. Could we do Saturday the 14th at two "
              "in the afternoon instead? Still Dylan Foster."),
            S("Yes, the number I'm calling from is fine. And can my roommate come too, and what "
              "should we bring?", r"photo ID|\bID\b"),
            S("Great. Yes, Saturday at two, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 14:00", "Dylan Foster", "+16465550233",
                        about=r"rent|Cedar"),),
        said=(at(14, "14:00"),), ends_call=True, caller="+16465550233", tags=("booking",)),
    Scenario(
        "dev16_homes_sunday_evening_mothers_house_after_assisted_living", "t_homes", (
            S("Hi, I know it's Sunday evening, sorry. My mother moved into assisted living last "
              "month, and now my brother and I have to figure out what to do with her house, it's "
              "at 14 Elm Street. We're leaning towards selling, but we don't even know where to "
              "start, and my brother lives in Texas, so it's all on me. I'd like an agent to call "
              "me back."),
            S("My name is Margaret Quinn, and the number I'm calling from is the best one."),
            S("Oh, and what are your hours during the week, so I know when to expect a call?",
              r"\b9\b|nine"),
            S("Okay, yes, please pass the message on. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Margaret Quinn", "+19175550234", about=r"sell|mother|Elm|house",
                          urgent=False),),
        ends_call=True, clock="2026-03-15 17:10", caller="+19175550234", tags=("message",)),
    Scenario(
        "dev16_homes_first_time_buyers_ask_about_signing_and_sunday_hours", "t_homes", (
            S("Hi, so my fiancé and I are just starting to think about buying our first place. "
              "We're renting right now and our landlord is raising the rent again in the summer. "
              "We haven't talked to a bank or anything yet. Do we have to sign anything with an "
              "agent before we go look at houses?", r"agreement|sign"),
            S("Okay. And are you open tomorrow, on Sunday? We both work weekdays.",
              r"(?:\b12\b|twelve|noon).{0,40}(?:\b4\b|four)"),
            S("Okay, that's really helpful. We'll talk it over and call back to set something up. "
              "Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 11:30",
        caller="+16465550235", tags=("info",)),
    Scenario(
        "dev16_homes_drove_past_the_blue_house_asks_lowest_price_and_what_to_bring", "t_homes", (
            S("Hi, so I drove past a house on my way home from work, 9 Willow Street, the blue one "
              "with the big porch, and your sign is out front. My husband and I have been casually "
              "looking for a year now. Is it still available, and what's the lowest the sellers "
              "would take?", r"agent|confirm|can't|not able|unable"),
            S("Fair enough. And if we did go see it, what should we bring?", r"photo ID|\bID\b"),
            S("Okay. We're not ready to book yet, we have to sort out the money side first. "
              "Thanks for your help, bye.", BYE),
        ),
        outcome="information_only",
        never_said=(r"(?:would|will) (?:take|accept) (?:\$|\d|around|about)",),
        ends_call=True, caller="+19175550236", tags=("info",)),
]
