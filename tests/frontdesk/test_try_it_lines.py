"""Test-call lines of "Try it", counted on the shared cache (Redis when REDIS_URL is set): so many
per business and so many in all (issue 16, finding 6: one process-wide counter let one business
holding two test calls block every other business)."""

from __future__ import annotations

import threading
import time

import pytest

from frontdesk.try_it.lines import (
    LineBusy,
    try_it_line_claim,
    try_it_line_release,
    try_it_line_renew,
)


@pytest.fixture
def limits(settings):
    settings.TRY_IT_MAX_CALLS_PER_BUSINESS = 2
    settings.TRY_IT_MAX_CALLS = 3
    return settings


def test_a_business_holding_its_lines_does_not_block_another(limits):
    held = [try_it_line_claim(schema_name="t_law") for _ in range(2)]
    with pytest.raises(LineBusy) as busy:
        try_it_line_claim(schema_name="t_law")
    assert busy.value.scope == "business"
    assert "2 test calls" in busy.value.message

    other = try_it_line_claim(schema_name="t_dental")  # another business still gets a line
    for lines in [*held, other]:
        try_it_line_release(lines=lines)


def test_the_global_cap_holds_across_businesses(limits):
    held = [try_it_line_claim(schema_name=schema) for schema in ("t_law", "t_law", "t_dental")]
    with pytest.raises(LineBusy) as busy:
        try_it_line_claim(schema_name="t_vet")
    assert busy.value.scope == "everyone"
    assert "Every test line is in use" in busy.value.message
    # the refused claim gave back the business line it had taken on the way
    try_it_line_release(lines=held[2])
    try_it_line_release(lines=try_it_line_claim(schema_name="t_vet"))
    for lines in held[:2]:
        try_it_line_release(lines=lines)


def test_a_released_line_is_free_again_and_a_release_is_idempotent(limits):
    limits.TRY_IT_MAX_CALLS_PER_BUSINESS = 1
    first = try_it_line_claim(schema_name="t_law")
    try_it_line_release(lines=first)
    try_it_line_release(lines=first)
    second = try_it_line_claim(schema_name="t_law")
    try_it_line_release(lines=first)  # an old holder's late release never frees another's line
    with pytest.raises(LineBusy):
        try_it_line_claim(schema_name="t_law")
    assert try_it_line_renew(lines=second) and not try_it_line_renew(lines=first)
    try_it_line_release(lines=second)


def test_simultaneous_claims_never_exceed_the_limits(limits):
    """Forty claims at once, from forty threads, on the real cache: exactly the limits win."""
    won: list[object] = []
    refused: list[str] = []
    start = threading.Barrier(40)

    def claim(schema: str) -> None:
        start.wait()
        try:
            won.append(try_it_line_claim(schema_name=schema))
        except LineBusy as exc:
            refused.append(exc.scope)

    threads = [threading.Thread(target=claim, args=("t_law" if i % 2 else "t_dental",))
               for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 3 and len(refused) == 37
    for lines in won:
        try_it_line_release(lines=lines)


def test_a_line_a_crashed_call_never_released_frees_itself_when_its_lease_ends(limits):
    limits.TRY_IT_MAX_CALLS_PER_BUSINESS = 1
    try_it_line_claim(schema_name="t_law", lease=1)  # its process dies: no release, no renewal
    with pytest.raises(LineBusy):
        try_it_line_claim(schema_name="t_law")
    deadline = time.monotonic() + 30
    while True:
        try:
            lines = try_it_line_claim(schema_name="t_law")
            break
        except LineBusy:
            assert time.monotonic() < deadline, "the dead call's line never came free"
            time.sleep(0.2)
    try_it_line_release(lines=lines)
