"""The offline call simulator: a whole phone call without a phone line.

The caller's lines (WAV files, or text spoken by the local Piper voice through a simulated phone
line) are fed in real time into the same AgentSession a phone call gets, with the same VAD, STT,
LLM and TTS; the agent's speech is captured as WAV files; the call is stored in the business's
schema like any other (marked as a test call, so it never counts as revenue).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from asgiref.sync import sync_to_async
from django.core.files.base import ContentFile
from django.utils import timezone
from django_tenants.utils import schema_context
from livekit.agents.utils import http_context

from agent_worker.greetings import greeting_render
from agent_worker.phrases import phrases_refresh
from agent_worker.session import finish_call, refuse_call, start_call
from calls.models import Call, Turn
from receptionist.errors import ApplicationError
from tenants.models import PhoneNumber, Tenant
from tenants.router import MultiTenantRouter, RouteDecision
from voice.audio_io import (
    PacedAudioInput,
    PlayedUtterance,
    RealtimeCaptureAudioOutput,
    Utterance,
    wav_bytes,
    write_wav,
)
from voice.factory import VoiceAssistantFactory
from voice.phone_line import PHONE_RATE, phone_line, piper_speech

DEFAULT_CALLER = "+14155550123"
STORED_TIME_SLACK = 0.001  # seconds: a turn's stored start against its audio's float time


def spoken_caller(text: str, voice: str = "") -> Utterance:
    """`text` as it sounds after a trip through the phone network, said by `voice`: a shipped
    Kokoro voice reading English ("kokoro:jm_kumo", optionally ":<speed>"), or the Piper voice
    at another pace ("piper:1.15", its length_scale: above 1 slower); none, Piper at its own
    pace. Callers in a voice other than the receptionist's test whisper on unfamiliar voices."""
    engine, _, option = voice.partition(":")
    if not engine or engine == "piper":
        audio, rate = piper_speech(text, length_scale=float(option) if option else None)
    elif engine == "kokoro":
        from voice import assets

        name, _, speed = option.partition(":")
        audio, rate = assets.load_kokoro().create(text, voice=name, speed=float(speed or 1.0),
                                                  lang="en-us")
    else:
        raise ValueError(f"unknown caller voice {voice!r}: kokoro:<voice> or piper:<scale>")
    line = phone_line(np.asarray(audio, dtype=np.float32), rate)
    pcm = (np.clip(line, -1, 1) * 32767).astype(np.int16).tobytes()
    return Utterance(pcm=pcm, sample_rate=PHONE_RATE, text=text)


@dataclass
class TurnReport:
    caller: str
    agent: str
    heard_latency_ms: float | None  # end of caller speech -> first agent audio, as heard
    end_of_turn_ms: float | None
    stt_ms: float | None
    llm_ms: float | None
    tts_ms: float | None
    provider: str
    bridged: bool = False  # the model was slow: a bridge phrase was heard first
    gave_up: bool = False  # the model had not started by the limit: the default was heard
    answer_ms: float | None = None  # end of caller speech -> the answer's own first words


@dataclass
class SimulationResult:
    decision: RouteDecision
    call_pk: int | None = None
    outcome: str = ""
    turns: list[TurnReport] = field(default_factory=list)
    agent_wavs: list[Path] = field(default_factory=list)
    greeting_ms: float | None = None  # connected -> first greeting audio
    played: list[PlayedUtterance] = field(default_factory=list)  # the caller's lines, as said
    agent_starts: list[float] = field(default_factory=list)  # when each agent segment began
    phrases_rendered: int | None = None  # fixed sentences rendered before the call, if stale


def _route(schema: str, caller: str) -> RouteDecision:
    tenant = Tenant.objects.filter(schema_name=schema).first()
    if tenant is None:
        raise ApplicationError(f"no business with schema {schema!r}")
    number = PhoneNumber.objects.filter(tenant=tenant).values_list("e164", flat=True).first()
    if number is None:
        raise ApplicationError(f"{schema} has no phone number to call; assign one first")
    return MultiTenantRouter().route_call(number, caller)


