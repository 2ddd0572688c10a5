"""Logging the demo editor into the admin in a real browser."""

import re

from depesche.demo.accounts import DEMO_EDITOR


def log_in_as_editor(page, demo_server):
    """Log in through the admin's login form; returns once the dashboard is open."""
    page.goto(f"{demo_server}/admin/login/")
    page.locator("#id_username").fill(DEMO_EDITOR["username"])
    page.locator("#id_password").fill(DEMO_EDITOR["password"])
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
