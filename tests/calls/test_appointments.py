"""The appointment book and message taking, against the real PostgreSQL in a fleet schema."""

from __future__ import annotations

import threading
import time as clock
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest
from django.db import IntegrityError, connection, transaction
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calls.appointments import (
    Slot,
    appointment_book,
    appointment_cancel,
    appointments_for_caller,
    available_slots,
    callback_message_take,
    earliest_slot,
    slots_near,
)
from calls.models import Appointment, CallbackMessage
from frontdesk.call_config import BookingRules
from receptionist.errors import ApplicationError
from tenants.router import MultiTenantRouter
from tests.conftest import rolled_back

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")
MONDAY = date(2030, 6, 3)  # a week with no DST change
NOW = datetime(2030, 6, 3, 7, 0, tzinfo=NEW_YORK)  # before opening on MONDAY
HOURS = {
    "mon": [["09:00", "12:00"], ["13:00", "17:00"]],  # closed for lunch
    "tue": [["09:00", "17:00"]],
    "wed": [["09:00", "17:00"]],
    "thu": [["09:00", "17:00"]],
    "fri": [["09:00", "17:00"]],
    "sat": [["10:00", "14:00"]],
    "sun": [],
}
SERVICES = (
    {"name": "Quick check", "price_usd": 50.0, "duration_minutes": 15},
    {"name": "Long visit", "price_usd": 300.0, "duration_minutes": 75},
    {"name": "Consultation", "price_usd": None},
)
ANN = "+15105550100"
BOB = "+14155550123"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=NEW_YORK)


def local_clocks(slots: list[Slot]) -> list[str]:
    return [s.starts_at.astimezone(NEW_YORK).strftime("%H:%M") for s in slots]


def book(config, starts_at: datetime, *, number: str = ANN, now: datetime = NOW,
         **kwargs) -> Appointment:
    return appointment_book(config=config, starts_at=starts_at, caller_name="Ann Lee",
                            callback_number=number, reason="check-up", now=now, **kwargs)


@pytest.fixture
def config(fleet):
    base = MultiTenantRouter().get_client_config("t_dental")
    return replace(base, business_hours=HOURS, timezone="America/New_York",
                   appointment_minutes=30, services=SERVICES, locale="en-US")


@pytest.fixture
def dental(fleet):
    with schema_context("t_dental"):
        yield


# --- slots --------------------------------------------------------------------------------------


def test_slots_fall_inside_opening_hours_on_the_grid(config, dental):
    slots = available_slots(config=config, day_from=MONDAY, day_to=MONDAY + timedelta(days=6),
                            now=NOW)
    by_day: dict[date, list[Slot]] = {}
    for slot in slots:
        by_day.setdefault(slot.local_start.date(), []).append(slot)
    assert local_clocks(by_day[MONDAY]) == (
        ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
        + [f"{h}:{m}" for h in range(13, 17) for m in ("00", "30")])
    assert len(by_day[MONDAY + timedelta(days=1)]) == 16
    assert local_clocks(by_day[MONDAY + timedelta(days=5)]) == [
        "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30"]
    for slot in slots:
        assert slot.ends_at - slot.starts_at == timedelta(minutes=30)
        assert slot.starts_at.tzinfo == UTC and slot.timezone == "America/New_York"
    assert slots == sorted(slots)


def test_a_closed_day_has_no_slots(config, dental):
    sunday = MONDAY + timedelta(days=6)
    assert available_slots(config=config, day_from=sunday, day_to=sunday, now=NOW) == []
    shut = replace(config, business_hours={})
    assert available_slots(config=shut, day_from=MONDAY, day_to=sunday, now=NOW) == []


def test_a_longer_service_gets_fewer_starts_that_still_end_by_closing(config, dental):
    slots = available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=NOW,
                            service="long visit")
    assert local_clocks(slots) == ["09:00", "09:30", "10:00", "10:30", "13:00", "13:30",
                                   "14:00", "14:30", "15:00", "15:30"]
    assert all(s.ends_at - s.starts_at == timedelta(minutes=75) for s in slots)


