"""The live channel for pages that cannot hold a stream open: recent events as JSON.

Every reader of an edition gets the same answer, so nginx or a CDN keep it for a couple of
seconds and the app answers about once per that time per edition, however many poll.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from .events import latest_id, recent

RECENT_EVENTS = 50


@require_safe
def recent_events(request: HttpRequest) -> HttpResponse:
    """{"last": newest id, "after": the id after which "events" is complete, "poll":
    seconds until the next poll, "events": [...]}."""
    locale_id = Locale.get_active().pk
    last = latest_id()
    etag = f'"live-{locale_id}-{last}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        messages, complete_after = recent(locale_id, RECENT_EVENTS)
        response = JsonResponse(
            {
                "last": last,
                "after": complete_after,
                "poll": settings.DEPESCHE_LIVE["POLL_SECONDS"],
                "events": messages,
            }
        )
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=settings.DEPESCHE_LIVE["POLL_CACHE_SECONDS"])
    return response


@require_safe
def stream_elsewhere(request: HttpRequest) -> HttpResponse:
    """The stream is served by the ASGI entry point (stream.py); under WSGI (the
    development server) there is none, and 204 tells the browser to poll instead."""
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
