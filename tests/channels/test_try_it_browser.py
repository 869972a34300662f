"""The "Try it" page in a real browser: Chromium's fake microphone plays a caller (Piper) into
try_it.js, which captures it with an AudioWorklet and streams it over the socket to a real
server (manage.py runserver, on the test database) running the local models; the page plays the
agent's audio with Web Audio, reports playback, shows the transcript and links to the stored
call."""

from __future__ import annotations

import os
import shutil
import socket as sockets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django_tenants.utils import schema_context

from calls.models import Call
from tests.live_server import database_env, free_port
from tests.voice.audio import wer
from voice.audio_io import write_wav
from voice.phone_line import piper_speech, resample

pytestmark = [pytest.mark.django_db, pytest.mark.slow,
              pytest.mark.usefixtures("thread_db_cleanup")]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LINE = "Hi, what time do you open on Friday?"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def portal_server(fleet, tmp_path) -> Iterator[int]:
    port = free_port()
    env = os.environ | database_env() | {"MEDIA_ROOT": str(tmp_path / "media"), "DEBUG": "1"}
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            with sockets.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        # a bound on a hang only: the call's prompt warm may be evaluating in a worker thread,
        # which the process waits for on exit (an evaluation cannot be interrupted yet; the
        # open-turns issue is to keep the prompt off the call's path)
        server.wait(timeout=180)
        log.close()


@pytest.fixture
def caller_microphone(tmp_path) -> Path:
    """What the fake microphone hears: a quiet room through the greeting, then the caller."""
    speech, rate = piper_speech(LINE)
    rng = np.random.default_rng(0)
    room = [rng.normal(0, 0.001, int(seconds * 48_000)) for seconds in (9, 40)]
    audio = np.concatenate([room[0], resample(speech, rate, 48_000), room[1]])
    path = tmp_path / "caller.wav"
    write_wav(path, (np.clip(audio, -1, 1) * 32767).astype(np.int16).tobytes(), 48_000)
    return path


def _stored(call_id: str) -> tuple[Call, list[tuple[str, str]]]:
    with schema_context("t_law"):
        call = Call.objects.get(call_id=call_id)
        return call, list(call.turns.order_by("index").values_list("user_text", "agent_text"))


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)")
async def test_a_caller_talks_to_the_receptionist_in_the_browser(portal_server, caller_microphone,
                                                                 owner_session, tmp_path):
    playwright = pytest.importorskip("playwright.async_api")
    session_key = await owner_session("t_law")
    url = f"http://t-law.localhost:{portal_server}"
    problems: list[str] = []
    async with playwright.async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=[
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={caller_microphone}"])
        context = await browser.new_context()
        await context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_key,
                                    "url": url}])
        page = await context.new_page()
        page.on("pageerror", lambda error: problems.append(str(error)))
        # the page runs under its Content Security Policy: anything it refuses is a problem
        page.on("console", lambda message: problems.append(message.text)
                if "Content Security Policy" in message.text else None)
        await page.goto(url + "/try/")
        await page.click("#try-start")
        finals = "#try-transcript li.agent:not(.partial)"
        # a function, not an expression string: the page's policy refuses eval, which
        # Playwright uses for the latter
        try:
            await page.wait_for_function(
                f"() => document.querySelectorAll('{finals}').length >= 2",
                timeout=180_000)  # the greeting, then the answer
        except playwright.TimeoutError:
            raise AssertionError(f"no answer in time; the page reported {problems}") from None
        heard = await page.text_content("#try-transcript li.user:not(.partial) .text")
        answer = await page.locator(f"{finals} .text").nth(1).text_content()
        await page.click("#try-hangup")
        await page.wait_for_selector("#try-result:not([hidden])", timeout=60_000)
        link = await page.get_attribute("#try-result a", "href")
        await browser.close()

    assert problems == []
    warnings = [line for line in (tmp_path / "server.log").read_text().splitlines()
                if "WARNING" in line or "ERROR" in line]
    assert wer(LINE, heard) < 0.3 and answer, f"heard {heard!r}; the server warned {warnings}"
    call, turns = await sync_to_async(_stored)(link.removeprefix("/calls/").rstrip("/"))
    assert call.is_test and call.status == Call.Status.COMPLETED
    assert (heard, answer) in turns
