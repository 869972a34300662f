"""Sentences rendered ahead play from the business's phrase book; anything else goes to the voice.

Real Piper throughout: the book is filled by speaking, and a voice that can no longer speak
proves that a rendered sentence is played without it.
"""

from __future__ import annotations

import pytest
from livekit.agents import APIConnectOptions, APIError

from voice.registry import provider_key
from voice.tts import phrase_cache
from voice.tts.phrase_cache import PhraseBook, PhraseCachedTTS, phrase_key
from voice.tts.piper import PiperTTS

HOURS = "On Fridays, we're open 8 AM to 2 PM."
NO_RETRY = APIConnectOptions(max_retry=0)


@pytest.fixture(autouse=True)
def _fresh_memory():
    phrase_cache.forget_memory()
    yield
    phrase_cache.forget_memory()


class Mute(PiperTTS):
    """Piper that has lost its voice: any synthesis fails."""

    def _sentences(self, text, opts):
        raise RuntimeError("the voice was asked to speak")
        yield b""  # a generator, as Piper's own


async def _pcm(voice, text: str) -> bytes:
    async with voice.synthesize(text, conn_options=NO_RETRY) as stream:
        return b"".join([bytes(ev.frame.data) async for ev in stream])


@pytest.mark.slow
async def test_a_rendered_sentence_plays_from_the_book_without_the_voice(tmp_path):
    book = PhraseBook(tmp_path / "t_law")
    recorded = await _pcm(PhraseCachedTTS(PiperTTS(), book, record=True), HOURS)
    assert len(recorded) > 22_050  # over half a second of speech
    assert book.rendered == {phrase_key(PiperTTS(), HOURS)}
    assert (book.directory / phrase_key(PiperTTS(), HOURS)).is_file()

    phrase_cache.forget_memory()  # a new worker process: read from the file
    cached = PhraseCachedTTS(Mute(), PhraseBook(tmp_path / "t_law"))
    assert await _pcm(cached, f"  {HOURS} ") == recorded and cached.hits == 1
    assert await _pcm(cached, HOURS) == recorded and cached.hits == 2  # now from memory
    # a sentence never rendered is the voice's to speak (and this one cannot)
    with pytest.raises(APIError):
        await _pcm(cached, "Your appointment is confirmed.")
    assert cached.hits == 2
    # LiveKit's metrics name the voice that really speaks: the call records "piper"
    piper = PhraseCachedTTS(PiperTTS(), book)
    assert piper.label == PiperTTS().label and provider_key("tts", piper.label) == "piper"
    assert (piper.model, piper.provider) == (PiperTTS().model, PiperTTS().provider)


@pytest.mark.slow
async def test_a_call_never_stores_what_it_says(tmp_path):
    book = PhraseBook(tmp_path / "t_law")
    await _pcm(PhraseCachedTTS(PiperTTS(), book), "Your name is Ann Lee, is that right?")
    assert not book.directory.exists() and book.rendered == set()


def test_the_voice_its_options_and_the_words_make_the_key():
    slower = PiperTTS(length_scale=1.2)
    assert phrase_key(PiperTTS(), HOURS) == phrase_key(PiperTTS(), f"{HOURS}\n")
    assert phrase_key(PiperTTS(), HOURS) != phrase_key(slower, HOURS)
    assert phrase_key(PiperTTS(), HOURS) != phrase_key(PiperTTS(), HOURS.replace("2", "3"))


def test_a_new_rendering_removes_what_is_no_longer_said(tmp_path):
    book = PhraseBook(tmp_path)
    for name in ("a.wav", "b.wav"):
        book.store(name, b"\0\0" * 100, 22_050)
    (tmp_path / ".manifest").write_text("x")
    assert book.has("a.wav") and book.has("b.wav") and not book.has("c.wav")
    assert book.keep_only({"b.wav"}) == 1
    assert not book.has("a.wav") and book.has("b.wav") and (tmp_path / ".manifest").exists()
    assert PhraseBook(tmp_path / "missing").keep_only(set()) == 0
    assert not PhraseBook(tmp_path / "missing").has("b.wav")
    (tmp_path / "c.wav").write_bytes(b"not a wav")  # a damaged file is spoken live instead
    phrase_cache.forget_memory()
    assert book.has("c.wav") and book.load("c.wav") is None


def test_memory_keeps_the_most_recently_played_within_its_bound():
    memory = phrase_cache._Memory(limit=250)
    for name in "abc":
        memory.put(name, (b"x" * 100, 8000))
    assert memory.get("a") is None  # three did not fit: the oldest went
    assert memory.get("b") and memory.get("c")  # "c" is now the most recently played
    memory.put("d", (b"x" * 100, 8000))
    assert memory.get("b") is None and memory.get("c") and memory.get("d")
    memory.put("huge", (b"x" * 1000, 8000))  # larger than the bound: never held
    assert memory.get("huge") is None and memory.get("c") and memory.get("d")


def test_a_streaming_voice_is_left_as_it_is(tmp_path):
    from voice.tts.cartesia import build_cartesia_tts

    voice = build_cartesia_tts(api_key="sk_car_test", voice="v", base_url="http://127.0.0.1:9")
    assert voice.capabilities.streaming
    with pytest.raises(ValueError, match="streams"):
        PhraseCachedTTS(voice, PhraseBook(tmp_path))
