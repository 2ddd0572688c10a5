"""Production: every deployment value from the environment; refuses unsafe defaults."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    """The value of an environment variable that production cannot run without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = required_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("DJANGO_ALLOWED_HOSTS").split(",")]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

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
