"""A caller on a paced line and a real-time loudspeaker, alone and around a real AgentSession.

The session tests run in audio mode without a room: real Silero VAD, whisper and Piper, and a
fake LLM (the local one is too slow for a unit test) that always answers the same sentence.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable

import numpy as np
import pytest
from livekit import rtc
from livekit.agents import Agent, AgentSession

from tests.voice import audio
from tests.voice.fakes import FakeLLM
from voice.audio_io import (
    CaptureAudioOutput,
    PacedAudioInput,
    PlayedUtterance,
    RealtimeCaptureAudioOutput,
    Utterance,
)

LINE_RATE = 8000


def tone(seconds: float, rate: int, *, db: float = -10.0, hz: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (10 ** (db / 20) * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def level_db(frame: rtc.AudioFrame) -> float:
    samples = np.frombuffer(frame.data, dtype=np.int16).astype(np.float64) / 32768
    return float(10 * np.log10(np.mean(samples**2) + 1e-12))


class Listener:
    """Reads the line the way a session does, keeping every frame and when it came."""

    def __init__(self, line: PacedAudioInput) -> None:
        self.frames: list[tuple[float, rtc.AudioFrame]] = []
        self._task = asyncio.create_task(self._read(line))

    async def _read(self, line: PacedAudioInput) -> None:
        async for frame in line:
            self.frames.append((time.time(), frame))

    async def stop(self) -> None:
        self._task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await self._task


# --- the paced line ---------------------------------------------------------------------------

async def test_the_line_delivers_32_ms_frames_in_real_time():
    line = PacedAudioInput(sample_rate=LINE_RATE)
    started = time.monotonic()
    frames = []
    async for frame in line:
        frames.append(frame)
        if len(frames) == 25:
            break
    elapsed = time.monotonic() - started

    assert {(f.sample_rate, f.num_channels, f.samples_per_channel) for f in frames} == {
        (LINE_RATE, 1, LINE_RATE * 32 // 1000)}  # one Silero window at 16 kHz
    assert elapsed >= 0.75  # 25 frames of 32 ms cannot arrive faster than they are spoken


async def test_between_utterances_the_line_carries_low_noise_not_digital_silence():
    line = PacedAudioInput(sample_rate=LINE_RATE, noise_db=-60)
    frames = [frame async for frame in _take(line, 10)]
    for frame in frames:
        assert np.any(np.frombuffer(frame.data, dtype=np.int16) != 0)
        assert -66 < level_db(frame) < -54


async def _take(line: PacedAudioInput, count: int):
    async for frame in line:
        yield frame
        count -= 1
        if count == 0:
            return


async def test_play_resamples_the_line_and_stamps_the_end_of_speech_in_wall_clock_time():
    rate = 16_000
    speech = np.concatenate([tone(0.5, rate), np.zeros(int(0.3 * rate), np.float32)])
    line = PacedAudioInput(sample_rate=LINE_RATE, pause=0.1)
    listener = Listener(line)
    before = time.time()
    played = await line.play(Utterance.from_array(speech, rate, text="beep"))
    await listener.stop()

    assert isinstance(played, PlayedUtterance) and line.played == [played]
    assert played.speech_ended_at - played.started_at == pytest.approx(0.5, abs=0.033)
    assert played.ended_at - played.started_at == pytest.approx(0.8, abs=0.033)
    assert before <= played.started_at < played.speech_ended_at < played.ended_at <= time.time()
    assert played.started_at - before == pytest.approx(0.1, abs=0.05)  # the pause came first
    loud = [t for t, f in listener.frames if level_db(f) > -30]
    assert all(f.sample_rate == LINE_RATE for _, f in listener.frames)
    assert loud and loud[-1] == pytest.approx(played.speech_ended_at, abs=0.1)


async def test_queued_lines_are_said_in_order_with_the_pause_between_them():
    line = PacedAudioInput(sample_rate=LINE_RATE, pause=0.2)
    listener = Listener(line)
    first = line.enqueue(Utterance.from_array(tone(0.2, LINE_RATE), LINE_RATE, text="one"))
    second = line.enqueue(Utterance.from_array(tone(0.2, LINE_RATE), LINE_RATE, text="two"))
    one, two = await asyncio.gather(first, second)
    await listener.stop()

    assert [p.utterance.text for p in line.played] == ["one", "two"]
    assert two.started_at - one.ended_at == pytest.approx(0.2, abs=0.033)  # whole frames
    assert line.idle


async def test_an_explicit_end_of_speech_overrides_the_estimate():
    utterance = Utterance(pcm=b"\x00\x10" * LINE_RATE, sample_rate=LINE_RATE, speech_end=0.25)
    assert utterance.speech_end_offset() == 0.25
    noisy_tail = Utterance.from_array(
        audio.with_silence(tone(0.6, LINE_RATE), LINE_RATE, lead=0.2, tail=0.5, noise_db=-45),
        LINE_RATE)
    assert noisy_tail.speech_end_offset() == pytest.approx(0.8, abs=0.021)


async def test_hanging_up_ends_the_stream_and_cancels_lines_not_said():
    line = PacedAudioInput(sample_rate=LINE_RATE, pause=5.0)
    listener = Listener(line)
    unsaid = line.enqueue(Utterance.from_array(tone(0.2, LINE_RATE), LINE_RATE))
    await asyncio.sleep(0.1)
    line.close()
    await asyncio.sleep(0.05)

    assert unsaid.cancelled()
    assert listener._task.done()  # iteration ended on its own
    with pytest.raises(RuntimeError):
        line.enqueue(Utterance.from_array(tone(0.2, LINE_RATE), LINE_RATE))


async def test_a_detached_line_sends_nothing_until_it_is_attached_again():
    line = PacedAudioInput(sample_rate=LINE_RATE)
    listener = Listener(line)
    await asyncio.sleep(0.1)
    line.on_detached()
    await asyncio.sleep(0.05)
    count = len(listener.frames)
    await asyncio.sleep(0.2)
    assert len(listener.frames) == count
    line.on_attached()
    await asyncio.sleep(0.2)
    await listener.stop()
    assert len(listener.frames) > count


# --- the real-time loudspeaker ----------------------------------------------------------------

def _frames(seconds: float, rate: int = 16_000) -> list[rtc.AudioFrame]:
    return audio.to_frames(tone(seconds, rate), rate)


def _events(output: RealtimeCaptureAudioOutput) -> list[tuple[float, bool, float]]:
    seen: list[tuple[float, bool, float]] = []
    output.on("playback_finished",
              lambda ev: seen.append((time.time(), ev.interrupted, ev.playback_position)))
    return seen


async def test_a_flushed_segment_finishes_only_after_its_duration():
    output = RealtimeCaptureAudioOutput()
    finished = _events(output)
    started = time.time()
    for frame in _frames(0.3):
        await output.capture_frame(frame)
    output.flush()
    assert finished == []

    await asyncio.wait_for(output.wait_for_playout(), 2)
    (at, interrupted, position), = finished
    assert at - started >= 0.28
    assert not interrupted and position == pytest.approx(0.3)
    assert [s.interrupted for s in output.segments] == [False]


async def test_clear_buffer_stops_playback_early_at_the_position_reached():
    output = RealtimeCaptureAudioOutput()
    finished = _events(output)
    for frame in _frames(1.0):
        await output.capture_frame(frame)
    output.flush()
    await asyncio.sleep(0.25)
    output.clear_buffer()

    (_, interrupted, position), = finished
    assert interrupted and 0.2 <= position < 0.6
    assert output.segments[0].interrupted
    await asyncio.wait_for(output.wait_for_playout(), 0.1)  # nothing left to play
    await asyncio.sleep(1.0)
    assert len(finished) == 1  # the cancelled playout never reports


async def test_a_segment_flushed_while_another_plays_starts_after_it():
    output = RealtimeCaptureAudioOutput()
    starts: list[float] = []
    output.on("playback_started", lambda ev: starts.append(ev.created_at))
    finished = _events(output)
    for seconds in (0.3, 0.2):
        for frame in _frames(seconds):
            await output.capture_frame(frame)
        output.flush()

    await asyncio.wait_for(output.wait_for_playout(), 2)
    assert starts[1] - starts[0] == pytest.approx(0.3, abs=0.01)
    assert [(i, round(p, 2)) for _, i, p in finished] == [(False, 0.3), (False, 0.2)]
    assert finished[1][0] - finished[0][0] >= 0.18


# --- around a real AgentSession ----------------------------------------------------------------

REPLY = "Sure, I can help you with that."
LONG_REPLY = ("Thank you for calling Smile Dental. We are open Monday to Friday from eight in "
              "the morning until six in the evening, and on Saturday from nine until noon.")
TURN_HANDLING = {
    "turn_detection": "vad",
    "endpointing": {"min_delay": 0.6, "max_delay": 3.0},
    "interruption": {"mode": "vad"},
}


@pytest.fixture(scope="module")
def caller() -> Callable[[str], Utterance]:
    """Caller lines in the shipped Piper voice, through a modelled phone line."""
    cache: dict[str, Utterance] = {}

    def say(text: str) -> Utterance:
        if text not in cache:
            speech, rate = audio.piper_speech(text)
            cache[text] = Utterance.from_array(audio.phone_line(speech, rate), audio.PHONE_RATE,
                                               text=text)
        return cache[text]

    return say


class Call:
    """An AgentSession on a paced line, recording what each side said."""

    def __init__(self, output: CaptureAudioOutput, reply: str) -> None:
        from voice.stt.whisper import WhisperSTT
        from voice.tts.piper import PiperTTS
        from voice.vad import load_vad

        self.line = PacedAudioInput(sample_rate=audio.PHONE_RATE, pause=0.3)
        self.output = output
        self.starts: list[float] = []
        self.items: list = []
        self.session = AgentSession(stt=WhisperSTT(), llm=FakeLLM("fake", reply=reply),
                                    tts=PiperTTS(), vad=load_vad(), turn_handling=TURN_HANDLING,
                                    # LiveKit ignores barge-in for the agent's first 3 s of
                                    # speech (echo-canceller warm-up); a synthetic line has no echo
                                    aec_warmup_duration=None)
        self._changed = asyncio.Event()
        self.session.on("conversation_item_added", lambda ev: self._note(self.items, ev.item))
        self.finished: list = []
        output.on("playback_started", lambda ev: self._note(self.starts, ev.created_at))
        output.on("playback_finished", lambda ev: self._note(self.finished, ev))

    def _note(self, into: list, what: object) -> None:
        into.append(what)
        self._changed.set()

    async def until(self, condition: Callable[[], bool]) -> None:
        """Wait (30 s at most: a turn takes a second or two) until the call is in a state."""
        async with asyncio.timeout(30):
            while not condition():
                self._changed.clear()
                await self._changed.wait()

    async def __aenter__(self) -> Call:
        self.session.input.audio = self.line
        self.session.output.audio = self.output
        await self.session.start(Agent(instructions="You are a receptionist."), record=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.session.aclose()
        self.line.close()

    def said(self, role: str) -> list:
        return [i for i in self.items if getattr(i, "role", None) == role]

    async def replies(self, count: int) -> None:
        await self.until(lambda: len(self.said("assistant")) >= count)


@pytest.mark.slow
async def test_a_caller_line_gets_transcribed_answered_and_timed(caller):
    line = caller("Hi, I would like to book a cleaning for next Tuesday morning.")
    async with Call(CaptureAudioOutput(), REPLY) as call:
        played = await call.line.play(line)
        await call.replies(1)

    (user,) = call.said("user")
    assert audio.wer(line.text, user.text_content) < 0.5
    assert call.said("assistant")[0].text_content.strip() == REPLY
    assert call.output.segments and call.output.segments[0].duration > 0.5
    latency = played.latency_to(call.starts)
    assert latency is not None and latency > 0 and math.isfinite(latency)


@pytest.mark.slow
async def test_two_lines_in_a_row_make_two_turns(caller):
    lines = [caller("Do you take my insurance?"), caller("What time do you open on Saturday?")]
    latencies = []
    async with Call(RealtimeCaptureAudioOutput(), REPLY) as call:
        for turn, line in enumerate(lines, start=1):
            played = await call.line.play(line)
            await call.replies(turn)
            await asyncio.wait_for(call.output.wait_for_playout(), 10)
            latencies.append(played.latency_to(call.starts))

    users = call.said("user")
    assert len(users) == 2
    for line, user in zip(lines, users, strict=True):
        assert audio.wer(line.text, user.text_content) < 0.5
    assert len(call.said("assistant")) == 2
    assert len(call.output.segments) == 2 and not any(s.interrupted for s in call.output.segments)
    assert all(lat is not None and 0 < lat < math.inf for lat in latencies)
    assert call.starts[1] > call.line.played[1].speech_ended_at


@pytest.mark.slow
async def test_a_caller_who_talks_over_the_agent_interrupts_it(caller):
    async with Call(RealtimeCaptureAudioOutput(), LONG_REPLY) as call:
        await call.line.play(caller("What time do you open on Saturday?"))
        await call.until(lambda: bool(call.starts))  # the agent has started its long answer
        await asyncio.sleep(1.0)
        await call.line.play(caller("Sorry, I meant on Sunday."))
        await call.until(lambda: len(call.said("user")) == 2 and len(call.starts) == 2)

    first, interrupted_at = call.output.segments[0], call.finished[0]
    assert first.interrupted and interrupted_at.interrupted
    assert 0.5 < interrupted_at.playback_position < first.duration - 2
    assert call.said("assistant")[0].interrupted
    assert audio.wer("Sorry, I meant on Sunday.", call.said("user")[1].text_content) < 0.5
