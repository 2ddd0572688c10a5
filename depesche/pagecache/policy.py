"""Which requests may be answered from the page cache, and which responses may be stored."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import get_max_age

from depesche.news.video_embeds import frame_sources

# Pages, feeds, sitemaps and API answers; only HTML pages are also written out as files for nginx.
CACHEABLE_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "application/json",
)


def served_as_file(request: HttpRequest, response: HttpResponseBase) -> bool:
    """An HTML page whose headers are the ones nginx sends with every file: a page that
    frames another site's player has a policy of its own and stays with the app."""
    return response.get("Content-Type", "").startswith("text/html") and not frame_sources(request)


def cacheable_request(method: str, path: str, cookie_header: str) -> bool:
    """Anonymous GET or HEAD of a public page: no session, not the admin, not a preview."""
    if not settings.DEPESCHE_PAGE_CACHE["ENABLED"] or method not in ("GET", "HEAD"):
        return False
    if path.startswith(settings.DEPESCHE_PAGE_CACHE["NEVER"]):
        return False
    return settings.SESSION_COOKIE_NAME + "=" not in cookie_header


def cacheable_response(request: HttpRequest, response: HttpResponseBase) -> bool:
    """A complete, public, cookie-free answer rendered for an anonymous reader, unless it
    says it goes stale sooner than the page cache would keep it (the live channel's)."""
    if getattr(request, "is_preview", False) or getattr(request, "user", None) is None:
        return False
    if request.user.is_authenticated:
        return False
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and not short_lived(response)
    )


def short_lived(response: HttpResponseBase) -> bool:
    """The answer's own max-age is shorter than the page cache keeps pages."""
    max_age = get_max_age(response)
    return max_age is not None and max_age < settings.DEPESCHE_PAGE_CACHE["SECONDS"]
