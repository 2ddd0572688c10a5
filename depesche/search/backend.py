"""Wagtail's database search backend, keeping the stories' own index as well.

Settings name `depesche.search.backend` as the search backend. It is the stock database
backend of the database in use (PostgreSQL or SQLite FTS), so the admin, images and
documents search as before, and every story Wagtail indexes (on save, in bulk during an
import, or by `update_index`) is also written into the edition-aware index that the
public search reads (indexing.py).
"""

import functools

from django.db import models
from wagtail.search.backends import database
from wagtail.search.backends.base import BaseSearchBackend

from depesche.news.models import StoryPage

from . import indexing


class StoryIndexMixin:
    def add(self, obj: models.Model) -> None:
        super().add(obj)
        if isinstance(obj, StoryPage):
            indexing.index_stories([obj])

    def add_bulk(self, model: type[models.Model], obj_list: list[models.Model]) -> None:
        super().add_bulk(model, obj_list)
        if issubclass(model, StoryPage):
            indexing.index_stories(obj_list)

    def delete(self, obj: models.Model) -> None:
        super().delete(obj)
        if isinstance(obj, StoryPage):
            indexing.remove_stories([obj.pk])


@functools.cache
def with_story_index(stock_class: type) -> type:
    return type(f"Edition{stock_class.__name__}", (StoryIndexMixin, stock_class), {})


def SearchBackend(params: dict) -> BaseSearchBackend:  # noqa: N802 (Wagtail looks it up)
    stock = database.SearchBackend(params)
    return with_story_index(type(stock))(params)
