"""What the front page shows above and beside its section blocks: lead, top row and rails."""

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone

from .models.kinds import StoryKind

if TYPE_CHECKING:
    from .models import EditionHomePage, StoryPage

NEWEST_POOL = 40  # the lead and the top row come from the newest stories
MEDIA_POOL = 12  # the video rail and the photo strip from the newest media stories
TOP_ROW = 4
VIDEO_RAIL = 4
PHOTO_STRIP = 6


@dataclass
class FrontPage:
    """The stories of a front page's upper part; `shown` holds their ids."""

    lead: "StoryPage | None" = None
    top_row: list["StoryPage"] = field(default_factory=list)
    videos: list["StoryPage"] = field(default_factory=list)
    photos: list["StoryPage"] = field(default_factory=list)

    def listed(self) -> list["StoryPage"]:
        """Every story of the upper part once, in the order the page shows them."""
        return [story for story in [self.lead, *self.top_row, *self.videos, *self.photos] if story]

    @property
    def shown(self) -> set[int]:
        return {story.pk for story in [self.lead, *self.top_row] if story is not None}


def front_page(home: "EditionHomePage") -> FrontPage:
    """Lead: the editor's choice while readers may see it (it stands until an editor changes
    it), else the newest top story of the last DEPESCHE_TOP_STORY_HOURS, else the newest
    story; an old top story never leads by default. Top row: the next recent top stories,
    filled with the newest. Three queries and one for the images."""
    stories = home.stories().for_listing().prefetch_related(None)
    chosen = stories.filter(pk=home.lead_story_id).first() if home.lead_story_id else None
    newest = list(stories[:NEWEST_POOL])
    media = list(stories.filter(kind__in=[StoryKind.VIDEO, StoryKind.PHOTO])[:MEDIA_POOL])
    recent = timezone.now() - datetime.timedelta(hours=settings.DEPESCHE_TOP_STORY_HOURS)
    top = [story for story in newest if story.top_story and story.first_published_at >= recent]
    ranked = top + [story for story in newest if story not in top]
    lead = chosen or (ranked[0] if ranked else None)
    top_row = [story for story in ranked if story.pk != getattr(lead, "pk", None)][:TOP_ROW]
    front = FrontPage(lead=lead, top_row=top_row)
    shown = front.shown
    unshown = [story for story in media if story.pk not in shown]
    front.videos = [story for story in unshown if story.kind == StoryKind.VIDEO][:VIDEO_RAIL]
    front.photos = [story for story in unshown if story.kind == StoryKind.PHOTO][:PHOTO_STRIP]
    with_images = [s for s in [lead, *top_row, *unshown] if s is not None and s.lead_image_id]
    prefetch_related_objects(with_images, "lead_image__renditions")
    return front
