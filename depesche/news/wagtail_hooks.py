"""The news app's contributions to Wagtail: the pages that list a changed page, and the
edition's time zone in the page editor."""

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS
from depesche.news.editions import edition_home_url, tag_path
from depesche.news.structure import edition_time_zone

if TYPE_CHECKING:
    from taggit.models import Tag


def page_tags(page: Page) -> list["Tag"]:
    """The tags of a story (none for other pages)."""
    tags = getattr(page.specific, "tags", None)
    return list(tags.all()) if tags is not None else []


@hooks.register(PAGE_LISTING_PATHS)
def listing_pages(page: Page) -> list[str]:
    """The edition's front page, the page's section and the pages of its tags."""
    paths = [edition_home_url()]
    parent = page.get_parent()
    parent_url = parent.get_url_parts() if parent is not None else None
    if parent_url is not None and parent_url[2]:
        paths.append(parent_url[2])
    return paths + [tag_path(tag.slug) for tag in page_tags(page)]


def in_edition_time_zone(page: Page) -> None:
    """Show and read the editor's dates and times (go-live, expiry) in the zone of the
    page's edition, whatever the editor's own setting: a schedule for the Baku edition is
    entered in Baku time. Wagtail restores the editor's zone after the view."""
    zone = edition_time_zone(page.locale.language_code)
    if zone is not None:
        timezone.activate(zone)


@hooks.register("before_edit_page")
def edit_in_edition_time_zone(request: HttpRequest, page: Page) -> None:
    in_edition_time_zone(page)


@hooks.register("before_create_page")
def create_in_edition_time_zone(request: HttpRequest, parent: Page, page_class: type) -> None:
    in_edition_time_zone(parent)
