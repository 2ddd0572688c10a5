"""Production: every deployment value from the environment; refuses unsafe defaults."""

import os

from django.core.exceptions import ImproperlyConfigured

from . import object_storage
from .base import *  # noqa: F403

SHORTEST_SECRET_KEY = 50
KNOWN_KEYS = ("dev-only-insecure-key-never-use-in-production", "test-only-key")


def required_env(name: str) -> str:
    """The value of an environment variable that production cannot run without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


def switch(name: str, default: str) -> bool:
    """An on/off environment variable (on, off, true, false, 1, 0, yes, no)."""
    value = os.environ.get(name, default).strip().lower()
    if value not in ("on", "off", "true", "false", "1", "0", "yes", "no"):
        raise ImproperlyConfigured(f"Set {name} to on or off, not {value!r}.")
    return value in ("on", "true", "1", "yes")


def secret_key() -> str:
    """DJANGO_SECRET_KEY, refused when it is a known, short or repetitive key."""
    key = required_env("DJANGO_SECRET_KEY")
    if key in KNOWN_KEYS or key.startswith("django-insecure-"):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is a development key; generate a new one.")
    if len(key) < SHORTEST_SECRET_KEY or len(set(key)) < 5:
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY must have at least {SHORTEST_SECRET_KEY} varied characters; "
            "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    return key


def allowed_hosts() -> list[str]:
    """DJANGO_ALLOWED_HOSTS (comma-separated), refused when empty or a wildcard."""
    hosts = [host.strip() for host in required_env("DJANGO_ALLOWED_HOSTS").split(",")]
    hosts = [host for host in hosts if host]
    if not hosts or "*" in hosts:
        raise ImproperlyConfigured("List the site's host names in DJANGO_ALLOWED_HOSTS, no '*'.")
    return hosts


if switch("DJANGO_DEBUG", "off"):
    raise ImproperlyConfigured("DEBUG stays off in production: unset DJANGO_DEBUG.")
DEBUG = False
SECRET_KEY = secret_key()
ALLOWED_HOSTS = allowed_hosts()
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HTTPS only: plain HTTP is redirected (servers on loopback in tests switch it off), and
# browsers are told to use HTTPS for a year (HSTS), subdomains included.
SECURE_SSL_REDIRECT = switch("DEPESCHE_HTTPS_REDIRECT", "on")
SECURE_HSTS_SECONDS = int(os.environ.get("DEPESCHE_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = switch("DEPESCHE_HSTS_INCLUDE_SUBDOMAINS", "on")
SECURE_HSTS_PRELOAD = switch("DEPESCHE_HSTS_PRELOAD", "on")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
# Several app machines share media through S3-compatible object storage when a bucket is
# named (docs/object-storage.md). Static files stay on each machine: collectstatic writes
# them with the release, under hashed names, and nginx or the app serves them.
if os.environ.get("DEPESCHE_MEDIA_BUCKET", "").strip():
    STORAGES["default"] = object_storage.s3_storage(os.environ)
    MEDIA_URL = object_storage.media_url(os.environ)

# Purge a CDN or Varnish when content changes (Wagtail's frontend cache): Varnish or any
# HTTP cache that accepts PURGE requests, or Cloudflare.
if os.environ.get("DEPESCHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["DEPESCHE_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
            "ZONEID": required_env("CLOUDFLARE_ZONE_ID"),
        }
    }

# Machine translation drafts on the translation desk, off unless a LibreTranslate server is
# named (docs/translation-desk.md).
if os.environ.get("DEPESCHE_LIBRETRANSLATE_URL", "").strip():
    DEPESCHE_MACHINE_TRANSLATION = {
        "BACKEND": "depesche.translations.machine.LibreTranslate",
        "OPTIONS": {
            "url": os.environ["DEPESCHE_LIBRETRANSLATE_URL"],
            "api_key": os.environ.get("DEPESCHE_LIBRETRANSLATE_API_KEY", ""),
        },
    }
