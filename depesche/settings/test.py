"""Tests: fast hashing, in-memory cache, immediate tasks, throwaway media."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

# The tests build the demo site (load_demo); production does without it.
INSTALLED_APPS = [*INSTALLED_APPS, "depesche.demo"]  # noqa: F405
# The demo's generated media, built once and shared with the demo (see settings/dev.py).
DEPESCHE_DEMO_MEDIA_DIR = Path(
    os.environ.get("DEPESCHE_DEMO_MEDIA_DIR", BASE_DIR / "var" / "demo-media")  # noqa: F405
)
DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (tests only) # nosec B105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Videos on other sites: a finder that knows a few players; no test asks a real provider.
WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embed_finders.KnownVideos"}]
# The test client's login() passes no request, which django-axes refuses.
AUTHENTICATION_BACKENDS = [
    "tests.support.auth.AxesBackendForTestClient",
    "django.contrib.auth.backends.ModelBackend",
]
MEDIA_ROOT = tempfile.mkdtemp(prefix="depesche-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)  # each process its own
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The shared caches are in memory, or on Redis when REDIS_URL is set (bin/with-redis), as
# on several machines.
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "reads": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "reads"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
DEPESCHE_READS = {**DEPESCHE_READS, "GROUP_COMMIT": False}  # noqa: F405
# Most tests change data directly and read pages at once; the page cache tests switch it on.
DEPESCHE_PAGE_CACHE = {**DEPESCHE_PAGE_CACHE, "ENABLED": False}  # noqa: F405
# Loading the demo would encode every demo photo's renditions; tests make them on demand.
DEPESCHE_RENDITIONS_ON_PUBLISH = False
# Queued tasks run at once in the test process; the worker's tests start real workers on
# the database queue (tests/test_worker_processes.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
