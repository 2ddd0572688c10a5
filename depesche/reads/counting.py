"""Recording reads: atomic increments of the total and the hourly bucket, in one transaction.

Read beacons are committed in groups: each app process has one writer thread that takes
every beacon waiting at that moment and commits them in a single transaction, then answers
them all. Under load a transaction carries dozens of reads, so the database sees few
commits and app processes on several machines rarely wait for each other. A beacon is
answered only after its transaction has committed.
"""

import asyncio
import datetime
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NoReturn, TypeVar

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

T = TypeVar("T")

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
WAIT_SECONDS = 10


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


@dataclass
class WaitingBeacon:
    """A read beacon waiting for its group's commit."""

    page_id: int
    receipt: str | None

    def settle(self, total: int | None, error: BaseException | None) -> None:
        """Hand over the page's new total (None: not countable), or the commit's error."""
        raise NotImplementedError


@dataclass(frozen=True)
class GroupOutcome:
    """What one group's commit came to: each page's new total, or the error all of them get."""

    totals: dict[int, int]
    error: BaseException | None = None

    def settle(self, group: Iterable[WaitingBeacon]) -> None:
        for beacon in group:
            beacon.settle(self.totals.get(beacon.page_id), self.error)


def commit_waiting(group: Iterable[WaitingBeacon]) -> GroupOutcome:
    """Commit the waiting beacons in one transaction; the outcome is for every one of them."""
    try:
        return GroupOutcome(commit_group([(beacon.page_id, beacon.receipt) for beacon in group]))
    except BaseException as error:  # every waiting beacon must learn of the failure
        return GroupOutcome({}, error)


@dataclass
class ThreadBeacon(WaitingBeacon):
    """A beacon from a request thread, which waits for the writer thread's commit."""

    done: threading.Event = field(default_factory=threading.Event)
    total: int | None = None
    error: BaseException | None = None

    def settle(self, total: int | None, error: BaseException | None) -> None:
        self.total, self.error = total, error
        self.done.set()

    def wait(self) -> int | None:
        if not self.done.wait(WAIT_SECONDS):
            raise TimeoutError("the read was not committed in time")
        if self.error is not None:
            raise self.error
        return self.total


class GroupCommitter:
    """Collects read beacons from request threads and commits them in groups."""

    def __init__(self) -> None:
        self._waiting: list[ThreadBeacon] = []
        self._condition = threading.Condition()
        self._writer: threading.Thread | None = None

    def record(self, page_id: int, receipt: str | None = None) -> int | None:
        """Count one read; returns the page's new total, or None if it is not countable."""
        beacon = ThreadBeacon(page_id, receipt)
        with self._condition:
            self._waiting.append(beacon)
            self._ensure_writer()
            self._condition.notify()
        return beacon.wait()

    def _ensure_writer(self) -> None:
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(target=self._write_forever, daemon=True)
            self._writer.start()

    def _write_forever(self) -> NoReturn:
        while True:
            with self._condition:
                while not self._waiting:
                    self._condition.wait()
                group, self._waiting = self._waiting, []
            commit_waiting(group).settle(group)


@dataclass
class LoopBeacon(WaitingBeacon):
    """A beacon on the event loop, answered through its future (unless it gave up waiting)."""

    future: asyncio.Future

    def settle(self, total: int | None, error: BaseException | None) -> None:
        if self.future.done():
            return
        if error is not None:
            self.future.set_exception(error)
        else:
            self.future.set_result(total)


class AsyncGroupCommitter:
    """The same group commit for an asyncio server: one database thread per process."""

    def __init__(self) -> None:
        self._waiting: list[LoopBeacon] = []
        self._flushing = False
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reads-db")

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """Run database work on the committer's thread."""
        return await asyncio.get_running_loop().run_in_executor(self._database, function, *args)

    async def record(self, page_id: int, receipt: str | None = None) -> int | None:
        """Count one read; returns the page's new total, or None if it is not countable."""
        loop = asyncio.get_running_loop()
        beacon = LoopBeacon(page_id, receipt, loop.create_future())
        self._waiting.append(beacon)
        if not self._flushing:
            self._flushing = True
            loop.create_task(self._flush())
        return await asyncio.wait_for(beacon.future, WAIT_SECONDS)

    async def _flush(self) -> None:
        try:
            while self._waiting:
                group, self._waiting = self._waiting, []
                outcome = await self.run(commit_waiting, group)
                outcome.settle(group)  # on the loop: futures are not thread-safe
        finally:
            self._flushing = False


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
committer = GroupCommitter()
async_committer = AsyncGroupCommitter()
