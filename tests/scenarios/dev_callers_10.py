"""A tenth development set: 48 scripted callers, six in each of the fleet's eight trades, written
as if transcribed from real calls to small businesses in a mid-sized US city, in the same
held-out-like mix of kinds as the ninth set.

Written by a helper session (branch dev-callers-10) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to ninth development sets' lists; only the
ninth set's module docstring, its KINDS_9 and its test file, for the conventions). The
businesses' facts come only from tenants/profession_data.py and the fleet in tests/factories.py;
the format and the judging from tests/scenarios/catalogue.py's dataclasses and
tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py (every rule of it but
the kinds' numbers: this set keeps its own mix, KINDS_10 below).

What makes it different: the callers are not a test writer's defaults but the people who ring a
dentist, a garage or a plumber on an ordinary week. Older callers ramble a little and give the
context before the request ("I just retired at the end of the year, and with that I lost my
dental insurance ..."); busy parents talk to a child mid-sentence ("sorry, hold on. Mason, put
that down. Okay, sorry."); many call on behalf of someone else (a husband, a father, a tenant's
landlord, a boss, a mother); repeat customers lean on past visits ("same thing as last time",
"the tech was Luis, I think", "the girl who did it last time"); one gives the number first and
the name last; some ask for something sooner or can do "any day but Wednesday"; dates are
relative ("the day after tomorrow", "a week from Friday, the twentieth", "early next week");
yes is often indirect ("I suppose so, yes", "that should be fine", "go for it", "mm-hm"); and a
few correct themselves mid-sentence (a day, a time, a digit of the number). The mix is the
hidden test set's (20 bookings, 8 messages, 6 emergencies, 2 moves and 2 cancellations, 4
question-only calls, 3 asks for a person, 2 callers who speak no English - one Spanish, one
Portuguese - and 1 early hang-up). Calls ring at realistic hours via `clock=`: before opening,
at lunch, in the evening, on a Saturday. Every `Say(..., expect=..., avoid=...)` pattern is
loose and case-insensitive so any good wording passes, and every price, hour and policy it looks
for is the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev10

which prints `RESULT dev10_pass_rate=`, measured and never gated.
Its first run, on main at 4fd363c, before anyone had read a transcript of it: 25/48 = 0.521.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with their name, one who names
only a part of the day picks one of the two first slots of it, and a booking is read back
(`said=`) with its day and time. Only a call with `overrides` carrying a transfer number, inside
opening hours, has a line to transfer to (the caller asks for a person only in the last line);
elsewhere a caller who needs a person leaves a message. An emergency ends with an urgent
message; a routine message is not urgent. A call whose last line says goodbye is hung up by the
receptionist (`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed, silent
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (dev_set_shape.py's KINDS is the earlier sets' mix);
# "language" is the caller who speaks neither English nor Spanish
KINDS_10 = dict(KINDS_HELDOUT_MIX)

_HOURS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven")
_MINUTES = {0: "", 20: " twenty", 30: " thirty", 40: " forty"}


def at(day: int, hhmm: str) -> str:
    """A loose read-back of a March date and a time: "Thursday, March 19th at 9 AM", "the 19th
    at nine", "March 16 at 8:40 a.m."."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    h12, half = hour % 12 or 12, "a" if hour < 12 else "p"
    digits = rf"{h12}(?::00)?" if minute == 0 else rf"{h12}:{minute:02d}"
    spoken = _HOURS[h12 % 12] + _MINUTES[minute]
    date = rf"(?:March {day}(?:st|nd|rd|th)?|\b{day}(?:st|nd|rd|th))\b"
    return rf"{date}.{{0,40}}?(?:\b{digits}\s*{half}\.?\s?m\b|\b{spoken}\b)"


BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold"


