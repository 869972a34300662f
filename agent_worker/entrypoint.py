"""The LiveKit job entrypoint: who was dialled, which business answers, and the call itself.

Runs in a job process of the agent worker (pickled by reference, so it stays module-level).
"""

from __future__ import annotations

import json
import logging
from typing import Any

logger = logging.getLogger(__name__)

DIALLED_ATTRIBUTE = "sip.trunkPhoneNumber"
CALLER_ATTRIBUTE = "sip.phoneNumber"


def call_numbers(attributes: dict[str, str], metadata: str | None) -> tuple[str, str]:
    """(dialled, caller) from the SIP participant's attributes, else the dispatch metadata
    (`provision_sip` puts {"dialled_number": ...} there; a test call may add "caller_number")."""
    dialled = attributes.get(DIALLED_ATTRIBUTE, "")
    caller = attributes.get(CALLER_ATTRIBUTE, "")
    if metadata and (not dialled or not caller):
        try:
            data = json.loads(metadata)
        except ValueError:
            data = {}
        if isinstance(data, dict):
            dialled = dialled or str(data.get("dialled_number") or "")
            caller = caller or str(data.get("caller_number") or "")
    return dialled, caller


async def entrypoint(ctx: Any) -> None:
    """Answer one call in a LiveKit room."""
    import django

    django.setup()
    from livekit import rtc

    from agent_worker.db import call_db
    from agent_worker.phrases import phrases_refresh
    from agent_worker.session import finish_call, refuse_call, start_call
    from tenants.router import MultiTenantRouter
    from voice.factory import VoiceAssistantFactory

    await ctx.connect()
    participant = await ctx.wait_for_participant()
    attributes = dict(participant.attributes)
    dialled, caller = call_numbers(attributes, ctx.job.metadata)
    decision = await call_db(MultiTenantRouter().route_call)(dialled, caller)
    factory = VoiceAssistantFactory()
    vad = ctx.proc.userdata.get("vad") if hasattr(ctx, "proc") else None

    async def hang_up() -> None:
        await ctx.delete_room()

    if not decision.accepted:
        logger.info("refusing call to %s: %s", dialled, decision.reason)
        await refuse_call(decision, tts=factory.create_tts(decision.config.voice)
                          if decision.config else factory.default_tts(), room=ctx.room)
        await hang_up()
        return

    is_sip = participant.kind == rtc.ParticipantKind.PARTICIPANT_KIND_SIP

    async def transfer(number: str) -> None:
        await ctx.transfer_sip_participant(participant, f"tel:{number}")

    handle = await start_call(
        decision.config, caller_number=decision.caller_number,
        dialled_number=decision.dialled_number, room=ctx.room, vad=vad, factory=factory,
        transfer=transfer if is_sip else None, hang_up=hang_up, room_name=ctx.room.name,
        sip_call_id=attributes.get("sip.callID", ""), is_test=not is_sip)
    ctx.add_shutdown_callback(lambda: finish_call(handle))
    await handle.closed.wait()
    # the caller has gone: render the business's fixed replies if this call found them stale
    try:
        await phrases_refresh(decision.config, factory=factory)
    except Exception:
        logger.exception("%s: rendering the fixed replies failed", decision.config.client_id)
