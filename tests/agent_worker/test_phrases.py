"""A business's fixed replies, rendered ahead in its voice, are what its calls say and play."""

from __future__ import annotations

import dataclasses

import pytest
from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context
from livekit.agents import tokenize

from agent_worker.flows import FlowRunner
from agent_worker.flows.fixed_replies import fixed_replies
from agent_worker.flows.when import WEEKDAYS
from agent_worker.phrases import phrase_book, phrases_current, phrases_refresh, phrases_render
from agent_worker.simulator import simulate_call, spoken_caller
from tenants.models import PhoneNumber
from tenants.router import MultiTenantRouter
from tests.agent_worker.flow_support import call_flow
from tests.factories import FLEET
from voice.factory import VoiceAssistantFactory
from voice.tts import phrase_cache
from voice.tts.phrase_cache import PhraseCachedTTS

NUMBER = "+15105550187"


def _questions(config) -> list[str]:
    lines = [f"What are your hours on {day.capitalize()}?" for day in WEEKDAYS]
    lines += ["What are your opening hours?", "Are you open at the weekend?",
              "Are you open right now?", "Where are you located?", "Is there parking?",
              "Okay, goodbye."]
    for service in config.services:
        lines += [f"How much is {service['name']}?", f"Do you do {service['name']}?"]
    lines += [str(entry["question"]) for entry in config.faq]
    return lines


def _sentences(config) -> set[str]:
    """The sentences the fixed replies are spoken as: each reply goes through the sentence
    tokenizer a call's replies go through, and a sentence two replies share is rendered once
    ("I'm sorry, I can't share that." alone and at the start of the longer refusal)."""
    tokenizer = tokenize.blingfire.SentenceTokenizer(retain_format=True, xml_aware=False)
    return {s.strip() for text in fixed_replies(config) for s in tokenizer.tokenize(text)}


@pytest.mark.django_db
@pytest.mark.parametrize("schema", [spec["schema_name"] for spec in FLEET])
def test_the_flows_answer_questions_with_the_fixed_replies(fleet, schema):
    """Every hours, price, FAQ, location and goodbye answer of each profession's business is
    one the voice rendered ahead (the list and the flows cannot drift apart)."""
    config = MultiTenantRouter().get_client_config(schema)
    fixed = set(fixed_replies(config))
    lines = _questions(config)
    assert len(lines) >= 13 + len(config.services) * 2
    with schema_context(schema):
        for line in lines:
            reply = FlowRunner(call_flow(config)).respond(1, line)
            assert reply.text in fixed, (line, reply.text)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    phrase_cache.forget_memory()
    yield tmp_path
    phrase_cache.forget_memory()


@pytest.mark.django_db
@pytest.mark.slow
async def test_rendering_is_kept_current_and_incremental(fleet, media):
    config = await sync_to_async(MultiTenantRouter().get_client_config)("t_law")  # Piper
    assert not await sync_to_async(phrases_current)(config)
    count = await phrases_render(config)
    book = phrase_book(config)
    files = {p.name: p.stat().st_mtime_ns for p in book.directory.glob("*.wav")}
    assert count == len(files) == len(_sentences(config))
    assert await sync_to_async(phrases_current)(config)
    assert await phrases_refresh(config) is None  # current: nothing to do

    # the owner changes one price: only the sentences that say it are spoken again
    services = [dict(s) for s in config.services]
    services[0]["price_usd"] = 123
    edited = dataclasses.replace(config, services=services)
    assert not await sync_to_async(phrases_current)(edited)
    assert await phrases_refresh(edited) == count
    after = {p.name: p.stat().st_mtime_ns for p in book.directory.glob("*.wav")}
    new = set(after) - set(files)
    # its price, its "yes, we do" and the price list read to a caller who names none
    assert 1 <= len(new) <= 3 and len(set(files) - set(after)) == len(new)
    assert all(after[name] == files[name] for name in set(after) & set(files))


@pytest.fixture
async def law_line(fleet, media):
    def give(tenant) -> None:
        PhoneNumber.objects.update_or_create(e164=NUMBER, defaults={"tenant": tenant})
    await sync_to_async(give)(fleet["t_law"])
    yield media
    await sync_to_async(PhoneNumber.objects.filter(e164=NUMBER).delete)()


class KeepsPipelines(VoiceAssistantFactory):
    def __init__(self) -> None:
        super().__init__()
        self.pipelines = []

    def create_assistant(self, prefs, **kwargs):
        pipeline = super().create_assistant(prefs, **kwargs)
        self.pipelines.append(pipeline)
        return pipeline


@pytest.mark.django_db
@pytest.mark.slow
@pytest.mark.usefixtures("thread_db_cleanup")
async def test_a_call_plays_the_fixed_replies_from_the_book(law_line):
    """`simulate_call` renders them first, as the command does (a worker renders them after
    its first call); the call's voice then plays the hours from the book."""
    config = await sync_to_async(MultiTenantRouter().get_client_config)("t_law")
    factory = KeepsPipelines()
    lines = ["What are your opening hours on Friday?"]
    result = await simulate_call(schema="t_law", utterances=[spoken_caller(t) for t in lines],
                                 out_dir=law_line / "out", factory=factory, render_ahead=True)
    assert result.phrases_rendered == len(_sentences(config))
    assert result.turns and result.turns[0].agent in fixed_replies(config)
    voices = factory.pipelines[0].tts._tts_instances  # the business's voice, then fallbacks
    assert all(isinstance(v, PhraseCachedTTS) and not v.record for v in voices)
    assert voices[0].wrapped.provider == "piper"
    assert voices[0].hits >= 1  # the hours answer came from the book


@pytest.mark.django_db
@pytest.mark.parametrize("schema", [spec["schema_name"] for spec in FLEET])
def test_the_questions_a_booking_starts_with_and_asks_again_are_rendered_ahead(fleet, schema):
    """The business's own question before a booking ("Have you been to our office before?") and
    the question put again when an answer was not caught play from the phrase book too."""
    config = MultiTenantRouter().get_client_config(schema)
    book = _sentences(config)
    tokenizer = tokenize.blingfire.SentenceTokenizer(retain_format=True, xml_aware=False)
    with schema_context(schema):
        runner = FlowRunner(call_flow(config))
        said = [runner.respond(turn, line).text for turn, line in enumerate(
            ["I'd like to book an appointment, please.", "Um.", "Um.", "Um."], start=1)]
    first = [s.strip() for s in tokenizer.tokenize(said[0])]
    assert first[-1] in book, said[0]
    assert all(s.strip() in book for text in said[1:] for s in tokenizer.tokenize(text)), said
