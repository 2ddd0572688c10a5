"""Answering read beacons: the rules of what counts, the same for every entry point.

A beacon is screened first on the request's own thread (no database, no cache: size,
receipt, robots, prefetches), then handed to the process's batcher. Its worker thread
takes every beacon waiting at that moment and answers them together: the visitor rules
(rate limit, repeats) in one round trip to the reads cache, the reads in one transaction,
the stored totals of the beacons that do not count in one query. Under load a batch holds
dozens of beacons, so Redis and the database see few round trips, and an asyncio server's
event loop never waits for either. A beacon is answered only after its batch is done.
The Django views, the WSGI shortcut and the ASGI shortcut differ only in how they wait.
"""

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils.translation import gettext_lazy as _

from depesche.core.batches import LoopBatcher, ThreadBatcher
from depesche.core.body_limits import refused_body
from depesche.core.shared_cache import UNREACHABLE

from . import audience
from .counting import commit_group, countable_stories
from .models import ReadTally

logger = logging.getLogger(__name__)
LARGEST_PAGE_ID = 2**31 - 1
RECEIPT_PATTERN = re.compile(r"[0-9a-f]{16,64}")

# (HTTP status, JSON payload) of an answer to a beacon. Messages are lazy: a batch is
# answered on another thread, and each is translated when its own request encodes it.
Answer = tuple[int, dict[str, object]]


@dataclass(frozen=True)
class Screened:
    """A beacon after the rules that need neither the database nor the reads cache."""

    page_id: int
    receipt: str | None = None
    visitor: tuple[str, str] | None = None  # (reader, address) when visitor rules apply
    answer: Answer | None = None  # (status, payload) when it is answered at once
    countable: bool = False  # not a robot, prefetch or HEAD request

    def visit(self) -> audience.Visit:
        reader, address = self.visitor
        return audience.Visit(reader, address, self.page_id, self.receipt, self.countable)


def not_found() -> Answer:
    """The answer for an id that is no published story."""
    return 404, {"error": _("There is no published story with this id.")}


def try_again() -> Answer:
    """The answer when the read could not be recorded. Mostly nothing was counted; a batch
    that took too long may still commit, so a retry carries the same receipt."""
    return 503, {"error": _("The read could not be recorded; please try again.")}


def too_many() -> Answer:
    """The answer to an address over the rate limit."""
    return 429, {"error": _("Too many read beacons; try later.")}


def receipt_of(query_string: str) -> tuple[str | None, Answer | None]:
    """(receipt or None, None) or (None, error answer) from the query string."""
    name, _equals, value = query_string.partition("=")
    if name == "receipt" and RECEIPT_PATTERN.fullmatch(value):  # the usual query string
        return value, None
    receipts = parse_qs(query_string).get("receipt", [])
    if not receipts:
        return None, None
    if len(receipts) > 1 or not RECEIPT_PATTERN.fullmatch(receipts[0]):
        return None, (400, {"error": _("Send one receipt of 16 to 64 lowercase hex digits.")})
    return receipts[0], None


def screen(meta: Mapping[str, str], page_id: int, *, count_reads: bool = True) -> Screened:
    """Apply the rules that need no database; `count_reads` is False for HEAD requests."""
    if page_id > LARGEST_PAGE_ID:
        return Screened(page_id, answer=not_found())
    refusal = refused_body(meta.get("PATH_INFO", ""), meta)
    if refusal is not None:
        status, message = refusal
        return Screened(page_id, answer=(status, {"error": message}))
    receipt, bad_receipt = receipt_of(meta.get("QUERY_STRING", ""))
    if bad_receipt:
        return Screened(page_id, answer=bad_receipt)
    countable = (
        count_reads
        and not audience.is_robot(meta.get("HTTP_USER_AGENT", ""))
        and not audience.is_prefetch(meta)
    )
    try:  # the day's salt comes from the reads cache, once a day per process
        visitor = audience.visitor(meta) if audience.tracks_visitors() else None
    except UNREACHABLE as error:
        logger.warning("The reads cache cannot be reached (%r); beacons are refused", error)
        return Screened(page_id, answer=try_again())
    return Screened(page_id, receipt, visitor, countable=countable)


