"""Everything that changes what readers see bumps the content generation."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from depesche.core import generation
from depesche.news.models import TagInEdition

from . import static_files
from .purge import purge_pages


def content_changed(**kwargs) -> None:
    generation.bump_now_and_after_commit()


def page_changed(instance: Page, **kwargs) -> None:
    """A page was published or unpublished: also purge the CDN's copies of it and its
    listings, once the generation has moved on (the CDN would fetch the old pages else)."""
    generation.bump_now_and_after_commit()
    transaction.on_commit(lambda: generation.after_bump(purge_pages, instance))


# Saved or deleted outside a page's own publishing, yet shown on pages. Renditions are left
# out on purpose: they are created while pages render.
EDITED_ELSEWHERE = (
    Tag,
    TagInEdition,  # tag pages link the topic's pages in the other editions
    Site,
    Locale,
    PageViewRestriction,
    Image,
    Document,
    Redirect,
)


def follow_generation(value: int, **kwargs) -> None:
    """Point nginx's static copies at the new generation's (empty) folder."""
    static_files.switch_to(value)


def connect() -> None:
    """Publishing (also by a schedule firing, and of translations), unpublishing, moves,
    deletions, renamed tags, view restrictions, images, documents, redirects and changed
    sites or locales all invalidate the cached pages."""
    generation.generation_changed.connect(follow_generation, dispatch_uid="pagecache-static")
    page_published.connect(page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="pagecache-moved")
    for model in (Page, *EDITED_ELSEWHERE):
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"pagecache-{model.__name__}-deleted"
        )
    for model in EDITED_ELSEWHERE:
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"pagecache-{model.__name__}-saved"
        )
