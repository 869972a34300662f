"""VoiceAssistantFactory: per-business chains, and the design's Properties 3, 6 and 7."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from livekit import rtc
from livekit.agents import Agent, AgentSession, APIConnectionError
from livekit.agents.voice.agent_session import SessionConnectOptions

from tenants.router import MultiTenantRouter
from tests.factories import FLEET
from tests.voice.conftest import AMPLITUDES
from tests.voice.fakes import FAILURES, Behaviour
from voice.audio_io import CaptureAudioOutput
from voice.base import BackoffConnectOptions
from voice.error_handler import GOODBYE_TEXT, install_graceful_degradation, prerender_goodbye
from voice.factory import VoiceAssistantFactory
from voice.vad import load_vad

pytestmark = pytest.mark.django_db
SCHEMAS = [f["schema_name"] for f in FLEET]
PROFESSION_OF = {f["schema_name"]: f["profession"] for f in FLEET}
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _config(schema: str):
    return MultiTenantRouter().get_client_config(schema)


class _Configs(dict):
    def __repr__(self) -> str:  # keeps hypothesis failure reports readable
        return f"<configs of {', '.join(self)}>"


@pytest.fixture
def configs(fleet):
    """Every fleet business's routed configuration, read before any event loop runs."""
    return _Configs({schema: _config(schema) for schema in SCHEMAS})


def test_chains_follow_the_business_preferences(fleet, all_providers_settings):
    factory = VoiceAssistantFactory(all_providers_settings)
    config = _config("t_plumb")  # its voice is a Cartesia voice
    assert factory.stt_chain(config.voice) == ["whisper", "deepgram"]
    assert factory.llm_chains(config.voice) == (
        ["ollama", "llama_cpp", "watsonx", "openai"],
        ["watsonx", "openai", "ollama", "llama_cpp"],
    )
    assert factory.tts_chain(config.voice) == [
        ("cartesia", "cartesia-voice-123"),
        ("piper", ""),
        ("kokoro", ""),
    ]


def test_without_cloud_keys_everything_is_local(fleet, settings):
    factory = VoiceAssistantFactory()
    config = _config("t_plumb")
    assert factory.stt_chain(config.voice) == ["whisper"]
    assert factory.llm_chains(config.voice) == (["llama_cpp"], [])
    assert factory.tts_chain(config.voice) == [("piper", ""), ("kokoro", "")]


def test_a_business_can_keep_calls_on_this_machine(fleet, all_providers_settings):
    from dataclasses import replace

    config = replace(_config("t_law"), llm_provider="local")
    assert VoiceAssistantFactory(all_providers_settings).llm_chains(config.voice) == (
        ["ollama", "llama_cpp"],
        [],
    )


async def test_temperatures_follow_the_turn_type(configs, fake_providers, all_providers_settings):
    pipeline = VoiceAssistantFactory(all_providers_settings).create_assistant(
        configs["t_dental"].voice, vad=object()
    )
    temps = {}
    for fake in fake_providers.built:
        if hasattr(fake, "temperature"):
            temps.setdefault(fake.name, set()).add(fake.temperature)
    assert temps["llama_cpp"] == {0.1, 0.7} and temps["watsonx"] == {0.1, 0.7}
    assert pipeline.llm.chain_keys("simple")[0] == "ollama"
    assert pipeline.llm.chain_keys("complex")[0] == "watsonx"
    assert isinstance(pipeline.conn_options.llm_conn_options, BackoffConnectOptions)


async def test_each_call_gets_a_vad_of_its_own_on_the_shared_model(
        configs, fake_providers, all_providers_settings):
    shared = load_vad()
    factory = VoiceAssistantFactory(all_providers_settings)
    first = factory.create_assistant(configs["t_dental"].voice, vad=shared)
    second = factory.create_assistant(configs["t_dental"].voice, vad=shared)
    default = factory.create_assistant(configs["t_dental"].voice)
    assert len({id(first.vad), id(second.vad), id(default.vad), id(shared)}) == 4
    assert first.vad._onnx_session is second.vad._onnx_session is shared._onnx_session
    assert default.vad._onnx_session is shared._onnx_session  # load_vad's, loaded once


