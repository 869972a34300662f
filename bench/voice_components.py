"""Local voice components on this CPU: latency, real-time factor, and what our wrappers cost.

Takes: about 4 to 5 minutes on 2 cores, every run (the caller audio it makes the first time is
kept in .data/bench/); --quick (whisper tiny.en on two utterances, one run of each) about 1 minute.

Run from the repo root: ``.venv/bin/python bench/voice_components.py [--quick]``. It makes its
own caller audio with the shipped Piper voice (cached under .data/bench/), then measures, with
medians over several runs:

- STT (whisper tiny.en, base): latency and real-time factor for 1-5 s phone utterances, through
  ``WhisperSTT.recognize`` and through the bare CTranslate2 calls it makes; stock faster-whisper
  ``transcribe`` (30 s padded window) for comparison.
- LLM (Qwen 0.5B in llama.cpp): first token with a cold ~600-token system prompt and with it
  cached, tokens per second; our stream against ``create_chat_completion(stream=True)``.
- TTS (Piper joe, Kokoro jf_alpha): time to first audio and real-time factor, against the bare
  library calls.

Raw and wrapped runs alternate so that load from elsewhere on the machine hits both alike. Each
wrapper ratio is the median over alternating pairs of wrapped time / raw time for the same work
(goal <= 1.05). Prints a table, then
``RESULT name=value`` lines, the last being ``RESULT wrapper_ratio=<worst ratio>``.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import wave
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _common import bench_parser, bench_start, quick, result  # noqa: E402
from livekit.agents import llm  # noqa: E402

from tests.voice import audio  # noqa: E402
from voice import assets  # noqa: E402
from voice.llm.llama_cpp import LlamaCppLLM  # noqa: E402
from voice.stt.whisper import WhisperSTT, buffer_to_16k, transcribe_short  # noqa: E402
from voice.tts.kokoro import KokoroTTS  # noqa: E402
from voice.tts.piper import PiperTTS  # noqa: E402

DATA = REPO / ".data" / "bench"
RUNS = 5
STOCK_RUNS = 2
KOKORO_RUNS = 3
WHISPER_MODELS = ("tiny.en", "base")

UTTERANCES = {  # chosen to land near 1, 2, 3, 4 and 5 s when Piper joe speaks them
    "1s": "Yes, that works.",
    "2s": "Tuesday morning would be great.",
    "3s": "Can I move my appointment to Friday afternoon?",
    "4s": "Hi, I would like to book a cleaning for next Tuesday morning please.",
    "5s": "My name is Sarah Johnson, I am a new patient and I have a terrible toothache.",
}

SYSTEM = (
    "You are the receptionist of Bright Smile Dental in Springfield. Answer callers in one or "
    "two short, friendly sentences. Office hours are Monday to Friday, 8 am to 5 pm. "
    + " ".join(
        f"Policy {i}: {rule}"
        for i, rule in enumerate(
            [
                "New patients fill in a medical history form ten minutes before the visit.",
                "Cancellations need twenty-four hours notice or a fee of thirty dollars applies.",
                "We accept most insurance plans; ask for the provider and member number.",
                "Emergency visits for severe pain or swelling are offered the same day.",
                "Children under twelve must come with a parent or guardian.",
                "Whitening is not covered by insurance and costs two hundred and fifty dollars.",
                "Parking is free behind the building; the entrance is on Maple Street.",
                "Dr. Patel works Monday, Wednesday and Friday; Dr. Gomez Tuesday and Thursday.",
                "Hygienist cleanings take forty-five minutes; new patient exams take one hour.",
                "Payment plans are available for crowns and implants over five hundred dollars.",
            ]
            * 3,
            start=1,
        )
    )
)
QUESTION = "Can I book a cleaning next Tuesday?"
LONG_QUESTION = "Tell me everything about your services, opening hours, doctors and parking."
MAX_TOKENS = 64

TTS_TEXTS = [
    "Thank you for calling Bright Smile Dental, how can I help you today?",
    "I can book you in for a cleaning next Tuesday morning.",
    "Sure.",
]



def _quick_plan() -> None:
    """--quick: every measurement once, on less."""
    global RUNS, STOCK_RUNS, KOKORO_RUNS, WHISPER_MODELS, UTTERANCES, TTS_TEXTS
    RUNS = STOCK_RUNS = KOKORO_RUNS = 1
    WHISPER_MODELS = ("tiny.en",)
    UTTERANCES = {key: UTTERANCES[key] for key in ("1s", "3s")}
    TTS_TEXTS = TTS_TEXTS[1:2]


results: dict[str, float] = {}
ratios: dict[str, float] = {}
rows: list[tuple[str, str, str]] = []


def progress(msg: str) -> None:
    print(f"... {msg}", file=sys.stderr, flush=True)


def record(name: str, value: float, shown: str, section: str) -> None:
    results[name] = value
    rows.append((section, name, shown))


def median(xs: list[float]) -> float:
    return statistics.median(xs)


async def timed(fn: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = await fn()
    return time.perf_counter() - t, out


def caller_audio() -> dict[str, np.ndarray]:
    """8 kHz phone-line utterances, synthesised once and cached as WAV."""
    DATA.mkdir(parents=True, exist_ok=True)
    out = {}
    for key, text in UTTERANCES.items():
        path = DATA / f"caller_{key}.wav"
        if not path.exists():
            speech, rate = audio.piper_speech(text)
            line = audio.with_silence(audio.phone_line(speech, rate), audio.PHONE_RATE, tail=0.2)
            pcm = (np.clip(line, -1, 1) * 32767).astype(np.int16)
            with wave.open(str(path), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(audio.PHONE_RATE)
                w.writeframes(pcm.tobytes())
        out[key] = audio.read_wav(path.read_bytes())[0]
    return out


async def bench_stt(calls: dict[str, np.ndarray]) -> None:
    for model_name in WHISPER_MODELS:
        progress(f"STT whisper {model_name}")
        stt = WhisperSTT(model=model_name)
        await stt.warm()
        model = assets.load_whisper(model_name)
        pair_ratios = []
        for key, samples in calls.items():
            frames = audio.to_frames(samples, audio.PHONE_RATE)
            clip16 = buffer_to_16k(frames)
            duration = len(samples) / audio.PHONE_RATE
            wrapped, raw, stock = [], [], []
            for _ in range(RUNS):
                t = time.perf_counter()
                transcribe_short(model, clip16, language="en", min_window=10.0)
                raw.append(time.perf_counter() - t)
                wrapped.append((await timed(lambda f=frames, s=stt: s.recognize(f)))[0])
            for _ in range(STOCK_RUNS):
                t = time.perf_counter()
                segments, _ = model.transcribe(
                    clip16, language="en", beam_size=1, without_timestamps=True
                )
                list(segments)
                stock.append(time.perf_counter() - t)
            lat = median(wrapped)
            tag = f"stt_{model_name.replace('.', '')}_{key}"
            record(f"{tag}_latency_s", lat, f"{lat:.3f} s for {duration:.2f} s audio", "STT")
            record(f"{tag}_rtf", lat / duration, f"{lat / duration:.3f}", "STT")
            record(f"{tag}_stock_latency_s", median(stock), f"{median(stock):.3f} s", "STT")
            pair_ratios += [w / r for w, r in zip(wrapped, raw, strict=True)]
        ratios[f"stt_{model_name.replace('.', '')}"] = median(pair_ratios)


async def bench_llm() -> None:
    progress("LLM load")
    model = LlamaCppLLM(temperature=0.0, max_tokens=MAX_TOKENS)
    await model.warm()
    llama = assets.load_llama()

    def ctx(system: str, question: str) -> llm.ChatContext:
        c = llm.ChatContext()
        c.add_message(role="system", content=system)
        c.add_message(role="user", content=question)
        return c

    async def wrapped_run(system: str, question: str) -> tuple[float, float, int]:
        t = time.perf_counter()
        first = None
        usage = None
        async with model.chat(chat_ctx=ctx(system, question)) as stream:
            async for chunk in stream:
                if first is None and chunk.delta and chunk.delta.content:
                    first = time.perf_counter() - t
                usage = chunk.usage or usage
        return first or 0.0, time.perf_counter() - t, usage.completion_tokens if usage else 0

    def raw_run(system: str, question: str) -> tuple[float, float, int]:
        t = time.perf_counter()
        first = None
        n = 0
        for chunk in llama.create_chat_completion(
            messages=[{"role": "system", "content": system}, {"role": "user", "content": question}],
            stream=True,
            max_tokens=MAX_TOKENS,
            temperature=0.0,
            top_p=0.9,
            top_k=40,
            min_p=0.05,
            repeat_penalty=1.1,
        ):
            if chunk["choices"][0]["delta"].get("content"):
                first = first if first is not None else time.perf_counter() - t
                n += 1
        return first or 0.0, time.perf_counter() - t, n

    cold = []
    cold_runs = min(3, RUNS)
    for i in range(cold_runs):
        progress(f"LLM cold prompt {i + 1}/{cold_runs}")
        first, _, _ = await wrapped_run(f"Session {i}. {SYSTEM}", QUESTION)
        cold.append(first)
    prompt_tokens = len(llama.tokenize(SYSTEM.encode(), add_bos=False, special=True))
    progress("LLM warm prompt")
    warm_s = await model.warm(SYSTEM)
    system_tokens = llama.tokenize(
        f"<|im_start|>system\n{SYSTEM}<|im_end|>\n".encode(), add_bos=False, special=True
    )

    def back_to_system_prompt() -> None:
        """Cut the KV cache back to the system prompt, so both runs of a pair start alike."""
        gen = llama.generate(system_tokens, temp=0.0)
        next(gen)
        gen.close()

    w_first, r_first, tps, pair_ttft, pair_total = [], [], [], [], []
    for i in range(RUNS + 1):
        question = LONG_QUESTION if i % 2 else QUESTION
        back_to_system_prompt()
        rf, rt, rn = raw_run(SYSTEM, question)
        back_to_system_prompt()
        wf, wt, wn = await wrapped_run(SYSTEM, question)
        r_first.append(rf)
        w_first.append(wf)
        pair_ttft.append(wf / rf)
        pair_total.append(wt / rt)
        if question is LONG_QUESTION and wn > 1:
            tps.append((wn - 1) / (wt - wf))
    record("llm_system_prompt_tokens", prompt_tokens, f"{prompt_tokens}", "LLM")
    record("llm_ttft_cold_s", median(cold), f"{median(cold):.3f} s", "LLM")
    record("llm_warm_prefill_s", warm_s, f"{warm_s:.3f} s (system prompt into KV cache)", "LLM")
    record("llm_ttft_warm_s", median(w_first), f"{median(w_first):.3f} s", "LLM")
    record("llm_tokens_per_s", median(tps), f"{median(tps):.1f} tok/s", "LLM")
    record("llm_raw_ttft_warm_s", median(r_first), f"{median(r_first):.3f} s", "LLM")
    ratios["llm_ttft"] = median(pair_ttft)
    ratios["llm_total"] = median(pair_total)


async def bench_tts() -> None:
    progress("TTS piper")
    piper = PiperTTS()
    await piper.warm()
    voice = assets.load_piper()
    progress("TTS kokoro")
    kokoro = KokoroTTS(voice="jf_alpha")
    await kokoro.warm()
    engine = assets.load_kokoro()

    async def wrapped(tts: Any, text: str) -> tuple[float, float, float]:
        t = time.perf_counter()
        first = None
        seconds = 0.0
        async for ev in tts.synthesize(text):
            first = first if first is not None else time.perf_counter() - t
            seconds += ev.frame.duration
        return first or 0.0, time.perf_counter() - t, seconds

    def raw_piper(text: str) -> tuple[float, float]:
        t = time.perf_counter()
        first = None
        for chunk in voice.synthesize(text):
            chunk.audio_int16_bytes  # noqa: B018 - the conversion the wrapper also pays for
            first = first if first is not None else time.perf_counter() - t
        return first or 0.0, time.perf_counter() - t

    def raw_kokoro(text: str) -> tuple[float, float]:
        t = time.perf_counter()
        samples, _ = engine.create(text, voice="jf_alpha", speed=1.0, lang="en-us")
        (np.clip(samples, -1, 1) * 32767).astype(np.int16).tobytes()
        took = time.perf_counter() - t
        return took, took

    for name, tts, raw_fn, runs in (
        ("piper", piper, raw_piper, RUNS),
        ("kokoro", kokoro, raw_kokoro, KOKORO_RUNS),
    ):
        progress(f"TTS {name} runs")
        w_first, rtf, pairs = [], [], []
        for text in TTS_TEXTS:
            for _ in range(runs):
                _, rt = raw_fn(text)
                f, tot, secs = await wrapped(tts, text)
                w_first.append(f)
                rtf.append(tot / secs)
                pairs.append(tot / rt)
        record(f"tts_{name}_ttfa_s", median(w_first), f"{median(w_first):.3f} s", "TTS")
        record(f"tts_{name}_rtf", median(rtf), f"{median(rtf):.3f}", "TTS")
        ratios[f"tts_{name}"] = median(pairs)


async def main() -> None:
    started = time.perf_counter()
    progress("making caller audio (cached in .data/bench)")
    calls = caller_audio()
    await bench_stt(calls)
    await bench_llm()
    await bench_tts()

    width = max(len(r[1]) for r in rows)
    print(f"\n{'section':<8} {'measure':<{width}}  value")
    for section, name, shown in rows:
        print(f"{section:<8} {name:<{width}}  {shown}")
    print(f"\n{'wrapper':<8} {'ratio (wrapped / raw library time)':<{width}}")
    for name, ratio in ratios.items():
        print(f"{'':<8} {name:<{width}}  {ratio:.3f}")
    print(f"\n(total {time.perf_counter() - started:.0f} s)\n")
    for name, value in results.items():
        result(name, f"{value:.4f}")
    for name, ratio in ratios.items():
        result(f"wrapper_ratio_{name}", f"{ratio:.4f}")
    result("wrapper_ratio", f"{max(ratios.values()):.4f}")


if __name__ == "__main__":
    bench_start(bench_parser(__doc__))
    if quick():
        _quick_plan()
    asyncio.run(main())