def test_slots_in_the_past_or_inside_the_lead_time_are_not_offered(config, dental):
    now = local(MONDAY, 10, 10)
    slots = available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=now)
    assert local_clocks(slots)[0] == "11:00"  # 10:30 is inside the 30 minutes' lead
    assert all(s.starts_at >= now + config.booking.lead_time for s in slots)
    assert available_slots(config=config, day_from=MONDAY, day_to=MONDAY,
                           now=local(MONDAY, 18)) == []
    exact = available_slots(config=config, day_from=MONDAY, day_to=MONDAY,
                            now=local(MONDAY, 10, 0), lead_time=timedelta(0), limit=1)
    assert local_clocks(exact) == ["10:00"]


def test_the_owners_minimum_notice_is_what_the_book_enforces(config, dental):
    two_hours = replace(config, booking=BookingRules(min_notice_minutes=120))
    now = local(MONDAY, 9, 0)
    slots = available_slots(config=two_hours, day_from=MONDAY, day_to=MONDAY, now=now)
    assert local_clocks(slots)[0] == "11:00"
    with pytest.raises(ApplicationError, match="2 hours' notice"):
        book(two_hours, local(MONDAY, 10, 30), now=now)
    assert book(two_hours, local(MONDAY, 11, 0), now=now).pk


def test_the_owners_booking_horizon_is_what_the_book_enforces(config, dental):
    week = replace(config, booking=BookingRules(max_days_ahead=7))
    slots = available_slots(config=week, day_from=MONDAY, day_to=MONDAY + timedelta(days=20),
                            now=NOW)
    assert max(s.local_start.date() for s in slots) == MONDAY + timedelta(days=7)
    with pytest.raises(ApplicationError, match="up to 7 days ahead"):
        book(week, local(MONDAY + timedelta(days=8), 10))
    assert book(week, local(MONDAY + timedelta(days=7), 10)).pk


def test_booking_rules_read_leniently_from_the_stored_row():
    assert BookingRules.from_row(None) == BookingRules()
    rules = BookingRules.from_row({"min_notice_minutes": 90, "max_days_ahead": 10,
                                   "notes": "  Bring your\n insurance card "})
    assert (rules.lead_time, rules.max_days_ahead, rules.notes) == (
        timedelta(minutes=90), 10, "Bring your insurance card")
    for bad in ({"min_notice_minutes": -5}, {"min_notice_minutes": True},
                {"max_days_ahead": 0}, {"max_days_ahead": "12"}, {"notes": 3}):
        assert BookingRules.from_row(bad) == BookingRules()


def test_the_spring_forward_day_skips_the_missing_hour_and_nothing_else(config, dental):
    night = replace(config, business_hours={"sun": [["00:00", "05:00"]]})
    sunday = date(2030, 3, 10)
    slots = available_slots(config=night, day_from=sunday, day_to=sunday,
                            now=datetime(2030, 3, 1, tzinfo=UTC))
    assert local_clocks(slots) == ["00:00", "00:30", "01:00", "01:30",
                                   "03:00", "03:30", "04:00", "04:30"]
    assert [s.starts_at.strftime("%H:%M") for s in slots] == [
        "05:00", "05:30", "06:00", "06:30", "07:00", "07:30", "08:00", "08:30"]
    assert all(a.ends_at == b.starts_at for a, b in zip(slots, slots[1:], strict=False))


def test_the_fall_back_day_offers_each_local_time_once(config, dental):
    night = replace(config, business_hours={"sun": [["00:00", "05:00"]]})
    sunday = date(2030, 11, 3)
    slots = available_slots(config=night, day_from=sunday, day_to=sunday,
                            now=datetime(2030, 11, 1, tzinfo=UTC))
    clocks = local_clocks(slots)
    assert clocks == [f"{h:02d}:{m}" for h in range(5) for m in ("00", "30")]
    assert len(set(clocks)) == len(clocks)
    utc = [s.starts_at.strftime("%H:%M") for s in slots]
    assert utc[:4] == ["04:00", "04:30", "05:00", "05:30"]  # EDT: the first 1 AM
    assert utc[4:] == ["07:00", "07:30", "08:00", "08:30", "09:00", "09:30"]  # EST from 2 AM
    assert all(a.ends_at <= b.starts_at for a, b in zip(slots, slots[1:], strict=False))
    assert slots[3].ends_at.astimezone(NEW_YORK).fold == 1  # 1:30 EDT ends at 1:00 EST


