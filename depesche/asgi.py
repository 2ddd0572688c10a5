"""ASGI entry point for production: live streams, read beacons and cached pages are answered
before Django.

Everything else goes to Django's WSGI handler on a small pool of threads (a2wsgi): our
views and middleware are all synchronous, and Django's ASGI handler would hop threads for
every one of them, which costs more than rendering the page.
"""

import os

from a2wsgi import WSGIMiddleware
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "depesche.settings.production")

django_application = WSGIMiddleware(
    get_wsgi_application(), workers=int(os.environ.get("DEPESCHE_APP_THREADS", 4))
)

from depesche.channel.stream import LiveStreamShortcut  # noqa: E402 (needs Django set up)
from depesche.pagecache.fastpath import PageCacheShortcut  # noqa: E402
from depesche.reads.shortcut import AsyncReadBeaconShortcut  # noqa: E402

# Read beacons, the most frequent requests, are tried first.
application = AsyncReadBeaconShortcut(LiveStreamShortcut(PageCacheShortcut(django_application)))
