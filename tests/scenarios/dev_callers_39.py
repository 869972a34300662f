"""A thirty-ninth development set: 48 scripted callers, six in each of the fleet's eight trades,
who ring with a complaint, a follow-up after a visit or a job, a billing question or a warranty
problem, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-39) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses (its first few callers and the judging fields of the
rest) and tests/scenarios/harness.py; the read-backs from tests/scenarios/spoken.py (`at()`,
`read_back()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the
held-out mix of kinds, KINDS_39 below, and every name starting "d39_").

What makes it different: every caller rings about something that already happened. The crown
fell out in a caramel, the filling is still sensitive three weeks on, the temporary crown feels
high, the rash came back after the cream, the blood test results never came, the new antibiotic
swells the lips; the leak under the sink came back, the toilet runs again after the flapper, the
water heater died again a month after its repair, the drain cleaning was charged twice; the
colour came out almost black elsewhere or orange and patchy here, a haircut is an inch uneven, a
late-cancellation fee was charged after three days' notice; the agent never sent the market
analysis, never showed up to a showing, never answered a rental application, the managed
condo's dishwasher is still broken; the brakes squeal again, the check engine light is back, an
oil change was charged twice, the car has sat in the shop since Monday without an estimate, the
brake pedal sinks right after a brake job; the dog still limps a week after the visit, the cat's
ear infection is back, the booster reminder never came, the shampoo ran out early, the dog ate
the pain chews from her spay; a son is in custody and the attorney's office never rang back, a
lawyer's client wants an update, a will draft never arrived, a
consultation was charged while a friend's was free. Some are upset and say so, and want the
problem looked at again (a follow-up booked in their own words), a message for the owner with
their own reason and callback number, the business's own price or policy to check a bill, a
person, or, when the follow-up turns dangerous, help now. The mix is the held-out sets'
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number, 6
emergencies, 2 moves and 2 cancellations of a seeded booking, 4 question-only calls, 3 asks for a
person, 1 Spanish and 1 Portuguese caller, 1 early hang-up). Calls ring at realistic hours via
`clock=`: before opening, at lunch, after closing, on a Saturday, on a Sunday, on the salon's
closed Monday. Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so
any good wording passes, and every price, policy and hour it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev39

which prints `RESULT dev39_pass_rate=`, measured and never gated.
Its first run, on main at 72acace, before anyone had read a transcript of it: 43/48 = 0.896.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script that cannot finish, a fact that is
not the business's): none was found, so no caller and no check was changed. The second run, the
set unchanged: 43/48 = 0.896, the same five callers failing the same way, all on the
receptionist's side. A booking: the would-be new patient's "so I'm done with them", about her
old dentist, is taken for a goodbye and she is hung up on after her first line. A booking: the
blood-pressure recheck's "no chest pain or anything like that" is taken for an emergency, and
an urgent message replaces the Monday 8:40 booking he asks for. The Portuguese caller: her
message is passed on, but her number said in Portuguese is not understood, it is asked for
again at her "tchau" and the call is never ended. A move: the toner appointment is not found
under the name given after "Something came up at work Thursday evening", so it is neither moved
nor cancelled. A message: the managed condo's month-old broken dishwasher is passed on as
urgent.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who books says the qualification details early (patient status,
insurance, the vehicle, the pet, the address, the matter), and a later line says the final day
and time plainly with the service and the name the booking is to be under, and a booking is read
back (`said=`) with its final day and time; where the callback is not the line the call comes
from, `said=` also checks that the whole number was read back, in digits or in words, in order.
A complaint is never a reason to refuse what the caller asks for: a caller who wants the job
looked at again gets it booked, one who wants the owner told gets a message in their own words.
Only a call with `overrides` carrying a transfer number, inside opening hours, has a line to
transfer to, and its caller asks for a person only in the last line (the lines before carry the
story and a question the business's own facts answer). An emergency ends with an urgent message
(no call here has a line to transfer to in an emergency); a routine message is not urgent. A
move or a cancellation rings from the seeded booking's own line and gives its name. A call whose
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
)
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX
from tests.scenarios.spoken import at, read_back

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (the held-out mix); "language" is the caller who speaks
# neither English nor Spanish
KINDS_39 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|portugu[eê]s"
               r"|desculp|\bnome\b|mensagem|message|name")
# a goodbye in English, Spanish or Portuguese
BYE_ANY = BYE + r"|adi[oó]s|hasta luego|que le vaya|tchau|at[eé] logo|adeus|obrigad|gracias"
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# keep off the road: a tow, or not driving it
NO_DRIVING = r"tow|(?:don't|do not|not to|shouldn't|should not|not|never) drive"
SAFE_TO_DRIVE = r"\bit(?:'s| is) (?:probably |perfectly |totally )?safe to drive"


DEV_CALLERS_39: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d39_dental_crown_fell_out_in_a_caramel_books_thursday_to_put_it_back",
        "t_dental", (
            S("Hi, good morning. So my crown fell out last night, the one the doctor put on in "
              "January, upper right side. It came off in a caramel, of all things. I've still "
              "got the crown, it's in a little bag."),
            S("It doesn't hurt, there's no swelling, it's just a bit sensitive to cold. I'm an "
              "existing patient, I've been coming for years. The insurance is MetLife, through "
              "my husband, he's the policy holder."),
            S("I'd like to come in and have it put back on. Thursday the twelfth at ten in the "
              "morning would be good for me, if that's open."),
            S("The name is Joanne Whitaker, W, H, I, T, A, K, E, R. Date of birth April fourth, "
              "nineteen sixty-eight. The number is the one I'm calling from, six one seven, five "
              "five five, oh one one seven."),
            S("So that's Joanne Whitaker, Thursday the twelfth at ten in the morning, to put the "
              "crown back on, at six one seven, five five five, oh one one seven. Yes, please "
              "book it."),
            S("Thank you so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Joanne Whitaker", "+16175550117",
                        about=r"crown"),),
        said=(at(12, "10:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+16175550117", tags=("booking",)),
    Scenario(
        "d39_dental_filling_still_sensitive_three_weeks_on_books_a_check_on_his_cell",
        "t_dental", (
            S("Hi, I had a filling done with you about three weeks ago, lower left, and it's "
              "still really sensitive when I bite down. They told me to call if it didn't "
              "settle down, so I'm calling."),
            S("It's not throbbing and there's no swelling, it just twinges when I chew on that "
              "side. I'm an existing patient, I have Delta Dental, and I'm the policy holder."),
            S("I'd like the dentist to take a look at it. Next Wednesday, the eighteenth, at "
              "three in the afternoon works for me."),
            S("It's Daniel Okafor, O, K, A, F, O, R, born June twentieth, nineteen ninety-one. "
              "The best number is my cell, nine one seven, five five five, oh one six four, not "
              "the one I'm calling from, that's my desk."),
            S("So that's Daniel Okafor, Wednesday the eighteenth at three P M, to check the "
              "filling that's still sensitive, on my cell, nine one seven, five five five, oh one "
              "six four. Please go ahead and book that."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Daniel Okafor", "+19175550164",
                        about=r"fill|sensitiv|bite"),),
        said=(at(18, "15:00"), read_back("+19175550164")), ends_call=True,
        clock="2026-03-11 12:20", caller="+12125550158", tags=("booking",)),
    Scenario(
        "d39_dental_leaving_a_dentist_who_overbilled_books_the_new_patient_visit_friday",
        "t_dental", (
            S("Hi. I'd like to become a new patient. Honestly, I'm leaving my old dentist "
              "because they kept billing me for things I never had done, so I'm done with "
              "them."),
            S("I need the whole thing, the new patient exam, X-rays and cleaning. No pain, no "
              "swelling. I have Guardian insurance and I'm the policy holder. What does the new "
              "patient visit cost, by the way?",
              r"275|two hundred (?:and )?seventy[- ]five"),
            S("Friday the thirteenth at nine in the morning would be ideal."),
            S("My name is Teresa Lindqvist, L, I, N, D, Q, V, I, S, T, date of birth November "
              "second, nineteen seventy-nine, and you can reach me on this number, three one "
              "two, five five five, oh one two nine."),
            S("So, Teresa Lindqvist, the new patient exam and cleaning, Friday the thirteenth "
              "at nine A M, three one two, five five five, oh one two nine. Book it, please."),
            S("Thanks very much, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 09:00", "Teresa Lindqvist", "+13125550129",
                        about=r"new patient|exam|x-?ray|clean"),),
        said=(at(13, "09:00"),), ends_call=True, clock="2026-03-09 16:40",
        caller="+13125550129", tags=("booking",)),
    Scenario(
        "d39_dental_temporary_crown_feels_high_after_hours_message_for_the_dentist",
        "t_dental", (
            S("Hi, I know it's after hours. I got a temporary crown put on yesterday and it "
              "feels high, like my teeth don't meet right on that side, and my jaw's a bit sore "
              "from it."),
            S("It's not an emergency, there's no swelling and no bleeding. I'd just like the "
              "dentist or the assistant to call me back tomorrow and tell me whether I should "
              "come in and have it adjusted."),
            S("My name is Harold Brennan, B, R, E, N, N, A, N. Call me at seven one eight, five "
              "five five, oh one nine one."),
            S("So the message is: Harold Brennan, the temporary crown from yesterday feels too "
              "high when I bite, please call me back at seven one eight, five five five, oh one "
              "nine one."),
            S("Thanks, have a good night.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Brennan", "+17185550191", about=r"crown|bite|high",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 17:25", caller="+17185550191", tags=("message",)),
    Scenario(
        "d39_dental_crown_fell_out_monday_now_cheek_swelling_toward_the_eye_at_night",
        "t_dental", (
            S("Hi, I know you're closed. The crown on my back tooth fell out on Monday and I "
              "was going to call about it, but tonight my cheek has swollen up and it's "
              "spreading up toward my eye.", ER),
            S("It's getting hard to open my mouth and I feel hot. Okay. My wife is going to drive "
              "me to the emergency room."),
            S("But please tell the dentist first thing tomorrow. My name is Victor Almeida, A, L, "
              "M, E, I, D, A, and my number is four zero one, five five five, oh one three "
              "eight."),
            S("That's Victor Almeida, four zero one, five five five, oh one three eight, the "
              "tooth where the crown fell out, and my face swelling up toward my eye. Thank "
              "you."),
            S("Okay, I'm going now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Victor Almeida", "+14015550138", about=r"swell|crown|eye|face",
                          urgent=True),),
        ends_call=True, clock="2026-03-12 21:15", caller="+14015550138",
        tags=("emergency",)),
    Scenario(
        "d39_dental_statement_says_she_owes_for_a_covered_cleaning_asks_for_a_person",
        "t_dental", (
            S("Hi, good morning. I'm an existing patient, I came in two weeks ago for my "
              "regular cleaning and exam."),
            S("Can you tell me what you charge for an adult cleaning and exam? I just want to "
              "know the normal price.", r"165|one hundred (?:and )?sixty[- ]five"),
            S("Okay, because the statement I got says I owe three hundred and ten dollars for "
              "that visit, and my insurance was supposed to cover the cleaning. I'm pretty upset "
              "about it. Can I please talk to a person in the office about my bill?",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:30",
        caller="+16465550121", overrides=TRANSFER_LINE, tags=("person",)),

    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ---------------------------------
    Scenario(
        "d39_clinic_rash_came_back_after_the_cream_books_a_follow_up_thursday",
        "t_clinic", (
            S("Hi, I saw the doctor about three weeks ago for a rash on my arms, and I finished "
              "the cream she gave me, but the rash is back, same spot. She said to come back if "
              "it returned."),
            S("I'm an established patient, I've been coming to you for a few years. I have Blue "
              "Cross Blue Shield through work. No preference for a provider, whoever's "
              "available."),
            S("Could I come in Thursday the twelfth, at two twenty in the afternoon?"),
            S("The patient is me, Aisha Rahman, R, A, H, M, A, N, date of birth January "
              "fifteenth, nineteen eighty-seven. My number is the one I'm calling from, two zero "
              "two, five five five, oh one four seven."),
            S("So, Aisha Rahman, Thursday the twelfth at two twenty P M, for the rash that came "
              "back, two zero two, five five five, oh one four seven. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:20", "Aisha Rahman", "+12025550147",
                        about=r"rash|follow"),),
        said=(at(12, "14:20"),), ends_call=True, clock="2026-03-10 08:05",
        caller="+12025550147", tags=("booking",)),
    Scenario(
        "d39_clinic_blood_pressure_recheck_nobody_scheduled_books_monday_on_the_home_line",
        "t_clinic", (
            S("Hello, I started a new blood pressure medication after my physical, and the "
              "doctor wanted to see me again in two weeks to recheck it, but nobody scheduled "
              "the follow-up before I left, so here I am."),
            S("I feel fine, no chest pain or anything like that, it's just the recheck. I'm an "
              "established patient, the same doctor would be nice but anyone is fine, and I "
              "have Medicare."),
            S("Monday the sixteenth, first thing if you can, eight forty in the morning."),
            S("It's Gerald Fontaine, F, O, N, T, A, I, N, E, born March third, nineteen "
              "fifty-two. Please use my home number, four one three, five five five, oh one "
              "eight two, not this cell phone."),
            S("So that's Gerald Fontaine, Monday the sixteenth at eight forty A M, the blood "
              "pressure recheck, home number four one three, five five five, oh one eight two. "
              "Please book it."),
            S("Very good, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Gerald Fontaine", "+14135550182",
                        about=r"blood pressure|recheck|follow|\bbp\b"),),
        said=(at(16, "08:40"), read_back("+14135550182")), ends_call=True,
        clock="2026-03-11 16:30", caller="+14135550197", tags=("booking",)),
    Scenario(
        "d39_clinic_blood_work_results_never_called_message_for_the_nurse",
        "t_clinic", (
            S("Hi, I had blood work done there last Tuesday and they told me someone would call "
              "with the results in a few days. It's been over a week and nobody's called me."),
            S("I'm not having any symptoms, I just want to know the results. Could you have the "
              "nurse call me back, please?"),
            S("My name is Linh Tran, T, R, A, N, date of birth August twenty-second, nineteen "
              "ninety. My callback number is five one zero, five five five, oh one five three."),
            S("So it's Linh Tran, five one zero, five five five, oh one five three, still waiting "
              "on my blood work results from last Tuesday. Thank you."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Linh Tran", "+15105550153", about=r"result|blood|lab",
                          urgent=False),),
        ends_call=True, clock="2026-03-13 15:10", caller="+15105550153", tags=("message",)),
    Scenario(
        "d39_clinic_new_antibiotic_from_this_morning_lips_swelling_trouble_breathing",
        "t_clinic", (
            S("Hi, I was in this morning and got started on a new antibiotic, and now my lips and "
              "tongue are swelling and my chest feels tight, it's getting harder to breathe.",
              r"911"),
            S("Okay. My neighbour is here with me, she's calling 911 right now."),
            S("Please just let the doctor know. My name is Elena Kowalski, K, O, W, A, L, S, K, "
              "I, date of birth May eleventh, nineteen seventy-four, and my number is eight six "
              "zero, five five five, oh one four one."),
            S("Elena Kowalski, the new antibiotic from this morning, my lips swelling and "
              "trouble breathing, eight six zero, five five five, oh one four one. The ambulance "
              "is coming. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Elena Kowalski", "+18605550141",
                          about=r"swell|breath|antibiotic|reaction|allerg", urgent=True),),
        ends_call=True, clock="2026-03-11 14:50", caller="+18605550141",
        tags=("emergency",)),
    Scenario(
        "d39_clinic_doctor_already_called_with_results_cancels_the_friday_follow_up",
        "t_clinic", (
            S("Hi, I've got a follow-up appointment on Friday the thirteenth at ten twenty in the "
              "morning, and I need to cancel it."),
            S("The doctor already called me on Monday and went over everything, the results "
              "were fine, so I don't need to come in anymore."),
            S("The name on it is Brian Mbeki, M, B, E, K, I, date of birth September ninth, "
              "nineteen eighty-three, and I'm calling from the number it's under."),
            S("Yes, please cancel Brian Mbeki, Friday the thirteenth at ten twenty. I don't want "
              "to rebook."),
            S("That's all, thanks. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:20",), ends_call=True,
        seed=(Seed("2026-03-13 10:20", "Brian Mbeki", "+12675550115"),),
        clock="2026-03-10 09:40", caller="+12675550115", tags=("cancel",)),
    Scenario(
        "d39_clinic_portuguese_caller_billed_the_new_patient_price_wants_billing_to_call",
        "t_clinic", (
            S("Alô, bom dia. Desculpe, eu não falo inglês muito bem. Vocês falam português?",
              NOT_ENGLISH),
            S("Eu recebi uma conta de duzentos e cinquenta dólares pela minha consulta da semana "
              "passada, mas eu já sou paciente de vocês há dois anos. Acho que cobraram "
              "errado."),
            S("Por favor, alguém da cobrança pode me ligar de volta? Meu nome é Mariana Costa, "
              "C, O, S, T, A."),
            S("Meu número é cinco zero oito, cinco cinco cinco, zero um quatro sete. É o mesmo "
              "número de onde estou ligando."),
            S("Mariana Costa, cinco zero oito, cinco cinco cinco, zero um quatro sete, sobre a "
              "conta da consulta. Muito obrigada, tchau.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Mariana Costa", "+15085550147",
                          about=r"bill|conta|cobran|charg|portugu|250|duzentos|consult",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 11:00", caller="+15085550147",
        tags=("language",)),

    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "d39_law_kitchen_contractor_dispute_after_another_firm_never_called_back",
        "t_law", (
            S("Hi, I need to set up a consultation. I had a contractor redo my kitchen and it's "
              "a disaster, and the last law office I called never called me back, so I'm trying "
              "you."),
            S("It's a contract dispute. The contractor is Brightline Renovations, owned by a man "
              "named Curtis Vance. There's no court date yet, nothing has been filed, and I don't "
              "have a lawyer on it."),
            S("I'd like to meet in person. Wednesday the eleventh at eleven in the morning, if "
              "you have it. My email is n dot herrera at example dot com."),
            S("I'm Natalia Herrera, H, E, R, R, E, R, A, and my number is the one I'm calling "
              "from, three zero five, five five five, oh one six two."),
            S("So that's Natalia Herrera, an in-person consultation Wednesday the eleventh at "
              "eleven A M about the contract dispute with Brightline Renovations, three zero "
              "five, five five five, oh one six two. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 11:00", "Natalia Herrera", "+13055550162",
                        about=r"contract|renovat|kitchen|dispute"),),
        said=(at(11, "11:00"),), ends_call=True, clock="2026-03-09 09:30",
        caller="+13055550162", tags=("booking",)),
    Scenario(
        "d39_law_will_draft_never_arrived_books_a_phone_meeting_on_the_landline",
        "t_law", (
            S("Hello, I had an estate planning consultation with your firm back in January, and "
              "I was told someone would send me the draft of my will, and I haven't received "
              "anything. I'd like to come back in and get it finished."),
            S("It's estate planning, a simple will. There's no other party really, it's just for "
              "me and my two children. No deadlines, and I'm not working with any other "
              "lawyer."),
            S("A phone meeting is fine. Tuesday the seventeenth at ten in the morning would suit "
              "me."),
            S("My name is Walter Pennington, P, E, N, N, I, N, G, T, O, N. My email is walter "
              "dot pennington at example dot com. And the best number is my landline, two zero "
              "three, five five five, oh one seven five, not this cell."),
            S("So, Walter Pennington, a phone consultation on Tuesday the seventeenth at ten A "
              "M, to finish my will, two zero three, five five five, oh one seven five. Yes, "
              "please book it."),
            S("Thank you kindly. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Walter Pennington", "+12035550175",
                        about=r"will|estate"),),
        said=(at(17, "10:00"), read_back("+12035550175")), ends_call=True,
        clock="2026-03-12 13:15", caller="+12035550119", tags=("booking",)),
    Scenario(
        "d39_law_divorce_client_two_unanswered_messages_wants_an_update",
        "t_law", (
            S("Hi, I'm calling after hours, I know. My attorney at your firm is handling my "
              "divorce, and I've left two messages in the last two weeks asking for an update, "
              "and nobody's called me back."),
            S("There's no court date coming up, the next hearing isn't until May, so it's not an "
              "emergency. I just want to know where things stand with the financial papers."),
            S("Please have my attorney or their paralegal call me. My name is Kimberly Osei, O, "
              "S, E, I, and my number is six four six, five five five, oh one eight eight."),
            S("Kimberly Osei, six four six, five five five, oh one eight eight, wants an update "
              "on her divorce case, and this is the third time asking. Thanks."),
            S("Okay, thanks. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kimberly Osei", "+16465550188",
                          about=r"update|divorce|call(?:ed)? (?:me )?back|case", urgent=False),),
        ends_call=True, clock="2026-03-10 18:20", caller="+16465550188", tags=("message",)),
    Scenario(
        "d39_law_son_arrested_bail_hearing_monday_nobody_called_back_saturday_morning",
        "t_law", (
            S("Hi, I need help right away. My son was arrested last night and he's being held at "
              "the county jail. Your firm handled his traffic case last year."),
            S("He has a bail hearing Monday morning at nine. I tried calling the attorney's "
              "office yesterday afternoon and nobody called me back."),
            S("Please get this to an attorney as urgently as you can. My name is Denise Harlow, "
              "H, A, R, L, O, W. My number is seven seven three, five five five, oh one three "
              "two."),
            S("Again, Denise Harlow, seven seven three, five five five, oh one three two. My son "
              "is in custody and the hearing is Monday at nine."),
            S("Thank you. Please hurry. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Harlow", "+17735550132",
                          about=r"arrest|custody|jail|hearing|bail|son", urgent=True),),
        ends_call=True, clock="2026-03-14 07:50", caller="+17735550132",
        tags=("emergency",)),
    Scenario(
        "d39_law_charged_for_a_consultation_a_friend_got_free_asks_how_fees_work",
        "t_law", (
            S("Hi, I have a question about a bill. I came in for a consultation last week and I "
              "was charged two hundred fifty dollars, but my friend said her consultation with "
              "you was free. Do you offer free consultations?",
              r"depend|personal injury|type of (?:matter|case)|kind of (?:matter|case)"),
            S("Okay. And what does a regular initial consultation cost?",
              r"250|two hundred (?:and )?fifty"),
            S("And after that, how do you charge? Is it by the hour?",
              r"hourly|flat|contingen"),
            S("Alright, that makes sense. Thanks for explaining. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 10:10",
        caller="+16175550135", tags=("info",)),
    Scenario(
        "d39_law_client_chasing_a_callback_sees_the_attorney_ringing_and_hangs_up",
        "t_law", (
            S("Hi, um, I'm calling because I was expecting a call back from one of your "
              "attorneys about my case, and—"),
            S("Oh, wait, hold on. Sorry, that's him calling me on my other line right now, I can "
              "see the firm's number."),
            S("Never mind, I've got to grab this. Sorry! Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 16:45",
        caller="+12155550186", tags=("hangup",)),

    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) ----------------------
    Scenario(
        "d39_plumb_kitchen_sink_leak_came_back_two_weeks_after_the_repair",
        "t_plumb", (
            S("Hi, you had a plumber out here two weeks ago to fix a leak under my kitchen sink, "
              "and it's started dripping again, same spot. I'm not happy about it, honestly, I "
              "paid for that repair."),
            S("It's not an emergency, I shut off the valve under the sink and it's just a wet "
              "cabinet, nothing is leaking now. I own the house. The address is forty-two "
              "Birchwood Lane, Medford, zero two one five five."),
            S("Can someone come back Thursday the twelfth, in the nine o'clock window, nine in "
              "the morning?"),
            S("The name is Patrick Doyle, D, O, Y, L, E, and the number is the one I'm calling "
              "from, seven eight one, five five five, oh one two four."),
            S("So that's Patrick Doyle, forty-two Birchwood Lane, Thursday the twelfth at nine A "
              "M, for the kitchen sink leak that came back, seven eight one, five five five, oh "
              "one two four. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Patrick Doyle", "+17815550124",
                        about=r"leak|sink|drip"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 07:20",
        caller="+17815550124", tags=("booking",)),
    Scenario(
        "d39_plumb_toilet_running_again_after_the_flapper_renter_with_the_landlords_ok",
        "t_plumb", (
            S("Hey, your guy replaced the flapper in my upstairs toilet last month, and it's "
              "running again, it keeps refilling every few minutes all night."),
            S("There's no leak on the floor, nothing urgent, it just runs. I rent, my landlord is "
              "Gary Simmons and he already said it's fine to go ahead. The address is eighteen "
              "Elm Street, apartment two, Somerville, zero two one four four."),
            S("Saturday the fourteenth at eleven in the morning would work for me."),
            S("My name is Olivia Brandt, B, R, A, N, D, T, and my number is the one I'm calling "
              "from, eight five seven, five five five, oh one one three."),
            S("So, Olivia Brandt, eighteen Elm Street apartment two, Saturday the fourteenth at "
              "eleven A M, the toilet that keeps running, eight five seven, five five five, oh "
              "one one three. Book it, please."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Olivia Brandt", "+18575550113",
                        about=r"toilet|running|flapper"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-12 18:30",
        caller="+18575550113", tags=("booking",)),
    Scenario(
        "d39_plumb_no_hot_water_again_a_month_after_the_heater_repair_asks_warranty",
        "t_plumb", (
            S("Morning. You repaired my water heater about a month ago, replaced a part on it, "
              "and since yesterday there's no hot water again. Is your work guaranteed?",
              r"guarant|warrant"),
            S("There's no leak, no water on the floor and no gas smell, it just won't heat. I own "
              "the house, it's three oh five Quarry Road, Quincy, zero two one six nine."),
            S("I'd like someone out Monday the sixteenth, the first window, seven in the "
              "morning."),
            S("It's Samuel Whitfield, W, H, I, T, F, I, E, L, D. The best number is my cell, six "
              "one seven, five five five, oh one six eight, not the house phone I'm on."),
            S("So that's Samuel Whitfield, three oh five Quarry Road, Monday the sixteenth at "
              "seven A M, no hot water again after the water heater repair, cell six one seven, "
              "five five five, oh one six eight. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 07:00", "Samuel Whitfield", "+16175550168",
                        about=r"water heater|hot water|heat"),),
        said=(at(16, "07:00"), read_back("+16175550168")), ends_call=True,
        clock="2026-03-14 10:05", caller="+17815550171", tags=("booking",)),
    Scenario(
        "d39_plumb_drain_cleaning_charged_twice_message_for_the_office",
        "t_plumb", (
            S("Hi, I'm calling about my invoice. You cleared the drain in my basement last "
              "Friday, and my credit card was charged two hundred twenty-five dollars twice."),
            S("The work was fine, I'm not complaining about that, I just want one of the charges "
              "refunded. Can someone from the office call me back about it?"),
            S("My name is Harriet Quinn, Q, U, I, N, N. My number is nine seven eight, five five "
              "five, oh one three six."),
            S("So, Harriet Quinn, nine seven eight, five five five, oh one three six, charged "
              "twice for the drain cleaning last Friday. Please pass that on."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harriet Quinn", "+19785550136",
                          about=r"charg|twice|refund|invoice|bill|double", urgent=False),),
        ends_call=True, clock="2026-03-11 13:30", caller="+19785550136", tags=("message",)),
    Scenario(
        "d39_plumb_sunday_night_water_through_the_kitchen_ceiling_after_fridays_pipe_fix",
        "t_plumb", (
            S("Hi, it's an emergency! You fixed a leaking pipe in our upstairs bathroom on "
              "Friday, and now water is coming through the kitchen ceiling, right by the light "
              "fixture. It's dripping fast.",
              r"shut|valve|main|turn (?:the water )?off|electric|breaker|911"),
            S("I don't know where the main shut-off is. Okay, my husband found it in the "
              "basement, he's turning it off now. And we've switched the kitchen breaker off "
              "too."),
            S("We need someone out as soon as possible. The address is seventy-seven Harbor View "
              "Road, Hull, zero two zero four five. My name is Grace Liang, L, I, A, N, G."),
            S("My number is three three nine, five five five, oh one five nine. That's Grace "
              "Liang, three three nine, five five five, oh one five nine, water coming through "
              "the kitchen ceiling after Friday's pipe repair."),
            S("Please have someone call us right back. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Grace Liang", "+13395550159", about=r"ceiling|water|leak|pipe",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 20:10", caller="+13395550159",
        tags=("emergency",)),
    Scenario(
        "d39_plumb_spanish_caller_sink_leak_came_back_wants_a_spanish_speaker_to_call",
        "t_plumb", (
            S("Hola, buenas tardes. ¿Habla español? Ustedes vinieron a arreglar la fuga debajo "
              "del fregadero de la cocina hace dos semanas y ya volvió a gotear.", NOT_ENGLISH),
            S("No es una emergencia, cerré la llave de paso y ya no sale agua. Quiero que alguien "
              "que hable español me llame para volver a venir."),
            S("Me llamo Rosa Delgado, D, E, L, G, A, D, O. Mi número es el mismo del que llamo, "
              "seis dos seis, cinco cinco cinco, cero uno siete tres."),
            S("Repito: Rosa Delgado, seis dos seis, cinco cinco cinco, cero uno siete tres, la "
              "fuga del fregadero que volvió. Gracias."),
            S("Muchas gracias, adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+16265550173",
                          about=r"spanish|espa[nñ]ol|fuga|leak|gote|drip|agua|water|sink"
                                r"|fregadero",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 14:00", caller="+16265550173",
        tags=("spanish",)),

    # --- salon (Tuesday to Saturday, closed Sunday and Monday; hour-long slots) ---------------
    Scenario(
        "d39_salon_colour_elsewhere_came_out_almost_black_books_a_consultation_on_monday",
        "t_salon", (
            S("Hi, I know you're closed Mondays, I'm hoping you can still help. I got my hair "
              "coloured at another salon on Saturday, it was supposed to be a soft caramel brown "
              "and it came out almost black. I'm devastated."),
            S("I want someone to fix it, so I'm guessing I need a colour correction. My hair is "
              "shoulder length and pretty thick. I've never been to your salon before, and any "
              "stylist is fine."),
            S("Could I come in Wednesday the eleventh at five in the afternoon, for the "
              "consultation first?"),
            S("My name is Priscilla Young, Y, O, U, N, G, and you can call me at the number I'm "
              "calling from, four one five, five five five, oh one eight four."),
            S("So that's Priscilla Young, a colour consultation Wednesday the eleventh at five P "
              "M, to fix the colour that came out too dark, four one five, five five five, oh "
              "one eight four. Please book it."),
            S("Thank you so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-11 17:00", "Priscilla Young", "+14155550184",
                        about=r"consult|correct|colou?r"),),
        said=(at(11, "17:00"),), ends_call=True, clock="2026-03-09 11:00",
        caller="+14155550184", tags=("booking",)),
    Scenario(
        "d39_salon_haircut_an_inch_uneven_books_saturday_to_have_it_fixed",
        "t_salon", (
            S("Hi, I had a haircut with you last Thursday and it's noticeably uneven, the left "
              "side is a good inch longer than the right. I'd like it fixed."),
            S("I'm a returning client, it was a women's cut and style. The same stylist is fine, "
              "or anyone who's free, I just want it even."),
            S("Saturday the fourteenth at ten in the morning works for me."),
            S("My name is Rachel Abernathy, A, B, E, R, N, A, T, H, Y, and my number is the one "
              "I'm calling from, three four seven, five five five, oh one five six."),
            S("So, Rachel Abernathy, Saturday the fourteenth at ten A M, to fix the uneven "
              "haircut, three four seven, five five five, oh one five six. Go ahead and book "
              "it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Rachel Abernathy", "+13475550156",
                        about=r"cut|uneven|fix|trim"),),
        said=(at(14, "10:00"),), ends_call=True, clock="2026-03-11 19:20",
        caller="+13475550156", tags=("booking",)),
    Scenario(
        "d39_salon_late_cancellation_fee_after_three_days_notice_message_for_the_manager",
        "t_salon", (
            S("Hi, I was charged a late cancellation fee on my card, but I cancelled my blowout "
              "three days ahead, by text, and I still have the text. So I shouldn't have been "
              "charged."),
            S("I don't need to book anything. I'd just like the manager to look into it and call "
              "me back about getting the fee refunded."),
            S("I'm Monique Dubois, D, U, B, O, I, S, and my number is five five one, five five "
              "five, oh one four eight."),
            S("So it's Monique Dubois, five five one, five five five, oh one four eight, charged "
              "a cancellation fee after I cancelled three days ahead. Thanks."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Monique Dubois", "+15515550148", about=r"fee|charg|cancel|refund",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 12:40", caller="+15515550148", tags=("message",)),
    Scenario(
        "d39_salon_moves_the_toner_that_fixes_the_brassiness_to_saturday",
        "t_salon", (
            S("Hi, I have an appointment on Thursday the twelfth at five in the afternoon for a "
              "toner, to fix the brassiness from my last colour. I need to move it."),
            S("Something came up at work Thursday evening. The name on it is Hannah Kessler, K, "
              "E, S, S, L, E, R, and I'm calling from the number it's under."),
            S("Could you move it to Saturday the fourteenth at one in the afternoon?"),
            S("Yes, so move Hannah Kessler from Thursday at five to Saturday the fourteenth at "
              "one P M, the same toner appointment, the same number."),
            S("Perfect, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 13:00", "Hannah Kessler", "+19085550152"),),
        cancelled=("2026-03-12 17:00",), said=(at(14, "13:00"),), ends_call=True,
        seed=(Seed("2026-03-12 17:00", "Hannah Kessler", "+19085550152"),),
        clock="2026-03-10 10:15", caller="+19085550152", tags=("move",)),
    Scenario(
        "d39_salon_balayage_came_out_orange_and_patchy_checks_the_price_then_a_person",
        "t_salon", (
            S("Hi, I was in your salon last Saturday for balayage."),
            S("Before anything else, what is your price for balayage? I want to check what I "
              "paid.", r"195|one hundred (?:and )?ninety[- ]five"),
            S("Okay, that's what I paid, and it came out orange and patchy, nothing like the "
              "photo I showed. I'm really unhappy. I'd like to speak to a person, a manager, "
              "right now please.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-13 11:30",
        caller="+19175550127", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "d39_salon_checks_the_highlights_receipt_the_blowout_price_and_the_policy",
        "t_salon", (
            S("Hi, quick question about my receipt. I had partial highlights done today and I "
              "was charged one hundred thirty-five dollars. Is that your regular price for "
              "partial highlights?", r"135|one hundred (?:and )?thirty[- ]five"),
            S("Okay, good. And if I add a blowout next time, how much is a blowout?",
              r"45|forty[- ]five"),
            S("And what's your cancellation policy? I want to know before I book the next one.",
              r"24|twenty[- ]four"),
            S("Great, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 16:20",
        caller="+17325550145", tags=("info",)),

    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ----
    Scenario(
        "d39_homes_never_got_the_market_analysis_books_the_valuation_again_saturday",
        "t_homes", (
            S("Hi, I met with one of your agents back in January about selling my house, and "
              "they said they'd send me a market analysis, and I never got it. I'd still like to "
              "sell, so let's try this again."),
            S("I want to sell. The house is at two nineteen Chestnut Street in Newton. It's not "
              "listed with any other agency, and I'd like to be on the market by May."),
            S("Could I book the home valuation and listing consultation for Saturday the "
              "fourteenth at eleven in the morning? My email is lena dot park at example dot "
              "com."),
            S("I'm Lena Park, P, A, R, K, and my number is the one I'm calling from, six one "
              "seven, five five five, oh one four three."),
            S("So that's Lena Park, a home valuation for two nineteen Chestnut Street, Saturday "
              "the fourteenth at eleven A M, six one seven, five five five, oh one four three. "
              "Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Lena Park", "+16175550143",
                        about=r"valu|listing|sell|chestnut"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-10 12:10",
        caller="+16175550143", tags=("booking",)),
    Scenario(
        "d39_homes_agent_never_showed_up_last_sunday_books_the_showing_again",
        "t_homes", (
            S("Hi, I had a showing booked last Sunday for the house at eighty-eight Linden "
              "Avenue and the agent never showed up. I waited twenty minutes outside. I'm still "
              "interested, though."),
            S("I'm buying, I'm pre-approved for a mortgage, I'm not working with another agent, "
              "and I'd like to move in by the summer."),
            S("Can you book me a showing of eighty-eight Linden Avenue on Sunday the fifteenth at "
              "one in the afternoon? My email is marcus dot reid at example dot com."),
            S("My name is Marcus Reid, R, E, I, D, and my number is the one I'm calling from, "
              "nine one seven, five five five, oh one three nine."),
            S("So, Marcus Reid, a showing at eighty-eight Linden Avenue on Sunday the fifteenth "
              "at one P M, nine one seven, five five five, oh one three nine. Please book it, and "
              "please make sure someone shows up this time."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Marcus Reid", "+19175550139",
                        about=r"show|linden"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-12 19:30",
        caller="+19175550139", tags=("booking",)),
    Scenario(
        "d39_homes_rental_application_unanswered_books_a_showing_of_another_unit",
        "t_homes", (
            S("Hi, I applied for the two-bedroom rental on Oak Street two weeks ago, and nobody "
              "has gotten back to me, not even a no. That's frustrating."),
            S("I'm looking to rent, and I'd like to move in on April first. If the Oak Street one "
              "is gone, I want to see the one-bedroom at fifty Maple Court instead."),
            S("Could I see fifty Maple Court on Tuesday the seventeenth at five thirty in the "
              "afternoon? I'm Jasmine Ortiz, O, R, T, I, Z."),
            S("My email is jasmine dot ortiz at example dot com, and my number is the one I'm "
              "calling from, two one two, five five five, oh one nine four."),
            S("So that's Jasmine Ortiz, a rental showing at fifty Maple Court, Tuesday the "
              "seventeenth at five thirty P M, two one two, five five five, oh one nine four. "
              "Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:30", "Jasmine Ortiz", "+12125550194",
                        about=r"rent|show|maple"),),
        said=(at(17, "17:30"),), ends_call=True, clock="2026-03-13 09:45",
        caller="+12125550194", tags=("booking",)),
    Scenario(
        "d39_homes_managed_condo_dishwasher_still_broken_owner_wants_the_manager",
        "t_homes", (
            S("Hi, I own a condo that your office manages for me, and my tenant tells me the "
              "broken dishwasher she reported a month ago still hasn't been fixed. I'm not happy "
              "about that."),
            S("I'd like the property manager to call me back today or tomorrow and tell me "
              "what's going on with the repair."),
            S("My name is Robert Castellano, C, A, S, T, E, L, L, A, N, O, and my number is five "
              "zero eight, five five five, oh one six six."),
            S("That's Robert Castellano, five zero eight, five five five, oh one six six, about "
              "the dishwasher at my condo that still isn't fixed. Thanks."),
            S("Okay, thanks. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Robert Castellano", "+15085550166",
                          about=r"dishwasher|repair|tenant|condo|manag", urgent=False),),
        ends_call=True, clock="2026-03-10 17:50", caller="+15085550166", tags=("message",)),
    Scenario(
        "d39_homes_moves_the_talk_about_the_rejected_offer_to_thursday",
        "t_homes", (
            S("Hi, I have a buyer consultation on Monday the sixteenth at ten in the morning, to "
              "go over what went wrong with our last offer. I need to move it."),
            S("The name on it is Tamara Lewis, L, E, W, I, S, and I'm calling from the same "
              "number it's booked under."),
            S("Could we do Thursday the nineteenth at three thirty in the afternoon instead?"),
            S("So please move Tamara Lewis from Monday at ten to Thursday the nineteenth at three "
              "thirty P M, the same consultation."),
            S("Perfect, thank you. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:30", "Tamara Lewis", "+17815550189"),),
        cancelled=("2026-03-16 10:00",), said=(at(19, "15:30"),), ends_call=True,
        seed=(Seed("2026-03-16 10:00", "Tamara Lewis", "+17815550189"),),
        clock="2026-03-11 14:30", caller="+17815550189", tags=("move",)),
    Scenario(
        "d39_homes_awkward_showing_yesterday_asks_what_to_bring_and_what_to_sign",
        "t_homes", (
            S("Hi, I went to a showing with one of your agents yesterday and it was a bit "
              "awkward, they asked me for things I didn't have with me. What should I bring to a "
              "showing?", r"photo ID|\bID\b|identification"),
            S("And do I need to be pre-approved to see a house? I'm still waiting on my bank.",
              r"not (?:always )?(?:required|necessary|needed)|isn't (?:always )?(?:required"
              r"|necessary|needed)|prefer|help"),
            S("And do I have to sign something before I tour a house with an agent? Nobody "
              "mentioned that.", r"agreement|contract"),
            S("Okay, that clears it up. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 12:30",
        caller="+16175550178", tags=("info",)),

    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) ------------------
    Scenario(
        "d39_auto_brake_squeal_back_two_weeks_after_the_pads_books_thursday_early",
        "t_auto", (
            S("Hi, you replaced the front brake pads on my car about two weeks ago, and now "
              "there's a squeal again when I brake, the same noise I brought it in for in the "
              "first place."),
            S("It's a twenty nineteen Toyota RAV4, about fifty-two thousand miles. The brakes "
              "feel normal, it stops fine, it's just the noise. I can drive it in, and I'll drop "
              "it off."),
            S("Can I bring it in Thursday the twelfth at eight thirty in the morning? And your "
              "repairs come with a warranty, right?", r"warrant|guarant"),
            S("I'm Anthony Russo, R, U, S, S, O, and the number is the one I'm calling from, "
              "eight six zero, five five five, oh one two two."),
            S("So that's Anthony Russo, the twenty nineteen RAV4, Thursday the twelfth at eight "
              "thirty A M, the brake squeal that came back, eight six zero, five five five, oh "
              "one two two. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Anthony Russo", "+18605550122",
                        about=r"brake|squeal|nois"),),
        said=(at(12, "08:30"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+18605550122", tags=("booking",)),
    Scenario(
        "d39_auto_check_engine_light_back_after_the_sensor_fix_books_saturday_on_his_cell",
        "t_auto", (
            S("Hey, I paid for the check engine diagnostic last month and you fixed a sensor, "
              "and the check engine light came back on this morning. It's steady, not "
              "flashing."),
            S("It's a twenty fifteen Ford Focus, around ninety-eight thousand miles. It drives "
              "normally, no smoke, no smells. I'll drop it off."),
            S("Saturday the fourteenth at nine in the morning, if you have it. I want the same "
              "thing looked at again."),
            S("The name is Luis Ferreira, F, E, R, R, E, I, R, A. Use my cell, please, four zero "
              "four, five five five, oh one eight seven, not this number."),
            S("So that's Luis Ferreira, the twenty fifteen Focus, Saturday the fourteenth at nine "
              "A M, the check engine light back on, cell four zero four, five five five, oh one "
              "eight seven. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Luis Ferreira", "+14045550187",
                        about=r"check engine|light|diagnos|sensor"),),
        said=(at(14, "09:00"), read_back("+14045550187")), ends_call=True,
        clock="2026-03-11 17:40", caller="+14045550110", tags=("booking",)),
    Scenario(
        "d39_auto_oil_change_charged_twice_message_for_billing",
        "t_auto", (
            S("Hi, I picked up my car from you on Monday after an oil change, and my bank "
              "statement shows two charges of eighty-nine dollars."),
            S("I only had the one oil change. Can a service advisor, or whoever does the billing, "
              "call me back about refunding the extra charge?"),
            S("My name is Beatrice Langford, L, A, N, G, F, O, R, D, and my number is three one "
              "two, five five five, oh one six one."),
            S("So, Beatrice Langford, three one two, five five five, oh one six one, charged "
              "twice for one oil change on Monday. Thank you."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Beatrice Langford", "+13125550161",
                          about=r"charg|twice|double|refund|bill|oil", urgent=False),),
        ends_call=True, clock="2026-03-12 10:20", caller="+13125550161", tags=("message",)),
    Scenario(
        "d39_auto_brake_pedal_sinks_an_hour_after_picking_up_the_brake_job",
        "t_auto", (
            S("Hi, I just picked up my truck from you an hour ago after the brake job, and on the "
              "way home the brake pedal went almost to the floor. I barely stopped at a light.",
              NO_DRIVING, SAFE_TO_DRIVE),
            S("I'm pulled over in a parking lot now, I'm okay, nobody's hurt. It's a twenty "
              "seventeen Chevy Silverado."),
            S("I need someone from the shop to call me right away about this. My name is Curtis "
              "Maddox, M, A, D, D, O, X, and my number is six one five, five five five, oh one "
              "nine three."),
            S("Curtis Maddox, six one five, five five five, oh one nine three, the brakes going "
              "soft right after the brake job today. Please tell them it's urgent."),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Curtis Maddox", "+16155550193", about=r"brake|pedal",
                          urgent=True),),
        ends_call=True, clock="2026-03-13 17:40", caller="+16155550193",
        tags=("emergency",)),
    Scenario(
        "d39_auto_still_pulls_after_the_alignment_cancels_monday_for_the_dealer",
        "t_auto", (
            S("Hi, I need to cancel an appointment. I'm booked Monday the sixteenth at ten "
              "thirty in the morning."),
            S("The car still pulls to the right after the alignment you did in February, and "
              "I've decided to take it to the dealer instead. No offence."),
            S("The name is Jennifer Walsh, W, A, L, S, H, and I'm calling from the number the "
              "appointment is under."),
            S("Yes, please cancel Jennifer Walsh, Monday the sixteenth at ten thirty. I don't "
              "want to rebook."),
            S("That's it, thanks. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-16 10:30",), ends_call=True,
        seed=(Seed("2026-03-16 10:30", "Jennifer Walsh", "+15165550176"),),
        clock="2026-03-12 15:00", caller="+15165550176", tags=("cancel",)),
    Scenario(
        "d39_auto_civic_in_the_shop_since_monday_no_estimate_asks_for_an_advisor",
        "t_auto", (
            S("Hi there, I'm the one with the silver twenty seventeen Honda Civic, I dropped it "
              "off with you on Monday morning for a grinding noise in the front end."),
            S("First, you're open until six today, right? I need to know how late I can get "
              "there.", r"\b6\b|six|6 ?pm|6:00"),
            S("Because nobody has called me with an estimate since Monday, and I've called "
              "twice. I'm really frustrated. Can you put me through to a service advisor, a real "
              "person, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 11:15",
        caller="+16175550196", overrides=TRANSFER_LINE, tags=("person",)),

    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) -------------------
    Scenario(
        "d39_vet_beagle_still_limping_a_week_after_the_visit_books_a_recheck",
        "t_vet", (
            S("Hi, we brought our dog Biscuit in last Monday because she was limping on her back "
              "left leg, and she's still limping a week later. The vet said to call if she "
              "wasn't better."),
            S("She's not in a lot of pain, she's eating and walking around, she's just favouring "
              "that leg. She's a four-year-old beagle, and we're existing clients."),
            S("Could we bring her in Thursday the twelfth at ten thirty in the morning for a "
              "recheck?"),
            S("I'm Megan Sullivan, S, U, L, L, I, V, A, N, and my number is the one I'm calling "
              "from, six one seven, five five five, oh one five one."),
            S("So, Megan Sullivan, Biscuit the beagle, Thursday the twelfth at ten thirty A M, a "
              "recheck for the limp, six one seven, five five five, oh one five one. Please book "
              "it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:30", "Megan Sullivan", "+16175550151",
                        about=r"limp|leg|recheck|sick"),),
        said=(at(12, "10:30"),), ends_call=True, clock="2026-03-10 08:30",
        caller="+16175550151", tags=("booking",)),
    Scenario(
        "d39_vet_cats_ear_infection_back_after_the_drops_books_saturday_on_his_wifes_cell",
        "t_vet", (
            S("Hi, our cat Pepper was treated for an ear infection a couple of weeks ago, we "
              "finished all the drops, and she's scratching at the same ear again and shaking "
              "her head."),
            S("She's eating and acting normal otherwise. She's a six-year-old tabby, and we've "
              "been coming to you for years."),
            S("Saturday the fourteenth at nine thirty in the morning would be best for us."),
            S("My name is Thomas Greenberg, G, R, E, E, N, B, E, R, G. Please call my wife's cell "
              "for this, seven one eight, five five five, oh one seven nine, not the number I'm "
              "calling from."),
            S("So that's Thomas Greenberg, Pepper the cat, Saturday the fourteenth at nine thirty "
              "A M, the ear infection that came back, seven one eight, five five five, oh one "
              "seven nine. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Thomas Greenberg", "+17185550179",
                        about=r"ear|scratch|infect|sick"),),
        said=(at(14, "09:30"), read_back("+17185550179")), ends_call=True,
        clock="2026-03-11 18:40", caller="+17185550144", tags=("booking",)),
    Scenario(
        "d39_vet_booster_reminder_never_came_books_the_late_distemper_shot",
        "t_vet", (
            S("Hi, we got our puppy's first distemper shot with you in January, and we were told "
              "we'd get a reminder for the next one, and we never did. Now I think she's a couple "
              "of weeks late."),
            S("She's healthy, no problems at all, she's a five-month-old Lab mix named Juniper. "
              "We're existing clients. How much is the distemper vaccine again?",
              r"35|thirty[- ]five"),
            S("Could we come in Wednesday the eighteenth at four in the afternoon for the "
              "booster?"),
            S("It's Daniela Ruiz, R, U, I, Z, and the number is the one I'm calling from, nine "
              "one nine, five five five, oh one three four."),
            S("So, Daniela Ruiz, Juniper the puppy, Wednesday the eighteenth at four P M, for the "
              "distemper booster, nine one nine, five five five, oh one three four. Yes, please "
              "book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:00", "Daniela Ruiz", "+19195550134",
                        about=r"distemper|vaccin|booster|shot"),),
        said=(at(18, "16:00"),), ends_call=True, clock="2026-03-13 12:15",
        caller="+19195550134", tags=("booking",)),
    Scenario(
        "d39_vet_medicated_shampoo_ran_out_early_message_for_the_vet",
        "t_vet", (
            S("Hi, our dog Rocco was seen on Friday for his skin allergies, and the medicated "
              "shampoo you sent home with us has run out already, way before the two weeks the "
              "vet said."),
            S("He's doing okay, it's not an emergency. Could the vet or a technician call me back "
              "about getting more, or whether we should just stop?"),
            S("My name is Frank Morrison, M, O, R, R, I, S, O, N, and my number is two zero one, "
              "five five five, oh one eight one."),
            S("So, Frank Morrison, two zero one, five five five, oh one eight one, Rocco's "
              "medicated shampoo ran out early, please call back. Thanks."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Morrison", "+12015550181",
                          about=r"shampoo|refill|ran out|allerg|rocco", urgent=False),),
        ends_call=True, clock="2026-03-10 12:45", caller="+12015550181", tags=("message",)),
    Scenario(
        "d39_vet_dog_ate_all_the_pain_chews_from_her_spay_saturday_afternoon",
        "t_vet", (
            S("Hi, oh my gosh, our dog just got into the bottle of pain medication you sent home "
              "after her spay on Thursday, and she ate all of them, maybe ten chewable "
              "tablets.", VET_NOW),
            S("She seems okay right now, but I don't know. Okay, we're getting in the car to go "
              "to the emergency animal hospital."),
            S("Please let her vet know. My name is Carla Benedetti, B, E, N, E, D, E, T, T, I, "
              "the dog is Luna, and my number is nine seven three, five five five, oh one two "
              "eight."),
            S("That's Carla Benedetti, nine seven three, five five five, oh one two eight, Luna "
              "ate all her pain pills from the spay. We're leaving now."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carla Benedetti", "+19735550128",
                          about=r"pain|pill|medic|tablet|chew|luna|spay|swallow|ingest",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 14:30", caller="+19735550128",
        tags=("emergency",)),
    Scenario(
        "d39_vet_checks_the_sick_visit_bill_against_the_price_list",
        "t_vet", (
            S("Hi, I'm looking at the bill from my cat's visit yesterday and I want to make sure "
              "it's right. How much is a sick pet exam?", r"85|eighty[- ]five"),
            S("Okay. And the rabies vaccine, how much is that?", r"30|thirty"),
            S("Alright, then it adds up, a hundred fifteen. And you take credit cards, right? I'd "
              "like to pay the rest when I bring her back.", r"card|credit|debit|cash"),
            S("Great, thanks for your help. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 16:45",
        caller="+16035550142", tags=("info",)),
]
