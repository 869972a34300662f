"""A voice whose audio carries the product's watermark (voice/watermark.py), added as it is made.

The factory wraps every voice of a call's chain, local or cloud, in `WatermarkedTTS`, so whatever
the receptionist says (live replies, the greeting and fixed sentences rendered ahead, the owner's
voice preview) is marked. Each chunk the voice pushes is marked and passed on at once; nothing
waits for the rest of the utterance.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from livekit.agents import DEFAULT_API_CONNECT_OPTIONS, APIConnectOptions, tts, utils
from livekit.agents.types import USERDATA_TIMED_TRANSCRIPT

from voice.watermark import STRENGTH, Marker


@dataclass(frozen=True)
class MarkedOptions:
    """The wrapped voice's options plus which mark, so sentences rendered ahead under another
    key (or before marking) are not taken for marked ones (voice/tts/phrase_cache.py)."""

    voice: Any
    mark: str


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(f"watermark key\n{key}".encode()).hexdigest()[:12]


def watermark_tag() -> str:
    """Which mark audio rendered now carries ("" when marking is off): part of the names of
    files rendered ahead (greetings, phrase books), so a new key or switching marking on renders
    them again instead of playing old audio."""
    from django.conf import settings

    return key_fingerprint(settings.WATERMARK_KEYS[0]) if settings.WATERMARK else ""


class WatermarkedTTS(tts.TTS):
    """`voice`, with the mark of `key` added to its audio chunk by chunk."""

    def __init__(self, voice: tts.TTS, *, key: str, strength: float = STRENGTH) -> None:
        if voice.num_channels != 1:
            raise ValueError(f"{voice.label} is not mono; the watermark marks mono voices")
        super().__init__(capabilities=voice.capabilities, sample_rate=voice.sample_rate,
                         num_channels=1)
        self._voice = voice
        self._label = voice.label  # LiveKit's metrics name the voice that really speaks
        self._key = key
        self._strength = strength

    @property
    def wrapped(self) -> tts.TTS:
        return self._voice

    @property
    def model(self) -> str:
        return self._voice.model

    @property
    def provider(self) -> str:
        return self._voice.provider

    @property
    def voice(self) -> Any:
        return getattr(self._voice, "voice", None)

    @property
    def options(self) -> MarkedOptions:
        return MarkedOptions(voice=getattr(self._voice, "options", None),
                             mark=key_fingerprint(self._key))

    def marker(self) -> Marker:
        return Marker(self._key, self.sample_rate, self._strength)

    def prewarm(self) -> None:
        self._voice.prewarm()

    async def warm(self) -> None:
        """Load and run the wrapped voice once (the worker warms its local voice before the
        first call); a voice with nothing to warm (a cloud voice) does nothing."""
        warm = getattr(self._voice, "warm", None)
        if warm is not None:
            await warm()

    async def aclose(self) -> None:
        await self._voice.aclose()

    def synthesize(self, text: str, *,
                   conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
                   ) -> MarkedChunkedStream:
        return MarkedChunkedStream(tts=self, input_text=text, conn_options=conn_options)

    def stream(self, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
               ) -> MarkedSynthesizeStream:
        if not self._voice.capabilities.streaming:
            raise NotImplementedError(f"{self._voice.label} does not stream")
        return MarkedSynthesizeStream(tts=self, conn_options=conn_options)


def _once(options: APIConnectOptions) -> APIConnectOptions:
    """This stream's own attempts are the retries; the voice is asked once per attempt."""
    return APIConnectOptions(max_retry=0, retry_interval=options.retry_interval,
                             timeout=options.timeout)


class MarkedChunkedStream(tts.ChunkedStream):
    def __init__(self, *, tts: WatermarkedTTS, input_text: str,
                 conn_options: APIConnectOptions) -> None:
        super().__init__(tts=tts, input_text=input_text, conn_options=conn_options)
        self._owner = tts

    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        owner = self._owner
        output_emitter.initialize(request_id=uuid.uuid4().hex, sample_rate=owner.sample_rate,
                                  num_channels=1, mime_type="audio/pcm")
        marker = owner.marker()  # a retry starts the utterance, and its filter, afresh
        async with owner.wrapped.synthesize(self.input_text,
                                            conn_options=_once(self._conn_options)) as stream:
            async for audio in stream:
                output_emitter.push(marker.mark(bytes(audio.frame.data)))
        output_emitter.push(marker.flush())


class MarkedSynthesizeStream(tts.SynthesizeStream):
    def __init__(self, *, tts: WatermarkedTTS, conn_options: APIConnectOptions) -> None:
        super().__init__(tts=tts, conn_options=conn_options)
        self._owner = tts

    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        owner = self._owner
        output_emitter.initialize(request_id=utils.shortuuid(), sample_rate=owner.sample_rate,
                                  num_channels=1, mime_type="audio/pcm", stream=True)
        marker = owner.marker()
        inner = owner.wrapped.stream(conn_options=_once(self._conn_options))

        async def forward_input() -> None:
            try:
                async for data in self._input_ch:
                    if isinstance(data, str):
                        inner.push_text(data)
                    elif isinstance(data, self._FlushSentinel):
                        inner.flush()
            finally:
                inner.end_input()

        forwarding = asyncio.create_task(forward_input())
        segment: str | None = None
        try:
            async with inner:
                async for audio in inner:
                    if segment is None:
                        segment = audio.segment_id or utils.shortuuid()
                        output_emitter.start_segment(segment_id=segment)
                    if texts := audio.frame.userdata.get(USERDATA_TIMED_TRANSCRIPT):
                        output_emitter.push_timed_transcript(texts)
                    output_emitter.push(marker.mark(bytes(audio.frame.data)))
                    if audio.is_final:
                        output_emitter.push(marker.flush())
                        output_emitter.end_segment()
                        segment = None
            if segment is not None:
                output_emitter.end_segment()
        finally:
            await utils.aio.cancel_and_wait(forwarding)
