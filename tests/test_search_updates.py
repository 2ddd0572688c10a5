"""Stories in the search index: updated when saved, removed when deleted, in bulk on import."""

import pytest

from depesche.news.models import StoryPage
from depesche.news.search_updates import indexing_in_bulk
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def found(word):
    return {story.pk for story in StoryPage.objects.search(word)}


def test_a_published_and_edited_story_is_found_by_its_new_words(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Lighthouse keepers strike")
    assert story.pk in found("lighthouse")
    story.title = "Ferry crews strike"
    story.save_revision().publish()
    assert story.pk in found("ferry")
    assert story.pk not in found("lighthouse")


def test_a_deleted_story_leaves_the_index(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Orchard harvest begins")
    story.delete()
    assert found("orchard") == set()


def test_stories_saved_during_a_bulk_import_are_indexed_in_batches(section):
    politics = section("en", "politics")
    with indexing_in_bulk(StoryPage, batch_size=2) as search_index:
        first = StoryPageFactory(parent=politics, title="Glacier survey one")
        assert found("glacier") == set()  # held back until a batch gathers
        search_index.flush(whole=False)
        assert found("glacier") == set()
        second = StoryPageFactory(parent=politics, title="Glacier survey two")
        search_index.flush(whole=False)
        assert found("glacier") == {first.pk, second.pk}
        third = StoryPageFactory(parent=politics, title="Glacier survey three")
    assert found("glacier") == {first.pk, second.pk, third.pk}  # the rest when it ends
    StoryPageFactory(parent=politics, title="Glacier survey four")
    assert len(found("glacier")) == 4  # indexed at once again after the import
