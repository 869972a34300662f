"""The receptionist's exam (`make eval`): every scripted caller in tests/scenarios, in text mode
and the audio subset through the phone-line path, plus the held-out callers (heldout.py, issue
14) in text mode, on the embedded local model.

Takes: about 15 minutes on 2 cores for the default run, every time (estimated from its parts:
text, grown, held-out, and the ten audio callers, 7 to 8 minutes of it; the test database and its
businesses are made anew each run); --quick (five text callers) about 30 s.

Runs the scenarios as the pytest tests they are (same fixtures, same fleet of businesses, a
test database on DATABASE_URL's server or the embedded one), collects each scenario's verdict,
prints it with the first reasons for a failure, and ends with

    RESULT scenario_pass_rate=<0..1>          # the first 35 callers (catalogue.py): gated
    RESULT grown_scenario_pass_rate=<0..1>    # the 125 added (exam.py ADDED): measured
    RESULT audio_scenario_pass_rate=<0..1>    # the first ten audio callers: gated
    RESULT heldout_pass_rate=<0..1>

Exits non-zero when the text or audio rate is below the goal (0.9). The grown exam is measured
until it reaches the goal; its 24 audio callers run with --audio-grown (about 40 minutes).
The held-out rate is reported apart with its goal (0.9) but is measured, not gated, until
the understanding work of issue 14 lands: it never changes the exit code (only a held-out run
asked for alone with --heldout that ran nothing does).

    .venv/bin/python bench/eval_scenarios.py            # all three
    .venv/bin/python bench/eval_scenarios.py --text     # text mode only (the gated 35)
    .venv/bin/python bench/eval_scenarios.py --grown    # the grown exam's 125, text mode
    .venv/bin/python bench/eval_scenarios.py --audio-grown  # all 34 audio callers
    .venv/bin/python bench/eval_scenarios.py --heldout  # the held-out callers only
    .venv/bin/python bench/eval_scenarios.py --heldout-fresh  # the fresh held-out callers only
    .venv/bin/python bench/eval_scenarios.py --heldout-unseen  # the unseen held-out callers only
    .venv/bin/python bench/eval_scenarios.py --dev      # the development callers only
    .venv/bin/python bench/eval_scenarios.py --dev2     # the second development callers only
    .venv/bin/python bench/eval_scenarios.py --dev3     # the third development callers only
    .venv/bin/python bench/eval_scenarios.py --dev4     # the fourth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev5     # the fifth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev6     # the sixth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev7     # the seventh development callers only
    .venv/bin/python bench/eval_scenarios.py --dev8     # the eighth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev9     # the ninth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev10    # the tenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev11    # the eleventh development callers only
    .venv/bin/python bench/eval_scenarios.py --dev12    # the twelfth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev13    # the thirteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev14    # the fourteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev15    # the fifteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev16    # the sixteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev17    # the seventeenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev18    # the eighteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev19    # the nineteenth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev20    # the twentieth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev21    # the twenty-first development callers only
    .venv/bin/python bench/eval_scenarios.py --dev22    # the twenty-second development callers only
    .venv/bin/python bench/eval_scenarios.py --dev23    # the twenty-third development callers only
    .venv/bin/python bench/eval_scenarios.py --dev24    # the twenty-fourth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev25    # the twenty-fifth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev26    # the twenty-sixth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev27    # the twenty-seventh development set only
    .venv/bin/python bench/eval_scenarios.py --dev28    # the twenty-eighth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev29    # the twenty-ninth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev30    # the thirtieth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev31    # the thirty-first development callers only
    .venv/bin/python bench/eval_scenarios.py --dev32    # the thirty-second development callers only
    .venv/bin/python bench/eval_scenarios.py --dev33    # the thirty-third development callers only
    .venv/bin/python bench/eval_scenarios.py --dev34    # the thirty-fourth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev35    # the thirty-fifth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev36    # the thirty-sixth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev37    # the thirty-seventh development set only
    .venv/bin/python bench/eval_scenarios.py --dev38    # the thirty-eighth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev39    # the thirty-ninth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev40    # the fortieth development callers only
    .venv/bin/python bench/eval_scenarios.py --dev41    # the forty-first development callers only
    .venv/bin/python bench/eval_scenarios.py --dev42    # the forty-second development callers only
    .venv/bin/python bench/eval_scenarios.py --dev43    # the forty-third development callers only
    .venv/bin/python bench/eval_scenarios.py --dev44    # the forty-fourth development callers only
    .venv/bin/python bench/eval_scenarios.py --text -k dental
    .venv/bin/python bench/eval_scenarios.py --audio --audio-k salon_sunday,vet_cancels
    .venv/bin/python bench/eval_scenarios.py --quick    # five text callers: does it run?
    .venv/bin/python bench/eval_scenarios.py --dev37 --dev38 --perturb fillers

--perturb KIND says every caller line of the chosen text sets another way with the same meaning
(tests/scenarios/perturb.py: fillers, plain recogniser text, contractions, numbers in words, a
greeting and thanks, everyday synonyms, or `mixed`, one of them but plain drawn line by line) and
prints each rate as `RESULT <set>_<KIND>_pass_rate=`: how much of what passes depends on the
exact words the sets were written in.

--quick runs the text callers in QUICK_SCENARIOS (or those -k picks) and prints
`RESULT quick scenario_pass_rate=`; its exit code says only whether the exam ran (the gate is
the full run's).

The fresh callers (heldout_fresh.py; held out until 2026-12-03, a development set since, read
and fixed by failure kind) run only when --heldout-fresh asks for them and print
`RESULT heldout_fresh_pass_rate=`, measured and never gated like --heldout.
So do the second fresh set's unseen callers (heldout_unseen.py, never tuned on) with
--heldout-unseen, which prints `RESULT heldout_unseen_pass_rate=`. The sets never tuned on
(--heldout, --heldout-unseen) print their totals only: no caller's name, verdict, report or
transcript (tests/scenarios/catalogue.py NEVER_SHOWN). The development callers
(dev_callers.py, read and fixed by failure kind) run only with --dev and print
`RESULT dev_pass_rate=`, measured and never gated; the second development set's callers
(dev_callers_2.py) likewise only with --dev2, printing `RESULT dev2_pass_rate=`, the third
development set's (dev_callers_3.py) only with --dev3, printing `RESULT dev3_pass_rate=`, the
fourth development set's (dev_callers_4.py) only with --dev4, printing `RESULT dev4_pass_rate=`,
the fifth development set's (dev_callers_5.py) only with --dev5, printing
`RESULT dev5_pass_rate=`, the sixth's (dev_callers_6.py, callers' lines as the speech
recogniser writes them) only with --dev6, printing `RESULT dev6_pass_rate=`, the seventh's
(dev_callers_7.py, natural, chatty everyday callers, many with two errands) only with --dev7,
printing `RESULT dev7_pass_rate=`, the eighth's (dev_callers_8.py, terse, impatient callers
who correct the receptionist) only with --dev8, printing `RESULT dev8_pass_rate=`, the
ninth's (dev_callers_9.py, ordinary callers in a held-out-like mix of kinds) only with --dev9,
printing `RESULT dev9_pass_rate=`, the tenth's (dev_callers_10.py, callers as transcribed
from real calls to small businesses, in the same mix) only with --dev10, printing
`RESULT dev10_pass_rate=`, the eleventh's (dev_callers_11.py, ordinary callers as an
independent QA engineer would write them, in the same mix) only with --dev11, printing
`RESULT dev11_pass_rate=`, the twelfth's (dev_callers_12.py, slightly complicated calls:
two errands, a closed day or a service not offered, booking for someone else, in the same mix)
only with --dev12, printing `RESULT dev12_pass_rate=`, the thirteenth's
(dev_callers_13.py, regulars who speak the trade's language and ask about insurance and
payment, in the same mix) only with --dev13, printing `RESULT dev13_pass_rate=`, the
fourteenth's (dev_callers_14.py,
calls as they go on a real phone line: the caller checks the connection, asks for a repeat,
puts the receptionist on hold, talks to someone in the room or takes an answer back, in the same
mix) only with --dev14, printing `RESULT dev14_pass_rate=`, the fifteenth's
(dev_callers_15.py, callers who call for someone else or are not sure what they need, in the
same mix) only with --dev15, printing `RESULT dev15_pass_rate=`, the sixteenth's
(dev_callers_16.py, callers who ramble, digress and carry several things in one call, in the
same mix) only with --dev16, printing `RESULT dev16_pass_rate=`, the seventeenth's
(dev_callers_17.py, callers with feelings and doubts: anxious, upset over a past visit, hard of
hearing or sceptical of how the call works, in the same mix) only with --dev17, printing
`RESULT dev17_pass_rate=`, the eighteenth's (dev_callers_18.py, callers who speak English
as a second language or a strong informal English: dropped words, literal translations,
day-first dates, numbers in groups, names spelled their own way, in the same mix) only with
--dev18, printing `RESULT dev18_pass_rate=`, the nineteenth's (dev_callers_19.py, callers who
bring the practical details of their lives into the call: they book around a constraint and then
name a time in their own words, give an address, a gate code, a work number or an email, and ask
about insurance, payment, parking and policies first, in the same mix) only with --dev19, printing
`RESULT dev19_pass_rate=`, the twentieth's (dev_callers_20.py, regulars and returning
customers who talk as if the receptionist knew their history: past visits, named staff, earlier
calls, a quote, a follow-up they were told to book, a bill, a part that was ordered, in the same
mix) only with --dev20, printing `RESULT dev20_pass_rate=`, the twenty-first's
(dev_callers_21.py, callers who negotiate and change their minds: they turn times down, ask for
something later or sooner, move the day they named, switch the service or who it is for,
compare prices and book two things, in the same mix) only with --dev21, printing
`RESULT dev21_pass_rate=`, the twenty-second's (dev_callers_22.py, callers who say dates,
times and durations every way real people do: "the day after tomorrow, two-ish", "a week from
Thursday", "the Monday after next", "3/19", "any morning but Wednesday", "same day but an hour
later", in the same mix) only with --dev22, printing `RESULT dev22_pass_rate=`,
the twenty-third's (dev_callers_23.py, callers who give their
names, numbers and identities as real people do: numbers in groups, "oh" and "double seven",
the area code last or corrected digit by digit, a callback other than the line they ring from,
names spelled and hyphenated, a nickname, a booking for a child, a parent or a pet, in the same
mix) only with --dev23, printing `RESULT dev23_pass_rate=`, the twenty-fourth's
(dev_callers_24.py, callers who speak disfluently, as a phone recogniser transcribes real
people: fillers, false starts and restarts, repeated words, self-repairs mid-sentence, trailing
off, hedges and run-on lines, in the same mix) only with --dev24, printing
`RESULT dev24_pass_rate=`, the twenty-fifth's (dev_callers_25.py, callers who describe their
problem or situation in their own words instead of naming the service: symptoms, noises, what
happened, lay words, brand names and the wrong trade word, some asking for what the business
does not offer, in the same mix) only with --dev25, printing `RESULT dev25_pass_rate=`,
the twenty-sixth's (dev_callers_26.py, shoppers and planners who
weigh things up before committing: a price, a duration, the hours or the difference between two
services first, options compared aloud, a condition on the time, the first or the last slot of
the day, in the same mix) only with --dev26, printing `RESULT dev26_pass_rate=`, the
twenty-seventh's (dev_callers_27.py, callers responding to something: a reminder text or
voicemail, a recall notice, a letter, an email or a missed call; they confirm, move or cancel
the appointment it was about, run late for one today, book the next visit, ask why they were
called or call back about an earlier conversation, in the same mix) only with --dev27, printing
`RESULT dev27_pass_rate=`, the
twenty-eighth's (dev_callers_28.py, callers at the edges of what the business does: a service it
does not offer, a diagnosis, an opinion, a guaranteed price, a discount or a same-hour visit by
phone, a staff member's own number, the wrong kind of business, two asks of which only one is
offered, then settling for what it does offer; suppliers, job seekers, neighbours and companies
among them, in the same mix) only with --dev28, printing `RESULT dev28_pass_rate=`, the
twenty-ninth's (dev_callers_29.py, callers who want several things in one call: two bookings for
themselves and a child, a spouse, a second pet, car or rental, a booking with a question or a
message for a member of staff, a cancellation then another booking, a move and a question, two
services asked about and one booked, something added to the same visit, a question then a
message, a person or an emergency, in the same mix) only with --dev29, printing
`RESULT dev29_pass_rate=`, the thirtieth's (dev_callers_30.py, callers whose style is far
from a tidy script: terse callers of a word or three a line, elderly callers who tell a story
first, simple or ungrammatical English, impatient, very formal, answering a question with a
question, saying what they want only indirectly, or all of that at once, in the same mix) only
with --dev30, printing `RESULT dev30_pass_rate=`, the thirty-first's (dev_callers_31.py,
callers who are wary of the process and ask about it while they get what they want: is this a
robot or an AI, is the call recorded, why a number or a date of birth, who calls back and when,
a text instead, the office or a call centre; reluctant with their details, hard of hearing, or
testing the receptionist with a trick first, in the same mix) only with --dev31, printing
`RESULT dev31_pass_rate=`, the thirty-second's (dev_callers_32.py, callers whose
call is interrupted or who lose the thread and pick it up again: "hold on one second... sorry,
I'm back", someone in the room, "what was the first time you said?", "go back, I missed that",
a dropped call rung back, a question in the middle of a request, a caller driving or at work
answering in fragments, a child or a spouse taking the phone for a line, in the same mix) only
with --dev32, printing `RESULT dev32_pass_rate=`, the thirty-third's (dev_callers_33.py,
callers who have something wrong about the business or their own booking and must be set right
honestly while getting what they want: a service it does not list, an old or wrong price, an
hour or a day it is closed, a staff member by a name it never gave, another business, their
appointment on another day or at another time, or a booking never made; some insist, some
apologise, some correct themselves, in the same mix) only with --dev33, printing
`RESULT dev33_pass_rate=`, the thirty-fourth's (dev_callers_34.py,
callers with scheduling constraints who negotiate the time: "not mornings", "only after four",
"any day but Wednesday", "the earliest you have", "before my flight on Friday", "a Saturday if
possible", "after school", "between two and four", "the week after next", turning an offer down
for a new window, "anything sooner?", "the later one", "the first one", "half an hour later
than that", the final day and time said plainly later, in the same mix) only with --dev34,
printing `RESULT dev34_pass_rate=`, the thirty-fifth's (dev_callers_35.py, callers who ring
in a professional role or for an organisation: an executive assistant booking for a boss under
the boss's name, an office manager or HR coordinator for staff, a school nurse, a caseworker, a
social worker or home-care aide for a client, a property manager for a tenant's unit, a fleet
manager for a company van, a paralegal at another firm, a realtor for a client, giving the
organisation, their own name and whom the call is for, sometimes a direct line, an extension or
a purchase order, in the same mix) only with --dev35, printing `RESULT dev35_pass_rate=`, the
thirty-sixth's (dev_callers_36.py, callers who give
the trade's qualification details in their own order and their own way: a car's year, make,
model and mileage before being asked or spread over lines, a pet's species, breed, age and
weight with the symptom, a patient's status, insurance and date of birth all at once or
declined, a seller's property, area and timing, a legal matter's kind, other party and deadline,
a plumbing job's address, ownership and whether it leaks; two answers in one sentence, an answer
to a question not yet asked, "I don't know" and "skip that", in the same mix) only with --dev36,
printing `RESULT dev36_pass_rate=`, the thirty-seventh's (dev_callers_37.py, ordinary callers with
no special theme, as a caller-experience researcher would script them after a week of real calls to
each kind of small business: first-time and returning callers, every kind of request phrased the way
people actually phrase it, at the hours such calls come in, in the same mix) only with --dev37,
printing `RESULT dev37_pass_rate=`, the thirty-eighth's (dev_callers_38.py, callers who refer back
to what was said earlier in the call with pronouns and short references, "same time but Thursday",
"make it for him instead", "the earlier one", "the second one", "that one", "do that", "same
number", "it", "there", and build their request over several short lines that each lean on the one
before, the final day, time, service and name said plainly later, in the same mix) only with
--dev38, printing `RESULT dev38_pass_rate=`, the thirty-ninth's (dev_callers_39.py, callers with a
complaint, a follow-up after a visit or a job, a billing question or a warranty problem: the crown
fell out, the leak came back, the dog still limps after the visit, the brakes squeal again after the
repair, the colour came out wrong, a bill charged twice or at the wrong price, an agent or an
attorney who never called back; some want the follow-up booked, some a message for the owner in
their own words, some are upset and want a person, some are emergencies, in the same mix) only with
--dev39, printing `RESULT dev39_pass_rate=`, the fortieth's (dev_callers_40.py, callers written the
way a competitor's QA lead would write them to find where a receptionist fails while staying fair:
requests in unusual but natural words, numbers and times said in words, hedges and fillers, a
question and a request in one sentence, a change of mind, a name that is also a common word or a
month, a street address or ZIP code beside the phone number, a caller who asks what the receptionist
can do, in the same mix) run only with --dev40, printing `RESULT dev40_pass_rate=`, the
forty-third's (dev_callers_43.py, callers on a mobile in a noisy place whose lines arrive as a phone
speech recogniser writes them: words missing or misheard as homophones, "for" for four, "to" for
two, "won" for one, run-on sentences without punctuation, fillers, a name spelled letter by letter,
numbers split oddly, the final details said as plainly as the recogniser allows in a later line, in
the same mix) run only with --dev43, printing `RESULT dev43_pass_rate=`, and the forty-fourth's
(dev_callers_44.py, callers whose need is time-sensitive: "anything today?", "can you squeeze me in
before six?", tonight, this weekend, before a trip, a wedding, a surgery, a house closing or a
kennel stay, near closing time, just after closing, on a Sunday; some get what they want, some are
told honestly that it cannot be done in time and take the nearest slot or leave a message, some are
emergencies, in the same mix) only with --dev44, printing `RESULT dev44_pass_rate=`, and the
forty-first's (dev_callers_41.py, ordinary callers with no special theme, as the office manager of a
small business would script them after transcribing a month of her own incoming calls and asking
friends at other kinds of business for theirs: first-time and returning callers, phrased the way
people really phrase things, at realistic hours, typical and not exotic, in the same mix) run only
with --dev41, printing `RESULT dev41_pass_rate=`, and the forty-second's (dev_callers_42.py, older
callers and callers who find the telephone hard: they speak slowly and give their details piece by
piece over several lines, repeat themselves, ask the receptionist to say it again, to slow down or
to speak up, "what was that, dear?", put right a detail they got wrong, give a landline that is
often not the line they ring from, and mention a hearing aid, a carer or a family member in the
room, the final day, time, service and name said plainly in a later line, in the same mix) run only
with --dev42, printing `RESULT dev42_pass_rate=`.

Each verdict line shows what the scenario took, and each suite its total, so CI can keep the
exam inside its time budget.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from _common import bench_parser, bench_start, quick, result

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.scenarios.perturb import KINDS as PERTURBATIONS  # noqa: E402

GOAL = 0.9
# --quick: a booking, an open question for the model, a message, an emergency, a cancellation
QUICK_SCENARIOS = ("dental_books_a_cleaning_next_tuesday_morning",
                   "dental_open_question_goes_to_the_model", "law_takes_a_callback_message",
                   "plumbing_gas_smell_is_an_emergency", "clinic_cancels_an_appointment")
SUITES = {  # result key -> (pytest file, the suite name the tests record)
    "scenario_pass_rate": ("tests/scenarios/test_scenarios.py", "text"),
    "grown_scenario_pass_rate": ("tests/scenarios/test_grown_scenarios.py", "grown"),
    "audio_scenario_pass_rate": ("tests/scenarios/test_audio_scenarios.py", "audio"),
    "heldout_pass_rate": ("tests/scenarios/test_heldout.py", "heldout"),
    "heldout_fresh_pass_rate": ("tests/scenarios/test_heldout_fresh.py", "heldout_fresh"),
    "heldout_unseen_pass_rate": ("tests/scenarios/test_heldout_unseen.py", "heldout_unseen"),
    "dev_pass_rate": ("tests/scenarios/test_dev_callers.py", "dev"),
    "dev2_pass_rate": ("tests/scenarios/test_dev_callers_2.py", "dev2"),
    "dev3_pass_rate": ("tests/scenarios/test_dev_callers_3.py", "dev3"),
    "dev4_pass_rate": ("tests/scenarios/test_dev_callers_4.py", "dev4"),
    "dev5_pass_rate": ("tests/scenarios/test_dev_callers_5.py", "dev5"),
    "dev6_pass_rate": ("tests/scenarios/test_dev_callers_6.py", "dev6"),
    "dev7_pass_rate": ("tests/scenarios/test_dev_callers_7.py", "dev7"),
    "dev8_pass_rate": ("tests/scenarios/test_dev_callers_8.py", "dev8"),
    "dev9_pass_rate": ("tests/scenarios/test_dev_callers_9.py", "dev9"),
    "dev10_pass_rate": ("tests/scenarios/test_dev_callers_10.py", "dev10"),
    "dev11_pass_rate": ("tests/scenarios/test_dev_callers_11.py", "dev11"),
    "dev12_pass_rate": ("tests/scenarios/test_dev_callers_12.py", "dev12"),
    "dev13_pass_rate": ("tests/scenarios/test_dev_callers_13.py", "dev13"),
    "dev14_pass_rate": ("tests/scenarios/test_dev_callers_14.py", "dev14"),
    "dev15_pass_rate": ("tests/scenarios/test_dev_callers_15.py", "dev15"),
    "dev16_pass_rate": ("tests/scenarios/test_dev_callers_16.py", "dev16"),
    "dev17_pass_rate": ("tests/scenarios/test_dev_callers_17.py", "dev17"),
    "dev18_pass_rate": ("tests/scenarios/test_dev_callers_18.py", "dev18"),
    "dev19_pass_rate": ("tests/scenarios/test_dev_callers_19.py", "dev19"),
    "dev20_pass_rate": ("tests/scenarios/test_dev_callers_20.py", "dev20"),
    "dev21_pass_rate": ("tests/scenarios/test_dev_callers_21.py", "dev21"),
    "dev22_pass_rate": ("tests/scenarios/test_dev_callers_22.py", "dev22"),
    "dev23_pass_rate": ("tests/scenarios/test_dev_callers_23.py", "dev23"),
    "dev24_pass_rate": ("tests/scenarios/test_dev_callers_24.py", "dev24"),
    "dev25_pass_rate": ("tests/scenarios/test_dev_callers_25.py", "dev25"),
    "dev26_pass_rate": ("tests/scenarios/test_dev_callers_26.py", "dev26"),
    "dev27_pass_rate": ("tests/scenarios/test_dev_callers_27.py", "dev27"),
    "dev28_pass_rate": ("tests/scenarios/test_dev_callers_28.py", "dev28"),
    "dev29_pass_rate": ("tests/scenarios/test_dev_callers_29.py", "dev29"),
    "dev30_pass_rate": ("tests/scenarios/test_dev_callers_30.py", "dev30"),
    "dev31_pass_rate": ("tests/scenarios/test_dev_callers_31.py", "dev31"),
    "dev32_pass_rate": ("tests/scenarios/test_dev_callers_32.py", "dev32"),
    "dev33_pass_rate": ("tests/scenarios/test_dev_callers_33.py", "dev33"),
    "dev34_pass_rate": ("tests/scenarios/test_dev_callers_34.py", "dev34"),
    "dev35_pass_rate": ("tests/scenarios/test_dev_callers_35.py", "dev35"),
    "dev36_pass_rate": ("tests/scenarios/test_dev_callers_36.py", "dev36"),
    "dev37_pass_rate": ("tests/scenarios/test_dev_callers_37.py", "dev37"),
    "dev38_pass_rate": ("tests/scenarios/test_dev_callers_38.py", "dev38"),
    "dev39_pass_rate": ("tests/scenarios/test_dev_callers_39.py", "dev39"),
    "dev40_pass_rate": ("tests/scenarios/test_dev_callers_40.py", "dev40"),
    "dev41_pass_rate": ("tests/scenarios/test_dev_callers_41.py", "dev41"),
    "dev42_pass_rate": ("tests/scenarios/test_dev_callers_42.py", "dev42"),
    "dev43_pass_rate": ("tests/scenarios/test_dev_callers_43.py", "dev43"),
    "dev44_pass_rate": ("tests/scenarios/test_dev_callers_44.py", "dev44"),
}
GATED = {"text", "audio"}  # suites whose rate sets the exit code; the held-out ones are measured
# suites that run only when their flag asks for them (measured, never gated): the flag, the
# environment variable that lets their tests run, and what they are
OPT_IN = {
    "heldout_fresh": ("--heldout-fresh", "RUN_HELDOUT_FRESH", "the fresh held-out callers"),
    "heldout_unseen": ("--heldout-unseen", "RUN_HELDOUT_UNSEEN", "the unseen held-out callers"),
    "dev": ("--dev", "RUN_DEV_CALLERS", "the development callers"),
    "dev2": ("--dev2", "RUN_DEV_CALLERS_2", "the second development set's callers"),
    "dev3": ("--dev3", "RUN_DEV_CALLERS_3", "the third development set's callers"),
    "dev4": ("--dev4", "RUN_DEV_CALLERS_4", "the fourth development set's callers"),
    "dev5": ("--dev5", "RUN_DEV_CALLERS_5", "the fifth development set's callers"),
    "dev6": ("--dev6", "RUN_DEV_CALLERS_6", "the sixth development set's callers"),
    "dev7": ("--dev7", "RUN_DEV_CALLERS_7", "the seventh development set's callers"),
    "dev8": ("--dev8", "RUN_DEV_CALLERS_8", "the eighth development set's callers"),
    "dev9": ("--dev9", "RUN_DEV_CALLERS_9", "the ninth development set's callers"),
    "dev10": ("--dev10", "RUN_DEV_CALLERS_10", "the tenth development set's callers"),
    "dev11": ("--dev11", "RUN_DEV_CALLERS_11", "the eleventh development set's callers"),
    "dev12": ("--dev12", "RUN_DEV_CALLERS_12", "the twelfth development set's callers"),
    "dev13": ("--dev13", "RUN_DEV_CALLERS_13", "the thirteenth development set's callers"),
    "dev14": ("--dev14", "RUN_DEV_CALLERS_14", "the fourteenth development set's callers"),
    "dev15": ("--dev15", "RUN_DEV_CALLERS_15", "the fifteenth development set's callers"),
    "dev16": ("--dev16", "RUN_DEV_CALLERS_16", "the sixteenth development set's callers"),
    "dev17": ("--dev17", "RUN_DEV_CALLERS_17", "the seventeenth development set's callers"),
    "dev18": ("--dev18", "RUN_DEV_CALLERS_18", "the eighteenth development set's callers"),
    "dev19": ("--dev19", "RUN_DEV_CALLERS_19", "the nineteenth development set's callers"),
    "dev20": ("--dev20", "RUN_DEV_CALLERS_20", "the twentieth development set's callers"),
    "dev21": ("--dev21", "RUN_DEV_CALLERS_21", "the twenty-first development set's callers"),
    "dev22": ("--dev22", "RUN_DEV_CALLERS_22", "the twenty-second development set's callers"),
    "dev23": ("--dev23", "RUN_DEV_CALLERS_23", "the twenty-third development set's callers"),
    "dev24": ("--dev24", "RUN_DEV_CALLERS_24", "the twenty-fourth development set's callers"),
    "dev25": ("--dev25", "RUN_DEV_CALLERS_25", "the twenty-fifth development set's callers"),
    "dev26": ("--dev26", "RUN_DEV_CALLERS_26", "the twenty-sixth development set's callers"),
    "dev27": ("--dev27", "RUN_DEV_CALLERS_27", "the twenty-seventh development set's callers"),
    "dev28": ("--dev28", "RUN_DEV_CALLERS_28", "the twenty-eighth development set's callers"),
    "dev29": ("--dev29", "RUN_DEV_CALLERS_29", "the twenty-ninth development set's callers"),
    "dev30": ("--dev30", "RUN_DEV_CALLERS_30", "the thirtieth development set's callers"),
    "dev31": ("--dev31", "RUN_DEV_CALLERS_31", "the thirty-first development set's callers"),
    "dev32": ("--dev32", "RUN_DEV_CALLERS_32", "the thirty-second development set's callers"),
    "dev33": ("--dev33", "RUN_DEV_CALLERS_33", "the thirty-third development set's callers"),
    "dev34": ("--dev34", "RUN_DEV_CALLERS_34", "the thirty-fourth development set's callers"),
    "dev35": ("--dev35", "RUN_DEV_CALLERS_35", "the thirty-fifth development set's callers"),
    "dev36": ("--dev36", "RUN_DEV_CALLERS_36", "the thirty-sixth development set's callers"),
    "dev37": ("--dev37", "RUN_DEV_CALLERS_37", "the thirty-seventh development set's callers"),
    "dev38": ("--dev38", "RUN_DEV_CALLERS_38", "the thirty-eighth development set's callers"),
    "dev39": ("--dev39", "RUN_DEV_CALLERS_39", "the thirty-ninth development set's callers"),
    "dev40": ("--dev40", "RUN_DEV_CALLERS_40", "the fortieth development set's callers"),
    "dev41": ("--dev41", "RUN_DEV_CALLERS_41", "the forty-first development set's callers"),
    "dev42": ("--dev42", "RUN_DEV_CALLERS_42", "the forty-second development set's callers"),
    "dev43": ("--dev43", "RUN_DEV_CALLERS_43", "the forty-third development set's callers"),
    "dev44": ("--dev44", "RUN_DEV_CALLERS_44", "the forty-fourth development set's callers"),
}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--text", action="store_true", help="text mode only")
    parser.add_argument("--audio", action="store_true", help="the audio subset only")
    parser.add_argument("--heldout", action="store_true",
                        help="the held-out callers only (measured, never gated)")
    parser.add_argument("--grown", action="store_true",
                        help="the exam's grown part only (text mode; measured, not gated yet)")
    parser.add_argument("--audio-grown", action="store_true",
                        help="the audio subset with the grown exam's audio callers too (about 40 "
                             "min; by default only the first ten run)")
    for suite, (flag, _, what) in OPT_IN.items():
        parser.add_argument(flag, action="store_true", dest=suite,
                            help=f"{what} only (measured, never gated; not run by default)")
    parser.add_argument("--perturb", default="", choices=("", *PERTURBATIONS), metavar="KIND",
                        help="text mode: every caller line said another way with the same "
                             "meaning (tests/scenarios/perturb.py: "
                             f"{', '.join(PERTURBATIONS)}); each rate is printed as "
                             "RESULT <set>_<KIND>_pass_rate=")
    parser.add_argument("-k", default="", help="text mode: only scenarios matching this -k")
    parser.add_argument("--audio-k", default="",
                        help="the audio subset: only scenarios whose names contain one of these "
                             "comma-separated words")
    args = bench_start(parser)
    if quick():
        args.text = True
        args.k = args.k or " or ".join(QUICK_SCENARIOS)
    chosen = {suite for suite, flag in (("text", args.text), ("grown", args.grown),
                                        ("audio", args.audio or args.audio_grown),
                                        ("heldout", args.heldout),
                                        *((suite, getattr(args, suite)) for suite in OPT_IN))
              if flag}
    wanted = [k for k in SUITES
              if (SUITES[k][1] in chosen if chosen else SUITES[k][1] not in OPT_IN)]
    for suite, (_, variable, _) in OPT_IN.items():
        if suite in chosen:  # their tests skip themselves unless asked for
            os.environ[variable] = "1"
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    import pytest

    from tests.scenarios.catalogue import NEVER_SHOWN

    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
        results_path = Path(handle.name)
    os.environ["SCENARIO_RESULTS"] = str(results_path)
    if args.perturb:
        if "audio" in chosen or not chosen:
            parser.error("--perturb is for the text sets: name them (--text, --dev40, ...)")
        os.environ["SCENARIO_PERTURB"] = args.perturb
    if args.audio_k:
        os.environ["AUDIO_K"] = args.audio_k
    if args.audio_grown:
        os.environ["AUDIO_GROWN"] = "1"
    # ("-rfE": pytest's summary names failures and errors only, never the xfailed callers of
    # the sets never tuned on; a development set's transcripts: its own `pytest -rx` run)
    pytest_args = ["-q", "--tb=line", "-rfE", "-p", "no:cacheprovider", "-m", "slow",
                   *[SUITES[k][0] for k in wanted]]
    if args.k:
        pytest_args += ["-k", args.k]
    started = time.perf_counter()
    pytest.main(pytest_args)
    verdicts = [json.loads(line) for line in results_path.read_text().splitlines() if line]
    results_path.unlink()
    print(f"\nexam took {time.perf_counter() - started:.0f} s\n", flush=True)
    ok = True
    for key in wanted:
        suite = SUITES[key][1]
        runs = [v for v in verdicts if v["suite"] == suite]
        for v in runs if suite not in NEVER_SHOWN else []:  # (their totals only)
            took = f"{v['seconds']:6.1f} s" if v.get("seconds") is not None else "       "
            print(f"{'PASS' if v['passed'] else 'FAIL'}  {suite:7}  {took}  {v['name']}")
            for reason in v["failures"][:8]:
                print(f"        {reason}")
        gated = suite in GATED
        if not runs:
            print(f"no {suite} scenarios ran", flush=True)
            ok = ok and not (gated or (chosen and chosen <= {"heldout", *OPT_IN}))
            continue
        rate = sum(v["passed"] for v in runs) / len(runs)
        print(f"{suite} scenarios passed: {sum(v['passed'] for v in runs)}/{len(runs)}"
              f" (goal {GOAL}{'' if gated else ', measured, not gated'}),"
              f" {sum(v.get('seconds') or 0 for v in runs):.0f} s")
        if args.perturb:
            key = key.replace("_pass_rate", f"_{args.perturb}_pass_rate")
        result(key, f"{rate:.3f}")
        _model_turns(key, runs)
        if quick():  # it ran; a scenario that crashed is a broken code path all the same
            ok = ok and not any(f.startswith("crashed:") for v in runs for f in v["failures"])
        elif gated:
            ok = ok and rate >= GOAL
    return 0 if ok else 1


def _model_turns(key: str, runs: list[dict]) -> None:
    """How many caller lines went to the model (open turns) and at which step of the call: every
    line the flow answers instead is faster and safer (issue 15). Text mode only."""
    turns = sum(v.get("turns") or 0 for v in runs)
    if not turns:
        return
    model = [tuple(t) for v in runs for t in v.get("model_turns") or []]
    by_step: dict[str, int] = {}
    for step, _line in model:
        by_step[step or "listening"] = by_step.get(step or "listening", 0) + 1
    steps = ", ".join(f"{step} {n}" for step, n in sorted(by_step.items(), key=lambda p: -p[1]))
    print(f"lines the model answered: {len(model)}/{turns}" + (f" (at: {steps})" if steps else ""))
    if not key.startswith("heldout"):  # the held-out lines stay unread: they are not tuned on
        for step, line in model[:40]:
            print(f"    model [{step or 'listening'}]: {line}")
    name = key.replace("_pass_rate", "").replace("_scenario", "")
    result(f"model_turn_share_{name}", f"{len(model) / turns:.3f}")


if __name__ == "__main__":
    sys.exit(main())
