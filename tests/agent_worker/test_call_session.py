"""A whole call through `start_call`/`finish_call` and the refusal path, on LiveKit's real
AgentSession with failure-injecting providers; Property 10 (graceful degradation)."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest
from asgiref.sync import sync_to_async
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent_worker.entrypoint import call_numbers
from agent_worker.greetings import greeting_path
from agent_worker.session import PHONE_ROOM_OPTIONS, finish_call, refuse_call, start_call
from calls.models import Call
from tenants.models import Tenant
from tenants.router import MultiTenantRouter, RouteReason
from tests.voice.fakes import FAILURES, Behaviour, FakeTTS
from voice.audio_io import INPUT_FRAME_MS, CaptureAudioOutput, PacedAudioInput, read_wav
from voice.error_handler import GOODBYE_TEXT, prerender_goodbye
from voice.factory import VoiceAssistantFactory
from voice.vad import load_vad

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("thread_db_cleanup")]
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


async def test_a_room_feeds_the_session_what_the_simulator_feeds_it():
    """A phone call's audio reaches the session as in the simulator: same rate, 32 ms frames
    of one Silero window each (LiveKit's defaults are 24 kHz in 50 ms frames), so simulated
    latencies are a call's."""
    options = PHONE_ROOM_OPTIONS.get_audio_input_options()
    line = PacedAudioInput()
    line.close()
    assert (options.sample_rate, options.frame_size_ms) == (line.sample_rate, INPUT_FRAME_MS)
    assert (line.sample_rate, line._per_frame) == (16_000, 512)


def test_numbers_come_from_the_sip_attributes_or_the_dispatch_metadata():
    attrs = {"sip.trunkPhoneNumber": "+15105550101", "sip.phoneNumber": "+14155550100"}
    assert call_numbers(attrs, None) == ("+15105550101", "+14155550100")
    meta = json.dumps({"dialled_number": "+12125550102", "tenant_schema": "hale_law"})
    assert call_numbers({}, meta) == ("+12125550102", "")
    assert call_numbers({}, "not json") == ("", "")
    assert call_numbers({"sip.phoneNumber": "+1415"}, meta) == ("+12125550102", "+1415")


@pytest.fixture
def law(fleet, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # greetings render here
    return MultiTenantRouter().get_client_config("t_law")


def _io(output: CaptureAudioOutput):
    def configure(session) -> None:
        session.output.audio = output
    return configure


async def _stored(pk: int) -> tuple[Call, list[tuple[str, str]]]:
    def read():
        with schema_context("t_law"):
            call = Call.objects.get(pk=pk)
            return call, list(call.turns.order_by("index").values_list("user_text",
                                                                        "agent_text"))
    return await sync_to_async(read)()


async def test_a_call_is_greeted_recorded_turn_by_turn_and_closed(law, fake_providers,
                                                                  all_providers_settings):
    output = CaptureAudioOutput()
    factory = VoiceAssistantFactory(replace(all_providers_settings, OLLAMA_HOST="",
                                            OPENAI_API_KEY="", WATSONX_API_KEY=""))
    handle = await start_call(law, caller_number="+14155550100", dialled_number="+12125550102",
                              configure_io=_io(output), factory=factory, vad=load_vad())
    await handle.greeting.wait_for_playout()
    # an open question goes to the LLM; a goodbye is the call flow's (agent_worker/flows)
    await handle.session.run(user_input="Is there wifi in the waiting room?")
    await handle.session.run(user_input="Thanks, bye")
    await handle.recorder.written()  # each exchange's write was issued as it happened
    call, turns = await _stored(handle.call_pk)
    assert turns[:2] == [("", law.greeting),  # stored as they happened
                         # a local model's open turn is bridged (agent_worker/open_turns.py)
                         ("Is there wifi in the waiting room?",
                          "One moment. reply from llama_cpp")]
    await handle.session.aclose()
    call = await finish_call(handle)

    pcm, _rate = read_wav(greeting_path(law))
    assert output.segments[0].pcm()[:len(pcm)] == pcm  # the pre-rendered greeting played first
    call, turns = await _stored(handle.call_pk)
    assert turns == [("", law.greeting),
                     ("Is there wifi in the waiting room?", "One moment. reply from llama_cpp"),
                     ("Thanks, bye", "Thank you for calling Fleet Law. Goodbye!")]
    assert (call.status, call.outcome) == (Call.Status.COMPLETED, Call.Outcome.INFORMATION_ONLY)
    assert call.transcript.startswith(f"Receptionist: {law.greeting}\nCaller: Is there wifi")
    assert call.caller_number == "+14155550100" and call.sentiment

    def routes():
        with schema_context("t_law"):
            return list(call.turns.order_by("index").values_list("llm_provider", "complexity"))
    # each turn is credited by whatever decided it: nobody (the greeting), the model, the flow
    assert await sync_to_async(routes)() == [("", ""), ("llama_cpp", "simple"),
                                             ("flow", "simple")]


async def test_a_call_whose_start_fails_is_not_left_in_progress(law):
    class BrokenFactory(VoiceAssistantFactory):
        def create_assistant(self, prefs, **kwargs):
            raise RuntimeError("the local model would not load")

    def in_progress():
        with schema_context("t_law"):
            return Call.objects.filter(status=Call.Status.IN_PROGRESS).count()

    before = await sync_to_async(in_progress)()
    with pytest.raises(RuntimeError, match="would not load"):
        await start_call(law, caller_number="+14155550100", factory=BrokenFactory())
    assert await sync_to_async(in_progress)() == before

    def last():
        with schema_context("t_law"):
            return Call.objects.order_by("-pk").values_list("status", "outcome").first()
    assert await sync_to_async(last)() == (Call.Status.COMPLETED, Call.Outcome.FAILED)


async def test_an_unknown_number_hears_a_polite_refusal(fleet):
    decision = await sync_to_async(MultiTenantRouter().route_call)("+19995550100", "+1415")
    output = CaptureAudioOutput()
    await refuse_call(decision, tts=FakeTTS("voice"), configure_io=_io(output))
    assert decision.reason in (RouteReason.UNKNOWN_NUMBER, RouteReason.INVALID_NUMBER)
    assert output.segments and output.segments[0].duration > 0


async def test_a_suspended_business_refuses_and_records_the_rejected_call(fleet):
    def suspend():
        from tenants.models import PhoneNumber
        PhoneNumber.objects.create(e164="+12125550177", tenant=fleet["t_law"])
        Tenant.objects.filter(schema_name="t_law").update(subscription_status="suspended")
    await sync_to_async(suspend)()
    try:
        decision = await sync_to_async(MultiTenantRouter().route_call)("+12125550177", "")
        assert decision.reason == RouteReason.INACTIVE_SUBSCRIPTION
        await refuse_call(decision, tts=FakeTTS("voice"), configure_io=_io(CaptureAudioOutput()))

        def rejected():
            with schema_context("t_law"):
                return list(Call.objects.values_list("outcome", flat=True))
        assert await sync_to_async(rejected)() == [Call.Outcome.REJECTED]
    finally:
        def restore():
            from tenants.models import PhoneNumber
            PhoneNumber.objects.filter(e164="+12125550177").delete()
            Tenant.objects.filter(schema_name="t_law").update(subscription_status="active")
        await sync_to_async(restore)()


behaviour = st.builds(Behaviour, failure=st.sampled_from(sorted(FAILURES)),
                      fail_first=st.integers(0, 3), always=st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=HEALTH)
@given(llm_chain=st.lists(behaviour, min_size=2, max_size=2),
       tts_chain=st.lists(behaviour, min_size=2, max_size=2))
async def test_property_10_error_recovery_graceful_degradation(law, fake_providers,
                                                               all_providers_settings,
                                                               llm_chain, tts_chain):
    """Property 10: for any system error or timeout, the system either recovers automatically
    or ends the call gracefully with a professional message, never leaving callers in an
    undefined state."""
    for kind, keys, chain in (("llm", ["llama_cpp", "openai"], llm_chain),
                              ("tts", ["piper", "kokoro"], tts_chain)):
        for key, b in zip(keys, chain, strict=True):
            fake_providers.behaviours[(kind, key)] = b
    s = replace(all_providers_settings, OLLAMA_HOST="", WATSONX_API_KEY="", CARTESIA_API_KEY="",
                DEEPGRAM_API_KEY="", LLM_ATTEMPT_TIMEOUT=2.0)
    recovers = all(any(b.serves() for b in chain) for chain in (llm_chain, tts_chain))
    hung_up = asyncio.Event()

    async def hang_up() -> None:
        hung_up.set()

    output = CaptureAudioOutput()
    config = replace(law, voice_provider="auto", llm_provider="auto")
    handle = await start_call(config, configure_io=_io(output), hang_up=hang_up,
                              factory=VoiceAssistantFactory(s), vad=load_vad())
    await handle.greeting.wait_for_playout()
    try:
        # an open question: the flow hands it to the LLM chain under test
        await handle.session.run(user_input="Is there wifi in the waiting room?")
    except Exception:
        pass
    if recovers:
        assert not hung_up.is_set()
        reply = output.segments[-1]
        assert not reply.interrupted and reply.duration > 0
    else:
        await asyncio.wait_for(hung_up.wait(), 10)
        pcm, _rate = await prerender_goodbye()
        assert output.segments[-1].pcm() == pcm  # the goodbye is the last thing heard
    await handle.session.aclose()
    call = await finish_call(handle)
    assert call.status == Call.Status.COMPLETED  # never left in progress
    if not recovers:
        assert GOODBYE_TEXT in call.transcript or call.transcript == ""


def test_a_turn_is_credited_to_the_reply_the_caller_heard():
    """A draft of the reply to "Okay." went to the cloud model and was thrown away when the
    caller went on ("Okay. Where are you located?"); its route may be reported after the flow's.
    The turn is credited to the speech that was heard and carries the cost of every draft of its
    turn; a draft already under way for the next caller line keeps its own."""
    from agent_worker.session import CallRecorder
    from voice.routing import Complexity, TurnRoute, flow_route

    def route(provider: str, cost: float = 0.0) -> TurnRoute:
        return TurnRoute(complexity=Complexity.SIMPLE, intended=provider, provider=provider,
                         model=provider, fell_back=False, ttft_ms=1.0, duration_ms=1.0,
                         prompt_tokens=10, completion_tokens=5, cost_usd=cost)

    recorder = CallRecorder(schema="t_law", call_pk=0)
    recorder.report("speech_heard", 2, flow_route(complexity=Complexity.SIMPLE, elapsed_ms=3.0))
    recorder.report("speech_dropped", 2, route("openai", cost=0.002))
    recorder.report("speech_next", 3, route("llama_cpp"))
    chosen = recorder._route_heard("speech_heard")
    assert chosen.provider == "flow" and chosen.cost_usd == 0.002
    assert (chosen.prompt_tokens, chosen.completion_tokens) == (10, 5)
    assert recorder._route_heard("speech_heard") is None  # each draft counts once
    assert recorder._route_heard("speech_dropped") is None  # folded into the heard reply
    assert recorder._route_heard("speech_next").provider == "llama_cpp"  # its own turn's
    assert recorder._route_heard(None) is None  # the greeting: nobody decided it
    # a draft that called a tool and then answered reports twice: both calls are paid for
    recorder.report("speech_tool", 4, route("openai", cost=0.001))
    recorder.report("speech_tool", 4, route("openai", cost=0.003))
    both = recorder._route_heard("speech_tool")
    assert both.cost_usd == 0.004 and both.prompt_tokens == 20
