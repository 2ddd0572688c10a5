"""The read endpoint: a beacon (or a no-script pixel) reports that a reader opened a story."""

import base64
import re

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from . import audience
from .counting import committer, countable_stories, record_reads
from .models import ReadTally
from .most_read import edition_lists

LARGEST_PAGE_ID = 2**31 - 1
RECEIPT_PATTERN = re.compile(r"[0-9a-f]{16,64}")
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def current_total(page_id):
    if page_id > LARGEST_PAGE_ID or not countable_stories([page_id]):
        raise Http404(_("There is no published story with this id."))
    return ReadTally.objects.filter(page_id=page_id).values_list("total", flat=True).first() or 0


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
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


def count_read(request, page_id, receipt=None):
    """(HTTP status, total, counted) for one read report."""
    meta = request.META
    if page_id > LARGEST_PAGE_ID:
        raise Http404(_("There is no published story with this id."))
    if audience.is_robot(meta.get("HTTP_USER_AGENT", "")) or audience.is_prefetch(meta):
        return 200, current_total(page_id), False
    visitor = audience.visitor(meta)
    if audience.over_rate_limit(visitor):
        return 429, None, False
    if audience.is_repeat(visitor, page_id):
        return 200, current_total(page_id), False
    try:
        total = record_one(page_id, receipt)
    except Exception:
        audience.forget_read(visitor, page_id)
        raise
    if total is None:
        audience.forget_read(visitor, page_id)
        raise Http404(_("There is no published story with this id."))
    return 200, total, True


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def read_report(request, page_id):
    """POST counts a read and answers with the fresh total; GET only tells the total."""
    if request.method != "POST":
        return no_store(JsonResponse({"reads": current_total(page_id)}))
    if body_too_large(request):
        return no_store(JsonResponse({"error": _("The request body is too large.")}, status=413))
    receipt = request.GET.get("receipt") or None
    if receipt is not None and not RECEIPT_PATTERN.fullmatch(receipt):
        message = _("A receipt is 16 to 64 lowercase hexadecimal characters.")
        return no_store(JsonResponse({"error": message}, status=400))
    status, total, counted = count_read(request, page_id, receipt)
    if status == 429:
        response = JsonResponse({"error": _("Too many read reports; try again later.")}, status=429)
        response["Retry-After"] = "60"
        return no_store(response)
    return no_store(JsonResponse({"reads": total, "counted": counted}, status=status))


@require_http_methods(["GET", "HEAD"])
def read_pixel(request, page_id):
    """The fallback for readers without JavaScript: an image that counts a read when loaded."""
    if request.method == "GET":
        count_read(request, page_id)
    else:
        current_total(page_id)
    return no_store(HttpResponse(PIXEL, content_type="image/gif"))


@require_http_methods(["GET", "HEAD"])
def most_read_fragment(request):
    """The edition's most-read lists as a small HTML fragment that caches may keep a minute."""
    response = render(request, "includes/most_read.html", edition_lists(Locale.get_active().pk))
    response["Cache-Control"] = "public, max-age=60"
    return response
