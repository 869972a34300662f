"""Placeholder landing pages until the portal issue builds the real ones."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html


def home(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        "<h1>AI Receptionist</h1><p>Staff admin: <a href='/admin/'>/admin/</a></p>"
    )


def portal_home(request: HttpRequest) -> HttpResponse:
    tenant = connection.tenant
    return HttpResponse(
        format_html("<h1>{}</h1><p>Your receptionist portal.</p>", tenant.business_name)
    )
