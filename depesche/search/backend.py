"""Wagtail's database search backend, keeping the stories' own index as well.

Settings name `depesche.search.backend` as the search backend. It is the stock database
backend of the database in use (PostgreSQL or SQLite FTS), so the admin, images and
documents search as before, and every story Wagtail indexes (on save, in bulk during an
import, or by `update_index`) is also written into the edition-aware index that the
public search reads (indexing.py). Searches over pages (the admin's page search, the
API's `?search=`) ask that index first (editors.py).
"""

import functools
from collections.abc import Callable
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
        return with_stories(super().search, query, model_or_queryset, options, typing=False)

    def autocomplete(self, query: Any, model_or_queryset: Any, **options: Any) -> BaseSearchResults:
        return with_stories(super().autocomplete, query, model_or_queryset, options, typing=True)


def with_stories(
    stock_search: Callable[..., BaseSearchResults],
    query: Any,
    pages: Any,
    options: dict,
    typing: bool,
) -> BaseSearchResults:
    """For a plain query over pages, the story index's matches and then what the stock
    search finds among the other pages (editors.py); any other search as Wagtail makes it.
    `typing`: an autocomplete, whose last word may be only begun."""
    stock = stock_search(query, pages, **options)
    text = query.query_string if isinstance(query, PlainText) else query  # the admin's form
    compiler = stock.query_compiler
    if (
        compiler is None
        or not isinstance(text, str)
        or options.get("fields")
        or not issubclass(StoryPage, compiler.queryset.model)
    ):
        return stock
    queryset = compiler.queryset
    others = None
    if not issubclass(queryset.model, StoryPage):
        others = stock_search(query, queryset.not_type(StoryPage), **options)
    by_rank = options.get("order_by_relevance", True)
    ids = editors.ranked_ids(text, queryset, others, by_rank, typing)
    return editors.ranked_results(stock, ids)


@functools.cache
def with_story_index(stock_class: type) -> type:
    return type(f"Edition{stock_class.__name__}", (StoryIndexMixin, stock_class), {})


def SearchBackend(params: dict) -> BaseSearchBackend:  # noqa: N802 (Wagtail looks it up)
    stock = database.SearchBackend(params)
    return with_story_index(type(stock))(params)
