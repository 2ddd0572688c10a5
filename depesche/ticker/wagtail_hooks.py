"""The ticker's contribution to Wagtail: its fragment lists the newest stories."""

from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS


@hooks.register(PAGE_LISTING_PATHS)
def ticker_listing(page: Page) -> list[str]:
    """The edition's ticker fragment."""
    return [reverse("ticker")]
