"""How the OpenAPI schema describes the API's two ways in: Bearer JWTs and API keys."""

from __future__ import annotations

from typing import Any

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ApiKeyAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "`Api-Key rk_…`: a key an owner made on the portal's API keys "
                               "page."}


class SiteJWTScheme(SimpleJWTScheme):
    target_class = "api.authentication.SiteJWTAuthentication"
    name = "jwt"