DEV_CALLERS_10: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2; hour-long slots) ---------------------------
    Scenario(
        "dev10_dental_longtime_patient_due_for_a_cleaning_next_thursday", "t_dental", (
            S("Good morning. I hope I've got the right office. I've been coming to you people "
              "for, oh, going on twelve years now, and I got the little postcard that says I'm "
              "due for my cleaning. I was hoping for next Thursday, the nineteenth, sometime in "
              "the morning."),
            S("Oh, I've been there plenty of times. Nine o'clock on the nineteenth would suit "
              "me fine."),
            S("Harold Dombrowski."),
            S("Yes, this number's fine, it's the house phone."),
            S("I suppose so, yes."),
            S("Alright, thank you, dear. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 09:00", "Harold Dombrowski", "+13145550162", about="clean"),),
        said=(at(19, "09:00"),), ends_call=True, caller="+13145550162", tags=("booking",)),
    Scenario(
        "dev10_dental_busy_mom_books_her_sons_cleaning_after_school", "t_dental", (
            S("Hi, yes, I need to book a cleaning for my son. Sorry, hold on. Mason, put that "
              "down, please. Okay, sorry. He's seven, and he's been to you before."),
            S("I can do any day but Wednesday, and it has to be after school. Could you do the "
              "day after tomorrow, Thursday, at three?"),
            S("Perfect, three on Thursday. His name is Mason Trujillo."),
            S("Mm-hm, that's my cell."),
            S("Yep, go for it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:00", "Mason Trujillo", "+16365550144",
                        about=r"clean|child|son"),),
        said=(at(12, "15:00"),), clock="2026-03-10 12:35", caller="+16365550144",
        tags=("booking",)),
    Scenario(
        "dev10_dental_wife_books_her_husband_for_a_chipped_filling", "t_dental", (
            S("Hi there. I'm calling for my husband, he's a patient of yours. He chipped a "
              "filling on one of his back teeth on Sunday, eating peanut brittle. He says it "
              "doesn't hurt, but he wants it looked at before it gets worse."),
            S("No pain, no swelling, he says. His next free day is Thursday. No, wait, he's got "
              "physical therapy Thursday. Friday. Friday morning at ten, if you have it?"),
            S("Good. If it can be with whoever he saw last time, great, but it doesn't matter. "
              "It's for Walter Ng. That's N, G."),
            S("Put down my number, please, not his. It's three one four, five five five, zero "
              "one nine seven."),
            S("Yes, that's right."),
            S("Thank you so much. Bye-bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Walter Ng", "+13145550197", about=r"fill|chip"),),
        said=(at(13, "10:00"),), ends_call=True, tags=("booking",)),
    Scenario(
        "dev10_dental_husbands_face_swelling_toward_his_eye", "t_dental", (
            S("Hi, I'm calling about my husband, he's a patient there. He's had a bad tooth up "
              "top for a few days, and this morning the whole side of his face is swollen, it's "
              "going up toward his eye, and now he says it hurts to swallow.",
              r"911|emergency room|\bER\b"),
            S("Oh my God. Okay. Okay, I'll take him right now. Please let the dentist know. I'm "
              "Renata Solberg, his wife."),
            S("Yes, this is my cell, use this one."),
            S("Yes, please."),
        ),
        outcome="message_taken",
        messages=(Message("Renata Solberg", "+15735550116", about=r"swell|swallow|eye|face",
                          urgent=True),),
        clock="2026-03-10 07:50", caller="+15735550116", tags=("emergency",)),
    Scenario(
        "dev10_dental_cancels_monday_to_drive_her_mother_to_surgery", "t_dental", (
            S("Hi, good afternoon. I have an appointment this coming Monday, the sixteenth, at "
              "two o'clock, and I'm going to have to cancel it. My mother's having her knee "
              "surgery that day, and I'm the one driving her."),
            S("It's under Gloria Estevez."),
            S("Yes, please, cancel it."),
            S("No, that's all for now. I'll call back when things settle down. Bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-16 14:00",), ends_call=True,
        seed=(Seed("2026-03-16 14:00", "Gloria Estevez", "+13145550121"),),
        clock="2026-03-10 13:15", caller="+13145550121", tags=("cancel",)),
    Scenario(
        "dev10_dental_retiree_without_insurance_asks_about_costs", "t_dental", (
            S("Hello, good morning. I just retired at the end of the year, and with that I lost "
              "my dental insurance. I've been a patient there a long while. What do you charge "
              "now for a regular cleaning and exam, if I'm paying myself?",
              r"\$?165\b|one hundred (?:and )?sixty[- ]five"),
            S("I see. And do you take those health savings account cards? The HSA?",
              r"\bHSA\b|health savings"),
            S("And if I make an appointment and something comes up, how much notice do you "
              "need?", r"twenty[- ]four|\b24\b"),
            S("Alright. I'll talk it over with my wife and call you back. Thank you, bye now.",
              BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-10 10:05",
        caller="+13145550170", tags=("info",)),
    # --- medical clinic (weekdays 8 to 5; twenty-minute slots) -----------------------------
    Scenario(
        "dev10_clinic_daughter_books_her_fathers_blood_pressure_follow_up", "t_clinic", (
            S("Hi, I'm calling to make an appointment for my father. He's been a patient at your "
              "clinic for years. He needs his six-month follow-up for his blood pressure."),
            S("Sometime early next week, in the morning. He doesn't drive anymore, so it depends "
              "on me. Monday at eight-forty, if you have it?"),
            S("Wonderful. The patient's name is Augustin Ferreira."),
            S("Could you use my number instead? I'm the one who'll bring him. It's five seven "
              "three, five five five, zero one four eight."),
            S("Mm-hm, that's all correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:40", "Augustin Ferreira", "+15735550148",
                        about=r"blood pressure|follow"),),
        said=(at(16, "08:40"),), caller="+15735550102", tags=("booking",)),
    Scenario(
        "dev10_clinic_annual_physical_number_first_name_last", "t_clinic", (
            S("Okay, first, my number is six three six, five five five, zero one three nine, in "
              "case we get cut off, I'm at work. I need to schedule my annual physical. I'm an "
              "established patient."),
            S("I can do any day but Wednesday. Thursday the nineteenth, first thing, eight "
              "o'clock? Actually, no, make it eight-twenty, I have to drop my daughter at "
              "school."),
            S("Good. Oh, and the name. Dwayne Holcomb."),
            S("It's the one I gave you at the start, six three six, five five five, zero one "
              "three nine."),
            S("Go for it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 08:20", "Dwayne Holcomb", "+16365550139",
                        about="physical"),),
        said=(at(19, "08:20"),), clock="2026-03-10 08:10", caller="", tags=("booking",)),
    Scenario(
        "dev10_clinic_new_family_sports_physical_day_after_tomorrow", "t_clinic", (
            S("Hi, my son needs a sports physical before baseball tryouts. We just moved here, so "
              "he's never been seen at your clinic. How much is that, by the way?",
              r"\$?75\b|seventy[- ]five"),
            S("Okay, good. He's out of school at three, so could you do the day after tomorrow, "
              "Thursday, at three-twenty?"),
            S("Great. His name is Tobias Lindqvist."),
            S("Yeah, this number's fine."),
            S("Sounds right to me."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 15:20", "Tobias Lindqvist", "+16365550187",
                        about=r"sport|physical|baseball"),),
        said=(at(12, "15:20"),), clock="2026-03-10 15:30", caller="+16365550187",
        tags=("booking",)),
    Scenario(
        "dev10_clinic_refill_message_pharmacy_faxed_twice", "t_clinic", (
            S("Hi, I need a refill on my lisinopril. My pharmacy says they faxed you twice last "
              "week, and I've only got two pills left.",
              avoid=r"(?:refill|it) (?:is|has been) approved|I(?:'ve| have) approved"),
            S("Yes, I'd like the nurse to call me back about it. My name is Bernadette Okafor."),
            S("This number I'm calling from is my cell, that's fine."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Bernadette Okafor", "+13145550153", about=r"refill|lisinopril"),),
        clock="2026-03-11 09:20", caller="+13145550153", tags=("message",)),
    Scenario(
        "dev10_clinic_mothers_speech_slurred_and_face_drooping", "t_clinic", (
            S("Hi, my mother's a patient there, she's staying with me this week, and all of a "
              "sudden her speech is all slurred and one side of her face looks droopy. Should I "
              "bring her in to you?", r"911"),
            S("Okay. Okay, my husband's calling them right now. Can you tell her doctor? I'm her "
              "daughter, Teresa Castellano."),
            S("Yes, this number."),
            S("Yes. Please."),
        ),
        outcome="message_taken",
        messages=(Message("Teresa Castellano", "+13145550109",
                          about=r"speech|slur|face|droop|stroke", urgent=True),),
        clock="2026-03-10 14:20", caller="+13145550109", tags=("emergency",)),
    Scenario(
        "dev10_clinic_charged_twice_asks_for_billing", "t_clinic", (
            S("Hi, good morning. I had a checkup with you all back in January."),
            S("I'm looking at the statement I got in the mail about it, and something doesn't "
              "look right to me."),
            S("It looks like I was charged twice for the same visit. Is there somebody in "
              "billing I could talk to? A real person, please.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-10 10:30", caller="+13145550176",
        overrides=TRANSFER_LINE, tags=("person",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev10_law_retired_couple_books_a_will_consultation", "t_law", (
            S("Good afternoon. My wife and I are both in our seventies, and our kids have been "
              "after us for ages to get our wills done properly. We'd like to sit down with one "
              "of your attorneys."),
            S("It's just updating our wills, and maybe a trust for the house. Nobody else is "
              "involved and there's no deadline. We could come in a week from Friday, the "
              "twentieth, at ten in the morning."),
            S("Lovely. The name is Clifford Ames."),
            S("Yes, that's our home number."),
            S("I suppose that's right, yes."),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 10:00", "Clifford Ames", "+15735550110",
                        about=r"will|estate|trust"),),
        said=(at(20, "10:00"),), ends_call=True, clock="2026-03-10 14:00",
        caller="+15735550110", tags=("booking",)),
    Scenario(
        "dev10_law_roofer_took_the_deposit_and_vanished", "t_law", (
            S("Yeah, hi. Last fall we paid a roofing company a six-thousand-dollar deposit. They "
              "did maybe one day of work, then stopped showing up, and now they won't answer the "
              "phone. I think I need to talk to a lawyer."),
            S("The company is Sterling Roofing and Gutters, and the owner's a guy named Dale "
              "Pruitt. No court date or anything yet."),
            S("Sometime early next week. Any afternoon except Wednesday. Monday at one?"),
            S("Great. It's Yolanda Brisbane."),
            S("This number's fine."),
            S("Yep, that's it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:00", "Yolanda Brisbane", "+13145550138",
                        about=r"roof|deposit|contract|Sterling"),),
        said=(at(16, "13:00"),), caller="+13145550138", tags=("booking",)),
    Scenario(
        "dev10_law_former_divorce_client_says_support_stopped", "t_law", (
            S("Hi, I was a client there last year, the attorney handled my divorce. My "
              "ex-husband has stopped paying child support. It's been three months now."),
            S("Could she give me a call back when she has a minute? It's not an emergency."),
            S("It's Shonda Whitfield."),
            S("Use my work number. It's three one four, five five five, zero one eight. No, "
              "sorry, zero one two eight. I'm there till five."),
            S("Mm-hm, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Shonda Whitfield", "+13145550128", about=r"support|divorce",
                          urgent=False),),
        caller="+13145550191", tags=("message",)),
    Scenario(
        "dev10_law_office_manager_asks_about_a_lease_review", "t_law", (
            S("Hi, I'm calling from Kessler Heating and Air, I'm the office manager. My boss, "
              "Mr. Kessler, has a commercial lease for a second location, and he'd like an "
              "attorney to look it over before he signs."),
            S("He'd just like a call back about what that would cost and how soon you could do "
              "it. The landlord is Riverside Commons LLC."),
            S("You can put it under my name, Annette Greer. I handle his calls."),
            S("The office number is the one I'm calling from."),
            S("Yes, that's everything."),
        ),
        outcome="message_taken",
        messages=(Message("Annette Greer", "+16365550125", about="lease"),),
        clock="2026-03-10 11:35", caller="+16365550125", tags=("message",)),
    Scenario(
        "dev10_law_eviction_hearing_thursday_and_her_lawyer_quit", "t_law", (
            S("Hi, I need help fast. I got served eviction papers, my hearing is this Thursday "
              "morning, and the lawyer I had just dropped my case yesterday."),
            S("It's Marisol Quintanilla. The landlord is Gateway Property Group."),
            S("Yes, this number, it's my cell."),
            S("Yes. Please have somebody call me today."),
        ),
        outcome="message_taken",
        messages=(Message("Marisol Quintanilla", "+13145550164", about=r"evict|hearing|court",
                          urgent=True),),
        clock="2026-03-10 16:15", caller="+13145550164", tags=("emergency",)),
    Scenario(
        "dev10_law_after_hours_wants_a_real_person_about_a_crash", "t_law", (
            S("Hi, I know it's after hours, I was hoping somebody might still be there. I was in "
              "a car accident on Saturday. The other driver ran a red light and hit my "
              "passenger side."),
            S("I'd really rather talk to a real person about this than a machine. Is anybody "
              "there?"),
            S("Okay. It's Terrence Oduya."),
            S("This number's good."),
            S("Yes, please."),
        ),
        outcome="message_taken",
        messages=(Message("Terrence Oduya", "+15735550133",
                          about=r"accident|crash|red light|car"),),
        clock="2026-03-10 18:40", caller="+15735550133", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev10_plumb_landlord_books_for_his_tenants_slow_tub", "t_plumb", (
            S("Morning. I own a duplex over on Wyoming Street, and my tenant tells me the "
              "bathtub downstairs is barely draining. I need somebody to go out and take a "
              "look."),
            S("It's 4127 Wyoming Street, 63116. The downstairs unit."),
            S("The water's not leaking, it's just slow. She's home Thursdays, so the day after "
              "tomorrow, in the morning?"),
            S("Nine o'clock's better, she works nights."),
            S("Put it under my name, Gerald Ostrowski. I'm the owner."),
            S("That's my cell, yes."),
            S("Yep, go ahead."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Gerald Ostrowski", "+13145550115",
                        about=r"drain|tub|bath"),),
        said=(at(12, "09:00"),), clock="2026-03-10 07:45", caller="+13145550115",
        tags=("booking",)),
    Scenario(
        "dev10_plumb_no_hot_water_same_tech_as_november", "t_plumb", (
            S("Hi, you guys were out here back in November for our water heater, the tech was "
              "Luis, I think. Now we've got no hot water at all since last night."),
            S("Same address, 88 Lindell Court, 63108."),
            S("No, nothing's leaking, it's just cold, and we own the house. What's the first "
              "thing you've got? Actually, my husband's off Friday, so Friday, first thing, "
              "would be best."),
            S("Seven on Friday. The earlier the better."),
            S("Bridget Kavanagh."),
            S("Yeah, this is my cell."),
            S("Mm-hm."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:00", "Bridget Kavanagh", "+13145550147",
                        about=r"hot water|water heater"),),
        said=(at(13, "07:00"),), clock="2026-03-10 09:40", caller="+13145550147",
        tags=("booking",)),
    Scenario(
        "dev10_plumb_old_galvanized_pipes_wants_a_call", "t_plumb", (
            S("Hi there. We bought an older house last summer, and the inspector said all the "
              "pipes are the old galvanized kind. We'd like somebody to call us and talk about "
              "what redoing them would involve. We're not ready to book anything yet."),
            S("Just a call back is fine, no rush at all. My name's Dolores Achebe."),
            S("The best number is the one I'm calling from."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Dolores Achebe", "+16365550162", about=r"pipe|galvaniz|repip"),),
        clock="2026-03-11 11:30", caller="+16365550162", tags=("message",)),
    Scenario(
        "dev10_plumb_sewage_backing_up_into_the_basement_at_night", "t_plumb", (
            S("Yeah, hi, sorry to call so late. Our basement floor drain is backing up. It's "
              "sewage, it smells terrible, and it comes up more every time anybody upstairs "
              "flushes or runs water."),
            S("We've told the kids not to flush anything. Can somebody come out tonight, or "
              "first thing tomorrow? I'm Colleen Mahoney, we're at 2210 Gravois Avenue, 63104."),
            S("Yes, this number."),
            S("Yes, please."),
        ),
        outcome="message_taken",
        messages=(Message("Colleen Mahoney", "+13145550181", about=r"sewage|sewer|drain|back",
                          urgent=True),),
        clock="2026-03-12 20:10", caller="+13145550181", tags=("emergency",)),
    Scenario(
        "dev10_plumb_spanish_caller_with_a_dripping_bathroom_sink", "t_plumb", (
            S("Hola, buenas tardes. Tengo una fuga debajo del lavabo del baño. No es mucha agua, "
              "pero gotea todo el tiempo. ¿Pueden mandar a alguien esta semana?",
              r"español|spanish|ingl[eé]s|english|lo siento|mensaje"),
            S("Me llamo Rosa Elena Quintero."),
            S("Sí, este número está bien."),
            S("Sí, por favor."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Elena Quintero", "+13145550166",
                          about=r"spanish|español|fuga|leak|lavabo|sink|gotea|drip"),),
        clock="2026-03-10 13:30", caller="+13145550166", tags=("spanish",)),
    Scenario(
        "dev10_plumb_what_it_costs_to_come_out_and_weekend_hours", "t_plumb", (
            S("Hi, quick question before I call around. What do you charge just to come out and "
              "look at something?", r"\$?89\b|eighty[- ]nine"),
            S("And are you guys open on Saturdays?", r"\b7(?::00)?\s*a\.?\s?m\b|seven"),
            S("What about Sunday?", r"closed|not open|aren't open"),
            S("Okay, that's what I needed. I'll call back in the morning. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-13 17:20",
        caller="+15735550177", tags=("info",)),
    # --- salon (Tuesday to Saturday, Thursdays to 8, Saturdays 9 to 5; hour-long slots) ----
    Scenario(
        "dev10_salon_same_color_as_last_time_saturday_morning", "t_salon", (
            S("Hi! I was in about six weeks ago for color, just the all-over color, and I'd like "
              "to get the same thing again. It was ninety-five, right?"),
            S("I don't remember her name, the girl who did it last time, but honestly, anyone is "
              "fine. Saturday morning, the fourteenth, at nine?"),
            S("Perfect. It's Alondra Sheffield."),
            S("Yes, that's my cell."),
            S("Sounds good."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Alondra Sheffield", "+13145550149",
                        about=r"colou?r"),),
        said=(r"\$?95\b|ninety[- ]five", at(14, "09:00")), clock="2026-03-10 11:10",
        caller="+13145550149", tags=("booking",)),
    Scenario(
        "dev10_salon_mom_wants_the_latest_thursday_evening_cut", "t_salon", (
            S("Hi, I need a haircut. Sorry, one sec. No, you can have the granola bar after "
              "dinner. Sorry! A women's cut. I can only do evenings. You're open late on "
              "Thursdays, right?", r"\b8(?::00)?\s*p\.?\s?m\b|eight"),
            S("Anyone's fine. Thursday the nineteenth, the latest you've got, like seven?"),
            S("Seven on the nineteenth, great. The name's Kelsey Brandt."),
            S("Yeah, this is my cell."),
            S("Yep, go for it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Kelsey Brandt", "+16365550108",
                        about=r"women|cut"),),
        said=(at(19, "19:00"),), clock="2026-03-11 19:35", caller="+16365550108",
        tags=("booking",)),
    Scenario(
        "dev10_salon_monthly_trim_asks_for_something_sooner", "t_salon", (
            S("Morning. I come in every month or so for a trim, a men's haircut. I was going to "
              "ask for next Friday, but do you have anything sooner? This Friday afternoon would "
              "suit me better, the thirteenth."),
            S("Doesn't matter who. Whoever's free."),
            S("One o'clock is good."),
            S("Name's Leonard Fishbach. F, I, S, H, B, A, C, H."),
            S("That's the house phone, that's fine."),
            S("Yes, that's right."),
            S("Thank you. Bye-bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Leonard Fishbach", "+13145550112",
                        about=r"men|trim|cut"),),
        said=(at(13, "13:00"),), ends_call=True, clock="2026-03-10 10:20",
        caller="+13145550112", tags=("booking",)),
    Scenario(
        "dev10_salon_moves_a_friday_blowout_to_saturday", "t_salon", (
            S("Hi, I have a blowout on Friday at three, and something came up at work. Could I "
              "push it to Saturday morning instead?"),
            S("Tamika Rollins."),
            S("Ten o'clock Saturday."),
            S("Yes, please."),
            S("That's all. Thank you, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Tamika Rollins",
                                          "+13145550136"),),
        cancelled=("2026-03-13 15:00",), ends_call=True,
        seed=(Seed("2026-03-13 15:00", "Tamika Rollins", "+13145550136"),),
        clock="2026-03-10 16:45", caller="+13145550136", tags=("move",)),
    Scenario(
        "dev10_salon_mother_of_the_bride_wants_a_call_back", "t_salon", (
            S("Hi there! My daughter is getting married on June sixth, and we're hoping to have "
              "hair done for her and five bridesmaids that morning. Is that something you all "
              "do?"),
            S("Could someone who handles the weddings give me a call back? It's Francine "
              "Delgado."),
            S("The best number is this one."),
            S("Yes, that's perfect."),
        ),
        outcome="message_taken",
        messages=(Message("Francine Delgado", "+15735550141", about=r"wedding|brid"),),
        clock="2026-03-14 11:15", caller="+15735550141", tags=("message",)),
    Scenario(
        "dev10_salon_first_balayage_prices_and_running_late", "t_salon", (
            S("Hi, I'm thinking about getting a balayage for the first time. How much do you "
              "charge for that?", r"\$?195\b|one hundred (?:and )?ninety[- ]five"),
            S("Okay. And if I'm running a little late, like with traffic, what happens?",
              r"fifteen|\b15\b"),
            S("Are you open on Mondays? That's my day off.", r"closed|not open|aren't open"),
            S("Alright, let me look at my calendar and I'll call back. Thanks, bye!", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-11 12:10",
        caller="+13145550185", tags=("info",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays 12 to 4; half hours) -----
    Scenario(
        "dev10_homes_preapproved_couple_wants_to_see_magnolia", "t_homes", (
            S("Yes, hi, we saw the listing for the three-bedroom at 519 Magnolia Avenue, and we'd "
              "love to go see it. We're already pre-approved."),
            S("We're buying, yes. Could we see it Saturday, the fourteenth, at eleven-thirty? My "
              "husband's off that day."),
            S("Wonderful. The name's Jasmine Oyelaran."),
            S("Yes, that number's fine."),
            S("That should be fine."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Jasmine Oyelaran", "+13145550119",
                        about=r"show|magnolia|519"),),
        said=(at(14, "11:30"),), clock="2026-03-10 09:15", caller="+13145550119",
        tags=("booking",)),
    Scenario(
        "dev10_homes_widow_ready_to_sell_corrects_the_day", "t_homes", (
            S("Hello. My husband passed away last spring, and the house is really too much for "
              "me to keep up by myself now, so I think it's time to sell. I'd like somebody to "
              "come and talk to me about it."),
            S("It's my own house, 1402 Bellerive Drive. I've never listed it with anybody, and "
              "there's no rush, maybe by summer."),
            S("Mornings are best for me. Wednesday the eighteenth, at ten? Oh, no, that's my "
              "hair appointment. Thursday the nineteenth, at ten."),
            S("Good. My name is Dorothea Kimball."),
            S("Yes, dear, that's my phone."),
            S("Yes, I believe that's right."),
            S("Thank you so much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 10:00", "Dorothea Kimball", "+16365550193",
                        about=r"sell|valu|list"),),
        said=(at(19, "10:00"),), ends_call=True, clock="2026-03-10 10:40",
        caller="+16365550193", tags=("booking",)),
    Scenario(
        "dev10_homes_relocating_renter_wants_a_sunday_showing", "t_homes", (
            S("Hey, I'm relocating for a job and I start April first. I saw you've got a "
              "one-bedroom for rent at 77 Delmar Boulevard, unit 3B. Can I see it this "
              "weekend?"),
            S("Yeah, I'm renting. I'm driving in Saturday, so Sunday afternoon would be best, "
              "the fifteenth."),
            S("Twelve-thirty on Sunday works."),
            S("It's Marcus Abernathy."),
            S("Actually, use my cell instead, this is my work phone. It's five one two, five "
              "five five, zero one seven three."),
            S("Yep, go for it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 12:30", "Marcus Abernathy", "+15125550173",
                        about=r"rent|delmar|3B"),),
        said=(at(15, "12:30"),), clock="2026-03-10 13:05", caller="+13145550158",
        tags=("booking",)),
    Scenario(
        "dev10_homes_renting_out_moms_house_call_back_after_four", "t_homes", (
            S("Hi, I'm calling about my mom's house. She moved into assisted living in January, "
              "and we're thinking about renting it out instead of selling. Do you all manage "
              "rentals?"),
            S("Could somebody just call me back to talk it through? I work days, so after four "
              "is best."),
            S("Curtis Pennington."),
            S("Yeah, this number."),
            S("That's right."),
        ),
        outcome="message_taken",
        messages=(Message("Curtis Pennington", "+13145550104", about=r"rent|manag|mom|mother"),),
        clock="2026-03-10 12:30", caller="+13145550104", tags=("message",)),
    Scenario(
        "dev10_homes_tenant_smells_gas_in_the_townhouse", "t_homes", (
            S("Hi, I rent a townhouse through you guys on Pershing Avenue, and there's a really "
              "strong gas smell in the kitchen. It just hit me when I walked in from work.",
              r"911|leave|get out|outside"),
            S("Okay, we're outside now, on the sidewalk. Can you let the property manager know? "
              "This is Wendell Brooks."),
            S("Yes, the number I'm calling from."),
            S("Yes."),
        ),
        outcome="message_taken",
        messages=(Message("Wendell Brooks", "+13145550188", about="gas", urgent=True),),
        clock="2026-03-10 17:40", caller="+13145550188", tags=("emergency",)),
    Scenario(
        "dev10_homes_buyer_wants_the_bearded_agent_for_an_offer", "t_homes", (
            S("Hi, good morning. My wife and I toured the house on Sycamore Lane last Sunday with "
              "one of your agents, a tall fellow with a beard. I didn't catch his last name."),
            S("We've been going back and forth about it all week, and we keep coming back to "
              "it."),
            S("We'd like to talk to him about putting in an offer. Can you put me through to "
              "him, or to whoever can help?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, clock="2026-03-14 11:00", caller="+15735550106",
        overrides=TRANSFER_LINE, tags=("person",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour-long slots) --------------
    Scenario(
        "dev10_auto_the_usual_oil_change_a_week_from_friday", "t_auto", (
            S("Hey, it's me again. I was in back in December for an oil change on my truck, and "
              "it's about due. Same thing as last time."),
            S("It's a 2019 Toyota Tacoma, about sixty-two thousand miles."),
            S("I'll drop it off on my way to work. A week from Friday, the twentieth, at "
              "seven-thirty?"),
            S("Great. It's Ray Castellanos."),
            S("Yep, this is my cell."),
            S("Mm-hm, that's it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-20 07:30", "Ray Castellanos", "+13145550142", about="oil"),),
        said=(at(20, "07:30"),), clock="2026-03-10 07:10", caller="+13145550142",
        tags=("booking",)),
    Scenario(
        "dev10_auto_daughter_books_her_dads_check_engine_light", "t_auto", (
            S("Hi, I'm calling about my dad's car. He's eighty-one, and the check engine light "
              "came on, and he's worried sick about it. It's a 2012 Buick LaCrosse."),
            S("It's steady, not flashing, and he says it drives fine. How much is it for you to "
              "check that?", r"\$?129\b|one hundred (?:and )?twenty[- ]nine"),
            S("Okay. I can bring it over myself on Monday, early. Eight-thirty? That's the "
              "sixteenth."),
            S("Put it under his name, Eugene Marchetti."),
            S("Better call me, I'm handling it. Three one four, five five five, zero one five "
              "nine."),
            S("Yes, that's all right."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 08:30", "Eugene Marchetti", "+13145550159",
                        about=r"check engine|engine light|diagnos"),),
        said=(at(16, "08:30"),), clock="2026-03-10 11:25", caller="+13145550103",
        tags=("booking",)),
    Scenario(
        "dev10_auto_honda_in_the_shop_since_friday_wants_an_update", "t_auto", (
            S("Hi, my Honda's been in the shop since Friday for the transmission thing, and "
              "nobody's called me yet. I was just wondering where it's at."),
            S("Could the service advisor give me a call when he knows something? The name's "
              "Patrice Wellington."),
            S("Call me at five seven three, five five five, zero one nine four. This is my work "
              "phone and I can't always pick up."),
            S("Yes, that's it."),
        ),
        outcome="message_taken",
        messages=(Message("Patrice Wellington", "+15735550194",
                          about=r"honda|transmission|update|status"),),
        clock="2026-03-11 16:45", caller="+15735550120", tags=("message",)),
    Scenario(
        "dev10_auto_cancels_the_inspection_the_car_already_sold", "t_auto", (
            S("Hi, I've got an appointment Thursday for a pre-purchase inspection on a car I was "
              "going to buy, but the guy sold it to somebody else, so I need to cancel."),
            S("It'd be under Nadia Farouk."),
            S("Yeah, go ahead."),
            S("No, that's it. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 10:30",), ends_call=True,
        seed=(Seed("2026-03-12 10:30", "Nadia Farouk", "+13145550131"),),
        clock="2026-03-10 12:50", caller="+13145550131", tags=("cancel",)),
    Scenario(
        "dev10_auto_portuguese_caller_wants_an_oil_change", "t_auto", (
            S("Oi, bom dia. Eu queria marcar um horário para trocar o óleo do meu carro, um Honda "
              "Civic 2017. Vocês falam português?", r"english|ingl[eê]s|portugu"),
            S("Meu nome é Paulo Mendes."),
            S("Sim, esse número está certo."),
            S("Sim, pode ser."),
        ),
        outcome="message_taken",
        messages=(Message("Paulo Mendes", "+15085550127",
                          about=r"portugu|óleo|oleo|oil|civic|honda|language|english"),),
        clock="2026-03-10 10:15", caller="+15085550127", tags=("language",)),
    Scenario(
        "dev10_auto_grinding_brakes_then_the_line_goes_quiet", "t_auto", (
            S("Yeah, hi, I've got a 2015 Silverado, and there's this grinding noise when I hit "
              "the brakes, it started like a week ago, and"),
            S("Oh, shoot, hang on, my boss is waving at me. Hang on one sec."),
            silent(r"still there|are you there|hello|take your time"),
            silent(r"bye|call (?:us )?back"),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 14:05", caller="+13145550195",
        tags=("hangup",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half hours) ---------------------
    Scenario(
        "dev10_vet_shelter_puppy_needs_her_shots", "t_vet", (
            S("Hi! We just adopted a puppy from the shelter on Saturday, and she needs her "
              "shots. We've never been to your clinic before."),
            S("Oh, no, she's perfectly healthy, no emergency. She just needs her vaccines and a "
              "checkup. Her name's Biscuit, she's a beagle mix, about four months old."),
            S("Could we do Saturday morning, the fourteenth? Around nine. Well, nine-thirty, she "
              "has to go out first."),
            S("Great. I'm Haley Sorensen."),
            S("Yes, this number's good."),
            S("Yep!"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:30", "Haley Sorensen", "+13145550117",
                        about=r"vaccin|shot|puppy|check|wellness|new"),),
        said=(at(14, "09:30"),), clock="2026-03-10 09:05", caller="+13145550117",
        tags=("booking",)),
    Scenario(
        "dev10_vet_old_cat_drinking_a_lot_early_next_week", "t_vet", (
            S("Hello, yes. I have an old cat, Mittens, she's fifteen, and you folks have seen "
              "her for years. She's been drinking an awful lot of water lately, and she's gotten "
              "thin. My wife says I ought to bring her in."),
            S("No, no, she's eating and getting around fine, it's not an emergency. I'd just "
              "like her looked at. Early next week, if you have something. Tuesday morning?"),
            S("Eight-thirty would be better. She hates the carrier, and it takes me a while to "
              "get her in it."),
            S("Stanley Wojcik."),
            S("Yes, the number is fine."),
            S("That should be fine."),
            S("Thank you kindly. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:30", "Stanley Wojcik", "+13145550150",
                        about=r"drink|thin|weight|water|sick|cat|mittens"),),
        said=(at(17, "08:30"),), ends_call=True, clock="2026-03-10 08:05",
        caller="+13145550150", tags=("booking",)),
    Scenario(
        "dev10_vet_moves_the_dogs_friday_visit_around_a_work_trip", "t_vet", (
            S("Hi, I need to move my dog's appointment. It's this Friday at four, and I just got "
              "put on a work trip."),
            S("Darnell Hughes."),
            S("Any day next week except Wednesday. Thursday the nineteenth at four again, if you "
              "have it?"),
            S("Yes, go ahead."),
            S("Thanks, that's all. Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-19 16:00", "Darnell Hughes",
                                          "+13145550165"),),
        cancelled=("2026-03-13 16:00",), ends_call=True,
        seed=(Seed("2026-03-13 16:00", "Darnell Hughes", "+13145550165"),),
        clock="2026-03-10 17:15", caller="+13145550165", tags=("move",)),
    Scenario(
        "dev10_vet_cat_chewed_the_birthday_lilies", "t_vet", (
            S("Hi, um, my cat was chewing on the lilies my sister sent me for my birthday. I "
              "found bits of leaf all over the floor. I read online that lilies are bad for "
              "cats?", r"emergency|right away|right now|come in|poison"),
            S("Okay. I'm putting her in the carrier now. It's Gabriela Moncada."),
            S("Yes, this cell number."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Gabriela Moncada", "+16365550151", about="lil", urgent=True),),
        clock="2026-03-10 15:40", caller="+16365550151", tags=("emergency",)),
    Scenario(
        "dev10_vet_apoquel_refill_for_rufus", "t_vet", (
            S("Hi, this is about a refill. My dog Rufus takes Apoquel for his itching, and we're "
              "down to about three pills."),
            S("Can the vet call it in, or have somebody call me back? My name is Lorraine "
              "Whitaker."),
            S("The one I'm calling from is fine."),
            S("Yes, that's right."),
        ),
        outcome="message_taken",
        messages=(Message("Lorraine Whitaker", "+13145550179", about=r"refill|apoquel|rufus"),),
        clock="2026-03-11 12:40", caller="+13145550179", tags=("message",)),
    Scenario(
        "dev10_vet_rabies_shot_microchip_and_saturday_hours", "t_vet", (
            S("Hi, I just have a couple of quick questions. How much is a rabies shot for a "
              "dog?", r"\$?30\b|thirty"),
            S("And do you do microchips? What does that run?", r"\$?50\b|fifty"),
            S("Are you open at all on Saturdays?",
              r"noon|\b12(?::00)?\s*p\.?\s?m\b|twelve|\b8(?::00)?\s*a\.?\s?m\b|eight"),
            S("Great, thank you. I'll call back to set it up. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-12 18:30",
        caller="+15735550168", tags=("info",)),
]