async def test_each_provider_gets_three_attempts_with_exponential_backoff(
        configs, fake_providers, all_providers_settings):
    from dataclasses import replace

    config = replace(configs["t_law"], llm_provider="local")
    s = replace(all_providers_settings, OLLAMA_HOST="", PROVIDER_RETRY_BASE_SECONDS=0.05)
    pipeline = VoiceAssistantFactory(s).create_assistant(config.voice, vad=object())
    fake = next(f for f in fake_providers.built if getattr(f, "name", "") == "llama_cpp")
    chat_options = pipeline.conn_options.llm_conn_options
    fake.behaviour = Behaviour("5xx", fail_first=2)  # the third attempt succeeds
    reply = await pipeline.llm.chat(chat_ctx=_user_says("hello"),
                                    conn_options=chat_options).collect()
    assert reply.text.strip() == "reply from llama_cpp" and fake.behaviour.calls == 3
    fake.behaviour = Behaviour("5xx", fail_first=3)  # would need a fourth: the chain gives up
    with pytest.raises(APIConnectionError):
        await pipeline.llm.chat(chat_ctx=_user_says("hello"), conn_options=chat_options).collect()
    options = fake.conn_options[-1]
    assert isinstance(options, BackoffConnectOptions) and options.max_retry == 2
    assert [options._interval_for_retry(i) for i in range(3)] == [0.05, 0.1, 0.2]


def _user_says(text: str):
    from livekit.agents import llm

    ctx = llm.ChatContext.empty()
    ctx.add_message(role="user", content=text)
    return ctx


# --- Property 3 ---------------------------------------------------------------------------

behaviour = st.builds(
    Behaviour,
    failure=st.sampled_from(sorted(FAILURES)),
    fail_first=st.integers(0, 3),
    always=st.booleans(),
)


async def _run_turn(pipeline, caller_text: str):
    """One turn: STT chain, then a text-mode AgentSession with LLM and TTS chains."""
    session = AgentSession(
        llm=pipeline.llm,
        tts=pipeline.tts,
        conn_options=SessionConnectOptions(
            llm_conn_options=pipeline.conn_options.llm_conn_options,
            tts_conn_options=pipeline.conn_options.tts_conn_options,
            max_unrecoverable_errors=10,
        ),
    )
    output = CaptureAudioOutput()
    session.output.audio = output
    ended = asyncio.Event()

    async def hang_up(_reason: str) -> None:
        ended.set()

    goodbye_done = install_graceful_degradation(session, on_goodbye=hang_up)
    await session.start(Agent(instructions="You are a receptionist."), record=False)
    try:
        heard = None
        try:
            event = await pipeline.stt.recognize(
                rtc.AudioFrame(b"\0\0" * 1600, 16000, 1, 1600),
                conn_options=pipeline.conn_options.stt_conn_options,
            )
            heard = event.alternatives[0].text
        except APIConnectionError:
            # the whole STT chain failed: the live session gets the same unrecoverable error
            session.emit(
                "error",
                type(
                    "Ev",
                    (),
                    {
                        "error": type(
                            "E",
                            (),
                            {"recoverable": False, "type": "stt_error", "error": "all STT failed"},
                        )()
                    },
                )(),
            )
        if heard is not None:
            try:
                await session.run(user_input=heard or caller_text)
            except Exception:
                pass
        await asyncio.wait_for(goodbye_done.wait(), 5) if not _all_ok(pipeline) else None
        return heard, output, ended.is_set()
    finally:
        await session.aclose()


def _all_ok(pipeline) -> bool:
    return pipeline._all_ok  # set by the test, from the behaviours it drew


