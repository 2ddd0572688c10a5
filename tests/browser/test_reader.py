"""A reader opens the seed story in Chromium and reads it as a person would."""

import re

from playwright.sync_api import expect


def open_seed_story(page, seed_story_url):
    """Open the German seed story (or our retelling without ../shared); its headline."""
    page.goto(seed_story_url)
    return page.locator(".story__headline").evaluate("h => h.firstChild.textContent.trim()")


def test_seed_story_reads_like_the_seed_page(page, seed_story_url):
    title = open_seed_story(page, seed_story_url)
    headline = page.get_by_role("heading", level=1)
    expect(headline).to_contain_text(title)
    assert "Belarus" in title or "Minsk" in title
    expect(headline.locator(".kind-marker")).to_have_text("VIDEO")
    expect(page.locator(".story__date")).to_have_text(
        re.compile(r"^19\. Mai 2021, 12:00\u00a0(CEST|MESZ)$")
    )
    expect(page.locator(".story__reads")).to_have_text(re.compile(r"^Gelesen:\s+\d+$"))
    assert int(page.locator(".story__read-count").get_attribute("value")) >= 1365
    paragraphs = page.locator(".story__body p")
    assert paragraphs.count() >= 8
    expect(page.locator(".story__source")).to_have_text("Quelle: AzVision.az")
    tags = page.get_by_role("navigation", name="Tags").get_by_role("link")
    expect(tags).to_have_text(["Aserbaidschan", "Belarus", "Verteidigung"])
    ticker = page.locator(".ticker")
    expect(ticker.get_by_role("heading")).to_have_text("Newsticker")
    expect(ticker.locator(".ticker__item")).to_have_count(12)
    newest = ticker.locator(".ticker__item time").first  # "vor 5 Minuten" in the last hour
    expect(newest).to_have_attribute("datetime", re.compile(r"T\d{2}:\d{2}:\d{2}\+0[12]:00$"))


def test_reader_follows_a_tag_and_switches_edition(page, seed_story_url):
    title = open_seed_story(page, seed_story_url)
    page.get_by_role("navigation", name="Tags").get_by_role("link", name="Belarus").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(r"Belarus$"))
    expect(heading).not_to_have_text(re.compile(r"^Tag\b"))  # German readers take "Tag" for "day"
    expect(page.locator(".story-list")).to_contain_text(title)
    open_seed_story(page, seed_story_url)
    page.get_by_role("navigation", name="Ausgaben", exact=True).get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/politics/"))
    expect(page.locator(".story__reads")).to_contain_text("Read:")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_ticker_links_lead_to_the_stories(page, demo_server):
    page.goto(f"{demo_server}/ru/")
    first = page.locator(".ticker__link").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(page.locator(".story__reads")).to_contain_text("Прочитано:")
