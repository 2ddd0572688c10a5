"""Local times in Chromium: the Azerbaijani edition in Baku time, and the ticker telling
entries of the last hour as relative times in the page's language."""

import datetime
import re

from playwright.sync_api import expect


def test_an_azerbaijani_story_shows_baku_time(page, seed_story_url):
    page.goto(seed_story_url)
    page.locator(".story__translations").get_by_role("link", name="Azərbaycanca").click()
    expect(page.locator("html")).to_have_attribute("lang", "az")
    date = page.locator(".story__date")
    expect(date).to_have_text("19 may 2021, 14:00\N{NO-BREAK SPACE}UTC+4")
    expect(date).to_have_attribute("datetime", "2021-05-19T14:00:00+04:00")


TICKER_TIME = re.compile(r'<time class="ticker__time" datetime="([^"]+)">([^<]+)</time>')


def server_ticker_times(browser, url):
    """[(datetime attribute, text)] of the ticker's entries as the server renders them."""
    context = browser.new_context()
    try:
        return TICKER_TIME.findall(context.new_page().request.get(url).text())
    finally:
        context.close()


def test_the_ticker_tells_the_last_hour_as_relative_time(browser, demo_server):
    for code, five_minutes_ago in (("de", "vor 5 Minuten"), ("en", "5 minutes ago")):
        url = f"{demo_server}/{code}/"
        served = server_ticker_times(browser, url)
        newest_moment, newest_text = served[0]
        now = datetime.datetime.fromisoformat(newest_moment) + datetime.timedelta(minutes=5.2)
        context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
        try:
            reader = context.new_page()
            reader.clock.install(time=now)
            reader.goto(url)
            newest = reader.locator(".ticker__time").first
            expect(newest).to_have_text(five_minutes_ago)
            expect(newest).to_have_attribute("datetime", newest_moment)
            expect(newest).to_have_attribute("title", newest_text)
            shown = reader.locator(".ticker__time").all_inner_texts()
            for (moment, text), now_shown in zip(served, shown, strict=True):
                if now - datetime.datetime.fromisoformat(moment) > datetime.timedelta(hours=1):
                    assert now_shown == text, "an entry older than an hour keeps its time"
            reader.clock.run_for("01:00")
            expect(newest).to_have_text(five_minutes_ago.replace("5", "6"))
        finally:
            context.close()
