"""The perturbed callers' lines (tests/scenarios/perturb.py, `bench/eval_scenarios.py
--perturb`) change only the surface of what is said: times, numbers, names and the request stay
the same, and the same key always gives the same line."""

from __future__ import annotations

import re

import pytest

from tests.scenarios.perturb import KINDS, ordinal, perturb, words

LINES = (
    "Hi, I'd like to book a cleaning for Thursday at 3:30, please.",
    "My number is (503) 555-0142.",
    "Yes, that's right.",
    "It's been hurting since the 12th. Can I come in at 9 AM?",
    "I am calling because I would like to make an appointment. I have a dog.",
    "Maria Lopez",
    "Do you have anything Saturday? Is it $40?",
    "No, it's 0193, not 0139.",
)


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_key_gives_the_same_line_and_names_and_digits_survive(kind):
    for i, line in enumerate(LINES, start=1):
        said = perturb(kind, line, f"caller:{i}")
        assert said == perturb(kind, line, f"caller:{i}")
        assert re.search(r"maria lopez", said, re.I) or "Maria" not in line
        if kind not in ("numwords", "mixed"):
            assert re.findall(r"\d+", said) == re.findall(r"\d+", line)


def test_an_unknown_kind_is_refused_with_the_kinds_named():
    with pytest.raises(ValueError, match="fillers"):
        perturb("shouting", "Hello", "k:1")


def test_numbers_in_words_say_the_same_time_phone_date_and_price():
    assert perturb("numwords", "Thursday at 3:30 or 9 AM", "k:2") == \
        "Thursday at three thirty or nine a.m."
    assert perturb("numwords", "It's 503-555-0142.", "k:2") == \
        "It's five oh three, five five five, oh one four two."
    assert perturb("numwords", "since the 12th, is it $40?", "k:2") == \
        "since the twelfth, is it forty dollars?"
    assert perturb("numwords", "at 10:05, after 2", "k:2") == "at ten oh five, after two"
    assert (words(45), words(120), ordinal(21), ordinal(30)) == \
        ("forty-five", "one hundred twenty", "twenty-first", "thirtieth")


def test_contractions_go_whichever_way_the_line_has_them_and_leave_perfects():
    assert perturb("contractions", "I'd like Thursday, that's all.", "k:2") == \
        "I would like Thursday, that is all."
    assert perturb("contractions", "I am sure it is fine, I would like Monday.", "k:2") == \
        "I'm sure it's fine, I'd like Monday."
    assert perturb("contractions", "It's been a week, I'm told.", "k:2") == \
        "It's been a week, I am told."
    assert perturb("contractions", "I have a dog.", "k:2") == "I have a dog."


def test_plain_text_is_a_recogniser_without_punctuation():
    assert perturb("plain", "Yes, that's right. Call me at (503) 555-0142!", "k:1") == \
        "yes that's right call me at 503 555-0142"
    assert perturb("plain", "Thursday at 3:30, I'm Ana.", "k:1") == \
        "thursday at 3:30 I'm ana"


def test_fillers_and_politeness_keep_the_words_in_order():
    for kind in ("fillers", "polite"):
        for i, line in enumerate(LINES, start=1):
            said = perturb(kind, line, f"caller:{i}").lower()
            core = [w for w in re.findall(r"[a-z0-9']+", line.lower())]
            got = iter(re.findall(r"[a-z0-9']+", said))
            assert all(word in got for word in core), (line, said)


def test_a_greeting_goes_only_before_the_first_line_and_no_thanks_after_a_question():
    assert perturb("polite", "I need a haircut.", "c:1").startswith(
        ("Hi, ", "Hello, ", "Hi there, "))
    for i in range(2, 30):
        said = perturb("polite", "Is it open Sunday?", f"c:{i}")
        assert said == "Is it open Sunday?"


def test_synonyms_swap_one_way_only():
    assert perturb("synonyms", "Can I book a trim?", "k:1") == "Could I schedule a trim?"
    assert perturb("synonyms", "Could I schedule a trim?", "k:1") == "Can I book a trim?"
    assert perturb("synonyms", "Please call me back.", "k:1") == "Please give me a call back."
