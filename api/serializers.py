"""What the API reads and writes, as JSON (and as the OpenAPI schema documents it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rest_framework import serializers

from api.models import ApiKey
from calls.forms import FIRST_DAY, LAST_DAY
from calls.models import Appointment, Call, CallbackMessage, Turn
from calls.selectors import CallFilters
from tenants.models import PhoneNumber, Tenant

OUTCOMES = [v for v in Call.Outcome.values if v] + [CallFilters.PENDING]
SENTIMENTS = [v for v in Call.Sentiment.values if v] + [CallFilters.UNKNOWN]


class CallSerializer(serializers.ModelSerializer):
    outcome = serializers.CharField(help_text="Empty while the call is in progress.")
    sentiment = serializers.CharField(help_text="Empty while not yet known.")

    class Meta:
        model = Call
        fields = ["call_id", "start_time", "end_time", "duration_seconds", "status", "outcome",
                  "sentiment", "caller_number", "caller_name", "callback_number", "call_reason",
                  "summary", "is_test", "revenue_estimate", "cost_usd"]


class CallListSerializer(serializers.Serializer):
    results = CallSerializer(many=True)
    count = serializers.IntegerField(help_text="Calls matching, counted up to 1000.")
    count_capped = serializers.BooleanField(help_text="More than 1000 calls match.")
    newer = serializers.CharField(allow_null=True, help_text="Cursor: pass as `after` for the "
                                                             "page of newer calls.")
    older = serializers.CharField(allow_null=True, help_text="Cursor: pass as `before` for the "
                                                             "page of older calls.")


class TurnSerializer(serializers.ModelSerializer):
    recording = serializers.SerializerMethodField(
        help_text="Where the receptionist's reply can be fetched (WAV), when it was kept.")

    class Meta:
        model = Turn
        fields = ["index", "started_at", "user_text", "agent_text", "total_latency_ms",
                  "stt_latency_ms", "llm_latency_ms", "tts_latency_ms", "interrupted",
                  "recording"]

    def get_recording(self, turn: Turn) -> str | None:
        if not turn.agent_audio:
            return None
        request = self.context["request"]
        return request.build_absolute_uri(
            f"/api/v1/calls/{turn.call.call_id}/turns/{turn.index}/recording/")


class DetailSerializer(serializers.Serializer):
    field = serializers.CharField()
    value = serializers.CharField()


class CallDetailSerializer(CallSerializer):
    transcript = serializers.CharField()
    details = DetailSerializer(many=True, source="details_rows")
    turns = TurnSerializer(many=True, source="turn_rows")
    appointments = serializers.SerializerMethodField()
    messages = serializers.SerializerMethodField()
    transfers = serializers.SerializerMethodField()

    class Meta(CallSerializer.Meta):
        fields = [*CallSerializer.Meta.fields, "transcript", "details", "turns", "appointments",
                  "messages", "transfers"]

    def get_appointments(self, call: Call) -> list[int]:
        return [a.pk for a in call.appointments.order_by("starts_at")]

    def get_messages(self, call: Call) -> list[int]:
        return [m.pk for m in call.callback_messages.order_by("-created_at")]

    def get_transfers(self, call: Call) -> list[str]:
        return [t.number for t in call.transfers.all()]


class AppointmentSerializer(serializers.ModelSerializer):
    call_id = serializers.SerializerMethodField()

    class Meta:
        model = Appointment
        fields = ["id", "caller_name", "callback_number", "service", "reason", "starts_at",
                  "ends_at", "status", "created_at", "cancelled_at", "call_id"]

    def get_call_id(self, appointment: Appointment) -> str | None:
        return str(appointment.call.call_id) if appointment.call_id else None


def _bookable_era(value: datetime) -> datetime:
    if not FIRST_DAY <= value.date() <= LAST_DAY:
        raise serializers.ValidationError(
            f"Choose a time between {FIRST_DAY:%Y} and {LAST_DAY:%Y}.")
    return value


class AppointmentCreateSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField(help_text="With its offset; one of the book's slots.",
                                          validators=[_bookable_era])
    caller_name = serializers.CharField(max_length=200)
    callback_number = serializers.CharField(max_length=40)
    service = serializers.CharField(max_length=200, required=False, default="",
                                    allow_blank=True)
    reason = serializers.CharField(max_length=4000, required=False, default="",
                                   allow_blank=True)


class AppointmentMoveSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField(help_text="The new start, with its offset.",
                                          validators=[_bookable_era])


class AppointmentPageSerializer(serializers.Serializer):
    results = AppointmentSerializer(many=True)
    page = serializers.IntegerField()
    has_next = serializers.BooleanField()


class MessageSerializer(serializers.ModelSerializer):
    call_id = serializers.SerializerMethodField()

    class Meta:
        model = CallbackMessage
        fields = ["id", "caller_name", "callback_number", "reason", "urgent", "created_at",
                  "handled", "call_id"]

    def get_call_id(self, message: CallbackMessage) -> str | None:
        return str(message.call.call_id) if message.call_id else None


class MessagePageSerializer(serializers.Serializer):
    results = MessageSerializer(many=True)
    page = serializers.IntegerField()
    has_next = serializers.BooleanField()


class MessageHandledSerializer(serializers.Serializer):
    handled = serializers.BooleanField()


class ServiceSerializer(serializers.Serializer):
    name = serializers.CharField()
    price_usd = serializers.FloatField(allow_null=True, required=False)
    duration_minutes = serializers.IntegerField(required=False, allow_null=True)


class FaqSerializer(serializers.Serializer):
    question = serializers.CharField()
    answer = serializers.CharField()


class BookingRulesSerializer(serializers.Serializer):
    min_notice_minutes = serializers.IntegerField(required=False, allow_null=True)
    max_days_ahead = serializers.IntegerField(required=False, allow_null=True)
    notes = serializers.CharField(required=False, allow_blank=True)


class ReceptionistSettingsSerializer(serializers.Serializer):
    """The owner's settings pages, as one object. Every field is optional in an update; each
    is checked as its settings page checks it."""

    greeting = serializers.CharField(allow_blank=True, required=False)
    address = serializers.CharField(allow_blank=True, required=False)
    directions = serializers.CharField(allow_blank=True, required=False)
    services = ServiceSerializer(many=True, required=False)
    faq = FaqSerializer(many=True, required=False)
    booking_rules = BookingRulesSerializer(required=False)
    transfer_number = serializers.CharField(allow_blank=True, required=False)
    transfer_outside_hours = serializers.BooleanField(required=False)
    voice = serializers.CharField(required=False, help_text='"auto", or "provider:voice id" as '
                                  'the voice page lists them (stock voices and your clones).')
    stt_provider = serializers.CharField(required=False)
    llm_provider = serializers.CharField(required=False)
    business_hours = serializers.DictField(
        child=serializers.ListField(child=serializers.ListField(child=serializers.CharField())),
        required=False, help_text='{"mon": [["09:00", "17:00"]], ...}; a day left out is closed.')
    timezone = serializers.CharField(required=False)


class PairSerializer(serializers.Serializer):
    p50 = serializers.FloatField(allow_null=True)
    p95 = serializers.FloatField(allow_null=True)


class DaySerializer(serializers.Serializer):
    day = serializers.DateField()
    calls = serializers.IntegerField()
    answered = serializers.IntegerField()
    rejected = serializers.IntegerField()
    revenue = serializers.DecimalField(max_digits=14, decimal_places=2)
    cost = serializers.DecimalField(max_digits=14, decimal_places=6)


class AnalyticsSummarySerializer(serializers.Serializer):
    days_shown = serializers.IntegerField()
    timezone = serializers.CharField()
    calls_today = serializers.IntegerField()
    calls_this_week = serializers.IntegerField()
    calls = serializers.IntegerField()
    answered = serializers.IntegerField()
    rejected = serializers.IntegerField()
    pending = serializers.IntegerField()
    test_calls = serializers.IntegerField()
    answer_rate = serializers.FloatField(allow_null=True)
    outcomes = serializers.DictField(child=serializers.IntegerField(),
                                     help_text='Calls by outcome; "" is still in progress.')
    sentiments = serializers.DictField(child=serializers.IntegerField())
    revenue = serializers.DecimalField(max_digits=14, decimal_places=2)
    cost = serializers.DecimalField(max_digits=14, decimal_places=6)
    avg_duration_seconds = serializers.FloatField(allow_null=True)
    turns = serializers.IntegerField()
    providers = serializers.DictField(child=serializers.DictField(
        child=serializers.IntegerField()))
    cloud_cost = serializers.DecimalField(max_digits=14, decimal_places=6)
    local_cost = serializers.DecimalField(max_digits=14, decimal_places=6)
    latency = serializers.DictField(child=PairSerializer())
    days = DaySerializer(many=True)

    def to_representation(self, summary: Any) -> dict[str, Any]:
        data = {name: getattr(summary, name) for name in self.fields
                if name not in ("latency", "days", "answer_rate")}
        data["answer_rate"] = summary.answer_rate
        data["latency"] = {c: {"p50": p50, "p95": p95}
                           for c, (p50, p95) in summary.latency.items()}
        data["days"] = [{"day": d.day, "calls": d.calls, "answered": d.answered,
                         "rejected": d.rejected, "revenue": d.revenue, "cost": d.cost}
                        for d in summary.days]
        return super().to_representation(data)


class PhoneNumberSerializer(serializers.ModelSerializer):
    class Meta:
        model = PhoneNumber
        fields = ["e164", "label", "created_at"]


class ApiKeySerializer(serializers.ModelSerializer):
    class Meta:
        model = ApiKey
        fields = ["id", "name", "scope", "prefix", "created_at", "last_used_at", "revoked_at"]


# --- staff ---------------------------------------------------------------------------------
class BusinessSerializer(serializers.ModelSerializer):
    profession = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    numbers = serializers.SerializerMethodField()

    class Meta:
        model = Tenant
        fields = ["schema_name", "business_name", "profession", "subscription_status", "plan",
                  "subscription_ends_at", "timezone", "created_at", "numbers"]

    def get_numbers(self, tenant: Tenant) -> list[str]:
        return [n.e164 for n in tenant.phone_numbers.all()]


class BusinessPageSerializer(serializers.Serializer):
    results = BusinessSerializer(many=True)
    page = serializers.IntegerField()
    has_next = serializers.BooleanField()


class SubscriptionSerializer(serializers.Serializer):
    subscription_status = serializers.ChoiceField(choices=Tenant.SubscriptionStatus.values)
    plan = serializers.ChoiceField(choices=Tenant.Plan.values, required=False)
    subscription_ends_at = serializers.DateTimeField(required=False, allow_null=True)


class StaffNumberSerializer(serializers.ModelSerializer):
    business = serializers.SlugRelatedField(source="tenant", slug_field="schema_name",
                                            read_only=True, allow_null=True)

    class Meta:
        model = PhoneNumber
        fields = ["e164", "label", "business", "created_at"]


class StaffNumberPageSerializer(serializers.Serializer):
    results = StaffNumberSerializer(many=True)
    page = serializers.IntegerField()
    has_next = serializers.BooleanField()


class UsageSerializer(serializers.Serializer):
    business = serializers.CharField()
    days = serializers.IntegerField()
    since = serializers.DateTimeField()
    calls = serializers.IntegerField()
    answered_calls = serializers.IntegerField()
    minutes = serializers.FloatField()
    cost_usd = serializers.DecimalField(max_digits=14, decimal_places=6)
