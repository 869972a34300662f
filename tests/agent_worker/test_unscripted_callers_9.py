"""Callers as the eleventh and twelfth development sets showed them (issue 14: ordinary callers
as an independent tester writes them, and calls slightly complicated the way real calls are),
fixed by failure kind: a day something happened on ("we rescued him on Saturday"), a clock
time that tells the caller's own day beside the one asked for ("she gets out at three, so
three-thirty?"), a day told in the story beside the day asked for ("this morning there's no hot
water ... could someone come tomorrow?"), a fallback said as a condition ("if tomorrow doesn't
work, then Monday"), a count of seconds or thousands that is not a clock time, a visit of the
business's told without a complaint, a time said with a name to a qualifying question, a new
legal matter to talk about, a visit asked for while a message is taken, one of the staff asked
for, the price of talking to someone, the number called from accepted beside other words, whom
a booking is for said as "him" or "her", how long a service just named takes, the price of two
services just named, a will, a price never answered by an entry about something else, callers
in Polish, Chinese or Vietnamese, a blocked cat, someone held by the police, and a whole
number's last group put right. Phrasings are this file's own; all of it runs on the real
appointment book and intent model."""

from __future__ import annotations

from datetime import date, time

import pytest

from agent_worker.flows import intents
from agent_worker.flows.contact import caller_id_accepted
from agent_worker.flows.knowledge import spoken_duration
from agent_worker.flows.names import name_answer, name_said_around
from agent_worker.flows.phone import find_phone_number
from agent_worker.flows.text import is_yes
from agent_worker.flows.when import parse_when
from agent_worker.guardrails import forbidden_advice
from tests.agent_worker.flow_support import TUESDAY_9AM, seed_booking
from tests.agent_worker.flow_support import appointments_in_book as _appointments
from tests.agent_worker.flow_support import business_flow as _flow
from tests.agent_worker.flow_support import messages_taken as _messages
from tests.agent_worker.flow_support import talk as _talk

# --- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize("line, day", [
    ("We rescued him on Saturday and he needs his shots. Thursday at ten?", 12),
    ("I noticed a drip Sunday night, can someone come Friday?", 13),
    ("She ate a sock on Sunday. Can you see her tomorrow?", 11),
    # a wish, not a thing done: the day stands
    ("I need my car serviced Friday.", 13),
    ("I'd like it looked at Thursday.", 12),
    ("I'm tied up on Monday, so Tuesday the 17th.", 17),
])
def test_a_day_something_happened_on_is_not_the_day_asked_for(line, day):
    assert parse_when(line, now=TUESDAY_9AM).day_from == date(2026, 3, day), line


def test_a_day_only_told_as_what_happened_is_no_day():
    assert parse_when("He started limping on Saturday.", now=TUESDAY_9AM) is None
    assert parse_when("I called on Monday and nobody called me back.", now=TUESDAY_9AM) is None


@pytest.mark.parametrize("line, at", [
    ("He gets out of school at three, so could you do Thursday at three-twenty?", time(15, 20)),
    ("I get off at 5, so 5:30 Friday would be great.", time(17, 30)),
    ("I finish work at four. Is Friday at 4:30 open?", time(16, 30)),
    # the only time said is the one meant
    ("I'm off at four on Friday.", time(16, 0)),
])
def test_a_time_of_the_callers_own_day_beside_the_time_asked_for(line, at):
    assert parse_when(line, now=TUESDAY_9AM).at == at, line


def test_the_day_asked_for_beside_a_day_in_the_story():
    said = ("You folks put in our water heater last fall, and this morning there's no hot "
            "water at all. Could somebody come take a look tomorrow morning?")
    assert parse_when(said, now=TUESDAY_9AM).day_from == date(2026, 3, 11)
    said = ("I've got a colour booked next Wednesday at two, but is there anything earlier? "
            "Maybe this Friday afternoon?")
    when = parse_when(said, now=TUESDAY_9AM)
    assert when.day_from == date(2026, 3, 13) and when.at is None  # not Wednesday's two


@pytest.mark.parametrize("line, day, at, instead", [
    ("If tomorrow's no good, then Monday morning at 8:30 would be fine.", 16, time(8, 30), ()),
    ("If Thursday doesn't work for you, Friday at two in the afternoon.", 13, time(14), ()),
    ("Saturday around eight in the morning? If eight doesn't work, nine's fine.", 14, time(8),
     (time(9),)),
    ("Thursday at seven in the evening? If you close before then, five-thirty works.", 12,
     time(19), (time(17, 30),)),
])
def test_what_the_caller_would_take_if_the_first_wish_cannot_be_had(line, day, at, instead):
    when = parse_when(line, now=TUESDAY_9AM)
    assert (when.day_from, when.at, when.or_at) == (date(2026, 3, day), at, instead), line


def test_seconds_thousands_and_bucks_are_no_clock_time():
    assert parse_when("Hang on one second. Saturday at twelve.", now=TUESDAY_9AM,
                      expect_time=True).at == time(12)
    assert parse_when("It has about a hundred and twelve thousand miles on it.",
                      now=TUESDAY_9AM, expect_time=True) is None


