"""Absolute URLs for machines, built from the Wagtail site (never from the Host header)."""

import mimetypes
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from wagtail.models import CollectionMember, CollectionViewRestriction, Page

from depesche.news.editions import edition_home_urls, path_below_home

if TYPE_CHECKING:
    from django.db.models.fields.files import FieldFile
    from django.http import HttpRequest
    from wagtailmedia.models import AbstractMedia

    from depesche.news.models import StoryPage

CollectionItem = TypeVar("CollectionItem", bound=CollectionMember)


def edition_url(
    url_path: str, language_code: str | None = None, request: "HttpRequest | None" = None
) -> str | None:
    """The absolute URL of the page at `url_path` in an edition (the active one unless given):
    the edition's front page URL plus the path below it; None outside the edition."""
    code = language_code or translation.get_language()
    below_home = path_below_home(code, url_path)
    urls = edition_home_urls(request).get(code)
    if below_home is None or urls is None:
        return None
    return urls[1] + below_home


def full_url(
    request: "HttpRequest | None", page: Page, language_code: str | None = None
) -> str | None:
    """The absolute URL of a page of an edition (or, outside the editions, Wagtail's)."""
    return edition_url(page.url_path, language_code, request) or page.get_full_url(request)


def site_root(request: "HttpRequest | None" = None, language_code: str | None = None) -> str | None:
    """scheme://host[:port] of the site an edition's front page is on (the active edition
    unless given), for absolute URLs; None when the edition has no live front page."""
    code = language_code or translation.get_language()
    urls = edition_home_urls(request).get(code)
    if urls is None:
        return None
    parts = urlsplit(urls[1])
    return f"{parts.scheme}://{parts.netloc}"


def absolute(root: str, url: str) -> str:
    """A URL as other sites need it: relative ones get the site's scheme and host."""
    return root + url if url.startswith("/") else url


def story_tag_uri(
    request: "HttpRequest | None", story: "StoryPage", language_code: str | None = None
) -> str:
    """The story's lasting id, a tag URI: the same through edits, moves and new dates."""
    root = site_root(request, language_code or story.locale.language_code)
    host = urlsplit(root).hostname
    return f"tag:{host},{settings.DEPESCHE_TAG_URI_DATE}:story-{story.pk}"


def media_file(
    request: "HttpRequest | None", field_file: "FieldFile", size: int | None, url: str | None = None
) -> tuple[str, int, str]:
    """(absolute URL, length in bytes, MIME type) of an uploaded file (at `url` if given)."""
    url = absolute(site_root(request), url or field_file.url)
    mime_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    if size is None:  # files added outside the admin may not have their size recorded
        try:
            size = field_file.size
        except OSError:
            size = 0
    return url, size, mime_type


def public_items(items: Iterable[CollectionItem]) -> list[CollectionItem]:
    """The files (documents, videos) outside private collections: only those may be linked
    for machines."""
    restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    private = tuple(restricted)
    return [item for item in items if not item.collection.path.startswith(private)]


def video_file(request: "HttpRequest | None", video: "AbstractMedia") -> tuple[str, int, str]:
    """(absolute URL, length, MIME type) of a video from the media library."""
    return media_file(request, video.file, None)
