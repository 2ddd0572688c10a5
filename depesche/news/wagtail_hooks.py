"""The news app's contributions to Wagtail: the pages that list a changed page, the
edition's time zone in the page editor, and live blog entries."""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from depesche.core.hooks import EDITION_EDITOR_PERMISSIONS, PAGE_LISTING_PATHS
from depesche.news.editions import edition_home_url, tag_path
from depesche.news.live_blog import is_live_blog
from depesche.news.live_blog_admin import LiveEntryViewSet
from depesche.news.models import StoryPage
from depesche.news.structure import edition_time_zone
from depesche.news.tag_groups_admin import TagGroupViewSet

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


@hooks.register("register_admin_viewset")
def register_live_blogs() -> LiveEntryViewSet:
    return LiveEntryViewSet("live_entries")


@hooks.register(EDITION_EDITOR_PERMISSIONS)
def live_blog_permissions() -> list[tuple[str, str]]:
    return [("news", f"{action}_liveentry") for action in ("add", "change", "delete")]


register_snippet(TagGroupViewSet)


@hooks.register(EDITION_EDITOR_PERMISSIONS)
def tag_group_permissions() -> list[tuple[str, str]]:
    """Editors map their edition's tags to the other editions' ones."""
    return [("news", f"{action}_taggroup") for action in ("add", "change", "delete")]


@hooks.register("register_page_header_buttons")
def live_blog_entries_button(
    page: Page, user: object, view_name: str, next_url: str | None = None
) -> Iterator[Button]:
    """ "Live blog entries" in a live blog's header menu in the page editor."""
    specific = page.specific_deferred
    if isinstance(specific, StoryPage) and is_live_blog(specific):
        url = reverse("live_entries:index") + f"?story={page.pk}"
        yield Button(_("Live blog entries"), url, icon_name="time", priority=12)
