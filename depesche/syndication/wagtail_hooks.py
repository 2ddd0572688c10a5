"""Syndication's contributions to Wagtail: the feeds and sitemaps that list a changed page."""

from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS
from depesche.news.models import SectionPage
from depesche.news.wagtail_hooks import page_tags

from .feeds import feed_path
from .sitemaps import EditionSitemap

FEED_FORMATS = ("rss", "atom")


def section_of(page: Page) -> SectionPage | None:
    """The section a page is or belongs to."""
    specific = page.specific
    if isinstance(specific, SectionPage):
        return specific
    parent = page.get_parent()
    parent = parent.specific if parent is not None else None
    return parent if isinstance(parent, SectionPage) else None


@hooks.register(PAGE_LISTING_PATHS)
def feeds_listing(page: Page) -> list[str]:
    """The edition's feeds, its section's feeds and its tags' feeds."""
    section, tags = section_of(page), page_tags(page)
    paths = []
    for format_name in FEED_FORMATS:
        paths.append(feed_path(format_name))
        if section is not None:
            paths.append(feed_path(format_name, section=section))
        paths += [feed_path(format_name, tag=tag) for tag in tags]
    return paths


@hooks.register(PAGE_LISTING_PATHS)
def sitemaps_listing(page: Page) -> list[str]:
    """The sitemap index, every page of the edition's sitemap and its news sitemap."""
    language = translation.get_language()
    edition = reverse("sitemap_section", args=[language])
    pages = EditionSitemap(language).paginator.num_pages
    return [
        reverse("sitemap_index"),
        edition,
        *(f"{edition}?p={number}" for number in range(2, pages + 1)),
        reverse("sitemap_section", args=[f"news-{language}"]),
    ]
