"""An owner's first visit, in a real browser: sign up, set the greeting, see a call come in
with its transcript, read the dashboard's charts. Each page is saved as a screenshot under
test-output/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.core import mail
from django.test import override_settings
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from tests.browser.conftest import (
    POOL_LABEL,
    committed_write,
    screenshot,
    unique_subdomain,
    watch_csp,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "a-browser-tested-secret"


@dataclass
class Business:
    subdomain: str
    schema_name: str
    portal: str  # base URL of its portal
    page: object  # a Playwright page, logged in as the owner
    csp_violations: list[str]  # what the pages of its browser reported, from sign-up on


@pytest.fixture(scope="module")
def business(browser, live_url) -> Iterator[Business]:
    """A business signed up through the public site's form, its owner left logged in."""
    from tenants.services import phone_number_pool_add

    committed_write(lambda: phone_number_pool_add(number="+1 415 555 0177", label=POOL_LABEL))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    violations = watch_csp(context)
    page = context.new_page()
    page.goto(f"{live_url}/")
    screenshot(page, "01-home")
    page.get_by_role("link", name="Set up your receptionist").click()

    subdomain = unique_subdomain()
    page.get_by_label("Business name").fill("Playwright Dental Care")
    # the page's own script (a static file, under the policy) suggests an address from the name
    # (waited for: on a busy machine the script may run after the name is typed)
    expect(page.get_by_label("Your portal's address")).to_have_value("playwright-dental-care")
    page.get_by_label("Your portal's address").fill(subdomain)
    page.get_by_label("Your trade").select_option("dental")
    page.get_by_label("Your email").fill("owner@playwright-dental.example")
    page.get_by_label("Password").fill(PASSWORD)
    screenshot(page, "02-signup")
    with override_settings(SIGNUP_MIN_FILL_SECONDS=0):  # Playwright types faster than people
        page.get_by_role("button", name="Create my receptionist").click()
        page.wait_for_url(re.compile(rf"http://{subdomain}\.localhost:\d+/settings/"))
    # the number comes once the owner opens the link mailed to them
    link = re.search(r"http://\S+/accounts/verify-email/\?token=\S+", mail.outbox[-1].body)
    page.goto(link.group(0))
    page.wait_for_url(re.compile(rf"http://{subdomain}\.localhost:\d+/settings/"))
    try:
        yield Business(subdomain=subdomain, schema_name=subdomain.replace("-", "_"),
                       portal=live_url.replace("localhost", f"{subdomain}.localhost"), page=page,
                       csp_violations=violations)
    finally:
        context.close()


def test_signing_up_lands_the_owner_in_their_portal_with_a_number(business):
    from django.contrib.auth import get_user_model

    from tenants.models import Tenant

    page = business.page
    body = page.locator("body")
    assert "Playwright Dental Care" in page.locator(".brand-name").inner_text()
    assert "+14155550177" in body.inner_text()
    screenshot(page, "03-settings-after-signup")

    tenant = Tenant.objects.get(schema_name=business.schema_name)
    assert tenant.phone_numbers.get().e164 == "+14155550177"
    with schema_context(business.schema_name):
        assert get_user_model().objects.get().check_password(PASSWORD)


def test_bad_signup_input_is_shown_next_to_the_field(browser, live_url, business):
    context = browser.new_context()
    violations = watch_csp(context)
    page = context.new_page()
    page.goto(f"{live_url}/signup/")
    page.get_by_label("Business name").fill("Someone Else")
    page.get_by_label("Your portal's address").fill(business.subdomain)  # taken
    page.get_by_label("Your trade").select_option("salon")
    page.get_by_label("Your email").fill("someone@else.example")
    page.get_by_label("Password").fill("password")
    with override_settings(SIGNUP_MIN_FILL_SECONDS=0):
        page.get_by_role("button", name="Create my receptionist").click()
        errors = page.locator(".errorlist")
        errors.first.wait_for()
    text = " ".join(errors.all_inner_texts())
    assert "already exists" in text and "too common" in text
    assert page.get_by_label("Business name").input_value() == "Someone Else"
    screenshot(page, "04-signup-errors")
    assert violations == []
    context.close()