@settings(max_examples=40, deadline=None, suppress_health_check=HEALTH)
@given(
    stt_chain=st.lists(behaviour, min_size=1, max_size=2),
    llm_chain=st.lists(behaviour, min_size=1, max_size=2),
    tts_chain=st.lists(behaviour, min_size=1, max_size=2),
)
async def test_property_3_provider_fallback_resilience(
    configs, fake_providers, settings, stt_chain, llm_chain, tts_chain
):
    """Property 3: for any component failure (STT, LLM, or TTS), the system switches to the
    fallback provider and continues the conversation without dropping the call; when every
    provider of a kind fails, the caller hears the professional goodbye."""
    from voice.factory import VoiceSettings

    s = VoiceSettings.from_django(
        DEEPGRAM_API_KEY="dg",
        OPENAI_API_KEY="sk",
        PROVIDER_RETRY_BASE_SECONDS=0.0,
        LLM_ATTEMPT_TIMEOUT=2.0,
    )
    keys = {
        "stt": ["whisper", "deepgram"],
        "llm": ["llama_cpp", "openai"],
        "tts": ["piper", "kokoro"],
    }
    drawn = {"stt": stt_chain, "llm": llm_chain, "tts": tts_chain}
    for kind, chain in drawn.items():
        for i, key in enumerate(keys[kind]):
            fake_providers.behaviours[(kind, key)] = (
                chain[i] if i < len(chain) else Behaviour("down", always=True)
            )
    works = {
        kind: [fake_providers.behaviours[(kind, k)].serves() for k in keys[kind]] for kind in keys
    }
    from dataclasses import replace

    config = replace(configs["t_law"], llm_provider="auto", voice_provider="auto")
    pipeline = VoiceAssistantFactory(s).create_assistant(config.voice, vad=_NoVAD())
    pipeline._all_ok = all(any(w) for w in works.values())
    await prerender_goodbye()
    heard, output, ended = await _run_turn(pipeline, "I'd like to book")

    if pipeline._all_ok:
        assert heard == f"heard by {keys['stt'][works['stt'].index(True)]}"
        first_tts = keys["tts"][works["tts"].index(True)]
        spoken = np.frombuffer(output.segments[-1].pcm(), dtype=np.int16)
        assert abs(int(np.median(np.abs(spoken))) - AMPLITUDES[first_tts]) < 50
        assert not ended
    else:
        assert ended, "an exhausted chain must end the call after the goodbye"
        goodbye = output.segments[-1]
        pcm, rate = await prerender_goodbye()
        assert goodbye.pcm() == pcm and goodbye.sample_rate == rate


class _NoVAD:
    """The STT fallback adapter wants a VAD for batch STTs; recognize() never uses it."""

    def stream(self):  # pragma: no cover - not reached by recognize()
        raise AssertionError("VAD unused in batch recognition")


# --- Property 6 ---------------------------------------------------------------------------


@settings(max_examples=30, deadline=None, suppress_health_check=HEALTH)
@given(
    schema=st.sampled_from(SCHEMAS),
    texts=st.lists(
        st.text(st.characters(categories=["L", "Zs"]), min_size=1, max_size=40),
        min_size=1,
        max_size=4,
    ),
)
async def test_property_6_voice_clone_consistency(
    configs, fake_providers, all_providers_settings, schema, texts
):
    """Property 6: for any client with a voice clone, all TTS synthesis uses the correct voice
    ID and produces consistent voice characteristics across all responses."""
    fake_providers.built.clear()
    config = configs[schema]
    pipeline = VoiceAssistantFactory(all_providers_settings).create_assistant(
        config.voice, vad=_NoVAD())
    for text in texts:
        frames = [ev.frame async for ev in pipeline.tts.synthesize(text)]
        assert frames
    primary = next(
        f for f in fake_providers.built if getattr(f, "name", "") == config.voice_provider
    )
    assert primary.requests and all(voice == config.voice_id for _, voice in primary.requests)
    assert [t for t, _ in primary.requests] == texts


# --- Property 7 ---------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=HEALTH)
@given(
    schema=st.sampled_from(SCHEMAS),
    utterance=st.sampled_from(
        [
            "Hi, I'd like to book an appointment",
            "What are your hours?",
            "How much does it cost?",
            "Can you explain your cancellation policy and then book me?",
        ]
    ),
)
async def test_property_7_profession_prompt_application(
    configs, fake_providers, all_providers_settings, schema, utterance
):
    """Property 7: for any profession type, the LLM receives and applies the correct
    profession-specific system prompt."""
    fake_providers.built.clear()
    config = configs[schema]
    pipeline = VoiceAssistantFactory(all_providers_settings).create_assistant(
        config.voice, vad=_NoVAD())
    async with AgentSession(llm=pipeline.llm) as session:
        await session.start(Agent(instructions=config.system_prompt), record=False)
        await session.run(user_input=utterance)
    served = [f for f in fake_providers.built if getattr(f, "received", None)]
    assert len(served) == 1
    chat_ctx = served[0].received[-1]
    system = [m for m in chat_ctx.messages() if m.role in ("system", "developer")]
    assert system[0].text_content == config.system_prompt
    assert config.business_name in system[0].text_content
    assert config.profession == PROFESSION_OF[schema]
    assert chat_ctx.messages()[-1].text_content == utterance


def test_goodbye_text_is_professional():
    assert "call us back" in GOODBYE_TEXT and GOODBYE_TEXT.endswith("goodbye.")
