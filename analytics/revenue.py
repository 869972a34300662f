"""What a call was worth (design §4: calculate_revenue_value), from its outcome and the trade.

Per-profession values live on the profession template (staff tune them in admin): a booked
appointment is worth the trade's average booking; a message or a transfer is a lead, worth a
fraction of that; information-only, rejected and abandoned calls are worth nothing measurable.
"""

from __future__ import annotations

from decimal import Decimal

from calls.models import Call
from tenants.router import TenantConfig

TRANSFER_SHARE = Decimal("0.5")  # a live hand-off converts about half as well as a booking


def calculate_revenue_value(*, outcome: str, config: TenantConfig) -> Decimal:
    booking = Decimal(str(config.average_booking_value_usd))
    message = Decimal(str(config.message_value_usd))
    value = {
        Call.Outcome.BOOKED: booking,
        Call.Outcome.MESSAGE_TAKEN: message,
        Call.Outcome.TRANSFERRED: max(message, booking * TRANSFER_SHARE),
    }.get(outcome, Decimal("0"))
    return value.quantize(Decimal("0.01"))
