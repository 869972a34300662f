"""Turn latency on the all-local stack, through the simulator's real-time audio path, and how
many simultaneous calls one worker process carries on cloud-like providers.

Takes: about 4 minutes for `latency` (estimated: its calls are played in real time; the first
run renders the business's phrase book, a minute more), 5.5 to 10 minutes for `concurrency` (it
stops at the first number of calls over budget; 6.5 minutes on 2026-12-03's busy machine), 4
more with `--loaded`; --quick (both parts) about 3.5 minutes.

Plays realistic calls to a dental business, as callers in two voices that are not the
receptionist's own (Kokoro voices speaking English) sound after a phone line: a booking (the
wish, new or not, a day, a slot choice, a name, a number, the yes to the read-back), a message,
questions the phrase book answers and lines only the local model can answer ("open turns"). The
callers answer what the receptionist asks (again, when asked again), so the call goes where
the receptionist takes it. At least a third of the lines are statements, names, numbers and slot
choices. Per turn it reports the time
from the end of the caller's speech to the first agent audio (p50, p95) with its breakdown from
LiveKit's per-message metrics, and for open turns how much of the wait was a bridge phrase and
when the answer's own words came. The process starts as a worker process does (the shared
prompt start evaluated once, agent_worker/worker.py); its first call to the business is counted
(the business's short prompt is evaluated while the greeting plays).

`--loaded` runs the same calls again with one core kept busy by stress-ng (a worker serving
calls is never idle) and reports the same figures with `_loaded` names.

Then it runs rising numbers of simultaneous simulated calls in this one process, each a whole
AgentSession with its own Silero VAD, against local Deepgram, OpenAI and Cartesia servers that
add the real services' latency (bench/cloud_like.py), until the p95 of the heard turn latency
exceeds the single-call p95 by more than 50 ms; `concurrent_calls` is the largest number that
stayed within it with n calls in progress at every moment (steady state), reported with the
resident memory each call added; `concurrent_calls_dialled_at_once` the same when all n calls
are dialled within one second and every turn lands in the same second (stress).

The businesses and rendered greetings live in the database `<database>_bench_turns`
(`receptionist_bench_turns` by default, `_quick` added in quick mode) and are reused. Run:
    .venv/bin/python bench/turn_latency.py [latency|concurrency] [--loaded] [--quick]

--quick plays the first realistic call only (its open turns go to the local model), one call of
paused lines, and one then two simultaneous calls of one caller line each.
"""

from __future__ import annotations

import asyncio
import random
import re
import statistics
import time
from pathlib import Path
from typing import Any

from _common import ROOT, bench_parser, bench_start, django_setup, percentile, quick, result

VOICES = ("kokoro:jm_kumo", "kokoro:jf_alpha")  # callers who are not the receptionist's voice
# (voice, lines, answers). The first call is the business's first after the worker process
# started. A caller says its lines in order but first answers what the receptionist asks
# (answers: a pattern of the receptionist's question and the caller's answer), and says an
# answer again when asked again (the recogniser may have misheard it), as a caller on the phone
# does; with nothing asked and no lines left it says goodbye.
BOOKING_ANSWERS = [
    (r"been (?:to|with) us|been to our|new patient", "No, I'd be a new patient."),
    (r"day and time|what day|when would|which day", "Thursday afternoon would be best."),
    (r"which would you prefer|which (?:one )?works", "The first one works for me."),
    (r"\bname\b", "Maria Lopez."),
    (r"number|reach you", "No, call me on four one five, five five five, zero one two three."),
    (r"shall i|is that right|is that correct|book that", "Yes, that's right."),
]
MESSAGE_ANSWERS = [
    (r"\bname\b", "It's James Carter."),
    (r"number|reach you", "Six five zero, two two two, one nine nine one."),
    (r"what would you like|message to say|what is it about|what's it about",
     "Just that I'd like a price for a crown, please."),
    (r"shall i|pass that on|is that right|is that correct", "Yes, that's correct."),
]
CALLS: list[tuple[int, list[str], list[tuple[str, str]]]] = [
    (0, ["Hi, do you do check-ups for children?",
         "My sister recommended you. How does it work with you?",
         "Okay, thank you. Bye."], []),
    (1, ["Hi, I'd like to book a cleaning, please.", "No, that's all. Thanks, bye."],
     BOOKING_ANSWERS),
    (0, ["Hello, could someone call me back about a quote for a crown?", "That's it, goodbye."],
     MESSAGE_ANSWERS),
    (1, ["Hi, what are your opening hours on Friday?",
         "I'm a bit nervous about the dentist. Is that normal?",
         "Do you take new patients?", "Great, thank you. Goodbye."], []),
    (0, ["Hello, how much is a cleaning for an adult?",
         "My last dentist retired, so I'm looking for someone new.",
         "Alright, that's all, bye."], []),
]
GOODBYE = "Okay, that's all. Bye."
_FAREWELL = re.compile(r"\b(?:goodbye|bye|take care)\W*$", re.IGNORECASE)
ASKED_AGAIN = 2  # the same answer said at most this many times more
NUMBER = "+15105550199"
CLOUD_NUMBER = "+15105550198"
# One short exchange per simulated call in the concurrency run; every call says the same lines,
# so the Deepgram stand-in can answer each connection from the same script.
CONCURRENT_LINES = ["Hi, I'd like to ask about payment plans for braces.",
                    "And would my insurance cover part of that?"]
