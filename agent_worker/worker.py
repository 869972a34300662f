"""The LiveKit agent worker: one `AgentServer` per machine, reached only by explicit dispatch.

LiveKit starts a job (one phone call) in a process of this server's pool when a SIP dispatch
rule names our `agent_name`. Every process of the pool is forked from a bare forkserver, so it
has neither Django nor the local models: `prewarm` sets both up once per process, before it is
offered a call, so the caller's ring time does not pay for them.

The entrypoint is registered as `run_entrypoint` bound to a dotted path, not as the function
itself: a job process unpickles its entrypoint before `prewarm` runs, and the receptionist's
entrypoint imports models, which fails with `AppRegistryNotReady` in a process whose Django is
not set up yet. `run_entrypoint` lives in this model-free module and imports the real one at
call time.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string
from livekit.agents import AgentServer, JobContext, JobProcess

from receptionist.errors import ApplicationError
from voice.vad import load_vad

logger = logging.getLogger(__name__)

ENTRYPOINT = "agent_worker.entrypoint.entrypoint"
DEFAULT_HEALTH_PORT = 8081
# LiveKit's own default: a call that is still talking when we are asked to stop may finish.
DEFAULT_DRAIN_TIMEOUT = 3600
# Above this share of the CPU the worker tells LiveKit it is full (LiveKit's production value).
DEFAULT_LOAD_THRESHOLD = 0.7
# Several processes warming whisper and a voice at once on two cores take longer than
# LiveKit's 10 s default; a process that misses it is killed and started again, forever.
INITIALIZE_PROCESS_TIMEOUT = 60.0
LIVEKIT_SETTINGS = ("LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET")

Entrypoint = Callable[[JobContext], Awaitable[None]]


@dataclass(frozen=True)
class LiveKitCredentials:
    url: str
    api_key: str
    api_secret: str


def livekit_credentials() -> LiveKitCredentials:
    """The server the worker registers with, or an error naming every missing setting at once,
    so an operator fixes the environment in one go."""
    missing = [name for name in LIVEKIT_SETTINGS if not getattr(settings, name, "")]
    if missing:
        raise ApplicationError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: the agent "
            "worker needs the LiveKit server's URL and an API key pair (see .env.example)"
        )
    return LiveKitCredentials(
        url=settings.LIVEKIT_URL,
        api_key=settings.LIVEKIT_API_KEY,
        api_secret=settings.LIVEKIT_API_SECRET,
    )


def health_port_default() -> int:
    return int(getattr(settings, "LIVEKIT_WORKER_PORT", DEFAULT_HEALTH_PORT))


def django_ready() -> None:
    """Set Django up in a fresh job process; a no-op where it already is (manage.py, tests)."""
    from django.apps import apps

    if apps.ready:
        return
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
    django.setup()


async def run_entrypoint(ctx: JobContext, dotted: str = ENTRYPOINT) -> None:
    """A job's entrypoint, imported after Django is set up (see the module docstring)."""
    django_ready()
    entrypoint: Entrypoint = import_string(dotted)
    await entrypoint(ctx)


def _warm_intent_model() -> list[str]:
    """The call flow's intent model (flows/intent_model.py): loaded and run once, so a call's
    first line does not pay for it."""
    from agent_worker.flows.intent_model import intent_model

    try:
        intent_model().warm()
    except Exception:
        logger.exception("the intent model could not be warmed")
        return []
    return ["intent-model"]


def prewarm(proc: JobProcess) -> None:
    """Once per job process: Django, the Silero VAD (shared through ``proc.userdata["vad"]``)
    and the local models the factory will ask for.

    The local models are warmed with one tiny inference each, since their first real inference
    is several times slower than the next. A model that fails to warm is logged, not raised:
    raising would make LiveKit kill and restart the process in a loop, while a call can still
    fail over to another provider.
    """
    if "vad" in proc.userdata:
        return
    started = time.perf_counter()
    django_ready()
    proc.userdata["vad"] = load_vad()
    warmed = ["silero-vad"] + _warm_intent_model() + asyncio.run(_warm_local_models())
    proc.userdata["warmed"] = warmed
    settle_heap()
    logger.info(
        "prewarmed job process %s in %.1f s: %s",
        proc.pid,
        time.perf_counter() - started,
        ", ".join(warmed),
    )


def settle_heap() -> None:
    """Put everything loaded so far (Django, LiveKit, the local models) out of the garbage
    collector's reach, once a process is warm and before it takes calls.

    A full collection walks every tracked object. With the frameworks and models loaded that
    took 0.2 s on this CPU, during which every call in the process stood still: a caller hears
    it as a late answer (measured: lag spikes of 0.2 s at 35 simultaneous calls, gone after).
    Objects created later, by the calls, are collected as usual.
    """
    gc.collect()
    gc.freeze()


async def _warm_local_models() -> list[str]:
    from voice.factory import VoiceAssistantFactory

    # Built by the factory with the same options as on a call, so that the models loaded here
    # are the very instances (per-process cache keyed by options) the calls get.
    factory = VoiceAssistantFactory()
    builders = {
        "whisper": lambda: factory.get_stt_provider("whisper"),
        factory.s.LOCAL_TTS: lambda: factory.get_tts_provider(factory.s.LOCAL_TTS),
    }
    if "llama_cpp" in factory.local_llm_keys():
        # the local model's shared prompt start, evaluated once here and kept as a snapshot,
        # so no call's open turn evaluates it (agent_worker/open_turns.py)
        builders["llama_cpp"] = lambda: factory.get_llm_provider(
            "llama_cpp", temperature=factory.s.LLM_LOCAL_TEMPERATURE)
    warmed = []
    for key, build in builders.items():
        try:
            provider = build()
            if key == "llama_cpp":
                from agent_worker.open_turns import SHARED_RULES

                await provider.warm(SHARED_RULES)
            else:
                await provider.warm()
        except Exception:
            logger.exception("could not warm local model %s; its calls will fall back past it",
                             key)
        else:
            warmed.append(provider.model)
    return warmed


