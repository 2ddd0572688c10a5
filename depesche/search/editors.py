"""The admin's page search on the story index: what editors find when they search pages.

Wagtail's admin searches pages with `autocomplete()` (and the API with `search()`) on a
page queryset that already carries the editor's filters and permissions. For those, the
backend (backend.py) asks the story index first, with the query analysed in every
edition's language (an editor's query may be in any of them), and adds the other page
types (sections, information pages) that Wagtail's own index finds. The queryset
then keeps only the pages the editor may see, in rank order unless the editor sorted.
"""

from django.conf import settings
from django.db.models import Model, QuerySet
from wagtail.search.backends.base import BaseSearchResults

from . import engine, vocabulary
from .analysis import words
from .query import Terms, analysed, parse

MOST = 500  # matches considered from each index


def every_editions_terms(text: str, typing: bool) -> Terms:
    """`text` analysed in each edition's language; `typing`: its last word may be begun."""
    query = parse(text)
    found = Terms(anywhere=[], phrases=[])
    for language, _name in settings.LANGUAGES:
        known = vocabulary.known_words(language, words(query.all_text(), language))
        terms = analysed(query, language, known, last_word_begun=typing)
        found.prefixes.extend(prefix for prefix in terms.prefixes if prefix not in found.prefixes)
        found.anywhere.extend(term for term in terms.anywhere if term not in found.anywhere)
        found.phrases.extend(phrase for phrase in terms.phrases if phrase not in found.phrases)
    return found


def ranked_ids(
    text: str, queryset: QuerySet, others: BaseSearchResults | None, by_rank: bool, typing: bool
) -> list:
    """The ids of the pages of `queryset` that match, best first (or in the queryset's
    order when `by_rank` is false): stories, then the `others` Wagtail's index found."""
    ids = engine.ranked_page_ids(every_editions_terms(text, typing), MOST)
    if others is not None:
        ids += [page.pk for page in others[:MOST]]
    allowed = queryset.filter(pk__in=ids).values_list("pk", flat=True)
    if not by_rank:
        return list(allowed)
    allowed = set(allowed)
    return [pk for pk in ids if pk in allowed]


class RankedResults(BaseSearchResults):
    """Search results over a fixed list of ids (`ids`, set on a subclass made for each
    search by `ranked_results`), fetched a slice at a time."""

    ids: tuple = ()

    def _do_search(self) -> list[Model]:
        wanted = self.ids[self.start : self.stop]
        queryset = self.query_compiler.queryset.filter(pk__in=wanted)
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        found = queryset.in_bulk()
        return [found[pk] for pk in wanted if pk in found]

    def _do_count(self) -> int:
        return len(self.ids[self.start : self.stop])


def ranked_results(stock: BaseSearchResults, ids: list) -> RankedResults:
    """Results of `ids` in their order, on the queryset and backend of `stock`."""
    results_class = type("RankedResults", (RankedResults,), {"ids": tuple(ids)})
    return results_class(stock.backend, stock.query_compiler, stock.prefetch_related)
