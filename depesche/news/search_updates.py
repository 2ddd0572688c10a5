"""Keeping stories in the search index: at once when saved, or in bulk during an import.

Stories opt out of the search library's own update on every save (`search_auto_update`);
the handlers here do the same work, unless an import asked to index its stories in bulk,
after they are committed, instead of once for each save.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.search.backends import get_search_backends_with_name

if TYPE_CHECKING:
    from wagtail.models import Page

logger = logging.getLogger(__name__)

# The ids of stories saved while an import indexes in bulk (None when none does).
_held_back: ContextVar[set[int] | None] = ContextVar("stories_held_back_from_search", default=None)


def story_saved(instance: "Page", raw: bool = False, **kwargs) -> None:
    if raw:
        return
    held_back = _held_back.get()
    if held_back is not None:
        held_back.add(instance.pk)
        return
    # As stored, not as in memory: saving a draft revision leaves a page object holding
    # the draft while the row keeps what readers see.
    index.insert_or_update_object(type(instance).objects.get(pk=instance.pk))


def story_deleted(instance: "Page", **kwargs) -> None:
    index.remove_object(instance)


def connect(story_model: "type[Page]") -> None:
    post_save.connect(story_saved, sender=story_model, dispatch_uid="story-search-saved")
    post_delete.connect(story_deleted, sender=story_model, dispatch_uid="story-search-deleted")


class BulkIndexing:
    """Story ids waiting to be indexed; `flush` indexes them once they are committed."""

    def __init__(self, story_model: "type[Page]") -> None:
        self.story_model = story_model
        self.ids: set[int] = set()

    def flush(self) -> int:
        """Index the stories waiting; returns how many of them a search backend refused."""
        if not self.ids:
            return 0
        ids = list(self.ids)
        self.ids.clear()
        stories = list(self.story_model.get_indexed_objects().filter(pk__in=ids))
        refused = 0
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(self.story_model, stories)
            except Exception:  # a search service being down must not stop an import
                logger.exception("Indexing %d stories in %r failed", len(stories), name)
                refused = len(stories)
        return refused


@contextmanager
def indexing_in_bulk(story_model: "type[Page]") -> Iterator[BulkIndexing]:
    """Hold back the stories saved in this context from the search index until `flush()`
    (called outside any transaction) or the end of the context."""
    bulk = BulkIndexing(story_model)
    token = _held_back.set(bulk.ids)
    try:
        yield bulk
    finally:
        _held_back.reset(token)
        bulk.flush()
