"""Handling one read report: the rules of what counts, independent of the web framework."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _

from . import audience
from .counting import committer, countable_stories, record_reads
from .models import ReadTally

LARGEST_PAGE_ID = 2**31 - 1
RECEIPT_PATTERN = re.compile(r"[0-9a-f]{16,64}")


def current_total(page_id):
    if page_id > LARGEST_PAGE_ID or not countable_stories([page_id]):
        raise Http404(_("There is no published story with this id."))
    return ReadTally.objects.filter(page_id=page_id).values_list("total", flat=True).first() or 0


def body_too_large(meta):
    try:
        length = int(meta.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.DEPESCHE_READS["MAX_BODY_BYTES"]


def record_one(page_id, receipt):
    """Count one read now: through the group committer, or directly when it is switched off."""
    if settings.DEPESCHE_READS["GROUP_COMMIT"]:
        return committer.record(page_id, receipt)
    return record_reads({page_id: 1}, receipts={page_id: [receipt]} if receipt else None).get(
        page_id
    )


@dataclass(frozen=True)
class Screening:
    """What to do with a report before the database is asked: answer now, or count it."""

    status: int = 200
    error: str = ""
    count: bool = False
    visitor: str | None = None


def screen(meta, page_id, receipt):
    """The rules that need no database: size, receipt, robots, prefetches, limits, repeats."""
    if body_too_large(meta):
        return Screening(413, _("The request body is too large."))
    if receipt is not None and not RECEIPT_PATTERN.fullmatch(receipt):
        return Screening(400, _("A receipt is 16 to 64 lowercase hexadecimal characters."))
    if page_id > LARGEST_PAGE_ID:
        return Screening(404, _("There is no published story with this id."))
    if audience.is_robot(meta.get("HTTP_USER_AGENT", "")) or audience.is_prefetch(meta):
        return Screening()
    visitor = audience.visitor(meta) if audience.tracks_visitors() else None
    if visitor and audience.over_rate_limit(visitor):
        return Screening(429, _("Too many read reports; try again later."))
    if visitor and audience.is_repeat(visitor, page_id):
        return Screening()
    return Screening(count=True, visitor=visitor)


def not_found():
    return 404, {"error": _("There is no published story with this id.")}


def uncounted(page_id):
    """The answer to a report that is not counted: the current total, or 404."""
    try:
        return 200, {"reads": current_total(page_id), "counted": False}
    except Http404:
        return not_found()


def counted(total, screening, page_id):
    """The answer once the database has recorded (or refused) the read."""
    if total is None:
        audience.forget_read(screening.visitor, page_id)
        return not_found()
    return 200, {"reads": total, "counted": True}


def answer_report(meta, page_id, receipt):
    """(HTTP status, JSON payload) for a POSTed read report, committed before it returns."""
    receipt = receipt or None
    screening = screen(meta, page_id, receipt)
    if screening.status != 200:
        return screening.status, {"error": screening.error}
    if not screening.count:
        return uncounted(page_id)
    try:
        total = record_one(page_id, receipt)
    except Exception:
        audience.forget_read(screening.visitor, page_id)
        raise
    return counted(total, screening, page_id)
