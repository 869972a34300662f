"""Reads of calls; run inside the business's schema.

The calls list pages by keyset (start_time, id), newest first, so page 40,000 costs what page 1
costs, and counts matches only up to COUNT_LIMIT: an exact count over a million rows is the one
thing on the page that would be slow. Transcript search is PostgreSQL full-text search in the
English configuration, over the expression migration calls/0004 indexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchVectorField
from django.db.models import Func, Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from calls.models import Appointment, Call, CallbackMessage, Turn
from receptionist.errors import ApplicationError

PAGE_SIZE = 25
COUNT_LIMIT = 1000
SEARCH_CONFIG = "english"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CURSOR = re.compile(r"^(-?\d{1,19})\.(\d{1,19})$")
_MARK_START, _MARK_STOP = "\x02", "\x03"


@dataclass(frozen=True)
class Exchange:
    """One caller line and the receptionist's reply, as stored."""

    user: str
    agent: str
    at: datetime


def call_history(*, call: Call) -> list[Exchange]:
    """The conversation as it was saved, oldest exchange first."""
    return [Exchange(user=t.user_text, agent=t.agent_text, at=t.started_at)
            for t in call.turns.order_by("index")]


class TranscriptVector(Func):
    """The transcript's tsvector, written exactly as the GIN index of calls/0004 is defined."""

    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, COALESCE(%(expressions)s, ''::text))"
    output_field = SearchVectorField()


@dataclass(frozen=True)
class CallFilters:
    """What the owner narrowed the list to. Outcome and sentiment use the model's values; the
    empty value of each ("still in progress", "not yet known") is spelled PENDING / UNKNOWN."""

    PENDING = "in_progress"
    UNKNOWN = "unknown"

    date_from: date | None = None
    date_to: date | None = None
    outcome: str | None = None
    sentiment: str | None = None
    caller_number: str | None = None  # E.164
    search: str = ""
    include_tests: bool = True

    @property
    def active(self) -> bool:
        return any((self.date_from, self.date_to, self.outcome, self.sentiment,
                    self.caller_number, self.search, not self.include_tests))


@dataclass(frozen=True)
class CallPage:
    calls: list[Call]
    newer: str | None  # cursor of the page before (newer calls), None on the first page
    older: str | None  # cursor of the next page (older calls)
    matches: int  # how many calls match, counted up to COUNT_LIMIT
    matches_capped: bool  # more than COUNT_LIMIT match
    snippets: dict[int, SafeString]  # call pk -> transcript excerpt with the search terms marked


def cursor_encode(call: Call) -> str:
    micros = (call.start_time - _EPOCH) // timedelta(microseconds=1)
    return f"{micros}.{call.pk}"


def cursor_decode(value: str) -> tuple[datetime, int]:
    match = _CURSOR.match(value or "")
    if not match:
        raise ApplicationError("that page link is not valid", field="cursor")
    try:
        at = _EPOCH + timedelta(microseconds=int(match.group(1)))
    except OverflowError:
        raise ApplicationError("that page link is not valid", field="cursor") from None
    return at, int(match.group(2))


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz)


def _search_query(text: str) -> SearchQuery:
    return SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")


def calls_filtered(*, filters: CallFilters, tz: ZoneInfo) -> QuerySet[Call]:
    qs = Call.objects.all()
    if filters.date_from:
        qs = qs.filter(start_time__gte=_local_midnight(filters.date_from, tz))
    if filters.date_to:
        qs = qs.filter(start_time__lt=_local_midnight(filters.date_to + timedelta(days=1), tz))
    if filters.outcome:
        qs = qs.filter(outcome="" if filters.outcome == CallFilters.PENDING else filters.outcome)
    if filters.sentiment:
        qs = qs.filter(
            sentiment="" if filters.sentiment == CallFilters.UNKNOWN else filters.sentiment)
    if filters.caller_number:
        qs = qs.filter(caller_number=filters.caller_number)
    if not filters.include_tests:
        qs = qs.filter(is_test=False)
    if filters.search:
        qs = qs.alias(vector=TranscriptVector("transcript")).filter(
            vector=_search_query(filters.search))
    return qs


