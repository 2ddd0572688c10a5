"""Handling one read beacon: the rules of what counts, the same for every entry point.

A beacon is screened first (no database: size, receipt, robots, prefetches, rate limit,
repeats), then either answered at once or recorded, and the answer built from the outcome.
The Django views, the WSGI shortcut and the ASGI shortcut differ only in how they record.
"""

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils.translation import gettext as _

from depesche.core.body_limits import refused_body
from depesche.core.shared_cache import UNREACHABLE

from . import audience
from .counting import committer, countable_stories, record_reads
from .models import ReadTally

logger = logging.getLogger(__name__)
LARGEST_PAGE_ID = 2**31 - 1
RECEIPT_PATTERN = re.compile(r"[0-9a-f]{16,64}")

# (HTTP status, JSON payload) of an answer to a beacon.
Answer = tuple[int, dict[str, object]]


@dataclass(frozen=True)
class Screened:
    """A beacon after the rules that need no database."""

    page_id: int
    receipt: str | None = None
    reader: str | None = None
    answer: Answer | None = None  # (status, payload) when it is answered without counting
    count: bool = False


def not_found() -> Answer:
    """The answer for an id that is no published story."""
    return 404, {"error": _("There is no published story with this id.")}


def receipt_of(query_string: str) -> tuple[str | None, Answer | None]:
    """(receipt or None, None) or (None, error answer) from the query string."""
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
    try:
        return screen_visitor(meta, page_id, receipt, countable)
    except UNREACHABLE as error:
        logger.warning("The reads cache cannot be reached (%r); beacons are refused", error)
        return Screened(page_id, answer=try_again())


def screen_visitor(
    meta: Mapping[str, str], page_id: int, receipt: str | None, countable: bool
) -> Screened:
    """The rules that tell visitors apart in the shared reads cache: rate limit, repeats."""
    ids = audience.visitor(meta) if audience.tracks_visitors() else None
    if ids is None:
        return Screened(page_id, receipt, count=countable)
    reader, address = ids
    verdict = audience.judge(reader, address, page_id, receipt, counted=countable)
    if verdict.over_limit:
        return Screened(page_id, answer=(429, {"error": _("Too many read beacons; try later.")}))
    if not countable or verdict.repeat:
        return Screened(page_id, receipt)
    return Screened(page_id, receipt, reader, count=True)


def uncounted(screened: Screened) -> Answer:
    """The answer to a beacon that is not counted: the stored total, or 404.

    While the database cannot be reached the answer is 503 (try again), and the broken
    connection is dropped so that the next beacon on this thread connects afresh.
    """
    try:
        if not countable_stories([screened.page_id]):
            return not_found()
        return 200, {"reads": ReadTally.objects.total_for_id(screened.page_id), "counted": False}
    except DatabaseError as error:
        logger.warning("The stored total could not be read (%r)", error)
        connection.close()
        return try_again()


def counted(screened: Screened, total: int | None) -> Answer:
    """The answer once the database has recorded the read (total) or refused it (None)."""
    if total is None:
        audience.forget_read(screened.reader, screened.page_id)
        return not_found()
    return 200, {"reads": total, "counted": True}


def try_again() -> Answer:
    """The answer when the read could not be recorded: nothing was counted."""
    return 503, {"error": _("The read could not be recorded; please try again.")}


def failed(screened: Screened) -> Answer:
    """The answer when recording the read failed: nothing was counted, try again."""
    audience.forget_read(screened.reader, screened.page_id)
    return try_again()


def record_now(page_id: int, receipt: str | None) -> int | None:
    """Count one read: through the group committer, or directly when it is switched off."""
    if settings.DEPESCHE_READS["GROUP_COMMIT"]:
        return committer.record(page_id, receipt)
    receipts = {page_id: [receipt]} if receipt else None
    return record_reads({page_id: 1}, receipts=receipts).get(page_id)


def answer_beacon(meta: Mapping[str, str], page_id: int, *, count_reads: bool = True) -> Answer:
    """(HTTP status, JSON payload) for a read beacon, committed before it returns."""
    screened = screen(meta, page_id, count_reads=count_reads)
    if screened.answer is not None:
        return screened.answer
    if not screened.count:
        return uncounted(screened)
    try:
        total = record_now(page_id, screened.receipt)
    except Exception:
        return failed(screened)
    return counted(screened, total)
