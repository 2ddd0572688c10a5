"""An import indexes its stories and makes cached pages stale once per batch of stories."""

import pytest

from depesche.interop.batches import import_batches
from depesche.interop.report import ImportReport
from depesche.interop.writer import IncomingStory, StoryWriter
from depesche.news.models import StoryPage
from depesche.pagecache import generation

pytestmark = pytest.mark.django_db


def incoming(number):
    return IncomingStory(
        external_id=f"batch:{number}",
        label=f"story {number}",
        title=f"Volcano bulletin {number}",
        body_html="<p>Ash over the valley.</p>",
        published=None,
    )


def found():
    return {story.title for story in StoryPage.objects.search("volcano")}


def test_stories_become_searchable_and_pages_stale_batch_by_batch(section):
    politics = section("en", "politics")
    report = ImportReport()
    start = generation.shared()
    with import_batches(size=2) as batches:
        writer = StoryWriter(politics.get_parent().specific, politics, batches=batches)
        writer.write(incoming(1), report)
        assert found() == set()
        assert generation.shared() == start  # published, yet no new generation yet
        writer.write(incoming(2), report)
        assert found() == {"Volcano bulletin 1", "Volcano bulletin 2"}
        after_first_batch = generation.shared()
        assert after_first_batch > start
        writer.write(incoming(3), report)
        assert len(found()) == 2 and generation.shared() == after_first_batch
    assert len(found()) == 3  # the last, partial batch when the import ends
    assert generation.shared() > after_first_batch
    assert len(report.created) == 3


def test_bumps_are_made_at_once_outside_an_import():
    start = generation.shared()
    generation.bump()
    assert generation.shared() > start
