"""Imports keep a lead image's alt text, caption and credit, and go on without them."""

import io
import json

import pytest
from django.utils import translation
from PIL import Image as PillowImage

from depesche.importers.feed_import import feed_stories, import_entries, ninjs_stories
from depesche.importers.images import ImageFetcher
from depesche.importers.report import ImportReport
from depesche.importers.writer import StoryWriter
from depesche.news.models import SectionPage, StoryPage
from tests.support.http import local_site

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Wire</title>
<link>https://wire.example/</link><description>Wire</description>
<item><title>Quay reopens</title><guid>urn:wire:quay</guid>
<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><description>The quay is open.</description>
<media:content url="{image}" type="image/png" medium="image"/>
<media:credit role="photographer">Jane Doe/Wire</media:credit></item>
</channel></rss>
"""


def ninjs_item(image_url, descriptions, **association):
    return {
        "uri": "urn:wire:ferry",
        "headlines": [{"value": "Ferry runs again"}],
        "bodies": [{"value": "<p>The ferry runs again.</p>"}],
        "versionCreated": "2024-03-05T09:30:00+00:00",
        "associations": [
            {
                "name": "featureimage",
                "uri": "urn:wire:ferry:image",
                "type": "picture",
                "renditions": [{"href": image_url, "width": 40}],
                "descriptions": descriptions,
                **association,
            }
        ],
    }


def run(entries):
    section = SectionPage.objects.get(slug="politics", locale__language_code="en")
    writer = StoryWriter(section.get_parent().specific, section, images=ImageFetcher())
    report = ImportReport()
    with translation.override("en"):
        import_entries(entries, writer, report)
    return report


@pytest.fixture
def image_site():
    picture = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "navy").save(picture, "PNG")
    with local_site(content_type="image/png", body=picture.getvalue()) as site:
        yield site


def test_ninjs_alt_text_caption_and_credit_are_stored(image_site):
    descriptions = [
        {"role": "alt", "value": "A ferry leaving the quay"},
        {"role": "caption", "value": "The first ferry in a month"},
    ]
    item = ninjs_item(f"{image_site.base}/ferry.png", descriptions, by="Jane Doe/Wire")
    report = run(ninjs_stories(json.dumps(item).encode()))
    story = StoryPage.objects.get(title="Ferry runs again")
    assert story.lead_image is not None
    assert story.lead_image_alt == "A ferry leaving the quay"
    assert story.lead_image_caption == "The first ferry in a month"
    assert story.lead_image_credit == "Jane Doe/Wire"
    assert not report.notes


def test_the_caption_stands_in_for_missing_alt_text(image_site):
    descriptions = [{"role": "caption", "value": "The first ferry in a month"}]
    run(ninjs_stories(json.dumps(ninjs_item(f"{image_site.base}/f.png", descriptions)).encode()))
    assert StoryPage.objects.get(title="Ferry runs again").lead_image_alt == (
        "The first ferry in a month"
    )


def test_a_feed_without_alt_text_is_imported_with_a_warning(image_site):
    report = run(feed_stories(RSS.format(image=f"{image_site.base}/quay.png").encode()))
    story = StoryPage.objects.get(title="Quay reopens")
    assert story.live and story.lead_image is not None
    assert story.lead_image_alt == ""
    assert story.lead_image_credit == "Jane Doe/Wire"
    assert [note for _label, note in report.notes] == [
        "the lead image has no alt text; add one in the story editor"
    ]
