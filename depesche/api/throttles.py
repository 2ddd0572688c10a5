"""One rate limit for both APIs: requests per client address, counted across app processes.

The client address is the one read counting uses (REMOTE_ADDR, or the configured proxy
header behind trusted proxies), so a client cannot escape the limit by sending its own
X-Forwarded-For.
"""

from django.conf import settings
from django.core.cache import caches
from ninja.throttling import AnonRateThrottle as NinjaAnonRateThrottle
from rest_framework.throttling import AnonRateThrottle as RestAnonRateThrottle

from depesche.core.client import client_address


class ClientAddressMixin:
    cache = caches[settings.DEPESCHE_READS["CACHE"]]

    def get_ident(self, request):
        return client_address(request.META)


class NinjaRateThrottle(ClientAddressMixin, NinjaAnonRateThrottle):
    """For the ninjs API (django-ninja)."""


class RestRateThrottle(ClientAddressMixin, RestAnonRateThrottle):
    """For Wagtail's API v2 (Django REST framework)."""

    def get_rate(self):
        return settings.DEPESCHE_API_RATE_LIMIT
