"""Serve public pages from the page cache and store what may be cached."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotModified

from depesche.core import generation

from . import policy, static_files, store


def response_from(entry: store.CachedPage, request: HttpRequest) -> HttpResponse:
    if request.method in ("GET", "HEAD") and store.not_modified(
        entry, request.META.get("HTTP_IF_NONE_MATCH", "")
    ):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(entry.body, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    response["X-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages from the cache; caches what Django renders.

    Place it first, so a hit costs none of the other middleware. The production entry point
    also serves hits before Django starts on the request (`depesche.pagecache.fastpath`).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        meta = request.META
        cacheable = policy.cacheable_request(
            request.method, request.path, meta.get("HTTP_COOKIE", "")
        )
        current = generation.current()  # one generation for the lookup, the key and the file
        if not cacheable or current is None:
            return self.mark_private(request, self.get_response(request))
        cache_key = store.key(
            request.get_host(), request.path, meta.get("QUERY_STRING", ""), current
        )
        entry = store.load(cache_key)
        if entry is not None:
            return response_from(entry, request)
        response = self.get_response(request)
        if policy.cacheable_response(request, response):
            entry = store.entry_for(response)
            store.save(cache_key, entry)
            if not meta.get("QUERY_STRING") and policy.served_as_file(request, response):
                static_files.switch_to(current)  # only forward; starts the link on a new site
                static_files.write(current, request.get_host(), request.path, entry.body)
            for name, value in entry.headers:
                response[name] = value
            response["X-Cache"] = "miss"
            if store.not_modified(entry, meta.get("HTTP_IF_NONE_MATCH", "")):
                return response_from(entry, request)
        return self.mark_private(request, response)

    @staticmethod
    def mark_private(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        """Pages rendered for a signed-in editor must never land in a shared cache."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            response["Cache-Control"] = "private, no-cache"
        return response
