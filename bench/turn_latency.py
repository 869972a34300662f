"""Turn latency on the all-local stack, through the simulator's real-time audio path.

Plays a fixed set of phone-quality caller lines (Piper voice through a simulated PSTN line) to a
dental business and reports, per turn, the time from the end of the caller's speech to the
first agent audio (p50, p95) with its breakdown from LiveKit's per-message metrics, and the time
from pickup to the first greeting audio. The business and its rendered greeting live in the
database `receptionist_bench_turns` and are reused. Run:
    .venv/bin/python bench/turn_latency.py
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

from _common import ROOT, django_setup, percentile

CALLS = [
    ["Hi, what are your opening hours on Friday?", "Thanks. Do you do teeth whitening?",
     "Great, thank you. Goodbye."],
    ["Hello, how much is a cleaning for an adult?", "Okay. Where are you located?",
     "Alright, that's all, bye."],
    ["Hi there, are you open on Saturday?", "Do you take new patients?", "Thanks, goodbye."],
]
NUMBER = "+15105550199"


def _business() -> None:
    from tenants.models import Tenant
    from tenants.services import tenant_create, tenant_subscription_set

    if not Tenant.objects.filter(schema_name="turns_dental").exists():
        tenant = tenant_create(schema_name="turns_dental", business_name="Latency Dental",
                               profession="dental", owner_email="o@turns.example",
                               phone_number=NUMBER)
        tenant_subscription_set(tenant=tenant, status="active")


async def _run() -> None:
    from asgiref.sync import sync_to_async

    from agent_worker.greetings import greeting_render
    from agent_worker.simulator import simulate_call, spoken_caller
    from tenants.router import MultiTenantRouter

    config = await sync_to_async(MultiTenantRouter().get_client_config)("turns_dental")
    await greeting_render(config)  # pre-rendered, as after any settings change
    heard, eot, stt, llm, tts, greetings = [], [], [], [], [], []
    for i, lines in enumerate(CALLS, start=1):
        utterances = [spoken_caller(text) for text in lines]
        started = time.perf_counter()
        result = await simulate_call(schema="turns_dental", utterances=utterances,
                                     out_dir=ROOT / ".data" / "bench" / "turns")
        print(f"call {i}: {len(result.turns)} turns in {time.perf_counter() - started:.0f} s")
        greetings.append(result.greeting_ms)
        for t in result.turns:
            print(f"  {t.heard_latency_ms or 0:6.0f} ms  caller: {t.caller!r}")
            print(f"  {'':9} agent ({t.provider or 'scripted'}): {t.agent!r}")
            if t.heard_latency_ms is not None:
                heard.append(t.heard_latency_ms)
            for values, v in ((eot, t.end_of_turn_ms), (stt, t.stt_ms), (llm, t.llm_ms),
                              (tts, t.tts_ms)):
                if v is not None:
                    values.append(v)

    def med(values: list[float]) -> float:
        return statistics.median(values) if values else float("nan")

    print(f"\nturns measured: {len(heard)}")
    print(f"breakdown medians (ms): end of turn {med(eot):.0f}, STT {med(stt):.0f}, "
          f"LLM first token {med(llm):.0f}, TTS first audio {med(tts):.0f}")
    print(f"RESULT turn_p50_ms={percentile(heard, 50):.0f}")
    print(f"RESULT turn_p95_ms={percentile(heard, 95):.0f}")
    print(f"RESULT greeting_ms={med([g for g in greetings if g is not None]):.0f}")


def main() -> None:
    django_setup("receptionist_bench_turns")
    _business()
    asyncio.run(_run())


if __name__ == "__main__":
    Path(ROOT / ".data" / "bench").mkdir(parents=True, exist_ok=True)
    main()
