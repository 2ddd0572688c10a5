"""The demo loader: full editions, a deterministic corpus, translations, and safe re-runs."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from depesche.demo import corpus
from depesche.news.models import StoryPage

pytestmark = pytest.mark.django_db


def test_plan_is_deterministic_and_fills_every_edition():
    first, second = corpus.plan(40), corpus.plan(40)
    assert first == second
    assert corpus.plan(40, seed=7) != first
    for code in ("de", "en", "ru", "az"):
        planned = [story for story in first if story.language_code == code]
        assert len(planned) >= 40
        assert len({story.section for story in planned}) == 6
        assert {story.kind for story in planned} == {"text", "video", "photo"}
        assert all(story.tags for story in planned)
        assert len({story.headline for story in planned}) > 30


def test_events_told_in_several_editions_are_translations(client):
    story = next(
        story
        for story in StoryPage.objects.filter(
            external_id__startswith="demo:", locale__language_code="de"
        )
        if story.get_translations().exists()
    )
    translation = story.get_translations().first()
    assert translation.specific.external_id == story.external_id
    assert translation.get_parent().specific.translation_key == story.get_parent().translation_key


def test_running_the_loader_again_adds_nothing():
    pages_before = Page.objects.count()
    call_command("load_demo", stories_per_edition=14, verbosity=0)
    assert Page.objects.count() == pages_before


def test_the_seed_story_leads_the_german_front_page(client, seed_story):
    response = client.get("/de/")
    assert seed_story.title in response.content.decode().split('class="front-section"')[0]
