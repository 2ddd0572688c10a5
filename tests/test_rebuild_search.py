"""rebuild_search: an emptied index is whole again, missing stories leave it, one edition
at a time if asked, and a summary at the end.

Stories use invented words so that the demo corpus does not answer for them.
"""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from depesche.news.models import StoryPage
from depesche.search import rebuilding
from depesche.search.engine import Filters
from depesche.search.models import StoryEntry, Word
from depesche.search.searching import search
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def rebuild(*arguments):
    """The command's output, in English."""
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("rebuild_search", *arguments, stdout=out, stderr=err)
    return out.getvalue()


def found(text, language, section):
    results = search(text, language, Filters(locale_id=section.locale_id))
    return [story.title for story in results.stories]


def test_an_emptied_index_finds_the_stories_again(section):
    politik, politics = section("de", "politik"), section("en", "politics")
    StoryPageFactory(parent=politik, title="Die Grollbrückenverwaltung tagt")
    StoryPageFactory(parent=politics, title="Snarfield ferries resume")
    StoryEntry.objects.all().delete()
    Word.objects.filter(word__startswith="groll").delete()
    assert found("grollbrückenverwaltung", "de", politik) == []
    output = rebuild()
    stories = StoryPage.objects.count()
    assert StoryEntry.objects.count() == stories
    assert found("Grollbrückenverwaltungen", "de", politik) == ["Die Grollbrückenverwaltung tagt"]
    assert found("ferry", "en", politics) == ["Snarfield ferries resume"]
    assert f"Stories indexed: {stories} in " in output
    assert "Index size: " in output


def test_a_compound_splits_at_a_word_a_later_story_brings(section):
    politik = section("de", "politik")
    StoryPageFactory(parent=politik, title="Der Quarbelzwonk ist tief")
    StoryPageFactory(parent=politik, title="Ein Quarbel kam")
    StoryPageFactory(parent=politik, title="Der Zwonk ging")
    assert "Der Quarbelzwonk ist tief" not in found("Zwonk", "de", politik)
    rebuild("--quiet")
    assert "Der Quarbelzwonk ist tief" in found("Zwonk", "de", politik)


def test_entries_of_missing_stories_are_removed(section):
    politics = section("en", "politics")
    StoryPageFactory(parent=politics, title="Brindlewick toll")
    not_a_story = Page.objects.get(pk=politics.pk)
    StoryEntry.objects.create(page=not_a_story, language="en", headline="brindlewick")
    output = rebuild()
    assert not StoryEntry.objects.filter(page=not_a_story).exists()
    assert "Entries of missing stories removed: 1." in output
    assert found("brindlewick", "en", politics) == ["Brindlewick toll"]


def test_one_edition_is_rebuilt_alone(section):
    StoryPageFactory(parent=section("de", "politik"), title="Zwielbach tagt")
    StoryPageFactory(parent=section("en", "politics"), title="Zwielbach meets")
    StoryEntry.objects.all().delete()
    rebuild("--edition", "en", "--quiet")
    assert set(StoryEntry.objects.values_list("language", flat=True)) == {"en"}
    assert (
        StoryEntry.objects.count() == StoryPage.objects.filter(locale__language_code="en").count()
    )
    assert found("zwielbach", "en", section("en", "politics")) == ["Zwielbach meets"]
    assert found("zwielbach", "de", section("de", "politik")) == []


def test_quiet_prints_nothing_and_an_unknown_edition_is_refused():
    assert rebuild("--quiet") == ""
    with pytest.raises(CommandError, match="Unknown edition xx"):
        rebuild("--edition", "xx")


def test_a_failing_batch_leaves_the_entries_in_place(section, monkeypatch):
    politics = section("en", "politics")
    StoryPageFactory(parent=politics, title="Vorpane bridge")
    before = StoryEntry.objects.count()

    def failing(stories, known_words):
        StoryEntry.objects.all().delete()
        raise RuntimeError("the database went away")

    monkeypatch.setattr(rebuilding.indexing, "index_stories", failing)
    with pytest.raises(RuntimeError):
        rebuild("--quiet")
    assert StoryEntry.objects.count() == before
    assert found("vorpane", "en", politics) == ["Vorpane bridge"]


def test_batches_go_by_page_id_with_bounded_size(section):
    StoryPageFactory.create_batch(7, parent=section("en", "politics"))
    locale_id = section("en", "politics").locale_id
    batches = list(rebuilding.in_batches(rebuilding.stories(locale_id), size=5))
    ids = [story.pk for batch in batches for story in batch]
    assert all(len(batch) <= 5 for batch in batches)
    assert ids == sorted(ids) == sorted(rebuilding.stories(locale_id).values_list("pk", flat=True))


def test_the_index_size_is_measured():
    size = rebuilding.index_size()
    assert size.bytes > 0
