"""Factories for stories, placed into the demo editions' sections."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtailmedia.models import Media

from depesche.core import generation
from depesche.news.models import StoryKind, StoryPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story number {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    kind = StoryKind.TEXT
    lead = "A lead sentence."
    first_published_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(minutes=n + 1)
    )
    last_published_at = factory.SelfAttribute("first_published_at")
    live = True

    class Meta:
        model = StoryPage


def add_stories(section, count, **fields):
    """Live stories in a section; like publishing, this starts a new content generation."""
    stories = [StoryPageFactory(parent=section, **fields) for _ in range(count)]
    generation.bump()
    return stories


def make_image(title="Teaser"):
    """A small PNG in the image library."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 450), "firebrick").save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="teaser.png"))


def make_video(width=640, height=360, duration=65.4):
    """A video in the media library (a few bytes of MP4 header: enough for markup)."""
    return Media.objects.create(
        title="Harbour video",
        file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="harbour.mp4"),
        type="video",
        duration=duration,
        width=width,
        height=height,
    )
