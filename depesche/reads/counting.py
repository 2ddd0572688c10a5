"""Recording reads: atomic increments of the total and the hourly bucket, in one transaction.

Read beacons are committed in groups (see `beacons`): under load a transaction carries
dozens of reads, so the database sees few commits and app processes on several machines
rarely wait for each other.
"""

import datetime
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from django.db import (
    DatabaseError,
    InterfaceError,
    OperationalError,
    connection,
    models,
    transaction,
)
from django.db.models import QuerySet
from django.utils import timezone

from depesche.core.compiled import compiled
from depesche.news.models import StoryPage

from .hours import hour_of
from .models import ReadBucket, ReadReceipt, ReadTally

if TYPE_CHECKING:
    from django.db.backends.utils import CursorWrapper


TALLY_UPSERT = (
    "INSERT INTO {table} (page_id, total) VALUES {values} ON CONFLICT (page_id) "
    "DO UPDATE SET total = {table}.total + excluded.total RETURNING page_id, total"
)
BUCKET_UPSERT = (
    "INSERT INTO {table} (page_id, locale_id, hour, reads) VALUES {values} "
    "ON CONFLICT (page_id, hour) DO UPDATE SET reads = {table}.reads + excluded.reads"
)
RECEIPT_INSERT = (
    "INSERT INTO {table} (receipt, created) VALUES {values} "
    "ON CONFLICT (receipt) DO NOTHING RETURNING receipt"
)
RECEIPT_LIFETIME = datetime.timedelta(days=2)
logger = logging.getLogger(__name__)


def countable_stories(page_ids: Iterable[int]) -> dict[int, int]:
    """{page id: locale id} of the given pages that are stories a reader may see.

    This is the first query of every beacon. A connection that broke while it was idle (the
    database was restarted) is replaced once here: the query changes nothing, so asking
    again on a fresh connection is safe, and the beacon after a restart is not refused.
    """
    ids = sorted(set(page_ids))
    if not ids:
        return {}
    # Negative stand-ins: no page has such an id.
    query = compiled(("countable", len(ids)), countable_query, [-(n + 1) for n in range(len(ids))])
    try:
        return dict(query.rows(ids))
    except (OperationalError, InterfaceError):
        if connection.in_atomic_block:
            raise
        connection.close()
        return dict(query.rows(ids))


def countable_query(*stand_ins: int) -> QuerySet:
    return (
        StoryPage.objects.published()
        .filter(pk__in=stand_ins)
        .order_by()
        .values_list("pk", "locale_id")
    )


def upsert(
    cursor: "CursorWrapper",
    statement: str,
    model: type[models.Model],
    rows: Sequence[Sequence[object]],
) -> list[tuple]:
    """Run a multi-row INSERT … ON CONFLICT statement; returns the rows it RETURNs."""
    width = len(rows[0])
    values = ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(rows))
    cursor.execute(
        statement.format(table=model._meta.db_table, values=values),
        [value for row in rows for value in row],
    )
    return cursor.fetchall() if cursor.description else []


def record_reads(
    reads_by_page: Mapping[int, int],
    at: datetime.datetime | None = None,
    receipts: Mapping[int, Sequence[str]] | None = None,
) -> dict[int, int]:
    """Add reads to published stories; returns {page id: new total} for every countable page.

    `reads_by_page` counts the beacons per page; `receipts` maps a page id to the receipts
    among them. A receipt counts once: a second beacon with it, in this group or any earlier
    one, adds nothing. Every change is an increment done by the database (INSERT … ON
    CONFLICT DO UPDATE SET total = total + n), never read-modify-write, so concurrent
    processes and machines never lose a read. The transaction holds three statements
    whatever the number of reads, so it keeps the write lock only briefly.
    """
    now = at or timezone.now()
    locales = countable_stories(list(reads_by_page))
    if not locales:
        return {}
    adapt = connection.ops.adapt_datetimefield_value
    receipts = receipts or {}
    with transaction.atomic(), connection.cursor() as cursor:
        wanted = sorted(
            {f"{page_id}:{r}" for page_id in locales for r in receipts.get(page_id, ())}
        )
        fresh = set()
        if wanted:
            rows = upsert(cursor, RECEIPT_INSERT, ReadReceipt, [(r, adapt(now)) for r in wanted])
            fresh = {row[0] for row in rows}
        increments = {}
        for page_id in locales:
            with_receipt = receipts.get(page_id, ())
            new = {r for r in with_receipt if f"{page_id}:{r}" in fresh}
            increments[page_id] = reads_by_page[page_id] - len(with_receipt) + len(new)
        totals = dict(upsert(cursor, TALLY_UPSERT, ReadTally, list(increments.items())))
        hour = adapt(hour_of(now))
        buckets = [(p, locales[p], hour, n) for p, n in increments.items() if n > 0]
        if buckets:
            upsert(cursor, BUCKET_UPSERT, ReadBucket, buckets)
    return totals


def commit_group(beacons: Sequence[tuple[int, str | None]]) -> dict[int, int]:
    """Commit [(page id, receipt or None)] in one transaction; returns {page id: total}."""
    reads = Counter(page_id for page_id, _receipt in beacons)
    receipts: dict[int, list[str]] = {}
    for page_id, receipt in beacons:
        if receipt:
            receipts.setdefault(page_id, []).append(receipt)
    try:
        totals = record_reads(dict(reads), receipts=receipts)
    except BaseException:
        connection.close()  # start the next group on a fresh connection
        raise
    pruner.maybe_prune()
    return totals


class ReceiptPruner:
    """Drops receipts older than two days, at most once an hour per process.

    A failure is logged and left for the next hour: it must not fail reads already committed.
    """

    def __init__(self) -> None:
        self.last: datetime.datetime | None = None

    def maybe_prune(self) -> None:
        now = timezone.now()
        if self.last and now - self.last < datetime.timedelta(hours=1):
            return
        self.last = now
        try:
            ReadReceipt.objects.filter(created__lt=now - RECEIPT_LIFETIME).delete()
        except DatabaseError:
            logger.exception("Could not prune old read receipts")


pruner = ReceiptPruner()
