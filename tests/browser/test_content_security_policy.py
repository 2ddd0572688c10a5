"""The public pages run under their strict policy without a violation; the admin still works."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.admin_login import log_in_as_editor

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, recording CSP violations and uncaught script errors."""
    errors = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.errors = errors
    return page


def problems(page):
    return page.evaluate("window.__violations") + page.errors


def public_urls(page, demo_server):
    page.goto(f"{demo_server}/de/")
    story = page.locator(".front-lead .teaser__headline a").get_attribute("href")
    page.goto(demo_server + story)
    tag = page.locator(".story__tags a").first.get_attribute("href")
    return ["/de/", "/ru/", "/en/politics/", "/az/siyaset/", story, tag]


def test_public_pages_raise_no_violations(watched, demo_server):
    for path in public_urls(watched, demo_server):
        response = watched.goto(demo_server + path)
        assert response.status == 200, path
        assert "script-src 'self';" in response.headers["content-security-policy"]
        watched.wait_for_load_state("networkidle")
        assert problems(watched) == [], path


def test_the_read_counter_and_live_scripts_run_under_the_policy(watched, demo_server):
    watched.goto(f"{demo_server}/de/")
    with watched.expect_response(re.compile(r"/reads/\d+/\?receipt=")) as beacon:
        watched.locator(".front-lead .teaser__headline a").click()
    assert beacon.value.status == 200
    # The development server holds no stream (204), so live.js polls the live channel.
    with watched.expect_response(re.compile(r"/de/live/$")) as poll:
        watched.clock.install()
        watched.reload()
        watched.wait_for_load_state("load")
        watched.clock.run_for("00:05")
    assert poll.value.status == 200
    assert problems(watched) == []


def test_the_editor_works_under_the_admin_policy(watched, demo_server):
    log_in_as_editor(watched, demo_server)
    watched.goto(f"{demo_server}/de/")
    story = watched.locator(".front-lead .teaser__headline a").get_attribute("href")
    watched.goto(demo_server + story)
    watched.locator("#wagtail-userbar-trigger").click()
    watched.get_by_role("menuitem", name=re.compile("Seite bearbeiten|Edit")).click()
    expect(watched).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    watched.wait_for_load_state("networkidle")
    expect(watched.locator(".Draftail-Editor").first).to_be_visible()
    watched.locator("#id_lead").fill("Ein neuer Vorspann, unter der Richtlinie des Admins.")
    watched.locator("button[name=action-publish]").or_(
        watched.locator(".w-dropdown:has(button[name=action-publish]) .w-dropdown__toggle")
    ).first.click()
    if watched.locator("button[name=action-publish]").is_visible():
        watched.locator("button[name=action-publish]").click()
    expect(watched.locator(".messages")).to_contain_text("veröffentlicht")
    assert problems(watched) == []
