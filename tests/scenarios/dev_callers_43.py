"""A forty-third development set: 48 scripted callers, six in each of the fleet's eight trades,
who ring from a mobile in a noisy place and whose lines arrive as a phone speech recogniser
writes them, in the held-out mix of kinds.

Written by a helper session (branch dev-callers-43) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the other development sets' lists): only the
twenty-fourth set's module docstring, its helper definitions and its first two callers, the
thirty-sixth set's module docstring (for how a set reports its two runs) and the twenty-eighth
set's test file, for the conventions, and, in tests/scenarios/catalogue.py, the dataclasses, its
first few callers and the judging fields of the rest, with the silent caller's, the transfer's
and the gas smell's lines, for the judging of a silent line, a transfer and an emergency. The
businesses' facts come only from tenants/profession_data.py and the fleet in tests/factories.py;
the judging from catalogue.py and tests/scenarios/harness.py; the read-back patterns from
tests/scenarios/spoken.py (`at()`, `read_back()`); the shape from
tests/scenarios/dev_set_shape.py (every rule of it, with the held-out mix of kinds, KINDS_43
below).

What makes it different: every caller is on a mobile somewhere loud (a car, a train, a
highway shoulder, a kitchen with the tap running) and the receptionist gets what the phone's
speech recogniser made of them. Words come out misheard as their homophones ("for" for four,
"to" and "too" for two, "won" for one, "ate" for eight, "flew shot", "rabbis shot", "means
haircut", "check in gin light", "breaks" for brakes, "sealing" for ceiling, "flees" for fleas,
"least" for lease, "a state planning" for estate planning, "four sale", "unit for be", "service
call free", "after ours", "choose day" for Tuesday, "three consultations" for free ones), a
small word goes missing, whole requests run on without punctuation, fillers stay in ("um",
"uh", "like", "you know"), a name is spelled letter by letter ("O K A F O R"), and a phone
number is split the way it was said ("five fifty five oh one eighty six", "oh won for six",
"to won to") or comes out in raw digits ("Friday at 940"). Often the caller repeats the
misheard word the right way at once ("at for. four in the afternoon"). What they want is
ordinary, in the held-out sets' mix (KINDS_HELDOUT_MIX: 20 bookings, 8 messages with the
caller's own reason and callback number, 6 emergencies, 2 moves and 2 cancellations, 4
question-only calls, 3 asks for a person, 1 Spanish and 1 Portuguese caller, 1 early hang-up),
and a later line always says the final details as plainly as the recogniser allows: the day
and date, the time, the service, the name and, where it is not the calling line, the callback
number in plain digits. Calls ring at realistic hours via `clock=`: before opening, at lunch,
after closing, late at night, on a Saturday after the vet has closed, on a Sunday, on the
salon's closed Monday.

Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any good wording
passes, and every price, hour and answer it looks for is the business's own
(profession_data.py): the clinic's 40 dollar flu shot, the salon's 35 dollar men's haircut, its
Thursday hours to 8 PM and its gift cards, the plumber's 89 dollar service call and 189 dollar
after-hours call, the shop's 29 dollar tire rotation, free brake inspection and closing hours,
the vet's dogs and cats and 65 dollar wellness exam, the law firm's personal injury review at
no charge and its phone or video consultations, the agency's answer on pre-approval and its
Sunday hours from noon.

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev43

which prints `RESULT dev43_pass_rate=`, measured and never gated.
Its first run, on main at 5c15973, before anyone had read a transcript of it: 42/48 = 0.875.
Its failing transcripts were then read for errors of the set's own (a check rejecting an honest
good reply, a time off the grid or outside hours, a fact not the business's, a script too short
or too long to finish): none was found, and no caller or check was changed. The second run, the
set unchanged: 42/48 = 0.875, the same six failures, all the receptionist's. Two bookings never
made: a dental cleaning whose caller said "please book it" with the day, time, name and "the won
I'm calling from" was asked again whether the calling number was best, read back only after the
caller's goodbye and never booked nor hung up; a home valuation with the day and time accepted
was turned into a message once the callback came as "oh won too too", though the caller's last
line said "please book it". Two price questions asked with the booking went unanswered: "its
forty right for the flu shot" and "means haircut ... its thirty five right" got the next booking
question instead of the listed price. A salon FAQ the business has (gift cards, sold at the front
desk in any amount) was answered "I'm not sure" with an offer to put the caller through. A
routine message for a stylist was stored under the stylist's name (Marco) rather than the
caller's, after "four won five ..." was not taken as a phone number.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: however the recogniser mangled a day, a time, a name or a number, a later
line says the final day and time plainly with the service and the name the booking or message
is to be under (and the callback number when it is not the line the call comes from), and a
booking is read back (`said=`) with its final day and time; where the callback is not the
calling line, `said=` also checks that the whole number was read back, in digits or in words,
in order. A move or a cancellation rings from the seeded booking's own line and names it; a
move is judged as catalogue.py judges one (the old slot cancelled, the new one booked, outcome
"booked"), a cancellation likewise (the slot cancelled, outcome "information_only"). Only a
call with `overrides` carrying a transfer number, inside opening hours, has a line to transfer
to (the caller asks for a person only in the last line). Every emergency rings where no
transfer line is configured and ends with an urgent message in the caller's own name, after
the trade's safety advice (911 or the emergency room, the shut-off valve, not driving the car
and a tow, the emergency animal hospital); a routine message is not urgent. A call whose last
line says goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a request
for a person is transferred and not hung up; the early hang-up says one line, then the line goes
quiet: the receptionist asks whether anyone is there, then lets the call go.
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
# neither English nor Spanish (here Portuguese)
KINDS_43 = dict(KINDS_HELDOUT_MIX)

BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|ringing"
STILL_THERE = r"still there|are you there|hello|can you hear|hear me"
# a goodbye in the caller's own language, or in English
BYE_ES = BYE + r"|adi[oó]s|hasta luego|que le vaya bien|cu[ií]dese"
BYE_PT = BYE + r"|tchau|adeus|at[eé] logo|at[eé] mais|obrigad"
# a caller in another language: an apology that only English is spoken, or help in theirs
NOT_ENGLISH_ES = (r"sorry|English|lo siento|disculp|ingl[eé]s|espa[nñ]ol|nombre|mensaje|n[uú]mero"
                  r"|name|message|number")
NOT_ENGLISH_PT = (r"sorry|English|desculp|ingl[eê]s|portugu[eê]s|nome|mensagem|n[uú]mero|telefone"
                  r"|name|message|number")
# the 911 or emergency-room advice a serious symptom gets
ER = r"911|nine one one|emergency room|\bER\b|emergency"
# an emergency animal hospital, poison control or coming in now
VET_NOW = r"emergency|animal hospital|poison|right away|immediately|now"
# leaving the car where it is and having it towed
NO_DRIVING = r"\btow|(?:not|n't) (?:to )?drive|not safe|unsafe|safest|don't move|stay off the road"
# shutting the water off
SHUT_OFF = r"shut|valve|turn (?:the water )?off|main"
# no charge, said any way
NO_CHARGE = (r"free|no charge|no cost|\$0\b|zero dollars|doesn't cost|don't charge"
             r"|complimentary|without charge|at no")
# no booking made on a question-only call
NO_BOOKING = r"you're all set|you are all set|I've booked|I have booked|is booked"


DEV_CALLERS_43: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "d43_dental_cleaning_thursday_at_for_and_the_won_im_calling_from",
        "t_dental", (
            S("hi um yeah im calling to make a appointment for a cleaning im a existing patient "
              "I was there last like October"),
            S("no pain or anything its just the regular cleaning and check up and uh insurance "
              "is Delta Dental im the policy holder"),
            S("could I do Thursday at for. for in the afternoon on Thursday the twelfth"),
            S("name is Dana Whitfield W H I T F I E L D date of birth June third nineteen eighty "
              "eight and the number is the won im calling from"),
            S("so Thursday March twelfth at four p m for the cleaning Dana Whitfield please book "
              "it"),
            S("ok great thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:00", "Dana Whitfield", "+16175550142",
                        about=r"clean|check|exam"),),
        said=(at(12, "16:00"),), ends_call=True, clock="2026-03-10 07:35",
        caller="+16175550142", tags=("booking",)),
    Scenario(
        "d43_dental_filling_wednesday_at_to_on_his_cell_five_fifty_five",
        "t_dental", (
            S("yeah hi uh the dentist told me I need a filling on the uh lower right side the "
              "tooth colored won so I need to book that in im a existing patient no swelling it "
              "doesnt really hurt"),
            S("I got Cigna through work and im the policy holder um can I come Wednesday the "
              "eighteenth at to. like to oclock in the afternoon"),
            S("its Marcus Oyelaran O Y E L A R A N and dont use this number its my work phone my "
              "cell is three four seven five fifty five oh one eighty six"),
            S("so thats Marcus Oyelaran Wednesday March eighteenth at two p m for the filling "
              "and my cell is 347 555 0186 go ahead and book it"),
            S("perfect thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Marcus Oyelaran", "+13475550186",
                        about=r"fill"),),
        said=(at(18, "14:00"), read_back("+13475550186")), ends_call=True,
        clock="2026-03-11 12:20", caller="+12125550163", tags=("booking",)),
    Scenario(
        "d43_dental_chipped_front_tooth_friday_at_won_name_spelled_s_i_o_b_h_a_n",
        "t_dental", (
            S("hi yeah so I chipped a tooth on like a olive pit last night its the front won on "
              "top its not bleeding and theres no swelling just kind of sharp and a little "
              "sensitive"),
            S("im a existing patient I was in there for a cleaning in January and I pay myself "
              "no insurance right now"),
            S("do you have anything Friday um Friday the thirteenth at won. one in the "
              "afternoon"),
            S("my name is Siobhan Kelly thats S I O B H A N Kelly K E L L Y and you can call me "
              "on this number"),
            S("ok so Siobhan Kelly Friday March thirteenth at one p m to look at the chipped "
              "tooth please book that"),
            S("great thanks so much bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Siobhan Kelly", "+17185550119",
                        about=r"chip|tooth|exam|broke|sharp|sensitiv"),),
        said=(at(13, "13:00"),), ends_call=True, clock="2026-03-10 17:45",
        caller="+17185550119", tags=("booking",)),
    Scenario(
        "d43_dental_crown_bill_says_he_owes_to_hundred_call_back_from_billing",
        "t_dental", (
            S("yeah hi um I got a bill in the mail for my crown from February and it says I owe "
              "like to hundred and something but my insurance was supposed to cover most of it "
              "so"),
            S("can somebody from billing call me back about that I dont need a appointment just "
              "a call back"),
            S("the name is Walter Pruitt P R U I T T and the best number is five oh eight five "
              "five five oh one won three not this phone"),
            S("so again its Walter Pruitt about the bill for the crown and the number is 508 555 "
              "0113 thanks"),
            S("thats it thanks bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Walter Pruitt", "+15085550113", about=r"bill|insur|crown|charg|owe",
                          urgent=False),),
        said=(read_back("+15085550113"),), ends_call=True, clock="2026-03-10 18:40",
        caller="+15085550177", tags=("message",)),
    Scenario(
        "d43_dental_swelling_up_to_her_eye_hard_to_swallow_at_night",
        "t_dental", (
            S("hi um my face is really swollen on the left side from a tooth in the back and its "
              "like going up to my eye now and its kind of hard to swallow", ER),
            S("ok ok um my husband is gonna drive me to the emergency room now but can you "
              "please leave a message for the dentist so they know"),
            S("its Lorraine Abernathy A B E R N A T H Y and my cell is nine seven three five five "
              "five oh one six oh"),
            S("Lorraine Abernathy 973 555 0160 the swelling going up to my eye from the back "
              "tooth thank you"),
            S("ok bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lorraine Abernathy", "+19735550160",
                          about=r"swell|eye|swallow|tooth", urgent=True),),
        ends_call=True, clock="2026-03-10 21:15", caller="+19735550160",
        tags=("emergency",)),
    Scenario(
        "d43_dental_moves_thursday_ten_to_next_choose_day_at_three",
        "t_dental", (
            S("hey good morning um I have a appointment on Thursday at ten its a cleaning and I "
              "need to move it some thing came up at work"),
            S("its under Grace Okafor O K A F O R same number im calling from"),
            S("can we do next choose day the seventeenth at three. three in the afternoon"),
            S("so move Grace Okafor from Thursday the twelfth at ten to Tuesday March seventeenth "
              "at three p m please"),
            S("ok thats great thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 15:00", "Grace Okafor", "+16465550131"),),
        cancelled=("2026-03-12 10:00",), said=(at(17, "15:00"),), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Grace Okafor", "+16465550131"),),
        clock="2026-03-10 07:50", caller="+16465550131", tags=("move",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) ------------------------------
    Scenario(
        "d43_clinic_annual_physical_monday_at_ate_forty_whoever_is_available",
        "t_clinic", (
            S("hi um yes id like to book my annual physical im a established patient with you "
              "guys ive been coming for years"),
            S("my name is Renata Silva S I L V A date of birth march twenty second nineteen "
              "seventy nine and I have Aetna no preference on the doctor whoevers available"),
            S("is there something Monday morning like ate forty. eight forty Monday the "
              "sixteenth"),
            S("so thats Renata Silva annual physical Monday March sixteenth at eight forty a m "
              "and the number is the one im calling from please book it"),
            S("ok perfect thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Renata Silva", "+14155550168",
                        about=r"physical|annual"),),
        said=(at(16, "08:40"),), ends_call=True, clock="2026-03-11 07:55",
        caller="+14155550168", tags=("booking",)),
    Scenario(
        "d43_clinic_flew_shot_forty_dollars_thursday_at_to_twenty",
        "t_clinic", (
            S("yeah hi I wanted to get a flew shot um flu the flu shot im a established patient "
              "there"),
            S("ill just pay myself its forty right for the flu shot", r"\b40\b|forty"),
            S("can I come in Thursday the twelfth at to twenty in the afternoon"),
            S("name is Theo Brandt B R A N D T birthday nine fourteen nineteen ninety five "
              "callback is six five oh five five five oh won to seven"),
            S("so its Theo Brandt flu shot Thursday March twelfth at two twenty p m and six five "
              "zero five five five zero one two seven go ahead and book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:20", "Theo Brandt", "+16505550127", about=r"flu"),),
        said=(at(12, "14:20"), read_back("+16505550127")), ends_call=True,
        clock="2026-03-10 12:30", caller="+16505550190", tags=("booking",)),
    Scenario(
        "d43_clinic_lisinopril_refill_walgreens_on_main_for_the_nurse",
        "t_clinic", (
            S("hi um I need a refill on my blood pressure medicine the lisinopril im gonna run "
              "out in like a week"),
            S("the pharmacy is the Walgreens on uh Main street main and fifth and I dont need a "
              "appointment just the nurse or whoever to call me back or send it in"),
            S("my name is Harold Brisco B R I S C O date of birth April fourth nineteen fifty six "
              "and the number is to oh won five five five oh one four eight"),
            S("so Harold Brisco lisinopril refill at the Walgreens on Main and call me at 201 555 "
              "0148 please"),
            S("ok thank you bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Harold Brisco", "+12015550148",
                          about=r"refill|lisinopril|prescri|medic", urgent=False),),
        ends_call=True, clock="2026-03-10 17:30", caller="+12015550148",
        tags=("message",)),
    Scenario(
        "d43_clinic_tight_chest_and_numb_left_arm_daughter_calling_nine_one_one",
        "t_clinic", (
            S("hi um im having like chest pain its really tight and my left arm is kind of numb "
              "it started like twenty minutes ago", r"911|nine one one"),
            S("ok my daughters calling nine one one right now but can you just leave a message "
              "for my doctor so they know whats going on"),
            S("its Gerald Osei O S E I and the number is the one im calling from seven three to "
              "five five five oh one five to"),
            S("Gerald Osei chest pain going to the hospital 732 555 0152 thank you"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gerald Osei", "+17325550152", about=r"chest|arm|hospital|911",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 10:15", caller="+17325550152",
        tags=("emergency",)),
    Scenario(
        "d43_clinic_cancels_friday_at_940_name_l_u_n_d",
        "t_clinic", (
            S("hi yeah um I need to cancel a appointment I have on Friday at 940 I cant make it"),
            S("its for Beatrice Lund thats L U N D date of birth 10 30 62 october thirtieth "
              "nineteen sixty two the number im on is the one its under"),
            S("I dont want to reschedule right now ill call back when I know my schedule so just "
              "cancel the Friday March thirteenth nine forty for Beatrice Lund please"),
            S("ok thanks bye", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:40",), ends_call=True,
        seed=(Seed("2026-03-13 09:40", "Beatrice Lund", "+13125550174"),),
        clock="2026-03-11 16:50", caller="+13125550174", tags=("cancel",)),
    Scenario(
        "d43_clinic_spanish_mother_school_physical_form_call_back",
        "t_clinic", (
            S("hola buenas eh llamo porque necesito que alguien me llame sobre el formulario del "
              "examen físico de mi hijo para la escuela no hablo mucho inglés", NOT_ENGLISH_ES),
            S("mi nombre es Marisol Fuentes F U E N T E S y mi número es el seis uno nueve cinco "
              "cinco cinco cero uno tres tres"),
            S("Marisol Fuentes seis uno nueve cinco cinco cinco cero uno tres tres sobre el "
              "formulario del examen físico de mi hijo por favor que me llamen"),
            S("muchas gracias adiós", BYE_ES),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Fuentes", "+16195550133",
                          about=r"f[ií]sic|physical|school|escuela|form|Spanish|espa",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 13:05", caller="+16195550133",
        tags=("spanish",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) --------------------------------
    Scenario(
        "d43_law_a_state_planning_for_him_and_his_wife_friday_at_for",
        "t_law", (
            S("hi yeah um im calling about a state planning I mean estate planning me and my "
              "wife want to do our wills and maybe a trust"),
            S("theres no other party or nothing no court date no deadline we dont have a lawyer "
              "for it and in person is fine"),
            S("could we come in Friday the thirteenth at for. four in the afternoon"),
            S("name is Javier Ortiz O R T I Z email is javier ortiz at gmail dot com all one word "
              "and the number is the cell im on"),
            S("so Javier Ortiz estate planning consultation Friday March thirteenth at four p m "
              "please book it"),
            S("great thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 16:00", "Javier Ortiz", "+19175550121",
                        about=r"estate|will|trust"),),
        said=(at(13, "16:00"),), ends_call=True, clock="2026-03-11 08:10",
        caller="+19175550121", tags=("booking",)),
    Scenario(
        "d43_law_rear_ended_to_weeks_ago_phone_consult_tuesday_at_ten",
        "t_law", (
            S("hey so I got rear ended like to weeks ago on the highway and my neck and back "
              "still hurt and the other guys insurance keeps calling me so I think I need a "
              "lawyer"),
            S("the other driver is Kevin Marsh M A R S H and its Geico his insurance no court "
              "date nothing filed yet and I dont have a lawyer and a phone consult is fine"),
            S("do you have next Tuesday the seventeenth at ten in the morning"),
            S("my name is Deshawn Price P R I C E email deshawn price at yahoo dot com and call "
              "me at four oh four five fifty five oh one ninety"),
            S("so thats Deshawn Price injury case evaluation Tuesday March seventeenth at ten a m "
              "by phone and 404 555 0190 please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 10:00", "Deshawn Price", "+14045550190",
                        about=r"injur|accident|rear|car"),),
        said=(at(17, "10:00"), read_back("+14045550190")), ends_call=True,
        clock="2026-03-12 19:20", caller="+14045550111", tags=("booking",)),
    Scenario(
        "d43_law_commercial_least_for_her_bakery_by_video_thursday_at_won",
        "t_law", (
            S("hi um im opening a bakery and I need somebody to look over a commercial least. "
              "lease. before I sign it"),
            S("the landlord is Harborview Properties I have to sign by the twenty seventh so "
              "thats kind of the deadline no lawyer yet and video would be best"),
            S("is Thursday the nineteenth at won open. one p m"),
            S("its Annika Lindqvist L I N D Q V I S T email annika at rise bakery dot com and my "
              "cell is this number"),
            S("so Annika Lindqvist contract review for the lease Thursday March nineteenth at one "
              "p m by video go ahead and book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 13:00", "Annika Lindqvist", "+16125550145",
                        about=r"lease|contract|review|least"),),
        said=(at(19, "13:00"),), ends_call=True, clock="2026-03-14 10:30",
        caller="+16125550145", tags=("booking",)),
    Scenario(
        "d43_law_client_question_about_page_for_of_the_divorce_papers",
        "t_law", (
            S("hi um im a client of um Ms Reyes she sent me the divorce papers to sign and I have "
              "a question about like page for. page four. the part about the house"),
            S("I dont need a appointment I just need her or someone to call me back no rush this "
              "week is fine"),
            S("my name is Colleen Tierney T I E R N E Y and the number is eight five six five "
              "five five oh won seven won"),
            S("so Colleen Tierney question about page four of the divorce papers call back at "
              "856 555 0171 thank you"),
            S("ok bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Colleen Tierney", "+18565550171",
                          about=r"divorce|page|papers|house|sign", urgent=False),),
        ends_call=True, clock="2026-03-10 12:40", caller="+18565550171",
        tags=("message",)),
    Scenario(
        "d43_law_son_arrested_last_night_sees_the_judge_tomorrow",
        "t_law", (
            S("hi um my son got arrested last night hes in custody at the county jail and I "
              "think they said he sees the judge tomorrow morning I need a lawyer please"),
            S("his name is Tyler Brooks but im his mom im the one calling no he doesnt have a "
              "lawyer"),
            S("my name is Denise Brooks B R O O K S and my number is to one five five fifty five "
              "oh one to nine"),
            S("Denise Brooks 215 555 0129 my son Tyler is in custody and sees the judge tomorrow "
              "please have someone call me as soon as you open"),
            S("thank you bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Denise Brooks", "+12155550129",
                          about=r"custody|arrest|jail|judge|son|Tyler", urgent=True),),
        ends_call=True, clock="2026-03-10 06:45", caller="+12155550129",
        tags=("emergency",)),
    Scenario(
        "d43_law_three_consultations_i_mean_free_for_a_dog_bite_then_a_person",
        "t_law", (
            S("hi uh do you guys do three consultations I mean free consultations for like a dog "
              "bite my neighbors dog bit my kid", NO_CHARGE),
            S("ok and uh can it be on the phone cause I work nights", r"phone|video"),
            S("you know what can I just talk to a real person there please", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-11 14:10", caller="+19145550178", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) ---------------------
    Scenario(
        "d43_plumb_upstairs_toilet_runs_all_night_four_twenty_to_maple",
        "t_plumb", (
            S("hey um my toilet keeps running like all night the upstairs won its not leaking on "
              "the floor or anything it just runs"),
            S("I own the house its four twenty to Maple Avenue 4 2 2 Maple Avenue zip code 0 2 1 "
              "3 8"),
            S("could somebody come Wednesday the eighteenth at nine in the morning"),
            S("my name is Rafael Quintero Q U I N T E R O and the number is the one im calling "
              "from"),
            S("so Rafael Quintero running toilet at 422 Maple Avenue Wednesday March eighteenth "
              "at nine a m please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 09:00", "Rafael Quintero", "+16175550138",
                        about=r"toilet|running"),),
        said=(at(18, "09:00"),), ends_call=True, clock="2026-03-14 08:20",
        caller="+16175550138", tags=("booking",)),
    Scenario(
        "d43_plumb_renter_no_hot_water_saturday_at_eleven_callback_oh_won_oh_for",
        "t_plumb", (
            S("hi yeah so we have no hot water since yesterday the water heater in the basement "
              "its not leaking its just cold"),
            S("I rent the landlord is Ed Kowalski he said its fine to call you guys the address "
              "is 88 Elm Street apartment to zip 02144"),
            S("can you do Saturday the twenty first at eleven"),
            S("its Naomi Feld F E L D and call me at seven eight won five five five oh one oh "
              "for"),
            S("so Naomi Feld no hot water at 88 Elm Street apartment 2 Saturday March twenty "
              "first at eleven a m callback 781 555 0104 book it please"),
            S("ok thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 11:00", "Naomi Feld", "+17815550104",
                        about=r"hot water|heater"),),
        said=(at(21, "11:00"), read_back("+17815550104")), ends_call=True,
        clock="2026-03-19 20:30", caller="+16175550176", tags=("booking",)),
    Scenario(
        "d43_plumb_kitchen_sink_clogged_monday_at_won_linden_road",
        "t_plumb", (
            S("morning um my kitchen sink is clogged like fully the water just sits there its "
              "not over flowing"),
            S("its my house I own it 15 Linden Road zip 0 2 4 6 0"),
            S("whats the soonest Monday Monday the sixteenth at won in the afternoon would be "
              "good"),
            S("names Patrick Dunleavy D U N L E A V Y same number im calling on"),
            S("so Patrick Dunleavy clogged kitchen sink Monday March sixteenth at one p m at 15 "
              "Linden Road please book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Patrick Dunleavy", "+15085550109",
                        about=r"clog|sink|drain"),),
        said=(at(16, "13:00"),), ends_call=True, clock="2026-03-12 06:50",
        caller="+15085550109", tags=("booking",)),
    Scenario(
        "d43_plumb_water_pouring_through_the_kitchen_sealing_sunday_night",
        "t_plumb", (
            S("hi theres water coming through the sealing in my kitchen like pouring I think a "
              "pipe burst upstairs", SHUT_OFF),
            S("ok I shut the main off I think its slowing down its not near any outlets can "
              "someone come out tonight or first thing"),
            S("its Oksana Petrenko P E T R E N K O at 9 Willow Court zip 0 2 1 3 9 and my "
              "number is six one seven five five five oh one six won"),
            S("Oksana Petrenko burst pipe water through the kitchen ceiling 9 Willow Court 617 "
              "555 0161 please have somebody call me back"),
            S("ok thanks bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Oksana Petrenko", "+16175550161",
                          about=r"pipe|burst|ceiling|sealing|water|leak", urgent=True),),
        ends_call=True, clock="2026-03-15 22:40", caller="+16175550161",
        tags=("emergency",)),
    Scenario(
        "d43_plumb_fifteen_year_old_water_heater_call_me_about_options",
        "t_plumb", (
            S("yeah hi um im thinking about replacing my water heater its like fifteen years old "
              "its fine right now no leak I just want somebody to call me to talk about "
              "options"),
            S("dont book anything yet I just want a call back this week sometime"),
            S("Grant Holloway H O L L O W A Y and the number is nine seven eight five fifty five "
              "oh one fifty seven"),
            S("so Grant Holloway about replacing the water heater call me back at 978 555 0157 "
              "thanks"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Grant Holloway", "+19785550157", about=r"water heater|replac|heater",
                          urgent=False),),
        ends_call=True, clock="2026-03-10 11:10", caller="+19785550157",
        tags=("message",)),
    Scenario(
        "d43_plumb_service_call_free_i_mean_fee_and_after_ours",
        "t_plumb", (
            S("hi quick question um whats the service call free. fee. like how much to just "
              "come out", r"\b89\b|eighty[- ]nine", NO_BOOKING),
            S("and if its like at night after ours after hours how much is that",
              r"\b189\b|one hundred (?:and )?eighty[- ]nine"),
            S("ok cool thats all I needed thanks bye", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 16:20",
        caller="+17745550115", tags=("info",)),
    # --- salon (closed Sunday and Monday; Thursdays to 8; hour-long slots) ------------------
    Scenario(
        "d43_salon_womens_cut_thursday_at_six_oh_won_for_six",
        "t_salon", (
            S("hi um I wanna book a hair cut womens cut and style ive been there before anyone "
              "is fine for the stylist"),
            S("is Thursday the nineteenth at six open like six in the evening after work"),
            S("name is Priyanka Desai D E S A I and my number is three one two five five five oh "
              "won for six"),
            S("so Priyanka Desai womens haircut Thursday March nineteenth at six p m 312 555 0146 "
              "please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 18:00", "Priyanka Desai", "+13125550146",
                        about=r"cut"),),
        said=(at(19, "18:00"),), ends_call=True, clock="2026-03-16 12:00",
        caller="+13125550146", tags=("booking",)),
    Scenario(
        "d43_salon_means_haircut_thirty_five_saturday_at_nine",
        "t_salon", (
            S("yo hi can I get a means haircut mens mens haircut its thirty five right",
              r"\b35\b|thirty[- ]five"),
            S("Saturday morning the fourteenth at nine if you got it first time there no "
              "preference on who"),
            S("its Dmitri Volkov V O L K O V and this number is good"),
            S("so Dmitri Volkov mens haircut Saturday March fourteenth at nine a m book it "
              "please"),
            S("alright thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Dmitri Volkov", "+17735550112",
                        about=r"cut|men"),),
        said=(at(14, "09:00"),), ends_call=True, clock="2026-03-11 19:45",
        caller="+17735550112", tags=("booking",)),
    Scenario(
        "d43_salon_blow_out_friday_the_20th_at_3_callback_oh_one_nine_to",
        "t_salon", (
            S("hi um can I book a blow out blowout just a blowout for Friday I have a work thing "
              "that night"),
            S("ive been in before for color I dont mind which stylist Friday the 20th at 3 in the "
              "afternoon"),
            S("my name is Chloe Ferreira F E R R E I R A and the callback is 2 0 3 5 5 5 0 1 9 "
              "to not the number im on"),
            S("ok so Chloe Ferreira blowout Friday March twentieth at three p m and 203 555 0192 "
              "please book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 15:00", "Chloe Ferreira", "+12035550192",
                        about=r"blow"),),
        said=(at(20, "15:00"), read_back("+12035550192")), ends_call=True,
        clock="2026-03-17 10:05", caller="+12035550105", tags=("booking",)),
    Scenario(
        "d43_salon_message_for_marco_about_the_toner_on_the_closed_monday",
        "t_salon", (
            S("hi um this is for Marco the stylist he did my color last month and I wanted to ask "
              "him about like the toner before I book again"),
            S("I dont want to book right now I just want him to call me back when hes in"),
            S("its Hannah Okonkwo O K O N K W O and my number is four won five five five five oh "
              "one eight three"),
            S("Hannah Okonkwo for Marco about the toner 415 555 0183 thanks"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Okonkwo", "+14155550183", about=r"toner|colou?r|Marco",
                          urgent=False),),
        ends_call=True, clock="2026-03-16 09:30", caller="+14155550183",
        tags=("message",)),
    Scenario(
        "d43_salon_open_till_ate_on_thursdays_gif_cards_then_a_person",
        "t_salon", (
            S("hi uh are you open late on thursdays like till ate", r"\b8\b|eight|8 ?p\.?m"),
            S("ok sorry im on the train its loud um and do you sell gif cards gift cards",
              r"yes|front desk|any amount"),
            S("ok can I just talk to somebody there a person please", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 15:40", caller="+16175550184", tags=("person",)),
    Scenario(
        "d43_salon_moves_friday_at_for_haircut_to_thursday_seven_p_m",
        "t_salon", (
            S("hi I need to move my appointment its Friday at for. four oclock its a haircut"),
            S("its under Maya Castellanos C A S T E L L A N O S same phone"),
            S("can I do Thursday the nineteenth at seven at night seven p m"),
            S("so move Maya Castellanos from Friday the thirteenth at four to Thursday March "
              "nineteenth at seven p m please"),
            S("perfect thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Maya Castellanos", "+13105550137"),),
        cancelled=("2026-03-13 16:00",), said=(at(19, "19:00"),), ends_call=True,
        seed=(Seed("2026-03-13 16:00", "Maya Castellanos", "+13105550137"),),
        clock="2026-03-09 11:15", caller="+13105550137", tags=("move",)),
    # --- real estate (weekdays 9 to 6, Saturday 10 to 5, Sunday noon to 4; half hours) ------
    Scenario(
        "d43_homes_house_four_sale_on_birch_lane_saturday_eleven_thirty",
        "t_homes", (
            S("hi I saw the house four sale on uh 12 Birch Lane the blue won and I wanna see it"),
            S("were buying pre approved with the bank no agent were looking to move by summer"),
            S("can we see it Saturday the fourteenth at eleven thirty"),
            S("its Kwame Asante A S A N T E email kwame asante at gmail dot com and this number"),
            S("so Kwame Asante showing at 12 Birch Lane Saturday March fourteenth at eleven "
              "thirty a m please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Kwame Asante", "+16175550153",
                        about=r"Birch|show|buy|view|tour"),),
        said=(at(14, "11:30"),), ends_call=True, clock="2026-03-12 18:30",
        caller="+16175550153", tags=("booking",)),
    Scenario(
        "d43_homes_valuation_for_unit_for_be_wednesday_at_five",
        "t_homes", (
            S("hey um me and my husband are thinking about selling our condo and we want someone "
              "to come look at it and tell us what its worth like a valuation"),
            S("its unit for be at 300 Harbor Street not listed with anybody timeline is like this "
              "summer"),
            S("Wednesday the eighteenth at five in the afternoon works for us"),
            S("name is Ingrid Solberg S O L B E R G email ingrid dot solberg at outlook dot com "
              "callback six oh three five five five oh won too too"),
            S("so Ingrid Solberg home valuation for unit 4B 300 Harbor Street Wednesday March "
              "eighteenth at five p m callback 603 555 0122 please book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:00", "Ingrid Solberg", "+16035550122",
                        about=r"valu|sell|list|condo|Harbor|worth"),),
        said=(at(18, "17:00"), read_back("+16035550122")), ends_call=True,
        clock="2026-03-15 13:10", caller="+16035550188", tags=("booking",)),
    Scenario(
        "d43_homes_too_bedroom_rental_on_cedar_agent_call_back",
        "t_homes", (
            S("hi um im calling about the too bedroom rental on Cedar Street I saw online I want "
              "to know if its still available and when I can move in"),
            S("id want to move in like April first can an agent just call me back tomorrow about "
              "it I dont want to book anything yet"),
            S("its Lena Hoffmann H O F F M A N N and my number is nine one seven five five five "
              "oh one won four"),
            S("Lena Hoffmann about the two bedroom rental on Cedar Street 917 555 0114 thanks"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lena Hoffmann", "+19175550114",
                          about=r"Cedar|rent|bedroom|apartment", urgent=False),),
        ends_call=True, clock="2026-03-10 21:20", caller="+19175550114",
        tags=("message",)),
    Scenario(
        "d43_homes_pre_approved_to_look_and_open_on_sunday",
        "t_homes", (
            S("hi um quick question do I have to be pre approved to like see a house or can I "
              "just look",
              r"not always|isn't always|is not always|not required|isn't required|don't have to"
              r"|do not have to|doesn't have to|prefer|helps", NO_BOOKING),
            S("and are you guys open today on sunday what time", r"\b12\b|noon|twelve"),
            S("ok cool thanks bye", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 11:00",
        caller="+17815550163", tags=("info",)),
    Scenario(
        "d43_homes_cancels_the_saturday_eleven_showing_on_forty_ate_alder",
        "t_homes", (
            S("hi yeah um I had a showing booked for Saturday at eleven for uh forty ate Alder "
              "Court and we need to cancel we went with another place"),
            S("its under Victor Almeida A L M E I D A the number im calling from"),
            S("yeah just cancel the Saturday March fourteenth eleven a m showing for Victor "
              "Almeida please no need to reschedule"),
            S("thanks bye", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Victor Almeida", "+19785550166"),),
        clock="2026-03-12 09:20", caller="+19785550166", tags=("cancel",)),
    Scenario(
        "d43_homes_for_bedroom_on_spruce_then_the_car_line_drops",
        "t_homes", (
            S("hey um yeah hi im calling about the house on uh Spruce Street the for bedroom its "
              "hello sorry im in the car youre breaking up"),
            silent(STILL_THERE),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-11 13:40",
        caller="+15085550124", tags=("hangup",)),
    # --- auto repair (weekdays 7:30 to 6, Saturday 8 to 3; hour-long slots) -----------------
    Scenario(
        "d43_auto_synthetic_oil_change_forty_to_thousand_miles_thursday_ate_thirty",
        "t_auto", (
            S("hey um I need a oil change the full synthetic on my 2018 Honda Civic it has like "
              "forty to thousand miles"),
            S("nothing wrong with it just the oil ill wait for it can I come Thursday the twelfth "
              "at ate thirty eight thirty in the morning"),
            S("its Brendan Moriarty M O R I A R T Y and my number is six one seven five five five "
              "oh won seven to"),
            S("so Brendan Moriarty oil change 2018 Civic Thursday March twelfth at eight thirty a "
              "m 617 555 0172 please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Brendan Moriarty", "+16175550172",
                        about=r"oil"),),
        said=(at(12, "08:30"),), ends_call=True, clock="2026-03-10 07:05",
        caller="+16175550172", tags=("booking",)),
    Scenario(
        "d43_auto_check_in_gin_light_escape_drop_off_saturday_at_ten",
        "t_auto", (
            S("hi my check in gin light came on check engine light on my 2015 Ford Escape its "
              "solid not flashing and it drives normal"),
            S("its got like ninety ate thousand miles ill drop it off can you do Saturday the "
              "fourteenth at ten"),
            S("name is Yolanda Pierce P I E R C E and call me on to won six five five five oh one "
              "three five not this phone"),
            S("so Yolanda Pierce check engine light diagnostic 2015 Ford Escape Saturday March "
              "fourteenth at ten a m and 216 555 0135 please book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Yolanda Pierce", "+12165550135",
                        about=r"check engine|engine|light|diagnos"),),
        said=(at(14, "10:00"), read_back("+12165550135")), ends_call=True,
        clock="2026-03-11 12:50", caller="+12165550108", tags=("booking",)),
    Scenario(
        "d43_auto_breaks_pedal_to_the_floor_in_the_stop_and_shop_lot",
        "t_auto", (
            S("hi um my breaks brakes the pedal just went almost to the floor and theres a "
              "grinding and I barely stopped I pulled into a parking lot", NO_DRIVING),
            S("ok im not driving it im in the Stop and Shop lot its a 2012 Toyota Camry can "
              "someone from the shop call me first thing about getting it towed in"),
            S("its Tomasz Nowak N O W A K and my cell is four won three five five five oh one six "
              "seven"),
            S("Tomasz Nowak brakes went to the floor 2012 Camry 413 555 0167 please call me"),
            S("ok bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Tomasz Nowak", "+14135550167", about=r"brake|break|pedal|tow",
                          urgent=True),),
        ends_call=True, clock="2026-03-13 18:45", caller="+14135550167",
        tags=("emergency",)),
    Scenario(
        "d43_auto_mist_the_voicemail_about_the_struts_estimate",
        "t_auto", (
            S("hi um you guys have my car the gray Subaru Outback and somebody left me a "
              "voicemail about the estimate for the struts and I mist it"),
            S("can the service advisor call me back tomorrow morning I want to go over the "
              "estimate before I approve anything"),
            S("names Abigail Thornton T H O R N T O N and my number is five oh eight five fifty "
              "five oh one twenty six"),
            S("Abigail Thornton about the estimate on the Subaru Outback call me at 508 555 0126 "
              "thanks"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Abigail Thornton", "+15085550126",
                          about=r"estimate|Subaru|strut|Outback", urgent=False),),
        ends_call=True, clock="2026-03-10 18:20", caller="+15085550126",
        tags=("message",)),
    Scenario(
        "d43_auto_tire_rotation_and_is_the_break_inspection_free",
        "t_auto", (
            S("hey um how much is a tire rotation on a uh on a pickup truck",
              r"\b29\b|twenty[- ]nine", NO_BOOKING),
            S("and the break inspection brake inspection is that free or", NO_CHARGE),
            S("ok cool thanks ill call back to book bye", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 09:15",
        caller="+16035550147", tags=("info",)),
    Scenario(
        "d43_auto_on_the_highway_closing_time_then_a_service_advisor",
        "t_auto", (
            S("hi uh can you hear me im on the highway its kind of loud what time do you close "
              "today", r"\b6\b|six|6 ?p\.?m"),
            S("ok and are you open saturday", r"\b3\b|three|\b8\b|eight"),
            S("ok um can I talk to a service advisor a person about my car its already there the "
              "black Tahoe", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE,
        clock="2026-03-12 11:30", caller="+19785550139", tags=("person",)),
    # --- veterinary (weekdays 8 to 6, Saturday 8 to noon; half-hour slots) ------------------
    Scenario(
        "d43_vet_biscuits_rabbis_shot_and_checkup_wednesday_ten_thirty",
        "t_vet", (
            S("hi um my dog needs his rabbis shot rabies and his yearly check up were existing "
              "clients"),
            S("hes Biscuit a beagle hes four nothing wrong with him hes fine"),
            S("can we do Wednesday the eighteenth at ten thirty"),
            S("my name is Sunil Varma V A R M A and the number is this one"),
            S("so Sunil Varma for Biscuit rabies and check up Wednesday March eighteenth at ten "
              "thirty a m please book it"),
            S("thanks bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:30", "Sunil Varma", "+17325550117",
                        about=r"rabi|vaccin|check|wellness|exam|shot"),),
        said=(at(18, "10:30"),), ends_call=True, clock="2026-03-14 11:40",
        caller="+17325550117", tags=("booking",)),
    Scenario(
        "d43_vet_new_kitten_with_flees_thursday_at_for_thirty",
        "t_vet", (
            S("hi um I just adopted a kitten and I think she has flees fleas shes scratching her "
              "ears like a lot were new weve never been there"),
            S("her name is Mochi shes like twelve weeks a gray tabby can I bring her Thursday the "
              "nineteenth at for thirty. four thirty"),
            S("im Keiko Tanaka T A N A K A and my cell is seven oh three five five five oh one "
              "for won not this number"),
            S("so Keiko Tanaka new client kitten Mochi fleas and ears Thursday March nineteenth "
              "at four thirty p m 703 555 0141 please book it"),
            S("thank you bye", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:30", "Keiko Tanaka", "+17035550141",
                        about=r"flea|flee|ear|scratch|kitten|new"),),
        said=(at(19, "16:30"), read_back("+17035550141")), ends_call=True,
        clock="2026-03-17 17:50", caller="+17035550102", tags=("booking",)),
    Scenario(
        "d43_vet_small_dog_ate_baking_chocolate_saturday_after_closing",
        "t_vet", (
            S("hi my dog just ate a whole bar of dark chocolate like the baking kind off the "
              "counter like ten minutes ago hes a small dog", VET_NOW),
            S("ok were gonna go to the emergency place now but can you leave a message for "
              "doctor um our vet so they know"),
            S("its Felicity Grant G R A N T the dog is Pepper and my number is eight five seven "
              "five five five oh one nine for"),
            S("Felicity Grant dog Pepper ate dark chocolate 857 555 0194 thanks"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Felicity Grant", "+18575550194", about=r"chocolate|Pepper",
                          urgent=True),),
        ends_call=True, clock="2026-03-14 13:30", caller="+18575550194",
        tags=("emergency",)),
    Scenario(
        "d43_vet_olives_blood_work_results_call_back_today_or_tomorrow",
        "t_vet", (
            S("hi um my cat Olive had blood work done on Monday and the vet said shed call with "
              "the results and I havent heard I just want someone to call me back today or "
              "tomorrow"),
            S("shes fine right now shes eating and everything its just the results"),
            S("its Nadia Karim K A R I M and my number is to won to five five five oh one four "
              "nine"),
            S("Nadia Karim about Olives blood work results 212 555 0149 thank you"),
            S("bye", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Nadia Karim", "+12125550149", about=r"blood|result|Olive|lab",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 07:30", caller="+12125550149",
        tags=("message",)),
    Scenario(
        "d43_vet_rabbits_or_just_dogs_and_cats_and_the_well_ness_exam",
        "t_vet", (
            S("hi um do you guys see rabbits or just like dogs and cats", r"dog|cat",
              NO_BOOKING),
            S("ok and how much is the well ness exam for a dog", r"\b65\b|sixty[- ]five"),
            S("ok great thanks bye", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 12:05",
        caller="+13475550159", tags=("info",)),
    Scenario(
        "d43_vet_portuguese_owner_wants_thors_vaccine_call_back",
        "t_vet", (
            S("olá bom dia eh eu não falo muito inglês eu preciso marcar a vacina do meu cachorro "
              "ele chama Thor", NOT_ENGLISH_PT),
            S("meu nome é Paulo Mendes M E N D E S e o meu telefone é cinco zero oito cinco cinco "
              "cinco zero um três oito"),
            S("Paulo Mendes cinco zero oito cinco cinco cinco zero um três oito por favor alguém "
              "me liga para marcar a vacina do Thor"),
            S("obrigado tchau", BYE_PT),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Mendes", "+15085550138",
                          about=r"vacin|vaccin|Thor|c[aã]o|cachorro|dog|Portugu", urgent=False),),
        ends_call=True, clock="2026-03-12 15:10", caller="+15085550138",
        tags=("language",)),
]
