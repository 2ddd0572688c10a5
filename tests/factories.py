"""Factories for stories, placed into the demo editions' sections."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from depesche.news.models import StoryKind, StoryPage
from depesche.pagecache import generation


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story number {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    kind = StoryKind.TEXT
    lead = "A lead sentence."
    first_published_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(minutes=n + 1)
    )
    live = True

    class Meta:
        model = StoryPage


def add_stories(section, count, **fields):
    """Live stories in a section; like publishing, this starts a new content generation."""
    stories = [StoryPageFactory(parent=section, **fields) for _ in range(count)]
    generation.bump()
    return stories
