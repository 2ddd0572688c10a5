"""Importing RSS/Atom feeds and ninjs documents: valid, invalid, changed on a second run."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from depesche.importers.models import ImportRun
from depesche.news.models import StoryPage
from tests.factories import add_stories
from tests.support.http import local_site

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Partner Agency</title><link>https://partner.example/</link>
<description>Wire</description>
<item><title>Ferry service resumes</title><link>https://partner.example/ferry</link>
<guid>urn:partner:1</guid><pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
<category>Transport</category><category>Caspian</category>
<description>&lt;p onclick="x()"&gt;The ferry runs again.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description>
</item>
<item><title>Second story</title><link>https://partner.example/second</link>
<guid>urn:partner:2</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
<description>Short text.</description></item>
<item><description>An item with neither title nor link.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:atom-wire</id>
<updated>2024-03-05T10:00:00Z</updated>
<entry><title>Atom story</title><id>urn:atom:1</id><updated>2024-03-05T10:00:00Z</updated>
<link href="https://atom.example/1"/><summary>Lead of the atom story.</summary>
<content type="html">&lt;p&gt;Body of the atom story.&lt;/p&gt;</content></entry>
</feed>
"""


def run(tmp_path, content, source_format, name="source", edition="en", **options):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with translation.override("en"):
        call_command(
            "import_stories", str(path), format=source_format, edition=edition, no_images=True,
            stdout=io.StringIO(), stderr=io.StringIO(), **options,
        )  # fmt: skip
    return ImportRun.objects.latest("started_at")


def test_an_rss_feed_comes_in_sanitised_and_a_second_run_adds_nothing(tmp_path):
    first = run(tmp_path, RSS, "feed")
    assert (first.created_count, first.failed_count) == (2, 1)
    assert "neither a guid (id) nor a link" in first.report["failed"][0][1]
    story = StoryPage.objects.get(external_id="feed:urn:partner:1")
    assert story.live and story.source == "Partner Agency"
    assert story.first_published_at.isoformat() == "2024-03-05T09:30:00+00:00"
    assert sorted(story.tags.names()) == ["Caspian", "Transport"]
    assert story.lead == "The ferry runs again."  # a short description is the lead
    assert list(story.body) == []
    assert [found.pk for found in StoryPage.objects.search("ferry")] == [story.pk]
    second = run(tmp_path, RSS, "feed")
    assert (second.created_count, second.updated_count) == (0, 0)
    changed = run(tmp_path, RSS.replace("Ferry service resumes", "Ferry back"), "feed")
    assert changed.updated_count == 1
    assert StoryPage.objects.get(external_id="feed:urn:partner:1").title == "Ferry back"
    assert story.pk in {found.pk for found in StoryPage.objects.search("back")}


def test_an_atom_feed_keeps_its_summary_as_lead_and_can_come_in_as_drafts(tmp_path):
    run(tmp_path, ATOM, "feed", draft=True)
    story = StoryPage.objects.get(external_id="feed:urn:atom:1")
    assert not story.live
    assert story.lead == "Lead of the atom story."
    assert "Body of the atom story." in str(story.body.get_prep_value())


@pytest.mark.parametrize("content", ["<html><body>not a feed", "", "\x00\x01garbage"])
def test_something_that_is_no_feed_is_refused(tmp_path, content):
    before = StoryPage.objects.count()
    with pytest.raises(CommandError, match="not a readable feed"):
        run(tmp_path, content, "feed")
    assert StoryPage.objects.count() == before


def test_this_platforms_own_ninjs_comes_back_into_another_edition(client, section, tmp_path):
    [story] = add_stories(section("de", "welt"), 1, title="Hafen wieder offen")
    story.tags.add("Hafen")
    story.save_revision().publish()
    for version in ("3.1", "2.2"):
        document = client.get(f"/api/ninjs/{version}/stories/?edition=de&limit=100").json()
        run(tmp_path, json.dumps(document), "ninjs", name=f"{version}.json", edition="ru")
    copies = StoryPage.objects.filter(locale__language_code="ru", title="Hafen wieder offen")
    assert copies.count() == 1  # the same uri in both versions: one story
    copy = copies.get()
    assert "Hafen" in copy.tags.names()
    assert copy.first_published_at is not None


def test_broken_ninjs_is_refused_and_items_without_uri_are_named(tmp_path):
    with pytest.raises(CommandError, match="not JSON"):
        run(tmp_path, "{not json", "ninjs")
    items = [
        {"uri": "urn:x:1", "headlines": [{"value": "Valid item"}], "versioncreated": "bad"},
        {"headlines": [{"value": "No uri"}]},
        {"uri": "urn:x:3", "headline": "Old ninjs 1.x", "body_html": "<p>Body</p>"},
    ]
    result = run(tmp_path, json.dumps(items), "ninjs")
    reasons = dict(result.report["failed"])
    assert any("ISO 8601" in reason for reason in reasons.values())
    assert any("no uri" in reason for reason in reasons.values())
    assert result.created_count == 1
    assert StoryPage.objects.filter(external_id="ninjs:urn:x:3").exists()


