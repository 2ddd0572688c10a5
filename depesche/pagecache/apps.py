"""Full-page caching of public pages, with exact invalidation when content changes."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "depesche.pagecache"
    verbose_name = _("Page cache")

    def ready(self) -> None:
        from . import signals

        signals.connect()
