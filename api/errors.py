"""Every refusal of the API is JSON with a reason: ``{"detail": "...", "errors": {...}}``
(`errors`, by field, only when fields were wrong), with a 4xx status; the services'
ApplicationError is a 400 naming its field."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import exception_handler

from receptionist.errors import ApplicationError


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="Why the request was refused, in a sentence.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), required=False,
        help_text="What was wrong with each field, when fields were wrong.")


def sentence(message: str) -> str:
    message = str(message).strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "?", "!")) else message + "."


def _messages(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [f"{k}: {m}" for k, v in value.items() for m in _messages(v)]
    if isinstance(value, list | tuple):
        return [m for item in value for m in _messages(item)]
    return [str(value)]


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        exc = exceptions.ValidationError({exc.field or "detail": [sentence(exc.message)]})
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages})
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, dict) and set(data) == {"detail"} and isinstance(data["detail"], str):
        response.data = {"detail": sentence(data["detail"])}
    elif isinstance(data, dict):
        errors = {str(field): _messages(value) for field, value in data.items()}
        first = next(iter(errors.values()), ["The request is not valid."])[0]
        response.data = {"detail": sentence(first) if len(errors) == 1 else
                         "Some fields are not valid.", "errors": errors}
    else:
        response.data = {"detail": sentence(" ".join(_messages(data)) or "Not valid"),
                         "errors": {"detail": _messages(data)}}
    return response


def field_errors(errors: dict[str, list[str]]) -> exceptions.ValidationError:
    return exceptions.ValidationError({name: [sentence(m) for m in messages]
                                       for name, messages in errors.items()})
