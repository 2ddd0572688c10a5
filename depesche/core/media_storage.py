"""Uploaded media on S3-compatible object storage (docs/object-storage.md).

Every object is written once under a name never used before and never changed, so browsers
and CDNs may keep it: renditions for a year, everything else for a day (an original may be
deleted, and caches should let go of it sooner).
"""

import os

from django.utils.crypto import get_random_string
from storages.backends.s3 import S3Storage

# Wagtail's folder for renditions; their names carry the original's and the filter's.
RENDITIONS_FOLDER = "images/"
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
MEDIA_CACHE_CONTROL = "public, max-age=86400"


class MediaStorage(S3Storage):
    """django-storages' S3 backend with a Cache-Control per object and fresh names."""

    def get_object_parameters(self, name: str) -> dict:
        parameters = super().get_object_parameters(name)
        renditions = name.startswith(RENDITIONS_FOLDER)
        parameters.setdefault(
            "CacheControl", RENDITION_CACHE_CONTROL if renditions else MEDIA_CACHE_CONTROL
        )
        return parameters

    def get_available_name(self, name: str, max_length: int | None = None) -> str:
        """`name` with a random suffix: a file uploaded after another of the same name was
        deleted must not be served from the deleted one's cached copies (renditions are
        named after their original, so they get fresh names too)."""
        root, extension = os.path.splitext(name)
        return super().get_available_name(f"{root}_{get_random_string(7)}{extension}", max_length)
