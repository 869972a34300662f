"""A thirtieth development set: 48 scripted callers, six in each of the fleet's eight trades,
whose way of talking is far from a tidy script, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-30) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists; only the twenty-fourth
set's module docstring, its helper definitions and its first two callers, the twenty-eighth
set's test file and module docstring, for the conventions; a print of the twenty-fourth set
that ran a little long also showed the opening of its third and fourth callers, from which
nothing here is taken). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses (and its first callers, for the replies' usual wording) and
tests/scenarios/harness.py; the read-back pattern from tests/scenarios/spoken.py (`at()`); the
shape from tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds,
KINDS_30 below).

What makes it different: the callers' style, not what they want. Some are terse, one to three
words a line ("Cleaning." "Thursday. Morning. Ten." "Cancel appointment."), never saying which
question a word answers; some are elderly and tell a story first (a late husband, a sister's
cat, a granddaughter's wedding, fifty-one years in one house) before getting to what they want;
some speak simple or ungrammatical English ("I want make appointment for my wife, she have pain
tooth", "my dog eat grapes"); some are impatient ("I don't have time, quick", "just give me
whatever's first", "I don't have time for a menu"); some are very formal ("I should be obliged
if it could be moved", "I may be reached at"); some answer a question with a question ("Why, do
I need to be a patient already to ask?", "Is it leaking? Not that I can see, why, should it
be?"); some say what they want only indirectly (a kitchen flooding for a plumber, a grinding
noise when the car stops, showers ice cold for two days, an orange light shaped like an engine,
sunglasses left by a mirror); and some mix all of that. All in the held-out sets' mix
(KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the caller's own reason and callback number, 6
emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 1 Spanish
and 1 French caller, 1 early hang-up). The judging stays fair: a reply that honestly says the
business doesn't do a thing (or can't say, or can't give advice) and offers what it can passes;
the `avoid=` and `never_said=` patterns catch only an invented specific (a home's value, a
replacement price, a diagnosis, a dose, a promise the car is ready, a claim that a lost thing
was found or that rabbits are seen), never the honest refusal that repeats the caller's words;
every `expect=` pattern is loose and case-insensitive; and every price, hour and answer looked
for is the business's own (profession_data.py). Calls ring at realistic hours via `clock=`:
before opening, at lunch, after closing, late at night, on a Saturday, on a Sunday, on the
salon's closed Monday.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev30

which prints `RESULT dev30_pass_rate=`, measured and never gated.
Its first run, on branch dev-callers-30 (main at c29d205 plus this set, not yet committed),
before anyone had read a transcript of it: 37/48 = 0.771. Its failing transcripts were then read
for errors of the set's own (a check rejecting an honest good reply, a time off the grid or
outside hours, a script too short to finish, a missing `ends_call`, a name clash): one was
found. The formal caller asking whether the vet sees rabbits was checked on the first reply
alone, which was the vet's own emergency screening question (the trade's prompt puts it first
whenever a pet is mentioned), and the honest answer ("we see dogs and cats ... we'll let you
know") came in the next reply; that check was moved to `said=` (anywhere in the call), and the
claim that rabbits are seen to `never_said=`; no caller's line was changed. Weighed and kept:
the Spanish caller who says there is no leak and the vet caller who says "no emergency" both
had their routine callback marked urgent (a routine message is not urgent), and the formal
"Please proceed." after a move's read-back, which a person hears as a yes. The second run (the
`-rx` pytest run, with that fix): 38/48 = 0.792, the ten other failures the same and all the
receptionist's: the booking stored under the wrong name from a terse or roundabout line (the
husband who is the policy holder, the insurance carrier, the other party in a divorce), a
booking turned into an urgent message because the caller mentioned a hurt neck, a routine
callback marked urgent, a move read back and never made on a formal yes, a cancellation
answered with "I won't book anything" and never made, a goodbye answered with two times to
choose from, and a lender's message never taken (an appointment offered instead).

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however terse, roundabout or ungrammatical a caller was, a later line says
the final day, time, service and name plainly (and the callback number), and a booking is read
back (`said=`) with its final day and time; where the callback is not the line the call comes
from, `said=` also checks that the whole number was read back, in digits or in words, in order.
Only a call with `overrides` carrying a transfer number, inside opening hours, has a line to
transfer to (the caller asks for a person only in the last line, and nothing said before it is
a reason the trade's prompt gives for a transfer). An emergency ends with an urgent message; a
routine message is not urgent. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a request for a person is transferred and not
hung up; the early hang-up says one line and then nothing.
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
KINDS_30 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
ADIOS = r"adi[oó]s|bye|hasta|buen[oa]s"
AU_REVOIR = r"au revoir|bye|bonne"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH = (r"sorry|English|lo siento|ingl[eé]s|espa[nñ]ol|nombre|mensaje|d[eé]sol[eé]"
               r"|fran[cç]ais|anglais|\bnom\b|message|name")
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# a car that should not be driven: a tow, or not driving it
TOW = r"\btow|(?:don't|do not|not|no) (?:to )?driv|safest"


DEV_CALLERS_30: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev30_dental_terse_cleaning_thursday_morning_ten_in_single_words", "t_dental", (
            S("Cleaning."),
            S("Existing. No pain."),
            S("Thursday. Morning. Ten."),
            S("Dan Ortiz. Born June third, seventy-nine."),
            S("Delta Dental. I'm the holder."),
            S("Dan Ortiz, cleaning, Thursday the twelfth at ten a.m., six one seven, five five "
              "five, oh one four two, this number. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Dan Ortiz", "+16175550142",
                        about=r"clean|check|exam"),),
        said=(at(12, "10:00"),), ends_call=True, clock="2026-03-10 08:10",
        caller="+16175550142", tags=("booking",)),
    Scenario(
        "dev30_dental_husband_in_simple_english_books_his_wife_with_pain_tooth_monday",
        "t_dental", (
            S("Hello. I want make appointment for my wife, she have pain tooth, three day now, "
              "in the back, bottom side. No swelling, no."),
            S("She is patient there before, two years ago. Insurance we have Cigna, I am the "
              "holder, my name Minh Nguyen."),
            S("Monday is good, only Monday, because I drive her, other day I work. Nine o'clock "
              "morning, Monday sixteen."),
            S("My wife name is Lan Nguyen, N, G, U, Y, E, N. Her birthday April second, nineteen "
              "seventy-eight."),
            S("Telephone is this one, four zero eight, five five five, zero one six three."),
            S("So: Lan Nguyen, for the pain tooth, Monday the sixteenth at nine in the morning, "
              "four zero eight, five five five, zero one six three. Yes, please book."),
            S("Thank you very much. Bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Lan Nguyen", "+14085550163",
                        about=r"pain|tooth|ache|emergency|exam"),),
        said=(at(16, "09:00"),), ends_call=True, clock="2026-03-12 17:30",
        caller="+14085550163", tags=("booking",)),
    Scenario(
        "dev30_dental_grandmother_tells_of_the_wedding_before_asking_for_whitening",
        "t_dental", (
            S("Oh hello, dear. Now, I've been going to your office for, oh, must be fifteen "
              "years, and my granddaughter is getting married in June, in Vermont, of all "
              "places, and she said, Grandma, you'll be in all the pictures."),
            S("So what I'm calling about is the whitening, the one you do in the office, not the "
              "strips from the drugstore, those never did a thing for me. My teeth don't hurt, "
              "nothing like that."),
            S("I'm an existing patient, yes. I have Delta Dental through my late husband's "
              "pension, and the policy is in my own name now."),
            S("Wednesday is my good day, my son drives me. Wednesday the eighteenth, ten in the "
              "morning, if you have it."),
            S("My name is Dorothy Kaminski, K, A, M, I, N, S, K, I, born February ninth, "
              "nineteen forty-four. The number is seven three two, five five five, oh one two "
              "seven, my house phone, the one I'm on."),
            S("So that's Dorothy Kaminski, the whitening, Wednesday the eighteenth at ten in the "
              "morning, seven three two, five five five, oh one two seven. Yes, please put me "
              "down."),
            S("Thank you, sweetheart. Goodbye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Dorothy Kaminski", "+17325550127",
                        about=r"whiten"),),
        said=(at(18, "10:00"),), ends_call=True, clock="2026-03-13 13:30",
        caller="+17325550127", tags=("booking",)),
    Scenario(
        "dev30_dental_father_on_saturday_son_knocked_out_a_front_tooth_at_hockey",
        "t_dental", (
            S("My kid's tooth got knocked out. Hockey puck. Front tooth, the whole thing, just "
              "now."),
            S("He's eleven. He's a patient there. I know you're closed, I need the dentist to "
              "call me, like, now."),
            S("Bleeding's slowing down, he's breathing fine, no other injury, just the mouth."),
            S("Name's Greg Holloway, H, O, L, L, O, W, A, Y. My son is Tyler. Call me back on "
              "this number, five oh eight, five five five, oh one nine one."),
            S("Greg Holloway, five oh eight, five five five, oh one nine one, knocked-out front "
              "tooth, urgent. Please pass it on right away."),
            S("Okay. Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Greg Holloway", "+15085550191", about=r"tooth|knock",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 11:20", caller="+15085550191",
        tags=("emergency",)),
    Scenario(
        "dev30_dental_formal_gentleman_leaves_word_about_a_duplicate_charge",
        "t_dental", (
            S("Good evening. I am calling with regard to a statement I received from your "
              "practice, dated the second of March, which I believe contains a duplicate "
              "charge."),
            S("I do not require an appointment. I should be grateful if a member of your billing "
              "staff would return my call at their earliest convenience."),
            S("My name is Reginald Ashworth, A, S, H, W, O, R, T, H. I am an existing patient."),
            S("I may be reached at two oh two, five five five, oh one three eight, which is not "
              "the number from which I am presently calling."),
            S("To confirm: Reginald Ashworth, two oh two, five five five, oh one three eight, "
              "regarding a duplicate charge on the statement of the second of March. Kindly pass "
              "it on."),
            S("Thank you very much indeed. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Reginald Ashworth", "+12025550138", about=r"charge|statement|bill",
                          urgent=False),),
        said=(read_back("+12025550138"),), ends_call=True, clock="2026-03-11 18:40",
        caller="+12025550177", tags=("message",)),
    Scenario(
        "dev30_dental_answers_with_questions_about_hsa_cards_and_the_cleaning_fee",
        "t_dental", (
            S("Hi, quick question, do you take those HSA cards? The health savings ones?",
              r"HSA|health savings"),
            S("Why, do I need to be a patient already to ask? Anyway, what does a regular "
              "cleaning cost for an adult, without insurance?",
              r"165|one hundred (?:and )?sixty[- ]five"),
            S("Okay. I'll think about it. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 12:05",
        caller="+19085550115", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ------------------------------
    Scenario(
        "dev30_clinic_no_time_quick_annual_physical_wednesday_at_eight_forty",
        "t_clinic", (
            S("Yeah, hi, I don't have a lot of time, I'm on my way to work, so quick. I need an "
              "annual physical."),
            S("Established patient. Blue Cross. No preference on the doctor, whoever."),
            S("Just give me whatever's early next week, early morning. Wednesday the eighteenth "
              "at eight forty, put me there."),
            S("Name's Kevin Marsh, M, A, R, S, H, date of birth October fifth, nineteen "
              "eighty-one."),
            S("Kevin Marsh, annual physical, Wednesday the eighteenth at eight forty in the "
              "morning, on this number, nine one nine, five five five, oh one five two. Book it."),
            S("Good. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:40", "Kevin Marsh", "+19195550152",
                        about=r"physical|annual"),),
        said=(at(18, "08:40"),), ends_call=True, clock="2026-03-13 07:50",
        caller="+19195550152", tags=("booking",)),
    Scenario(
        "dev30_clinic_old_man_whose_daughter_bought_a_cuff_books_a_visit_thursday",
        "t_clinic", (
            S("Hello? Yes. Well, you see, my daughter has been after me, she bought one of those "
              "cuffs at the pharmacy, and it keeps saying my blood pressure is high, and she "
              "says, Dad, you have to call, so I'm calling."),
            S("I've been coming to your clinic since it opened, I saw Dr. Patel last fall. I "
              "have Medicare, and the supplement from AARP."),
            S("I feel fine, mind you. I just want the doctor to look at it, a regular visit."),
            S("Thursday would suit me, Thursday the twelfth, in the morning, about ten twenty, "
              "after my walk."),
            S("My name is Harold Brennan, B, R, E, N, N, A, N, born the first of August, "
              "nineteen forty-one. My telephone is three one four, five five five, oh one one "
              "eight."),
            S("So that's Harold Brennan, a regular visit about the blood pressure, Thursday the "
              "twelfth at ten twenty in the morning, three one four, five five five, oh one one "
              "eight. Yes, go ahead."),
            S("Thank you kindly. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:20", "Harold Brennan", "+13145550118",
                        about=r"pressure|visit|check"),),
        said=(at(12, "10:20"),), ends_call=True, clock="2026-03-10 14:15",
        caller="+13145550118", tags=("booking",)),
    Scenario(
        "dev30_clinic_asks_who_handles_refills_and_leaves_metformin_for_the_nurse",
        "t_clinic", (
            S("Hi, is there a nurse there? No? Okay, well, who handles the refills, is that "
              "you?"),
            S("It's for my metformin, I have maybe three pills left. Do I need to come in for "
              "that, or can they just send it?"),
            S("The pharmacy is the Walgreens on Main Street. Do you need the address of it?"),
            S("I'm Teresa Alvarez, A, L, V, A, R, E, Z, born March third, nineteen sixty-seven. "
              "Can they call me at six one five, five five five, oh one four four?"),
            S("So please leave a message for the nurse: Teresa Alvarez, six one five, five five "
              "five, oh one four four, refill of metformin at the Walgreens on Main Street."),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Alvarez", "+16155550144", about=r"metformin|refill",
                          urgent=False),),
        never_said=(r"\bmg\b|milligram", r"(?:refill|it) (?:is|has been) approved"),
        ends_call=True, clock="2026-03-11 19:20", caller="+16155550144", tags=("message",)),
    Scenario(
        "dev30_clinic_formal_daughter_about_a_jury_duty_letter_asks_for_a_person",
        "t_clinic", (
            S("Good morning. I am calling on behalf of my mother, Mrs. Ingrid Larsen, who is a "
              "patient of your clinic."),
            S("She has received a summons for jury duty and requires a letter from her "
              "physician, to be sent to the court by the twentieth of this month."),
            S("Would you be so kind as to connect me with a member of your front office staff, a "
              "real person, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-10 10:30", caller="+16125550108", tags=("person",)),
    Scenario(
        "dev30_clinic_moves_thursday_nine_to_monday_afternoon_in_simple_english",
        "t_clinic", (
            S("Hello, I have appointment Thursday, I cannot come, my work change. I want move it "
              "to other day, please."),
            S("The name is Ahmed Karimi, K, A, R, I, M, I, born fifth of May, nineteen "
              "eighty-eight. Appointment is this Thursday, nine o'clock morning."),
            S("Monday is possible? Monday sixteen, afternoon, two twenty. Two twenty "
              "afternoon."),
            S("So please: move Ahmed Karimi from Thursday the twelfth at nine, to Monday the "
              "sixteenth at two twenty in the afternoon. Same number, this number, seven zero "
              "three, five five five, zero one two nine. Yes."),
            S("Thank you, thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:20", "Ahmed Karimi", "+17035550129"),),
        cancelled=("2026-03-12 09:00",), said=(at(16, "14:20"),), ends_call=True,
        seed=(Seed("2026-03-12 09:00", "Ahmed Karimi", "+17035550129"),),
        clock="2026-03-10 11:00", caller="+17035550129", tags=("move",)),
    Scenario(
        "dev30_clinic_french_mother_wants_a_call_back_about_her_daughter",
        "t_clinic", (
            S("Bonjour, excusez-moi, je ne parle pas bien anglais. Je voudrais un rendez-vous "
              "avec le médecin pour ma fille. Est-ce que quelqu'un peut me rappeler?",
              NOT_ENGLISH),
            S("Je m'appelle Camille Fournier, F, O, U, R, N, I, E, R."),
            S("Mon numéro, c'est le numéro d'où j'appelle: cinq un quatre, cinq cinq cinq, zéro "
              "un six deux."),
            S("Oui, c'est ça: Camille Fournier, cinq un quatre, cinq cinq cinq, zéro un six "
              "deux, pour un rendez-vous pour ma fille. Merci de transmettre le message."),
            S("Merci beaucoup, au revoir.", AU_REVOIR),
        ),
        outcome="message_taken",
        messages=(Message("Camille Fournier", "+15145550162",
                          about=r"French|fran[cç]ais|rendez|appointment|daughter|fille"),),
        ends_call=True, clock="2026-03-10 16:10", caller="+15145550162",
        tags=("language",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) --------------------------------
    Scenario(
        "dev30_law_terse_divorce_consultation_friday_two_by_phone", "t_law", (
            S("Consultation. Divorce."),
            S("Other party: my wife. Karen Doyle."),
            S("No court date. No lawyer yet."),
            S("Friday. Two p.m. By phone."),
            S("Paul Doyle. D, O, Y, L, E."),
            S("Paul Doyle, divorce consultation, Friday the thirteenth at two p.m., by phone, "
              "six three zero, five five five, oh one seven four. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 14:00", "Paul Doyle", "+16305550174",
                        about=r"divorce|family"),),
        said=(at(13, "14:00"),), ends_call=True, clock="2026-03-10 09:40",
        caller="+16305550174", tags=("booking",)),
    Scenario(
        "dev30_law_widow_explains_the_old_ohio_will_then_books_thursday_at_eleven",
        "t_law", (
            S("Good morning. You'll have to bear with me, I'm eighty-three. My husband passed in "
              "November, God rest him, and our son went through all the papers at Christmas, "
              "and it turns out the will we made was from nineteen ninety, when we lived in "
              "Ohio."),
            S("And my son says, Mom, that's no good anymore, the house is in your name now, you "
              "need a new one. So I suppose what I need is someone to help me with a will."),
            S("There's no court business or anything like that, and I don't have a lawyer now, "
              "ours retired years ago. Nobody else is involved, just me and my two children."),
            S("I could come in Thursday the nineteenth, at eleven in the morning, in person, my "
              "son will drive me."),
            S("My name is Margaret Halloran, H, A, L, L, O, R, A, N. My number is four one two, "
              "five five five, oh one three three."),
            S("So, Margaret Halloran, about a new will, Thursday the nineteenth at eleven in the "
              "morning, in person, four one two, five five five, oh one three three. Please book "
              "that."),
            S("Thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Margaret Halloran", "+14125550133",
                        about=r"will|estate"),),
        said=(at(19, "11:00"),), ends_call=True, clock="2026-03-16 10:00",
        caller="+14125550133", tags=("booking",)),
    Scenario(
        "dev30_law_car_accident_in_simple_english_asks_if_first_meeting_is_free",
        "t_law", (
            S("Hello, good evening. I have accident with my car last week, other driver hit me "
              "from back, in parking of the supermarket. My neck is hurt since."),
            S("I want talk with lawyer about this. Somebody say me first meeting is free for "
              "accident, is true?", NO_CHARGE),
            S("Other driver name is Brian Kessler, I have from the police paper. No court, "
              "nothing. I don't have lawyer."),
            S("Monday is good for me, Monday sixteen, one o'clock afternoon. I can come to "
              "office."),
            S("My name is Oksana Petrenko, P, E, T, R, E, N, K, O. Phone is this phone, three "
              "four seven, five five five, zero one five eight."),
            S("So please: Oksana Petrenko, car accident, Monday the sixteenth at one o'clock in "
              "the afternoon, in office, three four seven, five five five, zero one five eight. "
              "Yes, book please."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Oksana Petrenko", "+13475550158",
                        about=r"accident|injur|car"),),
        said=(at(16, "13:00"),), ends_call=True, clock="2026-03-11 20:05",
        caller="+13475550158", tags=("booking",)),
    Scenario(
        "dev30_law_mother_on_saturday_son_picked_up_by_police_hearing_monday",
        "t_law", (
            S("My son got picked up by the police last night, they took him to the county jail, "
              "and he's got a hearing Monday morning. I need a lawyer to call me."),
            S("I don't know, they said something about a DUI. He's twenty-two. His name is "
              "Jordan Reyes. We don't have a lawyer."),
            S("I'm his mother, Linda Reyes, R, E, Y, E, S. My number is two one four, five five "
              "five, oh one eight five, please, any time."),
            S("Linda Reyes, two one four, five five five, oh one eight five, my son Jordan Reyes "
              "is in custody at the county jail, hearing Monday morning. Please mark it urgent."),
            S("Okay. Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Linda Reyes", "+12145550185",
                          about=r"custody|jail|arrest|police|hearing|DUI", urgent=True),),
        ends_call=True, clock="2026-03-14 08:30", caller="+12145550185",
        tags=("emergency",)),
    Scenario(
        "dev30_law_asks_if_a_fence_letter_is_what_they_do_and_leaves_a_message",
        "t_law", (
            S("Hi, I got a letter from some lawyer saying my fence is two feet on my neighbor's "
              "property. Is that the kind of thing you people do?"),
            S("What do you need from me, my name? It's Denise Park, P, A, R, K. The neighbor's "
              "name is Howard Trent, if that matters."),
            S("Can somebody just call me? I don't want to come in yet, I want to talk to someone "
              "first. No court date, just the letter."),
            S("My cell is seven seven three, five five five, oh one six six, not this phone, "
              "this is my work line."),
            S("So, a message for an attorney: Denise Park, seven seven three, five five five, oh "
              "one six six, about a letter over my fence and the property line with my neighbor "
              "Howard Trent."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Park", "+17735550166", about=r"fence|property|neighbo",
                          urgent=False),),
        said=(read_back("+17735550166"),),
        never_said=(r"you (?:have|don't have) a (?:good |strong )?case",),
        ends_call=True, clock="2026-03-10 12:30", caller="+17735550120", tags=("message",)),
    Scenario(
        "dev30_law_formal_client_has_her_consultation_moved_to_tuesday_at_three",
        "t_law", (
            S("Good afternoon. I am calling to request that my consultation with the firm be "
              "rescheduled, as a matter has arisen which requires my attendance elsewhere."),
            S("The appointment is in the name of Victoria Lansing, L, A, N, S, I, N, G, on "
              "Thursday the twelfth at ten o'clock in the morning."),
            S("I should be obliged if it could be moved to Tuesday the seventeenth at three "
              "o'clock in the afternoon, should that be convenient."),
            S("To be precise: Victoria Lansing, from Thursday the twelfth at ten in the morning "
              "to Tuesday the seventeenth at three in the afternoon. The number remains two one "
              "two, five five five, oh one four seven. Please proceed."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Victoria Lansing", "+12125550147"),),
        cancelled=("2026-03-12 10:00",), said=(at(17, "15:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Victoria Lansing", "+12125550147"),),
        clock="2026-03-10 16:20", caller="+12125550147", tags=("move",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) ---------------------
    Scenario(
        "dev30_plumb_sunday_night_kitchen_is_flooding_under_the_sink", "t_plumb", (
            S("My kitchen is flooding. There's water coming out from under the sink, it's all "
              "over the floor, it's going into the dining room."),
            S("I turned the little knob under the sink, I think it's off now, it's slowed down "
              "a lot. It's not near any outlets."),
            S("I own the house. It's 48 Birch Lane, 10011."),
            S("My name is Gloria Simmons, S, I, M, M, O, N, S, and the number is nine one seven, "
              "five five five, oh one three nine."),
            S("Gloria Simmons, nine one seven, five five five, oh one three nine, 48 Birch Lane, "
              "the kitchen sink flooded, please have someone call me first thing, it's urgent."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Simmons", "+19175550139",
                          about=r"flood|water|sink|leak|kitchen", urgent=True),),
        ends_call=True, clock="2026-03-15 21:10", caller="+19175550139",
        tags=("emergency",)),
    Scenario(
        "dev30_plumb_terse_running_toilet_saturday_nine", "t_plumb", (
            S("Toilet. Keeps running."),
            S("Not leaking. Own it."),
            S("22 Cedar Court. 10002."),
            S("Saturday. Nine a.m."),
            S("Nate Burke. B, U, R, K, E."),
            S("Nate Burke, running toilet, 22 Cedar Court, Saturday the fourteenth at nine a.m., "
              "two zero one, five five five, zero one nine four. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Nate Burke", "+12015550194",
                        about=r"toilet|running"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 07:30",
        caller="+12015550194", tags=("booking",)),
    Scenario(
        "dev30_plumb_ice_cold_showers_asks_back_why_it_should_be_leaking", "t_plumb", (
            S("Hi, so my showers have been ice cold for two days now, is that the kind of thing "
              "you guys do? It's the tank in the basement, I think."),
            S("Is it leaking? Not that I can see, why, should it be? It's just no hot water at "
              "all."),
            S("I rent. Do you need the landlord? He's Frank Moretti, and he already said go "
              "ahead. The address is 310 Willow Street, apartment 2, 10003."),
            S("Can you come Tuesday? Tuesday the seventeenth, the one o'clock window, would that "
              "work? My name is Sean Pryor, P, R, Y, O, R."),
            S("So that's Sean Pryor, no hot water, 310 Willow Street, Tuesday the seventeenth at "
              "one in the afternoon, six four six, five five five, oh one one six. Book it."),
            S("Cool, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 13:00", "Sean Pryor", "+16465550116",
                        about=r"hot water|heater|cold"),),
        said=(at(17, "13:00"),), ends_call=True, clock="2026-03-12 12:40",
        caller="+16465550116", tags=("booking",)),
    Scenario(
        "dev30_plumb_widow_whose_husband_did_the_plumbing_books_the_bathtub_drain",
        "t_plumb", (
            S("Hello, is this the plumber? Good. Now, my husband, Walter, he always took care of "
              "these things himself, forty-eight years, but he's in the nursing home now, and "
              "I'm on my own with the house."),
            S("The bathtub won't drain, it just sits there, and the bathroom sink is slow too. "
              "It's not leaking anywhere, it's just the draining."),
            S("I own the house, it's paid off. It's 15 Linden Avenue, 10001."),
            S("I'd like someone to come Wednesday, the eighteenth, at eleven in the morning, "
              "because my neighbor can be there with me then."),
            S("My name is Edna Thornton, T, H, O, R, N, T, O, N, and my telephone is five one "
              "six, five five five, oh one four eight."),
            S("So that's Edna Thornton, the bathtub drain, 15 Linden Avenue, Wednesday the "
              "eighteenth at eleven in the morning, five one six, five five five, oh one four "
              "eight. Yes, please book it."),
            S("Thank you, dear. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Edna Thornton", "+15165550148",
                        about=r"drain|tub|clog|sink"),),
        said=(at(18, "11:00"),), ends_call=True, clock="2026-03-14 10:15",
        caller="+15165550148", tags=("booking",)),
    Scenario(
        "dev30_plumb_impatient_shopper_wants_a_water_heater_quote_call_back",
        "t_plumb", (
            S("Look, I don't have a lot of time. I want a price on replacing a water heater, "
              "fifty gallon, gas. Just have someone call me."),
            S("I don't want to book anything yet, I'm getting three quotes. Just a call back."),
            S("Rick Dalton, D, A, L, T, O, N. The house is 77 Spruce Street, 10002."),
            S("Call me at three four seven, five five five, oh one two five. Anytime tomorrow."),
            S("Rick Dalton, three four seven, five five five, oh one two five, a quote on a water "
              "heater replacement. That's it."),
            S("Yep. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Rick Dalton", "+13475550125", about=r"heater|quote",
                          urgent=False),),
        never_said=(r"\$\s?\d,?\d{3}\b|thousand",),
        ends_call=True, clock="2026-03-10 19:30", caller="+13475550125", tags=("message",)),
    Scenario(
        "dev30_plumb_spanish_caller_no_hot_water_wants_a_call_back", "t_plumb", (
            S("Hola, buenas tardes. ¿Hablan español? Tengo un problema con el calentador de "
              "agua, no sale agua caliente desde ayer.", NOT_ENGLISH),
            S("No hay fuga, no hay agua en el piso. Quiero que alguien me llame para hacer una "
              "cita, por favor."),
            S("Me llamo Rosa Medina, M, E, D, I, N, A. La dirección es 52 Maple Street, 10003."),
            S("Mi número es el mismo de donde llamo: siete uno ocho, cinco cinco cinco, cero uno "
              "siete uno."),
            S("Entonces: Rosa Medina, siete uno ocho, cinco cinco cinco, cero uno siete uno, no "
              "hay agua caliente. Que me llamen, por favor."),
            S("Muchas gracias, adiós.", ADIOS),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Medina", "+17185550171",
                          about=r"Spanish|espa[nñ]ol|caliente|hot water|heater|calentador|agua"
                                r"|water",
                          urgent=False),),
        ends_call=True, clock="2026-03-12 15:00", caller="+17185550171", tags=("spanish",)),
    # --- salon (closed Sunday and Monday; hour-long slots) ----------------------------------
    Scenario(
        "dev30_salon_terse_mens_cut_wednesday_six_rung_on_the_closed_monday", "t_salon", (
            S("Men's cut."),
            S("Anyone's fine. Been before."),
            S("Wednesday. Six p.m."),
            S("Luis Ortega."),
            S("Luis Ortega, men's haircut, Wednesday the eighteenth at six p.m., nine five four, "
              "five five five, oh one three one. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 18:00", "Luis Ortega", "+19545550131",
                        about=r"men|cut"),),
        said=(at(18, "18:00"),), ends_call=True, clock="2026-03-16 08:45",
        caller="+19545550131", tags=("booking",)),
    Scenario(
        "dev30_salon_wants_cover_the_white_hair_same_color_in_simple_english",
        "t_salon", (
            S("Hello, hi. I want make appointment for color my hair. I have white hair coming, "
              "here and here, I want cover, same color like now, dark brown. Not change."),
            S("First time at your salon. Any hairdresser is okay, no problem. My hair is, how to "
              "say, middle long, to the shoulder."),
            S("Tuesday is good, next Tuesday, seventeen, morning eleven o'clock."),
            S("My name is Sora Han, S, O, R, A, H, A, N."),
            S("Phone number is this, two one three, five five five, zero one eight two."),
            S("So: Sora Han, color for cover the white hair, Tuesday the seventeenth at eleven "
              "in the morning, two one three, five five five, zero one eight two. Yes, please "
              "book."),
            S("Thank you so much. Bye bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 11:00", "Sora Han", "+12135550182",
                        about=r"colou?r|gr[ae]y|white|consult"),),
        said=(at(17, "11:00"),), ends_call=True, clock="2026-03-12 19:40",
        caller="+12135550182", tags=("booking",)),
    Scenario(
        "dev30_salon_running_into_a_meeting_cancels_the_friday_blowout", "t_salon", (
            S("Hi, I need to cancel, I don't have time to reschedule right now, I'm running into "
              "a meeting."),
            S("Brianna Scott. Friday at three. The blowout."),
            S("Just cancel it, Brianna Scott, Friday the thirteenth at three p.m., I'll call "
              "back another time to rebook. Yes, cancel it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 15:00",), ends_call=True,
        seed=(Seed("2026-03-13 15:00", "Brianna Scott", "+13055550157"),),
        clock="2026-03-11 12:20", caller="+13055550157", tags=("cancel",)),
    Scenario(
        "dev30_salon_longtime_client_tells_of_her_silver_rinse_then_asks_for_a_person",
        "t_salon", (
            S("Hello, dear. I've been coming to you for years and years, since before you "
              "redid the front, and my sister's birthday lunch is on Sunday, she'll be seventy-"
              "five."),
            S("I was in last Saturday, I always have the same thing, a wash and set and my "
              "color, the silver rinse."),
            S("Well, this time it's come out a bit purple, and I don't want to make a fuss, but "
              "I'd like to talk to someone about it. Could you put me through to a real person, "
              "please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-14 11:00", caller="+16095550109", tags=("person",)),
    Scenario(
        "dev30_salon_sunday_caller_asks_about_monday_tuesday_and_a_blowout_price",
        "t_salon", (
            S("Hi, are you guys open tomorrow? Monday?", r"closed|not open|don't open"),
            S("Huh, what about Tuesday, what time do you open? Like, can I come before work?",
              r"\b10\b|\bten\b"),
            S("Okay, and how much is a blowout? Just a blowout, no cut.",
              r"\$?45\b|forty[- ]five"),
            S("Why, do I have to book right now? I'll call Tuesday. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 16:00",
        caller="+17705550112", tags=("info",)),
    Scenario(
        "dev30_salon_left_her_sunglasses_by_the_mirror_message_after_closing",
        "t_salon", (
            S("Hi, so I was in yesterday for a cut, and I think I left my sunglasses there, by "
              "the mirror, black ones, Ray-Bans. Did anybody find them?"),
            S("I don't need an appointment, I just want someone to check and call me back."),
            S("My name's Tasha Greene, G, R, E, E, N, E, and my number is four seven oh, five "
              "five five, oh one nine three."),
            S("So a message please: Tasha Greene, four seven oh, five five five, oh one nine "
              "three, about black Ray-Ban sunglasses left by the mirror on Thursday."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tasha Greene", "+14705550193", about=r"sunglass|glasses|Ray",
                          urgent=False),),
        never_said=(r"(?:we|they|someone) (?:found|have) (?:them|your sunglasses)",),
        ends_call=True, clock="2026-03-13 19:15", caller="+14705550193", tags=("message",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday 12 to 4; half-hour slots) ---
    Scenario(
        "dev30_homes_terse_buyer_sunday_showing_at_one", "t_homes", (
            S("Showing."),
            S("Buying. Pre-approved. No agent."),
            S("40 Harbor View Road."),
            S("Sunday. One p.m."),
            S("Amir Sadeghi. S, A, D, E, G, H, I."),
            S("Amir Sadeghi, showing at 40 Harbor View Road, Sunday the fifteenth at one p.m., "
              "eight one eight, five five five, oh one two one. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Amir Sadeghi", "+18185550121",
                        about=r"show|Harbor|buy"),),
        said=(at(15, "13:00"),), ends_call=True, clock="2026-03-13 18:30",
        caller="+18185550121", tags=("booking",)),
    Scenario(
        "dev30_homes_fifty_one_years_in_the_house_books_a_valuation_friday",
        "t_homes", (
            S("Good morning. I've lived in this house on Orchard Lane for fifty-one years, we "
              "raised four children here, and my husband built the back porch himself, the year "
              "the twins were born."),
            S("But the stairs are getting too much for me now, and my daughter wants me closer "
              "to her, out in Denver, so I suppose I have to think about selling it."),
            S("It isn't listed with anyone. I'd like one of your people to come and look at it "
              "and tell me what it's worth. It's 9 Orchard Lane."),
            S("Friday would be good, Friday the thirteenth, at half past ten in the morning, my "
              "daughter can be on the phone then."),
            S("My name is Ruth Feldstein, F, E, L, D, S, T, E, I, N, and my number is five oh "
              "three, five five five, oh one six nine."),
            S("So that's Ruth Feldstein, to sell the house at 9 Orchard Lane, Friday the "
              "thirteenth at ten thirty in the morning, five oh three, five five five, oh one six "
              "nine. Please book that."),
            S("Thank you very much, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:30", "Ruth Feldstein", "+15035550169",
                        about=r"valu|sell|list|Orchard"),),
        said=(at(13, "10:30"),),
        never_said=(r"\$\s?\d{3},\d{3}|thousand dollars|hundred thousand|\bmillion\b",),
        ends_call=True, clock="2026-03-11 10:10", caller="+15035550169", tags=("booking",)),
    Scenario(
        "dev30_homes_tenant_smells_gas_late_sunday_in_simple_english", "t_homes", (
            S("Hello, I rent apartment from you, 88 Bay Street, apartment four. Tonight there is "
              "strong smell, like gas, in the kitchen. I am scared.",
              r"911|gas company|leave|outside|get out"),
            S("Okay, I am outside now, with my children. I call the gas company also. But I want "
              "the agent know, somebody must call me."),
            S("My name is Fatima Rahimi, R, A, H, I, M, I. Phone is this one, six one seven, "
              "five five five, zero one three six."),
            S("Please: Fatima Rahimi, six one seven, five five five, zero one three six, gas "
              "smell in apartment four, 88 Bay Street. It is urgent, please."),
            S("Thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Fatima Rahimi", "+16175550136", about=r"gas", urgent=True),),
        ends_call=True, clock="2026-03-15 22:30", caller="+16175550136",
        tags=("emergency",)),
    Scenario(
        "dev30_homes_formal_lender_leaves_word_for_the_listing_agent", "t_homes", (
            S("Good afternoon. This is Charles Whitmore of Keystone Mortgage. I am calling on "
              "behalf of a mutual client regarding the property at 215 Elm Court."),
            S("I require a word with the listing agent concerning the appraisal schedule. It is "
              "not a matter for an appointment."),
            S("I may be reached directly at six one seven, five five five, oh one five nine, "
              "which is my direct line rather than the office switchboard."),
            S("To summarise: Charles Whitmore, Keystone Mortgage, six one seven, five five five, "
              "oh one five nine, regarding the appraisal for 215 Elm Court. I would be grateful "
              "if the agent would return my call on Monday."),
            S("Thank you kindly. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Charles Whitmore", "+16175550159", about=r"apprais|Elm",
                          urgent=False),),
        said=(read_back("+16175550159"),), ends_call=True, clock="2026-03-14 16:40",
        caller="+16175550104", tags=("message",)),
    Scenario(
        "dev30_homes_asks_back_whether_the_touring_agreement_locks_her_in", "t_homes", (
            S("Hi, do I have to sign something before an agent shows me a house? My friend said "
              "you have to now?", r"sign|agreement"),
            S("What kind of thing, like a contract? Does it lock me in?",
              r"agent|explain|agreement"),
            S("And you're open today till when, four?", r"\b4\b|\bfour\b"),
            S("Okay, good to know. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 12:30",
        caller="+12675550111", tags=("info",)),
    Scenario(
        "dev30_homes_driving_caller_breaks_off_mid_sentence_and_is_gone", "t_homes", (
            S("Yeah, hi, I'm calling about the house on Crest Drive, the one with the— hold on, "
              "hold on, I'm driving, I'll—"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-12 17:50",
        caller="+14845550117", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) -----------------
    Scenario(
        "dev30_auto_grinding_noise_when_she_stops_books_friday_drop_off", "t_auto", (
            S("Hi, my car's been making this grinding noise when I stop, like metal on metal, "
              "the last few days. It still stops okay, it's not failing or anything."),
            S("It's a 2016 Toyota Camry, about ninety-eight thousand miles."),
            S("I can drive it in and drop it off. Friday morning works, Friday the thirteenth at "
              "eight thirty."),
            S("My name's Jenna Caldwell, C, A, L, D, W, E, L, L. Number is four oh four, five "
              "five five, oh one two two."),
            S("So Jenna Caldwell, 2016 Camry, grinding noise when braking, Friday the thirteenth "
              "at eight thirty in the morning, drop off, four oh four, five five five, oh one two "
              "two. Go ahead and book it."),
            S("Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:30", "Jenna Caldwell", "+14045550122",
                        about=r"brake|grind|stop|nois"),),
        said=(at(13, "08:30"),),
        never_said=(r"sounds like (?:your|the|worn)|(?:pads|rotors) (?:are|is) (?:worn|gone)",),
        ends_call=True, clock="2026-03-10 18:20", caller="+14045550122", tags=("booking",)),
    Scenario(
        "dev30_auto_terse_oil_change_saturday_nine_waiting", "t_auto", (
            S("Oil change."),
            S("2019 Honda CR-V. Forty thousand miles."),
            S("Saturday. Nine a.m. I'll wait."),
            S("Omar Siddiqui. S, I, D, D, I, Q, U, I."),
            S("Omar Siddiqui, oil change, 2019 CR-V, Saturday the fourteenth at nine a.m., "
              "waiting, three one two, five five five, oh one three five. Book it."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Omar Siddiqui", "+13125550135",
                        about=r"oil"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 07:00",
        caller="+13125550135", tags=("booking",)),
    Scenario(
        "dev30_auto_orange_light_shaped_like_an_engine_in_simple_english", "t_auto", (
            S("Hello. In my car there is a light, orange, on the dashboard, like a shape of "
              "engine. It come on two days ago. The car drive normal, no smoke, no smell."),
            S("The light is not blinking, only on all the time. Car is Hyundai Elantra, 2017, "
              "hundred ten thousand miles."),
            S("How much cost for check this? I want bring Tuesday, seventeen, ten thirty "
              "morning. I leave the car and go to work."),
            S("My name is Ana Popescu, P, O, P, E, S, C, U. Phone is this, seven one eight, five "
              "five five, zero one four one."),
            S("So please: Ana Popescu, check engine light, Hyundai Elantra 2017, Tuesday the "
              "seventeenth at ten thirty in the morning, I leave the car, seven one eight, five "
              "five five, zero one four one. Yes, book."),
            S("Thank you. Have a nice day, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:30", "Ana Popescu", "+17185550141",
                        about=r"engine|light|diagnos"),),
        said=(at(17, "10:30"), r"\$?129\b|one hundred (?:and )?twenty[- ]nine"),
        ends_call=True, clock="2026-03-14 13:00", caller="+17185550141", tags=("booking",)),
    Scenario(
        "dev30_auto_no_time_for_a_menu_steam_pouring_from_the_hood_friday_night",
        "t_auto", (
            S("I don't have time for a menu, okay, my car's got steam pouring out from under the "
              "hood, I'm pulled over on Route nine by the diner."),
            S("I'm off the road, in the parking lot, nobody's hurt. The temperature needle went "
              "all the way up. I need you guys to get it towed to your shop."),
            S("It's a 2012 Ford Escape. Name's Derek Mills, M, I, L, L, S, call me back at nine "
              "seven three, five five five, oh one eight eight."),
            S("Derek Mills, nine seven three, five five five, oh one eight eight, 2012 Escape "
              "overheating with steam, on Route nine by the diner, needs a tow. Mark it urgent."),
            S("Yeah. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Derek Mills", "+19735550188", about=r"steam|overheat|tow|hood",
                          urgent=True),),
        said=(TOW,), ends_call=True, clock="2026-03-13 19:05", caller="+19735550188",
        tags=("emergency",)),
    Scenario(
        "dev30_auto_grandmother_asks_after_her_buick_left_on_monday_message",
        "t_auto", (
            S("Hello, this is about my car, the Buick, the blue one. My grandson brought it in "
              "to you Monday morning, because it was making that clunking noise going over "
              "bumps, and he said you'd call, and I don't drive at night anyway, so I'm not in a "
              "hurry, but I like to know."),
            S("I'd just like someone to ring me tomorrow and tell me how it's getting on, and "
              "what it's going to cost before they do anything."),
            S("My name is Wilma Pruitt, P, R, U, I, T, T. It's a 2009 Buick LaCrosse."),
            S("My telephone number is six one four, five five five, oh one seven six."),
            S("So the message is: Wilma Pruitt, six one four, five five five, oh one seven six, "
              "wants an update on her Buick LaCrosse, dropped off Monday for a clunking noise."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Wilma Pruitt", "+16145550176", about=r"Buick|update|clunk",
                          urgent=False),),
        never_said=(r"(?:will be|it'll be|should be) ready",),
        ends_call=True, clock="2026-03-10 18:45", caller="+16145550176", tags=("message",)),
    Scenario(
        "dev30_auto_widow_with_a_tired_battery_would_rather_talk_to_a_person",
        "t_auto", (
            S("Hello? Oh, good. Well, my car wouldn't start this morning, and my neighbor came "
              "over with his cables and got it going, bless him, and he says it's the battery, "
              "it's four years old."),
            S("It's a 2015 Subaru Forester. I've been bringing it to you since my husband "
              "passed, you've always treated me right."),
            S("I'd rather talk it over with one of the men in the shop, if you don't mind. Could "
              "you put me through to a real person, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 11:15", caller="+15135550106", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to 12; half-hour slots) --------------------
    Scenario(
        "dev30_vet_saturday_afternoon_my_dog_eat_grapes_in_simple_english", "t_vet", (
            S("Hello, please, my dog eat grapes, many grapes, from the table, maybe twenty "
              "minutes ago. He is small dog, chihuahua.", VET_NOW),
            S("He is not vomit, he is okay now, walking. What I do?"),
            S("My name is Yuki Tanaka, T, A, N, A, K, A. Dog name is Mochi. Phone is this one, "
              "four one five, five five five, zero one six seven."),
            S("Please: Yuki Tanaka, four one five, five five five, zero one six seven, dog Mochi "
              "eat grapes. Please tell the doctor, it is urgent."),
            S("Okay, I go to emergency hospital now. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Yuki Tanaka", "+14155550167", about=r"grape", urgent=True),),
        never_said=(r"make (?:him|her|it|the dog|mochi) (?:vomit|throw up)|peroxide",),
        ends_call=True, clock="2026-03-14 14:30", caller="+14155550167",
        tags=("emergency",)),
    Scenario(
        "dev30_vet_terse_cancels_thursday_eight_thirty_before_opening", "t_vet", (
            S("Cancel appointment."),
            S("Joel Fisher. Thursday. Eight thirty."),
            S("Joel Fisher, Thursday the twelfth at eight thirty a.m. Cancel it. Yes."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 08:30",), ends_call=True,
        seed=(Seed("2026-03-12 08:30", "Joel Fisher", "+15125550114"),),
        clock="2026-03-10 07:45", caller="+15125550114", tags=("cancel",)),
    Scenario(
        "dev30_vet_sisters_persian_cat_came_to_live_with_her_books_a_checkup",
        "t_vet", (
            S("Hello there. I've got a cat, Duchess, she was my sister's cat, and my sister "
              "passed in January, so Duchess came to live with me, and she's settled in lovely, "
              "sleeps on my bed every night."),
            S("She's not sick, she's eating fine, it's nothing urgent. But I don't think she's "
              "been to a vet in a couple of years, so I'd like her to have a checkup and "
              "whatever shots she's due."),
            S("I've never been to your clinic before. She's a gray cat, a Persian, about nine "
              "years old, I think."),
            S("Wednesday would be best, Wednesday the eighteenth, at half past three in the "
              "afternoon."),
            S("My name is Beatrice Lowe, L, O, W, E, and my phone number is eight one six, five "
              "five five, oh one five three."),
            S("So that's Beatrice Lowe, a checkup for Duchess the cat, Wednesday the eighteenth "
              "at three thirty in the afternoon, eight one six, five five five, oh one five "
              "three. Please book it."),
            S("Thank you so much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:30", "Beatrice Lowe", "+18165550153",
                        about=r"check|wellness|exam|shot|vaccin|new"),),
        said=(at(18, "15:30"),), ends_call=True, clock="2026-03-16 17:40",
        caller="+18165550153", tags=("booking",)),
    Scenario(
        "dev30_vet_lunch_break_rabies_shot_asks_why_it_would_be_an_emergency",
        "t_vet", (
            S("Yeah, I need a rabies shot for my dog, he needs it for a kennel. Quick, I'm on my "
              "lunch break."),
            S("Emergency? No, why would it be an emergency, he's fine, it's just the shot."),
            S("Existing client. Dog's name is Bruno, boxer, five years old."),
            S("Whatever's first works, I don't care. Thursday, Thursday the twelfth, five p.m., "
              "put me there."),
            S("Tom Reilly, R, E, I, L, L, Y. Tom Reilly, rabies shot for Bruno, Thursday the "
              "twelfth at five p.m., six one seven, five five five, oh one one nine. Book it."),
            S("Good. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 17:00", "Tom Reilly", "+16175550119",
                        about=r"rabies|vaccin|shot"),),
        said=(at(12, "17:00"),), ends_call=True, clock="2026-03-10 12:00",
        caller="+16175550119", tags=("booking",)),
    Scenario(
        "dev30_vet_formal_enquiry_about_a_rabbit_the_exam_fee_and_saturdays",
        "t_vet", (
            S("Good morning. I should like to enquire whether your practice attends to animals "
              "other than dogs and cats. I keep a rabbit."),
            S("I see. And might I ask the fee for a wellness examination, for a dog, should I "
              "acquire one?", r"\$?65\b|sixty[- ]five"),
            S("And your hours on a Saturday, if you please?", r"\b8\b|eight|noon|\b12\b|twelve"),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 08:05",
        said=(r"dogs? and cats?|let you know|not sure|check (?:with|whether|if)",),
        never_said=(r"\bwe (?:do )?(?:see|treat) rabbits",),
        caller="+12065550113", tags=("info",)),
    Scenario(
        "dev30_vet_heart_pills_almost_finish_refill_message_on_friday_night",
        "t_vet", (
            S("Hi, good evening. My dog, he take pills for the heart, every day, and the bottle "
              "is almost finish, maybe four days left."),
            S("He is okay, no problem, he eat, he walk, no emergency. I just need more pills, the "
              "same."),
            S("The dog is Rocky, beagle, twelve years old. The medicine name is on bottle, "
              "pimobendan."),
            S("My name is Carlos Mendoza, M, E, N, D, O, Z, A. My phone, nine five four, five "
              "five five, zero one eight seven."),
            S("So please message: Carlos Mendoza, nine five four, five five five, zero one eight "
              "seven, refill heart pills for Rocky. Thank you."),
            S("Okay, good night, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Carlos Mendoza", "+19545550187",
                          about=r"refill|pill|heart|pimobendan|medic", urgent=False),),
        never_said=(r"\bmg\b|milligram",),
        ends_call=True, clock="2026-03-13 20:10", caller="+19545550187", tags=("message",)),
]
