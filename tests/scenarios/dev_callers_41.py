"""A forty-first development set: 48 scripted callers, six in each of the fleet's eight trades,
ordinary callers with no special theme, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-41) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists); only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, and the
twenty-eighth set's test file, for the conventions. The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses, its first few callers and the judging fields of the
rest (for the early hang-up, only how many silences its own hang-up caller sits through) and
tests/scenarios/harness.py; the read-back patterns from tests/scenarios/spoken.py; the shape from
tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds, KINDS_41
below).

What makes it different: nothing, on purpose. These are the calls the office manager of a small
business would script after transcribing a month of her own incoming calls and asking friends at
the seven other kinds of business for theirs: the everyday mix of first-time and returning
callers, phrased the way people really phrase things on the phone ("I kind of let it slide", "I
just moved to the area", "it runs all night", "she's due for her yearly checkup", "something
came up", "is that open?"), at the hours such calls really come in (before opening on the way to
work, on a lunch break, just before closing, after work, on a Saturday morning, on a Sunday
evening, late at night for the one thing that cannot wait). What they ask for is typical, not
exotic: an overdue cleaning, a new patient looking for a dentist, a child's six-month cleaning
after school, a bill the insurance should have paid, a broken front tooth on a Saturday; an
annual physical, a new primary care doctor, a blood pressure refill, a husband with chest pain, a
flu shot's price, a Spanish-speaking mother's school physical; wills after a second baby, a
security deposit, signed divorce papers, a rear-end collision, a son arrested tonight, a voicemail
that cut off; a running toilet, a slow kitchen drain, a lukewarm water heater, a bathroom
remodel, water through the ceiling, a humming disposal; a trim and style, a men's cut after work,
roots, a Saturday moved for soccer, a gift card, sunglasses left behind; a showing seen online, a
valuation before selling, a rental on a Sunday, a second look at a house, first-time buyers'
basics, a Portuguese-speaking renter; an oil change, a check engine light, an invoice for a
warranty claim, soft brakes in a parking lot, a brake job pushed a week, Saturday hours and an
alignment; a beagle's yearly shots, a shelter kitten, an old Lab's arthritis refill, a dachshund
in the chocolate chips, a cancelled visit, a microchip's price. They come in the held-out sets'
mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number,
6 emergencies, 2 moves and 2 cancellations from a seeded booking, 4 question-only calls, 3 asks
for a person, 1 Spanish and 1 Portuguese caller, 1 early hang-up). Every `Say(..., expect=...,
avoid=...)` pattern is loose and case-insensitive so any good wording passes, and every price and
hour it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev41

which prints `RESULT dev41_pass_rate=`, measured and never gated.
Its first run, on main at 5c15973, before anyone had read a transcript of it: 42/48 = 0.875.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a script that cannot finish, a fact that is
not the business's): one was found. The early hang-up's caller sat through three silences,
expecting "are you still there?" twice, but the receptionist rightly asked once and, at the
second silence, said goodbye and ended the call, so the script could not finish; the caller now
sits through two silences, the first expecting the prompt and the second the goodbye (no
spoken line was changed). The second run, with that fix: 43/48 = 0.896 (0.8958). The five
failures left are all the receptionist's: the Saturday broken front tooth was taken as a
message but not marked urgent though the caller asked for it; the dental cancellation was done,
but the caller's repeated "please cancel the Thursday ten o'clock" was taken as a request to
book that freed slot; the flu-shot caller's "that's all I needed, bye" got slots offered instead
of a goodbye, and the call was not hung up; the Portuguese caller's number said in Portuguese
words was not understood ("I didn't catch a full phone number") and her "tchau" got no goodbye;
the auto caller's "are you open till three today?" was not answered (the receptionist asked for
the vehicle instead).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a later line says the final day and time plainly with the service and
the name the booking or message is to be under; a booking is read back (`said=`) with its final
day and time (a plumbing visit's two-hour arrival window may be read back as "nine to eleven",
`window()` below); where the callback is not the line the call comes from, `said=` also checks
that the whole number was read back, in digits or in words, in order. Only a call with
`overrides` carrying a transfer number, inside opening hours, has a line to transfer to, and its
caller asks for a person only in the last line. An emergency ends with an urgent message; a
routine message is not urgent. A call whose last line says goodbye is hung up by the
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
KINDS_41 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
# a goodbye in the caller's language or in English
BYE_ANY = (r"bye|take care|have a|adi[oó]s|hasta|gracias|que tenga|tchau|at[eé] (?:logo|mais)"
           r"|obrigad|tenha")
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# what ends a call the caller has gone quiet on
GONE = r"bye|call (?:us )?back|goodbye|hang up|end (?:the|this) call"
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|nine one one|emergency room|\bER\b"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# it is not safe to drive the car: a tow
TOW = r"tow|not (?:to )?drive|don't drive|do not drive|not safe"

_HOURS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def window(day: int, hhmm: str) -> str:
    """A plumbing visit's two-hour arrival window read back: as `at()` reads a start time, or as
    a range, "9 to 11 AM", "between nine and eleven", "11 a.m. - 1 p.m.", beside the day."""
    hour = int(hhmm.split(":")[0])
    start, end = hour % 12 or 12, (hour + 2) % 12 or 12
    weekday = _WEEKDAYS[(day + 5) % 7]  # 1 March 2026 is a Sunday
    date = rf"(?:\b{weekday}\b|March {day}(?:st|nd|rd|th)?\b|\b{day}(?:st|nd|rd|th)\b)"
    span = (rf"\b(?:{start}(?::00)?|{_HOURS[start % 12]})\s*(?:[ap]\.?\s?m\.?)?\s*"
            rf"(?:to|-|–|and|until|till)\s*(?:{end}(?::00)?|{_HOURS[end % 12]})\b")
    return rf"{at(day, hhmm)}|{date}.{{0,40}}?{span}|{span}.{{0,25}}?{date}"


DEV_CALLERS_41: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d41_dental_overdue_cleaning_before_work_policy_in_husbands_name",
        "t_dental", (
            S("Hi, good morning. I'm calling to make an appointment for a cleaning. I'm a "
              "patient there, I think it's been about a year, I kind of let it slide."),
            S("No, nothing's bothering me, no pain or swelling, it's just the regular cleaning "
              "and checkup. I have Delta Dental through my husband's work, he's the policy "
              "holder, Michael Brennan."),
            S("First thing in the morning is best for me, before work. Do you have anything at "
              "eight o'clock next week, like Thursday the nineteenth?"),
            S("It's Colleen Brennan, B, R, E, N, N, A, N, date of birth June fourth, nineteen "
              "seventy-nine. You can reach me at the number I'm calling from."),
            S("So that's a cleaning for Colleen Brennan on Thursday, March nineteenth, at eight "
              "in the morning. Yes, please go ahead and book that."),
            S("Great, thank you so much. Bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 08:00", "Colleen Brennan", "+17185550147",
                        about=r"clean|check|exam"),),
        said=(at(19, "08:00"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+17185550147", tags=("booking",)),
    Scenario(
        "d41_dental_just_moved_here_new_patient_paying_himself_asks_the_price",
        "t_dental", (
            S("Hi, um, I just moved to the area and I'm looking for a new dentist. Are you taking "
              "new patients? I'd like to come in for a cleaning and a checkup."),
            S("I don't have dental insurance right now, so I'd be paying myself. How much is the "
              "first visit for a new patient, with the X-rays and the cleaning?"),
            S("No pain or anything, it's just been a while. Could I come in Monday the sixteenth "
              "at two in the afternoon?"),
            S("My name is Daniel Okoye, O, K, O, Y, E, born October twelfth, nineteen "
              "ninety-one. My number is the cell I'm calling on."),
            S("Okay, so the new patient exam and cleaning for Daniel Okoye, Monday, March "
              "sixteenth at two p.m. Yes, book it please."),
            S("Perfect, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Daniel Okoye", "+13475550112",
                        about=r"new patient|clean|exam|x-?ray|check"),),
        said=(at(16, "14:00"), r"\$?275\b|two hundred (?:and )?seventy[- ]five"),
        ends_call=True, clock="2026-03-11 12:20", caller="+13475550112", tags=("booking",)),
    Scenario(
        "d41_dental_mom_books_her_sons_six_month_cleaning_after_school",
        "t_dental", (
            S("Hi, I need to make a cleaning appointment for my son, he's eight. He's been there "
              "before, he saw you guys in the fall."),
            S("No problems, no pain, it's just his six-month cleaning. Please put the appointment "
              "under his name, Owen Castillo, C, A, S, T, I, L, L, O, his birthday is July "
              "twenty-second, twenty seventeen."),
            S("We have Cigna, it's under my name, I'm the policy holder, Andrea Castillo. And it "
              "has to be after school, so like four o'clock. Is Tuesday the seventeenth at four "
              "open?"),
            S("You can call me back on this number, it's my cell."),
            S("Okay, so Owen Castillo, child cleaning, Tuesday, March seventeenth at four in the "
              "afternoon. Yes, go ahead and book it."),
            S("Thanks so much, have a good night.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:00", "Owen Castillo", "+12015550183",
                        about=r"clean|child|check|exam"),),
        said=(at(17, "16:00"),), ends_call=True, clock="2026-03-12 16:45",
        caller="+12015550183", tags=("booking",)),
    Scenario(
        "d41_dental_after_hours_bill_she_thinks_insurance_should_cover",
        "t_dental", (
            S("Hi, I'm calling because I got a bill in the mail from you guys for ninety-five "
              "dollars, and I'm pretty sure my insurance was supposed to cover that visit."),
            S("I don't need an appointment, I just want somebody from billing to call me back "
              "and explain it, or check with the insurance."),
            S("My name is Gloria Washington, I'm a patient there, date of birth March third, "
              "nineteen sixty-eight. The visit was back in February."),
            S("The best number is my cell, not this one. It's nine one seven, five five five, "
              "zero one six three."),
            S("So that's Gloria Washington, about the ninety-five dollar bill, at nine one seven, "
              "five five five, zero one six three. That's all, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Washington", "+19175550163",
                          about=r"bill|insurance|charge|statement|ninety|95|cover",
                          urgent=False),),
        said=(read_back("+19175550163"),), ends_call=True, clock="2026-03-16 17:25",
        caller="+12125550178", tags=("message",)),
    Scenario(
        "d41_dental_saturday_broken_front_tooth_wants_the_dentist_to_call",
        "t_dental", (
            S("Hi, I know you're closed today, but I broke my front tooth last night, a big "
              "piece just snapped off when I bit into something. I'm a patient there."),
            S("It's not bleeding anymore and there's no swelling, but it's really sensitive and "
              "I have a job interview on Monday. I don't want to book anything yet, I just need "
              "the dentist or whoever's on call to call me back."),
            S("My name is Kevin Mendoza, M, E, N, D, O, Z, A. Please call me back at this "
              "number, it's my cell."),
            S("Please mark it urgent and have someone call me back as soon as possible, today if "
              "they can. Thanks."),
            S("Okay, thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Mendoza", "+16465550139",
                          about=r"tooth|broke|crack|chip|snap", urgent=True),),
        ends_call=True, clock="2026-03-14 10:05", caller="+16465550139", tags=("emergency",)),
    Scenario(
        "d41_dental_cancels_thursday_for_a_work_trip_will_call_to_rebook",
        "t_dental", (
            S("Hi, good morning. I have an appointment on Thursday at ten and I need to cancel "
              "it, I have to go out of town for work."),
            S("It's under Patricia Nguyen, N, G, U, Y, E, N. It's this Thursday, the twelfth, "
              "at ten in the morning."),
            S("No, I don't want to reschedule right now, I'll call back when I know my "
              "schedule. Just cancel it, please."),
            S("Yes, please cancel the Thursday the twelfth ten o'clock appointment for Patricia "
              "Nguyen.", r"cancel"),
            S("Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:00",),
        seed=(Seed("2026-03-12 10:00", "Patricia Nguyen", "+12015550121"),),
        ends_call=True, clock="2026-03-10 08:15", caller="+12015550121", tags=("cancel",)),
    # --- clinic (weekdays 8 to 5; twenty-minute slots) -------------------------------------
    Scenario(
        "d41_clinic_established_patient_annual_physical_early_friday",
        "t_clinic", (
            S("Hi, I'd like to schedule my annual physical. I'm an established patient, I've "
              "been coming there for a few years."),
            S("The patient is me, Harold Jensen, J, E, N, S, E, N, date of birth November "
              "fifteenth, nineteen fifty-eight. I have Aetna through my work."),
            S("Whoever I usually see is fine, I don't have a preference. Mornings are better. "
              "Could I do Friday the twentieth at eight forty in the morning?"),
            S("Yes, this number is fine to call me back on."),
            S("So that's the annual physical for Harold Jensen, Friday, March twentieth at eight "
              "forty a.m. Please book it."),
            S("Okay, thank you. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 08:40", "Harold Jensen", "+16095550144",
                        about=r"physical|annual|check"),),
        said=(at(20, "08:40"),), ends_call=True, clock="2026-03-11 08:05",
        caller="+16095550144", tags=("booking",)),
    Scenario(
        "d41_clinic_new_patient_looking_for_a_primary_care_doctor",
        "t_clinic", (
            S("Hello, I'm looking for a new primary care doctor and I wanted to know if you're "
              "accepting new patients. I'd like to make an appointment to get established."),
            S("My name's Aisha Rahman, R, A, H, M, A, N, date of birth February twenty-eighth, "
              "nineteen eighty-six. I have UnitedHealthcare through my job."),
            S("It's just a new patient visit to get set up, I don't have anything going on. And "
              "I don't have a preference on the doctor."),
            S("Afternoons work best. Do you have Tuesday the seventeenth at three twenty?"),
            S("You can call me at the number I'm calling from. So, Aisha Rahman, new patient "
              "visit, Tuesday, March seventeenth at three twenty p.m. Go ahead and book it."),
            S("Great. Thank you so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:20", "Aisha Rahman", "+12675550136",
                        about=r"new patient|establish|primary|visit"),),
        said=(at(17, "15:20"),), ends_call=True, clock="2026-03-12 13:10",
        caller="+12675550136", tags=("booking",)),
    Scenario(
        "d41_clinic_blood_pressure_refill_nurse_can_call_the_home_phone",
        "t_clinic", (
            S("Hi, I need a refill on my blood pressure medicine, the lisinopril. I've got about "
              "a week left."),
            S("I'm a patient there, Frank DeLuca, D, E, L, U, C, A, birthday April ninth, "
              "nineteen sixty-two."),
            S("It's ten milligrams, once a day, and I use the CVS on Main Street."),
            S("If the nurse needs to call me, the best number is my home phone, seven one eight, "
              "five five five, zero one nine four."),
            S("Okay, that's it. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank DeLuca", "+17185550194",
                          about=r"refill|lisinopril|blood pressure|prescription|medic",
                          urgent=False),),
        said=(read_back("+17185550194"),), ends_call=True, clock="2026-03-16 16:50",
        caller="+13475550128", tags=("message",)),
    Scenario(
        "d41_clinic_wife_wants_same_day_visit_for_chest_pain_down_his_arm",
        "t_clinic", (
            S("Hi, I need to get my husband in today if possible. He's been having chest pain "
              "since this morning and now it's going down his left arm, and he's all sweaty."),
            S("He says it's probably just heartburn and he doesn't want to go to the hospital. "
              "Can't the doctor just see him this afternoon?"),
            S("Okay. Okay, I'll call 911. His name is Robert Hale, he's a patient there. Can you "
              "please let his doctor know?"),
            S("Put the message under my name, I'm his wife, Donna Hale, and my cell is this "
              "number. Please mark it urgent and have someone call me."),
            S("I have to go. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Donna Hale", "+15165550172",
                          about=r"chest|heart|911|hospital|emergency|arm|Robert",
                          urgent=True),),
        said=(ER,), ends_call=True, clock="2026-03-11 10:30", caller="+15165550172",
        tags=("emergency",)),
    Scenario(
        "d41_clinic_lunch_break_flu_shot_price_and_closing_time",
        "t_clinic", (
            S("Hi, quick question. Do you guys still give flu shots, and how much is it if I'm "
              "paying out of pocket?"),
            S("Okay. And what time do you close today? I'm trying to figure out if I can come by "
              "after work.", r"\b5\b|five|17:00"),
            S("Alright, I'll figure it out. Thanks, that's all I needed. Bye.", BYE),
        ),
        outcome="information_only",
        said=(r"\$?40\b|forty",), ends_call=True, clock="2026-03-13 12:35",
        caller="+19175550108", tags=("info",)),
    Scenario(
        "d41_clinic_spanish_mother_school_physical_wants_a_call_back",
        "t_clinic", (
            S("Hola, buenas tardes. ¿Hablan español? Necesito una cita para el examen físico de "
              "la escuela de mi hija."),
            S("Mi hija se llama Valeria, tiene once años. No tenemos seguro, vamos a pagar "
              "nosotros."),
            S("Yo no sé bien qué días puedo, trabajo en turnos. Mejor que alguien me llame para "
              "hacer la cita, por favor."),
            S("Me llamo Marisol Ortiz, O, R, T, I, Z. Mi número es seis cuatro seis, cinco cinco "
              "cinco, cero uno cinco dos."),
            S("Sí, Marisol Ortiz, seis cuatro seis, cinco cinco cinco, cero uno cinco dos. "
              "Muchas gracias, adiós.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Ortiz", "+16465550152",
                          about=r"f[ií]sic|physical|escuela|school|cita|appointment|Valeria"
                                r"|spanish|espa[nñ]ol|llam|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 17:40", caller="+16465550152", tags=("spanish",)),
    # --- law firm (weekdays 9 to 5; hour-long slots) ---------------------------------------
    Scenario(
        "d41_law_couple_finally_doing_wills_after_the_second_baby",
        "t_law", (
            S("Hi, my wife and I need to get our wills done, we keep putting it off, and we just "
              "had our second baby. Is that something you do?"),
            S("How much is the first meeting? Is there a charge for the consultation?"),
            S("There are no court dates or anything like that, and we don't have another lawyer. "
              "It's just the two of us, Jordan and Melissa Price. We'd like to come in person."),
            S("Could we do Tuesday the seventeenth at eleven in the morning? My email is jordan "
              "dot price at gmail dot com."),
            S("It's under Jordan Price, and the number I'm calling from is fine. So the estate "
              "planning consultation, Tuesday, March seventeenth at eleven a.m., in person. "
              "Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 11:00", "Jordan Price", "+19085550163",
                        about=r"will|estate"),),
        said=(at(17, "11:00"), NO_CHARGE), ends_call=True, clock="2026-03-11 12:40",
        caller="+19085550163", tags=("booking",)),
    Scenario(
        "d41_law_old_landlord_kept_the_deposit_phone_consult_on_lunch",
        "t_law", (
            S("Hi, I'm calling because my old landlord won't give me back my security deposit, "
              "it's almost three thousand dollars, and I want to talk to a lawyer about it."),
            S("The landlord is Parkview Management, and the guy I dealt with is Steven "
              "Kowalski. There's no court date, I haven't filed anything, and I don't have a "
              "lawyer."),
            S("How much does a consultation cost? And can I do it over the phone? I work during "
              "the day."),
            S("Thursday the nineteenth at one in the afternoon would work, on my lunch break. My "
              "email is t dot brooks eighty-eight at yahoo dot com."),
            S("My name is Tanya Brooks, B, R, O, O, K, S, and you can call me at this number. So "
              "that's a phone consultation Thursday, March nineteenth at one p.m. Yes, please "
              "book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:00", "Tanya Brooks", "+12155550119",
                        about=r"deposit|landlord|rent|tenant|lease"),),
        said=(at(19, "13:00"), r"\$?250\b|two hundred (?:and )?fifty"), ends_call=True,
        clock="2026-03-16 08:45", caller="+12155550119", tags=("booking",)),
    Scenario(
        "d41_law_client_signed_the_divorce_papers_drop_off_or_mail",
        "t_law", (
            S("Hi, this is Brian Fitzgerald, I'm working with one of your attorneys on my "
              "divorce. I signed the papers she sent me and I wanted to know if I should drop "
              "them off or mail them back."),
            S("No rush, there's no deadline on it that I know of. I just need somebody from the "
              "office to call me back."),
            S("Best number is my cell, six three one, five five five, zero one three three. I'm "
              "calling from my work phone."),
            S("Again, it's Brian Fitzgerald, F, I, T, Z, G, E, R, A, L, D, six three one, five "
              "five five, zero one three three. That's it, thanks."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brian Fitzgerald", "+16315550133",
                          about=r"divorce|papers|sign|document|drop|mail", urgent=False),),
        said=(read_back("+16315550133"),), ends_call=True, clock="2026-03-12 15:30",
        caller="+12125550141", tags=("message",)),
    Scenario(
        "d41_law_saturday_rear_ended_two_weeks_ago_call_me_monday",
        "t_law", (
            S("Hi, I was in a car accident two weeks ago, somebody rear-ended me, and my back's "
              "been bothering me since. I'm trying to find out if I need a lawyer."),
            S("I know you're closed, I just want somebody to call me back on Monday. I'd rather "
              "talk to someone than book something right now."),
            S("The other driver's name is Craig Thompson, and his insurance is State Farm. No "
              "court date, nothing filed, and I don't have a lawyer."),
            S("My name is Latoya Simmons, S, I, M, M, O, N, S, and my number is two six seven, "
              "five five five, zero one one eight."),
            S("That's Latoya Simmons, two six seven, five five five, zero one one eight, about "
              "the car accident. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Latoya Simmons", "+12675550118",
                          about=r"accident|injur|car|rear|back|crash", urgent=False),),
        ends_call=True, clock="2026-03-14 11:20", caller="+12675550118", tags=("message",)),
    Scenario(
        "d41_law_late_night_mother_son_arrested_sees_a_judge_in_the_morning",
        "t_law", (
            S("Hi, I know it's late. My son got arrested tonight and he's being held at the "
              "county jail. I need a lawyer for him."),
            S("They said he's going to see a judge tomorrow morning. His name is Marcus Webb, "
              "he's nineteen. It was a fight outside a bar, nobody was seriously hurt."),
            S("I'm his mother, Denise Webb, W, E, B, B. Please have an attorney call me first "
              "thing in the morning, or tonight if anyone's there. My cell is this number, nine "
              "one four, five five five, zero one seven one."),
            S("Please mark it urgent. Thank you."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Webb", "+19145550171",
                          about=r"arrest|jail|custody|court|judge|son|Marcus", urgent=True),),
        ends_call=True, clock="2026-03-10 21:40", caller="+19145550171", tags=("emergency",)),
    Scenario(
        "d41_law_returning_a_voicemail_that_cut_off_asks_for_someone",
        "t_law", (
            S("Hi, I got a voicemail from someone at your office yesterday asking me to call "
              "back, but the message cut off and I didn't catch her name."),
            S("My name is Gary Lindqvist. I'm not sure what it's about, I think it might be about "
              "my mom's estate."),
            S("Could you just put me through to someone there who can figure out who called me? "
              "I'd rather talk to a person.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-13 10:15",
        caller="+17325550190", overrides=TRANSFER_LINE, tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) -------------------
    Scenario(
        "d41_plumb_toilet_runs_all_night_asks_the_service_call_fee",
        "t_plumb", (
            S("Hi, yeah, I've got a toilet that keeps running, it runs all night, and I'd like "
              "somebody to come take a look at it."),
            S("It's not leaking on the floor or anything, it just won't stop running. I own the "
              "place. The address is three fourteen West Eighty-Fifth Street, New York, one zero "
              "zero two four."),
            S("What's the charge just to have someone come out?"),
            S("Monday the sixteenth works, the morning window, nine to eleven, if you have it."),
            S("Name is Walter Briggs, B, R, I, G, G, S, and this number's fine. So Monday, March "
              "sixteenth, nine to eleven a.m., for the running toilet. Go ahead and book it."),
            S("Alright, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Walter Briggs", "+12125550187",
                        about=r"toilet|running"),),
        said=(window(16, "09:00"), r"\$?89\b|eighty[- ]nine"), ends_call=True,
        clock="2026-03-12 07:10", caller="+12125550187", tags=("booking",)),
    Scenario(
        "d41_plumb_renter_slow_kitchen_drain_backs_up_with_the_dishwasher",
        "t_plumb", (
            S("Hi, my kitchen sink is draining really slow, like it takes forever, and now it's "
              "starting to back up a little when I run the dishwasher."),
            S("No, nothing's leaking, it's just clogged. I'm renting, but my landlord already "
              "said it's fine, she told me to call a plumber and send her the bill."),
            S("The address is two hundred East Twelfth Street, apartment four C, New York, one "
              "zero zero zero three."),
            S("Saturday's best since I'm home. Saturday the fourteenth, the eleven to one "
              "window?"),
            S("It's Jenna Morales, M, O, R, A, L, E, S, and this number is my cell. So Saturday, "
              "March fourteenth, eleven to one, for the clogged kitchen sink. Please book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Jenna Morales", "+19175550126",
                        about=r"drain|clog|sink|kitchen|back"),),
        said=(window(14, "11:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+19175550126", tags=("booking",)),
    Scenario(
        "d41_plumb_evening_lukewarm_water_heater_in_the_basement",
        "t_plumb", (
            S("Hi, our water heater's acting up, we're only getting lukewarm water, and it runs "
              "out after like five minutes."),
            S("No leaking, there's no water on the floor. It's in the basement, it's a gas one, "
              "maybe ten years old. We own the house."),
            S("The address is eighty-seven Hudson Street, New York, one zero zero one three."),
            S("Friday the thirteenth would be good, the afternoon window, one to three."),
            S("It's Tom Gallagher, G, A, L, L, A, G, H, E, R, and you can call me at this number. "
              "So Friday, March thirteenth, one to three p.m., for the water heater. Yes, book "
              "it."),
            S("Thanks a lot, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Tom Gallagher", "+16465550104",
                        about=r"water heater|hot water|lukewarm|heater"),),
        said=(window(13, "13:00"),), ends_call=True, clock="2026-03-11 20:10",
        caller="+16465550104", tags=("booking",)),
    Scenario(
        "d41_plumb_bathroom_remodel_wants_to_talk_it_over_first",
        "t_plumb", (
            S("Hi, I'm redoing my bathroom and I need a plumber to move the shower and the sink. "
              "I'd like someone to call me back to talk about it before anything gets "
              "scheduled."),
            S("It's nothing urgent, nothing's leaking. The place is at ninety West Fourth Street, "
              "New York, one zero zero one four, and I own it."),
            S("My name is Sandra Whitaker, W, H, I, T, A, K, E, R, and the best number is nine "
              "one seven, five five five, zero one two nine."),
            S("Anytime next week is fine for the call. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Whitaker", "+19175550129",
                          about=r"bathroom|shower|sink|remodel|renovat|redo|move",
                          urgent=False),),
        said=(read_back("+19175550129"),), ends_call=True, clock="2026-03-13 15:40",
        caller="+16465550167", tags=("message",)),
    Scenario(
        "d41_plumb_sunday_night_water_through_the_kitchen_ceiling",
        "t_plumb", (
            S("Hi, I've got water coming through my ceiling from the upstairs bathroom, it's "
              "dripping pretty fast into the kitchen."),
            S("I shut the main water off already and it's slowing down, but there's a lot of "
              "water and the ceiling's sagging a little. It's not near any outlets."),
            S("I own the house, it's at twelve Bank Street, New York, one zero zero one four. I "
              "need somebody from your emergency service to call me back tonight."),
            S("My name is Anthony Russo, R, U, S, S, O, and call me back at this number. Please "
              "mark it urgent."),
            S("Okay, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Anthony Russo", "+13475550161",
                          about=r"ceiling|water|leak|pipe|bathroom|drip", urgent=True),),
        ends_call=True, clock="2026-03-15 21:15", caller="+13475550161", tags=("emergency",)),
    Scenario(
        "d41_plumb_humming_disposal_caller_drops_mid_sentence",
        "t_plumb", (
            S("Hi, yeah, I'm calling about my garbage disposal, it's making this humming noise "
              "and it won't, um—"),
            silent(STILL_THERE),
            silent(GONE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 11:05", caller="+12125550113",
        tags=("hangup",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8, closed Sunday and Monday) ------------
    Scenario(
        "d41_salon_trim_and_style_saturday_morning_asks_the_price",
        "t_salon", (
            S("Hi! I'd like to make a haircut appointment, just a trim and a style. I've been "
              "there before, a couple of times."),
            S("Anyone's fine, I don't have a regular stylist. How much is a women's cut and "
              "style now?"),
            S("Could I get in Saturday morning? Like Saturday the fourteenth at ten?"),
            S("It's Megan O'Connor, and the number's the one I'm calling from."),
            S("So Megan O'Connor, women's haircut, Saturday, March fourteenth at ten a.m. Yep, "
              "book it please."),
            S("Thank you! Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Megan O'Connor", "+19735550122",
                        about=r"cut|trim|style"),),
        said=(at(14, "10:00"), r"\$?65\b|sixty[- ]five"), ends_call=True,
        clock="2026-03-10 10:30", caller="+19735550122", tags=("booking",)),
    Scenario(
        "d41_salon_first_time_mens_cut_next_thursday_after_work",
        "t_salon", (
            S("Hey, do you guys do men's cuts? I need a haircut."),
            S("Just a regular cut, short on the sides. I've never been there before, my "
              "girlfriend goes there. Anybody's fine for the stylist."),
            S("After work is best, like six o'clock. Next Thursday, the nineteenth, at six "
              "p.m.?"),
            S("Name's Chris Adeyemi, A, D, E, Y, E, M, I. This number is good."),
            S("Cool, so a men's haircut, Thursday the nineteenth at six p.m., Chris Adeyemi. "
              "Book it."),
            S("Thanks, see ya, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Chris Adeyemi", "+12015550195",
                        about=r"men|cut"),),
        said=(at(19, "18:00"),), ends_call=True, clock="2026-03-11 18:40",
        caller="+12015550195", tags=("booking",)),
    Scenario(
        "d41_salon_regular_needs_her_roots_done_on_her_day_off",
        "t_salon", (
            S("Hi, I need to get my roots done. I get my color done there, it's the same color "
              "every time, just the all-over single process."),
            S("I usually see Jasmine, but if she's not in that day anybody's fine. It's the same "
              "dark brown as always, nothing new."),
            S("I'm off on Wednesdays. Could I come Wednesday the eighteenth at eleven in the "
              "morning?"),
            S("My name is Linda Kowalczyk, K, O, W, A, L, C, Z, Y, K, and you can call me at "
              "this number."),
            S("So single-process color, Wednesday, March eighteenth at eleven a.m., Linda "
              "Kowalczyk. Go ahead and book it."),
            S("Thanks, hon, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Linda Kowalczyk", "+17325550158",
                        about=r"colou?r|root|single"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-13 11:15",
        caller="+17325550158", tags=("booking",)),
    Scenario(
        "d41_salon_moves_her_saturday_blowout_a_week_for_soccer",
        "t_salon", (
            S("Hi, I have an appointment this Saturday at eleven and I need to move it, "
              "something came up with my kid's soccer."),
            S("It's under Stephanie Ruiz. It's Saturday the fourteenth at eleven in the morning, "
              "it's a blowout."),
            S("Could I do the same time the next Saturday instead, Saturday the twenty-first at "
              "eleven?"),
            S("Yes, so move Stephanie Ruiz from Saturday the fourteenth to Saturday, March "
              "twenty-first at eleven a.m. Same number, this one."),
            S("Perfect, thanks so much. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Stephanie Ruiz", "+16095550175"),),
        cancelled=("2026-03-14 11:00",),
        seed=(Seed("2026-03-14 11:00", "Stephanie Ruiz", "+16095550175"),),
        said=(at(21, "11:00"),), ends_call=True, clock="2026-03-10 14:20",
        caller="+16095550175", tags=("move",)),
    Scenario(
        "d41_salon_sunday_evening_gift_card_for_moms_birthday",
        "t_salon", (
            S("Hi, I wanted to get a gift card for my mom's birthday. Do you sell those?",
              r"gift card"),
            S("And how much is a blowout? I was thinking of just getting her one of those.",
              r"\$?45\b|forty[- ]five"),
            S("Are you open tomorrow? I could stop by on my way home from work.",
              r"closed|not open|aren't open|Tuesday"),
            S("Okay, I'll come by Tuesday then. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 19:30",
        caller="+15165550106", tags=("info",)),
    Scenario(
        "d41_salon_left_her_sunglasses_asks_for_the_front_desk",
        "t_salon", (
            S("Hi, I was in last Saturday for highlights and I think I left my sunglasses there, "
              "maybe at the station by the window."),
            S("They're black Ray-Bans in a brown case. My name is Nicole Ferraro."),
            S("Could you put me through to somebody at the front desk who can look for them? "
              "I'll wait on the line.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-12 16:00",
        caller="+19175550143", overrides=TRANSFER_LINE, tags=("person",)),
    # --- real estate (9 to 6, Saturdays 10 to 5, Sundays noon to 4; half-hour slots) ------
    Scenario(
        "d41_homes_saw_the_willow_lane_house_online_showing_after_work",
        "t_homes", (
            S("Hi, I saw the house on Willow Lane online, the three-bedroom at forty-two Willow "
              "Lane, and I'd like to go see it."),
            S("We're buying, we're pre-approved with our bank, and we don't have an agent yet. "
              "We'd like to move by the summer."),
            S("Weekdays after work are best. Could we see it Monday the sixteenth at five thirty "
              "in the evening?"),
            S("My name is Samantha Greene, G, R, E, E, N, E, my email is sam greene at outlook "
              "dot com, and this number is my cell."),
            S("So the showing at forty-two Willow Lane, Monday, March sixteenth at five thirty "
              "p.m., for Samantha Greene. Yes, please book it."),
            S("Thanks so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Samantha Greene", "+12035550148",
                        about=r"willow|show|42|forty"),),
        said=(at(16, "17:30"),), ends_call=True, clock="2026-03-14 10:40",
        caller="+12035550148", tags=("booking",)),
    Scenario(
        "d41_homes_thinking_of_selling_this_spring_wants_a_valuation",
        "t_homes", (
            S("Hi, we're thinking about selling our house this spring and I wanted to have "
              "someone come out and tell us what it might be worth."),
            S("It's at eighteen Maple Court. It's not listed with anybody, we've owned it about "
              "twelve years. We'd want to list maybe in April or May."),
            S("Saturdays are easiest for us. Is Saturday the fourteenth at ten in the morning "
              "possible?"),
            S("This is Richard Alvarez, A, L, V, A, R, E, Z, email rich alvarez at gmail dot "
              "com, and you can reach me at this number."),
            S("So the home valuation at eighteen Maple Court, Saturday, March fourteenth at ten "
              "a.m., Richard Alvarez. Go ahead and book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Richard Alvarez", "+12015550131",
                        about=r"valu|sell|list|maple|worth"),),
        said=(at(14, "10:00"),), ends_call=True, clock="2026-03-10 19:05",
        caller="+12015550131", tags=("booking",)),
    Scenario(
        "d41_homes_one_bedroom_on_cedar_street_sunday_showing",
        "t_homes", (
            S("Hi, I'm calling about the apartment for rent on Cedar Street, the one-bedroom. Is "
              "it possible to see it this weekend?"),
            S("It's unit three B at two twenty Cedar Street. I'm looking to move in around April "
              "first."),
            S("Sunday works best. Could I see it Sunday the fifteenth at one in the afternoon?"),
            S("My name's Kyle Henderson, H, E, N, D, E, R, S, O, N, email kyle henderson at "
              "icloud dot com. Call me back on this number."),
            S("So the rental showing for two twenty Cedar Street, Sunday, March fifteenth at one "
              "p.m., Kyle Henderson. Please book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Kyle Henderson", "+13475550153",
                        about=r"cedar|rent|show|apartment|220"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-12 12:50",
        caller="+13475550153", tags=("booking",)),
    Scenario(
        "d41_homes_sunday_evening_second_look_at_the_birch_road_house",
        "t_homes", (
            S("Hi, this is a message for the agent who showed us the house on Birch Road last "
              "weekend. I don't remember her name, sorry."),
            S("We'd like to go see it a second time, and we have some questions about the HOA "
              "fees before we think about an offer."),
            S("My name is Elena Popescu, P, O, P, E, S, C, U. Please have her call me back at "
              "seven three two, five five five, zero one four six."),
            S("Tomorrow is fine, anytime after ten. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Elena Popescu", "+17325550146",
                          about=r"birch|second|show|HOA|offer|house|see", urgent=False),),
        said=(read_back("+17325550146"),), ends_call=True, clock="2026-03-15 17:20",
        caller="+19085550114", tags=("message",)),
    Scenario(
        "d41_homes_first_time_buyers_basic_questions_before_looking",
        "t_homes", (
            S("Hi, I've got kind of a basic question. We're first-time buyers and we're just "
              "starting to look. Do we need to be pre-approved before we can go see houses?",
              r"pre-?approv"),
            S("Okay. And if we do go to a showing, what do we need to bring?",
              r"\bID\b|identification"),
            S("And what are your hours on Sunday?", r"noon|\b12\b|twelve"),
            S("Okay, that's helpful. We'll call back when we're ready. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 09:20",
        caller="+12675550189", tags=("info",)),
    Scenario(
        "d41_homes_portuguese_speaker_wants_a_two_bedroom_rental",
        "t_homes", (
            S("Olá, boa tarde. Desculpa, eu não falo inglês muito bem. Vocês têm alguém que fala "
              "português?"),
            S("Eu quero alugar um apartamento de dois quartos, para mim e o meu marido. Vi um "
              "anúncio de vocês na internet."),
            S("Por favor, alguém pode me ligar de volta? Meu nome é Fernanda Costa. Meu telefone "
              "é nove sete três, cinco cinco cinco, zero um oito sete."),
            S("Fernanda Costa, nove sete três, cinco cinco cinco, zero um oito sete. Muito "
              "obrigada, tchau.", BYE_ANY),
        ),
        outcome="message_taken",
        messages=(Message("Fernanda Costa", "+19735550187",
                          about=r"alug|rent|apart|portugu|quarto|bedroom|ligar|call",
                          urgent=False),),
        ends_call=True, clock="2026-03-14 13:15", caller="+19735550187", tags=("language",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) --------------
    Scenario(
        "d41_auto_oil_change_first_thing_tuesday_and_she_will_wait",
        "t_auto", (
            S("Hi, I need to bring my car in for an oil change. It's a twenty nineteen Honda "
              "CR-V, about forty-eight thousand miles."),
            S("Nothing's wrong with it, no lights on, it's just due. I'd wait for it, if that's "
              "okay. How much is the oil change?"),
            S("Can I come in first thing Tuesday, the seventeenth, at seven thirty?"),
            S("It's Maria Santos, S, A, N, T, O, S, and this is my cell."),
            S("So the oil change on the CR-V, Tuesday, March seventeenth at seven thirty a.m., "
              "and I'll wait. Yes, book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 07:30", "Maria Santos", "+15165550137",
                        about=r"oil"),),
        said=(at(17, "07:30"), r"\$?89\b|eighty[- ]nine"), ends_call=True,
        clock="2026-03-13 07:35", caller="+15165550137", tags=("booking",)),
    Scenario(
        "d41_auto_check_engine_light_steady_drop_off_saturday",
        "t_auto", (
            S("Yeah hi, my check engine light came on yesterday. It's not flashing, it's just on, "
              "and the car seems to drive fine."),
            S("It's a twenty fifteen Ford Escape, about a hundred and twelve thousand miles. I can "
              "drive it in, and I'd drop it off."),
            S("What do you charge to check it? And is Saturday morning, Saturday the fourteenth "
              "at nine, open?"),
            S("My name is Derek Johnson, and my number is five one six, five five five, zero one "
              "nine nine. That's my cell, I'm on my work phone."),
            S("So the check engine light on the Escape, Saturday, March fourteenth at nine a.m., "
              "drop off, Derek Johnson, five one six, five five five, zero one nine nine. Book it "
              "please."),
            S("Thanks, man, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Derek Johnson", "+15165550199",
                        about=r"check engine|engine|light|diagnos"),),
        said=(at(14, "09:00"), read_back("+15165550199"),
              r"\$?129\b|one hundred (?:and )?twenty[- ]nine"),
        ends_call=True, clock="2026-03-11 17:30", caller="+16315550177", tags=("booking",)),
    Scenario(
        "d41_auto_lunch_break_needs_the_timing_belt_invoice_for_his_warranty",
        "t_auto", (
            S("Hi, you guys did my timing belt a couple of weeks ago and I need a copy of the "
              "invoice for my extended warranty company. Can someone email it to me?"),
            S("It's a twenty seventeen Subaru Outback, under the name Jason Whitfield, W, H, I, "
              "T, F, I, E, L, D."),
            S("My email is j whitfield at comcast dot net, and if they have any questions they "
              "can call me at this number."),
            S("No rush, sometime this week is fine. Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Jason Whitfield", "+17325550115",
                          about=r"invoice|receipt|warranty|timing|copy|email", urgent=False),),
        ends_call=True, clock="2026-03-12 12:10", caller="+17325550115", tags=("message",)),
    Scenario(
        "d41_auto_soft_brake_pedal_in_a_parking_lot_wants_to_drive_it_over",
        "t_auto", (
            S("Hi, my brakes just started feeling really soft, the pedal's going almost all the "
              "way to the floor, and there's a grinding noise. I'm pulled over in a parking lot "
              "right now."),
            S("It's a twenty twelve Toyota Camry. I was going to drive it over to you, it's only "
              "like two miles. Is that okay?"),
            S("Okay, I'll call a tow truck and have it brought to you. Can you have someone at "
              "the service desk call me back as soon as possible so they know it's coming?"),
            S("My name is Keisha Monroe, M, O, N, R, O, E, and my cell is this number. Please "
              "mark it urgent."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Keisha Monroe", "+12155550164",
                          about=r"brake|pedal|tow|grind|Camry", urgent=True),),
        said=(TOW,), ends_call=True, clock="2026-03-10 16:20", caller="+12155550164",
        tags=("emergency",)),
    Scenario(
        "d41_auto_pushes_thursdays_brake_job_to_next_wednesday_morning",
        "t_auto", (
            S("Morning. I've got my car booked in for Thursday at ten thirty for the brakes, and "
              "I need to push it to next week."),
            S("The name's Paul Novak, N, O, V, A, K. It's Thursday the twelfth at ten thirty."),
            S("Could you do next Wednesday, the eighteenth, at eight thirty in the morning "
              "instead? I'll drop it off."),
            S("Yes, so move it from Thursday the twelfth to Wednesday, March eighteenth at eight "
              "thirty a.m. Same number."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:30", "Paul Novak", "+16315550102"),),
        cancelled=("2026-03-12 10:30",),
        seed=(Seed("2026-03-12 10:30", "Paul Novak", "+16315550102"),),
        said=(at(18, "08:30"),), ends_call=True, clock="2026-03-10 07:50",
        caller="+16315550102", tags=("move",)),
    Scenario(
        "d41_auto_saturday_hours_and_alignment_price_then_the_service_desk",
        "t_auto", (
            S("Hi, are you guys open till three today?", r"\b3\b|three|15:00"),
            S("And you do alignments, right? How much is that?",
              r"\$?129\b|one hundred (?:and )?twenty[- ]nine"),
            S("Okay. Can I talk to somebody at the service desk? I've got a question about my "
              "truck.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-14 09:30",
        caller="+19085550197", overrides=TRANSFER_LINE, tags=("person",)),
    # --- vet (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ----------------------
    Scenario(
        "d41_vet_beagle_due_for_her_yearly_checkup_and_rabies_shot",
        "t_vet", (
            S("Hi, I need to make an appointment for my dog, she's due for her yearly checkup "
              "and her rabies shot."),
            S("Her name is Daisy, she's a beagle, she's six. We've been coming there since she "
              "was a puppy. She's totally fine, it's just the annual visit."),
            S("After work is best for me. Do you have anything Tuesday the seventeenth at five "
              "thirty?"),
            S("My name is Laura Bennett, B, E, N, N, E, T, T, and you can call me at this "
              "number."),
            S("So that's Daisy's checkup and rabies shot, Tuesday, March seventeenth at five "
              "thirty p.m., under Laura Bennett. Go ahead and book it."),
            S("Thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:30", "Laura Bennett", "+12035550179",
                        about=r"wellness|check|rabies|vaccin|annual|yearly"),),
        said=(at(17, "17:30"),), ends_call=True, clock="2026-03-14 08:20",
        caller="+12035550179", tags=("booking",)),
    Scenario(
        "d41_vet_new_shelter_kitten_first_visit_saturday_morning",
        "t_vet", (
            S("Hi! We just adopted a kitten from the shelter and I want to get her checked out. "
              "We've never been to your clinic before."),
            S("Her name is Pepper, she's about ten weeks old, a gray tabby. She's eating and "
              "playing, she seems healthy, the shelter gave her the first shots."),
            S("How much is the first visit for a new patient? And can I bring her in on Saturday "
              "morning, Saturday the fourteenth at nine thirty?"),
            S("My name is Ryan Mitchell, M, I, T, C, H, E, L, L, and this number is my cell."),
            S("So Pepper's new patient visit, Saturday, March fourteenth at nine thirty a.m., "
              "Ryan Mitchell. Yes, book it please."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Ryan Mitchell", "+16095550111",
                        about=r"kitten|new|check|exam|Pepper|vaccin|cat"),),
        said=(at(14, "09:30"), r"\$?75\b|seventy[- ]five"), ends_call=True,
        clock="2026-03-11 13:30", caller="+16095550111", tags=("booking",)),
    Scenario(
        "d41_vet_after_closing_refill_for_the_old_labs_arthritis_pills",
        "t_vet", (
            S("Hi, I'm calling to request a refill for my dog's arthritis medicine, the "
              "carprofen. He's got about a week left."),
            S("His name is Buster, he's a twelve-year-old Lab mix. He's a patient there, under my "
              "name, Howard Chen, C, H, E, N."),
            S("Can somebody call me when it's ready to pick up? The best number is my cell, four "
              "one five, five five five, zero one eight one."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Chen", "+14155550181",
                          about=r"refill|carprofen|arthritis|medic|prescription|Buster",
                          urgent=False),),
        said=(read_back("+14155550181"),), ends_call=True, clock="2026-03-12 18:30",
        caller="+16505550130", tags=("message",)),
    Scenario(
        "d41_vet_saturday_afternoon_dachshund_ate_the_chocolate_chips",
        "t_vet", (
            S("Hi, my dog just got into a bag of chocolate chips, dark chocolate, I think she ate "
              "most of it, maybe half a bag. What do I do?"),
            S("She's a small dog, a dachshund, about fifteen pounds. She seems okay right now but "
              "she's panting a lot."),
            S("Okay, we're going to the emergency animal hospital now. Can you let her regular "
              "vet know? Her name is Lola."),
            S("My name is Christina Park, P, A, R, K, and my cell is this number. Please mark it "
              "urgent."),
            S("Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Christina Park", "+12125550156",
                          about=r"chocolate|ate|toxic|poison|Lola", urgent=True),),
        said=(VET_NOW,), ends_call=True, clock="2026-03-14 15:10", caller="+12125550156",
        tags=("emergency",)),
    Scenario(
        "d41_vet_cancels_the_cats_friday_visit_going_out_of_town",
        "t_vet", (
            S("Hi, I need to cancel my cat's appointment on Friday. We're going out of town and "
              "I forgot."),
            S("It's under Gina Moretti, M, O, R, E, T, T, I. The cat's name is Oliver. It's this "
              "Friday, the twentieth, at three in the afternoon."),
            S("No, I'll call back to reschedule when we're back. Just cancel it for now, please.",
              r"cancel"),
            S("Thank you. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-20 15:00",),
        seed=(Seed("2026-03-20 15:00", "Gina Moretti", "+17185550138"),),
        said=(r"cancel",), ends_call=True, clock="2026-03-16 11:40", caller="+17185550138",
        tags=("cancel",)),
    Scenario(
        "d41_vet_microchip_price_and_saturday_hours",
        "t_vet", (
            S("Hi, I just had a question. How much do you charge to microchip a dog?",
              r"\$?50\b|fifty"),
            S("Okay. And you're open Saturdays, right? What are the hours?",
              r"noon|\b12\b|twelve"),
            S("Alright, I'll talk it over with my husband and call back to set it up. Thanks, "
              "bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 12:15",
        caller="+15165550193", tags=("info",)),
]
