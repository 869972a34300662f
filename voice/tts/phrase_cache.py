"""A business's fixed sentences in its voice, rendered ahead of calls and played at once.

Most of what a receptionist says is written before the call: each day's hours, each price, the
FAQ answers, "Is there anything else I can help you with?", the goodbye. Piper needs 60–180 ms
of CPU before a sentence's first sample; a rendered sentence starts playing in under a
millisecond. So each local (non-streaming) voice of a call's chain is wrapped in
``PhraseCachedTTS``, below LiveKit's sentence splitting: the units it is asked for are exactly
the sentences the session speaks. A sentence found in the business's ``PhraseBook`` is played
from it; any other goes to the voice as before.

Only sentences rendered ahead (``record=True``, from the business's own settings) are stored:
nothing a caller said and no model reply is kept. Files live in one folder per business, named
by a hash of the voice, its options and the sentence, so a changed voice or wording simply
misses; a new rendering removes what it no longer says.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import uuid
import wave
from collections import OrderedDict
from pathlib import Path

from livekit.agents import DEFAULT_API_CONNECT_OPTIONS, APIConnectOptions, tts

from voice.audio_io import read_wav, write_wav

# Rendered sentences kept in memory by a worker process, across businesses (about 100 KB each).
MEMORY_BYTES = 64 * 1024 * 1024


class _Memory:
    """Least recently used audio of rendered sentences, by file, bounded in bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[str, tuple[bytes, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, name: str) -> tuple[bytes, int] | None:
        with self._lock:
            item = self._items.get(name)
            if item is not None:
                self._items.move_to_end(name)
            return item

    def put(self, name: str, item: tuple[bytes, int]) -> None:
        with self._lock:
            old = self._items.pop(name, None)
            if old is not None:
                self._size -= len(old[0])
            if len(item[0]) > self.limit:
                return
            self._items[name] = item
            self._size += len(item[0])
            while self._size > self.limit:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped[0])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


_memory = _Memory(MEMORY_BYTES)
# each folder's file names, re-read when the folder changes (a new rendering)
_listings: dict[Path, tuple[int, frozenset[str]]] = {}


def phrase_key(voice: tts.TTS, text: str) -> str:
    """The file name of `text` spoken by `voice` as configured now."""
    parts = [voice.provider, voice.model, str(getattr(voice, "voice", "")),
             repr(getattr(voice, "options", "")), text.strip()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24] + ".wav"


class PhraseBook:
    """One business's rendered sentences: a folder of WAV files, read through a shared memory."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.rendered: set[str] = set()  # what a rendering spoke into this book (record=True)

    def _path(self, name: str) -> Path:
        return self.directory / name

    def has(self, name: str) -> bool:
        """Whether `name` was rendered; a stat of the folder, the listing read once per change."""
        try:
            stamp = os.stat(self.directory).st_mtime_ns
        except FileNotFoundError:
            return False
        listed = _listings.get(self.directory)
        if listed is None or listed[0] != stamp:
            listed = (stamp, frozenset(os.listdir(self.directory)))
            _listings[self.directory] = listed
        return name in listed[1]

    def cached(self, name: str) -> tuple[bytes, int] | None:
        """The audio if it is in memory already (no disk access)."""
        return _memory.get(str(self._path(name)))

    def load(self, name: str) -> tuple[bytes, int] | None:
        """The audio of a rendered sentence, from memory or its file; None if not rendered."""
        path = self._path(name)
        item = _memory.get(str(path))
        if item is not None:
            return item
        try:
            item = read_wav(path)
        except (OSError, EOFError, ValueError, wave.Error):  # gone, or not a WAV: speak it live
            return None
        _memory.put(str(path), item)
        return item

    def store(self, name: str, pcm: bytes, sample_rate: int) -> None:
        path = self._path(name)
        write_wav(path, pcm, sample_rate)  # atomic: a call reading the folder sees all or none
        _memory.put(str(path), (pcm, sample_rate))

    def keep_only(self, names: set[str]) -> int:
        """Remove the files of sentences no longer said; returns how many went."""
        if not self.directory.is_dir():
            return 0
        removed = 0
        for path in self.directory.glob("*.wav"):
            if path.name not in names:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


class PhraseCachedTTS(tts.TTS):
    """`voice`, playing the sentences its business rendered ahead from `book`.

    With ``record=True`` (rendering ahead) every sentence it speaks is stored in the book, and
    the book's `rendered` names them; during a call nothing is stored. `hits` counts the
    sentences played from the book.
    """

    def __init__(self, voice: tts.TTS, book: PhraseBook, *, record: bool = False) -> None:
        if voice.capabilities.streaming:
            raise ValueError(f"{voice.label} streams; phrases are cached for sentence voices")
        super().__init__(capabilities=voice.capabilities, sample_rate=voice.sample_rate,
                         num_channels=voice.num_channels)
        self._voice = voice
        self._label = voice.label  # LiveKit's metrics name the voice that really speaks
        self.book = book
        self.record = record
        self.hits = 0

    @property
    def wrapped(self) -> tts.TTS:
        return self._voice

    @property
    def model(self) -> str:
        return self._voice.model

    @property
    def provider(self) -> str:
        return self._voice.provider

    def prewarm(self) -> None:
        self._voice.prewarm()

    async def aclose(self) -> None:
        await self._voice.aclose()

    def synthesize(self, text: str, *,
                   conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
                   ) -> PhraseStream:
        return PhraseStream(tts=self, input_text=text, conn_options=conn_options)


class PhraseStream(tts.ChunkedStream):
    def __init__(self, *, tts: PhraseCachedTTS, input_text: str,
                 conn_options: APIConnectOptions) -> None:
        super().__init__(tts=tts, input_text=input_text, conn_options=conn_options)
        self._owner = tts

    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        owner, voice = self._owner, self._owner.wrapped
        name = phrase_key(voice, self.input_text)
        output_emitter.initialize(request_id=uuid.uuid4().hex, sample_rate=voice.sample_rate,
                                  num_channels=voice.num_channels, mime_type="audio/pcm")
        if owner.book.has(name):
            item = owner.book.cached(name) or await asyncio.to_thread(owner.book.load, name)
            if item is not None and item[1] == voice.sample_rate:
                owner.hits += 1
                if owner.record:  # rendering again: what is there already stays
                    owner.book.rendered.add(name)
                output_emitter.push(item[0])
                return
        # this stream's own attempts are the retries; the voice is asked once per attempt
        once = APIConnectOptions(max_retry=0, retry_interval=self._conn_options.retry_interval,
                                 timeout=self._conn_options.timeout)
        spoken: list[bytes] = []
        async with voice.synthesize(self.input_text, conn_options=once) as stream:
            async for audio in stream:
                pcm = bytes(audio.frame.data)
                output_emitter.push(pcm)
                if owner.record:
                    spoken.append(pcm)
        if owner.record and spoken:
            await asyncio.to_thread(owner.book.store, name, b"".join(spoken), voice.sample_rate)
            owner.book.rendered.add(name)


def forget_memory() -> None:
    """Drop the audio held in memory (tests; a worker told its disk changed)."""
    _memory.clear()
    _listings.clear()
