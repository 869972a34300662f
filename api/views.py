"""The REST API on a business's own domain, in its schema: calls, appointments, messages,
receptionist settings, the dashboard's figures and phone numbers.

Adapters only: each parses the request, calls the selector or service the portal calls, and
renders JSON. Every lookup runs in the request's schema, so another business's ids do not exist
here (404). Roles as in the portal (api/permissions.py)."""

from __future__ import annotations

import uuid

from django.db import connection
from django.http import FileResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from analytics.selectors import DEFAULT_PERIOD, PERIODS, dashboard_summary
from api import serializers as s
from api.base import EVERY_ROLE, PAGE, BusinessView, int_id, page_number, responses
from api.errors import field_errors
from api.settings_update import settings_read, settings_update
from calls import selectors
from calls.appointments import (
    appointment_book,
    appointment_cancel_by_business,
    appointment_move,
)
from calls.forms import CallFilterForm
from calls.models import Appointment
from calls.services import callback_message_handled_set
from calls.views import tenant_zone
from frontdesk.call_config import call_config_get
from receptionist.errors import ApplicationError
from tenants.services import tenant_phone_number_claim


def _call_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise NotFound("No such call.") from None


def _choice(request: Request, name: str, choices: tuple[str, ...], default: str) -> str:
    value = request.query_params.get(name, default)
    if value not in choices:
        raise field_errors({name: [f"Use one of: {', '.join(choices)}."]})
    return value


def _config():
    config = call_config_get(connection.schema_name)
    if config is None:
        raise NotFound("No such business.")
    return config


CALL_FILTERS = [
    OpenApiParameter("date_from", OpenApiTypes.DATE, description="Calls from this local day."),
    OpenApiParameter("date_to", OpenApiTypes.DATE, description="Calls up to this local day."),
    OpenApiParameter("outcome", str, enum=s.OUTCOMES),
    OpenApiParameter("sentiment", str, enum=s.SENTIMENTS),
    OpenApiParameter("caller", str, description="The caller's number, any usual spelling."),
    OpenApiParameter("q", str, description="Words in the transcript (web search syntax)."),
    OpenApiParameter("hide_tests", bool, description="Leave out test calls."),
    OpenApiParameter("before", str, description="Cursor (`older` of a page): older calls."),
    OpenApiParameter("after", str, description="Cursor (`newer` of a page): newer calls."),
]
CALL_ID = OpenApiParameter("call_id", OpenApiTypes.UUID, OpenApiParameter.PATH)


def _id_param(name: str) -> OpenApiParameter:
    return OpenApiParameter(name, int, OpenApiParameter.PATH)


class CallList(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="calls_list", parameters=CALL_FILTERS, tags=["calls"],
                   responses=responses(s.CallListSerializer, 400),
                   summary="Calls, newest first, with the portal's filters")
    def get(self, request: Request) -> Response:
        form = CallFilterForm(request.query_params, region=request.tenant.phone_region)
        if not form.is_valid():
            raise field_errors({k: list(v) for k, v in form.errors.items()})
        try:
            page = selectors.call_list(filters=form.filters(), tz=tenant_zone(request),
                                       before=request.query_params.get("before", ""),
                                       after=request.query_params.get("after", ""))
        except ApplicationError as exc:
            field = "after" if request.query_params.get("after") and not \
                request.query_params.get("before") else "before"
            raise field_errors({field: [exc.message]}) from None
        return Response(s.CallListSerializer({
            "results": page.calls, "count": page.matches, "count_capped": page.matches_capped,
            "newer": page.newer, "older": page.older}).data)


class CallDetail(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="calls_retrieve", parameters=[CALL_ID], tags=["calls"],
                   responses=responses(s.CallDetailSerializer, 404),
                   summary="One call with its turns, details, summary and outcome")
    def get(self, request: Request, call_id: str) -> Response:
        call = selectors.call_get(call_id=_call_id(call_id))
        if call is None:
            raise NotFound("No such call.")
        call.turn_rows = selectors.call_turns(call=call)
        call.details_rows = selectors.call_details(call=call)
        return Response(s.CallDetailSerializer(call, context={"request": request}).data)


