"""One call, from pickup to hang-up, on any audio I/O: a LiveKit room (the worker), or the
simulator's and tests' own inputs and outputs.

`run_call` records the call in the business's schema as it goes: the Call row at pickup, one
Turn row per exchange as soon as it completes (with LiveKit's per-message latencies and the
LLM route's provider, tokens and cost), and the outcome when the session closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from django.utils import timezone
from django_tenants.utils import schema_context
from livekit.agents import AgentSession
from livekit.agents.voice import room_io

from agent_worker.agent import CallState, Receptionist, current_speech_id
from agent_worker.db import call_db
from agent_worker.greetings import greeting_frames
from agent_worker.phrases import phrase_book
from agent_worker.turn_taking import PhoneTurnDetector
from calls.analytics_service import TurnMetrics, call_end, call_start, call_turn_record
from calls.models import Call
from frontdesk.call_config import CallConfig
from tenants.router import RouteDecision
from voice.audio_io import INPUT_FRAME_MS, INPUT_RATE
from voice.base import VoicePipeline
from voice.error_handler import install_graceful_degradation
from voice.factory import VoiceAssistantFactory
from voice.registry import provider_key
from voice.routing import LLMRouter, TurnRoute

logger = logging.getLogger(__name__)

# Phone-line turn taking (shared/notes/voice-latency.md, BENCHMARKS.md): the VAD finds the end of
# speech (0.3 s of silence; less splits callers) and the words decide how long to wait after it:
# none for a question, a goodbye or a yes/no (`min_delay` is the VAD's own silence), 0.65 s more
# for a plain statement, `max_delay` when the caller stopped inside a phone number, on a filler
# or a dangling word (agent_worker/turn_taking.py). The audio end-of-turn model judged spoken
# phone numbers unfinished and waited 3 s. Interruptions by voice activity.
PHONE_ENDPOINTING = {"min_delay": 0.3, "max_delay": 2.0}
# A room feeds the session the caller's audio as the simulator does (voice.audio_io.INPUT_RATE).
PHONE_ROOM_OPTIONS = room_io.RoomOptions(
    audio_input=room_io.AudioInputOptions(sample_rate=INPUT_RATE, frame_size_ms=INPUT_FRAME_MS))
SILENCE_TIMEOUT = 8.0  # seconds of a quiet line before "Are you still there?"


def phone_turn_handling() -> dict[str, Any]:
    return {
        "turn_detection": PhoneTurnDetector(),
        "endpointing": dict(PHONE_ENDPOINTING),
        "interruption": {"enabled": True, "mode": "vad"},
        # the reply is spoken ahead too, so a statement's wait hides the voice's first audio
        "preemptive_generation": {"enabled": True, "preemptive_tts": True},
    }


def _ms(value: float | None) -> float | None:
    return None if value is None else value * 1000


def _paid_for(route: TurnRoute, others: list[TurnRoute]) -> TurnRoute:
    """`route`, carrying the tokens and cost of `others` too (drafts paid for but not heard)."""
    return replace(route,
                   prompt_tokens=route.prompt_tokens + sum(r.prompt_tokens for r in others),
                   completion_tokens=route.completion_tokens + sum(r.completion_tokens
                                                                   for r in others),
                   cost_usd=route.cost_usd + sum(r.cost_usd for r in others))


@dataclass
class _Draft:
    turn: int  # the caller line it answers (1 for the first)
    route: TurnRoute


@dataclass
class CallRecorder:
    """Pairs each caller message with the reply and stores the exchange at once.

    Whatever decides a reply (the flow, a model) reports its route here itself (`report`),
    keyed by the LiveKit speech the reply belongs to. LiveKit may draft a reply before the
    caller has finished (preemptive generation) and throw the draft away; the exchange stored is
    credited to the reply that was heard, found by its speech, and carries the cost of every
    draft of its turn (a discarded cloud draft was paid for too).
    """

    schema: str
    call_pk: int
    pending_user: Any | None = None
    drafts: dict[str, _Draft] = field(default_factory=dict)  # by speech id, until heard
    last_stt: str = ""  # the provider that transcribed / spoke last, from LiveKit's metrics
    last_tts: str = ""
    tasks: list[asyncio.Task] = field(default_factory=list)
    # the call's turns are written one after another, in the order they happened: the database
    # threads are shared by every call, and a turn's index is the count of those before it
    _writing: asyncio.Lock = field(default_factory=asyncio.Lock)

    def attach(self, session: AgentSession, *, stt: Any = None, tts: Any = None) -> None:
        session.on("conversation_item_added", self._on_item)
        for provider in (stt, tts):  # each chain re-emits the metrics of whichever provider ran
            if provider is not None:
                provider.on("metrics_collected", self._on_metrics)

    def report(self, speech_id: str | None, turn: int, route: TurnRoute) -> None:
        """A flow or a model decided a reply for caller line `turn`, as part of LiveKit speech
        `speech_id`. A draft that called a tool and then answered reports twice: both count."""
        if speech_id is None:
            return
        earlier = self.drafts.get(speech_id)
        if earlier is not None:
            route = _paid_for(route, [earlier.route])
        self.drafts[speech_id] = _Draft(turn=turn, route=route)

    def _on_metrics(self, metrics: Any) -> None:
        kind = {"stt_metrics": "stt", "tts_metrics": "tts"}.get(getattr(metrics, "type", ""))
        if kind is None:
            return
        key = provider_key(kind, getattr(metrics, "label", "")) or getattr(
            getattr(metrics, "metadata", None), "model_provider", None) or ""
        if kind == "stt":
            self.last_stt = key
        else:
            self.last_tts = key

    def _route_heard(self, speech_id: str | None) -> TurnRoute | None:
        """The route of the reply that was heard, with the cost of its turn's other drafts;
        drafts of later caller lines (already under way) stay for their own turn."""
        heard = self.drafts.pop(speech_id, None) if speech_id is not None else None
        if heard is None:
            return None  # a line nobody decided: the greeting, a fixed prompt, a refusal
        others = [sid for sid, d in self.drafts.items() if d.turn <= heard.turn]
        return _paid_for(heard.route, [self.drafts.pop(sid).route for sid in others])

    def _on_item(self, event: Any) -> None:
        item = event.item
        if getattr(item, "type", None) != "message" or item.role not in ("user", "assistant"):
            return
        if item.role == "user":
            if self.pending_user is not None:  # two caller lines in a row: store the first
                self._store(self.pending_user, None)
            self.pending_user = item
            return
        # emitted inside the reply's own LiveKit speech: its id names the draft that was heard
        self._store(self.pending_user, item, route=self._route_heard(current_speech_id()))
        self.pending_user = None

    def _store(self, user: Any | None, agent: Any | None, *,
               route: TurnRoute | None = None) -> None:
        u = dict(user.metrics) if user is not None else {}
        a = dict(agent.metrics) if agent is not None else {}
        agent_text = (agent.text_content or "").strip() if agent is not None else ""
        metrics = TurnMetrics(
            end_of_turn_ms=_ms(u.get("end_of_turn_delay")),
            stt_ms=_ms(u.get("transcription_delay")),
            llm_ms=_ms(a.get("llm_node_ttft")),
            tts_ms=_ms(a.get("tts_node_ttfb")),
            total_ms=_ms(a.get("e2e_latency")),
            llm_provider=route.provider if route else "",
            stt_provider=self.last_stt if user is not None and u else "",
            tts_provider=self.last_tts if agent is not None else "",
            complexity=route.complexity.value if route else "",
            prompt_tokens=route.prompt_tokens if route else 0,
            completion_tokens=route.completion_tokens if route else 0,
            cost_usd=route.cost_usd if route else 0.0,
            interrupted=bool(getattr(agent, "interrupted", False)),
        )
        user_text = (user.text_content or "").strip() if user is not None else ""
        started = datetime.fromtimestamp(user.created_at if user is not None else agent.created_at,
                                         tz=timezone.get_current_timezone())
        self.tasks.append(asyncio.ensure_future(self._write(user_text, agent_text, started,
                                                            metrics)))

    async def _write(self, user_text: str, agent_text: str, started: datetime,
                     metrics: TurnMetrics) -> None:
        def write() -> None:
            with schema_context(self.schema):
                call_turn_record(call=Call.objects.get(pk=self.call_pk), user_text=user_text,
                                 agent_text=agent_text, started_at=started, metrics=metrics)
        try:
            async with self._writing:
                await call_db(write)()
        except Exception:  # a lost turn must not end the call
            logger.exception("could not store a turn of call %s", self.call_pk)

    async def written(self) -> None:
        """Return once every exchange stored so far is in the database."""
        if self.tasks:
            await asyncio.gather(*list(self.tasks))

    async def flush(self) -> None:
        if self.pending_user is not None:
            self._store(self.pending_user, None)
            self.pending_user = None
        await self.written()
        self.tasks.clear()


def _install_silence_handling(session: AgentSession, agent: Receptionist) -> None:
    """A caller silent for `user_away_timeout` hears "Are you still there?", then a goodbye."""
    running: list[asyncio.Task] = []

    def on_user_state(event: Any) -> None:
        if event.new_state != "away" or any(not t.done() for t in running):
            return
        running[:] = [asyncio.ensure_future(agent.on_caller_away())]

    session.on("user_state_changed", on_user_state)


def build_session(pipeline: VoicePipeline, state: CallState, **overrides: Any
                  ) -> AgentSession[CallState]:
    turn_handling = overrides.pop("turn_handling", None) or phone_turn_handling()
    session = AgentSession[CallState](
        stt=pipeline.stt, llm=pipeline.llm, tts=pipeline.tts, vad=pipeline.vad,
        userdata=state, turn_handling=turn_handling,
        user_away_timeout=overrides.pop("user_away_timeout", SILENCE_TIMEOUT),
        # our degradation handler ends the call on the first exhausted chain, after a goodbye
        conn_options=replace(pipeline.conn_options, max_unrecoverable_errors=1000),
        **overrides,
    )
    detector = turn_handling.get("turn_detection")
    if isinstance(detector, PhoneTurnDetector):
        detector.transcribing = pipeline.transcribing
        detector.attach(session)
    return session


@dataclass
class CallHandle:
    call_pk: int
    state: CallState
    session: AgentSession
    recorder: CallRecorder
    closed: asyncio.Event
    greeting: Any  # the SpeechHandle of the greeting; a caller may talk over it


async def start_call(
    config: CallConfig, *, caller_number: str = "", dialled_number: str = "",
    room: Any | None = None, configure_io: Callable[[AgentSession], None] | None = None,
    transfer: Callable[[str], Awaitable[None]] | None = None,
    hang_up: Callable[[], Awaitable[None]] | None = None,
    factory: VoiceAssistantFactory | None = None, pipeline: VoicePipeline | None = None,
    vad: Any | None = None, clock: Callable[[], datetime] = timezone.now,
    room_name: str = "", sip_call_id: str = "", is_test: bool = False,
    session_options: dict[str, Any] | None = None,
) -> CallHandle:
    """Answer: store the call, start the session, play the pre-rendered greeting."""

    def begin() -> int:
        with schema_context(config.client_id):
            return call_start(client_id=config.client_id, caller_number=caller_number,
                              dialled_number=dialled_number, room_name=room_name,
                              sip_call_id=sip_call_id, is_test=is_test,
                              started_at=clock()).pk

    call_pk = await call_db(begin)()
    session: AgentSession | None = None
    try:
        pipeline = pipeline or (factory or VoiceAssistantFactory()).create_assistant(
            config.voice, vad=vad, phrases=phrase_book(config))
        closed = asyncio.Event()
        state = CallState(config=config, call_pk=call_pk, caller_number=caller_number, clock=clock,
                          transfer=transfer, hang_up=hang_up)
        session = build_session(pipeline, state, **(session_options or {}))
        if configure_io is not None:
            configure_io(session)
        recorder = CallRecorder(schema=config.client_id, call_pk=call_pk)
        recorder.attach(session, stt=pipeline.stt, tts=pipeline.tts)
        state.report_turn = recorder.report

        async def goodbye_then_hang_up(_reason: str) -> None:
            if hang_up is not None:
                await hang_up()
            await session.aclose()

        install_graceful_degradation(session, on_goodbye=goodbye_then_hang_up)
        session.on("close", lambda _ev: closed.set())
        start_kwargs: dict[str, Any] = {"record": False}
        if room is not None:
            start_kwargs.update(room=room, room_options=PHONE_ROOM_OPTIONS)
        agent = Receptionist(config, now=clock())
        _install_silence_handling(session, agent)
        await session.start(agent, **start_kwargs)
        greeting = session.say(config.greeting, audio=greeting_frames(config),
                               allow_interruptions=True)
        if isinstance(pipeline.llm, LLMRouter):  # warm the prompt while the greeting plays
            pipeline.llm.use_local_prompt(agent.local_instructions)
            warming = asyncio.ensure_future(pipeline.llm.warm(agent.instructions))
            # a warm still waiting for the model when the call ends would only take CPU and a
            # worker thread from the calls still talking (voice/llm/llama_cpp.py)
            session.on("close", lambda _ev: warming.cancel())
        return CallHandle(call_pk=call_pk, state=state, session=session, recorder=recorder,
                          closed=closed, greeting=greeting)
    except BaseException:
        # the call row exists: a start that fails (a provider that cannot load, a session that
        # cannot start, a cancelled task) must not leave it "in progress" forever; it failed
        if session is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(session.aclose())
        await asyncio.shield(_close_failed_start(config, call_pk, clock))
        raise


async def _close_failed_start(config: CallConfig, call_pk: int,
                              clock: Callable[[], datetime]) -> None:
    def close() -> None:
        with schema_context(config.client_id):
            call = Call.objects.get(pk=call_pk)
            if call.status == Call.Status.IN_PROGRESS:
                call_end(call=call, outcome=Call.Outcome.FAILED, config=config,
                         ended_at=clock())
    try:
        await call_db(close)()
    except Exception:
        logger.exception("could not close call %s after its start failed", call_pk)


async def finish_call(handle: CallHandle, *, outcome: str | None = None) -> Call:
    """Store the last turns and close the call with its outcome and analytics."""
    await handle.recorder.flush()
    config = handle.state.config

    def end() -> Call:
        with schema_context(config.client_id):
            call = Call.objects.get(pk=handle.call_pk)
            if call.status != Call.Status.IN_PROGRESS:
                return call
            handle.state.finish()
            return call_end(call=call, outcome=outcome or handle.state.outcome, config=config,
                            ended_at=handle.state.clock())
    return await call_db(end)()


async def refuse_call(decision: RouteDecision, *, tts: Any,
                      configure_io: Callable[[AgentSession], None] | None = None,
                      room: Any | None = None) -> None:
    """Speak the router's polite refusal, then return so the caller can be hung up on."""
    from livekit.agents import Agent

    session = AgentSession(tts=tts)
    if configure_io is not None:
        configure_io(session)
    start_kwargs: dict[str, Any] = {"record": False}
    if room is not None:
        start_kwargs["room"] = room
    await session.start(Agent(instructions="Say only what you are given."), **start_kwargs)
    try:
        await session.say(decision.message, allow_interruptions=False).wait_for_playout()
    finally:
        await session.aclose()
    if decision.config is not None:  # a known business: the refusal is one of its calls too
        config = decision.config

        def record() -> None:
            with schema_context(config.client_id):
                call = call_start(client_id=config.client_id, caller_number=decision
                                  .caller_number, dialled_number=decision.dialled_number)
                call_end(call=call, outcome=Call.Outcome.REJECTED, config=config)
        await call_db(record)()
