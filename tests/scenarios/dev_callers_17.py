"""A seventeenth development set: 48 scripted callers, six in each of the fleet's eight trades,
who ring with feelings and doubts, in the twelfth set's held-out-like mix of kinds.

Written by a helper session (branch dev-callers-17) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twelfth
set's module docstring, its helper definitions and its first callers, and the sixteenth set's
test file, for the conventions). The businesses' facts come only from tenants/profession_data.py
and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the read-back pattern
from tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py (every
rule of it but the kinds' numbers: this set keeps the twelfth set's mix, KINDS_17 below).

What makes it different: the callers have feelings and doubts, and say so. Anxious callers (a
new patient who has not seen a dentist in ten years for fear of it, a lump found in the neck, a
first-time home buyer, a tenant sued by a landlord, an old beagle limping and off his food, a
new kitten, a check engine light) want reassurance before they book. Upset callers with a past
grievance (a cleaning that cost more than it should have, a faucet dripping again a month after
it was replaced, brakes still grinding after the shop fixed them, brassy colour, an hour in the
waiting room, an agent who never showed up, a lawyer who does not call back) still want
something done: a booking, a message, a cancellation. Elderly or hard-of-hearing callers ask for
things to be said again or slower and give their details slowly, a name then its spelling, a
number in two pieces. Sceptical callers ask how the call works ("am I talking to a computer?",
"is this call recorded?", "why do you need my number?", "who will see this?", "can you text me
the address?") and then go on with a booking or a message. Some want a human at first and then
let the receptionist help; three insist and are put through. Emergencies are each trade's real
ones told by a frightened caller (a face swelling toward the eye, a father's chest pain, a
husband arrested that morning, sewage coming up into a basement at night, steam and a burning
smell from under a hood, a dog that ate sugar-free gum). The two callers who speak no English
speak Spanish and French. Calls ring at realistic hours via `clock=`: before opening, at lunch,
after closing, on a Saturday, a Sunday or the salon's closed Monday. The mix is the twelfth
set's (20 bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4 question-only
calls, 3 asks for a person, 1 Spanish and 1 other-language caller, 1 early hang-up). Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and policy it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev17

which prints `RESULT dev17_pass_rate=`, measured and never gated.
Its first run, on main at 1c61b45, before anyone had read a transcript of it: 32/48 = 0.667.
Its failing transcripts were then read. One check was the set's own error: the nervous salon
caller's first line ("can you promise your stylist will only take off an inch?") rejected "I
can't guarantee that" and did not accept "I can't promise that", both good replies; it now takes
them and still rejects a promise or a guarantee. Every other failure was the receptionist's and
those callers are unchanged. Its second run, after that fix: 32/48 = 0.667, the same sixteen
callers failing (the salon caller still got the too-expensive objection's answer). One pytest
run with -rx between the two also failed the wary dental patient once ("I'm not sure who will
see this message"), who passed in both counted runs.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with the name the booking is
for, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who wants a person is helped or leaves a
message. An emergency ends with an urgent message; a routine message is not urgent. A call whose
last line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a yes
is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the twelfth set's mix); "language" is the caller who
# speaks neither English nor Spanish
KINDS_17 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
ROBOT = r"virtual|automated|\bAI\b|assistant|not a (?:real )?person|machine|computer|robot"
# an upset caller's grievance is acknowledged, in any words
HEARD = (r"sorry|apologi|understand|frustrat|hear that|must (?:have been|be)|that's not"
         r"|not (?:the|what) (?:experience|you)|upsetting|disappoint")
# why the number is asked for: to call back, reach or confirm
WHY_NUMBER = (r"call(?:s|ing)? you(?: right)? back|call you|reach you|contact you"
              r"|get back to you|text you|confirm|in case|follow up")
# who sees a message: the business's own people, nobody else
WHO_SEES = (r"team|staff|office|only|dentist|doctor|nurse|attorney|lawyer|agent|advisor|\bvets?\b"
            r"|stylist|technician|private|confidential")
NO_ADVICE = r"not able to|can't (?:give|say|tell|advise)|cannot|unable to|only (?:a|the|our)"


DEV_CALLERS_17: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev17_dental_terrified_new_patient_asks_the_first_visit_price_and_books", "t_dental", (
            S("Hi. I'm sorry, I'm a bit nervous even calling. I haven't been to a dentist in "
              "about ten years because I'm honestly terrified of it. I'd be a new patient.",
              r"common|not alone|your (?:own )?pace|understand|normal|nothing to be|no judg"
              r"|gentle|explain"),
            S("What does a first visit cost, with the X-rays and the cleaning?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay. I'd like that first visit then, the new patient exam and cleaning. Could I "
              "come on Monday the 16th at nine in the morning? My name is Helen Marsh, M, A, R, "
              "S, H."),
            S("Yes, the number I'm calling from is the best one."),
            S("Yes, that's right, please book it."),
            S("Thank you for being so patient with me. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Helen Marsh", "+16175550121",
                        about=r"new patient|exam|clean|x-?ray"),),
        said=(at(16, "09:00"),), ends_call=True, caller="+16175550121", tags=("booking",)),
    Scenario(
        "dev17_dental_says_he_was_overcharged_last_time_checks_the_price_and_books",
        "t_dental", (
            S("Hi, I'm a patient of yours, and I'll be honest, I'm still annoyed. Last time I was "
              "charged a lot more than I expected for a plain cleaning. How much is an adult "
              "cleaning and exam supposed to be?", r"165|one hundred (?:and )?sixty[- ]five"),
            S("All right, that's what I should have paid. I'll give you another chance. Can I "
              "come in for a cleaning on Thursday the 19th at three in the afternoon? It's for "
              "Gary Novak, N, O, V, A, K."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's correct, book it."),
            S("Thanks. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Gary Novak", "+16175550134", about=r"clean"),),
        said=(at(19, "15:00"),), ends_call=True, clock="2026-03-10 07:30",
        caller="+16175550134", tags=("booking",)),
    Scenario(
        "dev17_dental_hard_of_hearing_patient_asks_again_and_spells_her_name", "t_dental", (
            S("Hello? Hello, dear, you'll have to speak up, my hearing isn't very good. I'd like "
              "to make an appointment for a cleaning. I've been coming to you for years."),
            S("I'm sorry, could you say that again, a little slower?"),
            S("My name is Edith. Edith Caldwell. That's C, A, L, D, W, E, L, L."),
            S("I'd like a morning, please. Wednesday the 18th, at ten o'clock in the morning, if "
              "you have it. That's for Edith Caldwell."),
            S("Yes, dear, the number I'm calling from is my home phone, that's the one."),
            S("Yes, that's right. Please book it."),
            S("Thank you so much, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Edith Caldwell", "+16175550147",
                        about=r"clean"),),
        said=(at(18, "10:00"),), ends_call=True, clock="2026-03-10 14:10",
        caller="+16175550147", tags=("booking",)),
    Scenario(
        "dev17_dental_wary_patient_asks_who_sees_his_message_about_a_high_crown", "t_dental", (
            S("Hi, I had a crown put on last week and it still feels too high when I bite down. "
              "I'd like the dentist to call me back about it, please."),
            S("Before I give you anything, who's going to see this message? I don't want my "
              "details going all over the place.", WHO_SEES),
            S("And why do you need my phone number? Don't you have it on file?", WHY_NUMBER),
            S("All right. My name is Raymond Okafor, O, K, A, F, O, R, and the number I'm "
              "calling from is the best one."),
            S("Yes, that's right, please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Raymond Okafor", "+16175550158", about=r"crown|bite|high",
                          urgent=False),),
        caller="+16175550158", tags=("message",)),
    Scenario(
        "dev17_dental_evening_face_swelling_toward_the_eye", "t_dental", (
            S("Oh thank God, someone answered. My face is swelling up really fast from a bad "
              "tooth, it's going up toward my eye, and it's starting to hurt to swallow. I'm "
              "scared. What do I do?", r"911|nine one one|emergency room|\bER\b"),
            S("Okay. Okay. My husband is driving me to the emergency room right now. Can you "
              "please tell the dentist? I'm a patient, my name is Sofia Brandt."),
            S("Yes, this number, the one I'm calling from."),
            S("Yes, please pass it on as urgent. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Sofia Brandt", "+16175550169", about=r"swell|eye|swallow|tooth",
                          urgent=True),),
        clock="2026-03-10 19:15", caller="+16175550169", tags=("emergency",)),
    Scenario(
        "dev17_dental_sceptic_asks_if_its_a_computer_then_about_hsa_and_cancelling",
        "t_dental", (
            S("Hi, quick question first. Am I talking to a real person or a computer?", ROBOT),
            S("Huh. Okay. Is this call being recorded?"),
            S("Well, I've got a couple of questions anyway. Do you take HSA cards?", r"HSA"),
            S("And how much notice do you need if I have to cancel an appointment?",
              r"24|twenty[- ]four"),
            S("Alright, that's all I wanted to know. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+16175550176", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev17_clinic_worried_about_a_lump_in_her_neck_books_thursday", "t_clinic", (
            S("Hi. I'm sorry, I'm a bit shaken. I found a lump on the side of my neck and I "
              "can't stop worrying about it. I've been seen at your clinic before. Is it "
              "something serious?", NO_ADVICE + r"|doctor",
              avoid=r"nothing to worry about|probably (?:nothing|fine|benign)|not serious"
                    r"|(?:it|that) can wait"),
            S("I'd like to see a doctor about it. I can't get off work before Thursday. Could I "
              "come on Thursday the 12th at eight forty in the morning? The name is Laura Pham, "
              "P, H, A, M."),
            S("Yes, the number I'm calling from is my cell, that's fine."),
            S("Yes, that's right, please book it."),
            S("Thank you for being kind about it. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:40", "Laura Pham", "+15085550112",
                        about=r"lump|neck"),),
        said=(at(12, "08:40"),), ends_call=True, caller="+15085550112", tags=("booking",)),
    Scenario(
        "dev17_clinic_elderly_man_wants_a_person_then_lets_the_receptionist_book_his_physical",
        "t_clinic", (
            S("Hello, is this the clinic? I'd really rather talk to a real person, dear. Is "
              "anybody there?", r"help|message|book|assist"),
            S("Oh, well, all right. If you can do it. I need my yearly physical. I've been a "
              "patient there for a long time."),
            S("Could you please say that again, slowly? My ears aren't so good."),
            S("My name is Harold... Harold Jennings. J, E, N, N, I, N, G, S."),
            S("Friday the 13th, at ten in the morning, please, for Harold Jennings."),
            S("Yes, the phone I'm calling on is the right number."),
            S("Yes, that's all right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Harold Jennings", "+15085550125",
                        about=r"physical|annual|yearly"),),
        said=(at(13, "10:00"),), caller="+15085550125", tags=("booking",)),
    Scenario(
        "dev17_clinic_anxious_about_blood_results_asks_who_sees_the_message", "t_clinic", (
            S("Hi, I had blood work done last week and I'm anxious about the results. I'd like a "
              "nurse to call me back, please."),
            S("Before I say anything else, who gets to see this message? It's private medical "
              "stuff.", WHO_SEES),
            S("Okay. My name is Denise Fournier, F, O, U, R, N, I, E, R."),
            S("Please call me back on my cell instead: six one seven, five five five, zero one "
              "eight three."),
            S("Yes, that's right, please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Denise Fournier", "+16175550183", about=r"result|blood|lab",
                          urgent=False),),
        clock="2026-03-10 12:30", caller="+15085550131", tags=("message",)),
    Scenario(
        "dev17_clinic_lunchtime_daughter_frightened_by_her_fathers_chest_pain", "t_clinic", (
            S("Please, I need help, my dad is a patient of yours and he's having chest pain, "
              "he's sweating and he says his left arm feels heavy. I don't know what to do!",
              r"911|nine one one"),
            S("Okay, I called 911, the ambulance is on its way. Please tell his doctor. His name "
              "is Frank Russo, and I'm his daughter, Angela Russo."),
            S("Call me back on this number, the one I'm calling from."),
            S("Yes, please pass it on, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Angela Russo", "+15085550146", about=r"chest|frank|heart|arm",
                          urgent=True),),
        clock="2026-03-11 12:20", caller="+15085550146", tags=("emergency",)),
    Scenario(
        "dev17_clinic_cancels_after_an_hour_in_the_waiting_room_last_time", "t_clinic", (
            S("Hi, I need to cancel my appointment. Honestly, last time I sat in your waiting "
              "room for over an hour, and I'm not doing that again this week.", HEARD),
            S("It's under Nora Whitfield. W, H, I, T, F, I, E, L, D."),
            S("Yes, that's the one. Please cancel it."),
            S("No, I'll call when I'm ready to rebook. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 14:00",), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Nora Whitfield", "+15085550157"),),
        caller="+15085550157", tags=("cancel",)),
    Scenario(
        "dev17_clinic_hard_of_hearing_caller_wont_manage_with_a_machine", "t_clinic", (
            S("Hello? You'll have to speak up, I don't hear well on the telephone."),
            S("Is this one of those computer answering things?", ROBOT),
            S("I'm sorry, dear, I just can't manage with a machine. Please put me through to a "
              "real person at the front desk.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:30",
        caller="+15085550168", overrides=TRANSFER_LINE, tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev17_law_nervous_tenant_sued_by_his_landlord_books_a_consultation", "t_law", (
            S("Hi. I'm sorry, I'm really nervous, I've never dealt with anything like this. I "
              "just got served with papers, my old landlord, Brookside Properties, is suing me "
              "over damage to the apartment. Am I going to lose?", NO_ADVICE + r"|legal advice",
              avoid=r"you(?:'ll| will) (?:probably )?(?:lose|win)"
                    r"|you (?:have|don't have) a (?:good |strong )?case"),
            S("I understand. How much does a first consultation cost?",
              r"250|two hundred (?:and )?fifty"),
            S("Okay. I'd like a consultation, by phone if possible. Monday the 16th at eleven in "
              "the morning, for Paul Greer, G, R, E, E, R."),
            S("Yes, the number I'm calling from is the best one."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "Paul Greer", "+12125550114",
                        about=r"landlord|su(?:ed|ing|it)|lawsuit|papers|damage|brookside"),),
        said=(at(16, "11:00"),), caller="+12125550114", tags=("booking",)),
    Scenario(
        "dev17_law_after_hours_asks_if_its_confidential_and_a_person_then_books_a_will",
        "t_law", (
            S("Hi, I'd like to talk to someone about making a will. Before that, is this "
              "conversation confidential? Who sees what I tell you?",
              r"confidential|attorney|team|firm|private|only"),
            S("And am I speaking to an actual person?", ROBOT),
            S("Alright. What does the estate planning consultation cost?",
              r"free|no charge|no cost|zero|\$0\b|without charge"),
            S("Good. Then I'd like that consultation on Wednesday the 18th at two in the "
              "afternoon. The name is Margaret Sloane, S, L, O, A, N, E."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, go ahead and book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Margaret Sloane", "+12125550127",
                        about=r"will|estate"),),
        said=(at(18, "14:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+12125550127", tags=("booking",)),
    Scenario(
        "dev17_law_upset_client_nobody_called_back_about_her_divorce_papers", "t_law", (
            S("Hi. I'm a client of the firm, and frankly I'm upset. I've left two messages this "
              "week about signing my divorce settlement papers and nobody has called me back.",
              HEARD),
            S("It's not an emergency, there's no court date coming up, but I need someone to "
              "actually call me this time. My name is Teresa Lindqvist, L, I, N, D, Q, V, I, S, "
              "T."),
            S("Why do you even need my number again? You people already have it.", WHY_NUMBER),
            S("Fine. The number I'm calling from is the best one."),
            S("Yes, that's right, please pass it on. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Lindqvist", "+12125550138",
                          about=r"divorce|settlement|papers|sign", urgent=False),),
        caller="+12125550138", tags=("message",)),
    Scenario(
        "dev17_law_before_opening_wife_of_a_man_arrested_this_morning", "t_law", (
            S("Please, I need help. My husband was arrested an hour ago and they're holding him "
              "at the county jail. I'm so scared, I don't know what to do. We need a lawyer.",
              r"urgent|right away|as soon as|priority|immediately"),
            S("His name is Luis Ferreira, and I'm his wife, Carmen Ferreira."),
            S("Please call me on this number, the one I'm calling from."),
            S("Yes, please, pass it on right away."),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ferreira", "+12125550149",
                          about=r"arrest|custody|jail|held|holding", urgent=True),),
        clock="2026-03-10 07:50", caller="+12125550149", tags=("emergency",)),
    Scenario(
        "dev17_law_worried_accident_victim_asks_about_cost_video_and_what_to_bring", "t_law", (
            S("Hi. I was rear-ended two weeks ago and I've been hurting ever since, and I'm so "
              "worried about the bills. Do you charge for a consultation for something like "
              "that?", r"free|no charge|no cost|zero|without charge|\$0\b"),
            S("Oh, that's a relief. I can't drive right now. Can I do the meeting by phone or "
              "video?", r"phone|video"),
            S("And what would I need to bring or have ready?",
              r"police report|documents|photo ID|\bID\b|letters|papers"),
            S("Thank you, that helps. I'll call back to book when I've talked to my husband. "
              "Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+12125550153", tags=("info",)),
    Scenario(
        "dev17_law_spanish_speaker_frightened_by_a_lawsuit", "t_law", (
            S("Hola, buenos días. Perdone, estoy muy nerviosa. Me llegó una demanda de mi "
              "antiguo empleador y no hablo bien inglés. ¿Hay alguien que hable español?",
              r"español|espanol|spanish|lo siento|sorry"),
            S("Me llamo Marisol Herrera. H, E, R, R, E, R, A."),
            S("Sí, este número está bien."),
            S("Sí, por favor. Muchas gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Herrera", "+12125550162",
                          about=r"spanish|espa[nñ]ol|demanda|lawsuit|sued|employer"),),
        caller="+12125550162", tags=("spanish",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev17_plumb_faucet_dripping_again_a_month_after_the_repair", "t_plumb", (
            S("Hi. I'm not happy. One of your plumbers replaced my kitchen faucet last month and "
              "it's dripping again already. Isn't your work guaranteed?", r"guarantee|warrant"),
            S("Well, I want someone to come back and look at it. The address is 27 Maple "
              "Avenue, 10002. It's my house, I own it."),
            S("Thursday the 12th, the nine in the morning window, please. The name is Victor "
              "Albers, A, L, B, E, R, S."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Victor Albers", "+17185550115",
                        about=r"faucet|drip"),),
        said=(at(12, "09:00"),), caller="+17185550115", tags=("booking",)),
    Scenario(
        "dev17_plumb_flustered_widow_afraid_her_water_heater_will_blow_up", "t_plumb", (
            S("Hello? I'm sorry, I'm eighty-one and I get flustered on the phone. My water heater "
              "has been making a terrible banging noise, and I'm frightened it's going to blow "
              "up. There's no water on the floor and I don't smell any gas, it's just the "
              "noise."),
            S("Could you repeat that, please, a little slower? I didn't catch it."),
            S("The address is 14 Birch Lane. Birch, like the tree. The zip code is 10003."),
            S("Saturday the 14th, in the eleven o'clock window, please. My name is Agnes Porter, "
              "P, O, R, T, E, R."),
            S("Yes, this telephone I'm calling on is the right number."),
            S("Yes, that's fine. Please book it."),
            S("Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Agnes Porter", "+17185550126",
                        about=r"water heater|bang|nois"),),
        said=(at(14, "11:00"),), ends_call=True, caller="+17185550126", tags=("booking",)),
    Scenario(
        "dev17_plumb_sceptic_asks_why_the_address_and_for_a_text_then_books_a_drain",
        "t_plumb", (
            S("Hi, my bathtub drain is completely clogged. How much do you charge to clear a "
              "drain?", r"225|two hundred (?:and )?twenty[- ]five"),
            S("Why do you need my home address before I've even decided anything?",
              r"service area|technician|send|where|visit|come (?:out|to)"),
            S("Fine. It's 88 Cedar Court, 10001. It's my own house."),
            S("Can somebody come on Friday the 13th, in the one o'clock window? The name is "
              "Jasmine Cole, C, O, L, E."),
            S("Yes, the number I'm calling from is fine. Can you text me the confirmation?"),
            S("Yes, that's all correct, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Jasmine Cole", "+17185550137",
                        about=r"drain|tub|clog"),),
        said=(at(13, "13:00"),), clock="2026-03-11 12:15", caller="+17185550137",
        tags=("booking",)),
    Scenario(
        "dev17_plumb_wants_the_owner_not_a_machine_then_leaves_a_message_for_a_quote",
        "t_plumb", (
            S("I'd like to speak to a real person, not a machine. Is the owner there?",
              r"message|help|available|assist"),
            S("All right, then take a message. I want a quote for replacing my old water "
              "heater, it's about fifteen years old. Somebody should call me."),
            S("My name is Bernard Quinn, Q, U, I, N, N."),
            S("The number I'm calling from is fine."),
            S("Yes, pass it on. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Bernard Quinn", "+17185550148", about=r"water heater|quote|replac",
                          urgent=False),),
        clock="2026-03-10 18:40", caller="+17185550148", tags=("message",)),
    Scenario(
        "dev17_plumb_night_sewage_coming_up_the_basement_drain", "t_plumb", (
            S("Oh God, please help, there's sewage coming up through the floor drain in my "
              "basement and it's spreading everywhere, it smells awful, I'm panicking!",
              r"urgent|emergency|right away|as soon as|shut"),
            S("No, nothing is near the electrical panel. The address is 5 Willow Street, 10002. "
              "My name is Naomi Fisher."),
            S("Please call me back on this number, the one I'm calling from, as soon as anyone "
              "can."),
            S("Yes, please pass it on. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Naomi Fisher", "+17185550159",
                          about=r"sewage|sewer|basement|drain|backup|back(?:ing)? up",
                          urgent=True),),
        clock="2026-03-10 21:30", caller="+17185550159", tags=("emergency",)),
    Scenario(
        "dev17_plumb_old_man_hangs_up_on_learning_its_a_computer", "t_plumb", (
            S("Hello? Hello? Who is this?"),
            S("Wait, am I talking to a recording? Is this a computer?", ROBOT),
            S("No, no, I don't talk to machines. I'll have my son call you. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, caller="+17185550161", tags=("hangup",)),
    # --- salon (closed Sunday and Monday; hour-long slots) ---------------------------------
    Scenario(
        "dev17_salon_upset_about_brassy_colour_books_a_free_consultation", "t_salon", (
            S("Hi. I had my color done at your salon two weeks ago and honestly I'm upset, it "
              "came out brassy and orange, nothing like what I asked for.", HEARD),
            S("I don't want a full appointment yet. I'd like one of those free color "
              "consultations so someone can look at it. Is the consultation really free?",
              r"free|no charge|no cost|complimentary|zero|\$0\b"),
            S("Please not the same stylist, anyone else is fine. Thursday the 12th at five in "
              "the afternoon. The name is Chloe Danvers, D, A, N, V, E, R, S."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Chloe Danvers", "+16465550116",
                        about=r"consult|colou?r"),),
        said=(at(12, "17:00"),), clock="2026-03-10 10:30", caller="+16465550116",
        tags=("booking",)),
    Scenario(
        "dev17_salon_nervous_after_a_bad_cut_elsewhere_books_a_trim_on_the_closed_monday",
        "t_salon", (
            S("Hi, I'm a little nervous about this. The last haircut I had somewhere else, they "
              "cut off way too much, and I cried for a week. Can you promise your stylist will "
              "only take off an inch?",
              r"stylist|note|let (?:them|her|him) know|tell|make sure|promise|guarantee",
              avoid=r"\bI (?:can )?promise\b|\bwe (?:can )?guarantee\b"
                    r"|\b(?:is|are|it's) guaranteed\b"),
            S("Okay. I'd like a women's haircut, just a trim. How much is that?",
              r"65|sixty[- ]five"),
            S("I've never been to your salon before. Anyone gentle is fine. Saturday the 14th at "
              "ten in the morning, please. My name is Grace Whitley, W, H, I, T, L, E, Y."),
            S("Yes, the number I'm calling from is my cell, that's best."),
            S("Yes, that's right, please book it."),
            S("Thanks so much. Bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Grace Whitley", "+16465550127",
                        about=r"haircut|trim|cut"),),
        said=(at(14, "10:00"),), ends_call=True, clock="2026-03-09 19:30",
        caller="+16465550127", tags=("booking",)),
    Scenario(
        "dev17_salon_sceptic_asks_if_its_ai_and_recorded_then_books_a_mens_cut", "t_salon", (
            S("Yeah, hi. Before anything, is this a real person or one of those AI things?",
              ROBOT),
            S("Is this call being recorded?"),
            S("Whatever. I need a men's haircut. What's the price?", r"35|thirty[- ]five"),
            S("I've been there before, no preference on who cuts it. Friday the 13th at six in "
              "the evening, for Derek Lyons, L, Y, O, N, S."),
            S("Yes, the number I'm calling from is fine. And can you text me your address?"),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 18:00", "Derek Lyons", "+16465550138",
                        about=r"men|haircut|cut"),),
        said=(at(13, "18:00"),), clock="2026-03-10 11:00", caller="+16465550138",
        tags=("booking",)),
    Scenario(
        "dev17_salon_hard_of_hearing_grandmother_leaves_a_wedding_message", "t_salon", (
            S("Hello, dear. I'm calling about my granddaughter's wedding. She'd like her hair "
              "done, and her four bridesmaids too, in June. Could somebody who handles weddings "
              "call me back?"),
            S("I'm sorry, what did you say? Could you say that again, slower? I'm a bit hard of "
              "hearing."),
            S("My name is Rosemary... Rosemary Quint. Q, U, I, N, T."),
            S("My number is... let me find it... it's five oh eight, five five five..."),
            S("...zero one three nine. That's my number."),
            S("Yes, dear, that's it. Please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Rosemary Quint", "+15085550139", about=r"wedding|bridesmaid|brid",
                          urgent=False),),
        clock="2026-03-14 09:30", caller="+16465550130", tags=("message",)),
    Scenario(
        "dev17_salon_apologetic_mom_moves_thursday_to_the_next_saturday", "t_salon", (
            S("Hi, I'm so sorry to do this, I feel awful, but I need to move my appointment this "
              "Thursday. My son's school called a meeting."),
            S("It's under Hannah Brooks. B, R, O, O, K, S."),
            S("Could we make it Saturday the 21st at eleven in the morning instead? Same "
              "service, for Hannah Brooks."),
            S("Yes, please move it. Thank you for understanding."),
            S("No, that's everything. Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-21 11:00", "Hannah Brooks", "+16465550149"),),
        cancelled=("2026-03-12 15:00",), said=(at(21, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-12 15:00", "Hannah Brooks", "+16465550149"),),
        clock="2026-03-10 10:15", caller="+16465550149", tags=("move",)),
    Scenario(
        "dev17_salon_unhappy_with_a_rushed_blowout_cancels_friday", "t_salon", (
            S("I'm calling to cancel my appointment on Friday. To be honest, my last visit was "
              "rushed and I left unhappy, so I'd rather not come back for now.", HEARD),
            S("The appointment is under Monica Ruiz. R, U, I, Z."),
            S("Yes, that's the one. Please cancel it."),
            S("No, thank you. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 14:00",), ends_call=True,
        seed=(Seed("2026-03-13 14:00", "Monica Ruiz", "+16465550151"),),
        clock="2026-03-10 12:30", caller="+16465550151", tags=("cancel",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev17_homes_nervous_first_time_buyer_asks_two_questions_and_books_a_sunday_showing",
        "t_homes", (
            S("Hi. I'm a first-time buyer and honestly I'm nervous, I don't know how any of this "
              "works. Do I have to be pre-approved before I can see a house?",
              r"pre-?approv"),
            S("Okay, that's good to know. Do I have to sign anything before a tour?",
              r"agreement|sign"),
            S("Alright. I'd like to see the house at 42 Harbor View Drive. I'm buying, and I "
              "don't have an agent. Could I see it on Sunday the 15th at one thirty in the "
              "afternoon? The name is Tyler Benson, B, E, N, S, O, N."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Tyler Benson", "+13125550117",
                        about=r"harbou?r|showing|view"),),
        said=(at(15, "13:30"),), caller="+13125550117", tags=("booking",)),
    Scenario(
        "dev17_homes_seller_stood_up_last_year_wants_a_ballpark_and_books_a_valuation",
        "t_homes", (
            S("I'll be honest, I'm not thrilled calling you again. Last year one of your agents "
              "didn't show up for an appointment at my house. But I'm thinking of selling now.",
              HEARD),
            S("Ballpark, what do you think a three-bedroom on Elm Ridge Road goes for these "
              "days?", r"agent|valuation|analysis|recent sales|look at",
              avoid=r"\$\s?\d|\d{3},?000|thousand dollars"),
            S("Fine. Book me a home valuation at 9 Elm Ridge Road, on Saturday the 14th at ten "
              "thirty in the morning. It isn't listed with anyone. The name is Walter Haynes, H, "
              "A, Y, N, E, S."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, book it. And make sure someone actually shows up this time."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Walter Haynes", "+13125550128",
                        about=r"valuation|sell|listing|value|elm"),),
        said=(at(14, "10:30"),), clock="2026-03-10 08:15", caller="+13125550128",
        tags=("booking",)),
    Scenario(
        "dev17_homes_sunday_evening_renter_asks_why_the_number_and_who_sees_it", "t_homes", (
            S("Hi, I'm calling about the apartment for rent on Carver Street. I'd like an agent "
              "to call me back, I'm not ready to book anything."),
            S("Why do you need my phone number? I don't want to get a ton of sales calls.",
              WHY_NUMBER),
            S("And who's going to see my information?", WHO_SEES),
            S("Okay. My name is Imani Grant, G, R, A, N, T, and the number I'm calling from is "
              "fine."),
            S("Yes, that's right, please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Imani Grant", "+13125550139", about=r"carver|rent|apartment",
                          urgent=False),),
        clock="2026-03-15 17:00", caller="+13125550139", tags=("message",)),
    Scenario(
        "dev17_homes_hard_of_hearing_widow_moves_her_appointment_to_monday", "t_homes", (
            S("Hello, dear, I need to change the day of my appointment with your agent. My "
              "daughter can't drive me on Thursday."),
            S("The appointment is under Gloria Pearson. P, E, A, R, S, O, N."),
            S("I'm sorry, dear, could you say that again more slowly? My hearing aid is acting "
              "up."),
            S("Monday the 16th, at ten in the morning, please. That's for Gloria Pearson."),
            S("Yes, dear, please move it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-16 10:00", "Gloria Pearson", "+13125550140"),),
        cancelled=("2026-03-12 14:00",), said=(at(16, "10:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Gloria Pearson", "+13125550140"),),
        caller="+13125550140", tags=("move",)),
    Scenario(
        "dev17_homes_saturday_sceptic_asks_if_its_a_computer_then_sunday_hours", "t_homes", (
            S("Hi, am I talking to a computer right now?", ROBOT),
            S("Okay. What are your hours on Sunday?",
              r"(?:12|noon|twelve).{0,40}(?:4|four)"),
            S("And what should I bring to a showing?", r"photo ID|\bID\b|pre-?approval"),
            S("Is this call being recorded?"),
            S("Alright, thanks. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:30",
        caller="+13125550152", tags=("info",)),
    Scenario(
        "dev17_homes_frustrated_caller_who_keeps_getting_a_machine_asks_for_an_agent",
        "t_homes", (
            S("Is this a real person? I've called three times this week and keep getting a "
              "machine.", ROBOT),
            S("I'm frustrated. Nobody ever seems to pick up over there.", HEARD),
            S("No offense, but I want to talk to a human. Please put me through to an agent.",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:00",
        caller="+13125550163", overrides=TRANSFER_LINE, tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev17_auto_brakes_still_grind_after_the_repair_books_a_recheck", "t_auto", (
            S("Hi. You did my brakes three weeks ago and the car still makes the same grinding "
              "noise you were supposed to fix. I'm pretty annoyed.", HEARD),
            S("Isn't your work guaranteed?", r"warrant|guarantee"),
            S("It's a 2017 Subaru Outback, about ninety thousand miles. I'll drop it off."),
            S("Monday the 16th at seven thirty in the morning, please. The name is Greg "
              "Holloway, H, O, L, L, O, W, A, Y."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, book it. And please make sure it gets fixed this time."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:30", "Greg Holloway", "+14155550118",
                        about=r"brake|grind|nois|subaru|outback"),),
        said=(at(16, "07:30"),), caller="+14155550118", tags=("booking",)),
    Scenario(
        "dev17_auto_check_engine_light_scares_her_before_opening", "t_auto", (
            S("Hi, my check engine light just came on and I'm kind of freaking out. It's not "
              "flashing, it's just on. Is it safe to drive?",
              r"technician|inspect|diagnos|not able|can't|cannot",
              avoid=r"(?:it's|it is|it should be) (?:probably )?(?:safe|fine|okay|ok) to drive"),
            S("How much is it to find out what's wrong?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("It's a 2019 Honda CR-V. I'll wait while you look at it, if I can."),
            S("Thursday the 12th at one thirty in the afternoon, for Megan Doyle, D, O, Y, L, "
              "E."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 13:30", "Megan Doyle", "+14155550129",
                        about=r"check engine|diagnos|light"),),
        said=(at(12, "13:30"),), clock="2026-03-10 07:10", caller="+14155550129",
        tags=("booking",)),
    Scenario(
        "dev17_auto_hard_of_hearing_man_books_a_saturday_oil_change_slowly", "t_auto", (
            S("Hello? I need an oil change for my car. You'll have to talk slowly, I don't hear "
              "so well."),
            S("It's a... let me see... a 2012 Buick LaCrosse. Buick. It has about sixty thousand "
              "miles."),
            S("Could you say that again, please? Slower?"),
            S("Saturday the 14th, at nine in the morning. I'll wait for it. My name is Arthur "
              "Lindgren, L, I, N, D, G, R, E, N."),
            S("Yes, the telephone I'm calling on is the right number."),
            S("Yes, that's right. Please book it."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Arthur Lindgren", "+14155550130",
                        about=r"oil"),),
        said=(at(14, "09:00"),), ends_call=True, caller="+14155550130", tags=("booking",)),
    Scenario(
        "dev17_auto_worried_about_a_missing_estimate_asks_if_its_a_person", "t_auto", (
            S("Hi. My car has been at your shop since Friday and nobody has called me with the "
              "estimate yet. I'm getting worried about what this is going to cost."),
            S("Am I even talking to a person right now?", ROBOT),
            S("Fine. Please have the service advisor call me. It's the silver 2015 Toyota Camry, "
              "and my name is Leon Fraser, F, R, A, S, E, R."),
            S("Yes, the number I'm calling from is best."),
            S("Yes, that's right, please pass it on."),
        ),
        outcome="message_taken",
        messages=(Message("Leon Fraser", "+14155550141", about=r"estimate|camry|update|cost",
                          urgent=False),),
        clock="2026-03-10 12:10", caller="+14155550141", tags=("message",)),
    Scenario(
        "dev17_auto_saturday_evening_steam_and_a_burning_smell_from_the_hood", "t_auto", (
            S("Oh my God, there's white smoke, or steam, pouring out from under my hood and "
              "there's a burning smell! I pulled into a gas station. I'm really scared. What do "
              "I do?", r"not (?:to )?drive|don't drive|do not drive|tow"),
            S("Nobody's hurt, I'm away from the car now. It's a 2016 Ford Escape. Please, I need "
              "someone from the shop to call me about getting it towed in. My name is Rachel "
              "Dunn."),
            S("Call me back on this number, the one I'm calling from."),
            S("Yes, please, pass it on as soon as possible."),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Dunn", "+14155550152",
                          about=r"steam|smoke|burning|tow|hood|escape", urgent=True),),
        clock="2026-03-14 16:00", caller="+14155550152", tags=("emergency",)),
    Scenario(
        "dev17_auto_regular_asks_if_its_a_computer_and_why_the_number_then_wants_the_desk",
        "t_auto", (
            S("Hi, I'm a regular customer. Quick question first: are you a real person or a "
              "computer?", ROBOT),
            S("And why do you always need my phone number on these calls anyway?", WHY_NUMBER),
            S("I'd really rather speak with someone at the service desk. Can you put me through, "
              "please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:00",
        caller="+14155550163", overrides=TRANSFER_LINE, tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -----------------
    Scenario(
        "dev17_vet_worried_about_her_old_beagle_limping_and_off_his_food", "t_vet", (
            S("Hi, I'm worried about my dog, Biscuit. He's a twelve-year-old beagle and he's been "
              "limping and not eating much for three days. It's not an emergency, he's walking "
              "and breathing fine, but I'm scared it's something bad.",
              avoid=r"(?:probably|sounds like) (?:nothing|arthritis|fine|old age)|not serious"
                    r"|(?:it|that) can wait"),
            S("How much is an exam for a sick pet?", r"85|eighty[- ]five"),
            S("We've been to you before. Could I bring him on Thursday the 12th at four thirty "
              "in the afternoon? The name is Carol Jensen, J, E, N, S, E, N."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Carol Jensen", "+17035550119",
                        about=r"limp|eat|biscuit|sick|beagle"),),
        said=(at(12, "16:30"),), caller="+17035550119", tags=("booking",)),
    Scenario(
        "dev17_vet_after_closing_sceptical_first_time_kitten_owner_books_saturday", "t_vet", (
            S("Hi, is this a real person or an answering machine thing?", ROBOT),
            S("Okay. I just adopted a kitten and I've never had a cat before, I'm a little "
              "nervous I'll do something wrong. How much is a first visit for a new patient?",
              r"75|seventy[- ]five"),
            S("Her name is Pepper, she's about ten weeks old. She's healthy, it's not an "
              "emergency. Saturday the 14th at ten thirty in the morning, please. The name is "
              "Owen Pritchard, P, R, I, T, C, H, A, R, D."),
            S("Yes, the number I'm calling from is fine."),
            S("Yes, that's right, book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Owen Pritchard", "+17035550120",
                        about=r"kitten|new patient|pepper|cat|exam|vaccin"),),
        said=(at(14, "10:30"),), ends_call=True, clock="2026-03-10 18:30",
        caller="+17035550120", tags=("booking",)),
    Scenario(
        "dev17_vet_gentle_message_about_putting_an_old_cat_to_sleep", "t_vet", (
            S("Hi. This is hard to say. My cat Misty is nineteen and she's stopped eating, and I "
              "think it might be time to talk about putting her to sleep. I'd like the vet to "
              "call me.", r"sorry|so hard|difficult"),
            S("My name is Eleanor Voss, V, O, S, S."),
            S("Please call me at my home number, seven oh three, five five five, zero one six "
              "two."),
            S("Yes, that's right. Please pass it on. Thank you for being kind."),
        ),
        outcome="message_taken",
        messages=(Message("Eleanor Voss", "+17035550162",
                          about=r"misty|euthan|sleep|end of life|eating|cat"),),
        clock="2026-03-14 11:00", caller="+17035550160", tags=("message",)),
    Scenario(
        "dev17_vet_saturday_afternoon_dog_ate_sugar_free_gum", "t_vet", (
            S("Please help me, my dog just ate a whole pack of sugar-free gum off the counter, I "
              "think it has xylitol in it. I'm so scared, what do I do?",
              r"emergency (?:animal )?hospital|emergency vet|poison control|A ?S ?P ?C ?A"),
            S("Okay, we're getting in the car. His name is Rocky, he's a ten-pound terrier. "
              "Please tell the vet. My name is Tanya Mercer."),
            S("Call me back on this number, the one I'm calling from."),
            S("Yes, please pass it on. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Mercer", "+17035550173", about=r"gum|xylitol|rocky|ate",
                          urgent=True),),
        clock="2026-03-14 13:00", caller="+17035550173", tags=("emergency",)),
    Scenario(
        "dev17_vet_nervous_new_owner_before_opening_asks_about_nights_rabies_and_records",
        "t_vet", (
            S("Hi, I'm a nervous new pet owner. Do you see emergencies, like if something "
              "happens at night?", r"emergency animal hospital|after hours|twenty[- ]four|24"),
            S("And how much is the rabies vaccine?", r"\b30\b|thirty"),
            S("What should I bring to the first visit?", r"record|vaccine|leash|carrier"),
            S("That's all, thank you. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 07:30",
        caller="+17035550184", tags=("info",)),
    Scenario(
        "dev17_vet_french_speaker_worried_her_cat_stopped_eating", "t_vet", (
            S("Bonjour, excusez-moi, je ne parle pas bien anglais. Mon chat est malade, il ne "
              "mange plus depuis deux jours, et je suis très inquiète. Est-ce que quelqu'un "
              "parle français?", r"sorry|désolé|desole|english|anglais|français|francais|french"),
            S("Je m'appelle Camille Laurent."),
            S("Oui, ce numéro est bon."),
            S("Oui, merci beaucoup."),
        ),
        outcome="message_taken",
        messages=(Message("Camille Laurent", "+17035550195",
                          about=r"french|fran[cç]ais|cat|chat"),),
        caller="+17035550195", tags=("language",)),
]