CLOUD_REPLY = ["We offer", " monthly payment plans", " for braces,", " and I can", " note",
               " your interest."]
LEVELS = [1, 10, 25, 35, 50, 75, 100]
# Caller lines with the pauses people make on the phone: (parts, pause after each part, s).
PAUSED = [
    (["My number is four one five,", "five five five,", "zero one two three."], 0.6),
    (["I'd like to book, um,", "a cleaning for next Tuesday."], 0.7),
    (["I need a cleaning,", "a whitening,", "and a check-up for my son."], 0.5),
    (["My name is", "Maria Lopez."], 0.5),
    (["Could you call me back on", "six five zero,", "two two two,", "one nine nine one?"], 0.55),
    (["So, uh,", "how much is a filling?"], 0.6),
    (["The best time is Thursday", "or maybe Friday morning."], 0.45),
    (["It's for my daughter,", "she's seven,", "and she has a loose tooth."], 0.5),
]
OVERHEAD_BUDGET_MS = 50.0
STEADY_WINDOW_CALLS = 1.5  # turns counted over this many call lengths once every line is busy
STEADY_BASELINE_CALLS = 4  # one line alone: more calls, for enough turns for a p95
ALONE_RUNS = 3  # all dialled at once, one call: three in a row, for enough turns


class _ListeningCaller:
    """A caller who answers the receptionist's question and otherwise says its next line
    (CALLS above). Every line is spoken (and sent through the phone line) before the call, so
    the caller's voice costs the call nothing."""

    MAX_LINES = 14

    def __init__(self, lines: list[str], answers: list[tuple[str, str]], voice: str) -> None:
        from agent_worker.simulator import spoken_caller

        self.lines = list(lines)
        self.answers = [(re.compile(pattern, re.IGNORECASE), text) for pattern, text in answers]
        self.said: dict[str, int] = {}
        self.spoken = {text: spoken_caller(text, voice)
                       for text in {*lines, *(t for _, t in answers), GOODBYE}}

    def __call__(self, heard: str) -> Any:
        if sum(self.said.values()) >= self.MAX_LINES or _FAREWELL.search(heard):
            return None  # the receptionist said goodbye: the caller hangs up too
        question = (re.split(r"(?<=[.!])\s+", heard.strip()) or [""])[-1]
        text = next((t for pattern, t in self.answers
                     if question.endswith("?") and pattern.search(question)
                     and self.said.get(t, 0) <= ASKED_AGAIN), None)
        if text is None:
            if not self.lines and self.said.get(GOODBYE):
                return None
            text = self.lines.pop(0) if self.lines else GOODBYE
        self.said[text] = self.said.get(text, 0) + 1
        return self.spoken[text]