def test_opening_time_keeps_its_local_clock_across_the_dst_change(config, dental):
    friday, monday = date(2030, 3, 8), date(2030, 3, 11)
    now = datetime(2030, 3, 1, tzinfo=UTC)
    before = available_slots(config=config, day_from=friday, day_to=friday, now=now, limit=1)
    after = available_slots(config=config, day_from=monday, day_to=monday, now=now, limit=1)
    assert before[0].starts_at == datetime(2030, 3, 8, 14, 0, tzinfo=UTC)  # 9 AM EST
    assert after[0].starts_at == datetime(2030, 3, 11, 13, 0, tzinfo=UTC)  # 9 AM EDT
    assert before[0].spoken() == "Friday, March 8th at 9 AM"
    assert after[0].spoken() == "Monday, March 11th at 9 AM"


def test_a_booked_slot_is_no_longer_offered(config, dental):
    book(config, local(MONDAY, 10))
    slots = available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=NOW)
    assert "10:00" not in local_clocks(slots)
    assert {"09:30", "10:30"} <= set(local_clocks(slots))  # back-to-back is fine
    long = available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=NOW,
                           service="Long visit")
    assert local_clocks(long)[:2] == ["10:30", "13:00"]  # 9:00-10:15 and 9:30 would clash


def test_the_book_is_per_business(config, fleet):
    with schema_context("t_dental"):
        book(config, local(MONDAY, 10))
    with schema_context("t_law"):
        slots = available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=NOW)
    assert "10:00" in local_clocks(slots)


def test_earliest_slot_is_the_first_open_one(config, dental):
    book(config, local(MONDAY, 9))
    assert earliest_slot(config=config, now=NOW).local_start == local(MONDAY, 9, 30)
    assert earliest_slot(config=replace(config, business_hours={}), now=NOW) is None


def test_slots_near_offers_the_closest_free_times_around_a_taken_one(config, dental):
    book(config, local(MONDAY + timedelta(days=1), 15))
    near = slots_near(config=config, wanted=local(MONDAY + timedelta(days=1), 15), now=NOW)
    assert [s.spoken() for s in near] == ["Tuesday, June 4th at 2:30 PM",
                                          "Tuesday, June 4th at 3:30 PM"]
    free = slots_near(config=config, wanted=datetime(2030, 6, 4, 11, 0), now=NOW, count=1)
    assert free[0].local_start == local(MONDAY + timedelta(days=1), 11)  # naive = local time
    lunch = slots_near(config=config, wanted=local(MONDAY, 12, 20), now=NOW, count=2)
    assert local_clocks(lunch) == ["11:30", "13:00"]


# --- booking ------------------------------------------------------------------------------------


def test_booking_stores_a_normalised_appointment(config, dental):
    appointment = appointment_book(
        config=config, starts_at=local(MONDAY, 13, 30), caller_name="  Ann   Lee ",
        callback_number="(510) 555-0100", reason="sore tooth", service="quick CHECK", now=NOW)
    appointment.refresh_from_db()
    assert appointment.callback_number == ANN
    assert appointment.caller_name == "Ann Lee"
    assert appointment.service == "Quick check"
    assert appointment.ends_at - appointment.starts_at == timedelta(minutes=15)
    assert appointment.status == Appointment.Status.BOOKED
    assert Slot.of(appointment, config=config).spoken() == "Monday, June 3rd at 1:30 PM"


def test_a_service_without_a_duration_takes_the_standard_length(config, dental):
    appointment = book(config, local(MONDAY, 9), service="Consultation")
    assert appointment.ends_at - appointment.starts_at == timedelta(minutes=30)


def test_the_same_slot_cannot_be_booked_twice(config, dental):
    book(config, local(MONDAY, 10))
    with pytest.raises(ApplicationError, match="already booked") as caught:
        book(config, local(MONDAY, 10), number=BOB)
    assert caught.value.field == "starts_at"
    with pytest.raises(ApplicationError, match="already booked"):
        book(config, local(MONDAY, 9), number=BOB, service="Long visit")
    assert Appointment.objects.count() == 1


AFTERNOON = local(MONDAY, 15, 10)


