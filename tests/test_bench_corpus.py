"""The load-test corpus (bench/corpus.py): its bulk-inserted stories are sound Wagtail tree
pages, served like any other, and equal to the pages Wagtail's add_child() makes."""

import datetime

import pytest
from django.utils.html import escape
from wagtail.models import Page

from bench import corpus
from depesche.news.models import StoryPage

pytestmark = pytest.mark.django_db

# Fields that differ between any two pages, however they were made.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "path",
    "slug",
    "url_path",
    "translation_key",
    "external_id",
    "first_published_at",
    "last_published_at",
    "body",
}


def bench_stories():
    return StoryPage.objects.filter(external_id__startswith="bench:").order_by("pk")


def test_bulk_stories_are_live_pages_in_a_sound_tree(client):
    before = StoryPage.objects.count()
    assert corpus.write_corpus(300, seed=5).stories == 300
    assert StoryPage.objects.count() == before + 300
    assert all(not problems for problems in Page.find_problems())
    stories = list(bench_stories().select_related("locale"))
    assert {story.locale.language_code for story in stories} == {"de", "en", "ru", "az"}
    assert {story.kind for story in stories} == {"text", "video", "photo"}
    sections = {}
    for story in stories:
        section = sections.setdefault(story.get_parent().pk, story.get_parent())
        assert story.url_path == f"{section.url_path}{story.slug}/"
        assert story.depth == section.depth + 1
    for section in sections.values():
        children = Page.objects.child_of(section)
        assert section.numchild == children.count()
        assert children.values("slug").distinct().count() == children.count()
    for code in ("de", "en", "ru", "az"):
        story = next(story for story in stories if story.locale.language_code == code)
        response = client.get(story.url)
        assert response.status_code == 200
        page = response.content.decode()
        assert escape(story.title) in page
        assert story.tags.exists()
        assert all(escape(name) in page for name in story.tags.names())


def test_bulk_pages_equal_the_pages_add_child_makes():
    corpus.write_corpus(12, seed=9, method="add-child")
    corpus.write_corpus(12, seed=9, method="bulk")
    stories = list(bench_stories())
    assert all(not problems for problems in Page.find_problems())
    fields = [
        field.attname
        for field in StoryPage._meta.concrete_fields
        if field.attname not in OWN_FIELDS
    ]
    for made, inserted in zip(stories[:12], stories[12:], strict=True):
        assert [getattr(inserted, name) for name in fields] == [
            getattr(made, name) for name in fields
        ]
        assert [str(block.value) for block in inserted.body] == [
            str(block.value) for block in made.body
        ]
        assert set(inserted.tags.names()) == set(made.tags.names())
        assert inserted.url_path == inserted.get_parent().url_path + inserted.slug + "/"
        gap = inserted.first_published_at - made.first_published_at
        assert datetime.timedelta(0) <= gap < datetime.timedelta(minutes=1)
