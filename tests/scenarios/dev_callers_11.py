"""An eleventh development set: 48 scripted callers, six in each of the fleet's eight trades,
written as an independent QA engineer at another company would write them to test a receptionist
product they have never seen: the realistic spread of a small business's week, in the same mix of
kinds as the ninth and tenth sets.

Written by a helper session (branch dev-callers-11) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to tenth development sets' lists; only the
tenth set's module docstring, its helper definitions and its first three callers, and its test
file, for the conventions). The businesses' facts come only from tenants/profession_data.py and
the fleet in tests/factories.py; the format and the judging from tests/scenarios/catalogue.py's
dataclasses and tests/scenarios/harness.py; the shape from tests/scenarios/dev_set_shape.py
(every rule of it but the kinds' numbers: this set keeps its own mix, KINDS_11 below).

What makes it different: each caller is a distinct person with their own age, mood and reason to
call (a man embarrassed he has not seen a dentist in six years, a widow whose neighbour drives
her, a teenager buying his first car off Marketplace, a property manager shopping for a plumber,
a retired couple finally making wills, a mother whose son was arrested overnight), in plain,
natural phone English, neither polished prose nor recogniser garble. How much a caller says per
line varies: some give everything in one breath, some a little at a time, some answer a question
with a question, many stop in the middle of booking to ask something the business's own facts
answer (the price, whether the first meeting is free, how long it takes, which insurance, what
to bring) and then carry on, and one changes their mind once. The emergencies are each trade's
real ones told the way a frightened person tells them, without the keyword: a tooth knocked out
by a hockey stick on a Saturday, a male cat in and out of the litter box, smoke from under the
hood on the highway shoulder with the kids in the back, water pouring through a kitchen ceiling
on a Sunday morning, a son in the county jail before his first court appearance, a mother whose
words are slurred and mouth drooping. The mix is the hidden test set's (20 bookings, 8 messages,
6 emergencies, 2 moves and 2 cancellations, 4 question-only calls, 3 asks for a person, 2 callers
who speak no English - one Spanish, one Mandarin, written as a recogniser writes it, with the
English name the caller uses - and 1 caller whose line drops). Calls ring at realistic hours via
`clock=`: before opening, at lunch, in the evening, on a Saturday and a Sunday, and one on a day
the business is closed. Every `Say(..., expect=..., avoid=...)` pattern is loose and
case-insensitive so any good wording passes, and every price, hour and policy it looks for is
the business's own (profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev11

which prints `RESULT dev11_pass_rate=`, measured and never gated.
Its first run, on main at 1c2a818 (the set itself at f43490c), before anyone had read a transcript
of it: 33/48 = 0.688.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked: a caller who names an exact time follows it with their name in the same
line, and a booking is read back (`said=`) with its day and time. Only a call with `overrides`
carrying a transfer number, inside opening hours, has a line to transfer to (the caller asks
for a person only in the last line); elsewhere a caller who needs a person leaves a message. An
emergency ends with an urgent message; a routine message is not urgent (the buyer who wants to
make an offer through a named agent is left unjudged on urgency). A call whose last line says
goodbye is hung up by the receptionist (`ends_call=True`); one that ends on a yes is not.
"""

from __future__ import annotations

from tests.scenarios.catalogue import TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed, silent
from tests.scenarios.dev_set_shape import KINDS_HELDOUT_MIX

S = Say
TRANSFER_LINE = {"transfer_number": TRANSFER_NUMBER}  # a line to put a caller through to

# this set's own numbers of each kind (dev_set_shape.py's KINDS is the earlier sets' mix);
# "language" is the caller who speaks neither English nor Spanish
KINDS_11 = dict(KINDS_HELDOUT_MIX)

_WORDS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven")
_MINUTE_WORDS = {10: "ten", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}


