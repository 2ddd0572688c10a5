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


def test_a_draft_of_a_live_story_is_not_searchable_until_published(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Harbour reopens")
    story.title = "Embargoed cabinet reshuffle"
    story.save_revision()
    assert story.pk not in found("reshuffle")
    assert story.pk in found("harbour")


def test_a_deleted_story_leaves_the_index(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Orchard harvest begins")
    story.delete()
    assert found("orchard") == set()


def test_stories_saved_while_indexing_in_bulk_wait_for_the_flush(section):
    politics = section("en", "politics")
    with indexing_in_bulk(StoryPage) as search_index:
        first = StoryPageFactory(parent=politics, title="Glacier survey one")
        assert found("glacier") == set()  # held back
        search_index.flush()
        assert found("glacier") == {first.pk}
        second = StoryPageFactory(parent=politics, title="Glacier survey two")
    assert found("glacier") == {first.pk, second.pk}  # the rest when it ends
    StoryPageFactory(parent=politics, title="Glacier survey three")
    assert len(found("glacier")) == 3  # indexed at once again afterwards