# --- through the flow ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_past_visit_told_with_a_new_problem_is_booked_not_taken_as_a_complaint(fleet):
    flow = _flow("t_plumb")
    said = _talk(flow, "Hi. You guys were out here in the fall for our water heater, and now "
                       "the kitchen sink is draining really slowly.")
    assert "message" not in said[-1].lower()
    assert flow.state.task.value == "book"


@pytest.mark.django_db
def test_a_time_said_with_a_name_to_a_qualifying_question_is_kept(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "Hi, I'd like my roots touched up.", "Friday at eleven, please. Mona Ruiz.")
    assert "11 AM" in said[-1] and flow.state.caller_name == "Mona Ruiz"


@pytest.mark.django_db
def test_a_fallback_time_is_booked_when_the_first_is_not_a_slot(fleet):
    flow = _flow("t_plumb")
    _talk(flow, "My shower drain is clogged. I'm at 12 Elm Street, 10003, and I own the place.",
          "Could someone come Saturday around eight? If eight doesn't work, nine's fine. "
          "My name is Omar Haddad.", "This number is fine.", "Yes, book it.")
    assert _appointments(flow) == [("2026-03-14 09:00", "Omar Haddad", "booked")]


@pytest.mark.django_db
def test_a_move_with_a_pause_for_the_dog_keeps_the_time_asked_for(fleet):
    flow = _flow("t_salon")
    seed_booking(flow, "2026-03-13 11:00", "Lena Ortiz")
    said = _talk(flow, "Hi, it's Lena Ortiz, I need to move my haircut on Friday at eleven.",
                 "Saturday at noon instead? Hang on one second. Max, down! Sorry. Saturday at "
                 "noon.")
    assert "12 PM" in said[-1] and "1 PM" not in said[-1]


def test_asking_for_one_of_the_staff_and_the_price_of_talking_to_someone():
    assert intents.wants_human("Can I talk to one of the colorists, please?")
    assert intents.wants_human("could I just speak with one of your mechanics real quick")
    assert not intents.wants_human("Is there a charge to talk to someone?")


def test_the_number_called_from_accepted_beside_other_words():
    assert caller_id_accepted("no court dates. no other lawyer. please use my number, the one "
                              "i'm calling from.")
    assert caller_id_accepted("call me on the number i'm calling from, not my husband's.")
    assert not caller_id_accepted("not the number i'm calling from, my cell instead.")


def test_whom_a_booking_is_for_said_as_him_or_her():
    assert name_said_around("It's for him, Tomas Berg.") == "Tomas Berg"
    assert name_said_around("The appointment is for her, Ada King.") == "Ada King"


def test_a_length_of_time_as_people_say_it():
    assert spoken_duration(90) == "an hour and a half"
    assert spoken_duration(150) == "2 and a half hours"
    assert spoken_duration(75) == "1 hour and 15 minutes"
    assert spoken_duration(45) == "45 minutes"


@pytest.mark.django_db
def test_a_new_legal_matter_to_talk_about_is_a_consultation(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "A truck backed into my car in a parking lot and my back hurts. A friend "
                       "said I should talk to an attorney.")
    assert flow.state.task.value == "book", said
    flow = _flow("t_law")
    _talk(flow, "I'd like to talk to someone about a problem with my contractor.")
    assert flow.state.task.value == "book"


@pytest.mark.django_db
def test_a_visit_asked_for_at_a_time_while_a_message_is_taken_is_booked(fleet):
    flow = _flow("t_auto")
    _talk(flow, "Can someone call me about a grinding noise in my brakes?",
          "Actually, could I come in Thursday at nine-thirty instead? I'm Lou Baker.",
          "It's a 2015 Honda Civic.", "Yes, this number.", "Yes.")
    assert _appointments(flow) == [("2026-03-12 09:30", "Lou Baker", "booked")]
    assert _messages(flow) == []
    # a call back asked for at a time is still the message
    flow = _flow("t_dental")
    _talk(flow, "Can someone call me back about my bill?",
          "Ida Reyes. Call me back Monday at two, that works for me.", "Yes.", "Yes.")
    assert len(_messages(flow)) == 1 and _appointments(flow) == []


@pytest.mark.django_db
def test_how_long_it_takes_asked_after_a_service_was_named(fleet):
    said = _talk(_flow("t_salon"), "What do you charge for a balayage?",
                 "Okay, and how long does that take?")
    assert "3 hours" in said[-1]


@pytest.mark.django_db
def test_the_price_of_both_services_just_named(fleet):
    said = _talk(_flow("t_auto"), "My truck needs an oil change and a tire rotation. What would "
                                  "those two run me?")
    assert "$89" in said[0] and "$29" in said[0]
    said = _talk(_flow("t_auto"), "I need an oil change, and can you rotate the tires too?",
                 "It's a 2016 Subaru Outback. What's that come to for both?")
    assert "$89" in said[-1] and "$29" in said[-1]