def answer_batch(batch: Sequence[Screened]) -> list[Answer]:
    """The answers to screened beacons, in their order (the batchers' handler)."""
    try:
        verdicts = judged(batch)
    except UNREACHABLE as error:
        logger.warning("The reads cache cannot be reached (%r); beacons are refused", error)
        return [try_again() for _beacon in batch]
    answers: list[Answer | None] = [too_many() if v.over_limit else None for v in verdicts]
    counting = [
        index
        for index, (beacon, verdict) in enumerate(zip(batch, verdicts, strict=True))
        if answers[index] is None and beacon.countable and not verdict.repeat
    ]
    counting_set = set(counting)
    rest = [i for i, answer in enumerate(answers) if answer is None and i not in counting_set]
    for index, answer in zip(counting, counted([batch[i] for i in counting]), strict=True):
        answers[index] = answer
    for index, answer in zip(rest, uncounted([batch[i] for i in rest]), strict=True):
        answers[index] = answer
    return answers


def judged(batch: Sequence[Screened]) -> list[audience.Verdict]:
    """The visitor rules' verdicts, in one round trip; beacons without a visitor pass."""
    tracked = [beacon.visit() for beacon in batch if beacon.visitor]
    verdicts = iter(audience.judge(tracked) if tracked else [])
    passed = audience.Verdict(over_limit=False, repeat=False)
    return [next(verdicts) if beacon.visitor else passed for beacon in batch]


def counted(beacons: Sequence[Screened]) -> list[Answer]:
    """Record the beacons' reads in one transaction; their answers with the new totals.

    A read that could not be recorded, or was for no countable story, loses its repeat
    mark, so that the reader's retry (or next read) counts.
    """
    if not beacons:
        return []
    try:
        totals = commit_group([(beacon.page_id, beacon.receipt) for beacon in beacons])
    except Exception as error:
        logger.warning("Reads could not be recorded (%r)", error)
        audience.forget_reads([beacon.visit() for beacon in beacons if beacon.visitor])
        return [try_again() for _beacon in beacons]
    refused = [beacon for beacon in beacons if beacon.page_id not in totals]
    audience.forget_reads([beacon.visit() for beacon in refused if beacon.visitor])
    return [
        (200, {"reads": totals[beacon.page_id], "counted": True})
        if beacon.page_id in totals
        else not_found()
        for beacon in beacons
    ]


def uncounted(beacons: Sequence[Screened]) -> list[Answer]:
    """The answers to beacons that do not count: the stored totals, or 404.

    While the database cannot be reached the answer is 503 (try again), and the broken
    connection is dropped so that the next batch connects afresh.
    """
    if not beacons:
        return []
    page_ids = [beacon.page_id for beacon in beacons]
    try:
        stories = countable_stories(page_ids)
        totals = ReadTally.objects.totals_for_ids(list(stories))
    except DatabaseError as error:
        logger.warning("The stored totals could not be read (%r)", error)
        connection.close()
        return [try_again() for _beacon in beacons]
    return [
        (200, {"reads": totals.get(page_id, 0), "counted": False})
        if page_id in stories
        else not_found()
        for page_id in page_ids
    ]


thread_batcher: ThreadBatcher[Screened, Answer] = ThreadBatcher(answer_batch)
# Under load a batch's cost is mostly fixed (a Redis call, a transaction): letting a batch
# gather for up to a millisecond raised the beacons answered per second on PostgreSQL +
# Redis by about a fifth in make bench-reads (docs/benchmarks.md); a lone beacon pays the
# millisecond.
loop_batcher: LoopBatcher[Screened, Answer] = LoopBatcher(
    answer_batch, gather_seconds=0.001, full_batch=24
)


def answer_beacon(meta: Mapping[str, str], page_id: int, *, count_reads: bool = True) -> Answer:
    """(HTTP status, JSON payload) for a read beacon, answered in a batch (or alone when
    `DEPESCHE_READS["GROUP_COMMIT"]` is off)."""
    screened = screen(meta, page_id, count_reads=count_reads)
    if screened.answer is not None:
        return screened.answer
    if not settings.DEPESCHE_READS["GROUP_COMMIT"]:
        return answer_batch([screened])[0]
    try:
        return thread_batcher.submit(screened)
    except Exception as error:  # the batch failed or took too long: nothing is promised
        logger.warning("A read beacon's batch failed (%r)", error)
        return try_again()


async def answer_beacon_on_loop(meta: Mapping[str, str], page_id: int, count_reads: bool) -> Answer:
    """The same for an asyncio server: the batch's I/O is done on its worker thread (the
    loop itself asks the reads cache only for the day's salt, once a day)."""
    screened = screen(meta, page_id, count_reads=count_reads)
    if screened.answer is not None:
        return screened.answer
    try:
        return await loop_batcher.submit(screened)
    except Exception as error:
        logger.warning("A read beacon's batch failed (%r)", error)
        return try_again()
