"""Every reply the call flows give word for word for one business, whatever the caller said.

The business's voice renders these ahead of calls (agent_worker/phrases.py), so the answers a
receptionist gives most — the hours, the prices, the FAQ, "Is there anything else I can help
you with?", the goodbye — start playing the moment the caller's turn ends. Replies built around
what the caller said (a slot, a name, a number read back) are not here; they are spoken live.
"""

from __future__ import annotations

from agent_worker.flows import replies
from agent_worker.flows.knowledge import knowledge_replies
from agent_worker.flows.location import location_answer
from frontdesk.call_config import CallConfig


def fixed_replies(config: CallConfig) -> list[str]:
    business = config.business_name
    texts = [
        replies.HOW_CAN_I_HELP, replies.ANYTHING_ELSE, replies.ASK_TIME, replies.ASK_NAME,
        replies.ASK_NUMBER, replies.ASK_REASON, replies.STILL_THERE, replies.NOT_CAUGHT,
        replies.TRANSFER_NOW, *replies.INSTEAD_OF_MODEL, *replies.BRIDGES,
        replies.GOODBYE.format(business=business),
        replies.INJECTION.format(business=business), replies.INJECTION_AGAIN,
        replies.OUT_OF_SCOPE.format(business=business),
        f"You're welcome! {replies.ANYTHING_ELSE}",
        f"No problem. {replies.ANYTHING_ELSE}",
        f"Great. {replies.HOW_CAN_I_HELP}",
        replies.booking_notes(config.booking.notes),
        replies.NAME_AGAIN, replies.NUMBER_AGAIN, replies.TIME_AGAIN,
        replies.TROUBLE_UNDERSTANDING,
        # the business's own questions before a booking ("Have you been to our office before?")
        *config.qualification_questions,
    ]
    texts += knowledge_replies(config)
    texts += [location_answer(config), location_answer(config, parking=True),
              location_answer(config, offer_message=True),
              location_answer(config, parking=True, offer_message=True)]
    texts += [*config.objection_handlers.values(), config.safe_alternative]
    seen: set[str] = set()
    return [t for t in (t.strip() for t in texts) if t and not (t in seen or seen.add(t))]
