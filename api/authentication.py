"""Who is calling the API: a person with a short-lived JWT, or a business's server with an API key.

JWTs (djangorestframework-simplejwt) carry the schema they were issued in (`schema`), and are
accepted only on that schema's domain: user ids are per business, so without the claim a token
from one business would name some other login at another. A business's tokens are issued only
to its own logins on its own domain (api/tokens.py); the staff API's only to staff on the public
site. Changing a password ends its tokens (CHECK_REVOKE_TOKEN).

API keys exist only on a business's domain: ``Authorization: Api-Key rk_…``. A key acts for
the business as an owner would, read-only or read-write (its scope), and only while the owner who
made it still is one.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.tokens import Token

from api.models import ApiKey
from api.selectors import api_key_for_secret
from api.services import api_key_used
from team.models import Role

SCHEMA_CLAIM = "schema"
API_KEY_KEYWORD = "Api-Key"


def on_public_site() -> bool:
    from django.conf import settings

    return connection.schema_name == settings.PUBLIC_SCHEMA_NAME


class SiteJWTAuthentication(JWTAuthentication):
    """simplejwt's Bearer tokens, refused on any site but the one that issued them."""

    www_authenticate_realm = "api"

    def get_validated_token(self, raw_token: bytes) -> Token:
        token = super().get_validated_token(raw_token)
        if token.get(SCHEMA_CLAIM) != connection.schema_name:
            raise AuthenticationFailed("This token was not issued on this site.",
                                       code="token_not_valid")
        return token


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[Any, ApiKey] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        keyword, _, secret = header.partition(" ")
        if keyword.lower() != API_KEY_KEYWORD.lower():
            return None
        if on_public_site():
            raise AuthenticationFailed("API keys are a business's; the staff API takes a staff "
                                       "login's token.")
        key = api_key_for_secret(secret=secret.strip())
        if key is None:
            raise AuthenticationFailed("This API key is not valid here.")
        if not key.active:
            raise AuthenticationFailed("This API key was revoked.")
        user = key.created_by
        member = getattr(user, "team_member", None) if user is not None else None
        if member is None or not user.is_active or member.role != Role.OWNER:
            raise AuthenticationFailed("The owner who made this API key is no longer an owner "
                                       "here; an owner can make a new one.")
        api_key_used(key=key)
        return user, key

    def authenticate_header(self, request: Request) -> str:
        return API_KEY_KEYWORD
