"""RSS 2.0 and Atom feeds: the rules the W3C feed validator enforces, and what goes in them."""

import datetime
import email.utils
import re

import pytest
from django.conf import settings
from lxml import etree, html
from wagtail.models import PageViewRestriction

from depesche.news.models import StoryKind, StoryPage
from tests.factories import add_stories, make_image, make_video
from tests.support.queries import count_queries

pytestmark = pytest.mark.django_db


ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
# RFC 822 as RSS 2.0 requires it, with a four-digit year (the validator's rule).
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)
# RFC 3339 as Atom requires it: a full date and time with an offset or Z.
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response, etree.fromstring(response.content)


def rss_items(client, path):
    return fetch(client, path)[1].findall("channel/item")


def test_the_rss_feed_follows_the_rules(client, seed_story, root):
    response, rss = fetch(client, "/de/feeds/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss.get("version") == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required).strip(), required
    assert channel.findtext("language") == "de"
    self_link = channel.find(f"{ATOM}link")
    assert self_link.get("rel") == "self"
    assert self_link.get("href") == f"{root}/de/feeds/rss/"
    assert RFC822.match(channel.findtext("lastBuildDate"))
    items = channel.findall("item")
    assert 0 < len(items) <= settings.DEPESCHE_FEED_LENGTH
    guids = [item.findtext("guid") for item in items]
    assert len(set(guids)) == len(guids)
    dates = []
    for item in items:
        assert item.findtext("title").strip()
        assert item.findtext("link").startswith(f"{root}/de/")
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false"
        assert re.match(
            rf"^tag:{re.escape(root.split('://')[1].split(':')[0])},{settings.DEPESCHE_TAG_URI_DATE}:story-\d+$",
            guid.text,
        )
        assert RFC822.match(item.findtext("pubDate")), item.findtext("pubDate")
        assert item.findtext(DC_CREATOR).strip()
        assert len(item.findall("enclosure")) <= 1
        dates.append(email.utils.parsedate_to_datetime(item.findtext("pubDate")))
    assert dates == sorted(dates, reverse=True), "newest first"


def test_the_seed_story_item_carries_its_tags_source_and_lead(client, seed_story, root):
    [item] = [
        i for i in rss_items(client, "/de/feeds/rss/") if i.findtext("title") == seed_story.title
    ]
    assert item.findtext("link") == f"{root}{seed_story.url}"
    assert {c.text for c in item.findall("category")} >= {"Aserbaidschan", "Belarus"}
    assert item.findtext(DC_CREATOR) == seed_story.source
    assert item.findtext("description") == seed_story.summary()


def test_the_atom_feed_follows_the_rules(client, seed_story, root):
    response, feed = fetch(client, "/de/feeds/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert feed.findtext(f"{ATOM}id").startswith(f"{root}/")
    assert feed.findtext(f"{ATOM}title").strip()
    assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["self"] == f"{root}/de/feeds/atom/"
    assert links["alternate"] == f"{root}/de/"
    ids = []
    for entry in feed.findall(f"{ATOM}entry"):
        ids.append(entry.findtext(f"{ATOM}id"))
        assert entry.findtext(f"{ATOM}title").strip()
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        assert RFC3339.match(entry.findtext(f"{ATOM}published"))
        assert entry.findtext(f"{ATOM}author/{ATOM}name").strip()
        alternate = entry.find(f"{ATOM}link[@rel='alternate']")
        assert alternate.get("href").startswith(f"{root}/de/")
    assert ids and len(set(ids)) == len(ids)


def test_an_entry_keeps_its_id_through_edits_a_new_slug_and_a_new_date(client, section):
    [story] = add_stories(section("de", "politik"), 1, title="Before the edit")
    [before] = [
        i for i in rss_items(client, "/de/feeds/rss/") if i.findtext("title") == "Before the edit"
    ]
    story = StoryPage.objects.get(pk=story.pk)
    story.title, story.slug = "After the edit", "after-the-edit"
    story.first_published_at -= datetime.timedelta(days=3)  # an editor corrects the date
    story.save_revision().publish()
    [after] = [
        i for i in rss_items(client, "/de/feeds/rss/") if i.findtext("title") == "After the edit"
    ]
    assert after.findtext("guid") == before.findtext("guid")
    assert after.findtext("link").endswith("/after-the-edit/")


def test_the_lead_image_is_the_enclosure(client, section, root):
    add_stories(section("de", "welt"), 1, title="With a picture", lead_image=make_image())
    [item] = [
        i for i in rss_items(client, "/de/feeds/rss/") if i.findtext("title") == "With a picture"
    ]
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith(f"{root}/media/")
    assert enclosure.get("type") == "image/png"
    assert int(enclosure.get("length")) > 0


def test_section_and_tag_feeds_hold_only_their_stories(client, section):
    add_stories(section("de", "sport"), 1, title="Only in sport")
    [tagged] = add_stories(section("de", "kultur"), 1, title="Tagged for the feed")
    tagged.tags.add("Feedtest")
    tagged.save_revision().publish()
    sport = [i.findtext("title") for i in rss_items(client, "/de/feeds/rss/sections/sport/")]
    assert "Only in sport" in sport and "Tagged for the feed" not in sport
    _, feed = fetch(client, "/de/feeds/atom/tags/feedtest/")
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Tagged for the feed"]


def test_feeds_hold_only_what_readers_may_see_in_their_edition(client, section):
    [private] = add_stories(section("de", "wirtschaft"), 1, title="Behind a login")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    [draft] = add_stories(section("de", "wirtschaft"), 1, title="Still a draft")
    draft.unpublish()
    add_stories(section("ru", "politika"), 1, title="Only in Russian")
    titles = [i.findtext("title") for i in rss_items(client, "/de/feeds/rss/")]
    assert not {"Behind a login", "Still a draft", "Only in Russian"} & set(titles)
    russian = fetch(client, "/ru/feeds/rss/")[1]
    assert russian.findtext("channel/language") == "ru"
    assert "Only in Russian" in [i.findtext("title") for i in russian.findall("channel/item")]


@pytest.mark.parametrize(
    "path",
    [
        "/de/feeds/rss/sections/no-such-section/",
        "/de/feeds/atom/tags/no-such-tag/",
        "/de/feeds/json/",
        "/de/feeds/rss/sections/politika/",  # a Russian section, not in this edition
    ],
)
def test_unknown_feeds_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_pages_announce_their_feeds(client, section):
    def announced(path):
        tree = html.fromstring(client.get(path).content)
        return {
            link.get("href"): link.get("type")
            for link in tree.xpath("//head/link[@rel='alternate'][@type]")
        }

    front = announced("/de/")
    assert front == {
        "/de/feeds/rss/": "application/rss+xml",
        "/de/feeds/atom/": "application/atom+xml",
    }
    politics = announced(section("de", "politik").url)
    assert "/de/feeds/rss/sections/politik/" in politics
    assert "/de/feeds/atom/tags/belarus/" in announced("/de/tags/belarus/")
    for href in {**front, **politics}:
        assert client.get(href).status_code == 200, href


def test_a_feed_costs_the_same_queries_however_many_stories(client, section):
    before = count_queries(client, "/de/feeds/atom/")
    video = [{"type": "video", "value": {"video": make_video().pk}}]
    for slug in ("politik", "sport"):
        stories = add_stories(section("de", slug), 15, lead_image=make_image())
        stories += add_stories(
            section("de", slug), 15, lead_image=make_image(), kind=StoryKind.VIDEO, body=video
        )
        for story in stories:
            story.tags.add("Menge")
            story.save()
    # Video stories are among the newest before and after: their files take one query, the
    # collection restrictions another.
    assert count_queries(client, "/de/feeds/atom/") == before == 5


def test_feed_dates_are_real_moments(client, seed_story):
    _, feed = fetch(client, "/de/feeds/atom/")
    entry = feed.find(f"{ATOM}entry")
    published = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}published"))
    assert published.tzinfo is not None


def test_markup_in_headlines_and_leads_stays_text_for_feed_readers(client, section):
    add_stories(section("de", "welt"), 1, title="<b>Bold</b> & co", lead="<script>x()</script>")
    [item] = [i for i in rss_items(client, "/de/feeds/rss/") if "Bold" in i.findtext("title")]
    # After XML parsing, what a reader treats as HTML must be escaped markup, not markup.
    assert item.findtext("title") == "&lt;b&gt;Bold&lt;/b&gt; &amp; co"
    assert item.findtext("description") == "&lt;script&gt;x()&lt;/script&gt;"
    _, feed = fetch(client, "/de/feeds/atom/")
    [entry] = [e for e in feed.findall(f"{ATOM}entry") if "Bold" in e.findtext(f"{ATOM}title")]
    assert entry.findtext(f"{ATOM}title") == "<b>Bold</b> & co"  # type="text"
    assert entry.findtext(f"{ATOM}summary") == "&lt;script&gt;x()&lt;/script&gt;"


def test_videos_in_private_collections_are_not_enclosed(client, section):
    from django.core.files.base import ContentFile
    from wagtail.models import Collection, CollectionViewRestriction
    from wagtailmedia.models import Media

    private = Collection.get_first_root_node().add_child(name="Embargoed")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    public = Media.objects.create(
        title="Open", file=ContentFile(b"0", name="open.mp4"), type="video", duration=12
    )
    hidden = Media.objects.create(
        title="Hidden",
        file=ContentFile(b"0", name="hidden.mp4"),
        type="video",
        duration=12,
        collection=private,
    )
    for title, video in (("Open video", public), ("Hidden video", hidden)):
        body = [{"type": "video", "value": {"video": video.pk}}]
        add_stories(section("de", "welt"), 1, title=title, kind="video", body=body)
    items = {i.findtext("title"): i for i in rss_items(client, "/de/feeds/rss/")}
    enclosure = items["Open video"].find("enclosure")
    assert enclosure.get("url").endswith(public.file.url)
    assert enclosure.get("type") == "video/mp4"
    assert items["Hidden video"].find("enclosure") is None
