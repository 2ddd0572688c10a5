"""Snippets: the passage of a story around the words a query found, those words marked.

A word is marked when its analysed terms (analysis.terms, in the edition's language) meet
the query's, so that "Ministers" in a story is marked for the query "Minister". Everything
else is escaped; the passage is cut at word boundaries and "…" shows where it was cut.
"""

from collections.abc import Iterable

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .analysis import WORD, terms
from .models import StoryEntry
from .query import parse

SNIPPET_LENGTH = 220  # characters of text around the first match
CONTEXT_BEFORE = 4  # a match starts about 1/CONTEXT_BEFORE of the way into its passage
ELLIPSIS = "…"


def snippet(text: str, query_text: str, language: str, length: int = SNIPPET_LENGTH) -> SafeString:
    """The passage of `text` around the first words the query finds, as safe HTML."""
    text = " ".join(text.split())
    wanted = query_terms(query_text, language)
    words = list(WORD.finditer(text))
    first = next((word for word in words if meets(word.group(), wanted, language)), None)
    start, end = passage(text, first.start() if first else 0, length)
    pieces, position = [], start
    for word in words:
        if word.start() >= start and word.end() <= end and meets(word.group(), wanted, language):
            pieces.append((text[position : word.start()], word.group()))
            position = word.end()
    return format_html(
        "{}{}{}{}",
        ELLIPSIS if start > 0 else "",
        format_html_join("", "{}<mark>{}</mark>", pieces),
        text[position:end],
        ELLIPSIS if end < len(text) else "",
    )


def query_terms(query_text: str, language: str) -> frozenset[str]:
    """The terms of a query as the search reads it (words and phrases, bounded)."""
    return frozenset(terms(parse(query_text).all_text(), language))


def meets(word: str, wanted: frozenset[str], language: str) -> bool:
    return bool(wanted) and not wanted.isdisjoint(terms(word, language))


def passage(text: str, match_start: int, length: int) -> tuple[int, int]:
    """(start, end) of about `length` characters of `text` around `match_start`, at word
    boundaries (a word longer than the passage is cut)."""
    start = max(0, min(match_start - length // CONTEXT_BEFORE, len(text) - length))
    end = min(len(text), start + length)
    if start > 0 and not text[start - 1].isspace():
        boundary = text.find(" ", start, match_start)
        start = boundary + 1 if boundary >= 0 else match_start
    if end < len(text) and not text[end].isspace():
        boundary = text.rfind(" ", max(start, match_start), end)
        end = boundary if boundary > start else end
    return start, end


def snippets(page_ids: Iterable[int], query_text: str, language: str) -> dict[int, SafeString]:
    """{page id: snippet} for a page of results, their texts read in one query."""
    texts = StoryEntry.objects.filter(page_id__in=list(page_ids)).values_list("page_id", "text")
    return {page_id: snippet(text, query_text, language) for page_id, text in texts}