def _quick_plan() -> None:
    """--quick: the same code paths on less, each part about a minute and a half."""
    global CALLS, PAUSED, CONCURRENT_LINES, LEVELS, STEADY_WINDOW_CALLS, STEADY_BASELINE_CALLS
    global ALONE_RUNS
    CALLS, PAUSED, CONCURRENT_LINES = CALLS[:1], PAUSED[:2], CONCURRENT_LINES[:1]
    LEVELS = [1, 2]
    STEADY_WINDOW_CALLS = STEADY_BASELINE_CALLS = ALONE_RUNS = 1


def _business() -> None:
    from django_tenants.utils import schema_context

    from frontdesk.services import receptionist_config_update
    from tenants.models import Tenant
    from tenants.services import tenant_create, tenant_subscription_set

    for schema, number in (("turns_dental", NUMBER), ("turns_cloud", CLOUD_NUMBER)):
        if not Tenant.objects.filter(schema_name=schema).exists():
            email = f"o@{schema.replace('_', '-')}.example"
            tenant = tenant_create(schema_name=schema, business_name="Latency Dental",
                                   profession="dental", owner_email=email, phone_number=number)
            tenant_subscription_set(tenant=tenant, status="active")
    with schema_context("turns_cloud"):  # a business that chose the cloud providers
        receptionist_config_update(stt_provider="deepgram", llm_provider="openai",
                                   voice_provider="cartesia", voice_id="bench-voice")


def _paused_caller(parts: list[str], pause: float) -> Any:
    """One caller line whose parts are separated by `pause` seconds of quiet line."""
    import numpy as np

    from voice.audio_io import Utterance
    from voice.phone_line import PHONE_RATE, phone_line, piper_speech

    pieces = []
    for i, part in enumerate(parts):
        audio, rate = piper_speech(part)
        pieces.append(audio)
        if i < len(parts) - 1:
            pieces.append(np.zeros(int(pause * rate), dtype=np.float32))
    line = phone_line(np.concatenate(pieces), rate, noise_db=-55)
    pcm = (np.clip(line, -1, 1) * 32767).astype(np.int16).tobytes()
    return Utterance(pcm=pcm, sample_rate=PHONE_RATE, text=" ".join(parts))


async def _cutoffs() -> tuple[int, int]:
    """(caller lines cut off, lines played): a line is cut off when the receptionist took it as
    two turns or started speaking before the caller had finished it."""
    from asgiref.sync import sync_to_async
    from django_tenants.utils import schema_context

    from agent_worker.simulator import simulate_call
    from calls.models import Turn

    cut, played = 0, 0
    for i in range(0, len(PAUSED), 2):  # two lines per call, like a caller giving details
        utterances = [_paused_caller(parts, pause) for parts, pause in PAUSED[i:i + 2]]
        simulated = await simulate_call(schema="turns_dental", utterances=utterances,
                                     out_dir=ROOT / ".data" / "bench" / "cutoff")

        def stored(pk: int) -> list[Turn]:
            with schema_context("turns_dental"):
                return [t for t in Turn.objects.filter(call_id=pk).order_by("index")
                        if t.user_text]
        turns = await sync_to_async(stored)(simulated.call_pk)
        agent_starts = simulated.agent_starts
        for j, line in enumerate(simulated.played):
            played += 1
            window_end = (simulated.played[j + 1].started_at if j + 1 < len(simulated.played)
                          else float("inf"))
            heard_as = [t for t in turns
                        if line.started_at <= t.started_at.timestamp() < window_end]
            talked_over = any(line.started_at + 0.3 < t < line.speech_ended_at
                              for t in agent_starts)
            split = len(heard_as) > 1
            if split or talked_over:
                cut += 1
            what = "split" if split else "talked over" if talked_over else "whole"
            print(f"  {what:>11}: {line.utterance.text!r} -> "
                  f"{[t.user_text for t in heard_as]!r}")
    return cut, played


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


Heard = tuple[float, float | None]  # (caller's end of speech, wall clock; latency ms or None)


def _heard(simulated: Any) -> list[Heard]:
    """Each caller line of a simulated call: when its speech ended and how long the caller then
    waited for the receptionist's voice (None: no answer)."""
    out = []
    for line in simulated.played:
        latency = line.latency_to(simulated.agent_starts)
        out.append((line.speech_ended_at, latency * 1000 if latency is not None else None))
    return out


