"""A third development set: 48 scripted callers, six in each of the fleet's eight trades.

Written on 2026-12-03 by a helper session (branch dev-callers-3) that never read the engine
(agent_worker/, calls/, voice/, frontdesk/), nor any other set's callers (the exam's grown list,
the held-out sets, the first and second development sets' lists; only their module docstrings
for the conventions). The businesses' facts come only from tenants/profession_data.py and the
fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py.

What makes it different: most lines read the way a speech recogniser writes real phone speech
down. They are mostly lowercase or oddly capitalised, with little or wrong punctuation, fillers
(um, uh, like, you know, so yeah), repeated and restarted words ("i need i need to"), numbers
sometimes as digits and sometimes as words ("four one five", "415", "five five five oh one four
two"), times as "2 30", "two thirty" or "half past nine", names capitalised or not, and run-on
sentences that carry several things at once. Among them: elderly callers who are polite and
slow, callers whose English is a second language (simple grammar, their own word order), very
terse callers, callers who ask two or three questions in one breath, callers who break into a
booking with an unrelated question and then come back to it, callers who answer a question
nobody asked, callers who give their number in two pieces across two lines, and callers who
accept with only "mhm", "yep", "sure thing" or "that's fine".

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind (a number split across lines, a filler taken for a
name, a time said as "2 30", a question the caller slipped into a booking). Never fix it by
copying a caller, its wording or its names into the engine, and do not edit a caller to make it
pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev3

which prints `RESULT dev3_pass_rate=`, measured and never gated.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's last line clearly accepts it (a bare "yep" or "mhm" counts).
Only a call with `overrides` carrying a transfer number, inside opening hours, has a line to
transfer to (the caller asks for a person only in the last line); elsewhere a caller who needs a
person leaves a message. An emergency in plain words, or understated, ends with an urgent
message; a routine message is not urgent. Bookings are at least two days ahead, on the
business's appointment grid inside its opening hours: dental 60 minutes from 8 AM (Friday until
2 PM), clinic 20 minutes from 8 AM, law 60 minutes from 9 AM, plumbing 120 minutes from 7 AM
(Saturday too), salon 60 minutes from 10 AM (9 AM on Saturday, closed Sunday and Monday), real
estate 30 minutes (Saturday from 10 AM, Sunday noon to 4 PM), vet 30 minutes from 8 AM
(Saturday until noon), and the auto shop 60 minutes from 7:30 AM on weekdays and on the hour
from 8 AM on Saturdays. A booking for a child, a parent or a spouse is in the patient's or
customer's name with the caller's number; a vet booking is in the owner's name. A move or a
cancellation rings from the number the seeded appointment was booked with. A caller who ends
with a goodbye expects the receptionist to end the call; one who does not, does not.

The mix (tagged by kind): 16 bookings (two per trade; for a child, a mother, a husband, a dog and
a cat among them), 4 moves and 4 cancellations of seeded appointments, 8 emergencies (one per
trade; four at night, three understated), 8 messages (a bill, a refill with the number in two
pieces, a named attorney from a caller who says "you have my number", a quote, a complaint, a
named agent, a pet's refill, paperwork for an insurance claim), 4 transfers (clinic, law, salon,
auto) and 4 calls that end with information only (insurance, prices and hours; fees and what to
bring; rentals and the buyer's agreement; which animals, prices and Saturday hours).
"""

from __future__ import annotations

from tests.scenarios.catalogue import Booking, Message, Say, Scenario, Seed

S = Say
TRANSFER = {"transfer_number": "+12125550166"}

