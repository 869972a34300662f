"""After-call analysis: sentiment, a short summary, and who called about what, for the call log.

What the call itself recorded wins: an Appointment or CallbackMessage made during the call holds
the name, number and reason the caller confirmed to the receptionist. The summary says what the
call's records say (calls/facts.py: bookings, cancellations, messages, transfers, or what the
caller asked about when nothing was written). The local LLM may phrase it, and reads a name and
a reason from the transcript; everything it says is checked by code (a name the caller never
said is dropped; a summary that claims a booking, message, transfer or cancellation the records
do not hold, or a name, price or time they do not hold, or leaves one of them out, gives way to
the sentence built from the facts) and code fills whatever it cannot: phone numbers come from
`phonenumbers`' matcher and are normalised to E.164, the sentiment falls back to the word list.
Runs inside the business's schema (the `calls.call_analyse` task).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

import phonenumbers
from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from livekit.agents import llm

from calls.analytics_service import calculate_revenue_value
from calls.facts import call_facts_get, facts_summary, summary_holds_up
from calls.models import Call
from calls.sentiment import analyze_sentiment, lexicon_sentiment
from frontdesk.call_config import CallConfig, call_config_get
from receptionist.errors import ApplicationError
from tenants.phone_numbers import normalize_e164
from webhooks import events as webhook_events
from webhooks.services import webhook_event_emit

logger = logging.getLogger(__name__)

SUMMARY_PROMPT = (
    "You take notes on phone calls to a business for its owner. Reply with exactly three lines:\n"
    "Summary: <one short sentence>\n"
    "Name: <the caller's name, or unknown>\n"
    "Reason: <why they called, in a few words>"
)
SUMMARY_EXAMPLE = (
    "Caller: Hi, this is Dana Whitfield. Can I get my boiler serviced next week?\n"
    "Receptionist: Wednesday at 9 AM is free. Shall I book it?\nCaller: Yes, thanks.",
    "Summary: Dana Whitfield booked a boiler service for Wednesday at 9 AM.\n"
    "Name: Dana Whitfield\nReason: boiler service",
)
_EXAMPLE_ONLY = {"dana", "whitfield", "boiler"}  # copied from the example, not from the call
_LINE = re.compile(r"^\s*\**\s*(summary|name|reason)\s*\**\s*[:\-]\s*(.+?)\s*$", re.I | re.M)
_UNKNOWN = {"unknown", "none", "n/a", "not given", "not provided", "not mentioned", "-", ""}
_NAME_INTRO = re.compile(
    r"\b(?i:my name is|my name's|name is|this is|it's|it is|i'm|i am|call me)\s+"
    r"([A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)?)")
_NOT_NAMES = {"I", "The", "A", "An", "Just", "Calling", "Looking", "Here", "Not", "Sorry", "So",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "Today", "Tomorrow", "Yes", "No", "Okay", "OK", "Well", "Great", "Fine", "Good"}
_WORD = re.compile(r"[a-z][a-z']{3,}")
SUMMARY_MAX, REASON_MAX = 300, 200


@dataclass(frozen=True)
class CallReading:
    """What the analysis concluded about one call (everything the Call row will hold)."""

    sentiment: str
    summary: str
    caller_name: str
    call_reason: str
    callback_number: str


@dataclass(frozen=True)
class LlmNotes:
    summary: str = ""
    caller_name: str = ""
    call_reason: str = ""


def caller_text(transcript: str) -> str:
    """Only what the caller said: names and numbers must come from them, not the receptionist."""
    lines = [line.split(":", 1)[1].strip() for line in transcript.splitlines()
             if line.startswith("Caller:")]
    return "\n".join(lines)


def numbers_said(text: str, *, region: str | None) -> list[str]:
    """E.164 forms of the phone numbers in `text`, in the order they were said."""
    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region or settings.DEFAULT_PHONE_REGION):
        try:
            number = normalize_e164(match.raw_string, region=region)
        except ApplicationError:
            continue
        if number not in found:
            found.append(number)
    return found


def name_said(text: str) -> str:
    """A name the caller introduced themselves with ("my name is Ann Lee", "this is Bob")."""
    for match in _NAME_INTRO.finditer(text):
        words = match.group(1).split()
        if words[0] in _NOT_NAMES:
            continue
        if len(words) > 1 and words[1] in _NOT_NAMES:
            words = words[:1]
        return " ".join(words)[:100]
    return ""


def parse_notes(reply: str, *, caller_words: str, transcript: str) -> LlmNotes:
    """The model's three lines, each kept only if it holds up against the call."""
    fields = {key.lower(): value.strip().strip('*"').strip() for key, value in
              _LINE.findall(reply)}
    lowered = transcript.lower()
    name = fields.get("name", "")
    if name.lower().rstrip(".") in _UNKNOWN or not _said_by_caller(name, caller_words):
        name = ""
    reason = fields.get("reason", "").rstrip(".")
    if reason.lower() in _UNKNOWN or _copied_from_example(reason, lowered):
        reason = ""
    summary = fields.get("summary", "")
    if (summary.lower().rstrip(".") in _UNKNOWN or _copied_from_example(summary, lowered)
            or not _shares_words(summary, lowered)):
        summary = ""
    return LlmNotes(summary=_sentence(summary, SUMMARY_MAX), caller_name=name[:100],
                    call_reason=reason[:REASON_MAX])


