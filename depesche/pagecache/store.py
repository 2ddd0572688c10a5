"""Cached pages: stored per generation, host and URL, with the headers HTTP caches need."""

import hashlib
import logging
import re
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils.http import http_date

from depesche.core import generation
from depesche.core.shared_cache import UNREACHABLE

logger = logging.getLogger(__name__)

KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Vary",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Content-Security-Policy",
    "Permissions-Policy",
    "Strict-Transport-Security",
)


@dataclass(frozen=True)
class CachedPage:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]  # (name, value) pairs, the cache headers included
    etag: str


# The query parameter that tells pages of a listing (or of a sitemap) apart; others, such as
# utm_… tags, share the plain page's entry.
PAGE_PARAMETERS = (("/sitemaps/", "p"), ("/", "page"))


def cached_query(path: str, query_string: str) -> str:
    """The part of the query string that tells cached answers apart: all of it under
    DEPESCHE_PAGE_CACHE["FULL_QUERY_PATHS"] (the APIs' filters and cursors, a search's
    words), else only the listing's page number."""
    if re.match(settings.DEPESCHE_PAGE_CACHE["FULL_QUERY_PATHS"], path):
        # By name only, so repeated parameters keep their order (a=1&a=2 is not a=2&a=1).
        pairs = sorted(parse_qsl(query_string, keep_blank_values=True), key=lambda p: p[0])
        return urlencode(pairs)
    name = next(name for prefix, name in PAGE_PARAMETERS if path.startswith(prefix))
    values = parse_qs(query_string).get(name)
    return f"{name}={values[-1]}" if values else ""


def key(host: str, path: str, query_string: str, generation_value: int) -> str:
    """The cache key of a URL in a generation."""
    url = f"{host.lower()}{path}?{cached_query(path, query_string)}"
    digest = hashlib.blake2b(url.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
    return f"pagecache:{generation_value}:{digest}"


def cache_control() -> str:
    """Public: browsers revalidate every time, shared caches and CDNs keep it briefly."""
    rules = settings.DEPESCHE_PAGE_CACHE
    return (
        f"public, max-age=0, must-revalidate, s-maxage={rules['SHARED_MAX_AGE']}, "
        f"stale-while-revalidate={rules['STALE_WHILE_REVALIDATE']}"
    )


def entry_for(response: HttpResponse) -> CachedPage:
    body = response.content
    etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    headers = [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)]
    headers += [
        ("Cache-Control", cache_control()),
        ("ETag", etag),
        ("Last-Modified", http_date(time.time())),
    ]
    return CachedPage(response.status_code, body, tuple(headers), etag)


def save(cache_key: str, entry: CachedPage) -> None:
    """Keep the page; when the cache cannot be reached, the next reader gets it rendered."""
    try:
        generation.page_cache().set(cache_key, entry, settings.DEPESCHE_PAGE_CACHE["SECONDS"])
    except UNREACHABLE:
        logger.warning("The page cache cannot be reached; %s is not kept", cache_key)


def load(cache_key: str) -> CachedPage | None:
    """The kept page, or None (also when the cache cannot be reached: it is rendered)."""
    try:
        return generation.page_cache().get(cache_key)
    except UNREACHABLE:
        logger.warning("The page cache cannot be reached; %s is rendered", cache_key)
        return None


def not_modified(entry: CachedPage, if_none_match: str) -> bool:
    """True when the client already holds this version (its If-None-Match names our ETag)."""
    if not if_none_match or entry.status != 200:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return entry.etag in tags or "*" in tags
