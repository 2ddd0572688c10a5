"""Open pages on the live channel in Chromium: granian with the production settings, a
story published or an alert set by another process, the page never reloaded.

The ticker takes in a new story within 2 s; a reader who has scrolled gets a "1 new story"
button instead of a moving page; a browser without Server-Sent Events polls; a breaking
banner appears and leaves when its time is up, on a cached page too; an embargoed story
is not there until the worker lifts the embargo, with no cron, then in the open ticker;
live blog entries appear, change and leave, and older ones load on demand.
"""

import contextlib
import time

import pytest
from playwright.sync_api import expect

from tests.support import live, servers

WAIT_MS = 2000


@pytest.fixture(scope="module")
def live_site(tmp_path_factory):
    """The production app with two processes (granian serves the collected static files)
    and the worker, which checks the schedule every second."""
    var_dir = tmp_path_factory.mktemp("live-pages")
    env = servers.production_env(
        var_dir,
        DEPESCHE_LIVE_POLL_SECONDS=1,
        DEPESCHE_SCHEDULING_SECONDS=1,
        GRANIAN_STATIC_PATH_MOUNT=var_dir / "static",
    )
    env.pop("DATABASE_URL", None)  # the browser stage runs on SQLite
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server.log")
    worker = servers.start_worker(env, var_dir / "worker.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
        yield env, f"http://127.0.0.1:{port}"
    finally:
        servers.stop(worker)
        servers.stop(process)


@contextlib.contextmanager
def reader_page(browser, width, height=900, streams=True):
    """A reader's (context, page) in Berlin, closed afterwards."""
    context = browser.new_context(
        locale="de-DE", timezone_id="Europe/Berlin", viewport={"width": width, "height": height}
    )
    if not streams:
        context.add_init_script("delete window.EventSource;")
    try:
        yield context, context.new_page()
    finally:
        context.close()


def publish(env, title):
    return live.publish_story(env, title, f"live-{time.time_ns()}")


def test_a_page_opened_before_a_publish_shows_the_story_in_its_ticker(browser, live_site):
    env, base_url = live_site
    with reader_page(browser, 1366) as (context, page):
        page.goto(f"{base_url}/de/")
        page.wait_for_timeout(500)  # the stream is open
        shown = page.locator(".ticker__item").count()
        published = publish(env, "Live im Ticker")
        newest = page.locator(".ticker__item").first
        expect(newest.locator(".ticker__link")).to_have_text("Live im Ticker", timeout=WAIT_MS)
        expect(newest).to_have_attribute("data-story", str(published["story"]))
        expect(page.locator("[data-ticker-status]")).to_have_text(
            "Neu im Newsticker: Live im Ticker"
        )
        expect(newest.locator(".ticker__time")).to_have_text("jetzt")
        assert page.locator(".ticker__item").count() == min(shown + 1, 12)


def test_a_scrolled_reader_gets_a_button_instead_of_a_moving_page(browser, live_site):
    env, base_url = live_site
    with reader_page(browser, 390) as (context, page):
        page.goto(f"{base_url}/de/")
        page.locator(".ticker__list").scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        top_before = page.locator(".ticker__item").first.bounding_box()["y"]
        publish(env, "Erst nach dem Klick")
        button = page.locator(".ticker__news")
        expect(button).to_have_text("↑ 1 neue Meldung", timeout=WAIT_MS)
        first = page.locator(".ticker__item").first
        expect(first.locator(".ticker__link")).not_to_have_text("Erst nach dem Klick")
        assert first.bounding_box()["y"] == top_before  # nothing moved
        publish(env, "Noch eine")
        expect(button).to_have_text("↑ 2 neue Meldungen", timeout=WAIT_MS)
        expect(page.locator("[data-ticker-status]")).to_have_text("2 neue Meldungen")
        button.click()
        expect(button).to_be_hidden()
        expect(first.locator(".ticker__link")).to_have_text("Noch eine")
        expect(page.locator(".ticker__heading")).to_be_focused()


def test_a_browser_without_streams_polls(browser, live_site):
    env, base_url = live_site
    with reader_page(browser, 1366, streams=False) as (context, page):
        page.goto(f"{base_url}/de/")
        publish(env, "Per Abfrage")
        expect(page.locator(".ticker__item").first.locator(".ticker__link")).to_have_text(
            "Per Abfrage", timeout=3000
        )


def test_a_breaking_banner_appears_and_leaves_when_its_time_is_up(browser, live_site):
    env, base_url = live_site
    with reader_page(browser, 390) as (context, page):
        page.goto(f"{base_url}/de/")
        page.wait_for_timeout(500)
        live.set_alert(env, "Erdbeben der Stärke 6", seconds=6)
        alert = page.locator("[data-breaking] .breaking")
        expect(alert).to_have_count(1, timeout=WAIT_MS)
        expect(alert.locator(".breaking__link")).to_have_text("Erdbeben der Stärke 6")
        expect(alert.locator(".breaking__label")).to_have_text("Eilmeldung")
        expect(page.locator("[data-breaking-status]")).to_have_text(
            "Eilmeldung: Erdbeben der Stärke 6"
        )
        other = context.new_page()
        other.goto(f"{base_url}/de/politik/")
        expect(other.locator("[data-breaking] .breaking")).to_have_count(1)
        expect(alert).to_have_count(0, timeout=8000)
        other.reload()  # possibly from the page cache, rendered while the alert was on
        expect(other.locator("[data-breaking] .breaking")).to_have_count(0)


def test_an_embargoed_story_goes_out_by_itself_into_the_open_ticker(browser, live_site):
    env, base_url = live_site
    with reader_page(browser, 1366) as (context, page):
        page.goto(f"{base_url}/de/")
        published = live.publish_story(
            env, "Nach der Sperrfrist", f"sperrfrist-{time.time_ns()}", embargo_seconds=4
        )
        story_url = base_url + published["url"]
        assert page.request.get(story_url).status == 404
        expect(page.locator(".ticker")).not_to_contain_text("Nach der Sperrfrist")
        newest = page.locator(".ticker__item").first.locator(".ticker__link")
        # The embargo ends 4 s after it was set; the worker looks every second.
        expect(newest).to_have_text("Nach der Sperrfrist", timeout=8000)
        assert page.request.get(story_url).status == 200


def test_live_blog_entries_appear_change_and_leave_on_an_open_page(browser, live_site):
    env, base_url = live_site
    blog = live.publish_blog(env, "Wahlabend live", f"wahlabend-{time.time_ns()}", entries=25)
    with reader_page(browser, 1366) as (context, page):
        page.goto(base_url + blog["url"])
        entries = page.locator(".live-entry")
        expect(entries).to_have_count(20)
        expect(entries.first).to_contain_text("Eintrag 24")
        page.wait_for_timeout(500)
        entry = live.blog_entry(env, "add", story=blog["story"], text="Erste Hochrechnung")
        expect(entries.first).to_contain_text("Erste Hochrechnung", timeout=WAIT_MS)
        expect(page.locator("[data-live-blog-status]")).to_contain_text("Erste Hochrechnung")
        live.blog_entry(env, "change", entry=entry, text="Zweite Hochrechnung")
        expect(entries.first).to_contain_text("Zweite Hochrechnung", timeout=WAIT_MS)
        expect(entries).to_have_count(21)
        live.blog_entry(env, "delete", entry=entry)
        expect(entries).to_have_count(20, timeout=WAIT_MS)
        expect(entries.first).to_contain_text("Eintrag 24")
        page.get_by_role("link", name="Ältere Einträge zeigen").click()
        expect(entries).to_have_count(25)
        expect(entries.last).to_contain_text("Eintrag 0")
        expect(page.locator("a[data-older]")).to_have_count(0)
