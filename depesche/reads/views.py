"""The read endpoint for the Django stack (runserver); production takes `shortcut` first."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from .beacons import answer_beacon
from .most_read import edition_lists
from .shortcut import response


def as_django_response(status: int, payload: dict[str, object], pixel: bool) -> HttpResponse:
    _status_line, headers, body = response(status, payload, pixel)
    answer = HttpResponse(body, status=status)
    for name, value in headers:
        answer[name] = value
    return answer


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def read_beacon(request: HttpRequest, page_id: int) -> HttpResponse:
    """POST counts a read and answers with the fresh total; GET only tells the total."""
    if request.method == "POST":
        return as_django_response(*answer_beacon(request.META, page_id), pixel=False)
    status, payload = answer_beacon(request.META, page_id, count_reads=False)
    return as_django_response(
        status, {"reads": payload.get("reads")} if status == 200 else payload, False
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD"])
def read_pixel(request: HttpRequest, page_id: int) -> HttpResponse:
    """The fallback for readers without JavaScript: an image that counts a read when loaded."""
    status, payload = answer_beacon(request.META, page_id, count_reads=request.method == "GET")
    return as_django_response(status, payload, pixel=True)


@require_http_methods(["GET", "HEAD"])
def most_read_fragment(request: HttpRequest) -> HttpResponse:
    """The edition's most-read lists as a small HTML fragment that caches may keep a minute."""
    fragment = render(request, "includes/most_read.html", edition_lists(Locale.get_active().pk))
    fragment["Cache-Control"] = "public, max-age=60"
    return fragment