def call_list(*, filters: CallFilters, tz: ZoneInfo, before: str = "", after: str = "",
              page_size: int = PAGE_SIZE) -> CallPage:
    """One page of calls, newest first. `before`/`after` are cursors from a previous page:
    older than / newer than that call. A cursor that does not decode raises ApplicationError."""
    matching = calls_filtered(filters=filters, tz=tz)
    page = matching.defer("transcript")
    if before:
        at, pk = cursor_decode(before)
        page = page.filter(Q(start_time__lt=at) | Q(id__lt=pk), start_time__lte=at)
    elif after:
        at, pk = cursor_decode(after)
        page = page.filter(Q(start_time__gt=at) | Q(id__gt=pk), start_time__gte=at)
    if after and not before:
        rows = list(page.order_by("start_time", "id")[:page_size + 1])
        more_newer = len(rows) > page_size
        calls = rows[:page_size][::-1]
        newer = cursor_encode(calls[0]) if calls and more_newer else None
        older = cursor_encode(calls[-1]) if calls else None
    else:
        rows = list(page.order_by("-start_time", "-id")[:page_size + 1])
        calls = rows[:page_size]
        newer = cursor_encode(calls[0]) if calls and before else None
        older = cursor_encode(calls[-1]) if len(rows) > page_size else None
    counted = matching.order_by()[:COUNT_LIMIT + 1].count()
    snippets: dict[int, SafeString] = {}
    if filters.search and calls:
        snippets = transcript_snippets(ids=[c.pk for c in calls], search=filters.search)
    return CallPage(calls=calls, newer=newer, older=older, matches=min(counted, COUNT_LIMIT),
                    matches_capped=counted > COUNT_LIMIT, snippets=snippets)


def transcript_snippets(*, ids: list[int], search: str) -> dict[int, SafeString]:
    """Where the search terms occur in each transcript, marked, HTML-escaped otherwise."""
    rows = Call.objects.filter(id__in=ids).annotate(snippet=SearchHeadline(
        "transcript", _search_query(search), config=SEARCH_CONFIG, start_sel=_MARK_START,
        stop_sel=_MARK_STOP, max_words=30, min_words=12, max_fragments=2,
    )).values_list("id", "snippet")
    return {pk: _marked(text or "") for pk, text in rows}


def _marked(text: str) -> SafeString:
    safe = str(escape(text))
    return mark_safe(safe.replace(_MARK_START, "<mark>").replace(_MARK_STOP, "</mark>"))


def call_get(*, call_id: Any) -> Call | None:
    return Call.objects.filter(call_id=call_id).first()


def call_turns(*, call: Call) -> list[Turn]:
    return list(call.turns.order_by("index"))


def call_details(*, call: Call) -> list[dict[str, str]]:
    """The caller's qualification answers as (field, value) rows, in the order first asked;
    anything stored that is not such a row is left out."""
    return [{"field": str(item["field"]), "value": str(item["value"])}
            for item in (call.details or [])
            if isinstance(item, dict) and item.get("field") and item.get("value")]


def turn_with_audio(*, call_id: Any, index: int) -> Turn | None:
    """A turn of a call of this business whose rendered reply was stored, else None."""
    return (Turn.objects.filter(call__call_id=call_id, index=index).exclude(agent_audio="")
            .first())


@dataclass(frozen=True)
class RowPage:
    rows: list[Any]
    page: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _offset_page(qs: QuerySet, *, page: int, page_size: int) -> RowPage:
    """A page without counting the table: one row more than shown says whether another follows.
    Lists that people page through from the top (upcoming visits, open messages)."""
    start = (page - 1) * page_size
    rows = list(qs[start:start + page_size + 1])
    return RowPage(rows=rows[:page_size], page=page, has_next=len(rows) > page_size)


def appointment_list(*, upcoming: bool, now: datetime, page: int = 1,
                     page_size: int = PAGE_SIZE) -> RowPage:
    """Upcoming visits soonest first, or past ones latest first; cancelled ones included."""
    qs = Appointment.objects.select_related("call").defer("call__transcript")
    if upcoming:
        qs = qs.filter(starts_at__gte=now).order_by("starts_at", "id")
    else:
        qs = qs.filter(starts_at__lt=now).order_by("-starts_at", "-id")
    return _offset_page(qs, page=page, page_size=page_size)


MESSAGE_VIEWS = ("open", "handled", "all")


def callback_message_list(*, show: str = "open", page: int = 1,
                          page_size: int = PAGE_SIZE) -> RowPage:
    """Messages to call back: open ones first, urgent first within them, newest first."""
    if show not in MESSAGE_VIEWS:
        raise ApplicationError(f"unknown message view {show!r}", field="show")
    qs = CallbackMessage.objects.select_related("call").defer("call__transcript")
    if show == "open":
        qs = qs.filter(handled=False)
    elif show == "handled":
        qs = qs.filter(handled=True)
    qs = qs.order_by("handled", "-urgent", "-created_at", "-id")
    return _offset_page(qs, page=page, page_size=page_size)
