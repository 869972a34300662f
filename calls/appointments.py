"""The appointment book and message taking: the part of a call that must be right whatever the
LLM says.

The agent's tools only ever pass what the caller said through these functions, so every rule a
business relies on lives here: bookings fall inside opening hours on the slot grid, never in the
past, at shorter notice or further ahead than the owner's booking rules allow (the call
configuration's `booking`), never on top of each other (the last word is the database's
exclusion constraint, because two calls can race for one slot), and every callback number is a
dialable E.164 number.

Times are wall-clock times in the business's time zone. The slot grid is built from local opening
times and converted to UTC one slot at a time, so a DST change moves the UTC instants, never the
local ones: on the spring-forward day the missing hour simply has no slots, and on the
fall-back day each local time is offered once (its first occurrence), so the receptionist never
offers "1:30 AM" twice.

Everything here runs in the current tenant schema; callers enter it with `schema_context`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import psycopg.errors
from django.db import IntegrityError, transaction
from django.utils import timezone as django_timezone

from calls.models import Appointment, Call, CallbackMessage
from frontdesk.call_config import CallConfig
from receptionist.errors import ApplicationError
from tenants.business_hours import (
    DAY_NAMES,
    DAYS,
    describe_business_hours,
    validate_business_hours,
)
from tenants.phone_numbers import normalize_e164
from webhooks import events as webhook_events
from webhooks.services import webhook_event_emit

MAX_SEARCH_DAYS = 62  # one question to the book never scans more than about two months
NEAR_SEARCH_DAYS = 7  # how far either side of a requested time slots_near looks
NAME_MAX = 100
REASON_MAX = 2000


@dataclass(frozen=True, order=True)
class Slot:
    """One bookable interval. Instants are UTC (so comparing and sorting are never fooled by a
    repeated local hour); `timezone` is the business's, for speech."""

    starts_at: datetime
    ends_at: datetime
    timezone: str = "UTC"

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    def spoken(self) -> str:
        """'Tuesday, March 3rd at 10:30 AM': how the receptionist reads a time to a caller."""
        local = self.local_start
        return f"{local:%A}, {local:%B} {ordinal(local.day)} at {spoken_clock(local.time())}"

    @classmethod
    def of(cls, appointment: Appointment, *, config: CallConfig) -> Slot:
        """The slot an appointment occupies, for reading a booking back to the caller."""
        return cls(starts_at=appointment.starts_at.astimezone(UTC),
                   ends_at=appointment.ends_at.astimezone(UTC), timezone=config.timezone)