async def _reply_after(output: RealtimeCaptureAudioOutput, session: Any, after: float) -> None:
    """Wait until the agent has answered (audio started after `after`) and is listening again."""
    changed = asyncio.Event()

    def on_state(_event: Any) -> None:
        changed.set()

    session.on("agent_state_changed", on_state)
    try:
        while not (any(s.started_at >= after for s in output.segments)
                   and session.agent_state == "listening"):
            changed.clear()
            await changed.wait()
    finally:
        session.off("agent_state_changed", on_state)


async def _unless_hung_up(step: Any, closed: asyncio.Event) -> Any:
    """`step`'s result, or None once the session has closed (the agent hung up or gave up)."""
    task = asyncio.ensure_future(step)
    hung_up = asyncio.ensure_future(closed.wait())
    try:
        await asyncio.wait({task, hung_up}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        hung_up.cancel()
    if task.done():
        return task.result()
    task.cancel()
    return None


# A caller who listens: given what the receptionist last said, the next line (None: hang up).
Listener = Callable[[str], "Utterance | None"]


async def simulate_call(*, schema: str, utterances: list[Utterance] | Listener, out_dir: Path,
                        caller: str = DEFAULT_CALLER, reply_timeout: float = 30.0,
                        factory: VoiceAssistantFactory | None = None,
                        session_options: dict[str, Any] | None = None,
                        clock: Callable[[], datetime] | None = None,
                        render_ahead: bool = False) -> SimulationResult:
    """`utterances`: the caller's lines in order, or a caller who answers what it hears (called
    with the receptionist's last line before each of its own). `clock` pins the call's "now"
    (the scenario suite's fixed Tuesday morning).
    `render_ahead` first renders the business's greeting and fixed replies where missing or
    stale, as a deployed worker has them (agent_worker/greetings.py, agent_worker/phrases.py)."""
    # cloud plugins take their HTTP session from a LiveKit job; a simulated call opens its own
    async with http_context.open():
        return await _simulate(schema=schema, utterances=utterances, out_dir=out_dir,
                               caller=caller, reply_timeout=reply_timeout, factory=factory,
                               session_options=session_options, clock=clock,
                               render_ahead=render_ahead)


async def _simulate(*, schema: str, utterances: list[Utterance] | Listener, out_dir: Path,
                    caller: str,
                    reply_timeout: float, factory: VoiceAssistantFactory | None,
                    session_options: dict[str, Any] | None,
                    clock: Callable[[], datetime] | None = None,
                    render_ahead: bool = False) -> SimulationResult:
    decision = await sync_to_async(_route)(schema, caller)
    caller_line = PacedAudioInput()
    output = RealtimeCaptureAudioOutput()

    def configure(session: Any) -> None:
        session.input.audio = caller_line
        session.output.audio = output

    factory = factory or VoiceAssistantFactory()
    if not decision.accepted:
        await refuse_call(decision, tts=factory.create_tts(decision.config.voice) if decision.config
                          else factory.default_tts(), configure_io=configure)
        return SimulationResult(decision=decision, outcome=Call.Outcome.REJECTED,
                                agent_wavs=_write(output, out_dir))
    rendered = None
    if render_ahead:
        await greeting_render(decision.config, factory=factory)
        rendered = await phrases_refresh(decision.config, factory=factory)
    connected = time.time()
    handle = await start_call(decision.config, caller_number=decision.caller_number,
                              dialled_number=decision.dialled_number, configure_io=configure,
                              factory=factory, room_name="simulator", is_test=True,
                              session_options=session_options, clock=clock or timezone.now)
    await _unless_hung_up(handle.greeting.wait_for_playout(), handle.closed)
    greeting_ms = (output.segments[0].started_at - connected) * 1000 if output.segments else None
    played = []
    try:
        for utterance in _lines(utterances, handle.session):
            done = await _unless_hung_up(caller_line.play(utterance), handle.closed)
            if done is None:
                break  # the receptionist ended the call: the caller's remaining lines go unsaid
            played.append(done)
            try:
                async with asyncio.timeout(reply_timeout):
                    await _unless_hung_up(
                        _reply_after(output, handle.session, done.speech_ended_at), handle.closed)
            except TimeoutError:
                pass  # no answer in time: the next line goes ahead, as a caller would
    finally:
        caller_line.close()
        try:
            agent = handle.session.current_agent
        except RuntimeError:  # the session never started its agent
            agent = None
        open_turns = [t for t in getattr(agent, "open_turns", [])
                      if t.words_at is not None or t.gave_up_at is not None]
        await handle.session.aclose()
        call = await finish_call(handle)
    starts = [s.started_at for s in output.segments]
    stored = await sync_to_async(_turns_with_audio)(decision.config.client_id, handle.call_pk,
                                                    output)
    reports = []
    spoken = [t for t in stored if t.user_text]
    for i, turn in enumerate(spoken):
        heard = played[i].latency_to(starts) if i < len(played) else None
        timing = next((t for t in reversed(open_turns) if t.line == turn.user_text), None)
        answer = heard
        if heard is not None and timing is not None and timing.bridge_at is not None:
            # the bridge was heard first; the answer's words came this much later
            answer = heard + ((timing.words_at or timing.gave_up_at or timing.bridge_at)
                              - timing.bridge_at)
        reports.append(TurnReport(
            caller=turn.user_text, agent=turn.agent_text,
            heard_latency_ms=heard * 1000 if heard is not None else None,
            end_of_turn_ms=turn.end_of_turn_ms, stt_ms=turn.stt_latency_ms,
            llm_ms=turn.llm_latency_ms, tts_ms=turn.tts_latency_ms,
            provider=turn.llm_provider,
            bridged=timing is not None and timing.bridge_at is not None,
            gave_up=timing is not None and timing.gave_up_at is not None,
            answer_ms=answer * 1000 if answer is not None else None))
    # files are written off the loop: other calls of the process are still talking
    wavs = await asyncio.to_thread(_write, output, out_dir)
    return SimulationResult(decision=decision, call_pk=handle.call_pk, outcome=call.outcome,
                            turns=reports, agent_wavs=wavs,
                            greeting_ms=greeting_ms, played=played, agent_starts=starts,
                            phrases_rendered=rendered)


def _lines(utterances: list[Utterance] | Listener, session: Any) -> Iterator[Utterance]:
    """The caller's lines: the list, or the listening caller's answer to the last thing said."""
    if not callable(utterances):
        yield from utterances
        return
    while (line := utterances(_last_said(session))) is not None:
        yield line


def _last_said(session: Any) -> str:
    for item in reversed(session.history.items):
        if getattr(item, "type", None) == "message" and item.role == "assistant":
            return item.text_content or ""
    return ""


def _turns_with_audio(schema: str, call_pk: int, output: RealtimeCaptureAudioOutput
                      ) -> list[Turn]:
    """The call's turns, each reply's audio stored with it so the call page can play it back."""
    segments = [s for s in output.segments if s.frames]
    with schema_context(schema):
        turns = list(Turn.objects.filter(call_id=call_pk).order_by("index"))
        for turn in turns:
            if not turn.agent_text or turn.agent_audio:
                continue
            # a reply-only turn (the greeting) starts when its audio did; stored to the
            # microsecond, that time can come back a fraction of a microsecond late
            after = turn.started_at.timestamp() - STORED_TIME_SLACK
            segment = next((s for s in segments if s.started_at >= after), None)
            if segment is None:
                continue
            segments.remove(segment)
            turn.agent_audio.save(f"{turn.call.call_id}-{turn.index:03d}.wav",
                                  ContentFile(wav_bytes(segment.pcm(), segment.sample_rate)),
                                  save=True)
        return turns


def _write(output: RealtimeCaptureAudioOutput, out_dir: Path) -> list[Path]:
    paths = []
    for i, segment in enumerate(output.segments, start=1):
        if segment.frames:
            path = out_dir / f"agent_{i:02d}.wav"
            write_wav(path, segment.pcm(), segment.sample_rate)
            paths.append(path)
    return paths
