"""A twenty-seventh development set: 48 scripted callers, six in each of the fleet's eight trades,
who are responding to something, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-27) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, and the twenty-sixth
set's test file, for the conventions; catalogue.py, read whole for its dataclasses, also shows
the first exam's callers, from which nothing here is taken). The businesses' facts come only
from tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging
from tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the read-back
pattern from tests/scenarios/spoken.py (`at()`); the shape from tests/scenarios/dev_set_shape.py
(every rule of it, with the held-out mix of kinds, KINDS_27 below).

What makes it different: nobody calls out of the blue. Every caller is answering something the
business sent or did: a reminder text or voicemail, a recall postcard ("you're due for your
cleaning"), a letter or an email, a missed call from this number, a voicemail from a nurse, an
attorney, a stylist or a service advisor, or an earlier conversation. Some are running late for
an appointment that is on the books today (seeded, its time given plainly) and want the team
told, which is a message, not a move; some confirm the appointment the reminder was about; some
move or cancel it, naming it by its day and time (and saying so plainly when it is under
someone else's name); many use the reminder as the reason to book the next visit; and some only
want to know why they were called, which the receptionist cannot know: the fair check there is
that it offers a message or a person and never invents a reason (INVENTED below). Emergencies
start the same way (a reminder, a callback) and turn urgent mid-sentence. The mix is the
held-out sets' (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and
callback number, 6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a
person, 1 Spanish and 1 French caller, 1 early hang-up). Calls ring at realistic hours via
`clock=`: before opening, at lunch, after closing, on a Saturday, on a Sunday, on the salon's
closed Monday, and a few minutes before the appointment a caller is late for. Every
`Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and policy it looks for is the business's own
(profession_data.py). A message about running late is checked for its name, number and reason,
not for its urgency (telling the team promptly is fair either way); every other routine message
is checked not urgent.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev27

which prints `RESULT dev27_pass_rate=`, measured and never gated.
Its first run, on main at 633f5db (branch dev-callers-27, commit bfb4dfe, this set added and
nothing else changed), before anyone had read a transcript of it: 39/48 = 0.812.
Its nine failing transcripts were then read for errors of the set's own (a check rejecting an
honest good reply, a time off the grid or outside hours, a seeded appointment in the way, a
script too short to finish, a missing `ends_call`): none was found, so no check and no line was
changed. All nine are the receptionist's: a confirmation call taken for a new booking of the
seeded time, and a goodbye not heard; three running-late calls for today's appointment answered
with a move or a cancellation (or a new slot) instead of a message, or the message kept without
the name the caller gave; a confirmation answered only with "move or cancel?"; a "why was I
called" answered with an unrelated policy, then a message taken that the caller declined; a
returned missed call marked urgent for asking to be called back that afternoon; a listed free
service's price not given; and a returned call about results never taken as a message. The
second run, on the same callers: 39/48 = 0.812, the same nine failing.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a later line says the final day and time (or the message) plainly with the
name the booking or message is to be under, and a booking is read back (`said=`) with its final
day and time; where the callback is not the line the call comes from, `said=` also checks that
the whole number was read back, in digits or in words, in order. A move or a cancellation names
the seeded appointment by its day and time and rings from the number it was booked with. Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer
to (the caller asks for a person only in the last line). An emergency ends with an urgent
message; a routine message is not urgent. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a request for a person is transferred and not
hung up.
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
KINDS_27 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# a car that is not safe: don't drive it, a tow, or 911
NO_DRIVING = r"drive|tow|911|safe|emergency"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# the twenty-four hours' notice every trade's cancellation policy asks for
NOTICE = r"24|twenty[- ]four"
# what a caller who asks why they were called can fairly be offered: a message, a callback or
# a person (the receptionist cannot know who called or why)
OFFER = (r"message|call (?:you )?back|get back to you|pass (?:it|that|this|along|on)"
         r"|let (?:them|the team|someone)|have someone|connect|put you through|transfer"
         r"|\bnote\b|\bname\b")
# a reason for a call made up on the business's behalf: said as known, or as a likely guess
INVENTED = (r"(?:we|they|someone|the team|the office) (?:called|was calling|were calling"
            r"|tried to reach) you (?:to remind|to confirm|about your|regarding your|because)"
            r"|(?:probably|most likely|must have been) (?:about|to remind|to confirm|regarding"
            r"|a reminder|calling about)")


DEV_CALLERS_27: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev27_dental_recall_postcard_books_the_six_month_cleaning_thursday_at_ten",
        "t_dental", (
            S("Hi, good morning. I got one of your recall postcards in the mail saying I'm due "
              "for my six-month cleaning, so I'm calling to book it. I'm an existing patient."),
            S("No pain and no swelling, it's just the regular cleaning and checkup. My insurance "
              "is Delta Dental, and I'm the policy holder."),
            S("Thursday the nineteenth at ten in the morning would be ideal, if it's open."),
            S("My name is Helen Park, date of birth April twelfth, nineteen eighty-two, and the "
              "best number is the one I'm calling from, two one two, five five five, oh one "
              "three one."),
            S("So that's Helen Park, the cleaning and checkup on Thursday the nineteenth at ten "
              "in the morning. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Helen Park", "+12125550131",
                        about=r"clean|check|exam|recall"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 08:20",
        caller="+12125550131", tags=("booking",)),
    Scenario(
        "dev27_dental_reminder_email_to_schedule_the_filling_on_his_cell",
        "t_dental", (
            S("Hello, I'm calling because your office emailed me a reminder to schedule the "
              "filling the dentist found at my last checkup. The tooth-colored one. I'm an "
              "existing patient, and it doesn't hurt, no swelling."),
            S("I'd like Monday the sixteenth at three in the afternoon. I have Cigna dental "
              "through my work, and I'm the policy holder."),
            S("The name is Victor Osei, O, S, E, I, date of birth September fifth, nineteen "
              "seventy-nine. Please don't use the number I'm calling from, it's my office. My "
              "cell is nine one seven, five five five, oh one four eight."),
            S("To confirm: Victor Osei, the filling on Monday the sixteenth at three in the "
              "afternoon, and my cell, nine one seven, five five five, oh one four eight. Go "
              "ahead and book it."),
            S("Great, that's everything, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Victor Osei", "+19175550148", about=r"fill"),),
        said=(at(16, "15:00"), read_back("+19175550148")), ends_call=True,
        clock="2026-03-11 12:30", caller="+16465550171", tags=("booking",)),
    Scenario(
        "dev27_dental_mom_got_the_recall_for_her_daughter_friday_at_eight",
        "t_dental", (
            S("Hi, I got a reminder card saying my daughter is due for her cleaning, so I'd like "
              "to book that. She's eight and she's an existing patient here."),
            S("She's not in any pain, no swelling, it's just her regular child cleaning and "
              "checkup. We have Aetna dental, and I'm the policy holder, Grace Chen."),
            S("Friday the twentieth at eight in the morning, before school, please."),
            S("The patient is my daughter, Lily Chen, date of birth June second, twenty "
              "seventeen. Please put the appointment under her name, Lily Chen, and use this "
              "number, three four seven, five five five, oh one two six."),
            S("So: Lily Chen, her cleaning on Friday the twentieth at eight in the morning. "
              "Yes, book it please."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 08:00", "Lily Chen", "+13475550126",
                        about=r"clean|check|exam|child|recall"),),
        said=(at(20, "08:00"),), ends_call=True, clock="2026-03-14 10:15",
        caller="+13475550126", tags=("booking",)),
    Scenario(
        "dev27_dental_was_going_to_book_the_recall_but_the_face_is_swelling_to_the_eye",
        "t_dental", (
            S("Hi, I got your reminder that I'm due for a cleaning and I meant to call about "
              "that, but now my face has swollen up on the left side, it's spreading up toward "
              "my eye, and it's getting hard to swallow.", ER),
            S("My name is Derek Wong, and my number is the one I'm calling from, six one seven, "
              "five five five, oh one nine two."),
            S("Yes, please leave an urgent message for the dentist that Derek Wong has swelling "
              "spreading toward his eye and trouble swallowing. I'm going to the emergency room "
              "now."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Wong", "+16175550192", about=r"swell|swallow|eye|face",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 18:40", caller="+16175550192",
        tags=("emergency",)),
    Scenario(
        "dev27_dental_text_reminder_for_thursday_at_two_moves_it_to_tuesday_at_eleven",
        "t_dental", (
            S("Hi, I got a text reminder about my appointment this Thursday, the twelfth, at "
              "two in the afternoon, and I can't make it anymore. I need to move it."),
            S("The appointment is under my name, Rosa Alvarez, and I'm calling from the number "
              "it was booked with."),
            S("Could we move it to next Tuesday, the seventeenth, at eleven in the morning?"),
            S("So that's Rosa Alvarez, moving from Thursday the twelfth at two in the afternoon "
              "to Tuesday the seventeenth at eleven in the morning. Yes, please go ahead."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 11:00", "Rosa Alvarez", "+12035550117"),),
        cancelled=("2026-03-12 14:00",), said=(at(17, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Rosa Alvarez", "+12035550117"),),
        clock="2026-03-10 09:15", caller="+12035550117", tags=("move",)),
    Scenario(
        "dev27_dental_voicemail_reminder_confirms_wednesday_at_nine_and_asks_the_policy",
        "t_dental", (
            S("Hi, I got a voicemail reminder about my cleaning, and I'm just calling to "
              "confirm it's still on for tomorrow, Wednesday the eleventh, at nine in the "
              "morning. It's under Tom Reyes, and this is the number on it."),
            S("And in case something comes up, how much notice do you need if I have to "
              "cancel?", NOTICE),
            S("Perfect, then I'm keeping it as it is, Wednesday at nine. That's all, bye.", BYE),
        ),
        outcome="information_only", said=(at(11, "09:00"),), ends_call=True,
        seed=(Seed("2026-03-11 09:00", "Tom Reyes", "+17185550153"),),
        clock="2026-03-10 16:30", caller="+17185550153", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev27_clinic_annual_physical_reminder_letter_books_thursday_at_nine_forty",
        "t_clinic", (
            S("Good morning. I got a letter from the clinic reminding me it's time for my "
              "annual physical, so I'd like to book it. I'm an established patient."),
            S("The patient is me, Sandra Mills, date of birth February eighth, nineteen "
              "seventy-one. No preferred doctor, anyone is fine, and my insurance is Blue Cross "
              "Blue Shield."),
            S("Thursday the nineteenth at nine forty in the morning, please."),
            S("My number is the one I'm calling from, five one two, five five five, oh one "
              "three eight."),
            S("So that's Sandra Mills, the annual physical on Thursday the nineteenth at nine "
              "forty in the morning. Yes, please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:40", "Sandra Mills", "+15125550138",
                        about=r"physical|annual"),),
        said=(at(19, "09:40"),), ends_call=True, clock="2026-03-16 07:45",
        caller="+15125550138", tags=("booking",)),
    Scenario(
        "dev27_clinic_text_said_flu_shots_are_in_books_friday_at_four_twenty",
        "t_clinic", (
            S("Hi, I got a text from your office saying flu shots are in and that I'm due for "
              "mine. I'd like to come in for it. I've been seen at the clinic before."),
            S("The patient is me, George Adeyemi, date of birth October thirtieth, nineteen "
              "sixty-five. I have Medicare, and anyone is fine to give it."),
            S("Could I come this Friday, the thirteenth, at four twenty in the afternoon?"),
            S("Yes, it's George Adeyemi, the flu shot on Friday the thirteenth at four twenty "
              "in the afternoon, and the number I'm calling from is fine, seven one three, five "
              "five five, oh one six seven. Please book it."),
            S("Great, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:20", "George Adeyemi", "+17135550167",
                        about=r"flu|shot|vaccin"),),
        said=(at(13, "16:20"),), ends_call=True, clock="2026-03-10 12:10",
        caller="+17135550167", tags=("booking",)),
    Scenario(
        "dev27_clinic_returning_the_nurses_call_but_has_chest_pain_now",
        "t_clinic", (
            S("Hi, I'm returning a call from the nurse about my blood test, but right now I'm "
              "having chest pain, and my left arm has gone numb.", ER),
            S("My name is Paul Novak, date of birth March third, nineteen fifty-eight, and my "
              "number is four zero four, five five five, oh one eight three."),
            S("Okay. Please leave an urgent message for the nurse that Paul Novak called back "
              "and is having chest pain. I'm calling 911 now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Paul Novak", "+14045550183", about=r"chest|arm|pain",
                          urgent=True),),
        ends_call=True, clock="2026-03-11 10:05", caller="+14045550183",
        tags=("emergency",)),
    Scenario(
        "dev27_clinic_missed_call_and_voicemail_from_the_nurse_about_lab_results",
        "t_clinic", (
            S("Hi, I had a missed call from this number and a voicemail from one of the nurses "
              "asking me to call back about my lab results."),
            S("My name is Irene Walsh, date of birth July nineteenth, nineteen eighty-eight. "
              "Please don't use the number I'm calling from, it's a friend's phone. My own "
              "number is three one two, five five five, oh one six four."),
            S("So the message is: Irene Walsh is returning the nurse's call about her lab "
              "results, please call her back at three one two, five five five, oh one six "
              "four. That's right, please pass it on."),
            S("That's all, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Irene Walsh", "+13125550164", about=r"lab|result|nurse|blood|test",
                          urgent=False),),
        said=(read_back("+13125550164"),), ends_call=True, clock="2026-03-12 13:00",
        caller="+13125550119", tags=("message",)),
    Scenario(
        "dev27_clinic_reminder_text_for_ten_forty_today_stuck_in_traffic",
        "t_clinic", (
            S("Hi, I got the reminder text for my appointment today at ten forty, and I'm stuck "
              "in traffic. I'll be about fifteen minutes late. It's under Martin Cole, and I'm "
              "calling from the number it's booked with."),
            S("No, I don't want to move it or cancel it, I'll still be there. Just please pass "
              "on a message that Martin Cole is running about fifteen minutes late for his ten "
              "forty appointment today. This number is fine for a call back."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Martin Cole", "+16195550145",
                          about=r"late|traffic|minutes|10:40|ten forty"),),
        ends_call=True, seed=(Seed("2026-03-10 10:40", "Martin Cole", "+16195550145"),),
        clock="2026-03-10 10:25", caller="+16195550145", tags=("message",)),
    Scenario(
        "dev27_clinic_reminder_letter_for_monday_at_two_twenty_cancels_it",
        "t_clinic", (
            S("Hello, I got a letter reminding me of my appointment on Monday the sixteenth at "
              "two twenty in the afternoon, but I've switched to another doctor, so I need to "
              "cancel it."),
            S("The patient's name is Nadia Hassan, date of birth June third, nineteen "
              "seventy-eight, and I'm calling from the number on the appointment. It's the one "
              "on Monday the sixteenth at two twenty in the afternoon. Yes, please cancel it."),
            S("No, I don't want to rebook anything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-16 14:20",),
        said=(at(16, "14:20"),), ends_call=True,
        seed=(Seed("2026-03-16 14:20", "Nadia Hassan", "+14695550176"),),
        clock="2026-03-11 15:00", caller="+14695550176", tags=("cancel",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "dev27_law_email_reply_to_his_web_inquiry_books_a_phone_consultation",
        "t_law", (
            S("Hi, I sent an inquiry through your website and got an email back saying to call "
              "and set up a consultation. It's a landlord dispute: my old landlord won't return "
              "my security deposit."),
            S("The landlord is a company called Greenway Properties. There's no court date or "
              "deadline yet, and I don't have a lawyer on this."),
            S("I'd like the consultation by phone, on Wednesday the eighteenth at ten in the "
              "morning."),
            S("My name is Alan Brooks, and my number is the one I'm calling from, eight one "
              "eight, five five five, oh one two nine. My email is alan dot brooks at example "
              "dot com."),
            S("So that's Alan Brooks, a phone consultation on Wednesday the eighteenth at ten "
              "in the morning about my security deposit. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Alan Brooks", "+18185550129",
                        about=r"deposit|landlord|tenant|Greenway|lease|rent"),),
        said=(at(18, "10:00"),), ends_call=True, clock="2026-03-13 11:00",
        caller="+18185550129", tags=("booking",)),
    Scenario(
        "dev27_law_letter_about_the_free_estate_planning_consultation_thursday_at_three",
        "t_law", (
            S("Hello, I got a letter from your firm about estate planning, and it says the "
              "estate planning consultation is free. Is that right?", NO_CHARGE),
            S("Good. Then I'd like to book one. I want to set up a will and plan for my house. "
              "Nobody else is involved, there's no deadline, and I don't have a lawyer."),
            S("Thursday the twelfth at three in the afternoon, in person, please."),
            S("My name is Margaret Ellis, and my number is four one two, five five five, oh one "
              "five seven, the one I'm calling from."),
            S("So that's Margaret Ellis, the estate planning consultation on Thursday the "
              "twelfth at three in the afternoon. Yes, please book it."),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Margaret Ellis", "+14125550157",
                        about=r"estate|will|trust|plan"),),
        said=(at(12, "15:00"),), ends_call=True, clock="2026-03-10 14:00",
        caller="+14125550157", tags=("booking",)),
    Scenario(
        "dev27_law_calling_back_about_her_consultation_but_her_son_was_arrested",
        "t_law", (
            S("Hi, I was supposed to call back about setting up a consultation, but something "
              "has happened. My son was arrested last night, he's in custody at the county "
              "jail, and he has a court appearance tomorrow morning."),
            S("My name is Denise Carter, and my number is two one five, five five five, oh one "
              "three four."),
            S("Please mark it urgent: Denise Carter's son was arrested and is in custody, court "
              "tomorrow morning, please call her back as soon as you open at two one five, five "
              "five five, oh one three four."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Carter", "+12155550134",
                          about=r"arrest|custody|jail|court|son", urgent=True),),
        ends_call=True, clock="2026-03-11 07:50", caller="+12155550134",
        tags=("emergency",)),
    Scenario(
        "dev27_law_returning_a_voicemail_about_the_contract_review_documents",
        "t_law", (
            S("Hi, I'm returning a voicemail from someone at the firm. They asked me to call "
              "back about the documents for my contract review."),
            S("My name is Kevin Liu, L, I, U. I'm calling from my work line, but please call me "
              "back on my cell, six four six, five five five, oh one eight one."),
            S("So the message is: Kevin Liu returning the call about his contract review "
              "documents, please call him back on six four six, five five five, oh one eight "
              "one. It's not urgent, tomorrow is fine."),
            S("That's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Liu", "+16465550181",
                          about=r"contract|document|voicemail|review", urgent=False),),
        said=(read_back("+16465550181"),), ends_call=True, clock="2026-03-10 17:30",
        caller="+12125550174", tags=("message",)),
    Scenario(
        "dev27_law_letter_about_her_file_then_asks_for_a_person",
        "t_law", (
            S("Hi, I received a letter from your firm this week about my file, and I have a "
              "couple of questions about what it says. My name is Brenda Lowe."),
            S("The letter is dated March sixth, and my number is the one I'm calling from, "
              "seven zero four, five five five, oh one one two."),
            S("It's easier if I just explain it to someone. Could you put me through to a "
              "person there, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 11:00",
        caller="+17045550112", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev27_law_missed_call_from_this_number_asks_why_then_a_video_question",
        "t_law", (
            S("Hi, I have a missed call from this number from this morning, and there was no "
              "voicemail. Do you know what it was about?", OFFER, INVENTED),
            S("No, that's okay, I don't need to leave a message. If it's important they'll "
              "call again. But while I have you, can consultations be done by video?", r"video"),
            S("Okay, good to know. Thanks, bye.", BYE),
        ),
        outcome="information_only", never_said=(INVENTED,), ends_call=True,
        clock="2026-03-10 13:15", caller="+15035550115", tags=("info",)),
    # --- plumbing (weekdays and Saturdays 7 to 7; two-hour windows) ------------------------
    Scenario(
        "dev27_plumb_annual_water_heater_service_postcard_thursday_at_nine",
        "t_plumb", (
            S("Hi, I got a postcard from you saying my water heater is due for its yearly "
              "service, and I'd like to book it."),
            S("The address is 58 Birch Lane, zip code one zero zero zero one. I own the house. "
              "Nothing is leaking, it's working fine, it's just the maintenance."),
            S("Thursday the twelfth, the nine in the morning window, please."),
            S("My name is Frank Delgado, and the number is the one I'm calling from, nine one "
              "seven, five five five, oh one five nine."),
            S("So that's Frank Delgado, 58 Birch Lane, the water heater service on Thursday the "
              "twelfth at nine in the morning. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Frank Delgado", "+19175550159",
                        about=r"water heater|heater|tank|mainten|service"),),
        said=(at(12, "09:00"),), ends_call=True, clock="2026-03-10 07:10",
        caller="+19175550159", tags=("booking",)),
    Scenario(
        "dev27_plumb_voicemail_that_the_faucet_part_came_in_books_saturday_at_eleven",
        "t_plumb", (
            S("Hi, you left me a voicemail saying the part for my kitchen faucet came in and to "
              "call to schedule the installation."),
            S("The address is 27 Cedar Court, zip one zero zero zero two. I own the home, and "
              "nothing's leaking right now."),
            S("Saturday the fourteenth, the eleven in the morning window, if you have it."),
            S("The name is Olivia Grant, and you can reach me at this number, three four seven, "
              "five five five, oh one three three."),
            S("So: Olivia Grant, 27 Cedar Court, the faucet installation on Saturday the "
              "fourteenth at eleven in the morning. Yes, book it please."),
            S("Great, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Olivia Grant", "+13475550133",
                        about=r"faucet|fixture|install|part|kitchen"),),
        said=(at(14, "11:00"),), ends_call=True, clock="2026-03-11 18:20",
        caller="+13475550133", tags=("booking",)),
    Scenario(
        "dev27_plumb_calling_back_about_the_drain_cleaning_estimate_monday_at_one",
        "t_plumb", (
            S("Hi, I'm calling back about the estimate email you sent me for cleaning out my "
              "basement drain. It's slow and backs up a little, nothing overflowing right now. "
              "I'd like to go ahead and schedule it."),
            S("It's at 310 Spruce Avenue, zip one zero zero zero three. I own the house."),
            S("Monday the sixteenth, the one in the afternoon window."),
            S("My name is Hector Ruiz. Please call me on my cell, not this line: two zero one, "
              "five five five, oh one nine four."),
            S("So that's Hector Ruiz, the drain cleaning at 310 Spruce Avenue on Monday the "
              "sixteenth at one in the afternoon, and my cell, two zero one, five five five, oh "
              "one nine four. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Hector Ruiz", "+12015550194",
                        about=r"drain|clog|slow|backs? up"),),
        said=(at(16, "13:00"), read_back("+12015550194")), ends_call=True,
        clock="2026-03-13 12:00", caller="+19735550108", tags=("booking",)),
    Scenario(
        "dev27_plumb_follow_up_email_said_call_if_anything_changed_water_pouring_now",
        "t_plumb", (
            S("Your technician was here last week and the follow-up email said to call if "
              "anything changed. Well, now water is pouring through the kitchen ceiling under "
              "the upstairs bathroom, and I can't find the shut-off valve."),
            S("I'm at 14 Elm Street, zip one zero zero zero two. My name is Wendy Shaw, and my "
              "number is two one two, five five five, oh one six one."),
            S("Please mark it urgent: Wendy Shaw, water pouring through the ceiling at 14 Elm "
              "Street, please have someone call me back right away at two one two, five five "
              "five, oh one six one."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Wendy Shaw", "+12125550161",
                          about=r"water|leak|ceiling|flood|pour", urgent=True),),
        ends_call=True, clock="2026-03-15 21:00", caller="+12125550161",
        tags=("emergency",)),
    Scenario(
        "dev27_plumb_reminder_text_for_the_eleven_window_today_home_by_half_past",
        "t_plumb", (
            S("Hi, I got the reminder text that your technician is coming today in the eleven "
              "to one window, at my place, under Raj Patel, this number. I'm running late "
              "getting back from work and won't be home until eleven thirty."),
            S("I don't want to change the appointment, the technician can still come. Just "
              "please pass on a message that Raj Patel won't be home until eleven thirty today, "
              "and to call this number when they're on the way."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Raj Patel", "+15515550122",
                          about=r"late|11:30|eleven thirty|home|half past"),),
        ends_call=True, seed=(Seed("2026-03-10 11:00", "Raj Patel", "+15515550122"),),
        clock="2026-03-10 09:40", caller="+15515550122", tags=("message",)),
    Scenario(
        "dev27_plumb_spanish_caller_got_a_voicemail_she_could_not_follow",
        "t_plumb", (
            S("Hola, buenas tardes. Recibí un mensaje de voz de ustedes, pero no hablo bien "
              "inglés y no entendí. ¿Alguien me puede llamar en español?", NOT_ENGLISH),
            S("Me llamo Carmen Ruiz. C, A, R, M, E, N. Ruiz, R, U, I, Z."),
            S("Mi número es el mismo de donde llamo: tres cero cinco, cinco cinco cinco, cero "
              "uno seis dos."),
            S("Sí, gracias. Adiós.", BYE + r"|adi[oó]s"),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Ruiz", "+13055550162", about=r"\w", urgent=False),),
        ends_call=True, clock="2026-03-11 15:30", caller="+13055550162",
        tags=("spanish",)),
    # --- salon (Tuesday to Saturday; closed Sunday and Monday; hour-long slots) ------------
    Scenario(
        "dev27_salon_six_week_color_reminder_text_books_saturday_at_ten",
        "t_salon", (
            S("Hi! I got your text saying it's been six weeks since my last color and I'm due "
              "for a touch-up, so I'd like to book my single-process color. I've been to the "
              "salon before, same color as always."),
            S("Anyone is fine for the stylist. Saturday the fourteenth at ten in the morning, "
              "please."),
            S("My name is Jasmine Ortiz, and my number is the one I'm calling from, seven one "
              "eight, five five five, oh one four four."),
            S("So that's Jasmine Ortiz, single-process color on Saturday the fourteenth at ten "
              "in the morning. Yes, please book it."),
            S("Thank you, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Jasmine Ortiz", "+17185550144",
                        about=r"colou?r|touch|root"),),
        said=(at(14, "10:00"),), ends_call=True, clock="2026-03-10 11:30",
        caller="+17185550144", tags=("booking",)),
    Scenario(
        "dev27_salon_rebook_email_on_the_closed_monday_books_thursday_at_six",
        "t_salon", (
            S("Hi, I got an email from the salon saying it's been a month since my last men's "
              "haircut and to book the next one. I know you might be closed today, I just want "
              "to get it on the books."),
            S("I'm a returning client, anyone is fine. Thursday the nineteenth at six in the "
              "evening works for me."),
            S("My name is Marco Bianchi, B, I, A, N, C, H, I, and the number I'm calling from "
              "is best, six three one, five five five, oh one seven nine."),
            S("So that's Marco Bianchi, a men's haircut on Thursday the nineteenth at six in "
              "the evening. Yes, please book it."),
            S("Cheers, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Marco Bianchi", "+16315550179",
                        about=r"haircut|cut|men"),),
        said=(at(19, "18:00"),), ends_call=True, clock="2026-03-16 09:30",
        caller="+16315550179", tags=("booking",)),
    Scenario(
        "dev27_salon_reminder_for_the_two_oclock_today_running_ten_minutes_late",
        "t_salon", (
            S("Hi, I got the reminder text for my blowout today at two o'clock, and I'm running "
              "about ten minutes late, the bus is slow. It's under Chloe Martin, this number."),
            S("I don't want to move it, I'll be there. Please just let the stylist know that "
              "Chloe Martin is running about ten minutes late for her two o'clock blowout "
              "today."),
            S("Thanks, see you soon, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Chloe Martin", "+19295550137",
                          about=r"late|ten minutes|10 minutes|bus"),),
        ends_call=True, seed=(Seed("2026-03-10 14:00", "Chloe Martin", "+19295550137"),),
        clock="2026-03-10 13:50", caller="+19295550137", tags=("message",)),
    Scenario(
        "dev27_salon_mom_cancels_her_daughters_friday_at_four_from_the_reminder",
        "t_salon", (
            S("Hi, I got the reminder text for an appointment this Friday, the thirteenth, at "
              "four in the afternoon. It's booked under my daughter's name, Emma Fischer, but "
              "I'm her mom and this is the number on the booking. She's sick, so we need to "
              "cancel it."),
            S("Yes, that's the one: Emma Fischer, Friday the thirteenth at four in the "
              "afternoon. Please cancel it. We'll call to rebook when she's better."),
            S("No, that's everything, thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 16:00",),
        said=(at(13, "16:00"),), ends_call=True,
        seed=(Seed("2026-03-13 16:00", "Emma Fischer", "+12675550185"),),
        clock="2026-03-11 10:30", caller="+12675550185", tags=("cancel",)),
    Scenario(
        "dev27_salon_returning_her_stylists_voicemail_then_asks_for_the_front_desk",
        "t_salon", (
            S("Hi, I'm returning a voicemail from my stylist. She called me yesterday about my "
              "next appointment, and I'm not sure what she needed. My name is Natalie Cruz."),
            S("She's my regular stylist, and my number is the one I'm calling from, seven "
              "seven three, five five five, oh one one six."),
            S("I'd rather just talk to someone at the front desk. Could you put me through to "
              "a person, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 14:00",
        caller="+17735550116", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev27_salon_confirms_saturday_at_eleven_and_asks_what_if_she_is_late",
        "t_salon", (
            S("Hi, I got the reminder for my women's haircut on Saturday the fourteenth at "
              "eleven in the morning, under Priya Nair, this number. Just confirming it's still "
              "on."),
            S("And if traffic is bad, what happens if I'm a few minutes late?",
              r"fifteen|15|late"),
            S("Okay, then I'm keeping it as is, Saturday at eleven. Thanks, bye.", BYE),
        ),
        outcome="information_only", said=(at(14, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Priya Nair", "+14155550186"),),
        clock="2026-03-12 17:45", caller="+14155550186", tags=("info",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half hours) ------
    Scenario(
        "dev27_homes_new_listing_email_alert_books_a_showing_saturday_at_two_thirty",
        "t_homes", (
            S("Hi, I got one of your email alerts about a new listing at 140 Harbor View "
              "Drive, and I'd like to see it. We're looking to buy."),
            S("We're not working with an agent, and we're pre-approved for a mortgage. We'd "
              "like to move in the next couple of months."),
            S("Saturday the fourteenth at two thirty in the afternoon would be great."),
            S("My name is Sophie Lang, L, A, N, G, and my number is the one I'm calling from, "
              "three one zero, five five five, oh one two seven."),
            S("So that's Sophie Lang, a showing of 140 Harbor View Drive on Saturday the "
              "fourteenth at two thirty in the afternoon. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 14:30", "Sophie Lang", "+13105550127",
                        about=r"show|tour|view|Harbor|140|buy"),),
        said=(at(14, "14:30"),), ends_call=True, clock="2026-03-11 20:10",
        caller="+13105550127", tags=("booking",)),
    Scenario(
        "dev27_homes_agent_voicemail_after_the_open_house_books_a_valuation_monday",
        "t_homes", (
            S("Hi, one of your agents left me a voicemail after I stopped by an open house, "
              "asking if I'd like a valuation of my own home, because we're thinking of "
              "selling. I'd like to set that up."),
            S("Our house is at 22 Willow Street. It's not listed with anyone else, and we'd "
              "like to sell this summer."),
            S("Monday the sixteenth at ten in the morning, please."),
            S("My name is Arthur Bell, and the number I'm calling from is best, six one seven, "
              "five five five, oh one six nine."),
            S("So that's Arthur Bell, the home valuation for 22 Willow Street on Monday the "
              "sixteenth at ten in the morning. Yes, please book it."),
            S("Great, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:00", "Arthur Bell", "+16175550169",
                        about=r"valu|listing|sell|apprais|Willow"),),
        said=(at(16, "10:00"),), ends_call=True, clock="2026-03-12 09:30",
        caller="+16175550169", tags=("booking",)),
    Scenario(
        "dev27_homes_text_back_about_the_rental_books_sunday_at_one",
        "t_homes", (
            S("Hi, I got a text back from your office about the apartment for rent at 55 Maple "
              "Court, unit 3B, saying to call and set up a viewing. I'm looking to rent."),
            S("I'd like to move in on April first, and I'm not working with an agent."),
            S("Sunday the fifteenth at one in the afternoon, please."),
            S("My name is Keisha Brown, and my number is the one I'm calling from, four zero "
              "four, five five five, oh one four one."),
            S("So that's Keisha Brown, a viewing of 55 Maple Court, unit 3B, on Sunday the "
              "fifteenth at one in the afternoon. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Keisha Brown", "+14045550141",
                        about=r"rent|3B|Maple|show|view|apartment"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-12 12:00",
        caller="+14045550141", tags=("booking",)),
    Scenario(
        "dev27_homes_missed_call_yesterday_asks_why_and_leaves_a_message",
        "t_homes", (
            S("Hi, I have a missed call from this number from yesterday afternoon, and no "
              "voicemail. Do you know who called me or why?", OFFER, INVENTED),
            S("Okay. Then please take a message: this is Laura Jensen, J, E, N, S, E, N, and "
              "whoever called me can call me back at this number, nine four nine, five five "
              "five, oh one three nine, this afternoon."),
            S("Yes, that's right: Laura Jensen, returning a missed call, at nine four nine, "
              "five five five, oh one three nine. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Laura Jensen", "+19495550139",
                          about=r"missed|call|return", urgent=False),),
        never_said=(INVENTED,), ends_call=True, clock="2026-03-10 10:45",
        caller="+19495550139", tags=("message",)),
    Scenario(
        "dev27_homes_email_with_three_listings_then_asks_for_an_agent",
        "t_homes", (
            S("Hi, I got an email from your office this morning with three listings in the "
              "price range we talked about last week, and I have some questions about them. My "
              "name is Owen Fraser."),
            S("We're looking to buy, and my number is the one I'm calling from, three one two, "
              "five five five, oh one four seven."),
            S("I'd really rather talk it through with one of the agents. Can you put me "
              "through to an agent, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-13 15:00",
        caller="+13125550147", overrides=TRANSFER_LINE, tags=("person",)),
    Scenario(
        "dev27_homes_starts_to_return_a_voicemail_then_goes_silent",
        "t_homes", (
            S("Hi, yeah, I got a voicemail from this number about a, um, a showing, I think, "
              "and I was—"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-14 11:20",
        caller="+17025550158", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) ---------------
    Scenario(
        "dev27_auto_oil_change_reminder_email_books_thursday_at_eight_thirty",
        "t_auto", (
            S("Hi, I got an email reminder from you that my car is due for an oil change, so "
              "I'd like to book it. It's a 2019 Subaru Outback with about forty-eight thousand "
              "miles."),
            S("Nothing's wrong with it, no warning lights, it's just the oil change. I'll wait "
              "while you do it."),
            S("Thursday the twelfth at eight thirty in the morning, please."),
            S("My name is Ray Dunn, D, U, N, N, and the number I'm calling from is best, five "
              "zero three, five five five, oh one two one."),
            S("So that's Ray Dunn, the oil change for the Subaru on Thursday the twelfth at "
              "eight thirty in the morning. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Ray Dunn", "+15035550121", about=r"oil"),),
        said=(at(12, "08:30"),), ends_call=True, clock="2026-03-10 07:00",
        caller="+15035550121", tags=("booking",)),
    Scenario(
        "dev27_auto_postcard_says_the_brake_inspection_is_free_books_saturday_at_ten",
        "t_auto", (
            S("Hi, I got a postcard from your shop saying the brake inspection is free. Is "
              "that right?", NO_CHARGE),
            S("Great. I'd like to book one then. It's a 2015 Honda Accord, about ninety "
              "thousand miles, the brakes squeak a little but they stop fine. I'll drop it "
              "off."),
            S("Saturday the fourteenth at ten in the morning, please."),
            S("My name is Tanya Singh. Please use my cell, not this line: four six nine, five "
              "five five, oh one three two."),
            S("So that's Tanya Singh, the brake inspection for the Accord on Saturday the "
              "fourteenth at ten in the morning, and my cell, four six nine, five five five, oh "
              "one three two. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Tanya Singh", "+14695550132", about=r"brake"),),
        said=(at(14, "10:00"), read_back("+14695550132")), ends_call=True,
        clock="2026-03-11 12:45", caller="+12145550163", tags=("booking",)),
    Scenario(
        "dev27_auto_returning_the_diagnostic_voicemail_but_smoke_on_the_shoulder_now",
        "t_auto", (
            S("Hi, I'm returning your voicemail about scheduling my check engine diagnostic, "
              "but now the check engine light is flashing and there's smoke coming from under "
              "the hood. I'm pulled over on the shoulder of the highway.", NO_DRIVING),
            S("My name is Luis Moreno, and my number is seven two oh, five five five, oh one "
              "five three."),
            S("Please leave an urgent message for the service advisor: Luis Moreno, the check "
              "engine light is flashing and there's smoke from the hood, I'm arranging a tow. "
              "Call me back at seven two oh, five five five, oh one five three."),
            S("Okay, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Luis Moreno", "+17205550153",
                          about=r"smok|flash|check engine|tow|hood", urgent=True),),
        ends_call=True, clock="2026-03-14 16:30", caller="+17205550153",
        tags=("emergency",)),
    Scenario(
        "dev27_auto_reminder_for_the_friday_alignment_moves_it_to_monday_at_nine_thirty",
        "t_auto", (
            S("Hi, I got a reminder text for my alignment this Friday, the thirteenth, at one "
              "thirty in the afternoon, and I have to work. I need to move it."),
            S("The appointment is under Greg Hall, and I'm calling from the number it was "
              "booked with."),
            S("Could we do Monday the sixteenth at nine thirty in the morning instead?"),
            S("So that's Greg Hall, moving the alignment from Friday the thirteenth at one "
              "thirty to Monday the sixteenth at nine thirty in the morning. Yes, go ahead."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:30", "Greg Hall", "+18015550114"),),
        cancelled=("2026-03-13 13:30",), said=(at(16, "09:30"),), ends_call=True,
        seed=(Seed("2026-03-13 13:30", "Greg Hall", "+18015550114"),),
        clock="2026-03-11 17:15", caller="+18015550114", tags=("move",)),
    Scenario(
        "dev27_auto_after_hours_returning_the_advisors_voicemail_about_the_estimate",
        "t_auto", (
            S("Hi, I'm returning a voicemail from one of your service advisors about the "
              "estimate on my 2016 Ford F-150, the one that's in the shop for the brakes."),
            S("I know you're probably closed. My name is Bill Turner, and please call me back "
              "on my cell, three zero three, five five five, oh one eight seven, not this "
              "number."),
            S("So the message is: Bill Turner returning the call about the estimate on the "
              "F-150, please call him tomorrow morning at three zero three, five five five, oh "
              "one eight seven. Don't start any work until we talk."),
            S("That's all, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Bill Turner", "+13035550187",
                          about=r"estimate|F-?150|truck|voicemail|brake", urgent=False),),
        said=(read_back("+13035550187"),), ends_call=True, clock="2026-03-10 18:45",
        caller="+17205550102", tags=("message",)),
    Scenario(
        "dev27_auto_oil_change_reminder_asks_the_price_and_how_long_before_booking_online",
        "t_auto", (
            S("Hi, I got your reminder email that my car is due for an oil change. Before I "
              "book, how much is the oil change?", r"89|eighty[- ]nine"),
            S("And about how long does it take?", r"30|thirty|half an? hour"),
            S("Okay, thanks, I'll call back to book when I know my schedule. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 10:00",
        caller="+16025550143", tags=("info",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to 12; half hours) -----------------------
    Scenario(
        "dev27_vet_rabies_reminder_postcard_for_biscuit_books_thursday_at_four_thirty",
        "t_vet", (
            S("Hi, I got a reminder postcard that my dog Biscuit is due for his rabies "
              "vaccine. He's fine, no emergency, and we're existing clients."),
            S("Biscuit is a three-year-old beagle. It's just the rabies shot."),
            S("Thursday the twelfth at four thirty in the afternoon, please."),
            S("My name is Janet Moore, and the number I'm calling from is best, six one oh, "
              "five five five, oh one two four."),
            S("So that's Janet Moore, Biscuit's rabies vaccine on Thursday the twelfth at four "
              "thirty in the afternoon. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Janet Moore", "+16105550124",
                        about=r"rabies|vaccin|shot"),),
        said=(at(12, "16:30"),), ends_call=True, clock="2026-03-10 08:05",
        caller="+16105550124", tags=("booking",)),
    Scenario(
        "dev27_vet_wellness_reminder_email_for_luna_books_saturday_at_nine_thirty",
        "t_vet", (
            S("Hi, I got an email reminder that our cat Luna is due for her annual wellness "
              "exam. She's healthy, no emergency. We've been to the clinic before."),
            S("Luna is a five-year-old domestic shorthair cat, and it's just her yearly "
              "checkup."),
            S("Saturday the fourteenth at nine thirty in the morning would be best."),
            S("My name is Ethan Price, and my number is the one I'm calling from, five one oh, "
              "five five five, oh one seven seven."),
            S("So that's Ethan Price, Luna's wellness exam on Saturday the fourteenth at nine "
              "thirty in the morning. Yes, please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Ethan Price", "+15105550177",
                        about=r"wellness|annual|exam|check|yearly"),),
        said=(at(14, "09:30"),), ends_call=True, clock="2026-03-11 19:00",
        caller="+15105550177", tags=("booking",)),
    Scenario(
        "dev27_vet_text_that_max_is_due_for_a_dental_cleaning_tuesday_at_eight",
        "t_vet", (
            S("Hello, I got a text from you that my dog Max is due for his dental cleaning, "
              "and I'd like to book it. Nothing urgent, and we're existing clients."),
            S("Max is a seven-year-old golden retriever. It's the teeth cleaning the vet "
              "recommended last time."),
            S("Tuesday the seventeenth at eight in the morning, I can drop him off on my way "
              "to work."),
            S("My name is Olga Petrova. Please call me on my cell, not this number: seven "
              "seven three, five five five, oh one nine one."),
            S("So that's Olga Petrova, Max's dental cleaning on Tuesday the seventeenth at "
              "eight in the morning, and my cell, seven seven three, five five five, oh one "
              "nine one. Yes, please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Olga Petrova", "+17735550191",
                        about=r"dental|teeth|clean"),),
        said=(at(17, "08:00"), read_back("+17735550191")), ends_call=True,
        clock="2026-03-13 12:30", caller="+18475550105", tags=("booking",)),
    Scenario(
        "dev27_vet_meant_to_book_the_reminder_checkup_but_the_dog_ate_rat_poison",
        "t_vet", (
            S("Hi, I was calling to book the checkup from your reminder card, but my dog just "
              "got into the rat poison in the garage, maybe twenty minutes ago.", VET_NOW),
            S("My name is Rachel Gomez, and my number is nine one six, five five five, oh one "
              "six five. The dog's name is Rocky."),
            S("Please leave an urgent message for the vet: Rachel Gomez, Rocky ate rat poison, "
              "we're going to the emergency animal hospital now. Call me at nine one six, five "
              "five five, oh one six five."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rachel Gomez", "+19165550165", about=r"rat|poison|Rocky",
                          urgent=True),),
        ends_call=True, clock="2026-03-15 10:00", caller="+19165550165",
        tags=("emergency",)),
    Scenario(
        "dev27_vet_returning_the_vets_voicemail_about_milos_bloodwork",
        "t_vet", (
            S("Hi, the vet left me a voicemail about my cat Milo's bloodwork results and asked "
              "me to call back. I know it's just after closing on a Saturday."),
            S("My name is Hannah Reed, R, E, E, D, and my number is the one I'm calling from, "
              "eight five eight, five five five, oh one one eight."),
            S("So the message is: Hannah Reed returning the vet's call about Milo's bloodwork, "
              "please call her back on Monday at eight five eight, five five five, oh one one "
              "eight. It's not urgent, he's doing fine."),
            S("That's all, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Reed", "+18585550118",
                          about=r"blood|result|lab|Milo", urgent=False),),
        ends_call=True, clock="2026-03-14 12:30", caller="+18585550118",
        tags=("message",)),
    Scenario(
        "dev27_vet_french_caller_got_a_vaccine_reminder_for_her_cat",
        "t_vet", (
            S("Bonjour, j'ai reçu un message de rappel pour le vaccin de mon chat, mais je ne "
              "parle pas bien anglais. Est-ce que quelqu'un peut me rappeler en français ?",
              NOT_ENGLISH),
            S("Je m'appelle Claire Dubois. C, L, A, I, R, E. Dubois, D, U, B, O, I, S."),
            S("Mon numéro est celui d'où j'appelle : six quatre six, cinq cinq cinq, zéro un "
              "quatre neuf."),
            S("Oui, merci. Au revoir.", BYE + r"|au revoir"),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dubois", "+16465550149", about=r"\w", urgent=False),),
        ends_call=True, clock="2026-03-12 11:10", caller="+16465550149",
        tags=("language",)),
]
