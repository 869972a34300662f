"""A seventh development set: 48 scripted callers, six in each of the fleet's eight trades, who
talk the way ordinary, polite, chatty people talk on the telephone.

Written by a helper session (branch dev-callers-7) that never read the engine (agent_worker/,
calls/, voice/, frontdesk/, analytics/, tests/agent_worker/), nor any other set's callers (the
exam's grown lists, the held-out sets, the first to sixth development sets' lists; only the sixth
set's module docstring for the conventions). The businesses' facts come only from
tenants/profession_data.py and the fleet in tests/factories.py; the format and the judging from
tests/scenarios/catalogue.py's dataclasses and tests/scenarios/harness.py; the shape from
tests/scenarios/dev_set_shape.py.

What makes it different: the callers are everyday people of varied ages, written in normal,
punctuated English rather than speech-recogniser transcripts: an elderly caller who explains at
length and calls the receptionist "dear", a busy parent with a toddler on one leg, callers whose
English is a second language ("Is possible on Friday, the 13th of March?", "how much it is
costing"), teenagers ("like, a guy's haircut, nothing fancy"), tradespeople ("a big job's just
landed, I need the van on site"), and British, Australian and American ways of saying times and
dates ("half nine", "twenty to eleven", "half past one", "the 12th", "Saturday the 14th"; never
an ambiguous "Thursday week"). Many calls carry two tasks: a question and then a booking, a
booking and then a question, a cancellation and then a new booking, a price and then a message
instead of a booking. Callers hesitate or go off to check something ("let me just check with my
wife", "I need to talk it over first") and decide in the next line. Requests are indirect ("I
was hoping to get my teeth looked at", "is there any chance someone could pop round to look at a
leaking tap", "I'd like to get the ball rolling on selling my flat", "I shan't be needing the
meeting"), and so are the answers to what was probably asked ("it'd be me, Jo Park", "you can
reach me on this one", "mornings are better for me, say Thursday the 12th at half nine").
Emergencies are described without the obvious word (water coming through the kitchen ceiling, a
front tooth that came right out in a bike fall, a face drooping on one side, a rotten-egg smell
near the boiler, a puppy that chewed a packet of sugar-free gum, a brake pedal sinking to the
floor, lips swelling and a tight throat the morning after colour, a lockout notice on the door
with a hearing in the morning). Process questions are mixed into bookings and other calls (is
this call recorded, will I get a text to confirm, who am I speaking with, why do you need my
number). Every `Say(..., expect=..., avoid=...)` pattern is loose and case-insensitive so any
good wording passes, and every price, hour and policy it looks for is the business's own
(profession_data.py).

Like the earlier development sets, its transcripts are meant to be read: run it, read what went
wrong and fix the engine by failure kind. Never fix it by copying a caller, its wording or its
names into the engine, and do not edit a caller to make it pass. Run it with

    .venv/bin/python bench/eval_scenarios.py --dev7

which prints `RESULT dev7_pass_rate=`, measured and never gated.
Its first run, on main at 48f6974 before anyone had read a transcript of it: 25/48 = 0.521.

Every call starts on Tuesday 10 March 2026 at 9 AM local unless `clock=` says otherwise. The
scripted caller cannot hear the replies, so each line stands on its own whatever the
receptionist asked, and a booking's accepting line clearly accepts it, restating the day and
time (a caller with a second task asks it after that line). Only a call with `overrides` carrying
a transfer number, inside opening hours, has a line to transfer to (the caller asks for a person
only in the last line); elsewhere a caller who needs a person leaves a message. An emergency ends
with an urgent message; a routine message is not urgent. Bookings are at least two days ahead, on
the business's appointment grid inside its opening hours: dental 60 minutes from 8 AM (Friday
until 2 PM), clinic 20 minutes from 8 AM, law 60 minutes from 9 AM, plumbing 120 minutes from 7
AM (Saturday too), salon 60 minutes from 10 AM (9 AM on Saturday, until 8 PM on Thursday, closed
Sunday and Monday), real estate 30 minutes (Saturday from 10 AM, Sunday noon to 4 PM), vet 30
minutes from 8 AM (Saturday until noon), and the auto shop 60 minutes from 7:30 AM on weekdays
and on the hour from 8 AM on Saturdays. A vet booking is in the owner's name; a message is in the
caller's own name even when it is about someone else. A move or a cancellation rings from the
number the seeded appointment was booked with, and the caller gives the name it is under. A
caller who ends with a goodbye ("bye", "goodbye") expects the receptionist to end the call; one
who does not, does not.

The mix (the first tag is the kind, the second "natural", and "two_tasks" marks a call with two
errands): 16 bookings (two per trade), 4 moves (dental, clinic, real estate, auto) and 4
cancellations (law, plumbing, vet, salon; the salon caller books something else in the same
call) of seeded appointments, 8 emergencies (one per trade; dental, law, plumbing, real estate and
vet at night), 8 messages (one per trade: whitening after its price, a blood-pressure refill, a
partner taking money after the consultation fee, a renter's slow drain after its price, a wedding
party, renting out a mother's house, a cat's thyroid update, a car already at the shop), 4
transfers (dental billing, a builder for plumbing dispatch, a salon caller about balayage, a
teenager with a rabbit at the vet) and 4 calls that end with information only (clinic flu shot
and what to bring, law fees and video for an injury, real estate's buyer agreement, Sunday hours
and pre-approval, auto vans, alignment price and Saturday hours).
"""

from __future__ import annotations

from tests.scenarios.catalogue import CALLER, TRANSFER_NUMBER, Booking, Message, Say, Scenario, Seed

