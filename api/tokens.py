"""Issuing JWTs to people: a business's logins on its own domain, staff on the public site.

A token request is a login attempt like the portal's: django-axes counts it per login and client
address and per client address, under the same lock (tenants/login_throttle.py), so the API is
no way around the login throttle; a locked-out client gets a 429 with Retry-After. The refresh
token gives a new access token only while the login may still sign in here (still active, still
on the team or staff, password unchanged).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.db import connection
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed, PermissionDenied, Throttled
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import get_md5_hash_password

from api.authentication import SCHEMA_CLAIM, on_public_site
from api.base import _ApiView, responses
from team.selectors import team_member_role
from tenants.login_throttle import LOCK_WAIT_SECONDS, LoginBusy, login_attempt_serialized


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=254, help_text="The login's email (staff: "
                                                               "their username).")
    password = serializers.CharField(max_length=4096, trim_whitespace=False)


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField(help_text="Send as `Authorization: Bearer <access>`.")
    refresh = serializers.CharField(help_text="Exchange at the refresh endpoint for a new "
                                              "access token.")


class RefreshRequestSerializer(serializers.Serializer):
    refresh = serializers.CharField(max_length=4096)


class AccessSerializer(serializers.Serializer):
    access = serializers.CharField()


def _may_sign_in(user: object) -> bool:
    if user is None or not user.is_active:
        return False
    return user.is_staff if on_public_site() else team_member_role(user=user) is not None


def tokens_issue(*, user: object) -> dict[str, str]:
    """An access and a refresh token for `user`, valid on this site (the current schema's)."""
    refresh = RefreshToken.for_user(user)
    refresh[SCHEMA_CLAIM] = connection.schema_name
    return {"access": str(refresh.access_token), "refresh": str(refresh)}


def _stored_username(typed: str) -> str:
    """Emails are matched case-insensitively, as the portal's login does."""
    stored = list(get_user_model()._default_manager.filter(username__iexact=typed)
                  .values_list("username", flat=True)[:2])
    return stored[0] if len(stored) == 1 else typed


class _TokenView(_ApiView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def get_authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'  # a refused login is a 401, as DRF gives it with a scheme


class TokenObtainView(_TokenView):
    @extend_schema(operation_id="token_create", request=TokenRequestSerializer,
                   responses=responses(TokenPairSerializer, 400), auth=[], tags=["auth"],
                   summary="Log in: an access and a refresh token")
    def post(self, request: Request) -> Response:
        form = TokenRequestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        username = _stored_username(form.validated_data["username"].strip())
        plain = request._request
        try:
            with login_attempt_serialized(plain):
                user = authenticate(request=plain, username=username,
                                    password=form.validated_data["password"])
        except LoginBusy:
            raise Throttled(wait=LOCK_WAIT_SECONDS, detail="Too many sign-in attempts at once "
                            "from your network; please try again in a moment.") from None
        if getattr(plain, "axes_locked_out", False):
            minutes = settings.LOGIN_COOLOFF_MINUTES
            raise Throttled(wait=minutes * 60, detail=f"Too many failed attempts. Wait {minutes} "
                            "minutes and try again.")
        if user is None:
            raise AuthenticationFailed("No login here has this username and password.")
        if not _may_sign_in(user):
            raise PermissionDenied("This login may not use this site's API.")
        return Response(tokens_issue(user=user))


class TokenRefreshView(_TokenView):
    @extend_schema(operation_id="token_refresh", request=RefreshRequestSerializer,
                   responses=responses(AccessSerializer, 400), auth=[], tags=["auth"],
                   summary="A new access token for a refresh token")
    def post(self, request: Request) -> Response:
        form = RefreshRequestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            refresh = RefreshToken(form.validated_data["refresh"])
        except TokenError:
            raise AuthenticationFailed("This refresh token is not valid or has expired.") from None
        if refresh.get(SCHEMA_CLAIM) != connection.schema_name:
            raise AuthenticationFailed("This refresh token was not issued on this site.")
        user_id = refresh.get(jwt_settings.USER_ID_CLAIM)
        user = get_user_model()._default_manager.filter(
            **{jwt_settings.USER_ID_FIELD: user_id}).first() if user_id is not None else None
        if not _may_sign_in(user) or (
                refresh.get(jwt_settings.REVOKE_TOKEN_CLAIM)
                != get_md5_hash_password(user.password)):
            raise AuthenticationFailed("This login may no longer sign in here; log in again.")
        return Response({"access": str(refresh.access_token)})
