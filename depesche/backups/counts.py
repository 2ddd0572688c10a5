"""What a backup holds, counted alike in the backed-up site, the dump and the restored site."""

from collections.abc import Iterable
from typing import Any

from django.apps import apps
from wagtail.models import Revision

from depesche.news.models import StoryPage
from depesche.reads.models import ReadBucket, ReadTally


def model_tables() -> list[str]:
    """The table of every installed model, many-to-many tables included."""
    return sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
    )


def quoted(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def scalar(cursor: Any, sql: str) -> int:
    cursor.execute(sql)
    return int(cursor.fetchone()[0] or 0)


def table_rows(cursor: Any, tables: Iterable[str]) -> dict[str, int]:
    """Rows of each of the tables (through a DB-API cursor of any engine)."""
    return {
        table: scalar(cursor, f"SELECT COUNT(*) FROM {quoted(table)}")  # noqa: S608 # nosec B608
        for table in sorted(tables)
    }


def headline_counts(cursor: Any, rows: dict[str, int]) -> dict[str, int]:
    """Stories, revisions and reads: the figures an editor recognises in a summary."""
    tally = quoted(ReadTally._meta.db_table)
    reads = scalar(cursor, f"SELECT SUM(total) FROM {tally}")  # noqa: S608 # nosec B608
    return {
        "stories": rows.get(StoryPage._meta.db_table, 0),
        "revisions": rows.get(Revision._meta.db_table, 0),
        "reads": reads,
        "read_buckets": rows.get(ReadBucket._meta.db_table, 0),
    }
