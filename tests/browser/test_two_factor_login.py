"""Two-factor login in a real browser: turned on from the account, asked for at the next login."""

import base64
import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations

USER, PASSWORD = "two-factor-editor", "a-long-enough-password-42"


@pytest.fixture(scope="module")
def second_editor(demo_server, demo_manage):
    """An editor of their own, so the demo editor's login stays one step for other tests."""
    demo_manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        f"User.objects.filter(username='{USER}').delete();"
        f"User.objects.create_superuser('{USER}', 'tf@example.org', '{PASSWORD}')",
    )
    return USER


def log_in(page, demo_server):
    page.goto(f"{demo_server}/admin/login/")
    page.locator("#id_username").fill(USER)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()


def app_code(key_text, steps_ahead=0):
    """What an authenticator app shows for the key the page displays."""
    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    return f"{totp(key, drift=steps_ahead):06d}"


def test_an_editor_turns_it_on_and_is_asked_for_a_code_at_the_next_login(
    browser, demo_server, second_editor
):
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = context.new_page()
    log_in(page, demo_server)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{demo_server}/admin/account/")
    page.get_by_role("tab", name=re.compile("Mehr Aktionen|More actions")).click()
    page.get_by_role("link", name=re.compile("Zwei-Faktor|Two-factor")).click()
    expect(page.get_by_role("img", name=re.compile("QR")).first).to_be_visible()
    assert violations(page) == []
    key = page.locator("figcaption code").inner_text()
    page.locator("main #id_password").fill(PASSWORD)
    page.locator("#id_code").fill(app_code(key))
    page.locator("main button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text(re.compile("eingeschaltet|is on"))

    context.clear_cookies()
    log_in(page, demo_server)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/\?next="))
    expect(page.locator("#id_code")).to_be_visible()
    assert violations(page) == []
    page.locator("#id_code").fill(app_code(key, steps_ahead=1))  # this step's code was used
    page.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    context.close()
