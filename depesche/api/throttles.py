"""One rate limit for both APIs: requests per client address, counted across app processes.

The client address is the one read counting uses (REMOTE_ADDR, or the configured proxy
header behind trusted proxies), so a client cannot escape the limit by sending its own
X-Forwarded-For. Both throttles keep their counts under the same cache keys, so requests to
either API count against the one limit.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from depesche.core.client import client_address
from depesche.core.shared_cache import UNREACHABLE

logger = logging.getLogger(__name__)


class ApiRateThrottle(AnonRateThrottle):
    """DEPESCHE_API_RATE_LIMIT for clients that are not signed in (Wagtail's API v2)."""

    cache = caches[settings.DEPESCHE_READS["CACHE"]]

    def get_rate(self) -> str:
        return settings.DEPESCHE_API_RATE_LIMIT

    def allow_request(self, request: Request, view: APIView) -> bool:
        """Counted in the shared cache; while it cannot be reached, requests go through
        (the API stays up; the limit guards against floods, not against reading)."""
        try:
            return super().allow_request(request, view)
        except UNREACHABLE:
            logger.warning("The API rate limit cannot be counted; the request goes through")
            return True

    def get_ident(self, request: Request) -> str:
        return client_address(request.META)


class EveryClientRateThrottle(ApiRateThrottle):
    """The same limit for every client, signed in or not (the ninjs API)."""

    def get_cache_key(self, request: Request, view: APIView) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
