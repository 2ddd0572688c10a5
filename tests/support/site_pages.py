"""The public pages of an edition, one of each kind, found as a reader or crawler finds them.

Nothing here knows the templates' class names: pages are listed by Wagtail's page API (type,
kind, title, locale), the lead story is the first story linked from the front page's main
landmark, and a tag page is the first tag link on that story. The story with the longest
headline comes with the listings that link to it: its section, a tag page and, when it is
there, the front page. The same discovery runs against a live server (`http_fetch`) and
against Django's test client (`client_fetch`).
"""

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from lxml import html

EDITIONS = ("de", "en", "ru", "az")
STORY_TYPE = "news.StoryPage"
# Types of page that the kinds below already cover; any other type is an info page.
LISTED_TYPES = {STORY_TYPE, "news.SectionPage", "news.EditionHomePage"}
API_PAGE_SIZE = 20  # the page API's largest `limit`
MISSING_PATH = "no-such-page-{edition}/"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes


Fetch = Callable[[str], Response]


def http_fetch(base_url: str) -> Fetch:
    """GET a path from a running server, 4xx and 5xx answers included."""

    def fetch(path: str) -> Response:
        try:
            url = base_url + quote(path, safe="/?&=%")
            with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310
                return Response(answer.status, answer.headers["Content-Type"], answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers["Content-Type"], error.read())

    return fetch


def client_fetch(client) -> Fetch:
    """GET a path through Django's test client."""

    def fetch(path: str) -> Response:
        answer = client.get(path)
        return Response(answer.status_code, answer["Content-Type"], answer.content)

    return fetch


def path_of(url: str) -> str:
    """The path of an absolute URL (the API and sitemaps name the site's canonical host)."""
    return urlsplit(url).path


def api_pages(fetch: Fetch, edition: str, **filters: str) -> list[dict]:
    """Every live page of an edition from Wagtail's page API, with its title and kind."""
    query = "&".join(f"{key}={value}" for key, value in filters.items())
    pages, offset = [], 0
    while True:
        answer = fetch(
            f"/api/v2/pages/?locale={edition}&limit={API_PAGE_SIZE}&offset={offset}&{query}"
        )
        assert answer.status == 200, answer.body[:300]
        data = json.loads(answer.body)
        pages += data["items"]
        offset += API_PAGE_SIZE
        if offset >= data["meta"]["total_count"]:
            return pages


def document(fetch: Fetch, path: str):
    answer = fetch(path)
    assert answer.status == 200, f"{path}: {answer.status}"
    return html.fromstring(answer.body)


def lead_story(fetch: Fetch, edition: str) -> str:
    """The story the front page leads with: the first story linked from its main landmark."""
    stories = {path_of(page["meta"]["html_url"]) for page in stories_of(fetch, edition)}
    for href in document(fetch, f"/{edition}/").xpath("//main//a/@href"):
        if path_of(href) in stories:
            return path_of(href)
    raise AssertionError(f"/{edition}/ links to no story")


def links(fetch: Fetch, path: str) -> list[str]:
    """The paths the page's main landmark links to, in order."""
    return [path_of(href) for href in document(fetch, path).xpath("//main//a/@href")]


def tag_pages(fetch: Fetch, story_path: str) -> list[str]:
    """The tag pages a story links to."""
    edition = story_path.split("/")[1]
    return [path for path in links(fetch, story_path) if path.startswith(f"/{edition}/tags/")]


def tag_page(fetch: Fetch, story_path: str) -> str:
    """The first tag page a story links to."""
    found = tag_pages(fetch, story_path)
    assert found, f"{story_path} links to no tag page"
    return found[0]


def stories_of(fetch: Fetch, edition: str, **filters: str) -> list[dict]:
    return api_pages(fetch, edition, type=STORY_TYPE, fields="title,kind", **filters)


def longest_headline_story(fetch: Fetch, edition: str) -> dict:
    """The edition's story with the longest headline, as the page API lists it."""
    return max(stories_of(fetch, edition), key=lambda page: len(page["title"]))