def notice_phrase(lead: timedelta) -> str:
    """The booking rules' notice as a caller hears it: "30 minutes'", "2 hours'", "1 day's"."""
    minutes = int(lead.total_seconds() // 60)
    for unit, size in (("day", 1440), ("hour", 60)):
        if minutes >= size and minutes % size == 0:
            count = minutes // size
            return f"{count} {unit}'s" if count == 1 else f"{count} {unit}s'"
    return f"{minutes} minute's" if minutes == 1 else f"{minutes} minutes'"


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_clock(value: time) -> str:
    """'9 AM', '10:30 AM', '12 PM': a clock time as people say it."""
    suffix = "AM" if value.hour < 12 else "PM"
    hour12 = value.hour % 12 or 12
    return f"{hour12} {suffix}" if value.minute == 0 else f"{hour12}:{value.minute:02d} {suffix}"


# --- time helpers -------------------------------------------------------------------------------


def _require_aware(value: datetime, name: str) -> datetime:
    if django_timezone.is_naive(value):
        raise ValueError(f"{name} must be timezone-aware")
    return value


def _as_instant(value: datetime, tz: ZoneInfo) -> datetime:
    """UTC instant of `value`; a naive time is the business's wall-clock time, as callers speak."""
    if django_timezone.is_naive(value):
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def _local_instant(day: date, clock: time, tz: ZoneInfo) -> datetime | None:
    """UTC instant of a local wall-clock time, or None when DST skips it that day."""
    local = datetime.combine(day, clock, tzinfo=tz)  # fold=0: the first of a repeated hour
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return instant


def _clock(hhmm: str) -> time:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return time(hour, minute)


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _service_minutes(config: CallConfig, service: str) -> tuple[str, int]:
    """The configured spelling of `service` and how long it takes, or ApplicationError.

    A service that declares `duration_minutes` occupies that long; anything else the business's
    standard appointment length.
    """
    name = (service or "").strip()
    if not name:
        return "", config.appointment_minutes
    for item in config.services:
        if str(item.get("name", "")).strip().casefold() == name.casefold():
            minutes = item.get("duration_minutes")
            if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
                minutes = config.appointment_minutes
            return str(item["name"]).strip(), minutes
    if not config.services:
        return name, config.appointment_minutes
    offered = ", ".join(str(item.get("name", "")) for item in config.services)
    raise ApplicationError(f"We don't offer {name!r}. We offer: {offered}.", field="service")


def service_minutes(config: CallConfig, service: str) -> int:
    """How long `service` takes (the standard appointment for one not on the price list)."""
    try:
        return _service_minutes(config, service)[1]
    except ApplicationError:
        return config.appointment_minutes


def _grid(config: CallConfig, day: date, minutes: int) -> Iterator[Slot]:
    """Every slot of `day` the opening hours allow, ignoring the book and the clock.

    Starts are `appointment_minutes` apart from each opening time; a slot of `minutes` must end
    by closing time, on the wall clock and in elapsed time (they differ on DST days). Local
    starts DST skips are left out.
    """
    tz = ZoneInfo(config.timezone)
    hours = validate_business_hours(config.business_hours)
    step = config.appointment_minutes
    if step <= 0:
        raise ValueError("appointment_minutes must be positive")
    length = timedelta(minutes=minutes)
    for opens, closes in hours[DAYS[day.weekday()]]:
        start, close = _minutes(_clock(opens)), _minutes(_clock(closes))
        closing = datetime.combine(day, _clock(closes), tzinfo=tz).astimezone(UTC)
        for offset in range(start, close - minutes + 1, step):
            instant = _local_instant(day, time(offset // 60, offset % 60), tz)
            if instant is not None and instant + length <= closing:
                yield Slot(starts_at=instant, ends_at=instant + length, timezone=config.timezone)


def _local_day_bounds(day_from: date, day_to: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day_from, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day_to + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def _booked_between(start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    return list(
        Appointment.objects.filter(status=Appointment.Status.BOOKED, starts_at__lt=end,
                                   ends_at__gt=start)
        .order_by("starts_at").values_list("starts_at", "ends_at")
    )


def _overlaps(slot: Slot, booked: list[tuple[datetime, datetime]]) -> bool:
    return any(starts < slot.ends_at and slot.starts_at < ends for starts, ends in booked)


# --- selectors ----------------------------------------------------------------------------------


def _lead(config: CallConfig, lead_time: timedelta | None) -> timedelta:
    """The notice a booking needs: the owner's rule unless a caller (a test, staff) says."""
    return config.booking.lead_time if lead_time is None else lead_time


def last_bookable_day(*, config: CallConfig, now: datetime) -> date:
    """The furthest local date the owner lets callers book ("at most N days ahead")."""
    today = now.astimezone(ZoneInfo(config.timezone)).date()
    return today + timedelta(days=config.booking.max_days_ahead)


def available_slots(*, config: CallConfig, day_from: date, day_to: date, now: datetime,
                    limit: int | None = None, service: str = "",
                    lead_time: timedelta | None = None) -> list[Slot]:
    """Open slots from `day_from` to `day_to` (local dates, inclusive), earliest first.

    A slot is offered only if it is on the grid, starts at least the booking rules' notice after
    `now`, no later than their last bookable day, and overlaps no booked appointment: exactly the
    slots `appointment_book` accepts.
    """
    _require_aware(now, "now")
    day_to = min(day_to, last_bookable_day(config=config, now=now))
    if day_to < day_from or (limit is not None and limit <= 0):
        return []
    if (day_to - day_from).days >= MAX_SEARCH_DAYS:
        raise ApplicationError(f"I can look at most {MAX_SEARCH_DAYS} days ahead at a time.",
                               field="day_to")
    _, minutes = _service_minutes(config, service)
    tz = ZoneInfo(config.timezone)
    earliest = now.astimezone(UTC) + _lead(config, lead_time)
    booked = _booked_between(*_local_day_bounds(day_from, day_to, tz))
    slots: list[Slot] = []
    day = day_from
    while day <= day_to:
        for slot in _grid(config, day, minutes):
            if slot.starts_at >= earliest and not _overlaps(slot, booked):
                slots.append(slot)
                if limit is not None and len(slots) >= limit:
                    return slots
        day += timedelta(days=1)
    return slots


def earliest_slot(*, config: CallConfig, now: datetime, within_days: int = 14,
                  service: str = "", lead_time: timedelta | None = None) -> Slot | None:
    """The first open slot from today (the business's today) within `within_days` days."""
    today = _require_aware(now, "now").astimezone(ZoneInfo(config.timezone)).date()
    found = available_slots(config=config, day_from=today,
                            day_to=today + timedelta(days=within_days - 1), now=now, limit=1,
                            service=service, lead_time=lead_time)
    return found[0] if found else None


def slots_near(*, config: CallConfig, wanted: datetime, now: datetime, count: int = 2,
               service: str = "", lead_time: timedelta | None = None) -> list[Slot]:
    """The `count` open slots closest to `wanted`, in time order (the wanted one itself if free).

    What the receptionist offers when the caller's time is taken or off the grid: "3 PM is
    booked, but 2:30 or 4 are free".
    """
    _require_aware(now, "now")
    tz = ZoneInfo(config.timezone)
    target = _as_instant(wanted, tz)
    today = now.astimezone(tz).date()
    wanted_day = target.astimezone(tz).date()
    day_from = max(today, wanted_day - timedelta(days=NEAR_SEARCH_DAYS))
    day_to = max(day_from, wanted_day + timedelta(days=NEAR_SEARCH_DAYS))
    candidates = available_slots(config=config, day_from=day_from, day_to=day_to, now=now,
                                 service=service, lead_time=lead_time)
    nearest = sorted(candidates, key=lambda s: (abs(s.starts_at - target), s.starts_at))
    return sorted(nearest[:count])


def names_match(said: str, booked: str) -> bool:
    """Whether the name a caller gives is the booking's name, as speech recognition hears it.

    Case, accents, punctuation and spacing never matter. The surnames (last words) must agree,
    allowing one misheard letter in a long one (Katharine/Catharine, Nguyen/Nguyan); when both
    give a first name it must start with the same letter (Bob Stone is Robert Stone's booking
    only if the caller says Robert or R...). A lone word matches only a lone word.
    """
    said_words, booked_words = _name_words(said), _name_words(booked)
    if not said_words or not booked_words:
        return False
    if said_words == booked_words:
        return True
    if (len(said_words) == 1) != (len(booked_words) == 1):
        return False
    if not _close(said_words[-1], booked_words[-1]):
        return False
    return len(said_words) == 1 or said_words[0][0] == booked_words[0][0]


def _name_words(value: str) -> list[str]:
    import unicodedata

    plain = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else " " for c in plain.casefold()).split()


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.8


def appointments_for_caller(*, caller_id: str, caller_name: str, now: datetime,
                            region: str | None = None) -> list[Appointment]:
    """The upcoming booked appointments of the caller on this line, earliest first: those booked
    under the number the call comes from (its caller ID, never a number the caller says) *and*
    under the name they give. Anything else finds nothing, so a caller never learns anything
    about another person's appointment. (A one-time code sent by text message to the booking's
    number is the other way to prove who one is: see `appointment_code_send`.)"""
    try:
        number = normalize_e164(caller_id, region=region)
    except ApplicationError:
        return []
    booked = Appointment.objects.filter(
        callback_number=number, status=Appointment.Status.BOOKED,
        ends_at__gt=_require_aware(now, "now")).order_by("starts_at")
    return [a for a in booked if names_match(caller_name, a.caller_name)]


@transaction.atomic
def appointment_cancel_by_business(*, appointment_id: int) -> Appointment:
    """The business cancels a booking (its portal or API: no caller to check). Cancelling
    twice is harmless, and the owner's webhooks hear `appointment.cancelled` once."""
    appointment = Appointment.objects.select_for_update().filter(pk=appointment_id).first()
    if appointment is None:
        raise ApplicationError("There is no such appointment.", field="appointment_id")
    if appointment.status != Appointment.Status.CANCELLED:
        appointment.status = Appointment.Status.CANCELLED
        appointment.cancelled_at = django_timezone.now()
        appointment.save(update_fields=["status", "cancelled_at"])
        webhook_event_emit(event_type=webhook_events.APPOINTMENT_CANCELLED,
                           data={"appointment": webhook_events.appointment_data(appointment)})
    return appointment


@transaction.atomic
def appointment_move(*, config: CallConfig, appointment_id: int, starts_at: datetime,
                     now: datetime) -> Appointment:
    """Move a booking to another slot, by the book's rules (`appointment_book`): the new
    booking is made for the same caller, service and reason, and the old one cancelled, both or
    neither. The old slot is freed first, so a visit can move into time it overlaps. The
    owner's webhooks hear one `appointment.moved`, as for a caller's move."""
    old = Appointment.objects.select_for_update().filter(pk=appointment_id).first()
    if old is None:
        raise ApplicationError("There is no such appointment.", field="appointment_id")
    if old.status != Appointment.Status.BOOKED:
        raise ApplicationError("This appointment was cancelled; book a new one instead.",
                               field="appointment_id")
    old.status = Appointment.Status.CANCELLED
    old.cancelled_at = django_timezone.now()
    old.save(update_fields=["status", "cancelled_at"])
    new = _book(config=config, starts_at=starts_at, caller_name=old.caller_name,
                callback_number=old.callback_number, reason=old.reason, service=old.service,
                call=old.call, now=now, lead_time=None)
    webhook_event_emit(event_type=webhook_events.APPOINTMENT_MOVED, data={
        "appointment": webhook_events.appointment_data(new),
        "previous": webhook_events.appointment_data(old)})
    return new


def appointment_code_send(*, appointment: Appointment) -> None:
    """Seam for the later issue ("connected"): text a one-time code to the booking's own number,
    so a caller on another line can prove the booking is theirs. Not built: no text-message
    provider is configured yet, and pretending to send one would be worse than saying no."""
    raise NotImplementedError("one-time codes by text message are not available yet")


# --- services -----------------------------------------------------------------------------------


def _caller_name(value: str) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise ApplicationError("May I have your name, please?", field="caller_name")
    if len(name) > NAME_MAX:
        raise ApplicationError("That name is too long for our records; could you shorten it?",
                               field="caller_name")
    return name


def _callback_number(value: str, *, region: str | None) -> str:
    try:
        return normalize_e164(value, region=region)
    except ApplicationError:
        raise ApplicationError(
            "I didn't catch a valid phone number. Could you say it again, with the area code?",
            field="callback_number") from None


def _reason(value: str, *, required: bool) -> str:
    reason = (value or "").strip()
    if required and not reason:
        raise ApplicationError("What would you like me to tell the team?", field="reason")
    if len(reason) > REASON_MAX:
        raise ApplicationError("That's a lot to note down; could you give me the short version?",
                               field="reason")
    return reason


def reason_in_callers_words(reason: str, *, config: CallConfig) -> str:
    """`reason` without the receptionist's own words: any of the business's qualification
    questions found in it is taken out (the answers belong in the call's details,
    calls.services.call_details_record), and what is left is tidied. A booking's reason is what
    the caller said they come for, nothing the receptionist asked."""
    text = reason or ""
    for question in config.qualification_questions:
        question = " ".join(str(question).split())
        if question:
            text = re.sub(r"\s+".join(re.escape(w) for w in question.split()), " ", text,
                          flags=re.IGNORECASE)
    parts = [" ".join(part.split()).strip(" ,;:-") for part in text.split("|")]
    return " | ".join(part for part in parts if part)


def _not_a_slot(config: CallConfig, local: datetime, minutes: int) -> ApplicationError:
    """Why a time is not bookable, in words the receptionist can say."""
    day = DAYS[local.weekday()]
    intervals = validate_business_hours(config.business_hours)[day]
    if not intervals:
        hours = describe_business_hours(validate_business_hours(config.business_hours))
        return ApplicationError(f"We're closed on {DAY_NAMES[day]}s. Our hours are: {hours}",
                                field="starts_at")
    clock = _minutes(local.time())
    if not any(_minutes(_clock(a)) <= clock < _minutes(_clock(b)) for a, b in intervals):
        spans = " and ".join(f"{spoken_clock(_clock(a))} to {spoken_clock(_clock(b))}"
                             for a, b in intervals)
        return ApplicationError(f"We're not open then. On {DAY_NAMES[day]}s we're open {spans}.",
                                field="starts_at")
    return ApplicationError(
        f"That isn't one of our appointment times. Appointments start every "
        f"{config.appointment_minutes} minutes from opening, and a {minutes}-minute visit has to "
        "finish by closing time.", field="starts_at")


def appointment_book(*, config: CallConfig, starts_at: datetime, caller_name: str,
                     callback_number: str, reason: str = "", service: str = "",
                     call: Call | None = None, now: datetime,
                     lead_time: timedelta | None = None) -> Appointment:
    """Book the slot starting at `starts_at`, or ApplicationError saying why not, for the caller.

    The slot must be one `available_slots` would offer. The overlap check here gives the usual
    refusal a clear message; a concurrent booking that slips past it is refused by the exclusion
    constraint, reported as "just taken". `reason` is the caller's own words: the business's
    qualification questions are taken out of it (`reason_in_callers_words`). The owner's
    webhooks hear `appointment.booked` once the booking commits.
    """
    with transaction.atomic():
        appointment = _book(config=config, starts_at=starts_at, caller_name=caller_name,
                            callback_number=callback_number, reason=reason, service=service,
                            call=call, now=now, lead_time=lead_time)
        webhook_event_emit(event_type=webhook_events.APPOINTMENT_BOOKED,
                           data={"appointment": webhook_events.appointment_data(appointment)})
    return appointment


def appointment_move_for_caller(
        *, config: CallConfig, appointment_id: int, caller_id: str, verified_name: str,
        starts_at: datetime, caller_name: str, callback_number: str, reason: str = "",
        service: str = "", call: Call | None = None, now: datetime, region: str | None = None,
        lead_time: timedelta | None = None) -> tuple[Appointment, Appointment]:
    """Move a caller's booking to the slot at `starts_at`: the new booking and the old one's
    cancellation (only for the caller it belongs to, as `appointment_cancel`) happen together or
    not at all. Returns (the new booking, the cancelled one); ApplicationError with
    field "appointment_id" when the old one is not this caller's (nothing is booked then). The
    owner's webhooks hear one `appointment.moved`, not a booking and a cancellation."""
    with transaction.atomic():
        new = _book(config=config, starts_at=starts_at, caller_name=caller_name,
                    callback_number=callback_number, reason=reason, service=service, call=call,
                    now=now, lead_time=lead_time)
        old, _ = _cancel(appointment_id=appointment_id, caller_id=caller_id,
                         caller_name=verified_name, region=region, call=call)
        webhook_event_emit(event_type=webhook_events.APPOINTMENT_MOVED, data={
            "appointment": webhook_events.appointment_data(new),
            "previous": webhook_events.appointment_data(old)})
    return new, old


def _book(*, config: CallConfig, starts_at: datetime, caller_name: str, callback_number: str,
          reason: str, service: str, call: Call | None, now: datetime,
          lead_time: timedelta | None) -> Appointment:
    _require_aware(now, "now")
    name = _caller_name(caller_name)
    number = _callback_number(callback_number, region=config.phone_region)
    note = _reason(reason_in_callers_words(reason, config=config), required=False)
    service_name, minutes = _service_minutes(config, service)
    tz = ZoneInfo(config.timezone)
    start = _as_instant(starts_at, tz)
    local_day = start.astimezone(tz).date()
    slot = next((s for s in _grid(config, local_day, minutes) if s.starts_at == start), None)
    if slot is None:
        raise _not_a_slot(config, start.astimezone(tz), minutes)
    if slot.starts_at < now:
        raise ApplicationError("That time has already passed.", field="starts_at")
    lead = _lead(config, lead_time)
    if slot.starts_at < now + lead:
        raise ApplicationError(f"We need at least {notice_phrase(lead)} notice to book.",
                               field="starts_at")
    if local_day > last_bookable_day(config=config, now=now):
        raise ApplicationError(
            f"We only book up to {config.booking.max_days_ahead} days ahead.", field="starts_at")
    try:
        with transaction.atomic():
            if _booked_between(slot.starts_at, slot.ends_at):
                raise ApplicationError("Sorry, that time is already booked.", field="starts_at")
            return Appointment.objects.create(
                call=call, caller_name=name, callback_number=number, reason=note,
                service=service_name, starts_at=slot.starts_at, ends_at=slot.ends_at,
                status=Appointment.Status.BOOKED)
    except IntegrityError as exc:
        if isinstance(exc.__cause__, psycopg.errors.ExclusionViolation):
            raise ApplicationError("Sorry, that time was just taken by another caller.",
                                   field="starts_at") from None
        raise


@transaction.atomic
def appointment_cancel(*, appointment_id: int, caller_id: str, caller_name: str,
                       region: str | None = None, call: Call | None = None) -> Appointment:
    """Cancel a booking, but only for the caller it belongs to: the call comes from the number
    it was booked under (caller ID) and the caller gives its name (`names_match`).

    A stranger and a wrong id get the same answer, so the book cannot be probed. Cancelling
    twice is harmless (and tells the owner's webhooks `appointment.cancelled` once). `call`, the
    call the caller cancels on, is recorded with the cancellation, so that call's summary says
    what it cancelled.
    """
    appointment, cancelled = _cancel(appointment_id=appointment_id, caller_id=caller_id,
                                     caller_name=caller_name, region=region, call=call)
    if cancelled:
        webhook_event_emit(event_type=webhook_events.APPOINTMENT_CANCELLED,
                           data={"appointment": webhook_events.appointment_data(appointment)})
    return appointment


def _cancel(*, appointment_id: int, caller_id: str, caller_name: str, region: str | None,
            call: Call | None) -> tuple[Appointment, bool]:
    """(the appointment, whether this cancelled it); runs inside its caller's transaction."""
    try:
        number = normalize_e164(caller_id, region=region)
    except ApplicationError:
        number = None
    appointment = (Appointment.objects.select_for_update()
                   .filter(pk=appointment_id, callback_number=number).first()
                   if number else None)
    if appointment is None or not names_match(caller_name, appointment.caller_name):
        raise ApplicationError("I couldn't find that appointment under your name and this "
                               "phone number.", field="appointment_id")
    if appointment.status == Appointment.Status.CANCELLED:
        return appointment, False
    appointment.status = Appointment.Status.CANCELLED
    appointment.cancelled_at = django_timezone.now()
    appointment.cancelled_by_call = call
    appointment.save(update_fields=["status", "cancelled_at", "cancelled_by_call"])
    return appointment, True


@transaction.atomic
def callback_message_take(*, caller_name: str, callback_number: str, reason: str,
                          urgent: bool = False, call: Call | None = None,
                          region: str | None = None) -> CallbackMessage:
    """Record a message for the team, or ApplicationError naming what to ask the caller again.

    The owner's webhooks hear `message.taken`, and `call.urgent` as well for an urgent message:
    an urgent message is how a call is flagged urgent (the emergency flow takes one whenever it
    cannot put the caller through)."""
    message = CallbackMessage.objects.create(
        call=call, caller_name=_caller_name(caller_name),
        callback_number=_callback_number(callback_number, region=region),
        reason=_reason(reason, required=True), urgent=urgent)
    data = webhook_events.message_data(message)
    webhook_event_emit(event_type=webhook_events.MESSAGE_TAKEN, data={"message": data})
    if urgent:
        webhook_event_emit(event_type=webhook_events.CALL_URGENT, data={
            "call": webhook_events.call_data(call) if call is not None else None,
            "reason": message.reason, "message": data})
    return message
