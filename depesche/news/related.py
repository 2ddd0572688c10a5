"""Related stories under a story: those sharing most of its tags, then its section's newest."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import Count, F, prefetch_related_objects

if TYPE_CHECKING:
    from taggit.models import Tag
    from wagtail.models import Page

    from depesche.news.models import StoryPage

RELATED_STORIES = 4
# Related means recent: only the newest taggings with the story's tags are weighed, so the
# query costs the same whether a tag has 50 stories or 50,000.
RECENT_TAGGINGS = 200


def related_stories(
    story: "StoryPage", tags: Iterable["Tag"], section: "Page | None"
) -> list["StoryPage"]:
    """Up to four published stories of the story's edition: most shared tags first (newest
    among equals) among the recent stories with its tags, filled with the newest of its
    section. Two bounded queries at most, and one for the images."""
    from depesche.news.models import StoryPage, StoryTag

    published = (
        StoryPage.objects.published().exclude(pk=story.pk).for_listing().prefetch_related(None)
    )
    others = published.for_edition(story.locale_id)
    found: list[StoryPage] = []
    tag_ids = [tag.pk for tag in tags]
    if tag_ids:
        recent = (
            StoryTag.objects.filter(tag_id__in=tag_ids)
            .order_by("-content_object_id")
            .values("content_object_id")[:RECENT_TAGGINGS]
        )
        # The edition compared as an expression, which no index serves: without table
        # statistics SQLite would otherwise walk the edition's whole index rather than
        # look up the few recent tagged stories.
        sharing = (
            published.alias(edition=F("locale_id") + 0)
            .filter(edition=story.locale_id, pk__in=recent, tagged_items__tag_id__in=tag_ids)
            .annotate(shared=Count("tagged_items"))
            .order_by("-shared", "-first_published_at", "-path")
        )
        found = list(sharing[:RELATED_STORIES])
    if section is not None:
        taken = {related.pk for related in found}
        newest = others.in_section(section).newest_first()
        found += [s for s in newest[: RELATED_STORIES * 2] if s.pk not in taken]
    found = found[:RELATED_STORIES]
    prefetch_related_objects([s for s in found if s.lead_image_id], "lead_image__renditions")
    return found
