"""LiveKit plugins are registered on the main thread when Django starts (voice/plugins.py), since
LiveKit refuses a registration from any other thread and calls start on other threads."""

from __future__ import annotations

import subprocess
import sys
import threading

from livekit.agents import Plugin

from voice import plugins
from voice.vad import SILERO

REPO = plugins.__file__.rsplit("/voice/", 1)[0]


def test_django_start_up_registers_silero_on_the_main_thread():
    assert SILERO in [p.title for p in Plugin.registered_plugins]


def test_a_cloud_vendor_is_loaded_only_when_the_deployment_has_its_key(settings):
    settings.CARTESIA_API_KEY = ""
    settings.DEEPGRAM_API_KEY = ""
    settings.OPENAI_API_KEY = ""
    assert list(plugins.plugins_used()) == [SILERO]
    settings.CARTESIA_API_KEY = "sk-test"
    settings.DEEPGRAM_API_KEY = "dg-test"
    assert list(plugins.plugins_used()) == [SILERO, "livekit.plugins.deepgram",
                                            "livekit.plugins.cartesia"]


def test_off_the_main_thread_it_loads_nothing_and_says_why(caplog):
    loaded: list[list[str]] = []
    thread = threading.Thread(target=lambda: loaded.append(plugins.plugins_load()))
    thread.start()
    thread.join()
    assert loaded == [[]] and "off the main thread" in caplog.text


def test_a_provider_built_off_the_main_thread_finds_its_plugin_registered():
    """The issue's failure: runserver's autoreloader serves from a thread of its own, where the
    first import of a plugin raised "Plugins must be registered on the main thread"."""
    code = (
        "import os, threading, django; "
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'receptionist.settings'); "
        "django.setup(); "
        "from voice.vad import load_vad; "
        "out = []; t = threading.Thread(target=lambda: out.append(type(load_vad()).__name__)); "
        "t.start(); t.join(); print(out)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert run.stdout.strip().splitlines()[-1] == "['VAD']", run.stderr
