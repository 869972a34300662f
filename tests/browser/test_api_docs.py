"""The public API's documentation page in a real browser, under the enforced Content Security
Policy: Swagger UI is served from static files (no CDN), reads the business's OpenAPI schema and
lists its operations, and nothing on the page is refused by the policy."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, watch_csp

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
HOST = "t-dental.localhost"


def test_the_api_docs_list_every_operation_without_a_policy_violation(browser, live_url):
    docs = live_url.replace("localhost", HOST) + "/api/docs/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    violations = watch_csp(context)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(docs)
        page.wait_for_selector(".opblock", timeout=20_000)
        operations = page.locator(".opblock-summary-path").all_inner_texts()
        screenshot(page, "api-docs")
        assert any("/api/v1/calls/" in path for path in operations), operations
        assert any("/api/v1/appointments/" in path for path in operations), operations
        assert not [url for url in requests if not url.startswith(live_url.split("//")[0])
                    or "localhost" not in url], requests  # nothing from a CDN
        page.wait_for_timeout(500)
        assert violations == []
    finally:
        context.close()