def test_the_owner_edits_the_greeting_and_the_next_call_uses_it(business):
    from tenants.router import MultiTenantRouter

    page = business.page
    page.goto(f"{business.portal}/settings/greeting/")
    field = page.get_by_label("Greeting")
    field.fill("Good day, you have reached {business_name}. How may I help?")
    page.get_by_role("button", name="Save greeting").click()
    page.locator(".message.success").wait_for()
    assert "Good day, you have reached Playwright Dental Care." in page.locator("body").inner_text()
    screenshot(page, "05-greeting-saved")

    config = MultiTenantRouter().get_client_config(business.schema_name)
    assert config.greeting == "Good day, you have reached Playwright Dental Care. How may I help?"


def test_a_call_appears_in_the_calls_list_with_its_transcript(business):
    from calls.analytics_service import TurnMetrics, call_end, call_start, call_turn_record
    from tenants.router import MultiTenantRouter

    def a_call():
        """What the agent worker records during a call, turn by turn, then its close."""
        with schema_context(business.schema_name):
            config = MultiTenantRouter().get_client_config(business.schema_name)
            call = call_start(client_id=business.schema_name, caller_number="+14155550123",
                              dialled_number="+14155550177")
            call_turn_record(call=call, user_text="Hi, are you open on Saturday mornings?",
                             agent_text="We are closed on Saturdays, but open Friday until 2 PM.",
                             metrics=TurnMetrics(stt_ms=310, llm_ms=640, tts_ms=120,
                                                 total_ms=1070, stt_provider="whisper",
                                                 llm_provider="llama_cpp", tts_provider="piper"))
            call_turn_record(call=call, user_text="Okay, thanks. Bye.",
                             agent_text="You're welcome. Goodbye!",
                             metrics=TurnMetrics(stt_ms=280, llm_ms=420, tts_ms=90, total_ms=790,
                                                 stt_provider="whisper",
                                                 llm_provider="llama_cpp", tts_provider="piper"))
            return call_end(call=call, outcome="information_only", config=config)

    call = committed_write(a_call)

    page = business.page
    page.goto(f"{business.portal}/calls/")
    row = page.locator("tr", has_text="415")
    row.first.wait_for()
    screenshot(page, "06-calls")
    page.locator(f'a[href="/calls/{call.call_id}/"]').first.click()
    page.wait_for_url(f"**/calls/{call.call_id}/")
    body = page.locator("body").inner_text()
    assert "Hi, are you open on Saturday mornings?" in body
    assert "We are closed on Saturdays, but open Friday until 2 PM." in body
    screenshot(page, "07-call-detail")


def test_the_dashboard_draws_its_charts(business):
    page = business.page
    page.goto(f"{business.portal}/dashboard/")
    # a chart is drawn when its canvas holds painted pixels (Chart.js animates them in)
    page.wait_for_function("""() => {
        const canvas = document.getElementById("chart-calls");
        if (!canvas || !canvas.width || !canvas.height) return false;
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return painted > 500;
    }""", timeout=15_000)
    charts = page.evaluate("""() => [...document.querySelectorAll("canvas")].map(
        c => ({id: c.id, chart: !!(window.Chart && Chart.getChart(c)), w: c.width}))""")
    assert charts and all(c["chart"] and c["w"] > 0 for c in charts), charts
    assert page.locator("#calls-period").inner_text().strip() == "1"
    screenshot(page, "08-dashboard")


