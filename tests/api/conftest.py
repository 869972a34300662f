"""API clients: a business's owner, front desk or API key, on the business's own domain."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

from api.services import api_key_create
from api.tokens import tokens_issue
from tests.portal.owner_login import tenant_domain

SCHEMA, OTHER = "t_dental", "t_law"


def owner(schema: str) -> Any:
    with schema_context(schema):
        return get_user_model().objects.get(username=f"owner@{schema.replace('_', '-')}.example")


def jwt_for(schema: str, user: Any | None = None) -> str:
    """An access token issued on `schema`'s domain to `user` (default: its owner)."""
    with schema_context(schema):
        return tokens_issue(user=user or owner(schema))["access"]


def key_for(schema: str, scope: str = "read_write") -> str:
    with schema_context(schema):
        _, secret = api_key_create(name=f"{scope} key", scope=scope, created_by=owner(schema))
    return secret


class Api:
    """JSON requests to one business's domain with one credential (or none)."""

    def __init__(self, schema: str, authorization: str = "") -> None:
        headers = {"HTTP_HOST": tenant_domain(schema)}
        if authorization:
            headers["HTTP_AUTHORIZATION"] = authorization
        self.client = Client(**headers)
        self.client.raise_request_exception = False

    def get(self, path: str, params: dict | None = None):
        return self.client.get(path, params or {})

    def send(self, method: str, path: str, body: Any = None):
        return getattr(self.client, method)(path, json.dumps(body if body is not None else {}),
                                            content_type="application/json")

    def post(self, path: str, body: Any = None):
        return self.send("post", path, body)

    def patch(self, path: str, body: Any = None):
        return self.send("patch", path, body)


def as_owner(schema: str = SCHEMA) -> Api:
    return Api(schema, f"Bearer {jwt_for(schema)}")


def with_key(schema: str = SCHEMA, scope: str = "read_write") -> Api:
    return Api(schema, f"Api-Key {key_for(schema, scope)}")
