"""Renditions of a story's lead image made when it is published, not by its first reader.

Encoding a lead image's crops in AVIF, WebP and JPEG takes seconds (AVIF most of it); the
work runs as a task after the publish is committed, in the task backend's worker when one
is configured. `DEPESCHE_RENDITIONS_ON_PUBLISH = False` leaves the work to the first reader
(the test settings do, so that loading the demo for each test run stays quick).
"""

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published

from .pictures import make_renditions

# Where a story's lead image appears: its own page, teasers and lists of thumbnails.
LEAD_IMAGE_ROLES = ("lead", "teaser", "thumb")


@task()
def make_lead_image_renditions(image_id: int) -> None:
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        make_renditions(image, LEAD_IMAGE_ROLES)


def story_published(instance: Page, **kwargs) -> None:
    image_id = getattr(instance, "lead_image_id", None)
    if image_id is not None and settings.DEPESCHE_RENDITIONS_ON_PUBLISH:
        transaction.on_commit(lambda: make_lead_image_renditions.enqueue(image_id))


def connect(story_model: type[Page]) -> None:
    page_published.connect(story_published, sender=story_model, dispatch_uid="lead-renditions")
