"""The read endpoint: a beacon (or a no-script pixel) reports that a reader opened a story."""

import base64

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from .most_read import edition_lists
from .reports import answer_report, current_total

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def read_report(request, page_id):
    """POST counts a read and answers with the fresh total; GET only tells the total."""
    if request.method != "POST":
        return no_store(JsonResponse({"reads": current_total(page_id)}))
    status, payload = answer_report(request.META, page_id, request.GET.get("receipt"))
    response = no_store(JsonResponse(payload, status=status))
    if status == 429:
        response["Retry-After"] = "60"
    return response


@require_http_methods(["GET", "HEAD"])
def read_pixel(request, page_id):
    """The fallback for readers without JavaScript: an image that counts a read when loaded."""
    if request.method == "GET":
        status, _payload = answer_report(request.META, page_id, None)
        if status == 404:
            raise Http404(_("There is no published story with this id."))
    else:
        current_total(page_id)
    return no_store(HttpResponse(PIXEL, content_type="image/gif"))


@require_http_methods(["GET", "HEAD"])
def most_read_fragment(request):
    """The edition's most-read lists as a small HTML fragment that caches may keep a minute."""
    response = render(request, "includes/most_read.html", edition_lists(Locale.get_active().pk))
    response["Cache-Control"] = "public, max-age=60"
    return response