@pytest.mark.parametrize(("starts_at", "now", "message"), [
    (local(MONDAY + timedelta(days=6), 10), NOW, "closed on Sundays"),
    (local(MONDAY, 12), NOW,
     "not open then. On Mondays we're open 9 AM to 12 PM and 1 PM to 5 PM"),
    (local(MONDAY, 7, 30), NOW, "not open then"),
    (local(MONDAY, 10, 15), NOW, "start every 30 minutes"),
    (local(MONDAY, 9), AFTERNOON, "already passed"),
    (local(MONDAY, 15), AFTERNOON, "already passed"),
    (local(MONDAY, 15, 30), AFTERNOON, "30 minutes' notice"),
])
def test_booking_refuses_times_the_book_would_not_offer(config, dental, starts_at, now,
                                                        message):
    with pytest.raises(ApplicationError, match=message) as caught:
        book(config, starts_at, now=now)
    assert caught.value.field == "starts_at"
    assert not Appointment.objects.exists()


def test_a_long_visit_must_finish_by_closing_time(config, dental):
    with pytest.raises(ApplicationError, match="75-minute visit has to finish by closing"):
        book(config, local(MONDAY, 16), service="Long visit")


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"caller_name": "  "}, "caller_name", "May I have your name"),
    ({"callback_number": "555"}, "callback_number", "valid phone number"),
    ({"callback_number": ""}, "callback_number", "valid phone number"),
    ({"service": "Tattoo"}, "service", "We don't offer 'Tattoo'. We offer: Quick check"),
    ({"reason": "x" * 5000}, "reason", "short version"),
])
def test_booking_names_the_detail_to_ask_again(config, dental, kwargs, field, message):
    args = {"config": config, "starts_at": local(MONDAY, 10), "caller_name": "Ann",
            "callback_number": ANN, "reason": "", "now": NOW} | kwargs
    with pytest.raises(ApplicationError, match=message) as caught:
        appointment_book(**args)
    assert caught.value.field == field


def test_a_naive_now_is_a_programming_error(config, dental):
    with pytest.raises(ValueError, match="timezone-aware"):
        available_slots(config=config, day_from=MONDAY, day_to=MONDAY,
                        now=datetime(2030, 6, 3, 7, 0))


def test_a_search_is_bounded(config, dental):
    with pytest.raises(ApplicationError, match="at most"):
        available_slots(config=config, day_from=MONDAY, day_to=MONDAY + timedelta(days=400),
                        now=NOW)


# --- the database is the last word --------------------------------------------------------------


def _insert_sql(cursor_execute, starts: datetime, ends: datetime, status: str = "booked"):
    return cursor_execute(
        "INSERT INTO calls_appointment (caller_name, callback_number, reason, service, "
        "starts_at, ends_at, status, created_at) VALUES ('Raw', %s, '', '', %s, %s, %s, now()) "
        "RETURNING id", [BOB, starts, ends, status])


def test_the_database_refuses_an_overlapping_booking_of_another_length(config, dental):
    book(config, local(MONDAY, 10))
    with connection.cursor() as cursor:
        with pytest.raises(IntegrityError, match="appointment_no_double_booking"):
            with transaction.atomic():
                _insert_sql(cursor.execute, local(MONDAY, 9, 45), local(MONDAY, 10, 5))
        with transaction.atomic():  # touching ends are not an overlap: ranges are [start, end)
            _insert_sql(cursor.execute, local(MONDAY, 9, 15), local(MONDAY, 10))
        with transaction.atomic():  # a cancelled row does not hold its time
            _insert_sql(cursor.execute, local(MONDAY, 10), local(MONDAY, 11), "cancelled")
        with pytest.raises(IntegrityError, match="appointment_ends_after_it_starts"):
            with transaction.atomic():
                _insert_sql(cursor.execute, local(MONDAY, 11), local(MONDAY, 11))
    with pytest.raises(IntegrityError, match="appointment_no_double_booking"):
        with transaction.atomic():
            Appointment.objects.create(caller_name="ORM", callback_number=BOB,
                                       starts_at=local(MONDAY, 10, 10),
                                       ends_at=local(MONDAY, 10, 20))


def test_cloned_tenant_schemas_carry_the_exclusion_constraint(fleet):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname FROM pg_constraint c JOIN pg_namespace n "
            "ON n.oid = c.connamespace WHERE c.conname = 'appointment_no_double_booking' "
            "AND c.contype = 'x'")
        schemas = {row[0] for row in cursor.fetchall()}
    assert set(fleet) <= schemas


