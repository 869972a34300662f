"""The LiveKit plugins this deployment uses, imported on the main thread when Django starts.

A LiveKit plugin package registers itself as it is first imported, and LiveKit takes a
registration only on the process's main thread (`Plugin.register_plugin` raises "Plugins must
be registered on the main thread"; its worker walks the registered plugins to download their
files). Our providers import their plugin lazily (voice/registry.py), on whichever thread first
builds one, and that is often not the main thread: `manage.py runserver` with its autoreloader
(`make run`) serves from a thread of its own, sync views and eager Celery jobs run in worker
threads. So `VoiceConfig.ready` imports here every plugin a call of this deployment can use
(Silero for every call's VAD, each configured cloud vendor's), where Django is set up: on the
main thread of manage.py (runserver too, before the autoreloader starts its thread), of daphne
importing receptionist.asgi, of Celery and of the agent worker's job processes. A vendor the
deployment does not use is still never imported.
"""

from __future__ import annotations

import logging
import threading

from voice import registry
from voice.assets import import_sdk
from voice.vad import SILERO, SILERO_REQUIREMENT

logger = logging.getLogger(__name__)


def plugins_used() -> dict[str, str | None]:
    """The LiveKit plugin packages this deployment's calls can use, each with its pip
    requirement (None: the vendor's own, named by `import_sdk`)."""
    from voice.factory import VoiceAssistantFactory

    used: dict[str, str | None] = {SILERO: SILERO_REQUIREMENT}
    for kind, key in VoiceAssistantFactory().provider_keys():
        plugin = registry.spec(kind, key).plugin
        if plugin:
            used.setdefault(plugin, None)
    return used


def plugins_load() -> list[str]:
    """Import (and so register) the plugins this deployment uses; returns those imported.

    Off the main thread this does nothing but say so, since the imports would fail there. A
    plugin that is not installed is left to fail, with its install command, where a call needs
    it: the web pages of a business that never calls still work."""
    if threading.current_thread() is not threading.main_thread():
        logger.warning("LiveKit plugins not loaded: Django was set up off the main thread (%s)",
                       threading.current_thread().name)
        return []
    loaded = []
    for module, requirement in plugins_used().items():
        try:
            import_sdk(module, requirement)
        except ImportError as exc:
            logger.warning("%s", exc)
            continue
        loaded.append(module)
    return loaded
