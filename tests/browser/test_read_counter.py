"""The read counter updates in place after the beacon, even on a page served from a cache."""

import json
import re
import urllib.request

from playwright.sync_api import expect

from tests.support.servers import BROWSER_AGENT


def story_path(demo_server, edition):
    with urllib.request.urlopen(f"{demo_server}/{edition}/") as response:  # noqa: S310
        html = response.read().decode()
    return re.search(
        r'class="front-section__stories">\s*<article[^>]*>.*?href="([^"]+)"', html, re.S
    )[1]


def stored_total(browser_page, demo_server):
    story_id = browser_page.locator("[data-read-url]").get_attribute("data-read-url").split("/")[2]
    with urllib.request.urlopen(f"{demo_server}/reads/{story_id}/") as response:  # noqa: S310
        return json.load(response)["reads"]


def test_count_updates_once_per_reader_without_reload(browser, demo_server):
    path = story_path(demo_server, "en")
    context = browser.new_context(user_agent=BROWSER_AGENT)
    page = context.new_page()
    with urllib.request.urlopen(demo_server + path) as response:  # noqa: S310
        story_id = re.search(r'data-read-url="/reads/(\d+)/"', response.read().decode())[1]
    with urllib.request.urlopen(f"{demo_server}/reads/{story_id}/") as response:  # noqa: S310
        served = json.load(response)["reads"]  # the stored count (the page may be cached)
    page.goto(demo_server + path)
    counter = page.locator(".story__read-count")
    expect(counter).to_have_text(str(served + 1))
    page.reload()
    expect(counter).to_have_text(str(served + 1))
    page.wait_for_timeout(500)
    assert stored_total(page, demo_server) == served + 1
    context.close()


def test_count_is_fresh_on_a_page_from_a_full_page_cache(browser, demo_server):
    path = story_path(demo_server, "ru")
    context = browser.new_context(user_agent=BROWSER_AGENT)
    page = context.new_page()
    with urllib.request.urlopen(demo_server + path) as response:  # noqa: S310
        html = response.read().decode()
    shown = int(re.search(r'story__read-count" value="(\d+)"', html)[1])
    story_id = re.search(r'data-read-url="/reads/(\d+)/"', html)[1]
    with urllib.request.urlopen(f"{demo_server}/reads/{story_id}/") as response:  # noqa: S310
        served = json.load(response)["reads"]
    stale = html.replace(f'value="{shown}">{shown}<', 'value="7">7<')
    page.route(
        demo_server + path, lambda route: route.fulfill(body=stale, content_type="text/html")
    )
    page.goto(demo_server + path)
    expect(page.locator(".story__read-count")).to_have_text(str(served + 1))
    context.close()


def test_a_crawler_in_a_browser_is_not_counted(browser, demo_server):
    path = story_path(demo_server, "az")
    context = browser.new_context(user_agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
    page = context.new_page()
    with page.expect_response(re.compile(r"/reads/\d+/\?receipt=")) as beacon:
        page.goto(demo_server + path)
    assert beacon.value.json()["counted"] is False
    served = int(page.locator(".story__read-count").get_attribute("value"))
    expect(page.locator(".story__read-count")).to_have_text(str(served))
    assert stored_total(page, demo_server) == served
    context.close()
