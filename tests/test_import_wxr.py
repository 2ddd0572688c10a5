"""Importing WordPress exports: WordPress's own theme test data, re-runs and broken files."""

import io
from pathlib import Path

import lxml.html
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from lxml import etree
from PIL import Image as PillowImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageLogEntry, PageViewRestriction

from depesche.importers import wxr
from depesche.importers.images import ImageFetcher
from depesche.importers.report import ImportReport
from depesche.importers.writer import StoryWriter
from depesche.news.models import SectionPage, StoryPage
from tests.support.http import local_site

pytestmark = pytest.mark.django_db

EXPORT = Path(__file__).resolve().parents[2] / "shared" / "data" / "wxr"
EXPORT_FILE = EXPORT / "themeunittestdata.wordpress.xml"
WP = "{https://wordpress.org/export/1.2/}"


@pytest.fixture(scope="module")
def export_file():
    if not EXPORT_FILE.is_file():
        pytest.skip(f"WordPress's test export is missing: {EXPORT_FILE} (../shared/data/wxr)")
    return EXPORT_FILE


def run_import(path, language="en", section="politics", images=None):
    """The report of an import into one edition (images left out unless a fetcher is given)."""
    section_page = SectionPage.objects.get(slug=section, locale__language_code=language)
    writer = StoryWriter(section_page.get_parent().specific, section_page, images=images)
    report = ImportReport()
    with translation.override("en"):  # the reasons below are checked in English
        wxr.import_export(path, writer, report)
    return report


def posts_in(path):
    """What the file holds, read independently: {post id: (status, categories, tags)}."""
    tree = etree.parse(str(path))
    posts = {}
    for item in tree.iter("item"):
        if item.findtext(f"{WP}post_type") != "post":
            continue
        categories = {c.text for c in item.findall("category[@domain='category']")}
        tags = {c.text for c in item.findall("category[@domain='post_tag']")}
        posts[item.findtext(f"{WP}post_id")] = (item.findtext(f"{WP}status"), categories, tags)
    return posts, len(tree.findall(".//item"))


def imported(post_id):
    return StoryPage.objects.get(external_id=f"wxr:wpthemetestdata.wordpress.com:{post_id}")


def test_every_published_post_arrives_with_its_categories_and_tags(export_file):
    report = run_import(export_file)
    posts, item_count = posts_in(export_file)
    assert report.failed == []
    assert len(report.created) == len(posts) == 58
    for post_id, (status, categories, tags) in posts.items():
        story = imported(post_id)
        assert story.live == (status == "publish"), post_id
        assert {t.casefold() for t in story.tags.names()} == {t.casefold() for t in tags}
        section = story.get_parent().specific
        wanted = categories - {"Uncategorized"}
        if wanted:
            assert section.title in wanted, (post_id, section.title, wanted)
        else:
            assert section.slug == "politics"
    skipped_items = [
        label for label, reason in report.skipped if reason != "comments are not imported"
    ]
    assert len(skipped_items) == item_count - len(posts)
    reasons = {reason for _, reason in report.skipped}
    assert {"a page, not a post", "a menu item", "comments are not imported"} <= reasons
    assert any(reason.startswith("an attachment") for reason in reasons)


def test_states_dates_sources_and_redirects_are_kept(client, export_file):
    run_import(export_file)
    assert not imported("1164").live  # a draft
    scheduled = imported("1153")
    assert not scheduled.live
    assert scheduled.get_latest_revision().approved_go_live_at.year == 2030
    protected = StoryPage.objects.get(title__startswith="Template: Password Protected")
    restriction = PageViewRestriction.objects.get(page=protected)
    assert (restriction.restriction_type, restriction.password) == ("password", "enter")
    story = imported("1178")  # "Markup: HTML Tags and Formatting"
    assert story.first_published_at.isoformat() == "2013-01-12T03:22:19+00:00"
    assert story.source == "Theme Buster"  # the author's display name
    redirect = Redirect.objects.get(redirect_page=story)
    response = client.get(redirect.old_path)
    assert response.status_code == 301
    assert response["Location"].endswith(story.url)
    page = client.get(story.url)
    assert page.status_code == 200
    assert "<script" not in page.content.decode().split('<main id="main"', 1)[1].split("</main>")[0]


def test_imported_stories_are_published_as_the_admin_would_and_searchable(export_file):
    run_import(export_file)
    story = imported("1178")
    assert story.live and not story.has_unpublished_changes
    assert story.live_revision == story.latest_revision == story.revisions.get()
    assert story.latest_revision.as_object().title == story.title
    assert story.last_published_at >= story.first_published_at
    actions = PageLogEntry.objects.filter(page=story).order_by("pk")
    assert list(actions.values_list("action", flat=True)) == ["wagtail.create", "wagtail.publish"]
    assert story.pk in {found.pk for found in StoryPage.objects.search("Formatting")}


