"""Finding an edition's stories by their analysed terms: one SQL query on either engine.

SQLite matches in the FTS5 table and ranks by BM25; PostgreSQL matches the GIN-indexed
tsvector and ranks with ts_rank. Both weight the headline over the lead over the body
(3 : 2 : 1, as the relevance set was measured) and break ties by recency. Filters and the
reader's visibility rules (live, not behind a view restriction) are in the same query, so
the count and the page of results agree.
"""

import datetime
from dataclasses import dataclass

from django.db import connection

from depesche.news.structure import view_restriction_paths

from .query import Terms

RELEVANCE, NEWEST = "relevance", "newest"
# Column weights: headline, lead, body, then the same for their other terms.
FTS5_WEIGHTS = "3.0, 2.0, 1.0, 3.0, 2.0, 1.0"
# ts_rank's weights for D (body), C (unused), B (lead) and A (headline).
TS_RANK_WEIGHTS = "{0.1, 0.1, 0.2, 0.3}"
STEM_COLUMNS = "{headline lead body}"  # where phrases match: the stems in word order


@dataclass
class Filters:
    locale_id: int
    section_path: str | None = None  # a section page's tree path
    tag_id: int | None = None
    kind: str | None = None
    published_from: datetime.datetime | None = None
    published_before: datetime.datetime | None = None


@dataclass
class Found:
    total: int
    page_ids: list[int]  # in the order asked for, `limit` at most from `offset`


def find(terms: Terms, filters: Filters, order: str, offset: int, limit: int) -> Found:
    if not terms:
        return Found(0, [])
    engine = POSTGRESQL if connection.vendor == "postgresql" else SQLITE
    matches, params = engine.matches(terms, ranked=order == RELEVANCE)
    where, where_params = visible_and_filtered(filters)
    # Matched first, then joined: left to itself, SQLite's planner walks the edition's
    # pages and runs the full-text match for each of them (seconds at 100,000 stories).
    matching = f"""
        FROM m JOIN wagtailcore_page p ON p.id = m.page_id
        WHERE {where}"""
    params += where_params
    with connection.cursor() as cursor:
        cursor.execute(
            f"""WITH m AS MATERIALIZED ({matches})
                SELECT m.page_id, COUNT(*) OVER () {matching}
                ORDER BY m.rank DESC, p.first_published_at DESC, p.id DESC
                LIMIT %s OFFSET %s""",
            [*params, limit, offset],
        )
        rows = cursor.fetchall()
        if rows or offset == 0:
            return Found(rows[0][1] if rows else 0, [row[0] for row in rows])
        # Past the last page: the window counted no rows, so count them.
        cursor.execute(f"WITH m AS MATERIALIZED ({matches}) SELECT COUNT(*) {matching}", params)
        return Found(cursor.fetchone()[0], [])


def visible_and_filtered(filters: Filters) -> tuple[str, list]:
    """The WHERE clauses for what a reader may see and the filters asked for."""
    clauses, params = ["p.live", "p.locale_id = %s"], [filters.locale_id]
    for path, _restriction in view_restriction_paths()[0]:
        clauses.append("p.path NOT LIKE %s")
        params.append(f"{path}%")
    if filters.section_path:
        clauses.append("p.path LIKE %s")
        params.append(f"{filters.section_path}%")
    if filters.kind:
        clauses.append("m.page_id IN (SELECT page_ptr_id FROM news_storypage WHERE kind = %s)")
        params.append(filters.kind)
    if filters.tag_id:
        clauses.append(
            "m.page_id IN (SELECT content_object_id FROM news_storytag WHERE tag_id = %s)"
        )
        params.append(filters.tag_id)
    if filters.published_from:
        clauses.append("p.first_published_at >= %s")
        params.append(filters.published_from)
    if filters.published_before:
        clauses.append("p.first_published_at < %s")
        params.append(filters.published_before)
    return " AND ".join(clauses), params


class SQLite:
    @staticmethod
    def matches(terms: Terms, ranked: bool) -> tuple[str, list]:
        """A query of the matching entries' (page_id, rank), and its parameters."""
        phrases = [f"{STEM_COLUMNS} : {fts5_string(phrase)}" for phrase in terms.phrases]
        anywhere = [fts5_string([term]) for term in terms.anywhere]
        anywhere += [f"{fts5_string([prefix])}*" for prefix in terms.prefixes]
        # BM25 is lower for a better match.
        rank = f"-bm25(search_storyentry_fts, {FTS5_WEIGHTS})" if ranked else "0"
        ranked_rows = f"SELECT rowid AS page_id, {rank} AS rank FROM search_storyentry_fts"  # noqa: S608 # nosec B608 (constants)
        return (
            f"{ranked_rows} WHERE search_storyentry_fts MATCH %s",
            [combined(phrases, anywhere, " AND ", " OR ")],
        )


class PostgreSQL:
    @staticmethod
    def matches(terms: Terms, ranked: bool) -> tuple[str, list]:
        """A query of the matching entries' (page_id, rank), and its parameters."""
        phrases = [" <-> ".join(map(tsquery_string, phrase)) for phrase in terms.phrases]
        anywhere = [tsquery_string(term) for term in terms.anywhere]
        anywhere += [f"{tsquery_string(prefix)}:*" for prefix in terms.prefixes]
        rank = f"ts_rank('{TS_RANK_WEIGHTS}', e.document, wanted, 1)" if ranked else "0"
        ranked_rows = f"SELECT e.page_id, {rank} AS rank"
        return (
            f"""{ranked_rows} FROM search_storydocument e, to_tsquery('simple', %s) AS wanted
                WHERE e.document @@ wanted""",
            [combined(phrases, anywhere, " & ", " | ")],
        )


def fts5_string(terms: list[str]) -> str:
    # Terms are letters and digits (analysis.WORD); quoting keeps "or" or "not" a word.
    return '"' + " ".join(terms) + '"'


def tsquery_string(term: str) -> str:
    return f"'{term}'"


def combined(phrases: list[str], anywhere: list[str], and_: str, or_: str) -> str:
    """Every phrase, and any of the other terms if there are any: `p1 AND (t1 OR t2 OR p1)`,
    so that the other terms rank the matches without excluding any."""
    if not phrases:
        return or_.join(anywhere)
    required = and_.join(f"({phrase})" for phrase in phrases)
    if not anywhere:
        return required
    return f"{required}{and_}({or_.join([*anywhere, f'({phrases[0]})'])})"


SQLITE, POSTGRESQL = SQLite(), PostgreSQL()


def ranked_page_ids(terms: Terms, limit: int) -> list[int]:
    """The best `limit` matches among all stories, drafts and every edition included
    (for editors, whose own filters and permissions apply afterwards)."""
    if not terms:
        return []
    engine = POSTGRESQL if connection.vendor == "postgresql" else SQLITE
    matches, params = engine.matches(terms, ranked=True)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT m.page_id FROM ({matches}) AS m ORDER BY m.rank DESC, m.page_id DESC LIMIT %s",  # noqa: S608 # nosec B608
            [*params, limit],
        )
        return [row[0] for row in cursor.fetchall()]
