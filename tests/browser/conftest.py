"""Browser tests: Debian's Chromium, driven by Playwright, against a live server that answers
both the public host (localhost) and every business's host (<name>.localhost).

The server runs in a thread with its own database connections, so what the browser writes is
committed. A test itself runs in pytest-django's rolled-back transaction like any other (which
is also what makes pytest-django set the test database up), so what it prepares for the browser
it writes with `committed_write`, on a connection of its own. Every business these tests sign
up is named `pw-...` (schema `pw_...`) and is dropped afterwards, schema and all, together with
the pool numbers the tests loaded.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test import override_settings
from django.test.testcases import LiveServerThread

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
PREFIX = "pw_"
POOL_LABEL = "browser-test"
T = TypeVar("T")


def committed_write(fn: Callable[[], T]) -> T:
    """Run `fn` on a connection of its own, outside the test's transaction, and commit it."""
    from django.db import connections

    result: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # re-raised in the test's thread
            errors.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]


def drop_test_businesses() -> None:
    from django.db import connection

    from tenants.models import PhoneNumber, Tenant

    connection.set_schema_to_public()
    for tenant in Tenant.objects.filter(schema_name__startswith=PREFIX):
        PhoneNumber.objects.filter(tenant=tenant).update(tenant=None)
        tenant.delete(force_drop=True)
    PhoneNumber.objects.filter(label=POOL_LABEL).delete()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need Debian's Chromium at {CHROMIUM}: "
                    "`apt-get install chromium` (make install does it)", pytrace=False)
    return str(CHROMIUM)


@pytest.fixture(scope="module")
def committed(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[None]:
    """Database access outside any test transaction (autocommit), as the server thread sees it;
    the businesses the tests made are dropped at the end."""
    media = tmp_path_factory.mktemp("browser-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        drop_test_businesses()  # left over by an interrupted run on a reused database
        try:
            yield
        finally:
            drop_test_businesses()


@pytest.fixture(scope="module")
def live_url(committed) -> Iterator[str]:
    """Base URL of a server for every host; `live_url.replace("localhost", "x.localhost")`
    reaches business x."""
    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    try:
        yield f"http://localhost:{server.port}"
    finally:
        server.terminate()


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps its event loop registered as running on this thread while the
    # test's own (synchronous) code runs; Django would take every ORM call here for one made
    # from async code. The loop is idle then, so the calls are safe: say so while it is open.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True,
            # *.localhost is loopback in Chromium anyway; pin it to the IPv4 address we bind
            args=["--no-sandbox", "--host-resolver-rules=MAP *.localhost 127.0.0.1, "
                                  "MAP localhost 127.0.0.1"])
        try:
            yield browser
        finally:
            browser.close()


# Reports every Content Security Policy violation on the page (the policy is enforced: a refused
# script or style also breaks what the tests click), before any of the page's own scripts run.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => window.reportCspViolation(
    `${location.pathname}: ${e.violatedDirective} refused ${e.blockedURI || "inline code"} `
    + `(${e.sourceFile}:${e.lineNumber})`));
"""


def watch_csp(context: object) -> list[str]:
    """The policy violations any page of this browser context reports, as they happen."""
    violations: list[str] = []

    def report(text: str) -> None:
        violations.append(text)

    context.expose_function("reportCspViolation", report)
    context.add_init_script(_CSP_LISTENER)
    return violations


def unique_subdomain() -> str:
    return f"{PREFIX.replace('_', '-')}{secrets.token_hex(3)}"


def screenshot(page: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
