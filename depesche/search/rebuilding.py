"""Rebuilding an edition's story index from its stories, a batch at a time.

First every story's words join the edition's vocabulary, so that each story is analysed
with all the words the others bring (a compound splits at a word any story knows); then
every story is indexed again with the whole vocabulary loaded once. Each batch is written
over the existing entries in its own transaction, so searches find the stories throughout
and a rebuild that fails half-way leaves the index as full as before.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import DatabaseError, connection, transaction
from django.db.models import QuerySet

from depesche.news.models import StoryPage

from . import indexing, vocabulary
from .models import StoryEntry

BATCH = 500  # stories in memory and in one transaction


def stories(locale_id: int) -> QuerySet:
    return StoryPage.objects.filter(locale_id=locale_id).order_by("pk")


def in_batches(queryset: QuerySet, size: int = BATCH) -> Iterator[list[StoryPage]]:
    """The stories of `queryset` in batches by page id, each read with its tags."""
    after = 0
    while batch := list(queryset.filter(pk__gt=after).prefetch_related("tags")[:size]):
        yield batch
        after = batch[-1].pk


def learn_words(language: str, batch: list[StoryPage]) -> None:
    texts = (text for story in batch for text in indexing.story_texts(story).values())
    vocabulary.learn(language, vocabulary.folded_words(texts, language))


def index_batch(batch: list[StoryPage], words: frozenset[str]) -> int:
    """Write the batch's entries over the old ones, in one transaction; returns how many."""
    with transaction.atomic():
        return indexing.index_stories(batch, known_words=lambda _language, _words: words)


def remove_missing(language: str, locale_id: int) -> int:
    """Delete the edition's entries of pages that are not (or no longer) its stories."""
    kept = StoryPage.objects.filter(locale_id=locale_id).values("pk")
    return StoryEntry.objects.filter(language=language).exclude(page_id__in=kept).delete()[0]


def remove_other_languages(languages: list[str]) -> int:
    """Delete the entries of languages no edition has (any more)."""
    return StoryEntry.objects.exclude(language__in=languages).delete()[0]


@dataclass
class Size:
    bytes: int
    whole_database: bool  # the database's size, where the search tables' own is unknown


def index_size() -> Size:
    """The size of the search tables (entries, engine index, vocabulary) on disk."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_total_relation_size('search_storyentry')"
                " + pg_total_relation_size('search_storydocument')"
                " + pg_total_relation_size('search_word')"
            )
            return Size(cursor.fetchone()[0], whole_database=False)
        try:
            # dbstat names every table and index; FTS5 keeps its index in search_… tables.
            cursor.execute(
                r"""SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name IN (
                    SELECT name FROM sqlite_master WHERE tbl_name LIKE 'search\_%' ESCAPE '\')"""
            )
            return Size(cursor.fetchone()[0], whole_database=False)
        except DatabaseError:  # SQLite built without the dbstat table
            cursor.execute("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")
            return Size(cursor.fetchone()[0], whole_database=True)