@pytest.mark.django_db
def test_a_will_and_what_a_will_costs(fleet):
    flow = _flow("t_law")
    _talk(flow, "My mother wants to get her will done.")
    assert flow.state.task.value == "book" and "Estate" in flow.state.service
    said = _talk(_flow("t_law"), "About what does a will cost?")
    assert "$950" in said[0]


@pytest.mark.django_db
def test_what_a_visit_costs_is_never_answered_by_an_entry_about_something_else(fleet):
    said = _talk(_flow("t_vet"), "What will the visit cost me?")
    assert "$" in said[0] and "bring" not in said[0]


def test_callers_in_polish_chinese_or_vietnamese_are_heard_as_another_language():
    assert intents.other_language("Dzień dobry, czy mówi pan po polsku? Mam problem z "
                                  "kranem.") == "pl"
    assert intents.other_language("喂，你好，我想预约。") == "zh"
    assert intents.other_language("Xin chào, tôi muốn đặt lịch hẹn.") == "vi"
    assert intents.other_language("Hi, it's Zoë Łukasik, can I book a cleaning?") is None
    assert name_answer("Nazywam się Jan Kowal.") == "Jan Kowal"
    assert name_answer("我叫Mei Lin。") == "Mei Lin"
    assert is_yes("Tak, dziękuję.") and is_yes("对，对。")
    assert intents.says_goodbye("Do widzenia.") and intents.says_goodbye("好的，再见。")


@pytest.mark.django_db
def test_a_caller_in_chinese_is_answered_at_once_and_leaves_a_message(fleet):
    flow = _flow("t_dental")
    said = _talk(flow, "你好，请问有人会说中文吗？", "我叫Mei Lin。", "对。", "对，谢谢。")
    assert "only help in English" in said[0]
    [message] = _messages(flow)
    assert message.caller_name == "Mei Lin" and "Chinese" in message.reason


def test_a_blocked_cat_and_a_swollen_retching_dog_are_emergencies():
    assert intents.emergency("veterinary", "My tomcat keeps going back to the litter box and "
                                           "nothing comes out, he's crying.")
    assert intents.emergency("veterinary", "He's straining to pee and just yowls.")
    assert intents.emergency("veterinary", "Her belly's all swollen and she keeps retching.")
    assert not intents.emergency("veterinary", "We need a new litter box recommendation.")


def test_someone_held_by_the_police_is_urgent_at_a_law_firm():
    assert intents.emergency("law_firm", "The cops picked up my brother last night, he's at "
                                         "the county jail.")
    assert intents.emergency("law_firm", "My husband sees a judge tomorrow morning and we have "
                                         "no lawyer.")
    assert not intents.emergency("law_firm", "I'd like to talk about a will for my mother.")


def test_a_whole_number_then_its_last_group_put_right():
    said = ("You can reach me at three one two, five five five, zero one eight four. Wait, sorry, "
            "the last one's a six, not a four. Zero one eight six.")
    assert find_phone_number(said, region="US") == "+13125550186"
    assert find_phone_number("212 555 0146, actually at 2 30", region="US") == "+12125550146"


@pytest.mark.django_db
def test_advice_asked_after_a_story_and_a_home_value_asked_with_goes_for(fleet):
    law = _flow("t_law").config
    assert forbidden_advice(law, "do i have to agree to it?")
    assert forbidden_advice(law, "is my landlord allowed to keep the whole deposit?")
    assert not forbidden_advice(law, "do i have to bring anything to the consultation?")
    homes = _flow("t_homes").config
    assert forbidden_advice(homes, "roughly what does a three-bedroom near the park go for?")
    assert forbidden_advice(homes, "what do you think a condo downtown goes for these days?")


@pytest.mark.django_db
def test_legal_advice_asked_after_a_story_is_refused_not_booked(fleet):
    flow = _flow("t_law")
    said = _talk(flow, "Quick question. My landlord wants to raise my rent in the middle of the "
                       "lease. Do I have to pay it?")
    assert "legal advice" in said[0] and flow.state.task.value != "book"


@pytest.mark.django_db
def test_an_okay_that_goes_on_is_no_yes_to_the_emergency_question(fleet):
    flow = _flow("t_vet")
    _talk(flow, "My cat's claws are really long.",
          "Okay, sure. Then I'd like a checkup for her and her rabies shot.")
    assert not flow.state.urgent and flow.state.task.value == "book"


@pytest.mark.django_db
def test_anything_sooner_with_a_day_before_any_time_was_offered_is_searched(fleet):
    flow = _flow("t_salon")
    said = _talk(flow, "I'd like a men's haircut. I was thinking next Thursday, but is there "
                       "anything sooner? This Friday afternoon would be better.",
                 "Anyone is fine.")
    assert "Friday, March 13th" in said[-1]


@pytest.mark.django_db
def test_a_price_checked_with_right(fleet):
    said = _talk(_flow("t_salon"), "I'd like a blowout like last time. That was forty-five, "
                                   "right?")
    assert "$45" in said[0]
