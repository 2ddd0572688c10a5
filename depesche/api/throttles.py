"""One rate limit for both APIs: requests per client address, counted across app processes.

The client address is the one read counting uses (REMOTE_ADDR, or the configured proxy
header behind trusted proxies), so a client cannot escape the limit by sending its own
X-Forwarded-For. Both throttles keep their counts under the same cache keys, so requests to
either API count against the one limit.
"""

from django.conf import settings
from django.core.cache import caches
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from depesche.core.client import client_address


class ApiRateThrottle(AnonRateThrottle):
    """DEPESCHE_API_RATE_LIMIT for clients that are not signed in (Wagtail's API v2)."""

    cache = caches[settings.DEPESCHE_READS["CACHE"]]

    def get_rate(self) -> str:
        return settings.DEPESCHE_API_RATE_LIMIT

    def get_ident(self, request: Request) -> str:
        return client_address(request.META)


class EveryClientRateThrottle(ApiRateThrottle):
    """The same limit for every client, signed in or not (the ninjs API)."""

    def get_cache_key(self, request: Request, view: APIView) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
