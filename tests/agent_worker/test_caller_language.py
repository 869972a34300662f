"""A caller in another language on a whole call in audio mode, on the real local models (Silero
VAD, whisper tiny.en checked by whisper base, the embedded LLM, Piper): the recogniser's
language reaches the call flow with the caller's words, and the caller is answered in theirs;
the caller's next line, in English, reaches it as English."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from asgiref.sync import sync_to_async

from agent_worker.agent import Receptionist
from agent_worker.flows.replies import HANDOFF
from agent_worker.greetings import greeting_render
from agent_worker.session import finish_call, start_call
from agent_worker.simulator import spoken_caller
from tenants.router import MultiTenantRouter
from tests.voice import audio
from voice.audio_io import PacedAudioInput, RealtimeCaptureAudioOutput, Utterance

pytestmark = [pytest.mark.django_db, pytest.mark.slow,
              pytest.mark.usefixtures("thread_db_cleanup")]
HANG = 600  # seconds: a deadline against a hang, not a speed claim
SPANISH = "Quiero cambiar mi cita para el jueves por la tarde."
ENGLISH = "My name is Mary Johnson."


def _espeak_caller(text: str, voice: str) -> Utterance:
    speech, rate = audio.espeak_speech(text, voice=voice)
    line = audio.phone_line(speech, rate)
    pcm = (np.clip(line, -1, 1) * 32767).astype(np.int16).tobytes()
    return Utterance(pcm=pcm, sample_rate=audio.PHONE_RATE, text=text)


async def _answered(session) -> None:
    """Until a reply to the caller has been said."""
    heard, answered = asyncio.Event(), asyncio.Event()

    def on_item(event) -> None:
        role = getattr(event.item, "role", None)
        if role == "user":
            heard.set()
        elif role == "assistant" and heard.is_set():
            answered.set()

    session.on("conversation_item_added", on_item)
    try:
        await answered.wait()
    finally:
        session.off("conversation_item_added", on_item)


async def test_a_spanish_caller_is_recognised_and_answered_in_spanish(fleet, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    config = await sync_to_async(MultiTenantRouter().get_client_config)("t_vet")  # Piper voice
    await greeting_render(config)
    line, output = PacedAudioInput(), RealtimeCaptureAudioOutput()

    def configure(session) -> None:
        session.input.audio, session.output.audio = line, output

    handle = await start_call(config, caller_number="+14155550123", configure_io=configure,
                              is_test=True)
    answered: asyncio.Future[None] | None = None
    try:
        async with asyncio.timeout(HANG):
            await handle.greeting.wait_for_playout()
            answered = asyncio.ensure_future(_answered(handle.session))
            await line.play(_espeak_caller(SPANISH, "es"))
            await answered
            agent = handle.session.current_agent
            first_turn = (agent.heard_language(1),
                          getattr(agent._runner.flow, "heard_language", None))
            answered = asyncio.ensure_future(_answered(handle.session))
            await line.play(spoken_caller(ENGLISH))  # asked for their name, they try English
            await answered
    finally:
        if answered is not None:
            answered.cancel()
        line.close()
        await handle.session.aclose()
        await finish_call(handle)

    said = [(item.role, item.text_content or "") for item in handle.session.history.items
            if getattr(item, "role", None) in ("user", "assistant")]
    caller = [text for role, text in said if role == "user"]
    assert isinstance(agent, Receptionist)
    assert first_turn == ("es", "es")  # the flow was told
    assert {"jueves", "tarde"} & audio.words(caller[0]), caller  # their words, in Spanish
    replies = [text for role, text in said if role == "assistant"]
    assert HANDOFF["es"] in replies[1], said  # after the greeting: the apology in Spanish
    # the next turn is English, and the flow is told so (nothing carries over between turns)
    assert agent.heard_language(2) == ""
    assert getattr(agent._runner.flow, "heard_language", None) == ""
    assert "johnson" in audio.words(caller[-1]), caller
