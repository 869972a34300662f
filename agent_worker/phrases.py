"""A business's fixed replies rendered ahead of calls in its own voice (voice/tts/phrase_cache.py).

A worker renders them after a call that found them missing or out of date (a settings change:
new hours, prices, FAQ, voice), once the caller has hung up, so the next callers hear the hours,
prices and FAQ answers without waiting for the voice; `simulate_call` renders them before its
call. Rendering is incremental: sentences already in the book are kept, only new ones are
spoken, so an edited price costs three sentences (its price, its "yes, we do", the list). Each
reply goes through the same sentence splitting as a call's replies, so the stored sentences are
the ones a call asks for.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from pathlib import Path

from django.conf import settings
from livekit.agents import tokenize, tts

from agent_worker.flows.fixed_replies import fixed_replies
from frontdesk.call_config import CallConfig
from voice.factory import VoiceAssistantFactory
from voice.tts.phrase_cache import PhraseBook, PhraseCachedTTS
from voice.tts.watermarked import watermark_tag

logger = logging.getLogger(__name__)

MANIFEST = ".manifest"  # what the book was last rendered from
_rendering: dict[str, asyncio.Lock] = {}


def phrase_book(config: CallConfig) -> PhraseBook:
    return PhraseBook(Path(settings.MEDIA_ROOT) / "phrases" / config.client_id)


def _fingerprint(config: CallConfig, factory: VoiceAssistantFactory,
                 texts: list[str]) -> str:
    voices = [f"{key}:{voice}" for key, voice in factory.tts_chain(config.voice)]
    return hashlib.sha256("\n".join([*voices, watermark_tag(), *texts]).encode()).hexdigest()


def phrases_current(config: CallConfig, *,
                    factory: VoiceAssistantFactory | None = None) -> bool:
    """Whether the book was rendered from the business's present replies and voices."""
    manifest = phrase_book(config).directory / MANIFEST
    try:
        return manifest.read_text() == _fingerprint(
            config, factory or VoiceAssistantFactory(), fixed_replies(config))
    except OSError:
        return False


async def phrases_refresh(config: CallConfig, *,
                          factory: VoiceAssistantFactory | None = None) -> int | None:
    """Render the book if it is missing or out of date (one rendering per business at a time
    in this process); None when it was current."""
    factory = factory or VoiceAssistantFactory()
    lock = _rendering.setdefault(config.client_id, asyncio.Lock())
    async with lock:
        if await asyncio.to_thread(phrases_current, config, factory=factory):
            return None
        return await phrases_render(config, factory=factory)


async def phrases_render(config: CallConfig, *,
                         factory: VoiceAssistantFactory | None = None) -> int:
    """Speak every fixed reply of the business once into its phrase book; the sentences it no
    longer says are removed. Returns how many sentences the book holds."""
    factory = factory or VoiceAssistantFactory()
    book = phrase_book(config)
    texts = fixed_replies(config)
    fingerprint = _fingerprint(config, factory, texts)
    # the first voice that speaks sentence by sentence; a streaming voice (Cartesia) is not
    # cached, and rendering through it would only cost the business money
    voice = next((v for v in factory.tts_voices(config.voice)
                  if not v.capabilities.streaming), None)
    if voice is not None:
        recorder = PhraseCachedTTS(voice, book, record=True)
        try:
            for text in texts:
                await _speak(recorder, text)
        finally:
            await recorder.aclose()
    kept = book.rendered
    removed = book.keep_only(kept)
    book.directory.mkdir(parents=True, exist_ok=True)
    (book.directory / MANIFEST).write_text(fingerprint)
    logger.info("%s: %d fixed sentences rendered, %d old ones removed", config.client_id,
                len(kept), removed)
    return len(kept)


async def _speak(voice: tts.TTS, text: str) -> None:
    """`text` through `voice` as LiveKit's agent speaks a reply to a sentence voice
    (livekit.agents.voice.agent, `tts_node`): behind the same sentence tokenizer."""
    adapter = tts.StreamAdapter(tts=voice, sentence_tokenizer=(
        tokenize.blingfire.SentenceTokenizer(retain_format=True, xml_aware=False)))
    try:
        async with adapter.stream() as stream:
            stream.push_text(text)
            stream.end_input()
            async for _ in stream:
                pass
    finally:
        await adapter.aclose()
