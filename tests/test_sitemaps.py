"""Sitemaps and robots.txt: valid against the sitemap schemas, complete and split in pages."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from lxml import etree
from wagtail.embeds.models import Embed
from wagtail.models import PageViewRestriction

from depesche.news.models import StoryKind, StoryPage
from depesche.syndication import sitemaps
from tests.factories import add_stories, make_image, make_video
from tests.support.embed_finders import YOUTUBE
from tests.support.queries import count_queries
from tests.test_story_media import make_captions, store_youtube_player

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "data" / "sitemap-xsd"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_LINK = "{http://www.w3.org/1999/xhtml}link"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
VIDEO = "{http://www.google.com/schemas/sitemap-video/1.1}"


@pytest.fixture(scope="module")
def urlset_schema():
    """One schema importing all three namespaces (sitemap.xsd checks foreign elements)."""
    if not SCHEMAS.is_dir():
        pytest.skip(f"the sitemap schemas are missing: {SCHEMAS} (../shared/data/sitemap-xsd)")
    wrapper = f"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
      <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                  schemaLocation="{(SCHEMAS / "sitemap.xsd").as_uri()}"/>
      <xsd:import namespace="http://www.w3.org/1999/xhtml"
                  schemaLocation="{(SCHEMAS / "xhtml-link.xsd").as_uri()}"/>
      <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9"
                  schemaLocation="{(SCHEMAS / "sitemap-news.xsd").as_uri()}"/>
    </xsd:schema>"""
    return etree.XMLSchema(etree.fromstring(wrapper.encode()))


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def valid(schema, document):
    assert schema.validate(document), schema.error_log.last_error
    return document


def locations(document):
    return [element.text for element in document.iter(f"{SITEMAP}loc")]


def test_robots_txt_points_to_the_sitemap_index(client, root):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {root}/sitemap.xml" in response.content.decode().splitlines()
    assert "Disallow: /admin/" in response.content.decode()


def test_the_index_lists_every_editions_sitemaps_and_each_is_valid(client, root, urlset_schema):
    index = fetch(client, "/sitemap.xml")
    assert index.tag == f"{SITEMAP}sitemapindex"
    listed = locations(index)
    for code in ("de", "en", "ru", "az"):
        assert f"{root}/sitemaps/{code}.xml" in listed
        assert f"{root}/sitemaps/news-{code}.xml" in listed
        assert f"{root}/sitemaps/video-{code}.xml" in listed
    for entry in index.iter(f"{SITEMAP}lastmod"):
        datetime.datetime.fromisoformat(entry.text)
    for location in listed:
        document = fetch(client, location.removeprefix(root))
        if "/sitemaps/video-" in location:  # no schema for the video extension: see below
            assert document.tag == f"{SITEMAP}urlset"
        else:
            valid(urlset_schema, document)


def test_an_edition_sitemap_lists_its_pages_with_real_modification_days(
    client, root, seed_story, section, urlset_schema
):
    document = valid(urlset_schema, fetch(client, "/sitemaps/de.xml"))
    by_location = {url.findtext(f"{SITEMAP}loc"): url for url in document.iter(f"{SITEMAP}url")}
    assert f"{root}/de/" in by_location
    assert f"{root}{section('de', 'politik').url}" in by_location
    story_url = by_location[f"{root}{seed_story.url}"]
    story = StoryPage.objects.get(pk=seed_story.pk)
    expected_day = story.last_published_at.astimezone(datetime.UTC).date().isoformat()
    assert story_url.findtext(f"{SITEMAP}lastmod") in {
        expected_day,
        timezone.localtime(story.last_published_at).date().isoformat(),
    }
    assert not any("/en/" in location for location in by_location)


def test_translated_stories_carry_hreflang_alternates(client, root, seed_story, urlset_schema):
    document = valid(urlset_schema, fetch(client, "/sitemaps/de.xml"))
    [url] = [
        u
        for u in document.iter(f"{SITEMAP}url")
        if u.findtext(f"{SITEMAP}loc") == f"{root}{seed_story.url}"
    ]
    alternates = {link.get("hreflang"): link.get("href") for link in url.iter(XHTML_LINK)}
    assert set(alternates) == {"de", "en", "ru", "az"}
    assert alternates["de"] == f"{root}{seed_story.url}"
    english = seed_story.get_translations().get(locale__language_code="en")
    assert alternates["en"] == f"{root}{english.url}"