class CallTurnRecording(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="calls_turn_recording", tags=["calls"],
                   parameters=[CALL_ID, _id_param("index")],
                   responses=responses(OpenApiTypes.BINARY, 404, status=(200, "audio/wav")),
                   summary="The receptionist's reply in one turn, as recorded (WAV)")
    def get(self, request: Request, call_id: str, index: str) -> FileResponse:
        turn = selectors.turn_with_audio(call_id=_call_id(call_id), index=int_id(index, "turn"))
        if turn is None:
            raise NotFound("No recording for this turn.")
        try:
            handle = turn.agent_audio.open("rb")
        except OSError:
            raise NotFound("The recording is no longer stored.") from None
        response = FileResponse(handle, content_type="audio/wav")
        response["Cache-Control"] = "private, max-age=3600"
        return response


class AppointmentList(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="appointments_list", tags=["appointments"],
                   parameters=[OpenApiParameter("when", str, enum=["upcoming", "past"]), PAGE],
                   responses=responses(s.AppointmentPageSerializer, 400),
                   summary="Upcoming (soonest first) or past appointments, cancelled included")
    def get(self, request: Request) -> Response:
        when = _choice(request, "when", ("upcoming", "past"), "upcoming")
        page = selectors.appointment_list(upcoming=when == "upcoming", now=timezone.now(),
                                          page=page_number(request))
        return Response(s.AppointmentPageSerializer(
            {"results": page.rows, "page": page.page, "has_next": page.has_next}).data)

    @extend_schema(operation_id="appointments_create", tags=["appointments"],
                   request=s.AppointmentCreateSerializer,
                   responses=responses(s.AppointmentSerializer, 400, status=201),
                   summary="Book a slot, by the book's rules")
    def post(self, request: Request) -> Response:
        form = s.AppointmentCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        appointment = appointment_book(config=_config(), now=timezone.now(),
                                       **form.validated_data)
        return Response(s.AppointmentSerializer(appointment).data, status=201)


class AppointmentDetail(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="appointments_retrieve", tags=["appointments"],
                   parameters=[_id_param("appointment_id")],
                   responses=responses(s.AppointmentSerializer, 404))
    def get(self, request: Request, appointment_id: str) -> Response:
        appointment = Appointment.objects.select_related("call").filter(
            pk=int_id(appointment_id, "appointment")).first()
        if appointment is None:
            raise NotFound("No such appointment.")
        return Response(s.AppointmentSerializer(appointment).data)


def _appointment_refused(exc: ApplicationError) -> Exception:
    if exc.field == "appointment_id" and "no such" in exc.message.lower():
        return NotFound(exc.message)
    return exc


class AppointmentMove(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="appointments_move", tags=["appointments"],
                   parameters=[_id_param("appointment_id")],
                   request=s.AppointmentMoveSerializer,
                   responses=responses(s.AppointmentSerializer, 400, 404),
                   summary="Move to another slot: a new booking, the old one cancelled")
    def post(self, request: Request, appointment_id: str) -> Response:
        form = s.AppointmentMoveSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            moved = appointment_move(config=_config(),
                                     appointment_id=int_id(appointment_id, "appointment"),
                                     starts_at=form.validated_data["starts_at"],
                                     now=timezone.now())
        except ApplicationError as exc:
            raise _appointment_refused(exc) from None
        return Response(s.AppointmentSerializer(moved).data)


class AppointmentCancel(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="appointments_cancel", tags=["appointments"],
                   parameters=[_id_param("appointment_id")], request=None,
                   responses=responses(s.AppointmentSerializer, 404),
                   summary="Cancel (cancelling twice is harmless)")
    def post(self, request: Request, appointment_id: str) -> Response:
        try:
            appointment = appointment_cancel_by_business(
                appointment_id=int_id(appointment_id, "appointment"))
        except ApplicationError as exc:
            raise _appointment_refused(exc) from None
        return Response(s.AppointmentSerializer(appointment).data)