S = Say
LINE = {"transfer_number": TRANSFER_NUMBER}
BOOKED = r"all set|booked|confirm|scheduled|see you|got you down|you're in|reserved"
MOVED = r"moved|all set|booked|rescheduled|confirm|see you|changed|got you down"
CANCELLED = r"cancel"
PUT_THROUGH = r"connect|put you through|transfer|one moment|hold|moment"
PASSED = r"pass|message|call you back|get back to you|be in touch|someone will|let (?:the|them|our)"
BYE = r"bye|take care|have a (?:good|great|nice|lovely|wonderful)|thank"
WHO = r"virtual|assistant|receptionist|automated|\bAI\b"
ROBOT = r"\bI(?:'m| am) (?:a |an )?(?:real |actual )?(?:person|human)"
N, TWO = "natural", "two_tasks"

DEV_CALLERS_7: tuple[Scenario, ...] = (
    # --- dental --------------------------------------------------------------------------
    Scenario(
        "dev7_dental_asks_the_cleaning_price_then_books", "t_dental", (
            S("Hi there, good morning. Before anything else, could you tell me what a regular "
              "cleaning and check-up costs? I've been a patient of yours for a few years now.",
              r"165|one hundred (?:and )?sixty[- ]five"),
            S("That's fine, thank you. In that case I was hoping to get my teeth looked at and "
              "cleaned, it's been well over a year. No pain or anything like that."),
            S("Afternoons suit me best. Would Wednesday the 18th at two o'clock be possible?"),
            S("It'd be me, Jo Park, and you can reach me on this one, the number I'm calling "
              "from."),
            S("Perfect, yes please, put me down for Wednesday the 18th at two in the afternoon.",
              BOOKED),
            S("That's everything, thanks so much. Bye now.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 14:00", "Jo Park", about=r"clean|check|exam|teeth"),),
        ends_call=True, tags=("booking", N, TWO)),
    Scenario(
        "dev7_dental_new_in_town_asks_why_the_number", "t_dental", (
            S("Hello, good morning. I am new in this city and I look for a dentist. I would like "
              "that somebody checks my teeth and makes them clean, please. I never was at your "
              "office before."),
            S("For me the morning is better. Is possible on Friday, the 13th of March, at eleven "
              "o'clock?"),
            S("My name is Oksana Petrenko."),
            S("Okay, but why do you need my phone number? I only want the appointment."),
            S("I understand. Then the number I am calling from is good, please use this one."),
            S("Yes, Friday the 13th at eleven in the morning is correct. Please book it for me.",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 11:00", "Oksana Petrenko",
                        about=r"clean|check|exam|new|teeth"),),
        tags=("booking", N)),
    Scenario(
        "dev7_dental_grandson_cannot_drive_on_thursday", "t_dental", (
            S("Oh, hello dear. I'm ringing about my appointment with you on Thursday. My grandson "
              "usually drives me, you see, but he's been given an extra shift at work that "
              "morning, so I'm afraid Thursday at ten won't do any more, and I'd like to change "
              "it to another day if I can."),
            S("The appointment is under my name, Margaret Ellis."),
            S("He's free on Mondays, so Monday the 16th at eleven in the morning would be ideal, "
              "if it's not too much trouble."),
            S("Yes, that's right, move it to Monday the 16th at eleven o'clock. Thank you ever "
              "so much.", MOVED),
            S("No, that's all, dear. You've been very helpful. Goodbye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-16 11:00", "Margaret Ellis"),),
        cancelled=("2026-03-12 10:00",), ends_call=True,
        seed=(Seed("2026-03-12 10:00", "Margaret Ellis", CALLER),), tags=("move", N)),
    Scenario(
        "dev7_dental_front_tooth_came_out_in_a_bike_fall", "t_dental", (
            S("Hello, I'm so sorry to ring this late. My daughter has just come off her bike and "
              "one of her front teeth has come right out, root and all. I've popped it in a cup "
              "of milk. What on earth do I do?",
              r"urgent|emergency|911|right away|as soon as|hospital|message|call"),
            S("She's eleven, and she's a patient of yours. I'm her mum, my name's Claire "
              "Dunmore."),
            S("The best way to get me tonight is this mobile, the one I'm ringing from."),
            S("Please, if the dentist could call me back as soon as possible, we'd be so "
              "grateful. Thank you, bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Claire Dunmore", about=r"tooth|teeth|bike|knock|fell|daughter",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 19:30", tags=("emergency", N)),
    Scenario(
        "dev7_dental_whitening_price_then_a_callback", "t_dental", (
            S("Hi, I've been thinking about getting my teeth a bit brighter before my wedding in "
              "the summer. What do you charge for the whitening you do in the office?",
              r"450|four hundred (?:and )?fifty"),
            S("Hmm, okay. That's a bit more than I'd budgeted for, so I need to have a think and "
              "talk it over with my fiancé first."),
            S("Actually, rather than booking anything now, could someone from the practice give "
              "me a ring next week to talk me through it? My name is Hannah Osei."),
            S("Best to reach me on my mobile, that's three one two, five five five, zero one six "
              "seven."),
            S("Yes, that's all correct, please pass that on. Thanks very much.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Hannah Osei", "+13125550167", about=r"whiten|wedding|bright",
                          urgent=False),),
        tags=("message", N, TWO)),
    Scenario(
        "dev7_dental_hsa_card_then_someone_in_billing", "t_dental", (
            S("Good morning. A quick question first: can I use my HSA card to pay at your "
              "office?", r"HSA|health savings|yes"),
            S("Great. And do I pay my share on the day, or do you send a bill afterwards?",
              r"time of (?:the|your) visit|on the day|due|at the visit"),
            S("Right. Actually, I've had a statement from you that I don't quite understand, so "
              "could I speak with someone in your billing office, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, tags=("transfer", N, TWO)),
    # --- medical clinic ------------------------------------------------------------------
    Scenario(
        "dev7_clinic_yearly_once_over_asks_if_recorded", "t_clinic", (
            S("Good morning. I'm eighty-one, and my daughter keeps on at me to have a proper "
              "going-over with the doctor, you know, the yearly once-over, so I suppose I had "
              "better book one. I've been coming to your clinic for years."),
            S("Before we go on, is this call being recorded? I do like to know these things."),
            S("Thursday the 12th would suit me, at about twenty to eleven in the morning, after "
              "my bus gets in."),
            S("The name is Harold Pemberton, born the second of May 1944, and the telephone "
              "number I'm ringing from is the one to use."),
            S("Yes, that's it, Thursday the 12th at twenty to eleven. Please book me in.",
              BOOKED),
            S("Thank you, you've been very patient with me. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 10:40", "Harold Pemberton",
                        about=r"physical|check|annual|year|once-over|going-over"),),
        ends_call=True, tags=("booking", N)),
    Scenario(
        "dev7_clinic_teenager_needs_a_form_for_soccer", "t_clinic", (
            S("Hey, um, so I need a doctor to sign my form for soccer tryouts. Like the physical "
              "thing for school sports? How much is that?", r"75|seventy[- ]five"),
            S("Okay cool, my mom said that's fine. I've been there before, I think, when I was "
              "little."),
            S("Could I come in Monday the 16th after school? Like twenty past three?"),
            S("I'm Tyler Nguyen. And yeah, this number's fine, it's my phone."),
            S("Yep, Monday the 16th at 3:20, that works, book it please.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 15:20", "Tyler Nguyen",
                        about=r"sport|physical|soccer|form"),),
        tags=("booking", N, TWO)),
    Scenario(
        "dev7_clinic_parent_shifts_to_before_drop_off", "t_clinic", (
            S("Hi, sorry, I'm juggling three kids and a school run here. I've got an appointment "
              "for myself tomorrow afternoon that I just can't make any more, and I need to shift "
              "it to a different day."),
            S("It's booked under Leah Moreno."),
            S("Is there any chance of something early on Friday the 13th? Twenty to nine would be "
              "perfect, right after drop-off."),
            S("Great, yes, move it to Friday the 13th at 8:40 in the morning, please.", MOVED),
            S("And just so I know, how much notice do you need if I have to change it again?",
              r"24|twenty[- ]four"),
            S("Lovely, thanks for your help. Bye!", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-13 08:40", "Leah Moreno"),),
        cancelled=("2026-03-11 15:20",), ends_call=True,
        seed=(Seed("2026-03-11 15:20", "Leah Moreno", CALLER),), tags=("move", N, TWO)),
    Scenario(
        "dev7_clinic_dads_face_has_gone_droopy", "t_clinic", (
            S("Hello, I'm calling about my dad, he's a patient there. Since breakfast one side of "
              "his face has gone droopy, his words are coming out all jumbled, and he can't lift "
              "his right arm properly.", r"911"),
            S("Okay, my husband is ringing for an ambulance on the other phone right now."),
            S("Please let his doctor know what's happened. I'm his daughter, Ruth Okafor, and "
              "this number I'm on is the best one."),
            S("Thank you. I have to go and be with him now. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Ruth Okafor",
                          about=r"father|dad|face|speech|words|arm|ambulance|stroke",
                          urgent=True),),
        ends_call=True, tags=("emergency", N)),
    Scenario(
        "dev7_clinic_running_low_on_blood_pressure_tablets", "t_clinic", (
            S("Good morning. I'm down to my last few blood pressure tablets, and I'd like to get "
              "the prescription renewed, if someone could sort that out for me."),
            S("It's the amlodipine, the five milligram ones, and I use the Walgreens on Main "
              "Street."),
            S("This is Patricia Lowe speaking, and I've been a patient there for ages."),
            S("The number I'm calling from is fine for a call back."),
            S("Yes, that's right. Please pass it on to the nurse. Thank you.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Patricia Lowe",
                          about=r"refill|prescription|tablet|blood pressure|amlodipine|renew",
                          urgent=False),),
        tags=("message", N)),
    Scenario(
        "dev7_clinic_flu_jab_and_what_to_bring", "t_clinic", (
            S("Hi there, sorry, who am I speaking with?", WHO, avoid=ROBOT),
            S("Ah, righto. I was wondering whether you folks do flu jabs, and what one costs if "
              "I'm paying myself.", r"\b40\b|forty"),
            S("And if I came in as a new patient down the track, what would I need to bring "
              "along?", r"\bID\b|identification|insurance|medication"),
            S("No worries, I'll have a think and ring back to sort out a time. Cheers, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", N, TWO)),
    # --- law firm ------------------------------------------------------------------------
    Scenario(
        "dev7_law_putting_affairs_in_order", "t_law", (
            S("Hello. My wife and I have been meaning for years to put our affairs in order, you "
              "know, so the children aren't left with a muddle when we're gone. Is that something "
              "your attorneys could help us with?"),
            S("Nobody else is involved, it's just the two of us, and there's no deadline or "
              "anything like that. We haven't got a lawyer at the moment."),
            S("Let me just check with my wife... right, she says Thursday the 12th at two o'clock "
              "in the afternoon is fine, in person at your office."),
            S("It'd be under my name, Gordon Tate, and the number I'm calling from is the best "
              "one."),
            S("Yes, that's right, Thursday the 12th at two in the afternoon. Please go ahead and "
              "book it.", BOOKED),
            S("Thank you very much. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 14:00", "Gordon Tate",
                        about=r"will|estate|affairs|plan|children"),),
        ends_call=True, tags=("booking", N)),
    Scenario(
        "dev7_law_builder_unpaid_for_a_kitchen", "t_law", (
            S("Morning. I'm a builder, and a customer of mine won't pay the last invoice on a "
              "kitchen job I finished in January. Twelve grand. I'd like a lawyer to look at it."),
            S("The customer's a fella called Rick Dawson. No court date yet, and I haven't got a "
              "lawyer."),
            S("Can we do it over the phone? I'm on site most days, I can't get into town.",
              r"phone|yes"),
            S("Then Monday the 16th, first thing, nine in the morning, by phone. My name's Sean "
              "Gallagher, and ring me on this number."),
            S("Yep, Monday the 16th at nine by phone, that's grand, book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 09:00", "Sean Gallagher",
                        about=r"invoice|unpaid|pay|contract|kitchen|customer|Dawson"),),
        tags=("booking", N, TWO)),
    Scenario(
        "dev7_law_fence_sorted_over_a_cup_of_tea", "t_law", (
            S("Hello there. I've good news, of a sort: my neighbour and I have sorted out our "
              "fence business between ourselves over a cup of tea, so I shan't be needing the "
              "meeting I had booked with you on Friday afternoon."),
            S("It's in my name, Walter Greene."),
            S("Yes, please cancel Friday's appointment at two o'clock.", CANCELLED),
            S("Will I be charged anything for calling it off? I'd hate to be a nuisance.",
              r"24|twenty[- ]four|notice|no charge|fee"),
            S("That's a relief. Thank you, goodbye.", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 14:00",), ends_call=True,
        seed=(Seed("2026-03-13 14:00", "Walter Greene", CALLER),), tags=("cancel", N, TWO)),
    Scenario(
        "dev7_law_lockout_notice_taped_to_the_door", "t_law", (
            S("Hi, I'm sorry to call this late. I've just got home and there's a notice taped to "
              "my door saying the sheriff will change the locks on Thursday morning, and I've got "
              "a hearing about it tomorrow at nine. I don't know what to do.",
              r"urgent|as soon as|attorney|message|call"),
            S("My name's Danielle Brooks, and the landlord is Harbor View Properties."),
            S("You can reach me on this one, any time tonight or first thing tomorrow."),
            S("Yes, please get that to an attorney as soon as you possibly can. Thank you.",
              PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Danielle Brooks",
                          about=r"evict|lock|sheriff|hearing|notice|landlord|door",
                          urgent=True),),
        never_said=(r"you (?:have|don't have|do have) a (?:good |strong |solid )?case",),
        clock="2026-03-10 20:15", tags=("emergency", N)),
    Scenario(
        "dev7_law_consultation_fee_then_a_callback", "t_law", (
            S("Hi, could I ask how much it costs to sit down with one of your attorneys for a "
              "first meeting? It's about my business partner, Neil Barker, who's been taking money "
              "out of our company.", r"250|two hundred (?:and )?fifty"),
            S("Okay, thanks. I need to check with my accountant before I commit to anything, so "
              "I won't book today."),
            S("Could one of the attorneys give me a call back instead? My name is Vikram Desai."),
            S("The number to use is six four six, five five five, zero one three one."),
            S("Yes, that's all right. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Vikram Desai", "+16465550131",
                          about=r"partner|business|company|money|Barker", urgent=False),),
        tags=("message", N, TWO)),
    Scenario(
        "dev7_law_rear_ended_asks_about_fees_and_video", "t_law", (
            S("Hello. A few weeks ago somebody went into the back of my car at a red light. "
              "Before I go any further, do you charge just to have someone look at whether it's "
              "worth pursuing?", r"no charge|free|no cost|zero|\$0|don't charge|at no"),
            S("And would it have to be in person? I'm still a bit sore and I'd rather not drive.",
              r"phone|video"),
            S("Honestly, do you think I've got a good case?", r"can't|cannot|not able|unable"),
            S("Fair enough. I'll talk it over with my husband and call back to book. Bye for "
              "now.", BYE),
        ),
        outcome="information_only", ends_call=True,
        never_said=(r"you (?:have|don't have|do have) a (?:good |strong |solid )?case",
                    r"you(?:'ll| will) win"),
        tags=("info", N, TWO)),
    # --- plumbing ------------------------------------------------------------------------
    Scenario(
        "dev7_plumb_pop_round_for_a_dripping_tap", "t_plumb", (
            S("Hiya. Is there any chance someone could pop round to look at a leaking tap in my "
              "bathroom? It's only a slow drip, nothing's flooding, but it's driving me mad at "
              "night."),
            S("What do you charge just to come out and have a look?", r"89|eighty[- ]nine"),
            S("Fair enough. We're at 12 Larch Avenue, ZIP code 10001, and we own the place."),
            S("Thursday the 12th would be ideal, the eleven o'clock slot if you've got it. I'm "
              "Priya Shah, and you can ring me on this number."),
            S("Lovely, yes please, book that for Thursday the 12th at eleven.", BOOKED),
            S("Thanks ever so much, bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 11:00", "Priya Shah",
                        about=r"tap|faucet|drip|leak|bathroom"),),
        ends_call=True, tags=("booking", N, TWO)),
    Scenario(
        "dev7_plumb_hot_water_only_lukewarm", "t_plumb", (
            S("Oh, hello. I do hope you can help. For about a fortnight now my hot water has only "
              "been coming out lukewarm, even first thing in the morning, and my late husband "
              "always dealt with this sort of thing, so I'm rather at a loss."),
            S("I live at 7 Birchwood Lane, that's 10002, and it's my own house. There isn't any "
              "water on the floor, it just isn't getting hot."),
            S("Saturday would suit me best, as my son can be here. Saturday the 14th, at nine in "
              "the morning, if you can manage it."),
            S("My name is Edith Collins, and the number I'm ringing from is my home telephone, so "
              "that's the one to use."),
            S("Yes, Saturday the 14th at nine o'clock is just right. Please book it, dear.",
              BOOKED),
            S("Thank you so much for your patience. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Edith Collins",
                        about=r"hot water|heater|lukewarm|warm"),),
        ends_call=True, tags=("booking", N)),
    Scenario(
        "dev7_plumb_husband_fixed_it_with_a_plunger", "t_plumb", (
            S("Hi, good morning. Bit of a funny one: we had someone booked to come and sort out "
              "our blocked kitchen sink on Thursday, but my husband went at it with a plunger "
              "last night and it's draining fine now."),
            S("So we won't need anyone to come out after all. The booking should be under Aisha "
              "Rahman."),
            S("That's the one, Thursday at nine. Yes, please cancel it.", CANCELLED),
            S("No, that's everything. Thanks, bye!", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-12 09:00",), ends_call=True,
        seed=(Seed("2026-03-12 09:00", "Aisha Rahman", CALLER),), tags=("cancel", N)),
    Scenario(
        "dev7_plumb_water_through_the_kitchen_ceiling", "t_plumb", (
            S("Hello? Sorry, I know it's late. There's water coming through my kitchen ceiling "
              "from the bathroom upstairs, it's dripping onto the counter and there's a brown "
              "patch spreading.", r"shut|valve|stop|turn off|water"),
            S("I've just turned the water off at the main valve, I think. It's slowed down a "
              "bit."),
            S("We're at 9 Pine Road, 10003. I'm Dan Whitaker, and this mobile is the best "
              "number."),
            S("Please get someone to call me back as soon as anyone's available. Thanks, bye.",
              BYE),
        ),
        outcome="message_taken",
        messages=(Message("Dan Whitaker", about=r"ceiling|water|leak|kitchen|bathroom",
                          urgent=True),),
        ends_call=True, clock="2026-03-10 23:10", tags=("emergency", N)),
    Scenario(
        "dev7_plumb_renter_asks_the_drain_price_first", "t_plumb", (
            S("Hi. My shower's been draining really slowly for a couple of weeks, and I wanted to "
              "know what you charge to clear a drain.", r"225|two hundred (?:and )?twenty[- ]five"),
            S("Okay, thanks. I rent the flat, though, so I need to check with my landlord before "
              "anyone comes out."),
            S("Could somebody call me back later in the week, once I've had a chance to ask him? "
              "I'm Marco Bianchi."),
            S("You can reach me on this number, the one I'm calling from. The flat is at 45 Elm "
              "Street, 10002."),
            S("Yes, that's right. Please pass the message on. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Marco Bianchi", about=r"drain|shower|landlord|slow", urgent=False),),
        tags=("message", N, TWO)),
    Scenario(
        "dev7_plumb_builder_checks_the_licence_then_asks_for_dispatch", "t_plumb", (
            S("Morning. I'm a builder doing a kitchen refit over on Cedar Avenue, and I'm after a "
              "plumber to move the sink and dishwasher lines. First off, are you lot licensed and "
              "insured?", r"licensed|insured|yes"),
            S("Good. And do you take cheques, or is it card only?", r"check|cheque|card|cash"),
            S("Right, it's easier if I talk it through with a person, to be honest. Can you put "
              "me through to whoever does the scheduling?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, tags=("transfer", N, TWO)),
    # --- salon ---------------------------------------------------------------------------
    Scenario(
        "dev7_salon_busy_mum_finally_books_a_cut", "t_salon", (
            S("Hi! Sorry, I've got a toddler hanging off my leg. I've been putting it off for "
              "months, but I'd really love a proper cut and style for myself, something to make "
              "me feel human again."),
            S("Anyone's fine, honestly, whoever's free. I've been in once before, ages ago."),
            S("Evenings are easiest once my partner's home. Let me just look at the calendar on "
              "the fridge... right, could I do Thursday the 12th at six in the evening?"),
            S("It's Gemma Walsh, and this mobile's the best number for me."),
            S("Oh, and will I get a text to confirm it? I forget everything these days."),
            S("Brilliant. Yes, please book me in for Thursday the 12th at six.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 18:00", "Gemma Walsh", about=r"women|cut|style"),),
        tags=("booking", N)),
    Scenario(
        "dev7_salon_teenager_tidy_up_before_the_formal", "t_salon", (
            S("Hey, um, I've got my school formal next weekend and my hair's kind of a mess. "
              "Could I just get it tidied up? Like, a guy's haircut, nothing fancy."),
            S("How much is that, sorry?", r"35|thirty[- ]five"),
            S("Cool. I don't mind who does it. Saturday morning's best 'cause I've got footy in "
              "the afternoon, so like Saturday the 14th at nine?"),
            S("It's Liam O'Connor. And yeah, just use the number I'm on."),
            S("Yep, Saturday the 14th at nine in the morning, sweet, book it in.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 09:00", "Liam O'Connor", about=r"men|cut|trim|hair"),),
        tags=("booking", N, TWO)),
    Scenario(
        "dev7_salon_cancels_saturday_and_books_a_thursday_cut", "t_salon", (
            S("Hello, I have a blow-dry booked with you on Saturday morning, but my plans have "
              "changed completely, so I need to call that one off, I'm afraid."),
            S("It's under Priya Nair."),
            S("Yes, please go ahead and cancel Saturday at eleven.", CANCELLED),
            S("While I have you, though, I'd like a women's haircut and style on Thursday the "
              "19th at seven in the evening, with anyone who's free."),
            S("Same name and same number, Priya Nair on this phone."),
            S("Yes, that's right, Thursday the 19th at seven in the evening. Please book it.",
              BOOKED),
            S("That's all, thank you. Bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-19 19:00", "Priya Nair", about=r"women|cut|style"),),
        cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Priya Nair", CALLER),), tags=("cancel", N, TWO)),
    Scenario(
        "dev7_salon_lips_swelling_the_morning_after_colour", "t_salon", (
            S("Hi, I had my colour done at your salon yesterday, and since I woke up my eyelids "
              "and lips have swollen right up and my throat feels tight and scratchy when I "
              "swallow.", r"911|emergency"),
            S("Okay. My flatmate's going to drive me to the hospital right now."),
            S("Please tell the stylist what's happened. I'm Zoe Hartley, and my number's the one "
              "I'm calling from."),
            S("Thanks. I have to go. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Zoe Hartley",
                          about=r"colou?r|swell|swollen|lip|eye|throat|reaction", urgent=True),),
        ends_call=True, clock="2026-03-11 10:30", tags=("emergency", N)),
    Scenario(
        "dev7_salon_hair_for_a_wedding_party", "t_salon", (
            S("Hello! My daughter's getting married in June, and we'd love to have hair done for "
              "the bride and four bridesmaids on the morning. Is that the sort of thing you do?"),
            S("I'd rather talk it through properly with whoever organises that side of things, so "
              "could they give me a ring back? There's no rush at all."),
            S("My name's Brenda Fairfax."),
            S("This number's fine, I'm on it all day."),
            S("Yes, that's lovely, please pass it on. Thank you!", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Brenda Fairfax", about=r"wedding|bride|bridesmaid|june|party|group",
                          urgent=False),),
        tags=("message", N)),
    Scenario(
        "dev7_salon_balayage_price_then_a_person", "t_salon", (
            S("Hello, good afternoon. I want to ask you something. The balayage, how much it is "
              "costing at your salon?", r"195|one hundred (?:and )?ninety[- ]five"),
            S("Okay. And my hair is very long, until the middle of my back. It is the same price, "
              "or more?"),
            S("I think is better I speak with a person from the salon about this. Can you connect "
              "me to somebody, please?", PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, clock="2026-03-10 15:00",
        tags=("transfer", N, TWO)),
    # --- real estate ---------------------------------------------------------------------
    Scenario(
        "dev7_homes_little_house_on_maple_drive", "t_homes", (
            S("Hi there! I spotted a lovely little house on Maple Drive online, number 22, and "
              "I'd love to have a look round it before someone else snaps it up."),
            S("We're buying. Our mortgage pre-approval is sorted, and we're not working with any "
              "other agent."),
            S("Saturday the 14th would be great, at half past ten in the morning."),
            S("It'd be me, Chloe Bennett, and you can reach me on this one."),
            S("Yes please, Saturday the 14th at half past ten, that's perfect.", BOOKED),
            S("Oh, one more thing. Do we have to sign anything before the viewing?",
              r"agreement|sign"),
            S("Good to know. Thanks so much, bye!", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 10:30", "Chloe Bennett",
                        about=r"Maple|show|view|tour|buy"),),
        ends_call=True, tags=("booking", N, TWO)),
    Scenario(
        "dev7_homes_ball_rolling_on_selling_the_flat", "t_homes", (
            S("Hello. I'd like to get the ball rolling on selling my flat. I've never done this "
              "before, so I'm not really sure where to start."),
            S("It's a two-bedroom, number 14 in Harbour Court. It isn't listed with anyone else, "
              "and I'd like to move by the summer."),
            S("Could someone come and look at it on Wednesday the 18th, at half past four in the "
              "afternoon?"),
            S("My name is Graham Holt, and the number I'm calling from is fine."),
            S("Great, yes, Wednesday the 18th at 4:30 in the afternoon. Please book it.",
              BOOKED),
            S("No, that's all for now. Thank you, goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-18 16:30", "Graham Holt",
                        about=r"sell|valuation|flat|apartment|listing|Harbour"),),
        ends_call=True, never_said=(r"worth (?:about|around|roughly)",),
        tags=("booking", N)),
    Scenario(
        "dev7_homes_moves_the_viewing_to_sunday", "t_homes", (
            S("Hi, I've got a viewing booked with you this Saturday morning, but my sister's "
              "flying in that day, so I'd like to shift it if I can."),
            S("It's under the name Nadia Haddad."),
            S("Sunday would work much better. Sunday the 15th at half past one in the afternoon?"),
            S("Yes, please move it to Sunday the 15th at 1:30.", MOVED),
            S("And what should I bring along on the day?",
              r"\bID\b|identification|pre-?approval"),
            S("Perfect, thanks for your help. Bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-15 13:30", "Nadia Haddad"),),
        cancelled=("2026-03-14 11:00",), ends_call=True,
        seed=(Seed("2026-03-14 11:00", "Nadia Haddad", CALLER),), tags=("move", N, TWO)),
    Scenario(
        "dev7_homes_rotten_egg_smell_by_the_boiler", "t_homes", (
            S("Hi, I rent one of the houses your agency manages, 48 Birch Lane. I've just come "
              "home and there's a really strong rotten-egg smell in the hallway near the boiler "
              "cupboard.", r"911|leave|out of the (?:house|home)|outside|gas"),
            S("Okay, we're all outside on the street now, the kids too."),
            S("I'm Owen Price, and please use this number, it's my mobile."),
            S("Please have someone from the agency call me back tonight if they can. Thanks.",
              PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Owen Price", about=r"smell|egg|gas|boiler|Birch", urgent=True),),
        clock="2026-03-10 21:45", tags=("emergency", N)),
    Scenario(
        "dev7_homes_renting_out_mums_house", "t_homes", (
            S("Hello. My mother moved into a care home last month, and we're thinking her house "
              "might be better rented out than sitting empty. Is that something your people look "
              "after?"),
            S("I'm not ready to pin down a time yet; I'd just like one of the agents to give me a "
              "ring to talk it through."),
            S("It'd be me, Alan Fitzgerald. The best number is nine one seven, five five five, "
              "zero one eight two."),
            S("Yes, that's right. Thanks, please pass it on.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Alan Fitzgerald", "+19175550182",
                          about=r"rent|mother|house|manag|care home|let", urgent=False),),
        tags=("message", N)),
    Scenario(
        "dev7_homes_signing_first_and_sunday_hours", "t_homes", (
            S("Hi, quick one. If we wanted to go and see a few houses with one of your agents, do "
              "we have to sign anything first?", r"agreement|sign"),
            S("Hmm, okay. And are you open on Sundays at all? Weekdays are tricky for us.",
              r"noon|12|twelve|midday"),
            S("Do we need to be pre-approved before we can look at anything?", r"pre-?approv"),
            S("That's really helpful. We'll have a chat about it and call back. Bye!", BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", N, TWO)),
    # --- veterinary ----------------------------------------------------------------------
    Scenario(
        "dev7_vet_new_kitten_at_half_nine", "t_vet", (
            S("Hello! We've just brought home a kitten, a little tabby called Pickle, and I'd "
              "like her checked over and her jabs started. Nothing's wrong, she's bouncing off "
              "the walls."),
            S("We haven't been to you before. What does a first visit cost?",
              r"75|seventy[- ]five"),
            S("That's fine. Mornings are better for me, say Thursday the 12th at half nine?"),
            S("The appointment would be under my name, Rosie Carmichael, and you can reach me on "
              "this number."),
            S("Lovely, Thursday the 12th at half past nine it is. Yes, please book it.", BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-12 09:30", "Rosie Carmichael",
                        about=r"kitten|Pickle|cat|vaccin|jab|check|new"),),
        tags=("booking", N, TWO)),
    Scenario(
        "dev7_vet_old_spaniel_keeps_scratching_his_ears", "t_vet", (
            S("Good morning. My old boy Rufus, he's a twelve-year-old spaniel, has been scratching "
              "at his ears and shaking his head for about a week now. He's eating fine and he's "
              "his usual self otherwise, so it's not an emergency."),
            S("Forgive me, am I speaking to a real person, or is this one of those computer "
              "answering services?", avoid=ROBOT),
            S("We've been coming to you for years, ever since he was a pup."),
            S("Saturday morning is the only time my son can drive us. Would Saturday the 14th at "
              "half past eleven be possible?"),
            S("The name is Geoffrey Marsh, and the number I'm calling from is the one to use."),
            S("Yes, Saturday the 14th at half past eleven, that's splendid. Please book it.",
              BOOKED),
            S("Thank you, you've been most kind. Goodbye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-14 11:30", "Geoffrey Marsh",
                        about=r"ear|scratch|Rufus|dog|spaniel|head"),),
        ends_call=True, tags=("booking", N)),
    Scenario(
        "dev7_vet_away_on_friday_and_the_rabies_price", "t_vet", (
            S("Hi, I need to call off Biscuit's appointment on Friday morning. We're going to be "
              "away visiting family, so we'll rebook when we're back."),
            S("It's booked under Lucy Fairweather."),
            S("Yes, that's the one, Friday at half past ten. Please cancel it.", CANCELLED),
            S("While I've got you, how much is a rabies jab these days? I want to budget for when "
              "we're back.", r"\b30\b|thirty"),
            S("Thanks, that's great. Bye!", BYE),
        ),
        outcome="information_only", cancelled=("2026-03-13 10:30",), ends_call=True,
        seed=(Seed("2026-03-13 10:30", "Lucy Fairweather", CALLER),), tags=("cancel", N, TWO)),
    Scenario(
        "dev7_vet_puppy_chewed_a_packet_of_sugar_free_gum", "t_vet", (
            S("Hi, sorry, I know you're probably closed. Our puppy got into my handbag and chewed "
              "through a whole packet of sugar-free gum, wrappers and all, maybe twenty minutes "
              "ago.", r"emergency|animal hospital|poison|right away|now"),
            S("Should I try to make her sick first?",
              r"don't|do not|not|vet|can't|cannot|advice|hospital"),
            S("Okay, we're getting in the car now. I'm Megan Doyle, and it's this number if the "
              "vet wants to check in tomorrow."),
            S("Thanks so much. Bye.", BYE),
        ),
        outcome="message_taken",
        messages=(Message("Megan Doyle", about=r"gum|xylitol|puppy|ate|chew", urgent=True),),
        ends_call=True, clock="2026-03-10 22:00", tags=("emergency", N)),
    Scenario(
        "dev7_vet_mittens_is_doing_better_on_her_tablets", "t_vet", (
            S("Hello, it's about my cat, Mittens. The vet we saw last week started her on tablets "
              "for her thyroid, and asked me to ring in after a week to say how she's getting "
              "on."),
            S("She's doing much better, actually. She's eating well and she isn't as restless at "
              "night. There's no rush at all, I just promised I'd let them know."),
            S("My name's Sandra Whitlock, and you can ring me back on this number if the vet has "
              "any questions."),
            S("Yes, that's all correct. Please pass it on. Thank you.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Sandra Whitlock", about=r"Mittens|thyroid|tablet|cat|better",
                          urgent=False),),
        tags=("message", N)),
    Scenario(
        "dev7_vet_teenager_with_a_rabbit_asks_for_a_person", "t_vet", (
            S("Hi, um, so do you guys see rabbits? I've got a bunny called Clover and she needs, "
              "like, a check-up and her nails done.", r"dogs and cats|rabbit|ask|vet"),
            S("Oh okay. And how much is a normal check-up? My mum asked me to find out.",
              r"65|sixty[- ]five"),
            S("Cool, cool. Actually, can I just talk to a real person there? It's easier.",
              PUT_THROUGH),
        ),
        outcome="transferred", transfer=True, overrides=LINE, tags=("transfer", N, TWO)),
    # --- auto repair ---------------------------------------------------------------------
    Scenario(
        "dev7_auto_spanner_light_means_an_oil_change", "t_auto", (
            S("Morning. The little spanner light's come on in my car, and the sticker on the "
              "windscreen says it's due an oil change, so I suppose I'd better bring it in."),
            S("It's a 2019 Mazda 3, about forty thousand miles on it. I'll drop it off on my way "
              "to work."),
            S("Friday the 13th, first thing, half seven in the morning, if you've got it."),
            S("My name's Ellie Chambers, and you can get me on the number I'm calling from."),
            S("Yes, great, Friday the 13th at 7:30 in the morning. Book it in, please.", BOOKED),
            S("Oh, and if they find anything else while it's in, will someone ring me before "
              "doing the work?", r"approv|estimate|call"),
            S("Perfect, that's all I needed. Bye.", BYE),
        ),
        outcome="booked",
        booked=(Booking("2026-03-13 07:30", "Ellie Chambers",
                        about=r"oil|service|spanner|maint"),),
        ends_call=True, tags=("booking", N, TWO)),
    Scenario(
        "dev7_auto_looking_over_a_used_car_before_buying", "t_auto", (
            S("Hi there. I'm thinking of buying a second-hand car from a private seller, and I'd "
              "like someone who knows what they're doing to look it over first. Do you do that, "
              "and what does it cost?", r"149|one hundred (?:and )?forty[- ]nine"),
            S("Hmm, let me just check when the seller said I could borrow it... right, he's fine "
              "with Monday."),
            S("So Monday the 16th at half past one in the afternoon, if that's free. It's a 2016 "
              "Toyota RAV4."),
            S("I'm Farid Rahimi, and this number's the best one to reach me."),
            S("Yes, that's right, Monday the 16th at 1:30 in the afternoon. Please book it.",
              BOOKED),
        ),
        outcome="booked",
        booked=(Booking("2026-03-16 13:30", "Farid Rahimi",
                        about=r"pre-?purchase|inspect|buy|look|used"),),
        tags=("booking", N, TWO)),
    Scenario(
        "dev7_auto_tradie_needs_the_van_on_thursday", "t_auto", (
            S("G'day mate. I've got the work van booked in with you Thursday morning, but a big "
              "job's just landed and I need the van on site all day, so can we shift it?"),
            S("Booking's under Dev Sharma."),
            S("Saturday'd be best. Saturday the 14th at ten in the morning, if you've got a "
              "spot."),
            S("Yep, move it to Saturday the 14th at ten. Cheers.", MOVED),
            S("And how late are you open on Saturdays, in case I'm running behind?",
              r"\b3\b|three"),
            S("Too easy. Thanks mate, bye.", BYE),
        ),
        outcome="booked", booked=(Booking("2026-03-14 10:00", "Dev Sharma"),),
        cancelled=("2026-03-12 08:30",), ends_call=True,
        seed=(Seed("2026-03-12 08:30", "Dev Sharma", CALLER),), tags=("move", N, TWO)),
    Scenario(
        "dev7_auto_brake_pedal_sinks_to_the_floor", "t_auto", (
            S("Hi, I'm actually on my way to you, and the brake pedal has just gone really soft, "
              "it's sinking nearly to the floor. I've managed to pull into a petrol station on "
              "Route 9.", r"tow|don't drive|not drive|safe"),
            S("Okay, I won't drive it any further. I'm parked up, and nobody's hurt."),
            S("My name's Marcus Bell, and you can reach me on this mobile. It's a 2014 Ford "
              "Fiesta."),
            S("Please have someone call me back as soon as they can about getting it to you. "
              "Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Marcus Bell", about=r"brake|pedal|tow|floor", urgent=True),),
        tags=("emergency", N)),
    Scenario(
        "dev7_auto_how_is_the_subaru_getting_on", "t_auto", (
            S("Hello, my car's been with you since Monday, the blue Subaru Outback, and I was "
              "hoping to find out how it's getting on."),
            S("There's no hurry at all. Could someone just give me a ring when they've a spare "
              "moment?"),
            S("It's under Kenji Watanabe, and the number I'm calling from is fine."),
            S("Yes, that's it. Please pass that along. Thanks.", PASSED),
        ),
        outcome="message_taken",
        messages=(Message("Kenji Watanabe", about=r"Subaru|Outback|update|progress|car",
                          urgent=False),),
        tags=("message", N)),
    Scenario(
        "dev7_auto_electrician_asks_about_vans_and_saturdays", "t_auto", (
            S("Hi, I run a small electrical business and we've got three vans. Do you work on "
              "vans and trucks, or just cars?", r"truck|van|SUV|most"),
            S("Good. What do you charge for a four-wheel alignment?",
              r"129|one hundred (?:and )?twenty[- ]nine"),
            S("And what time do you shut on a Saturday?", r"\b3\b|three"),
            S("Right, I'll check with the lads which day suits and ring back. Cheers, bye.",
              BYE),
        ),
        outcome="information_only", ends_call=True, tags=("info", N, TWO)),
)
