"""Staff read the whole audit log in the public admin: the public schema's entries, or any one
business's (the "business" filter reads that business's schema). Nobody can add, change or
delete an entry here."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from auditlog.mixins import LogEntryAdminMixin
from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django_tenants.utils import get_public_schema_name, schema_context

from audit.models import AuditEntry

if admin.site.is_registered(AuditEntry):  # django-auditlog's own admin, editable by superusers
    admin.site.unregister(AuditEntry)

PARAMETER = "schema"


def _businesses() -> list[tuple[str, str]]:
    from tenants.models import Tenant

    rows = (Tenant.objects.exclude(schema_name__in=[get_public_schema_name(),
                                                    settings.TENANT_BASE_SCHEMA])
            .order_by("business_name").values_list("schema_name", "business_name"))
    return [(schema, f"{name} ({schema})") for schema, name in rows]


def schema_shown(request: HttpRequest) -> str:
    """The schema whose log this admin page shows: ?schema=, also when it comes back from an
    entry's page as the changelist's filters; public when absent or not a business."""
    value = request.GET.get(PARAMETER)
    if value is None:
        value = (parse_qs(request.GET.get("_changelist_filters", "")).get(PARAMETER) or [""])[0]
    if value and value in dict(_businesses()):
        return value
    return get_public_schema_name()


class BusinessFilter(admin.SimpleListFilter):
    """Whose log: staff-wide, or one business's. The whole view is read inside that schema, so
    the filter itself leaves the queryset as it is."""

    title = "log of"
    parameter_name = PARAMETER

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(get_public_schema_name(), "Staff-wide (public)"), *_businesses()]

    def choices(self, changelist: Any):
        current = schema_shown(changelist.model_admin.request)
        for lookup, title in self.lookup_choices:
            yield {"selected": current == lookup, "display": title,
                   "query_string": changelist.get_query_string({PARAMETER: lookup})}

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        return queryset


@admin.register(AuditEntry)
class AuditEntryAdmin(LogEntryAdminMixin, admin.ModelAdmin):
    list_display = ["created", "actor_label", "kind", "event", "resource_url", "msg_short",
                    "remote_addr", "user_agent"]
    list_filter = [BusinessFilter, "kind", "event"]
    list_select_related = ["content_type"]
    search_fields = ["object_repr", "actor_label"]
    date_hierarchy = "timestamp"
    show_facets = admin.ShowFacets.NEVER
    fields = ["created", "actor_label", "kind", "event", "resource_url", "msg", "remote_addr",
              "user_agent", "additional_data", "cid"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> Any:
        self.request = request
        return super().get_queryset(request)

    def _in_schema(self, request: HttpRequest, view: Any, *args: Any, **kwargs: Any
                   ) -> HttpResponse:
        """Run and render the view inside the shown schema. The staff user's permissions are
        read first, from the public schema where they live."""
        request.user.get_all_permissions()
        with schema_context(schema_shown(request)):
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        return response

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None
                        ) -> HttpResponse:
        return self._in_schema(request, super().changelist_view, extra_context)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "",
                    extra_context: dict | None = None) -> HttpResponse:
        return self._in_schema(request, super().change_view, object_id, form_url, extra_context)
