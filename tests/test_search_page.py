"""The search page of each edition: results, filters, paging, odd input and the masthead form.

Stories use invented words so that the demo corpus does not answer for them.
"""

import datetime
import zoneinfo

import pytest
from django.utils import timezone
from lxml import html

from depesche.news.models import StoryKind
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

XSS = '"><script>alert(1)</script>'


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def headlines(document):
    return [link.text_content() for link in document.cssselect("main .teaser__headline a")]


@pytest.mark.parametrize(
    ("language", "slug", "headline", "query"),
    [
        ("de", "politik", "Der Verteidigungsminister von Zyrgonien", "Verteidigungsministers"),
        ("en", "politics", "Zyrgonian ferries resume", "ferry"),
        ("ru", "politika", "Азербайджан и Зыргония", "Зыргонии"),
        ("az", "siyaset", "Zırqoniya ilə əməkdaşlıq", "Zırqoniyanın"),
    ],
)
def test_each_edition_finds_an_inflected_form(client, section, language, slug, headline, query):
    StoryPageFactory(parent=section(language, slug), title=headline)
    document = page(client, f"/{language}/search/?q={query}")
    assert headline in headlines(document)
    assert document.get("lang") == language
    assert document.cssselect("main form[role=search] input[name=q]")[0].get("value") == query


def test_the_result_shows_a_snippet_with_the_found_words_marked(client, section):
    StoryPageFactory(
        parent=section("en", "politics"),
        title="Harbour news",
        lead="",
        body=[("paragraph", "<p>Before it all, the <b>glimbrook</b> ferries sailed at dawn.</p>")],
    )
    document = page(client, "/en/search/?q=glimbrook+ferry")
    snippet = document.cssselect("main .teaser__snippet")[0]
    assert [mark.text for mark in snippet.cssselect("mark")] == ["glimbrook", "ferries"]
    assert "sailed at dawn" in snippet.text_content()


def test_a_snippet_quotes_the_story_not_its_tags(client, section):
    story = StoryPageFactory(
        parent=section("en", "politics"),
        title="Harbour news",
        lead="The quay reopens.",
        body=[("paragraph", "<p>Ferries to Glimbrook sail again.</p>")],
    )
    story.tags.add("Glimbrook")
    story.save_revision().publish()
    snippet = page(client, "/en/search/?q=glimbrook").cssselect("main .teaser__snippet")[0]
    assert snippet.text_content().strip() == "The quay reopens. Ferries to Glimbrook sail again."


def test_the_filters_are_folded_until_the_reader_sets_one(client):
    plain = page(client, "/en/search/?q=harbour")
    narrowed = page(client, "/en/search/?q=harbour&kind=video")
    assert plain.cssselect("main details.search-more")[0].get("open") is None
    assert narrowed.cssselect("main details.search-more")[0].get("open") is not None
    assert narrowed.cssselect("main details.search-more select[name=kind]")


def test_the_count_is_shown_and_the_page_is_not_for_indexing(client, section):
    for number in range(3):
        StoryPageFactory(parent=section("en", "politics"), title=f"Quindlewort report {number}")
    document = page(client, "/en/search/?q=quindlewort")
    assert "3 results for “quindlewort”" in document.cssselect("#search-summary")[0].text_content()
    assert document.cssselect("meta[name=robots]")[0].get("content") == "noindex, follow"
    assert "quindlewort" in document.findtext(".//title")


def test_an_empty_query_shows_the_form_and_a_hint(client):
    response = client.get("/en/search/")
    document = html.fromstring(response.content)
    assert response.status_code == 200
    assert document.cssselect("main input[type=search][name=q]")
    assert document.cssselect("#search-summary") and not document.cssselect("main .teaser")


def test_no_results_says_so(client):
    document = page(client, "/en/search/?q=xqzzyplumb")
    assert "xqzzyplumb" in document.cssselect("#search-summary")[0].text_content()
    assert not document.cssselect("main .teaser")


def test_the_query_is_echoed_escaped(client):
    response = client.get("/en/search/", {"q": XSS})
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content
    document = html.fromstring(response.content)
    assert document.cssselect("#search-q")[0].get("value") == XSS
    assert XSS in document.cssselect("#search-summary")[0].text_content()


def test_hostile_story_text_stays_escaped_in_snippets(client, section):
    StoryPageFactory(
        parent=section("en", "politics"),
        title="Snorvel markup",
        lead="snorvel <script>alert(2)</script> ends",  # a lead is plain text, kept as typed
    )
    response = client.get("/en/search/", {"q": "snorvel <script>"})
    assert b"<script>alert(2)" not in response.content
    assert b"&lt;<mark>script</mark>&gt;alert(2)" in response.content


