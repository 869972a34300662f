from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from receptionist.settings.env import (
    database_from_url,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    env_url,
)


def test_env_helpers_read_typed_values(monkeypatch):
    monkeypatch.setenv("X_BOOL", "Yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_FLOAT", "0.25")
    monkeypatch.setenv("X_LIST", "a, b,,c")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT", 1) == 42
    assert env_float("X_FLOAT", 1.0) == 0.25
    assert env_list("X_LIST") == ["a", "b", "c"]
    assert env_str("X_UNSET", "dflt") == "dflt"


@pytest.mark.parametrize("helper, value, message", [
    (lambda: env_bool("X"), "maybe", "X='maybe' is not a boolean"),
    (lambda: env_int("X", 1), "ten", "X='ten' is not an integer"),
    (lambda: env_int("X", 1, minimum=0), "-3", "X=-3 must be at least 0"),
    (lambda: env_float("X", 1.0), "fast", "X='fast' is not a number"),
    (lambda: env_url("X", schemes=("redis",)), "http://h:1", "X='http://h:1' is not a valid URL"),
])
def test_env_helpers_fail_loudly_naming_the_variable(monkeypatch, helper, value, message):
    monkeypatch.setenv("X", value)
    with pytest.raises(ImproperlyConfigured) as err:
        helper()
    assert message in str(err.value)


def test_database_url_parses_host_port_and_socket_dirs():
    tcp = database_from_url("DATABASE_URL", "postgres://u:p@db.example:6543/app")
    assert (tcp["NAME"], tcp["USER"], tcp["PASSWORD"], tcp["HOST"], tcp["PORT"]) == (
        "app", "u", "p", "db.example", "6543")
    sock = database_from_url("DATABASE_URL", "postgresql://postgres@/app?host=/tmp/pg")
    assert sock["HOST"] == "/tmp/pg"
    with pytest.raises(ImproperlyConfigured, match="names no database"):
        database_from_url("DATABASE_URL", "postgres://h:5432/")
    with pytest.raises(ImproperlyConfigured, match="must be a postgres:// URL"):
        database_from_url("DATABASE_URL", "mysql://h/db")


# --- safe defaults (issue 16, finding 1) --------------------------------------------------------
def _settings_in_a_fresh_process(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """Import the settings as a new process would, with exactly these variables."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("SECRET_KEY", "VOICE_SAMPLE_KEY", "DEBUG", "DATA_DIR")}
    script = ("from django.conf import settings; "
              "print(settings.SECRET_KEY); print(settings.VOICE_SAMPLE_KEYS[0])")
    return subprocess.run(
        [sys.executable, "-c", script], cwd=settings.BASE_DIR, capture_output=True, text=True,
        env=clean | {"DJANGO_SETTINGS_MODULE": "receptionist.settings",
                     "DATA_DIR": str(tmp_path)} | env, timeout=60)


def test_without_a_secret_key_development_makes_a_private_random_one_once(tmp_path):
    first = _settings_in_a_fresh_process(tmp_path)
    assert first.returncode == 0, first.stderr
    key, voice_key = first.stdout.split()
    stored = tmp_path / "secret_key"
    assert stored.read_text().strip() == key and len(key) >= 50
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert "dev-only-insecure" not in key
    again = _settings_in_a_fresh_process(tmp_path)
    assert again.stdout.split() == [key, voice_key]  # reused, so sessions and samples survive
    elsewhere = _settings_in_a_fresh_process(tmp_path / "other")
    assert elsewhere.stdout.split()[0] != key  # every installation has its own


@pytest.mark.parametrize(("env", "missing"), [
    ({"DEBUG": "false", "VOICE_SAMPLE_KEY": Fernet.generate_key().decode()}, "SECRET_KEY"),
    ({"DEBUG": "false", "SECRET_KEY": "x" * 50}, "VOICE_SAMPLE_KEY"),
])
def test_debug_off_without_its_keys_refuses_to_start_with_one_clear_line(tmp_path, env, missing):
    result = _settings_in_a_fresh_process(tmp_path, **env)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"django.core.exceptions.ImproperlyConfigured: {missing} must be set "
                           "when DEBUG is off")
    assert not (tmp_path / "secret_key").exists()


def test_debug_off_with_both_keys_starts(tmp_path):
    result = _settings_in_a_fresh_process(
        tmp_path, DEBUG="false", SECRET_KEY="s" * 50,
        VOICE_SAMPLE_KEY=Fernet.generate_key().decode())
    assert result.returncode == 0, result.stderr


def test_make_run_serves_on_localhost_unless_asked():
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text()
    assert re.search(r"^HOST \?= 127\.0\.0\.1$", makefile, re.M)
    [serve] = [line for line in makefile.splitlines() if "runserver" in line]
    assert serve.strip().endswith("runserver $(HOST):$(PORT)")


def _error_page(request_factory) -> str:
    from django.views.debug import ExceptionReporter

    request = request_factory.get("/calls/")
    try:
        raise OverflowError("date value out of range")
    except OverflowError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        return reporter.get_traceback_html() + reporter.get_traceback_text()


def test_the_debug_error_page_never_shows_a_server_password(rf, settings):
    settings.DATABASE_URL = "postgres://app:db-hunter2@db.internal:5432/receptionist"
    settings.REDIS_URL = "redis://:redis-hunter2@cache.internal:6379/0"
    settings.CELERY_BROKER_URL = settings.REDIS_URL
    settings.SOME_WEBHOOK_URL = "https://user:hook-hunter2@hooks.example/x"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": settings.REDIS_URL}}
    settings.CHANNEL_LAYERS = {"default": {"CONFIG": {"hosts": [{"address": settings.REDIS_URL}]}}}
    page = _error_page(rf)
    assert "hunter2" not in page
    assert "DATABASE_URL" in page and "STATIC_URL" in page  # masked, not dropped
