"""The one thing voice/ knows about a business: which providers and voice it prefers.

Built by the business's call configuration (`frontdesk.call_config.CallConfig.voice`); voice/
never sees a business's prompts, hours or anything else it does not need.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoicePreferences:
    """What one business chose for its voice and models: all the factory knows of a business.

    "auto" (or empty) leaves the choice to the deployment; `label` names the business in logs.
    """

    stt_provider: str = "auto"
    llm_provider: str = "auto"
    voice_provider: str = "auto"
    voice_id: str = ""
    label: str = ""
