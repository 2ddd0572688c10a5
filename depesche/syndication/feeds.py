"""RSS 2.0 and Atom feeds of an edition, a section or a tag (Django's syndication framework).

A feed is built in get_object(): the stories, their absolute URLs and their enclosures are
prepared there with a fixed number of queries, because the item methods of a Feed get no
request. Entry ids are the stories' tag URIs (see addresses.story_tag_uri), so they survive
edits, renamed slugs and moves.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtailmedia import get_media_model

from depesche.news.addresses import (
    full_url,
    media_file,
    public_items,
    site_root,
    story_tag_uri,
    video_file,
)
from depesche.news.editions import tag_path
from depesche.news.models import SectionPage, StoryKind, StoryPage
from depesche.news.structure import edition_homes

if TYPE_CHECKING:
    from wagtailmedia.models import AbstractMedia


@dataclass
class FeedItem:
    title: str
    link: str
    guid: str
    description: str
    author: str
    published: datetime.datetime | None
    updated: datetime.datetime | None
    categories: list[str]
    enclosures: list[Enclosure] = field(default_factory=list)


@dataclass
class FeedSource:
    title: str
    description: str
    link: str
    feed_url: str
    items: list[FeedItem]


class StoryFeed(Feed):
    """An RSS 2.0 feed of the newest stories; see AtomStoryFeed for the Atom variant."""

    feed_type = Rss201rev2Feed
    format_name = "rss"

    def get_object(
        self, request: HttpRequest, section_slug: str | None = None, tag_slug: str | None = None
    ) -> FeedSource:
        language = translation.get_language()
        home = edition_homes().get(language)
        if home is None:
            raise Http404(_("This edition has no front page."))
        stories = StoryPage.objects.published().for_edition(home.locale_id).newest_first()
        site_name = settings.WAGTAIL_SITE_NAME
        if section_slug is not None:
            section = SectionPage.objects.published().child_of(home).get(slug=section_slug)
            stories = stories.in_section(section)
            title = _("%(site)s: %(section)s") % {"site": site_name, "section": section.title}
            link = full_url(request, section)
        elif tag_slug is not None:
            tag = Tag.objects.get(slug=tag_slug)
            stories = stories.tagged(tag)
            title = _("%(site)s: stories tagged “%(tag)s”") % {"site": site_name, "tag": tag.name}
            link = site_root(request) + tag_path(tag.slug)
        else:
            title = _("%(site)s: latest stories") % {"site": site_name}
            link = full_url(request, home)
        stories = stories.select_related("lead_image").prefetch_related("tagged_items__tag")
        return FeedSource(
            title=title,
            description=_("The newest stories of the %(edition)s edition of %(site)s.")
            % {"edition": dict(settings.LANGUAGES)[language], "site": site_name},
            link=link,
            feed_url=site_root(request) + request.path,
            items=feed_items(request, list(stories[: settings.DEPESCHE_FEED_LENGTH])),
        )

    def title(self, source: FeedSource) -> str:
        return source.title

    def link(self, source: FeedSource) -> str:
        return source.link

    def description(self, source: FeedSource) -> str:
        return source.description

    def subtitle(self, source: FeedSource) -> str:
        return source.description

    def feed_url(self, source: FeedSource) -> str:
        return source.feed_url

    def items(self, source: FeedSource) -> list[FeedItem]:
        return source.items

    def item_title(self, item: FeedItem) -> str:
        # Readers take RSS titles for HTML; Atom's are declared text (Django escapes both
        # once more as XML).
        return escape(item.title) if self.feed_type is Rss201rev2Feed else item.title

    def item_link(self, item: FeedItem) -> str:
        return item.link

    def item_guid(self, item: FeedItem) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_description(self, item: FeedItem) -> str:
        # Plain text, in an element both formats declare to hold HTML.
        return escape(item.description)

    def item_author_name(self, item: FeedItem) -> str:
        return item.author

    def item_pubdate(self, item: FeedItem) -> datetime.datetime | None:
        return item.published

    def item_updateddate(self, item: FeedItem) -> datetime.datetime | None:
        return item.updated

    def item_categories(self, item: FeedItem) -> list[str]:
        return item.categories

    def item_enclosures(self, item: FeedItem) -> list[Enclosure]:
        # RSS allows one enclosure per item; Atom takes them all.
        return item.enclosures[:1] if self.feed_type is Rss201rev2Feed else item.enclosures


class AtomStoryFeed(StoryFeed):
    feed_type = Atom1Feed
    format_name = "atom"


def feed_items(request: HttpRequest, stories: Sequence[StoryPage]) -> list[FeedItem]:
    """The stories as feed items, with one more query for all their video files."""
    videos = story_videos(stories)
    language = translation.get_language()
    items = []
    for story in stories:
        enclosures = [video_file(request, video) for video in videos[story.pk]]
        if story.lead_image is not None:
            image = story.lead_image
            enclosures.append(media_file(request, image.file, image.file_size))
        items.append(
            FeedItem(
                title=story.title,
                link=full_url(request, story),
                guid=story_tag_uri(request, story, language),
                description=story.summary(),
                author=story.source or settings.WAGTAIL_SITE_NAME,
                published=story.first_published_at,
                updated=story.last_published_at or story.first_published_at,
                categories=[tagged.tag.name for tagged in story.tagged_items.all()],
                enclosures=[Enclosure(url, str(length), kind) for url, length, kind in enclosures],
            )
        )
    return items


def story_videos(stories: Sequence[StoryPage]) -> dict[int, list["AbstractMedia"]]:
    """{story id: [video files in its body]} of the video stories, in one query."""
    wanted = {}
    for story in stories:
        if story.kind != StoryKind.VIDEO:
            continue
        for block in story.body.raw_data:
            video_id = block["value"].get("video") if block["type"] == "video" else None
            if video_id:
                wanted.setdefault(story.pk, []).append(video_id)
    ids = {video_id for video_ids in wanted.values() for video_id in video_ids}
    videos = {}
    if ids:
        found = get_media_model().objects.filter(pk__in=ids).select_related("collection")
        videos = {video.pk: video for video in public_items(found)}
    return {
        story.pk: [videos[i] for i in wanted.get(story.pk, []) if i in videos] for story in stories
    }


def feed_path(format_name: str, section: SectionPage | None = None, tag: Tag | None = None) -> str:
    """The path of a feed of the active edition, for links in page heads."""
    if section is not None:
        return reverse(f"{format_name}_section_feed", args=[section.slug])
    if tag is not None:
        return reverse(f"{format_name}_tag_feed", args=[tag.slug])
    return reverse(f"{format_name}_feed")