def test_every_settings_page_shows_the_business_and_the_trade_defaults(business):
    page = business.page
    for path, heading in [("services", "Services & prices"), ("faq", "Questions & answers"),
                          ("hours", "Opening hours"), ("booking", "Booking rules"),
                          ("transfer", "Transfers"), ("providers", "Providers")]:
        page.goto(f"{business.portal}/settings/{path}/")
        assert page.locator("h2").first.inner_text() == heading
        assert page.locator(".brand-name").inner_text() == "Playwright Dental Care"
        screenshot(page, f"10-settings-{path}")
    page.goto(f"{business.portal}/settings/services/")
    assert "New patient exam, X-rays and cleaning" in page.locator(".default-box").inner_text()


def test_the_owner_adds_a_service_row_and_saves_it(business):
    from tenants.router import MultiTenantRouter

    page = business.page
    page.goto(f"{business.portal}/settings/services/")
    rows = page.locator("#services-rows tr")
    before = rows.count()
    page.get_by_role("button", name="Add a service").click()
    assert rows.count() == before + 1
    new_row = rows.last
    new_row.locator("input[name$='-name']").fill("Night guard")
    new_row.locator("input[name$='-price_usd']").fill("380")
    new_row.locator("input[name$='-duration_minutes']").fill("40")
    page.get_by_role("button", name="Save services").click()
    page.locator(".message.success").wait_for()
    services = MultiTenantRouter().get_client_config(business.schema_name).services
    assert {"name": "Night guard", "price_usd": 380.0, "duration_minutes": 40} in services


@pytest.mark.slow  # renders the sample with the local Piper voice
def test_the_owner_listens_to_a_voice_before_choosing_it(business):
    page = business.page
    page.goto(f"{business.portal}/settings/voice/")
    page.get_by_label("Voice", exact=True).select_option("piper:en_US-joe-medium")
    page.get_by_role("button", name="Listen").click()
    # the audio element has loaded the rendered WAV once it knows its duration
    page.wait_for_function("""() => {
        const audio = document.getElementById("voice-preview");
        return audio && !audio.error && audio.readyState >= 1 && audio.duration > 1;
    }""", timeout=60_000)
    assert page.evaluate("document.getElementById('voice-preview').error") is None
    screenshot(page, "11-settings-voice")


def test_the_portal_fits_a_phone_screen(browser, business):
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  storage_state=business.page.context.storage_state())
    page = context.new_page()
    page.goto(f"{business.portal}/settings/")
    nav = page.locator(".portal-nav")
    assert not nav.is_visible()  # folded behind the menu button
    page.locator(".nav-toggle-label").click()
    assert nav.is_visible() and page.get_by_role("link", name="Calls").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways: {width}px wide"
    screenshot(page, "12-settings-phone")
    context.close()


def test_no_page_breaks_the_content_security_policy(business, live_url):
    """Issue 16, finding 9: the policy (only this site's scripts, styles and sockets, nothing
    inline) is enforced, and no page the owner has seen, nor any other, asks for more."""
    page = business.page
    page.goto(f"{business.portal}/calls/")
    detail = re.search(r'href="(/calls/[0-9a-f-]+/)"', page.content())
    paths = ["/dashboard/", "/calls/", "/appointments/", "/messages/", "/settings/",
             "/settings/greeting/", "/settings/services/", "/settings/faq/", "/settings/hours/",
             "/settings/booking/", "/settings/transfer/", "/settings/voice/",
             "/settings/providers/", "/try/", *([detail.group(1)] if detail else [])]
    for path in paths:
        response = page.goto(f"{business.portal}{path}")
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        page.wait_for_timeout(200)  # htmx and the page's scripts start after the load event
    for url in (f"{live_url}/", f"{live_url}/signup/", f"{live_url}/login/"):
        page.goto(url)
        page.wait_for_timeout(200)
    assert business.csp_violations == []


def test_logging_out_closes_the_portal(business):
    page = business.page
    page.goto(f"{business.portal}/settings/")
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/accounts/login/")
    page.goto(f"{business.portal}/settings/")
    assert "/accounts/login/" in page.url
    screenshot(page, "09-login")
