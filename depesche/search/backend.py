"""Wagtail's database search backend, keeping the stories' own index as well.

Settings name `depesche.search.backend` as the search backend. It is the stock database
backend of the database in use (PostgreSQL or SQLite FTS), so the admin, images and
documents search as before, and every story Wagtail indexes (on save, in bulk during an
import, or by `update_index`) is also written into the edition-aware index that the
public search reads (indexing.py). Searches over pages (the admin's page search, the
API's `?search=`) ask that index first (editors.py).
"""

import functools
from typing import Any

from django.db import models
from wagtail.search.backends import database
from wagtail.search.backends.base import BaseSearchBackend, BaseSearchResults
from wagtail.search.query import PlainText

from depesche.news.models import StoryPage

from . import editors, indexing


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

    def search(self, query: Any, model_or_queryset: Any, **options: Any) -> BaseSearchResults:
        stock = super().search(query, model_or_queryset, **options)
        return self.with_stories(query, stock, options)

    def autocomplete(self, query: Any, model_or_queryset: Any, **options: Any) -> BaseSearchResults:
        stock = super().autocomplete(query, model_or_queryset, **options)
        return self.with_stories(query, stock, options)

    @staticmethod
    def with_stories(query: Any, stock: BaseSearchResults, options: dict) -> BaseSearchResults:
        """For a plain query over pages, the story index's matches and then the stock
        ones (editors.py); any other search as Wagtail makes it."""
        searches_pages = stock.query_compiler is not None and issubclass(
            StoryPage, stock.query_compiler.queryset.model
        )
        if isinstance(query, PlainText):  # as the admin's page search parses it
            query = query.query_string
        if not (searches_pages and isinstance(query, str) and not options.get("fields")):
            return stock
        by_rank = options.get("order_by_relevance", True)
        ids = editors.ranked_ids(query, stock.query_compiler.queryset, stock, by_rank)
        return editors.ranked_results(stock, ids)


@functools.cache
def with_story_index(stock_class: type) -> type:
    return type(f"Edition{stock_class.__name__}", (StoryIndexMixin, stock_class), {})


def SearchBackend(params: dict) -> BaseSearchBackend:  # noqa: N802 (Wagtail looks it up)
    stock = database.SearchBackend(params)
    return with_story_index(type(stock))(params)
