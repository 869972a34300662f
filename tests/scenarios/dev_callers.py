"""A development set: 40 scripted callers, five in each of the fleet's eight trades.

Written on 2026-12-03 by someone who never read the engine (agent_worker/, calls/, voice/,
frontdesk/) nor any other set's callers. The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py.

Unlike the held-out sets, these callers' transcripts are meant to be read: engineers run them,
read what went wrong and fix the engine by failure kind (a misheard name, a lost correction, a
missed emergency, a transfer that never came). Never fix it by copying a caller, its wording or
its names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev

which prints `RESULT dev_pass_rate=`, measured and never gated.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's last line clearly accepts it. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (and the caller asks
for a person only in the last line); elsewhere a caller who needs a person leaves a message. An
emergency in plain words ends with an urgent message. Bookings are at least two days ahead, on
the business's appointment grid inside its opening hours: dental 60 minutes from 8 AM (Friday
until 2 PM), clinic 20 minutes from 8 AM, law 60 minutes from 9 AM, plumbing 120 minutes from
7 AM (Saturday too), salon 60 minutes from 10 AM (9 AM on Saturday, closed Sunday and Monday),
real estate 30 minutes (Saturday from 10 AM, Sunday noon to 4 PM), vet 30 minutes from 8 AM
(Saturday until noon), and the auto shop 60 minutes from 7:30 AM on weekdays and on the hour
from 8 AM on Saturdays. A caller who ends with a goodbye expects the receptionist to end the
call.

The mix: 15 bookings (rambling, terse, details out of order, a corrected number, a change of
time, a price or FAQ question mid-booking, for a child, for a partner, names that are easy to
mishear), 2 moves and 3 cancellations of seeded appointments, 8 emergencies (one per trade, day
and night), 7 messages (refills, a named attorney, a named agent, a change of mind, a bereavement
call, another person's number, one caller in Spanish), 3 transfers to a person and 2 calls that
end with information only (an early goodbye, process questions: is this a robot, can you text
me).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, Booking, Message, Say, Scenario, Seed

S = Say
TRANSFER = {"transfer_number": "+12125550166"}

DEV_CALLERS: list[Scenario] = [
    # --- dental: 60 minutes from 8 AM, Monday to Thursday until 5 PM, Friday until 2 PM ------
    Scenario(
        "dev_dental_rambling_new_patient_corrects_her_number", "t_dental", (
            S("Hi, um, so I just moved here from Ohio and I honestly haven't seen a dentist in, "
              "gosh, probably two years, and my sister goes to you and says you're great, so I'd "
              "like to come in as a new patient for a cleaning and a checkup."),
            S("My name is Harriet Blackwood, that's B L A C K W O O D, and I was hoping for "
              "Monday the sixteenth of March at ten in the morning if you have it."),
            S("I don't have dental insurance right now, I'll just pay myself. How much is the "
              "new patient visit?"),
            S("You can reach me at four one five, five five five, zero one three nine. No, sorry, "
              "it's zero one nine three. Four one five, five five five, zero one nine three."),
            S("Yes, Monday the sixteenth at ten, Harriet Blackwood, that's all correct, please "
              "book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 10:00", "Harriet Blackwood", "+14155550193"),),
        said=(r"275|two hundred (?:and )?seventy[- ]five",)),
    Scenario(
        "dev_dental_terse_existing_patient_checkup", "t_dental", (
            S("Checkup. Existing patient."),
            S("Thursday the nineteenth, 2 PM."),
            S("Dan Oduya. O D U Y A."),
            S("The number I'm calling from is fine."),
            S("Yes. Book it."),
        ),
        outcome="booked", booked=(Booking("2026-03-19 14:00", "Dan Oduya"),)),
    Scenario(
        "dev_dental_swelling_spreading_to_the_eye_at_night", "t_dental", (
            S("Sorry to call so late. The left side of my face is swelling up from a back tooth "
              "and it's spreading up toward my eye, and it really, really hurts."),
            S("My name is Rosa Delgado, I've been a patient there for years."),
            S("Please have the dentist call me first thing in the morning, this number is fine."),
            S("Okay, I'll go to the emergency room if it gets worse. Thank you, bye."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Delgado", about=r"swell|face|eye", urgent=True),),
        ends_call=True, clock="2026-03-10 21:30", tags=("emergency",)),
    Scenario(
        "dev_dental_moves_her_cleaning_to_the_next_week", "t_dental", (
            S("Hi, this is Priya Raman, I have a cleaning booked on Thursday the twelfth at nine "
              "and something came up at work."),
            S("Could we move it to the following week, Wednesday March eighteenth at eleven in "
              "the morning?"),
            S("Is there a fee for moving it? I know it's kind of short notice."),
            S("Yes, Wednesday the eighteenth at eleven is good, please move it."),
        ),
        outcome="booked", booked=(Booking("2026-03-18 11:00", "Priya Raman"),),
        cancelled=("2026-03-12 09:00",), seed=(Seed("2026-03-12 09:00", "Priya Raman", CALLER),)),
    Scenario(
        "dev_dental_billing_question_asks_for_a_person", "t_dental", (
            S("Hi, quick question first, can I pay a balance with my HSA card?"),
            S("Okay, good. My name is Gary Pruitt, I'm an existing patient."),
            S("I got a bill for a filling from February that I think my insurance should have "
              "covered. Can I talk to someone in billing, or Dr. Alvarez's office manager, "
              "please?"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER),
    # --- medical clinic: 20 minutes from 8 AM, Monday to Friday until 5 PM ------------------
    Scenario(
        "dev_clinic_mother_books_a_sports_physical_for_her_son", "t_clinic", (
            S("Hi, I need to get my son in for a school sports physical, he's twelve."),
            S("His name is Mateo Ruiz, date of birth June third, twenty thirteen. He's been seen "
              "there before."),
            S("Is the sports physical seventy five dollars? We have Aetna, does that cover it?"),
            S("Could we do Friday the thirteenth at three forty in the afternoon, after school?"),
            S("I'm his mom, Lucia Ruiz, and the number I'm calling from is fine."),
            S("Yes, Mateo Ruiz on Friday at three forty, perfect, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:40", "Mateo Ruiz", about=r"physical|sport"),)),
    Scenario(
        "dev_clinic_refill_request_on_his_home_line", "t_clinic", (
            S("Yes, hello, I need a refill on my blood pressure pill, the lisinopril, I'm almost "
              "out."),
            S("Walter Brennan. Date of birth April second, nineteen fifty-one."),
            S("The pharmacy is the CVS on Main Street."),
            S("Don't call this number back, it's my daughter's phone. Call my home line, two one "
              "two, five five five, zero one seven seven."),
            S("Yes, please pass that on to the nurse."),
        ),
        outcome="message_taken",
        messages=(Message("Walter Brennan", "+12125550177", about=r"refill|lisinopril"),)),
    Scenario(
        "dev_clinic_crushing_chest_pain", "t_clinic", (
            S("I've had a crushing pain in my chest for about twenty minutes and I'm sweating a "
              "lot, I wanted to see if the doctor could fit me in this morning."),
            S("My name is Frank Kowalski, I'm a patient of Dr. Shah."),
            S("Okay, okay, I'll call 911. Please just tell my doctor what's happening."),
        ),
        outcome="message_taken",
        messages=(Message("Frank Kowalski", about=r"chest", urgent=True),),
        said=(r"911|nine one one",), tags=("emergency",)),
    Scenario(
        "dev_clinic_cancels_after_giving_her_date_of_birth", "t_clinic", (
            S("Yeah, hi, I need to cancel an appointment."),
            S("Deborah Okafor, O K A F O R, born November ninth, nineteen eighty-four."),
            S("It's the one on Friday the thirteenth in the morning. I'm feeling better now."),
            S("No, I don't want to reschedule, just cancel it, please."),
            S("Thanks, bye."),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:20",), ends_call=True,
        seed=(Seed("2026-03-13 10:20", "Deborah Okafor", CALLER),)),
    Scenario(
        "dev_clinic_asks_if_it_is_a_robot_then_books_a_physical", "t_clinic", (
            S("Wait, am I talking to a computer? Is this a robot?"),
            S("Fine. I'm a new patient and I need an annual physical. My name is Jun Takahashi, "
              "T A K A H A S H I."),
            S("My date of birth is August twenty-first, nineteen ninety, and I have Blue Cross."),
            S("Why do you need my phone number? Can you just text me the confirmation instead? "
              "The number I'm calling from is my cell."),
            S("Tuesday the seventeenth at eight forty in the morning works for me."),
            S("Yes, Tuesday the seventeenth at eight forty, Jun Takahashi, go ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:40", "Jun Takahashi", about=r"physical"),)),
    # --- law firm: 60 minutes from 9 AM, Monday to Friday until 5 PM -----------------------
    Scenario(
        "dev_law_asks_for_his_attorney_by_name", "t_law", (
            S("Hi, is Ms. Goldberg in? I need to speak with Rachel Goldberg."),
            S("It's about my divorce, she'll know who I am."),
            S("My name is Anthony Russo, R U S S O."),
            S("The best number for me is six four six, five five five, zero one one two."),
            S("Please just have her call me back today if she can."),
        ),
        outcome="message_taken",
        messages=(Message("Anthony Russo", "+16465550112", about=r"divorce|Goldberg"),)),
    Scenario(
        "dev_law_father_calls_at_night_son_arrested", "t_law", (
            S("My son got arrested tonight, he's at the county jail and nobody will tell me "
              "anything."),
            S("His name is Kevin Marsh, he's nineteen. I'm his father, Douglas Marsh."),
            S("I need a lawyer first thing in the morning. Please call me back at this number."),
            S("Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Douglas Marsh", about=r"arrest|jail|custody", urgent=True),),
        clock="2026-03-10 23:15", tags=("emergency",)),
    Scenario(
        "dev_law_contract_dispute_consultation_by_video", "t_law", (
            S("I'd like to book a consultation about a contractor who took my deposit and never "
              "finished my kitchen."),
            S("The company is called Brightline Renovations LLC. There's no court date yet, and "
              "I don't have a lawyer."),
            S("Do you do free consultations? And can we do it by video?"),
            S("My name is Olivia Chen-Park. Wednesday March eighteenth at one in the afternoon "
              "would be ideal."),
            S("My email is olivia dot chenpark at example dot com, and the number I'm calling "
              "from works."),
            S("Yes, Wednesday the eighteenth at one by video, that's right, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 13:00", "Olivia Chen-Park", about=r"contract|contractor"),)),
    Scenario(
        "dev_law_accident_caller_says_goodbye_early", "t_law", (
            S("Hi, I was in a car accident last week and I wanted to see about maybe getting a "
              "lawyer."),
            S("The other driver was a guy named Scott Fenner. No court date or anything."),
            S("Actually, you know what, I should talk to my wife first. I'll call back. Bye."),
        ),
        outcome="information_only", ends_call=True),
    Scenario(
        "dev_law_spanish_caller_facing_eviction", "t_law", (
            S("Hola, buenos días. Necesito hablar con un abogado, mi casero me quiere desalojar "
              "de mi apartamento."),
            S("Me llamo Carmen Villanueva."),
            S("Mi número es el seis cuatro seis, cinco cinco cinco, cero uno ocho ocho."),
            S("Sí, por favor, que me llamen. Gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Carmen Villanueva", "+16465550188",
                          about=r"Spanish|español|desalo|casero|evict|landlord"),)),
    # --- plumbing: 120-minute windows from 7 AM, Monday to Saturday until 7 PM --------------
    Scenario(
        "dev_plumb_pipe_spraying_under_the_sink_at_night", "t_plumb", (
            S("Water is pouring out of a pipe under my kitchen sink and I can't get it to stop!"),
            S("I turned the little valve under the sink but it's still spraying, I don't know "
              "where the main shut-off is."),
            S("I'm Marcus Bell, 88 Orchard Lane, zip code 10009."),
            S("Please send someone tonight. Call me back on this number."),
        ),
        outcome="message_taken",
        messages=(Message("Marcus Bell", about=r"pipe|water|leak|spray|sink", urgent=True),),
        clock="2026-03-10 22:40", tags=("emergency",)),
    Scenario(
        "dev_plumb_renter_with_no_hot_water", "t_plumb", (
            S("Hi, we've had no hot water since yesterday. The water heater is in the basement, "
              "nothing is leaking."),
            S("I rent. My landlord is Mr. Patel, nine one seven, five five five, zero one three "
              "four, and he said to go ahead and call you."),
            S("The address is 41 Cedar Avenue, apartment 2, zip 11215."),
            S("How much does it cost for you to come out?"),
            S("Saturday the fourteenth, the nine AM window, please. My name is Keisha Grant, and "
              "you can reach me on the number I'm calling from."),
            S("Yes, Saturday the fourteenth at nine, 41 Cedar Avenue, Keisha Grant, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Keisha Grant", about=r"hot water|heater"),),
        said=(r"\$?89|eighty[- ]nine",)),
    Scenario(
        "dev_plumb_terse_kitchen_clog", "t_plumb", (
            S("Clogged kitchen drain."),
            S("12 Birch Street, 10011."),
            S("Thursday the twelfth, 1 PM."),
            S("Ed Novak. This number."),
            S("Yes. Book it."),
        ),
        outcome="booked", booked=(Booking("2026-03-12 13:00", "Ed Novak", about=r"drain|clog"),)),
    Scenario(
        "dev_plumb_faucet_caller_changes_his_mind_and_wants_a_callback", "t_plumb", (
            S("I want to book someone to put in a new bathroom faucet that I already bought."),
            S("Monday March sixteenth, the eleven AM window, at 7 Willow Court, 10024."),
            S("Hmm, how much will the installation cost? Actually, never mind booking for now, I "
              "need to check the day with my wife. Can someone just call me back with a price?"),
            S("The name is Tobias Lindqvist, L I N D Q V I S T, and this number is fine."),
            S("Yes, just a callback, please."),
        ),
        outcome="message_taken", messages=(Message("Tobias Lindqvist", about=r"faucet"),)),
    Scenario(
        "dev_plumb_cancels_because_her_husband_fixed_it", "t_plumb", (
            S("Hi, it's Janet Fairweather, I've got a plumber coming on Friday for my running "
              "toilet."),
            S("My husband fixed it himself last night, so I'd like to cancel that visit, please."),
            S("It's the one at nine on Friday the thirteenth."),
            S("Yes, please cancel it. There's no charge for cancelling, is there?"),
            S("Okay, thanks, goodbye."),
        ),
        outcome="information_only", cancelled=("2026-03-13 09:00",), ends_call=True,
        seed=(Seed("2026-03-13 09:00", "Janet Fairweather", CALLER),)),
    # --- salon: 60 minutes, Tuesday to Friday from 10 AM, Saturday from 9 AM ----------------
    Scenario(
        "dev_salon_books_a_haircut_for_her_boyfriend", "t_salon", (
            S("Hi, I'd like to book a men's haircut for my boyfriend, he hates calling places."),
            S("His name is Liam Fitzgerald. He's been in before, anyone who's free is fine."),
            S("Saturday March fourteenth at eleven in the morning?"),
            S("Put my number down, the one I'm calling from."),
            S("Great, Liam Fitzgerald on Saturday at eleven, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:00", "Liam Fitzgerald", about=r"haircut|cut"),)),
    Scenario(
        "dev_salon_orange_hair_asks_price_then_books_a_consultation", "t_salon", (
            S("My hair got dyed orange at another place and I need it fixed. How much is a color "
              "correction?"),
            S("Ugh, okay. Then can I book the free color consultation?"),
            S("Wednesday the eighteenth at five PM, after work."),
            S("It's Aoife Brennan. That's A O I F E, it's Irish, it sounds like Ee-fa."),
            S("Yes, Wednesday at five for the consultation, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:00", "Aoife Brennan", about=r"consult|colou?r"),)),
    Scenario(
        "dev_salon_face_swelling_after_hair_dye", "t_salon", (
            S("I got my hair colored there yesterday and now my scalp is burning and my face and "
              "eyes are swelling up."),
            S("It's getting kind of hard to breathe, honestly."),
            S("My name is Tanya Reeves, please tell the stylist."),
            S("Okay, I'm going to call 911. Bye."),
        ),
        outcome="message_taken",
        messages=(Message("Tanya Reeves", about=r"swell|breath|reaction|allerg|dye|colou?r",
                          urgent=True),),
        ends_call=True, tags=("emergency",)),
    Scenario(
        "dev_salon_moves_a_blowout_and_tries_a_monday", "t_salon", (
            S("Hi, I've got a blowout booked for Thursday at two, the name is Nadia Haddad."),
            S("Can I move it to Monday instead?"),
            S("If Monday doesn't work, then Tuesday the seventeenth at noon."),
            S("Yes, move it to Tuesday the seventeenth at twelve, thanks so much."),
        ),
        outcome="booked", booked=(Booking("2026-03-17 12:00", "Nadia Haddad"),),
        cancelled=("2026-03-12 14:00",), seed=(Seed("2026-03-12 14:00", "Nadia Haddad", CALLER),)),
    Scenario(
        "dev_salon_bride_asks_for_the_wedding_person", "t_salon", (
            S("Hi! Do you sell gift cards?"),
            S("Great. My name is Brianna Castellanos."),
            S("I'm getting married on June twentieth and I'd like hair for me and five "
              "bridesmaids. Can I talk to whoever handles weddings, please?"),
        ),
        outcome="transferred", transfer=True, clock="2026-03-11 11:00", overrides=TRANSFER),
    # --- real estate: 30 minutes, weekdays 9 to 6, Saturday 10 to 5, Sunday noon to 4 ----------
    Scenario(
        "dev_homes_pre_approved_buyer_books_a_sunday_showing", "t_homes", (
            S("Hi, I saw the listing for 230 Maple Court, the three bedroom. Is it still "
              "available?"),
            S("I'm buying, I'm not working with an agent, and I'm pre-approved. Do I have to sign "
              "anything before a tour?"),
            S("Could I see it Sunday the fifteenth at one thirty in the afternoon?"),
            S("Zoe Abernathy, zoe dot abernathy at example dot com, and this cell is the best "
              "number."),
            S("Yes, Sunday at one thirty for 230 Maple Court, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Zoe Abernathy", about=r"Maple|showing|tour"),),
        never_said=(r"yes,? it(?:'s| is) still available",)),
    Scenario(
        "dev_homes_rambling_heir_books_a_valuation", "t_homes", (
            S("Hello, so, my mother passed last fall and we've got her house, 17 Linden Road, and "
              "my brother and I have been going back and forth about whether to rent it out or "
              "sell it, and I think we've finally decided to sell."),
            S("What do you think it's worth, roughly? Houses on that street went for around six "
              "hundred thousand."),
            S("Okay, then let's set up the valuation appointment. Thursday the twelfth, four "
              "thirty in the afternoon?"),
            S("I'm Gerald Nwosu, N W O S U, and this number is fine."),
            S("My brother will be there too. Yes, Thursday at four thirty at 17 Linden Road, go "
              "ahead and book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 16:30", "Gerald Nwosu", about=r"valu|sell|listing|Linden"),),
        never_said=(r"(?:worth|value[ds]? at) (?:about|around|roughly) \$?\d",)),
    Scenario(
        "dev_homes_wants_to_make_an_offer_through_a_named_agent", "t_homes", (
            S("Hi, is Diane there? Diane Whitaker, she showed us a condo last weekend."),
            S("We want to make an offer on it, 9 Harbor View, unit 4B."),
            S("My name is Samuel Oyelaran. Please have her call my wife's phone, nine one seven, "
              "five five five, zero one six two, I'll be in meetings all day."),
            S("Yes, that's the number. Thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Samuel Oyelaran", "+19175550162", about=r"offer|Harbor|Diane"),)),
    Scenario(
        "dev_homes_tenant_smells_gas_in_a_managed_building", "t_homes", (
            S("I rent one of your managed properties, 55 Elm Street apartment 3, and there's a "
              "really strong gas smell in the hallway."),
            S("I'm outside now with my kids. My name is Farah Siddiqui."),
            S("Can someone from management call me back on this number right away?"),
            S("Okay, thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Farah Siddiqui", about=r"gas", urgent=True),),
        tags=("emergency",)),
    Scenario(
        "dev_homes_process_questions_only", "t_homes", (
            S("Hi, how does this work, am I talking to an AI?"),
            S("Do you handle rentals too, like apartments, or only houses for sale?"),
            S("How would I find out what my condo is worth?"),
            S("Okay, I'll think about it and call back. Bye."),
        ),
        outcome="information_only", ends_call=True),
    # --- auto repair: 60 minutes, weekdays from 7:30 AM, Saturday from 8 AM to 3 PM ---------
    Scenario(
        "dev_auto_check_engine_light_details_out_of_order", "t_auto", (
            S("Name's Reggie Fontaine, 2017 Honda Accord, about ninety-two thousand miles."),
            S("Check engine light came on this morning. It's steady, not flashing, and the car "
              "drives fine."),
            S("How much is the diagnostic?"),
            S("I'll drop it off. Thursday the twelfth at eight thirty in the morning, and the "
              "number I'm calling from is good."),
            S("Yes, Thursday the twelfth at eight thirty for the Accord, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 08:30", "Reggie Fontaine",
                        about=r"check engine|diagnos|light"),),
        said=(r"\$?129|one hundred (?:and )?twenty[- ]nine",)),
    Scenario(
        "dev_auto_brake_pedal_to_the_floor_on_the_highway", "t_auto", (
            S("My brake pedal just went all the way to the floor, I barely got the car onto the "
              "shoulder of the highway."),
            S("Nobody's hurt. It's a 2012 Ford Escape. I'm Luis Ortega."),
            S("Can you guys get it towed in? Call me back at this number, please."),
            S("Okay, thanks."),
        ),
        outcome="message_taken",
        messages=(Message("Luis Ortega", about=r"brake", urgent=True),),
        tags=("emergency",)),
    Scenario(
        "dev_auto_wants_her_service_advisor_for_an_update", "t_auto", (
            S("Hi, quick question, are you open on Saturdays?"),
            S("Okay. My name is Cheryl Ann Mabry."),
            S("You've had my Subaru Outback since yesterday for the brakes. Can I talk to my "
              "service advisor about whether it'll be ready today?"),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER),
    Scenario(
        "dev_auto_saturday_oil_change_moves_earlier_before_booking", "t_auto", (
            S("I'd like an oil change and a tire rotation on Saturday."),
            S("Saturday the fourteenth at ten, I'll wait for it. It's a 2020 Toyota RAV4."),
            S("Actually, no, make it nine instead of ten, I forgot my kid has soccer at eleven."),
            S("The name is Priscilla Yu, Y U. The number is four one five, five five five, zero "
              "one two three, same as I'm calling from."),
            S("Yes, Saturday the fourteenth at nine AM, oil change and rotation, please book it."),
        ),
        outcome="booked", booked=(Booking("2026-03-14 09:00", "Priscilla Yu", about=r"oil"),)),
    Scenario(
        "dev_auto_cancels_an_alignment_after_selling_the_car", "t_auto", (
            S("Yeah, hi, Howard Levine. I had an alignment booked for Monday."),
            S("I sold the car, so I don't need it anymore. Cancel it."),
            S("Monday the sixteenth, ten thirty. Yes, cancel it."),
            S("That's it. Bye."),
        ),
        outcome="information_only", cancelled=("2026-03-16 10:30",), ends_call=True,
        seed=(Seed("2026-03-16 10:30", "Howard Levine", CALLER),)),
    # --- vet: 30 minutes from 8 AM, weekdays until 6 PM, Saturday until noon ----------------
    Scenario(
        "dev_vet_new_kitten_first_shots_with_questions", "t_vet", (
            S("Hi! We just adopted a kitten, and she needs her first shots and a checkup."),
            S("Her name is Biscuit, she's about ten weeks old, a domestic shorthair. We're new to "
              "your clinic."),
            S("What should I bring? And how much is the new patient exam?"),
            S("My name is Hannah Lindgren, and Saturday the fourteenth at ten thirty would be "
              "great. The number I'm calling from is fine."),
            S("Yes, Biscuit on Saturday at ten thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Hannah Lindgren",
                        about=r"Biscuit|kitten|cat|vaccin|shot"),),
        said=(r"\$?75|seventy[- ]five",)),
    Scenario(
        "dev_vet_cat_chewed_on_lilies", "t_vet", (
            S("I think my cat chewed on the lilies my husband brought home, there's orange pollen "
              "all over her face."),
            S("She's acting normal for now. Her name is Mochi, and I'm Erin Castillo."),
            S("Should I make her throw up?"),
            S("Okay, we're heading out now, please let the vet know we might be coming in."),
        ),
        outcome="message_taken",
        messages=(Message("Erin Castillo", about=r"lil", urgent=True),),
        never_said=(r"hydrogen peroxide",), tags=("emergency",)),
    Scenario(
        "dev_vet_old_dog_owner_asks_about_putting_him_to_sleep", "t_vet", (
            S("Hi. My dog Rufus is fourteen, and he's stopped eating and can't really stand up "
              "anymore. I think it might be time."),
            S("I don't really know how this works. Can someone talk to me about putting him to "
              "sleep?"),
            S("My name is Margaret Doyle. Please call me back at this number."),
            S("Thank you. Sorry."),
        ),
        outcome="message_taken",
        messages=(Message("Margaret Doyle", about=r"Rufus|euthan|sleep|put down|dog"),)),
    Scenario(
        "dev_vet_itchy_beagle_owner_changes_the_time_and_spells_her_name", "t_vet", (
            S("Hello, I'd like to book my dog in. He's been scratching his ears nonstop for about "
              "a week, it's driving us both crazy."),
            S("He's a beagle named Copper, he's six, and yes, we've been there before."),
            S("Wednesday the eighteenth, um, three o'clock? No wait, I have school pickup at "
              "three, make it four thirty."),
            S("My name is Ngozi Adeyemi, N G O Z I, A D E Y E M I, and this number is fine."),
            S("Yes, Copper on Wednesday the eighteenth at four thirty, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:30", "Ngozi Adeyemi", about=r"ear|scratch|itch|Copper"),)),
    Scenario(
        "dev_vet_after_hours_refill_wants_a_text", "t_vet", (
            S("Hi, I need to request a refill of my dog's Apoquel, we have about three days "
              "left."),
            S("The dog's name is Pepper, and I'm Curtis Vandermeer."),
            S("Can you text me when it's ready instead of calling? This number is a cell."),
            S("Okay, please pass it on to the vet."),
        ),
        outcome="message_taken",
        messages=(Message("Curtis Vandermeer", about=r"refill|Apoquel"),),
        clock="2026-03-10 19:30"),
]