def test_a_web_address_that_does_not_answer_is_a_clear_error(tmp_path):
    with translation.override("en"), pytest.raises(CommandError, match="Cannot read"):
        call_command(
            "import_stories", "http://127.0.0.1:9/feed.xml", format="feed", edition="en",
            stdout=io.StringIO(), stderr=io.StringIO(),
        )  # fmt: skip


ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>Harbour News</title>
<meta property="og:title" content="Ferry back in service">
<meta name="author" content="Anna Berg">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<link rel="canonical" href="https://news.example/ferry"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Ferry back in service</h1>
<p>The ferry between Baku and Aktau runs again after a pause of three weeks, the port
authority said on Tuesday morning at a press conference in the harbour building.</p>
<h2>Timetable</h2>
<p>Ships leave twice a week; tickets are on sale at the harbour and online from Wednesday
on, the company said, adding that prices stay as they were last year.</p>
<script>alert(1)</script><p onclick="alert(2)">Passengers should arrive two hours early.</p>
</article><footer>Copyright Harbour News</footer></body></html>
"""


def test_an_article_page_is_extracted_with_its_title_author_and_date(tmp_path):
    first = run(tmp_path, ARTICLE, "page", name="ferry.html")
    assert first.created_count == 1
    story = StoryPage.objects.get(external_id="page:https://news.example/ferry")
    assert story.title == "Ferry back in service"
    assert story.source == "Anna Berg"
    assert timezone.localtime(story.first_published_at).date().isoformat() == "2024-03-05"
    stored = str(story.body.get_prep_value())
    assert "pause of three weeks" in stored and "Timetable" in stored
    assert "Home" not in stored and "Copyright" not in stored
    assert "alert" not in stored and "onclick" not in stored
    again = run(tmp_path, ARTICLE, "page", name="ferry.html")
    assert (again.created_count, again.updated_count, again.skipped_count) == (0, 0, 1)


def test_a_page_without_an_article_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No article"):
        run(tmp_path, "<html><body><nav>Menu</nav></body></html>", "page", name="empty.html")


def test_a_page_is_imported_from_a_web_address(tmp_path):
    with local_site(body=ARTICLE.encode()) as site:
        address = f"{site.base}/ferry"
        with translation.override("en"):
            call_command(
                "import_stories", address, format="page", edition="de", no_images=True,
                stdout=io.StringIO(), stderr=io.StringIO(),
            )  # fmt: skip
    run_record = ImportRun.objects.latest("pk")
    assert run_record.source == address and run_record.created_count == 1


LONG_DESCRIPTION = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>Wire</description>
<item><title>Port figures</title><guid>urn:wire:port</guid>
<description>&lt;p onclick="x()"&gt;{sentences}&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description>
</item></channel></rss>
"""


def test_a_feed_description_is_the_lead_and_a_long_one_the_body_too(tmp_path, client):
    sentences = [f"Sentence {n} tells of the port's cargo in the month of May." for n in range(9)]
    run(tmp_path, LONG_DESCRIPTION.format(sentences=" ".join(sentences)), "feed")
    story = StoryPage.objects.get(external_id="feed:urn:wire:port")
    assert story.lead == " ".join(sentences[:5])  # whole sentences, at most 300 characters
    stored = str(story.body.get_prep_value())
    assert all(sentence in stored for sentence in sentences)
    assert "onclick" not in stored and "<script" not in stored and "alert" not in story.lead
    short = run(tmp_path, RSS, "feed", name="short")
    assert short.created_count == 2
    ferry = StoryPage.objects.get(external_id="feed:urn:partner:1")
    page = client.get(ferry.url)
    assert page.status_code == 200 and "The ferry runs again." in page.content.decode()


CONTENT_ONLY = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><link>https://wire.example/</link><description>Wire</description>
<item><title>Port article</title><guid>urn:wire:article</guid>
<content:encoded><![CDATA[<p>{sentences}</p>]]></content:encoded></item>
</channel></rss>
"""


def test_an_entry_with_content_and_no_description_leads_with_its_first_sentences(tmp_path):
    sentences = [f"Sentence {n} tells of the port's cargo in the month of May." for n in range(9)]
    run(tmp_path, CONTENT_ONLY.format(sentences=" ".join(sentences)), "feed")
    story = StoryPage.objects.get(external_id="feed:urn:wire:article")
    assert story.lead == " ".join(sentences[:5])  # not the whole article again
    assert all(sentence in str(story.body.get_prep_value()) for sentence in sentences)