def test_a_second_run_creates_nothing_and_a_changed_post_is_updated(export_file, tmp_path):
    run_import(export_file)
    again = run_import(export_file)
    assert (again.created, again.updated, again.failed) == ([], [], [])
    changed = tmp_path / "changed.xml"
    text = export_file.read_text(encoding="utf-8")
    changed.write_text(
        text.replace("Markup: HTML Tags and Formatting", "Markup: changed title"),
        encoding="utf-8",
    )
    third = run_import(changed)
    assert len(third.updated) == 1 and third.created == []
    assert imported("1178").title == "Markup: changed title"


def test_both_namespace_spellings_and_version_1_1_read_alike(export_file, tmp_path):
    older = tmp_path / "older.xml"
    older.write_text(
        export_file.read_text(encoding="utf-8")
        .replace("https://wordpress.org/export/1.2/", "http://wordpress.org/export/1.1/")
        .replace("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:wxr_version>1.1</wp:wxr_version>"),
        encoding="utf-8",
    )
    report = run_import(older)
    assert len(report.created) == 58 and report.failed == []


def test_a_truncated_export_keeps_the_posts_before_the_break(export_file, tmp_path):
    text = export_file.read_text(encoding="utf-8")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: text.index("Markup: HTML Tags and Formatting")], encoding="utf-8")
    with pytest.raises(wxr.WxrError, match="line"):
        run_import(cut)
    assert StoryPage.objects.filter(external_id__startswith="wxr:").exists()


def test_the_command_reports_and_fails_on_a_broken_source(export_file, tmp_path):
    not_an_export = tmp_path / "feed.xml"
    not_an_export.write_text("<rss><channel><item><title>x</title></item></channel></rss>")
    before = StoryPage.objects.count()
    with translation.override("en"):
        with pytest.raises(CommandError, match="not a WordPress export"):
            call_command("import_stories", str(not_an_export), format="wxr", edition="de")
        with pytest.raises(CommandError, match="Cannot read"):
            call_command("import_stories", str(tmp_path / "x.xml"), format="wxr", edition="de")
    assert StoryPage.objects.count() == before
    out = io.StringIO()
    call_command(
        "import_stories", str(export_file), format="wxr", edition="de", no_images=True, stdout=out
    )
    assert "58" in out.getvalue().splitlines()[-1]


HOSTILE = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_blog_url>https://hostile.example</wp:base_blog_url>
<item><title>Hostile &lt;img src=x onerror=alert(1)&gt;</title>
<link>https://hostile.example/?p=7</link><dc:creator>eve</dc:creator>
<content:encoded><![CDATA[<p onclick="alert(1)">Text <a href="javascript:alert(2)">link</a></p>
<script>alert(3)</script><svg onload="alert(4)"></svg><iframe src="https://evil"></iframe>
<img src="{image}" onerror="alert(5)">[gallery ids="1"]<!-- wp:html --><style>p{{}}</style>]]>
</content:encoded>
<wp:post_id>7</wp:post_id><wp:post_date_gmt>2024-02-01 10:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
"""


def test_hostile_html_is_sanitised_and_images_are_fetched_when_reachable(client, tmp_path):
    image_bytes = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "navy").save(image_bytes, "PNG")

    with local_site(content_type="image/png", body=image_bytes.getvalue()) as site:
        export = tmp_path / "hostile.xml"
        export.write_text(HOSTILE.format(image=f"{site.base}/photo.png"), encoding="utf-8")
        report = run_import(export, images=ImageFetcher())
    assert len(report.created) == 1 and report.failed == []
    story = StoryPage.objects.get(external_id="wxr:hostile.example:7")
    stored = str(story.body.get_prep_value())
    for dangerous in ("onclick", "javascript:", "<script", "<svg", "<iframe", "<style", "onerror"):
        assert dangerous not in stored
    [figure] = [block for block in story.body if block.block_type == "image"]
    assert figure.value["image"].width == 40
    tree = lxml.html.fromstring(client.get(story.url).content)
    assert [name for el in tree.iter() for name in el.attrib if name.startswith("on")] == []
    assert tree.xpath("//img[@src='x']") == []
    assert tree.cssselect("h1.story__headline")[0].text.strip() == story.title  # as text


def test_unreachable_images_are_named_in_the_report_and_the_import_completes(export_file):
    report = run_import(export_file, images=ImageFetcher())
    assert report.failed == []
    assert len(report.created) == 58
    assert any("image not fetched" in note for _, note in report.notes)
