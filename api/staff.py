"""The staff API on the public site: businesses, their numbers and subscriptions, and usage.
For staff logins' tokens only (api/permissions.py `Staff`); writes go through the tenants
services, as the admin's do."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django_tenants.utils import schema_context
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from analytics.selectors import ANSWERED_OUTCOMES
from api import serializers as s
from api.base import PAGE, StaffView, page_number, responses
from api.errors import field_errors
from calls.models import Call
from tenants.models import PhoneNumber, Tenant
from tenants.services import tenant_subscription_set

PAGE_SIZE = 50
USAGE_DAYS = (1, 7, 30, 90, 365)
SCHEMA = OpenApiParameter("schema_name", str, OpenApiParameter.PATH)


def _business(schema_name: str) -> Tenant:
    tenant = (Tenant.objects.select_related("profession").prefetch_related("phone_numbers")
              .exclude(schema_name="public").filter(schema_name=schema_name[:63]).first())
    if tenant is None:
        raise NotFound("No such business.")
    return tenant


def _paged(qs, page: int) -> tuple[list, bool]:
    start = (page - 1) * PAGE_SIZE
    rows = list(qs[start:start + PAGE_SIZE + 1])
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


class BusinessList(StaffView):
    @extend_schema(operation_id="staff_businesses_list", tags=["staff"], parameters=[PAGE],
                   responses=responses(s.BusinessPageSerializer, 400))
    def get(self, request: Request) -> Response:
        page = page_number(request)
        rows, more = _paged(Tenant.objects.exclude(schema_name="public")
                            .select_related("profession").prefetch_related("phone_numbers")
                            .order_by("created_at", "id"), page)
        return Response(s.BusinessPageSerializer(
            {"results": rows, "page": page, "has_next": more}).data)


class BusinessDetail(StaffView):
    @extend_schema(operation_id="staff_businesses_retrieve", tags=["staff"],
                   parameters=[SCHEMA], responses=responses(s.BusinessSerializer, 404))
    def get(self, request: Request, schema_name: str) -> Response:
        return Response(s.BusinessSerializer(_business(schema_name)).data)


class BusinessSubscription(StaffView):
    @extend_schema(operation_id="staff_businesses_subscription", tags=["staff"],
                   parameters=[SCHEMA], request=s.SubscriptionSerializer,
                   responses=responses(s.BusinessSerializer, 400, 404),
                   summary="Set a business's subscription status, plan and end")
    def put(self, request: Request, schema_name: str) -> Response:
        tenant = _business(schema_name)
        form = s.SubscriptionSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        tenant_subscription_set(tenant=tenant, status=data["subscription_status"],
                                plan=data.get("plan"), ends_at=data.get("subscription_ends_at"))
        return Response(s.BusinessSerializer(_business(schema_name)).data)


class BusinessUsage(StaffView):
    @extend_schema(operation_id="staff_businesses_usage", tags=["staff"],
                   parameters=[SCHEMA, OpenApiParameter("days", int, enum=list(USAGE_DAYS))],
                   responses=responses(s.UsageSerializer, 400, 404),
                   summary="Calls, minutes and cost of one business over the last days")
    def get(self, request: Request, schema_name: str) -> Response:
        tenant = _business(schema_name)
        raw = request.query_params.get("days", "30")
        if raw not in {str(d) for d in USAGE_DAYS}:
            raise field_errors({"days": [f"Use one of {', '.join(map(str, USAGE_DAYS))}."]})
        since = timezone.now() - timedelta(days=int(raw))
        with schema_context(tenant.schema_name):
            figures = Call.objects.filter(start_time__gte=since, is_test=False).aggregate(
                calls=Count("id"), answered=Count("id", filter=Q(outcome__in=ANSWERED_OUTCOMES)),
                seconds=Sum("duration_seconds"), cost=Sum("cost_usd"))
        return Response(s.UsageSerializer({
            "business": tenant.schema_name, "days": int(raw), "since": since,
            "calls": figures["calls"], "answered_calls": figures["answered"],
            "minutes": round((figures["seconds"] or 0) / 60, 2),
            "cost_usd": figures["cost"] or 0}).data)


class NumberList(StaffView):
    @extend_schema(operation_id="staff_numbers_list", tags=["staff"],
                   parameters=[PAGE, OpenApiParameter("unassigned", bool,
                                                      description="Only the pool's numbers.")],
                   responses=responses(s.StaffNumberPageSerializer, 400))
    def get(self, request: Request) -> Response:
        page = page_number(request)
        qs = PhoneNumber.objects.select_related("tenant").order_by("e164")
        unassigned = request.query_params.get("unassigned", "false")
        if unassigned not in ("true", "false"):
            raise field_errors({"unassigned": ["Use true or false."]})
        if unassigned == "true":
            qs = qs.filter(tenant__isnull=True)
        rows, more = _paged(qs, page)
        return Response(s.StaffNumberPageSerializer(
            {"results": rows, "page": page, "has_next": more}).data)