def test_hidden_pages_stay_out(client, section):
    [private] = add_stories(section("de", "wirtschaft"), 1, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    [draft] = add_stories(section("de", "wirtschaft"), 1)
    draft.unpublish()
    listed = locations(fetch(client, "/sitemaps/de.xml"))
    assert not any(private.slug in location or draft.slug in location for location in listed)


def test_large_editions_are_split_into_pages(client, root, monkeypatch, urlset_schema):
    monkeypatch.setattr(sitemaps.EditionSitemap, "limit", 10)
    paginator = sitemaps.EditionSitemap("de").paginator
    assert paginator.num_pages > 2
    index = locations(fetch(client, "/sitemap.xml"))
    assert f"{root}/sitemaps/de.xml?p={paginator.num_pages}" in index
    seen = []
    for number in range(1, paginator.num_pages + 1):
        seen += locations(valid(urlset_schema, fetch(client, f"/sitemaps/de.xml?p={number}")))
    assert len(seen) == len(set(seen)) == paginator.count
    assert client.get(f"/sitemaps/de.xml?p={paginator.num_pages + 1}").status_code == 404
    assert client.get("/sitemaps/de.xml?p=abc").status_code == 404


def test_the_news_sitemap_holds_only_the_last_48_hours(client, root, section, urlset_schema):
    [fresh] = add_stories(section("de", "politik"), 1, title="Fresh news")
    [old] = add_stories(section("de", "politik"), 1, title="Old news")
    StoryPage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(hours=49)
    )
    document = valid(urlset_schema, fetch(client, "/sitemaps/news-de.xml"))
    entries = {u.findtext(f"{SITEMAP}loc"): u for u in document.iter(f"{SITEMAP}url")}
    assert f"{root}{fresh.url}" in entries
    assert f"{root}{old.url}" not in entries
    news = entries[f"{root}{fresh.url}"].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Depesche"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "de"
    assert news.findtext(f"{NEWS}title") == "Fresh news"
    assert len(entries) <= sitemaps.NEWS_LIMIT


@pytest.mark.parametrize("path", ["/sitemaps/xx.xml", "/sitemaps/news-xx.xml", "/sitemaps/.xml"])
def test_unknown_sitemaps_are_not_found(client, path):
    assert client.get(path).status_code == 404


PINNED_INDEX = 28


def test_sitemaps_cost_the_same_queries_however_many_stories(client, section):
    def count(path):
        return count_queries(client, path)

    paths = ("/sitemap.xml", "/sitemaps/de.xml", "/sitemaps/news-de.xml")
    before = [count(path) for path in paths]
    add_stories(section("de", "politik"), 30)
    # The index: per edition, the count and newest change of its pages, of its news and of
    # its video stories.
    assert [count(path) for path in paths] == before == [PINNED_INDEX, 5, 2]


def test_aliases_are_left_to_their_originals(client, root, section):
    from depesche.core import generation

    [story] = add_stories(section("de", "welt"), 1, title="Original")
    alias = story.create_alias(parent=section("de", "kultur"), update_slug="the-alias")
    generation.bump()
    listed = locations(fetch(client, "/sitemaps/de.xml"))
    assert f"{root}{story.url}" in listed
    assert not any("the-alias" in location for location in listed)
    page = etree.HTML(client.get(f"/de/kultur/{alias.slug}/").content)
    assert page.xpath("//link[@rel='canonical']/@href") == [f"{root}{story.url}"]


def test_without_a_live_german_front_page_the_other_editions_carry_on(client, root):
    from depesche.core import generation
    from depesche.news.models import EditionHomePage

    EditionHomePage.objects.get(locale__language_code="de").unpublish()
    generation.bump()
    assert f"Sitemap: {root}/sitemap.xml" in client.get("/robots.txt").content.decode()
    listed = locations(fetch(client, "/sitemap.xml"))
    assert f"{root}/sitemaps/en.xml" in listed
    assert not any(location.endswith("/de.xml") for location in listed)
    assert client.get("/sitemaps/de.xml").status_code == 404


