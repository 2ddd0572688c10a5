"""Wagtail's own API (v2) for headless front ends: pages, images and documents, read-only."""

from django.conf import settings
from django.core.cache import caches
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class SharedRateThrottle(AnonRateThrottle):
    """Requests per client address, counted in the cache every app process shares."""

    cache = caches[settings.DEPESCHE_READS["CACHE"]]
    rate = settings.DEPESCHE_API_RATE_LIMIT

    def get_rate(self):
        return self.rate


class ThrottledPages(PagesAPIViewSet):
    throttle_classes = [SharedRateThrottle]


class ThrottledImages(ImagesAPIViewSet):
    throttle_classes = [SharedRateThrottle]


class ThrottledDocuments(DocumentsAPIViewSet):
    throttle_classes = [SharedRateThrottle]


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", ThrottledPages)
router.register_endpoint("images", ThrottledImages)
router.register_endpoint("documents", ThrottledDocuments)