async def _ladder(title: str, level: Any) -> tuple[int, float]:
    """Run `level(n)` for rising n until p95 grows past the budget or a turn goes unanswered;
    (largest n that stayed within it, resident MB each of its calls added)."""
    idle = _rss_mb()
    baseline_p95 = None
    sustained, per_call_mb = 0, float("nan")
    print(f"\n{title}")
    print(f"{'calls':>6} {'turns':>6} {'p50 ms':>8} {'p95 ms':>8} {'overhead':>9} "
          f"{'RSS MB':>8} {'MB/call':>8}")
    for n in LEVELS:
        peak = idle
        stop = asyncio.Event()

        async def sample(stop: asyncio.Event = stop) -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, _rss_mb())
                await asyncio.sleep(0.25)

        sampler = asyncio.ensure_future(sample())
        lines: list[Heard] = await level(n)
        stop.set()
        await sampler
        heard = [ms for _, ms in lines if ms is not None]
        missing = len(lines) - len(heard)
        p95 = percentile(heard, 95) if heard else float("inf")
        if baseline_p95 is None:
            baseline_p95 = p95
        overhead = p95 - baseline_p95
        mb = (peak - idle) / n if n > 1 else float("nan")
        print(f"{n:>6} {len(heard):>6} {percentile(heard, 50):>8.0f} {p95:>8.0f} "
              f"{overhead:>+9.0f} {peak:>8.0f} {mb:>8.1f}"
              + (f"  ({missing} turns unanswered)" if missing else ""), flush=True)
        if overhead > OVERHEAD_BUDGET_MS or missing:
            break
        sustained, per_call_mb = n, mb
    return sustained, per_call_mb


async def _concurrency() -> None:
    """Simultaneous calls on cloud-like providers until p95 grows by more than the budget.

    Steady state (the figure): n phone lines, each busy with one call after another from a
    random moment of the first call's length on, so n calls are in progress at every instant
    and their turns fall where they may; the turns counted are those whose caller stopped
    speaking while every line was busy. Then the stress case: n calls all dialled within one
    second, saying the same lines at the same moments, so every turn of every call lands in
    the same second.
    """
    from asgiref.sync import sync_to_async
    from cloud_like import cloud_like_servers, spoken_span

    from agent_worker.greetings import greeting_render
    from agent_worker.simulator import simulate_call, spoken_caller
    from agent_worker.worker import settle_heap
    from receptionist.celery import app as celery_app
    from tenants.router import MultiTenantRouter
    from voice.factory import VoiceAssistantFactory, VoiceSettings

    # In production the after-call analysis runs in a Celery worker process, not in the agent
    # worker; without a broker it would run inline here and take the CPU the calls are measured on.
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = "memory://"
    utterances = [spoken_caller(text) for text in CONCURRENT_LINES]
    lines = [(u.text, spoken_span(u.pcm, u.sample_rate)) for u in utterances]
    async with cloud_like_servers(lines=lines, reply=CLOUD_REPLY) as overrides:
        factory = VoiceAssistantFactory(VoiceSettings.from_django(**overrides))
        config = await sync_to_async(MultiTenantRouter().get_client_config)("turns_cloud")
        await greeting_render(config, factory=factory)
        out = ROOT / ".data" / "bench" / "concurrent"

        async def call(tag: str) -> Any:
            return await simulate_call(schema="turns_cloud", utterances=utterances,
                                       out_dir=out / tag, factory=factory, reply_timeout=15.0)

        started = time.time()
        await call("warm")  # warm: models, connections, the local fallback's prompt
        call_s = time.time() - started
        settle_heap()  # as a worker process does once warm, before it takes calls

        async def steady(n: int) -> list[Heard]:
            window = call_s * (STEADY_BASELINE_CALLS if n == 1 else STEADY_WINDOW_CALLS)
            opens = time.time() + call_s  # by then every line has dialled its first call
            closes = opens + window

            async def line(i: int) -> list[Heard]:
                await asyncio.sleep(random.uniform(0, call_s))
                heard: list[Heard] = []
                calls = 0
                while time.time() < closes:
                    heard += _heard(await call(f"steady-{n}-{i}-{calls}"))
                    calls += 1
                return heard

            results = await asyncio.gather(*(line(i) for i in range(n)))
            return [h for r in results for h in r if opens <= h[0] <= closes]

        async def all_at_once(n: int) -> list[Heard]:
            async def one(i: int, run: int) -> list[Heard]:
                await asyncio.sleep(random.uniform(0, 1.0))
                return _heard(await call(f"burst-{n}-{i}-{run}"))

            heard: list[Heard] = []
            for run in range(ALONE_RUNS if n == 1 else 1):  # one call alone: too few turns
                results = await asyncio.gather(*(one(i, run) for i in range(n)))
                heard += [h for r in results for h in r]
            return heard

        print(f"\none call lasts {call_s:.0f} s (the greeting, then {len(utterances)} caller "
              "line(s), each answered)")
        sustained, per_call_mb = await _ladder(
            "simultaneous calls, steady state (each line busy with one call after another), "
            "on cloud-like providers (Deepgram, OpenAI, Cartesia stand-ins)", steady)
        burst, _ = await _ladder(
            "simultaneous calls all dialled within one second (stress: every turn in the same "
            "second)", all_at_once)
    result("concurrent_calls", sustained)
    result("memory_per_call_mb", f"{per_call_mb:.1f}")
    result("concurrent_calls_dialled_at_once", burst)