def test_filters_narrow_the_results(client, section):
    politics, economy = section("en", "politics"), section("en", "economy")
    zone = zoneinfo.ZoneInfo(politics.get_parent().specific.time_zone)
    old = datetime.datetime(2025, 3, 10, 0, 30, tzinfo=zone)  # just after midnight there
    tagged = StoryPageFactory(parent=politics, title="Vexbarrow text", first_published_at=old)
    tagged.tags.add("Vexbarrow")
    tagged.save()
    StoryPageFactory(parent=economy, title="Vexbarrow video", kind=StoryKind.VIDEO)
    base = "/en/search/?q=vexbarrow"
    assert headlines(page(client, f"{base}&section=economy")) == ["Vexbarrow video"]
    assert headlines(page(client, f"{base}&kind=video")) == ["Vexbarrow video"]
    assert headlines(page(client, f"{base}&tag=vexbarrow")) == ["Vexbarrow text"]
    on_the_day = f"{base}&from=2025-03-10&to=2025-03-10"
    assert headlines(page(client, on_the_day)) == ["Vexbarrow text"]
    assert headlines(page(client, f"{base}&to=2025-03-09")) == []
    assert headlines(page(client, f"{base}&from=2025-03-11")) == ["Vexbarrow video"]
    newest = headlines(page(client, f"{base}&order=newest"))
    assert newest == ["Vexbarrow video", "Vexbarrow text"]
    document = page(client, f"{base}&section=economy&kind=video")
    assert document.cssselect("#search-section option[selected]")[0].get("value") == "economy"
    assert document.cssselect("#search-kind option[selected]")[0].get("value") == "video"


def test_pagination_links_keep_the_query_and_filters(client, section):
    now = timezone.now()
    for number in range(25):
        StoryPageFactory(
            parent=section("en", "politics"),
            title=f"Wobblethorn report {number}",
            first_published_at=now - datetime.timedelta(hours=number),
        )
    document = page(client, "/en/search/?q=wobblethorn&order=newest")
    assert len(headlines(document)) == 20
    next_link = document.cssselect("main .pagination a[rel=next]")[0].get("href")
    assert next_link == "?q=wobblethorn&order=newest&page=2"
    second = page(client, f"/en/search/{next_link}")
    assert headlines(second) == [f"Wobblethorn report {number}" for number in range(20, 25)]
    assert second.cssselect("main .pagination [aria-current=page]")
    assert second.cssselect("main .pagination a[rel=prev]")[0].get("href") == (
        "?q=wobblethorn&order=newest&page=1"
    )
    past_the_end = page(client, "/en/search/?q=wobblethorn&order=newest&page=3")
    assert headlines(past_the_end) == headlines(second)
    assert past_the_end.cssselect("main .search-problems li")


@pytest.mark.parametrize(
    "query",
    [
        "q=wahl&page=abc",
        "q=wahl&page=0",
        "q=wahl&page=99999999999999999999",
        "q=wahl&page=450",
        "q=wahl&from=2026-99-99",
        "q=wahl&from=0001-01-01&to=9999-12-31",
        "q=wahl&from=2026-02-01&to=2026-01-01",
        "q=wahl&section=nonexistent",
        "q=wahl&section=politics",  # the English section, asked in the German edition
        "q=wahl&kind=audio&order=random",
        "q=wahl&tag=%00",
        "q=wahl&tag=no-such-tag",
        "q=" + "a" * 10000,
        "q=%00",
        "q=wahl%00&section=%00&from=%00",
        "q=%ff%fe",
        "q=%22%22%22",
        "q=-&order=newest",
    ],
)
def test_odd_input_gives_a_page_never_a_server_error(client, query):
    response = client.get(f"/de/search/?{query}")
    assert response.status_code in (200, 400), query


def test_an_ignored_filter_is_said_so(client):
    document = page(client, "/de/search/?q=wahl&section=nonexistent&page=abc")
    assert len(document.cssselect("main .search-problems li")) == 2


def test_localised_address_redirects_keeping_the_query(client):
    response = client.get("/de/suche/?q=x")
    assert response.status_code == 301
    assert response["Location"] == "/de/search/?q=x"


def test_each_query_is_cached_apart(client, section, settings):
    settings.DEPESCHE_PAGE_CACHE = {**settings.DEPESCHE_PAGE_CACHE, "ENABLED": True}
    StoryPageFactory(parent=section("en", "politics"), title="Quintrel ferries resume")
    StoryPageFactory(parent=section("en", "politics"), title="Vasmore harbour opens")
    for cache in ("miss", "hit"):
        for query, headline in [
            ("quintrel", "Quintrel ferries resume"),
            ("vasmore", "Vasmore harbour opens"),
        ]:
            response = client.get(f"/en/search/?q={query}")
            assert response["X-Cache"] == cache
            assert headlines(html.fromstring(response.content)) == [headline]


@pytest.mark.parametrize("path", ["front", "story"])
def test_the_masthead_has_a_search_form(client, seed_story, path):
    url = {"front": "/de/", "story": seed_story.url}[path]
    document = page(client, url)
    form = document.cssselect("header.masthead form[role=search]")[0]
    assert form.get("action") == "/de/search/" and form.get("method") == "get"
    field = form.cssselect("input[type=search][name=q]")[0]
    assert form.cssselect(f"label[for={field.get('id')}]")
    assert form.cssselect("button[type=submit]")[0].text_content().strip()


def test_a_misspelt_query_is_offered_the_word_the_edition_knows(client, section):
    StoryPageFactory(parent=section("en", "politics"), title="Glimbrook ferries resume")
    document = page(client, "/en/search/?q=glimbrok")
    [offer] = document.cssselect("main .search-suggestion a")
    assert (offer.text_content(), offer.get("href")) == ("glimbrook", "?q=glimbrook")
    assert headlines(page(client, f"/en/search/{offer.get('href')}")) == [
        "Glimbrook ferries resume"
    ]
