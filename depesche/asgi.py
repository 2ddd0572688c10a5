"""ASGI entry point for production servers; read reports take a shortcut past Django."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "depesche.settings.production")

django_application = get_asgi_application()

from depesche.reads.shortcut import AsyncReadReportShortcut  # noqa: E402 (needs Django set up)

application = AsyncReadReportShortcut(django_application)
