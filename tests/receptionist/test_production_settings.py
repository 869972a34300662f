"""Issue 16, finding 9: production settings can be made safe from the environment.

Development keeps working with nothing set (DEBUG on, plain http://localhost). With DEBUG off the
settings default to HTTPS-only cookies, redirects and HSTS, the README's production settings pass
`manage.py check --deploy` without a warning, and a form posted through a TLS-terminating proxy
is accepted once the proxy is trusted.
"""

from __future__ import annotations

import importlib.util
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from cryptography.fernet import Fernet
from django.conf import global_settings, settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django_tenants.utils import schema_context

from tests.portal.conftest import OWNER_PASSWORD, owner_email, tenant_host

BASE_DIR = Path(settings.BASE_DIR)
# what the environment decides about HTTPS, cookies and proxies
SECURITY_SETTINGS = (
    "DEBUG", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "CSRF_TRUSTED_ORIGINS", "SECURE_PROXY_SSL_HEADER", "USE_X_FORWARDED_HOST",
)
# placeholders in the README's production block, and a value of the right kind for each
PLACEHOLDERS = {
    "SECRET_KEY": lambda: secrets.token_urlsafe(50),
    "VOICE_SAMPLE_KEY": lambda: Fernet.generate_key().decode(),
}


def production_env() -> dict[str, str]:
    """The variables the README's "Running in production" section lists, placeholders filled."""
    readme = (BASE_DIR / "README.md").read_text()
    section = readme.split("## Running in production", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "README: the production section has no ```bash block of settings"
    env = {}
    for line in block.group(1).splitlines():
        match = re.match(r"^([A-Z][A-Z0-9_]*)=(\S*)", line)
        if match:
            name, value = match.groups()
            env[name] = PLACEHOLDERS[name]() if value.startswith("<") else value
    return env


def fresh_settings(env: dict[str, str], monkeypatch, tmp_path: Path) -> ModuleType:
    """The settings module as a new process with exactly these variables would compute it."""
    for name in (*SECURITY_SETTINGS, "ALLOWED_HOSTS", "BEHIND_TLS_PROXY", "SECRET_KEY",
                 "VOICE_SAMPLE_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location(
        "receptionist.settings._fresh", BASE_DIR / "receptionist" / "settings" / "base.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_lists_the_production_settings():
    env = production_env()
    assert env["DEBUG"] == "false"
    for name in ("SECRET_KEY", "VOICE_SAMPLE_KEY", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS",
                 "BEHIND_TLS_PROXY"):
        assert name in env, name


def test_development_needs_no_https(monkeypatch, tmp_path):
    dev = fresh_settings({}, monkeypatch, tmp_path)
    assert dev.DEBUG is True
    assert (dev.SECURE_SSL_REDIRECT, dev.SESSION_COOKIE_SECURE, dev.CSRF_COOKIE_SECURE) == (
        False, False, False)
    assert dev.SECURE_HSTS_SECONDS == 0 and dev.SECURE_PROXY_SSL_HEADER is None


def test_debug_off_defaults_to_https_only(monkeypatch, tmp_path):
    prod = fresh_settings({"DEBUG": "false", "SECRET_KEY": "k" * 50,
                           "VOICE_SAMPLE_KEY": Fernet.generate_key().decode()},
                          monkeypatch, tmp_path)
    assert (prod.SECURE_SSL_REDIRECT, prod.SESSION_COOKIE_SECURE, prod.CSRF_COOKIE_SECURE) == (
        True, True, True)
    assert prod.SECURE_HSTS_SECONDS >= 31_536_000 and prod.SECURE_HSTS_INCLUDE_SUBDOMAINS
    # trusting X-Forwarded-Proto without a proxy in front would let any client claim HTTPS
    assert prod.SECURE_PROXY_SSL_HEADER is None


def test_each_production_setting_comes_from_the_environment(monkeypatch, tmp_path):
    prod = fresh_settings({
        "DEBUG": "false", "SECRET_KEY": "k" * 50,
        "VOICE_SAMPLE_KEY": Fernet.generate_key().decode(),
        "SECURE_SSL_REDIRECT": "false", "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false", "SECURE_HSTS_SECONDS": "3600",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false", "SECURE_HSTS_PRELOAD": "true",
        "CSRF_TRUSTED_ORIGINS": "https://a.example,https://*.b.example",
        "BEHIND_TLS_PROXY": "true", "USE_X_FORWARDED_HOST": "true",
    }, monkeypatch, tmp_path)
    assert (prod.SECURE_SSL_REDIRECT, prod.SESSION_COOKIE_SECURE, prod.CSRF_COOKIE_SECURE) == (
        False, False, False)
    assert (prod.SECURE_HSTS_SECONDS, prod.SECURE_HSTS_INCLUDE_SUBDOMAINS,
            prod.SECURE_HSTS_PRELOAD) == (3600, False, True)
    assert prod.CSRF_TRUSTED_ORIGINS == ["https://a.example", "https://*.b.example"]
    assert prod.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
    assert prod.USE_X_FORWARDED_HOST is True


def test_the_documented_production_settings_pass_check_deploy(tmp_path):
    """`manage.py check --deploy` in a fresh process with DEBUG=false and the README's settings:
    not one warning."""
    keep = {k: v for k, v in os.environ.items()
            if k not in SECURITY_SETTINGS and not k.startswith(("SECURE_", "CSRF_", "SESSION_"))}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR, capture_output=True, text=True, timeout=120,
        env=keep | {"DJANGO_SETTINGS_MODULE": "receptionist.settings", "DATA_DIR": str(tmp_path)}
        | production_env())
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # only the login throttle's middleware check is silenced (the login forms show a lockout
    # themselves); never one of Django's security checks
    from django.conf import settings

    silenced = settings.SILENCED_SYSTEM_CHECKS
    assert not [check for check in silenced if check.startswith("security.")]
    assert f"System check identified no issues ({len(silenced)} silenced)." in output, output
    assert "WARNINGS" not in output


# --- behind a TLS-terminating proxy ------------------------------------------------------------
PROXY_ENV = {"DEBUG": "false", "SECRET_KEY": "k" * 50,
             "VOICE_SAMPLE_KEY": Fernet.generate_key().decode(),
             "CSRF_TRUSTED_ORIGINS": "https://*.localhost"}


def _login_through_the_proxy(prod: ModuleType) -> tuple[int, HttpResponse]:
    """An owner logs in on their portal with a browser that speaks HTTPS to a proxy that speaks
    HTTP to us: the status of the login POST."""
    # a setting the module leaves out is Django's default
    chosen = {name: getattr(prod, name, getattr(global_settings, name))
              for name in SECURITY_SETTINGS if name != "DEBUG"}
    host = tenant_host("t_dental")
    with schema_context("t_dental"):
        from django.contrib.auth import get_user_model

        owner = get_user_model().objects.get(username=owner_email("t_dental"))
        owner.set_password(OWNER_PASSWORD)
        owner.save()
    with override_settings(**chosen):
        browser = Client(enforce_csrf_checks=True, HTTP_HOST=host, HTTP_X_FORWARDED_PROTO="https")
        form = browser.get("/accounts/login/", secure=False)
        assert form.status_code == 200, form.status_code
        token = form.cookies["csrftoken"].value
        response = browser.post(
            "/accounts/login/", {"username": owner_email("t_dental"), "password": OWNER_PASSWORD,
                                 "csrfmiddlewaretoken": token},
            HTTP_ORIGIN=f"https://{host}", HTTP_REFERER=f"https://{host}/accounts/login/")
    return response.status_code, response


@pytest.mark.django_db
def test_a_form_post_behind_a_trusted_tls_proxy_is_accepted(monkeypatch, tmp_path):
    prod = fresh_settings(PROXY_ENV | {"BEHIND_TLS_PROXY": "true"}, monkeypatch, tmp_path)

    status, response = _login_through_the_proxy(prod)

    assert status == 302 and response["Location"] == "/dashboard/", status
    # the session cookie the owner got back is for HTTPS only
    assert response.cookies["sessionid"]["secure"] is True


@pytest.mark.django_db
def test_without_the_proxy_setting_the_same_post_is_refused(monkeypatch, tmp_path):
    """Why BEHIND_TLS_PROXY exists: Django sees http:// and the browser's https:// Origin as
    another site. (Or the request is redirected to HTTPS forever; either way, no login.)"""
    prod = fresh_settings({**PROXY_ENV, "SECURE_SSL_REDIRECT": "false", "CSRF_TRUSTED_ORIGINS": ""},
                          monkeypatch, tmp_path)

    status, _ = _login_through_the_proxy(prod)

    assert status == 403
