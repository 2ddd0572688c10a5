"""Recording reads: atomic increments of the total and the hourly bucket, all or none.

Read beacons are committed in groups (see `beacons`): under load a transaction carries
dozens of reads, so the database sees few commits and app processes on several machines
rarely wait for each other.
"""

import datetime
import logging
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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
from depesche.core.memo import forget_all, remembered
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
# PostgreSQL: the receipts, the totals and the hourly buckets in one statement. The reads
# of a story are those without a receipt plus its receipts not seen before.
RECORD_IN_ONE_STATEMENT = """
WITH fresh AS (
    INSERT INTO {receipts} (receipt, created)
    SELECT receipt, %s FROM unnest(%s::text[]) AS wanted(receipt) ORDER BY receipt
    ON CONFLICT (receipt) DO NOTHING RETURNING receipt
), increment AS (
    SELECT story.page_id, story.locale_id, story.without_receipt + (
        SELECT count(*) FROM fresh
        WHERE split_part(fresh.receipt, ':', 1) = story.page_id::text
    ) AS reads
    FROM unnest(%s::integer[], %s::integer[], %s::integer[])
        AS story(page_id, locale_id, without_receipt)
), tally AS (
    INSERT INTO {tally} (page_id, total)
    SELECT page_id, reads FROM increment ORDER BY page_id
    ON CONFLICT (page_id) DO UPDATE SET total = {tally}.total + excluded.total
    RETURNING page_id, total
), bucket AS (
    INSERT INTO {buckets} (page_id, locale_id, hour, reads)
    SELECT page_id, locale_id, %s, reads FROM increment WHERE reads > 0 ORDER BY page_id
    ON CONFLICT (page_id, hour) DO UPDATE SET reads = {buckets}.reads + excluded.reads
)
SELECT page_id, total FROM tally
"""
RECEIPT_LIFETIME = datetime.timedelta(days=2)
# A connection unused this long is tested before a batch uses it (see replace_if_broken).
IDLE_SECONDS = 1.0
logger = logging.getLogger(__name__)
_last_use = threading.local()  # when this thread's connection last served a batch


def replace_if_broken() -> None:
    """Replace this thread's connection if it broke while idle (the database restarted).

    A batch's write is not repeated after an error, as it may have been committed; so a
    connection unused for IDLE_SECONDS or more is tested with a cheap query first. Under
    load batches follow each other closely and skip the test.
    """
    now = time.monotonic()
    last, _last_use.at = getattr(_last_use, "at", None), now
    idle = last is not None and now - last >= IDLE_SECONDS
    if idle and not connection.in_atomic_block and not connection.is_usable():
        connection.close()


def countable_stories(page_ids: Sequence[int]) -> dict[int, int]:
    """{page id: locale id} of the given pages that are stories a reader may see.

    The stories found are remembered until the content generation changes (a publish, an
    unpublish or a new view restriction changes it), as the cached pages are: under load a
    batch of beacons then costs the database one statement, not two. Ids that are no such
    story are asked again each time (any id can be sent, so they are not kept).

    This is where a batch first needs the database: a connection that broke while it was
    idle is replaced here, and the query, which changes nothing, is asked once more on a
    fresh connection if it fails.
    """
    replace_if_broken()
    known = remembered(("countable stories",), dict)
    ids = sorted({page_id for page_id in page_ids if page_id not in known})
    if not ids:
        return {page_id: known[page_id] for page_id in page_ids}
    # Negative stand-ins: no page has such an id.
    query = compiled(("countable", len(ids)), countable_query, [-(n + 1) for n in range(len(ids))])
    try:
        found = dict(query.rows(ids))
    except (OperationalError, InterfaceError):
        if connection.in_atomic_block:
            raise
        connection.close()
        found = dict(query.rows(ids))
    known.update(found)
    return {page_id: known[page_id] for page_id in page_ids if page_id in known}


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
    processes and machines never lose a read. However many the reads, the write is one
    statement on PostgreSQL and three in a transaction elsewhere, so it keeps the write
    lock only briefly.
    """
    now = at or timezone.now()
    locales = countable_stories(list(reads_by_page))
    if not locales:
        return {}
    receipts = receipts or {}
    group = ReadGroup(
        at=now,
        locales=locales,
        # Receipts without a story that counts are not kept: a story published later must
        # count them. Sorted, so that concurrent groups lock the receipts in one order.
        receipts=sorted({f"{page}:{r}" for page in locales for r in receipts.get(page, ())}),
        without_receipt={
            page: reads_by_page[page] - len(receipts.get(page, ())) for page in locales
        },
    )
    if connection.vendor == "postgresql":
        return record_in_one_statement(group)
    return record_in_a_transaction(group)


@dataclass(frozen=True)
class ReadGroup:
    """A group of reads of countable stories, as both ways of recording them take it."""

    at: datetime.datetime
    locales: Mapping[int, int]  # {page id: locale id}
    receipts: Sequence[str]  # "page id:receipt", each once
    without_receipt: Mapping[int, int]  # {page id: number of reads without a receipt}

    def increments(self, fresh: set[str]) -> dict[int, int]:
        """{page id: reads to add}, given the receipts that were not seen before."""
        counted = Counter(int(receipt.partition(":")[0]) for receipt in fresh)
        return {page: n + counted[page] for page, n in self.without_receipt.items()}


def record_in_one_statement(group: ReadGroup) -> dict[int, int]:
    """PostgreSQL: receipts, totals and hourly buckets in one statement (atomic by itself),
    so a group costs one round trip and no BEGIN or COMMIT."""
    pages = sorted(group.locales)
    statement = RECORD_IN_ONE_STATEMENT.format(
        receipts=ReadReceipt._meta.db_table,
        tally=ReadTally._meta.db_table,
        buckets=ReadBucket._meta.db_table,
    )
    parameters = [
        group.at,
        list(group.receipts),
        pages,
        [group.locales[page] for page in pages],
        [group.without_receipt[page] for page in pages],
        hour_of(group.at),
    ]
    with connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        return dict(cursor.fetchall())


def record_in_a_transaction(group: ReadGroup) -> dict[int, int]:
    """Other databases: three statements in one transaction."""
    adapt = connection.ops.adapt_datetimefield_value
    with transaction.atomic(), connection.cursor() as cursor:
        fresh = set()
        if group.receipts:
            created = adapt(group.at)
            rows = upsert(
                cursor, RECEIPT_INSERT, ReadReceipt, [(r, created) for r in group.receipts]
            )
            fresh = {row[0] for row in rows}
        increments = group.increments(fresh)
        totals = dict(upsert(cursor, TALLY_UPSERT, ReadTally, sorted(increments.items())))
        hour = adapt(hour_of(group.at))
        buckets = [(p, group.locales[p], hour, n) for p, n in sorted(increments.items()) if n]
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
        forget_all()  # and ask afresh which stories count (one may have been deleted)
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
