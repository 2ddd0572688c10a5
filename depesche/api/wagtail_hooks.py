"""The APIs' contribution to Wagtail: a changed page's documents in both APIs."""

from wagtail import hooks
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS

from .ninjs import VERSIONS


@hooks.register(PAGE_LISTING_PATHS)
def api_documents(page: Page) -> list[str]:
    """The page's ninjs documents in every version and its Wagtail API v2 document.

    API listings (any query) expire by their short shared max-age instead.
    """
    paths = [f"/api/ninjs/{version}/stories/{page.pk}/" for version in VERSIONS]
    return [*paths, f"/api/v2/pages/{page.pk}/"]
