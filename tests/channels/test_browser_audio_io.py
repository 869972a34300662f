"""The browser call's audio I/O on its own: the page's microphone cut into the session's frames,
and the page's loudspeaker keeping LiveKit's playback contract (one report per segment, barge-in
reported as an interruption at the position reached)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context
from livekit import rtc

from calls.models import Call
from frontdesk.try_it.browser_call import (
    INPUT_RATE,
    MAX_BUFFERED_SECONDS,
    BrowserAudioInput,
    BrowserAudioOutput,
    BrowserCall,
)
from tenants.router import MultiTenantRouter


def tone(seconds: float, rate: int) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * np.pi * 440 * t) * 8000).astype(np.int16).tobytes()


async def test_the_microphone_becomes_32_ms_frames_at_16_khz():
    mic = BrowserAudioInput(sample_rate=48_000)
    for _ in range(10):  # ten 20 ms chunks at 48 kHz, as the worklet sends them
        mic.push(tone(0.02, 48_000))
    mic.close()
    frames = [frame async for frame in mic]
    assert all(f.sample_rate == INPUT_RATE and f.samples_per_channel == 512 for f in frames)
    assert 5 <= len(frames) <= 6  # 0.2 s; the resampler holds back a few samples of its filter
    assert mic.received_seconds == pytest.approx(0.2)


async def test_malformed_microphone_audio_is_refused_with_the_reason():
    mic = BrowserAudioInput(sample_rate=16_000)
    with pytest.raises(ValueError, match="odd"):
        mic.push(b"\x00" * 641)
    with pytest.raises(ValueError, match="at most 250 ms"):
        mic.push(b"\x00" * (16_000 * 2))
    with pytest.raises(ValueError, match="sample rate"):
        BrowserAudioInput(sample_rate=11_025)


async def test_a_session_that_falls_behind_loses_the_oldest_audio():
    mic = BrowserAudioInput(sample_rate=16_000)
    kept = int(MAX_BUFFERED_SECONDS * 1000 / 32)  # 32 ms frames
    for i in range(kept + 40):  # 40 frames more than are kept unread
        mic.push(np.full(512, i, dtype=np.int16).tobytes())
    mic.close()
    frames = [frame async for frame in mic]
    assert len(frames) == kept and mic.dropped_frames == 40
    assert np.frombuffer(frames[0].data, np.int16)[0] == 40  # the newest survive


def speech_frame() -> rtc.AudioFrame:
    return rtc.AudioFrame(tone(0.02, 24_000), 24_000, 1, 480)


async def test_the_loudspeaker_reports_each_segment_once_as_the_page_plays_it():
    posted: list = []
    speaker = BrowserAudioOutput(posted.append, grace=600)
    finished = []
    speaker.on("playback_finished", finished.append)
    for _ in range(2):  # two segments, flushed
        await speaker.capture_frame(speech_frame())
        speaker.flush()
    assert [m["type"] for m in posted if isinstance(m, dict)] == [
        "segment_start", "segment_end", "segment_start", "segment_end"]
    assert sum(len(m) for m in posted if isinstance(m, bytes)) == 2 * 960

    assert speaker.played(2)  # the page finished the second, so the first too
    assert [(f.interrupted, round(f.playback_position, 2)) for f in finished] == [
        (False, 0.02), (False, 0.02)]
    assert not speaker.played(2) and not speaker.played(7)  # already reported, never sent
    assert len(finished) == 2


async def test_barge_in_clears_the_page_and_reports_an_interruption():
    posted: list = []
    speaker = BrowserAudioOutput(posted.append, grace=600)
    finished = []
    speaker.on("playback_finished", finished.append)
    await speaker.capture_frame(speech_frame())
    speaker.flush()
    await speaker.capture_frame(speech_frame())  # still arriving when the caller talks

    speaker.clear_buffer()
    speaker.flush()  # the session flushes the cut segment too; it is not reported twice
    assert posted[-1] == {"type": "clear"}
    assert [f.interrupted for f in finished] == [True, True]
    assert all(0 <= f.playback_position <= 0.02 for f in finished)
    assert not speaker.played(1)


async def test_a_page_that_never_reports_playback_does_not_hold_the_agent():
    speaker = BrowserAudioOutput(lambda _m: None, grace=0.05)
    await speaker.capture_frame(speech_frame())
    speaker.flush()
    done = await asyncio.wait_for(speaker.wait_for_playout(), 10)
    assert not done.interrupted and done.playback_position == pytest.approx(0.02)


@pytest.mark.django_db
@pytest.mark.usefixtures("thread_db_cleanup")
async def test_the_agent_hanging_up_ends_the_browser_call(fleet, fake_providers, settings,
                                                          tmp_path):
    settings.MEDIA_ROOT = tmp_path
    config = await sync_to_async(MultiTenantRouter().get_client_config)("t_law")
    sent: list = []

    async def send(message) -> None:
        sent.append(message)

    call = BrowserCall(config, send=send, input_rate=16_000, caller_label="owner")
    await call.start()
    await call.handle.state.hang_up()  # what the receptionist's end_call tool does
    await asyncio.wait_for(call.ended.wait(), 30)
    stored = await call.finish()

    def read() -> Call:
        with schema_context("t_law"):
            return Call.objects.get(pk=stored.pk)
    stored = await sync_to_async(read)()
    assert stored.status == Call.Status.COMPLETED and stored.is_test
    assert any(isinstance(m, dict) and m["type"] == "started" for m in sent)
