"""The whole tuned exam: the first catalogue (catalogue.py) and the callers added trade by trade
(callers_<trade>.py). The held-out callers (heldout.py) are apart and never listed here."""

from __future__ import annotations

from tests.scenarios import (
    callers_auto,
    callers_clinic,
    callers_dental,
    callers_homes,
    callers_law,
    callers_plumb,
    callers_salon,
    callers_vet,
    catalogue,
)
from tests.scenarios.catalogue import Scenario

# What a scenario's `tags` may say it is about; every added caller carries at least one.
KINDS = {
    # the caller's task
    "booking": "books an appointment",
    "cancel": "cancels their own appointment",
    "move": "moves their own appointment",
    "message": "leaves a message for a callback",
    "person": "asks for a person (a transfer in opening hours, else a message)",
    "hours": "asks the opening hours", "price": "asks a price", "location": "asks where",
    "faq": "asks a question the business's FAQ answers",
    # how the caller says it
    "out_of_order": "answers what was not asked yet (a name when asked if they've been before)",
    "all_at_once": "gives name, number and request in one breath",
    "correction": "corrects what they said ('no, it's 0193', 'Thursday not Wednesday')",
    "readback_change": "changes their mind at the read-back",
    "incidental_keyword": "says a keyword of another task inside an answer",
    "two_in_one": "asks two things in one line",
    "process_question": "asks about the call itself (a robot? why my number? text me?)",
    "garbled": "mumbles or a line the recogniser made nothing of",
    "hang_up_early": "hangs up after name, number and reason, before confirming",
    "language": "calls in another language",
    "emergency": "an emergency: safety words, a transfer in opening hours",
    "after_hours": "calls when the business is closed",
    "qualification": "the trade's qualification (matter, vehicle, property) must be kept",
    "forbidden_advice": "asks for advice the trade must not give",
    "adversarial": "the first catalogue's hard callers",
}

ADDED: list[Scenario] = [
    *callers_dental.SCENARIOS, *callers_clinic.SCENARIOS, *callers_law.SCENARIOS,
    *callers_plumb.SCENARIOS, *callers_salon.SCENARIOS, *callers_homes.SCENARIOS,
    *callers_auto.SCENARIOS, *callers_vet.SCENARIOS,
]
SCENARIOS: list[Scenario] = [*catalogue.SCENARIOS, *ADDED]
AUDIO_SCENARIOS: list[Scenario] = [s for s in SCENARIOS if s.audio]
