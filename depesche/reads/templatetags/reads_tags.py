"""Template tags of read counting: a story's read count and the edition's most-read box."""

from dataclasses import dataclass
from functools import cached_property

from django import template
from django.http import HttpRequest
from wagtail.models import Page

from depesche.reads.models import ReadTally
from depesche.reads.most_read import edition_lists

register = template.Library()


@dataclass
class StoryReads:
    """A story's read count, and whether this view of it reports a read."""

    page: Page
    counted: bool

    @cached_property
    def total(self) -> int:
        return ReadTally.objects.total_for(self.page)


@register.simple_tag(takes_context=True)
def story_reads(context: template.Context, page: Page) -> StoryReads:
    """{% story_reads page as reads %}: reads of the live story are counted, previews not."""
    request: HttpRequest | None = context.get("request")
    previewing = getattr(request, "is_preview", False)
    return StoryReads(page, counted=bool(page.live) and not previewing)


@register.inclusion_tag("includes/most_read.html")
def most_read_lists(locale_id: int) -> dict:
    """The most-read box of an edition."""
    return edition_lists(locale_id)
