"""Local development and the demo site: DEBUG on, embedded defaults."""

import os
from pathlib import Path

from .base import *  # noqa: F403

# The demo content and its load_demo command; production does without them.
INSTALLED_APPS = [*INSTALLED_APPS, "depesche.demo"]  # noqa: F405
DEBUG = True
# Readers see the designed 404 page in the demo too, not Django's technical one.
MIDDLEWARE = [*MIDDLEWARE, "depesche.news.errors.DesignedNotFoundMiddleware"]  # noqa: F405
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
# The demo's generated media (maps, photos, clips), shared by every var folder so that
# throwaway sites (the tests') reuse them; depesche/demo/media/build.py.
DEPESCHE_DEMO_MEDIA_DIR = Path(
    os.environ.get("DEPESCHE_DEMO_MEDIA_DIR", BASE_DIR / "var" / "demo-media")  # noqa: F405
)
# The development server holds no live streams (that takes the ASGI server), so the demo's
# pages poll the live channel, often enough to see a publish within seconds.
DEPESCHE_LIVE = {**DEPESCHE_LIVE, "POLL_SECONDS": 3}  # noqa: F405
