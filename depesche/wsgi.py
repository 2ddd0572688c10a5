"""WSGI entry point for production servers; read beacons take a shortcut past Django."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "depesche.settings.production")

django_application = get_wsgi_application()

from depesche.reads.shortcut import ReadBeaconShortcut  # noqa: E402 (needs Django set up)

application = ReadBeaconShortcut(django_application)
