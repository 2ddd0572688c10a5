"""Visibility and ordering rules for stories, shared by pages, the ticker, feeds and the API."""

from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_above(path_ref):
    """View restrictions on the page at `path_ref` or any of its ancestors (as a subquery)."""
    return PageViewRestriction.objects.filter(page__path=Substr(path_ref, 1, Length("page__path")))


class NewsPageQuerySet(PageQuerySet):
    def published(self):
        """Pages a reader may see: live and not behind a view restriction.

        Like Wagtail's `live().public()`, but in one query instead of two.
        """
        return self.live().filter(~Exists(restricted_above(OuterRef("path"))))


class StoryQuerySet(NewsPageQuerySet):
    def for_edition(self, locale):
        return self.filter(locale=locale)

    def in_section(self, section):
        return self.child_of(section)

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def for_listing(self):
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
            )
        )

    def for_ticker(self):
        """Only what a headline in the ticker needs."""
        return self.only("title", "url_path", "first_published_at", "kind")


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)
StoryManager = PageManager.from_queryset(StoryQuerySet)
