"""Cloud-like providers for benchmarks: the local vendor servers the tests use, with the latency
of the real services added, so a benchmark measures what the worker adds on top of them.

The latencies are typical published figures for the streaming APIs (Deepgram final result
~0.3 s after the end of speech, a hosted chat model's first token ~0.35 s, Cartesia's first
audio ~0.15 s). The Deepgram stand-in has no recogniser: it finds the end of each utterance from
the audio energy, the way a streaming endpointing service does, and answers with the next line
of the script the benchmark gave it for that connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from aiohttp import WSMsgType, web

from tests.voice.servers.cartesia_server import CartesiaServer
from tests.voice.servers.deepgram_server import DeepgramServer, Heard, ListenSession
from tests.voice.servers.openai_server import OpenAIScript, OpenAIServer

SPEECH_RMS = 300.0  # 16-bit samples; the simulated line's noise floor sits near 30


def spoken_span(pcm: bytes, rate: int, *, frame_s: float = 0.02) -> float:
    """Seconds from the first to the last loud frame of 16-bit mono `pcm`: the line as the
    stand-in's energy endpointing will hear it."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    step = max(int(rate * frame_s), 1)
    loud = [i for i in range(0, len(samples) - step + 1, step)
            if float(np.sqrt(np.mean(samples[i:i + step] ** 2))) > SPEECH_RMS]
    return (loud[-1] + step - loud[0]) / rate if loud else 0.0


@dataclass(frozen=True)
class CloudLatency:
    stt_final_s: float = 0.30  # end of speech -> final transcript
    llm_first_token_s: float = 0.35
    llm_token_s: float = 0.02
    tts_first_audio_s: float = 0.15


class EndpointingDeepgram(DeepgramServer):
    """Deepgram's live API answering each utterance with the next line of `lines`.

    `lines` pairs each text with its seconds of speech (`spoken_span`), so a comma's pause
    inside a line is not taken for its end (a real recogniser would send that part as an
    interim final; the line's full text still arrives once the caller stops, which is what the
    timing depends on).
    """

    def __init__(self, *, lines: list[tuple[str, float]], latency: CloudLatency,
                 api_key: str = "dg-bench") -> None:
        super().__init__(api_key=api_key)
        self.lines = lines
        self.latency = latency

    async def _listen(self, request: web.Request) -> web.StreamResponse:
        recorded = await self.record(request)
        if request.headers.get("Authorization") != f"Token {self.api_key}":
            return self._refuse(401, "INVALID_AUTH", "Invalid credentials.")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = ListenSession(request=recorded,
                                sample_rate=int(recorded.param("sample_rate") or 16000),
                                channels=int(recorded.param("channels") or 1))
        request_id = str(uuid.uuid4())
        pending = list(self.lines)
        in_speech, quiet_s, speech_from = False, 0.0, 0.0
        answers: set[asyncio.Task] = set()

        async def answer(text: str, start: float, end: float) -> None:
            await asyncio.sleep(self.latency.stt_final_s)
            heard = Heard(at=end - start, transcript=text, is_final=True, speech_final=True)
            results = self._results(heard, request_id, session, from_finalize=False)
            results["start"] = round(start, 3)  # offsets from the start of the stream
            for word in results["channel"]["alternatives"][0]["words"]:
                word["start"] = round(word["start"] + start, 3)
                word["end"] = round(word["end"] + start, 3)
            if not ws.closed:
                await ws.send_str(json.dumps(results))

        async for message in ws:
            if message.type == WSMsgType.BINARY:
                samples = np.frombuffer(message.data, dtype="<i2").astype(np.float32)
                session.audio_bytes += len(message.data)
                seconds = len(samples) / (session.sample_rate * session.channels)
                loud = samples.size > 0 and float(np.sqrt(np.mean(samples ** 2))) > SPEECH_RMS
                if loud:
                    if not in_speech:
                        speech_from = session.audio_seconds - seconds
                        await ws.send_str(json.dumps({"type": "SpeechStarted", "channel": [0],
                                                      "timestamp": session.audio_seconds}))
                    in_speech, quiet_s = True, 0.0
                elif in_speech:
                    quiet_s += seconds
                    said = session.audio_seconds - quiet_s - speech_from
                    # the service's own endpointing, once the line has been said
                    if quiet_s >= 0.2 and pending and said >= 0.8 * pending[0][1]:
                        in_speech = False
                        task = asyncio.ensure_future(answer(
                            pending.pop(0)[0], speech_from, session.audio_seconds - quiet_s))
                        answers.add(task)
                        task.add_done_callback(answers.discard)
            elif message.type == WSMsgType.TEXT:
                control = json.loads(message.data)["type"]
                if control == "CloseStream":
                    await ws.send_str(json.dumps(self._metadata(request_id, session)))
                    await ws.close()
                    break
        for task in answers:
            task.cancel()
        return ws


async def _serve(lines: list[tuple[str, float]], reply: list[str], latency: CloudLatency,
                 conn: Any) -> None:
    deepgram = EndpointingDeepgram(lines=lines, latency=latency)
    openai = OpenAIServer(api_key="sk-bench")
    openai.script = OpenAIScript(fragments=reply, first_token_delay=latency.llm_first_token_s,
                                 delay=latency.llm_token_s, prompt_tokens=900,
                                 completion_tokens=len(reply) * 3, cached_tokens=768)
    cartesia = CartesiaServer(api_key="sk_car_bench")
    cartesia.first_audio_delay = latency.tts_first_audio_s
    async with deepgram, openai, cartesia:
        conn.send({
            "DEEPGRAM_API_KEY": "dg-bench", "DEEPGRAM_BASE_URL": deepgram.url,
            "OPENAI_API_KEY": "sk-bench", "OPENAI_BASE_URL": f"{openai.url}/v1",
            "OPENAI_MODEL": "gpt-4.1-mini",
            "CARTESIA_API_KEY": "sk_car_bench", "CARTESIA_BASE_URL": cartesia.url,
            "CARTESIA_VOICE": "bench-voice",
        })
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # until told to stop


def _server_process(lines: list[tuple[str, float]], reply: list[str], latency: CloudLatency,
                    conn: Any) -> None:
    asyncio.run(_serve(lines, reply, latency, conn))


@contextlib.asynccontextmanager
async def cloud_like_servers(*, lines: list[tuple[str, float]], reply: list[str],
                             latency: CloudLatency = CloudLatency()) -> AsyncIterator[dict]:
    """Start the three servers in a process of their own (the cloud is not on the worker's
    CPU budget); yields the VoiceSettings overrides that point at them."""
    here, there = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=_server_process, args=(lines, reply, latency, there), daemon=True)
    process.start()
    try:
        overrides = await asyncio.get_running_loop().run_in_executor(None, here.recv)
        yield overrides
    finally:
        here.send("stop")
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
