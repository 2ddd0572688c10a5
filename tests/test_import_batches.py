"""An import indexes its stories, makes cached pages stale and purges the CDN once per batch
of stories; a story that narrows who may see it does not wait for its batch."""

import pytest
from django.test import override_settings

from depesche.core import generation
from depesche.importers.batches import import_batches
from depesche.importers.report import ImportReport
from depesche.importers.writer import PRIVATE, IncomingStory, StoryWriter
from depesche.news.models import StoryPage
from tests.support.purges import PURGED

pytestmark = pytest.mark.django_db
RECORDING_CDN = {"test": {"BACKEND": "tests.support.purges.RecordingBackend"}}


def incoming(number, **fields):
    return IncomingStory(
        external_id=f"batch:{number}",
        label=f"story {number}",
        title=f"Volcano bulletin {number}",
        body_html="<p>Ash over the valley.</p>",
        published=None,
        **fields,
    )


def found():
    return {story.title for story in StoryPage.objects.search("volcano")}


def section_purges():
    return sum(url.endswith("/en/politics/") for url in PURGED)


def purged_story_paths():
    return {url.split("/en/politics/", 1)[1] for url in PURGED if "/en/politics/volcano" in url}


@pytest.fixture
def write(section, django_capture_on_commit_callbacks):
    """Writes stories as an import does, with what runs after each commit run too."""
    politics = section("en", "politics")
    report = ImportReport()

    def write_story(batches, story):
        writer = StoryWriter(politics.get_parent().specific, politics, batches=batches)
        with django_capture_on_commit_callbacks(execute=True):
            return writer.write(story, report)

    write_story.report = report
    return write_story


@override_settings(WAGTAILFRONTENDCACHE=RECORDING_CDN)
def test_stories_become_searchable_stale_and_purged_batch_by_batch(write):
    PURGED.clear()
    start = generation.shared()
    with import_batches(size=2) as batches:
        write(batches, incoming(1))
        assert found() == set()
        assert section_purges() == 0  # the listings are purged after the batch
        assert generation.shared() == start  # published, yet no new generation yet
        write(batches, incoming(2))
        assert found() == {"Volcano bulletin 1", "Volcano bulletin 2"}
        after_first_batch = generation.shared()
        assert after_first_batch > start
        assert purged_story_paths() == {"volcano-bulletin-1/", "volcano-bulletin-2/"}
        assert section_purges() == 1  # once for the batch
        write(batches, incoming(3))
        assert len(found()) == 2 and generation.shared() == after_first_batch
    assert len(found()) == 3  # the last, partial batch when the import ends
    assert generation.shared() > after_first_batch
    assert "volcano-bulletin-3/" in purged_story_paths()
    assert len(write.report.created) == 3


def test_a_story_behind_a_login_is_hidden_at_once(write, client):
    start = generation.shared()
    with import_batches(size=100) as batches:
        write(batches, incoming(1, state=PRIVATE))
        assert generation.shared() > start
        story = StoryPage.objects.get(external_id="batch:1")
        answer = client.get(story.url)
        assert answer.status_code == 302 and "/login/" in answer["Location"]
        assert found() == {"Volcano bulletin 1"}


def test_a_batch_is_also_flushed_when_it_gets_old(write):
    with import_batches(size=100, seconds=0) as batches:
        write(batches, incoming(1))
        assert found() == {"Volcano bulletin 1"}


def test_bumps_are_made_at_once_outside_an_import():
    start = generation.shared()
    generation.bump()
    assert generation.shared() > start
