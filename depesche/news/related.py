"""Related stories under a story: those sharing most of its tags, then its section's newest."""

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import F, prefetch_related_objects

if TYPE_CHECKING:
    from taggit.models import Tag
    from wagtail.models import Page

    from depesche.news.models import StoryPage
    from depesche.news.models.querysets import StoryQuerySet

RELATED_STORIES = 4
# Related means recent: only the newest taggings with the story's tags are weighed, so the
# queries cost the same whether a tag has 50 stories or 50,000.
RECENT_TAGGINGS = 200
CANDIDATES = RELATED_STORIES * 3  # most shared, of which some may be in no edition of ours


def related_stories(
    story: "StoryPage", tags: Iterable["Tag"], section: "Page | None"
) -> list["StoryPage"]:
    """Up to four published stories of the story's edition: most shared tags first (newest
    among equals) among the recent stories with its tags, filled with the newest of its
    section. Three bounded queries at most, and one for the images."""
    from depesche.news.models import StoryPage

    published = (
        StoryPage.objects.published().exclude(pk=story.pk).for_listing().prefetch_related(None)
    )
    tag_ids = [tag.pk for tag in tags]
    found = most_shared(published, story, tag_ids) if tag_ids else []
    if section is not None:
        taken = {related.pk for related in found}
        newest = published.for_edition(story.locale_id).in_section(section).newest_first()
        found += [s for s in newest[: RELATED_STORIES * 2] if s.pk not in taken]
    found = found[:RELATED_STORIES]
    prefetch_related_objects([s for s in found if s.lead_image_id], "lead_image__renditions")
    return found


def most_shared(
    published: "StoryQuerySet", story: "StoryPage", tag_ids: list[int]
) -> list["StoryPage"]:
    """The published stories of the story's edition sharing most of its tags, newest among
    equals: counted from the tag index alone, then the few candidates loaded by key."""
    from depesche.news.models import StoryTag

    recent = (
        StoryTag.objects.filter(tag_id__in=tag_ids)
        .order_by("-content_object_id")
        .values_list("content_object_id", flat=True)[:RECENT_TAGGINGS]
    )
    shared = Counter(story_id for story_id in recent if story_id != story.pk)
    ranked = sorted(shared, key=lambda story_id: (shared[story_id], story_id), reverse=True)
    # The edition compared as an expression, which no index serves: without table statistics
    # SQLite would otherwise walk the edition's whole index rather than look up the keys.
    candidates = (
        published.alias(edition=F("locale_id") + 0)
        .filter(edition=story.locale_id, pk__in=ranked[:CANDIDATES])
        .order_by()
    )
    by_rank = sorted(
        candidates,
        key=lambda s: (shared[s.pk], s.first_published_at, s.pk),
        reverse=True,
    )
    return by_rank[:RELATED_STORIES]