def _said_by_caller(name: str, caller_words: str) -> bool:
    said = caller_words.lower()
    parts = [p for p in re.split(r"[\s,.]+", name.lower()) if p]
    return bool(parts) and all(re.search(rf"\b{re.escape(p)}\b", said) for p in parts)


def _copied_from_example(text: str, transcript: str) -> bool:
    words = set(_WORD.findall(text.lower()))
    return any(w in words and w not in transcript for w in _EXAMPLE_ONLY)


def _shares_words(text: str, transcript: str) -> bool:
    return any(w in transcript for w in _WORD.findall(text.lower()))


def _sentence(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "..."


def recorded_facts(call: Call) -> tuple[str, str, str]:
    """(name, E.164 number, reason) from the bookings and messages the call made."""
    name = number = reason = ""
    for appointment in call.appointments.order_by("created_at"):
        name = name or appointment.caller_name
        number = number or appointment.callback_number
        what = " - ".join(p for p in (appointment.service, appointment.reason) if p)
        reason = reason or (f"appointment: {what}" if what else "appointment")
    for message in call.callback_messages.order_by("created_at"):
        name = name or message.caller_name
        number = number or message.callback_number
        reason = reason or message.reason
    return name, number, reason


def first_request(text: str) -> str:
    """The caller's first substantial line, as a stand-in reason."""
    for line in text.splitlines():
        if len(line.split()) >= 3:
            return _sentence(line, REASON_MAX)
    return ""


def local_llm() -> llm.LLM:
    """The deployment's local model (Ollama when configured, else the embedded llama.cpp),
    greedy, so the same call reads the same way twice."""
    from voice.factory import VoiceAssistantFactory

    factory = VoiceAssistantFactory()
    return factory.get_llm_provider(factory.local_llm_keys()[0], temperature=0.0)


async def ask_model(transcript: str, *, model: llm.LLM) -> tuple[str, str]:
    """(sentiment, three-line notes) from the model; two short prompts, the transcript's tail.

    The sentiment is read from the caller's words only, as one paragraph: the receptionist's
    unfailing politeness ("Thank you, Tom"), or a calm last line ("You can reach me at ..."),
    otherwise talks the small model into "positive" for an angry caller. For the same reason a
    "positive" contradicted by the caller's own complaint words (the word list) is overruled.
    """
    said = "Caller: " + " ".join(caller_text(transcript).splitlines())
    sentiment = await analyze_sentiment(said, model=model)
    if sentiment == "positive" and lexicon_sentiment(said) == "negative":
        sentiment = "negative"
    chat = llm.ChatContext.empty()
    chat.add_message(role="system", content=SUMMARY_PROMPT)
    chat.add_message(role="user", content=SUMMARY_EXAMPLE[0])
    chat.add_message(role="assistant", content=SUMMARY_EXAMPLE[1])
    chat.add_message(role="user", content=transcript[-2500:])
    notes = (await model.chat(chat_ctx=chat).collect()).text
    return sentiment, notes


def call_read(call: Call, *, config: CallConfig | None, model: llm.LLM | None) -> CallReading:
    """Everything the analysis concludes about a closed call, without saving it."""
    transcript = call.transcript
    said = caller_text(transcript)
    region = config.phone_region if config else None
    name, number, reason = recorded_facts(call)
    sentiment, notes = lexicon_sentiment(transcript), LlmNotes()
    if said.strip() and model is not None:
        try:
            sentiment, reply = async_to_sync(ask_model)(transcript, model=model)
            notes = parse_notes(reply, caller_words=said, transcript=transcript)
        except Exception:  # a model that fails must not cost the call its analysis
            logger.exception("the LLM could not analyse call %s; using the fallbacks",
                             call.call_id)
    name = name or notes.caller_name or name_said(said)
    facts = call_facts_get(call=call, config=config, caller_name=name, caller_words=said,
                           reason=reason or notes.call_reason)
    reason = reason or notes.call_reason or first_request(said)
    if not number:
        spoken = numbers_said(said, region=region)
        number = spoken[0] if spoken else ""
    if not number and call.caller_number:
        try:
            number = normalize_e164(call.caller_number, region=region)
        except ApplicationError:
            number = ""  # withheld or not a dialable caller ID
    # the model may phrase the summary, but only what the call's records bear out
    summary = (notes.summary if notes.summary and summary_holds_up(notes.summary, facts)
               else facts_summary(facts))
    if sentiment not in Call.Sentiment.values or not sentiment:
        sentiment = lexicon_sentiment(transcript)
    return CallReading(sentiment=sentiment, summary=summary, caller_name=name[:100],
                       call_reason=reason, callback_number=number)


def call_analyse(*, call_id: str, model: llm.LLM | None = None, force: bool = False,
                 now: datetime | None = None) -> Call | None:
    """Analyse a closed call and save the result on it (inside the business's schema).

    Idempotent: an analysed call is left as it is unless `force`; a call still in progress is
    left for later (returns it unchanged); an unknown id returns None. `model` defaults to the
    deployment's local LLM; pass one to reuse a loaded model. A call's first analysis is when
    the owner's webhooks hear `call.ended`: with its outcome and this summary.
    """
    call = Call.objects.filter(call_id=call_id).first()
    if call is None:
        logger.warning("call %s not found in %s", call_id, connection.schema_name)
        return None
    if call.status == Call.Status.IN_PROGRESS or (call.analysed_at and not force):
        return call
    config = call_config_get(connection.schema_name)
    if model is None and caller_text(call.transcript).strip():
        try:
            model = local_llm()
        except Exception:
            logger.exception("no local LLM for the analysis of call %s", call.call_id)
    reading = call_read(call, config=config, model=model)
    call.sentiment, call.summary = reading.sentiment, reading.summary
    call.caller_name, call.call_reason = reading.caller_name, reading.call_reason
    call.callback_number = reading.callback_number
    if config is not None:
        call.revenue_estimate = calculate_revenue_value(outcome=call.outcome, config=config)
    first = call.analysed_at is None
    call.analysed_at = now or timezone.now()
    with transaction.atomic():
        call.save(update_fields=["sentiment", "summary", "caller_name", "call_reason",
                                 "callback_number", "revenue_estimate", "analysed_at"])
        if first:
            webhook_event_emit(event_type=webhook_events.CALL_ENDED,
                               data={"call": webhook_events.call_ended_data(call)})
    return call
