"""Everything that changes what readers see bumps the content generation."""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation
from .purge import purge_related


def content_changed(**kwargs):
    generation.bump()


def page_changed(instance, **kwargs):
    """A page was published or unpublished: also purge the CDN's copies of its listings."""
    generation.bump()
    purge_related(instance)


def connect():
    """Publishing (also by a schedule firing, and of translations), unpublishing, moves,
    deletions, renamed tags, view restrictions and changed sites or locales all invalidate
    the cached pages."""
    page_published.connect(page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="pagecache-moved")
    for model in (Page, Tag, Site, Locale, PageViewRestriction):
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"pagecache-{model.__name__}-deleted"
        )
    for model in (Tag, Site, Locale, PageViewRestriction):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"pagecache-{model.__name__}-saved"
        )