DEV_CALLERS_3: list[Scenario] = [
    # --- dental: 8 AM to 5 PM, Friday to 2 PM, 60-minute grid ------------------------------
    Scenario(
        "dev3_dental_mom_books_her_son_after_school", "t_dental", (
            S("hi um yeah so i need to book my my son in for a cleaning, he's seven, his name is "
              "Mateo Alvarez A L V A R E Z"),
            S("he's been there before yeah last year and no he's not in any pain or nothing "
              "it's just the regular six month one"),
            S("we have Delta Dental through my job"),
            S("after school so like four o'clock on thursday the nineteenth"),
            S("my cell is six four six five five five oh one three one"),
            S("yep that's fine go ahead"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:00", "Mateo Alvarez", "+16465550131",
                        about=r"clean|check|child"),),
        tags=("booking", "asr", "for_someone", "unasked")),
    Scenario(
        "dev3_dental_elderly_widow_wednesday_at_ten", "t_dental", (
            S("Good morning, dear. This is Eleanor Whitfield speaking. I've been a patient of "
              "yours for a great many years."),
            S("I would like to have my teeth cleaned, if you please. Next week, on the Wednesday, "
              "in the morning. Not too early. Perhaps ten o'clock?"),
            S("You may reach me at home. The number is seven one eight, five five five, zero one "
              "five six."),
            S("No, dear, no pain at all, thank goodness. And I still have the Delta Dental, "
              "through my late husband's pension."),
            S("Yes, that will be fine. Thank you so much, dear. Goodbye."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Eleanor Whitfield", "+17185550156",
                        about=r"clean|check"),),
        ends_call=True, tags=("booking", "elderly", "unasked")),
    Scenario(
        "dev3_dental_moves_thursday_two_to_friday_nine", "t_dental", (
            S("hi yeah it's kwame mensah i got a appointment thursday at 2 and i i gotta move it "
              "something came up at work"),
            S("can we do friday the 20th in the morning like 9"),
            S("yeah 9 is good"),
            S("sure thing"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 09:00", "Kwame Mensah", "+12125550174"),),
        cancelled=("2026-03-12 14:00",), caller="+12125550174",
        seed=(Seed("2026-03-12 14:00", "Kwame Mensah", "+12125550174"),),
        tags=("move", "asr", "bare_accept")),
    Scenario(
        "dev3_dental_swollen_jaw_up_to_the_eye_at_night", "t_dental", (
            S("hi um it's probably nothing but my jaw's been swelling on the left side since this "
              "afternoon and now it's kinda up under my eye and it's a bit hard to swallow"),
            S("i don't really wanna go to the ER if i don't have to can i just get in tomorrow "
              "morning"),
            S("ok fine it's Aleksander Nowak and my number is 267 555 0164, have the dentist call "
              "me"),
            S("ok thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Aleksander Nowak", "+12675550164", about=r"swell|jaw|eye|swallow",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 19:30", said=(r"911|emergency room|\bER\b",),
        tags=("emergency", "asr", "understated", "night")),
    Scenario(
        "dev3_dental_bill_after_insurance_callback", "t_dental", (
            S("yeah hi um so i got a bill from you guys for like 165 dollars but my insurance was "
              "supposed to cover the cleaning so i don't get why i got a bill can someone from "
              "billing call me"),
            S("it's lan nguyen that's L A N and nguyen N G U Y E N"),
            S("you have my number it's the one i'm calling from"),
            S("no that's it thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Lan Nguyen", "+14085550163", about=r"bill|insurance|invoice|charg",
                          urgent=False),),
        ends_call=True, caller="+14085550163", tags=("message", "asr")),
    Scenario(
        "dev3_dental_insurance_price_and_friday_in_one_breath", "t_dental", (
            S("hi um quick questions do you guys take like PPO insurance mine's Cigna and how "
              "much is a regular cleaning if i if i didn't have insurance and are you open on "
              "fridays"),
            S("ok and what time do you close on friday"),
            S("ok cool thanks bye"),
        ),
        outcome="information_only", ends_call=True,
        said=(r"PPO|insurance plans", r"165|one hundred (?:and )?sixty.five",
              r"Friday.{0,80}\b(?:2|two)\b"),
        tags=("info", "asr", "two_questions")),
    # --- medical clinic: 8 AM to 5 PM weekdays, 20-minute grid ------------------------------
    Scenario(
        "dev3_clinic_son_books_his_mother_for_her_knee", "t_clinic", (
            S("Hello. I call for my mother. She need see doctor. Her name Wei Chen, W E I, "
              "C H E N."),
            S("She is patient before, yes, many times. Her birthday is 4 May 1948."),
            S("Her knee is pain, long time, maybe one month. Not emergency."),
            S("Thursday next week, morning, 9 40 is good for her."),
            S("My phone is six two six, five five five, zero one four eight. I bring her."),
            S("Yes okay. Thank you."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:40", "Wei Chen", "+16265550148", about=r"knee"),),
        tags=("booking", "esl", "for_someone")),
    Scenario(
        "dev3_clinic_terse_annual_physical", "t_clinic", (
            S("physical. annual one."),
            S("established. dmitri volkov. dob 2 14 85."),
            S("friday the 13th. 8 am."),
            S("number 773 555 0152."),
            S("yep."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:00", "Dmitri Volkov", "+17735550152",
                        about=r"physical"),),
        tags=("booking", "terse", "bare_accept")),
    Scenario(
        "dev3_clinic_cancels_friday_new_job", "t_clinic", (
            S("hi i'm calling to cancel my appointment for friday um i got a new job and i "
              "can't make it"),
            S("Grace Okafor, date of birth march 3rd 1990"),
            S("no i don't want to reschedule right now just cancel it please"),
            S("ok thank you bye"),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:20",), ends_call=True,
        caller="+12145550139", seed=(Seed("2026-03-13 10:20", "Grace Okafor", "+12145550139"),),
        tags=("cancel", "asr")),
    Scenario(
        "dev3_clinic_pharmacist_needs_the_office", "t_clinic", (
            S("hi yeah this is rahul at the walgreens on main street i'm calling about a "
              "prescription one of your doctors sent over"),
            S("the directions on the script don't match the strength so we we need to verify it "
              "with the prescriber before we can fill it"),
            S("could you put me through to a nurse or whoever's there please"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER,
        tags=("transfer", "asr")),
    Scenario(
        "dev3_clinic_husband_chest_pressure_says_heartburn", "t_clinic", (
            S("hi um sorry to bother you my husband has this like pressure in his chest since "
              "this morning and his left arm feels kind of numb he says it's just heartburn but"),
            S("he's all sweaty too and kind of grey looking, should i should i bring him in "
              "today"),
            S("okay okay i'll call 911, it's Lucia Ferreira, please tell the doctor, my number is "
              "510 555 0127"),
            S("thank you bye"),
        ),
        outcome="message_taken",
        messages=(Message("Lucia Ferreira", "+15105550127", about=r"chest|arm|heart",
                          urgent=True),),
        ends_call=True, said=(r"911",), tags=("emergency", "asr", "understated")),
    Scenario(
        "dev3_clinic_blood_pressure_refill_number_in_two_pieces", "t_clinic", (
            S("yeah hi i need a refill on my um blood pressure pill the lisinopril i'm almost "
              "out"),
            S("it's for Farida Haidari, birthday july 9 1971, and my pharmacy is the CVS on elm"),
            S("my number is two zero six five five five"),
            S("oh one eight four"),
            S("ok thanks"),
        ),
        outcome="message_taken",
        messages=(Message("Farida Haidari", "+12065550184",
                          about=r"refill|lisinopril|prescription|blood pressure", urgent=False),),
        tags=("message", "asr", "split_number")),
    # --- law firm: 9 AM to 5 PM weekdays, 60-minute grid -----------------------------------
    Scenario(
        "dev3_law_eviction_notice_asks_about_phone_consults", "t_law", (
            S("hi yes um i need to set up a consultation my landlord is trying to evict me and i "
              "got a notice on my door like last week"),
            S("the landlord is um Greystone Property Management and there's no court date yet "
              "just the notice"),
            S("oh wait quick question do you guys do consultations by phone or do i have to come "
              "in"),
            S("ok so um monday the 16th at 11 works for me"),
            S("name is Tendai Moyo T E N D A I and the number is 3 4 7 5 5 5 0 1 6 9"),
            S("yep that's fine"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 11:00", "Tendai Moyo", "+13475550169",
                        about=r"evict|landlord|tenan|housing"),),
        tags=("booking", "asr", "interrupts")),
    Scenario(
        "dev3_law_elderly_widower_wants_a_will", "t_law", (
            S("Hello, good morning. My name is Harold Lindqvist. I'm eighty-one years old, and "
              "my daughter says I ought to have a proper will made."),
            S("No, there's no court date or anything of the sort. It's just me now, my wife "
              "passed two years ago, and I don't have a lawyer."),
            S("I could come in on Thursday the nineteenth, in the afternoon, around two o'clock, "
              "if that suits."),
            S("My telephone number is five zero three, five five five, zero one two six."),
            S("That's fine. Thank you very much. Goodbye."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 14:00", "Harold Lindqvist", "+15035550126",
                        about=r"will|estate"),),
        ends_call=True, tags=("booking", "elderly", "unasked")),
    Scenario(
        "dev3_law_client_got_papers_from_the_other_side", "t_law", (
            S("hey this is marcus bell i'm i'm already a client there it's about my divorce"),
            S("i got some papers from my ex's lawyer yesterday and there's like a date on it "
              "and i don't know what i'm supposed to do"),
            S("can i just talk to somebody there real quick"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, clock="2026-03-10 10:15",
        tags=("transfer", "asr")),
    Scenario(
        "dev3_law_son_arrested_judge_in_the_morning", "t_law", (
            S("hi sorry i know it's late my son got arrested tonight he's at the county jail and "
              "they said he sees a judge tomorrow morning"),
            S("he's nineteen and i'm his mother Marisol Castillo"),
            S("please have a lawyer call me first thing my number is 2 1 3 5 5 5 0 1 8 8"),
            S("thank you bye"),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Castillo", "+12135550188",
                          about=r"arrest|jail|custody|judge", urgent=True),),
        ends_call=True, clock="2026-03-10 23:15", tags=("emergency", "asr", "night")),
    Scenario(
        "dev3_law_returning_a_named_attorneys_call", "t_law", (
            S("hi um yes i'm returning a call from ms okonkwo she left me a voicemail yesterday "
              "about the contract review for my bakery lease"),
            S("can you tell her Benjamin Adler called back"),
            S("you have my number she called me on it"),
            S("thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Benjamin Adler", "+16175550142",
                          about=r"okonkwo|lease|contract|voicemail|return", urgent=False),),
        ends_call=True, caller="+16175550142", tags=("message", "asr")),
    Scenario(
        "dev3_law_free_consult_fees_and_what_to_bring", "t_law", (
            S("yeah hi so do you do free consultations and um like how do you guys charge is it "
              "hourly or what"),
            S("and what would i need to bring if i came in"),
            S("ok i'll think about it thanks bye"),
        ),
        outcome="information_only", ends_call=True,
        said=(r"depends|personal injury|no charge|free", r"photo ID|documents|papers"),
        tags=("info", "asr", "two_questions")),
    # --- plumbing: 7 AM to 7 PM, Monday to Saturday, 120-minute grid -----------------------
    Scenario(
        "dev3_plumb_no_hot_water_run_on", "t_plumb", (
            S("yeah hi so um my water heater is like not making hot water since yesterday it's "
              "in the basement it's not leaking or anything"),
            S("address is 418 Maple Avenue zip 10001 and i own the place"),
            S("thursday the 12th in the morning 9 is good"),
            S("it's Yusuf Demir and my number is 9 1 7 5 5 5 0 1 9 1"),
            S("sure thing"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Yusuf Demir", "+19175550191",
                        about=r"water heater|hot water"),),
        tags=("booking", "asr", "unasked", "bare_accept")),
    Scenario(
        "dev3_plumb_slow_kitchen_sink_second_language", "t_plumb", (
            S("Hello, I have problem, kitchen sink is very slow, water is not going down."),
            S("Address is 27 Oak Street, zip code 10002. I am owner of the house."),
            S("Not leaking, no. Only slow."),
            S("Saturday is possible? Saturday 14 March, 11 o'clock."),
            S("My name Jovana Petrovic, number is 646 555 0177."),
            S("Yes, is good, thank you."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Jovana Petrovic", "+16465550177",
                        about=r"sink|drain|clog|slow"),),
        tags=("booking", "esl")),
    Scenario(
        "dev3_plumb_pushes_thursday_visit_to_monday", "t_plumb", (
            S("yeah hi it's samuel osei i have the plumber coming thursday at 1 for the toilet "
              "thing and i need to push it"),
            S("um can they come monday instead the 16th same time 1 o'clock"),
            S("yeah that works"),
            S("mhm"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Samuel Osei", "+13105550158"),),
        cancelled=("2026-03-12 13:00",), caller="+13105550158",
        seed=(Seed("2026-03-12 13:00", "Samuel Osei", "+13105550158"),),
        tags=("move", "asr", "bare_accept")),
    Scenario(
        "dev3_plumb_cancels_saturday_fixed_it_ourselves", "t_plumb", (
            S("hi um i need to cancel the the appointment saturday morning we fixed it ourselves "
              "actually"),
            S("Brenda Kowalski K O W A L S K I"),
            S("yes cancel it please no need to reschedule"),
            S("thanks bye now"),
        ),
        outcome="information_only", cancelled=("2026-03-14 09:00",), ends_call=True,
        caller="+17085550145",
        seed=(Seed("2026-03-14 09:00", "Brenda Kowalski", "+17085550145"),),
        tags=("cancel", "asr")),
    Scenario(
        "dev3_plumb_burst_pipe_water_through_the_ceiling", "t_plumb", (
            S("oh my god hi the pipe under my bathroom sink just burst there's water everywhere "
              "it's going into the hallway"),
            S("i shut the the little valve under the sink i think but it's still dripping "
              "through the ceiling downstairs"),
            S("i'm at 9 Pine Road 10003 my name is Kenji Watanabe"),
            S("call me back at 929 555 0114 please hurry"),
        ),
        outcome="message_taken",
        messages=(Message("Kenji Watanabe", "+19295550114",
                          about=r"burst|pipe|water|leak|flood", urgent=True),),
        tags=("emergency", "asr")),
    Scenario(
        "dev3_plumb_water_heater_replacement_quote", "t_plumb", (
            S("hi i'm looking for a quote to replace my water heater it's like fifteen years old "
              "how much would that be"),
            S("can someone just call me with a price it's Siobhan Gallagher"),
            S("number is 718 555 0103"),
            S("no rush whenever thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Siobhan Gallagher", "+17185550103",
                          about=r"quote|water heater|replac|price", urgent=False),),
        ends_call=True, tags=("message", "asr")),
    # --- salon: Tuesday to Saturday, 60-minute grid from 10 AM (9 AM Saturday) -------------
    Scenario(
        "dev3_salon_womens_cut_and_a_gift_card_question", "t_salon", (
            S("hi um i wanna book a women's haircut and uh do you guys sell gift cards"),
            S("oh ok cool um anyone is fine for the stylist i've never been there before"),
            S("friday the 13th at like 2"),
            S("it's Zainab Hussain and my number is three one two five five five zero one six "
              "one"),
            S("that's fine"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 14:00", "Zainab Hussain", "+13125550161",
                        about=r"women|haircut|cut"),),
        tags=("booking", "asr", "interrupts", "bare_accept")),
    Scenario(
        "dev3_salon_wife_books_her_husbands_haircut", "t_salon", (
            S("yeah hi i'm calling to book a haircut for my husband he never calls anywhere "
              "himself his name is Luca Romano just a men's cut"),
            S("saturday morning the 21st like 10 am"),
            S("no preference on the stylist whoever's free"),
            S("call me on 415 555 0135 my name's Giulia by the way"),
            S("yep"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Luca Romano", "+14155550135",
                        about=r"men|haircut|cut"),),
        tags=("booking", "asr", "for_someone", "bare_accept")),
    Scenario(
        "dev3_salon_cancels_thursday_blowout", "t_salon", (
            S("hey um this is keisha robinson i had a blowout thursday at 5 i gotta cancel sorry "
              "something came up with work"),
            S("no i'll call back to rebook later just cancel it"),
            S("ok thank you bye"),
        ),
        outcome="information_only", cancelled=("2026-03-12 17:00",), ends_call=True,
        caller="+14045550129",
        seed=(Seed("2026-03-12 17:00", "Keisha Robinson", "+14045550129"),),
        tags=("cancel", "asr")),
    Scenario(
        "dev3_salon_bridal_party_wants_a_person", "t_salon", (
            S("hi so my daughter is getting married in june and we need hair done for like six "
              "people the bridesmaids and the bride and me"),
            S("it's june 20th a saturday and we'd want to do a trial before sometime in may"),
            S("can i talk to somebody there about setting all that up"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, clock="2026-03-10 10:30",
        tags=("transfer", "asr")),
    Scenario(
        "dev3_salon_face_swelling_after_color", "t_salon", (
            S("hi i got my hair colored there yesterday and um my scalp is burning and now my "
              "eyes and my face are swelling up kinda a lot"),
            S("it's getting a little hard to breathe honestly"),
            S("it's Fatima Benali 6 4 6 5 5 5 0 1 5 9 please tell my stylist"),
        ),
        outcome="message_taken",
        messages=(Message("Fatima Benali", "+16465550159",
                          about=r"swell|breath|reaction|allerg|colou?r|scalp", urgent=True),),
        clock="2026-03-10 11:00", said=(r"911",), tags=("emergency", "asr")),
    Scenario(
        "dev3_salon_color_came_out_orange_complaint", "t_salon", (
            S("Hello, I was there Saturday, and the color is not what I asked. It is too orange. "
              "I am not happy."),
            S("I want the manager call me please. My name is Ana Torres."),
            S("Number is 3 0 5 5 5 5 0 1 9 3."),
            S("Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Ana Torres", "+13055550193",
                          about=r"colou?r|orange|unhappy|not happy|complain", urgent=False),),
        ends_call=True, tags=("message", "esl")),
    # --- real estate: 30-minute grid; Saturday from 10 AM, Sunday noon to 4 PM -------------
    Scenario(
        "dev3_homes_birch_lane_showing_on_sunday", "t_homes", (
            S("hi um i saw the listing on birch lane 142 birch lane the three bedroom is that "
              "still available and can i see it this weekend"),
            S("we're buying we're pre approved already with our bank and no we don't have an "
              "agent"),
            S("sunday the 15th at 1 30 would be great"),
            S("Arjun Mehta 5 1 2 5 5 5 0 1 2 2"),
            S("yeah that's good"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Arjun Mehta", "+15125550122",
                        about=r"birch|show"),),
        tags=("booking", "asr", "two_questions", "unasked")),
    Scenario(
        "dev3_homes_elderly_couple_valuation_before_selling", "t_homes", (
            S("Hello there. My name is Dorothy Abernathy. My husband and I are thinking of "
              "selling our house and moving closer to our grandchildren."),
            S("The house is at 88 Willow Court. It isn't listed with anyone. We'd like to move by "
              "the summer, I suppose."),
            S("Could someone come by on Wednesday the eighteenth, at eleven in the morning?"),
            S("Our number is eight one eight, five five five, zero one one seven."),
            S("Yes, that's lovely. Thank you. Goodbye."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 11:00", "Dorothy Abernathy", "+18185550117",
                        about=r"valu|sell|list|willow"),),
        ends_call=True, tags=("booking", "elderly")),
    Scenario(
        "dev3_homes_moves_friday_showing_to_saturday", "t_homes", (
            S("hi this is olumide bakare i have a showing friday at 4 with you guys and i need to "
              "move it to saturday"),
            S("saturday the 14th any time before noon like 11"),
            S("11 is perfect"),
            S("yep"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Olumide Bakare", "+12815550186"),),
        cancelled=("2026-03-13 16:00",), caller="+12815550186",
        seed=(Seed("2026-03-13 16:00", "Olumide Bakare", "+12815550186"),),
        tags=("move", "asr", "bare_accept")),
    Scenario(
        "dev3_homes_seller_finds_back_door_smashed_in", "t_homes", (
            S("hi um i'm at my house on 5 cedar street the one you guys are selling and the back "
              "door is smashed in and i think someone might still be inside"),
            S("it's Hannah Schultz my agent is with you guys please tell her"),
            S("my number's 202 555 0176 ok i'm going outside to call the police bye"),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Schultz", "+12025550176",
                          about=r"break|door|inside|cedar|burglar|smash", urgent=True),),
        ends_call=True, clock="2026-03-10 20:30", said=(r"911",),
        tags=("emergency", "asr", "night")),
    Scenario(
        "dev3_homes_named_agent_about_an_offer", "t_homes", (
            S("hi yeah could you have aleksandra call me back she showed us the condo on harbor "
              "street last week"),
            S("we wanna talk about maybe making an offer on it"),
            S("it's Jamal Washington and you guys have my number"),
            S("ok cool thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Jamal Washington", "+18325550108",
                          about=r"aleksandra|offer|harbor|condo", urgent=False),),
        ends_call=True, caller="+18325550108", tags=("message", "asr")),
    Scenario(
        "dev3_homes_rentals_and_signing_before_a_tour", "t_homes", (
            S("hi quick question do you guys handle rentals too or just buying and selling and "
              "um do i have to sign something before i tour a house with an agent"),
            S("ok and do i need to be pre approved first"),
            S("alright thank you bye"),
        ),
        outcome="information_only", ends_call=True,
        said=(r"\brent(?:al|als|ing)?\b", r"agreement|sign", r"pre-?\s?approv"),
        tags=("info", "asr", "two_questions")),
    # --- veterinary: 8 AM to 6 PM weekdays, Saturday to noon, 30-minute grid ---------------
    Scenario(
        "dev3_vet_beagle_rabies_shot_half_past_nine", "t_vet", (
            S("hi yeah so my dog biscuit needs his um his rabies shot it's due and maybe a "
              "checkup while he's there"),
            S("he's a beagle he's like six we're already clients there"),
            S("no no he's fine nothing wrong just the shots"),
            S("saturday morning the 14th half past nine"),
            S("name is Connor Walsh and the number is 5 0 8 5 5 5 0 1 6 6"),
            S("sounds good"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Connor Walsh", "+15085550166",
                        about=r"rabies|vaccin|wellness|check|shot"),),
        tags=("booking", "asr", "for_someone", "unasked")),
    Scenario(
        "dev3_vet_cat_not_eating_second_language", "t_vet", (
            S("Hi, hello. I have cat, she is not eating good since three days. Her name is "
              "Mimi."),
            S("No, not emergency, she drink water and she is moving normal."),
            S("I am new client. My name is Yuki Tanaka."),
            S("Thursday afternoon, 3 o'clock, the 12th."),
            S("Phone is 4 1 5, 5 5 5, 0 1 3 7."),
            S("Yes okay, thank you."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Yuki Tanaka", "+14155550137",
                        about=r"eat|sick|appetite|food"),),
        tags=("booking", "esl", "for_someone")),
    Scenario(
        "dev3_vet_elderly_owner_cancels_monday", "t_vet", (
            S("Good morning. This is Margaret O'Sullivan calling. I have an appointment for my "
              "old cat, Whiskers, on Monday at ten o'clock."),
            S("I'm afraid I have to cancel it. My son can't drive me that day, you see."),
            S("No, I'll ring back another time to make a new one, thank you, dear."),
            S("Yes, please cancel it. Thank you. Goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-16 10:00",), ends_call=True,
        caller="+16175550115",
        seed=(Seed("2026-03-16 10:00", "Margaret O'Sullivan", "+16175550115"),),
        tags=("cancel", "elderly")),
    Scenario(
        "dev3_vet_chihuahua_ate_sugar_free_gum_at_night", "t_vet", (
            S("hi um sorry i know you're closed my dog got into my purse and ate like a whole "
              "pack of gum the sugar free kind is that bad or"),
            S("she seems fine right now honestly she's a little chihuahua her name's pepper"),
            S("ok um my name's Brianna Foster number 3 1 7 5 5 5 0 1 9 6 can the vet call me"),
            S("ok thanks bye"),
        ),
        outcome="message_taken",
        messages=(Message("Brianna Foster", "+13175550196", about=r"gum|xylitol|sugar",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 21:40",
        said=(r"emergency|animal hospital|poison control",),
        tags=("emergency", "asr", "understated", "night")),
    Scenario(
        "dev3_vet_cats_thyroid_refill_number_in_two_pieces", "t_vet", (
            S("hi i need to get a refill on my cat's thyroid medication the methimazole she's "
              "almost out"),
            S("the cat's name is smokey and i'm Rashid Karimi"),
            S("my number is seven oh three five five five"),
            S("oh one two eight"),
            S("thanks"),
        ),
        outcome="message_taken",
        messages=(Message("Rashid Karimi", "+17035550128",
                          about=r"refill|thyroid|methimazole|medication|prescription",
                          urgent=False),),
        tags=("message", "asr", "split_number")),
    Scenario(
        "dev3_vet_rabbits_checkup_price_and_saturdays", "t_vet", (
            S("hi do you guys see like rabbits or just cats and dogs and how much is a checkup "
              "and are you open saturdays"),
            S("sorry what time on saturday"),
            S("ok thank you bye"),
        ),
        outcome="information_only", ends_call=True,
        said=(r"dogs and cats|cats and dogs", r"\b65\b|sixty.five",
              r"Saturday.{0,80}(?:\b12\b|noon|twelve)"),
        tags=("info", "asr", "two_questions")),
    # --- auto repair: 7:30 AM to 6 PM weekdays (on the half hour), Saturday 8 AM to 3 PM ----
    Scenario(
        "dev3_auto_terse_oil_change_waiting", "t_auto", (
            S("oil change"),
            S("2019 camry. like 60 thousand miles."),
            S("wednesday the 18th 7 30. i'll wait for it."),
            S("Tomas Herrera 2 1 0 5 5 5 0 1 4 4"),
            S("yep"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 07:30", "Tomas Herrera", "+12105550144",
                        about=r"oil"),),
        tags=("booking", "terse", "bare_accept")),
    Scenario(
        "dev3_auto_check_engine_light_and_a_hybrid_question", "t_auto", (
            S("hi um my check engine light came on yesterday it's not flashing it's just on and "
              "the car drives fine do you guys do diagnostics and how much is that"),
            S("it's a 2014 subaru outback about 120,000 miles"),
            S("i can drop it off friday morning the 13th at 8 30"),
            S("oh and do you guys work on like hybrids too my wife has a prius"),
            S("Ifeoma Nwosu my cell is 404 555 0181"),
            S("yeah that's fine book it"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 08:30", "Ifeoma Nwosu", "+14045550181",
                        about=r"check engine|diagnos|engine light"),),
        tags=("booking", "asr", "interrupts", "two_questions")),
    Scenario(
        "dev3_auto_moves_saturday_brakes_to_tuesday_after_work", "t_auto", (
            S("hey it's ravi subramanian i got the brake inspection saturday at 10 can i move it"),
            S("like tuesday the 17th 4 30 after work"),
            S("mhm"),
            S("sure thing"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 16:30", "Ravi Subramanian", "+14695550153"),),
        cancelled=("2026-03-14 10:00",), caller="+14695550153",
        seed=(Seed("2026-03-14 10:00", "Ravi Subramanian", "+14695550153"),),
        tags=("move", "asr", "bare_accept")),
    Scenario(
        "dev3_auto_is_my_pilot_ready_yet", "t_auto", (
            S("hi yeah i dropped off my honda pilot yesterday for the brakes just wondering if "
              "it's ready or what's going on with it"),
            S("name's gary lindstrom it's the silver pilot"),
            S("can i just talk to the service guy please"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER,
        tags=("transfer", "asr")),
    Scenario(
        "dev3_auto_brake_pedal_to_the_floor_on_the_shoulder", "t_auto", (
            S("hi um i'm on the side of the highway my brakes went like all soft the pedal goes "
              "to the floor and there's smoke coming from the front wheel"),
            S("no one's hurt i'm pulled over on the shoulder of route 9"),
            S("can you send a tow or something my name is Chidi Okoro"),
            S("my number's 862 555 0105"),
        ),
        outcome="message_taken",
        messages=(Message("Chidi Okoro", "+18625550105",
                          about=r"brake|smoke|tow|pedal", urgent=True),),
        said=(r"tow|not (?:to )?drive|don'?t drive",), tags=("emergency", "asr")),
    Scenario(
        "dev3_auto_needs_a_receipt_for_an_insurance_claim", "t_auto", (
            S("hi i had my alignment done there last month and i need a copy of the receipt for "
              "an insurance claim can somebody email it to me or call me"),
            S("Beatriz Souza"),
            S("you have my number i'm calling from it"),
            S("ok bye"),
        ),
        outcome="message_taken",
        messages=(Message("Beatriz Souza", "+19545550171",
                          about=r"receipt|invoice|insurance|copy|alignment", urgent=False),),
        ends_call=True, caller="+19545550171", tags=("message", "asr")),
]
