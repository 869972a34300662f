"""A batch STT (whisper) made to answer at the end of the caller's speech, not after it.

LiveKit's `StreamAdapter` starts transcribing when its VAD declares the end of speech, after
`min_silence_duration` of quiet, so every turn waits for the silence *and then* for whisper.
This adapter starts whisper on the words so far as soon as the caller has been quiet for
`speculate_after` (0.1 s), while the VAD is still counting its silence. If the caller goes on
speaking the guess is dropped; if the silence holds to the end of speech, the transcript of the
guess is the final one and is usually ready by then (whisper tiny.en takes 0.1-0.16 s on this CPU
for a phone line, the VAD waits 0.3 s). Nothing else changes: same VAD, same segments, same
events as the stock adapter.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from livekit import rtc
from livekit.agents import DEFAULT_API_CONNECT_OPTIONS, APIConnectOptions, stt, utils
from livekit.agents.stt.stream_adapter import StreamAdapterWrapper
from livekit.agents.types import NOT_GIVEN, NotGivenOr
from livekit.agents.vad import VADEventType

from voice.base import BatchSTTAdapter

SPECULATE_AFTER = 0.1  # seconds of quiet inside an utterance before transcribing it so far


class EarlyTranscriptAdapter(BatchSTTAdapter):
    """`BatchSTTAdapter` whose live stream transcribes during the caller's closing silence."""

    def __init__(self, *, stt: stt.STT, vad: Any, speculate_after: float = SPECULATE_AFTER
                 ) -> None:
        super().__init__(stt=stt, vad=vad)
        self.speculate_after = speculate_after
        self.guesses = 0  # transcriptions started early, and how many of them were used
        self.guesses_used = 0
        self.in_flight = 0  # utterances begun whose transcript has not been delivered yet
        self.rising = 0  # streams whose VAD hears speech that has not become an utterance yet

    @property
    def transcribing(self) -> bool:
        """Whether the caller's latest words are still on their way to a transcript: a turn
        detector reading the transcript now would judge words that are not all there. True from
        the first VAD window that sounds like speech, ahead of LiveKit's start-of-speech event
        (which waits for `min_speech_duration` more)."""
        return self.in_flight > 0 or self.rising > 0

    def stream(self, *, language: NotGivenOr[str] = NOT_GIVEN,
               conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
               ) -> stt.RecognizeStream:
        return _EarlyStream(self, vad=self._vad, wrapped_stt=self._stt, language=language,
                            conn_options=conn_options)


def _quietly(task: asyncio.Task) -> None:
    """A dropped guess may fail or be cancelled; nobody waits for it, so say nothing."""
    if not task.cancelled():
        task.exception()


class _EarlyStream(StreamAdapterWrapper):
    def __init__(self, adapter: EarlyTranscriptAdapter, **kwargs: Any) -> None:
        super().__init__(adapter, **kwargs)
        self._adapter = adapter

    def _transcribe(self, frames: list[rtc.AudioFrame]) -> asyncio.Task:
        task = asyncio.ensure_future(self._wrapped_stt.recognize(
            buffer=utils.merge_frames(frames), language=self._language,
            conn_options=self._wrapped_stt_conn_options))
        task.add_done_callback(_quietly)
        return task

    async def _run(self) -> None:
        vad_stream = self._vad.stream()

        async def forward_input() -> None:
            async for item in self._input_ch:
                if isinstance(item, self._FlushSentinel):
                    vad_stream.flush()
                    continue
                vad_stream.push_frame(item)
            vad_stream.end_input()

        adapter = self._adapter
        open_utterance = False
        rising = False
        threshold = getattr(getattr(self._vad, "_opts", None), "activation_threshold", 0.5)

        def set_rising(now: bool) -> None:
            nonlocal rising
            if now != rising:
                rising = now
                adapter.rising += 1 if now else -1

        async def recognize() -> None:
            nonlocal open_utterance
            speech: list[rtc.AudioFrame] = []  # the utterance so far, with the VAD's padding
            guess: asyncio.Task | None = None  # whisper on `speech` since the last quiet began
            async for event in vad_stream:
                if event.type == VADEventType.START_OF_SPEECH:
                    set_rising(False)
                    if guess is not None:
                        guess.cancel()
                    guess, speech = None, list(event.frames)
                    if not open_utterance:  # (a stream ends an utterance before the next one)
                        open_utterance = True
                        adapter.in_flight += 1
                    self._event_ch.send_nowait(stt.SpeechEvent(
                        type=stt.SpeechEventType.START_OF_SPEECH))
                elif event.type == VADEventType.INFERENCE_DONE:
                    if not speech:  # between utterances: is one beginning?
                        set_rising(event.probability >= threshold)
                        continue
                    # `raw_accumulated_silence` is the quiet before this window; zero means the
                    # previous window was speech, so an earlier guess misses words
                    if event.raw_accumulated_silence <= 0.0 and guess is not None:
                        guess.cancel()
                        guess = None
                    speech.extend(event.frames)
                    if guess is None and event.raw_accumulated_silence >= (
                            self._adapter.speculate_after):
                        guess = self._transcribe(speech)
                        self._adapter.guesses += 1
                elif event.type == VADEventType.END_OF_SPEECH:
                    speech_end_time = time.time() - event.silence_duration - (
                        event.inference_duration)
                    self._event_ch.send_nowait(stt.SpeechEvent(
                        type=stt.SpeechEventType.END_OF_SPEECH, speech_end_time=speech_end_time))
                    if guess is not None:
                        self._adapter.guesses_used += 1
                        task = guess
                    else:
                        task = self._transcribe(list(event.frames))
                    guess, speech = None, []
                    try:
                        result = await task
                        if result.alternatives and result.alternatives[0].text:
                            self._event_ch.send_nowait(stt.SpeechEvent(
                                type=stt.SpeechEventType.FINAL_TRANSCRIPT,
                                alternatives=[result.alternatives[0]],
                                speech_end_time=result.speech_end_time
                                if result.speech_end_time is not None else speech_end_time))
                    finally:
                        if open_utterance:
                            open_utterance = False
                            adapter.in_flight -= 1
            if guess is not None:
                guess.cancel()

        tasks = [asyncio.create_task(forward_input(), name="forward_input"),
                 asyncio.create_task(recognize(), name="recognize")]
        try:
            await asyncio.gather(*tasks)
        finally:
            await utils.aio.cancel_and_wait(*tasks)
            await vad_stream.aclose()
            if open_utterance:
                adapter.in_flight -= 1
            set_rising(False)