async def _fresh_worker() -> list[str]:
    """This process as a worker process is when it starts: the local model's KV cache and
    saved prompts empty, then the models warmed and the shared prompt start evaluated."""
    from agent_worker.worker import _warm_intent_model, _warm_local_models, settle_heap
    from voice import assets
    from voice.llm.llama_cpp import _engine_for

    engine = _engine_for(assets.load_llama(n_threads=assets.default_llama_threads()))
    engine.saved.clear()
    engine.model.reset()
    warmed = _warm_intent_model() + await _warm_local_models()
    settle_heap()
    return warmed


def _is_open(turn: Any) -> bool:
    """A turn the local model answered (or was asked to and was too slow for)."""
    from voice.routing import FLOW

    return turn.provider != FLOW or turn.bridged or turn.gave_up


async def _calls(suffix: str = "") -> None:
    """The realistic calls, the first of them the business's first in a fresh worker."""
    from agent_worker.simulator import simulate_call

    started = time.perf_counter()
    warmed = await _fresh_worker()
    print(f"worker process warmed in {time.perf_counter() - started:.1f} s: {', '.join(warmed)}")
    heard, open_heard, open_answer, first_call = [], [], [], []
    eot, stt, llm, tts, greetings = [], [], [], [], []
    bridged = gave_up = 0
    for i, (voice, lines, answers) in enumerate(CALLS, start=1):
        utterances = _ListeningCaller(lines, answers, VOICES[voice])
        started = time.perf_counter()
        simulated = await simulate_call(schema="turns_dental", utterances=utterances,
                                     out_dir=ROOT / ".data" / "bench" / "turns")
        print(f"call {i} ({VOICES[voice]}){' (first after the worker started)' if i == 1 else ''}"
              f": {len(simulated.turns)} turns in {time.perf_counter() - started:.0f} s, "
              f"outcome {simulated.outcome}")
        greetings.append(simulated.greeting_ms)
        for t in simulated.turns:
            is_open = _is_open(t)
            mark = ("OPEN, gave up" if t.gave_up else "OPEN, bridged" if t.bridged
                    else "OPEN" if is_open else "flow")
            answer = f" (answer {t.answer_ms:.0f} ms)" if is_open and t.answer_ms else ""
            parts = "/".join(f"{v:.0f}" if v is not None else "-"
                             for v in (t.end_of_turn_ms, t.stt_ms, t.llm_ms, t.tts_ms))
            print(f"  {t.heard_latency_ms or 0:6.0f} ms{answer} [{mark}; eot/stt/llm/tts "
                  f"{parts}] caller: {t.caller!r}")
            print(f"  {'':9} agent: {t.agent!r}")
            if t.heard_latency_ms is None:
                continue
            heard.append(t.heard_latency_ms)
            if i == 1:
                first_call.append(t.heard_latency_ms)
            if is_open:
                open_heard.append(t.heard_latency_ms)
                open_answer.append(t.answer_ms or t.heard_latency_ms)
                bridged += t.bridged
                gave_up += t.gave_up
            for values, v in ((eot, t.end_of_turn_ms), (stt, t.stt_ms), (llm, t.llm_ms),
                              (tts, t.tts_ms)):
                if v is not None:
                    values.append(v)

    def med(values: list[float]) -> float:
        return statistics.median(values) if values else float("nan")

    def p95(values: list[float]) -> float:
        return percentile(values, 95) if values else float("nan")

    print(f"\nturns measured: {len(heard)}, of them open turns (the local model): "
          f"{len(open_heard)}, bridged {bridged}, replaced by the default at the limit {gave_up}")
    print(f"breakdown medians (ms): end of turn {med(eot):.0f}, STT {med(stt):.0f}, "
          f"LLM first token {med(llm):.0f}, TTS first audio {med(tts):.0f}")
    print(f"open turns: first audio median {med(open_heard):.0f} ms (a bridge when slow), the "
          f"answer's own words median {med(open_answer):.0f}, p95 {p95(open_answer):.0f} ms")
    result(f"turn_p50_ms{suffix}", f"{percentile(heard, 50):.0f}")
    result(f"turn_p95_ms{suffix}", f"{p95(heard):.0f}")
    result(f"open_turn_p95_ms{suffix}", f"{p95(open_heard):.0f}")
    result(f"open_turn_answer_p95_ms{suffix}", f"{p95(open_answer):.0f}")
    result(f"open_turn_bridged_share{suffix}", f"{bridged / max(1, len(open_heard)):.2f}")
    result(f"model_turn_share{suffix}", f"{len(open_heard) / max(1, len(heard)):.2f}")
    result(f"turn_first_call_max_ms{suffix}", f"{max(first_call, default=float('nan')):.0f}")
    result(f"greeting_ms{suffix}", f"{med([g for g in greetings if g is not None]):.0f}")


