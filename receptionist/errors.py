"""The one error type services raise for bad input; adapters turn it into a form error, a 4xx or
a one-line command failure."""

from __future__ import annotations


class ApplicationError(Exception):
    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
