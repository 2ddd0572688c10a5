"""The news app's contributions to Wagtail: the pages that list a changed page."""

from typing import TYPE_CHECKING

from wagtail import hooks
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS
from depesche.news.editions import edition_home_url, tag_path

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