async def _run() -> None:
    from asgiref.sync import sync_to_async

    from agent_worker.greetings import greeting_render
    from agent_worker.phrases import phrases_refresh
    from tenants.router import MultiTenantRouter

    config = await sync_to_async(MultiTenantRouter().get_client_config)("turns_dental")
    await greeting_render(config)  # pre-rendered, as after any settings change
    # the fixed replies in the business's voice, as a worker has them after its first call
    # (agent_worker/phrases.py); rendered once, then reused while the settings stay the same
    rendered = await phrases_refresh(config)
    if rendered is not None:
        print(f"rendered {rendered} fixed sentences in the business's voice")
    await _calls()
    print("\ncaller lines with natural pauses (numbers in groups, fillers, lists):")
    cut, played = await _cutoffs()
    result("cutoff_rate", f"{cut / played:.3f}")


def _loaded_calls() -> None:
    """The calls again, with one core kept busy as a worker serving other calls keeps it."""
    import shutil
    import subprocess

    if not shutil.which("stress-ng"):
        raise SystemExit("--loaded needs stress-ng (apt install stress-ng)")
    print("\nthe same calls with one core kept busy (stress-ng --cpu 1):")
    stress = subprocess.Popen(["stress-ng", "--cpu", "1", "--quiet"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        asyncio.run(_calls("_loaded"))
    finally:
        stress.terminate()
        stress.wait()


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("part", nargs="?", choices=("latency", "concurrency"),
                        help="run this part only (default: both)")
    parser.add_argument("--loaded", action="store_true",
                        help="the latency part's calls again with one core kept busy (stress-ng)")
    args = bench_start(parser)
    if quick():
        _quick_plan()
    django_setup("bench_turns")
    _business()
    if args.part != "concurrency":
        asyncio.run(_run())
        if args.loaded:
            _loaded_calls()
    if args.part != "latency":
        asyncio.run(_concurrency())


if __name__ == "__main__":
    Path(ROOT / ".data" / "bench").mkdir(parents=True, exist_ok=True)
    main()