def when(weekday: str, day: int, hhmm: str) -> str:
    """A loose read-back of a March day and a time: "Thursday, March 12th at 10 AM", "the 12th
    at ten", "Thursday at 10:00 a.m.", "Friday the 13th at three forty"."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    h12 = hour % 12 or 12
    if minute == 0:
        digits = rf"\b{h12}(?::00)?(?![\d:]|st\b|nd\b|rd\b|th\b)"
        spoken = rf"\b{_WORDS[h12 % 12]}\b(?![- ](?:ten|fifteen|twenty|thirty|forty|fifty))"
    else:
        digits = rf"\b{h12}:{minute:02d}"
        spoken = rf"\b{_WORDS[h12 % 12]}[- ]{_MINUTE_WORDS[minute]}\b"
    date = rf"(?:{weekday}|March {day}\b|\b{day}(?:st|nd|rd|th)\b)"
    return rf"{date}.{{0,60}}?(?:{digits}|{spoken})"


BYE = r"bye"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|moment"
FREE = r"free|no charge|no cost|complimentary|\b0\b|zero|nothing|doesn't cost|does not cost"


DEV_CALLERS_11: list[Scenario] = [
    # --- dental (weekdays 8 to 5, Fridays to 2, closed weekends; hour-long slots) ----------
    Scenario(
        "dev11_dental_embarrassed_new_patient_asks_the_price_first", "t_dental", (
            S("Hi, um. So I haven't been to a dentist in like six years, and I'm kind of "
              "embarrassed about it. I'd like to come in for a cleaning and a checkup. I've never "
              "been to your office before."),
            S("Before we go any further, how much is that for a new patient? I don't have "
              "dental insurance right now.", r"275|two hundred (?:and )?seventy[- ]five"),
            S("Okay, that's doable. Do you have anything Thursday morning, like ten o'clock? My "
              "name is Jordan Reyes."),
            S("Yeah, the number I'm calling from is my cell, that's fine."),
            S("Yes, go ahead and book it."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:00", "Jordan Reyes", "+17735550126",
                        about=r"new patient|clean|exam|check"),),
        said=(when("Thursday", 12, "10:00"),), ends_call=True, clock="2026-03-10 07:45",
        caller="+17735550126", tags=("booking",)),
    Scenario(
        "dev11_dental_crown_came_off_friday_at_one_on_his_work_number", "t_dental", (
            S("Yeah, hi, I'm a patient there. My crown came off this morning eating a bagel. "
              "Doesn't hurt or anything, I've got it in a little baggie."),
            S("No pain, no swelling. Friday's my day off, can you fit me in Friday at one? "
              "Name's Terrence Boyd."),
            S("Oh, do you guys take Delta Dental? That's what I have through work.",
              r"ppo|verif|check|benefit|confirm|most major"),
            S("And put down my work number, not this one. It's five one zero, five five five, "
              "zero one three eight."),
            S("Yep, that's all right, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 13:00", "Terrence Boyd", "+15105550138", about=r"crown"),),
        said=(when("Friday", 13, "13:00"),), clock="2026-03-10 12:20", caller="+15105550172",
        tags=("booking",)),
    Scenario(
        "dev11_dental_cleaning_changes_from_monday_to_tuesday", "t_dental", (
            S("Hi there, I'm due for my six-month cleaning. I've been coming to you for years."),
            S("Monday the sixteenth, first thing in the morning, eight o'clock if you have it. "
              "It's Priscilla Okafor."),
            S("Oh wait, no, I'm sorry, Monday I have jury duty. Make it Tuesday the "
              "seventeenth instead, same time, eight o'clock. Priscilla Okafor."),
            S("Yes, this number is good."),
            S("Yes please."),
            S("Thank you so much. Good night, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 08:00", "Priscilla Okafor", "+12155550116",
                        about=r"clean"),),
        said=(when("Tuesday", 17, "08:00"),), ends_call=True, clock="2026-03-11 18:30",
        caller="+12155550116", tags=("booking",)),
    Scenario(
        "dev11_dental_billing_question_about_a_statement", "t_dental", (
            S("Hi, I got a statement in the mail from you guys for forty-two dollars, and I'm "
              "pretty sure my insurance was supposed to cover that visit. Can somebody from "
              "billing call me?"),
            S("It's Gloria Mendes. M, E, N, D, E, S."),
            S("You can call me back at the number I'm calling from. Any time after three is "
              "best."),
            S("Yes, that's right."),
            S("Okay, thank you. Bye now.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Gloria Mendes", "+14125550147",
                          about=r"bill|statement|insurance|charge|forty|42", urgent=False),),
        ends_call=True, clock="2026-03-11 12:15", caller="+14125550147", tags=("message",)),
    Scenario(
        "dev11_dental_hockey_stick_knocks_out_a_front_tooth_on_saturday", "t_dental", (
            S("Oh my God, okay. My son just took a hockey stick to the face, his front tooth came "
              "right out, like the whole thing, root and everything, and his mouth is bleeding. "
              "I've got the tooth. Is anybody there?",
              r"911|emergency|urgent|right away|immediately|as soon as"),
            S("He's twelve. He's breathing fine, he's just crying. I'm his dad, Marcus Webb. "
              "Please, I need somebody to call me back."),
            S("This cell. Six one seven, five five five, zero one eight one."),
            S("Yes. Please hurry."),
        ),
        outcome="message_taken",
        messages=(Message("Marcus Webb", "+16175550181",
                          about=r"tooth|knock|hockey|mouth|bleed", urgent=True),),
        clock="2026-03-14 10:30", caller="+16175550181", tags=("emergency",)),
    Scenario(
        "dev11_dental_cancels_thursday_for_a_double_shift", "t_dental", (
            S("Hi, this is Denise Carter. I have an appointment on Thursday at three and I need "
              "to cancel it. They put me on a double shift at the hospital."),
            S("Denise Carter. Thursday the twelfth, at three o'clock."),
            S("Yes, cancel it please. I'll call back to reschedule when I get my new schedule.",
              r"cancel"),
            S("No, that's everything. Thanks, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 15:00",), ends_call=True,
        seed=(Seed("2026-03-12 15:00", "Denise Carter", "+13305550124"),),
        clock="2026-03-10 08:05", caller="+13305550124", tags=("cancel",)),
    # --- veterinary (weekdays 8 to 6, Saturdays 8 to noon; half-hour slots) ---------------
    Scenario(
        "dev11_vet_new_puppy_shots_and_a_microchip", "t_vet", (
            S("Hi! We just adopted a puppy, she's ten weeks old, a little lab mix, and she needs "
              "her shots. We've never been to you before."),
            S("Her name's Pepper. Oh, and do you do microchips? How much is that?",
              r"\b50\b|fifty"),
            S("Okay, let's do that too. Is Monday after work possible, like five thirty? I'm "
              "Kayla Brennan."),
            S("Yes, this is my cell."),
            S("Yep, sounds good, book it."),
            S("Oh, and should I bring the papers the shelter gave us?",
              r"record|papers|vaccin|bring"),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 17:30", "Kayla Brennan", "+17205550163",
                        about=r"puppy|vaccin|shot|microchip|new|pepper|dog"),),
        said=(when("Monday", 16, "17:30"),), clock="2026-03-14 09:15", caller="+17205550163",
        tags=("booking",)),
    Scenario(
        "dev11_vet_widow_books_her_old_cat_off_his_food", "t_vet", (
            S("Hello, dear. My cat Whiskers, he's fourteen, he's been a bit off his food the last "
              "few days and he's sleeping more than usual. I'd like the doctor to take a look at "
              "him."),
            S("Oh, I've been coming there for years, since my old dog. Whiskers is a cat, a gray "
              "tabby."),
            S("I can't get there until Thursday, my neighbor drives me. Could we say Thursday at "
              "ten thirty? My name is Eleanor Pruitt."),
            S("That number's fine, dear, it's my home phone."),
            S("Yes, that's lovely. And what will the visit cost me?",
              r"\b85\b|eighty[- ]five"),
            S("Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:30", "Eleanor Pruitt", "+15035550119",
                        about=r"food|eat|appetite|sleep|sick|whiskers|cat"),),
        said=(when("Thursday", 12, "10:30"),), ends_call=True, caller="+15035550119",
        tags=("booking",)),
    Scenario(
        "dev11_vet_male_cat_in_and_out_of_the_litter_box_after_hours", "t_vet", (
            S("Hi, I know you're closed, I'm sorry. My cat Milo keeps going in and out of his "
              "litter box and he's crying, like really yowling, and nothing comes out. He's been "
              "doing it since this morning and now he's hiding under the bed.",
              r"emergency (?:animal |vet)|emergency hospital|24|twenty[- ]four|right away|"
              r"immediately"),
            S("He's a boy, he's four. Oh God. Is it bad? Can it wait until you open in the "
              "morning?",
              r"emergency (?:animal |vet)|emergency hospital|24|twenty[- ]four|right away|"
              r"immediately|don't wait|not wait"),
            S("Okay. Okay, I'm going. Can you let the vet know in the morning? My name is Sofia "
              "Marchetti."),
            S("It's this number, the one I'm calling from."),
            S("Yes. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Sofia Marchetti", "+16465550152",
                          about=r"urin|pee|litter|strain|block|milo|cat", urgent=True),),
        clock="2026-03-10 19:10", caller="+16465550152", tags=("emergency",)),
    Scenario(
        "dev11_vet_refill_for_an_old_shepherds_arthritis_pills", "t_vet", (
            S("Hi, I need to get a refill on my dog's arthritis pills, he's got maybe five left. "
              "His name's Rocky, he's a twelve-year-old shepherd."),
            S("It's the carprofen, the seventy-five milligram ones. I'm Dean Kowalski."),
            S("Call me on my cell, not this phone. Seven one eight, five five five, zero one "
              "nine four."),
            S("Yes, that's right."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dean Kowalski", "+17185550194",
                          about=r"refill|carprofen|arthritis|pill|medic|rocky", urgent=False),),
        ends_call=True, clock="2026-03-11 12:40", caller="+17185550107", tags=("message",)),
    Scenario(
        "dev11_vet_spanish_speaker_wants_her_dog_vaccinated", "t_vet", (
            S("Hola, buenas tardes. ¿Hablan español? Necesito una cita para vacunar a mi "
              "perrita."),
            S("Me llamo Rosa Castillo. Mi perrita se llama Luna, tiene un año."),
            S("Sí, este número está bien. Cuatro uno cinco, cinco cinco cinco, cero uno tres "
              "seis."),
            S("Sí, por favor. Gracias."),
        ),
        outcome="message_taken",
        messages=(Message("Rosa Castillo", "+14155550136",
                          about=r"spanish|español|espanol|vacun|vaccin|cita|appointment|shot|"
                                r"luna|perr|dog",
                          urgent=False),),
        clock="2026-03-12 15:20", caller="+14155550136", tags=("spanish",)),
    Scenario(
        "dev11_vet_dad_asks_about_a_guinea_pig_and_saturday_hours", "t_vet", (
            S("Hi, quick question. My daughter just got a guinea pig. Do you guys see guinea "
              "pigs, or just dogs and cats?", r"dogs and cats"),
            S("Okay. And are you open on Saturdays?", r"(?:8|eight).{0,40}(?:12|noon|twelve)"),
            S("And how much is a regular checkup for a cat, just so I know?",
              r"\b65\b|sixty[- ]five"),
            S("Great, that's all I needed. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 16:00",
        caller="+19085550133", tags=("info",)),
    # --- salon (Tuesday to Friday from 10, Thursdays to 8, Saturdays 9 to 5; hour slots) --
    Scenario(
        "dev11_salon_trim_late_thursday_after_asking_the_price", "t_salon", (
            S("Hi, I'd like to book a haircut. Just a trim really, my ends are a mess."),
            S("How much is a women's cut?", r"\b65\b|sixty[- ]five"),
            S("Okay. I've been there once before, I don't remember who I had. Anyone's fine."),
            S("Do you have anything late Thursday? Like seven o'clock? I work until six thirty. "
              "I'm Bianca Russo."),
            S("Yes, this is my cell."),
            S("Yes please, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 19:00", "Bianca Russo", "+13125550177",
                        about=r"cut|trim|hair"),),
        said=(when("Thursday", 12, "19:00"),), clock="2026-03-10 10:30", caller="+13125550177",
        tags=("booking",)),
    Scenario(
        "dev11_salon_mens_cut_saturday_nine_in_one_breath", "t_salon", (
            S("Yeah, hi, men's haircut, this Saturday at nine if you've got it, name's Derek "
              "Olsen, number's the one I'm calling from."),
            S("Any barber's fine. I've been in before."),
            S("Yep, that all works."),
            S("Cool, thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Derek Olsen", "+16155550128",
                        about=r"men|cut|hair"),),
        said=(when("Saturday", 14, "09:00"),), ends_call=True, clock="2026-03-12 08:40",
        caller="+16155550128", tags=("booking",)),
    Scenario(
        "dev11_salon_box_dye_brunette_wants_balayage_books_a_consultation", "t_salon", (
            S("Hi, so I've been thinking about going blonde, like a balayage. I'm dark brown "
              "right now, box dye, and my hair's long and really thick. How much does that run?",
              r"195|ninety[- ]five|consult"),
            S("Okay, yeah, that makes sense. Let's do a consultation first then. Is that free?",
              FREE),
            S("I've never been to you before. Wednesday the eighteenth at five works for me. My "
              "name is Tamika Jones."),
            S("Yes, you can reach me at this number."),
            S("Yes, that's perfect."),
            S("Perfect, thank you, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 17:00", "Tamika Jones", "+14045550185",
                        about=r"consult|colou?r|balayage|blonde"),),
        said=(when("Wednesday", 18, "17:00"),), ends_call=True, clock="2026-03-14 13:00",
        caller="+14045550185", tags=("booking",)),
    Scenario(
        "dev11_salon_brassy_highlights_on_a_closed_monday", "t_salon", (
            S("Hi, I had my highlights done there last Wednesday with Jess, and honestly they "
              "came out really brassy, almost orange. I'm not happy and I'd like somebody to fix "
              "it."),
            S("I'd rather talk to the manager or Jess directly. Can you have one of them call "
              "me?"),
            S("Courtney Albright. My number is nine seven three, five five five, zero one six "
              "one."),
            S("Yes, that's correct."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Courtney Albright", "+19735550161",
                          about=r"highlight|brass|orange|colou?r|fix|unhappy|not happy|jess",
                          urgent=False),),
        ends_call=True, clock="2026-03-16 11:00", caller="+19735550106", tags=("message",)),
    Scenario(
        "dev11_salon_moves_a_friday_blowout_to_saturday", "t_salon", (
            S("Hi, it's Nadia Petrova. I've got a blowout booked Friday at two and I need to "
              "push it to Saturday. Do you have eleven o'clock on Saturday?"),
            S("Nadia Petrova. Friday at two, the blowout."),
            S("Eleven on Saturday, yes, that one."),
            S("Yes, please move it."),
            S("Nope, that's all. Thank you, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 11:00", "Nadia Petrova", "+12675550149"),),
        cancelled=("2026-03-13 14:00",), said=(when("Saturday", 14, "11:00"),), ends_call=True,
        seed=(Seed("2026-03-13 14:00", "Nadia Petrova", "+12675550149"),),
        clock="2026-03-11 18:45", caller="+12675550149", tags=("move",)),
    Scenario(
        "dev11_salon_gift_card_for_moms_birthday_on_a_sunday_night", "t_salon", (
            S("Hey, do you guys sell gift cards? I want to get one for my mom's birthday.",
              r"gift card"),
            S("Can I buy it over the phone, or do I have to come in?",
              r"front desk|in (?:the )?salon|in person|come in|stop by|pick"),
            S("And what time do you open on Tuesday?", r"\b10\b|\bten\b"),
            S("Perfect. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-15 20:00",
        caller="+18155550131", tags=("info",)),
    # --- auto repair (weekdays 7:30 to 6, Saturdays 8 to 3; hour slots) --------------------
    Scenario(
        "dev11_auto_steady_check_engine_light_drop_off_before_work", "t_auto", (
            S("Morning. My check engine light came on yesterday in my 2016 Camry. It's not "
              "blinking or anything, car drives fine. I'd like somebody to take a look."),
            S("About a hundred and twelve thousand miles. What do you charge just to find out "
              "what it is?", r"129|hundred (?:and )?twenty[- ]nine"),
            S("Alright. I can drop it off Thursday first thing, seven thirty, on my way to work. "
              "It's Raymond Chu."),
            S("Yeah, this number's good."),
            S("Yep, go ahead."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 07:30", "Raymond Chu", "+19165550114",
                        about=r"check engine|engine light|diagnos|light"),),
        said=(when("Thursday", 12, "07:30"),), clock="2026-03-10 07:10", caller="+19165550114",
        tags=("booking",)),
    Scenario(
        "dev11_auto_first_car_off_marketplace_pre_purchase_inspection", "t_auto", (
            S("Hi, I'm buying a used car off Facebook Marketplace and my dad said I should get it "
              "inspected first. Do you guys do that?", r"inspect"),
            S("How much is it, and how long does it take?",
              r"149|hundred (?:and )?forty[- ]nine"),
            S("It's a 2014 Mazda 3, like ninety thousand miles. The seller can bring it Saturday "
              "at ten. My name's Aiden Foster."),
            S("Yeah, this is my number."),
            S("Yes, book it. Thanks, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:00", "Aiden Foster", "+15125550193",
                        about=r"pre-?purchase|inspect|used|mazda"),),
        said=(when("Saturday", 14, "10:00"),
              r"90 minutes|ninety minutes|hour and a half|1\.5 hours|one and a half hours"),
        ends_call=True, clock="2026-03-11 17:30", caller="+15125550193", tags=("booking",)),
    Scenario(
        "dev11_auto_oil_change_and_rotation_on_her_lunch_break", "t_auto", (
            S("Hi, I need an oil change on my minivan, and while it's in, can you rotate the "
              "tires too?"),
            S("It's a 2019 Honda Odyssey, about sixty thousand miles. What's that come to for "
              "both?",
              r"(?:89|eighty[- ]nine).{0,120}(?:29|twenty[- ]nine)|"
              r"(?:29|twenty[- ]nine).{0,120}(?:89|eighty[- ]nine)|118|hundred (?:and )?eighteen"),
            S("Okay. Monday on my lunch, twelve thirty? I'll wait for it. I'm Heather Lind."),
            S("Can you put down my cell instead? This is my work phone. It's four six nine, five "
              "five five, zero one two seven."),
            S("Yes, that's all correct."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 12:30", "Heather Lind", "+14695550127",
                        about=r"oil|tire|rotat"),),
        said=(when("Monday", 16, "12:30"),), clock="2026-03-13 12:10", caller="+14695550183",
        tags=("booking",)),
    Scenario(
        "dev11_auto_truck_in_the_shop_since_wednesday_no_call", "t_auto", (
            S("Hi, yeah, my truck's been in your shop since Wednesday, a silver Silverado, and "
              "nobody's called me. I just want to know what's going on with it."),
            S("Nobody's there? Okay. Then can the service guy call me Monday morning? Name's "
              "Luis Ortega."),
            S("Two one zero, five five five, zero one five eight."),
            S("Yep, that's it."),
            S("Alright, thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Luis Ortega", "+12105550158",
                          about=r"truck|silverado|update|status|since|going on", urgent=False),),
        ends_call=True, clock="2026-03-14 15:30", caller="+12105550158", tags=("message",)),
    Scenario(
        "dev11_auto_smoke_from_the_hood_on_the_highway_shoulder", "t_auto", (
            S("Hi, um, I'm on the side of the highway, there's smoke coming out from under my "
              "hood and it smells like something's burning. My kids are in the back seat. What "
              "do I do?",
              r"911|don't drive|do not drive|not to drive|tow|get (?:everyone |the kids )?out|"
              r"safe"),
            S("Okay, we're out, we're standing behind the guardrail. Can you guys tow it? It's "
              "a 2012 Ford Escape."),
            S("Jasmine Carter. Please call me back on this number, as fast as you can."),
            S("Yes. Thank you."),
        ),
        outcome="message_taken",
        messages=(Message("Jasmine Carter", "+18175550112",
                          about=r"smoke|burn|hood|highway|tow|escape", urgent=True),),
        clock="2026-03-12 17:45", caller="+18175550112",
        tags=("emergency",)),
    Scenario(
        "dev11_auto_alignment_question_then_asks_for_a_service_advisor", "t_auto", (
            S("Hi, do you do alignments? My car's been pulling to the right since I hit a "
              "pothole.", r"align"),
            S("How much is that?", r"129|hundred (?:and )?twenty[- ]nine"),
            S("Okay, actually, before I book anything, can I just talk to one of the service "
              "guys? I want to ask him something about my warranty.", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=TRANSFER_LINE, clock="2026-03-10 10:15",
        caller="+16025550145", tags=("person",)),
    # --- plumbing (Monday to Saturday 7 to 7; two-hour arrival windows) --------------------
    Scenario(
        "dev11_plumb_water_heater_banging_asks_the_service_fee", "t_plumb", (
            S("Hi, our water heater's started making this loud popping, banging sound whenever "
              "it heats up. We still have hot water and it's not leaking, I'd just like someone "
              "to look at it."),
            S("It's 2245 Maple Avenue, 10002. We own the house."),
            S("What does it cost just to have someone come out?", r"\b89\b|eighty[- ]nine"),
            S("Okay. Thursday I'm home all day, nine o'clock would be great. My name's Greg "
              "Hollis."),
            S("Yes, this number's fine."),
            S("Yep, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:00", "Greg Hollis", "+12015550171",
                        about=r"water heater|heater|bang|pop|noise"),),
        said=(when("Thursday", 12, "09:00"),), caller="+12015550171", tags=("booking",)),
    Scenario(
        "dev11_plumb_renter_slow_kitchen_drain_monday_afternoon", "t_plumb", (
            S("Hey. My kitchen sink's draining super slow, like it takes ten minutes to go down. "
              "I already tried Drano, it didn't do anything."),
            S("I rent. My landlord, Frank Maloney, already said it's okay, he's paying for it."),
            S("The address is 58 Linden Street, apartment 3B, 10001. How much is a drain "
              "cleaning?", r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay. Monday afternoon, three o'clock? I'm Alyssa Grant."),
            S("Yes, my cell is fine, the one I'm on."),
            S("Yes, that's right, thanks."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:00", "Alyssa Grant", "+15515550166",
                        about=r"drain|clog|sink|kitchen"),),
        said=(when("Monday", 16, "15:00"),), clock="2026-03-14 12:30", caller="+15515550166",
        tags=("booking",)),
    Scenario(
        "dev11_plumb_water_pouring_through_the_ceiling_on_sunday_morning", "t_plumb", (
            S("Hi, oh God, there's water pouring through my kitchen ceiling, I think a pipe burst "
              "upstairs in the bathroom. It's coming down like a faucet.",
              r"shut|valve|main|turn (?:it |the water )?off"),
            S("I don't know where the shut-off is! Wait, my husband found it, he turned "
              "something in the basement, okay, it's slowing down."),
            S("There's water all over the floor by the outlets next to the fridge. Is that bad?",
              r"stay (?:out|away|clear)|away from|don't touch|do not touch|electric|911|breaker"),
            S("Please send someone today. I'm Karen Novak, 14 Birch Lane, 10003."),
            S("This number, please. Two zero one, five five five, zero one nine nine."),
            S("Yes."),
        ),
        outcome="message_taken",
        messages=(Message("Karen Novak", "+12015550199",
                          about=r"pipe|burst|ceiling|water|flood|leak", urgent=True),),
        clock="2026-03-15 07:30", caller="+12015550199", tags=("emergency",)),
    Scenario(
        "dev11_plumb_property_manager_wants_to_set_up_an_account", "t_plumb", (
            S("Hi, this is Vincent Amato. I manage about a dozen rental units over on the east "
              "side, and I'm looking for a plumbing company to handle our maintenance calls. I'd "
              "like to talk to the owner about setting up an account."),
            S("No rush, whenever somebody gets a chance next week."),
            S("My office number is three four seven, five five five, zero one two one."),
            S("Yes, that's right."),
            S("Great, thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Vincent Amato", "+13475550121",
                          about=r"rental|propert|account|maintenance|units|manag", urgent=False),),
        ends_call=True, clock="2026-03-13 19:30", caller="+13475550188", tags=("message",)),
    Scenario(
        "dev11_plumb_running_toilet_caller_drops_off_the_line", "t_plumb", (
            S("Hi, yeah, I've got a toilet upstairs that keeps running, and I was wondering if "
              "somebody could, uh"),
            silent(r"still there|hello|are you there|can you hear"),
            silent(BYE),
        ),
        outcome="abandoned", ends_call=True, clock="2026-03-10 14:00", caller="+17325550140",
        tags=("hangup",)),
    Scenario(
        "dev11_plumb_shopping_around_licensed_guaranteed_sundays", "t_plumb", (
            S("Hi, I'm just calling around before I pick a plumber. Are you guys licensed and "
              "insured?", r"licensed"),
            S("Do you guarantee your work?", r"guarant|warrant"),
            S("And if I need somebody on a Sunday, are you open?",
              r"closed|not open|aren't open|don't open|monday|emergenc"),
            S("Okay, good to know. Thanks, bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 18:20",
        caller="+19145550186", tags=("info",)),
    # --- law firm (weekdays 9 to 5; hour-long consultations) -------------------------------
    Scenario(
        "dev11_law_retired_couple_finally_making_wills", "t_law", (
            S("Good morning. My wife and I are in our seventies and we've never gotten around to "
              "making wills. Our kids keep nagging us. We'd like to sit down with somebody."),
            S("Does the first meeting cost anything?", FREE),
            S("And roughly what does a will cost, if we go ahead?",
              r"950|nine hundred (?:and )?fifty"),
            S("Friday morning at ten, if that works, in person. My name is Gerald Whitfield."),
            S("Yes, this is our home number."),
            S("Yes, that's fine. Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 10:00", "Gerald Whitfield", "+16305550115",
                        about=r"will|estate"),),
        said=(when("Friday", 13, "10:00"),), ends_call=True, clock="2026-03-11 08:30",
        caller="+16305550115", tags=("booking",)),
    Scenario(
        "dev11_law_slipped_in_a_grocery_store_video_consultation", "t_law", (
            S("Hi, I slipped on a wet floor at the grocery store two weeks ago and broke my "
              "wrist. My sister said I should talk to a lawyer."),
            S("The store is FreshWay Market, on Route 9. There's no court date or anything, and "
              "I don't have a lawyer."),
            S("Is there a charge to talk to someone?", FREE),
            S("Okay. Can we do it by video? Monday at two works for me. I'm Renee Dubois."),
            S("Yes, you can call me back on this number."),
            S("Yes please, book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 14:00", "Renee Dubois", "+19735550102",
                        about=r"slip|injur|wrist|fall|store|freshway"),),
        said=(when("Monday", 16, "14:00"),), clock="2026-03-12 12:45", caller="+19735550102",
        tags=("booking",)),
    Scenario(
        "dev11_law_mother_whose_son_is_in_the_county_jail", "t_law", (
            S("Hi, I'm sorry, I know it's early. My son got picked up by the police last night "
              "and he's still at the county jail. They're saying he sees a judge tomorrow "
              "morning. I don't know what to do.",
              r"urgent|as soon as|right away|attorney|call you back|sorry"),
            S("He's nineteen. It was a fight at a bar, that's all I know. I'm his mother, Dana "
              "Brooks."),
            S("Please call me on my cell, eight one five, five five five, zero one six nine."),
            S("Yes. Please have someone call me the minute they get in."),
        ),
        outcome="message_taken",
        messages=(Message("Dana Brooks", "+18155550169",
                          about=r"arrest|jail|custody|police|judge|court|son|fight", urgent=True),),
        never_said=(r"you should plead",), clock="2026-03-10 07:50",
        caller="+18155550103", tags=("emergency",)),
    Scenario(
        "dev11_law_client_wants_his_attorney_after_five", "t_law", (
            S("Yeah, hi, is Ms. Hale still in? I'm a client of hers. I'd like to talk to her, "
              "not a machine."),
            S("Okay, then have her call me. This is Brandon Pike."),
            S("It's about the closing documents for my business sale, she said she'd send them "
              "this week. No rush, Monday's fine. I'm at two one two, five five five, zero one "
              "nine one."),
            S("Yes."),
            S("Thanks. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Brandon Pike", "+12125550191",
                          about=r"closing|document|business|sale|hale", urgent=False),),
        ends_call=True, clock="2026-03-13 17:40", caller="+12125550191", tags=("person",)),
    Scenario(
        "dev11_law_cancels_a_consultation_after_settling", "t_law", (
            S("Hi, I have a consultation on Thursday at eleven, and I need to cancel it. We "
              "ended up settling things between ourselves."),
            S("Marisol Vega."),
            S("Yes, please cancel it."),
            S("Do I get charged anything for cancelling?",
              r"24|twenty[- ]four|no charge|no fee|won't be charged|not be charged|nothing|"
              r"no cost"),
            S("Okay, great. Thank you, bye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 11:00",), ends_call=True,
        seed=(Seed("2026-03-12 11:00", "Marisol Vega", "+17735550138"),),
        clock="2026-03-10 16:30", caller="+17735550138", tags=("cancel",)),
    Scenario(
        "dev11_law_witness_returns_an_attorneys_voicemail", "t_law", (
            S("Hi, my name is Howard Lim. One of your attorneys, I think a Mr. Stein, left me a "
              "voicemail about giving a statement as a witness in a car accident case. I'm "
              "returning his call."),
            S("I'm free any weekday afternoon next week. He can call me at six four six, five "
              "five five, zero one three zero."),
            S("Howard Lim, L, I, M."),
            S("Yes, that's correct."),
            S("Thank you. Goodbye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Howard Lim", "+16465550130",
                          about=r"witness|statement|stein|voicemail|accident|return",
                          urgent=False),),
        ends_call=True, clock="2026-03-11 13:05", caller="+16465550130", tags=("message",)),
    # --- real estate (weekdays 9 to 6, Saturdays 10 to 5, Sundays noon to 4; half hours) ---
    Scenario(
        "dev11_homes_preapproved_buyers_see_crestview_tuesday_evening", "t_homes", (
            S("Hi, we saw the listing for the three bedroom at 418 Crestview Drive and we'd love "
              "to see it. We're looking to buy."),
            S("We're pre-approved, and we don't have an agent yet. Do we have to sign anything "
              "before we go see it?", r"agreement|sign"),
            S("Okay, that's fine. Tuesday after work, five thirty? My name is Samantha Okoye."),
            S("Yes, call me on this number."),
            S("Great, yes, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-17 17:30", "Samantha Okoye", "+14705550124",
                        about=r"show|crestview|418|view|tour|buy"),),
        said=(when("Tuesday", 17, "17:30"),), clock="2026-03-15 13:00", caller="+14705550124",
        tags=("booking",)),
    Scenario(
        "dev11_homes_seller_asks_what_the_house_is_worth", "t_homes", (
            S("Hi, we're thinking about selling our house this spring. Roughly what do you think "
              "a four-bedroom in Oakridge goes for these days?",
              r"agent|valuation|market analysis|apprais|appointment"),
            S("Okay, sure, let's set that up. The house is 77 Juniper Court. It's not listed with "
              "anyone."),
            S("Saturday morning, ten thirty, at the house? I'm Philip Brandt."),
            S("Yep, this number's fine."),
            S("Yes."),
            S("Thanks, bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Philip Brandt", "+13035550117",
                        about=r"valu|list|sell|juniper|apprais"),),
        said=(when("Saturday", 14, "10:30"),), never_said=(r"\b\d{3},\d{3}\b", r"thousand dollars"),
        ends_call=True, clock="2026-03-10 19:15", caller="+13035550117", tags=("booking",)),
    Scenario(
        "dev11_homes_renter_sees_the_fulton_street_apartment_sunday", "t_homes", (
            S("Hi, I'm calling about the one-bedroom apartment for rent on Fulton Street, the "
              "one listed at fourteen fifty a month. Is it still available?",
              r"agent|confirm|check|can't (?:promise|say)",
              avoid=r"\b(?:yes|yeah|yep|good news)\b[^.?!]{0,30}\b(?:it's|it is) (?:still )?"
                    r"available"),
            S("I'd like to see it. Sunday at one thirty? I'm Jamal Whitaker. I'm hoping to move "
              "in April first."),
            S("Should I bring anything with me?", r"\bID\b|identification"),
            S("Yes, this number is good."),
            S("Yes, please book it."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-15 13:30", "Jamal Whitaker", "+17045550190",
                        about=r"rent|fulton|apartment|one[- ]bed|show"),),
        said=(when("Sunday", 15, "13:30"),), clock="2026-03-12 12:10", caller="+17045550190",
        tags=("booking",)),
    Scenario(
        "dev11_homes_moves_tomorrows_showing_to_friday", "t_homes", (
            S("Hi, I have a showing tomorrow at four, and something came up at work. Can we move "
              "it to Friday, same time or a little later?"),
            S("Ruth Adeyemi. A, D, E, Y, E, M, I."),
            S("Friday at four thirty would be perfect."),
            S("Yes, go ahead and move it."),
            S("That's it. Thanks, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-13 16:30", "Ruth Adeyemi", "+12485550175"),),
        cancelled=("2026-03-11 16:00",), said=(when("Friday", 13, "16:30"),), ends_call=True,
        seed=(Seed("2026-03-11 16:00", "Ruth Adeyemi", "+12485550175"),),
        clock="2026-03-10 11:20", caller="+12485550175", tags=("move",)),
    Scenario(
        "dev11_homes_buyer_asks_for_his_agent_to_make_an_offer", "t_homes", (
            S("Hi, is Angela there? Angela Morris. She showed us the house on Wexford Lane last "
              "weekend."),
            S("We want to put in an offer, and I'd really like to talk to her today if "
              "possible."),
            S("I'm Kevin Tran. My number is five five nine, five five five, zero one five "
              "three."),
            S("Yes, that's right."),
            S("Thanks, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Kevin Tran", "+15595550153", about=r"offer|wexford|angela"),),
        ends_call=True, clock="2026-03-14 11:00", caller="+15595550104", tags=("person",)),
    Scenario(
        "dev11_homes_other_brokerage_agent_asks_about_offers", "t_homes", (
            S("Good morning, this is Lauren Pierce with Summit Realty. I've got buyers "
              "interested in your listing at 22 Harbor View Road, and I wanted to check whether "
              "there are any offers on it yet."),
            S("Could the listing agent give me a call back? My cell is four one five, five five "
              "five, zero one eight seven."),
            S("Lauren Pierce, P, I, E, R, C, E."),
            S("Yes, that's correct."),
            S("Thank you, have a good one. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Lauren Pierce", "+14155550187",
                          about=r"offer|harbor|listing|buyer", urgent=False),),
        never_said=(r"\b(?:one|two|three|four|several|multiple|a few|no|\d+) (?:other )?"
                    r"offers?\b",),
        ends_call=True, clock="2026-03-16 09:10", caller="+14155550187", tags=("message",)),
    # --- medical clinic (weekdays 8 to 5; 20-minute slots) ---------------------------------
    Scenario(
        "dev11_clinic_sports_physical_for_her_son_after_school", "t_clinic", (
            S("Hi, my son needs a sports physical for baseball, the form's due next week. He's "
              "been seen there before, he's fifteen."),
            S("How much is a sports physical if we pay out of pocket?",
              r"\b75\b|seventy[- ]five"),
            S("Okay. After school on Friday, three forty? The appointment's for Ethan Gallagher, "
              "his birthday is June 3rd, 2010."),
            S("Yes, my cell, this one."),
            S("Yes, that's right."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 15:40", "Ethan Gallagher", "+16145550168",
                        about=r"sport|physical|baseball"),),
        said=(when("Friday", 13, "15:40"),), clock="2026-03-11 16:30", caller="+16145550168",
        tags=("booking",)),
    Scenario(
        "dev11_clinic_new_in_town_establishes_care_with_a_physical", "t_clinic", (
            S("Hi, I just moved here from Ohio and I need to find a new primary care doctor. I'd "
              "like to come in for a physical and get established."),
            S("I've got Aetna through work. Do you take that?",
              r"most major|accept|confirm|verify|check"),
            S("Great. Early mornings are best, before work. Wednesday at eight forty? My name "
              "is Olivia Sandoval."),
            S("My date of birth is September 12th, 1991."),
            S("Yes, this is my cell."),
            S("Yes, go ahead."),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 08:40", "Olivia Sandoval", "+16145550111",
                        about=r"physical|establish|new patient|primary"),),
        said=(when("Wednesday", 18, "08:40"),), clock="2026-03-16 12:15", caller="+16145550111",
        tags=("booking",)),
    Scenario(
        "dev11_clinic_daughter_says_her_mothers_speech_is_slurred", "t_clinic", (
            S("Hi, I'm calling about my mom, she's a patient there. She was fine at breakfast but "
              "now she's talking funny, like her words are all slurred, and one side of her "
              "mouth is kind of drooping. She says she's just tired.", r"911|nine one one"),
            S("Okay, okay, I'll call them right now. Can you let her doctor know? I'm her "
              "daughter, Erin Sullivan."),
            S("My number is six one four, five five five, zero one four one."),
            S("Yes."),
        ),
        outcome="message_taken",
        messages=(Message("Erin Sullivan", "+16145550141",
                          about=r"stroke|slur|droop|speech|mouth|mom|mother|911", urgent=True),),
        clock="2026-03-12 10:40", caller="+16145550141", tags=("emergency",)),
    Scenario(
        "dev11_clinic_blood_pressure_refill_after_closing", "t_clinic", (
            S("Hi, I need a refill on my blood pressure medicine, the lisinopril, ten milligram. "
              "I've got about four pills left."),
            S("My name is Frank DeLuca, date of birth February 2nd, 1958."),
            S("Send it to the CVS on Main Street. And you can call me at this number."),
            S("Yes, that's right."),
            S("How long does that usually take?",
              r"two business days|2 business days|two days|2 days|48 hours|forty[- ]eight"),
            S("Okay, thank you. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Frank DeLuca", "+13305550159",
                          about=r"refill|lisinopril|blood pressure|medic", urgent=False),),
        ends_call=True, clock="2026-03-10 17:30", caller="+13305550159", tags=("message",)),
    Scenario(
        "dev11_clinic_flu_shot_price_on_a_saturday", "t_clinic", (
            S("Hi, do you still give flu shots? How much are they if I don't have insurance?",
              r"\b40\b|forty"),
            S("And if I get sick, can I get in the same day?",
              r"same[- ]day|early in the day|first available"),
            S("What time do you open on Monday?", r"\b8\b|\beight\b"),
            S("Okay, thanks, that's all. Bye.", BYE),
        ),
        outcome="information_only", ends_call=True, clock="2026-03-14 10:00",
        caller="+15135550126", tags=("info",)),
    Scenario(
        "dev11_clinic_mandarin_speaker_wants_a_checkup_for_her_mother", "t_clinic", (
            S("喂，你好。请问你们那边有会说中文的吗？我英文不太好。"),
            S("我想帮我妈妈约一个体检，她七十岁了。"),
            S("我叫Linda Wang。电话就是这个号码。"),
            S("对，对，谢谢。"),
        ),
        outcome="message_taken",
        messages=(Message("Linda Wang", "+14155550178",
                          about=r"mandarin|chinese|中文|普通话|国语|体检|妈妈|mother|mom|physical|"
                                r"check|appoint|预约",
                          urgent=False),),
        clock="2026-03-10 14:30", caller="+14155550178", tags=("language",)),
]