def test_the_video_sitemap_lists_video_stories_with_the_required_elements(client, root, section):
    """No schema of Google's video extension is at hand: the required elements are checked."""
    video, poster = make_video(duration=65.4), make_image("Poster")
    body = [{"type": "video", "value": {"video": video.pk, "poster": poster.pk}}]
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO, body=body)
    [without] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO)
    document = fetch(client, "/sitemaps/video-de.xml")
    by_location = {url.findtext(f"{SITEMAP}loc"): url for url in document.iter(f"{SITEMAP}url")}
    assert f"{root}{without.url}" not in by_location  # no video block: left out
    url = by_location[f"{root}{story.url}"]
    [entry] = url.iter(f"{VIDEO}video")
    assert [child.tag.removeprefix(VIDEO) for child in entry] == [
        "thumbnail_loc",
        "title",
        "description",
        "content_loc",
        "duration",
        "publication_date",
    ]
    assert entry.findtext(f"{VIDEO}thumbnail_loc").startswith(f"{root}/media/images/")
    assert entry.findtext(f"{VIDEO}title") == story.title
    assert entry.findtext(f"{VIDEO}description") == story.lead
    assert entry.findtext(f"{VIDEO}content_loc") == f"{root}{video.url}"
    assert entry.findtext(f"{VIDEO}duration") == "65"
    published = datetime.datetime.fromisoformat(entry.findtext(f"{VIDEO}publication_date"))
    assert published == story.first_published_at
    modified = datetime.datetime.fromisoformat(url.findtext(f"{SITEMAP}lastmod"))
    assert modified == story.last_published_at
    assert f"{root}{story.url}" not in locations(fetch(client, "/sitemaps/video-en.xml"))
    index = fetch(client, "/sitemap.xml")
    [listed] = [e for e in index if e.findtext(f"{SITEMAP}loc").endswith("/video-de.xml")]
    latest = datetime.datetime.fromisoformat(listed.findtext(f"{SITEMAP}lastmod"))
    assert latest >= story.last_published_at


def add_video_stories(section, numbers):
    """Video stories with poster, captions and caption: a video file, or every other one a
    video on YouTube; every third one has no lead, its description is the body's text."""
    stories = []
    for number in numbers:
        value = {"poster": make_image("Poster").pk, "captions": make_captions().pk}
        if number % 2:
            value |= {"url": YOUTUBE, "caption": f"Caption {number}"}
        else:
            value["video"] = make_video().pk
        body = [
            {"type": "video", "value": value},
            {"type": "paragraph", "value": f"<p>Body text {number}.</p>"},
        ]
        lead = "" if number % 3 == 0 else f"Lead {number}."
        stories += add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO, body=body, lead=lead)
    return stories


PINNED_VIDEO = 7


def test_the_video_sitemap_costs_the_same_queries_however_many_stories(client, root, section):
    store_youtube_player()
    stories = add_video_stories(section, range(2))
    two = count_queries(client, "/sitemaps/video-de.xml")
    stories += add_video_stories(section, range(2, 20))
    # The page view restrictions, the count and the page of video stories; the collection
    # restrictions; the video files with their collections; the posters, their renditions;
    # the stored players of the videos elsewhere.
    assert count_queries(client, "/sitemaps/video-de.xml") == two == PINNED_VIDEO
    document = fetch(client, "/sitemaps/video-de.xml")
    entries = {
        url.findtext(f"{SITEMAP}loc"): url.find(f"{VIDEO}video")
        for url in document.iter(f"{SITEMAP}url")
    }
    for number, story in enumerate(stories):
        entry = entries[f"{root}{story.url}"]
        assert entry.findtext(f"{VIDEO}thumbnail_loc").startswith(f"{root}/media/images/")
        description = entry.findtext(f"{VIDEO}description")
        if number % 2:
            assert entry.findtext(f"{VIDEO}player_loc").startswith("https://www.youtube-nocookie")
            assert description == f"Caption {number}"
        else:
            assert entry.findtext(f"{VIDEO}content_loc").startswith(f"{root}/media/media/")
            assert description == (f"Body text {number}." if number % 3 == 0 else f"Lead {number}.")


def test_a_video_elsewhere_without_a_stored_player_is_left_out(client, root, section):
    """The sitemap asks no provider: without a stored player there is nothing to point to."""
    unknown = "https://www.youtube.com/watch?v=not-cached"
    body = [{"type": "video", "value": {"url": unknown, "poster": make_image("Poster").pk}}]
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO, body=body)
    listed = locations(fetch(client, "/sitemaps/video-de.xml"))
    assert f"{root}{story.url}" not in listed
    assert not Embed.objects.filter(url=unknown).exists()
