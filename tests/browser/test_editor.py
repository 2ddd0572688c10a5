"""An editor logs into the admin, writes and publishes a story, and finds it on the site."""

import re
import sqlite3

from playwright.sync_api import expect

from tests.support.admin_login import log_in_as_editor


def section_id(demo_server_database, url_path):
    with sqlite3.connect(demo_server_database) as connection:
        (page_id,) = connection.execute(
            "SELECT id FROM wagtailcore_page WHERE url_path = ?", (url_path,)
        ).fetchone()
    return page_id


def test_editor_publishes_a_story_that_readers_then_find(page, browser, demo_server, demo_database):
    reader = browser.new_page()
    reader.clock.install()
    reader.goto(f"{demo_server}/de/")
    headline = "Fähre nach Turkmenbaschi fährt wieder"
    expect(reader.locator(".ticker__link").first).not_to_have_text(headline)

    log_in_as_editor(page, demo_server)

    politics = section_id(demo_database, "/de/politik/")
    page.goto(f"{demo_server}/admin/pages/add/news/storypage/{politics}/")
    page.wait_for_load_state("networkidle")  # the editor's scripts are ready to follow typing
    page.locator("#id_title").fill(headline)
    page.locator("#id_title").press("Tab")  # leaving the title fills in the slug
    expect(page.locator("#id_slug")).to_have_value(re.compile(r"^f"))
    page.locator("#id_kind").select_option("photo")
    page.locator("#id_lead").fill("Nach einer Pause verkehrt die Fähre wieder täglich.")
    page.locator(".w-dropdown:has(button[name=action-publish]) .w-dropdown__toggle").click()
    page.locator("button[name=action-publish]").click()
    expect(page.locator(".messages")).to_contain_text("veröffentlicht")

    reader.clock.run_for("01:05")  # the open front page refreshes its ticker every minute
    expect(reader.locator(".ticker__link").first).to_have_text(headline)
    reader.close()

    page.goto(f"{demo_server}/de/")
    ticker_link = page.locator(".ticker__link").first
    expect(ticker_link).to_have_text(headline)
    ticker_link.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fähre nach Turkmenbaschi")
    expect(page.locator(".story__headline .kind-marker")).to_have_text("FOTO")