def prepare_models(*, progress: Callable[[str], None] = logger.info) -> None:
    """Assemble the local model files once, in the main process, before the pool starts.

    A cold cache means hashing hundreds of megabytes; done by each job process inside its
    initialisation timeout, that would get the processes killed and restarted.
    """
    from voice import assets

    whisper_model = settings.WHISPER_MODEL
    cache_dir = settings.MODEL_CACHE_DIR
    language_id = settings.WHISPER_LANGUAGE_ID_MODEL
    checking = f" (+ {language_id} for language id)" if language_id else ""
    progress(f"Checking local models in {cache_dir}: whisper {whisper_model}{checking}, "
             f"{settings.LOCAL_TTS}")
    assets.whisper_model_dir(whisper_model, cache_dir=cache_dir)
    if language_id:
        assets.whisper_model_dir(language_id, cache_dir=cache_dir)
    if settings.LOCAL_TTS == "kokoro":
        assets.kokoro_paths(cache_dir=cache_dir)
    else:
        assets.piper_joe_paths(cache_dir=cache_dir)


def build_server(
    *,
    entrypoint: Entrypoint | str = ENTRYPOINT,
    agent_name: str | None = None,
    credentials: LiveKitCredentials | None = None,
    health_port: int | None = None,
    idle_processes: int | None = None,
    drain_timeout: int = DEFAULT_DRAIN_TIMEOUT,
    load_threshold: float = DEFAULT_LOAD_THRESHOLD,
    prometheus_port: int | None = None,
) -> AgentServer:
    """The receptionist's `AgentServer`, configured from settings unless told otherwise.

    ``entrypoint`` is a dotted path (imported once here, so a broken entrypoint stops the
    worker at start rather than failing every call) or a module-level coroutine function that is
    safe to unpickle before Django is set up. ``idle_processes=None`` keeps LiveKit's default
    of one warm process per core.
    """
    credentials = credentials or livekit_credentials()
    if isinstance(entrypoint, str):
        import_string(entrypoint)
        job_entrypoint: Entrypoint = functools.partial(run_entrypoint, dotted=entrypoint)
    else:
        job_entrypoint = entrypoint
    options: dict[str, Any] = {}
    if idle_processes is not None:
        options["num_idle_processes"] = idle_processes
    server = AgentServer(
        ws_url=credentials.url,
        api_key=credentials.api_key,
        api_secret=credentials.api_secret,
        port=health_port_default() if health_port is None else health_port,
        drain_timeout=drain_timeout,
        load_threshold=load_threshold,
        initialize_process_timeout=INITIALIZE_PROCESS_TIMEOUT,
        setup_fnc=prewarm,
        prometheus_port=prometheus_port,
        **options,
    )
    server.rtc_session(job_entrypoint, agent_name=agent_name or settings.LIVEKIT_AGENT_NAME)
    return server


async def serve(
    server: AgentServer,
    *,
    on_started: Callable[[AgentServer], None] | None = None,
    stop_signals: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM),
) -> None:
    """Run until SIGTERM/SIGINT, then drain (calls in progress finish, no new ones are taken, up
    to the server's drain timeout) and close. A second signal cuts the drain short.

    Raises what stopped the server when it stopped by itself (LiveKit unreachable after every
    retry), so the process exits non-zero and a supervisor restarts it.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    drain_task: asyncio.Task[None] | None = None
    cut_short = False

    def on_signal(sig: signal.Signals) -> None:
        nonlocal cut_short
        if not stop.is_set():
            logger.info("received %s: draining worker, no new calls are accepted; %d active",
                        sig.name, len(server.active_jobs))
            stop.set()
        elif drain_task is not None and not drain_task.done():
            logger.warning("received %s again: closing without waiting for active calls",
                           sig.name)
            cut_short = True
            drain_task.cancel()

    if on_started is not None:
        server.on("worker_started", lambda: on_started(server))
    for sig in stop_signals:
        loop.add_signal_handler(sig, on_signal, sig)
    run_task = asyncio.create_task(server.run(devmode=False), name="agent_server_run")
    stop_task = asyncio.create_task(stop.wait(), name="agent_server_stop")
    try:
        await asyncio.wait({run_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
        if run_task.done():
            await server.aclose()
            run_task.result()  # raises why the server stopped
            return
        drain_task = asyncio.create_task(server.drain(), name="agent_server_drain")
        try:
            await drain_task
        except TimeoutError:
            logger.warning("drain timed out with %d call(s) still active; closing anyway",
                           len(server.active_jobs))
        except asyncio.CancelledError:
            if not cut_short:
                raise
        await server.aclose()
        with contextlib.suppress(Exception):
            await run_task
        logger.info("agent worker stopped")
    finally:
        stop_task.cancel()
        for sig in stop_signals:
            loop.remove_signal_handler(sig)
