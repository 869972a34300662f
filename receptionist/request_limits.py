"""Request bodies are refused by their size before they are read (issue 16, finding 10).

A body may be at most UPLOAD_MAX_BYTES of files plus DATA_UPLOAD_MAX_MEMORY_SIZE of form fields
(`request_max_bytes`). Three places hold that line, each before the next would read more:

- `ASGIBodyLimit` wraps the HTTP side of the ASGI application (Daphne): a request whose
  Content-Length is over the limit is answered 413 before a byte of its body is received, and one
  sent without a length is cut off as soon as it passes the limit. It has to sit outside Django:
  Django's ASGI handler reads the whole body before any middleware runs.
- `RequestSizeLimitMiddleware`, first in MIDDLEWARE, does the same for WSGI servers and the test
  client, where Django reads the body lazily.
- `UploadSizeLimitHandler`, first of FILE_UPLOAD_HANDLERS, stops keeping an uploaded file once it
  passes UPLOAD_MAX_BYTES: the rest of it streams past unkept, the file is left out of
  request.FILES and `upload_refusals(request)` says which field was refused, so the page can
  answer with a form error (the voice page does) instead of a bare 413.

A reverse proxy in front (nginx `client_max_body_size`) should hold the same line; these make
the application safe without one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest, HttpResponse

MB = 1024 * 1024
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def request_max_bytes() -> int:
    """The largest request body this server reads."""
    return settings.UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}".removesuffix(".0")


def too_large_reason(length: int | None) -> str:
    said = f"This request is {length / MB:.1f} MB" if length else "This request is too large"
    return (f"{said}; this server accepts at most {_megabytes(request_max_bytes())} MB in one "
            f"request (a file up to {_megabytes(settings.UPLOAD_MAX_BYTES)} MB). Go back and "
            "choose a smaller file.\n")


def _content_length(value: str | bytes | None) -> int | None:
    try:
        length = int(value) if value not in (None, "", b"") else None
    except ValueError:
        return None
    return length if length is not None and length >= 0 else None


class RequestSizeLimitMiddleware:
    """413, with the reason, for a request that says it is larger than any this server takes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = _content_length(request.META.get("CONTENT_LENGTH"))
        if length is not None and length > request_max_bytes():
            return HttpResponse(too_large_reason(length), status=413,
                                content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class UploadSizeLimitHandler(FileUploadHandler):
    """Lets a file through to the next handlers until it passes UPLOAD_MAX_BYTES, then drops it
    and notes the field in `request.uploads_refused`."""

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        limit = settings.UPLOAD_MAX_BYTES
        if start + len(raw_data) > limit:
            if self.request is not None:
                refused = getattr(self.request, "uploads_refused", None)
                if refused is None:
                    refused = self.request.uploads_refused = {}
                refused[self.field_name] = limit
            raise SkipFile(f"{self.field_name} is larger than {limit} bytes")
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler (memory or temporary file) builds the file


def upload_refusals(request: HttpRequest) -> dict[str, int]:
    """Field name -> the limit its file passed, for files dropped as they came in."""
    request.POST  # noqa: B018  (the upload is parsed, and so judged, on first access)
    return dict(getattr(request, "uploads_refused", {}))


class ASGIBodyLimit:
    """The ASGI side of `RequestSizeLimitMiddleware` (see the module)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = request_max_bytes()
        length = _content_length(dict(scope.get("headers") or []).get(b"content-length"))
        if length is not None and length > limit:
            await self._refuse(send, length)
            return
        received, cut_off, started = 0, False, False

        async def limited_receive() -> Message:
            nonlocal received, cut_off
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    cut_off = True
                    return {"type": "http.disconnect"}  # Django stops reading and gives up
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, limited_receive, watched_send)
        if cut_off and not started:
            await self._refuse(send, None)

    @staticmethod
    async def _refuse(send: Send, length: int | None) -> None:
        body = too_large_reason(length).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
