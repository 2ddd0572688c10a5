"""Recording reads: atomic increments of the total and the hourly bucket, in one transaction.

Read reports are committed in groups: each app process has one writer thread that takes
every report waiting at that moment and commits them in a single transaction, then answers
them all. Under load a transaction carries dozens of reads, so the database sees few
commits and app processes on several machines rarely wait for each other. A report is
answered only after its transaction has committed.
"""

import asyncio
import datetime
import logging
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from depesche.core.compiled import compiled
from depesche.news.models import StoryPage

from .hours import hour_of
from .models import ReadBucket, ReadReceipt, ReadTally

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


def countable_stories(page_ids):
    """{page id: locale id} of the given pages that are stories a reader may see."""
    ids = sorted(set(page_ids))
    if not ids:
        return {}
    # Negative stand-ins: no page has such an id.
    query = compiled(("countable", len(ids)), countable_query, [-(n + 1) for n in range(len(ids))])
    return dict(query.rows(ids))


def countable_query(*stand_ins):
    return (
        StoryPage.objects.published()
        .filter(pk__in=stand_ins)
        .order_by()
        .values_list("pk", "locale_id")
    )


def upsert(cursor, statement, model, rows):
    """Run a multi-row INSERT … ON CONFLICT statement; returns the rows it RETURNs."""
    width = len(rows[0])
    values = ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(rows))
    cursor.execute(
        statement.format(table=model._meta.db_table, values=values),
        [value for row in rows for value in row],
    )
    return cursor.fetchall() if cursor.description else []


def record_reads(reads_by_page, at=None, receipts=None):
    """Add reads to published stories; returns {page id: new total} for every countable page.

    `reads_by_page` counts the reports per page; `receipts` maps a page id to the receipts
    among them. A receipt counts once: a second report with it, in this group or any earlier
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
class Report:
    """One read report waiting for its group's commit."""

    page_id: int
    receipt: str | None
    done: threading.Event = field(default_factory=threading.Event)
    total: int | None = None
    error: BaseException | None = None


class GroupCommitter:
    """Collects read reports from request threads and commits them in groups."""

    def __init__(self):
        self._waiting = []
        self._condition = threading.Condition()
        self._writer = None

    def record(self, page_id, receipt=None):
        """Count one read; returns the page's new total, or None if it is not countable."""
        report = Report(page_id, receipt)
        with self._condition:
            self._waiting.append(report)
            self._ensure_writer()
            self._condition.notify()
        if not report.done.wait(WAIT_SECONDS):
            raise TimeoutError("the read was not committed in time")
        if report.error is not None:
            raise report.error
        return report.total

    def _ensure_writer(self):
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(target=self._write_forever, daemon=True)
            self._writer.start()

    def _write_forever(self):
        while True:
            with self._condition:
                while not self._waiting:
                    self._condition.wait()
                group, self._waiting = self._waiting, []
            self._commit(group)

    def _commit(self, group):
        try:
            totals = commit_group([(report.page_id, report.receipt) for report in group])
        except BaseException as error:  # every waiting report must learn of the failure
            for report in group:
                report.error = error
                report.done.set()
            return
        for report in group:
            report.total = totals.get(report.page_id)
            report.done.set()


class AsyncGroupCommitter:
    """The same group commit for an asyncio server: one database thread per process."""

    def __init__(self):
        self._waiting = []
        self._flushing = False
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reads-db")

    async def run(self, function, *args):
        """Run database work on the committer's thread."""
        return await asyncio.get_running_loop().run_in_executor(self._database, function, *args)

    async def record(self, page_id, receipt=None):
        """Count one read; returns the page's new total, or None if it is not countable."""
        future = asyncio.get_running_loop().create_future()
        self._waiting.append((page_id, receipt, future))
        if not self._flushing:
            self._flushing = True
            asyncio.get_running_loop().create_task(self._flush())
        return await asyncio.wait_for(future, WAIT_SECONDS)

    async def _flush(self):
        try:
            while self._waiting:
                group, self._waiting = self._waiting, []
                try:
                    totals = await self.run(commit_group, [(p, r) for p, r, _f in group])
                except Exception as error:
                    for _p, _r, future in group:
                        if not future.done():
                            future.set_exception(error)
                    continue
                for page_id, _r, future in group:
                    if not future.done():
                        future.set_result(totals.get(page_id))
        finally:
            self._flushing = False


def commit_group(reports):
    """Commit [(page id, receipt or None)] in one transaction; returns {page id: total}."""
    reads = Counter(page_id for page_id, _receipt in reports)
    receipts = {}
    for page_id, receipt in reports:
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

    def __init__(self):
        self.last = None

    def maybe_prune(self):
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
