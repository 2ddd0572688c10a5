"""Searching an edition: the door the search page and the API go through."""

import math
from dataclasses import dataclass, field

from depesche.news.models import StoryPage

from . import engine, spelling, vocabulary
from .analysis import words as folded_words
from .engine import Filters
from .query import Query, analysed, parse

PER_PAGE = 20


@dataclass
class Results:
    query: Query
    total: int
    page: int
    stories: list[StoryPage] = field(default_factory=list)
    per_page: int = PER_PAGE
    suggestion: str | None = None  # the query with misspelt words corrected

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def search(
    text: str,
    language: str,
    filters: Filters,
    order: str = engine.RELEVANCE,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> Results:
    """The stories of one page of results for `text`, the reader's query as typed."""
    query = parse(text)
    known = vocabulary.known_words(language, folded_words(query.all_text(), language))
    terms = analysed(query, language, known)
    found = engine.find(terms, filters, order, offset=(page - 1) * per_page, limit=per_page)
    stories = StoryPage.objects.filter(pk__in=found.page_ids).for_listing().in_bulk()
    return Results(
        query=query,
        total=found.total,
        page=page,
        stories=[stories[pk] for pk in found.page_ids if pk in stories],
        per_page=per_page,
        suggestion=spelling.suggestion(query.all_text(), language) if query else None,
    )