def _raw_connection(schema: str) -> psycopg.Connection:
    """A second client of the test database, outside the test's transaction."""
    params = connection.get_connection_params()  # also right for the embedded server's socket
    conn = psycopg.connect(**{key: params[key] for key in ("dbname", "user", "password", "host",
                                                           "port") if params.get(key)})
    conn.execute(psycopg.sql.SQL("SET search_path TO {}").format(psycopg.sql.Identifier(schema)))
    conn.execute("SET lock_timeout = '20s'")
    conn.commit()
    return conn


def _wait_until_blocked(pid: int, *, timeout: float = 15.0) -> bool:
    with _raw_connection("public") as watcher:
        watcher.autocommit = True
        deadline = clock.monotonic() + timeout
        while clock.monotonic() < deadline:
            row = watcher.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s",
                                  [pid]).fetchone()
            if row and row[0] == "Lock":
                return True
            clock.sleep(0.02)
    return False


CONCURRENT_DAY = date(2031, 1, 7)  # a day only the concurrency tests write to (and then clean)


def test_two_connections_cannot_both_book_overlapping_times(fleet):
    first, second = _raw_connection("t_dental"), _raw_connection("t_dental")
    outcome: dict[str, object] = {}
    row_id = None

    def attempt() -> None:
        try:
            _insert_sql(second.execute, local(CONCURRENT_DAY, 10, 15),
                        local(CONCURRENT_DAY, 10, 45))
            second.commit()
            outcome["committed"] = True
        except psycopg.Error as exc:
            second.rollback()
            outcome["error"] = exc

    try:
        row_id = _insert_sql(first.execute, local(CONCURRENT_DAY, 10),
                             local(CONCURRENT_DAY, 10, 30)).fetchone()[0]
        racer = threading.Thread(target=attempt)
        racer.start()
        assert _wait_until_blocked(second.info.backend_pid), "the second insert did not wait"
        first.commit()
        racer.join(timeout=20)
        assert isinstance(outcome.get("error"), psycopg.errors.ExclusionViolation), outcome
    finally:
        first.rollback()
        if row_id is not None:
            first.execute("DELETE FROM calls_appointment WHERE id = %s", [row_id])
            first.commit()
        first.close()
        second.close()


def test_a_booking_that_loses_the_race_is_told_the_time_was_just_taken(config, dental):
    """The service's own overlap check cannot see an uncommitted rival; the constraint can."""
    other = _raw_connection("t_dental")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
        cursor.execute("SET LOCAL lock_timeout = '20s'")
    row_id = None
    blocked: list[bool] = []

    def commit_once_blocked() -> None:
        blocked.append(_wait_until_blocked(pid))
        other.commit()

    try:
        row_id = _insert_sql(other.execute, local(CONCURRENT_DAY, 10),
                             local(CONCURRENT_DAY, 10, 30)).fetchone()[0]
        releaser = threading.Thread(target=commit_once_blocked)
        releaser.start()
        with pytest.raises(ApplicationError, match="just taken") as caught:
            book(config, local(CONCURRENT_DAY, 10), now=local(CONCURRENT_DAY, 7))
        releaser.join(timeout=20)
        assert blocked == [True], "the booking never waited for its rival"
        assert caught.value.field == "starts_at"
        assert not Appointment.objects.filter(caller_name="Ann Lee").exists()
    finally:
        other.rollback()
        if row_id is not None:
            other.execute("DELETE FROM calls_appointment WHERE id = %s", [row_id])
            other.commit()
        other.close()


BOOK = st.tuples(st.just("book"), st.sampled_from(["", "Quick check", "Long visit"]),
                 st.integers(0, 6), st.integers(0, 20))
