"""A forty-second development set: 48 scripted callers, six in each of the fleet's eight trades,
who are older or find the telephone hard, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-42) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists); only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions. The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses (its first few callers and the judging fields of the
rest: how a move, a cancellation, an emergency and a caller who goes silent are judged) and
tests/scenarios/harness.py; the read-backs from tests/scenarios/spoken.py (`at()`,
`read_back()`); the shape from tests/scenarios/dev_set_shape.py (every rule of it, with the
held-out mix of kinds, KINDS_42 below).

What makes it different: the callers are older people, or people for whom the phone is hard
work. They speak slowly and give what they want piece by piece over several lines (the service
on one line, the patient status or the car on the next, the name spelled letter by letter, the
number in groups); they repeat themselves ("Thursday the nineteenth, nine o'clock"); they ask the
receptionist to say it again, to slow down or to speak up ("what was that, dear?", "you'll have
to say it again, a little slower"); they get a detail wrong and put it right themselves
("Tuesday— no, I mean Thursday, I always mix those two up", "ninety... no, eighty-five, I keep
adding years", "oh one three four— no, no, four three"); they give a landline, the house phone,
often not the line they ring from (a carer's, a son's or a wife's cell, which the receptionist
must not use); they mention a hearing aid that whistles, a television in the next room, a carer,
a wife, a granddaughter or a home aide in the room. What they end up asking for is ordinary: a
cleaning, a loose crown, a yearly physical, a will, a running toilet, a wash and cut, a colour to
cover the grey, a condo on one floor, an oil change, an old cat's checkup, in the held-out sets'
mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback
number, 6 emergencies, 2 moves and 2 cancellations from a seeded booking, 4 question-only calls,
3 asks for a person, 1 Spanish and 1 Italian caller, 1 caller whose hearing aid whistles and who
is gone). Calls ring at realistic hours via `clock=`: before opening, mid-morning, at lunch,
after closing, in the evening, on a Saturday, on a Sunday, on the salon's closed Monday. Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price and hour it looks for is the business's own (profession_data.py): a flu
shot forty dollars, the plumber's service call eighty-nine, a men's haircut thirty-five, a tire
rotation twenty-nine, a rabies vaccine thirty, the agency open on Sundays from noon.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev42

which prints `RESULT dev42_pass_rate=`, measured and never gated.
Its first run, on main at 5c15973, before anyone had read a transcript of it: 39/48 = 0.8125.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script that cannot finish, a fact not the
business's): two were found. The caller whose hearing aid whistles and who is gone was scripted
with three silences, as the exam's silent caller is, but the receptionist asked once whether she
was still there and at the second silence rightly said goodbye and ended the call, so the check
wanting a second "are you still there?" rejected an honest good ending and the script could not
finish; it now has two silences (no spoken line was changed). The vet's straining male cat had
the emergency advice looked for in the reply to his owner's second line, but the receptionist
rightly gave it (the nearest emergency animal hospital, right away) already in reply to the
first and on the second only asked for the name; the advice is now looked for anywhere in the
call (`said=`), and the same check on the dental caller's fall (on his second line, passing in
the first run) was moved the same way, so that it cannot reject the same good reply. The second
run, with those fixes: 41/48 = 0.854. The seven failures that remain are the receptionist's.
A booking cut short: it took the loose crown caller's "could you slow down a little? ... I'd
like the dentist to look at the loose crown, that's all" for a goodbye and hung up before he gave
his number or his day. Two moves: it read each move back and asked "Shall I go ahead?", took "So
please move Dorothy Hale (Marjorie Quinn) from ... to ..." for no answer, asked again, and left
both appointments where they were. A cancellation: it heard "cancel ... Thursday the twelfth at
two" as a booking request, said two o'clock was already taken (by her own appointment), offered
one or three, and cancelled nothing. A booking turned into a message: it answered the man hit by
a delivery van with "nobody available, I can take a message" and passed one on although he asked
for a consultation by phone on Monday the sixteenth at two and said "Please book it". A booking
lost to a self-corrected number: it heard the oil change caller's "oh one three four, no, no,
four three" as 3 PM, then read Thursday the twelfth at nine thirty back correctly and, on his
plain recap, found "12 PM" in it and offered other times, booking nothing. A question call: asked
to say the service call figure again slowly, it offered booking times instead of repeating the
eighty-nine dollars, though the caller had said he was not booking.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a line that asks for a repeat asks it without saying what was heard, and
however slowly a caller got there, a later line says the final day and time (or number) plainly
with the service and the name the booking or message is to be under, and a booking is read back
(`said=`) with its final day and time; where the callback is not the line the call comes from,
`said=` also checks that the whole number was read back, in digits or in words, in order. Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer
to (the caller asks for a person only in the last line). An emergency ends with an urgent
message; a routine message is not urgent. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a request for a person is transferred and not
hung up; the caller who goes silent is asked whether she is still there and then said goodbye
to, and the call is abandoned.
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
# neither English nor Spanish (here Italian)
KINDS_42 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
BYE_ES = BYE + r"|adi[oó]s|hasta luego|que tenga"
BYE_IT = BYE + r"|arrivederci|buona giornata|ciao"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|mi dispiace"
               r"|scusi|italiano|\bnome\b|messaggio|name|message")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|nine one one|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# the same advice looked for anywhere in the call (`said=`), without the bare "now"
VET_SENT = r"emergency|animal hospital|poison|right away|immediately"
# what a car that smokes gets: not to drive it, a tow, or 911
DONT_DRIVE = (r"tow|not (?:to )?drive|don't drive|do not drive|stop driving|911|nine one one"
              r"|safe|away from")
# what a burst pipe gets: shut the water off, or it is treated as an emergency
SHUT_OFF = r"shut|valve|turn (?:the water )?off|main|emergency|urgent"


DEV_CALLERS_42: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d42_dental_eighty_three_hearing_aid_whistles_books_her_cleaning_on_the_house_phone",
        "t_dental", (
            S("Hello? Is this the dentist? Fleet Dental? Oh good. You'll have to bear with me, "
              "dear, I'm eighty-three and I'm not very quick on the telephone."),
            S("I'd like to come in for my cleaning. Just the regular cleaning and checkup. I've "
              "been a patient there for years. No pain, nothing like that."),
            S("What was that, dear? You'll have to say it again, a little slower. My hearing aid "
              "is in, but it whistles on the phone. It's a cleaning I want, a cleaning and a "
              "checkup."),
            S("The insurance is Delta Dental, through my late husband's pension, and I'm the "
              "policy holder now. And my birthday is the second of June, nineteen forty-two."),
            S("The day. Let me look at my calendar. Wednesday the eighteenth, in the morning. "
              "Ten o'clock would suit me, my neighbour can drive me then."),
            S("So that's Edna Price, P, R, I, C, E, for a cleaning, Wednesday the eighteenth of "
              "March at ten in the morning. And my number is this house phone, four one five, "
              "five five five, oh one eight eight. Yes, please book that for me."),
            S("Thank you, dear, you've been very patient. Goodbye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Edna Price", "+14155550188",
                        about=r"clean|check|exam"),),
        said=(at(18, "10:00"),), ends_call=True, clock="2026-03-10 08:05",
        caller="+14155550188", tags=("booking",)),
    Scenario(
        "d42_dental_loose_crown_his_wife_dialled_on_her_cell_home_phone_for_the_callback",
        "t_dental", (
            S("Good morning. This is Harold Whitman. My wife dialled for me, I'm no good with "
              "these little phones. I have a crown that's come a bit loose. Upper right, at the "
              "back."),
            S("No, it doesn't hurt. No swelling. It just wiggles when I chew. I'm an existing "
              "patient, I've been coming to you for, oh, twenty years."),
            S("Sorry, could you slow down a little? I didn't catch all that. I'm a bit hard of "
              "hearing. I'd like the dentist to look at the loose crown, that's all."),
            S("Now, don't use this number, it's my wife's cell phone. Our home phone is two oh "
              "six... five five five... oh one three five. Two oh six, five five five, oh one "
              "three five. And I'm with Cigna, I'm the policy holder, born the third of August, "
              "nineteen forty-six."),
            S("The day I'd like is Thursday the nineteenth, at nine in the morning. Thursday the "
              "nineteenth, nine o'clock."),
            S("So, Harold Whitman, W, H, I, T, M, A, N, for the loose crown, Thursday the "
              "nineteenth at nine in the morning, and the home phone, two oh six, five five five, "
              "oh one three five. Please book it."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Harold Whitman", "+12065550135",
                        about=r"crown|loose"),),
        said=(at(19, "09:00"), read_back("+12065550135")), ends_call=True,
        clock="2026-03-11 10:20", caller="+12065550171", tags=("booking",)),
    Scenario(
        "d42_dental_moved_near_his_daughter_new_patient_exam_television_in_the_next_room",
        "t_dental", (
            S("Hello. I'm calling because I've just moved here, to be near my daughter, and I "
              "need a new dentist. I've never been to you before."),
            S("I'd like the whole thing, the exam and the X-rays and the cleaning, for a new "
              "patient. Nothing hurts. I just haven't been since the move."),
            S("Pardon? You'll have to repeat that, I'm sorry, the television's on in the other "
              "room. My daughter's turning it down now. No, I don't have dental insurance any "
              "more, I'll pay myself."),
            S("My name is Walter Kowalski. That's K, O, W, A, L, S, K, I. Kowalski. Born the "
              "fourteenth of November, nineteen forty-four."),
            S("For the day, Tuesday the seventeenth. In the afternoon, one o'clock. Tuesday the "
              "seventeenth at one."),
            S("So to say it all once more: Walter Kowalski, the new patient exam with X-rays and "
              "cleaning, Tuesday the seventeenth of March at one in the afternoon, and the number "
              "is this house phone, four one two, five five five, oh one five two. Please go "
              "ahead and book it."),
            S("Thank you. Goodbye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Walter Kowalski", "+14125550152",
                        about=r"new patient|exam|x-ray|clean"),),
        said=(at(17, "13:00"),), ends_call=True, clock="2026-03-12 13:10",
        caller="+14125550152", tags=("booking",)),
    Scenario(
        "d42_dental_after_closing_wants_a_printed_receipt_mailed_for_her_insurance",
        "t_dental", (
            S("Hello? Oh, is this the answering, the, the computer? That's all right. I'd like to "
              "leave a message for the office, please."),
            S("I was in last week for my cleaning, and I need a receipt for it. A printed "
              "receipt, mailed to me, for my supplemental insurance. They won't pay me back "
              "without it."),
            S("I'm sorry, say that again? Slowly, please, I'm writing it down. I want a printed "
              "receipt mailed to me for last week's cleaning."),
            S("My name is Gloria Petersen. P, E, T, E, R, S, E, N. Petersen, with an e-n at the "
              "end."),
            S("They can call me on my home phone, it's the one I'm calling on. Five oh three, "
              "five five five, oh one one nine. I'm home all day, but let it ring, I'm slow to "
              "get to it."),
            S("So it's Gloria Petersen, wanting a printed receipt for last week's cleaning mailed "
              "to me for my insurance, on five oh three, five five five, oh one one nine. Thank "
              "you, goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Petersen", "+15035550119",
                          about=r"receipt|bill|statement|invoice|claim|insurance",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 17:40", caller="+15035550119", tags=("message",)),
    Scenario(
        "d42_dental_fell_on_the_front_step_tooth_knocked_out_bleeding_wont_stop_saturday",
        "t_dental", (
            S("Hello, I need help, I've had a fall. I tripped on the front step and hit my "
              "mouth, and it's bleeding. My wife's here holding a towel on it."),
            S("It's been bleeding for twenty minutes and it won't stop. It's soaked the towel. "
              "And one of my front teeth is knocked right out."),
            S("I didn't hear all of that, my hearing aid came out when I fell. Say it again "
              "slowly, please. Should I be going to the emergency room?"),
            S("All right, my wife will drive me to the emergency room now. Please leave a "
              "message for the dentist so they know. My name is Frank Dempsey, D, E, M, P, S, E, "
              "Y."),
            S("My number is six one seven, five five five, oh one six six. That's the cell my "
              "wife has. Six one seven, five five five, oh one six six. Please mark it urgent, "
              "I'll need the tooth seen to. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank Dempsey", "+16175550166",
                          about=r"tooth|teeth|bleed|fall|fell|knock|mouth", urgent=True),),
        said=(ER,), ends_call=True, clock="2026-03-14 10:15", caller="+16175550166",
        tags=("emergency",)),
    Scenario(
        "d42_dental_husband_in_hospital_cancels_her_thursday_and_will_call_back",
        "t_dental", (
            S("Good morning. I have an appointment I need to cancel. I'm sorry to be a "
              "nuisance."),
            S("It's under Betty Lindqvist. L, I, N, D, Q, V, I, S, T. Lindqvist. It's on "
              "Thursday, the twelfth, at two in the afternoon."),
            S("My husband's gone into the hospital, you see, and I won't be able to get there. "
              "So I need to cancel the Thursday one. Thursday the twelfth at two."),
            S("Sorry, dear, what was that? My hearing's not good on this phone. I'll call back "
              "to make a new one when he's home. Just cancel it for now, please."),
            S("Yes, so cancel Betty Lindqvist, Thursday the twelfth at two o'clock. I don't want "
              "a new time today. Thank you, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 14:00",), ends_call=True,
        said=(r"cancel",), seed=(Seed("2026-03-12 14:00", "Betty Lindqvist", "+16125550147"),),
        clock="2026-03-10 09:20", caller="+16125550147", tags=("cancel",)),

    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -------------------------------
    Scenario(
        "d42_clinic_yearly_physical_his_aide_dialled_ninety_no_eighty_five_home_phone",
        "t_clinic", (
            S("Hello. My name is Stanley Brooks. I'm calling about my yearly physical. My home "
              "aide is here with me, she dialled for me, so this is her phone."),
            S("I've been seen at your clinic before, for years, with whichever doctor is free. "
              "My birthday is the ninth of April, nineteen forty. And I have Medicare."),
            S("Could you say that again more slowly? I'm sorry. I'm ninety... no, eighty-five, I "
              "keep adding years. It's the annual physical I want, the yearly one."),
            S("Now the number. Don't use this one, it's my aide's. Use my home phone. Nine one "
              "nine, five five five, oh one one eight. I'll say it again: nine one nine, five "
              "five five, oh one one eight."),
            S("For the day, Monday the sixteenth, twenty to ten in the morning. Nine forty. "
              "Monday the sixteenth at nine forty."),
            S("So: Stanley Brooks, the annual physical, Monday the sixteenth of March at nine "
              "forty in the morning, home phone nine one nine, five five five, oh one one eight. "
              "Book it, please."),
            S("Thank you kindly. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:40", "Stanley Brooks", "+19195550118",
                        about=r"physical|annual|yearly"),),
        said=(at(16, "09:40"), read_back("+19195550118")), ends_call=True,
        clock="2026-03-12 08:10", caller="+19195550140", tags=("booking",)),
    Scenario(
        "d42_clinic_blood_pressure_follow_up_writing_it_on_an_envelope_finds_her_glasses",
        "t_clinic", (
            S("Hello, yes. I'd like to make an appointment. To have my blood pressure looked "
              "at. The doctor said to come back in a month."),
            S("I'm an established patient. Ruth Abernathy. A, B, E, R, N, A, T, H, Y. My date "
              "of birth is the twenty-second of October, nineteen forty-eight."),
            S("I beg your pardon? Could you slow down, dear? I'm writing this all down on the "
              "back of an envelope. It's a follow-up for my blood pressure. I have Medicare and "
              "a supplement. Any doctor is fine."),
            S("I'd like Wednesday the— hold on, let me find my glasses— yes, Wednesday the "
              "eighteenth. Twenty past two in the afternoon, if there's one. Two twenty."),
            S("So that's Ruth Abernathy, a blood pressure follow-up, Wednesday the eighteenth at "
              "two twenty in the afternoon, and my number is this home phone, three three six, "
              "five five five, oh one six two. Please book it."),
            S("Lovely. Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:20", "Ruth Abernathy", "+13365550162",
                        about=r"blood pressure|follow|check"),),
        said=(at(18, "14:20"),), ends_call=True, clock="2026-03-16 12:35",
        caller="+13365550162", tags=("booking",)),
    Scenario(
        "d42_clinic_lisinopril_refill_spelled_out_to_the_cvs_on_elm_a_bit_deaf",
        "t_clinic", (
            S("Hello. I need to ask for a refill on one of my prescriptions. My blood pressure "
              "pills."),
            S("It's lisinopril. L, I, S, I, N, O, P, R, I, L. Ten milligrams. I've got four "
              "pills left."),
            S("Sorry, could you repeat that? Slower, please. I'm a bit deaf. The pharmacy is the "
              "CVS on Elm Street. The CVS on Elm."),
            S("My name is Eugene Marsh. M, A, R, S, H. Born the fifth of January, nineteen "
              "forty-five. I'm a patient there."),
            S("Have the nurse call me on my home phone, seven five seven, five five five, oh one "
              "nine four. That's the one I'm on now. Seven five seven, five five five, oh one "
              "nine four."),
            S("So, Eugene Marsh, a refill of lisinopril to the CVS on Elm Street, and call me "
              "back on seven five seven, five five five, oh one nine four. That's all. Goodbye.",
              BYE),
        ),
        outcome="message_taken",
        messages=(Message("Eugene Marsh", "+17575550194",
                          about=r"refill|lisinopril|prescription|medication", urgent=False),),
        ends_call=True, clock="2026-03-10 16:50", caller="+17575550194", tags=("message",)),
    Scenario(
        "d42_clinic_pressure_in_his_chest_rang_the_doctor_first_then_hangs_up_for_911",
        "t_clinic", (
            S("Hello. I'm calling because I don't feel right. I've got a pressure in my chest, "
              "like a weight sitting on it, and my left arm aches.", ER),
            S("It started about half an hour ago. And I'm a bit short of breath. I thought I'd "
              "ring the doctor first before making a fuss."),
            S("What was that? Say it again slowly, please, I'm a bit hard of hearing."),
            S("All right. All right, I'll ring nine one one. But leave a message for my doctor, "
              "so she knows. My name is Clarence Hobbs. H, O, B, B, S."),
            S("My number is four oh four, five five five, oh one seven seven. It's my home "
              "phone. Four oh four, five five five, oh one seven seven. I'm hanging up to call "
              "nine one one now. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Clarence Hobbs", "+14045550177",
                          about=r"chest|arm|breath|911|heart", urgent=True),),
        ends_call=True, clock="2026-03-10 13:40", caller="+14045550177",
        tags=("emergency",)),
    Scenario(
        "d42_clinic_daughter_drives_her_moves_thursday_ten_to_tuesday_twenty_to_eleven",
        "t_clinic", (
            S("Good morning. I have an appointment on Thursday and I need to change it. My "
              "daughter drives me and she has to work that day."),
            S("The name is Dorothy Hale. H, A, L, E. The appointment is Thursday the twelfth at "
              "ten in the morning."),
            S("Sorry, I didn't hear you properly. Could you say that again, a bit slower? I'd "
              "like to move it to the next week. Tuesday, if you can."),
            S("Tuesday the seventeenth, at twenty to eleven. Ten forty in the morning. My "
              "daughter's off on Tuesdays."),
            S("So please move Dorothy Hale from Thursday the twelfth at ten to Tuesday the "
              "seventeenth at ten forty in the morning. Same phone number, the one I'm calling "
              "on."),
            S("Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:40", "Dorothy Hale", "+17185550163"),),
        cancelled=("2026-03-12 10:00",), said=(at(17, "10:40"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Dorothy Hale", "+17185550163"),),
        clock="2026-03-10 09:05", caller="+17185550163", tags=("move",)),
    Scenario(
        "d42_clinic_before_opening_price_of_a_flu_shot_said_again_slowly_and_what_to_bring",
        "t_clinic", (
            S("Hello? Yes, I just have a question or two. I'm not making an appointment "
              "today."),
            S("How much is a flu shot there if I pay for it myself?", r"\b40\b|forty"),
            S("Could you say the price once more, slowly? I'm writing it down on the pad by the "
              "phone.", r"\b40\b|forty"),
            S("And what do I need to bring with me when I come? Say it slowly, please.",
              r"\bID\b|photo|identification|insurance card|medication"),
            S("Thank you. That's all I wanted. I'll talk to my son about when he can bring me. "
              "Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 07:50",
        caller="+15405550126", tags=("info",)),

    # --- law firm (weekdays 9 to 5; hour-long consultations) --------------------------------
    Scenario(
        "d42_law_widow_of_seventy_nine_wants_her_first_will_in_person_no_email",
        "t_law", (
            S("Hello. I'd like to see someone about making a will. My husband passed in the "
              "autumn and I've never had one of my own."),
            S("It's just for me. Nobody's against me, there's no court or anything like that. "
              "And I haven't got a lawyer. Our old lawyer retired years ago."),
            S("I'm sorry, you'll have to slow down for me. I'm seventy-nine and my ears aren't "
              "what they were. It's a will I want. An estate planning appointment."),
            S("I'd like to come in person, not on the computer. And I don't have email, I'm "
              "afraid. My name is Agnes Mulligan. M, U, L, L, I, G, A, N."),
            S("The day would be Thursday the nineteenth, at ten in the morning. Thursday the "
              "nineteenth at ten."),
            S("So that's Agnes Mulligan, about making my will, Thursday the nineteenth of March "
              "at ten in the morning, in person, and my home phone is six three oh, five five "
              "five, oh one four five, the one I'm ringing from. Yes, book it, please."),
            S("Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Agnes Mulligan", "+16305550145",
                        about=r"will|estate"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 10:30",
        caller="+16305550145", tags=("booking",)),
    Scenario(
        "d42_law_knocked_down_by_a_delivery_van_broke_his_wrist_consult_by_phone",
        "t_law", (
            S("Good afternoon. I was knocked down in a car park, a parking lot, three weeks ago. "
              "A delivery van backed into me. I broke my wrist."),
            S("The van belonged to Quickway Couriers. Quickway. I don't know the driver's name. "
              "No, I haven't got a lawyer. No court date."),
            S("Pardon? Once more, and slowly, please. My hearing aid's in the other ear. I'd "
              "like one of your lawyers to look at it, the injury."),
            S("By telephone would suit me best. I don't get about so well with the wrist. My "
              "name's Raymond Trask. T, R, A, S, K."),
            S("My number is the house phone, eight one six, five five five, oh one three one. "
              "And the day, Monday the sixteenth, two in the afternoon."),
            S("So it's Raymond Trask, about being hit by the delivery van, by phone, Monday the "
              "sixteenth at two in the afternoon, on eight one six, five five five, oh one three "
              "one. Please book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Raymond Trask", "+18165550131",
                        about=r"injur|accident|van|wrist|hit|knock"),),
        said=(at(16, "14:00"),), ends_call=True,
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",
                    r"you(?:'ll| will) win"),
        clock="2026-03-12 15:20", caller="+18165550131", tags=("booking",)),
    Scenario(
        "d42_law_roofer_kept_her_deposit_granddaughter_helps_on_her_cell_home_phone",
        "t_law", (
            S("Hello. I need to talk to a lawyer about a roofing man. I paid him a deposit in "
              "January and he never came back to do the roof."),
            S("It was four thousand dollars. The company is Summit Roofing, and the man is Dale "
              "Pruitt. P, R, U, I, T, T. There's no court date. I haven't got a lawyer."),
            S("Sorry, could you say that again? I'm a little slow on the phone. My granddaughter's "
              "here and she's helping me. It's about the deposit for the roof."),
            S("In person, please, my granddaughter will bring me. My name is Irene Castillo. C, "
              "A, S, T, I, L, L, O. And this is my granddaughter's cell phone. Please use my home "
              "phone: seven two oh, five five five, oh one oh four."),
            S("For the day, Wednesday the twenty-fifth, at eleven in the morning. Wednesday the "
              "twenty-fifth, eleven o'clock."),
            S("So, Irene Castillo, about the roofer who took my deposit, in person, Wednesday the "
              "twenty-fifth of March at eleven in the morning, and my home phone, seven two oh, "
              "five five five, oh one oh four. Please book that."),
            S("Thank you so much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-25 11:00", "Irene Castillo", "+17205550104",
                        about=r"roof|deposit|contract|Summit"),),
        said=(at(25, "11:00"), read_back("+17205550104")), ends_call=True,
        clock="2026-03-20 09:45", caller="+17205550158", tags=("booking",)),
    Scenario(
        "d42_law_evening_message_probate_letter_about_his_sisters_estate_on_his_sons_cell",
        "t_law", (
            S("Hello. I'd like to leave a message for one of the lawyers, please. It's after "
              "hours, I know."),
            S("My sister passed away in December, and I've had a letter from the county probate "
              "court about her estate. I don't understand it. I'd like a lawyer to ring me about "
              "it."),
            S("What was that? I'm sorry, say it again slowly. I've got the letter here in front "
              "of me. It's from the probate court, about my sister's estate. There's no date on "
              "it that I can see, nothing urgent."),
            S("My name is Herbert Lang. L, A, N, G. I'm on my son's cell phone, so don't use "
              "this number. My home phone is five one three, five five five, oh one two oh."),
            S("Once more, slowly: five one three, five five five, oh one two oh. That's the "
              "house. I'm in every morning."),
            S("So it's Herbert Lang, about the probate letter for my sister's estate, call me at "
              "home on five one three, five five five, oh one two oh. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Herbert Lang", "+15135550120",
                          about=r"probate|estate|sister|letter", urgent=False),),
        said=(read_back("+15135550120"),), ends_call=True, clock="2026-03-11 18:30",
        caller="+15135550187", tags=("message",)),
    Scenario(
        "d42_law_eighty_one_not_good_with_the_telephone_asks_for_a_real_person",
        "t_law", (
            S("Hello? Is this Fleet Law? The law office? I'm sorry, I'm not very good with the "
              "telephone these days."),
            S("I'm eighty-one and my hearing isn't what it was. Could you speak up a little, and "
              "go slowly for me, please?"),
            S("It's about my late husband's affairs. It's all rather complicated, and I'd find "
              "it so much easier to explain to a real person. Could you put me through to "
              "someone at the firm, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 11:15", caller="+12015550116", tags=("person",)),
    Scenario(
        "d42_law_italian_grandfather_wants_a_will_number_in_italian_and_in_english",
        "t_law", (
            S("Buongiorno. Scusi, parlo poco inglese. Sono anziano. Vorrei fare testamento, un "
              "testamento, per la mia famiglia.", NOT_ENGLISH),
            S("Mi chiamo Giuseppe Russo. R, U, S, S, O. Russo. Giuseppe."),
            S("Come? Più piano, per favore, non sento bene. Il mio numero... my number, three one "
              "two, five five five, zero one seven four. Tre uno due, cinque cinque cinque, zero "
              "uno sette quattro."),
            S("Per favore, un avvocato mi chiami per il testamento. A lawyer, call me, for the "
              "will. Grazie."),
            S("Grazie mille. Arrivederci.", BYE_IT),
        ),
        outcome="message_taken",
        messages=(Message("Giuseppe Russo", "+13125550174",
                          about=r"testament|will|estate|lawyer|avvocato|attorney|Italian"
                                r"|italiano",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 10:00", caller="+13125550174",
        tags=("language",)),

    # --- plumbing (Monday to Saturday 7 to 7; two-hour windows from 7) -----------------------
    Scenario(
        "d42_plumb_toilet_runs_all_night_address_said_twice_thursday_not_tuesday",
        "t_plumb", (
            S("Good morning. I've got a toilet that keeps running. It runs and runs, all night, "
              "I can hear it from my bed."),
            S("It's not leaking on the floor. The water's just running in the bowl. I own the "
              "house. I've lived here since nineteen seventy."),
            S("The address is eleven forty-two Birchwood Lane. Birchwood, like the tree. The ZIP "
              "code is nine seven two one four."),
            S("Say that again, please? Slowly. I'm hard of hearing. The address is one one four "
              "two Birchwood Lane, nine seven two one four."),
            S("My name is Leonard Bauer. B, A, U, E, R. And the day I'd like is Tuesday— no, "
              "Thursday, I meant Thursday. Thursday the twelfth. Nine o'clock in the morning."),
            S("So that's Leonard Bauer, the running toilet, at eleven forty-two Birchwood Lane, "
              "Thursday the twelfth at nine in the morning, and my home phone, the one I'm "
              "calling on, five oh three, five five five, oh one seven three. Please book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Leonard Bauer", "+15035550173",
                        about=r"toilet|running"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 07:15",
        caller="+15035550173", tags=("booking",)),
    Scenario(
        "d42_plumb_no_hot_water_since_yesterday_hearing_aid_battery_low_saturday_window",
        "t_plumb", (
            S("Hello. I've got no hot water. Since yesterday. The water heater's in the garage "
              "and it's just not heating."),
            S("No, there's no water on the floor. Nothing leaking that I can see. It's just "
              "cold. I own the house, it's paid off."),
            S("What was that, dear? Slower, please. My hearing aid battery is low. The address is "
              "three oh eight Aspen Drive, eight oh five two one."),
            S("My name is Hazel Cunningham. C, U, N, N, I, N, G, H, A, M. My home phone is nine "
              "seven oh, five five five, oh one two eight."),
            S("I'd like Saturday, this Saturday, the twenty-first. Eleven in the morning. My "
              "nephew can be here then."),
            S("So Hazel Cunningham, no hot water, three oh eight Aspen Drive, Saturday the "
              "twenty-first at eleven in the morning, home phone nine seven oh, five five five, "
              "oh one two eight. Book it, please."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Hazel Cunningham", "+19705550128",
                        about=r"hot water|heater"),),
        said=(at(21, "11:00"),), ends_call=True, clock="2026-03-18 19:40",
        caller="+19705550128", tags=("booking",)),
    Scenario(
        "d42_plumb_sunday_message_warranty_on_the_dripping_faucet_from_his_carers_phone",
        "t_plumb", (
            S("Hello. I'd like to leave a message for the office, please. It's Sunday, I know "
              "nobody's there."),
            S("Your man put in a new kitchen faucet for me last month, in February, and it's "
              "started dripping again. Only a little drip into the sink, nothing on the floor. "
              "I want to know if the warranty covers it."),
            S("I'm sorry, could you speak slower? My carer is here, she's helping me with the "
              "phone. It's the kitchen faucet, and the warranty."),
            S("My name is Chester Nakamura. N, A, K, A, M, U, R, A. This is my carer's phone. "
              "Please call me at home: four two five, five five five, oh one nine six."),
            S("Again, slowly: four two five... five five five... oh one nine six. Monday morning "
              "is best."),
            S("So it's Chester Nakamura, about the warranty on the dripping kitchen faucet, at "
              "home on four two five, five five five, oh one nine six. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Chester Nakamura", "+14255550196",
                          about=r"faucet|warrant|drip", urgent=False),),
        said=(read_back("+14255550196"),), ends_call=True, clock="2026-03-15 14:00",
        caller="+14255550113", tags=("message",)),
    Scenario(
        "d42_plumb_sunday_night_pipe_burst_under_the_sink_cannot_bend_to_the_valve",
        "t_plumb", (
            S("Hello? Help, I've got water everywhere. A pipe under the kitchen sink has burst "
              "and it's spraying all over the floor.", SHUT_OFF),
            S("I can't get down to the valve under the sink, I'm eighty-two and I've a bad hip. "
              "I don't know where the main one is."),
            S("Say that slower, please, I can't hear you over the water. My neighbour's boy is "
              "coming over to turn it off."),
            S("It's not near any plugs or the fuse box, it's just on the kitchen floor. My name "
              "is Vera Sokolov. S, O, K, O, L, O, V. The address is seventeen Linden Street, "
              "five three seven oh five."),
            S("My number is six oh eight, five five five, oh one four nine. Please send someone "
              "as soon as you can. It's urgent. Six oh eight, five five five, oh one four nine."),
            S("Thank you. I'll wait for your call. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Vera Sokolov", "+16085550149",
                          about=r"burst|pipe|leak|water|flood|spray", urgent=True),),
        ends_call=True, clock="2026-03-15 20:10", caller="+16085550149",
        tags=("emergency",)),
    Scenario(
        "d42_plumb_what_it_costs_to_come_out_said_again_and_licensed_asks_his_sons_question",
        "t_plumb", (
            S("Hello. I'm not booking anything today, I just want to ask a couple of things "
              "first."),
            S("What do you charge just to come out and have a look? For the man to come to the "
              "house?", r"89|eighty[ -]nine"),
            S("Could you say that figure again, slowly? I'm writing it on my calendar.",
              r"89|eighty[ -]nine"),
            S("And are you licensed and insured? My son always tells me to ask that.",
              r"licensed|insured|\byes\b"),
            S("Thank you. I'll talk it over with my son and call you back. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-16 10:05",
        caller="+17165550133", tags=("info",)),
    Scenario(
        "d42_plumb_hearing_aid_whistles_she_presses_something_and_is_gone",
        "t_plumb", (
            S("Hello? Hello, is that Fleet Plumbing? It's a terrible line, I can barely hear "
              "you."),
            S("Hang on, dear, my hearing aid is whistling. Let me just take it out— oh, bother, "
              "I've pressed something."),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 13:30", caller="+12165550108",
        tags=("hangup",)),

    # --- salon (Tuesday to Saturday, to 8 on Thursdays; hour-long slots) ---------------------
    Scenario(
        "d42_salon_saturday_morning_ladies_cut_and_style_tuesday_no_thursday",
        "t_salon", (
            S("Good morning. I'd like to make an appointment for a haircut. A wash, cut and "
              "style, the way I always have it."),
            S("I've been coming to you for a few years. Anyone is fine, I don't mind which "
              "stylist. Just a women's cut and style."),
            S("What was that? I'm sorry, I didn't catch it. Could you go a little slower? I'd "
              "like the women's haircut and style."),
            S("My name is Mildred Okafor. O, K, A, F, O, R. And the phone is this one, my house "
              "phone, three oh one, five five five, oh one five seven."),
            S("The day. Tuesday— no, I mean Thursday, I always mix those two up. Thursday the "
              "nineteenth, eleven in the morning. Thursday the nineteenth at eleven."),
            S("So, Mildred Okafor, a women's haircut and style, Thursday the nineteenth of March "
              "at eleven in the morning, on three oh one, five five five, oh one five seven. Yes "
              "please, book me in."),
            S("Thank you, love. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Mildred Okafor", "+13015550157",
                        about=r"cut|hair|style"),),
        said=(at(19, "11:00"),), ends_call=True, clock="2026-03-14 09:30",
        caller="+13015550157", tags=("booking",)),
    Scenario(
        "d42_salon_short_back_and_sides_asks_the_price_slowly_friday_at_opening",
        "t_salon", (
            S("Hello. I'd like a haircut, a man's haircut. Short back and sides, nothing "
              "fancy."),
            S("How much is a man's haircut there these days? Say it slowly, please.",
              r"35|thirty[ -]five"),
            S("I've been before, a while back. I'm hard of hearing, so bear with me. Anyone can "
              "cut it."),
            S("I'd like Friday. Friday the thirteenth. Ten o'clock in the morning, when you open. "
              "Friday the thirteenth at ten."),
            S("My name is Lloyd Pemberton. P, E, M, B, E, R, T, O, N. And my number is my home "
              "phone, the one I'm on, eight oh three, five five five, oh one two one."),
            S("So: Lloyd Pemberton, a men's haircut, Friday the thirteenth of March at ten in the "
              "morning, eight oh three, five five five, oh one two one. Please book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Lloyd Pemberton", "+18035550121",
                        about=r"men|cut|hair"),),
        said=(at(13, "10:00"),), ends_call=True, clock="2026-03-10 10:10",
        caller="+18035550121", tags=("booking",)),
    Scenario(
        "d42_salon_closed_monday_her_colour_to_cover_the_grey_daughters_cell_home_number",
        "t_salon", (
            S("Hello. I know you're closed today, but I'd like to book my colour. I have it done "
              "every six weeks, to cover the grey."),
            S("It's the single colour, the all-over one, same as always. Nothing new. I've had "
              "it done at your salon for years."),
            S("Pardon? Slower, dear, please. My daughter's dialled for me from her cell phone. "
              "Don't use her number. My home number is six one five, five five five, oh one one "
              "two."),
            S("My name is Louise Harrington. H, A, R, R, I, N, G, T, O, N. Anyone can do it."),
            S("The day I'd like is Saturday the twenty-first. Nine in the morning, when you "
              "open. Saturday the twenty-first at nine."),
            S("So: Louise Harrington, single-process colour to cover the grey, Saturday the "
              "twenty-first of March at nine in the morning, home phone six one five, five five "
              "five, oh one one two. Book it, please."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 09:00", "Louise Harrington", "+16155550112",
                        about=r"colou?r|gr[ae]y|single"),),
        said=(at(21, "09:00"), read_back("+16155550112")), ends_call=True,
        clock="2026-03-16 08:30", caller="+16155550165", tags=("booking",)),
    Scenario(
        "d42_salon_sunday_message_reading_glasses_in_a_red_case_left_by_the_mirror",
        "t_salon", (
            S("Hello. I think I left my reading glasses at the salon yesterday. I had my hair "
              "done Saturday morning."),
            S("They're in a red case. A red glasses case, with a little gold clasp. I must have "
              "put them down by the mirror."),
            S("I'm sorry, what was that? I can't read a thing without them and I can't hear much "
              "either. I'd like somebody to call me if they find them."),
            S("My name is Thelma Rourke. R, O, U, R, K, E. And my number is this home phone. "
              "Four oh seven, five five five, oh one eight four."),
            S("So it's Thelma Rourke, about my reading glasses in the red case, call me back on "
              "four oh seven, five five five, oh one eight four. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Thelma Rourke", "+14075550184", about=r"glasses", urgent=False),),
        ends_call=True, clock="2026-03-15 11:00", caller="+14075550184", tags=("message",)),
    Scenario(
        "d42_salon_daughter_cannot_drive_friday_moves_her_haircut_to_thursday_at_two",
        "t_salon", (
            S("Hello. I have an appointment on Friday and I need to change it, I'm afraid. My "
              "daughter can't drive me Friday."),
            S("The name is Marjorie Quinn. Q, U, I, N, N. It's Friday the thirteenth at eleven. "
              "For my haircut."),
            S("Sorry? Could you say that again more slowly? My hearing aid's playing up. I'd like "
              "to move it to next week, Thursday."),
            S("Thursday the nineteenth, two in the afternoon. Two o'clock, Thursday the "
              "nineteenth."),
            S("So please move Marjorie Quinn from Friday the thirteenth at eleven to Thursday the "
              "nineteenth at two in the afternoon. Same phone, the one I'm calling from."),
            S("Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Marjorie Quinn", "+12155550139"),),
        cancelled=("2026-03-13 11:00",), said=(at(19, "14:00"),), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Marjorie Quinn", "+12155550139"),),
        clock="2026-03-11 10:40", caller="+12155550139", tags=("move",)),
    Scenario(
        "d42_salon_seventy_eight_hearing_aid_granddaughter_away_wants_the_front_desk",
        "t_salon", (
            S("Hello? Is this the hair salon? I'm sorry, I can't always hear on the telephone, I "
              "wear a hearing aid."),
            S("Could you speak slowly and a bit louder, please? I'm seventy-eight and these "
              "phones don't agree with me."),
            S("My granddaughter usually does all this for me on the computer, but she's away "
              "this week."),
            S("I'd much rather talk to one of the people at the front desk, a real person. Could "
              "you put me through to someone, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:00", caller="+17275550190", tags=("person",)),

    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half hours) ------
    Scenario(
        "d42_homes_selling_up_wants_a_one_floor_condo_cash_his_wife_corrects_the_number",
        "t_homes", (
            S("Good morning. My wife and I would like to look at a condo you have listed. We're "
              "selling the house and want something on one floor."),
            S("It's at forty-eight— my wife says it's forty-eight, yes— forty-eight Orchard "
              "Court, unit two. We don't have an agent. We'll be paying cash, from the sale of "
              "the house."),
            S("What was that? Slower, please. My wife's here beside me and she says I'm not "
              "listening again. We'd like to move in the next two or three months."),
            S("My name is Cecil Redmond. R, E, D, M, O, N, D. We don't use the email much, I'm "
              "afraid. The phone's best, this one, the house phone, four eight oh, five five "
              "five, oh one seven six."),
            S("For the day, Saturday, this Saturday the fourteenth. Eleven in the morning. "
              "Saturday the fourteenth at eleven."),
            S("So, Cecil Redmond, to see the condo at forty-eight Orchard Court, unit two, "
              "Saturday the fourteenth of March at eleven in the morning, on four eight oh, five "
              "five five, oh one seven six. Please book it."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Cecil Redmond", "+14805550176",
                        about=r"Orchard|condo|show|tour|view|buy"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-12 09:30",
        caller="+14805550176", tags=("booking",)),
    Scenario(
        "d42_homes_forty_years_in_the_house_valuation_to_downsize_from_her_carers_phone",
        "t_homes", (
            S("Hello. I'd like somebody to come and tell me what my house is worth. I'm thinking "
              "of selling. I've been in it forty years."),
            S("It's twenty-two ten Hawthorne Road. Two two one oh. It's not listed with anybody. "
              "I'd like to move somewhere smaller by the summer."),
            S("I'm sorry, you're going too fast for me. Could you say it again slowly? My carer "
              "dialled for me, so this is her phone. Please use my home phone, nine five two, "
              "five five five, oh one oh seven."),
            S("My name is Eleanor Voss. V, O, S, S. I'd like someone to come on Wednesday. "
              "Wednesday the eighteenth, half past two in the afternoon."),
            S("So that's Eleanor Voss, for a valuation of twenty-two ten Hawthorne Road, "
              "Wednesday the eighteenth of March at two thirty in the afternoon, home phone nine "
              "five two, five five five, oh one oh seven. Please book it."),
            S("Thank you. Goodbye, dear.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:30", "Eleanor Voss", "+19525550107",
                        about=r"valu|sell|listing|worth|apprais"),),
        said=(at(18, "14:30"), read_back("+19525550107")), ends_call=True,
        clock="2026-03-16 10:00", caller="+19525550142", tags=("booking",)),
    Scenario(
        "d42_homes_saturday_evening_message_ground_floor_rental_no_stairs_for_his_knees",
        "t_homes", (
            S("Hello. I'd like an agent to call me back, please. I'm looking to rent an "
              "apartment."),
            S("It needs to be on the ground floor. No stairs. My knees won't do stairs any more. "
              "And near a bus stop, if possible."),
            S("Pardon? Once more, slowly please, I'm a little hard of hearing. I'd like to rent, "
              "not buy. From the first of May."),
            S("My name is Bernard Klein. K, L, E, I, N. My number is the one I'm calling from, "
              "my home phone. Five oh five, five five five, oh one three eight."),
            S("So it's Bernard Klein, looking to rent a ground-floor apartment with no stairs "
              "from May, please have an agent call me on five oh five, five five five, oh one "
              "three eight. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bernard Klein", "+15055550138",
                          about=r"rent|apartment|ground|stairs", urgent=False),),
        ends_call=True, clock="2026-03-14 17:30", caller="+15055550138", tags=("message",)),
    Scenario(
        "d42_homes_lunchtime_are_you_open_sundays_said_again_and_what_to_bring_to_a_showing",
        "t_homes", (
            S("Hello. I just have a couple of questions. I'm not booking anything right now."),
            S("Are you open on Sundays? My son can only drive me on a Sunday.",
              r"\b12\b|noon|twelve"),
            S("Could you say those hours again, slowly? I want to write them on the calendar.",
              r"\b12\b|noon|twelve"),
            S("And what do I need to bring to look at a house? Say it slowly, please.",
              r"\bID\b|photo|identification|pre-?approval"),
            S("Thank you, dear. That's all. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 12:40",
        caller="+18505550115", tags=("info",)),
    Scenario(
        "d42_homes_spanish_grandmother_wants_to_sell_her_house_asks_for_it_slower",
        "t_homes", (
            S("Buenos días. Perdone, hablo muy poco inglés. Soy una señora mayor. Quiero vender "
              "mi casa.", NOT_ENGLISH),
            S("Me llamo Rosario Mendoza. M, E, N, D, O, Z, A. Mendoza."),
            S("¿Cómo? Más despacio, por favor, no oigo bien. Mi número es tres cero cinco, cinco "
              "cinco cinco, cero uno dos siete. Es el teléfono de mi casa."),
            S("Por favor, que un agente me llame para vender la casa. Mi nieta habla inglés, "
              "ella puede ayudar. Tres cero cinco, cinco cinco cinco, cero uno dos siete."),
            S("Muchas gracias. Adiós.", BYE_ES),
        ),
        outcome="message_taken",
        messages=(Message("Rosario Mendoza", "+13055550127",
                          about=r"vend|sell|casa|house|home|propiedad|property|Spanish|espa",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 11:20", caller="+13055550127", tags=("spanish",)),
    Scenario(
        "d42_homes_not_been_well_cancels_his_saturday_showing_at_half_past_one",
        "t_homes", (
            S("Hello. I had a showing booked for Saturday, and I need to cancel it. I haven't "
              "been well."),
            S("The name is Warren Tibbs. T, I, B, B, S. It's Saturday the fourteenth, half past "
              "one. One thirty."),
            S("What was that? Sorry, I didn't catch it, my hearing's poor on the phone. Just "
              "cancel it, please. I'll ring again when I'm feeling better."),
            S("Yes, cancel Warren Tibbs, Saturday the fourteenth at one thirty. No new time for "
              "now. Thank you. Goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 13:30",), ends_call=True,
        said=(r"cancel",), seed=(Seed("2026-03-14 13:30", "Warren Tibbs", "+17025550181"),),
        clock="2026-03-12 16:45", caller="+17025550181", tags=("cancel",)),

    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) -----------------
    Scenario(
        "d42_auto_oil_change_on_the_old_buick_corrects_his_own_number_will_wait",
        "t_auto", (
            S("Morning. I'd like to bring my car in for an oil change."),
            S("It's a twenty twelve Buick. A Buick LaCrosse. It's got about sixty-eight thousand "
              "miles on it. Sixty-eight thousand."),
            S("Slow down a bit for me, would you? I'm hard of hearing. Nothing's wrong with it, "
              "no lights on, it just needs the oil done. I'll wait there while you do it."),
            S("My name is Norman Ecclestone. E, C, C, L, E, S, T, O, N, E. The number is my "
              "house phone, the one I'm on. Six one four, five five five, oh one three four— no, "
              "no, four three. Oh one four three."),
            S("Thursday the twelfth, half past nine in the morning. Nine thirty. Thursday the "
              "twelfth."),
            S("So that's Norman Ecclestone, an oil change on the twenty twelve Buick LaCrosse, "
              "Thursday the twelfth of March at nine thirty in the morning, and I'll wait. Six "
              "one four, five five five, oh one four three. Book it, please."),
            S("Thanks very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:30", "Norman Ecclestone", "+16145550143",
                        about=r"oil"),),
        said=(at(12, "09:30"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+16145550143", tags=("booking",)),
    Scenario(
        "d42_auto_brakes_squeal_at_the_lights_but_stop_fine_drops_off_the_camry",
        "t_auto", (
            S("Hello. My brakes have started squeaking. When I stop at the lights, they squeal. "
              "I'd like someone to look at them."),
            S("They stop the car fine, it's just the noise. No lights on the dashboard. It's a "
              "twenty fifteen Toyota Camry, about forty-one thousand miles."),
            S("I'm sorry, could you say that again, a bit slower? My hearing aid doesn't like the "
              "phone. I'll drop the car off and my neighbour will bring me home."),
            S("My name is Beatrice Howell. H, O, W, E, L, L. And the day I want is Monday. "
              "Monday the sixteenth, eight thirty in the morning."),
            S("So that's Beatrice Howell, the brake inspection on the twenty fifteen Camry, "
              "Monday the sixteenth at eight thirty in the morning, dropping it off, and my home "
              "phone, the one I'm ringing from, seven oh four, five five five, oh one two four. "
              "Please book it."),
            S("Thank you. Goodbye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Beatrice Howell", "+17045550124",
                        about=r"brake"),),
        said=(at(16, "08:30"),), ends_call=True, clock="2026-03-13 16:20",
        caller="+17045550124", tags=("booking",)),
    Scenario(
        "d42_auto_a_bit_deaf_asks_what_a_tire_rotation_costs_then_books_saturday",
        "t_auto", (
            S("Hello there. I want to get my tires rotated. The tire rotation."),
            S("It's a twenty nineteen Subaru Outback. Thirty thousand miles, roughly. It drives "
              "fine."),
            S("What's that? Say again? I'm a bit deaf, sorry. How much is the tire rotation?",
              r"29|twenty[ -]nine"),
            S("My name is Douglas McCready. M, C, C, R, E, A, D, Y. McCready. I'll wait while "
              "it's done. My number's the house phone, eight oh one, five five five, oh one five "
              "nine."),
            S("Saturday. This Saturday, the twenty-first. Ten in the morning."),
            S("So, Douglas McCready, a tire rotation on the twenty nineteen Subaru Outback, "
              "Saturday the twenty-first at ten in the morning, eight oh one, five five five, oh "
              "one five nine. Book it, please."),
            S("Thanks. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Douglas McCready", "+18015550159",
                        about=r"tire|tyre|rotat"),),
        said=(at(21, "10:00"),), ends_call=True, clock="2026-03-18 12:15",
        caller="+18015550159", tags=("booking",)),
    Scenario(
        "d42_auto_evening_message_airbag_recall_letter_from_her_sons_cell",
        "t_auto", (
            S("Hello. I got a letter in the post about a recall on my car, and I'd like somebody "
              "to call me about it."),
            S("It's a twenty seventeen Honda CR-V. The letter says it's about the airbag. I "
              "don't know if you can do it there or if I have to go to the dealer."),
            S("I'm sorry, slower please. I'm on my son's cell phone, so don't call this number "
              "back. My home phone is nine one four, five five five, oh one oh two."),
            S("My name is Sylvia Marchetti. M, A, R, C, H, E, T, T, I. Marchetti."),
            S("So it's Sylvia Marchetti, about the airbag recall letter for my twenty seventeen "
              "Honda CR-V. Please call me at home on nine one four, five five five, oh one oh "
              "two. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sylvia Marchetti", "+19145550102",
                          about=r"recall|airbag|letter", urgent=False),),
        said=(read_back("+19145550102"),), ends_call=True, clock="2026-03-10 18:40",
        caller="+19145550137", tags=("message",)),
    Scenario(
        "d42_auto_saturday_evening_smoke_from_under_the_hood_in_his_driveway_shaken",
        "t_auto", (
            S("Hello? There's smoke coming out from under the hood of my car. I just pulled into "
              "my driveway and there's a burning smell.", DONT_DRIVE),
            S("I'm out of the car. I'm standing on the lawn. No, nobody's hurt. It's a twenty "
              "ten Ford Taurus."),
            S("What was that? Slower, please, I'm shaken up and I can't hear you very well. I'm "
              "not going to drive it anywhere."),
            S("My name is Ernest Vukovich. V, U, K, O, V, I, C, H. I'd like somebody from the "
              "shop to call me first thing. Please mark it urgent."),
            S("My number is three one three, five five five, oh one nine three. That's my own "
              "phone. Three one three, five five five, oh one nine three. Thank you. Goodbye.",
              BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ernest Vukovich", "+13135550193",
                          about=r"smok|burn|hood", urgent=True),),
        ends_call=True, clock="2026-03-14 16:30", caller="+13135550193",
        tags=("emergency",)),
    Scenario(
        "d42_auto_poor_line_asks_to_speak_to_a_service_advisor_about_his_impala",
        "t_auto", (
            S("Hello? Is this the garage? Fleet Auto? Good. You'll have to bear with me, I'm not "
              "quick on the telephone."),
            S("Could you speak a bit slower and louder for me? I've got my hearing aid in, but "
              "it's a poor line."),
            S("My name is Gordon Ashby. My Chevy Impala has been with you since Monday, and I'd "
              "like to speak to a real person about it, one of the service advisors. Can you put "
              "me through, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 14:10", caller="+15175550111", tags=("person",)),

    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ------------------
    Scenario(
        "d42_vet_fourteen_year_old_tabby_yearly_wellness_exam_slow_down_dear",
        "t_vet", (
            S("Good morning. I'd like to bring my cat in for her yearly checkup. Her wellness "
              "exam."),
            S("Her name is Pumpkin. She's a cat, a tabby. She's fourteen now. Fourteen years old. "
              "She's fine, she's eating well, it's just her yearly visit."),
            S("Pardon? Could you slow down a little, dear? I'm not as quick as I was. We've been "
              "coming to you for years, since she was a kitten."),
            S("My name is Florence Adeyemi. A, D, E, Y, E, M, I. And my phone is the house "
              "phone, the one I'm calling on, two four oh, five five five, oh one eight two."),
            S("The day: Wednesday the eighteenth. Half past ten in the morning. Wednesday the "
              "eighteenth at ten thirty."),
            S("So that's Florence Adeyemi, a wellness exam for Pumpkin, my cat, Wednesday the "
              "eighteenth of March at ten thirty in the morning, on two four oh, five five five, "
              "oh one eight two. Please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:30", "Florence Adeyemi", "+12405550182",
                        about=r"wellness|check|exam|annual|yearly"),),
        said=(at(18, "10:30"),), ends_call=True, clock="2026-03-16 08:45",
        caller="+12405550182", tags=("booking",)),
    Scenario(
        "d42_vet_reminder_card_came_biscuits_rabies_shot_wife_calling_from_the_kitchen",
        "t_vet", (
            S("Hello. My dog is due for his rabies shot. I got the reminder card in the post."),
            S("His name is Biscuit. He's a beagle. Nine years old. He's well, nothing wrong, "
              "just the rabies vaccine."),
            S("Say that again for me, slowly? My wife's calling out from the kitchen and I "
              "missed it. We've been coming to you since he was a puppy."),
            S("My name's Arthur Fenwick. F, E, N, W, I, C, K. The number is this landline, five "
              "seven one, five five five, oh one oh six."),
            S("Saturday, please. This Saturday, the fourteenth, nine o'clock in the morning."),
            S("So, Arthur Fenwick, the rabies vaccine for Biscuit, the beagle, Saturday the "
              "fourteenth of March at nine in the morning, five seven one, five five five, oh "
              "one oh six. Please book it."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Arthur Fenwick", "+15715550106",
                        about=r"rabies|vaccin|shot"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-12 17:20",
        caller="+15715550106", tags=("booking",)),
    Scenario(
        "d42_vet_lunchtime_message_nobody_called_with_smokeys_blood_test_results",
        "t_vet", (
            S("Hello. I'm calling about my cat's blood test. She had blood taken last week and "
              "nobody's called me with the results."),
            S("Her name is Smokey. She's a grey cat, sixteen. The vet took the blood for her "
              "kidneys."),
            S("I'm sorry, could you repeat that slowly? I'm a bit hard of hearing. I'd like the "
              "vet to call me back with the results."),
            S("My name is Rosalind Ferris. F, E, R, R, I, S. My phone is this one, my home "
              "phone, six oh three, five five five, oh one three four."),
            S("So it's Rosalind Ferris, about Smokey's blood test results, please call me on six "
              "oh three, five five five, oh one three four. I'll be home all afternoon. Thank "
              "you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rosalind Ferris", "+16035550134",
                          about=r"blood|result|test|Smokey|kidney", urgent=False),),
        ends_call=True, clock="2026-03-11 12:30", caller="+16035550134", tags=("message",)),
    Scenario(
        "d42_vet_evening_terrier_ate_a_box_of_dark_chocolate_she_doesnt_drive_at_night",
        "t_vet", (
            S("Hello? My dog's got into a box of chocolates. Dark chocolate. He's eaten nearly "
              "the whole box.", VET_NOW),
            S("He's a little terrier, Rufus, about twenty pounds. It was maybe half an hour ago. "
              "I'm on my own and I don't drive at night."),
            S("What was that? Slower, please, I'm in a state. Where do I take him? My neighbour "
              "can drive me."),
            S("My name is Harriet Boyle. B, O, Y, L, E. Please leave a message for the vet that "
              "Rufus ate the chocolate. Mark it urgent."),
            S("My number is seven six five, five five five, oh one seven two. That's my house "
              "phone. Seven six five, five five five, oh one seven two. I'm going now. Goodbye.",
              BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harriet Boyle", "+17655550172", about=r"chocolate", urgent=True),),
        ends_call=True, clock="2026-03-10 19:45", caller="+17655550172",
        tags=("emergency",)),
    Scenario(
        "d42_vet_saturday_after_closing_male_cat_straining_in_the_litter_box_crying",
        "t_vet", (
            S("Hello. My cat's in the litter box straining and nothing comes out. He keeps going "
              "back and crying."),
            S("He's a boy cat, a male, Tiger, eight years old. It's been since this morning."),
            S("Sorry, I didn't catch that. Say it slowly, please, I'm hard of hearing and the "
              "cat's yowling. Should I bring him somewhere now?"),
            S("My name is Clifford Dunn. D, U, N, N. Leave a message for the vet, please, "
              "urgent, so they know about Tiger."),
            S("My number's two seven oh, five five five, oh one six one. It's the house phone. "
              "Two seven oh, five five five, oh one six one. Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Clifford Dunn", "+12705550161",
                          about=r"strain|litter|urin|pee|Tiger|cat", urgent=True),),
        said=(VET_SENT,), ends_call=True, clock="2026-03-14 13:15", caller="+12705550161",
        tags=("emergency",)),
    Scenario(
        "d42_vet_grandsons_rabbit_and_the_price_of_a_rabies_shot_written_down_slowly",
        "t_vet", (
            S("Hello. I only have a question or two, I'm not booking."),
            S("Do you see rabbits there? My grandson has a rabbit, and he's staying with me.",
              r"dogs and cats|\bdogs\b|\bcats\b"),
            S("What was that? Could you say it again slowly? I'm writing it down for him."),
            S("And how much is a rabies shot for a dog? For my own dog, that is.",
              r"\b30\b|thirty"),
            S("Thank you, dear. That's all. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 14:30",
        caller="+14345550117", tags=("info",)),
]
