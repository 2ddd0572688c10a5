from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS
from depesche.news.panels import STORY_EDIT_TABS_HOOK

from .dashboard import MostReadTodayPanel
from .panels import ReadsPanel
from .report import MostReadReportView


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


@hooks.register("register_admin_urls")
def most_read_report_urls() -> list[URLPattern]:
    return [
        path(
            "reports/most-read/",
            MostReadReportView.as_view(),
            name=MostReadReportView.index_url_name,
        ),
        path(
            "reports/most-read/results/",
            MostReadReportView.as_view(results_only=True),
            name=MostReadReportView.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def most_read_report_menu_item() -> MenuItem:
    """Reports → Most read: stories by reads in a chosen period, with CSV export."""
    return MenuItem(
        _("Most read"),
        reverse(MostReadReportView.index_url_name),
        name="most-read",
        icon_name="view",
    )


@hooks.register("insert_global_admin_css")
def reads_admin_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("reads/admin.css"))