class MessageList(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="messages_list", tags=["messages"],
                   parameters=[OpenApiParameter("show", str, enum=list(selectors.MESSAGE_VIEWS)),
                               PAGE],
                   responses=responses(s.MessagePageSerializer, 400),
                   summary="Messages to call back: open first, urgent first, newest first")
    def get(self, request: Request) -> Response:
        show = _choice(request, "show", selectors.MESSAGE_VIEWS, "open")
        page = selectors.callback_message_list(show=show, page=page_number(request))
        return Response(s.MessagePageSerializer(
            {"results": page.rows, "page": page.page, "has_next": page.has_next}).data)


class MessageHandled(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="messages_handled", tags=["messages"],
                   parameters=[_id_param("message_id")], request=s.MessageHandledSerializer,
                   responses=responses(s.MessageSerializer, 400, 404),
                   summary="Mark a message handled, or open again")
    def post(self, request: Request, message_id: str) -> Response:
        pk = int_id(message_id, "message")
        form = s.MessageHandledSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            message = callback_message_handled_set(message_id=pk,
                                                   handled=form.validated_data["handled"])
        except ApplicationError:
            raise NotFound("No such message.") from None
        return Response(s.MessageSerializer(message).data)


class ReceptionistSettings(BusinessView):
    """Owners only, as the settings pages."""

    @extend_schema(operation_id="settings_retrieve", tags=["settings"],
                   responses=responses(s.ReceptionistSettingsSerializer))
    def get(self, request: Request) -> Response:
        return Response(s.ReceptionistSettingsSerializer(
            settings_read(tenant=request.tenant)).data)

    @extend_schema(operation_id="settings_update", tags=["settings"],
                   request=s.ReceptionistSettingsSerializer,
                   responses=responses(s.ReceptionistSettingsSerializer, 400),
                   summary="Change any of the settings; the next call uses them")
    def patch(self, request: Request) -> Response:
        form = s.ReceptionistSettingsSerializer(data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        unknown = set(request.data) - set(form.fields) if isinstance(request.data, dict) else ()
        if unknown:
            raise ValidationError({name: ["Not a setting."] for name in sorted(unknown)})
        data = settings_update(tenant=request.tenant, data=dict(form.validated_data))
        return Response(s.ReceptionistSettingsSerializer(data).data)


class AnalyticsSummary(BusinessView):
    roles = EVERY_ROLE

    @extend_schema(operation_id="analytics_summary", tags=["analytics"],
                   parameters=[OpenApiParameter("days", int, enum=list(PERIODS))],
                   responses=responses(s.AnalyticsSummarySerializer, 400),
                   summary="The dashboard's figures for the last 7, 30 or 90 days")
    def get(self, request: Request) -> Response:
        raw = request.query_params.get("days", str(DEFAULT_PERIOD))
        if raw not in {str(p) for p in PERIODS}:
            raise field_errors({"days": [f"Periods are {', '.join(map(str, PERIODS))} days."]})
        summary = dashboard_summary(tz_name=tenant_zone(request).key, days=int(raw))
        return Response(s.AnalyticsSummarySerializer(summary).data)


class PhoneNumberList(BusinessView):
    """Owners only, as the settings page that shows them."""

    @extend_schema(operation_id="phone_numbers_list", tags=["phone numbers"],
                   responses=responses(s.PhoneNumberSerializer(many=True)))
    def get(self, request: Request) -> Response:
        numbers = request.tenant.phone_numbers.order_by("e164")
        return Response(s.PhoneNumberSerializer(numbers, many=True).data)


class PhoneNumberClaim(BusinessView):
    """Owners only, as the settings page's button."""

    @extend_schema(operation_id="phone_numbers_claim", tags=["phone numbers"], request=None,
                   responses=responses(s.PhoneNumberSerializer, 400, status=201),
                   summary="Take the next free number from the pool (a business without one)")
    def post(self, request: Request) -> Response:
        number = tenant_phone_number_claim(tenant=request.tenant)
        return Response(s.PhoneNumberSerializer(number).data, status=201)
