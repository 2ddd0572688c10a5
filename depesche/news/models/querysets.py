"""Visibility and ordering rules for stories, shared by pages, the ticker, feeds and the API."""

from typing import TYPE_CHECKING, Self

from django.db.models import Prefetch
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet

from depesche.news.structure import view_restriction_paths

if TYPE_CHECKING:
    from taggit.models import Tag


class NewsPageQuerySet(PageQuerySet):
    def published(self) -> Self:
        """Pages a reader may see: live and not behind a view restriction.

        Like Wagtail's `public()`, the (few) restricted paths are excluded by prefix, which
        keeps the listing query a plain index walk; they come from memory (per content
        generation), not from a query on every call.
        """
        query = self.live()
        for path, _restriction_id in view_restriction_paths()[0]:
            query = query.exclude(path__startswith=path)
        return query


class StoryQuerySet(NewsPageQuerySet):
    def for_edition(self, locale: Locale | int) -> Self:
        return self.filter(locale=locale)

    def in_section(self, section: Page) -> Self:
        # The edition filter lets the database walk the (locale, date) index newest first.
        return self.child_of(section).filter(locale_id=section.locale_id)

    def tagged(self, tag: "Tag") -> Self:
        return self.filter(tagged_items__tag=tag)

    def newest_first(self) -> Self:
        # Both columns of the page table (path breaks ties), so an index serves the order.
        return self.order_by("-first_published_at", "-path")

    def for_listing(self) -> Self:
        """Only what a teaser needs, lead images and their renditions included."""
        renditions = Prefetch("lead_image__renditions")
        return (
            self.select_related("lead_image")
            .prefetch_related(renditions)
            .only(
                "title",
                "slug",
                "url_path",
                "locale_id",
                "first_published_at",
                "kind",
                "lead",
                "lead_image",
                "lead_image_alt",
                "top_story",
            )
        )

    def for_ticker(self) -> Self:
        """Only what a headline in the ticker needs."""
        return self.only("title", "url_path", "first_published_at", "kind")


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)
StoryManager = PageManager.from_queryset(StoryQuerySet)
