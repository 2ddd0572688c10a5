"""Absolute URLs for machines, built from the Wagtail site (never from the Host header)."""

import mimetypes
from urllib.parse import urlsplit

from django.utils import translation

from depesche.news.editions import edition_home_urls
from depesche.news.structure import edition_homes


def full_url(request, page, language_code=None):
    """The absolute URL of a page of an edition: its front page's URL plus the path below."""
    code = language_code or translation.get_language()
    home = edition_homes().get(code)
    urls = edition_home_urls(request).get(code)
    if home is None or urls is None or not page.url_path.startswith(home.url_path):
        return page.get_full_url(request)
    return urls[1] + page.url_path.removeprefix(home.url_path)


def site_root(request, language_code=None):
    """scheme://host[:port] of the edition's site, for media files and feed links."""
    code = language_code or translation.get_language()
    home_full_url = edition_home_urls(request)[code][1]
    parts = urlsplit(home_full_url)
    return f"{parts.scheme}://{parts.netloc}"


def media_file(request, field_file, size):
    """(absolute URL, length in bytes, MIME type) of an uploaded file."""
    url = field_file.url
    if url.startswith("/"):
        url = site_root(request) + url
    mime_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    if size is None:  # files added outside the admin may not have their size recorded
        try:
            size = field_file.size
        except OSError:
            size = 0
    return url, size, mime_type