CANCEL = st.tuples(st.just("cancel"), st.integers(0, 11))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # config is read-only
@given(steps=st.lists(st.one_of(BOOK, BOOK, CANCEL), min_size=1, max_size=14))
def test_no_two_booked_appointments_overlap_and_every_booking_was_offered(config, dental,
                                                                         steps):
    """For any sequence of booking attempts (any service, any quarter hour from 8 AM to 1 PM,
    any day of a week) and cancellations: a booking succeeds exactly when its start was offered,
    and the booked appointments never overlap."""
    short = replace(config, business_hours={**HOURS, "tue": [["09:00", "11:00"]]})
    with rolled_back():
        made: list[Appointment] = []
        for step in steps:
            if step[0] == "cancel":
                if made:
                    appointment_cancel(appointment_id=made[step[1] % len(made)].pk,
                                       caller_id=ANN, caller_name="Ann Lee")
                continue
            _, service, day_offset, quarter = step
            day = MONDAY + timedelta(days=day_offset)
            offered = {s.starts_at for s in available_slots(
                config=short, day_from=day, day_to=day, now=NOW, service=service)}
            wanted = local(day, 8) + timedelta(minutes=15 * quarter)
            try:
                made.append(book(short, wanted, service=service))
            except ApplicationError:
                assert wanted not in offered
            else:
                assert wanted in offered
        booked = list(Appointment.objects.filter(status=Appointment.Status.BOOKED)
                      .order_by("starts_at"))
        assert all(a.ends_at <= b.starts_at for a, b in zip(booked, booked[1:], strict=False))


# --- cancelling and looking up ------------------------------------------------------------------


def test_only_the_callers_own_number_can_cancel(config, dental):
    appointment = book(config, local(MONDAY, 10))
    with pytest.raises(ApplicationError, match="couldn't find") as caught:
        appointment_cancel(appointment_id=appointment.pk, caller_id=BOB, caller_name="Ann Lee")
    assert caught.value.field == "appointment_id"
    with pytest.raises(ApplicationError, match="couldn't find"):
        appointment_cancel(appointment_id=appointment.pk + 1000, caller_id=ANN,
                           caller_name="Ann Lee")
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED

    cancelled = appointment_cancel(appointment_id=appointment.pk, caller_id="510-555-0100",
                                   caller_name="ann  lee")
    assert cancelled.status == Appointment.Status.CANCELLED and cancelled.cancelled_at
    again = appointment_cancel(appointment_id=appointment.pk, caller_id=ANN, caller_name="Ann Lee")
    assert again.cancelled_at == cancelled.cancelled_at
    assert "10:00" in local_clocks(
        available_slots(config=config, day_from=MONDAY, day_to=MONDAY, now=NOW))
    book(config, local(MONDAY, 10), number=BOB)  # the freed slot can be booked again


def test_a_caller_hears_only_their_own_upcoming_appointments(config, dental):
    past = book(config, local(MONDAY, 9))
    upcoming = book(config, local(MONDAY + timedelta(days=1), 10))
    cancelled = book(config, local(MONDAY + timedelta(days=2), 10))
    appointment_cancel(appointment_id=cancelled.pk, caller_id=ANN, caller_name="Ann Lee")
    book(config, local(MONDAY + timedelta(days=1), 11), number=BOB)
    found = appointments_for_caller(caller_id="+1 510 555 0100", caller_name="Ann Lee",
                                    now=local(MONDAY, 12))
    assert found == [upcoming]
    assert past not in found


def test_the_right_number_with_the_wrong_name_finds_and_cancels_nothing(config, dental):
    """Issue 16, finding 3: the caller ID alone is not enough (a shared or spoofed line)."""
    appointment = book(config, local(MONDAY, 10))  # Ann Lee, ANN
    for name in ("Bob Stone", "Lee", "Anna", "", "Ann Leeson-Smith"):
        assert appointments_for_caller(caller_id=ANN, caller_name=name, now=NOW) == []
        with pytest.raises(ApplicationError, match="couldn't find"):
            appointment_cancel(appointment_id=appointment.pk, caller_id=ANN, caller_name=name)
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED


def test_the_right_name_from_another_line_finds_and_cancels_nothing(config, dental):
    """Issue 16, finding 3: the booking's name and number said on another line (or no caller ID
    at all) never reach it: only the number the call comes from counts."""
    appointment = book(config, local(MONDAY, 10))
    for caller_id in (BOB, "", "anonymous", "+1"):
        assert appointments_for_caller(caller_id=caller_id, caller_name="Ann Lee", now=NOW) == []
        with pytest.raises(ApplicationError, match="couldn't find"):
            appointment_cancel(appointment_id=appointment.pk, caller_id=caller_id,
                               caller_name="Ann Lee")
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED


