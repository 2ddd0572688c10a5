"""Recording reads: atomic increments of the total and the hourly bucket, in one transaction.

Read reports are committed in groups: each app process has one writer thread that takes
every report waiting at that moment and commits them in a single transaction, then answers
them all. Under load a transaction carries dozens of reads, so the database sees few
commits and app processes on several machines rarely wait for each other. A report is
answered only after its transaction has committed.
"""

import datetime
import threading
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from depesche.news.models import StoryPage

from .hours import hour_of
from .models import ReadBucket, ReadReceipt, ReadTally

BUCKET_UPSERT = (
    "INSERT INTO {table} (page_id, locale_id, hour, reads) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (page_id, hour) DO UPDATE SET reads = {table}.reads + excluded.reads"
)
RECEIPT_INSERT = (
    "INSERT INTO {table} (receipt, created) VALUES {values} "
    "ON CONFLICT (receipt) DO NOTHING RETURNING receipt"
)
RECEIPT_LIFETIME = datetime.timedelta(days=2)
WAIT_SECONDS = 10


def countable_stories(page_ids):
    """{page id: locale id} of the given pages that are stories a reader may see."""
    return dict(
        StoryPage.objects.published().filter(pk__in=page_ids).values_list("pk", "locale_id")
    )


def new_receipts(receipts, now):
    """Store the receipts not seen before; returns those (the others were counted already)."""
    if not receipts:
        return set()
    table = ReadReceipt._meta.db_table
    values = ", ".join(["(%s, %s)"] * len(receipts))
    stored_now = connection.ops.adapt_datetimefield_value(now)
    params = [value for receipt in receipts for value in (receipt, stored_now)]
    with connection.cursor() as cursor:
        cursor.execute(RECEIPT_INSERT.format(table=table, values=values), params)
        return {row[0] for row in cursor.fetchall()}


def record_reads(reads_by_page, at=None, receipts=None):
    """Add reads to published stories; returns {page id: new total} for every countable page.

    `receipts` maps a page id to the receipts of its reports; a report whose receipt was
    recorded before is not counted again. Every change is an increment done by the database
    (never read-modify-write), so concurrent processes and machines never lose a read.
    """
    now = at or timezone.now()
    stored_hour = connection.ops.adapt_datetimefield_value(hour_of(now))
    receipts = receipts or {}
    with transaction.atomic():
        locales = countable_stories(list(reads_by_page))
        if not locales:
            return {}
        wanted = [r for page_id in locales for r in receipts.get(page_id, ())]
        fresh = new_receipts(sorted(set(wanted)), now)
        increments = {
            page_id: reads_by_page[page_id]
            - sum(1 for r in receipts.get(page_id, ()) if r not in fresh)
            for page_id in locales
        }
        ReadTally.objects.bulk_create(
            [ReadTally(page_id=page_id) for page_id in locales], ignore_conflicts=True
        )
        counted = {page_id: n for page_id, n in increments.items() if n > 0}
        for page_id, reads in counted.items():
            ReadTally.objects.filter(page_id=page_id).update(total=F("total") + reads)
        if counted:
            with connection.cursor() as cursor:
                cursor.executemany(
                    BUCKET_UPSERT.format(table=ReadBucket._meta.db_table),
                    [(p, locales[p], stored_hour, n) for p, n in counted.items()],
                )
        return dict(
            ReadTally.objects.filter(page_id__in=list(locales)).values_list("page_id", "total")
        )


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
        self._last_prune = None

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
        reads = Counter(report.page_id for report in group)
        receipts = {}
        for report in group:
            if report.receipt:
                receipts.setdefault(report.page_id, []).append(report.receipt)
        try:
            totals = record_reads(dict(reads), receipts=receipts)
            self._prune_receipts()
        except BaseException as error:  # every waiting report must learn of the failure
            connection.close()
            for report in group:
                report.error = error
                report.done.set()
            return
        for report in group:
            report.total = totals.get(report.page_id)
            report.done.set()

    def _prune_receipts(self):
        now = timezone.now()
        if self._last_prune and now - self._last_prune < datetime.timedelta(hours=1):
            return
        ReadReceipt.objects.filter(created__lt=now - RECEIPT_LIFETIME).delete()
        self._last_prune = now


committer = GroupCommitter()