def longest_headline_pages(fetch: Fetch, edition: str) -> dict[str, str]:
    """The story with the edition's longest headline and the listings that show it: its
    section's page, the first of its tag pages that lists it, and the front page when it
    does (the front page shows the newest stories only)."""
    story = longest_headline_story(fetch, edition)
    path = path_of(story["meta"]["html_url"])
    detail = json.loads(fetch(f"/api/v2/pages/{story['id']}/").body)
    section = path_of(detail["meta"]["parent"]["meta"]["html_url"])
    assert path in links(fetch, section), f"{section} does not list {path}"
    listing_tags = [tag for tag in tag_pages(fetch, path) if path in links(fetch, tag)]
    assert listing_tags, f"no tag page of {path} lists it"
    pages = {
        "longest-headline": path,
        "longest-headline:section": section,
        "longest-headline:tag": listing_tags[0],
    }
    if path in links(fetch, f"/{edition}/"):
        pages["longest-headline:front"] = f"/{edition}/"
    return pages


def photo_stories(fetch: Fetch, edition: str) -> list[str]:
    return [path_of(page["meta"]["html_url"]) for page in stories_of(fetch, edition, kind="photo")]


def photo_count(fetch: Fetch, path: str) -> int:
    """How many images the page's main landmark shows (a gallery shows several)."""
    return len(document(fetch, path).xpath("//main//img"))


def ticker_is_a_page(fetch: Fetch, edition: str) -> bool:
    """Whether the ticker is a whole HTML document (today it is a fragment for the pages)."""
    return b"<html" in fetch(f"/{edition}/ticker/").body[:500].lower()


def search_page(fetch: Fetch, edition: str, story_path: str) -> str:
    """The edition's search page for the longest word of a story's headline: a page with
    results."""
    title = next(
        page["title"]
        for page in stories_of(fetch, edition)
        if path_of(page["meta"]["html_url"]) == story_path
    )
    return f"/{edition}/search/?q={quote(max(title.split(), key=len))}"


def public_pages(fetch: Fetch, edition: str) -> dict[str, str]:
    """One path of every public page type of an edition, by name."""
    all_pages = api_pages(fetch, edition)
    sections = [p for p in all_pages if p["meta"]["type"] == "news.SectionPage"]
    lead = lead_story(fetch, edition)
    pages = {
        "front": f"/{edition}/",
        "section": path_of(sections[0]["meta"]["html_url"]),
        "tag": tag_page(fetch, lead),
        "story": lead,
        "search": search_page(fetch, edition, lead),
        **longest_headline_pages(fetch, edition),
        "not-found": f"/{edition}/{MISSING_PATH.format(edition=edition)}",
    }
    for page in all_pages:
        if page["meta"]["type"] not in LISTED_TYPES:
            pages[f"info:{page['meta']['slug']}"] = path_of(page["meta"]["html_url"])
    live_blogs = stories_of(fetch, edition, kind="live")
    if live_blogs:
        pages["live-blog"] = path_of(live_blogs[0]["meta"]["html_url"])
    if ticker_is_a_page(fetch, edition):
        pages["ticker"] = f"/{edition}/ticker/"
    return pages


# The page types the quality checks walk; "info" stands for every info page (imprint, ...),
# "longest-headline" for the story with the longest headline and the listings that show it.
PAGE_KINDS = (
    "front",
    "section",
    "tag",
    "story",
    "search",
    "longest-headline",
    "not-found",
    "live-blog",
    "info",
    "ticker",
)
GROUPED_KINDS = ("info", "longest-headline")  # kinds of several pages, named "<kind>:..."
WHY_MISSING = {
    "info": "the edition has no info pages (imprint, privacy, contact) yet",
    "ticker": "the ticker is a fragment inside the pages, not a page of its own",
    "live-blog": "the edition has no live blog",
}


def of_kind(pages: dict[str, str], kind: str) -> list[str]:
    """The URLs of one page type among `public_pages()`'s; several for a grouped kind."""
    found = [pages[kind]] if kind in pages else []
    if kind in GROUPED_KINDS:
        found += [url for name, url in pages.items() if name.startswith(f"{kind}:")]
    return found
