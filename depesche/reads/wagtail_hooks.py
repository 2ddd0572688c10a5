from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS
from depesche.news.panels import STORY_EDIT_TABS_HOOK

from .dashboard import MostReadTodayPanel
from .panels import ReadsPanel


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request: HttpRequest, panels: list[Component]) -> None:
    """Show each edition's most-read stories of the day on the admin dashboard."""
    panels.append(MostReadTodayPanel())


@hooks.register(STORY_EDIT_TABS_HOOK)
def reads_tab() -> ObjectList:
    """A "Reads" tab in the story editor: the story's read count and chart."""
    return ObjectList([ReadsPanel()], heading=_("Reads"))


@hooks.register(PAGE_LISTING_PATHS)
def most_read_listing(page: Page) -> list[str]:
    """The edition's most-read box may list the page."""
    return [reverse("most_read")]
