"""A frontend-cache backend for tests that records what it was asked to purge."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)
