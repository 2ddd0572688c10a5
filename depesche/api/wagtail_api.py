"""Wagtail's own API (v2) for headless front ends: published pages, read-only.

Only the pages endpoint is on. Wagtail's images and documents endpoints would list the
whole library, including files uploaded for drafts; a story's lead image comes with the
page instead, as a rendition (see StoryPage.api_fields).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .throttles import RestRateThrottle


class ThrottledPages(PagesAPIViewSet):
    throttle_classes = [RestRateThrottle]


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", ThrottledPages)
