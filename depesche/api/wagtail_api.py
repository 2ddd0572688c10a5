"""Wagtail's own API (v2) for headless front ends: published pages, read-only.

Only the pages endpoint is on. Wagtail's images and documents endpoints would list the
whole library, including files uploaded for drafts; a story's lead image comes with the
page instead, as a rendition (see StoryPage.api_fields).
"""

from django.db.models import QuerySet
from rest_framework.request import Request
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from .throttles import ApiRateThrottle

LARGEST_OFFSET = 10**9  # far past any site's last page, well inside the database's integers
SEARCH_OPERATORS = ("and", "or")


class ThrottledPages(PagesAPIViewSet):
    """Rate-limited; parameters the database or the search backend would choke on get 400."""

    throttle_classes = [ApiRateThrottle]

    def initial(self, request: Request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses NUL in any string, so no endpoint may pass one on.
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            raise BadRequestError("query parameters must not contain NUL characters")

    def check_query_parameters(self, queryset: QuerySet) -> None:
        super().check_query_parameters(queryset)
        parameters = self.request.GET
        offset = parameters.get("offset", "0")
        if offset.isdigit() and int(offset) > LARGEST_OFFSET:
            raise BadRequestError(f"offset must be at most {LARGEST_OFFSET}")
        if parameters.get("search_operator", "and") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", ThrottledPages)
