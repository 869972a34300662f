"""A second development set: 48 scripted callers, six in each of the fleet's eight trades.

Written on 2026-12-03 by a helper session (branch dev-callers-2) that never read the engine
(agent_worker/, calls/, voice/, frontdesk/), nor any other set's callers (the exam, the held-out
sets, the first development set's list). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py. The callers are meant
to sound like people who have never spoken to this receptionist: several details in one breath,
a question answered with a question, a mind changed twice, names spelled out letter by letter,
days said relatively ("a week from Thursday", "the Monday after next", "first thing Friday"),
numbers said in digit groups with "oh" for zero, and a bare "Yeah." or "Perfect." to accept.

Like the first development set, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev2

which prints `RESULT dev2_pass_rate=`, measured and never gated.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's last line clearly accepts it. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks for
a person only in the last line); elsewhere a caller who needs a person leaves a message. An
emergency in plain words ends with an urgent message; a routine message is not urgent. Bookings
are at least two days ahead, on the business's appointment grid inside its opening hours: dental
60 minutes from 8 AM (Friday until 2 PM), clinic 20 minutes from 8 AM, law 60 minutes from 9 AM,
plumbing 120 minutes from 7 AM (Saturday too), salon 60 minutes from 10 AM (9 AM on Saturday,
closed Sunday and Monday), real estate 30 minutes (Saturday from 10 AM, Sunday noon to 4 PM), vet
30 minutes from 8 AM (Saturday until noon), and the auto shop 60 minutes from 7:30 AM on weekdays
and on the hour from 8 AM on Saturdays. A booking for a child or a parent is in the patient's or
customer's name with the caller's number; a vet booking is in the owner's name. A caller who ends
with a goodbye expects the receptionist to end the call; one who does not, does not.

The mix (tagged by kind): 16 bookings (two per trade), 4 moves and 4 cancellations of seeded
appointments, 8 emergencies (one per trade; five at night or on a weekend evening, three of them
understated), 8 messages (a named hygienist, test results, a double-billed invoice, a quote, a
complaint, a named agent from a caller who says "she has my number", a pet's refill, an
estimate's approval), 4 transfers (law, salon, real estate, auto) and 4 calls that end with
information only (walk-ins and "is this a real person", licensing and estimates, directions and
parking, a holiday and closing time).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, Booking, Message, Say, Scenario, Seed

S = Say
TRANSFER = {"transfer_number": "+12125550166"}

DEV_CALLERS_2: list[Scenario] = [
    # --- dental: 8 AM to 5 PM, Friday to 2 PM, 60-minute grid ------------------------------
    Scenario(
        "dev2_dental_everything_at_once_a_week_from_tomorrow", "t_dental", (
            S("Hi, yes, good morning, my name is Obinna Eze, that's O-B-I-N-N-A, E-Z-E, I'm "
              "already a patient there, I'm due for my cleaning, and I was hoping for a week from "
              "tomorrow, the Wednesday, around ten, and my cell is six four six, five five five, "
              "oh one three eight."),
            S("No pain, nothing like that, it's just the regular six-month checkup and cleaning."),
            S("I've got Delta Dental through work, same as last time."),
            S("Wednesday at ten is great, go ahead and put me in."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 10:00", "Obinna Eze", "+16465550138", about=r"clean"),),
        tags=("booking",)),
    Scenario(
        "dev2_dental_mom_books_her_daughter_and_asks_about_cigna", "t_dental", (
            S("Hi, I need to get my daughter in for a cleaning. She's seven, and it would be her "
              "first time at your office."),
            S("Her name is Amara Osei. Amara, A-M-A-R-A, Osei, O-S-E-I."),
            S("Oh, before I forget, do you take Cigna? That's what we have through my husband's "
              "job."),
            S("What do you have on Thursday the nineteenth after school, like three o'clock?"),
            S("You can reach me at two oh one, five five five, oh one seven four."),
            S("Yes, three o'clock on Thursday the nineteenth is perfect, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 15:00", "Amara Osei", "+12015550174",
                        about=r"clean|child|check"),),
        tags=("booking",)),
    Scenario(
        "dev2_dental_moves_to_the_monday_after_next", "t_dental", (
            S("Hi, it's Rajesh Subramanian, I've got an appointment with you on Thursday morning "
              "and something came up at work, so I need to push it back."),
            S("Subramanian is S-U-B-R-A-M-A-N-I-A-N."),
            S("Could we do the Monday after next instead, first thing in the morning?"),
            S("Yep, that's fine, move it."),
            S("No, that's everything. Thanks a lot, bye."),
        ),
        outcome="booked", booked=(Booking("2026-03-23 08:00", "Rajesh Subramanian"),),
        cancelled=("2026-03-12 09:00",), ends_call=True,
        seed=(Seed("2026-03-12 09:00", "Rajesh Subramanian", CALLER),), tags=("move",)),
    Scenario(
        "dev2_dental_older_patient_cancels_for_a_family_reason", "t_dental", (
            S("Hello? Yes, this is Margaret O'Brien. I have a cleaning on Friday the thirteenth "
              "and I'm afraid I have to cancel it, my sister's gone into the hospital."),
            S("No, I don't want to make another one just now, dear. I'll ring when things settle "
              "down."),
            S("Yes, please cancel it."),
            S("Thank you, goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-13 11:00",), ends_call=True,
        seed=(Seed("2026-03-13 11:00", "Margaret O'Brien", "+17185550191"),),
        caller="+17185550191", tags=("cancel",)),
    Scenario(
        "dev2_dental_knocked_out_tooth_at_night", "t_dental", (
            S("Hi, sorry to call so late. My son fell off his bike and knocked his front tooth "
              "clean out, and there's a lot of blood."),
            S("We found the tooth, it's sitting in a glass of milk right now."),
            S("This is Diego Alvarez, I'm his dad. He's nine."),
            S("Call me back on nine one seven, five five five, zero one five two, please, as soon "
              "as anybody can."),
        ),
        outcome="message_taken",
        messages=(Message("Diego Alvarez", "+19175550152", about=r"tooth", urgent=True),),
        clock="2026-03-10 21:40", tags=("emergency",)),
    Scenario(
        "dev2_dental_message_for_the_hygienist_by_name", "t_dental", (
            S("Hi, could you pass a message along to Lorraine, the hygienist? She said she'd "
              "check whether my night guard came back from the lab."),
            S("It's Keiko Tanaka. K-E-I-K-O, Tanaka."),
            S("My number is three one two, five five five, oh one six oh."),
            S("That's it, thank you so much. Bye-bye."),
        ),
        outcome="message_taken",
        messages=(Message("Keiko Tanaka", "+13125550160", about=r"night guard|guard|lab",
                          urgent=False),),
        ends_call=True, tags=("message",)),
    # --- clinic: 8 AM to 5 PM weekdays, 20-minute grid ------------------------------------
    Scenario(
        "dev2_clinic_daughter_books_dads_physical_and_changes_her_mind_twice", "t_clinic", (
            S("Hi, I'm calling to make an appointment for my dad, he needs his annual physical. "
              "He's been a patient there for years."),
            S("His name is Bogdan Kowalczyk, that's K-O-W-A-L-C-Z-Y-K, date of birth June third, "
              "nineteen forty-nine."),
            S("Could he come in Thursday the twelfth at ten? Actually, no, wait, he has his eye "
              "doctor that day. Make it Friday the thirteenth, same time."),
            S("Hmm, you know what, mornings are hard for him. Can we do Friday at two twenty in "
              "the afternoon instead?"),
            S("He has Medicare. And put my number down, I'm his daughter, six three oh, five five "
              "five, oh one two nine."),
            S("Friday at two twenty, yes, that works."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 14:20", "Bogdan Kowalczyk", "+16305550129",
                        about=r"physical"),),
        tags=("booking",)),
    Scenario(
        "dev2_clinic_self_pay_cough_first_thing_thursday", "t_clinic", (
            S("Yeah, hi, I need to see a doctor about this cough I can't shake, it's been like "
              "three weeks now."),
            S("I've never been there before. I don't have insurance right now, so how much is it "
              "for a new patient?"),
            S("Okay. Can I get in first thing Thursday?"),
            S("Tariq Mahmoud. T-A-R-I-Q, M-A-H-M-O-U-D."),
            S("Number's seven seven three, five five five, oh one eight one."),
            S("Yeah."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:00", "Tariq Mahmoud", "+17735550181", about=r"cough"),),
        tags=("booking",)),
    Scenario(
        "dev2_clinic_feeling_better_cancels_with_her_birthday", "t_clinic", (
            S("Hi there, I need to cancel an appointment I have on Monday."),
            S("Ngozi Adeyemi, and my birthday is the twenty-second of August, nineteen "
              "eighty-eight."),
            S("I'm feeling better, so I don't really need it anymore. Go ahead and cancel it."),
            S("No, nothing else. Thank you, bye bye."),
        ),
        outcome="information_only", cancelled=("2026-03-16 10:40",), ends_call=True,
        seed=(Seed("2026-03-16 10:40", "Ngozi Adeyemi", "+14085550107"),),
        caller="+14085550107", tags=("cancel",)),
    Scenario(
        "dev2_clinic_its_probably_nothing_chest_tightness", "t_clinic", (
            S("Hi, um, it's probably nothing, but I've had this tightness in my chest since I "
              "woke up, and my left arm's kind of tingly. I wanted to see if the doctor could "
              "squeeze me in today."),
            S("My name is Harold Lindqvist."),
            S("You can call me back at the number I'm calling from."),
            S("Okay. Okay, I'll do that. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Harold Lindqvist", CALLER, about=r"chest|arm", urgent=True),),
        ends_call=True, tags=("emergency",)),
    Scenario(
        "dev2_clinic_nobody_called_about_my_blood_work", "t_clinic", (
            S("Hello, I'm calling about my blood test results. I had labs done last Thursday and "
              "nobody's called me yet."),
            S("It's Valentina Rossi, date of birth March ninth, nineteen seventy-five."),
            S("You can call me at nine four nine, five five five, oh one one eight. I'm at work "
              "till five but I'll pick up."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Valentina Rossi", "+19495550118", about=r"result|lab|blood",
                          urgent=False),),
        tags=("message",)),
    Scenario(
        "dev2_clinic_walk_ins_and_is_this_a_real_person", "t_clinic", (
            S("Hi, do you guys take walk-ins, or do I need an appointment?"),
            S("Wait, am I talking to a real person, or is this a machine?"),
            S("Huh. Okay. And you're open till five today?"),
            S("Alright, thanks, bye."),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"\bI(?:'m| am) (?:a )?(?:real )?(?:person|human)\b",), tags=("info",)),
    # --- law: 9 AM to 5 PM weekdays, 60-minute grid ---------------------------------------
    Scenario(
        "dev2_law_rear_ended_asks_if_it_is_free_then_what_do_you_have", "t_law", (
            S("Good morning. My name is Oluwafemi Adebayo, O-L-U-W-A-F-E-M-I, Adebayo, "
              "A-D-E-B-A-Y-O. I got rear-ended on the interstate two weeks ago and the other "
              "driver's insurance keeps lowballing me, so I'd like to talk to somebody about an "
              "injury claim."),
            S("The other driver was a man named Curtis Whitfield, and his insurance company is "
              "Granite Mutual."),
            S("Is the first consultation free for an injury case?"),
            S("There's no court date and I don't have a lawyer yet. What do you have on Wednesday "
              "the eighteenth, late afternoon, like four?"),
            S("My cell is four oh four, five five five, oh one nine three."),
            S("Wednesday at four is good, yes, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:00", "Oluwafemi Adebayo", "+14045550193",
                        about=r"injur|accident|rear|insurance"),),
        tags=("booking",)),
    Scenario(
        "dev2_law_couple_wants_wills_a_week_from_thursday_by_video", "t_law", (
            S("Hi, my husband and I finally want to get our wills done. We have two kids and a "
              "house, nothing complicated."),
            S("Could we do it by video? We both work from home. And there's no court date or "
              "anything like that, and nobody else involved."),
            S("A week from Thursday would be ideal, eleven in the morning if you can."),
            S("The name is Priyanka Raghunathan, that's R-A-G-H-U-N-A-T-H-A-N."),
            S("Best number is five one oh, five five five, oh one four six."),
            S("Perfect."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 11:00", "Priyanka Raghunathan", "+15105550146",
                        about=r"will|estate"),),
        tags=("booking",)),
    Scenario(
        "dev2_law_existing_client_served_with_papers", "t_law", (
            S("Hi, quick question, do you do consultations over the phone, or is it all in "
              "person?"),
            S("Okay. And what's your cancellation policy, by the way?"),
            S("Actually, look, I'm an existing client, I just got served with papers this morning "
              "and there's a hearing on Friday. Can I please speak to somebody there right now?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:15", overrides=TRANSFER,
        tags=("transfer",)),
    Scenario(
        "dev2_law_settled_it_ourselves_cancels_the_consultation", "t_law", (
            S("Hello, I'm calling about my consultation on Thursday at two."),
            S("Jonathan Abernathy."),
            S("We actually worked it out between ourselves, so I won't be needing it. Please "
              "cancel it."),
            S("That's all. Thanks, take care, bye."),
        ),
        outcome="information_only", cancelled=("2026-03-12 14:00",), ends_call=True,
        seed=(Seed("2026-03-12 14:00", "Jonathan Abernathy", CALLER),), tags=("cancel",)),
    Scenario(
        "dev2_law_brother_arrested_late_at_night", "t_law", (
            S("Hi, I need a lawyer, my brother just got arrested, they took him to the county "
              "jail about an hour ago."),
            S("I don't even know what they're charging him with, they wouldn't tell me anything."),
            S("My name is Lucia Ferreira, and my number is eight three two, five five five, oh one "
              "six two."),
            S("Please, somebody call me back as soon as possible, tonight if you can."),
        ),
        outcome="message_taken",
        messages=(Message("Lucia Ferreira", "+18325550162", about=r"arrest|jail|custody",
                          urgent=True),),
        clock="2026-03-10 23:15", tags=("emergency",)),
    Scenario(
        "dev2_law_billed_twice_on_the_invoice", "t_law", (
            S("Yes, hi, I got an invoice from you last week and I think I've been billed twice "
              "for the same hours in February."),
            S("This is Dmitri Volkov, V-O-L-K-O-V."),
            S("Could somebody in billing call me back? Two one two, triple five, oh one three "
              "one."),
            S("Great, thanks, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Dmitri Volkov", "+12125550131", about=r"invoice|bill",
                          urgent=False),),
        ends_call=True, tags=("message",)),
    # --- plumbing: 7 AM to 7 PM Monday to Saturday, 120-minute grid -----------------------
    Scenario(
        "dev2_plumb_lukewarm_water_heater_first_thing_friday", "t_plumb", (
            S("Hi, my water heater's making this popping noise and the water's only lukewarm, "
              "I'd like somebody to come take a look."),
            S("It's 2290 Birchwood Lane, ZIP code 10025."),
            S("Nothing's leaking, no. And I own the place."),
            S("Can you get someone out first thing Friday?"),
            S("Sinead Gallagher, that's S-I-N-E-A-D, and you can call me on this number."),
            S("That works."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:00", "Sinead Gallagher",
                        about=r"water heater|heater|lukewarm|popping|hot water"),),
        tags=("booking",)),
    Scenario(
        "dev2_plumb_renter_with_a_backed_up_sink_asks_the_fee", "t_plumb", (
            S("Yeah, my kitchen sink's backed up, I tried Drano and a plunger and nothing."),
            S("How much do you guys charge just to come out?"),
            S("Okay. The address is 58 Fulton Avenue, apartment 3B, 11216. I'm renting, but my "
              "landlord, Mr. Petrakis, said go ahead and he'll cover it."),
            S("Saturday morning, the fourteenth, nine o'clock if you have it."),
            S("Name's Kwame Mensah, number two one eight, five five five, zero one zero nine."),
            S("Yep, nine on Saturday, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Kwame Mensah", "+12185550109",
                        about=r"sink|clog|drain|backed"),),
        tags=("booking",)),
    Scenario(
        "dev2_plumb_moves_the_toilet_visit_to_the_following_tuesday", "t_plumb", (
            S("Hi, I have a plumber coming Thursday at eleven to fix a toilet, and I need to "
              "change the day."),
            S("The name's Hyejin Park."),
            S("Can it be the same time, but the following Tuesday instead?"),
            S("Yeah."),
            S("Nope, that's it. Bye now."),
        ),
        outcome="booked", booked=(Booking("2026-03-17 11:00", "Hyejin Park"),),
        cancelled=("2026-03-12 11:00",), ends_call=True,
        seed=(Seed("2026-03-12 11:00", "Hyejin Park", CALLER),), tags=("move",)),
    Scenario(
        "dev2_plumb_burst_pipe_through_the_ceiling_at_midnight", "t_plumb", (
            S("Oh my God, a pipe just burst under my bathroom sink, there's water everywhere, "
              "it's coming through the ceiling downstairs!"),
            S("I found a valve, I think I turned it off, it's slowing down."),
            S("I'm at 17 Orchard Street, 10002. My name is Yusuf Demir."),
            S("Call me on four one five, five five five, oh one four nine, please hurry."),
        ),
        outcome="message_taken",
        messages=(Message("Yusuf Demir", "+14155550149", about=r"pipe|burst|water|flood|leak",
                          urgent=True),),
        clock="2026-03-10 23:50", tags=("emergency",)),
    Scenario(
        "dev2_plumb_wants_a_quote_call_not_a_booking", "t_plumb", (
            S("Hi, I'm redoing my bathroom and I wanted to get a quote on swapping the tub out "
              "for a walk-in shower. Can someone call me?"),
            S("I'd rather just talk to someone first, I'm not ready to book anything yet."),
            S("It's Beatriz Santos. Six one seven, five five five, zero one five five."),
            S("Evenings are best, after six. Okay, thanks, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Beatriz Santos", "+16175550155", about=r"quote|shower|tub|bathroom",
                          urgent=False),),
        ends_call=True, tags=("message",)),
    Scenario(
        "dev2_plumb_licensed_and_do_you_charge_for_estimates", "t_plumb", (
            S("Hey, quick question, are you guys licensed and insured?"),
            S("And do you charge for estimates?"),
            S("Okay, I'll talk to my wife and call you back. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"licensed",), tags=("info",)),
    # --- salon: Tuesday to Friday from 10 AM, Saturday 9 AM to 5 PM, 60-minute grid -------
    Scenario(
        "dev2_salon_trim_thursday_after_work", "t_salon", (
            S("Hi! I need a haircut and style, just a trim really, nothing dramatic."),
            S("Whoever's free, I'm not picky. I've been in once before, like a year ago."),
            S("Do you have anything Thursday after work, six o'clock maybe?"),
            S("Chiara Benedetti. B-E-N-E-D-E-T-T-I."),
            S("Oh, and my number is three four seven, five five five, oh one one two."),
            S("Perfect, thank you!"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 18:00", "Chiara Benedetti", "+13475550112",
                        about=r"cut|trim|style"),),
        tags=("booking",)),
    Scenario(
        "dev2_salon_mom_books_her_son_first_thing_saturday", "t_salon", (
            S("Hey, do you cut kids' hair? My son's eleven, he just needs a regular short cut."),
            S("How much would that be?"),
            S("Could you fit him in first thing Saturday morning?"),
            S("His name's Jaylen Brooks. I'm his mom, you can reach me at two six seven, five "
              "five five, oh one nine nine."),
            S("Great, yes, nine o'clock Saturday, put him down."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Jaylen Brooks", "+12675550199", about=r"cut"),),
        tags=("booking",)),
    Scenario(
        "dev2_salon_moves_friday_to_saturday_then_an_hour_later", "t_salon", (
            S("Hi, this is Anastasia Petrova, I have an appointment on Friday at two and I need "
              "to move it."),
            S("Is there anything on Saturday, the next day, around two?"),
            S("Mm, actually, would three be possible instead? Three on Saturday."),
            S("Okay great, yes, move it to three on Saturday."),
            S("That's all, thanks so much, bye!"),
        ),
        outcome="booked", booked=(Booking("2026-03-14 15:00", "Anastasia Petrova"),),
        cancelled=("2026-03-13 14:00",), ends_call=True,
        seed=(Seed("2026-03-13 14:00", "Anastasia Petrova", CALLER),), tags=("move",)),
    Scenario(
        "dev2_salon_face_swelling_after_yesterdays_color", "t_salon", (
            S("Hi, I had my color done at your salon yesterday, and now my scalp is burning and "
              "my eyes and face are really swelling up."),
            S("It's getting a little harder to breathe, honestly."),
            S("My name is Farah Siddiqui, S-I-D-D-I-Q-U-I."),
            S("My number is five five one, five five five, oh one three three."),
        ),
        outcome="message_taken",
        messages=(Message("Farah Siddiqui", "+15515550133",
                          about=r"swell|reaction|breath|dye|colou?r|scalp", urgent=True),),
        clock="2026-03-10 15:20", tags=("emergency",)),
    Scenario(
        "dev2_salon_unhappy_with_brassy_highlights", "t_salon", (
            S("Hi. I was in on Saturday, and honestly I'm really unhappy with my highlights, they "
              "came out way brassier than what I asked for."),
            S("I'd like someone to call me about fixing it, and I don't think I should have to pay "
              "again for it."),
            S("It's Renata Kuznetsova, and my number is nine one seven, five five five, oh one oh "
              "four."),
            S("That's all. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Renata Kuznetsova", "+19175550104",
                          about=r"highlight|brass|unhappy|fix|complain", urgent=False),),
        ends_call=True, tags=("message",)),
    Scenario(
        "dev2_salon_bride_wants_a_person_for_the_wedding_party", "t_salon", (
            S("Hi, how late are you open on Thursdays?"),
            S("And do you sell gift cards?"),
            S("Great. Also, I'm getting married in June, and I want to book hair for me and five "
              "bridesmaids. Can I talk to someone about that?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 11:30", overrides=TRANSFER,
        tags=("transfer",)),
    # --- real estate: 9 AM to 6 PM weekdays, Saturday 10 to 5, Sunday noon to 4, 30 minutes -
    Scenario(
        "dev2_homes_preapproved_buyers_this_sunday", "t_homes", (
            S("Hi, I saw the listing for the three-bedroom at 415 Maple Court and we'd love to "
              "see it. We're pre-approved, and we're not working with an agent."),
            S("Could we come Sunday, this Sunday, around one thirty?"),
            S("Do I need to sign anything before we go in?"),
            S("It's Wojciech Nowak. W-O-J-C-I-E-C-H, Nowak, N-O-W-A-K. My wife will be with me."),
            S("Phone is seven three two, five five five, oh one two one."),
            S("Sounds good, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Wojciech Nowak", "+17325550121",
                        about=r"show|Maple|buy"),),
        tags=("booking",)),
    Scenario(
        "dev2_homes_selling_moms_house_two_weeks_from_today", "t_homes", (
            S("Hello, I'm thinking about selling my mother's house, she's moving into assisted "
              "living, and I'd like someone to tell me what it might be worth."),
            S("It's 88 Linden Street. It's not listed with anyone."),
            S("Roughly what's it worth, do you think? Houses on that street go for around six "
              "hundred, right?"),
            S("Anyway, can someone meet me two weeks from today, at eleven thirty?"),
            S("The name is Gwendolyn Achterberg, and you can call me at this number."),
            S("Yes, that's fine."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-24 11:30", "Gwendolyn Achterberg",
                        about=r"valu|sell|Linden|worth"),),
        tags=("booking",)),
    Scenario(
        "dev2_homes_wants_to_make_an_offer", "t_homes", (
            S("Hi, is the house on Chestnut Hill Road still available?"),
            S("What should I bring if I come to see a place?"),
            S("Okay, you know what, we saw it at the open house on Sunday and we want to put in "
              "an offer. Can you connect me with the listing agent?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:00", overrides=TRANSFER,
        tags=("transfer",)),
    Scenario(
        "dev2_homes_where_are_you_and_is_there_parking", "t_homes", (
            S("Hi, where exactly is your office? I'm meeting one of your agents there tomorrow and "
              "I've never been."),
            S("Is there parking, or should I take the train?"),
            S("Okay, and you open at nine?"),
            S("Great, thanks, see you tomorrow. Bye."),
        ),
        outcome="information_only", ends_call=True, tags=("info",)),
    Scenario(
        "dev2_homes_tenant_smells_gas_its_probably_nothing", "t_homes", (
            S("Hi, um, I'm renting the unit at 22 Harbor View through you guys. It's probably "
              "nothing, but there's a pretty strong gas smell in the hallway."),
            S("Should I be worried? My kids are asleep upstairs."),
            S("My name's Mariana Castillo, and the number is this one I'm calling from."),
            S("Okay, I'm getting them out now. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Mariana Castillo", CALLER, about=r"gas", urgent=True),),
        clock="2026-03-10 20:30", ends_call=True, tags=("emergency",)),
    Scenario(
        "dev2_homes_message_for_deborah_she_has_my_number", "t_homes", (
            S("Hi, I'm trying to reach Deborah, she's the agent on our purchase. We were supposed "
              "to hear back about the inspection report yesterday."),
            S("This is Kenji Watanabe."),
            S("She has my number, and so do you guys, I'm not reading it out again."),
            S("Just tell her Kenji called about the inspection, she'll know. Thanks, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Kenji Watanabe", CALLER, about=r"inspection", urgent=False),),
        ends_call=True, tags=("message",)),
    # --- vet: 8 AM to 6 PM weekdays, Saturday 8 to noon, 30-minute grid -------------------
    Scenario(
        "dev2_vet_new_puppy_shots_first_thing_saturday", "t_vet", (
            S("Hi, I've got a new puppy, she's a ten-week-old golden retriever named Biscuit, and "
              "she needs her shots. We've never been to you before."),
            S("No, no, she's totally fine, full of energy, it's just the vaccines."),
            S("What's the earliest you have on Saturday? First thing would be great."),
            S("My name is Aoife Brennan, that's A-O-I-F-E, it's pronounced Ee-fa, and Brennan "
              "with two N's."),
            S("My number's six oh nine, five five five, oh one oh eight."),
            S("Great, that works."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 08:00", "Aoife Brennan", "+16095550108",
                        about=r"vacc|shot|puppy|Biscuit"),),
        tags=("booking",)),
    Scenario(
        "dev2_vet_cat_keeps_throwing_up_is_that_serious", "t_vet", (
            S("My cat's been throwing up a couple of times a week for the last month. She's eating "
              "fine though. Can I bring her in?"),
            S("Is that something serious?"),
            S("How much is a sick visit?"),
            S("Her name is Mochi, she's a nine-year-old tabby, and we've been coming to you for "
              "years. I'm Lakshmi Venkataraman."),
            S("Thursday the nineteenth at four thirty, if you can, and use the number I'm calling "
              "from."),
            S("Yeah, that's perfect."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 16:30", "Lakshmi Venkataraman",
                        about=r"vomit|throw|sick|Mochi"),),
        tags=("booking",)),
    Scenario(
        "dev2_vet_moves_the_booster_to_half_nine", "t_vet", (
            S("Hiya, it's Callum Fraser. I've got Rufus booked in on Thursday afternoon for his "
              "booster, and I can't make it."),
            S("Could we do Friday the twentieth instead, in the morning, around half nine?"),
            S("Aye, half nine's grand, move it please."),
            S("That's me, cheers, bye."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 09:30", "Callum Fraser", "+12065550177"),),
        cancelled=("2026-03-12 15:00",), ends_call=True,
        seed=(Seed("2026-03-12 15:00", "Callum Fraser", "+12065550177"),),
        caller="+12065550177", tags=("move",)),
    Scenario(
        "dev2_vet_cancels_after_the_dog_passed_away", "t_vet", (
            S("Hi, I need to cancel an appointment for my dog Chico. He passed away over the "
              "weekend."),
            S("Esperanza Morales. It was for next Tuesday at ten."),
            S("Thank you. Yes, please just cancel it."),
            S("No, that's all. Thank you, goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-17 10:00",), ends_call=True,
        seed=(Seed("2026-03-17 10:00", "Esperanza Morales", CALLER),), tags=("cancel",)),
    Scenario(
        "dev2_vet_tomcat_straining_on_a_saturday_evening", "t_vet", (
            S("Hi, sorry, it's probably nothing, but my cat Oliver keeps going in and out of the "
              "litter box and straining, and nothing's coming out. He's been crying a bit."),
            S("He's a boy, four years old."),
            S("My name is Thandiwe Dlamini, my number is three oh three, five five five, oh one "
              "four four."),
            S("Okay, we're going now. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Thandiwe Dlamini", "+13035550144",
                          about=r"litter|strain|urin|pee|Oliver|cat", urgent=True),),
        clock="2026-03-14 18:30", ends_call=True, tags=("emergency",)),
    Scenario(
        "dev2_vet_refill_for_dukes_arthritis_pills", "t_vet", (
            S("Hi, I need a refill on Duke's arthritis pills, the carprofen. He's got about four "
              "days left."),
            S("Duke, he's a black lab. The owner's name is Samuel Okonkwo."),
            S("Can they send it to the Walgreens on Fifth? And call me when it's ready, please, "
              "four seven oh, five five five, oh one six seven."),
            S("Thanks so much, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Samuel Okonkwo", "+14705550167",
                          about=r"refill|carprofen|arthritis|Duke", urgent=False),),
        ends_call=True, tags=("message",)),
    # --- auto: 7:30 AM to 6 PM weekdays on the half hour, Saturday 8 to 3 on the hour -----
    Scenario(
        "dev2_auto_check_engine_light_all_in_one_breath", "t_auto", (
            S("Hey, my check engine light came on yesterday. It's a 2016 Subaru Outback, about a "
              "hundred and twelve thousand miles, it's driving fine, the light's not flashing or "
              "anything."),
            S("I'll just drop it off. Can I bring it in first thing Thursday morning?"),
            S("How much is the diagnostic?"),
            S("Name's Marcus Delacroix. D-E-L-A-C-R-O-I-X."),
            S("Cell is eight one eight, five five five, zero one two seven."),
            S("Yeah, seven thirty Thursday works."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Marcus Delacroix", "+18185550127",
                        about=r"check engine|diagnos|light"),),
        tags=("booking",)),
    Scenario(
        "dev2_auto_daughter_books_moms_squeaky_brakes", "t_auto", (
            S("Hi, I'm calling for my mom. Her brakes have started squeaking, it's a 2012 Toyota "
              "Camry. She's not great on the phone, so I'm setting it up for her."),
            S("Her name is Rosalind Achebe, A-C-H-E-B-E, and she'll be the one bringing it in, "
              "and she'll wait for it."),
            S("Could you do a week from Saturday, around ten in the morning?"),
            S("Put my number down, I'll be the contact. It's nine one nine, five five five, oh one "
              "three six."),
            S("Okay, yeah, that's good."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-21 10:00", "Rosalind Achebe", "+19195550136",
                        about=r"brake|squeak"),),
        tags=("booking",)),
    Scenario(
        "dev2_auto_jeep_in_the_shop_since_friday", "t_auto", (
            S("Hi, are you open on Saturdays?"),
            S("And do you guys do alignments?"),
            S("Okay. Also, my Jeep's been with you since Friday for a transmission thing and "
              "nobody's called me. Can I talk to the guy who's working on it?"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER, tags=("transfer",)),
    Scenario(
        "dev2_auto_open_on_good_friday_and_closing_time", "t_auto", (
            S("Hi, are you open on Good Friday? I'm trying to figure out if I can bring my car in "
              "that day."),
            S("Okay, and what time do you close on weekdays?"),
            S("Alright, I'll call back when I know my schedule. Thanks, bye."),
        ),
        outcome="information_only", ends_call=True, said=(r"\b6\b|\bsix\b",), tags=("info",)),
    Scenario(
        "dev2_auto_smoke_from_the_hood_on_the_highway", "t_auto", (
            S("Hi, I'm pulled over on Route 9 and there's smoke pouring out from under my hood, "
              "and it smells like something's burning."),
            S("I'm out of the car, I'm standing away from it. Can you guys help me or send a tow "
              "or something?"),
            S("It's a 2019 Ford Escape. My name is Alejandro Gutierrez."),
            S("Call me back at five seven one, five five five, oh one eight eight, please, as "
              "fast as you can."),
        ),
        outcome="message_taken",
        messages=(Message("Alejandro Gutierrez", "+15715550188",
                          about=r"smoke|burn|tow|hood", urgent=True),),
        clock="2026-03-10 14:10", tags=("emergency",)),
    Scenario(
        "dev2_auto_approves_half_the_estimate_for_steve", "t_auto", (
            S("Hi, this is Greg Halvorsen. Steve called me yesterday about the estimate on my "
              "F-150."),
            S("Tell him to go ahead with the front brakes, but hold off on the rotors for now."),
            S("If he needs me, it's two oh two, five five five, oh one one nine."),
            S("That's it, thanks. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Greg Halvorsen", "+12025550119", about=r"brake|rotor|estimate",
                          urgent=False),),
        ends_call=True, tags=("message",)),
]
