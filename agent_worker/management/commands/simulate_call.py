"""Call a business without a phone: caller lines in, the receptionist's audio and a latency
table out, and the call stored like any other."""

from __future__ import annotations

import asyncio
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agent_worker.simulator import DEFAULT_CALLER, simulate_call, spoken_caller
from receptionist.errors import ApplicationError
from voice.audio_io import Utterance
from voice.routing import FLOW


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


class Command(BaseCommand):
    help = "Simulate a phone call to a business with recorded or synthesised caller lines."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--tenant", required=True, help="the business's schema name")
        lines = parser.add_mutually_exclusive_group(required=True)
        lines.add_argument("--audio", nargs="+", type=Path, help="caller lines as WAV files")
        lines.add_argument("--say", nargs="+", help="caller lines, spoken by the local voice")
        parser.add_argument("--caller", default=DEFAULT_CALLER, help="the caller's number")
        parser.add_argument("--out", type=Path, default=Path(".data/simulations"),
                            help="where the agent's audio is written")

    def handle(self, *args, **o) -> None:
        try:
            if o["audio"]:
                missing = [str(p) for p in o["audio"] if not p.is_file()]
                if missing:
                    raise CommandError(f"no such file: {', '.join(missing)}")
                utterances = [Utterance.from_wav(p) for p in o["audio"]]
            else:
                self.stdout.write("Synthesising the caller's lines with the local voice...")
                utterances = [spoken_caller(text) for text in o["say"]]
        except (ValueError, EOFError) as exc:
            raise CommandError(f"unreadable caller audio: {exc}") from None
        out = o["out"] / o["tenant"]
        self.stdout.write(f"Calling {o['tenant']} from {o['caller']} "
                          f"({len(utterances)} caller line(s), real time)...")
        try:
            result = asyncio.run(simulate_call(schema=o["tenant"], utterances=utterances,
                                               out_dir=out, caller=o["caller"],
                                               render_ahead=True))
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        decision = result.decision
        if not decision.accepted:
            self.stdout.write(f"Refused ({decision.reason}): \"{decision.message}\"")
            return
        if result.phrases_rendered is not None:
            self.stdout.write(f"Rendered {result.phrases_rendered} fixed sentences in the "
                              "business's voice first (once per settings change).")
        self.stdout.write(f"\nGreeting: \"{decision.message}\" "
                          f"(first audio {_ms(result.greeting_ms)} ms after pickup)\n")
        header = f"{'#':>2}  {'heard ms':>8}  {'eot':>5}  {'stt':>5}  {'llm':>5}  {'tts':>5}  who"
        self.stdout.write(header)
        for i, t in enumerate(result.turns, start=1):
            self.stdout.write(f"{i:>2}  {_ms(t.heard_latency_ms):>8}  {_ms(t.end_of_turn_ms):>5}"
                              f"  {_ms(t.stt_ms):>5}  {_ms(t.llm_ms):>5}  {_ms(t.tts_ms):>5}"
                              f"  caller: {t.caller}")
            who = "call flow, no model" if t.provider == FLOW else t.provider or "scripted"
            self.stdout.write(f"{'':>41}agent ({who}): {t.agent}")
        self.stdout.write(f"\nOutcome: {result.outcome or 'information_only'}; call "
                          f"#{result.call_pk} stored in {o['tenant']}")
        self.stdout.write(f"Agent audio: {', '.join(str(p) for p in result.agent_wavs)}")
