"""ASGI entry point for production: read reports and cached pages are answered before Django."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "depesche.settings.production")

django_application = get_asgi_application()

from depesche.pagecache.fastpath import PageCacheShortcut  # noqa: E402 (needs Django set up)
from depesche.reads.shortcut import AsyncReadReportShortcut  # noqa: E402

application = AsyncReadReportShortcut(PageCacheShortcut(django_application))
