"""A sixth development set: 48 scripted callers, six in each of the fleet's eight trades, whose
lines read like what the speech recogniser actually hands the receptionist on a phone call.

Written by a helper session (branch dev-callers-6) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to fifth development sets' lists; only the fifth
set's module docstring for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the shape from
tests/scenarios/dev_set_shape.py.

What makes it different: every caller line is an ASR-style transcript, not tidy written English.
Lines are mostly lowercase with little or no punctuation, run on with "and", "so", "um", "uh",
"like", "you know", and carry false starts and self-repairs ("can i get a on thursday i mean
friday friday the thirteenth at three", "at um at two no sorry at three"). Numbers come as words
or digits, sometimes both in one call ("four one five five five five zero one two three",
"312 555 0143", "the fourteenth", "seven thirty", "saturday 10 am"); names are said and then
spelled letter by letter ("marta kowalski k o w a l s k i"); a few words are misheard the way a
recogniser splits or swaps them ("clean ing", "wood like to book", "a oil change") and a human
would still understand. Callers say several things in one breath and answer before they are asked
(the vehicle, the address with its ZIP, new or existing, no pain, the number to use), give details
out of order, correct themselves, and drop keywords in passing (a price, the hours, a fee for
cancelling, "same number i'm calling from"). They ask how the call works ("am i talking to a real
person or like a robot"), ask for advice the trade must not give (a custody chance, a baby aspirin
for a dog, driving on with a warning light, what a house is worth, making a cat throw up), ask for
people by role (someone in billing, a paralegal, the listing agent, the service advisor, whoever
does weddings), and leave messages in their own words. Every `Say(..., expect=..., avoid=...)`
pattern is loose and case-insensitive so any good wording passes, and every price, hour and
policy it looks for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev6

which prints `RESULT dev6_pass_rate=`, measured and never gated. Its first run, on main at
134cff7 before anyone had read a transcript of it: 15/48 = 0.312 (most failures one kind: names
said in lower case and spelled out letter by letter were not taken, so bookings stalled at "May
I have your full name?" and messages were stored from "Unknown caller").

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's last line clearly accepts it, restating the day and time.
Only a call with `overrides` carrying a transfer number, inside opening hours, has a line to
transfer to (the caller asks for a person only in the last line); elsewhere a caller who needs a
person leaves a message. An emergency ends with an urgent message; a routine message is not
urgent. Bookings are at least two days ahead, on the business's appointment grid inside its
opening hours: dental 60 minutes from 8 AM (Friday until 2 PM), clinic 20 minutes from 8 AM, law
60 minutes from 9 AM, plumbing 120 minutes from 7 AM (Saturday too), salon 60 minutes from 10 AM
(9 AM on Saturday, closed Sunday and Monday), real estate 30 minutes (Saturday from 10 AM, Sunday
noon to 4 PM), vet 30 minutes from 8 AM (Saturday until noon), and the auto shop 60 minutes from
7:30 AM on weekdays and on the hour from 8 AM on Saturdays. A vet booking is in the owner's name;
a message is in the caller's own name even when it is about someone else. A move or a
cancellation rings from the number the seeded appointment was booked with, and the caller gives
the name it is under. A caller who ends with a goodbye ("bye", "goodbye") expects the
receptionist to end the call; one who does not, does not.

The mix (the first tag is the kind; every caller is also tagged "asr"): 16 bookings (two per
trade), 4 moves (law, plumbing, salon, vet) and 4 cancellations (dental, clinic, salon, real
estate) of seeded appointments, 8 emergencies (one per trade: a jaw swelling toward the eye with
trouble swallowing, a father's chest pain, a son arrested before a morning hearing, a burst pipe,
a burning scalp with swelling eyes after colour, a break-in at a listed house, a cat that chewed
lilies, a car smoking on the shoulder; dental, law, plumbing, real estate and vet at night), 8
messages (one per trade), 4 transfers (clinic billing, a law paralegal or attorney, a listing
agent, an auto service advisor) and 4 calls that end with information only (dental insurance,
Friday hours, whitening and HSA; plumbing licence, fees, Sundays and guarantee; vet species,
Saturday hours and an aspirin question; auto Saturday hours, prices and a warning light).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed

S = Say
LINE = {"transfer_number": TRANSFER_NUMBER}
BOOKED = r"all set|booked|confirm|scheduled|see you"
MOVED = r"moved|all set|booked|rescheduled|confirm|see you"
CANCELLED = r"cancel"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"
ROBOT = r"\bI(?:'m| am) (?:a |an )?(?:real |actual )?(?:person|human)"

DEV_CALLERS_6: tuple[Scenario, ...] = (
    # --- dental ----------------------------------------------------------------------------
    Scenario(
        "dev6_dental_existing_patient_cleaning_in_one_breath", "t_dental", (
            S("hi um yeah i wood like to book a clean ing for myself i've been there before "
              "like two years ago so i'm not new"),
            S("uh thursday works so like thursday the twelfth at ten if you have it or like "
              "around ten"),
            S("my name is marta kowalski k o w a l s k i and this number i'm calling from is "
              "good"),
            S("no pain no swelling its just a regular cleaning and i have delta dental through "
              "work"),
            S("yes thursday the twelfth at ten a m for the cleaning thats perfect book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Marta Kowalski", about="clean"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_dental_new_patient_asks_the_price_then_self_repairs_the_day", "t_dental", (
            S("yeah hi so i'm new i've never been there and uh how much is the the new patient "
              "exam with the x rays", r"275|two hundred (?:and )?seventy.?five"),
            S("ok so can i get a on monday i mean tuesday tuesday the seventeenth in the morning "
              "like nine"),
            S("its for a checkup and cleaning no pain nothing and i don't have insurance i'll "
              "just pay"),
            S("name is derek a m o a h amoah derek amoah and my cell is six four six five five "
              "five zero one seven one"),
            S("ok great tuesday the seventeenth at nine in the morning yes please book that",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 09:00", "Derek Amoah", "+16465550171",
                        about=r"new patient|exam|clean|check"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_dental_cancels_friday_in_passing", "t_dental", (
            S("hi yes um i need to cancel i have a appointment friday the thirteenth at eleven"),
            S("its under gloria fuentes f u e n t e s"),
            S("yeah cancel it please i'll i'll call back when my schedule's better", CANCELLED),
            S("ok thanks bye", "bye"),
        ),
        outcome="information_only", cancelled=("2026-03-13 11:00",), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Gloria Fuentes", CALLER),),
        tags=("cancel", "asr")),
    Scenario(
        "dev6_dental_insurance_friday_hours_whitening_and_hsa", "t_dental", (
            S("hi quick question do you guys take like p p o insurance i have cigna",
              r"PPO|most major|verify"),
            S("and um how late are you open on friday cause i work till noon",
              r"\b2 ?(?:PM|p\.m\.)|two (?:o'clock|in the afternoon|pm|p\.m\.)|until two|14:00"),
            S("how much is the the teeth whitening the in office one",
              r"450|four hundred (?:and )?fifty"),
            S("can i pay with my h s a card", r"HSA|FSA|yes"),
            S("ok cool thats all i needed thanks bye", "bye"),
        ),
        outcome="information_only", ends_call=True,
        tags=("info", "asr")),
    Scenario(
        "dev6_dental_night_jaw_swelling_toward_the_eye", "t_dental", (
            S("hi um sorry its late i know you're closed but my jaw is swollen really bad and "
              "its going up like towards my eye and its hard to swallow like it hurts to "
              "swallow water", r"911|emergency room|\bE\.?R\b"),
            S("ok ok my husband is gonna drive me to the e r but can you tell the dentist please "
              "my name is priya raman r a m a n"),
            S("my number is four one five five five five zero one two three same as this phone "
              "please have someone call me tomorrow"),
            S("thank you bye", "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Priya Raman", about=r"swell|swallow|jaw|eye", urgent=True),),
        ends_call=True, clock="2026-03-10 21:30",
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev6_dental_father_leaves_a_billing_message_about_his_son", "t_dental", (
            S("hi this is uh tom becker calling about my son's appointment last week"),
            S("so like we got a bill for a hundred and twenty dollars but i thought the "
              "insurance was gonna cover the the kids cleaning so can someone from billing call "
              "me back", avoid=r"should (?:be|have been) covered|(?:definitely|fully) covered"),
            S("its tom becker b e c k e r and my number is nine one seven five five five zero "
              "one four eight"),
            S("i'm at work so after three is best thats it thanks"),
        ),
        outcome="message_taken",
        messages=(Message("Tom Becker", "+19175550148", about=r"bill|insurance|charge|son",
                          urgent=False),),
        tags=("message", "asr")),
    # --- medical clinic --------------------------------------------------------------------
    Scenario(
        "dev6_clinic_annual_physical_birthday_before_asked", "t_clinic", (
            S("good morning um i need to schedule my annual physical i'm i'm an established "
              "patient i saw doctor nguyen last year"),
            S("how much is a physical if i'm paying myself",
              r"225|two hundred (?:and )?twenty.?five"),
            S("date of birth is april third nineteen seventy eight and my name's lena w e i s s "
              "lena weiss"),
            S("thursday the twelfth at eight forty in the morning works or whatever's close to "
              "that"),
            S("ok yes thursday march twelfth at eight forty a m book it please", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:40", "Lena Weiss", about="physical"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_clinic_new_patient_cough_asks_no_verdict", "t_clinic", (
            S("hi yeah so i just moved here and i need a new doctor so i'd be a new patient um"),
            S("its for like a cough that won't go away its been like three weeks no fever or "
              "anything is that bad",
              avoid=r"(?:doesn't|does not) sound (?:serious|bad)|nothing to worry|"
                    r"(?:it's|it is|that's|that is) (?:probably )?not (?:serious|bad)|"
                    r"probably (?:just|nothing)"),
            S("friday the thirteenth in the afternoon uh two twenty if you got it"),
            S("name's samir haddad h a d d a d birthday june ninth ninety one and my number is "
              "two one two five five five zero one six six"),
            S("yep friday the thirteenth at two twenty p m thats good go ahead and book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 14:20", "Samir Haddad", "+12125550166", about="cough"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_clinic_elderly_caller_cancels_monday", "t_clinic", (
            S("hello yes i'm calling to uh cancel an appointment for monday its joan whitaker "
              "w h i t a k e r"),
            S("date of birth is the second of november nineteen fifty two if you need that"),
            S("monday at ten twenty yes thats the one just cancel it my daughter's taking me to "
              "a specialist instead", CANCELLED),
            S("no thats all thank you dear goodbye", "bye"),
        ),
        outcome="information_only", cancelled=("2026-03-16 10:20",), ends_call=True,
        seed=(Seed("2026-03-16 10:20", "Joan Whitaker", CALLER),),
        tags=("cancel", "asr")),
    Scenario(
        "dev6_clinic_insurance_and_fee_then_someone_in_billing", "t_clinic", (
            S("hi yeah do you guys take aetna i'm i'm switching plans next month",
              r"most major|insurance|coverage"),
            S("and is there like a fee if i miss a appointment cause i missed one last week by "
              "accident", r"24|twenty.?four|fee|notice"),
            S("ok um can you put me through to someone in billing a real person i wanna ask "
              "about that charge", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE,
        tags=("transfer", "asr")),
    Scenario(
        "dev6_clinic_daughter_reports_her_fathers_chest_pain", "t_clinic", (
            S("hi um my dad is having like chest pain and his left arm feels numb he's sixty "
              "seven he's a patient there", r"911",
              avoid=r"(?<!whether it )(?<!if it )can wait|(?:is|it's|that's) not serious|"
                    r"probably (?:just|nothing)"),
            S("ok i'm i'm calling 911 right after this but please tell doctor patel his name is "
              "walter greene and i'm his daughter alice greene g r e e n e"),
            S("my number is three one two five five five zero one nine nine call me please"),
            S("ok bye", "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Alice Greene", "+13125550199",
                          about=r"chest|arm|father|dad|walter", urgent=True),),
        ends_call=True, clock="2026-03-10 11:15",
        tags=("emergency", "asr")),
    Scenario(
        "dev6_clinic_refill_message_with_pharmacy", "t_clinic", (
            S("hi this is uh rosa delgado d e l g a d o i'm a patient of doctor kim"),
            S("i need a refill on my lisinopril the ten milligram and i'm almost out like i have "
              "two pills left", r"nurse|message|pass|two business days",
              avoid=r"I(?:'ve| have) (?:approved|sent)|refill is approved"),
            S("the pharmacy is the walgreens on main street and my birthday is may fifth sixty "
              "four"),
            S("call me back on six one seven five five five zero one three four thats my cell "
              "not the house thank you"),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", "+16175550134", about=r"refill|lisinopril",
                          urgent=False),),
        tags=("message", "asr")),
    # --- law firm --------------------------------------------------------------------------
    Scenario(
        "dev6_law_deposit_dispute_by_video", "t_law", (
            S("hi um i'm looking to like set up a consultation about my landlord he's he's "
              "keeping my deposit"),
            S("how much is a consultation", r"250|two hundred (?:and )?fifty"),
            S("the landlord is uh bright tower properties l l c and theres no court date nothing "
              "like that and i don't have a lawyer"),
            S("could i do it by video on thursday the nineteenth at eleven my name's kofi "
              "mensah m e n s a h and this number is fine"),
            S("yes thursday the nineteenth at eleven a m by video works for me go ahead", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Kofi Mensah", about=r"deposit|landlord"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_law_estate_planning_time_corrected_twice", "t_law", (
            S("hello i wanted to see about getting a will done for me and my wife"),
            S("is the estate planning consultation free or how does that work",
              r"free|no (?:charge|cost)|\$0|zero"),
            S("ok so wednesday the eighteenth at um at two no sorry at three in the afternoon "
              "at three"),
            S("its harold jensen j e n s e n no court dates or anything its just planning and my "
              "number's four one five five five five zero one five one"),
            S("alright wednesday the eighteenth at three p m thats fine book it", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 15:00", "Harold Jensen", "+14155550151",
                        about=r"will|estate"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_law_moves_thursday_consultation_to_monday", "t_law", (
            S("hi i got a consultation thursday at ten and i need to move it cause i got called "
              "into work"),
            S("the name is nadia farouk f a r o u k"),
            S("can we do like monday the sixteenth at one in the afternoon instead or anytime "
              "after lunch monday"),
            S("ok so monday the sixteenth at one p m instead of thursday yes move it please",
              MOVED),
        ),
        outcome="booked", booked=(Booking("2026-03-16 13:00", "Nadia Farouk"),),
        cancelled=("2026-03-12 10:00",),
        seed=(Seed("2026-03-12 10:00", "Nadia Farouk", CALLER),),
        tags=("move", "asr")),
    Scenario(
        "dev6_law_phone_consults_then_asks_for_a_person", "t_law", (
            S("hi yeah um do you guys do phone consultations or do i have to come in",
              r"phone|video|in person"),
            S("and what should i bring like i have a bunch of letters from the insurance "
              "company", r"photo ID|documents|letters"),
            S("ok can you connect me to one of the attorneys or like a paralegal i'd rather just "
              "talk to a person", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-10 14:00",
        tags=("transfer", "asr")),
    Scenario(
        "dev6_law_night_son_arrested_hearing_in_the_morning", "t_law", (
            S("hi um i know its late my son got arrested tonight like an hour ago and theyre "
              "saying he has a hearing tomorrow morning",
              r"urgent|as soon as|attorney|lawyer|message|call you back",
              avoid=r"(?:he|your son) should(?:n't| not)? (?:say|talk|plead)|plead guilty"),
            S("his name is jamal wright and i'm his mother denise wright w r i g h t"),
            S("please have a lawyer call me first thing my number is two one two five five five "
              "zero one two seven"),
            S("thank you please hurry bye", "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Denise Wright", "+12125550127", about=r"arrest|hearing|son",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 22:00",
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev6_law_divorce_callback_after_a_custody_question", "t_law", (
            S("yeah hi my name is claire dubois d u b o i s and i'm going through a divorce and "
              "i just wanna talk to someone about like custody"),
            S("do i have like a good chance of getting full custody you know",
              r"legal advice|attorney|lawyer",
              avoid=r"(?<!whether )(?<!if )(?<!not )you(?:'ve got| have| will get|'ll get) "
                    r"(?:a )?(?:good|strong|great) (?:chance|case)|"
                    r"you(?:'re| are) likely to (?:get|win)"),
            S("my husbands name is marc dubois for the for the conflict thing and theres no court "
              "date yet"),
            S("i cant really come in i'd rather someone just call me back at six four six five "
              "five five zero one eight two after five if possible"),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dubois", "+16465550182", about=r"divorce|custody",
                          urgent=False),),
        tags=("message", "asr")),
    # --- plumbing --------------------------------------------------------------------------
    Scenario(
        "dev6_plumb_no_hot_water_address_before_asked", "t_plumb", (
            S("yeah hi so our water heater's not working no hot water since yesterday um no leak "
              "or anything its just cold"),
            S("address is four twenty two maple avenue zip one zero zero two five and we own the "
              "house"),
            S("how much for you guys to come out", r"89|eighty.?nine"),
            S("thursday morning works um the twelfth like nine o'clock ish name is gus petrakis "
              "p e t r a k i s this numbers good"),
            S("ok thursday the twelfth at nine a m perfect yes book it", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Gus Petrakis", about=r"hot water|water heater"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_plumb_renter_clogged_sink_on_saturday", "t_plumb", (
            S("hi um my kitchen sink is clogged like totally backed up not leaking just won't "
              "drain"),
            S("i rent but the landlord mike owens already said its ok to get it fixed"),
            S("its at seventy seven river road apartment three b zip one zero zero three one"),
            S("can you do saturday the fourteenth at like eleven or is saturday extra"),
            S("my name is ines carvalho c a r v a l h o and you can call this number"),
            S("yes saturday the fourteenth at eleven a m for the sink that works book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Ines Carvalho", about=r"sink|clog|drain"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_plumb_moves_friday_visit_to_next_tuesday", "t_plumb", (
            S("hey this is victor lam l a m i got a plumber coming friday at one and i need to "
              "change it"),
            S("can you move it to tuesday the seventeenth um three in the afternoon or the three "
              "o'clock window whatever"),
            S("same address same everything just the day"),
            S("yep tuesday the seventeenth at three p m instead of friday yes please move it",
              MOVED),
        ),
        outcome="booked", booked=(Booking("2026-03-17 15:00", "Victor Lam"),),
        cancelled=("2026-03-13 13:00",),
        seed=(Seed("2026-03-13 13:00", "Victor Lam", CALLER),),
        tags=("move", "asr")),
    Scenario(
        "dev6_plumb_licence_fees_sundays_and_guarantee", "t_plumb", (
            S("hi um are you guys licensed and insured", r"licensed"),
            S("and whats the the service call fee and is it more after hours",
              r"189|one hundred (?:and )?eighty.?nine|additional|extra|emergency fee"),
            S("are you open sundays", r"closed|not open|aren't open|don't"),
            S("ok and is the work guaranteed", r"guarantee|warrant"),
            S("alright thanks bye", "bye"),
        ),
        outcome="information_only", ends_call=True,
        tags=("info", "asr")),
    Scenario(
        "dev6_plumb_night_burst_pipe_under_the_sink", "t_plumb", (
            S("hi uh theres water like pouring out from under the the bathroom sink a pipe burst "
              "and its all over the floor", r"shut|valve"),
            S("i turned the the valve under the sink but its still coming i dont know where the "
              "main is"),
            S("its eighteen cedar lane zip one zero zero one four and my name's ben oduya o d u y "
              "a please send someone"),
            S("my number is nine one seven five five five zero one six zero call me asap"),
        ),
        outcome="message_taken",
        messages=(Message("Ben Oduya", "+19175550160", about=r"pipe|burst|water|leak|flood",
                          urgent=True),),
        clock="2026-03-10 23:15",
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev6_plumb_wants_a_call_about_a_water_heater_price", "t_plumb", (
            S("hello um yes i'm calling because i want a price on like replacing my water heater "
              "its like fifteen years old", r"on site|quote|technician",
              avoid=r"replacement (?:is|costs|runs)|usually (?:costs|runs)"),
            S("i don't want to book nothing yet i just want someone to call me and talk about "
              "it"),
            S("this is edith moreau m o r e a u and my number is six four six five five five zero "
              "one one nine"),
            S("mornings are better thank you"),
        ),
        outcome="message_taken",
        messages=(Message("Edith Moreau", "+16465550119",
                          about=r"water heater|replac|quote|price", urgent=False),),
        tags=("message", "asr")),
    # --- salon -----------------------------------------------------------------------------
    Scenario(
        "dev6_salon_womens_cut_thursday_i_mean_friday", "t_salon", (
            S("hi um how much is a a womens cut and style", r"65|sixty.?five"),
            S("ok um can i get a on thursday i mean friday friday the thirteenth at three"),
            S("anyone's fine i don't have a stylist i've been there once before"),
            S("its hannah schultz s c h u l t z and this number is fine"),
            S("ok friday the thirteenth at three p m for the cut yes book me", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:00", "Hannah Schultz", about=r"cut|hair"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_salon_mens_cut_in_digits", "t_salon", (
            S("yo can i book a mens haircut saturday 10 am"),
            S("nah no preference whoever and yeah i been there before"),
            S("its marcus bell b e l l and my cell is 312 555 0143"),
            S("cool saturday the 14th at 10 am for the mens cut yeah book it", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Marcus Bell", "+13125550143",
                        about=r"men'?s|haircut|cut"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_salon_moves_blowout_to_a_late_thursday", "t_salon", (
            S("hi its yuki tanaka t a n a k a i have a blowout this thursday at two and i need to "
              "push it a week"),
            S("like next thursday the nineteenth in the evening six o'clock cause you're open "
              "late thursdays right"),
            S("yes thursday the nineteenth at six p m instead please move it", MOVED),
        ),
        outcome="booked", booked=(Booking("2026-03-19 18:00", "Yuki Tanaka"),),
        cancelled=("2026-03-12 14:00",),
        seed=(Seed("2026-03-12 14:00", "Yuki Tanaka", CALLER),),
        clock="2026-03-10 11:00",
        tags=("move", "asr")),
    Scenario(
        "dev6_salon_cancels_highlights_asks_about_the_fee", "t_salon", (
            S("hey um i need to cancel my highlights on tuesday the seventeenth at eleven"),
            S("bianca russo r u s s o is the name"),
            S("is there like a fee for cancelling cause its a week out",
              r"24|twenty.?four"),
            S("ok yeah just cancel it then thanks bye", "bye"),
        ),
        outcome="information_only", cancelled=("2026-03-17 11:00",), ends_call=True,
        seed=(Seed("2026-03-17 11:00", "Bianca Russo", CALLER),), clock="2026-03-10 12:00",
        tags=("cancel", "asr")),
    Scenario(
        "dev6_salon_burning_scalp_and_swelling_eyes_after_colour", "t_salon", (
            S("hi um i got my color done there this morning and now my my scalp is burning and "
              "my eyes are swelling up and its kinda hard to breathe", r"911",
              avoid=r"rinse|antihistamine|benadryl|cold water"),
            S("ok my roommate's calling 911 but can you tell the stylist who did it my name is "
              "tasha okafor o k a f o r"),
            S("my number is four one five five five five zero one two three"),
            S("bye", "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Tasha Okafor", about=r"colou?r|swell|breath|burn|react|scalp",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 15:00",
        tags=("emergency", "asr")),
    Scenario(
        "dev6_salon_bride_wants_whoever_does_weddings", "t_salon", (
            S("hi so i'm getting married in june and i want to book like hair for me and five "
              "bridesmaids"),
            S("uh is that something you do like a group thing you know"),
            S("can the manager or whoever does weddings call me back i'm sofia marquez m a r q u "
              "e z"),
            S("number is seven one eight five five five zero one three eight thanks so much"),
        ),
        outcome="message_taken",
        messages=(Message("Sofia Marquez", "+17185550138",
                          about=r"wedding|brid|group|married", urgent=False),),
        clock="2026-03-10 13:00",
        tags=("message", "asr")),
    # --- real estate -----------------------------------------------------------------------
    Scenario(
        "dev6_homes_preapproved_buyer_saturday_showing", "t_homes", (
            S("hi um i saw the listing on uh fifty five harbor view drive the three bedroom and i "
              "wanna see it"),
            S("we're buying we're pre approved and we don't have an agent"),
            S("saturday the fourteenth at ten thirty would be good or like around there"),
            S("names raj patel p a t e l and my number is two zero one five five five zero one "
              "seven seven"),
            S("saturday the fourteenth at ten thirty a m for the showing yes book it", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Raj Patel", "+12015550177",
                        about=r"showing|harbor|55|buy"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_homes_seller_wants_a_number_books_a_sunday_valuation", "t_homes", (
            S("hey yeah so we're thinking about selling our house and i wanna know what its worth "
              "like roughly", r"agent|valuation|market analysis|recent sales",
              avoid=r"\$\s?[1-9]|\d+ thousand|worth (?:about|around|roughly)"),
            S("its at nine oak hollow court zip zero seven zero four two not listed with "
              "anybody"),
            S("are you guys open sunday could we do sunday the fifteenth at one"),
            S("i'm donna reyes r e y e s and this number works"),
            S("ok sunday the fifteenth at one p m for the valuation thats great book it", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:00", "Donna Reyes",
                        about=r"valuation|sell|listing|worth|oak"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_homes_cancels_tomorrows_showing", "t_homes", (
            S("hi um this is peter novak n o v a k i had a showing tomorrow at four"),
            S("we actually we went with another place so you can cancel it"),
            S("yes cancel the wednesday four o'clock one thanks bye", r"cancel|bye"),
        ),
        outcome="information_only", cancelled=("2026-03-11 16:00",), ends_call=True,
        seed=(Seed("2026-03-11 16:00", "Peter Novak", CALLER),),
        tags=("cancel", "asr")),
    Scenario(
        "dev6_homes_touring_questions_then_the_listing_agent", "t_homes", (
            S("hi so do i have to sign something before i tour a house",
              r"agreement|sign"),
            S("and what should i bring to a showing", r"photo ID|pre.?approval"),
            S("ok actually we wanna make an offer on the one on birch street can you put me "
              "through to the listing agent", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-10 10:00",
        tags=("transfer", "asr")),
    Scenario(
        "dev6_homes_evening_break_in_at_a_listed_house", "t_homes", (
            S("hi i'm um i'm at the house for sale on sixty two elm street to grab my stuff and "
              "the back door's been like kicked in theres glass everywhere", r"911"),
            S("i think someone might still be inside i'm outside in my car"),
            S("i'm the sellers uh daughter lucy chen c h e n tell the agent please my number is "
              "nine one seven five five five zero one zero four"),
            S("ok i'm calling the police now bye", "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Lucy Chen", "+19175550104", about=r"break|kicked|door|glass|elm",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 19:30",
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev6_homes_renter_asks_if_it_is_a_robot_and_leaves_a_message", "t_homes", (
            S("hi wait am i talking to a real person or like a robot",
              r"virtual|automated|\bAI\b|assistant|receptionist", avoid=ROBOT),
            S("ok um i'm calling about a rental the two bedroom on grove street i wanna move in "
              "april first is it still available", r"agent",
              avoid=r"\byes\b[^.?!]{0,20}\bit(?:'s| is) (?:still )?available"),
            S("could an agent just call me back i'm at work all day its nico alvarez a l v a r e "
              "z"),
            S("call me at three four seven five five five zero one six three thanks"),
        ),
        outcome="message_taken",
        messages=(Message("Nico Alvarez", "+13475550163",
                          about=r"rent|grove|two bedroom|april|move|available", urgent=False),),
        tags=("message", "asr")),
    # --- veterinary ------------------------------------------------------------------------
    Scenario(
        "dev6_vet_rabies_shot_price_then_after_work", "t_vet", (
            S("hi um my dog needs his rabies shot how much is that", r"30|thirty"),
            S("no no emergency he's totally fine he's a lab named biscuit three years old and "
              "we've been there before"),
            S("thursday the twelfth at four thirty after i get off work"),
            S("i'm greg foster f o s t e r same number i'm calling from"),
            S("ok thursday the twelfth at four thirty p m for biscuits rabies shot yes book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Greg Foster", about=r"rabies|vaccin|shot"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_vet_new_kitten_saturday_morning", "t_vet", (
            S("hi we just adopted a kitten and uh we never been there before so she'd be new"),
            S("how much is a new patient exam", r"75|seventy.?five"),
            S("shes fine no emergency just a checkup and maybe her shots her name is mochi"),
            S("saturday morning like ten thirty on the fourteenth and my name's aisha bello b e l "
              "l o number is six four six five five five zero one two nine"),
            S("ok so saturday the fourteenth at ten thirty a m for mochi yes please book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Aisha Bello", "+16465550129",
                        about=r"new|exam|check|kitten|shot|vaccin|mochi"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_vet_moves_tomorrow_and_corrects_the_time", "t_vet", (
            S("hi this is ellen brooks b r o o k s i have my dog booked tomorrow at nine and i uh "
              "i cant make it"),
            S("can i move it to friday the thirteenth at eleven or uh no wait eleven thirty "
              "eleven thirty's better"),
            S("its the same dog rufus just his checkup"),
            S("yes friday the thirteenth at eleven thirty a m instead of tomorrow move it please",
              MOVED),
        ),
        outcome="booked", booked=(Booking("2026-03-13 11:30", "Ellen Brooks"),),
        cancelled=("2026-03-11 09:00",),
        seed=(Seed("2026-03-11 09:00", "Ellen Brooks", CALLER),),
        tags=("move", "asr")),
    Scenario(
        "dev6_vet_rabbits_saturday_hours_and_a_baby_aspirin", "t_vet", (
            S("hi um do you guys see like rabbits or just dogs and cats", r"dogs and cats"),
            S("what time are you open till on saturday",
              r"noon|\b12 ?(?:PM|p\.m\.)|twelve"),
            S("also my dogs limping a little can i just give him like a baby aspirin",
              r"veterinary advice|vet|exam|book",
              avoid=r"\bmg\b|milligram|yes,? you can give|half (?:a )?(?:pill|tablet)|"
                    r"(?<!whether )(?<!if )(?<!say )it'?s (?:fine|okay|safe) to give"),
            S("ok i'll think about it thanks bye", "bye"),
        ),
        outcome="information_only", ends_call=True,
        tags=("info", "asr")),
    Scenario(
        "dev6_vet_night_cat_chewed_lilies", "t_vet", (
            S("hi um my cat was chewing on the the lilies my husband brought home like some "
              "leaves and a flower",
              r"emergency animal hospital|poison control|888|eight eight eight|emergency"),
            S("is she gonna be ok should i make her throw up",
              avoid=r"peroxide|salt water|you (?:can|should) make her|"
                    r"(?<!whether )(?<!if )she(?:'ll| will) be (?:fine|okay)"),
            S("ok i'm getting in the car but please tell the doctor its maria santos s a n t o s "
              "and my cat luna"),
            S("call me tomorrow on four one five five five five zero one two three ok bye",
              "bye"),
        ),
        outcome="message_taken",
        messages=(Message("Maria Santos", about=r"lil(?:y|ies)|cat|luna|toxic|poison",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 20:00",
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev6_vet_old_dog_family_asks_about_putting_him_to_sleep", "t_vet", (
            S("hi um this is hard to say but our old dog duke is is really not doing well and we "
              "think its time"),
            S("we wanted to ask about um putting him to sleep and if the vet could maybe come to "
              "the house", r"sorry",
              avoid=r"it'?s the right (?:time|decision)|(?:is|be) the right decision"),
            S("can someone from the team call me my name is frank hollis h o l l i s"),
            S("my number is three one two five five five zero one eight eight thank you"),
        ),
        outcome="message_taken",
        messages=(Message("Frank Hollis", "+13125550188",
                          about=r"duke|sleep|euthan|home|house|dog", urgent=False),),
        tags=("message", "asr")),
    # --- auto repair -----------------------------------------------------------------------
    Scenario(
        "dev6_auto_oil_change_first_thing_thursday", "t_auto", (
            S("hey uh need a oil change for my twenty nineteen honda accord about forty thousand "
              "miles"),
            S("whats a oil change run", r"89|eighty.?nine"),
            S("i'll wait for it can i come thursday the twelfth first thing like seven thirty "
              "before work"),
            S("dave kowalczyk k o w a l c z y k and this number's good"),
            S("ok thursday the twelfth at seven thirty a m for the oil change yeah book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Dave Kowalczyk", about=r"oil"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_auto_steady_check_engine_light_saturday_drop_off", "t_auto", (
            S("so my check engine light came on its not flashing or nothing just on solid since "
              "monday"),
            S("its a twenty fifteen subaru outback like a hundred twenty thousand miles"),
            S("how much for the diagnostic", r"129|one hundred (?:and )?twenty.?nine"),
            S("can i drop it off saturday the fourteenth at nine and my name's carla jimenez j i "
              "m e n e z my number is nine one seven five five five zero one five five"),
            S("saturday the fourteenth at nine a m for the check engine light ok yes book it",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Carla Jimenez", "+19175550155",
                        about=r"check engine|diagnos|light"),),
        tags=("booking", "asr")),
    Scenario(
        "dev6_auto_warranty_estimate_then_the_service_advisor", "t_auto", (
            S("hey is your work like guaranteed", r"warrant|guarantee"),
            S("and you call before doing anything right", r"estimate|approv"),
            S("ok cool my cars actually there right now the gray tacoma can you put me through to "
              "the service advisor", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-10 10:30",
        tags=("transfer", "asr")),
    Scenario(
        "dev6_auto_saturday_hours_prices_and_a_warning_light", "t_auto", (
            S("hi what are your hours on saturday",
              r"(?:\b8|eight).*(?:\b3|three)"),
            S("how much is a tire rotation and like a alignment", r"29|twenty.?nine"),
            S("is it safe to keep driving with the tire pressure light on like its been on a "
              "week", r"diagnose|technician|inspect|tow|safe",
              avoid=r"(?<!whether )(?<!if )(?<!say )(?<!promise )(?<!that )"
                    r"(?:it'?s|it is|it should be) (?:probably )?(?:fine|safe|okay) to "
                    r"(?:keep )?driv"),
            S("ok i'll swing by sometime thanks bye", "bye"),
        ),
        outcome="information_only", ends_call=True,
        tags=("info", "asr")),
    Scenario(
        "dev6_auto_smoke_from_the_hood_on_the_shoulder", "t_auto", (
            S("hi uh my car's smoking like from under the hood theres white smoke and it smells "
              "like burning i'm pulled over on the side of route nine",
              r"not (?:to )?drive|don'?t drive|tow|911"),
            S("its a twenty twelve ford escape and i'm not hurt i'm just on the shoulder"),
            S("can you guys tow it or can someone call me back i'm leo marchetti m a r c h e t t "
              "i"),
            S("number is seven three two five five five zero one four one please call me quick"),
        ),
        outcome="message_taken",
        messages=(Message("Leo Marchetti", "+17325550141", about=r"smok|burn|hood|tow",
                          urgent=True),),
        clock="2026-03-10 13:00",
        tags=("emergency", "asr")),
    Scenario(
        "dev6_auto_squeaky_brakes_wants_a_ballpark_callback", "t_auto", (
            S("yeah hi so my brakes are squeaking when i stop and i wanna know how much new brake "
              "pads would be", r"inspect|estimate|technician|free|no charge",
              avoid=r"pads? (?:cost|run|are|is) (?:about |around |usually )?\$?\d"),
            S("i don't wanna book yet i want one of the service guys to call me with a ball "
              "park"),
            S("its wendy tran t r a n and my cell is two one two five five five zero one nine "
              "three"),
            S("its a twenty seventeen mazda three if that helps thanks"),
        ),
        outcome="message_taken",
        messages=(Message("Wendy Tran", "+12125550193", about=r"brake", urgent=False),),
        tags=("message", "asr")),
)