@pytest.mark.parametrize(("said", "booked", "same"), [
    ("Ann Lee", "Ann Lee", True), ("ann   LEE", "Ann Lee", True),
    ("Zoë Ørsted", "Zoe Orsted", True),
    ("A. Lee", "Ann Lee", True), ("Mary-Jane O'Brien", "Mary Jane OBrien", True),
    ("Maria Nguyan", "Maria Nguyen", True), ("Maria Lopez", "Ann Lee", False),
    ("Ann Lee", "Bob Lee", False), ("Lee", "Ann Lee", False), ("Cher", "Cher", True),
    ("Ann Leigh", "Ann Lee", False), ("", "Ann Lee", False),
])
def test_names_match_forgives_spelling_noise_but_not_another_person(said, booked, same):
    from calls.appointments import names_match

    assert names_match(said, booked) is same


def test_a_one_time_code_is_a_named_seam_not_a_pretence(config, dental):
    from calls.appointments import appointment_code_send

    appointment = book(config, local(MONDAY, 10))
    with pytest.raises(NotImplementedError):
        appointment_code_send(appointment=appointment)


# --- messages -----------------------------------------------------------------------------------


def test_a_message_is_stored_with_a_normalised_number(dental):
    message = callback_message_take(caller_name=" Bob  Stone ", callback_number="415.555.0123",
                                    reason="  invoice question ", urgent=True)
    message.refresh_from_db()
    assert (message.caller_name, message.callback_number, message.reason) == (
        "Bob Stone", BOB, "invoice question")
    assert message.urgent and not message.handled


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"caller_name": ""}, "caller_name", "May I have your name, please?"),
    ({"caller_name": "x" * 101}, "caller_name", "too long"),
    ({"callback_number": "12"}, "callback_number",
     "I didn't catch a valid phone number. Could you say it again, with the area code?"),
    ({"callback_number": "not a number"}, "callback_number", "valid phone number"),
    ({"reason": " "}, "reason", "What would you like me to tell the team?"),
])
def test_message_validation_says_what_to_ask_again(dental, kwargs, field, message):
    args = {"caller_name": "Bob", "callback_number": BOB, "reason": "invoice"} | kwargs
    with pytest.raises(ApplicationError) as caught:
        callback_message_take(**args)
    assert message in caught.value.message
    assert caught.value.field == field
    assert not CallbackMessage.objects.exists()


def test_the_database_refuses_a_message_without_an_e164_number(dental):
    with pytest.raises(IntegrityError, match="callback_message_number_is_e164"):
        with transaction.atomic():
            CallbackMessage.objects.create(caller_name="Bob", callback_number="555",
                                           reason="x")


# --- speech -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("when", "spoken"), [
    (datetime(2026, 3, 3, 10, 30), "Tuesday, March 3rd at 10:30 AM"),
    (datetime(2026, 3, 1, 9, 0), "Sunday, March 1st at 9 AM"),
    (datetime(2026, 3, 2, 12, 0), "Monday, March 2nd at 12 PM"),
    (datetime(2026, 3, 11, 0, 15), "Wednesday, March 11th at 12:15 AM"),
    (datetime(2026, 3, 12, 13, 5), "Thursday, March 12th at 1:05 PM"),
    (datetime(2026, 3, 13, 17, 0), "Friday, March 13th at 5 PM"),
    (datetime(2026, 3, 21, 9, 0), "Saturday, March 21st at 9 AM"),
    (datetime(2026, 3, 22, 9, 0), "Sunday, March 22nd at 9 AM"),
    (datetime(2026, 3, 23, 9, 0), "Monday, March 23rd at 9 AM"),
    (datetime(2026, 3, 31, 23, 30), "Tuesday, March 31st at 11:30 PM"),
])
def test_a_slot_is_spoken_in_the_business_time_zone(when, spoken):
    tz = "America/Los_Angeles"
    starts = when.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
    slot = Slot(starts_at=starts, ends_at=starts + timedelta(minutes=30), timezone=tz)
    assert slot.spoken() == spoken
    assert Slot(starts_at=starts, ends_at=slot.ends_at).spoken() != spoken  # UTC reads otherwise
