"""Fetching images an import refers to, when their site answers.

An import must finish offline: a site that fails once is not asked again in the same run,
and every image that could not be fetched is named in the report by the caller.
"""

import hashlib
import io
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from .web import SourceError, read_url

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 5
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


class ImageFetcher:
    def __init__(self) -> None:
        self.failed_hosts: dict[str, str] = {}
        self.fetched: dict[str, AbstractImage] = {}

    def fetch(self, url: str) -> tuple["AbstractImage | None", str | None]:
        """(image, None), or (None, why it could not be fetched)."""
        if url in self.fetched:
            return self.fetched[url], None
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None, _("not a web address")
        if parts.hostname in self.failed_hosts:
            return None, self.failed_hosts[parts.hostname]
        try:
            content, content_type = read_url(url, max_bytes=MAX_BYTES, timeout=TIMEOUT_SECONDS)
        except SourceError as error:
            self.failed_hosts[parts.hostname] = str(error)
            return None, self.failed_hosts[parts.hostname]
        if content_type not in IMAGE_TYPES:
            return None, _("not an image (%(type)s)") % {"type": content_type}
        image = stored_image(url, content)
        self.fetched[url] = image
        return image, None


def stored_image(url: str, content: bytes) -> "AbstractImage":
    """The library's image with these bytes, added if it is not there yet."""
    model = get_image_model()
    file_hash = hashlib.sha1(content, usedforsecurity=False).hexdigest()  # Wagtail's file_hash
    existing = model.objects.filter(file_hash=file_hash).first()
    if existing is not None:
        return existing
    name = urlsplit(url).path.rsplit("/", 1)[-1] or "image"
    image = model(title=name.rsplit(".", 1)[0][:255] or name, file_hash=file_hash)
    image.file = ImageFile(io.BytesIO(content), name=name)
    image.save()
    return image
