"""How the portal writes money, durations, latencies and shares."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django import template

from voice.routing import FLOW

register = template.Library()


@register.filter
def money(value: Decimal | float | None) -> str:
    if value is None:
        return "–"
    amount = Decimal(str(value))
    places = Decimal("0.0001") if amount != 0 and abs(amount) < Decimal("0.01") else Decimal("0.01")
    return f"${amount.quantize(places, rounding=ROUND_HALF_UP):,}"


@register.filter
def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    total = round(float(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}" if minutes else f"{secs} s"


@register.filter
def ms(value: float | None) -> str:
    return "–" if value is None else f"{float(value):,.0f} ms"


@register.filter
def percent(share: float | None) -> str:
    return "–" if share is None else f"{float(share) * 100:.0f}%"


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key) if mapping else None


@register.filter
def field_label(form: object, name: str) -> str:
    try:
        return str(form[name].label)  # type: ignore[index]
    except KeyError:
        return name


_OUTCOME_BADGE = {"booked": "ok", "message_taken": "ok", "transferred": "ok",
                  "abandoned": "warn", "rejected": "error"}
_SENTIMENT_BADGE = {"positive": "ok", "negative": "error"}


@register.filter
def outcome_badge(outcome: str) -> str:
    return _OUTCOME_BADGE.get(outcome or "", "")


@register.filter
def sentiment_badge(sentiment: str) -> str:
    return _SENTIMENT_BADGE.get(sentiment or "", "")


@register.filter
def thousands(value: int | None) -> str:
    return "–" if value is None else f"{int(value):,}"


@register.filter
def answered_by(llm_provider: str) -> str:
    """Who wrote a turn's reply: "call flow (no model)" for a turn code answered, the model's
    provider key otherwise, "no LLM" where nothing was recorded (the greeting, a fixed prompt)."""
    if llm_provider == FLOW:
        return "call flow (no model)"
    return llm_provider or "no LLM"
