"""Issue 16, finding 10: an upload is refused by its size before it is read.

A request whose declared body is bigger than any upload this server takes is answered 413 with
the reason and its body is never read (Django's middleware under WSGI and the test client, the
ASGI wrapper under Daphne, where Django would otherwise buffer the whole body first). A voice
recording just over the limit is cut off as it streams in: the owner sees a form error and the
rest of the file is neither kept in memory nor written to disk.
"""

from __future__ import annotations

import pytest
from asgiref.testing import ApplicationCommunicator
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django_tenants.utils import schema_context

from frontdesk.models import VoiceCloneJob

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


def _body(response) -> str:
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


def _no_job() -> bool:
    with schema_context("t_dental"):
        return not VoiceCloneJob.objects.exists()


@override_settings(CARTESIA_API_KEY="test-key")
def test_a_recording_over_the_limit_is_a_form_error_and_never_kept(dental_client):
    size = settings.UPLOAD_MAX_BYTES + MB  # within the request limit: the form can answer
    recording = SimpleUploadedFile("long.wav", b"RIFF\x00\x00\x00\x00WAVE" + bytes(size))
    response = dental_client.post("/settings/voice/", {"action": "clone", "name": "Me",
                                                       "sample": recording})
    assert response.status_code == 400
    body = _body(response)
    assert "The recording is larger than 10 MB" in body and 'value="Me"' in body
    assert "sample" not in response.wsgi_request.FILES  # cut off as it came in, not kept
    assert _no_job()


@override_settings(CARTESIA_API_KEY="test-key")
def test_a_request_far_over_the_limit_is_refused_before_its_body_is_read(dental_client):
    recording = SimpleUploadedFile("podcast.wav", bytes(60 * MB))
    response = dental_client.post("/settings/voice/", {"action": "clone", "name": "Me",
                                                       "sample": recording})
    assert response.status_code == 413
    assert "60.0 MB" in response.content.decode() and "at most" in response.content.decode()
    assert response.wsgi_request._stream._pos == 0  # not one byte of the body was read
    assert _no_job()


def test_a_small_recording_still_reaches_the_form(dental_client):
    """Under the limit nothing changes: the form judges the file (here: not audio)."""
    with override_settings(CARTESIA_API_KEY="test-key"):
        response = dental_client.post("/settings/voice/", {
            "action": "clone", "name": "Me",
            "sample": SimpleUploadedFile("notes.wav", b"%PDF-1.4 not audio" * 50)})
    assert response.status_code == 400 and "not an audio recording" in _body(response)


def _scope(host: str, headers: list[tuple[bytes, bytes]]) -> dict:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
            "scheme": "http", "path": "/settings/voice/", "raw_path": b"/settings/voice/",
            "query_string": b"", "root_path": "", "client": ("127.0.0.1", 5000),
            "server": (host, 80), "headers": [(b"host", host.encode()), *headers]}


async def _response(app: ApplicationCommunicator) -> tuple[int, bytes]:
    start = await app.receive_output(5)
    body = await app.receive_output(5)
    return start["status"], body.get("body", b"")


async def test_under_asgi_a_declared_oversize_body_is_refused_unread():
    from receptionist.asgi import application

    length = 60 * MB
    app = ApplicationCommunicator(application, _scope("t-dental.localhost", [
        (b"content-type", b"multipart/form-data; boundary=x"),
        (b"content-length", str(length).encode())]))
    status, body = await _response(app)  # answered before a single body message was sent
    assert status == 413 and b"60.0 MB" in body
    await app.wait(1)


async def test_under_asgi_a_body_without_a_length_is_cut_off_at_the_limit():
    from receptionist.asgi import application

    app = ApplicationCommunicator(application, _scope("t-dental.localhost", [
        (b"content-type", b"multipart/form-data; boundary=x"),
        (b"transfer-encoding", b"chunked")]))
    chunk = bytes(4 * MB)
    sent = 0
    while sent <= settings.UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        await app.send_input({"type": "http.request", "body": chunk, "more_body": True})
        sent += len(chunk)
    status, body = await _response(app)
    assert status == 413 and b"at most" in body
    await app.wait(1)
